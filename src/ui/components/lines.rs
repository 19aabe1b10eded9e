//! A list of lines of text, or a note when there are none.

use leptos::prelude::*;

/// The `items` as a list; `empty` while there are none.
#[component]
pub fn Lines(#[prop(into)] items: Signal<Vec<String>>, empty: &'static str) -> impl IntoView {
    move || {
        let items = items.get();
        if items.is_empty() {
            return view! { <p class="note">{empty}</p> }.into_any();
        }
        let items = items
            .into_iter()
            .map(|i| view! { <li>{i}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    }
}
