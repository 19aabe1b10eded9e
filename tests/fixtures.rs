//! Every schema version each document was ever stored in has a fixture under
//! `tests/fixtures/<document>/v<schema>.json` (a stored envelope, as the app
//! of that version wrote it). Each must load through all migrations into
//! today's types and validate. A new schema version without its fixture
//! fails `every_schema_version_has_a_fixture`.

use std::path::PathBuf;
use wayfinder::domain::goals::Goals;
use wayfinder::domain::settings::{Persistence, Settings};
use wayfinder::storage::envelope::Envelope;
use wayfinder::storage::registry::KINDS;
use wayfinder::storage::repo::{decode, Stored};

fn fixture_path(name: &str, schema: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .join(format!("v{schema}.json"))
}

fn fixture(name: &str, schema: u32) -> String {
    let path = fixture_path(name, schema);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_schema_version_has_a_fixture() {
    for kind in KINDS {
        for schema in 1..=(kind.schema)() {
            assert!(
                fixture_path(kind.name, schema).exists(),
                "missing fixture tests/fixtures/{}/v{schema}.json",
                kind.name
            );
        }
    }
}

#[test]
fn every_fixture_loads_through_all_migrations() {
    for kind in KINDS {
        for schema in 1..=(kind.schema)() {
            let raw = fixture(kind.name, schema);
            let env =
                Envelope::parse(&raw).unwrap_or_else(|e| panic!("{} v{schema}: {e}", kind.name));
            assert_eq!(
                env.schema, schema,
                "{} v{schema} declares another schema",
                kind.name
            );
            let described = (kind.check)(env)
                .unwrap_or_else(|e| panic!("{} v{schema} does not load: {e:?}", kind.name));
            assert!(!described.is_empty());
        }
    }
}

#[test]
fn settings_v1_keeps_every_value() {
    let d = decode::<Settings>(&fixture("settings", 1)).unwrap();
    assert_eq!(d.rev, 7);
    assert_eq!(d.stored, Stored::Current);
    assert_eq!(d.doc.last_backup_at, Some(1_764_028_800_000));
    assert_eq!(d.doc.first_used_at, Some(1_761_955_200_000));
    assert_eq!(d.doc.persistence, Persistence::Granted);
}

#[test]
fn goals_v1_keeps_titles_dates_and_tombstones() {
    let d = decode::<Goals>(&fixture("goals", 1)).unwrap();
    assert_eq!(d.rev, 12);
    let items = &d.doc.goals.items;
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0].title,
        "Run my first budget meeting with the branch team"
    );
    assert_eq!(items[0].created_at, 1_764_000_000_000);
    assert_eq!(items[1].id, 1_764_000_000_002);
    assert_eq!(d.doc.goals.deleted.len(), 1);
}

#[test]
fn assessments_v1_keeps_snapshots_ratings_and_the_draft() {
    use wayfinder::domain::assessment::{Assessments, Priority};
    let d = decode::<Assessments>(&fixture("assessments", 1)).unwrap();
    let a = d.doc;
    assert_eq!(a.snapshots.items.len(), 2);
    let first = a.first().unwrap();
    assert_eq!(first.label, "start of program");
    assert_eq!(first.level("communication"), Some(1));
    assert_eq!(
        first.rating("communication").unwrap().priority,
        Priority::High
    );
    assert_eq!(first.level("resource-management"), None);
    assert_eq!(a.latest().unwrap().level("communication"), Some(3));
    assert_eq!(a.draft.unwrap().step, 1);
}

