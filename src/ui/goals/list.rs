//! The goal list (`#/goals`): nudges, filters, sorting, quick add, delete
//! with undo, and exports (CSV, calendar).

use crate::domain::assessment::framework::{competency, level_name, COMPETENCIES};
use crate::domain::goals::export::to_csv;
use crate::domain::goals::ics::calendar;
use crate::domain::goals::list::{nudges, select, Filter, Sort};
use crate::domain::goals::{Goal, GoalKind, GoalStatus};
use crate::domain::route::Route;
use crate::ui::browser::download;
use crate::ui::clock::{today, today_iso, BrowserZone};
use crate::ui::dom::{el, tx, El};
use crate::ui::state::{new_id, now_ms, use_app};
use crate::ui::widgets::{button, field_error, heading, link, screen, select_field};
use leptos::prelude::*;

pub const KINDS: [(GoalKind, &str, &str); 3] = [
    (GoalKind::Skill, "skill", "Skill"),
    (GoalKind::Career, "career", "Career step"),
    (GoalKind::Project, "project", "Project"),
];

pub const STATUSES: [(GoalStatus, &str, &str); 4] = [
    (GoalStatus::NotStarted, "not_started", "Not started"),
    (GoalStatus::InProgress, "in_progress", "In progress"),
    (GoalStatus::Done, "done", "Done"),
    (GoalStatus::Dropped, "dropped", "Dropped"),
];

pub fn status_label(s: GoalStatus) -> &'static str {
    STATUSES.iter().find(|x| x.0 == s).map_or("", |x| x.2)
}

pub fn kind_label(k: GoalKind) -> &'static str {
    KINDS.iter().find(|x| x.0 == k).map_or("", |x| x.2)
}

/// "Communication: Aware → Developing"
pub fn competency_line(g: &Goal) -> Option<String> {
    let t = g.competencies.first()?;
    let c = competency(&t.competency)?;
    Some(match t.current {
        Some(cur) => format!("{}: {} → {}", c.name, level_name(cur), level_name(t.target)),
        None => format!("{}: aim for {}", c.name, level_name(t.target)),
    })
}

/// A labelled `<select>` with (value, label) options; `on` gets the value.
fn goal_row(
    g: &Goal,
    today: crate::domain::date::Ymd,
    writable: bool,
    on_delete: impl Fn(u64) + 'static,
) -> El {
    let id = g.id;
    let mut meta = vec![
        format!("{} · {}", kind_label(g.kind), status_label(g.status)),
        format!("{}% done", g.progress()),
    ];
    if let Some(d) = &g.target_date {
        meta.push(format!("target {d}"));
    }
    let notes = nudges(g, today, &BrowserZone);
    el("li")
        .class("goal-row")
        .child(
            el("div")
                .class("goal-main")
                .child(
                    el("a")
                        .class("goal-title")
                        .attr("href", &Route::Goal(id).to_hash())
                        .text(&g.title),
                )
                .maybe(competency_line(g).map(|l| tx("span", "goal-meta", &l)))
                .child(tx("span", "goal-meta", &meta.join(" · ")))
                .child(
                    el("progress")
                        .attr("max", "100")
                        .attr("value", &g.progress().to_string())
                        .attr("aria-label", &format!("Progress of {}", g.title)),
                )
                .maybe((!notes.is_empty()).then(|| {
                    el("ul")
                        .class("nudges")
                        .kids(notes.iter().map(|n| tx("li", "nudge", &n.text())).collect())
                })),
        )
        .child(
            button("Delete", "secondary small")
                .attr("aria-label", &format!("Delete goal: {}", g.title))
                .prop("disabled", !writable)
                .on_click(move || on_delete(id)),
        )
}

