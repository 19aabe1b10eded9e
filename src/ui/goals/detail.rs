//! One goal (`#/goals/<id>`): progress and SMART advice, the goal's fields
//! (saved as you type, with messages next to fields), tasks (add, tick,
//! move up and down with buttons, remove), check-ins with their history.

use super::list::{competency_line, status_label, KINDS, STATUSES};
use crate::domain::goals::list::nudges;
use crate::domain::goals::smart::check;
use crate::domain::goals::{clean_title, Goal, GoalError, GoalStatus, Goals};
use crate::ui::app::HEADING_ID;
use crate::ui::clock::{today, today_iso, BrowserZone};
use crate::ui::dom::{el, tx, El};
use crate::ui::state::{now_ms, use_app, DocState};
use crate::ui::widgets::select_field;
use crate::ui::widgets::{button, field_error, heading, link, screen};
use leptos::prelude::*;

/// Applies a checked change to goal `id`; on success bumps its update
/// time, on failure returns the message to show next to the field.
fn try_edit(
    goals: DocState<Goals>,
    id: u64,
    f: impl FnOnce(&mut Goal) -> Result<(), GoalError>,
) -> Option<String> {
    let now = now_ms();
    let result = goals.update(|d| {
        let g = d.goals.items.iter_mut().find(|g| g.id == id)?;
        Some(f(g).map(|()| g.updated_at = now.max(g.updated_at + 1)))
    });
    match result.flatten() {
        Some(Err(e)) => Some(e.to_string()),
        _ => None,
    }
}

/// Applies `f` to goal `id`, bumping its update time.
fn edit(goals: DocState<Goals>, id: u64, f: impl FnOnce(&mut Goal)) {
    let now = now_ms();
    goals.update(|d| {
        if let Some(g) = d.goals.items.iter_mut().find(|g| g.id == id) {
            f(g);
            g.updated_at = now.max(g.updated_at + 1);
        }
    });
}

pub fn goal_screen(id: u64) -> El {
    let goals = use_app().goals;
    el("div").region(
        move || goals.doc.with(|d| d.goals.get(id).is_some()),
        move |exists| {
            if !exists {
                return vec![screen("")
                    .child(heading("Goal not found"))
                    .child(el("p").text("This goal is not in this browser: it may have been deleted, or the link came from another device."))
                    .child(el("p").child(link("#/goals", "Back to your goals")))];
            }
            vec![goal_view(goals, id)]
        },
    )
}

/// A free-text field of a goal: how to show it and which part it edits.
struct Field {
    key: &'static str,
    label: &'static str,
    hint: &'static str,
    multiline: bool,
    get: fn(&Goal) -> String,
    set: fn(&mut Goal, String),
}

fn text_field(goals: DocState<Goals>, id: u64, f: Field) -> El {
    let Field {
        key,
        label,
        hint,
        multiline,
        get,
        set,
    } = f;
    let field_id = format!("goal-{key}");
    let hint_id = format!("{field_id}-hint");
    let initial = goals
        .doc
        .with_untracked(|d| d.goals.get(id).map(get).unwrap_or_default());
    let input = if multiline {
        el("textarea").attr("rows", "2")
    } else {
        el("input").attr("type", "text")
    };
    el("div")
        .class("field")
        .child(el("label").attr("for", &field_id).text(label))
        .child(
            input
                .id(&field_id)
                .attr("maxlength", "1000")
                .attr("aria-describedby", &hint_id)
                .prop("value", initial.as_str())
                .on_input(move |v| edit(goals, id, |g| set(g, v))),
        )
        .child(tx("p", "hint", hint).id(&hint_id))
}

