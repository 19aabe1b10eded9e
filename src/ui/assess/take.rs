//! Taking an assessment: one step per domain, then a summary. Every change
//! is saved to the draft as it happens, so a reload resumes where the user
//! was. Each competency is a native radio group (arrow keys move between
//! levels) with the level descriptors as the choices.

use crate::domain::assessment::framework::{guidance, in_domain, level_label, Competency, Domain};
use crate::domain::assessment::{Assessments, Draft, Priority};
use crate::domain::route::Route;
use crate::ui::browser::focus_by_id;
use crate::ui::clock::local_iso;
use crate::ui::components::{FieldError, Screen, ScreenHeading, SelectField, Table};
use crate::ui::router::{go, href};
use crate::ui::state::{new_id, now_ms, use_app, DocState};
use leptos::prelude::*;

const STEP_HEADING: &str = "step-heading";
const STEPS: usize = Domain::ALL.len() + 1;

/// Goes to step `s` of the draft and puts focus on its heading.
fn set_step(a: DocState<Assessments>, s: usize) {
    let now = now_ms();
    a.update(|d| {
        if let Some(dr) = d.draft.as_mut() {
            dr.step = s;
            dr.updated_at = now;
        }
    });
    request_animation_frame(|| focus_by_id(STEP_HEADING));
}

/// Applies `f` to the draft, if there is one.
fn edit_draft<R>(a: DocState<Assessments>, f: impl FnOnce(&mut Draft) -> R) -> Option<R> {
    a.update(|d| d.draft.as_mut().map(f)).flatten()
}

/// `#/assess/take`.
#[component]
pub fn TakeScreen() -> impl IntoView {
    let a = use_app().assessments;
    // Arriving here without a draft starts one.
    if a.doc.with_untracked(|d| d.draft.is_none()) {
        let now = now_ms();
        a.update(|d| d.draft = Some(Draft::new(now, &[])));
    }
    let step = Memo::new(move |_| {
        a.doc
            .with(|d| d.draft.as_ref().map(|d| d.step.min(STEPS - 1)))
    });
    let counts = move || {
        a.doc.with(|d| {
            d.draft
                .as_ref()
                .map_or((0, 0), |dr| (dr.rated(), dr.competencies().len()))
        })
    };
    let body = move || match step.get() {
        None => view! {
            <p class="empty">
                "This assessment is finished or was discarded. "
                <a href=href(&Route::Assess)>"Back to your self-assessments"</a>
            </p>
        }
        .into_any(),
        Some(s) => {
            let current = match Domain::ALL.get(s) {
                Some(&domain) => view! { <DomainStep domain step=s /> }.into_any(),
                None => view! { <Summary /> }.into_any(),
            };
            view! {
                <p class="hint">
                    "Rate yourself as you are today, not as you hope to be. Skip anything that does not apply; your answers are saved as you go."
                </p>
                <div class="progress">
                    <p id="progress-text">
                        {format!("Step {} of {STEPS} · ", s + 1)}
                        {move || {
                            let (rated, of) = counts();
                            format!("{rated} of {of} rated")
                        }}
                    </p>
                    <progress
                        aria-labelledby="progress-text"
                        max=move || counts().1.max(1).to_string()
                        value=move || counts().0.to_string()
                    ></progress>
                </div>
                {current}
            }
            .into_any()
        }
    };
    view! {
        <Screen>
            <ScreenHeading text="Take a self-assessment" />
            {body}
        </Screen>
    }
}

