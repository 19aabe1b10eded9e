//! A section that is not built yet: says what it will offer.

use crate::domain::content::section_summary;
use crate::domain::route::{Route, Section};
use crate::ui::app::HEADING_ID;
use leptos::prelude::*;

#[component]
pub fn Placeholder(route: Route, section: Section) -> impl IntoView {
    view! {
        <section class="screen" aria-labelledby=HEADING_ID>
            <h1 id=HEADING_ID tabindex="-1">{route.heading()}</h1>
            <p class="lead">{section_summary(section)}</p>
            <p class="note">"This part of Wayfinder is being built. What you see here will grow into the screens described above."</p>
            <p><a href="#/">"Back to home"</a></p>
        </section>
    }
}
