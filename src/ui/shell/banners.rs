//! Banners above every screen: sections that could not be opened (with
//! "download the raw data" and "start this section fresh"), sections from a
//! newer version (read-only), save failures such as a full storage quota,
//! and the backup reminder.

use crate::storage::error::{SaveError, StoreError};
use crate::storage::repo::Status;
use crate::ui::browser::download;
use crate::ui::state::{now_ms, use_app, AppState, Section};
use leptos::prelude::*;

#[component]
pub fn Banners() -> impl IntoView {
    let app = use_app();
    let sections = app
        .sections()
        .into_iter()
        .map(|section| move || section_banner(app, section))
        .collect_view();
    view! {
        <div class="banners">
            {sections}
            {move || save_banner(app)}
            {move || backup_reminder(app)}
        </div>
    }
}

fn section_banner(app: AppState, section: Section) -> Option<AnyView> {
    match section.status.get() {
        Status::Ok => None,
        Status::ReadOnly { schema } => Some(
            view! {
                <div class="banner banner-warn" role="status">
                    <p>
                        <strong>{format!("{} are read-only here. ", section.label)}</strong>
                        {format!("They were saved by a newer version of Wayfinder (data version {schema}). This version shows them but will not change them, so nothing is lost. Open the newest version of Wayfinder to edit them.")}
                    </p>
                </div>
            }
            .into_any(),
        ),
        Status::Failed { error, quarantine_key } => {
            let kept = match quarantine_key {
                Some(_) => "Nothing was deleted: the stored text is kept, and a copy was put aside.",
                None => "Nothing was deleted: the stored text is kept as it was.",
            };
            let error_text = format!("{} could not be opened: {error}. ", section.label);
            let dl_error = RwSignal::new(None::<String>);
            let download_raw = move |_| {
                let text = (section.raw)(&app).unwrap_or_default();
                let file = format!("wayfinder-{}-raw-{}.txt", section.name, now_ms());
                dl_error.set(download(&file, "text/plain", &text).err());
            };
            let fresh = move |_| (section.start_fresh)(&app);
            Some(
                view! {
                    <div class="banner banner-error" role="alert">
                        <p><strong>{error_text}</strong>{kept}" The other sections keep working."</p>
                        <div class="actions">
                            <button type="button" on:click=download_raw>"Download the raw data"</button>
                            <button type="button" on:click=fresh>{format!("Start {} fresh", section.label.to_lowercase())}</button>
                        </div>
                        {move || dl_error.get().map(|e| view! { <p class="field-error">{e}</p> })}
                    </div>
                }
                .into_any(),
            )
        }
    }
}

fn save_banner(app: AppState) -> Option<AnyView> {
    let error = app.save_error.get()?;
    let message = match &error {
        SaveError::Store(StoreError::QuotaExceeded) => "This browser's storage for Wayfinder is full, so your latest changes are not saved yet. They are kept in this tab: download a backup now so nothing is lost, then free some space (for example, delete old snapshots or goals).".to_string(),
        other => format!("Your latest changes could not be saved: {other}. They are kept in this tab; download a backup so nothing is lost."),
    };
    let dl_error = RwSignal::new(None::<String>);
    let backup = move |_| {
        let now = now_ms();
        let result = app.backup_text(now).and_then(|text| {
            download(
                &super::super::data::backup_filename(now),
                "application/json",
                &text,
            )
        });
        dl_error.set(result.err());
    };
    Some(
        view! {
            <div class="banner banner-error" role="alert">
                <p><strong>"Not saved. "</strong>{message}</p>
                <div class="actions">
                    <button type="button" on:click=backup>"Download a backup"</button>
                </div>
                {move || dl_error.get().map(|e| view! { <p class="field-error">{e}</p> })}
            </div>
        }
        .into_any(),
    )
}

fn backup_reminder(app: AppState) -> Option<AnyView> {
    let now = now_ms();
    let due = app.settings.doc.with(|s| s.backup_due(app.has_data(), now));
    if !due {
        return None;
    }
    let text = match app.settings.doc.with(|s| s.days_since_backup(now)) {
        Some(days) => format!("Your last backup was {days} days ago."),
        None => "You have not downloaded a backup yet.".to_string(),
    };
    Some(
        view! {
            <div class="banner banner-info" role="status">
                <p>{text}" Browsers can clear stored data; a backup file keeps your work safe. "
                    <a href="#/data">"Download a backup in My data"</a>
                </p>
            </div>
        }
        .into_any(),
    )
}
