//! A goal's check-ins: the form (date, progress, a note; dated today in
//! the user's own calendar) and the history, newest date first, each with
//! a way to remove it and to undo that.

use super::GoalRef;
use crate::domain::goals::CheckIn;
use crate::ui::clock::today_iso;
use crate::ui::components::{FieldError, LastRemoved, UndoNote};
use leptos::prelude::*;

/// The check-in form and the history.
#[component]
pub(super) fn CheckIns(goal: GoalRef) -> impl IntoView {
    let date = RwSignal::new(today_iso());
    let progress = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let (d, p, n) = (
            date.get_untracked(),
            progress.get_untracked(),
            note.get_untracked(),
        );
        if let Some(e) = goal.try_edit(|g| g.add_check_in(&d, &p, &n)) {
            error.set(Some(e));
            return;
        }
        error.set(None);
        progress.set(String::new());
        note.set(String::new());
    };
    let removed = LastRemoved::<CheckIn>::new("check-in-undo");
    let remove = move |index: usize| {
        if let Some(check_in) = goal.edit(|g| g.remove_check_in(index)).flatten() {
            removed.keep(index, check_in);
        }
    };
    let undo = Callback::new(move |()| {
        removed.put_back(
            |index, check_in| goal.edit(|g| g.restore_check_in(index, check_in)),
            "check-in-remove",
        )
    });
    let removed_note =
        removed.message(|c| format!("Removed the check-in of {} ({}%).", c.date, c.progress));
    // With their places in the order logged, newest date first.
    let check_ins = Memo::new(move |_| {
        goal.with(|g| {
            g.check_ins_newest_first()
                .into_iter()
                .map(|(index, c)| (index, c.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let history = move || {
        let check_ins = check_ins.get();
        if check_ins.is_empty() {
            return view! { <li class="note">"No check-ins yet."</li> }.into_any();
        }
        check_ins
            .into_iter()
            .map(|(index, c)| {
                let note = (!c.note.is_empty()).then(
                    || view! { <span class="check-in-note">{format!(" — {}", c.note)}</span> },
                );
                let label = format!("Remove the check-in of {}: {}%", c.date, c.progress);
                view! {
                    <li class="record-row">
                        <span>
                            <strong>{format!("{} · {}%", c.date, c.progress)}</strong>
                            {note}
                        </span>
                        <button
                            type="button"
                            class="secondary small"
                            id=format!("check-in-remove-{index}")
                            aria-label=label
                            on:click=move |_| remove(index)
                        >
                            "Remove"
                        </button>
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="check-ins" aria-labelledby="check-ins-heading">
            <h2 id="check-ins-heading">"Check-ins"</h2>
            <p class="hint">
                "Once a month is a good rhythm: where you are, what helped, what is in the way. Bring these to your mentor."
            </p>
            <form class="check-in-form" novalidate on:submit=add>
                <div class="field-row">
                    <div class="field">
                        <label for="check-in-date">"Date"</label>
                        <input id="check-in-date" type="date" prop:value=date on:input=move |ev| date.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="check-in-progress">"Progress % (optional)"</label>
                        <input
                            id="check-in-progress"
                            type="number"
                            min="0"
                            max="100"
                            inputmode="numeric"
                            prop:value=progress on:input=move |ev| progress.set(event_target_value(&ev))
                        />
                    </div>
                </div>
                <label for="check-in-note">"Note"</label>
                <textarea
                    id="check-in-note"
                    rows="2"
                    maxlength="2000"
                    aria-describedby="check-in-error"
                    prop:value=note on:input=move |ev| note.set(event_target_value(&ev))
                ></textarea>
                <button type="submit">"Add check-in"</button>
                <FieldError id="check-in-error" message=error.into() />
            </form>
            <UndoNote button_id="check-in-undo" message=removed_note on_undo=undo />
            <ul class="record-list check-in-list">{history}</ul>
        </section>
    }
}
