//! The last two stages: exactly what the response code shares, and the
//! code with the ways to send it.

use super::{Answers, Stage, STAGE_HEADING};
use crate::domain::workshop::outputs::file_name;
use crate::ui::workshop::send_code::{Preview, SendCode};
use leptos::prelude::*;

/// Every row of the response, as it will be shared.
#[component]
pub(super) fn PreviewStage(answers: Answers) -> impl IntoView {
    let rows = answers
        .survey
        .with_value(|s| answers.response.with_untracked(|r| r.shared_rows(s)));
    view! {
        <Preview
            heading_id=STAGE_HEADING
            code="response code"
            rows
            back=Callback::new(move |()| answers.go_to(Stage::Answering))
            next=Callback::new(move |()| answers.go_to(Stage::Code))
        />
    }
}

/// The response code, with ways to send it.
#[component]
pub(super) fn CodeStage(answers: Answers) -> impl IntoView {
    let response = answers.response.get_untracked().for_sharing();
    let survey = answers.survey.get_value();
    let code = response.code();
    let what = format!("{}: {}", survey.name, survey.milestone.title);
    let body = format!("My response for {what}:\n\n{code}\n");
    view! {
        <section class="share">
            <h2 id=STAGE_HEADING tabindex="-1">"Your response code"</h2>
            <p>
                "Send this code to the facilitator: copy it into a message, email it, or save it as a file and hand it over."
            </p>
            <SendCode
                id="response-code"
                label="Response code"
                code
                contact=survey.contact.clone()
                subject=format!("Wayfinder response: {what}")
                body
                file=file_name(
                    &format!("{} {} {}", response.name, survey.milestone.date, survey.milestone.title),
                    "-response.txt",
                )
            />
            <p class="note">
                "Your answers stay saved on this device: open the survey link again to change them and make a new code. The facilitator keeps only your newest response."
            </p>
            <button type="button" class="secondary" on:click=move |_| answers.go_to(Stage::Answering)>
                "← Change my answers"
            </button>
        </section>
    }
}
