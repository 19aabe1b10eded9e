//! Taking an assessment: one step per domain, then a summary. Every change
//! is saved to the draft as it happens, so a reload resumes where the user
//! was. Each competency is a native radio group (arrow keys move between
//! levels) with the level descriptors as the choices.

use crate::domain::assessment::framework::{in_domain, Competency, Domain, LEVELS};
use crate::domain::assessment::{Assessments, Draft, Priority};
use crate::domain::route::Route;
use crate::ui::app::HEADING_ID;
use crate::ui::browser::focus_by_id;
use crate::ui::dom::{el, tx, El};
use crate::ui::router::go;
use crate::ui::state::{new_id, now_ms, use_app, DocState};
use crate::ui::widgets::{button, field_error, heading, table};
use leptos::prelude::*;

const STEP_HEADING: &str = "step-heading";
const STEPS: usize = Domain::ALL.len() + 1;

fn set_step(a: DocState<Assessments>, s: usize) {
    let now = now_ms();
    a.update(|d| {
        if let Some(dr) = d.draft.as_mut() {
            dr.step = s;
            dr.updated_at = now;
        }
    });
    request_animation_frame(|| focus_by_id(STEP_HEADING));
}

pub fn take_screen() -> El {
    let a = use_app().assessments;
    // Arriving here without a draft starts one.
    if a.doc.with_untracked(|d| d.draft.is_none()) {
        let now = now_ms();
        a.update(|d| d.draft = Some(Draft::new(now, &[])));
    }
    let step = move || {
        a.doc
            .with(|d| d.draft.as_ref().map(|d| d.step.min(STEPS - 1)))
    };
    let counts = move || {
        a.doc.with(|d| {
            d.draft
                .as_ref()
                .map_or((0, 0), |dr| (dr.rated(), dr.competencies().len()))
        })
    };
    el("section")
        .class("screen")
        .attr("aria-labelledby", HEADING_ID)
        .child(heading("Take a self-assessment"))
        .region(step, move |s| match s {
            None => vec![el("p")
                .class("empty")
                .text("This assessment is finished or was discarded. ")
                .child(el("a").attr("href", "#/assess").text("Back to your self-assessments"))],
            Some(s) => vec![
                tx("p", "hint", "Rate yourself as you are today, not as you hope to be. Skip anything that does not apply; your answers are saved as you go."),
                el("div")
                    .class("progress")
                    .child(el("p").id("progress-text").text(&format!("Step {} of {STEPS} · ", s + 1)).dyn_text(move || {
                        let (r, n) = counts();
                        format!("{r} of {n} rated")
                    }))
                    .child(
                        el("progress")
                            .attr("aria-labelledby", "progress-text")
                            .dyn_attr("max", move || Some(counts().1.max(1).to_string()))
                            .dyn_attr("value", move || Some(counts().0.to_string())),
                    ),
                match Domain::ALL.get(s) {
                    Some(&domain) => domain_step(domain, s),
                    None => summary(),
                },
            ],
        })
}

