//! Backups: one JSON file with every document, and restoring one. A restore
//! checks the whole file first and changes nothing on any error; if a write
//! fails half-way, every key is put back as it was.

use super::backend::KeyValueStore;
use super::envelope::{truncate, Envelope, APP_ID};
use super::error::{SaveError, StoreError};
use super::keys;
use super::registry::{self, SectionProblem};
use crate::domain::decoding::without_position;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use thiserror::Error;

/// Largest backup file accepted (checked before the file is read).
pub const MAX_BACKUP_BYTES: u64 = 5 * 1024 * 1024;
/// The `kind` field that marks a backup file.
pub const BACKUP_KIND: &str = "backup";
/// The backup file format this build writes and reads.
pub const BACKUP_FORMAT: u32 = 1;

/// Sections of a backup by name, sorted (so the file's order is stable).
pub type Named<T> = BTreeMap<String, T>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Backup {
    pub app: String,
    pub kind: String,
    pub format: u32,
    /// ms since the epoch.
    pub exported_at: i64,
    /// Documents by name, exactly as stored.
    pub documents: Named<Envelope>,
    /// Stored text that could not be read (and quarantined copies), kept
    /// so a backup never loses anything; never restored automatically.
    pub unreadable: Named<String>,
}

/// A backup file as read: every field optional, so what is missing or
/// foreign is said in words; each document stays JSON text until its
/// envelope is checked on its own, so an error names it.
#[derive(Deserialize)]
struct BackupText {
    app: Option<String>,
    kind: Option<String>,
    format: Option<u64>,
    exported_at: Option<i64>,
    documents: Option<Named<Box<RawValue>>>,
    #[serde(default)]
    unreadable: Named<String>,
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum BackupError {
    #[error("The file is {} MB; a Wayfinder backup is at most 5 MB. Pick the backup file you downloaded from My data.", bytes / 1_000_000)]
    TooLarge { bytes: u64 },
    #[error("The file is empty.")]
    Empty,
    #[error("The file is not text, so it is not a Wayfinder backup.")]
    NotText,
    #[error("The file is not valid JSON ({0}). It may be cut short or damaged.")]
    NotJson(String),
    #[error("The file is JSON but not a Wayfinder backup ({0}).")]
    NotBackup(String),
    #[error("The backup was made by a newer version of Wayfinder (format {0}). Update the app, then restore it.")]
    NewerFormat(u32),
    #[error("The backup has a section this version does not know, \"{0}\". It may come from a newer Wayfinder.")]
    UnknownSection(String),
    #[error("The section \"{label}\" comes from a newer version of Wayfinder (schema {schema}).")]
    NewerSection { label: &'static str, schema: u32 },
    #[error("The section \"{label}\" cannot be used: {reason}")]
    BadSection { label: &'static str, reason: String },
    #[error("Nothing was changed: {0}")]
    Write(String),
}

impl From<StoreError> for BackupError {
    fn from(e: StoreError) -> Self {
        BackupError::Write(e.to_string())
    }
}

/// Collects every Wayfinder key into a backup.
pub fn create(store: &dyn KeyValueStore, now_ms: i64) -> Result<Backup, StoreError> {
    let mut documents = Named::default();
    let mut unreadable = Named::default();
    // Both maps keep their keys sorted, so the file's order is stable.
    for key in store.keys()?.into_iter().filter(|k| keys::is_ours(k)) {
        let Some(raw) = store.get(&key)? else {
            continue;
        };
        match (keys::document_name(&key), Envelope::parse(&raw)) {
            (Some(name), Ok(env)) => {
                documents.insert(name.to_string(), env);
            }
            _ => {
                unreadable.insert(key, raw);
            }
        }
    }
    Ok(Backup {
        app: APP_ID.into(),
        kind: BACKUP_KIND.into(),
        format: BACKUP_FORMAT,
        exported_at: now_ms,
        documents,
        unreadable,
    })
}

/// The JSON text of a backup file, indented for people who open it
/// (documents included: their stored text is compact).
pub fn to_text(backup: &Backup) -> Result<String, String> {
    let failed = |e: serde_json::Error| format!("could not write the backup: {e}");
    let mut file = serde_json::to_value(backup).map_err(failed)?;
    if let Some(documents) = file.get_mut("documents").and_then(|d| d.as_object_mut()) {
        for (name, env) in &backup.documents {
            let data: serde_json::Value = serde_json::from_str(env.data.get()).map_err(failed)?;
            if let Some(slot) = documents.get_mut(name) {
                slot["data"] = data;
            }
        }
    }
    serde_json::to_string_pretty(&file).map_err(failed)
}

/// A checked backup, ready to restore, with a description of each section.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub backup: Backup,
    /// (section label, what it holds), in registry order.
    pub sections: Vec<(&'static str, String)>,
}

/// Reads and fully checks a backup file. Every failure is a clear message.
pub fn read(bytes: &[u8]) -> Result<Preview, BackupError> {
    if bytes.len() as u64 > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| BackupError::NotText)?;
    if text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    let file: BackupText = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            BackupError::NotJson(truncate(&without_position(&e), 120))
        } else if !text.trim_start().starts_with('{') {
            BackupError::NotBackup("it is not an object".into())
        } else {
            BackupError::NotBackup(truncate(&without_position(&e), 120))
        }
    })?;
    if file.app.as_deref() != Some(APP_ID) {
        return Err(BackupError::NotBackup("it has no Wayfinder app id".into()));
    }
    if file.kind.as_deref() != Some(BACKUP_KIND) {
        return Err(BackupError::NotBackup(
            "it is a single stored section, not a backup file".into(),
        ));
    }
    let format = match file.format {
        Some(f) if f > u64::from(BACKUP_FORMAT) => {
            return Err(BackupError::NewerFormat(f.min(u64::from(u32::MAX)) as u32))
        }
        Some(f) => f as u32,
        None => return Err(BackupError::NotBackup("it has no format number".into())),
    };
    let not_backup = |m: &str| BackupError::NotBackup(m.into());
    let exported_at = file
        .exported_at
        .ok_or_else(|| not_backup("exported_at: expected a whole number"))?;
    let mut documents = Named::default();
    for (name, raw) in file
        .documents
        .ok_or_else(|| not_backup("documents: expected an object"))?
    {
        let env = Envelope::parse(raw.get()).map_err(|e| {
            BackupError::NotBackup(truncate(
                &format!("documents → {}: {e}", truncate(&name, 40)),
                120,
            ))
        })?;
        documents.insert(name, env);
    }
    let backup = Backup {
        app: APP_ID.into(),
        kind: BACKUP_KIND.into(),
        format,
        exported_at,
        documents,
        unreadable: file.unreadable,
    };
    let mut sections = Vec::new();
    for name in backup.documents.keys() {
        if registry::find(name).is_none() {
            return Err(BackupError::UnknownSection(truncate(name, 40)));
        }
    }
    for kind in registry::KINDS {
        let Some(env) = backup.documents.get(kind.name) else {
            continue;
        };
        match (kind.check)(env.clone()) {
            Ok(description) => sections.push((kind.label, description)),
            Err(SectionProblem::Newer { schema }) => {
                return Err(BackupError::NewerSection {
                    label: kind.label,
                    schema,
                })
            }
            Err(SectionProblem::Unreadable(e)) => {
                return Err(BackupError::BadSection {
                    label: kind.label,
                    reason: e.to_string(),
                })
            }
        }
    }
    Ok(Preview { backup, sections })
}

