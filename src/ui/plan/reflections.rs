//! The closing reflections the leader chose to show with their plan
//! (issue #16; written on the participant's page from a program's closing
//! survey link, kept in the `plan` document): each printed with the plan,
//! and on screen a way to turn "what I will do next" into a goal or to
//! take the reflection off the plan (it stays on this device).

use crate::domain::goals::Goals;
use crate::domain::plan::Plan;
use crate::domain::reflection::Reflection;
use crate::domain::route::Route;
use crate::ui::app::HEADING_ID;
use crate::ui::browser::focus_by_id;
use crate::ui::router::href;
use crate::ui::state::{new_id, now_ms, DocState};
use leptos::prelude::*;

/// What the last button did, in words: the message's class, its text
/// and, once a goal is made, a link to it (address and title).
#[derive(Clone)]
struct Said {
    class: &'static str,
    text: &'static str,
    link: Option<(String, String)>,
}

impl Said {
    fn failed(text: &'static str) -> Said {
        Said {
            class: "field-error",
            text,
            link: None,
        }
    }
}

/// The reflections shown with the plan, if any.
#[component]
pub(super) fn PlanReflections(plan: DocState<Plan>, goals: DocState<Goals>) -> impl IntoView {
    let shown = Memo::new(move |_| {
        plan.doc.with(|p| {
            p.shown_reflections()
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let said = RwSignal::new(None::<Said>);
    let cards = move || {
        let shown = shown.get();
        (!shown.is_empty()).then(|| {
            // A few at most, each rebuilt when it changes: one list, no
            // keyed diffing (whose code this page would carry alone).
            let cards = shown
                .into_iter()
                .map(|reflection| view! { <ReflectionCard reflection plan goals said /> })
                .collect_view();
            view! {
                <h2>"Reflections on mentoring programs"</h2>
                {cards}
            }
        })
    };
    let message = move || {
        said.get().map(|s| {
            let link = s.link.map(|(to, title)| view! { <a href=to>{title}</a> });
            view! { <p class=s.class>{s.text}{link}</p> }
        })
    };
    view! {
        {cards}
        <div role="status" class="no-print">{message}</div>
    }
}

/// One reflection: its program, its answers, and what can be done with it.
#[component]
fn ReflectionCard(
    reflection: Reflection,
    plan: DocState<Plan>,
    goals: DocState<Goals>,
    said: RwSignal<Option<Said>>,
) -> impl IntoView {
    let answers = reflection
        .written()
        .into_iter()
        .map(|(question, answer)| {
            view! {
                <dt>{question}</dt>
                <dd>{answer.to_string()}</dd>
            }
        })
        .collect_view();
    let workshop = reflection.workshop;
    let make_goal = reflection.goal_title().is_some().then(|| {
        let reflection = reflection.clone();
        let add = move |_| {
            let id = new_id();
            let made = match goals.update(|g| g.add_from_reflection(id, &reflection, now_ms())) {
                Some(Ok(id)) => Said {
                    class: "success",
                    text: "Added to your goals (give it a date and tasks there): ",
                    link: Some((
                        href(&Route::Goal(id)),
                        reflection.goal_title().unwrap_or_default(),
                    )),
                },
                // Not reached: the button shows only when there is a title.
                Some(Err(_)) => Said::failed("Write what you will do next first."),
                None => Said::failed("Goals cannot be changed right now (see the message above)."),
            };
            said.set(Some(made));
        };
        view! {
            <button type="button" on:click=add>
                "Make \u{201c}what I will do next\u{201d} a goal"
            </button>
        }
    });
    let take_off = move |_| {
        let now = now_ms();
        said.set(Some(Said {
            class: "note",
            text: "Taken off your plan. It stays on this device, under the program's closing survey link.",
            link: None,
        }));
        // The button goes with its card: focus goes to the plan's heading.
        focus_by_id(HEADING_ID);
        plan.update(|p| {
            if let Some(r) = p.reflections.get(workshop).cloned() {
                p.reflections.upsert(Reflection {
                    in_plan: false,
                    updated_at: now,
                    ..r
                });
            }
        });
    };
    view! {
        <article class="plan-reflection">
            <h3>{reflection.program.clone()}</h3>
            <dl>{answers}</dl>
            <div class="actions no-print">
                {make_goal}
                <button type="button" class="secondary" on:click=take_off>
                    "Take it off my plan"
                </button>
            </div>
        </article>
    }
}
