//! The root component of every page: skip link, header, storage banners,
//! the screen for the current route, footer. Opens the page's documents,
//! keeps them in step with other tabs, flushes saves when the page is
//! hidden, sets the document title per screen and moves focus to the new
//! screen's heading after navigation. A route that belongs to another page
//! (an old link, a typed address) is forwarded there. What a page holds is
//! its [`PageSetup`] (`ui::pages`), so each page's binary holds only its
//! own screens.

use crate::domain::route::{Page, Route};
use crate::domain::settings::{Persistence, Settings};
use crate::ui::browser::{focus_after_paint, focus_by_id, on_window, request_persistence};
use crate::ui::documents::Documents;
use crate::ui::router::{forward, route_signal, set_page};
use crate::ui::shell::{Banners, Footer, Header};
use crate::ui::state::{now_ms, DocState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Id of the `<main>` landmark (skip-link target).
pub const MAIN_ID: &str = "main";
/// Id of each screen's `<h1>`, focused after navigation.
pub const HEADING_ID: &str = "screen-heading";

/// What one page is: which documents it opens and which screens it has.
#[derive(Clone, Copy)]
pub struct PageSetup {
    pub page: Page,
    /// Opens the documents the page's screens use (into the set and as
    /// context).
    pub open: fn(Documents),
    /// The screen for a route of this page, `None` for a route of another
    /// page.
    pub screens: fn(&Route) -> Option<AnyView>,
    /// The page's navigation in the header.
    pub navigation: fn(Memo<Route>) -> AnyView,
    /// The document title of a route of this page.
    pub title: fn(&Route) -> String,
    /// Notices of this page under the storage banners (the leader's backup
    /// reminder).
    pub notices: fn() -> AnyView,
}

/// A mounted app. Dropping it removes it from the page and disposes its
/// signals, effects and listeners.
pub struct Mounted {
    _handle: Box<dyn std::any::Any>,
}

/// Mounts a page into `root`.
pub fn mount_page(root: web_sys::HtmlElement, setup: PageSetup) -> Mounted {
    set_page(setup.page);
    let handle = leptos::mount::mount_to(root, move || view! { <App setup /> });
    Mounted {
        _handle: Box::new(handle),
    }
}

/// Every screen in one app (the browser tests mount this).
pub fn mount_into(root: &web_sys::HtmlElement) -> Mounted {
    mount_page(root.clone(), crate::ui::pages::EVERY_SCREEN)
}

/// The whole page: skip link, header, banners, the current screen, footer.
#[component]
fn App(setup: PageSetup) -> impl IntoView {
    let route = route_signal();
    let documents = Documents::provide();
    (setup.open)(documents);
    watch_storage(documents);

    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        document().set_title(&(setup.title)(&current));
        if previous.is_some_and(|p| p != current) {
            focus_after_paint(HEADING_ID);
        }
        current
    });

    let skip = |ev: web_sys::MouseEvent| {
        // The fragment is the router's: focus <main> instead of following
        // #main.
        ev.prevent_default();
        focus_by_id(MAIN_ID);
    };
    let screens = setup.screens;
    view! {
        <div class="app">
            <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a>
            <Header route navigation=setup.navigation />
            <main id=MAIN_ID tabindex="-1">
                <Banners>{(setup.notices)()}</Banners>
                {move || screen(screens, &route.get())}
            </main>
            <Footer />
        </div>
    }
}

/// Reloads documents another tab changed, and flushes pending saves when the
/// page is hidden or closed.
fn watch_storage(documents: Documents) {
    on_window("storage", move |ev| {
        let key = ev.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
        documents.on_storage(key);
    });
    on_window("pagehide", move |_| documents.flush_all());
    on_window("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            documents.flush_all();
        }
    });
}

/// Records the first use, and asks once for persistent storage (on the
/// pages that keep the leader's work).
pub fn first_visit(settings: DocState<Settings>) {
    let now = now_ms();
    if settings.doc.with_untracked(|s| s.first_used_at.is_none()) {
        settings.update(|s| {
            s.first_used_at = Some(now);
            s.updated_at = now;
        });
    }
    if settings
        .doc
        .with_untracked(|s| s.persistence == Persistence::NotAsked)
    {
        leptos::task::spawn_local(async move {
            let answer = match request_persistence().await {
                Some(true) => Persistence::Granted,
                Some(false) => Persistence::Denied,
                None => Persistence::Unsupported,
            };
            let now = now_ms();
            settings.update(|s| {
                s.persistence = answer;
                s.updated_at = now;
            });
        });
    }
}

/// The screen for `route`, or, for a route of another page, a note while
/// that page opens. Built untracked: a screen reads its own signals.
fn screen(screens: fn(&Route) -> Option<AnyView>, route: &Route) -> AnyView {
    untrack(|| screens(route)).unwrap_or_else(|| {
        forward(route);
        view! {
            <section class="screen">
                <p class="loading" role="status">"Opening…"</p>
            </section>
        }
        .into_any()
    })
}
