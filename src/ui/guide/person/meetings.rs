//! The meetings with one person: the form (date, topics, follow-ups, the
//! goals discussed) and the log, newest first, each meeting with a way to
//! remove it and to undo that.

use super::PersonRef;
use crate::domain::guide::network::Meeting;
use crate::ui::clock::today_iso;
use crate::ui::components::{FieldError, LastRemoved, TextField, UndoNote};
use crate::ui::goals::{toggled, GoalPicker};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub(super) fn Meetings(person: PersonRef) -> impl IntoView {
    let date = RwSignal::new(today_iso());
    let topics = RwSignal::new(String::new());
    let follow = RwSignal::new(String::new());
    let linked = RwSignal::new(Vec::<u64>::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let meeting = Meeting {
            date: date.get_untracked(),
            topics: topics.get_untracked().trim().to_string(),
            follow_ups: follow.get_untracked().trim().to_string(),
            goals: linked.get_untracked(),
        };
        match person.edit(|p| p.log_meeting(meeting)) {
            Some(Err(e)) => error.set(Some(e)),
            _ => {
                error.set(None);
                topics.set(String::new());
                follow.set(String::new());
                linked.set(Vec::new());
            }
        }
    };
    let goals: Vec<(u64, String)> = use_app().goals.doc.with_untracked(|g| {
        g.goals
            .items
            .iter()
            .map(|g| (g.id, g.title.clone()))
            .collect()
    });
    let titles = goals.clone();
    let removed = LastRemoved::<Meeting>::new("meeting-undo");
    let remove = move |index: usize| {
        if let Some(meeting) = person.edit(|p| p.remove_meeting(index)).flatten() {
            removed.keep(index, meeting);
        }
    };
    let undo = Callback::new(move |()| {
        removed.put_back(
            |index, meeting| person.edit(|p| p.restore_meeting(index, meeting)),
            "meeting-remove",
        )
    });
    let note = removed.message(|m| format!("Removed the meeting of {}: {}.", m.date, m.topics));
    let log = move || {
        let meetings = person.with(|p| p.meetings.clone()).unwrap_or_default();
        if meetings.is_empty() {
            return view! { <li class="note">"No meetings logged yet."</li> }.into_any();
        }
        meetings
            .into_iter()
            .enumerate()
            .map(|(index, m)| {
                let goals: Vec<&str> = m
                    .goals
                    .iter()
                    .filter_map(|g| titles.iter().find(|t| t.0 == *g).map(|t| t.1.as_str()))
                    .collect();
                let follow = (!m.follow_ups.is_empty())
                    .then(|| view! { <span>{format!(" — follow-ups: {}", m.follow_ups)}</span> });
                let goals = (!goals.is_empty())
                    .then(|| view! { <span class="goal-meta">{format!(" — goals: {}", goals.join("; "))}</span> });
                let label = format!("Remove the meeting of {}: {}", m.date, m.topics);
                view! {
                    <li class="record-row">
                        <span>
                            <strong>{format!("{} · {}", m.date, m.topics)}</strong>
                            {follow}
                            {goals}
                        </span>
                        <button
                            type="button"
                            class="secondary small"
                            id=format!("meeting-remove-{index}")
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
    let set = |signal: RwSignal<String>| Callback::new(move |v| signal.set(v));
    view! {
        <section aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">"Meetings"</h2>
            <form novalidate on:submit=add>
                <div class="field-row">
                    <TextField id="meeting-date" label="Date" kind="date" value=date on_input=set(date) />
                    <TextField
                        id="meeting-topics"
                        label="What we talked about"
                        class="grow"
                        maxlength=500
                        described_by="meeting-error"
                        value=topics
                        on_input=set(topics)
                    />
                </div>
                <TextField id="meeting-follow" label="Follow-ups" maxlength=500 value=follow on_input=set(follow) />
                <GoalPicker
                    prefix="meeting-goal"
                    legend="Goals we discussed"
                    picked=linked.into()
                    on_pick=Callback::new(move |(goal, on)| linked.update(|l| toggled(l, goal, on)))
                />
                <button type="submit">"Log meeting"</button>
                <FieldError id="meeting-error" message=error.into() />
            </form>
            <UndoNote button_id="meeting-undo" message=note on_undo=undo />
            <ul class="record-list">{log}</ul>
        </section>
    }
}
