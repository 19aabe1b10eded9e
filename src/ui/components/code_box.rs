//! A read-only box holding a code or link, with a copy button and a status
//! line saying whether copying worked.

use crate::ui::browser::copy_text;
use leptos::prelude::*;

#[component]
pub fn CodeBox(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    text: String,
) -> impl IntoView {
    let status = RwSignal::new("");
    let copy = {
        let text = text.clone();
        move |_| {
            let text = text.clone();
            leptos::task::spawn_local(async move {
                status.set(if copy_text(&text).await {
                    "Copied."
                } else {
                    "Copying was not allowed here: select the text and copy it."
                });
            });
        }
    };
    view! {
        <div class="field code-box">
            <label for=id.clone()>{label}</label>
            <textarea id=id class="code" readonly rows="3" spellcheck="false" prop:value=text />
            <button type="button" class="no-print" on:click=copy>"Copy"</button>
            <span class="note" role="status">{move || status.get()}</span>
        </div>
    }
}
