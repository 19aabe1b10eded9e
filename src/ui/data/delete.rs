//! Deleting everything Wayfinder stored in this browser, once the word
//! DELETE is typed.

use super::DELETE_WORD;
use crate::storage::backup;
use crate::storage::browser::BrowserStore;
use crate::ui::documents::use_documents;
use leptos::prelude::*;

#[component]
pub(super) fn DeleteAll(refresh: RwSignal<u32>) -> impl IntoView {
    let documents = use_documents();
    let typed = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let delete = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if typed.get_untracked().trim() != DELETE_WORD {
            message.set(Some(format!("Type {DELETE_WORD} in capitals to confirm.")));
            return;
        }
        message.set(Some(match backup::delete_all(&BrowserStore) {
            Ok(_) => {
                documents.adopt_all();
                typed.set(String::new());
                refresh.update(|n| *n += 1);
                "All Wayfinder data in this browser was deleted.".into()
            }
            Err(e) => format!("Could not delete everything: {e}."),
        }));
    };
    view! {
        <h2>"Delete all my data"</h2>
        <form class="danger-zone" novalidate on:submit=delete>
            <p>
                "This removes everything Wayfinder stored in this browser. It cannot be undone: download a backup first if you may want it back."
            </p>
            <label for="delete-confirm">{format!("Type {DELETE_WORD} to confirm")}</label>
            <div class="row">
                <input
                    id="delete-confirm"
                    type="text"
                    autocomplete="off"
                    prop:value=typed
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
                <button type="submit" class="danger">"Delete all my data"</button>
            </div>
            <p role="status" data-testid="delete-status">{move || message.get().unwrap_or_default()}</p>
        </form>
    }
}
