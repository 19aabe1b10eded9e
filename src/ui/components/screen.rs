//! A screen's frame: the `<section>` labelled by its `<h1>`, the heading
//! that takes focus after navigation, and the screen for a link that does
//! not work.

use crate::domain::route::Route;
use crate::ui::app::HEADING_ID;
use crate::ui::router::href;
use leptos::prelude::*;

/// A screen's `<section>`, labelled by its heading; `class` adds to
/// `screen` (e.g. "wide").
#[component]
pub fn Screen(#[prop(optional)] class: &'static str, children: Children) -> impl IntoView {
    let class = if class.is_empty() {
        "screen".to_string()
    } else {
        format!("screen {class}")
    };
    view! {
        <section class=class aria-labelledby=HEADING_ID>
            {children()}
        </section>
    }
}

/// The screen's `<h1>`, focused after navigation.
#[component]
pub fn ScreenHeading(#[prop(into)] text: String) -> impl IntoView {
    view! { <h1 id=HEADING_ID tabindex="-1">{text}</h1> }
}

/// A link that could not be read (a damaged workshop or match link): what
/// went wrong, what to do, and the way to Wayfinder's home.
#[component]
pub fn BrokenLink(title: &'static str, error: String, advice: &'static str) -> impl IntoView {
    view! {
        <Screen>
            <ScreenHeading text=title />
            <p class="field-error">{error}</p>
            <p>{advice}</p>
            <p>
                <a href=href(&Route::Home)>"Go to Wayfinder's home"</a>
            </p>
        </Screen>
    }
}