/// How a restore combines the backup with what is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreMode {
    /// Keep what is here and add the backup's records (newer edits win).
    Merge,
    /// Make this browser's data exactly the backup's.
    Replace,
}

/// Restores a checked backup. On any failure every Wayfinder key is put back
/// as it was before, and the error says nothing changed.
pub fn restore(
    store: &dyn KeyValueStore,
    preview: &Preview,
    mode: RestoreMode,
    now_ms: i64,
) -> Result<(), BackupError> {
    let before: Named<String> = {
        let mut m = Named::default();
        for k in store.keys()?.into_iter().filter(|k| keys::is_ours(k)) {
            if let Some(v) = store.get(&k)? {
                m.insert(k, v);
            }
        }
        m
    };
    let result = apply(store, preview, mode, now_ms);
    if let Err(e) = result {
        roll_back(store, &before);
        return Err(BackupError::Write(e.to_string()));
    }
    Ok(())
}

fn apply(
    store: &dyn KeyValueStore,
    preview: &Preview,
    mode: RestoreMode,
    now_ms: i64,
) -> Result<(), SaveError> {
    for kind in registry::KINDS {
        match (preview.backup.documents.get(kind.name), mode) {
            (Some(env), RestoreMode::Merge) => (kind.merge_in)(store, env.clone(), now_ms)?,
            (Some(env), RestoreMode::Replace) => (kind.replace)(store, env.clone(), now_ms)?,
            (None, RestoreMode::Replace) => store.remove(&keys::document_key(kind.name))?,
            (None, RestoreMode::Merge) => {}
        }
    }
    Ok(())
}

