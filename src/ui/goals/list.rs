//! The goal list (`#/goals`): nudges, filters, sorting, quick add, delete
//! with undo, and exports (CSV, calendar). Rows are a keyed `<For>` over
//! the goals shown: a row is built once per goal and version, so editing
//! or deleting one goal of a thousand touches one row.

use crate::domain::assessment::framework::{competency, level_name, COMPETENCIES};
use crate::domain::goals::export::to_csv;
use crate::domain::goals::ics::calendar;
use crate::domain::goals::list::{matches, nudges, select, Filter, Sort};
use crate::domain::goals::{Goal, GoalKind, GoalStatus};
use crate::domain::route::Route;
use crate::ui::browser::download;
use crate::ui::browser::focus_selector_after_paint;
use crate::ui::clock::{today, today_iso, BrowserZone};
use crate::ui::components::{
    focus_undo, row_key, Checkbox, FieldError, Screen, ScreenHeading, SelectField, UndoNote,
};
use crate::ui::state::{new_id, now_ms, use_app, DocState};
use leptos::prelude::*;

/// "Communication: Aware → Developing"
pub fn competency_line(g: &Goal) -> Option<String> {
    let t = g.competencies.first()?;
    let c = competency(&t.competency)?;
    Some(match t.current {
        Some(cur) => format!("{}: {} → {}", c.name, level_name(cur), level_name(t.target)),
        None => format!("{}: aim for {}", c.name, level_name(t.target)),
    })
}

/// One goal in the list: title, competency, kind, status, progress and
/// nudges, with its delete button.
#[component]
fn GoalRow(
    goal: Goal,
    today: crate::domain::date::Ymd,
    writable: bool,
    on_delete: Callback<u64>,
) -> impl IntoView {
    let id = goal.id;
    let summary = goal.summary();
    let nudges = nudges(&goal, today, &BrowserZone);
    let nudges = (!nudges.is_empty()).then(|| {
        let items = nudges
            .iter()
            .map(|n| view! { <li class="nudge">{n.text()}</li> })
            .collect_view();
        view! { <ul class="nudges">{items}</ul> }
    });
    let competency = competency_line(&goal).map(|l| view! { <span class="goal-meta">{l}</span> });
    view! {
        <li class="goal-row">
            <div class="goal-main">
                <a class="goal-title" href=Route::Goal(id).to_hash()>{goal.title.clone()}</a>
                {competency}
                <span class="goal-meta">{summary}</span>
                <progress
                    max="100"
                    value=goal.progress().to_string()
                    aria-label=format!("Progress of {}", goal.title)
                ></progress>
                {nudges}
            </div>
            <button
                type="button"
                class="secondary small"
                aria-label=format!("Delete goal: {}", goal.title)
                disabled=!writable
                on:click=move |_| on_delete.run(id)
            >
                "Delete"
            </button>
        </li>
    }
}

