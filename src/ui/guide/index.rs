//! The guide's index: the tools (needs, network, agreement, timeline) with
//! a word on where the leader stands in each, then the reading pages.

use crate::domain::guide::network::gaps;
use crate::domain::guide::pages::PAGES;
use crate::domain::route::Route;
use crate::ui::clock::today;
use crate::ui::components::{Card, Screen, ScreenHeading};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn GuideScreen() -> impl IntoView {
    let guide = use_app().guide;
    let latest = guide.doc.with_untracked(|g| {
        g.history()
            .first()
            .map(|r| format!("Last time: you need {}.", r.verdict.short()))
    });
    let network = guide
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
    let tools = tools
        .into_iter()
        .map(|(route, title, text)| view! { <Card href=route.to_hash() title text /> })
        .collect_view();
    let pages = PAGES
        .iter()
        .map(|p| {
            view! {
                <Card href=Route::GuidePage(p.slug.into()).to_hash() title=p.title() text=p.summary() />
            }
        })
        .collect_view();
    view! {
        <Screen class="wide guide">
            <ScreenHeading text="Guide: mentors, sponsors and programs" />
            <p class="lead">
                "Mentors advise; sponsors act. Find out which you need now, read the short guides, and keep track of the people who support you."
            </p>
            <h2>"Tools"</h2>
            <ul class="cards">{tools}</ul>
            <h2>"Read"</h2>
            <ul class="cards">{pages}</ul>
        </Screen>
    }
}
