//! The root component: skip link, header, storage banners, the screen for
//! the current route, footer. Opens every document, keeps them in step with
//! other tabs, flushes saves when the page is hidden, sets the document title
//! per screen and moves focus to the new screen's heading after navigation.

use crate::domain::route::Route;
use crate::domain::settings::Persistence;
use crate::ui::assess::{assess_screen, snapshot_screen, take_screen};
use crate::ui::browser::{focus_by_id, request_persistence};
use crate::ui::data::data_screen;
use crate::ui::dom::{el, listen_window, El};
use crate::ui::goals::{goal_screen, goals_screen};
use crate::ui::guide;
use crate::ui::home::home;
use crate::ui::plan::plan_screen;
use crate::ui::router::route_signal;
use crate::ui::shell::{banners, footer, header, not_found};
use crate::ui::state::{now_ms, AppState};
use crate::ui::workshop;
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

/// Builds the app under a new reactive owner and appends it to `root`.
pub fn mount_into(root: &web_sys::Element) -> Mounted {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let node = owner.with(|| app().0);
    let _ = root.append_child(&node);
    Mounted { owner, node }
}

/// The whole app as one element: skip link, header, banners, the current
/// screen, footer.
fn app() -> El {
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
                .region(move || route.get(), |r| vec![screen(r)]),
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

fn screen(route: Route) -> El {
    match route {
        Route::Home => home(),
        Route::Assess => assess_screen(),
        Route::AssessTake => take_screen(),
        Route::AssessSnapshot(id) => snapshot_screen(id),
        Route::Goals | Route::GoalNew => goals_screen(),
        Route::Goal(id) => goal_screen(id),
        Route::Plan => plan_screen(),
        Route::Guide => guide::guide_screen(),
        Route::GuidePage(slug) => guide::guide_page_screen(&slug),
        Route::Diagnostic => guide::diagnostic_screen(),
        Route::Network => guide::network_screen(),
        Route::Person(id) => guide::person_screen(id),
        Route::Agreement => guide::agreement_screen(),
        Route::Timeline => guide::timeline_screen(),
        Route::Workshop => workshop::workshops_screen(),
        Route::WorkshopEdit(id) => workshop::workshop_screen(id),
        Route::WorkshopMatch(id) => workshop::wizard_screen(id),
        Route::Join(code) => workshop::join_screen(&code),
        Route::MatchLink(code) => workshop::match_link_screen(&code),
        Route::Data => data_screen(),
        Route::NotFound(path) => not_found(&path),
    }
}
