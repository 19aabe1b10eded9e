//! The mentoring agreement builder (`#/guide/agreement`): names, goals
//! picked from my goals, cadence, channel, start and length, confidentiality, feedback and a no-blame closure;
//! saved as you type, shown as the agreement itself and printable with
//! signature lines for both.

use super::back_to_guide;
use crate::domain::guide::agreement::{Agreement, Cadence, Channel, MAX_MONTHS};
use crate::domain::route::Route;
use crate::ui::dom::{el, tx, El};
use crate::ui::state::{now_ms, use_app};
use crate::ui::widgets::{checkbox, heading, link, print_button, screen, select_field, text_field};
use leptos::prelude::*;

/// Fills in the pair's names from a match link (keeping everything else
/// written), then shows the agreement at its own address, so a reload or
/// a bookmark does not fill them in again.
pub fn start_agreement_with(mentee: &str, mentor: &str) {
    let now = now_ms();
    use_app().guide.update(|g| {
        g.agreement.mentee = mentee.to_string();
        g.agreement.mentor = mentor.to_string();
        g.agreement.updated_at = now;
    });
    let _ = window().location().replace(&Route::Agreement.to_hash());
}

pub fn agreement_screen() -> El {
    let app = use_app();
    let guide = app.guide;
    let set = move |f: &dyn Fn(&mut Agreement)| {
        let now = now_ms();
        guide.update(|g| {
            f(&mut g.agreement);
            g.agreement.updated_at = now;
        });
    };
    let a = guide.doc.with_untracked(|g| g.agreement.clone());
    let goals: Vec<(u64, String)> = app.goals.doc.with_untracked(|g| {
        g.goals
            .items
            .iter()
            .map(|g| (g.id, g.title.clone()))
            .collect()
    });
    let cadences: Vec<(&str, &str)> = Cadence::ALL
        .iter()
        .map(|c| (Cadence::NAMES[*c as usize], c.label()))
        .collect();
    let channels: Vec<(&str, &str)> = Channel::ALL
        .iter()
        .map(|c| (Channel::NAMES[*c as usize], c.label()))
        .collect();
    let goal_picker = if goals.is_empty() {
        el("p")
            .class("note")
            .text("You have no goals yet. ")
            .child(link(&Route::GoalNew.to_hash(), "Add a goal first"))
    } else {
        el("fieldset")
            .child(el("legend").text("Goals we work on"))
            .kids(
                goals
                    .iter()
                    .map(|(id, title)| {
                        let id = *id;
                        checkbox(
                            &format!("agreement-goal-{id}"),
                            title,
                            move || guide.doc.with(|g| g.agreement.goals.contains(&id)),
                            move |on| {
                                set(&|a| {
                                    a.goals.retain(|g| *g != id);
                                    if on {
                                        a.goals.push(id);
                                    }
                                })
                            },
                        )
                    })
                    .collect(),
            )
    };
    let form = el("form")
        .class("no-print")
        .attr("novalidate", "")
        .on_submit(|| {})
        .child(
            el("div")
                .class("field-row")
                .child(text_field(
                    "agreement-mentor",
                    "Mentor",
                    "text",
                    &a.mentor,
                    move |v| set(&|a| a.mentor = v.clone()),
                ))
                .child(text_field(
                    "agreement-mentee",
                    "Mentee",
                    "text",
                    &a.mentee,
                    move |v| set(&|a| a.mentee = v.clone()),
                )),
        )
        .child(goal_picker)
        .child(
            el("div")
                .class("field-row")
                .child(el("div").class("field").kids(select_field(
                    "agreement-cadence",
                    "How often",
                    &cadences,
                    Cadence::NAMES[a.cadence as usize],
                    move |v| {
                        if let Some(i) = Cadence::NAMES.iter().position(|n| *n == v) {
                            set(&|a| a.cadence = Cadence::ALL[i])
                        }
                    },
                )))
                .child(el("div").class("field").kids(select_field(
                    "agreement-channel",
                    "How",
                    &channels,
                    Channel::NAMES[a.channel as usize],
                    move |v| {
                        if let Some(i) = Channel::NAMES.iter().position(|n| *n == v) {
                            set(&|a| a.channel = Channel::ALL[i])
                        }
                    },
                )))
                .child(text_field(
                    "agreement-start",
                    "Start",
                    "date",
                    &a.start,
                    move |v| set(&|a| a.start = v.clone()),
                ))
                .child(text_field(
                    "agreement-months",
                    "Months",
                    "number",
                    &a.months.to_string(),
                    move |v| {
                        if let Some(m) = v
                            .parse::<u8>()
                            .ok()
                            .filter(|m| (1..=MAX_MONTHS).contains(m))
                        {
                            set(&|a| a.months = m)
                        }
                    },
                )),
        )
        .child(text_field(
            "agreement-confidentiality",
            "Confidentiality",
            "area",
            &a.confidentiality,
            move |v| set(&|a| a.confidentiality = v.clone()),
        ))
        .child(text_field(
            "agreement-feedback",
            "How we give feedback",
            "area",
            &a.feedback,
            move |v| set(&|a| a.feedback = v.clone()),
        ))
        .child(text_field(
            "agreement-closure",
            "Closing without blame",
            "area",
            &a.closure,
            move |v| set(&|a| a.closure = v.clone()),
        ));
    // Rebuilt after each edit of the agreement (its update time).
    let edited = move || guide.doc.with(|g| g.agreement.updated_at);
    let view = move || {
        guide.doc.with_untracked(|g| {
            let titles: Vec<String> = app.goals.doc.with_untracked(|d| {
                g.agreement
                    .goals
                    .iter()
                    .filter_map(|id| d.goals.get(*id).map(|x| x.title.clone()))
                    .collect()
            });
            (g.agreement.missing(), g.agreement.clauses(&titles))
        })
    };
    screen("wide agreement")
        .child(back_to_guide())
        .child(heading("Mentoring agreement"))
        .child(tx("p", "lead no-print", "Agree at the start how you will work together: what you work on, how often you meet, what stays between you, and how either of you can end it without blame. Fill it in together, print it, and both sign."))
        .child(form)
        .region(edited, move |_| {
            let (missing, clauses) = view();
            let mut out = Vec::new();
            if !missing.is_empty() {
                out.push(el("p").class("callout no-print").text(&format!("Before printing, add {}.", missing.join(", "))));
            }
            out.push(el("article").class("preview agreement-text").attr("aria-labelledby", "agreement-title")
                .child(el("h2").id("agreement-title").text("Our mentoring agreement"))
                .kids(clauses.iter().map(|(h, t)| el("div").child(el("h3").text(h)).child(el("p").text(t))).collect())
                .child(el("div").class("signatures")
                    .child(el("p").text("Mentor: ______________________   Date: __________"))
                    .child(el("p").text("Mentee: ______________________   Date: __________"))));
            out
        })
        .child(el("div").class("actions").child(print_button("Print the agreement")))
}
