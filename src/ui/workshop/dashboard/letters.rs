//! Closing and recognition on the dashboard: the name that signs, and the
//! letters of recognition for every mentor and mentee, shown one per
//! printed page (`domain::workshop::closing`), with the way back.

use crate::domain::workshop::closing::{letters, Letter};
use crate::domain::workshop::document::Workshops;
use crate::ui::app::HEADING_ID;
use crate::ui::browser::focus_by_id;
use crate::ui::clock::today_iso;
use crate::ui::components::{PrintButton, TextField};
use crate::ui::state::DocState;
use crate::ui::workshop::setup::{edit, read};
use leptos::prelude::*;

/// The id of the letters' heading, focused when they are shown.
const LETTERS_HEADING: &str = "letters-heading";

/// The signature and the button that shows the letters.
#[component]
pub(super) fn Recognition(
    docs: DocState<Workshops>,
    id: u64,
    showing: RwSignal<bool>,
) -> impl IntoView {
    let start = read(docs, id, |w| w.run.signed_by.clone());
    let sign = Callback::new(move |v: String| edit(docs, id, |w| w.run.signed_by = v));
    let show = move |_| {
        showing.set(true);
        request_animation_frame(|| focus_by_id(LETTERS_HEADING));
    };
    view! {
        <section class="recognition no-print" aria-labelledby="recognition-heading">
            <h2 id="recognition-heading">"Closing and recognition"</h2>
            <p class="hint">
                "Programs close by recognising everyone who took part. Each mentor and mentee gets a letter with the program's name and dates, signed by you: nothing anyone answered is in it."
            </p>
            <TextField
                id="letters-signed-by"
                label="Your name, as it signs the letters"
                value=start
                maxlength=120
                autocomplete="name"
                on_input=sign
            />
            <button type="button" on:click=show>"Show the letters of recognition"</button>
        </section>
    }
}

/// Every letter, one per printed page.
#[component]
pub(super) fn Letters(
    docs: DocState<Workshops>,
    id: u64,
    showing: RwSignal<bool>,
) -> impl IntoView {
    let today = today_iso();
    let all = read(docs, id, move |w| letters(w, &w.run.signed_by, &today));
    let count = all.len();
    let letters = all
        .into_iter()
        .map(|l: Letter| {
            let paragraphs = l
                .paragraphs
                .into_iter()
                .map(|p| view! { <p>{p}</p> })
                .collect_view();
            view! {
                <article class="letter">
                    <p class="letter-title">{l.title}</p>
                    <h3>{l.to}</h3>
                    {paragraphs}
                    <p class="signature">{l.signature}</p>
                </article>
            }
        })
        .collect_view();
    view! {
        <section class="letters" aria-labelledby=LETTERS_HEADING>
            <h2 id=LETTERS_HEADING tabindex="-1" class="no-print">
                {format!("Letters of recognition ({count})")}
            </h2>
            <p class="no-print actions">
                <button type="button" class="secondary" on:click=move |_| {
                    showing.set(false);
                    request_animation_frame(|| focus_by_id(HEADING_ID));
                }>
                    "← Back to the dashboard"
                </button>
                <PrintButton label="Print the letters" />
            </p>
            <Show when=move || count == 0>
                <p class="note">"No letters yet: the program has no pairs."</p>
            </Show>
            {letters}
        </section>
    }
}
