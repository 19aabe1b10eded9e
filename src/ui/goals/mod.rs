//! The goals screen. This first slice keeps a list of goals (add, delete
//! with undo; goals made from a self-assessment gap show their competency
//! and target), saved through the storage layer; the goals feature grows it
//! into SMART goals with tasks, check-ins and a plan.

use crate::domain::assessment::framework::{competency, level_name};
use crate::domain::goals::Goal;
use crate::ui::dom::{el, tx, El};
use crate::ui::state::{new_id, now_ms, use_app};
use crate::ui::widgets::{button, field_error, heading, screen};
use leptos::prelude::*;

fn competency_line(g: &Goal) -> Option<String> {
    let t = g.competencies.first()?;
    let c = competency(&t.competency)?;
    Some(match t.current {
        Some(cur) => format!("{}: {} → {}", c.name, level_name(cur), level_name(t.target)),
        None => format!("{}: aim for {}", c.name, level_name(t.target)),
    })
}

pub fn goals_screen() -> El {
    let goals = use_app().goals;
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let last_deleted = RwSignal::new(None::<Goal>);
    let writable = move || goals.status.with(|_| goals.writable());

    let add = move || {
        let now = now_ms();
        match goals.update(|g| g.add(new_id(), &title.get_untracked(), now)) {
            Some(Ok(_)) => {
                title.set(String::new());
                error.set(None);
            }
            Some(Err(e)) => error.set(Some(e.to_string())),
            None => error.set(Some(
                "Goals cannot be changed right now (see the message above).".into(),
            )),
        }
    };
    let rows = move || {
        goals.doc.with(|g| {
            g.goals
                .items
                .iter()
                .map(|g| (g.id, g.title.clone(), competency_line(g)))
                .collect::<Vec<_>>()
        })
    };
    let list = move |rows: Vec<(u64, String, Option<String>)>| -> Vec<El> {
        if rows.is_empty() {
            return vec![tx("p", "empty", "No goals yet. Add your first one above; a good first goal is something you can finish in the next three months. You can also turn a growth area from your self-assessment into a goal.")];
        }
        let items = rows
            .into_iter()
            .map(|(id, t, line)| {
                el("li")
                    .class("goal-row")
                    .child(
                        el("span")
                            .class("goal-title")
                            .text(&t)
                            .maybe(line.map(|l| tx("span", "goal-meta", &l))),
                    )
                    .child(
                        button("Delete", "secondary")
                            .attr("aria-label", &format!("Delete goal: {t}"))
                            .dyn_flag("disabled", move || !writable())
                            .on_click(move || {
                                let removed =
                                    goals.update(|g| g.goals.remove(id, now_ms())).flatten();
                                last_deleted.set(removed);
                            }),
                    )
            })
            .collect();
        vec![
            el("h2").text("Your goals"),
            el("ul").class("goal-list").kids(items),
        ]
    };

    screen("")
        .child(heading("Goals"))
        .child(tx("p", "lead", "Jot down the goals you are working towards. They are saved in this browser as you type them. SMART checks, tasks, check-ins and a printable development plan are on their way."))
        .child(
            el("form")
                .class("inline-form")
                .attr("novalidate", "")
                .on_submit(add)
                .child(el("label").attr("for", "new-goal-title").text("New goal"))
                .child(
                    el("div")
                        .class("row")
                        .child(
                            el("input")
                                .id("new-goal-title")
                                .attr("type", "text")
                                .attr("maxlength", "200")
                                .attr("autocomplete", "off")
                                .attr("aria-describedby", "new-goal-hint new-goal-error")
                                .dyn_attr("aria-invalid", move || error.with(|e| e.is_some().then(|| "true".into())))
                                .dyn_value(move || title.get())
                                .dyn_flag("disabled", move || !writable())
                                .on_input(move |v| title.set(v)),
                        )
                        .child(
                            el("button")
                                .attr("type", "submit")
                                .dyn_flag("disabled", move || !writable())
                                .text("Add goal"),
                        ),
                )
                .child(tx("p", "hint", "Start with a verb: “Lead the branch budget review by March”.").id("new-goal-hint"))
                .child(field_error("new-goal-error", move || error.get())),
        )
        .child(el("div").class("undo-area").attr("aria-live", "polite").region(
            move || last_deleted.get().map(|g| g.title),
            move |t| match t {
                None => Vec::new(),
                Some(t) => vec![el("p").class("undo").text(&format!("Deleted “{t}”. ")).child(
                    button("Undo", "").on_click(move || {
                        if let Some(goal) = last_deleted.get_untracked() {
                            let now = now_ms();
                            goals.update(|g| g.goals.upsert(Goal { updated_at: now, ..goal }));
                            last_deleted.set(None);
                        }
                    }),
                )],
            },
        ))
        .region(rows, list)
}
