//! The root component of every page: skip link, header, storage banners,
//! the screen for the current route, footer. Opens every document, keeps
//! them in step with other tabs, flushes saves when the page is hidden, sets
//! the document title per screen and moves focus to the new screen's
//! heading after navigation. A route that belongs to another page (an old
//! link, a typed address) is forwarded there. Which screens a page has is
//! its [`Screens`] function (`ui::pages`), so each page's binary holds only
//! its own.

use crate::domain::route::{Page, Route};
use crate::domain::settings::Persistence;
use crate::ui::browser::{focus_by_id, request_persistence};
use crate::ui::dom::{el, listen_window, El};
use crate::ui::router::{forward, route_signal, set_page};
use crate::ui::shell::{banners, footer, header};
use crate::ui::state::{now_ms, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Id of the `<main>` landmark (skip-link target).
pub const MAIN_ID: &str = "main";
/// Id of each screen's `<h1>`, focused after navigation.
pub const HEADING_ID: &str = "screen-heading";

/// A mounted app. Dropping it removes it from the page and disposes its
/// signals, effects and listeners.
pub struct Mounted {
    owner: Owner,
    node: web_sys::Element,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.node.remove();
        self.owner.cleanup();
    }
}

/// A page's screens: the screen for a route of this page, `None` for a
/// route of another page.
pub type Screens = fn(&Route) -> Option<El>;

/// Builds a page under a new reactive owner and appends it to `root`.
pub fn mount_page(root: &web_sys::Element, page: Page, screens: Screens) -> Mounted {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    set_page(page);
    let owner = Owner::new();
    let node = owner.with(|| app(screens).0);
    let _ = root.append_child(&node);
    Mounted { owner, node }
}

/// Every screen in one app (the browser tests mount this).
pub fn mount_into(root: &web_sys::Element) -> Mounted {
    mount_page(root, Page::Leader, crate::ui::pages::every_screen)
}

/// The whole page as one element: skip link, header, banners, the current
/// screen, footer.
fn app(screens: Screens) -> El {
    let route = route_signal();
    let app = AppState::open();
    provide_context(app);
    watch_storage(app);
    first_visit(app);

    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        document().set_title(&current.title());
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(|| focus_by_id(HEADING_ID));
        }
        current
    });

    el("div")
        .class("app")
        .child(
            el("a")
                .class("skip-link")
                .attr("href", "#main")
                .text("Skip to content")
                // The fragment is the router's: focus <main> instead of
                // following #main.
                .on("click", |ev| {
                    ev.prevent_default();
                    focus_by_id(MAIN_ID);
                }),
        )
        .child(header(route))
        .child(
            el("main")
                .id(MAIN_ID)
                .attr("tabindex", "-1")
                .child(banners())
                .region(move || route.get(), move |r| vec![screen(screens, &r)]),
        )
        .child(footer())
}

/// Reloads documents another tab changed, and flushes pending saves when the
/// page is hidden or closed.
fn watch_storage(app: AppState) {
    listen_window("storage", move |ev| {
        let key = ev.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
        app.on_storage(key);
    });
    listen_window("pagehide", move |_| app.flush_all());
    listen_window("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            app.flush_all();
        }
    });
}

/// Records the first use, and asks once for persistent storage.
fn first_visit(app: AppState) {
    let now = now_ms();
    if app
        .settings
        .doc
        .with_untracked(|s| s.first_used_at.is_none())
    {
        app.settings.update(|s| {
            s.first_used_at = Some(now);
            s.updated_at = now;
        });
    }
    if app
        .settings
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
            app.settings.update(|s| {
                s.persistence = answer;
                s.updated_at = now;
            });
        });
    }
}

/// The screen for `route`, or, for a route of another page, a note while
/// that page opens.
fn screen(screens: Screens, route: &Route) -> El {
    screens(route).unwrap_or_else(|| {
        forward(route);
        el("section").class("screen").child(
            el("p")
                .class("loading")
                .attr("role", "status")
                .text("Opening…"),
        )
    })
}
