//! Opening and saving documents. Opening never destroys: text that cannot be
//! read is copied to a quarantine key and left in place; data from a newer
//! schema opens read-only. Saving compares the stored revision first and
//! merges with another tab's newer revision instead of overwriting it.

use super::backend::KeyValueStore;
use super::document::Document;
use super::envelope::{truncate, Envelope, Header, Written};
use super::error::{LoadError, SaveError};
use super::keys;
use super::migrate;
use crate::domain::decoding::from_text;
use serde_json::Value;

/// A document as decoded from stored text.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<D> {
    pub doc: D,
    pub rev: u64,
    pub lineage: u64,
    /// The schema the text was written in, against this build's.
    pub stored: Stored,
}

/// The schema stored data was written in, against the one this build
/// reads and writes for the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// This build's schema.
    Current,
    /// An older schema, migrated here. [`open`] saves it back at once, so
    /// a page that does not migrate it (the participant's) can read it.
    Migrated { from: u32 },
    /// A newer version's schema: shown as far as it reads, never written.
    Newer { schema: u32 },
    /// A schema older than this type migrates from (the participant's
    /// views carry no migrations, and with them no Unicode tables): shown
    /// as far as it reads, never written, until a page that migrates it
    /// has opened it.
    Older { schema: u32 },
}

impl Stored {
    /// Whether this build may write over the stored text.
    pub fn writable(self) -> bool {
        matches!(self, Stored::Current | Stored::Migrated { .. })
    }
}

/// The oldest schema document `D` reads: the one its migrations start
/// from (1 for a type that carries every migration).
fn oldest_schema<D: Document>() -> u32 {
    oldest_readable(D::schema(), D::migrations())
}

/// The oldest schema that `migrations` bring up to `current`.
fn oldest_readable(current: u32, migrations: &[migrate::Migration]) -> u32 {
    current.saturating_sub(migrations.len() as u32)
}

/// Decode, migrate and validate stored text. Pure; never panics.
pub fn decode<D: Document>(raw: &str) -> Result<Decoded<D>, LoadError> {
    let env = Envelope::parse(raw)?;
    decode_envelope(env)
}

/// Migrate and validate a parsed envelope.
pub fn decode_envelope<D: Document>(env: Envelope) -> Result<Decoded<D>, LoadError> {
    let (rev, lineage) = (env.rev, env.lineage);
    let (stored, text) = upgrade_data(env, D::schema(), D::migrations())?;
    if !stored.writable() {
        // Try to show it; unknown fields are ignored, so this often works.
        let doc = from_text::<D>(&text).unwrap_or_default();
        return Ok(Decoded {
            doc,
            rev,
            lineage,
            stored,
        });
    }
    let mut doc = from_text::<D>(&text).map_err(|e| LoadError::WrongShape(truncate(&e, 160)))?;
    doc.validate().map_err(LoadError::Invalid)?;
    doc.after_load();
    Ok(Decoded {
        doc,
        rev,
        lineage,
        stored,
    })
}

/// An envelope's data as JSON text, with the schema it was written in:
/// of the current schema (read straight into the document's type), or as
/// written when this build cannot migrate it. Does not depend on the
/// document type (so each document adds less to the bundle). Only older
/// data goes through `serde_json::Value` and the migrations.
fn upgrade_data(
    env: Envelope,
    current: u32,
    migrations: &[migrate::Migration],
) -> Result<(Stored, String), LoadError> {
    let text = String::from(Box::<str>::from(env.data));
    let schema = env.schema;
    if schema > current {
        return Ok((Stored::Newer { schema }, text));
    }
    if schema == current {
        return Ok((Stored::Current, text));
    }
    if schema >= 1 && schema < oldest_readable(current, migrations) {
        return Ok((Stored::Older { schema }, text));
    }
    let old = from_text::<Value>(&text).map_err(|reason| LoadError::Migration {
        from: schema,
        reason,
    })?;
    let upgraded = migrate::run(old, schema, migrations)?;
    Ok((Stored::Migrated { from: schema }, upgraded.to_string()))
}

/// How a document opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Nothing stored yet, or stored and read fine.
    Ok,
    /// Written by a newer app version: shown, never written over.
    ReadOnly { schema: u32 },
    /// Written in a schema older than this page migrates from: shown,
    /// never written over, until a page that migrates it opens it.
    Older { schema: u32 },
    /// Could not be read. The raw text stays under its key and a copy is at
    /// `quarantine_key` (None if even the copy could not be written).
    Failed {
        error: LoadError,
        quarantine_key: Option<String>,
    },
}

