//! Step 4: the optimal assignment, re-run whenever the workshop changes
//! (large cohorts scored a slice at a time, with their progress shown),
//! each pair with its reasons and actions, the unmatched, swapping two
//! mentees by hand, the outputs, and removing background answers once the
//! pairs are final. Pairs are keyed by mentee and mentor: a re-run that
//! keeps a pair keeps its card (and the focus in it), and what the card
//! shows follows the latest run.

use super::pairs::{PairView, Run, RunView};
use super::{Step, WorkshopRef, STEP_HEADING};
use crate::domain::workshop::assign::{prime, solve};
use crate::domain::workshop::matching::{problem, sides, Matching};
use crate::domain::workshop::scoring::Scorer;
use crate::ui::browser::{download, next_frame};
use crate::ui::components::{row_key, FieldError, Lines, PrintButton, SelectField};
use crate::ui::workshop::refocus;
use crate::ui::workshop::setup::{edit, read};
use leptos::prelude::*;

/// Pairs scored between yields to the browser, in large cohorts.
const PAIRS_PER_SLICE: usize = 40_000;

/// Re-runs the matching whenever the workshop changes, into `run`, with
/// the progress of large cohorts in `busy`. A newer run, or leaving the
/// step, stops an older one.
fn keep_matching(
    workshop: WorkshopRef,
    run: RwSignal<Option<Run>, LocalStorage>,
    busy: RwSignal<String>,
) {
    let WorkshopRef { docs, id } = workshop;
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let stamp = read(docs, id, |w| w.updated_at);
        if run.with_untracked(|r| r.as_ref().is_some_and(|r| r.stamp == stamp)) {
            return;
        }
        let Some((w, mentees, mentors)) = docs.doc.with_untracked(|d| {
            let w = d.workshops.get(id)?.clone();
            let (e, m) = sides(&w.participants, w.constraints.default_capacity);
            Some((w, e, m))
        }) else {
            return;
        };
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        leptos::task::spawn_local(async move {
            // Once this step's owner is gone its values are disposed and
            // `try_get_value` says so: the task stops instead of touching
            // them, as it stops for a newer run.
            let current = || generation.try_get_value() == Some(mine);
            let big = mentees.len() * mentors.len() > PAIRS_PER_SLICE;
            if big {
                // The solver optimised while the cohort is scored.
                prime();
            }
            let slice = (PAIRS_PER_SLICE / mentors.len().max(1)).max(1);
            let scorer = Scorer::new(&mentors, &w.weights, w.comparison);
            let mut scores = scorer.table();
            for chunk in mentees.chunks(slice) {
                if big {
                    busy.set(format!(
                        "Scoring pairs: {} of {} mentees…",
                        scores.rows(),
                        mentees.len()
                    ));
                    next_frame().await;
                    if !current() {
                        return;
                    }
                }
                scorer.add_rows(&mut scores, chunk);
            }
            if big {
                busy.set(format!(
                    "Finding the best assignment for {} mentees…",
                    mentees.len()
                ));
                next_frame().await;
                if !current() {
                    return;
                }
            }
            drop(scorer);
            let problem = problem(&mentees, &mentors, &scores, &w.constraints);
            let (pairs, _) = solve(&problem);
            run.set(Some(Run {
                stamp: w.updated_at,
                info: w.info,
                program: w.program,
                program_pairs: w.run.pairs,
                weights: w.weights,
                comparison: w.comparison,
                constraints: w.constraints,
                optimal: pairs.clone(),
                mentees,
                mentors,
                matching: Matching {
                    scores,
                    problem,
                    pairs,
                },
                swap_note: String::new(),
            }));
            busy.set(String::new());
            // A card whose pair is gone took the focus with it.
            refocus(STEP_HEADING);
        });
    });
}

#[component]
pub(super) fn Results(workshop: WorkshopRef) -> impl IntoView {
    let run = RwSignal::new_local(None::<Run>);
    let busy = RwSignal::new(String::new());
    keep_matching(workshop, run, busy);
    let shown = Memo::new(move |_| run.with(|r| r.as_ref().map(Run::view)));
    // Rebuilt only when a first run arrives or people appear on both
    // sides: within a run's outcome, the parts follow `shown`.
    let possible = Memo::new(move |_| shown.with(|v| v.as_ref().map(|v| v.possible)));
    let outcome = move || {
        possible.get().map(|possible| {
                if possible {
                    view! { <Outcome workshop run shown /> }.into_any()
                } else {
                    view! {
                        <p class="note">
                            "Matching needs at least one mentee and one mentor. Bring in profiles on the workshop page."
                        </p>
                    }
                    .into_any()
                }
            })
    };
    view! {
        <Step title="4. Results">
            <p class="note" role="status">{move || busy.get()}</p>
            {outcome}
        </Step>
    }
}