fn domain_step(domain: Domain, step: usize) -> El {
    let a = use_app().assessments;
    let asked = a.doc.with_untracked(|d| {
        d.draft
            .as_ref()
            .map(|dr| dr.competencies().iter().map(|c| c.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let items: Vec<El> = in_domain(domain)
        .filter(|c| asked.contains(&c.id))
        .map(rate_competency)
        .collect();
    let next_label = match Domain::ALL.get(step + 1) {
        Some(d) => format!("Next: {}", d.name()),
        None => "Review and finish".to_string(),
    };
    let mut nav = el("div").class("actions step-nav");
    if step > 0 {
        nav = nav.child(button("Back", "secondary").on_click(move || set_step(a, step - 1)));
    }
    nav = nav.child(button(&next_label, "").on_click(move || set_step(a, step + 1)));
    el("div")
        .child(
            el("h2")
                .id(STEP_HEADING)
                .attr("tabindex", "-1")
                .text(domain.name()),
        )
        .kids(items)
        .child(nav)
}

/// One competency: what it is, the level choices, evidence and priority.
fn rate_competency(c: &'static Competency) -> El {
    let a = use_app().assessments;
    let id = c.id;
    let rating = move || {
        a.doc
            .with(|d| d.draft.as_ref().map(|dr| dr.rating(id)).unwrap_or_default())
    };
    let set_level = move |l: Option<u8>| {
        let now = now_ms();
        a.update(|d| {
            if let Some(dr) = d.draft.as_mut() {
                let _ = dr.set_level(id, l, now);
            }
        });
    };
    let group = format!("level-{id}");
    let choice = |value: Option<u8>, strong: String, rest: &str| {
        el("label")
            .class("choice level")
            .child(
                el("input")
                    .attr("type", "radio")
                    .attr("name", &group)
                    .attr("value", &value.map_or(String::new(), |v| v.to_string()))
                    .dyn_flag("checked", move || rating().level == value)
                    .on("change", move |_| set_level(value)),
            )
            .child(el("span").child(el("strong").text(&strong)).text(rest))
    };
    let mut levels = el("div").class("levels");
    for (n, descriptor) in c.levels.iter().enumerate() {
        levels = levels.child(choice(
            Some(n as u8),
            format!("{n} · {}", LEVELS[n].0),
            &format!(" — {descriptor}"),
        ));
    }
    levels = levels.child(choice(None, "Skip for now".into(), ""));

    let evidence_id = format!("evidence-{id}");
    let error_id = format!("evidence-error-{id}");
    let priority_id = format!("priority-{id}");
    let evidence_error = RwSignal::new(None::<String>);
    let initial = untrack(rating);
    let mut priority = el("select").id(&priority_id).on_change(move |v| {
        if let Some(p) = Priority::from_key(&v) {
            let now = now_ms();
            a.update(|d| {
                if let Some(dr) = d.draft.as_mut() {
                    dr.set_priority(id, p, now);
                }
            });
        }
    });
    for p in Priority::ALL {
        let mut o = el("option").attr("value", p.key()).text(p.label());
        if p == initial.priority {
            o = o.attr("selected", "");
        }
        priority = priority.child(o);
    }
    let sources = c
        .sources
        .iter()
        .map(|s| s.citation)
        .collect::<Vec<_>>()
        .join("; ");
    el("fieldset")
        .class("competency")
        .child(el("legend").text(c.name))
        .child(el("p").text(c.description))
        .child(
            el("details")
                .child(el("summary").text("What it looks like"))
                .child(el("ul").kids(c.behaviours.iter().map(|b| el("li").text(b)).collect()))
                .child(tx("p", "hint", &format!("Draws on: {sources}"))),
        )
        .child(levels)
        .child(
            el("label")
                .attr("for", &evidence_id)
                .text("Evidence (optional)"),
        )
        .child(
            el("textarea")
                .id(&evidence_id)
                .attr("rows", "2")
                .attr("maxlength", "2000")
                .attr("aria-describedby", &error_id)
                .attr("placeholder", "What have you done that shows this?")
                .prop("value", initial.evidence.as_str())
                .on_input(move |text| {
                    let now = now_ms();
                    let result = a
                        .update(|d| d.draft.as_mut().map(|dr| dr.set_evidence(id, &text, now)))
                        .flatten();
                    evidence_error.set(result.and_then(|r| r.err()).map(|e| e.to_string()));
                }),
        )
        .child(field_error(&error_id, move || evidence_error.get()))
        .child(
            el("label")
                .attr("for", &priority_id)
                .text("How much it matters to you now"),
        )
        .child(priority)
}

/// The last step: every rating at a glance, a label, and Finish.
fn summary() -> El {
    let a = use_app().assessments;
    let label = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let rows: Vec<El> = a.doc.with_untracked(|d| {
        let Some(dr) = d.draft.as_ref() else {
            return Vec::new();
        };
        dr.competencies()
            .into_iter()
            .map(|c| {
                let r = dr.rating(c.id);
                let step = Domain::ALL.iter().position(|d| *d == c.domain).unwrap_or(0);
                let level = r.level.map_or("Skipped".to_string(), |l| {
                    format!("{l} · {}", LEVELS[l as usize].0)
                });
                let evidence = if r.evidence.trim().is_empty() {
                    "—"
                } else {
                    "Yes"
                };
                el("tr")
                    .child(
                        el("th").attr("scope", "row").child(
                            button(c.name, "link")
                                .attr("aria-label", &format!("Change {}", c.name))
                                .on_click(move || set_step(a, step)),
                        ),
                    )
                    .child(el("td").text(&level))
                    .child(el("td").text(r.priority.label()))
                    .child(el("td").text(evidence))
            })
            .collect()
    });
    let finish = move || {
        let id = new_id();
        let now = now_ms();
        let text = label.get_untracked();
        match a.update(|d| d.finish_draft(id, now, &text)) {
            Some(Ok(id)) => go(&Route::AssessSnapshot(id)),
            Some(Err(e)) => error.set(Some(e.to_string())),
            None => error.set(Some(
                "Your assessments cannot be saved right now; see the message at the top of the page."
                    .into(),
            )),
        }
    };
    el("div")
        .child(
            el("h2")
                .id(STEP_HEADING)
                .attr("tabindex", "-1")
                .text("Review and finish"),
        )
        .child(table(
            "Your ratings in this assessment",
            &["Competency", "Rating", "Priority", "Evidence"],
            rows,
        ))
        .child(
            el("form")
                .attr("novalidate", "")
                .on_submit(finish)
                .child(
                    el("label")
                        .attr("for", "snapshot-label")
                        .text("Name this assessment (optional)"),
                )
                .child(
                    el("input")
                        .id("snapshot-label")
                        .attr("type", "text")
                        .attr("maxlength", "80")
                        .attr("autocomplete", "off")
                        .attr("placeholder", "For example: start of program")
                        .attr("aria-describedby", "finish-error")
                        .on_input(move |v| label.set(v)),
                )
                .child(field_error("finish-error", move || error.get()))
                .child(
                    el("div")
                        .class("actions step-nav")
                        .child(
                            button("Back", "secondary")
                                .on_click(move || set_step(a, Domain::ALL.len() - 1)),
                        )
                        .child(
                            el("button")
                                .attr("type", "submit")
                                .text("Finish assessment"),
                        ),
                ),
        )
}
