//! The program dashboard of one workshop (`#/workshop/<id>/program`,
//! issue #16): response codes brought in (pasted or in files, bad entries
//! reported by line), the privacy threshold, and one milestone at a time
//! (`milestone`): its response rate, the pairs not heard from, the pairs
//! at risk, the group's figures when enough people answered, comments,
//! and a reminder; the letters of recognition that close the program
//! (`letters`); and the program's pairs, each of which may be released
//! for a no-fault re-match (`pairs`). The rules are
//! `domain::workshop::dashboard`'s and `rematch`'s.

mod letters;
mod milestone;
mod pairs;

use super::paste_or_files::{Brought, ImportOutcome, PasteOrFiles};
use super::setup::{edit, read};
use super::{workshop_title, WorkshopNotFound};
use crate::domain::route::Route;
use crate::domain::workshop::dashboard::{
    decode_responses, keep_responses, within_limit, ResponseReport, MAX_IMPORT_CHARS, MIN_THRESHOLD,
};
use crate::domain::workshop::document::Workshops;
use crate::ui::browser::next_frame;
use crate::ui::components::{Screen, ScreenHeading, TextField};
use crate::ui::documents::use_doc;
use crate::ui::router::href;
use crate::ui::state::DocState;
use leptos::prelude::*;
use letters::{Letters, Recognition};
use milestone::MilestoneReportView;
use pairs::ProgramPairs;

/// `#/workshop/<id>/program`.
#[component]
pub fn ProgramScreen(id: u64) -> impl IntoView {
    let docs = use_doc::<Workshops>();
    let Some(title) = workshop_title(docs, id) else {
        return view! { <WorkshopNotFound /> }.into_any();
    };
    // The letters replace the dashboard while shown, so printing them
    // prints them alone.
    let letters = RwSignal::new(false);
    (move || {
        if letters.get() {
            view! {
                <Screen class="wide letters-screen">
                    <Letters docs id showing=letters />
                </Screen>
            }
            .into_any()
        } else {
            view! { <Dashboard docs id title=title.clone() letters /> }.into_any()
        }
    })
    .into_any()
}

/// Everything the dashboard shows, and the way to the letters.
#[component]
fn Dashboard(
    docs: DocState<Workshops>,
    id: u64,
    title: String,
    letters: RwSignal<bool>,
) -> impl IntoView {
    let planned = Memo::new(move |_| read(docs, id, |w| w.program.is_some()));
    let pairs = Memo::new(move |_| read(docs, id, |w| w.run.pairs.len()));
    let setup = href(&Route::WorkshopEdit(id));
    let wizard = href(&Route::WorkshopMatch(id));
    view! {
        <Screen class="wide dashboard">
            <p class="no-print">
                <a href=setup.clone()>"← Workshop setup and participants"</a>
            </p>
            <ScreenHeading text=format!("Program: {title}") />
            <p class="lead">
                "Responses stay on this device. Group figures appear only when enough people answered to keep each answer private; comments show a name only when its writer allowed it."
            </p>
            <Show when=move || !planned.get()>
                <p class="note">
                    "No program is planned yet: plan it on the "
                    <a href=setup.clone()>"workshop's page"</a>
                    ", then hand out its survey links."
                </p>
            </Show>
            <Show when=move || planned.get() && pairs.get() == 0>
                <p class="note">
                    "The program has no pairs yet: in the "
                    <a href=wizard.clone()>"matching wizard"</a>
                    "'s results, choose \u{201c}Start the program with these pairs\u{201d}."
                </p>
            </Show>
            <ResponseImport docs id />
            <Threshold docs id />
            <Show when=move || { pairs.get() > 0 }>
                <ProgramPairs docs id />
            </Show>
            <Show when=move || planned.get()>
                <MilestoneReportView docs id />
            </Show>
            <Recognition docs id showing=letters />
        </Screen>
    }
}

/// Lines of response codes read between two frames (a few milliseconds).
const LINES_PER_SLICE: usize = 250;

/// Response codes pasted or in files, with the report of what was kept.
/// A long text is read in slices, with its progress, so the page stays
/// responsive; what was read is kept at once.
#[component]
fn ResponseImport(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let report = RwSignal::new(None::<ResponseReport>);
    let progress = RwSignal::new(String::new());
    let on_texts = Callback::new(move |(texts, problems): Brought| {
        let mut r = ResponseReport {
            problems,
            ..ResponseReport::default()
        };
        leptos::task::spawn_local(async move {
            let mut decoded = Vec::new();
            for (source, text) in &texts {
                if !within_limit(text, source, &mut r) {
                    continue;
                }
                let lines: Vec<&str> = text.lines().collect();
                for (k, slice) in lines.chunks(LINES_PER_SLICE).enumerate() {
                    if lines.len() > LINES_PER_SLICE {
                        // Leaving the screen drops these signals: try_set
                        // then does nothing, and the import still completes.
                        progress.try_set(format!(
                            "Reading responses: line {} of {}…",
                            k * LINES_PER_SLICE,
                            lines.len()
                        ));
                        next_frame().await;
                    }
                    decoded.extend(decode_responses(
                        slice,
                        1 + k * LINES_PER_SLICE,
                        source,
                        &mut r,
                    ));
                }
            }
            if !decoded.is_empty() {
                edit(docs, id, |w| keep_responses(w, decoded, &mut r));
            }
            progress.try_set(String::new());
            report.try_set(Some(r));
        });
    });
    let outcome = move || {
        report
            .get()
            .map(|r| view! { <ImportOutcome summary=r.summary() problems=r.problems /> })
    };
    view! {
        <section class="import no-print" aria-labelledby="responses-heading">
            <h2 id="responses-heading">"Bring in responses"</h2>
            <PasteOrFiles
                id="responses"
                paste_label="Paste response codes (as many as you like, one per line)"
                button="Import responses"
                files_label="Or pick files of response codes"
                accept=".txt,text/plain"
                max_bytes=MAX_IMPORT_CHARS
                empty="Paste one or more response codes first."
                on_texts
            />
            <p class="note" role="status">{move || progress.get()}</p>
            <div role="status" class="import-report">{outcome}</div>
        </section>
    }
}

/// The fewest answers behind a group figure.
#[component]
fn Threshold(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let start = read(docs, id, |w| w.run.threshold().to_string());
    let set = Callback::new(move |v: String| {
        if let Ok(n) = v.trim().parse::<u8>() {
            if n >= MIN_THRESHOLD {
                edit(docs, id, |w| w.run.threshold = n);
            }
        }
    });
    view! {
        <div class="no-print">
            <TextField
                id="program-threshold"
                label="Fewest answers behind a group figure"
                kind="number"
                min=MIN_THRESHOLD.to_string()
                max="99"
                inputmode="numeric"
                value=start
                on_input=set
                hint="At least 3. With 5 (the usual rule), no figure can reveal one person's answer."
            />
        </div>
    }
}
