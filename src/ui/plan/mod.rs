//! The development plan (`#/plan`): the leader's aspiration and horizon,
//! top growth areas from the latest self-assessment, active goals with
//! tasks and dates, mentor and sponsor asks, the closing reflections on
//! mentoring programs its writer chose to show, and review dates; on
//! screen and as one printed page (A4 or Letter) for a typical plan.

mod reflections;
mod reviews;

use crate::domain::assessment::framework::level_name;
use crate::domain::plan::{compose, Horizon, Plan, MAX_ASPIRATION_CHARS};
use crate::domain::route::Route;
use crate::ui::components::{Lines, PrintButton, Radio, Screen, ScreenHeading};
use crate::ui::router::href;
use crate::ui::state::{now_ms, use_app, DocState};
use leptos::prelude::*;
use reflections::PlanReflections;
use reviews::ReviewDates;

/// Applies `f` to the plan and stamps the edit.
fn edit_plan(plan: DocState<Plan>, f: impl FnOnce(&mut Plan)) {
    let now = now_ms();
    plan.update(|p| {
        f(p);
        p.updated_at = now;
    });
}

/// One active goal as the plan shows it: title, summary line, tasks.
#[derive(Clone, PartialEq)]
struct PlanGoal {
    id: u64,
    title: String,
    summary: String,
    tasks: Vec<String>,
}

/// What the plan gathers from the assessment and the goals, in words.
#[derive(Clone, PartialEq)]
struct Gathered {
    growth: Vec<String>,
    goals: Vec<PlanGoal>,
    mentor_asks: Vec<String>,
    sponsor_asks: Vec<String>,
}

/// `#/plan`.
#[component]
pub fn PlanScreen() -> impl IntoView {
    let app = use_app();
    let plan = app.plan;
    let (assessments, goals) = (app.assessments, app.goals);
    let gathered = Memo::new(move |_| {
        assessments.doc.with(|a| {
            goals.doc.with(|g| {
                let view = compose(a, g);
                let asks = |asks: &[(&str, &str)]| {
                    asks.iter()
                        .map(|(title, ask)| format!("{ask} — for “{title}”"))
                        .collect()
                };
                Gathered {
                    growth: view
                        .growth
                        .iter()
                        .map(|p| format!("{} (now {})", p.competency.name, level_name(p.level)))
                        .collect(),
                    goals: view
                        .goals
                        .iter()
                        .map(|g| PlanGoal {
                            id: g.id,
                            title: g.title.clone(),
                            summary: g.summary(),
                            tasks: g
                                .tasks
                                .iter()
                                .map(|t| {
                                    let tick = if t.done { "✓ " } else { "" };
                                    match &t.due {
                                        Some(due) => format!("{tick}{} (due {due})", t.title),
                                        None => format!("{tick}{}", t.title),
                                    }
                                })
                                .collect(),
                        })
                        .collect(),
                    mentor_asks: asks(&view.mentor_asks),
                    sponsor_asks: asks(&view.sponsor_asks),
                }
            })
        })
    });
    let aspiration = move || {
        plan.doc.with(|p| {
            if p.aspiration.trim().is_empty() {
                "(No aspiration written yet.)".to_string()
            } else {
                format!("{} — {}", p.aspiration.trim(), p.horizon.label())
            }
        })
    };
    let horizon = move |h: Horizon, id: &'static str| {
        view! {
            <Radio
                name="horizon"
                id
                label=h.label()
                checked=Signal::derive(move || plan.doc.with(|p| p.horizon == h))
                on_pick=Callback::new(move |()| edit_plan(plan, |p| p.horizon = h))
            />
        }
    };
    let growth = move || gathered.with(|g| g.growth.clone());
    let mentor = move || gathered.with(|g| g.mentor_asks.clone());
    let sponsor = move || gathered.with(|g| g.sponsor_asks.clone());
    view! {
        <Screen class="wide plan">
            <ScreenHeading text="Development plan" />
            <p class="lead no-print">
                "One page to bring to a mentor, a sponsor or your supervisor. It gathers your aspiration, where you want to grow, your active goals and what you need from others."
            </p>
            <div class="actions no-print">
                <PrintButton label="Print the plan" />
            </div>
            <h2>"Where I want to be"</h2>
            <label for="aspiration" class="no-print">"My aspiration"</label>
            <textarea
                id="aspiration"
                class="no-print"
                rows="3"
                maxlength=MAX_ASPIRATION_CHARS
                placeholder="For example: lead a mid-sized public library system"
                prop:value=plan.doc.with_untracked(|p| p.aspiration.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    edit_plan(plan, |p| p.aspiration = text)
                }
            ></textarea>
            <fieldset class="no-print">
                <legend>"Horizon"</legend>
                {horizon(Horizon::OneToThree, "horizon-1-3")}
                {horizon(Horizon::ThreeToFive, "horizon-3-5")}
            </fieldset>
            <p class="print-only aspiration">{aspiration}</p>
            <h2>"Where I want to grow"</h2>
            <Lines
                items=Signal::derive(growth)
                empty="Take the self-assessment to see your growth areas here."
            />
            <h2>"Active goals"</h2>
            <ActiveGoals goals=Signal::derive(move || gathered.with(|g| g.goals.clone())) />
            <h2>"What I ask of a mentor"</h2>
            <Lines items=Signal::derive(mentor) empty="No mentor asks yet: add them on a goal." />
            <h2>"What I ask of a sponsor"</h2>
            <Lines
                items=Signal::derive(sponsor)
                empty="No sponsor asks yet. A sponsor advocates for you: think of a stretch assignment, an introduction or a nomination."
            />
            <PlanReflections plan goals=goals />
            <ReviewDates plan />
        </Screen>
    }
}

/// The active goals with their summary line and tasks.
#[component]
fn ActiveGoals(goals: Signal<Vec<PlanGoal>>) -> impl IntoView {
    move || {
        let goals = goals.get();
        if goals.is_empty() {
            return view! {
                <p class="note">"No active goals yet. " <a href=href(&Route::Goals)>"Add a goal"</a></p>
            }
            .into_any();
        }
        let goals = goals
            .into_iter()
            .map(|g| {
                let tasks = (!g.tasks.is_empty()).then(|| {
                    let tasks = g
                        .tasks
                        .into_iter()
                        .map(|t| view! { <li>{t}</li> })
                        .collect_view();
                    view! { <ul>{tasks}</ul> }
                });
                view! {
                    <li class="plan-goal">
                        <strong><a href=href(&Route::Goal(g.id))>{g.title}</a></strong>
                        <span class="goal-meta">{g.summary}</span>
                        {tasks}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="plan-goals">{goals}</ol> }.into_any()
    }
}