/// The result of [`open`]: the document to show (empty when it failed),
/// its revision and status.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened<D> {
    pub doc: D,
    /// 0 when nothing is stored (the first save writes revision 1).
    pub rev: u64,
    pub lineage: u64,
    pub status: Status,
}

impl<D> Opened<D> {
    pub fn writable(&self) -> bool {
        self.status == Status::Ok
    }
}

/// Opens a document from the store.
pub fn open<D: Document>(store: &dyn KeyValueStore, now_ms: i64) -> Opened<D> {
    let key = keys::document_key(D::NAME);
    let raw = match store.get(&key) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Opened {
                doc: D::default(),
                rev: 0,
                lineage: 0,
                status: Status::Ok,
            }
        }
        Err(e) => {
            return Opened {
                doc: D::default(),
                rev: 0,
                lineage: 0,
                status: Status::Failed {
                    error: LoadError::Store(e),
                    quarantine_key: None,
                },
            }
        }
    };
    match decode::<D>(&raw) {
        Ok(Decoded {
            doc,
            rev,
            lineage,
            stored,
        }) => {
            let (rev, status) = match stored {
                Stored::Current => (rev, Status::Ok),
                // Saved at once, in the current schema: pages that read but
                // do not migrate it can then open it. If the write fails
                // (storage full, another tab wrote first), the next save
                // writes it as any edit is written.
                Stored::Migrated { .. } => (
                    save(store, &doc, rev, lineage, now_ms).unwrap_or(rev),
                    Status::Ok,
                ),
                Stored::Newer { schema } => (rev, Status::ReadOnly { schema }),
                Stored::Older { schema } => (rev, Status::Older { schema }),
            };
            Opened {
                doc,
                rev,
                lineage,
                status,
            }
        }
        Err(error) => Opened {
            doc: D::default(),
            rev: 0,
            lineage: 0,
            status: Status::Failed {
                error,
                quarantine_key: quarantine(store, D::NAME, &raw, now_ms),
            },
        },
    }
}

/// Reads a stored document without opening it, for a page that only
/// reads it once (the join form's prefill from the self-assessment):
/// nothing is quarantined or written, and the page does not carry the
/// code to save or merge it. `None` when it is missing, unreadable, or in
/// a schema this build does not write.
pub fn peek<D: Document>(store: &dyn KeyValueStore) -> Option<D> {
    let raw = store.get(&keys::document_key(D::NAME)).ok()??;
    let decoded = decode::<D>(&raw).ok()?;
    decoded.stored.writable().then_some(decoded.doc)
}

/// Copies raw text to a quarantine key, unless an identical copy exists.
pub fn quarantine(store: &dyn KeyValueStore, name: &str, raw: &str, now_ms: i64) -> Option<String> {
    let prefix = keys::quarantine_key(name, 0);
    let prefix = prefix.trim_end_matches('0');
    if let Ok(all) = store.keys() {
        for k in all.into_iter().filter(|k| k.starts_with(prefix)) {
            if store.get(&k).ok().flatten().as_deref() == Some(raw) {
                return Some(k);
            }
        }
    }
    let key = keys::quarantine_key(name, now_ms);
    store.set(&key, raw).ok().map(|_| key)
}

/// Writes `doc` as revision `expected_rev + 1` of `lineage`, if the stored
/// revision is still `expected_rev` of that lineage.
pub fn save<D: Document>(
    store: &dyn KeyValueStore,
    doc: &D,
    expected_rev: u64,
    lineage: u64,
    now_ms: i64,
) -> Result<u64, SaveError> {
    let key = keys::document_key(D::NAME);
    let schemas = oldest_schema::<D>()..=D::schema();
    check_before_write(store, &key, schemas, expected_rev, lineage)?;
    let rev = expected_rev + 1;
    let text = Written::new(D::schema(), now_ms, rev, lineage, doc).to_json()?;
    store.set(&key, &text)?;
    Ok(rev)
}

