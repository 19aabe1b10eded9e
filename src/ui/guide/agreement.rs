//! The mentoring agreement builder (`#/guide/agreement`): names, goals
//! picked from my goals, cadence, channel, start and length,
//! confidentiality, feedback and a no-blame closure; saved as you type,
//! shown as the agreement itself and printable with signature lines for
//! both.

use super::BackToGuide;
use crate::domain::guide::agreement::{Agreement, Cadence, Channel, MAX_MONTHS};
use crate::domain::guide::Guide;
use crate::domain::route::Route;
use crate::ui::components::{PrintButton, Screen, ScreenHeading, SelectField, TextField};
use crate::ui::goals::{toggled, GoalPicker};
use crate::ui::router::href;
use crate::ui::state::{now_ms, use_app, DocState};
use leptos::prelude::*;

/// Fills in the pair's names from a match link (keeping everything else
/// written), then shows the agreement at its own address, so a reload or
/// a bookmark does not fill them in again.
pub fn start_agreement_with(mentee: &str, mentor: &str) {
    let now = now_ms();
    use_app().guide.update(|g| {
        g.agreement.mentee = mentee.to_string();
        g.agreement.mentor = mentor.to_string();
        g.agreement.updated_at = now;
    });
    let _ = window().location().replace(&Route::Agreement.to_hash());
}

/// Applies `f` to the agreement and stamps the edit.
fn edit(guide: DocState<Guide>, f: impl FnOnce(&mut Agreement)) {
    let now = now_ms();
    guide.update(|g| {
        f(&mut g.agreement);
        g.agreement.updated_at = now;
    });
}

/// `#/guide/agreement`.
#[component]
pub fn AgreementScreen() -> impl IntoView {
    let app = use_app();
    let (guide, goals) = (app.guide, app.goals);
    // What is missing before printing, and the clauses, as written now.
    let text = Memo::new(move |_| {
        guide.doc.with(|g| {
            let titles: Vec<String> = goals.doc.with(|d| {
                g.agreement
                    .goals
                    .iter()
                    .filter_map(|id| d.goals.get(*id).map(|x| x.title.clone()))
                    .collect()
            });
            (g.agreement.missing(), g.agreement.clauses(&titles))
        })
    });
    let missing = move || {
        text.with(|(missing, _)| {
            (!missing.is_empty()).then(|| {
                view! {
                    <p class="callout no-print">{format!("Before printing, add {}.", missing.join(", "))}</p>
                }
            })
        })
    };
    let clauses = move || {
        text.with(|(_, clauses)| {
            clauses
                .iter()
                .map(|(heading, body)| {
                    view! {
                        <div>
                            <h3>{heading.to_string()}</h3>
                            <p>{body.clone()}</p>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Screen class="wide agreement">
            <BackToGuide />
            <ScreenHeading text="Mentoring agreement" />
            <p class="lead no-print">
                "Agree at the start how you will work together: what you work on, how often you meet, what stays between you, and how either of you can end it without blame. Fill it in together, print it, and both sign."
            </p>
            <AgreementForm guide />
            {missing}
            <article class="preview agreement-text" aria-labelledby="agreement-title">
                <h2 id="agreement-title">"Our mentoring agreement"</h2>
                {clauses}
                <div class="signatures">
                    <p>"Mentor: ______________________   Date: __________"</p>
                    <p>"Mentee: ______________________   Date: __________"</p>
                </div>
            </article>
            <div class="actions">
                <PrintButton label="Print the agreement" />
            </div>
        </Screen>
    }
}

/// The agreement's fields, starting at what is written; each saves as it
/// changes.
#[component]
fn AgreementForm(guide: DocState<Guide>) -> impl IntoView {
    let a = guide.doc.with_untracked(|g| g.agreement.clone());
    let text = move |f: fn(&mut Agreement, String)| {
        Callback::new(move |v: String| edit(guide, |a| f(a, v)))
    };
    let cadences = Cadence::ALL
        .iter()
        .map(|c| {
            (
                Cadence::NAMES[*c as usize].to_string(),
                c.label().to_string(),
            )
        })
        .collect();
    let channels = Channel::ALL
        .iter()
        .map(|c| {
            (
                Channel::NAMES[*c as usize].to_string(),
                c.label().to_string(),
            )
        })
        .collect();
    let months = Callback::new(move |v: String| {
        if let Some(m) = v
            .parse::<u8>()
            .ok()
            .filter(|m| (1..=MAX_MONTHS).contains(m))
        {
            edit(guide, |a| a.months = m)
        }
    });
    view! {
        <form class="no-print" novalidate on:submit=|ev| ev.prevent_default()>
            <div class="field-row">
                <TextField id="agreement-mentor" label="Mentor" value=a.mentor.clone() on_input=text(|a, v| a.mentor = v) />
                <TextField id="agreement-mentee" label="Mentee" value=a.mentee.clone() on_input=text(|a, v| a.mentee = v) />
            </div>
            <Goals guide />
            <div class="field-row">
                <SelectField
                    id="agreement-cadence"
                    label="How often"
                    options=cadences
                    selected=Cadence::NAMES[a.cadence as usize]
                    on_change=Callback::new(move |v: String| {
                        if let Some(i) = Cadence::NAMES.iter().position(|n| *n == v) {
                            edit(guide, |a| a.cadence = Cadence::ALL[i])
                        }
                    })
                />
                <SelectField
                    id="agreement-channel"
                    label="How"
                    options=channels
                    selected=Channel::NAMES[a.channel as usize]
                    on_change=Callback::new(move |v: String| {
                        if let Some(i) = Channel::NAMES.iter().position(|n| *n == v) {
                            edit(guide, |a| a.channel = Channel::ALL[i])
                        }
                    })
                />
                <TextField id="agreement-start" label="Start" kind="date" value=a.start.clone() on_input=text(|a, v| a.start = v) />
                <TextField id="agreement-months" label="Months" kind="number" value=a.months.to_string() on_input=months />
            </div>
            <TextField
                id="agreement-confidentiality"
                label="Confidentiality"
                rows=3
                maxlength=2000
                value=a.confidentiality.clone()
                on_input=text(|a, v| a.confidentiality = v)
            />
            <TextField
                id="agreement-feedback"
                label="How we give feedback"
                rows=3
                maxlength=2000
                value=a.feedback.clone()
                on_input=text(|a, v| a.feedback = v)
            />
            <TextField
                id="agreement-closure"
                label="Closing without blame"
                rows=3
                maxlength=2000
                value=a.closure.clone()
                on_input=text(|a, v| a.closure = v)
            />
        </form>
    }
}

/// The leader's goals to tick as the ones the pair works on.
#[component]
fn Goals(guide: DocState<Guide>) -> impl IntoView {
    let none = use_app()
        .goals
        .doc
        .with_untracked(|g| g.goals.items.is_empty());
    if none {
        return view! {
            <p class="note">"You have no goals yet. " <a href=href(&Route::GoalNew)>"Add a goal first"</a></p>
        }
        .into_any();
    }
    view! {
        <GoalPicker
            prefix="agreement-goal"
            legend="Goals we work on"
            picked=Signal::derive(move || guide.doc.with(|g| g.agreement.goals.clone()))
            on_pick=Callback::new(move |(goal, on)| edit(guide, |a| toggled(&mut a.goals, goal, on)))
        />
    }
    .into_any()
}