/// The summary, the pairs, the unmatched, the swap and the outputs of a
/// run with people on both sides.
#[component]
fn Outcome(
    workshop: WorkshopRef,
    run: RwSignal<Option<Run>, LocalStorage>,
    shown: Memo<Option<RunView>>,
) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let part = move |f: fn(&RunView) -> Vec<String>| {
        move || shown.with(|v| v.as_ref().map(f).unwrap_or_default())
    };
    let summary = part(|v| v.summary.clone());
    let unmatched = part(|v| v.unmatched.clone());
    let pairs = move || shown.with(|v| v.as_ref().map(|v| v.pairs.clone()).unwrap_or_default());
    let back_to_optimal = move |_| {
        run.update(|r| {
            if let Some(r) = r {
                r.matching.pairs = r.optimal.clone();
                r.swap_note.clear();
            }
        });
        refocus(STEP_HEADING);
    };
    let swap_note = move || {
        let note = shown.with(|v| v.as_ref().map(|v| v.swap_note.clone()).unwrap_or_default());
        (!note.is_empty()).then(|| {
            view! {
                <p class="success">
                    {note}
                    <button type="button" on:click=back_to_optimal>"Back to the optimal assignment"</button>
                </p>
            }
        })
    };
    let unmatched_list = move || {
        let unmatched = unmatched();
        if unmatched.is_empty() {
            return view! { <p class="note">"Every mentee has a mentor."</p> }.into_any();
        }
        let items = unmatched
            .into_iter()
            .map(|u| view! { <li>{u}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let matched = Memo::new(move |_| {
        shown.with(|v| v.as_ref().map(|v| v.matched.clone()).unwrap_or_default())
    });
    let swap_form = move || {
        let matched = matched.get();
        (matched.len() >= 2).then(|| view! { <SwapForm run matched /> })
    };
    let download_error = RwSignal::new(None::<String>);
    let csv = move |_| {
        if let Some((name, csv)) =
            shown.with_untracked(|v| v.as_ref().map(|v| (v.csv_name.clone(), v.csv.clone())))
        {
            download_error.set(download(&name, "text/csv", &csv).err());
        }
    };
    let background = Memo::new(move |_| read(docs, id, |w| w.background_answers()));
    let card = move |pair: PairView| view! { <PairCard workshop pair shown /> };
    view! {
        <ul class="summary">
            {move || summary().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
        </ul>
        {swap_note}
        <Show when=move || shown.with(|v| v.as_ref().is_some_and(|v| !v.changes.is_empty()))>
            <h3>"Changes to the running program"</h3>
            <Lines items=Signal::derive(part(|v| v.changes.clone())) empty="" />
        </Show>
        <ol class="pairs">
            <For each=pairs key=|p| row_key(&(p.mentee, p.mentor)) children=card />
        </ol>
        <h3>"Unmatched"</h3>
        {unmatched_list}
        {swap_form}
        <p class="outputs no-print">
            <button type="button" on:click=csv aria-describedby="pairs-download-error">
                "Download pairs (CSV)"
            </button>
            <PrintButton label="Print all pairs" />
        </p>
        <FieldError id="pairs-download-error" message=download_error.into() />
        <StartProgram workshop shown />
        <Show when=move || { background.get() > 0 }>
            <RemoveBackground workshop people=background />
        </Show>
    }
}

/// "Start the program with these pairs": the pairs shown become the ones
/// the program dashboard follows (the answers already in stay).
#[component]
fn StartProgram(workshop: WorkshopRef, shown: Memo<Option<RunView>>) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let shown_pairs = Memo::new(move |_| {
        shown.with(|v| {
            v.as_ref()
                .map(|v| {
                    v.pairs
                        .iter()
                        .map(|p| (p.mentee, p.mentor))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let stored = Memo::new(move |_| read(docs, id, |w| w.run.pairs.clone()));
    let start = move |_| {
        let pairs = shown_pairs.get_untracked();
        edit(docs, id, |w| w.run.pairs = pairs);
    };
    let status = move || {
        let (stored, shown) = (stored.get(), shown_pairs.get());
        if stored.is_empty() {
            String::new()
        } else if stored == shown {
            format!(
                "The program runs with these {}.",
                crate::domain::format::plural(stored.len(), "pair", "pairs")
            )
        } else {
            format!(
                "The program runs with {} that differ from these; starting again replaces them (the answers already in stay).",
                crate::domain::format::plural(stored.len(), "pair", "pairs")
            )
        }
    };
    view! {
        <section class="start-program no-print" aria-labelledby="start-program-heading">
            <h3 id="start-program-heading">"After the match"</h3>
            <p>
                <button
                    type="button"
                    class="primary"
                    on:click=start
                    disabled=move || shown_pairs.with(Vec::is_empty)
                >
                    "Start the program with these pairs"
                </button>
            </p>
            <p role="status">{status}</p>
            <p>
                <a href=crate::ui::router::href(&crate::domain::route::Route::WorkshopProgram(id))>
                    "Open the program dashboard →"
                </a>
            </p>
        </section>
    }
}

/// One pair: names, fit, reasons, the next best choice, and its actions.
/// What it shows follows the latest run for the same two people.
#[component]
fn PairCard(workshop: WorkshopRef, pair: PairView, shown: Memo<Option<RunView>>) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let key = (pair.mentee, pair.mentor);
    let view_of = Memo::new(move |_| {
        shown.with(|v| {
            v.as_ref()
                .and_then(|v| {
                    v.pairs
                        .iter()
                        .find(|p| (p.mentee, p.mentor) == key)
                        .cloned()
                })
                .unwrap_or_else(|| pair.clone())
        })
    });
    let locked = Memo::new(move |_| read(docs, id, |w| w.constraints.locks.contains(&key)));
    let toggle_lock = move |_| {
        edit(docs, id, |w| {
            let c = &mut w.constraints;
            if c.locks.contains(&key) {
                c.unlock(key.0, key.1)
            } else {
                c.lock(key.0, key.1)
            }
        })
    };
    let forbid = move |_| edit(docs, id, |w| w.constraints.forbid(key.0, key.1));
    let field = move |f: fn(&PairView) -> String| move || view_of.with(f);
    let reasons = move || {
        view_of.with(|p| {
            p.reasons
                .iter()
                .map(|r| {
                    // Reasons about background stay off printouts.
                    let class = if r.background { "no-print" } else { "" };
                    view! { <li class=class>{r.text.clone()}</li> }
                })
                .collect_view()
        })
    };
    let alternative = move || {
        view_of
            .with(|p| p.alternative.clone())
            .map(|a| view! { <p class="alt">{a}</p> })
    };
    let email = move || {
        view_of
            .with(|p| p.mailto.clone())
            .map(|href| view! { <a href=href>"Email the introduction"</a> })
    };
    view! {
        <li class="pair">
            <h3>
                {field(|p| p.names.clone())}
                <span class="fit">{field(|p| p.fit.clone())}</span>
                {move || locked.get().then(|| view! { <span class="tag">" locked"</span> })}
                {move || view_of.with(|p| p.new_to_program).then(|| view! { <span class="tag">" new"</span> })}
            </h3>
            <ul class="why">{reasons}</ul>
            {alternative}
            <p class="actions no-print">
                <button type="button" class="secondary" on:click=toggle_lock>
                    {move || if locked.get() { "Unlock" } else { "Lock this pair" }}
                </button>
                <button type="button" class="secondary" on:click=forbid>"Forbid and re-run"</button>
                <a href=field(|p| p.link.clone())>"Match link"</a>
                {email}
                {move || {
                    (!view_of.with(|p| p.needs_link))
                        .then(|| view! { <span class="note">"In the program already: no new link needed."</span> })
                }}
            </p>
            <details class="no-print">
                <summary>"Introduction text"</summary>
                <p class="intro-text">{field(|p| p.introduction.clone())}</p>
            </details>
        </li>
    }
}

/// Swap two matched mentees' mentors and see what it does to the fit.
#[component]
fn SwapForm(
    run: RwSignal<Option<Run>, LocalStorage>,
    matched: Vec<(usize, String)>,
) -> impl IntoView {
    let pick = RwSignal::new((matched[0].0, matched[1].0));
    let first = (matched[0].0.to_string(), matched[1].0.to_string());
    let options: Vec<(String, String)> = matched
        .into_iter()
        .map(|(i, name)| (i.to_string(), name))
        .collect();
    let swap = move |_| {
        let (a, b) = pick.get_untracked();
        run.update(|r| {
            if let Some(r) = r {
                r.swap_note = r.swap(a, b);
            }
        });
    };
    view! {
        <div class="swap no-print">
            <h3>"Swap two mentees' mentors"</h3>
            <SelectField
                id="swap-a"
                label="Mentee"
                options=options.clone()
                selected=first.0
                on_change=Callback::new(move |v: String| pick.update(|p| p.0 = v.parse().unwrap_or(p.0)))
            />
            <SelectField
                id="swap-b"
                label="with mentee"
                options
                selected=first.1
                on_change=Callback::new(move |v: String| pick.update(|p| p.1 = v.parse().unwrap_or(p.1)))
            />
            <button type="button" on:click=swap>"Swap and compare"</button>
        </div>
    }
}

/// Once pairs are made, background answers have done their job: this
/// removes them from the workshop (and so from every later save and
/// backup), after a confirmation.
#[component]
fn RemoveBackground(workshop: WorkshopRef, people: Memo<usize>) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let confirming = RwSignal::new(false);
    let who = move || crate::domain::format::plural(people.get(), "person", "people");
    let remove = move |_| {
        edit(docs, id, |w| {
            w.remove_background_answers();
        });
    };
    view! {
        <section class="background-answers no-print" aria-labelledby="background-heading">
            <h3 id="background-heading">"Background answers"</h3>
            <p>
                {move || format!("Background answers from {} are stored with this workshop. They were shared only for matching: once the pairs are final, remove them, so they are not kept longer than needed or carried in backups.", who())}
            </p>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button type="button" on:click=move |_| confirming.set(true)>
                            "Remove background answers"
                        </button>
                    }
                }
            >
                <p class="warning">
                    "Remove every participant's background answers from this workshop? This cannot be undone; re-running the match will no longer weigh background wishes."
                </p>
                <p class="actions">
                    <button type="button" class="danger" on:click=remove>"Yes, remove them"</button>
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                        "Cancel"
                    </button>
                </p>
            </Show>
        </section>
    }
}
