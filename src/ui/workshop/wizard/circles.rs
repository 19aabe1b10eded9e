//! Step 5: peer circles instead of pairs. Everyone in groups of a size
//! range the facilitator picks, formed by `domain::workshop::circles`
//! under the weights and the rules of steps 2 and 3, each group with its
//! reasons, and how close the grouping comes to the best any could reach;
//! downloaded as CSV (one row per person) or printed alone. The sizes
//! chosen are kept with the workshop.

use super::{Step, WorkshopRef};
use crate::domain::workshop::circles::{form, reasons, upper_bound, Affinities, MAX_GROUP};
use crate::domain::workshop::outputs::{circles_csv, competency_name, file_name, UNPLACED_WHY};
use crate::domain::workshop::score::percent;
use crate::ui::browser::{download, focus_by_id, next_frame};
use crate::ui::components::{FieldError, PrintButton, SelectField};
use crate::ui::workshop::setup::edit;
use leptos::prelude::*;

/// One circle as shown: its title, its members' names, its reasons.
#[derive(Clone, PartialEq)]
struct CircleView {
    title: String,
    names: String,
    reasons: Vec<String>,
}

/// What a run of the circles shows, and the CSV it hands out.
#[derive(Clone, PartialEq, Default)]
struct Formed {
    summary: String,
    circles: Vec<CircleView>,
    unplaced: Vec<String>,
    csv_name: String,
    csv: String,
}

/// A size picker's options, 2 to [`MAX_GROUP`].
fn size_options() -> Vec<(String, String)> {
    (2..=MAX_GROUP)
        .map(|n| (n.to_string(), n.to_string()))
        .collect()
}

#[component]
pub(super) fn Circles(workshop: WorkshopRef) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    // As last chosen for this workshop (kept with it).
    let chosen = docs
        .doc
        .with_untracked(|d| d.workshops.get(id).map(|w| w.circle_sizes))
        .unwrap_or_default();
    let formed = RwSignal::new(None::<Result<Formed, String>>);
    let busy = RwSignal::new(String::new());
    let run = move |_| {
        let Some(w) = docs.doc.with_untracked(|d| d.workshops.get(id).cloned()) else {
            return;
        };
        let (min, max) = w.circle_sizes.range();
        busy.set(format!(
            "Forming circles for {} people…",
            w.participants.len()
        ));
        leptos::task::spawn_local(async move {
            next_frame().await;
            let csv_name = file_name(w.title(), "-circles.csv");
            let people = w.participants;
            let a = Affinities::of(&people, &w.weights, &w.constraints);
            let result = form(&a, min, max).map_err(|e| format!("{e}.")).map(|c| {
                let of_bound = c.share_of(upper_bound(&a, max));
                let name = |i: &usize| people[*i].name.clone();
                let why: Vec<Vec<String>> = c
                    .groups
                    .iter()
                    .map(|g| reasons(g, &people, &a, competency_name))
                    .collect();
                Formed {
                    summary: format!(
                        "{} circles. Their members' fit with each other reaches {} of what no grouping could exceed (a computed upper bound; the best grouping may lie below it).",
                        c.groups.len(),
                        percent(of_bound)
                    ),
                    circles: c
                        .groups
                        .iter()
                        .zip(&why)
                        .enumerate()
                        .map(|(k, (g, why))| CircleView {
                            title: format!("Circle {} ({} people)", k + 1, g.len()),
                            names: g.iter().map(name).collect::<Vec<_>>().join(", "),
                            reasons: why.clone(),
                        })
                        .collect(),
                    unplaced: c.unplaced.iter().map(name).collect(),
                    csv: circles_csv(&c, &people, &why),
                    csv_name,
                }
            });
            let _ = formed.try_set(Some(result));
            let _ = busy.try_set(String::new());
            // The result is read next: focus moves to it.
            request_animation_frame(|| focus_by_id("circles-result"));
        });
    };
    let pick = move |which: usize| {
        Callback::new(move |v: String| {
            if let Ok(n) = v.parse::<u8>() {
                edit(docs, id, |w| {
                    let sizes = &mut w.circle_sizes;
                    *if which == 0 {
                        &mut sizes.smallest
                    } else {
                        &mut sizes.largest
                    } = n;
                });
            }
        })
    };
    let download_error = RwSignal::new(None::<String>);
    let result = move || {
        formed.get().map(|r| match r {
            Err(e) => view! { <p class="field-error" id="circles-result" tabindex="-1">{e}</p> }
                .into_any(),
            Ok(f) => {
                let circles = f
                    .circles
                    .into_iter()
                    .map(|c| {
                        let reasons = c
                            .reasons
                            .into_iter()
                            .map(|r| view! { <li>{r}</li> })
                            .collect_view();
                        view! {
                            <li class="pair circle">
                                <h3>{c.title}</h3>
                                <p>{c.names}</p>
                                <ul>{reasons}</ul>
                            </li>
                        }
                    })
                    .collect_view();
                let unplaced = (!f.unplaced.is_empty()).then(|| {
                    view! {
                        <h3>"Not placed"</h3>
                        <p>{format!("{}: {UNPLACED_WHY}.", f.unplaced.join(", "))}</p>
                    }
                });
                let (csv_name, csv) = (f.csv_name, f.csv);
                let save = move |_| download_error.set(download(&csv_name, "text/csv", &csv).err());
                view! {
                    <p id="circles-result" tabindex="-1">{f.summary}</p>
                    <ol class="pairs circles">{circles}</ol>
                    {unplaced}
                    <p class="outputs no-print">
                        <button type="button" on:click=save aria-describedby="circles-download-error">
                            "Download circles (CSV)"
                        </button>
                        <PrintButton label="Print circles" />
                    </p>
                    <FieldError id="circles-download-error" message=download_error.into() />
                }
                .into_any()
            }
        })
    };
    view! {
        <Step title="5. Peer circles">
            <p class="no-print">
                "Instead of pairs, put everyone in small groups that learn together: peer circles, as cohorts of new leaders often meet. Circles are formed to fit closely, reading people as peers (a similar stage fits best), with the weights of step 2; the rules of step 3 and everyone's exclusions are kept. Finding the very best grouping is too hard to promise, so this is a careful search: it says how close it comes."
            </p>
            <div class="pair-fields no-print">
                <SelectField id="circle-min" label="Smallest circle" options=size_options() selected=chosen.smallest.to_string() on_change=pick(0) />
                <SelectField id="circle-max" label="Largest circle" options=size_options() selected=chosen.largest.to_string() on_change=pick(1) />
            </div>
            <button type="button" class="primary" on:click=run>"Form circles"</button>
            <p class="note no-print" role="status">{move || busy.get()}</p>
            {result}
        </Step>
    }
}
