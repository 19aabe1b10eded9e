//! The home screen: what Wayfinder does, in three sentences, and where to start.

use crate::domain::content::{section_summary, HOME_INTRO};
use crate::domain::route::Section;
use crate::ui::dom::{el, El};
use crate::ui::router::href;
use crate::ui::widgets::{heading, link, screen};

pub fn home() -> El {
    let cards = [
        Section::Assess,
        Section::Goals,
        Section::Guide,
        Section::Workshop,
    ]
    .into_iter()
    .map(|s| {
        el("li")
            .class("card")
            .child(el("h2").child(link(&href(&s.route()), s.label())))
            .child(el("p").text(section_summary(s)))
    })
    .collect();
    screen("")
        .child(heading("Grow as a library leader"))
        .child(
            el("div")
                .class("lead intro")
                .kids(HOME_INTRO.iter().map(|s| el("p").text(s)).collect()),
        )
        .child(el("h2").class("visually-hidden").text("Where to start"))
        .child(el("ul").class("cards").kids(cards))
}