fn goal_view(goals: DocState<Goals>, id: u64) -> El {
    let goal = move || goals.doc.with(|d| d.goals.get(id).cloned());
    let initial = goal().unwrap_or_else(|| Goal::new(id, String::new(), 0));
    let title_error = RwSignal::new(None::<String>);
    let date_error = RwSignal::new(None::<String>);

    let advice = move || {
        let today = today();
        goal().map(|g| {
            (
                check(&g, today),
                nudges(&g, today, &BrowserZone)
                    .iter()
                    .map(|n| n.text())
                    .collect::<Vec<_>>(),
            )
        })
    };

    let kind_opts: Vec<(&str, &str)> = KINDS.iter().map(|k| (k.1, k.2)).collect();
    let status_opts: Vec<(&str, &str)> = STATUSES.iter().map(|s| (s.1, s.2)).collect();
    let kind_now = KINDS
        .iter()
        .find(|k| k.0 == initial.kind)
        .map_or("skill", |k| k.1);
    let status_now = STATUSES
        .iter()
        .find(|s| s.0 == initial.status)
        .map_or("not_started", |s| s.1);

    let details = el("form")
        .class("goal-form")
        .attr("novalidate", "")
        .on_submit(|| {})
        .child(el("h2").text("The goal"))
        .child(
            el("div")
                .class("field")
                .child(el("label").attr("for", "goal-title").text("Title"))
                .child(
                    el("input")
                        .id("goal-title")
                        .attr("type", "text")
                        .attr("maxlength", "200")
                        .attr("aria-describedby", "goal-title-error")
                        .prop("value", initial.title.as_str())
                        .dyn_attr("aria-invalid", move || title_error.with(|e| e.is_some().then(|| "true".into())))
                        .on_input(move |v| match clean_title(&v) {
                            Ok(t) => {
                                title_error.set(None);
                                edit(goals, id, |g| g.title = t);
                            }
                            Err(e) => title_error.set(Some(format!("{e} The last valid title is kept."))),
                        }),
                )
                .child(field_error("goal-title-error", move || title_error.get())),
        )
        .child(el("div").class("field-row")
            .child(el("div").class("field").kids(select_field("goal-kind", "Type", &kind_opts, kind_now, move |v| {
                if let Some(k) = KINDS.iter().find(|k| k.1 == v) {
                    edit(goals, id, |g| g.kind = k.0);
                }
            })))
            .child(el("div").class("field").kids(select_field("goal-status", "Status", &status_opts, status_now, move |v| {
                if let Some(s) = STATUSES.iter().find(|s| s.1 == v) {
                    edit(goals, id, |g| g.status = s.0);
                }
            })))
            .child(
                el("div")
                    .class("field")
                    .child(el("label").attr("for", "goal-target").text("Target date"))
                    .child(
                        el("input")
                            .id("goal-target")
                            .attr("type", "date")
                            .attr("aria-describedby", "goal-target-error")
                            .prop("value", initial.target_date.clone().unwrap_or_default().as_str())
                            .on_change(move |v| {
                                date_error.set(try_edit(goals, id, |g| g.set_target_date(&v)))
                            }),
                    )
                    .child(field_error("goal-target-error", move || date_error.get())),
            ))
        .region(move || goal().map(|g| g.status) == Some(GoalStatus::Dropped), move |dropped| {
            if !dropped {
                return Vec::new();
            }
            vec![text_field(goals, id, Field { key: "dropped", label: "Why it was dropped", hint: "A sentence for your future self: what changed?", multiline: false, get: |g| g.dropped_reason.clone(), set: |g, v| g.dropped_reason = v })]
        })
        .child(text_field(goals, id, Field { key: "specific", label: "What exactly", hint: "Specific: what will be different, and for whom.", multiline: true, get: |g| g.specific.clone(), set: |g, v| g.specific = v }))
        .child(text_field(goals, id, Field { key: "measure", label: "How success is measured", hint: "Measurable: a number, a document, a decision, someone's feedback.", multiline: true, get: |g| g.measure.clone(), set: |g, v| g.measure = v }))
        .child(text_field(goals, id, Field { key: "why", label: "Why it matters", hint: "To you, your team or your library.", multiline: true, get: |g| g.why.clone(), set: |g, v| g.why = v }))
        .child(el("h2").text("Support you need"))
        .child(text_field(goals, id, Field { key: "mentor", label: "Mentor asks", hint: "Advice, feedback, a sounding board: what a mentor gives.", multiline: true, get: |g| g.mentor_asks.clone(), set: |g, v| g.mentor_asks = v }))
        .child(text_field(goals, id, Field { key: "sponsor", label: "Sponsor asks", hint: "Advocacy: a stretch assignment, an introduction, a nomination, a word in the room.", multiline: true, get: |g| g.sponsor_asks.clone(), set: |g, v| g.sponsor_asks = v }));

    screen("wide goal-detail")
        .child(
            el("p")
                .class("no-print")
                .child(link("#/goals", "← All goals")),
        )
        .child(
            el("h1")
                .id(HEADING_ID)
                .attr("tabindex", "-1")
                .dyn_text(move || goal().map(|g| g.title).unwrap_or_default()),
        )
        .maybe(competency_line(&initial).map(|l| tx("p", "goal-meta", &l)))
        .child(
            el("div")
                .class("goal-summary")
                .child(
                    el("p")
                        .child(el("strong").dyn_text(move || {
                            format!("{}% done", goal().map_or(0, |g| g.progress()))
                        }))
                        .dyn_text(move || {
                            format!(" · {}", goal().map_or("", |g| status_label(g.status)))
                        }),
                )
                .child(
                    el("progress")
                        .attr("max", "100")
                        .attr("aria-label", "Progress")
                        .dyn_attr("value", move || {
                            Some(goal().map_or(0, |g| g.progress()).to_string())
                        }),
                )
                .region(advice, move |a| {
                    let Some((advice, nudges)) = a else {
                        return Vec::new();
                    };
                    let mut out = Vec::new();
                    if !nudges.is_empty() {
                        out.push(
                            el("ul")
                                .class("nudges")
                                .kids(nudges.iter().map(|n| tx("li", "nudge", n)).collect()),
                        );
                    }
                    if !advice.is_empty() {
                        out.push(
                            el("div")
                                .class("callout")
                                .child(
                                    el("p")
                                        .child(el("strong").text("SMART check"))
                                        .text(" (advice, not rules):"),
                                )
                                .child(el("ul").kids(
                                    advice.iter().map(|a| el("li").text(a.message)).collect(),
                                )),
                        );
                    }
                    out
                }),
        )
        .child(details)
        .child(tasks(goals, id))
        .child(check_ins(goals, id))
}

