//! The documents Wayfinder stores, and how each is checked, merged and
//! replaced when a backup is restored. Domain types stay free of storage
//! code: their [`Document`] impls live here.

use super::backend::KeyValueStore;
use super::document::Document;
use super::envelope::{Envelope, Header, Written};
use super::error::{LoadError, SaveError};
use super::keys;
use super::migrate::Migration;
use super::repo::{decode_envelope, open, save_merging, Stored};
use crate::domain::assessment::Assessments;
use crate::domain::goals::Goals;
use crate::domain::guide::Guide;
use crate::domain::plan::Plan;
use crate::domain::records::Collection;
use crate::domain::reflection::PlanReflections;
use crate::domain::settings::Settings;
use crate::domain::workshop::document::{JoinedWorkshops, Workshops};

impl Document for Settings {
    const NAME: &'static str = "settings";
    const LABEL: &'static str = "Settings";
    fn validate(&self) -> Result<(), String> {
        Settings::validate(self)
    }
    fn describe(&self) -> String {
        "backup and storage settings".into()
    }
    fn merge(mine: Self, theirs: Self) -> Self {
        Settings::merge(mine, theirs)
    }
}

impl Document for Goals {
    const NAME: &'static str = "goals";
    const LABEL: &'static str = "Goals";
    fn validate(&self) -> Result<(), String> {
        Goals::validate(self)
    }
    fn describe(&self) -> String {
        match self.goals.items.len() {
            1 => "1 goal".into(),
            n => format!("{n} goals"),
        }
    }
    fn merge(mine: Self, theirs: Self) -> Self {
        Goals {
            goals: Collection::merge(mine.goals, theirs.goals),
        }
    }
}

impl Document for Assessments {
    const NAME: &'static str = "assessments";
    const LABEL: &'static str = "Self-assessments";
    fn validate(&self) -> Result<(), String> {
        Assessments::validate(self)
    }
    fn describe(&self) -> String {
        let n = self.snapshots.items.len();
        let mut s = match n {
            1 => "1 assessment".to_string(),
            n => format!("{n} assessments"),
        };
        if self.draft.is_some() {
            s.push_str(" and a draft");
        }
        s
    }
    fn merge(mine: Self, theirs: Self) -> Self {
        Assessments::merge(mine, theirs)
    }
    fn after_load(&mut self) {
        crate::domain::assessment::upgrade::upgrade_to_current(self);
    }
}

impl Document for Plan {
    const NAME: &'static str = "plan";
    const LABEL: &'static str = "Development plan";
    fn validate(&self) -> Result<(), String> {
        Plan::validate(self)
    }
    fn describe(&self) -> String {
        if self.aspiration.trim().is_empty() {
            "no aspiration written yet".into()
        } else {
            "your aspiration and review dates".into()
        }
    }
    fn merge(mine: Self, theirs: Self) -> Self {
        Plan::merge(mine, theirs)
    }
}

impl Document for Guide {
    const NAME: &'static str = "guide";
    const LABEL: &'static str = "Guide: support network, needs, agreement";
    fn migrations() -> &'static [Migration] {
        // 1 → 2: the diagnostic's questions, each one thing asked positively.
        &[crate::domain::guide::diagnostic::migrate_guide_v1]
    }
    fn validate(&self) -> Result<(), String> {
        Guide::validate(self)
    }
    fn describe(&self) -> String {
        let mut s = match self.network.people.items.len() {
            1 => "1 person".to_string(),
            n => format!("{n} people"),
        };
        s.push_str(&match self.results.items.len() {
            1 => ", 1 diagnostic result".to_string(),
            n => format!(", {n} diagnostic results"),
        });
        if !self.agreement.mentor.trim().is_empty() {
            s.push_str(" and a mentoring agreement");
        }
        s
    }
    fn merge(mine: Self, theirs: Self) -> Self {
        Guide::merge(mine, theirs)
    }
}

impl Document for Workshops {
    const NAME: &'static str = "workshops";
    const LABEL: &'static str = "Workshops";
    fn migrations() -> &'static [Migration] {
        // 1 → 2: identity answers as choices and a self-description.
        &[crate::domain::workshop::identity::migrate_workshops_v1]
    }
    fn validate(&self) -> Result<(), String> {
        Workshops::validate(self)
    }
    fn describe(&self) -> String {
        let n = self.workshops.items.len();
        let people: usize = self
            .workshops
            .items
            .iter()
            .map(|w| w.participants.len())
            .sum();
        let mut s = match n {
            1 => "1 workshop".to_string(),
            n => format!("{n} workshops"),
        };
        s.push_str(&format!(" with {people} participants"));
        match self.joined.items.len() {
            0 => {}
            1 => s.push_str(", 1 joined"),
            j => s.push_str(&format!(", {j} joined")),
        }
        s
    }
    fn merge(mine: Self, theirs: Self) -> Self {
        Workshops::merge(mine, theirs)
    }
}

