//! The guide's index: the tools (needs, network, agreement, timeline) with
//! a word on where the leader stands in each, then the reading pages.

use crate::domain::guide::network::gaps;
use crate::domain::guide::pages::PAGES;
use crate::domain::route::Route;
use crate::ui::clock::today;
use crate::ui::dom::{el, tx, El};
use crate::ui::state::use_app;
use crate::ui::widgets::{heading, link, screen};
use leptos::prelude::*;

fn card(route: Route, title: &str, text: &str) -> El {
    el("li")
        .class("card")
        .child(el("h3").child(link(&route.to_hash(), title)))
        .child(el("p").text(text))
}

pub fn guide_screen() -> El {
    let app = use_app();
    let latest = app.guide.doc.with_untracked(|g| {
        g.history()
            .first()
            .map(|r| format!("Last time: you need {}.", r.verdict.short()))
    });
    let network = app
        .guide
        .doc
        .with_untracked(|n| gaps(&n.network, today()).swap_remove(0));
    let tools: [(Route, &str, String); 4] = [
        (
            Route::Diagnostic,
            "What do I need now?",
            latest.unwrap_or_else(|| {
                "A few questions on your situation: a mentor, a sponsor, both, or a program?".into()
            }),
        ),
        (Route::Network, "My support network", network),
        (
            Route::Agreement,
            "Mentoring agreement",
            "Goals, meetings, confidentiality and a no-blame way out, printed for both of you to sign.".into(),
        ),
        (
            Route::Timeline,
            "Program timeline",
            "Month by month through a 6 to 12 month program, with a prompt for each meeting.".into(),
        ),
    ];
    screen("wide guide")
        .child(heading("Guide: mentors, sponsors and programs"))
        .child(tx("p", "lead", "Mentors advise; sponsors act. Find out which you need now, read the short guides, and keep track of the people who support you."))
        .child(el("h2").text("Tools"))
        .child(el("ul").class("cards").kids(
            tools.into_iter().map(|(r, t, x)| card(r, t, &x)).collect(),
        ))
        .child(el("h2").text("Read"))
        .child(el("ul").class("cards").kids(
            PAGES
                .iter()
                .map(|p| card(Route::GuidePage(p.slug.into()), p.title(), p.summary()))
                .collect(),
        ))
}
