//! Restoring a backup: the file (size-capped before it is read), what it
//! holds, merge or replace (offering a backup of the current data first),
//! and nothing changed on error.

use super::download_backup;
use crate::storage::backup::{self, Preview, RestoreMode, MAX_BACKUP_BYTES};
use crate::storage::browser::BrowserStore;
use crate::ui::browser::read_file_text;
use crate::ui::clock::local_iso;
use crate::ui::components::{Checkbox, Radio};
use crate::ui::documents::use_documents;
use crate::ui::state::{now_ms, AppState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

#[component]
pub(super) fn Restore(app: AppState, refresh: RwSignal<u32>) -> impl IntoView {
    let documents = use_documents();
    let preview = RwSignal::new(None::<Preview>);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let mode = RwSignal::new(RestoreMode::Merge);
    let backup_first = RwSignal::new(true);

    let on_file = move |ev: web_sys::Event| {
        preview.set(None);
        error.set(None);
        done.set(None);
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        if file.size() > MAX_BACKUP_BYTES as f64 {
            error.set(Some(
                backup::BackupError::TooLarge {
                    bytes: file.size() as u64,
                }
                .to_string(),
            ));
            return;
        }
        spawn_local(async move {
            match read_file_text(&file).await {
                Ok(text) => match backup::read(text.as_bytes()) {
                    Ok(p) => preview.set(Some(p)),
                    Err(e) => error.set(Some(e.to_string())),
                },
                Err(e) => error.set(Some(format!("Could not read the file: {e}."))),
            }
        });
    };

    let restore = move |_| {
        let Some(p) = preview.get_untracked() else {
            return;
        };
        let m = mode.get_untracked();
        if m == RestoreMode::Replace && backup_first.get_untracked() {
            if let Err(e) = download_backup(app, documents) {
                error.set(Some(format!(
                    "Nothing was changed: your current data could not be backed up first. {e}"
                )));
                return;
            }
        }
        documents.flush_all();
        match backup::restore(&BrowserStore, &p, m, now_ms()) {
            Ok(()) => {
                documents.adopt_all();
                preview.set(None);
                done.set(Some(match m {
                    RestoreMode::Merge => {
                        "Restored: the backup's records were added to yours.".into()
                    }
                    RestoreMode::Replace => "Restored: your data is now the backup's.".into(),
                }));
                refresh.update(|n| *n += 1);
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };

    let mode_choice = move |m: RestoreMode, id: &'static str, label: &'static str| {
        view! {
            <Radio
                name="restore-mode"
                id
                label
                checked=Signal::derive(move || mode.get() == m)
                on_pick=Callback::new(move |()| mode.set(m))
            />
        }
    };
    let shown = move || {
        preview.with(|p| {
            p.as_ref().map(|p| {
                let items = p
                    .sections
                    .iter()
                    .map(|(label, what)| view! { <li><strong>{*label}</strong>{format!(": {what}")}</li> })
                    .collect_view();
                view! {
                    <div class="preview" data-testid="restore-preview">
                        <p>{format!("This backup was made on {}. It holds:", local_iso(p.backup.exported_at))}</p>
                        <ul>{items}</ul>
                        <fieldset>
                            <legend>"How should it be restored?"</legend>
                            {mode_choice(
                                RestoreMode::Merge,
                                "restore-merge",
                                "Merge: keep my data and add the backup's (the newer version of each record wins)",
                            )}
                            {mode_choice(RestoreMode::Replace, "restore-replace", "Replace: make my data exactly the backup's")}
                        </fieldset>
                        <Show when=move || mode.get() == RestoreMode::Replace>
                            <Checkbox
                                id="restore-backup-first"
                                label="First download a backup of my current data"
                                checked=backup_first.into()
                                on_change=Callback::new(move |on| backup_first.set(on))
                            />
                        </Show>
                        <button type="button" on:click=restore>"Restore"</button>
                    </div>
                }
            })
        })
    };
    view! {
        <h2>"Restore from a backup"</h2>
        <p>"Pick a Wayfinder backup file (at most 5 MB). You will see what it holds before anything changes."</p>
        <label for="restore-file">"Backup file"</label>
        <input id="restore-file" type="file" accept=".json,application/json" on:change=on_file />
        <p class="field-error" role="alert" data-testid="restore-error">{move || error.get().unwrap_or_default()}</p>
        <p class="success" role="status">{move || done.get().unwrap_or_default()}</p>
        <div>{shown}</div>
    }
}
