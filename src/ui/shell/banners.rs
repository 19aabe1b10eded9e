//! Banners above every screen: sections that could not be opened (with
//! "download the raw data" and "start this section fresh"), sections from a
//! newer version (read-only), save failures such as a full storage quota,
//! and the backup reminder.

use crate::domain::route::Route;
use crate::storage::error::{SaveError, StoreError};
use crate::storage::repo::Status;
use crate::ui::browser::download;
use crate::ui::dom::{el, El};
use crate::ui::router::href;
use crate::ui::state::{now_ms, use_app, AppState, Section};
use crate::ui::widgets::{button, link};
use leptos::prelude::*;

pub fn banners() -> El {
    let app = use_app();
    let mut host = el("div").class("banners");
    for section in app.sections() {
        host = host.region(
            move || section.status.get(),
            move |status| section_banner(app, section, status),
        );
    }
    host.region(move || app.save_error.get(), move |e| save_banner(app, e))
        .region(
            move || {
                let now = now_ms();
                let due = app.settings.doc.with(|s| s.backup_due(app.has_data(), now));
                due.then(|| app.settings.doc.with(|s| s.days_since_backup(now)))
            },
            |due| backup_reminder(due).into_iter().collect(),
        )
}

fn banner(kind: &str, role: &str) -> El {
    el("div")
        .class(&format!("banner banner-{kind}"))
        .attr("role", role)
}

/// A button that downloads something, with its error shown under it.
fn download_action(
    label: &str,
    make: impl Fn() -> Result<(String, String, String), String> + 'static,
) -> Vec<El> {
    let error = RwSignal::new(None::<String>);
    vec![
        el("div")
            .class("actions")
            .child(button(label, "").on_click(move || {
                let result = make().and_then(|(file, mime, text)| download(&file, &mime, &text));
                error.set(result.err());
            })),
        el("p")
            .class("field-error")
            .dyn_text(move || error.get().unwrap_or_default()),
    ]
}

fn section_banner(app: AppState, section: Section, status: Status) -> Vec<El> {
    match status {
        Status::Ok => Vec::new(),
        Status::ReadOnly { schema } => {
            let (lead, more) = crate::domain::content::read_only_notice(section.label, schema);
            vec![banner("warn", "status").child(el("p").child(el("strong").text(&lead)).text(&more))]
        }
        Status::Failed {
            error,
            quarantine_key,
        } => {
            let kept = match quarantine_key {
                Some(_) => {
                    "Nothing was deleted: the stored text is kept, and a copy was put aside."
                }
                None => "Nothing was deleted: the stored text is kept as it was.",
            };
            let mut actions = download_action("Download the raw data", move || {
                let text = (section.raw)(&app).unwrap_or_default();
                let file = format!("wayfinder-{}-raw-{}.txt", section.name, now_ms());
                Ok((file, "text/plain".into(), text))
            });
            actions[0] = actions[0].clone().child(
                button(
                    &format!("Start {} fresh", section.label.to_ascii_lowercase()),
                    "",
                )
                .on_click(move || (section.start_fresh)(&app)),
            );
            vec![banner("error", "alert")
                .child(
                    el("p")
                        .child(
                            el("strong")
                                .text(&format!("{} could not be opened: {error}. ", section.label)),
                        )
                        .text(kept)
                        .text(" The other sections keep working."),
                )
                .kids(actions)]
        }
    }
}

fn save_banner(app: AppState, error: Option<SaveError>) -> Vec<El> {
    let Some(error) = error else {
        return Vec::new();
    };
    let message = match &error {
        SaveError::Store(StoreError::QuotaExceeded) => "This browser's storage for Wayfinder is full, so your latest changes are not saved yet. They are kept in this tab: download a backup now so nothing is lost, then free some space (for example, delete old snapshots or goals).".to_string(),
        other => format!("Your latest changes could not be saved: {other}. They are kept in this tab; download a backup so nothing is lost."),
    };
    vec![banner("error", "alert")
        .child(
            el("p")
                .child(el("strong").text("Not saved. "))
                .text(&message),
        )
        .kids(download_action("Download a backup", move || {
            let now = now_ms();
            let text = app.backup_text(now)?;
            Ok((
                crate::ui::data::backup_filename(now),
                "application/json".into(),
                text,
            ))
        }))]
}

fn backup_reminder(due: Option<Option<i64>>) -> Option<El> {
    let text = match due? {
        Some(days) => format!("Your last backup was {days} days ago."),
        None => "You have not downloaded a backup yet.".to_string(),
    };
    Some(
        banner("info", "status").child(
            el("p")
                .text(&text)
                .text(" Browsers can clear stored data; a backup file keeps your work safe. ")
                .child(link(&href(&Route::Data), "Download a backup in My data")),
        ),
    )
}
