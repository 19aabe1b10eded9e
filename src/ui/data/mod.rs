//! My data: storage used, persistence, backup download, restore from a
//! backup (size-capped, previewed, merge or replace, nothing changed on
//! error), and deleting everything behind a typed confirmation.

use crate::domain::format::{kilobytes, percent};
use crate::domain::settings::Persistence;
use crate::storage::backend::bytes_used;
use crate::storage::backup::{self, Preview, RestoreMode, MAX_BACKUP_BYTES};
use crate::storage::browser::BrowserStore;
use crate::ui::browser::{download, read_file_text};
use crate::ui::clock::local_iso;
use crate::ui::documents::{use_documents, Documents};
use crate::ui::dom::{el, tx, El};
use crate::ui::state::{now_ms, use_app, AppState};
use crate::ui::widgets::{button, heading, screen};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Roughly what browsers allow one site in localStorage.
pub const QUOTA_BYTES: usize = 5 * 1024 * 1024;
/// The word typed to confirm deleting everything.
pub const DELETE_WORD: &str = "DELETE";

/// `wayfinder-backup-2026-11-28.json`
pub fn backup_filename(now: i64) -> String {
    format!("wayfinder-backup-{}.json", local_iso(now))
}

/// Downloads a backup of everything and records the date.
fn download_backup(app: AppState, documents: Documents) -> Result<(), String> {
    let now = now_ms();
    let text = documents.backup_text(now)?;
    download(&backup_filename(now), "application/json", &text)?;
    app.settings.update(|s| {
        s.last_backup_at = Some(now);
        s.updated_at = now;
    });
    app.settings.flush();
    Ok(())
}

pub fn data_screen() -> El {
    let app = use_app();
    let documents = use_documents();
    let refresh = RwSignal::new(0u32);
    let usage_text = move || {
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
    let persistence_text = move || {
        match app.settings.doc.with(|s| s.persistence) {
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
        }
        .to_string()
    };
    let last_backup = move || match app.settings.doc.with(|s| s.last_backup_at) {
        Some(t) => format!("Last backup: {}.", local_iso(t)),
        None => "You have not downloaded a backup yet.".to_string(),
    };
    let backup_error = RwSignal::new(None::<String>);
    screen("")
        .child(heading("My data"))
        .child(tx("p", "lead", "Everything you enter in Wayfinder is stored in this browser on this device, and nowhere else. Nobody else can see it, and nothing is sent anywhere."))
        .child(el("h2").text("Storage"))
        .child(el("p").attr("data-testid", "usage").dyn_text(usage_text))
        .child(el("p").attr("data-testid", "persistence").dyn_text(persistence_text))
        .child(el("h2").text("Back up"))
        .child(el("p").attr("data-testid", "last-backup").dyn_text(last_backup))
        .child(el("p").text("A backup is one file with all your data. Keep it somewhere safe; you can restore it here or in another browser."))
        .child(button("Download a backup", "").on_click(move || backup_error.set(download_backup(app, documents).err())))
        .child(el("p").class("field-error").attr("role", "alert").dyn_text(move || backup_error.get().unwrap_or_default()))
        .kids(restore(app, refresh))
        .kids(delete_all(refresh))
}

fn restore(app: AppState, refresh: RwSignal<u32>) -> Vec<El> {
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

    let restore = move || {
        let Some(p) = preview.get_untracked() else {
            return;
        };
        let m = mode.get_untracked();
        if m == RestoreMode::Replace && backup_first.get_untracked() {
            if let Err(e) = download_backup(app, documents) {
                error.set(Some(format!(
                    "Nothing was changed: the backup of your current data failed ({e})."
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

    let mode_choice = move |m: RestoreMode, label: &str| {
        el("label")
            .class("choice")
            .child(
                el("input")
                    .attr("type", "radio")
                    .attr("name", "restore-mode")
                    .dyn_flag("checked", move || mode.get() == m)
                    .on("change", move |_| mode.set(m)),
            )
            .text(label)
    };
    let show_preview = move |p: Option<Preview>| -> Vec<El> {
        let Some(p) = p else { return Vec::new() };
        let items = p
            .sections
            .iter()
            .map(|(label, what)| {
                el("li")
                    .child(el("strong").text(label))
                    .text(&format!(": {what}"))
            })
            .collect();
        vec![el("div")
            .class("preview")
            .attr("data-testid", "restore-preview")
            .child(el("p").text(&format!("This backup was made on {}. It holds:", local_iso(p.backup.exported_at))))
            .child(el("ul").kids(items))
            .child(
                el("fieldset")
                    .child(el("legend").text("How should it be restored?"))
                    .child(mode_choice(RestoreMode::Merge, "Merge: keep my data and add the backup's (the newer version of each record wins)"))
                    .child(mode_choice(RestoreMode::Replace, "Replace: make my data exactly the backup's")),
            )
            .region(move || mode.get() == RestoreMode::Replace, move |replace| {
                if !replace {
                    return Vec::new();
                }
                vec![el("label").class("choice").child(
                    el("input")
                        .attr("type", "checkbox")
                        .dyn_flag("checked", move || backup_first.get())
                        .on("change", move |ev| {
                            let on = ev
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                .is_some_and(|i| i.checked());
                            backup_first.set(on);
                        }),
                )
                .text("First download a backup of my current data")]
            })
            .child(button("Restore", "").on_click(restore))]
    };

    vec![
        el("h2").text("Restore from a backup"),
        el("p").text("Pick a Wayfinder backup file (at most 5 MB). You will see what it holds before anything changes."),
        el("label").attr("for", "restore-file").text("Backup file"),
        el("input")
            .id("restore-file")
            .attr("type", "file")
            .attr("accept", ".json,application/json")
            .on("change", on_file),
        el("p")
            .class("field-error")
            .attr("role", "alert")
            .attr("data-testid", "restore-error")
            .dyn_text(move || error.get().unwrap_or_default()),
        el("p").class("success").attr("role", "status").dyn_text(move || done.get().unwrap_or_default()),
        el("div").region(
            move || preview.with(Option::is_some),
            move |_| show_preview(preview.get_untracked()),
        ),
    ]
}

fn delete_all(refresh: RwSignal<u32>) -> Vec<El> {
    let documents = use_documents();
    let typed = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let delete = move || {
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
    vec![
        el("h2").text("Delete all my data"),
        el("form")
            .class("danger-zone")
            .attr("novalidate", "")
            .on_submit(delete)
            .child(el("p").text("This removes everything Wayfinder stored in this browser. It cannot be undone: download a backup first if you may want it back."))
            .child(el("label").attr("for", "delete-confirm").text(&format!("Type {DELETE_WORD} to confirm")))
            .child(
                el("div")
                    .class("row")
                    .child(
                        el("input")
                            .id("delete-confirm")
                            .attr("type", "text")
                            .attr("autocomplete", "off")
                            .dyn_value(move || typed.get())
                            .on_input(move |v| typed.set(v)),
                    )
                    .child(el("button").attr("type", "submit").class("danger").text("Delete all my data")),
            )
            .child(
                el("p")
                    .attr("role", "status")
                    .attr("data-testid", "delete-status")
                    .dyn_text(move || message.get().unwrap_or_default()),
            ),
    ]
}