fn tasks(goals: DocState<Goals>, id: u64) -> El {
    let new_title = RwSignal::new(String::new());
    let new_due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move || {
        let (t, due) = (new_title.get_untracked(), new_due.get_untracked());
        if let Some(e) = try_edit(goals, id, |g| g.add_task(&t, &due)) {
            error.set(Some(e));
            return;
        }
        error.set(None);
        new_title.set(String::new());
        new_due.set(String::new());
    };
    let rows = move || {
        goals
            .doc
            .with(|d| d.goals.get(id).map(|g| g.tasks.clone()).unwrap_or_default())
    };
    el("section")
        .class("tasks")
        .attr("aria-labelledby", "tasks-heading")
        .child(el("h2").id("tasks-heading").text("Tasks"))
        .child(el("ol").class("task-list").region(rows, move |tasks| {
            let n = tasks.len();
            if n == 0 {
                return vec![tx(
                    "li",
                    "note",
                    "No tasks yet. Progress follows the tasks you tick.",
                )];
            }
            tasks
                .into_iter()
                .enumerate()
                .map(|(i, t)| {
                    let tid = t.id;
                    let done = t.done;
                    let label = match &t.due {
                        Some(d) => format!("{} (due {d})", t.title),
                        None => t.title.clone(),
                    };
                    let mv = move |delta: isize| {
                        edit(goals, id, |g| {
                            let j = i as isize + delta;
                            if j >= 0 && (j as usize) < g.tasks.len() {
                                g.tasks.swap(i, j as usize);
                            }
                        });
                    };
                    let mut row = el("li").class("task-row").child(
                        el("label")
                            .class("choice")
                            .child(
                                el("input")
                                    .attr("type", "checkbox")
                                    .prop("checked", done)
                                    .on("change", move |_| {
                                        edit(goals, id, |g| {
                                            if let Some(t) =
                                                g.tasks.iter_mut().find(|t| t.id == tid)
                                            {
                                                t.done = !done;
                                            }
                                        })
                                    }),
                            )
                            .text(&label),
                    );
                    let mut actions = el("span").class("task-actions");
                    if i > 0 {
                        actions = actions.child(
                            button("Up", "secondary small")
                                .attr("aria-label", &format!("Move up: {}", t.title))
                                .on_click(move || mv(-1)),
                        );
                    }
                    if i + 1 < n {
                        actions = actions.child(
                            button("Down", "secondary small")
                                .attr("aria-label", &format!("Move down: {}", t.title))
                                .on_click(move || mv(1)),
                        );
                    }
                    actions = actions.child(
                        button("Remove", "secondary small")
                            .attr("aria-label", &format!("Remove task: {}", t.title))
                            .on_click(move || {
                                edit(goals, id, |g| g.tasks.retain(|t| t.id != tid));
                            }),
                    );
                    row = row.child(actions);
                    row
                })
                .collect()
        }))
        .child(
            el("form")
                .class("task-form")
                .attr("novalidate", "")
                .on_submit(add)
                .child(
                    el("div")
                        .class("field-row")
                        .child(
                            el("div")
                                .class("field grow")
                                .child(el("label").attr("for", "task-title").text("New task"))
                                .child(
                                    el("input")
                                        .id("task-title")
                                        .attr("type", "text")
                                        .attr("maxlength", "200")
                                        .attr("aria-describedby", "task-error")
                                        .dyn_value(move || new_title.get())
                                        .on_input(move |v| new_title.set(v)),
                                ),
                        )
                        .child(
                            el("div")
                                .class("field")
                                .child(el("label").attr("for", "task-due").text("Due (optional)"))
                                .child(
                                    el("input")
                                        .id("task-due")
                                        .attr("type", "date")
                                        .dyn_value(move || new_due.get())
                                        .on_change(move |v| new_due.set(v)),
                                ),
                        ),
                )
                .child(el("button").attr("type", "submit").text("Add task"))
                .child(field_error("task-error", move || error.get())),
        )
}

