//! The matching wizard (`#/workshop/<id>/match`), in four steps and an
//! alternative: review the participants (counts, places, warnings),
//! weights (a plain-language slider per criterion, how a pair is read),
//! constraints (capacities, rules, locked and forbidden pairs, the
//! participants' own exclusions), and results (the optimal assignment
//! explained, swaps by hand, the outputs); or peer circles (everyone in
//! groups, each explained). Each step is a
//! component that reads the workshop as it is now: nothing shown is kept
//! from an earlier render. Moving between steps puts focus on the step's
//! heading.

mod circles;
mod constraints;
mod pairs;
mod results;
mod review;
mod weights;

use super::{workshop_title, WorkshopNotFound};
use crate::domain::route::Route;
use crate::domain::workshop::document::Workshops;
use crate::ui::browser::focus_by_id;
use crate::ui::components::{Screen, ScreenHeading};
use crate::ui::documents::use_doc;
use crate::ui::router::href;
use crate::ui::state::DocState;
use leptos::prelude::*;

const STEPS: [&str; 5] = [
    "Participants",
    "Weights",
    "Constraints",
    "Results",
    "Peer circles",
];

/// The id of each step's heading, focused when the step opens.
const STEP_HEADING: &str = "step-heading";

/// The workshop the wizard matches: its document and its id.
#[derive(Clone, Copy)]
pub(super) struct WorkshopRef {
    docs: DocState<Workshops>,
    id: u64,
}

/// `#/workshop/<id>/match`.
#[component]
pub fn WizardScreen(id: u64) -> impl IntoView {
    let docs = use_doc::<Workshops>();
    let Some(title) = workshop_title(docs, id) else {
        return view! { <WorkshopNotFound /> }.into_any();
    };
    let workshop = WorkshopRef { docs, id };
    let step = RwSignal::new(0usize);
    let go_to = Callback::new(move |s: usize| {
        step.set(s);
        request_animation_frame(|| focus_by_id(STEP_HEADING));
    });
    let current = move || match step.get() {
        0 => view! { <review::Review workshop /> }.into_any(),
        1 => view! { <weights::Weights workshop /> }.into_any(),
        2 => view! { <constraints::Constraints workshop /> }.into_any(),
        3 => view! { <results::Results workshop /> }.into_any(),
        _ => view! { <circles::Circles workshop /> }.into_any(),
    };
    view! {
        <Screen class="wide wizard">
            <p class="no-print">
                <a href=href(&Route::WorkshopEdit(id))>"← Workshop setup and participants"</a>
            </p>
            <ScreenHeading text=format!("Matching: {title}") />
            <StepList step go_to />
            <div>{current}</div>
            <StepNav step go_to />
        </Screen>
    }
    .into_any()
}

/// The steps as buttons, the current one marked.
#[component]
fn StepList(step: RwSignal<usize>, go_to: Callback<usize>) -> impl IntoView {
    let items = STEPS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            view! {
                <li>
                    <button
                        type="button"
                        class="secondary step"
                        aria-current=move || (step.get() == i).then_some("step")
                        on:click=move |_| go_to.run(i)
                    >
                        {format!("{}. {name}", i + 1)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="steps no-print">{items}</ol> }
}

/// "← previous" and "next →" under a step.
#[component]
fn StepNav(step: RwSignal<usize>, go_to: Callback<usize>) -> impl IntoView {
    let back = move || {
        let s = step.get();
        (s > 0).then(|| {
            view! {
                <button type="button" class="secondary" on:click=move |_| go_to.run(s - 1)>
                    {format!("← {}", STEPS[s - 1])}
                </button>
            }
        })
    };
    let next = move || {
        let s = step.get();
        (s + 1 < STEPS.len()).then(|| {
            view! {
                <button type="button" class="primary" on:click=move |_| go_to.run(s + 1)>
                    {format!("{} →", STEPS[s + 1])}
                </button>
            }
        })
    };
    view! { <div class="step-nav no-print">{back}{next}</div> }
}

/// A step's section, labelled by its heading.
#[component]
fn Step(title: &'static str, children: Children) -> impl IntoView {
    view! {
        <section aria-labelledby=STEP_HEADING>
            <h2 id=STEP_HEADING tabindex="-1">{title}</h2>
            {children()}
        </section>
    }
}
