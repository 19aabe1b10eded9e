//! A milestone's survey link (`#/survey/<code>`, issue #16), on the
//! participant's page: the questions travel in the link; the answers are
//! kept on this device with the workshop it joined (`Joined::responses`)
//! as they are given; the participant sees exactly what will be shared
//! and sends a response code (`share`). Only a participant who joined
//! this workshop on this device and has opened their match link here
//! answers; anyone else is told why not and what to do. The closing
//! milestone's link also holds the participant's closing reflection
//! (`reflection`), which stays on this device.

mod questions;
mod reflection;
mod share;

use crate::domain::workshop::document::{Joined, JoinedWorkshops};
use crate::domain::workshop::program::MilestoneKind;
use crate::domain::workshop::response::Response;
use crate::domain::workshop::survey::Survey;
use crate::ui::browser::focus_by_id;
use crate::ui::components::{BrokenLink, Screen, ScreenHeading};
use crate::ui::documents::use_doc;
use crate::ui::state::{now_ms, DocState};
use leptos::prelude::*;
use questions::Questions;
use reflection::ClosingReflection;
use share::{CodeStage, PreviewStage};

/// The id of each stage's heading, focused when the stage changes.
const STAGE_HEADING: &str = "stage-heading";

/// Where the participant is: answering, checking, or sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Answering,
    Preview,
    Code,
}

/// The answers being given, kept on this device as they change.
#[derive(Clone, Copy)]
struct Answers {
    response: RwSignal<Response>,
    survey: StoredValue<Survey>,
    workshops: DocState<JoinedWorkshops>,
    stage: RwSignal<Stage>,
}

impl Answers {
    fn edit(self, f: impl FnOnce(&Survey, &mut Response)) {
        let now = now_ms();
        self.survey.with_value(|s| {
            self.response.update(|r| {
                f(s, r);
                r.answered_at = now;
            })
        });
        let response = self.response.get_untracked();
        self.workshops.update(|d| {
            if let Some(j) = d
                .joined
                .items
                .iter_mut()
                .find(|j| j.id == response.workshop)
            {
                j.updated_at = now;
                j.keep_response(response);
            }
        });
    }

    /// Moves to `stage`, and focus to its heading.
    fn go_to(self, stage: Stage) {
        self.stage.set(stage);
        request_animation_frame(|| focus_by_id(STAGE_HEADING));
    }
}

/// `#/survey/<code>`: a milestone's survey link.
#[component]
pub fn SurveyScreen(code: String) -> impl IntoView {
    match Survey::from_code(&code) {
        Ok(survey) => view! { <Check survey /> }.into_any(),
        Err(e) => view! {
            <BrokenLink
                title="This survey link does not work"
                error=e.to_string()
                advice="Ask the facilitator to send it again. Nothing was saved."
            />
        }
        .into_any(),
    }
}

/// Whether this device may answer: it joined the workshop and knows its
/// match.
#[component]
fn Check(survey: Survey) -> impl IntoView {
    let workshops = use_doc::<JoinedWorkshops>();
    let (joined, others) = workshops.doc.with_untracked(|d| {
        let joined = d
            .joined
            .get(survey.workshop)
            .filter(|j| !j.profile.name.trim().is_empty())
            .cloned();
        let others: Vec<String> = d
            .joined
            .items
            .iter()
            .filter(|j| j.id != survey.workshop)
            .map(|j| format!("\u{201c}{}\u{201d}", j.info.name))
            .collect();
        (joined, others)
    });
    let heading = format!("{}: {}", survey.name, survey.milestone.title);
    let contact = (!survey.contact.trim().is_empty())
        .then(|| format!("Questions? Ask the facilitator: {}", survey.contact));
    let body = match joined {
        None => {
            let elsewhere = if others.is_empty() {
                "This device has not joined it.".to_string()
            } else {
                format!(
                    "This device joined {} — not this one.",
                    others.join(", ")
                )
            };
            view! {
                <p class="field-error">
                    {format!("This survey is for the participants of \u{201c}{}\u{201d}. {elsewhere}", survey.name)}
                </p>
                <p>
                    "Open it on the phone or computer where you filled in your profile for this workshop. If you did not take part, you need not answer."
                </p>
            }
            .into_any()
        }
        Some(j) if j.partner.is_empty() => view! {
            <p class="field-error">"You have no match recorded on this device yet."</p>
            <p>
                "If you have been paired, open your match link on this device first (the facilitator sent it to you), then this survey link again. If you are still waiting for a match, there is nothing to answer yet."
            </p>
        }
        .into_any(),
        Some(j) => {
            // The closing milestone also asks for a reflection, kept here.
            let reflection = (survey.milestone.kind == MilestoneKind::Closing).then(|| {
                view! { <ClosingReflection workshop=j.id program=survey.name.clone() /> }
            });
            view! {
                <Answering survey=survey.clone() joined=j />
                {reflection}
            }
            .into_any()
        }
    };
    view! {
        <Screen class="survey">
            <ScreenHeading text=heading />
            <p class="lead">{format!("Dated {}.", survey.milestone.date)}</p>
            {body}
            <p class="note">{contact}</p>
        </Screen>
    }
}

/// The stages of answering, from the answers kept on this device (or
/// none yet).
#[component]
fn Answering(survey: Survey, joined: Joined) -> impl IntoView {
    let workshops = use_doc::<JoinedWorkshops>();
    let response = joined
        .response(&survey.key())
        .filter(|r| r.fits(&survey))
        .cloned()
        .unwrap_or_else(|| Response::new(&survey, &joined.profile, now_ms()));
    let answers = Answers {
        response: RwSignal::new(response),
        survey: StoredValue::new(survey),
        workshops,
        stage: RwSignal::new(Stage::Answering),
    };
    let partner = joined.partner.clone();
    let stage = move || match answers.stage.get() {
        Stage::Answering => view! { <Questions answers partner=partner.clone() /> }.into_any(),
        Stage::Preview => view! { <PreviewStage answers /> }.into_any(),
        Stage::Code => view! { <CodeStage answers /> }.into_any(),
    };
    view! {
        <p>
            "Your answers stay on this device until you send the response code to the facilitator; you will see all of it first. Every question is optional."
        </p>
        <div>{stage}</div>
    }
}
