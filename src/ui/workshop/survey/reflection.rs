//! The closing reflection (issue #16), under the program's closing
//! survey: what I learned, what I will do next, what I would tell the
//! next cohort. Kept on this device as it is written (in the `plan`
//! document, `domain::reflection`), never in the response code; shown
//! with the development plan if its writer ticks it.

use crate::domain::reflection::{PlanReflections, Reflection, MAX_REFLECTION_CHARS, QUESTIONS};
use crate::domain::route::Route;
use crate::ui::components::{Checkbox, TextField};
use crate::ui::documents::use_doc;
use crate::ui::router::href;
use crate::ui::state::now_ms;
use leptos::prelude::*;

/// The ids of the three answers' fields, in [`QUESTIONS`]' order.
const FIELD_IDS: [&str; 3] = ["reflection-learned", "reflection-next", "reflection-advice"];

/// The reflection on the program `workshop`, named `program`.
#[component]
pub(super) fn ClosingReflection(workshop: u64, program: String) -> impl IntoView {
    let plan = use_doc::<PlanReflections>();
    let program = StoredValue::new(program);
    let current = move || {
        plan.doc
            .with(|p| p.reflection(workshop, &program.read_value()))
    };
    let edit = move |f: &dyn Fn(&mut Reflection)| {
        let now = now_ms();
        let mut r = plan
            .doc
            .with_untracked(|p| p.reflection(workshop, &program.read_value()));
        f(&mut r);
        r.updated_at = now;
        plan.update(|p| p.reflections.upsert(r));
    };
    let start = current();
    let answer_fields = QUESTIONS
        .iter()
        .zip(FIELD_IDS)
        .enumerate()
        .map(|(k, ((label, answer), id))| {
            view! {
                <TextField
                    id
                    label=*label
                    value=answer(&start).to_string()
                    rows=3
                    maxlength=MAX_REFLECTION_CHARS as u32
                    on_input=Callback::new(move |v: String| {
                        edit(&|r: &mut Reflection| match k {
                            0 => r.learned = v.clone(),
                            1 => r.next = v.clone(),
                            _ => r.advice = v.clone(),
                        })
                    })
                />
            }
        })
        .collect_view();
    let plan_link = href(&Route::Plan);
    view! {
        <section class="reflection" aria-labelledby="reflection-heading">
            <h2 id="reflection-heading">"Your closing reflection"</h2>
            <p>
                "For you alone: it stays on this device, as you write it, and is not part of the response code. A few lines are enough."
            </p>
            {answer_fields}
            <Checkbox
                id="reflection-in-plan"
                label="Show it in my development plan on this device"
                checked=Signal::derive(move || current().in_plan)
                on_change=Callback::new(move |on| edit(&|r: &mut Reflection| r.in_plan = on))
            />
            <p class="note">
                "Your "
                <a href=plan_link>"development plan"</a>
                " can then print it and turn what you will do next into a goal."
            </p>
        </section>
    }
}
