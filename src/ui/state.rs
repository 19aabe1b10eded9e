//! The app's live data: one [`DocState`] per stored document, holding the
//! document in a signal, its revision and how it opened. Edits go through
//! [`DocState::update`], which schedules a debounced save (300 ms); saves
//! are flushed when the page is hidden or closed; another tab's writes
//! arrive through the `storage` event and are merged with this tab's
//! document (and saved back if this tab holds edits the other write lacks).

use crate::domain::assessment::Assessments;
use crate::domain::goals::Goals;
use crate::domain::guide::Guide;
use crate::domain::plan::Plan;
use crate::domain::settings::Settings;
use crate::storage::backend::KeyValueStore;
use crate::storage::browser::BrowserStore;
use crate::storage::document::Document;
use crate::storage::envelope::Envelope;
use crate::storage::error::SaveError;
use crate::storage::keys;
use crate::storage::repo::{self, Status};
use crate::ui::documents::Documents;
use leptos::prelude::*;
use std::time::Duration;

/// How long edits wait before they are written.
pub const SAVE_DEBOUNCE: Duration = Duration::from_millis(300);

/// Milliseconds since the epoch, from the browser clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Ten random bits for new record ids.
pub fn random10() -> u16 {
    (js_sys::Math::random() * 1024.0) as u16
}

/// A new record id (see [`crate::domain::records::new_id`]).
pub fn new_id() -> u64 {
    crate::domain::records::new_id(now_ms(), random10())
}

/// A document's bookkeeping beside its data.
#[derive(Clone, Copy)]
struct Meta {
    rev: u64,
    lineage: u64,
    dirty: bool,
    timer: Option<TimeoutHandle>,
}

/// One document's live state.
pub struct DocState<D: Document + Send + Sync> {
    pub doc: RwSignal<D>,
    pub status: RwSignal<Status>,
    /// Revision, lineage, unsaved edits and the pending save, in one
    /// stored value (each `StoredValue` adds its own setup code).
    meta: StoredValue<Meta>,
    save_error: RwSignal<Option<SaveError>>,
}

impl<D: Document + Send + Sync> Clone for DocState<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: Document + Send + Sync> Copy for DocState<D> {}

impl<D: Document + Send + Sync> DocState<D> {
    /// Opens the stored document (see [`Documents::open`], which also
    /// registers it for saves, other tabs' writes and backups).
    pub(crate) fn open(save_error: RwSignal<Option<SaveError>>) -> Self {
        let opened = repo::open::<D>(&BrowserStore, now_ms());
        DocState {
            doc: RwSignal::new(opened.doc),
            status: RwSignal::new(opened.status),
            meta: StoredValue::new(Meta {
                rev: opened.rev,
                lineage: opened.lineage,
                dirty: false,
                timer: None,
            }),
            save_error,
        }
    }

    /// Whether edits are allowed (the document opened fine).
    pub fn writable(&self) -> bool {
        self.status.with(|s| *s == Status::Ok)
    }

    /// Applies an edit and schedules a save. Returns `None`, changing
    /// nothing, when the document is read-only or failed to open.
    pub fn update<R>(&self, f: impl FnOnce(&mut D) -> R) -> Option<R> {
        if !self.status.with_untracked(|s| *s == Status::Ok) {
            return None;
        }
        let mut out = None;
        self.doc.update(|d| out = Some(f(d)));
        self.meta.update_value(|m| m.dirty = true);
        self.schedule_save();
        out
    }

    fn schedule_save(&self) {
        if let Some(t) = self.meta.with_value(|m| m.timer) {
            t.clear();
        }
        let this = *self;
        let handle = set_timeout_with_handle(move || this.flush(), SAVE_DEBOUNCE).ok();
        self.meta.update_value(|m| m.timer = handle);
    }

    /// Writes pending edits now, merging with another tab's newer revision.
    pub fn flush(&self) {
        self.cancel_timer();
        if !self.meta.with_value(|m| m.dirty) || !self.status.with_untracked(|s| *s == Status::Ok) {
            return;
        }
        let doc = self.doc.get_untracked();
        let result = repo::save_merging(
            &BrowserStore,
            doc.clone(),
            self.meta.with_value(|m| m.rev),
            self.meta.with_value(|m| m.lineage),
            now_ms(),
        );
        match result {
            Ok((merged, rev)) => {
                self.meta.update_value(|m| m.rev = rev);
                self.meta.update_value(|m| m.dirty = false);
                if merged != doc {
                    self.doc.set(merged);
                }
                if self.save_error.with_untracked(Option::is_some) {
                    self.save_error.set(None);
                }
            }
            // Another tab restored or reset this section: take its version.
            Err(SaveError::Replaced) => self.adopt_stored(),
            Err(SaveError::ReadOnly { .. } | SaveError::Older { .. }) => self.adopt_stored(),
            // Kept in memory and dirty: the next edit or flush tries again.
            Err(e) => self.save_error.set(Some(e)),
        }
    }

