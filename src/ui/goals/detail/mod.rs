//! One goal (`#/goals/<id>`): progress and SMART advice, the goal's fields
//! (saved as you type, with messages next to fields), tasks (add, tick,
//! move up and down with buttons, remove), check-ins with their history.

mod check_ins;
mod form;
mod tasks;

use super::list::competency_line;
use crate::domain::goals::list::nudges;
use crate::domain::goals::smart::check;
use crate::domain::goals::{Goal, GoalError, Goals};
use crate::domain::route::Route;
use crate::ui::clock::{today, BrowserZone};
use crate::ui::components::{Screen, ScreenHeading};
use crate::ui::router::href;
use crate::ui::state::{now_ms, use_app, DocState};
use check_ins::CheckIns;
use form::GoalForm;
use leptos::prelude::*;
use tasks::Tasks;

/// The goal being edited: its document and its id.
#[derive(Clone, Copy)]
pub(super) struct GoalRef {
    goals: DocState<Goals>,
    id: u64,
}

impl GoalRef {
    /// The goal as it is now (tracked), if it still exists.
    fn get(self) -> Option<Goal> {
        self.goals.doc.with(|d| d.goals.get(self.id).cloned())
    }

    /// Reads the goal as it is now (tracked), if it still exists.
    fn with<T>(self, f: impl FnOnce(&Goal) -> T) -> Option<T> {
        self.goals.doc.with(|d| d.goals.get(self.id).map(f))
    }

    /// Reads the goal without tracking it.
    fn read<T>(self, f: impl FnOnce(&Goal) -> T) -> Option<T> {
        self.goals
            .doc
            .with_untracked(|d| d.goals.get(self.id).map(f))
    }

    /// Applies `f` to the goal, bumping its update time; what `f` returns,
    /// unless the goal is gone or cannot be changed.
    fn edit<R>(self, f: impl FnOnce(&mut Goal) -> R) -> Option<R> {
        let now = now_ms();
        self.goals
            .update(|d| {
                let g = d.goals.items.iter_mut().find(|g| g.id == self.id)?;
                let r = f(g);
                g.updated_at = now.max(g.updated_at + 1);
                Some(r)
            })
            .flatten()
    }

    /// Applies a checked change; on success bumps the update time, on
    /// failure returns the message to show next to the field.
    fn try_edit(self, f: impl FnOnce(&mut Goal) -> Result<(), GoalError>) -> Option<String> {
        let now = now_ms();
        let result = self.goals.update(|d| {
            let g = d.goals.items.iter_mut().find(|g| g.id == self.id)?;
            Some(f(g).map(|()| g.updated_at = now.max(g.updated_at + 1)))
        });
        match result.flatten() {
            Some(Err(e)) => Some(e.to_string()),
            _ => None,
        }
    }
}

/// `#/goals/<id>`: the goal, or a way back when it is not in this browser.
#[component]
pub fn GoalScreen(id: u64) -> impl IntoView {
    let goals = use_app().goals;
    let exists = Memo::new(move |_| goals.doc.with(|d| d.goals.get(id).is_some()));
    let goal = GoalRef { goals, id };
    move || {
        if exists.get() {
            view! { <GoalView goal /> }.into_any()
        } else {
            view! {
                <Screen>
                    <ScreenHeading text="Goal not found" />
                    <p>
                        "This goal is not in this browser: it may have been deleted, or the link came from another device."
                    </p>
                    <p>
                        <a href=href(&Route::Goals)>"Back to your goals"</a>
                    </p>
                </Screen>
            }
            .into_any()
        }
    }
}

/// The goal's heading, progress and advice, its fields, tasks and
/// check-ins.
#[component]
fn GoalView(goal: GoalRef) -> impl IntoView {
    let title = move || goal.with(|g| g.title.clone()).unwrap_or_default();
    let competency = goal.read(competency_line).flatten();
    view! {
        <Screen class="wide goal-detail">
            <p class="no-print">
                <a href=href(&Route::Goals)>"← All goals"</a>
            </p>
            <h1 id=crate::ui::app::HEADING_ID tabindex="-1">
                {title}
            </h1>
            {competency.map(|line| view! { <p class="goal-meta">{line}</p> })}
            <Summary goal />
            <GoalForm goal />
            <Tasks goal />
            <CheckIns goal />
        </Screen>
    }
}

/// Progress, status, nudges and the SMART check.
#[component]
fn Summary(goal: GoalRef) -> impl IntoView {
    let progress = move || goal.with(Goal::progress).unwrap_or(0);
    let status = move || goal.with(|g| g.status.label()).unwrap_or_default();
    let advice = Memo::new(move |_| {
        let today = today();
        goal.get().map_or((Vec::new(), Vec::new()), |g| {
            let nudges = nudges(&g, today, &BrowserZone);
            (
                nudges.iter().map(|n| n.text()).collect::<Vec<_>>(),
                check(&g, today)
                    .iter()
                    .map(|a| a.message)
                    .collect::<Vec<_>>(),
            )
        })
    });
    let nudges = move || {
        advice.with(|(nudges, _)| {
            (!nudges.is_empty()).then(|| {
                let items = nudges
                    .iter()
                    .map(|n| view! { <li class="nudge">{n.clone()}</li> })
                    .collect_view();
                view! { <ul class="nudges">{items}</ul> }
            })
        })
    };
    let smart = move || {
        advice.with(|(_, smart)| {
            (!smart.is_empty()).then(|| {
                let items = smart.iter().map(|a| view! { <li>{*a}</li> }).collect_view();
                view! {
                    <div class="callout">
                        <p><strong>"SMART check"</strong>" (advice, not rules):"</p>
                        <ul>{items}</ul>
                    </div>
                }
            })
        })
    };
    view! {
        <div class="goal-summary">
            <p>
                <strong>{move || format!("{}% done", progress())}</strong>
                {move || format!(" · {}", status())}
            </p>
            <progress max="100" aria-label="Progress" value=move || progress().to_string()></progress>
            {nudges}
            {smart}
        </div>
    }
}
