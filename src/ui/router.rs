//! The hash router: a signal holding the current [`Route`], kept in step with
//! `location.hash` through the `hashchange` event, so browser back and
//! forward work with no extra code. Links are plain `<a href="#/…">`.

use crate::domain::route::Route;
use leptos::prelude::*;

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Creates the route signal for this app instance.
pub fn route_signal() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    crate::ui::dom::listen_window("hashchange", move |_| {
        set_route.set(Route::parse(&current_hash()));
    });
    route
}

/// Navigates to a route (a new history entry, like following a link).
pub fn go(route: &Route) {
    let _ = window().location().set_hash(&route.to_hash());
}
