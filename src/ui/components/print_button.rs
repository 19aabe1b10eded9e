//! The button that opens the browser's print dialog (never printed itself).

use leptos::prelude::*;

#[component]
pub fn PrintButton(label: &'static str) -> impl IntoView {
    let print = |_| {
        let _ = window().print();
    };
    view! { <button type="button" class="no-print" on:click=print>{label}</button> }
}
