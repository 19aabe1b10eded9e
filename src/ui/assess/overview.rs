//! The self-assessment overview (`#/assess`): start or resume, the radar
//! of the latest snapshot (optionally against an earlier one), what
//! changed, where to focus, the history of snapshots with delete and undo,
//! and the CSV export.

use super::growth::{Changes, Focus};
use super::radar::{Radar, Series};
use crate::domain::assessment::export::to_csv;
use crate::domain::assessment::framework::{COMPETENCIES, LEVELS};
use crate::domain::assessment::{Draft, Snapshot};
use crate::domain::route::Route;
use crate::ui::browser::{download, focus_selector_after_paint};
use crate::ui::clock::{local_iso, today_iso, BrowserZone};
use crate::ui::components::{focus_undo, row_key, FieldError, Screen, ScreenHeading, UndoNote};
use crate::ui::router::{go, href};
use crate::ui::state::{now_ms, use_app};
use leptos::prelude::*;

const FRAMEWORK_NOTE: &str = "The competencies are Wayfinder's own wording. They draw on the 14 Core (formerly LLAMA) Foundational Competencies for Library Leaders and Managers, which grew out of an earlier, separate model (Ammons-Stephens et al., 2009), the WebJunction Competency Index for the Library Field, the emotional-intelligence domains of Goleman and Boyatzis, and the ALA Core Competences of Librarianship (2022), which made equity its own area. Each competency names its sources.";

/// `#/assess`.
#[component]
pub fn AssessScreen() -> impl IntoView {
    let a = use_app().assessments;
    let scale = LEVELS
        .iter()
        .enumerate()
        .map(|(n, (name, meaning))| {
            view! {
                <li>
                    <strong>{format!("{n} · {name}")}</strong>
                    {format!(" — {meaning}")}
                </li>
            }
        })
        .collect_view();
    let empty = Memo::new(move |_| a.doc.with(|d| d.snapshots.items.is_empty()));
    view! {
        <Screen class="wide">
            <ScreenHeading text="Self-assessment" />
            <p class="lead">
                {format!(
                    "Rate yourself on {} leadership competencies from 0 (not yet) to 4 (leading), with evidence. Re-rate every few months to see how you grow.",
                    COMPETENCIES.len(),
                )}
            </p>
            <details class="about">
                <summary>"About the rating scale and the framework"</summary>
                <ul>{scale}</ul>
                <p>{FRAMEWORK_NOTE}</p>
            </details>
            <StartOrResume />
            <Show
                when=move || !empty.get()
                fallback=|| {
                    view! {
                        <p class="empty">
                            "No finished assessments yet. It takes about 15 minutes; skip anything that does not apply, and stop whenever you like: your answers are kept in this browser and you can continue later."
                        </p>
                    }
                }
            >
                <Growth />
                <History />
                <Export />
            </Show>
        </Screen>
    }
}

