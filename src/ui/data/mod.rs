//! My data: storage used, persistence, backup download, restore from a
//! backup (size-capped, previewed, merge or replace, nothing changed on
//! error), and deleting everything behind a typed confirmation.

mod delete;
mod restore;

use crate::domain::format::{kilobytes, percent};
use crate::domain::settings::Persistence;
use crate::storage::backend::bytes_used;
use crate::storage::browser::BrowserStore;
use crate::ui::browser::{download, not_downloaded};
use crate::ui::clock::local_iso;
use crate::ui::components::{FieldError, Screen, ScreenHeading};
use crate::ui::documents::{use_documents, Documents};
use crate::ui::state::{now_ms, use_app, AppState};
use delete::DeleteAll;
use leptos::prelude::*;
use restore::Restore;

/// Roughly what browsers allow one site in localStorage.
pub const QUOTA_BYTES: usize = 5 * 1024 * 1024;
/// The word typed to confirm deleting everything.
pub const DELETE_WORD: &str = "DELETE";

/// A backup of everything as a file: its name
/// (`wayfinder-backup-2026-11-28.json`) and text. On failure, the sentence
/// a download button shows.
pub fn backup_file(documents: Documents, now: i64) -> Result<(String, String), String> {
    let text = documents.backup_text(now).map_err(|e| not_downloaded(&e))?;
    Ok((format!("wayfinder-backup-{}.json", local_iso(now)), text))
}

/// Downloads a backup of everything and records the date. On failure, the
/// sentence to show.
fn download_backup(app: AppState, documents: Documents) -> Result<(), String> {
    let now = now_ms();
    let (file, text) = backup_file(documents, now)?;
    download(&file, "application/json", &text)?;
    app.settings.update(|s| {
        s.last_backup_at = Some(now);
        s.updated_at = now;
    });
    app.settings.flush();
    Ok(())
}

/// `#/data`.
#[component]
pub fn DataScreen() -> impl IntoView {
    let app = use_app();
    let documents = use_documents();
    // Bumped after a restore or a delete, which change storage behind the
    // documents' backs.
    let refresh = RwSignal::new(0u32);
    let usage = move || {
        refresh.track();
        app.goals.doc.track();
        app.assessments.doc.track();
        app.settings.doc.track();
        let b = bytes_used(&BrowserStore).unwrap_or(0);
        format!(
            "Wayfinder uses {} kB of the about 5 MB this browser allows a site ({}%).",
            kilobytes(b as u64),
            percent(b as u64, QUOTA_BYTES as u64)
        )
    };
    let persistence = move || match app.settings.doc.with(|s| s.persistence) {
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
        Some(t) => format!("Last backup: {}.", local_iso(t)),
        None => "You have not downloaded a backup yet.".to_string(),
    };
    let backup_error = RwSignal::new(None::<String>);
    view! {
        <Screen>
            <ScreenHeading text="My data" />
            <p class="lead">
                "Everything you enter in Wayfinder is stored in this browser on this device, and nowhere else. Nobody else can see it, and nothing is sent anywhere."
            </p>
            <h2>"Storage"</h2>
            <p data-testid="usage">{usage}</p>
            <p data-testid="persistence">{persistence}</p>
            <h2>"Back up"</h2>
            <p data-testid="last-backup">{last_backup}</p>
            <p>
                "A backup is one file with all your data. Keep it somewhere safe; you can restore it here or in another browser."
            </p>
            <button
                type="button"
                aria-describedby="backup-error"
                on:click=move |_| backup_error.set(download_backup(app, documents).err())
            >
                "Download a backup"
            </button>
            <FieldError id="backup-error" message=backup_error.into() />
            <Restore app refresh />
            <DeleteAll refresh />
        </Screen>
    }
}
