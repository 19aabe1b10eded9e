//! One document of each stored type with every field populated (no field at
//! its default, every list non-empty, every choice away from its default),
//! built from struct literals only. `tests/fixtures/<document>/full-v<schema>.json`
//! holds each as the release before serde wrote it; `tests/full_fixtures.rs`
//! checks that today's code reads each back into exactly these values.

use wayfinder::domain::assessment::{Assessments, Draft, Priority, Rating, Snapshot};
use wayfinder::domain::goals::{
    CheckIn, CompetencyTarget, Goal, GoalKind, GoalStatus, Goals, Task,
};
use wayfinder::domain::guide::agreement::{Agreement, Cadence, Channel};
use wayfinder::domain::guide::diagnostic::{Answer, DiagnosticResult, Need, Verdict};
use wayfinder::domain::guide::network::{
    Ask, AskKind, AskOutcome, Meeting, Network, Person, Relation,
};
use wayfinder::domain::guide::timeline::Program;
use wayfinder::domain::guide::Guide;
use wayfinder::domain::plan::{Horizon, Plan};
use wayfinder::domain::records::{Collection, Tombstone};
use wayfinder::domain::settings::{Persistence, Settings};
use wayfinder::domain::workshop::circles::CircleSizes;
use wayfinder::domain::workshop::dashboard::ProgramRun;
use wayfinder::domain::workshop::document::{Joined, Workshop, Workshops};
use wayfinder::domain::workshop::identity::IdentityAnswer;
use wayfinder::domain::workshop::matching::Constraints;
use wayfinder::domain::workshop::outputs::{MatchInfo, MatchPerson};
use wayfinder::domain::workshop::profile::{Format, Level, LibraryType, Pref, Profile, Role};
use wayfinder::domain::workshop::score::{Comparison, Weights};
use wayfinder::domain::workshop::setup::{Identity, JoinInfo, Question};

const T0: i64 = 1_764_000_000_000;

fn tombstones() -> Vec<Tombstone> {
    vec![Tombstone { id: 9, at: T0 + 9 }]
}

pub fn settings() -> Settings {
    Settings {
        last_backup_at: Some(T0 + 1),
        first_used_at: Some(T0 - 1),
        persistence: Persistence::Denied,
        updated_at: T0 + 2,
    }
}

pub fn plan() -> Plan {
    Plan {
        aspiration: "Lead a county system — \"with\" care\nand ünïcode".into(),
        horizon: Horizon::ThreeToFive,
        review_dates: vec!["2027-01-15".into(), "2027-04-15".into()],
        updated_at: T0 + 3,
        // Closing reflections (#16) came after this fixture was written.
        reflections: Default::default(),
    }
}

pub fn goals() -> Goals {
    let goal = Goal {
        id: 1,
        title: "Run the budget meeting".into(),
        created_at: T0,
        updated_at: T0 + 5,
        competencies: vec![CompetencyTarget {
            competency: "communication".into(),
            current: Some(1),
            target: 3,
        }],
        kind: GoalKind::Career,
        specific: "Chair it myself".into(),
        measure: "Three meetings chaired".into(),
        why: "The team needs a voice".into(),
        target_date: Some("2027-03-31".into()),
        tasks: vec![
            Task {
                id: 11,
                title: "Draft the agenda".into(),
                due: Some("2027-01-10".into()),
                done: true,
            },
            Task {
                id: 12,
                title: "Ask for feedback".into(),
                due: None,
                done: false,
            },
        ],
        mentor_asks: "How to open".into(),
        sponsor_asks: "Name me to the board".into(),
        status: GoalStatus::Dropped,
        dropped_reason: "Budget moved".into(),
        manual_progress: Some(40),
        progress_comment: "Half way".into(),
        check_ins: vec![CheckIn {
            date: "2026-12-01".into(),
            progress: 30,
            note: "Good start".into(),
        }],
    };
    Goals {
        goals: Collection {
            items: vec![goal],
            deleted: tombstones(),
        },
    }
}

pub fn assessments() -> Assessments {
    let rating = |competency: &str, level, priority| Rating {
        competency: competency.into(),
        level,
        evidence: format!("Evidence for {competency}"),
        priority,
    };
    Assessments {
        snapshots: Collection {
            items: vec![Snapshot {
                id: 2,
                taken_at: T0 + 10,
                label: "start of program".into(),
                framework: 1,
                ratings: vec![
                    rating("communication", Some(2), Priority::High),
                    rating("ethics", None, Priority::Low),
                ],
                updated_at: T0 + 11,
            }],
            deleted: tombstones(),
        },
        draft: Some(Draft {
            started_at: T0 + 20,
            updated_at: T0 + 21,
            subset: vec!["communication".into(), "conflict".into()],
            ratings: vec![rating("conflict", Some(4), Priority::High)],
            step: 1,
        }),
    }
}

