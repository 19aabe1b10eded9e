//! A checkbox or a radio button inside its label, kept checked in step
//! with a signal.

use leptos::prelude::*;

/// A checkbox with its label, checked while `checked` says so; `on_change`
/// gets the new state.
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="checkbox"
                id=id
                prop:checked=checked
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            {label}
        </label>
    }
}

/// A radio button of group `name` with its label, checked while `checked`
/// says so; `on_pick` runs when it is picked.
#[component]
pub fn Radio(
    #[prop(into)] name: String,
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    checked: Signal<bool>,
    on_pick: Callback<()>,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="radio"
                name=name
                id=id
                prop:checked=checked
                on:change=move |_| on_pick.run(())
            />
            {label}
        </label>
    }
}