/// `#/goals`: the list with its quick add, filters and exports.
#[component]
pub fn GoalsScreen() -> impl IntoView {
    let goals = use_app().goals;
    let filter = RwSignal::new(Filter::default());
    let sort = RwSignal::new(Sort::DueDate);
    let last_deleted = RwSignal::new(None::<Goal>);
    // Bumped when the filters are cleared for a goal that came back, so
    // that their controls are drawn again from what is chosen now.
    let filters_drawn = RwSignal::new(0u32);
    let writable = Memo::new(move |_| goals.writable());
    // The goals to show, in order, with whether they can be edited and the
    // one date their nudges count from; a row is keyed by its goal's id and
    // version.
    let shown = Memo::new(move |_| {
        let (f, s, w) = (filter.get(), sort.get(), writable.get());
        let today = today();
        goals.doc.with(|d| {
            select(&d.goals.items, &f, s, today)
                .into_iter()
                .map(|g| (g.clone(), w, today))
                .collect::<Vec<_>>()
        })
    });
    let total = Memo::new(move |_| goals.doc.with(|d| d.goals.items.len()));
    let delete = Callback::new(move |id: u64| {
        let removed = goals.update(|g| g.goals.remove(id, now_ms())).flatten();
        if removed.is_some() {
            focus_undo("goal-undo");
        }
        last_deleted.set(removed);
    });
    let row = move |(goal, writable, today): (Goal, bool, crate::domain::date::Ymd)| {
        view! { <GoalRow goal today writable on_delete=delete /> }
    };
    let has_goals = move || total.get() > 0;
    let count = move || match total.get() {
        0 => String::new(),
        total => format!("Showing {} of {total} goals.", shown.with(Vec::len)),
    };
    view! {
        <Screen class="wide">
            <ScreenHeading text="Goals" />
            <p class="lead">
                "Turn what you learn about yourself into one to three SMART goals at a time, break them into tasks, and check in monthly. Everything stays in this browser."
            </p>
            <QuickAdd goals writable />
            <Undo goals last_deleted filter filters_drawn />
            <Show
                when=has_goals
                fallback=|| {
                    view! {
                        <div class="empty">
                            <p>
                                "No goals yet. Start with one you could finish in the next three months: type it above."
                            </p>
                            <p>
                                "Or take the " <a href="#/assess">"self-assessment"</a>
                                " and turn a growth area into a goal with one click."
                            </p>
                        </div>
                    }
                }
            >
                <h2>"Your goals"</h2>
                {move || {
                    filters_drawn.track();
                    view! { <Filters filter sort /> }
                }}
            </Show>
            <p class="note" aria-live="polite" id="goal-count">{count}</p>
            <ul class="goal-list">
                <For each=move || shown.get() key=|(g, w, _)| row_key(&(g.id, g.updated_at, w)) children=row />
            </ul>
            <Exports goals />
        </Screen>
    }
}

/// "New goal": a title, added on submit, with its error.
#[component]
fn QuickAdd(goals: DocState<crate::domain::goals::Goals>, writable: Memo<bool>) -> impl IntoView {
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
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
    let invalid = move || error.with(|e| e.is_some().then_some("true"));
    view! {
        <form class="inline-form" novalidate on:submit=add>
            <label for="new-goal-title">"New goal"</label>
            <div class="row">
                <input
                    id="new-goal-title"
                    type="text"
                    maxlength="200"
                    autocomplete="off"
                    aria-describedby="new-goal-hint new-goal-error"
                    aria-invalid=invalid
                    prop:value=title
                    disabled=move || !writable.get()
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
                <button type="submit" disabled=move || !writable.get()>"Add goal"</button>
            </div>
            <p class="hint" id="new-goal-hint">
                "Start with a verb: “Lead the branch budget review by March”. Then open it to add the details, tasks and check-ins."
            </p>
            <FieldError id="new-goal-error" message=error.into() />
        </form>
    }
}

/// "Deleted …. Undo", after a delete; undoing it focuses the goal that came
/// back. If the filters chosen since would hide it, they are cleared first:
/// Undo promises the goal back in the list.
#[component]
fn Undo(
    goals: DocState<crate::domain::goals::Goals>,
    last_deleted: RwSignal<Option<Goal>>,
    filter: RwSignal<Filter>,
    filters_drawn: RwSignal<u32>,
) -> impl IntoView {
    let undo = Callback::new(move |()| {
        if let Some(goal) = last_deleted.get_untracked() {
            let now = now_ms();
            let back = Route::Goal(goal.id).to_hash();
            if !filter.with_untracked(|f| matches(&goal, f, today())) {
                filter.set(Filter::default());
                filters_drawn.update(|n| *n += 1);
            }
            goals.update(|g| {
                g.goals.upsert(Goal {
                    updated_at: now,
                    ..goal
                })
            });
            last_deleted.set(None);
            focus_selector_after_paint(format!(".goal-list a[href=\"{back}\"]"));
        }
    });
    let note = Signal::derive(move || {
        last_deleted.with(|g| g.as_ref().map(|g| format!("Deleted “{}”.", g.title)))
    });
    view! { <UndoNote button_id="goal-undo" message=note on_undo=undo /> }
}

