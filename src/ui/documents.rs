//! The documents a page has open, as one set: each page opens only what its
//! screens read or write (the participant's page: its joined profiles and
//! the self-assessment it prefills from), and the set does what concerns
//! all of them — banners per section, flushing pending saves when the page
//! is hidden, taking another tab's writes, and backups that include this
//! tab's unsaved edits.
//!
//! A screen reaches one document with [`use_doc`]; the frame reaches the
//! set with [`use_documents`].

use crate::storage::backup;
use crate::storage::browser::BrowserStore;
use crate::storage::document::Document;
use crate::storage::error::SaveError;
use crate::storage::keys;
use crate::storage::repo::Status;
use crate::ui::state::DocState;
use leptos::prelude::*;

/// What the set needs of one open document, whatever its type.
trait OpenDocument {
    fn name(&self) -> &'static str;
    fn label(&self) -> &'static str;
    fn status(&self) -> RwSignal<Status>;
    fn flush(&self);
    fn adopt_stored(&self);
    fn sync_from_store(&self);
    fn start_fresh(&self);
    fn raw(&self) -> Option<String>;
    fn envelope(&self, now: i64) -> Option<crate::storage::envelope::Envelope>;
}

impl<D: Document + Send + Sync> OpenDocument for DocState<D> {
    fn name(&self) -> &'static str {
        D::NAME
    }
    fn label(&self) -> &'static str {
        D::LABEL
    }
    fn status(&self) -> RwSignal<Status> {
        self.status
    }
    fn flush(&self) {
        DocState::flush(self)
    }
    fn adopt_stored(&self) {
        DocState::adopt_stored(self)
    }
    fn sync_from_store(&self) {
        DocState::sync_from_store(self)
    }
    fn start_fresh(&self) {
        DocState::start_fresh(self)
    }
    fn raw(&self) -> Option<String> {
        DocState::raw(self)
    }
    fn envelope(&self, now: i64) -> Option<crate::storage::envelope::Envelope> {
        DocState::envelope(self, now)
    }
}

/// The documents open on this page, in the order they were opened (the
/// order banners show them in).
#[derive(Clone, Copy)]
pub struct Documents {
    open: StoredValue<Vec<Box<dyn OpenDocument>>, LocalStorage>,
    /// The last save failure of any document, shown until a save succeeds.
    pub save_error: RwSignal<Option<SaveError>>,
}

/// One open document as the banners and My data see it.
#[derive(Clone, Copy)]
pub struct Section {
    /// What users call it ("Goals").
    pub label: &'static str,
    /// Its stored name (`goals`).
    pub name: &'static str,
    pub status: RwSignal<Status>,
    index: usize,
    documents: Documents,
}

impl Section {
    /// "Start this section fresh": the unreadable text is dropped (its
    /// quarantined copy stays) and an empty document opens.
    pub fn start_fresh(&self) {
        self.documents
            .open
            .with_value(|open| open[self.index].start_fresh());
    }

    /// The stored text as it is, for "download the raw data".
    pub fn raw(&self) -> Option<String> {
        self.documents
            .open
            .with_value(|open| open[self.index].raw())
    }
}

impl Documents {
    /// An empty set, provided as context.
    pub fn provide() -> Self {
        let documents = Documents {
            open: StoredValue::new_local(Vec::new()),
            save_error: RwSignal::new(None),
        };
        provide_context(documents);
        documents
    }

    /// Opens document `D` from storage, adds it to the set, and provides
    /// it as context for [`use_doc`].
    pub fn open<D: Document + Send + Sync>(self) -> DocState<D> {
        let doc = DocState::<D>::open(self.save_error);
        self.open.update_value(|open| open.push(Box::new(doc)));
        provide_context(doc);
        doc
    }

    /// The open documents as sections, in the order they were opened.
    pub fn sections(self) -> Vec<Section> {
        self.open.with_value(|open| {
            open.iter()
                .enumerate()
                .map(|(index, doc)| Section {
                    label: doc.label(),
                    name: doc.name(),
                    status: doc.status(),
                    index,
                    documents: self,
                })
                .collect()
        })
    }

    /// Writes every pending edit now.
    pub fn flush_all(self) {
        self.open
            .with_value(|open| open.iter().for_each(|d| d.flush()));
    }

    /// Takes every document as stored (after this tab restored or deleted).
    pub fn adopt_all(self) {
        self.open
            .with_value(|open| open.iter().for_each(|d| d.adopt_stored()));
    }

    /// Handles a `storage` event for `key` (`None`: storage was cleared).
    pub fn on_storage(self, key: Option<String>) {
        let Some(key) = key else {
            self.adopt_all();
            return;
        };
        let Some(name) = keys::document_name(&key) else {
            return;
        };
        self.open.with_value(|open| {
            open.iter()
                .filter(|d| d.name() == name)
                .for_each(|d| d.sync_from_store())
        });
    }

    /// A backup of everything stored, with this tab's open documents on
    /// top (so unsaved edits are in it too).
    pub fn backup_text(self, now: i64) -> Result<String, String> {
        let mut b = backup::create(&BrowserStore, now).map_err(|e| e.to_string())?;
        self.open.with_value(|open| {
            for doc in open {
                if let Some(e) = doc.envelope(now) {
                    b.documents.insert(doc.name().into(), e);
                }
            }
        });
        backup::to_text(&b)
    }
}

/// The set of documents this page opened.
pub fn use_documents() -> Documents {
    expect_context::<Documents>()
}

/// One document this page opened.
pub fn use_doc<D: Document + Send + Sync>() -> DocState<D> {
    expect_context::<DocState<D>>()
}