/// Continue or discard the assessment in progress (with undo), or start
/// one.
#[component]
fn StartOrResume() -> impl IntoView {
    let a = use_app().assessments;
    let last_discarded = RwSignal::new(None::<Draft>);
    // Whether there is a draft, and whether anything was finished before.
    let state = Memo::new(move |_| {
        a.doc
            .with(|d| (d.draft.is_some(), !d.snapshots.items.is_empty()))
    });
    let discard = move |_| {
        let gone = a.update(|d| d.draft.take()).flatten();
        if gone.is_some() {
            focus_undo("draft-undo");
        }
        last_discarded.set(gone);
    };
    let start = move |_| {
        let now = now_ms();
        let started = a.update(|d| {
            if d.draft.is_none() {
                d.draft = Some(match d.latest() {
                    Some(prev) => Draft::from_previous(now, prev),
                    None => Draft::new(now, &[]),
                });
            }
        });
        if started.is_some() {
            go(&Route::AssessTake);
        }
    };
    let undo = Callback::new(move |()| {
        if let Some(draft) = last_discarded.get_untracked() {
            a.update(|d| d.draft = Some(draft));
            last_discarded.set(None);
            focus_selector_after_paint("#continue-assessment".into());
        }
    });
    let note = Signal::derive(move || {
        last_discarded.with(|d| d.as_ref().map(|_| "Draft discarded.".to_string()))
    });
    let top = move || {
        let (has_draft, has_snapshots) = state.get();
        if has_draft {
            let info = a.doc.with_untracked(|d| {
                d.draft.as_ref().map_or(String::new(), |dr| {
                    format!(
                        "You have an assessment in progress, started {}: {} of {} rated.",
                        local_iso(dr.started_at),
                        dr.rated(),
                        dr.competencies().len()
                    )
                })
            });
            view! {
                <div class="callout" role="region" aria-label="Assessment in progress">
                    <p>{info}</p>
                    <div class="actions">
                        <a class="button" id="continue-assessment" href=href(&Route::AssessTake)>
                            "Continue the assessment"
                        </a>
                        <button type="button" class="secondary" on:click=discard>"Discard it"</button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            let label = if has_snapshots {
                "Re-rate yourself now"
            } else {
                "Start your first self-assessment"
            };
            view! {
                <div class="actions">
                    <button type="button" on:click=start>{label}</button>
                </div>
            }
            .into_any()
        }
    };
    view! {
        {top}
        <UndoNote button_id="draft-undo" message=note on_undo=undo />
    }
}

/// The growth view: the latest snapshot, optionally compared with another
/// (by default the first, when there are two or more).
#[component]
fn Growth() -> impl IntoView {
    let a = use_app().assessments;
    // None: the default; Some(0): nothing; Some(id): that snapshot.
    let compare = RwSignal::new(None::<u64>);
    let shown = Memo::new(move |_| {
        let choice = compare.get();
        a.doc.with(|d| {
            let h = d.history();
            let latest = h.last().map(|s| (*s).clone());
            let compared = match choice {
                Some(0) => None,
                Some(id) => h
                    .iter()
                    .find(|s| s.id == id && Some(s.id) != latest.as_ref().map(|l| l.id))
                    .map(|s| (*s).clone()),
                None => (h.len() > 1).then(|| h[0].clone()),
            };
            (latest, compared)
        })
    });
    // Earlier snapshots to compare with, newest first.
    let others = Memo::new(move |_| {
        a.doc.with(|d| {
            d.history()
                .iter()
                .rev()
                .skip(1)
                .map(|s| (s.id, s.title(&BrowserZone)))
                .collect::<Vec<_>>()
        })
    });
    let picker = move || {
        let others = others.get();
        (!others.is_empty()).then(|| {
            let selected = compare.get_untracked();
            let last = others.len();
            let options = others
                .into_iter()
                .enumerate()
                .map(|(i, (id, title))| {
                    let chosen = selected == Some(id) || (selected.is_none() && i + 1 == last);
                    view! { <option value=id.to_string() selected=chosen>{title}</option> }
                })
                .collect_view();
            view! {
                <label for="compare-with">"Compare your latest assessment with"</label>
                <select id="compare-with" on:change=move |ev| compare.set(event_target_value(&ev).parse().ok())>
                    <option value="0">"Nothing (latest only)"</option>
                    {options}
                </select>
            }
        })
    };
    let panels = move || {
        let (latest, compared): (Option<Snapshot>, Option<Snapshot>) = shown.get();
        latest.map(|latest| {
            let mut series = vec![Series::of(&latest)];
            series.extend(compared.as_ref().map(Series::of));
            let changes = compared.map(|earlier| {
                view! {
                    <h2>"What changed"</h2>
                    <Changes earlier later=latest.clone() />
                }
            });
            view! {
                <Radar series />
                {changes}
                <h2>"Where to focus"</h2>
                <Focus snapshot=latest />
            }
        })
    };
    view! {
        <div>
            <h2>"Your growth"</h2>
            {picker}
            {panels}
        </div>
    }
}

/// Every snapshot, newest first, with delete and undo.
#[component]
fn History() -> impl IntoView {
    let a = use_app().assessments;
    let last_deleted = RwSignal::new(None::<Snapshot>);
    let rows = move || {
        a.doc.with(|d| {
            d.history()
                .into_iter()
                .rev()
                .map(|s| (s.id, s.title(&BrowserZone), s.rated_count()))
                .collect::<Vec<_>>()
        })
    };
    let row = move |(id, title, rated): (u64, String, usize)| {
        let delete = move |_| {
            let now = now_ms();
            let gone = a.update(|d| d.snapshots.remove(id, now)).flatten();
            if gone.is_some() {
                focus_undo("snapshot-undo");
            }
            last_deleted.set(gone);
        };
        view! {
            <li class="record-row">
                <span>
                    <a href=href(&Route::AssessSnapshot(id))>{title.clone()}</a>
                    {format!(" · {rated} rated")}
                </span>
                <button type="button" class="secondary small" aria-label=format!("Delete {title}") on:click=delete>
                    "Delete"
                </button>
            </li>
        }
    };
    let undo = Callback::new(move |()| {
        if let Some(s) = last_deleted.get_untracked() {
            let now = now_ms();
            let back = href(&Route::AssessSnapshot(s.id));
            a.update(|d| {
                d.snapshots.upsert(Snapshot {
                    updated_at: now,
                    ..s
                })
            });
            last_deleted.set(None);
            focus_selector_after_paint(format!(".record-list a[href=\"{back}\"]"));
        }
    });
    let note = Signal::derive(move || {
        last_deleted.with(|s| {
            s.as_ref()
                .map(|s| format!("Deleted “{}”.", s.title(&BrowserZone)))
        })
    });
    view! {
        <div>
            <h2>"History"</h2>
            <UndoNote button_id="snapshot-undo" message=note on_undo=undo />
            <ul class="record-list">
                <For each=rows key=row_key children=row />
            </ul>
        </div>
    }
}

/// The assessments as a spreadsheet, and the latest one to print.
#[component]
fn Export() -> impl IntoView {
    let a = use_app().assessments;
    let error = RwSignal::new(None::<String>);
    let csv = move |_| {
        let csv = a.doc.with_untracked(|d| to_csv(d, &BrowserZone));
        let name = format!("wayfinder-assessments-{}.csv", today_iso());
        error.set(download(&name, "text/csv", &csv).err());
    };
    let latest = move || {
        a.doc
            .with(|d| d.latest().map(|s| href(&Route::AssessSnapshot(s.id))))
    };
    view! {
        <div>
            <h2>"Export and print"</h2>
            <p>
                "Download every assessment as a spreadsheet (CSV), one row per competency rating, or open the latest one to print it with its chart."
            </p>
            <div class="actions">
                <button type="button" class="secondary" on:click=csv aria-describedby="export-error">
                    "Download CSV"
                </button>
                <a class="button secondary" href=latest>"Print the latest assessment"</a>
            </div>
            <FieldError id="export-error" message=error.into() />
        </div>
    }
}
