//! The program timeline (`#/guide/timeline`): a start date and a length of
//! 6–12 months give one step a month with its date and a prompt
//! (`domain::guide::timeline`); printable.

use super::back_to_guide;
use crate::domain::guide::timeline::{MAX_MONTHS, MIN_MONTHS};
use crate::ui::dom::{el, tx, El};
use crate::ui::state::{now_ms, use_app};
use crate::ui::widgets::{heading, print_button, screen, select_field, text_field};
use leptos::prelude::*;

pub fn timeline_screen() -> El {
    let guide = use_app().guide;
    let p = guide.doc.with_untracked(|g| g.program.clone());
    let set = move |f: &dyn Fn(&mut crate::domain::guide::timeline::Program)| {
        let now = now_ms();
        guide.update(|g| {
            f(&mut g.program);
            g.program.updated_at = now;
        });
    };
    let lengths: Vec<(String, String)> = (MIN_MONTHS..=MAX_MONTHS)
        .map(|m| (m.to_string(), format!("{m} months")))
        .collect();
    let opts: Vec<(&str, &str)> = lengths
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let edited = move || guide.doc.with(|g| g.program.updated_at);
    screen("wide timeline")
        .child(back_to_guide())
        .child(heading("Program timeline"))
        .child(tx("p", "lead", "In a mentoring or leadership program, each month has its job: a first meeting, goals within 30 days, a mid-point check, a closing reflection. Set your start date to see your months."))
        .child(el("form").class("no-print").attr("novalidate", "").on_submit(|| {})
            .child(el("div").class("field-row")
                .child(text_field("program-start", "Start date", "date", &p.start, move |v| set(&|p| p.start = v.clone())))
                .child(el("div").class("field").kids(select_field("program-months", "Length", &opts, &p.months.to_string(), move |v| {
                    if let Ok(m) = v.parse::<u8>() { set(&|p| p.months = m) }
                })))))
        .child(el("ol").class("timeline-steps").region(edited, move |_| match guide.doc.with_untracked(|g| g.program.steps()) {
            None => vec![tx("li", "note", "Choose your program's start date to see the months.")],
            Some(steps) => steps.iter().map(|s| {
                el("li")
                    .child(el("h2").text(&format!("Month {} · {} · {}", s.month, s.date.iso(), s.title)))
                    .child(el("p").text(s.prompt))
            }).collect(),
        }))
        .child(el("div").class("actions").child(print_button("Print the timeline")))
}