fn roll_back(store: &dyn KeyValueStore, before: &Named<String>) {
    if let Ok(now) = store.keys() {
        for k in now
            .into_iter()
            .filter(|k| keys::is_ours(k) && !before.contains_key(k))
        {
            let _ = store.remove(&k);
        }
    }
    for (k, v) in before.iter() {
        // Restoring old values cannot exceed the quota they fitted in before,
        // once the new keys are gone.
        let _ = store.set(k, v);
    }
}

/// Deletes every Wayfinder key, quarantined copies included.
pub fn delete_all(store: &dyn KeyValueStore) -> Result<usize, StoreError> {
    let ours: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|k| keys::is_ours(k))
        .collect();
    for k in &ours {
        store.remove(k)?;
    }
    Ok(ours.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::goals::Goals;
    use crate::domain::settings::Settings;
    use crate::storage::backend::MemoryStore;
    use crate::storage::repo::{open, save};

    fn store_with_goals(titles: &[(u64, &str)]) -> MemoryStore {
        let s = MemoryStore::new();
        let mut g = Goals::default();
        for (id, t) in titles {
            g.add(*id, t, *id as i64).unwrap();
        }
        save(&s, &g, 0, 0, 1).unwrap();
        save(&s, &Settings::default(), 0, 0, 1).unwrap();
        s
    }

    fn backup_bytes(s: &MemoryStore) -> Vec<u8> {
        to_text(&create(s, 5).unwrap()).unwrap().into_bytes()
    }

    fn titles(s: &MemoryStore) -> Vec<String> {
        let mut t: Vec<String> = open::<Goals>(s, 9)
            .doc
            .goals
            .items
            .into_iter()
            .map(|g| g.title)
            .collect();
        t.sort();
        t
    }

    #[test]
    fn backup_round_trips_and_previews() {
        let s = store_with_goals(&[(1, "Lead the budget process")]);
        let p = read(&backup_bytes(&s)).unwrap();
        assert_eq!(
            p.sections,
            vec![
                ("Goals", "1 goal".to_string()),
                ("Settings", "backup and storage settings".to_string())
            ]
        );
    }

    #[test]
    fn merge_keeps_both_sides_and_replace_takes_the_backup() {
        let a = store_with_goals(&[(1, "From the backup")]);
        let p = read(&backup_bytes(&a)).unwrap();
        let b = store_with_goals(&[(2, "Already here")]);
        restore(&b, &p, RestoreMode::Merge, 10).unwrap();
        assert_eq!(titles(&b), ["Already here", "From the backup"]);
        let c = store_with_goals(&[(2, "Already here")]);
        restore(&c, &p, RestoreMode::Replace, 10).unwrap();
        assert_eq!(titles(&c), ["From the backup"]);
        assert!(
            open::<Goals>(&c, 11).rev >= 2,
            "replace writes a newer revision"
        );
    }

    #[test]
    fn bad_files_give_clear_errors() {
        let s = store_with_goals(&[(1, "x goal")]);
        let good = String::from_utf8(backup_bytes(&s)).unwrap();
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (vec![], "empty"),
            (b"   ".to_vec(), "empty"),
            (vec![0xff, 0xfe, 0x00], "not text"),
            (b"hello".to_vec(), "not valid JSON"),
            (good.as_bytes()[..good.len() / 2].to_vec(), "not valid JSON"),
            (br#"{"app":"other"}"#.to_vec(), "not a Wayfinder backup"),
            (
                br#"{"app":"wayfinder","schema":1,"saved_at":0,"rev":1,"data":{}}"#.to_vec(),
                "single stored section",
            ),
            (
                good.replace("\"format\": 1", "\"format\": 99").into_bytes(),
                "newer version",
            ),
            (
                good.replace("\"goals\": {", "\"mystery\": {").into_bytes(),
                "does not know",
            ),
            (
                good.replace("\"schema\": 1", "\"schema\": 7").into_bytes(),
                "newer version",
            ),
            (
                good.replace("\"title\": \"x goal\"", "\"title\": 5")
                    .into_bytes(),
                "cannot be used",
            ),
            (
                good.replace("\"id\": 1,", "\"id\": -1,").into_bytes(),
                "cannot be used",
            ),
            (
                // Beyond what a number can hold: refused where it is.
                good.replace("\"created_at\": 1,", "\"created_at\": 1e400,")
                    .into_bytes(),
                "created_at: number out of range",
            ),
            // Deep nesting is refused without exhausting the stack: as a
            // file, or as a section's data.
            (
                format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(),
                "not a Wayfinder backup (it is not an object)",
            ),
            (
                good.replace(
                    "\"data\": {",
                    &format!(
                        "\"data\": {}{}, \"x\": {{",
                        "[".repeat(10_000),
                        "]".repeat(10_000)
                    ),
                )
                .into_bytes(),
                "cannot be used",
            ),
            (vec![b' '; 5 * 1024 * 1024 + 1], "at most 5 MB"),
        ];
        for (bytes, want) in cases {
            let err = read(&bytes).unwrap_err().to_string();
            assert!(err.contains(want), "wanted {want:?}, got {err:?}");
        }
    }

    #[test]
    fn duplicate_ids_in_a_backup_are_refused() {
        let s = store_with_goals(&[(1, "one goal"), (2, "two goal")]);
        let text = String::from_utf8(backup_bytes(&s))
            .unwrap()
            .replace("\"id\": 2", "\"id\": 1");
        let err = read(text.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("share the id 1"), "{err}");
    }

    #[test]
    fn a_failed_restore_changes_nothing() {
        let a = store_with_goals(&[(1, &"a".repeat(150))]);
        let p = read(&backup_bytes(&a)).unwrap();
        let b = store_with_goals(&[(2, "Already here")]);
        let before = b.snapshot();
        b.set_quota(Some(
            before.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>() + 10,
        ));
        assert!(restore(&b, &p, RestoreMode::Replace, 10).is_err());
        assert_eq!(b.snapshot(), before);
        assert!(restore(&b, &p, RestoreMode::Merge, 10).is_err());
        assert_eq!(b.snapshot(), before);
    }

    #[test]
    fn unreadable_text_is_kept_in_backups_and_delete_all_clears_everything() {
        let s = store_with_goals(&[(1, "keep me")]);
        s.set("wayfinder:quarantine:goals:3", "{broken").unwrap();
        s.set("unrelated", "not ours").unwrap();
        let b = create(&s, 4).unwrap();
        assert_eq!(
            b.unreadable
                .get("wayfinder:quarantine:goals:3")
                .map(String::as_str),
            Some("{broken")
        );
        assert!(!b.documents.contains_key("unrelated"));
        assert_eq!(delete_all(&s).unwrap(), 3);
        assert_eq!(s.keys().unwrap(), ["unrelated"]);
    }
}