/// The competencies of one domain, with the way back and on.
#[component]
fn DomainStep(domain: Domain, step: usize) -> impl IntoView {
    let a = use_app().assessments;
    let asked = a.doc.with_untracked(|d| {
        d.draft
            .as_ref()
            .map(|dr| dr.competencies().iter().map(|c| c.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let items = in_domain(domain)
        .filter(|c| asked.contains(&c.id))
        .map(|competency| view! { <Rate competency /> })
        .collect_view();
    let next = match Domain::ALL.get(step + 1) {
        Some(d) => format!("Next: {}", d.name()),
        None => "Review and finish".to_string(),
    };
    let back = (step > 0).then(|| {
        view! { <button type="button" class="secondary" on:click=move |_| set_step(a, step - 1)>"Back"</button> }
    });
    view! {
        <div>
            <h2 id=STEP_HEADING tabindex="-1">{domain.name()}</h2>
            {items}
            <div class="actions step-nav">
                {back}
                <button type="button" on:click=move |_| set_step(a, step + 1)>{next}</button>
            </div>
        </div>
    }
}

/// One competency: what it is, the level choices, evidence and priority.
#[component]
fn Rate(competency: &'static Competency) -> impl IntoView {
    let a = use_app().assessments;
    let id = competency.id;
    let level = move || {
        a.doc
            .with(|d| d.draft.as_ref().and_then(|dr| dr.rating(id).level))
    };
    let set_level = move |l: Option<u8>| {
        let now = now_ms();
        edit_draft(a, |dr| {
            let _ = dr.set_level(id, l, now);
        });
    };
    let group = format!("level-{id}");
    let choice = move |value: Option<u8>, strong: String, rest: String| {
        view! {
            <label class="choice level">
                <input
                    type="radio"
                    name=group.clone()
                    value=value.map_or(String::new(), |v| v.to_string())
                    prop:checked=move || level() == value
                    on:change=move |_| set_level(value)
                />
                <span><strong>{strong}</strong>{rest}</span>
            </label>
        }
    };
    // Every competency has its guidance (a framework test checks it).
    let guide = guidance(id);
    let levels = guide
        .map_or(&[][..], |g| &g.levels[..])
        .iter()
        .enumerate()
        .map(|(n, descriptor)| {
            choice(
                Some(n as u8),
                level_label(n as u8),
                format!(" — {descriptor}"),
            )
        })
        .chain(std::iter::once(choice(
            None,
            "Skip for now".into(),
            String::new(),
        )))
        .collect_view();
    let initial = a
        .doc
        .with_untracked(|d| d.draft.as_ref().map(|dr| dr.rating(id)).unwrap_or_default());
    // Re-rating: what was said last time, beside the choices (not chosen).
    let last_time = a
        .doc
        .with_untracked(|d| d.last_level(id))
        .map(|(level, at)| {
            let text = format!("Last time ({}): {}", local_iso(at), level_label(level));
            view! { <p class="hint">{text}</p> }
        });
    let (evidence_id, error_id) = (format!("evidence-{id}"), format!("evidence-error-{id}"));
    let evidence_error = RwSignal::new(None::<String>);
    let evidence = move |ev: web_sys::Event| {
        let (text, now) = (event_target_value(&ev), now_ms());
        let result = edit_draft(a, |dr| dr.set_evidence(id, &text, now));
        evidence_error.set(result.and_then(|r| r.err()).map(|e| e.to_string()));
    };
    let priority = Callback::new(move |v: String| {
        if let Some(p) = Priority::from_key(&v) {
            let now = now_ms();
            edit_draft(a, |dr| dr.set_priority(id, p, now));
        }
    });
    let sources = guide
        .map_or(&[][..], |g| g.sources)
        .iter()
        .map(|s| s.citation)
        .collect::<Vec<_>>()
        .join("; ");
    let behaviours = guide
        .map_or(&[][..], |g| g.behaviours)
        .iter()
        .map(|b| view! { <li>{*b}</li> })
        .collect_view();
    view! {
        <fieldset class="competency">
            <legend>{competency.name}</legend>
            <p>{competency.description}</p>
            <details>
                <summary>"What it looks like"</summary>
                <ul>{behaviours}</ul>
                <p class="hint">{format!("Draws on: {sources}")}</p>
            </details>
            {last_time}
            <div class="levels">{levels}</div>
            <label for=evidence_id.clone()>"Evidence (optional)"</label>
            <textarea
                id=evidence_id
                rows="2"
                maxlength="2000"
                aria-describedby=error_id.clone()
                placeholder="What have you done that shows this?"
                prop:value=initial.evidence
                on:input=evidence
            ></textarea>
            <p id=error_id class="field-error" aria-live="polite">{move || evidence_error.get().unwrap_or_default()}</p>
            <SelectField
                id=format!("priority-{id}")
                label="How much it matters to you now"
                options=Priority::ALL.iter().map(|p| (p.key().to_string(), p.label().to_string())).collect()
                selected=initial.priority.key()
                on_change=priority
            />
        </fieldset>
    }
}

/// The last step: every rating at a glance, a label, and Finish.
#[component]
fn Summary() -> impl IntoView {
    let a = use_app().assessments;
    let label = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let rows = a.doc.with_untracked(|d| {
        let Some(dr) = d.draft.as_ref() else {
            return Vec::new();
        };
        dr.competencies()
            .into_iter()
            .map(|c| {
                let r = dr.rating(c.id);
                let step = Domain::ALL.iter().position(|d| *d == c.domain).unwrap_or(0);
                let level = r.level.map_or("Skipped".to_string(), level_label);
                let evidence = if r.evidence.trim().is_empty() {
                    "—"
                } else {
                    "Yes"
                };
                view! {
                    <tr>
                        <th scope="row">
                            <button
                                type="button"
                                class="link"
                                aria-label=format!("Change {}", c.name)
                                on:click=move |_| set_step(a, step)
                            >
                                {c.name}
                            </button>
                        </th>
                        <td>{level}</td>
                        <td>{r.priority.label()}</td>
                        <td>{evidence}</td>
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    });
    let finish = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let (id, now, text) = (new_id(), now_ms(), label.get_untracked());
        match a.update(|d| d.finish_draft(id, now, &text)) {
            Some(Ok(id)) => go(&Route::AssessSnapshot(id)),
            Some(Err(e)) => error.set(Some(e.to_string())),
            None => error.set(Some(
                "Your assessments cannot be saved right now; see the message at the top of the page.".into(),
            )),
        }
    };
    let headers = ["Competency", "Rating", "Priority", "Evidence"]
        .map(String::from)
        .to_vec();
    view! {
        <div>
            <h2 id=STEP_HEADING tabindex="-1">"Review and finish"</h2>
            <Table caption="Your ratings in this assessment" headers>
                {rows}
            </Table>
            <form novalidate on:submit=finish>
                <label for="snapshot-label">"Name this assessment (optional)"</label>
                <input
                    id="snapshot-label"
                    type="text"
                    maxlength="80"
                    autocomplete="off"
                    placeholder="For example: start of program"
                    aria-describedby="finish-error"
                    on:input=move |ev| label.set(event_target_value(&ev))
                />
                <FieldError id="finish-error" message=error.into() />
                <div class="actions step-nav">
                    <button type="button" class="secondary" on:click=move |_| set_step(a, Domain::ALL.len() - 1)>
                        "Back"
                    </button>
                    <button type="submit">"Finish assessment"</button>
                </div>
            </form>
        </div>
    }
}
