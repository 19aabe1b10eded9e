//! The root component: skip link, header, storage banners, the screen for
//! the current route, footer. Opens every document, keeps them in step with
//! other tabs, flushes saves when the page is hidden, sets the document title
//! per screen and moves focus to the new screen's heading after navigation.

use crate::domain::route::{Route, Section};
use crate::domain::settings::Persistence;
use crate::ui::browser::{focus_by_id, request_persistence};
use crate::ui::data::DataScreen;
use crate::ui::goals::GoalsScreen;
use crate::ui::home::Home;
use crate::ui::router::provide_route;
use crate::ui::shell::{Banners, Footer, Header, NotFound, Placeholder};
use crate::ui::state::{now_ms, AppState};
use leptos::prelude::*;

/// Id of the `<main>` landmark (skip-link target).
pub const MAIN_ID: &str = "main";
/// Id of each screen's `<h1>`, focused after navigation.
pub const HEADING_ID: &str = "screen-heading";

#[component]
pub fn App() -> impl IntoView {
    let route = provide_route();
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

    let skip = move |ev: leptos::ev::MouseEvent| {
        // The fragment is the router's: focus <main> instead of following #main.
        ev.prevent_default();
        focus_by_id(MAIN_ID);
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a>
        <Header route=route />
        <main id=MAIN_ID tabindex="-1">
            <Banners />
            {move || screen(route.get())}
        </main>
        <Footer />
    }
}

/// Reloads documents another tab changed, and flushes pending saves when the
/// page is hidden or closed.
fn watch_storage(app: AppState) {
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| app.on_storage(ev.key()));
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| app.flush_all());
    let on_visibility = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            app.flush_all();
        }
    });
    on_cleanup(move || {
        on_storage.remove();
        on_hide.remove();
        on_visibility.remove();
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

fn screen(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Goals => view! { <GoalsScreen /> }.into_any(),
        Route::Data => view! { <DataScreen /> }.into_any(),
        Route::NotFound(path) => view! { <NotFound path=path /> }.into_any(),
        other => match other.section() {
            Some(section) if section != Section::Home => {
                view! { <Placeholder route=other section=section /> }.into_any()
            }
            _ => view! { <Home /> }.into_any(),
        },
    }
}
