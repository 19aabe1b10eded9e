//! A destructive action asked twice: the first button asks the question,
//! with "yes" (focused, so the keyboard lands on the choice) and "no".

use crate::ui::browser::focus_by_id;
use leptos::prelude::*;

/// `ask` opens the `question`; `confirm` (id `confirm_id`) runs
/// `on_confirm`, `cancel` goes back.
#[component]
pub fn AskTwice(
    ask: &'static str,
    /// The class of the first button ("danger" or "secondary").
    ask_class: &'static str,
    #[prop(into)] question: String,
    confirm: &'static str,
    #[prop(into)] confirm_id: String,
    cancel: &'static str,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let target = StoredValue::new(confirm_id.clone());
    let open = move |_| {
        asking.set(true);
        request_animation_frame(move || {
            target.try_with_value(|t| focus_by_id(t));
        });
    };
    view! {
        <section class="danger-zone no-print">
            <Show
                when=move || asking.get()
                fallback=move || view! { <button type="button" class=ask_class on:click=open>{ask}</button> }
            >
                <p>{question.clone()}</p>
                <button type="button" class="danger" id=confirm_id.clone() on:click=move |_| on_confirm.run(())>
                    {confirm}
                </button>
                <button type="button" class="secondary" on:click=move |_| asking.set(false)>{cancel}</button>
            </Show>
        </section>
    }
}
