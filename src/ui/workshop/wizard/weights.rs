//! Step 2: what matters in a pair, as a slider per criterion from 0
//! (ignored) to 10, with its value in words for screen readers, and how
//! the library type and experience criteria read a pair (a different
//! type wanted; peers).

use super::{Step, WorkshopRef};
use crate::domain::workshop::score::{Criterion, Weights as CriterionWeights};
use crate::ui::components::Checkbox;
use crate::ui::workshop::setup::{edit, read};
use leptos::prelude::*;

/// A weight in words.
fn level(weight: u8) -> &'static str {
    match weight {
        0 => "ignored",
        1..=3 => "low",
        4..=6 => "medium",
        _ => "high",
    }
}

/// One criterion's slider.
#[component]
fn Slider(workshop: WorkshopRef, criterion: Criterion) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let k = criterion as usize;
    let slider = format!("weight-{k}");
    let value = Memo::new(move |_| read(docs, id, |w| w.weights.0[k]));
    let set = move |ev: web_sys::Event| {
        if let Ok(n) = event_target_value(&ev).parse::<u8>() {
            edit(docs, id, |w| w.weights.0[k] = n.min(10));
        }
    };
    view! {
        <div class="field slider">
            <label for=slider.clone()>{criterion.label()}</label>
            <input
                id=slider
                type="range"
                min="0"
                max="10"
                step="1"
                prop:value=move || value.get().to_string()
                aria-valuetext=move || format!("{} of 10, {}", value.get(), level(value.get()))
                on:input=set
            />
            <span class="slider-value" aria-hidden="true">
                {move || format!("{} ({})", value.get(), level(value.get()))}
            </span>
        </div>
    }
}

#[component]
pub(super) fn Weights(workshop: WorkshopRef) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let sliders = Criterion::ALL
        .iter()
        .map(|&criterion| view! { <Slider workshop criterion /> })
        .collect_view();
    let reset = move |_| edit(docs, id, |w| w.weights = CriterionWeights::default());
    view! {
        <Step title="2. What matters in a pair">
            <p>
                "Each criterion counts as much as its weight, from 0 (ignored) to 10. A criterion is left out of a pair's fit when either person did not answer it. Background counts only each person's own wish (same or different), and only for what they chose to share."
            </p>
            {sliders}
            <button type="button" on:click=reset>"Back to the suggested weights"</button>
            <h3>"How to read a pair"</h3>
            <Checkbox
                id="different-library-type"
                label="A different type of library fits best (people see another kind of library)"
                checked=Signal::derive(move || read(docs, id, |w| w.comparison.different_library_type))
                on_change=Callback::new(move |on| edit(docs, id, |w| w.comparison.different_library_type = on))
            />
            <Checkbox
                id="peers"
                label="Peer mentoring: people at a similar stage fit best (nobody needs to be ahead)"
                checked=Signal::derive(move || read(docs, id, |w| w.comparison.peers))
                on_change=Callback::new(move |on| edit(docs, id, |w| w.comparison.peers = on))
            />
        </Step>
    }
}
