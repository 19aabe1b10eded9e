//! The program after the match, on a workshop's page (issue #16): plan it
//! from the template (start, length, cadence), then edit, add or remove
//! milestones, see what needs fixing, and download the calendar. Dates are
//! the user's local calendar dates.

use super::setup::{edit, read};
use super::survey_links::SurveyLinks;
use crate::domain::date::Ymd;
use crate::domain::workshop::document::Workshops;
use crate::domain::workshop::outputs::file_name;
use crate::domain::workshop::program::{
    Cadence, Milestone, MilestoneKind, ProgramPlan, MAX_MONTHS, MIN_MONTHS,
};
use crate::ui::browser::download;
use crate::ui::clock::today_iso;
use crate::ui::components::{row_key, AskTwice, FieldError, SelectField, TextField};
use crate::ui::state::{now_ms, DocState};
use leptos::prelude::*;

/// Applies `f` to the workshop's program, if it has one.
fn edit_program(docs: DocState<Workshops>, id: u64, f: impl FnOnce(&mut ProgramPlan)) {
    edit(docs, id, |w| {
        if let Some(p) = w.program.as_mut() {
            f(p)
        }
    });
}

/// "Program after the match": the template form, or the plan.
#[component]
pub fn ProgramPlanner(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let planned = Memo::new(move |_| read(docs, id, |w| w.program.is_some()));
    view! {
        <section class="program" aria-labelledby="program-heading">
            <h2 id="program-heading">"Program after the match"</h2>
            <p class="hint">
                "Library mentoring programs run 6 to 12 months: an agreement in the first weeks, goals within 30 days, regular check-ins, a mid-point and a final survey, and a closing that recognises everyone."
            </p>
            {move || if planned.get() {
                view! { <Plan docs id /> }.into_any()
            } else {
                view! { <Template docs id /> }.into_any()
            }}
        </section>
    }
}

/// Start, length and cadence, and the button that dates the template.
#[component]
fn Template(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let start = RwSignal::new(today_iso());
    let months = RwSignal::new(9u8);
    let cadence = RwSignal::new(Cadence::Monthly);
    let error = RwSignal::new(None::<String>);
    let plan = move |_| match Ymd::parse(&start.get_untracked()) {
        Some(day) => {
            error.set(None);
            let program =
                ProgramPlan::from_template(day, months.get_untracked(), cadence.get_untracked());
            edit(docs, id, |w| w.program = Some(program));
        }
        None => error.set(Some("Enter the start as a date (year-month-day).".into())),
    };
    let lengths = (MIN_MONTHS..=MAX_MONTHS)
        .map(|m| (m.to_string(), format!("{m} months")))
        .collect();
    let cadences = Cadence::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| (i.to_string(), c.label().to_string()))
        .collect();
    view! {
        <div class="field-row">
            <TextField
                id="program-start"
                label="Start"
                kind="date"
                described_by="program-error"
                value=start
                on_input=Callback::new(move |v| start.set(v))
            />
            <SelectField
                id="program-months"
                label="Length"
                options=lengths
                selected="9"
                on_change=Callback::new(move |v: String| months.set(v.parse().unwrap_or(9)))
            />
            <SelectField
                id="program-cadence"
                label="Pairs meet"
                options=cadences
                selected="2"
                on_change=Callback::new(move |v: String| {
                    cadence.set(v.parse::<usize>().ok().and_then(|i| Cadence::ALL.get(i).copied()).unwrap_or_default())
                })
            />
        </div>
        <button type="button" on:click=plan>"Plan the program"</button>
        <FieldError id="program-error" message=error.into() />
    }
}