#[test]
fn guide_v1_keeps_people_checklists_results_and_the_agreement() {
    use wayfinder::domain::guide::agreement::Cadence;
    use wayfinder::domain::guide::diagnostic::Answer;
    use wayfinder::domain::guide::network::{read_checklist, Relation, SponsorReading};
    use wayfinder::domain::guide::Guide;
    let g = decode::<Guide>(&fixture("guide", 1)).unwrap().doc;
    let n = &g.network;
    let ana = &n.people.items[0];
    assert_eq!(ana.relations, [Relation::Mentor, Relation::Sponsor]);
    assert_eq!(
        read_checklist(ana.senior, &ana.hewlett),
        SponsorReading::Ally
    );
    assert!(
        !ana.senior,
        "not asked before schema 2's checklist: unanswered"
    );
    assert_eq!(ana.meetings[0].goals, [1_764_000_000_000]);
    assert_eq!(n.people.items[1].meetings.len(), 0);
    assert_eq!(n.people.deleted.len(), 1);
    assert_eq!(g.results.items[0].answers.len(), 3);
    // The old questions' answers moved to the new ones, with their meaning.
    let answers: Vec<(&str, Answer)> = g.results.items[0]
        .answers
        .iter()
        .map(|(q, a)| (q.as_str(), *a))
        .collect();
    assert_eq!(
        answers,
        [
            ("new-in-role", Answer::Yes),
            ("passed-over", Answer::No),
            ("visible", Answer::Unsure)
        ]
    );
    assert_eq!(g.agreement.cadence, Cadence::Monthly);
    assert_eq!(g.agreement.closure, "Either of us, any time, no blame.");
    assert_eq!(g.program.steps().unwrap().len(), 9);
}

#[test]
fn workshops_v1_keeps_setup_constraints_participants_and_joined_drafts() {
    use wayfinder::domain::workshop::document::Workshops;
    use wayfinder::domain::workshop::profile::{Pref, Role};
    let d = decode::<Workshops>(&fixture("workshops", 1)).unwrap().doc;
    let w = &d.workshops.items[0];
    assert_eq!(w.info.name, "Emerging Leaders 2027");
    assert_eq!(w.weights.0[7], 4);
    assert_eq!(w.constraints.default_capacity, 2);
    assert_eq!(w.constraints.capacity, [(22, 1)]);
    assert_eq!(w.constraints.locks, [(11, 22)]);
    assert_eq!(w.constraints.forbids, [(12, 22)]);
    assert_eq!(w.participants.len(), 3);
    assert_eq!(w.participants[0].identity[0].pref, Pref::Same);
    // Free text from before the choices: "woman" is the choice Woman.
    assert_eq!(w.participants[0].identity[0].choices, ["woman"]);
    assert!(w.participants[0].identity[0].described.is_empty());
    assert_eq!(w.participants[0].availability, 5);
    assert_eq!(d.workshops.deleted.len(), 1);
    let j = &d.joined.items[0];
    assert_eq!(j.profile.role, Role::Either);
    assert!(j.profile.name.is_empty(), "a draft may have no name yet");
}

#[test]
fn guide_v2_keeps_the_wish_and_the_checklist_precondition() {
    use wayfinder::domain::guide::diagnostic::Need;
    use wayfinder::domain::guide::network::{read_checklist, SponsorReading};
    use wayfinder::domain::guide::Guide;
    let g = decode::<Guide>(&fixture("guide", 2)).unwrap().doc;
    assert_eq!(g.results.items[0].wish, Some(Need::Mentor));
    assert_eq!(g.results.items[0].answers.len(), 5);
    let ana = &g.network.people.items[0];
    assert!(ana.senior);
    assert_eq!(
        read_checklist(ana.senior, &ana.hewlett),
        SponsorReading::Ally
    );
}

#[test]
fn workshops_v2_keeps_choices_and_self_descriptions() {
    use wayfinder::domain::workshop::document::Workshops;
    let d = decode::<Workshops>(&fixture("workshops", 2)).unwrap().doc;
    let p = &d.workshops.items[0].participants;
    assert_eq!(p[0].identity[0].choices, ["woman"]);
    assert_eq!(p[1].identity[0].choices, ["black", "white"]);
    assert_eq!(p[2].identity[0].described, "Two-Spirit");
    assert!(p[2].identity[0].same_as(&p[0].identity[0]) == Some(false));
}