/// The same stored document as [`Workshops`], read by the participant's
/// page: its schema, and its name and label, so banners speak of the same
/// section. Not a kind of its own in backups (those hold the whole
/// document). Without its migrations: the participant's page does not
/// carry them (the identity migration compares names, with Unicode
/// tables), so older data opens read-only there (`Status::Older`) until
/// the facilitator's page, which migrates it, has opened it once.
impl Document for JoinedWorkshops {
    const NAME: &'static str = Workshops::NAME;
    const LABEL: &'static str = Workshops::LABEL;
    fn schema() -> u32 {
        Workshops::schema()
    }
    fn validate(&self) -> Result<(), String> {
        JoinedWorkshops::validate(self)
    }
    fn describe(&self) -> String {
        match self.joined.items.len() {
            1 => "1 workshop joined".into(),
            n => format!("{n} workshops joined"),
        }
    }
    fn merge(mine: Self, theirs: Self) -> Self {
        JoinedWorkshops::merge(mine, theirs)
    }
}

/// The same stored document as [`Plan`], read by the participant's page
/// for its closing reflections (as [`JoinedWorkshops`] is for
/// [`Workshops`], and like it without migrations).
impl Document for PlanReflections {
    const NAME: &'static str = Plan::NAME;
    const LABEL: &'static str = Plan::LABEL;
    fn schema() -> u32 {
        Plan::schema()
    }
    fn validate(&self) -> Result<(), String> {
        PlanReflections::validate(self)
    }
    fn describe(&self) -> String {
        match self.reflections.items.len() {
            1 => "1 closing reflection".into(),
            n => format!("{n} closing reflections"),
        }
    }
    fn merge(mine: Self, theirs: Self) -> Self {
        PlanReflections::merge(mine, theirs)
    }
}

/// Why a section of a backup cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum SectionProblem {
    Unreadable(LoadError),
    Newer { schema: u32 },
}

/// How to handle one kind of document without knowing its type.
pub struct DocKind {
    pub name: &'static str,
    pub label: &'static str,
    /// The schema version this build writes.
    pub schema: fn() -> u32,
    /// Checks an envelope; returns a description of its contents.
    pub check: fn(Envelope) -> Result<String, SectionProblem>,
    /// Merges an envelope's records into what is stored.
    pub merge_in: fn(&dyn KeyValueStore, Envelope, i64) -> Result<(), SaveError>,
    /// Replaces what is stored with the envelope's document.
    pub replace: fn(&dyn KeyValueStore, Envelope, i64) -> Result<(), SaveError>,
}

fn check<D: Document>(env: Envelope) -> Result<String, SectionProblem> {
    let decoded = decode_envelope::<D>(env).map_err(SectionProblem::Unreadable)?;
    match decoded.stored {
        Stored::Newer { schema } => Err(SectionProblem::Newer { schema }),
        // Backups hold whole documents, whose types carry every migration.
        Stored::Older { schema } => Err(SectionProblem::Unreadable(LoadError::Migration {
            from: schema,
            reason: "this page does not upgrade it".into(),
        })),
        Stored::Current | Stored::Migrated { .. } => Ok(decoded.doc.describe()),
    }
}

fn incoming<D: Document>(env: Envelope) -> Result<D, SaveError> {
    decode_envelope::<D>(env)
        .ok()
        .filter(|d| d.stored.writable())
        .map(|d| d.doc)
        .ok_or(SaveError::Blocked)
}

fn merge_in<D: Document>(
    store: &dyn KeyValueStore,
    env: Envelope,
    now: i64,
) -> Result<(), SaveError> {
    let theirs = incoming::<D>(env)?;
    let current = open::<D>(store, now);
    if !current.writable() {
        return Err(SaveError::Blocked);
    }
    save_merging(
        store,
        D::merge(current.doc, theirs),
        current.rev,
        current.lineage,
        now,
    )
    .map(|_| ())
}

fn replace<D: Document>(
    store: &dyn KeyValueStore,
    env: Envelope,
    now: i64,
) -> Result<(), SaveError> {
    let doc = incoming::<D>(env)?;
    let key = keys::document_key(D::NAME);
    let (rev, lineage) = replacement_stamp(store, &key, now)?;
    let text = Written::new(D::schema(), now, rev, lineage, &doc).to_json()?;
    store.set(&key, &text)?;
    Ok(())
}

/// The revision and lineage a replaced document is written with: a
/// revision above whatever is stored, in a new lineage, so other tabs take
/// it whole instead of merging their old records back in. Removes the
/// stored text (kept out of the generic code).
fn replacement_stamp(
    store: &dyn KeyValueStore,
    key: &str,
    now: i64,
) -> Result<(u64, u64), SaveError> {
    let stored_rev = store
        .get(key)?
        .and_then(|raw| Header::parse(&raw))
        .map_or(0, |e| e.rev);
    store.remove(key)?;
    let lineage = (now.max(1) as u64) ^ (stored_rev << 44);
    Ok((stored_rev + 1, lineage))
}

const fn kind<D: Document>() -> DocKind {
    DocKind {
        name: D::NAME,
        label: D::LABEL,
        schema: D::schema,
        check: check::<D>,
        merge_in: merge_in::<D>,
        replace: replace::<D>,
    }
}

/// Every document kind, in the order My data lists them.
pub const KINDS: &[DocKind] = &[
    kind::<Assessments>(),
    kind::<Goals>(),
    kind::<Plan>(),
    kind::<Guide>(),
    kind::<Workshops>(),
    kind::<Settings>(),
];

pub fn find(name: &str) -> Option<&'static DocKind> {
    KINDS.iter().find(|k| k.name == name)
}
