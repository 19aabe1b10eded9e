//! A goal's tasks: add one (with an optional due date), tick it, move it
//! up or down with buttons (keyboard focus stays on the moved task), or
//! remove it (with an undo). Rows are keyed by the task and what they
//! show, so a tick or a move touches only the rows that change.

use super::GoalRef;
use crate::domain::goals::Task;
use crate::ui::browser::{focus_by_id, focus_selector_after_paint};
use crate::ui::components::{row_key, FieldError, LastRemoved, UndoNote};
use leptos::prelude::*;

/// The id of a task's button ("up", "down" or "remove").
fn move_button(task: u64, direction: &str) -> String {
    format!("task-{task}-{direction}")
}

/// One task: its box to tick and its buttons; the buttons to move it show
/// while there is a task above or below.
#[component]
fn TaskRow(goal: GoalRef, task: Task, on_remove: Callback<u64>) -> impl IntoView {
    let id = task.id;
    // Whether there is a task above it, and below it.
    let place = move || {
        goal.with(|g| {
            let i = g.tasks.iter().position(|t| t.id == id)?;
            Some((i > 0, i + 1 < g.tasks.len()))
        })
        .flatten()
    };
    let label = match &task.due {
        Some(due) => format!("{} (due {due})", task.title),
        None => task.title.clone(),
    };
    let done = task.done;
    let tick = move |_| {
        goal.edit(|g| {
            if let Some(t) = g.tasks.iter_mut().find(|t| t.id == id) {
                t.done = !done;
            }
        });
    };
    // Moving re-orders the rows; the pressed button keeps the focus if it
    // is still there, else its opposite does.
    let step = move |delta: isize, pressed: &'static str, other: &'static str| {
        goal.edit(|g| {
            g.move_task(id, delta);
        });
        request_animation_frame(move || {
            let (pressed, other) = (move_button(id, pressed), move_button(id, other));
            if document().get_element_by_id(&pressed).is_some() {
                focus_by_id(&pressed);
            } else {
                focus_by_id(&other);
            }
        });
    };
    let title = task.title.clone();
    let up = move || {
        place().is_some_and(|(above, _)| above).then(|| {
            view! {
                <button
                    type="button"
                    class="secondary small"
                    id=move_button(id, "up")
                    aria-label=format!("Move up: {title}")
                    on:click=move |_| step(-1, "up", "down")
                >
                    "Up"
                </button>
            }
        })
    };
    let title = task.title.clone();
    let down = move || {
        place().is_some_and(|(_, below)| below).then(|| {
            view! {
                <button
                    type="button"
                    class="secondary small"
                    id=move_button(id, "down")
                    aria-label=format!("Move down: {title}")
                    on:click=move |_| step(1, "down", "up")
                >
                    "Down"
                </button>
            }
        })
    };
    view! {
        <li class="task-row">
            <label class="choice">
                <input type="checkbox" prop:checked=done on:change=tick />
                {label}
            </label>
            <span class="task-actions">
                {up}
                {down}
                <button
                    type="button"
                    class="secondary small"
                    id=move_button(id, "remove")
                    aria-label=format!("Remove task: {}", task.title)
                    on:click=move |_| on_remove.run(id)
                >
                    "Remove"
                </button>
            </span>
        </li>
    }
}

/// The task list and the form that adds one.
#[component]
pub(super) fn Tasks(goal: GoalRef) -> impl IntoView {
    let new_title = RwSignal::new(String::new());
    let new_due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let tasks = move || goal.with(|g| g.tasks.clone()).unwrap_or_default();
    let add = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let (title, due) = (new_title.get_untracked(), new_due.get_untracked());
        if let Some(e) = goal.try_edit(|g| g.add_task(&title, &due)) {
            error.set(Some(e));
            return;
        }
        error.set(None);
        new_title.set(String::new());
        new_due.set(String::new());
    };
    let removed = LastRemoved::<Task>::new("task-undo");
    let remove = Callback::new(move |id: u64| {
        if let Some((index, task)) = goal.edit(|g| g.remove_task(id)).flatten() {
            removed.keep(index, task);
        }
    });
    // Putting a task back can fail (a goal has at most ten): the task is
    // then kept, to put back once there is room.
    let undo = Callback::new(move |()| {
        let Some((index, task)) = removed.take() else {
            return;
        };
        match goal.edit(|g| g.restore_task(index, task.clone())) {
            Some(Ok(id)) => {
                error.set(None);
                focus_selector_after_paint(format!("#{}", move_button(id, "remove")));
            }
            Some(Err(e)) => {
                error.set(Some(e.to_string()));
                removed.keep(index, task);
            }
            None => removed.keep(index, task),
        }
    });
    let note = removed.message(|t| format!("Removed the task “{}”.", t.title));
    let empty = move || {
        goal.with(|g| g.tasks.is_empty()).unwrap_or(true).then(|| {
            view! { <li class="note">"No tasks yet. Progress follows the tasks you tick."</li> }
        })
    };
    view! {
        <section class="tasks" aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">"Tasks"</h2>
            <ol class="task-list">
                {empty}
                <For
                    each=tasks
                    key=|t| row_key(&(t.id, t.done, &t.title, &t.due))
                    let:task
                >
                    <TaskRow goal task on_remove=remove />
                </For>
            </ol>
            <UndoNote button_id="task-undo" message=note on_undo=undo />
            <form class="task-form" novalidate on:submit=add>
                <div class="field-row">
                    <div class="field grow">
                        <label for="task-title">"New task"</label>
                        <input
                            id="task-title"
                            type="text"
                            maxlength="200"
                            aria-describedby="task-error"
                            prop:value=new_title on:input=move |ev| new_title.set(event_target_value(&ev))
                        />
                    </div>
                    <div class="field">
                        <label for="task-due">"Due (optional)"</label>
                        <input id="task-due" type="date" prop:value=new_due on:input=move |ev| new_due.set(event_target_value(&ev)) />
                    </div>
                </div>
                <button type="submit">"Add task"</button>
                <FieldError id="task-error" message=error.into() />
            </form>
        </section>
    }
}