/// The planned program: its milestones to edit, what needs fixing, the
/// calendar, and a way to start again.
#[component]
fn Plan(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let summary = move || {
        read(docs, id, |w| {
            w.program.as_ref().and_then(ProgramPlan::summary)
        })
    };
    let problem = move || {
        read(docs, id, |w| {
            w.program
                .as_ref()
                .and_then(|p| p.validate().err())
                .map(|e| e.to_string())
        })
    };
    // A row per place, kept while the plan is edited (typing keeps its
    // focus); what it shows follows the milestone now in that place.
    let count = move || {
        read(docs, id, |w| {
            w.program.as_ref().map_or(0, |p| p.milestones.len())
        })
    };
    let download_error = RwSignal::new(None::<String>);
    let calendar = move |_| {
        let text = docs.doc.with_untracked(|d| {
            d.workshops.get(id).and_then(|w| {
                w.program
                    .as_ref()
                    .map(|p| (w.title().to_string(), p.calendar(id, w.title(), now_ms())))
            })
        });
        if let Some((name, ics)) = text {
            let saved = download(&file_name(&name, "-program.ics"), "text/calendar", &ics);
            download_error.set(saved.err());
        }
    };
    let add = move |_| {
        edit_program(docs, id, |p| {
            let date = p.end().map(|e| e.iso()).unwrap_or_default();
            p.milestones.push(Milestone {
                kind: MilestoneKind::Other,
                date,
                title: MilestoneKind::Other.title().to_string(),
            });
        })
    };
    let row = move |i: usize| {
        let part = move |f: fn(&Milestone) -> String| {
            Signal::derive(move || {
                read(docs, id, |w| {
                    w.program.as_ref().and_then(|p| p.milestones.get(i)).map(f)
                })
                .unwrap_or_default()
            })
        };
        let set = move |f: fn(&mut Milestone, String)| {
            Callback::new(move |v: String| {
                edit_program(docs, id, |p| {
                    if let Some(m) = p.milestones.get_mut(i) {
                        f(m, v)
                    }
                })
            })
        };
        let survey = move || {
            read(docs, id, |w| {
                w.program
                    .as_ref()
                    .and_then(|p| p.milestones.get(i))
                    .map(|m| m.kind.is_survey())
            })
            .unwrap_or(false)
            .then_some(" · with a survey")
        };
        let remove = move |_| {
            edit_program(docs, id, |p| {
                if i < p.milestones.len() {
                    p.milestones.remove(i);
                }
            })
        };
        view! {
            <li class="milestone">
                <fieldset>
                    <legend>{format!("Milestone {}", i + 1)}{survey}</legend>
                    <div class="field-row">
                        <TextField
                            id=format!("milestone-date-{i}")
                            label="Date"
                            kind="date"
                            value=part(|m| m.date.clone())
                            on_input=set(|m, v| m.date = v)
                        />
                        <TextField
                            id=format!("milestone-title-{i}")
                            label="Title"
                            class="grow"
                            maxlength=120
                            value=part(|m| m.title.clone())
                            on_input=set(|m, v| m.title = v)
                        />
                    </div>
                    <button
                        type="button"
                        class="secondary small"
                        aria-label=format!("Remove milestone {}", i + 1)
                        on:click=remove
                    >
                        "Remove"
                    </button>
                </fieldset>
            </li>
        }
    };
    let sort = move |_| edit_program(docs, id, ProgramPlan::sort);
    view! {
        <p>{summary}</p>
        <p class="field-error" role="status" aria-live="polite">{move || problem().unwrap_or_default()}</p>
        <ol class="milestones">
            <For each=move || 0..count() key=row_key children=row />
        </ol>
        <div class="actions">
            <button type="button" class="secondary" on:click=add>"Add a milestone"</button>
            <button type="button" class="secondary" on:click=sort>"Put in date order"</button>
            <button type="button" on:click=calendar aria-describedby="program-calendar-error">
                "Download the calendar (.ics)"
            </button>
        </div>
        <FieldError id="program-calendar-error" message=download_error.into() />
        <SurveyLinks docs id />
        <AskTwice
            ask="Plan again from the template"
            ask_class="secondary"
            question="Replace this plan and its edits with a new one from the template?"
            confirm="Yes, plan again"
            confirm_id="program-replan-confirm"
            cancel="Keep this plan"
            on_confirm=Callback::new(move |()| edit(docs, id, |w| w.program = None))
        />
    }
}
