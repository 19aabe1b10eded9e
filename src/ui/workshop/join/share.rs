//! The last two stages: the preview of exactly what the profile code
//! holds, and the code itself to copy, email or save as a file.

use super::{Form, Stage, STAGE_HEADING};
use crate::domain::workshop::outputs::file_name;
use crate::domain::workshop::preview::shared_rows;
use crate::ui::workshop::send_code::{Preview, SendCode};
use leptos::prelude::*;

/// Every field of the profile, as it will be shared.
#[component]
pub(super) fn PreviewStage(form: Form) -> impl IntoView {
    let rows = form
        .info
        .with_value(|info| form.profile.with_untracked(|p| shared_rows(p, info)));
    view! {
        <Preview
            heading_id=STAGE_HEADING
            code="profile code"
            rows
            back=Callback::new(move |()| form.go_to(Stage::Writing))
            next=Callback::new(move |()| form.go_to(Stage::Code))
        />
    }
}

/// The profile code, with ways to send it.
#[component]
pub(super) fn CodeStage(form: Form) -> impl IntoView {
    let profile = form.profile.get_untracked().for_sharing();
    let info = form.info.get_value();
    let code = profile.code();
    let body = format!("My profile code for {}:\n\n{code}\n", info.name);
    view! {
        <section class="share">
            <h2 id=STAGE_HEADING tabindex="-1">"Your profile code"</h2>
            <p>
                "Send this code to the facilitator: copy it into a message, email it, or save it as a file and hand it over."
            </p>
            <SendCode
                id="profile-code"
                label="Profile code"
                code
                contact=info.contact
                subject=format!("Wayfinder profile: {}", profile.name)
                body
                file=file_name(&profile.name, "-profile.txt")
            />
            <p class="note">
                "Your profile stays saved on this device: open the workshop link again to change it and make a new code. The facilitator's copy is updated, not doubled."
            </p>
            <button type="button" class="secondary" on:click=move |_| form.go_to(Stage::Writing)>
                "← Change my answers"
            </button>
        </section>
    }
}
