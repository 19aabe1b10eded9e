//! Banners above every screen: sections that could not be opened (with
//! "download the raw data" and "start this section fresh"), sections from a
//! newer version (read-only), sections older than this page upgrades (with
//! a link to the page that does), save failures such as a full storage quota;
//! and the backup reminder, which pages that hold the leader's work show.

use crate::domain::route::Route;
use crate::domain::settings::Settings;
use crate::storage::error::{SaveError, StoreError};
use crate::storage::repo::Status;
use crate::ui::browser::download;
use crate::ui::documents::{use_documents, Documents, Section};
use crate::ui::router::href;
use crate::ui::state::{now_ms, DocState};
use leptos::prelude::*;

/// The banners of the open documents, then the page's own notices.
#[component]
pub fn Banners(children: Children) -> impl IntoView {
    let documents = use_documents();
    let sections = documents
        .sections()
        .into_iter()
        .map(|section| view! { <SectionBanner section /> })
        .collect_view();
    view! {
        <div class="banners">
            {sections}
            <SaveBanner documents />
            {children()}
        </div>
    }
}

/// A download button with its error shown under it, live and named as the
/// button's description (`error_id`, unique on the page); `make` gives the
/// file name, type and text.
#[component]
fn DownloadAction(
    label: &'static str,
    error_id: String,
    make: Callback<(), Result<(String, String, String), String>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let save = move |_| {
        let result = make
            .run(())
            .and_then(|(file, mime, text)| download(&file, &mime, &text));
        error.set(result.err());
    };
    view! {
        <div class="actions">
            <button type="button" on:click=save aria-describedby=error_id.clone()>{label}</button>
            {children.map(|c| c())}
        </div>
        <p id=error_id class="field-error" aria-live="polite">
            {move || error.get().unwrap_or_default()}
        </p>
    }
}

/// A warning that stays while its cause does: a bold lead, then the rest.
#[component]
fn WarnBanner(lead: String, children: Children) -> impl IntoView {
    view! {
        <div class="banner banner-warn" role="status">
            <p><strong>{lead}</strong>{children()}</p>
        </div>
    }
}

/// What is wrong with one section, if anything.
#[component]
fn SectionBanner(section: Section) -> impl IntoView {
    move || match section.status.get() {
        Status::Ok => None,
        Status::ReadOnly { schema } => {
            let (lead, more) = crate::domain::content::read_only_notice(section.label, schema);
            Some(view! { <WarnBanner lead>{more}</WarnBanner> }.into_any())
        }
        Status::Older { .. } => {
            let (lead, more, link) = crate::domain::content::older_notice(section.label);
            let page = href(&crate::ui::pages::upgrading_route(section.name));
            Some(
                view! {
                    <WarnBanner lead>
                        {more}
                        <a href=page target="_blank" rel="noopener">{link}</a>
                        "."
                    </WarnBanner>
                }
                .into_any(),
            )
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
            let raw = Callback::new(move |()| {
                let text = section.raw().unwrap_or_default();
                let file = format!("wayfinder-{}-raw-{}.txt", section.name, now_ms());
                Ok((file, "text/plain".to_string(), text))
            });
            let fresh = format!("Start {} fresh", section.label.to_ascii_lowercase());
            Some(
                view! {
                    <div class="banner banner-error" role="alert">
                        <p>
                            <strong>{format!("{} could not be opened: {error}. ", section.label)}</strong>
                            {kept}
                            " The other sections keep working."
                        </p>
                        <DownloadAction
                            label="Download the raw data"
                            error_id=format!("{}-raw-download-error", section.name)
                            make=raw
                        >
                            <button type="button" on:click=move |_| section.start_fresh()>{fresh}</button>
                        </DownloadAction>
                    </div>
                }
                .into_any(),
            )
        }
    }
}

/// The last save failure, until a save succeeds.
#[component]
fn SaveBanner(documents: Documents) -> impl IntoView {
    let backup = Callback::new(move |()| {
        let (file, text) = crate::ui::data::backup_file(documents, now_ms())?;
        Ok((file, "application/json".to_string(), text))
    });
    move || {
        documents.save_error.get().map(|error| {
            let message = match &error {
                SaveError::Store(StoreError::QuotaExceeded) => "This browser's storage for Wayfinder is full, so your latest changes are not saved yet. They are kept in this tab: download a backup now so nothing is lost, then free some space (for example, delete old snapshots or goals).".to_string(),
                other => format!("Your latest changes could not be saved: {other}. They are kept in this tab; download a backup so nothing is lost."),
            };
            view! {
                <div class="banner banner-error" role="alert">
                    <p><strong>"Not saved. "</strong>{message}</p>
                    <DownloadAction
                        label="Download a backup"
                        error_id="backup-download-error".to_string()
                        make=backup
                    />
                </div>
            }
        })
    }
}

/// A nudge to download a backup, when one is due: `has_data` says
/// whether this page's documents hold work worth keeping.
#[component]
pub fn BackupReminder(settings: DocState<Settings>, has_data: Signal<bool>) -> impl IntoView {
    // A memo: edits elsewhere rebuild the banner only when it changes.
    let due = Memo::new(move |_| {
        let now = now_ms();
        let due = settings.doc.with(|s| s.backup_due(has_data.get(), now));
        due.then(|| settings.doc.with(|s| s.days_since_backup(now)))
    });
    move || {
        due.get().map(|days| {
            let text = match days {
                Some(days) => format!("Your last backup was {days} days ago."),
                None => "You have not downloaded a backup yet.".to_string(),
            };
            view! {
                <div class="banner banner-info" role="status">
                    <p>
                        {text}
                        " Browsers can clear stored data; a backup file keeps your work safe. "
                        <a href=href(&Route::Data)>"Download a backup in My data"</a>
                    </p>
                </div>
            }
        })
    }
}
