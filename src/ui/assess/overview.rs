//! The self-assessment overview (`#/assess`): start or resume, the radar
//! of the latest snapshot (optionally against an earlier one), what
//! changed, where to focus, the history of snapshots with delete and undo,
//! and the CSV export.

use super::growth::{changes_panel, focus_panel};
use super::radar::{radar, Series};
use crate::domain::assessment::export::to_csv;
use crate::domain::assessment::framework::{COMPETENCIES, LEVELS};
use crate::domain::assessment::{Draft, Snapshot};
use crate::domain::route::Route;
use crate::ui::app::HEADING_ID;
use crate::ui::browser::download;
use crate::ui::clock::{local_iso, today_iso};
use crate::ui::dom::{el, tx, El};
use crate::ui::router::go;
use crate::ui::state::{now_ms, use_app};
use crate::ui::widgets::{button, field_error, heading, link};
use leptos::prelude::*;

const FRAMEWORK_NOTE: &str = "The competencies are Wayfinder's own wording. They draw on the 14 Core (formerly LLAMA) Foundational Competencies for Library Leaders and Managers, which grew out of an earlier, separate model (Ammons-Stephens et al., 2009), the WebJunction Competency Index for the Library Field, the emotional-intelligence domains of Goleman and Boyatzis, and the ALA Core Competences of Librarianship (2022), which made equity its own area. Each competency names its sources.";

pub fn assess_screen() -> El {
    let a = use_app().assessments;
    let last_discarded = RwSignal::new(None::<Draft>);
    let scale = el("ul").kids(
        LEVELS
            .iter()
            .enumerate()
            .map(|(n, (name, meaning))| {
                el("li")
                    .child(el("strong").text(&format!("{n} · {name}")))
                    .text(&format!(" — {meaning}"))
            })
            .collect(),
    );
    // What the top of the screen offers depends on whether there is a draft
    // and whether anything was finished before.
    let state = move || {
        a.doc
            .with(|d| (d.draft.is_some(), !d.snapshots.items.is_empty()))
    };
    el("section")
        .class("screen wide")
        .attr("aria-labelledby", HEADING_ID)
        .child(heading("Self-assessment"))
        .child(tx("p", "lead", &format!(
            "Rate yourself on {} leadership competencies from 0 (not yet) to 4 (leading), with evidence. Re-rate every few months to see how you grow.",
            COMPETENCIES.len()
        )))
        .child(
            el("details")
                .class("about")
                .child(el("summary").text("About the rating scale and the framework"))
                .child(scale)
                .child(el("p").text(FRAMEWORK_NOTE)),
        )
        .region(state, move |(has_draft, has_snapshots)| {
            if has_draft {
                let info = a.doc.with_untracked(|d| {
                    d.draft.as_ref().map_or(String::new(), |dr| {
                        format!(
                            "You have an assessment in progress, started {}: {} of {} rated.",
                            local_iso(dr.started_at),
                            dr.rated(),
                            dr.competencies().len()
                        )
                    })
                });
                vec![el("div")
                    .class("callout")
                    .attr("role", "region")
                    .attr("aria-label", "Assessment in progress")
                    .child(el("p").text(&info))
                    .child(
                        el("div")
                            .class("actions")
                            .child(link("#/assess/take", "Continue the assessment").class("button"))
                            .child(button("Discard it", "secondary").on_click(move || {
                                let gone = a.update(|d| d.draft.take()).flatten();
                                last_discarded.set(gone);
                            })),
                    )]
            } else {
                let label = if has_snapshots {
                    "Re-rate yourself now"
                } else {
                    "Start your first self-assessment"
                };
                let start = button(label, "").on_click(move || {
                    let now = now_ms();
                    let started = a.update(|d| {
                        if d.draft.is_none() {
                            d.draft = Some(match d.latest() {
                                Some(prev) => Draft::from_previous(now, prev),
                                None => Draft::new(now, &[]),
                            });
                        }
                    });
                    if started.is_some() {
                        go(&Route::AssessTake);
                    }
                });
                vec![el("div").class("actions").child(start)]
            }
        })
        .child(el("div").class("undo-area").attr("aria-live", "polite").region(
            move || last_discarded.with(Option::is_some),
            move |shown| {
                if !shown {
                    return Vec::new();
                }
                vec![el("p").class("undo").text("Draft discarded. ").child(
                    button("Undo", "secondary").on_click(move || {
                        if let Some(dr) = last_discarded.get_untracked() {
                            a.update(|d| d.draft = Some(dr));
                            last_discarded.set(None);
                        }
                    }),
                )]
            },
        ))
        .region(
            move || a.doc.with(|d| d.snapshots.items.is_empty()),
            move |empty| {
                if empty {
                    vec![tx("p", "empty", "No finished assessments yet. It takes about 15 minutes; skip anything that does not apply, and stop whenever you like: your answers are kept in this browser and you can continue later.")]
                } else {
                    vec![growth(), history(), export()]
                }
            },
        )
}

