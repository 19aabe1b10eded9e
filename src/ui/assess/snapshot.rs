//! One finished snapshot (`#/assess/<id>`): its chart, every rating with
//! its evidence, where to focus, a label to edit, and a print view.

use super::growth::Focus;
use super::radar::{Radar, Series};
use crate::domain::assessment::framework::{level_label, COMPETENCIES};
use crate::domain::assessment::Snapshot;
use crate::domain::route::Route;
use crate::ui::components::{PrintButton, Screen, ScreenHeading, Table};
use crate::ui::router::href;
use crate::ui::state::{now_ms, use_app};
use leptos::prelude::*;

/// `#/assess/<id>`: the snapshot, or a way back when it is gone.
#[component]
pub fn SnapshotScreen(id: u64) -> impl IntoView {
    let a = use_app().assessments;
    // Ratings never change once finished; only the label does, and the
    // heading follows it without rebuilding the screen (and the label
    // form with its message).
    let exists = Memo::new(move |_| a.doc.with(|d| d.snapshots.get(id).is_some()));
    move || {
        match exists.get().then(|| a.doc.with_untracked(|d| d.snapshots.get(id).cloned())).flatten() {
        Some(snapshot) => view! { <SnapshotView snapshot /> }.into_any(),
        None => view! {
            <Screen>
                <ScreenHeading text="Assessment not found" />
                <p>
                    "This assessment is not in this browser: it may have been deleted, or the link came from another device."
                </p>
                <p>
                    <a href=href(&Route::Assess)>"Back to your self-assessments"</a>
                </p>
            </Screen>
        }
        .into_any(),
    }
    }
}

#[component]
fn SnapshotView(snapshot: Snapshot) -> impl IntoView {
    let rows = COMPETENCIES
        .iter()
        .filter_map(|c| snapshot.rating(c.id).map(|r| (c, r)))
        .map(|(c, r)| {
            let level = r.level.map_or("Skipped".to_string(), level_label);
            let evidence = if r.evidence.is_empty() {
                "—".to_string()
            } else {
                r.evidence.clone()
            };
            view! {
                <tr>
                    <th scope="row">{c.name}</th>
                    <td>{level}</td>
                    <td>{r.priority.label()}</td>
                    <td class="evidence">{evidence}</td>
                </tr>
            }
        })
        .collect_view();
    let headers = ["Competency", "Rating", "Priority", "Evidence"]
        .map(String::from)
        .to_vec();
    let a = use_app().assessments;
    let id = snapshot.id;
    let title = move || {
        a.doc
            .with(|d| {
                d.snapshots
                    .get(id)
                    .map(|s| s.title(&crate::ui::clock::BrowserZone))
            })
            .unwrap_or_default()
    };
    view! {
        <Screen class="wide snapshot">
            <p class="no-print">
                <a href=href(&Route::Assess)>"← All self-assessments"</a>
            </p>
            <h1 id=crate::ui::app::HEADING_ID tabindex="-1">{title}</h1>
            <p class="note">
                {format!("{} of {} competencies rated.", snapshot.rated_count(), COMPETENCIES.len())}
            </p>
            <div class="actions no-print">
                <PrintButton label="Print" />
            </div>
            <Radar series=vec![Series::of(&snapshot)] />
            <h2>"Ratings and evidence"</h2>
            <Table caption="Ratings, priorities and evidence" headers>
                {rows}
            </Table>
            <h2>"Where to focus"</h2>
            <Focus snapshot=snapshot.clone() />
            <Label id=snapshot.id label=snapshot.label.clone() />
        </Screen>
    }
}

/// The form that names the snapshot, with what became of the last save.
#[component]
fn Label(id: u64, label: String) -> impl IntoView {
    let a = use_app().assessments;
    let label = RwSignal::new(label);
    // (saved, what to say)
    let message = RwSignal::new(None::<(bool, String)>);
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let (now, text) = (now_ms(), label.get_untracked());
        message.set(Some(match a.update(|d| d.relabel(id, &text, now)) {
            Some(Ok(())) => (true, "Label saved.".into()),
            Some(Err(e)) => (false, e.to_string()),
            None => (false, "Your assessments cannot be saved right now; see the message at the top of the page.".into()),
        }));
    };
    let class = move || {
        if message.with(|m| m.as_ref().is_some_and(|m| m.0)) {
            "success"
        } else {
            "field-error"
        }
    };
    view! {
        <form class="no-print" novalidate on:submit=save>
            <h2>"Label"</h2>
            <label for="label-input">"Name this assessment"</label>
            <div class="row">
                <input
                    id="label-input"
                    type="text"
                    maxlength="80"
                    autocomplete="off"
                    placeholder="For example: start of program"
                    aria-describedby="label-message"
                    prop:value=label
                    on:input=move |ev| label.set(event_target_value(&ev))
                />
                <button type="submit">"Save label"</button>
            </div>
            <p id="label-message" aria-live="polite" class=class>
                {move || message.with(|m| m.as_ref().map(|m| m.1.clone()).unwrap_or_default())}
            </p>
        </form>
    }
}