/// Before a write: the stored revision must still be `expected_rev` of
/// `lineage`, in a schema this build reads (`schemas`): never newer, nor
/// older than its migrations reach (kept out of the generic code).
fn check_before_write(
    store: &dyn KeyValueStore,
    key: &str,
    schemas: std::ops::RangeInclusive<u32>,
    expected_rev: u64,
    lineage: u64,
) -> Result<(), SaveError> {
    if let Some(raw) = store.get(key)? {
        let env = Header::parse(&raw).ok_or(SaveError::Blocked)?;
        if env.schema > *schemas.end() {
            return Err(SaveError::ReadOnly { schema: env.schema });
        }
        if env.schema < *schemas.start() {
            return Err(SaveError::Older { schema: env.schema });
        }
        if env.lineage != lineage {
            return Err(SaveError::Replaced);
        }
        if env.rev != expected_rev {
            return Err(SaveError::Conflict { stored: env.rev });
        }
    }
    Ok(())
}

/// Saves, merging with any newer revision another tab stored. Returns the
/// document as stored (merged) and its revision.
pub fn save_merging<D: Document>(
    store: &dyn KeyValueStore,
    doc: D,
    expected_rev: u64,
    lineage: u64,
    now_ms: i64,
) -> Result<(D, u64), SaveError> {
    let mut doc = doc;
    let mut expected = expected_rev;
    for _ in 0..4 {
        match save(store, &doc, expected, lineage, now_ms) {
            Ok(rev) => return Ok((doc, rev)),
            Err(SaveError::Conflict { stored }) => {
                let raw = store
                    .get(&keys::document_key(D::NAME))?
                    .ok_or(SaveError::Blocked)?;
                let theirs = decode::<D>(&raw).map_err(|_| SaveError::Blocked)?;
                match theirs.stored {
                    Stored::Newer { schema } => return Err(SaveError::ReadOnly { schema }),
                    Stored::Older { schema } => return Err(SaveError::Older { schema }),
                    Stored::Current | Stored::Migrated { .. } => {}
                }
                doc = D::merge(doc, theirs.doc);
                expected = stored;
            }
            Err(e) => return Err(e),
        }
    }
    Err(SaveError::Conflict { stored: expected })
}

/// Combines this tab's document with the stored one another tab wrote.
/// Returns the result and whether it differs from what is stored (then this
/// tab holds edits the stored revision lacks, and must save them). This is
/// what catches a write lost in a race: both tabs saw the same revision and
/// wrote, and the later write hid the earlier one.
pub fn reconcile<D: Document>(mine: D, stored: &D) -> (D, bool) {
    let merged = D::merge(mine, stored.clone());
    let differs = merged != *stored;
    (merged, differs)
}

