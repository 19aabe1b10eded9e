//! What a participant shares, and how it leaves the device: the preview
//! of every row a code carries, and the code itself to copy, email to
//! the facilitator or save as a file. Shared by the profile code (join
//! link) and the response code (survey link).

use crate::domain::workshop::outputs::mailto;
use crate::domain::workshop::preview::SharedRow;
use crate::ui::browser::download;
use crate::ui::components::{CodeBox, FieldError};
use leptos::prelude::*;

/// "Exactly what you will share": every row the `code` (its name, "profile
/// code") carries, with the way back to the answers and on to the code.
/// Besides the rows, a code carries only ids and the time it was last
/// changed (`Profile::saved_at`, `Response::answered_at`), and says so.
#[component]
pub(super) fn Preview(
    heading_id: &'static str,
    code: &'static str,
    rows: Vec<SharedRow>,
    back: Callback<()>,
    next: Callback<()>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| view! { <dt>{row.label}</dt> <dd>{row.value}</dd> })
        .collect_view();
    view! {
        <section class="preview">
            <h2 id=heading_id tabindex="-1">"Exactly what you will share"</h2>
            <p>
                {format!(
                    "This is everything your {code} contains, besides the numbers that tell the facilitator which workshop it belongs to and when you last changed it. Nothing else on this device is included.",
                )}
            </p>
            <dl>{rows}</dl>
            <p class="actions">
                <button type="button" class="secondary" on:click=move |_| back.run(())>
                    "← Change my answers"
                </button>
                <button type="button" class="primary" on:click=move |_| next.run(())>
                    {format!("Make my {code}")}
                </button>
            </p>
        </section>
    }
}

/// A code with the ways to send it: copy, email to `contact` (when it is
/// an email address) with `subject` and `body`, or download as `file`.
#[component]
pub(super) fn SendCode(
    id: &'static str,
    label: &'static str,
    code: String,
    contact: String,
    subject: String,
    body: String,
    file: String,
) -> impl IntoView {
    let mail = mailto(&[&contact], &subject, &body)
        .map(|href| view! { <a href=href>"Email it to the facilitator"</a> });
    let text = code.clone();
    let failed = RwSignal::new(None::<String>);
    let save = move |_| failed.set(download(&file, "text/plain", &text).err());
    view! {
        <CodeBox id label text=code />
        <p class="actions">
            {mail}
            <button type="button" on:click=save aria-describedby="download-error">
                "Download as a file"
            </button>
        </p>
        <FieldError id="download-error" message=failed.into() />
    }
}
