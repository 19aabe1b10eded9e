//! Data written by the release before serde (`tests/fixtures/*/full-v*.json`,
//! the backup and the codes under `tests/fixtures/{backup,codes}/`), with
//! every field populated, opens into exactly the values it was written
//! from (`common/full.rs`), and today's writer writes the same shape back.

#[path = "common/full.rs"]
mod full;

use std::fmt::Debug;
use wayfinder::domain::reflection::PlanReflections;
use wayfinder::domain::workshop::document::{JoinedWorkshops, Workshops};
use wayfinder::domain::workshop::outputs::MatchInfo;
use wayfinder::domain::workshop::profile::{Profile, Role};
use wayfinder::domain::workshop::setup::JoinInfo;
use wayfinder::storage::backend::{KeyValueStore, MemoryStore};
use wayfinder::storage::backup::{self, RestoreMode};
use wayfinder::storage::document::Document;
use wayfinder::storage::repo::{decode, open, save, Status, Stored};

fn read(path: &str) -> String {
    let path = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn data_of(raw: &str) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_str(raw).unwrap();
    v["data"].take()
}

/// `doc` saved by today's writer into an empty store: the stored text.
fn saved_again<D: Document>(doc: &D) -> String {
    let store = MemoryStore::new();
    save(&store, doc, 0, 0, 1).unwrap();
    store
        .get(&format!("wayfinder:{}", D::NAME))
        .unwrap()
        .unwrap()
}

/// Opens the full fixture of `D` into `want`, then saves it again and
/// compares what is stored with what the old release wrote.
fn opens_completely_and_writes_the_same<D: Document + Debug>(want: D) {
    let raw = read(&format!("{}/full-v{}.json", D::NAME, D::schema()));
    let decoded = decode::<D>(&raw).unwrap_or_else(|e| panic!("{}: {e}", D::NAME));
    assert_eq!(decoded.stored, Stored::Current);
    assert_eq!(decoded.rev, 2);
    assert_eq!(decoded.doc, want, "{} lost or changed a field", D::NAME);
    let written = saved_again(&decoded.doc);
    assert_eq!(
        data_of(&written),
        data_of(&raw),
        "{} is written in another shape than before",
        D::NAME
    );
}

#[test]
fn settings_open_completely() {
    opens_completely_and_writes_the_same(full::settings());
}

#[test]
fn the_plan_opens_completely() {
    opens_completely_and_writes_the_same(full::plan());
}

#[test]
fn goals_open_completely() {
    opens_completely_and_writes_the_same(full::goals());
}

#[test]
fn assessments_open_completely() {
    opens_completely_and_writes_the_same(full::assessments());
}

#[test]
fn the_guide_opens_completely() {
    opens_completely_and_writes_the_same(full::guide());
}

#[test]
fn workshops_open_completely() {
    opens_completely_and_writes_the_same(full::workshops());
}

/// The participant's page reads the workshops and the plan in part
/// (`JoinedWorkshops`, `PlanReflections`: `domain::partial`). Opened from
/// a full fixture and saved again, the document is stored in the shape the
/// old release wrote, and opens whole into the same values.
fn read_in_part_and_written_back_unchanged<P: Document + Debug, D: Document + Debug>(want: D) {
    assert_eq!((P::NAME, P::schema()), (D::NAME, D::schema()));
    let raw = read(&format!("{}/full-v{}.json", D::NAME, D::schema()));
    let part = decode::<P>(&raw).unwrap_or_else(|e| panic!("{}: {e}", D::NAME));
    assert_eq!(part.stored, Stored::Current);
    let written = saved_again(&part.doc);
    assert_eq!(data_of(&written), data_of(&raw), "{} changed", D::NAME);
    assert_eq!(decode::<D>(&written).unwrap().doc, want);
}

#[test]
fn the_participants_page_writes_the_workshops_and_the_plan_back_unchanged() {
    read_in_part_and_written_back_unchanged::<JoinedWorkshops, _>(full::workshops());
    read_in_part_and_written_back_unchanged::<PlanReflections, _>(full::plan());
}

/// The participant's page carries no migrations: an old workshops
/// document opens there read-only and stays as stored, until the
/// facilitator's page opens it, migrates it and saves it at once; then
/// the participant's page reads it and writes it back whole.
#[test]
fn an_old_workshops_document_is_upgraded_by_the_facilitators_page_for_the_participants() {
    let raw = read("workshops/v1.json");
    let store = MemoryStore::new();
    store.set("wayfinder:workshops", &raw).unwrap();
    let part = open::<JoinedWorkshops>(&store, 1);
    assert_eq!(part.status, Status::Older { schema: 1 });
    assert_eq!(store.get("wayfinder:workshops").unwrap(), Some(raw.clone()));

    let whole = open::<Workshops>(&store, 2);
    assert_eq!(whole.status, Status::Ok);
    assert_eq!(whole.doc, decode::<Workshops>(&raw).unwrap().doc);
    let upgraded = store.get("wayfinder:workshops").unwrap().unwrap();
    assert_eq!(
        decode::<Workshops>(&upgraded).unwrap().stored,
        Stored::Current
    );

    let part = open::<JoinedWorkshops>(&store, 3);
    assert_eq!(part.status, Status::Ok);
    assert_eq!(part.doc.joined, whole.doc.joined);
    let written = saved_again(&part.doc);
    assert_eq!(decode::<Workshops>(&written).unwrap().doc, whole.doc);
}

#[test]
fn a_backup_restores_completely() {
    let text = read("backup/full-v1.json");
    let preview = backup::read(text.as_bytes()).unwrap();
    assert_eq!(preview.sections.len(), 6);
    let store = MemoryStore::new();
    backup::restore(&store, &preview, RestoreMode::Replace, 2).unwrap();
    restored(&store, full::settings());
    restored(&store, full::plan());
    restored(&store, full::goals());
    restored(&store, full::assessments());
    restored(&store, full::guide());
    restored(&store, full::workshops());
}

fn restored<D: Document + Debug>(store: &MemoryStore, want: D) {
    assert_eq!(
        open::<D>(store, 3).doc,
        want,
        "{} restored differently",
        D::NAME
    );
}

#[test]
fn join_links_profile_codes_and_match_links_still_open() {
    let text = read("codes/v1.txt");
    let codes: Vec<&str> = text.lines().collect();
    assert_eq!(codes.len(), 3);
    assert_eq!(JoinInfo::from_code(codes[0]).unwrap(), full::join_info());
    assert_eq!(
        Profile::from_code(codes[1]).unwrap(),
        full::profile(21, Role::Mentee)
    );
    assert_eq!(MatchInfo::from_code(codes[2]).unwrap(), full::match_info());
    // What today's build writes opens the same.
    let p = full::profile(21, Role::Mentee);
    assert_eq!(Profile::from_code(&p.code()).unwrap(), p);
}