/// "Start this section fresh": removes the unreadable document (its
/// quarantined copy stays) so the section can be used again.
pub fn reset<D: Document>(store: &dyn KeyValueStore) -> Result<(), SaveError> {
    store.remove(&keys::document_key(D::NAME))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::{Collection, Record};
    use crate::storage::backend::MemoryStore;
    use crate::storage::error::StoreError;
    use crate::storage::migrate::Migration;
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
    struct Note {
        id: u64,
        at: i64,
        #[serde(default)]
        text: String,
    }
    impl Record for Note {
        fn id(&self) -> u64 {
            self.id
        }
        fn updated_at(&self) -> i64 {
            self.at
        }
    }
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
    #[serde(default)]
    struct Notes {
        notes: Collection<Note>,
    }
    fn v1_to_v2(v: Value) -> Result<Value, String> {
        // v1 was a bare list of notes.
        match v {
            Value::Array(items) => Ok(json!({"notes": {"items": items}})),
            other => Err(format!("expected a list, found {other}")),
        }
    }
    impl Document for Notes {
        const NAME: &'static str = "notes";
        const LABEL: &'static str = "Notes";
        fn migrations() -> &'static [Migration] {
            &[v1_to_v2]
        }
        fn validate(&self) -> Result<(), String> {
            self.notes.validate_ids()
        }
        fn describe(&self) -> String {
            format!("{} notes", self.notes.items.len())
        }
        fn merge(mine: Self, theirs: Self) -> Self {
            Notes {
                notes: Collection::merge(mine.notes, theirs.notes),
            }
        }
    }

    fn note(id: u64, at: i64, text: &str) -> Note {
        Note {
            id,
            at,
            text: text.into(),
        }
    }

    fn notes(items: Vec<Note>) -> Notes {
        Notes {
            notes: Collection {
                items,
                deleted: vec![],
            },
        }
    }

    #[test]
    fn missing_document_opens_empty_and_writable() {
        let s = MemoryStore::new();
        let o = open::<Notes>(&s, 1);
        assert_eq!(
            o,
            Opened {
                doc: Notes::default(),
                rev: 0,
                lineage: 0,
                status: Status::Ok
            }
        );
    }

    #[test]
    fn save_then_open_round_trips_and_counts_revisions() {
        let s = MemoryStore::new();
        let d = notes(vec![note(1, 1, "hi")]);
        assert_eq!(save(&s, &d, 0, 0, 10).unwrap(), 1);
        assert_eq!(save(&s, &d, 1, 0, 11).unwrap(), 2);
        let o = open::<Notes>(&s, 12);
        assert_eq!((o.doc, o.rev, o.status), (d, 2, Status::Ok));
    }

    const NOTES_V1: &str = r#"{"app":"wayfinder","schema":1,"saved_at":0,"rev":3,"data":[{"id":1,"at":0,"text":"v1"}]}"#;

    #[test]
    fn old_schema_is_migrated_on_open_and_saved_at_once() {
        let s = MemoryStore::new();
        s.set("wayfinder:notes", NOTES_V1).unwrap();
        assert_eq!(
            decode::<Notes>(NOTES_V1).unwrap().stored,
            Stored::Migrated { from: 1 }
        );
        let o = open::<Notes>(&s, 1);
        assert_eq!(o.status, Status::Ok);
        assert_eq!(o.doc.notes.items[0].text, "v1");
        assert_eq!(o.rev, 4, "saved as the next revision");
        let stored = s.get("wayfinder:notes").unwrap().unwrap();
        let again = decode::<Notes>(&stored).unwrap();
        assert_eq!((again.stored, again.rev), (Stored::Current, 4));
        assert_eq!(again.doc, o.doc);
        // Opened again, nothing is written.
        assert_eq!(open::<Notes>(&s, 2).rev, 4);
        assert_eq!(s.get("wayfinder:notes").unwrap().unwrap(), stored);
    }

    #[test]
    fn a_migrated_document_that_cannot_be_saved_still_opens() {
        let s = MemoryStore::new();
        s.set("wayfinder:notes", NOTES_V1).unwrap();
        s.set_quota(Some("wayfinder:notes".len() + NOTES_V1.len()));
        let o = open::<Notes>(&s, 1);
        assert_eq!((o.status, o.rev), (Status::Ok, 3));
        assert_eq!(o.doc.notes.items[0].text, "v1");
        assert_eq!(s.get("wayfinder:notes").unwrap().as_deref(), Some(NOTES_V1));
    }

    /// [`Notes`] read by a page without its migrations, as the
    /// participant's page reads the workshops document.
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
    #[serde(default)]
    struct NotesView {
        notes: Collection<Note>,
    }
    impl Document for NotesView {
        const NAME: &'static str = Notes::NAME;
        const LABEL: &'static str = Notes::LABEL;
        fn schema() -> u32 {
            Notes::schema()
        }
        fn describe(&self) -> String {
            String::new()
        }
        fn merge(mine: Self, theirs: Self) -> Self {
            NotesView {
                notes: Collection::merge(mine.notes, theirs.notes),
            }
        }
    }

    #[test]
    fn a_page_without_the_migrations_opens_older_data_read_only_until_it_is_upgraded() {
        let s = MemoryStore::new();
        s.set("wayfinder:notes", NOTES_V1).unwrap();
        let o = open::<NotesView>(&s, 1);
        assert_eq!(o.status, Status::Older { schema: 1 });
        assert!(!o.writable());
        assert_eq!(peek::<NotesView>(&s), None);
        assert_eq!(
            save(&s, &o.doc, 3, 0, 2),
            Err(SaveError::Older { schema: 1 })
        );
        assert_eq!(
            save_merging(&s, NotesView::default(), 2, 0, 2).unwrap_err(),
            SaveError::Older { schema: 1 }
        );
        assert_eq!(s.keys().unwrap(), ["wayfinder:notes"], "no quarantine copy");
        assert_eq!(s.get("wayfinder:notes").unwrap().as_deref(), Some(NOTES_V1));
        // The page that migrates it opens it once: the view reads it.
        open::<Notes>(&s, 3);
        let o = open::<NotesView>(&s, 4);
        assert_eq!((o.status, o.rev), (Status::Ok, 4));
        assert_eq!(o.doc.notes.items[0].text, "v1");
        assert_eq!(save(&s, &o.doc, 4, 0, 5), Ok(5));
        // Data no version wrote is still refused, not shown as older.
        s.set(
            "wayfinder:notes",
            r#"{"app":"wayfinder","schema":0,"saved_at":0,"rev":1,"data":[]}"#,
        )
        .unwrap();
        assert!(matches!(
            open::<NotesView>(&s, 6).status,
            Status::Failed { .. }
        ));
    }

    #[test]
    fn peeking_reads_a_document_and_never_writes_even_when_it_is_unreadable() {
        let s = MemoryStore::new();
        assert_eq!(peek::<Notes>(&s), None, "nothing stored");
        let v1 = NOTES_V1;
        s.set("wayfinder:notes", v1).unwrap();
        let notes = peek::<Notes>(&s).expect("an older schema is migrated");
        assert_eq!(notes.notes.items[0].text, "v1");
        for raw in [
            "{not json",
            r#"{"app":"wayfinder","schema":9,"saved_at":0,"rev":0,"data":{}}"#,
        ] {
            s.set("wayfinder:notes", raw).unwrap();
            assert_eq!(peek::<Notes>(&s), None, "{raw}");
            assert_eq!(s.keys().unwrap(), ["wayfinder:notes"], "no quarantine copy");
            assert_eq!(s.get("wayfinder:notes").unwrap().as_deref(), Some(raw));
        }
    }

    #[test]
    fn unreadable_text_is_quarantined_and_left_in_place() {
        for (raw, want) in [
            ("{not json", "not valid JSON"),
            (
                r#"{"app":"else","schema":1,"saved_at":0,"rev":0,"data":{}}"#,
                "another app",
            ),
            (
                r#"{"app":"wayfinder","schema":1,"saved_at":0,"rev":0,"data":{"x":1}}"#,
                "upgraded",
            ),
            (
                r#"{"app":"wayfinder","schema":2,"saved_at":0,"rev":0,"data":{"notes":{"items":[{"id":"one"}]}}}"#,
                "unexpected",
            ),
            (
                r#"{"app":"wayfinder","schema":2,"saved_at":0,"rev":0,"data":{"notes":{"items":[{"id":1,"at":0,"text":""},{"id":1,"at":0,"text":""}]}}}"#,
                "failed a check",
            ),
        ] {
            let s = MemoryStore::new();
            s.set("wayfinder:notes", raw).unwrap();
            let o = open::<Notes>(&s, 77);
            let Status::Failed {
                error,
                quarantine_key,
            } = &o.status
            else {
                panic!("{raw} opened as {:?}", o.status)
            };
            assert!(error.to_string().contains(want), "{raw}: {error}");
            assert_eq!(
                quarantine_key.as_deref(),
                Some("wayfinder:quarantine:notes:77")
            );
            assert_eq!(s.get("wayfinder:notes").unwrap().as_deref(), Some(raw));
            assert_eq!(
                s.get("wayfinder:quarantine:notes:77").unwrap().as_deref(),
                Some(raw)
            );
            // A failed document is not writable, and text that is not even
            // an envelope is refused by `save` itself.
            assert!(!o.writable());
            if Envelope::parse(raw).is_err() {
                assert_eq!(
                    save(&s, &Notes::default(), 0, 0, 78),
                    Err(SaveError::Blocked)
                );
            }
            // Opening again does not pile up copies.
            let again = open::<Notes>(&s, 99);
            assert!(
                matches!(again.status, Status::Failed { quarantine_key: Some(ref k), .. } if k.ends_with(":77"))
            );
            // Start fresh: the section works again, the copy stays.
            reset::<Notes>(&s).unwrap();
            assert_eq!(open::<Notes>(&s, 100).status, Status::Ok);
            assert!(s.get("wayfinder:quarantine:notes:77").unwrap().is_some());
        }
    }

    #[test]
    fn newer_schema_opens_read_only_and_is_never_written() {
        let s = MemoryStore::new();
        let raw = r#"{"app":"wayfinder","schema":9,"saved_at":0,"rev":4,"data":{"notes":{"items":[{"id":1,"at":0,"text":"future","colour":"red"}]},"extra":true}}"#;
        s.set("wayfinder:notes", raw).unwrap();
        let o = open::<Notes>(&s, 1);
        assert_eq!(o.status, Status::ReadOnly { schema: 9 });
        assert_eq!(o.doc.notes.items[0].text, "future");
        assert_eq!(
            save(&s, &o.doc, 4, 0, 2),
            Err(SaveError::ReadOnly { schema: 9 })
        );
        assert_eq!(
            save_merging(&s, o.doc.clone(), 3, 0, 2).unwrap_err(),
            SaveError::ReadOnly { schema: 9 }
        );
        assert_eq!(s.get("wayfinder:notes").unwrap().as_deref(), Some(raw));
    }

    #[test]
    fn a_stale_tab_merges_instead_of_overwriting() {
        let s = MemoryStore::new();
        save(&s, &notes(vec![note(1, 1, "shared")]), 0, 0, 1).unwrap();
        // Tab A and tab B both opened revision 1.
        let mut a = open::<Notes>(&s, 2).doc;
        let mut b = open::<Notes>(&s, 2).doc;
        a.notes.upsert(note(2, 3, "from A"));
        b.notes.upsert(note(3, 4, "from B"));
        let (_, rev_a) = save_merging(&s, a, 1, 0, 5).unwrap();
        assert_eq!(rev_a, 2);
        assert_eq!(
            save(&s, &b, 1, 0, 6),
            Err(SaveError::Conflict { stored: 2 })
        );
        let (merged, rev_b) = save_merging(&s, b, 1, 0, 6).unwrap();
        assert_eq!(rev_b, 3);
        let stored = open::<Notes>(&s, 7).doc;
        assert_eq!(stored, merged);
        let mut texts: Vec<_> = stored.notes.items.iter().map(|n| n.text.as_str()).collect();
        texts.sort();
        assert_eq!(texts, ["from A", "from B", "shared"]);
    }

    #[test]
    fn a_write_lost_in_a_race_is_found_by_reconcile() {
        let s = MemoryStore::new();
        // Both tabs saw "nothing stored" and wrote revision 1: B's write
        // landed first and A's hid it.
        let b = notes(vec![note(2, 3, "from B")]);
        save(&s, &b, 0, 0, 1).unwrap();
        s.remove("wayfinder:notes").unwrap();
        let a = notes(vec![note(1, 3, "from A")]);
        save(&s, &a, 0, 0, 2).unwrap();
        // B hears of A's write: its own record is missing, so it saves.
        let stored = open::<Notes>(&s, 3);
        let (merged, must_save) = reconcile(b, &stored.doc);
        assert!(must_save);
        save(&s, &merged, stored.rev, stored.lineage, 4).unwrap();
        // A hears of B's write: nothing of A's is missing.
        let stored = open::<Notes>(&s, 5);
        let (_, must_save) = reconcile(a, &stored.doc);
        assert!(!must_save);
        assert_eq!(stored.doc.notes.items.len(), 2);
    }

    #[test]
    fn a_replaced_document_is_never_merged_into() {
        let s = MemoryStore::new();
        save(&s, &notes(vec![note(1, 1, "old")]), 0, 0, 1).unwrap();
        // Another tab restored a backup wholesale: a new lineage.
        s.remove("wayfinder:notes").unwrap();
        save(&s, &notes(vec![note(9, 1, "restored")]), 1, 77, 2).unwrap();
        let stale = notes(vec![note(1, 5, "old, edited")]);
        assert_eq!(save(&s, &stale, 2, 0, 3), Err(SaveError::Replaced));
        assert_eq!(
            save_merging(&s, stale, 1, 0, 3).unwrap_err(),
            SaveError::Replaced
        );
        let o = open::<Notes>(&s, 4);
        assert_eq!(
            (o.lineage, o.doc.notes.items[0].text.as_str()),
            (77, "restored")
        );
    }

    #[test]
    fn quota_error_keeps_the_previous_revision() {
        let s = MemoryStore::new();
        let small = notes(vec![note(1, 1, "small")]);
        save(&s, &small, 0, 0, 1).unwrap();
        s.set_quota(Some(200));
        let big = notes(vec![note(1, 2, &"x".repeat(500))]);
        assert_eq!(
            save(&s, &big, 1, 0, 2),
            Err(SaveError::Store(StoreError::QuotaExceeded))
        );
        assert_eq!(open::<Notes>(&s, 3).doc, small);
        s.set_quota(None);
        assert_eq!(save(&s, &big, 1, 0, 4), Ok(2));
    }
}