/// The growth view: the latest snapshot, optionally compared with another
/// (by default the first, when there are two or more).
fn growth() -> El {
    let a = use_app().assessments;
    // None: the default; Some(0): nothing; Some(id): that snapshot.
    let compare = RwSignal::new(None::<u64>);
    let view_key = move || {
        let choice = compare.get();
        a.doc.with(|d| {
            let h = d.history();
            let latest = h.last().map(|s| (*s).clone());
            let compared = match choice {
                Some(0) => None,
                Some(id) => h
                    .iter()
                    .find(|s| s.id == id && Some(s.id) != latest.as_ref().map(|l| l.id))
                    .map(|s| (*s).clone()),
                None => (h.len() > 1).then(|| h[0].clone()),
            };
            (latest, compared)
        })
    };
    let picker = move || {
        a.doc.with(|d| {
            d.history()
                .iter()
                .rev()
                .skip(1)
                .map(|s| (s.id, s.title(&crate::ui::clock::BrowserZone)))
                .collect::<Vec<_>>()
        })
    };
    el("div")
        .child(el("h2").text("Your growth"))
        .region(picker, move |others| {
            if others.is_empty() {
                return Vec::new();
            }
            let selected = compare.get_untracked();
            let mut select = el("select")
                .id("compare-with")
                .on_change(move |v| compare.set(v.parse().ok()));
            select = select.child(
                el("option")
                    .attr("value", "0")
                    .text("Nothing (latest only)"),
            );
            for (i, (id, title)) in others.iter().enumerate() {
                let mut o = el("option").attr("value", &id.to_string()).text(title);
                let is_default = selected.is_none() && i + 1 == others.len();
                if selected == Some(*id) || is_default {
                    o = o.attr("selected", "");
                }
                select = select.child(o);
            }
            vec![
                el("label")
                    .attr("for", "compare-with")
                    .text("Compare your latest assessment with"),
                select,
            ]
        })
        .region(
            view_key,
            |(latest, compared): (Option<Snapshot>, Option<Snapshot>)| {
                let Some(latest) = latest else {
                    return Vec::new();
                };
                let mut series = vec![Series::of(&latest)];
                if let Some(c) = &compared {
                    series.push(Series::of(c));
                }
                let mut out = radar(&series);
                if let Some(c) = &compared {
                    out.push(el("h2").text("What changed"));
                    out.extend(changes_panel(c, &latest));
                }
                out.push(el("h2").text("Where to focus"));
                out.extend(focus_panel(&latest));
                out
            },
        )
}

/// Every snapshot, newest first, with delete and undo.
fn history() -> El {
    let a = use_app().assessments;
    let last_deleted = RwSignal::new(None::<Snapshot>);
    let rows = move || {
        a.doc.with(|d| {
            d.history()
                .into_iter()
                .rev()
                .map(|s| {
                    (
                        s.id,
                        s.title(&crate::ui::clock::BrowserZone),
                        s.rated_count(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    el("div")
        .child(el("h2").text("History"))
        .child(
            el("div")
                .class("undo-area")
                .attr("aria-live", "polite")
                .region(
                    move || {
                        last_deleted
                            .get()
                            .map(|s| s.title(&crate::ui::clock::BrowserZone))
                    },
                    move |title| match title {
                        None => Vec::new(),
                        Some(t) => vec![el("p")
                            .class("undo")
                            .text(&format!("Deleted “{t}”. "))
                            .child(button("Undo", "secondary").on_click(move || {
                                if let Some(s) = last_deleted.get_untracked() {
                                    let now = now_ms();
                                    a.update(|d| {
                                        d.snapshots.upsert(Snapshot {
                                            updated_at: now,
                                            ..s
                                        })
                                    });
                                    last_deleted.set(None);
                                }
                            }))],
                    },
                ),
        )
        .child(el("ul").class("record-list").region(rows, move |rows| {
            rows.into_iter()
                .map(|(id, title, rated)| {
                    el("li")
                        .class("record-row")
                        .child(
                            el("span")
                                .child(link(&Route::AssessSnapshot(id).to_hash(), &title))
                                .text(&format!(" · {rated} rated")),
                        )
                        .child(
                            button("Delete", "secondary small")
                                .attr("aria-label", &format!("Delete {title}"))
                                .on_click(move || {
                                    let now = now_ms();
                                    let gone = a.update(|d| d.snapshots.remove(id, now)).flatten();
                                    last_deleted.set(gone);
                                }),
                        )
                })
                .collect()
        }))
}

fn export() -> El {
    let a = use_app().assessments;
    let error = RwSignal::new(None::<String>);
    el("div")
        .child(el("h2").text("Export and print"))
        .child(el("p").text("Download every assessment as a spreadsheet (CSV), one row per competency rating, or open the latest one to print it with its chart."))
        .child(
            el("div")
                .class("actions")
                .child(button("Download CSV", "secondary").on_click(move || {
                    let csv = a.doc.with_untracked(|d| to_csv(d, &crate::ui::clock::BrowserZone));
                    let name = format!("wayfinder-assessments-{}.csv", today_iso());
                    error.set(download(&name, "text/csv", &csv).err());
                }))
                .child(
                    el("a")
                        .class("button secondary")
                        .dyn_attr("href", move || {
                            a.doc.with(|d| d.latest().map(|s| Route::AssessSnapshot(s.id).to_hash()))
                        })
                        .text("Print the latest assessment"),
                ),
        )
        .child(field_error("export-error", move || error.get()))
}
