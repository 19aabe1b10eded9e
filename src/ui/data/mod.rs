//! My data: storage used, persistence, backup download, restore from a
//! backup (size-capped, previewed, merge or replace, nothing changed on
//! error), and deleting everything behind a typed confirmation.

use crate::domain::date::iso_date;
use crate::domain::settings::Persistence;
use crate::storage::backend::bytes_used;
use crate::storage::backup::{self, Preview, RestoreMode, MAX_BACKUP_BYTES};
use crate::storage::browser::BrowserStore;
use crate::ui::app::HEADING_ID;
use crate::ui::browser::{download, read_file_text};
use crate::ui::state::{now_ms, use_app, AppState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Roughly what browsers allow one site in localStorage.
pub const QUOTA_BYTES: usize = 5 * 1024 * 1024;
/// The word typed to confirm deleting everything.
pub const DELETE_WORD: &str = "DELETE";

/// `wayfinder-backup-2026-11-28.json`
pub fn backup_filename(now: i64) -> String {
    format!("wayfinder-backup-{}.json", iso_date(now))
}

/// Downloads a backup of everything and records the date.
fn download_backup(app: AppState) -> Result<(), String> {
    let now = now_ms();
    let text = app.backup_text(now)?;
    download(&backup_filename(now), "application/json", &text)?;
    app.settings.update(|s| {
        s.last_backup_at = Some(now);
        s.updated_at = now;
    });
    app.settings.flush();
    Ok(())
}

#[component]
pub fn DataScreen() -> impl IntoView {
    let app = use_app();
    let refresh = RwSignal::new(0u32);
    let used = move || {
        refresh.track();
        app.goals.doc.track();
        app.settings.doc.track();
        bytes_used(&BrowserStore).unwrap_or(0)
    };
    let usage_text = move || {
        let b = used();
        let pct = b as f64 * 100.0 / QUOTA_BYTES as f64;
        format!(
            "Wayfinder uses {:.1} kB of the about 5 MB this browser allows a site ({pct:.1}%).",
            b as f64 / 1000.0
        )
    };
    let persistence_text = move || match app.settings.doc.with(|s| s.persistence) {
        Persistence::Granted => {
            "This browser has agreed to keep Wayfinder's data even when disk space runs low."
        }
        Persistence::Denied => {
            "This browser may clear Wayfinder's data when disk space runs low. Keep backups."
        }
        Persistence::Unsupported => {
            "This browser cannot promise to keep stored data. Keep backups."
        }
        Persistence::NotAsked => "Asking this browser to keep Wayfinder's data…",
    };
    let last_backup = move || match app.settings.doc.with(|s| s.last_backup_at) {
        Some(t) => format!("Last backup: {}.", iso_date(t)),
        None => "You have not downloaded a backup yet.".to_string(),
    };
    let backup_error = RwSignal::new(None::<String>);
    let on_backup = move |_| backup_error.set(download_backup(app).err());

    view! {
        <section class="screen" aria-labelledby=HEADING_ID>
            <h1 id=HEADING_ID tabindex="-1">"My data"</h1>
            <p class="lead">"Everything you enter in Wayfinder is stored in this browser on this device, and nowhere else. Nobody else can see it, and nothing is sent anywhere."</p>

            <h2>"Storage"</h2>
            <p data-testid="usage">{usage_text}</p>
            <p data-testid="persistence">{persistence_text}</p>

            <h2>"Back up"</h2>
            <p data-testid="last-backup">{last_backup}</p>
            <p>"A backup is one file with all your data. Keep it somewhere safe; you can restore it here or in another browser."</p>
            <button type="button" on:click=on_backup>"Download a backup"</button>
            <p class="field-error" role="alert">{move || backup_error.get()}</p>

            <Restore refresh=refresh />
            <DeleteAll refresh=refresh />
        </section>
    }
}

#[component]
fn Restore(refresh: RwSignal<u32>) -> impl IntoView {
    let app = use_app();
    let preview = RwSignal::new(None::<Preview>);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let mode = RwSignal::new(RestoreMode::Merge);
    let backup_first = RwSignal::new(true);

    let on_file = move |ev: leptos::ev::Event| {
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
            if let Err(e) = download_backup(app) {
                error.set(Some(format!(
                    "Nothing was changed: the backup of your current data failed ({e})."
                )));
                return;
            }
        }
        app.flush_all();
        match backup::restore(&BrowserStore, &p, m, now_ms()) {
            Ok(()) => {
                app.adopt_all();
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

    view! {
        <h2>"Restore from a backup"</h2>
        <p>"Pick a Wayfinder backup file (at most 5 MB). You will see what it holds before anything changes."</p>
        <label for="restore-file">"Backup file"</label>
        <input id="restore-file" type="file" accept=".json,application/json" on:change=on_file />
        <p class="field-error" role="alert" data-testid="restore-error">{move || error.get()}</p>
        <p class="success" role="status">{move || done.get()}</p>
        {move || preview.get().map(|p| {
            let items = p.sections.iter().map(|(label, what)| view! { <li><strong>{*label}</strong>": "{what.clone()}</li> }).collect_view();
            view! {
                <div class="preview" data-testid="restore-preview">
                    <p>{format!("This backup was made on {}. It holds:", iso_date(p.backup.exported_at))}</p>
                    <ul>{items}</ul>
                    <fieldset>
                        <legend>"How should it be restored?"</legend>
                        <label class="choice">
                            <input type="radio" name="restore-mode" checked=move || mode.get() == RestoreMode::Merge on:change=move |_| mode.set(RestoreMode::Merge) />
                            "Merge: keep my data and add the backup's (the newer version of each record wins)"
                        </label>
                        <label class="choice">
                            <input type="radio" name="restore-mode" checked=move || mode.get() == RestoreMode::Replace on:change=move |_| mode.set(RestoreMode::Replace) />
                            "Replace: make my data exactly the backup's"
                        </label>
                    </fieldset>
                    <Show when=move || mode.get() == RestoreMode::Replace>
                        <label class="choice">
                            <input type="checkbox" prop:checked=move || backup_first.get() on:change=move |ev| backup_first.set(event_target_checked(&ev)) />
                            "First download a backup of my current data"
                        </label>
                    </Show>
                    <button type="button" on:click=restore>"Restore"</button>
                </div>
            }
        })}
    }
}

#[component]
fn DeleteAll(refresh: RwSignal<u32>) -> impl IntoView {
    let app = use_app();
    let typed = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let delete = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if typed.get_untracked().trim() != DELETE_WORD {
            message.set(Some(format!("Type {DELETE_WORD} in capitals to confirm.")));
            return;
        }
        message.set(Some(match backup::delete_all(&BrowserStore) {
            Ok(_) => {
                app.adopt_all();
                typed.set(String::new());
                refresh.update(|n| *n += 1);
                "All Wayfinder data in this browser was deleted.".into()
            }
            Err(e) => format!("Could not delete everything: {e}."),
        }));
    };
    view! {
        <h2>"Delete all my data"</h2>
        <form class="danger-zone" on:submit=delete novalidate>
            <p>"This removes everything Wayfinder stored in this browser. It cannot be undone: download a backup first if you may want it back."</p>
            <label for="delete-confirm">{format!("Type {DELETE_WORD} to confirm")}</label>
            <div class="row">
                <input id="delete-confirm" type="text" autocomplete="off" prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) />
                <button type="submit" class="danger">"Delete all my data"</button>
            </div>
            <p role="status" data-testid="delete-status">{move || message.get()}</p>
        </form>
    }
}
