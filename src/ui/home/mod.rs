//! The home screen: what Wayfinder does, in three sentences, and where to start.

use crate::domain::content::{section_summary, HOME_INTRO};
use crate::domain::route::Section;
use crate::ui::app::HEADING_ID;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let intro = HOME_INTRO
        .iter()
        .map(|s| view! { <p>{*s}</p> })
        .collect_view();
    let cards = [
        Section::Assess,
        Section::Goals,
        Section::Guide,
        Section::Workshop,
    ]
    .into_iter()
    .map(|s| {
        view! {
            <li class="card">
                <h2><a href=s.route().to_hash()>{s.label()}</a></h2>
                <p>{section_summary(s)}</p>
            </li>
        }
    })
    .collect_view();
    view! {
        <section class="screen" aria-labelledby=HEADING_ID>
            <h1 id=HEADING_ID tabindex="-1">"Grow as a library leader"</h1>
            <div class="lead intro">{intro}</div>
            <h2 class="visually-hidden">"Where to start"</h2>
            <ul class="cards">{cards}</ul>
        </section>
    }
}
