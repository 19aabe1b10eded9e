//! The goals screen. This first slice keeps a list of goal titles (add,
//! delete with undo), saved through the storage layer; the goals feature
//! grows it into SMART goals with tasks, check-ins and a plan.

use crate::domain::goals::Goal;
use crate::ui::app::HEADING_ID;
use crate::ui::state::{new_id, now_ms, use_app};
use leptos::prelude::*;

#[component]
pub fn GoalsScreen() -> impl IntoView {
    let app = use_app();
    let goals = app.goals;
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let last_deleted = RwSignal::new(None::<Goal>);

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = now_ms();
        let result = goals.update(|g| g.add(new_id(), &title.get_untracked(), now));
        match result {
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
    let undo = move |_| {
        if let Some(goal) = last_deleted.get_untracked() {
            let now = now_ms();
            goals.update(|g| {
                g.goals.upsert(Goal {
                    updated_at: now,
                    ..goal
                })
            });
            last_deleted.set(None);
        }
    };

    let rows = move || goals.doc.with(|g| g.goals.items.clone());
    let empty = move || goals.doc.with(|g| g.goals.items.is_empty());

    view! {
        <section class="screen" aria-labelledby=HEADING_ID>
            <h1 id=HEADING_ID tabindex="-1">"Goals"</h1>
            <p class="lead">"Jot down the goals you are working towards. They are saved in this browser as you type them. SMART checks, tasks, check-ins and a printable development plan are on their way."</p>
            <form class="inline-form" on:submit=add novalidate>
                <label for="new-goal-title">"New goal"</label>
                <div class="row">
                    <input
                        id="new-goal-title"
                        type="text"
                        maxlength="200"
                        autocomplete="off"
                        aria-describedby="new-goal-hint new-goal-error"
                        aria-invalid=move || error.get().is_some().then_some("true")
                        prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev))
                        disabled=move || !goals.writable()
                    />
                    <button type="submit" disabled=move || !goals.writable()>"Add goal"</button>
                </div>
                <p id="new-goal-hint" class="hint">"Start with a verb: “Lead the branch budget review by March”."</p>
                <p id="new-goal-error" class="field-error" aria-live="polite">{move || error.get()}</p>
            </form>
            <div aria-live="polite" class="undo-area">
                {move || last_deleted.get().map(|g| view! {
                    <p class="undo">
                        {format!("Deleted “{}”. ", g.title)}
                        <button type="button" on:click=undo>"Undo"</button>
                    </p>
                })}
            </div>
            <Show
                when=move || !empty()
                fallback=|| view! {
                    <p class="empty">"No goals yet. Add your first one above; a good first goal is something you can finish in the next three months."</p>
                }
            >
                <h2>"Your goals"</h2>
                <ul class="goal-list">
                    <For each=rows key=|g| (g.id, g.updated_at) let:goal>
                        {
                            let id = goal.id;
                            let label = format!("Delete goal: {}", goal.title);
                            view! {
                                <li class="goal-row">
                                    <span class="goal-title">{goal.title}</span>
                                    <button type="button" class="secondary" aria-label=label on:click=move |_| delete(id) disabled=move || !goals.writable()>"Delete"</button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
