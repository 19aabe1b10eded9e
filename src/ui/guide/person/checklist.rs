//! Hewlett's sponsor checklist for one person: who they are, the three
//! core things and the seven others, and what the ticks add up to.

use super::PersonRef;
use crate::domain::guide::network::{read_checklist, HEWLETT, HEWLETT_PRECONDITION};
use crate::domain::route::Route;
use crate::ui::components::Checkbox;
use crate::ui::router::href;
use leptos::prelude::*;

/// One item of the checklist.
fn tick(person: PersonRef, i: usize) -> impl IntoView {
    view! {
        <Checkbox
            id=format!("hewlett-{i}")
            label=HEWLETT[i]
            checked=Signal::derive(move || person.with(|p| p.hewlett[i]).unwrap_or(false))
            on_change=Callback::new(move |on| {
                person.edit(|p| p.hewlett[i] = on);
            })
        />
    }
}

#[component]
pub(super) fn Checklist(person: PersonRef) -> impl IntoView {
    let reading = move || {
        person
            .with(|p| read_checklist(p.senior, &p.hewlett).text().to_string())
            .unwrap_or_default()
    };
    view! {
        <section class="checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">"Is this person a sponsor?"</h2>
            <p class="hint">
                "Tick what is true and what they actually do for you. Hewlett (2013): a sponsor is a senior leader with power where decisions about you are made, does all three core things and at least two of the others."
            </p>
            <fieldset>
                <legend>"First: who they are"</legend>
                <Checkbox
                    id="hewlett-senior"
                    label=HEWLETT_PRECONDITION
                    checked=Signal::derive(move || person.with(|p| p.senior).unwrap_or(false))
                    on_change=Callback::new(move |on| {
                        person.edit(|p| p.senior = on);
                    })
                />
            </fieldset>
            <fieldset>
                <legend>"The core: all three"</legend>
                {(0..3).map(|i| tick(person, i)).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"And at least two of these"</legend>
                {(3..10).map(|i| tick(person, i)).collect_view()}
            </fieldset>
            <p class="callout reading" aria-live="polite">{reading}</p>
            <p>
                <a href=href(&Route::GuidePage("sponsorship".into()))>"How to attract a sponsor"</a>
            </p>
        </section>
    }
}
