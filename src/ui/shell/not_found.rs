//! The friendly screen for an address the app does not know.

use crate::domain::route::Route;
use crate::ui::components::{Screen, ScreenHeading};
use crate::ui::router::href;
use leptos::prelude::*;

#[component]
pub fn NotFound(path: String) -> impl IntoView {
    view! {
        <Screen>
            <ScreenHeading text="Page not found" />
            <p class="lead">
                "There is no page at " <code class="path">{format!("#/{path}")}</code>
                ". The link may be mistyped or from a newer version of Wayfinder."
            </p>
            <p>
                <a class="button" href=href(&Route::Home)>"Go to the home page"</a>
            </p>
        </Screen>
    }
}
