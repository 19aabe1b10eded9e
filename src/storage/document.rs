//! What a stored document is: a plain type from `domain/` that serde reads
//! and writes (its derives are its stored shape), with a name,
//! a label users see, its migrations, a validity check and a merge rule for
//! when two tabs wrote it at once.

use super::migrate::{current_schema, Migration};
use serde::de::DeserializeOwned;
use serde::Serialize;

pub trait Document: Serialize + DeserializeOwned + Default + Clone + PartialEq + 'static {
    /// Key suffix: stored under `wayfinder:<NAME>`.
    const NAME: &'static str;
    /// What users call this section ("Goals").
    const LABEL: &'static str;

    /// Migrations from schema 1 up to the current schema.
    fn migrations() -> &'static [Migration] {
        &[]
    }

    /// The schema version this build writes.
    fn schema() -> u32 {
        current_schema(Self::migrations())
    }

    /// Rules the shape cannot express (unique ids, ranges). A document that fails
    /// is quarantined, not silently repaired.
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }

    /// Brings loaded data up to date in ways schemas do not cover (the
    /// assessments follow competency framework renames). Runs after
    /// migrations and validation; never removes data.
    fn after_load(&mut self) {}

    /// A short description of the contents for previews ("3 goals").
    fn describe(&self) -> String;

    /// Combines this tab's version with a newer one another tab stored, so
    /// neither tab's edits are lost.
    fn merge(mine: Self, theirs: Self) -> Self;
}
