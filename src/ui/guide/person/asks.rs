//! What I asked of one person (a stretch assignment, an introduction, a
//! nomination…) and what came of it; an outcome changes in place, so its
//! select keeps the focus. An ask can be removed, and the removal undone.

use super::PersonRef;
use crate::domain::guide::network::{Ask, AskKind, AskOutcome};
use crate::ui::clock::today_iso;
use crate::ui::components::{row_key, FieldError, LastRemoved, SelectField, TextField, UndoNote};
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

/// "2026-06-02 · Nomination: Nominate me for the leadership institute"
fn ask_text(a: &Ask) -> String {
    format!("{} · {}: {}", a.date, a.kind.label(), a.what)
}

/// One ask: the select of its outcome, labelled by the ask, and its
/// remove button.
#[component]
fn AskRow(
    person: PersonRef,
    index: usize,
    text: String,
    on_remove: Callback<usize>,
) -> impl IntoView {
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
    // The ask is the label of its outcome's select, so each select is
    // named by its ask ("…: Nominate me for the institute", "Waiting").
    view! {
        <li class="record-row ask-row">
            <SelectField
                id=format!("ask-outcome-{index}")
                label=text.clone()
                options=options(&AskOutcome::ALL, &AskOutcome::NAMES, AskOutcome::label)
                selected=AskOutcome::NAMES[now as usize]
                on_change=set
            />
            <button
                type="button"
                class="secondary small"
                id=format!("ask-remove-{index}")
                aria-label=format!("Remove the ask {text}")
                on:click=move |_| on_remove.run(index)
            >
                "Remove"
            </button>
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
    let removed = LastRemoved::<Ask>::new("ask-undo");
    // An ask's text never changes: a row is keyed by its place and text, so
    // changing an outcome keeps its row (and the select its focus). A
    // removal or its undo moves rows to other places, so each bumps the
    // generation, and every row is drawn afresh from what is stored.
    let generation = RwSignal::new(0u32);
    let remove = Callback::new(move |index: usize| {
        if let Some(ask) = person.edit(|p| p.remove_ask(index)).flatten() {
            generation.update(|g| *g += 1);
            removed.keep(index, ask);
        }
    });
    let undo = Callback::new(move |()| {
        removed.put_back(
            |index, ask| {
                let at = person.edit(|p| p.restore_ask(index, ask));
                generation.update(|g| *g += 1);
                at
            },
            "ask-remove",
        )
    });
    let note = removed.message(|a| format!("Removed the ask {}.", ask_text(a)));
    let asks = move || {
        let generation = generation.get();
        person
            .with(|p| {
                p.asks
                    .iter()
                    .map(ask_text)
                    .enumerate()
                    .map(|(index, text)| (generation, index, text))
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
            <UndoNote button_id="ask-undo" message=note on_undo=undo />
            <ul class="record-list">
                {empty}
                <For each=asks key=row_key let:ask>
                    <AskRow person index=ask.1 text=ask.2 on_remove=remove />
                </For>
            </ul>
        </section>
    }
}