/// Filters by status, type, competency and overdue, and the sort order;
/// each starts at what is chosen now.
#[component]
fn Filters(filter: RwSignal<Filter>, sort: RwSignal<Sort>) -> impl IntoView {
    let options = |any: &str, rest: &mut dyn Iterator<Item = (&str, &str)>| {
        std::iter::once((String::new(), any.to_string()))
            .chain(rest.map(|(v, t)| (v.to_string(), t.to_string())))
            .collect::<Vec<_>>()
    };
    let now = filter.get_untracked();
    let status = now.status.map_or("", GoalStatus::key);
    let kind = now.kind.map_or("", GoalKind::key);
    let sorted = match sort.get_untracked() {
        Sort::DueDate => "due",
        Sort::Progress => "progress",
        Sort::Updated => "updated",
    };
    view! {
        <div class="filters">
            <SelectField
                id="filter-status"
                label="Status"
                options=options("Any status", &mut GoalStatus::ALL.iter().map(|s| (s.key(), s.label())))
                selected=status
                on_change=Callback::new(move |v: String| {
                    filter.update(|f| f.status = GoalStatus::from_key(&v))
                })
            />
            <SelectField
                id="filter-kind"
                label="Type"
                options=options("Any type", &mut GoalKind::ALL.iter().map(|k| (k.key(), k.label())))
                selected=kind
                on_change=Callback::new(move |v: String| {
                    filter.update(|f| f.kind = GoalKind::from_key(&v))
                })
            />
            <SelectField
                id="filter-competency"
                label="Competency"
                options=options("Any competency", &mut COMPETENCIES.iter().map(|c| (c.id, c.name)))
                selected=now.competency.clone().unwrap_or_default()
                on_change=Callback::new(move |v: String| {
                    filter.update(|f| f.competency = (!v.is_empty()).then_some(v))
                })
            />
            <SelectField
                id="sort"
                label="Sort by"
                options=vec![
                    ("due".to_string(), "Target date".to_string()),
                    ("progress".to_string(), "Progress".to_string()),
                    ("updated".to_string(), "Last updated".to_string()),
                ]
                selected=sorted
                on_change=Callback::new(move |v: String| {
                    sort.set(match v.as_str() {
                        "progress" => Sort::Progress,
                        "updated" => Sort::Updated,
                        _ => Sort::DueDate,
                    })
                })
            />
            <Checkbox
                id="filter-overdue"
                label="Overdue only"
                checked=Signal::derive(move || filter.with(|f| f.overdue_only))
                on_change=Callback::new(move |on| filter.update(|f| f.overdue_only = on))
            />
        </div>
    }
}

/// The goals as a spreadsheet or a calendar.
#[component]
fn Exports(goals: DocState<crate::domain::goals::Goals>) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let csv = move |_| {
        let csv = goals.doc.with_untracked(|d| to_csv(&d.goals.items));
        let file = format!("wayfinder-goals-{}.csv", today_iso());
        error.set(download(&file, "text/csv", &csv).err());
    };
    let ics = move |_| {
        let ics = goals
            .doc
            .with_untracked(|d| calendar(&d.goals.items, now_ms(), &BrowserZone));
        error.set(download("wayfinder-goals.ics", "text/calendar", &ics).err());
    };
    view! {
        <h2>"Export"</h2>
        <p>
            "Take your goals to a spreadsheet, or put target dates, task due dates and monthly check-in reminders in your calendar."
        </p>
        <div class="actions">
            <button type="button" class="secondary" on:click=csv aria-describedby="goal-export-error">
                "Download CSV"
            </button>
            <button type="button" class="secondary" on:click=ics aria-describedby="goal-export-error">
                "Download calendar (.ics)"
            </button>
            <a class="button secondary" href="#/plan">"Development plan"</a>
        </div>
        <FieldError id="goal-export-error" message=error.into() />
    }
}