pub fn goals_screen() -> El {
    let goals = use_app().goals;
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let last_deleted = RwSignal::new(None::<Goal>);
    let filter = RwSignal::new(Filter::default());
    let sort = RwSignal::new(Sort::DueDate);
    let export_error = RwSignal::new(None::<String>);
    let writable = move || goals.writable();

    let add = move || {
        let now = now_ms();
        let id = new_id();
        match goals.update(|g| g.add(id, &title.get_untracked(), now)) {
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
    let delete = move |id: u64| {
        let removed = goals.update(|g| g.goals.remove(id, now_ms())).flatten();
        last_deleted.set(removed);
    };

    let status_opts: Vec<(&str, &str)> = std::iter::once(("", "Any status"))
        .chain(STATUSES.iter().map(|s| (s.1, s.2)))
        .collect();
    let kind_opts: Vec<(&str, &str)> = std::iter::once(("", "Any type"))
        .chain(KINDS.iter().map(|k| (k.1, k.2)))
        .collect();
    let comp_opts: Vec<(&str, &str)> = std::iter::once(("", "Any competency"))
        .chain(COMPETENCIES.iter().map(|c| (c.id, c.name)))
        .collect();
    let filters = el("div")
        .class("filters")
        .child(el("div").kids(select_field(
            "filter-status",
            "Status",
            &status_opts,
            "",
            move |v| filter.update(|f| f.status = STATUSES.iter().find(|s| s.1 == v).map(|s| s.0)),
        )))
        .child(el("div").kids(select_field(
            "filter-kind",
            "Type",
            &kind_opts,
            "",
            move |v| filter.update(|f| f.kind = KINDS.iter().find(|k| k.1 == v).map(|k| k.0)),
        )))
        .child(el("div").kids(select_field(
            "filter-competency",
            "Competency",
            &comp_opts,
            "",
            move |v| filter.update(|f| f.competency = (!v.is_empty()).then_some(v)),
        )))
        .child(el("div").kids(select_field(
            "sort",
            "Sort by",
            &[
                ("due", "Target date"),
                ("progress", "Progress"),
                ("updated", "Last updated"),
            ],
            "due",
            move |v| {
                sort.set(match v.as_str() {
                    "progress" => Sort::Progress,
                    "updated" => Sort::Updated,
                    _ => Sort::DueDate,
                })
            },
        )))
        .child(
            el("label")
                .class("choice")
                .child(
                    el("input")
                        .attr("type", "checkbox")
                        .id("filter-overdue")
                        .on("change", move |ev| {
                            let on = ev
                                .target()
                                .and_then(|t| {
                                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t)
                                        .ok()
                                })
                                .is_some_and(|i| i.checked());
                            filter.update(|f| f.overdue_only = on);
                        }),
                )
                .text("Overdue only"),
        );

    // (id, version) of the rows to show; a row is rebuilt only when its
    // goal changed (or editing was switched on or off).
    let row_keys = move || {
        let today = today();
        let (f, s, w) = (filter.get(), sort.get(), writable());
        goals.doc.with(|d| {
            select(&d.goals.items, &f, s, today)
                .iter()
                .map(|g| (g.id, g.updated_at * 2 + i64::from(w)))
                .collect::<Vec<_>>()
        })
    };

    screen("wide")
        .child(heading("Goals"))
        .child(tx("p", "lead", "Turn what you learn about yourself into one to three SMART goals at a time, break them into tasks, and check in monthly. Everything stays in this browser."))
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
                .child(tx("p", "hint", "Start with a verb: “Lead the branch budget review by March”. Then open it to add the details, tasks and check-ins.").id("new-goal-hint"))
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
        .region(move || goals.doc.with(|d| d.goals.items.is_empty()), move |empty| {
            if empty {
                return vec![el("div").class("empty")
                    .child(el("p").text("No goals yet. Start with one you could finish in the next three months: type it above."))
                    .child(el("p").text("Or take the ").child(link("#/assess", "self-assessment")).text(" and turn a growth area into a goal with one click."))];
            }
            vec![el("h2").text("Your goals"), filters.clone()]
        })
        .child(el("p").class("note").attr("aria-live", "polite").id("goal-count").dyn_text(move || {
            let today = today();
            let (f, s) = (filter.get(), sort.get());
            let (total, shown) = goals.doc.with(|d| (d.goals.items.len(), select(&d.goals.items, &f, s, today).len()));
            if total == 0 { String::new() } else { format!("Showing {shown} of {total} goals.") }
        }))
        .child(el("ul").class("goal-list").keyed(row_keys, move |id| {
            let today = today();
            let can_edit = writable();
            goals
                .doc
                .with(|d| d.goals.get(id).map(|g| goal_row(g, today, can_edit, delete)))
                .unwrap_or_else(|| el("li"))
        }))
        .child(el("h2").text("Export"))
        .child(el("p").text("Take your goals to a spreadsheet, or put target dates, task due dates and monthly check-in reminders in your calendar."))
        .child(
            el("div")
                .class("actions")
                .child(button("Download CSV", "secondary").on_click(move || {
                    let csv = goals.doc.with_untracked(|d| to_csv(&d.goals.items));
                    export_error.set(download(&format!("wayfinder-goals-{}.csv", today_iso()), "text/csv", &csv).err());
                }))
                .child(button("Download calendar (.ics)", "secondary").on_click(move || {
                    let ics = goals.doc.with_untracked(|d| calendar(&d.goals.items, now_ms(), &BrowserZone));
                    export_error.set(download("wayfinder-goals.ics", "text/calendar", &ics).err());
                }))
                .child(link("#/plan", "Development plan").class("button secondary")),
        )
        .child(field_error("goal-export-error", move || export_error.get()))
}
