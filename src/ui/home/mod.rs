//! The home screen: what Wayfinder does, in three sentences, and where to start.

use crate::domain::content::{section_summary, HOME_INTRO};
use crate::domain::route::Section;
use crate::ui::components::{Card, Screen, ScreenHeading};
use crate::ui::router::href;
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
        view! { <Card href=href(&s.route()) title=s.label() text=section_summary(s) level=2 /> }
    })
    .collect_view();
    view! {
        <Screen>
            <ScreenHeading text="Grow as a library leader" />
            <div class="lead intro">{intro}</div>
            <h2 class="visually-hidden">"Where to start"</h2>
            <ul class="cards">{cards}</ul>
        </Screen>
    }
}