pub fn guide() -> Guide {
    let mut hewlett = [false; 10];
    hewlett[0] = true;
    hewlett[3] = true;
    hewlett[9] = true;
    let person = Person {
        id: 3,
        name: "Ana Ölund".into(),
        role: "Director".into(),
        organisation: "County Library".into(),
        how_known: "Conference".into(),
        relations: vec![Relation::Mentor, Relation::Sponsor, Relation::Supervisor],
        senior: true,
        hewlett,
        meetings: vec![Meeting {
            date: "2026-11-02".into(),
            topics: "Budget".into(),
            follow_ups: "Send draft".into(),
            goals: vec![1],
        }],
        asks: vec![Ask {
            date: "2026-11-03".into(),
            kind: AskKind::Nomination,
            what: "The regional board".into(),
            outcome: AskOutcome::Yes,
        }],
        updated_at: T0 + 30,
    };
    Guide {
        network: Network {
            people: Collection {
                items: vec![person],
                deleted: tombstones(),
            },
        },
        results: Collection {
            items: vec![DiagnosticResult {
                id: 4,
                taken_at: T0 + 40,
                answers: vec![
                    ("new-in-role".into(), Answer::Yes),
                    ("visible".into(), Answer::Unsure),
                    ("passed-over".into(), Answer::No),
                ],
                wish: Some(Need::Sponsor),
                verdict: Verdict::Both,
            }],
            deleted: tombstones(),
        },
        agreement: Agreement {
            mentor: "Ana".into(),
            mentee: "Bo".into(),
            goals: vec![1],
            cadence: Cadence::Fortnightly,
            channel: Channel::InPerson,
            start: "2027-01-04".into(),
            months: 9,
            confidentiality: "Between us".into(),
            feedback: "Monthly".into(),
            closure: "Either of us, any time".into(),
            updated_at: T0 + 50,
        },
        program: Program {
            start: "2027-01-04".into(),
            months: 6,
            updated_at: T0 + 60,
        },
    }
}

pub fn join_info() -> JoinInfo {
    JoinInfo {
        workshop: 77,
        name: "Emerging Leaders 2027".into(),
        dates: "March–May".into(),
        contact: "facilitator@example.org".into(),
        competencies: vec!["communication".into(), "conflict".into()],
        questions: vec![
            Question::LibraryType,
            Question::Level,
            Question::Experience,
            Question::Region,
            Question::Format,
            Question::Availability,
        ],
        identity: vec![
            Identity::Gender,
            Identity::RaceEthnicity,
            Identity::Disability,
        ],
    }
}

pub fn profile(id: u64, role: Role) -> Profile {
    Profile {
        id,
        workshop: 77,
        name: format!("Person {id}"),
        contact: format!("p{id}@example.org"),
        role,
        library_type: Some(LibraryType::Academic),
        level: Some(Level::Manager),
        years: Some(7),
        region: "Québec".into(),
        // Written by a release that did not ask for it.
        organisation: String::new(),
        utc_offset: Some(-5),
        format: Some(Format::Online),
        availability: 0b101,
        grow: vec!["communication".into()],
        offer: vec!["conflict".into()],
        goal: "Lead a merger".into(),
        exclude: vec!["Élodie Martin".into()],
        identity: vec![
            IdentityAnswer {
                dimension: Identity::Gender,
                choices: vec!["woman".into()],
                described: String::new(),
                pref: Pref::Same,
            },
            IdentityAnswer {
                dimension: Identity::RaceEthnicity,
                choices: vec!["black".into(), "white".into()],
                described: "Métis".into(),
                pref: Pref::Different,
            },
        ],
        // Written by a release that did not keep it.
        saved_at: 0,
    }
}

pub fn workshops() -> Workshops {
    let workshop = Workshop {
        id: 77,
        updated_at: T0 + 70,
        info: join_info(),
        weights: Weights([1, 2, 3, 4, 5, 0, 1, 2]),
        // Written by a release that read every pair the usual way.
        comparison: Comparison::default(),
        constraints: Constraints {
            capacity: vec![(22, 3)],
            default_capacity: 2,
            locks: vec![(21, 22)],
            forbids: vec![(23, 22)],
            // Written by a release without these rules.
            separate_organisations: false,
            min_mentor_years: 0,
        },
        participants: vec![
            profile(21, Role::Mentee),
            profile(22, Role::Mentor),
            profile(23, Role::Either),
        ],
        removed: vec![5, 6],
        // The fixture was written by a release without programs.
        program: None,
        run: ProgramRun::default(),
        // Written by a release without peer circles.
        circle_sizes: CircleSizes::default(),
    };
    Workshops {
        workshops: Collection {
            items: vec![workshop],
            deleted: tombstones(),
        },
        joined: Collection {
            items: vec![Joined {
                id: 77,
                updated_at: T0 + 80,
                info: join_info(),
                profile: profile(31, Role::Mentor),
                // Written by a release without programs.
                partner: String::new(),
                responses: Vec::new(),
            }],
            deleted: tombstones(),
        },
    }
}

pub fn match_info() -> MatchInfo {
    let person = |name: &str| MatchPerson {
        id: 0,
        name: name.into(),
        contact: format!("{name}@example.org"),
        goal: "Lead a merger".into(),
        competencies: vec!["communication".into()],
    };
    MatchInfo {
        workshop: "Emerging Leaders 2027".into(),
        dates: "March–May".into(),
        facilitator: "facilitator@example.org".into(),
        mentee: person("bo"),
        mentor: person("ana"),
        score: 812,
        reasons: vec!["Offers 1 of the 1 competency".into(), "Same region".into()],
        // The fixture was written by a release without programs.
        workshop_id: 0,
        program: None,
    }
}