    fn cancel_timer(&self) {
        if let Some(t) = self.meta.with_value(|m| m.timer) {
            t.clear();
            self.meta.update_value(|m| m.timer = None);
        }
    }

    /// Takes the stored document as it is, dropping this tab's unsaved
    /// edits. For this tab's own restore, reset or delete, and for another
    /// tab's wholesale replace.
    pub fn adopt_stored(&self) {
        self.cancel_timer();
        let opened = repo::open::<D>(&BrowserStore, now_ms());
        self.meta.update_value(|m| m.rev = opened.rev);
        self.meta.update_value(|m| m.lineage = opened.lineage);
        self.meta.update_value(|m| m.dirty = false);
        if self.doc.with_untracked(|d| *d != opened.doc) {
            self.doc.set(opened.doc);
        }
        if self.status.with_untracked(|s| *s != opened.status) {
            self.status.set(opened.status);
        }
    }

    /// Another tab wrote this document. Within the same lineage, merge it
    /// with ours: if ours holds anything the stored revision lacks (unsaved
    /// edits, or a save of ours that a simultaneous write hid), save the
    /// merge. A removed, replaced, unreadable or newer document is taken
    /// as stored.
    pub fn sync_from_store(&self) {
        let opened = repo::open::<D>(&BrowserStore, now_ms());
        let ours_ok = self.status.with_untracked(|s| *s == Status::Ok);
        let same_line = opened.lineage == self.meta.with_value(|m| m.lineage);
        if opened.rev == 0 || opened.status != Status::Ok || !ours_ok || !same_line {
            self.adopt_stored();
            return;
        }
        let (merged, ours_has_more) = repo::reconcile(self.doc.get_untracked(), &opened.doc);
        self.meta.update_value(|m| m.rev = opened.rev);
        if self.doc.with_untracked(|d| *d != merged) {
            self.doc.set(merged);
        }
        if ours_has_more {
            self.meta.update_value(|m| m.dirty = true);
            self.schedule_save();
        } else {
            self.meta.update_value(|m| m.dirty = false);
            self.cancel_timer();
        }
    }

    /// "Start this section fresh": drops the unreadable stored text (its
    /// quarantined copy stays) and opens an empty document.
    pub fn start_fresh(&self) {
        if repo::reset::<D>(&BrowserStore).is_ok() {
            self.adopt_stored();
        }
    }

    /// The raw stored text, for "download the raw data".
    pub fn raw(&self) -> Option<String> {
        BrowserStore
            .get(&keys::document_key(D::NAME))
            .ok()
            .flatten()
    }

    /// The in-memory document as an envelope, for backups that must include
    /// edits storage could not take.
    pub(crate) fn envelope(&self, now: i64) -> Option<Envelope> {
        if !self.writable() {
            return None;
        }
        let text = self.doc.with_untracked(|d| serde_json::to_string(d)).ok()?;
        let data = serde_json::value::RawValue::from_string(text).ok()?;
        Some(Envelope::new(
            D::schema(),
            now,
            self.meta.with_value(|m| m.rev),
            data,
        ))
    }
}

/// The leader's documents, provided as context ([`use_app`]). The other
/// pages open only what their screens need (`ui::pages`), through
/// [`Documents::open`]; a screen reaches one with `use_doc`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub assessments: DocState<Assessments>,
    pub goals: DocState<Goals>,
    pub plan: DocState<Plan>,
    pub guide: DocState<Guide>,
    pub settings: DocState<Settings>,
}

impl AppState {
    /// Opens the leader's documents, in display order, and provides the
    /// set.
    pub fn open(documents: Documents) -> Self {
        let app = AppState {
            assessments: documents.open(),
            goals: documents.open(),
            plan: documents.open(),
            guide: documents.open(),
            settings: documents.open(),
        };
        provide_context(app);
        app
    }
}

impl AppState {
    /// Whether the user has entered anything worth backing up.
    pub fn has_data(&self) -> bool {
        self.goals.doc.with(|g| !g.goals.items.is_empty())
            || self
                .assessments
                .doc
                .with(|a| !a.snapshots.items.is_empty() || a.draft.is_some())
            || self
                .guide
                .doc
                .with(|g| !g.network.people.items.is_empty() || !g.results.items.is_empty())
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
