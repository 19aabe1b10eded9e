//! One finished snapshot (`#/assess/<id>`): its chart, every rating with
//! its evidence, where to focus, a label to edit, and a print view.

use super::growth::focus_panel;
use super::radar::{radar, Series};
use crate::domain::assessment::framework::{level_name, COMPETENCIES};
use crate::domain::assessment::Snapshot;
use crate::ui::app::HEADING_ID;
use crate::ui::dom::{el, tx, El};
use crate::ui::state::{now_ms, use_app};
use crate::ui::widgets::{button, heading, link, table};
use leptos::prelude::*;

pub fn snapshot_screen(id: u64) -> El {
    let a = use_app().assessments;
    el("div").region(
        move || a.doc.with(|d| d.snapshots.get(id).cloned()),
        |s| {
            vec![match s {
                Some(s) => snapshot_view(&s),
                None => el("section")
                    .class("screen")
                    .attr("aria-labelledby", HEADING_ID)
                    .child(heading("Assessment not found"))
                    .child(el("p").text("This assessment is not in this browser: it may have been deleted, or the link came from another device."))
                    .child(el("p").child(link("#/assess", "Back to your self-assessments"))),
            }]
        },
    )
}

fn snapshot_view(s: &Snapshot) -> El {
    let a = use_app().assessments;
    let id = s.id;
    let label = RwSignal::new(s.label.clone());
    let message = RwSignal::new(None::<(bool, String)>);
    let rows = COMPETENCIES
        .iter()
        .filter_map(|c| s.rating(c.id).map(|r| (c, r)))
        .map(|(c, r)| {
            let level = r.level.map_or("Skipped".to_string(), |l| {
                format!("{l} · {}", level_name(l))
            });
            let evidence = if r.evidence.is_empty() {
                "—"
            } else {
                r.evidence.as_str()
            };
            el("tr")
                .child(el("th").attr("scope", "row").text(c.name))
                .child(el("td").text(&level))
                .child(el("td").text(r.priority.label()))
                .child(el("td").class("evidence").text(evidence))
        })
        .collect();
    let save = move || {
        let now = now_ms();
        let text = label.get_untracked();
        message.set(Some(match a.update(|d| d.relabel(id, &text, now)) {
            Some(Ok(())) => (true, "Label saved.".into()),
            Some(Err(e)) => (false, e.to_string()),
            None => (false, "Your assessments cannot be saved right now; see the message at the top of the page.".into()),
        }));
    };
    el("section")
        .class("screen wide snapshot")
        .attr("aria-labelledby", HEADING_ID)
        .child(
            el("p")
                .class("no-print")
                .child(link("#/assess", "← All self-assessments")),
        )
        .child(heading(&s.title(&crate::ui::clock::BrowserZone)))
        .child(tx(
            "p",
            "note",
            &format!(
                "{} of {} competencies rated.",
                s.rated_count(),
                COMPETENCIES.len()
            ),
        ))
        .child(
            el("div")
                .class("actions no-print")
                .child(button("Print", "secondary").on_click(|| {
                    let _ = window().print();
                })),
        )
        .kids(radar(&[Series::of(s)]))
        .child(el("h2").text("Ratings and evidence"))
        .child(table(
            "Ratings, priorities and evidence",
            &["Competency", "Rating", "Priority", "Evidence"],
            rows,
        ))
        .child(el("h2").text("Where to focus"))
        .kids(focus_panel(s))
        .child(
            el("form")
                .class("no-print")
                .attr("novalidate", "")
                .on_submit(save)
                .child(el("h2").text("Label"))
                .child(
                    el("label")
                        .attr("for", "label-input")
                        .text("Name this assessment"),
                )
                .child(
                    el("div")
                        .class("row")
                        .child(
                            el("input")
                                .id("label-input")
                                .attr("type", "text")
                                .attr("maxlength", "80")
                                .attr("autocomplete", "off")
                                .attr("placeholder", "For example: start of program")
                                .attr("aria-describedby", "label-message")
                                .prop("value", s.label.as_str())
                                .on_input(move |v| label.set(v)),
                        )
                        .child(el("button").attr("type", "submit").text("Save label")),
                )
                .child(
                    el("p")
                        .id("label-message")
                        .attr("aria-live", "polite")
                        .dyn_attr("class", move || {
                            Some(
                                if message.with(|m| m.as_ref().is_some_and(|m| m.0)) {
                                    "success"
                                } else {
                                    "field-error"
                                }
                                .into(),
                            )
                        })
                        .dyn_text(move || {
                            message.with(|m| m.as_ref().map(|m| m.1.clone()).unwrap_or_default())
                        }),
                ),
        )
}
