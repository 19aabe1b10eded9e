//! The friendly screen for an address the app does not know.

use crate::ui::app::HEADING_ID;
use leptos::prelude::*;

#[component]
pub fn NotFound(path: String) -> impl IntoView {
    view! {
        <section class="screen" aria-labelledby=HEADING_ID>
            <h1 id=HEADING_ID tabindex="-1">"Page not found"</h1>
            <p class="lead">
                "There is no page at "
                <code class="path">{format!("#/{path}")}</code>
                ". The link may be mistyped or from a newer version of Wayfinder."
            </p>
            <p><a class="button" href="#/">"Go to the home page"</a></p>
        </section>
    }
}
