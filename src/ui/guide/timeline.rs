//! The program timeline (`#/guide/timeline`): a start date and a length of
//! 6–12 months give one step a month with its date and a prompt
//! (`domain::guide::timeline`); printable.

use super::BackToGuide;
use crate::domain::guide::timeline::{Program, MAX_MONTHS, MIN_MONTHS};
use crate::ui::components::{PrintButton, Screen, ScreenHeading, SelectField, TextField};
use crate::ui::state::{now_ms, use_app};
use leptos::prelude::*;

#[component]
pub fn TimelineScreen() -> impl IntoView {
    let guide = use_app().guide;
    let start = guide.doc.with_untracked(|g| g.program.clone());
    let set = move |f: &dyn Fn(&mut Program)| {
        let now = now_ms();
        guide.update(|g| {
            f(&mut g.program);
            g.program.updated_at = now;
        });
    };
    let lengths: Vec<(String, String)> = (MIN_MONTHS..=MAX_MONTHS)
        .map(|m| (m.to_string(), format!("{m} months")))
        .collect();
    let steps = Memo::new(move |_| guide.doc.with(|g| g.program.steps()));
    let months = move || match steps.get() {
        None => {
            view! { <li class="note">"Choose your program's start date to see the months."</li> }
                .into_any()
        }
        Some(steps) => steps
            .into_iter()
            .map(|s| {
                view! {
                    <li>
                        <h2>{format!("Month {} · {} · {}", s.month, s.date.iso(), s.title)}</h2>
                        <p>{s.prompt}</p>
                    </li>
                }
            })
            .collect_view()
            .into_any(),
    };
    view! {
        <Screen class="wide timeline">
            <BackToGuide />
            <ScreenHeading text="Program timeline" />
            <p class="lead">
                "In a mentoring or leadership program, each month has its job: a first meeting, goals within 30 days, a mid-point check, a closing reflection. Set your start date to see your months."
            </p>
            <form class="no-print" novalidate on:submit=|ev| ev.prevent_default()>
                <div class="field-row">
                    <TextField
                        id="program-start"
                        label="Start date"
                        kind="date"
                        value=start.start.clone()
                        on_input=Callback::new(move |v: String| set(&|p| p.start = v.clone()))
                    />
                    <SelectField
                        id="program-months"
                        label="Length"
                        options=lengths
                        selected=start.months.to_string()
                        on_change=Callback::new(move |v: String| {
                            if let Ok(m) = v.parse::<u8>() {
                                set(&|p| p.months = m)
                            }
                        })
                    />
                </div>
            </form>
            <ol class="timeline-steps">{months}</ol>
            <div class="actions">
                <PrintButton label="Print the timeline" />
            </div>
        </Screen>
    }
}
