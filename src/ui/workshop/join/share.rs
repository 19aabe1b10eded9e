//! The last two stages: the preview of exactly what the profile code
//! holds, and the code itself to copy, email or save as a file.

use super::{Form, Stage, STAGE_HEADING};
use crate::domain::workshop::outputs::{file_name, mailto};
use crate::domain::workshop::preview::shared_rows;
use crate::ui::browser::download;
use crate::ui::components::{CodeBox, FieldError};
use leptos::prelude::*;

/// Every field of the profile, as it will be shared.
#[component]
pub(super) fn PreviewStage(form: Form) -> impl IntoView {
    let rows = form
        .info
        .with_value(|info| form.profile.with_untracked(|p| shared_rows(p, info)));
    let rows = rows
        .into_iter()
        .map(|row| view! { <dt>{row.label}</dt> <dd>{row.value}</dd> })
        .collect_view();
    view! {
        <section class="preview">
            <h2 id=STAGE_HEADING tabindex="-1">"Exactly what you will share"</h2>
            <p>"This is everything your profile code contains. Nothing else on this device is included."</p>
            <dl>{rows}</dl>
            <p class="actions">
                <button type="button" class="secondary" on:click=move |_| form.go_to(Stage::Writing)>
                    "← Change my answers"
                </button>
                <button type="button" class="primary" on:click=move |_| form.go_to(Stage::Code)>
                    "Make my profile code"
                </button>
            </p>
        </section>
    }
}

/// The profile code, with ways to send it.
#[component]
pub(super) fn CodeStage(form: Form) -> impl IntoView {
    let profile = form.profile.get_untracked().for_sharing();
    let info = form.info.get_value();
    let code = profile.code();
    let body = format!("My profile code for {}:\n\n{code}\n", info.name);
    let mail = mailto(
        &[&info.contact],
        &format!("Wayfinder profile: {}", profile.name),
        &body,
    )
    .map(|href| view! { <a href=href>"Email it to the facilitator"</a> });
    let file = file_name(&profile.name, "-profile.txt");
    let text = code.clone();
    let failed = RwSignal::new(None::<String>);
    let save = move |_| failed.set(download(&file, "text/plain", &text).err());
    view! {
        <section class="share">
            <h2 id=STAGE_HEADING tabindex="-1">"Your profile code"</h2>
            <p>
                "Send this code to the facilitator: copy it into a message, email it, or save it as a file and hand it over."
            </p>
            <CodeBox id="profile-code" label="Profile code" text=code />
            <p class="actions">
                {mail}
                <button type="button" on:click=save aria-describedby="download-error">
                    "Download as a file"
                </button>
            </p>
            <FieldError id="download-error" message=failed.into() />
            <p class="note">
                "Your profile stays saved on this device: open the workshop link again to change it and make a new code. The facilitator's copy is updated, not doubled."
            </p>
            <button type="button" class="secondary" on:click=move |_| form.go_to(Stage::Writing)>
                "← Change my answers"
            </button>
        </section>
    }
}
