//! The hash router: a signal holding the current [`Route`], kept in step with
//! `location.hash` through the `hashchange` event, so browser back and
//! forward work with no extra code. Links are plain `<a href="#/…">`, or
//! `<a href="workshop.html#/…">` to a route of another page ([`href`]).

use crate::domain::route::{Page, Route};
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    /// The page this document is (one per document, set when it mounts).
    static PAGE: Cell<Page> = const { Cell::new(Page::Leader) };
}

/// Records which page is mounted, for [`href`] and [`go`].
pub fn set_page(page: Page) {
    PAGE.with(|p| p.set(page));
}

/// The page mounted in this document.
pub fn this_page() -> Page {
    PAGE.with(Cell::get)
}

/// A link to `route` from this page.
pub fn href(route: &Route) -> String {
    route.href(this_page())
}

/// The full address of `route` to hand out (a join link, a match link).
pub fn address(route: &Route) -> String {
    route.address(&window().location().href().unwrap_or_default())
}

/// Opens a route of another page, replacing this entry in the history (an
/// old link that named it on the leader's page, a typed address).
pub fn forward(route: &Route) {
    let _ = window().location().replace(&href(route));
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Creates the route signal for this app instance (it changes only when
/// the route does).
pub fn route_signal() -> Memo<Route> {
    let (hash, set_hash) = signal(current_hash());
    crate::ui::browser::on_window("hashchange", move |_| set_hash.set(current_hash()));
    Memo::new(move |_| Route::parse(&hash.get()))
}

/// Navigates to a route (a new history entry, like following a link).
pub fn go(route: &Route) {
    if route.page() == this_page() {
        let _ = window().location().set_hash(&route.to_hash());
    } else {
        let _ = window().location().assign(&href(route));
    }
}
