//! What I asked of one person (a stretch assignment, an introduction, a
//! nomination…) and what came of it; an outcome changes in place, so its
//! select keeps the focus.

use super::PersonRef;
use crate::domain::guide::network::{Ask, AskKind, AskOutcome};
use crate::ui::clock::today_iso;
use crate::ui::components::{row_key, FieldError, SelectField, TextField};
use leptos::prelude::*;

/// (value, label) options of a list of choices.
fn options<T: Copy>(
    all: &[T],
    names: &[&str],
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .zip(names)
        .map(|(x, name)| (name.to_string(), label(*x).to_string()))
        .collect()
}

/// One ask with the select of its outcome.
#[component]
fn AskRow(person: PersonRef, index: usize, text: String) -> impl IntoView {
    let now = person
        .read(|p| p.asks.get(index).map(|a| a.outcome))
        .flatten()
        .unwrap_or(AskOutcome::Pending);
    let set = Callback::new(move |v: String| {
        if let Some(o) = AskOutcome::NAMES.iter().position(|n| *n == v) {
            person.edit(|p| {
                if let Some(a) = p.asks.get_mut(index) {
                    a.outcome = AskOutcome::ALL[o]
                }
            });
        }
    });
    view! {
        <li class="record-row">
            <span>{text}</span>
            <span>
                <SelectField
                    id=format!("ask-outcome-{index}")
                    label="Outcome"
                    options=options(&AskOutcome::ALL, &AskOutcome::NAMES, AskOutcome::label)
                    selected=AskOutcome::NAMES[now as usize]
                    on_change=set
                />
            </span>
        </li>
    }
}

#[component]
pub(super) fn Asks(person: PersonRef) -> impl IntoView {
    let date = RwSignal::new(today_iso());
    // The chosen kind, as its index in `AskKind::ALL`.
    let kind = RwSignal::new(0usize);
    let what = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let ask = Ask {
            date: date.get_untracked(),
            kind: AskKind::ALL[kind.get_untracked() % AskKind::ALL.len()],
            what: what.get_untracked().trim().to_string(),
            outcome: AskOutcome::Pending,
        };
        match person.edit(|p| p.add_ask(ask)) {
            Some(Err(e)) => error.set(Some(e)),
            _ => {
                error.set(None);
                what.set(String::new());
            }
        }
    };
    // Asks are only added and their text never changes: a row is keyed by
    // its place and text, so changing an outcome keeps its row.
    let asks = move || {
        person
            .with(|p| {
                p.asks
                    .iter()
                    .map(|a| format!("{} · {}: {}", a.date, a.kind.label(), a.what))
                    .enumerate()
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let empty = move || {
        person
            .with(|p| p.asks.is_empty())
            .unwrap_or(true)
            .then(|| view! { <li class="note">"No asks yet."</li> })
    };
    view! {
        <section aria-labelledby="asks-heading">
            <h2 id="asks-heading">"Asks and outcomes"</h2>
            <p class="hint">
                "Sponsors act on specific asks: a stretch assignment, an introduction, a nomination. Note what you asked for and what happened."
            </p>
            <form novalidate on:submit=add>
                <div class="field-row">
                    <TextField id="ask-date" label="Date" kind="date" value=date on_input=Callback::new(move |v| date.set(v)) />
                    <SelectField
                        id="ask-kind"
                        label="Kind"
                        options=options(&AskKind::ALL, &AskKind::NAMES, AskKind::label)
                        selected=AskKind::NAMES[0]
                        on_change=Callback::new(move |v: String| {
                            if let Some(i) = AskKind::NAMES.iter().position(|n| *n == v) {
                                kind.set(i);
                            }
                        })
                    />
                </div>
                <TextField
                    id="ask-what"
                    label="What I asked for"
                    maxlength=500
                    described_by="ask-error"
                    value=what
                    on_input=Callback::new(move |v| what.set(v))
                />
                <button type="submit">"Add ask"</button>
                <FieldError id="ask-error" message=error.into() />
            </form>
            <ul class="record-list">
                {empty}
                <For each=asks key=row_key let:ask>
                    <AskRow person index=ask.0 text=ask.1 />
                </For>
            </ul>
        </section>
    }
}
