//! A goal's own fields: title (checked as you type, the last good title
//! kept), type, status, target date, why it was dropped, the SMART parts
//! and what to ask of a mentor and a sponsor. Each saves as it changes.

use super::GoalRef;
use crate::domain::goals::{clean_title, Goal, GoalKind, GoalStatus};
use crate::ui::components::{FieldError, SelectField, TextField};
use leptos::prelude::*;

/// A free-text part of a goal: how it is shown and which part it edits.
struct Part {
    key: &'static str,
    label: &'static str,
    hint: &'static str,
    rows: u32,
    get: fn(&Goal) -> &String,
    set: fn(&mut Goal, String),
}

const DROPPED: Part = Part {
    key: "dropped",
    label: "Why it was dropped",
    hint: "A sentence for your future self: what changed?",
    rows: 0,
    get: |g| &g.dropped_reason,
    set: |g, v| g.dropped_reason = v,
};

const SMART: [Part; 3] = [
    Part {
        key: "specific",
        label: "What exactly",
        hint: "Specific: what will be different, and for whom.",
        rows: 2,
        get: |g| &g.specific,
        set: |g, v| g.specific = v,
    },
    Part {
        key: "measure",
        label: "How success is measured",
        hint: "Measurable: a number, a document, a decision, someone's feedback.",
        rows: 2,
        get: |g| &g.measure,
        set: |g, v| g.measure = v,
    },
    Part {
        key: "why",
        label: "Why it matters",
        hint: "To you, your team or your library.",
        rows: 2,
        get: |g| &g.why,
        set: |g, v| g.why = v,
    },
];

const SUPPORT: [Part; 2] = [
    Part {
        key: "mentor",
        label: "Mentor asks",
        hint: "Advice, feedback, a sounding board: what a mentor gives.",
        rows: 2,
        get: |g| &g.mentor_asks,
        set: |g, v| g.mentor_asks = v,
    },
    Part {
        key: "sponsor",
        label: "Sponsor asks",
        hint: "Advocacy: a stretch assignment, an introduction, a nomination, a word in the room.",
        rows: 2,
        get: |g| &g.sponsor_asks,
        set: |g, v| g.sponsor_asks = v,
    },
];

/// One free-text part, starting at what the goal holds.
#[component]
fn PartField(goal: GoalRef, part: &'static Part) -> impl IntoView {
    let value = goal.read(|g| (part.get)(g).clone()).unwrap_or_default();
    view! {
        <TextField
            id=format!("goal-{}", part.key)
            label=part.label
            value
            rows=part.rows
            maxlength=1000
            hint=part.hint
            on_input=Callback::new(move |v| {
                goal.edit(|g| (part.set)(g, v));
            })
        />
    }
}

/// The goal's fields, in a form that saves as you type.
#[component]
pub(super) fn GoalForm(goal: GoalRef) -> impl IntoView {
    let Some(initial) = goal.read(Goal::clone) else {
        return ().into_any();
    };
    let title_error = RwSignal::new(None::<String>);
    let date_error = RwSignal::new(None::<String>);
    let dropped = Memo::new(move |_| goal.get().map(|g| g.status) == Some(GoalStatus::Dropped));
    let title = Callback::new(move |v: String| match clean_title(&v) {
        Ok(t) => {
            title_error.set(None);
            goal.edit(|g| g.title = t);
        }
        Err(e) => title_error.set(Some(format!("{e} The last valid title is kept."))),
    });
    let kinds = GoalKind::ALL
        .iter()
        .map(|k| (k.key().to_string(), k.label().to_string()))
        .collect();
    let statuses = GoalStatus::ALL
        .iter()
        .map(|s| (s.key().to_string(), s.label().to_string()))
        .collect();
    let target = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        date_error.set(goal.try_edit(|g| g.set_target_date(&v)));
    };
    let smart = SMART
        .iter()
        .map(|part| view! { <PartField goal part /> })
        .collect_view();
    let support = SUPPORT
        .iter()
        .map(|part| view! { <PartField goal part /> })
        .collect_view();
    view! {
        <form class="goal-form" novalidate on:submit=|ev| ev.prevent_default()>
            <h2>"The goal"</h2>
            <TextField
                id="goal-title"
                label="Title"
                value=initial.title.clone()
                described_by="goal-title-error"
                invalid=Signal::derive(move || title_error.with(Option::is_some))
                on_input=title
            />
            <FieldError id="goal-title-error" message=title_error.into() />
            <div class="field-row">
                <SelectField
                    id="goal-kind"
                    label="Type"
                    options=kinds
                    selected=initial.kind.key()
                    on_change=Callback::new(move |v: String| {
                        if let Some(kind) = GoalKind::from_key(&v) {
                            goal.edit(|g| g.kind = kind);
                        }
                    })
                />
                <SelectField
                    id="goal-status"
                    label="Status"
                    options=statuses
                    selected=initial.status.key()
                    on_change=Callback::new(move |v: String| {
                        if let Some(status) = GoalStatus::from_key(&v) {
                            goal.edit(|g| g.status = status);
                        }
                    })
                />
                <div class="field">
                    <label for="goal-target">"Target date"</label>
                    <input
                        id="goal-target"
                        type="date"
                        aria-describedby="goal-target-error"
                        prop:value=initial.target_date.clone().unwrap_or_default()
                        on:change=target
                    />
                    <FieldError id="goal-target-error" message=date_error.into() />
                </div>
            </div>
            <Show when=move || dropped.get()>
                <PartField goal part=&DROPPED />
            </Show>
            {smart}
            <h2>"Support you need"</h2>
            {support}
        </form>
    }
    .into_any()
}