fn check_ins(goals: DocState<Goals>, id: u64) -> El {
    let date = RwSignal::new(today_iso());
    let progress = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move || {
        let (d, p, n) = (
            date.get_untracked(),
            progress.get_untracked(),
            note.get_untracked(),
        );
        if let Some(e) = try_edit(goals, id, |g| g.add_check_in(&d, &p, &n)) {
            error.set(Some(e));
            return;
        }
        error.set(None);
        progress.set(String::new());
        note.set(String::new());
    };
    let history = move || {
        goals.doc.with(|d| {
            let mut v = d
                .goals
                .get(id)
                .map(|g| g.check_ins.clone())
                .unwrap_or_default();
            v.reverse();
            v
        })
    };
    el("section")
        .class("check-ins")
        .attr("aria-labelledby", "check-ins-heading")
        .child(el("h2").id("check-ins-heading").text("Check-ins"))
        .child(tx("p", "hint", "Once a month is a good rhythm: where you are, what helped, what is in the way. Bring these to your mentor."))
        .child(
            el("form")
                .class("check-in-form")
                .attr("novalidate", "")
                .on_submit(add)
                .child(
                    el("div")
                        .class("field-row")
                        .child(el("div").class("field").child(el("label").attr("for", "check-in-date").text("Date")).child(
                            el("input").id("check-in-date").attr("type", "date").dyn_value(move || date.get()).on_change(move |v| date.set(v)),
                        ))
                        .child(el("div").class("field").child(el("label").attr("for", "check-in-progress").text("Progress % (optional)")).child(
                            el("input").id("check-in-progress").attr("type", "number").attr("min", "0").attr("max", "100").attr("inputmode", "numeric")
                                .dyn_value(move || progress.get()).on_input(move |v| progress.set(v)),
                        )),
                )
                .child(el("label").attr("for", "check-in-note").text("Note"))
                .child(el("textarea").id("check-in-note").attr("rows", "2").attr("maxlength", "2000").attr("aria-describedby", "check-in-error")
                    .dyn_value(move || note.get()).on_input(move |v| note.set(v)))
                .child(el("button").attr("type", "submit").text("Add check-in"))
                .child(field_error("check-in-error", move || error.get())),
        )
        .child(el("ul").class("record-list check-in-list").region(history, |items| {
            if items.is_empty() {
                return vec![tx("li", "note", "No check-ins yet.")];
            }
            items
                .iter()
                .map(|c| {
                    el("li").class("record-row").child(
                        el("span")
                            .child(el("strong").text(&format!("{} · {}%", c.date, c.progress)))
                            .maybe((!c.note.is_empty()).then(|| el("span").class("check-in-note").text(&format!(" — {}", c.note)))),
                    )
                })
                .collect()
        }))
}
