//! Round trips of every stored type: whole documents with every field
//! populated (any text, any number, every choice) are saved through the
//! storage layer's writer and read back by its reader into the same
//! values, and profile codes, join links and match links carry their whole
//! contents. A field the writer forgot, or a reader that lost one, fails
//! here.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::fmt::Debug;
use wayfinder::domain::assessment::{Assessments, Draft, Priority, Rating, Snapshot};
use wayfinder::domain::decoding::from_text;
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
use wayfinder::domain::reflection::{PlanReflections, Reflection};
use wayfinder::domain::settings::{Persistence, Settings};
use wayfinder::domain::workshop::circles::CircleSizes;
use wayfinder::domain::workshop::dashboard::ProgramRun;
use wayfinder::domain::workshop::document::{Joined, JoinedWorkshops, Workshop, Workshops};
use wayfinder::domain::workshop::identity::IdentityAnswer;
use wayfinder::domain::workshop::matching::Constraints;
use wayfinder::domain::workshop::outputs::{MatchInfo, MatchPerson};
use wayfinder::domain::workshop::profile::{Format, Level, LibraryType, Pref, Profile, Role};
use wayfinder::domain::workshop::program::{
    Cadence as MeetingCadence, Milestone, MilestoneKind, ProgramPlan,
};
use wayfinder::domain::workshop::response::{Answer as SurveyAnswer, Given, Response};
use wayfinder::domain::workshop::score::{Comparison, Weights};
use wayfinder::domain::workshop::setup::{Identity, JoinInfo, Question};
use wayfinder::storage::backend::{KeyValueStore, MemoryStore};
use wayfinder::storage::document::Document;
use wayfinder::storage::envelope::Envelope;
use wayfinder::storage::repo::save;

fn text() -> impl Strategy<Value = String> {
    "\\PC{0,24}"
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 1..4)
}

fn date() -> impl Strategy<Value = String> {
    (1990u32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn one_of<T: Copy + Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(all)
}

fn collection<T: Debug + Clone>(
    item: impl Strategy<Value = T>,
) -> impl Strategy<Value = Collection<T>> {
    (
        prop::collection::vec(item, 1..4),
        prop::collection::vec((any::<u64>(), any::<i64>()), 1..3),
    )
        .prop_map(|(items, deleted)| Collection {
            items,
            deleted: deleted
                .into_iter()
                .map(|(id, at)| Tombstone { id, at })
                .collect(),
        })
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        any::<Option<i64>>(),
        any::<Option<i64>>(),
        one_of(&[
            Persistence::NotAsked,
            Persistence::Granted,
            Persistence::Denied,
            Persistence::Unsupported,
        ]),
        any::<i64>(),
    )
        .prop_map(
            |(last_backup_at, first_used_at, persistence, updated_at)| Settings {
                last_backup_at,
                first_used_at,
                persistence,
                updated_at,
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        text(),
        one_of(&[Horizon::OneToThree, Horizon::ThreeToFive]),
        prop::collection::vec(date(), 0..4),
        any::<i64>(),
        collection(reflection()),
    )
        .prop_map(
            |(aspiration, horizon, review_dates, updated_at, reflections)| Plan {
                aspiration,
                horizon,
                review_dates,
                updated_at,
                reflections,
            },
        )
}

fn reflection() -> impl Strategy<Value = Reflection> {
    (
        any::<u64>(),
        (text(), text(), text(), text()),
        any::<bool>(),
        any::<i64>(),
    )
        .prop_map(
            |(workshop, (program, learned, next, advice), in_plan, updated_at)| Reflection {
                workshop,
                program,
                learned,
                next,
                advice,
                in_plan,
                updated_at,
            },
        )
}

fn goal() -> impl Strategy<Value = Goal> {
    let head = (any::<u64>(), text(), any::<i64>(), any::<i64>());
    let competencies = prop::collection::vec(
        (text(), any::<Option<u8>>(), any::<u8>()).prop_map(|(competency, current, target)| {
            CompetencyTarget {
                competency,
                current,
                target,
            }
        }),
        1..3,
    );
    let smart = (
        one_of(&[GoalKind::Skill, GoalKind::Career, GoalKind::Project]),
        text(),
        text(),
        text(),
        prop::option::of(date()),
    );
    let tasks = prop::collection::vec(
        (
            any::<u64>(),
            text(),
            prop::option::of(date()),
            any::<bool>(),
        )
            .prop_map(|(id, title, due, done)| Task {
                id,
                title,
                due,
                done,
            }),
        1..4,
    );
    let follow = (
        text(),
        text(),
        one_of(&[
            GoalStatus::NotStarted,
            GoalStatus::InProgress,
            GoalStatus::Done,
            GoalStatus::Dropped,
        ]),
        text(),
        any::<Option<u8>>(),
        text(),
        prop::collection::vec(
            (date(), any::<u8>(), text()).prop_map(|(date, progress, note)| CheckIn {
                date,
                progress,
                note,
            }),
            1..3,
        ),
    );
    (head, competencies, smart, tasks, follow).prop_map(
        |(
            (id, title, created_at, updated_at),
            competencies,
            (kind, specific, measure, why, target_date),
            tasks,
            (
                mentor_asks,
                sponsor_asks,
                status,
                dropped_reason,
                manual_progress,
                progress_comment,
                check_ins,
            ),
        )| Goal {
            id,
            title,
            created_at,
            updated_at,
            competencies,
            kind,
            specific,
            measure,
            why,
            target_date,
            tasks,
            mentor_asks,
            sponsor_asks,
            status,
            dropped_reason,
            manual_progress,
            progress_comment,
            check_ins,
        },
    )
}

fn rating() -> impl Strategy<Value = Rating> {
    (text(), any::<Option<u8>>(), text(), one_of(&Priority::ALL)).prop_map(
        |(competency, level, evidence, priority)| Rating {
            competency,
            level,
            evidence,
            priority,
        },
    )
}

fn assessments() -> impl Strategy<Value = Assessments> {
    let snapshot = (
        any::<u64>(),
        any::<i64>(),
        text(),
        any::<u32>(),
        prop::collection::vec(rating(), 1..4),
        any::<i64>(),
    )
        .prop_map(
            |(id, taken_at, label, framework, ratings, updated_at)| Snapshot {
                id,
                taken_at,
                label,
                framework,
                ratings,
                updated_at,
            },
        );
    let draft = (
        any::<i64>(),
        any::<i64>(),
        texts(),
        prop::collection::vec(rating(), 1..4),
        any::<u32>(),
    )
        .prop_map(|(started_at, updated_at, subset, ratings, step)| Draft {
            started_at,
            updated_at,
            subset,
            ratings,
            step: step as usize,
        });
    (collection(snapshot), prop::option::of(draft))
        .prop_map(|(snapshots, draft)| Assessments { snapshots, draft })
}

fn person() -> impl Strategy<Value = Person> {
    let who = (any::<u64>(), text(), text(), text(), text());
    let roles = (
        prop::collection::vec(one_of(&Relation::ALL), 1..4),
        any::<bool>(),
        any::<[bool; 10]>(),
    );
    let meetings = prop::collection::vec(
        (
            date(),
            text(),
            text(),
            prop::collection::vec(any::<u64>(), 1..3),
        )
            .prop_map(|(date, topics, follow_ups, goals)| Meeting {
                date,
                topics,
                follow_ups,
                goals,
            }),
        1..3,
    );
    let asks = prop::collection::vec(
        (
            date(),
            one_of(&AskKind::ALL),
            text(),
            one_of(&AskOutcome::ALL),
        )
            .prop_map(|(date, kind, what, outcome)| Ask {
                date,
                kind,
                what,
                outcome,
            }),
        1..3,
    );
    (who, roles, meetings, asks, any::<i64>()).prop_map(
        |(
            (id, name, role, organisation, how_known),
            (relations, senior, hewlett),
            meetings,
            asks,
            updated_at,
        )| {
            Person {
                id,
                name,
                role,
                organisation,
                how_known,
                relations,
                senior,
                hewlett,
                meetings,
                asks,
                updated_at,
            }
        },
    )
}

fn guide() -> impl Strategy<Value = Guide> {
    let result = (
        any::<u64>(),
        any::<i64>(),
        prop::collection::vec((text(), one_of(&Answer::ALL)), 1..5),
        prop::option::of(one_of(&Need::ALL)),
        one_of(&Verdict::ALL),
    )
        .prop_map(|(id, taken_at, answers, wish, verdict)| DiagnosticResult {
            id,
            taken_at,
            answers,
            wish,
            verdict,
        });
    let agreement = (
        (text(), text(), prop::collection::vec(any::<u64>(), 1..3)),
        (
            one_of(&Cadence::ALL),
            one_of(&Channel::ALL),
            date(),
            any::<u8>(),
        ),
        (text(), text(), text(), any::<i64>()),
    )
        .prop_map(
            |(
                (mentor, mentee, goals),
                (cadence, channel, start, months),
                (confidentiality, feedback, closure, updated_at),
            )| {
                Agreement {
                    mentor,
                    mentee,
                    goals,
                    cadence,
                    channel,
                    start,
                    months,
                    confidentiality,
                    feedback,
                    closure,
                    updated_at,
                }
            },
        );
    let program =
        (date(), any::<u8>(), any::<i64>()).prop_map(|(start, months, updated_at)| Program {
            start,
            months,
            updated_at,
        });
    (collection(person()), collection(result), agreement, program).prop_map(
        |(people, results, agreement, program)| Guide {
            network: Network { people },
            results,
            agreement,
            program,
        },
    )
}

/// A program plan with every field populated.
fn program_plan() -> impl Strategy<Value = ProgramPlan> {
    let kind = prop::sample::select(MilestoneKind::ALL.to_vec());
    let milestone = (kind, "20[0-9]{2}-[01][0-9]-[0-3][0-9]", ".{1,40}")
        .prop_map(|(kind, date, title)| Milestone { kind, date, title });
    (
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
        3u8..=12,
        prop::sample::select(MeetingCadence::ALL.to_vec()),
        prop::collection::vec(milestone, 1..6),
    )
        .prop_map(|(start, months, cadence, milestones)| ProgramPlan {
            start,
            months,
            cadence,
            milestones,
        })
}

fn join_info() -> impl Strategy<Value = JoinInfo> {
    (
        any::<u64>(),
        text(),
        text(),
        text(),
        texts(),
        prop::collection::vec(one_of(&Question::ALL), 1..4),
        prop::collection::vec(one_of(&Identity::ALL), 1..4),
    )
        .prop_map(
            |(workshop, name, dates, contact, competencies, questions, identity)| JoinInfo {
                workshop,
                name,
                dates,
                contact,
                competencies,
                questions,
                identity,
            },
        )
}

fn identity_answer() -> impl Strategy<Value = IdentityAnswer> {
    (one_of(&Identity::ALL), texts(), text(), one_of(Pref::ALL)).prop_map(
        |(dimension, choices, described, pref)| IdentityAnswer {
            dimension,
            choices,
            described,
            pref,
        },
    )
}

fn profile() -> impl Strategy<Value = Profile> {
    let who = (
        any::<u64>(),
        any::<u64>(),
        text(),
        text(),
        one_of(Role::ALL),
    );
    let practical = (
        prop::option::of(one_of(LibraryType::ALL)),
        prop::option::of(one_of(Level::ALL)),
        any::<Option<u8>>(),
        text(),
        any::<Option<i8>>(),
        prop::option::of(one_of(Format::ALL)),
        any::<u8>(),
        text(),
    );
    let wishes = (
        texts(),
        texts(),
        text(),
        texts(),
        prop::collection::vec(identity_answer(), 1..3),
        any::<i64>(),
    );
    (who, practical, wishes).prop_map(
        |(
            (id, workshop, name, contact, role),
            (library_type, level, years, region, utc_offset, format, availability, organisation),
            (grow, offer, goal, exclude, identity, saved_at),
        )| Profile {
            id,
            workshop,
            name,
            contact,
            role,
            library_type,
            level,
            years,
            region,
            organisation,
            utc_offset,
            format,
            availability,
            grow,
            offer,
            goal,
            exclude,
            identity,
            saved_at,
        },
    )
}

fn workshops() -> impl Strategy<Value = Workshops> {
    let pairs = || prop::collection::vec((any::<u64>(), any::<u64>()), 1..3);
    let constraints = (
        prop::collection::vec((any::<u64>(), any::<u32>()), 1..3),
        any::<u32>(),
        pairs(),
        pairs(),
        1u8..=60,
    )
        .prop_map(
            |(capacity, default_capacity, locks, forbids, min_mentor_years)| Constraints {
                capacity,
                default_capacity,
                locks,
                forbids,
                separate_organisations: true,
                min_mentor_years,
            },
        );
    let workshop = (
        any::<u64>(),
        any::<i64>(),
        join_info(),
        (any::<[u8; 8]>(), any::<(bool, bool)>()),
        constraints,
        prop::collection::vec(profile(), 1..3),
        prop::collection::vec(any::<u64>(), 1..3),
        (program_plan(), program_run()),
        (2u8..=12, 2u8..=12),
    )
        .prop_map(
            |(
                id,
                updated_at,
                info,
                (weights, (different_library_type, peers)),
                constraints,
                participants,
                removed,
                (program, run),
                (smallest, largest),
            )| {
                Workshop {
                    id,
                    updated_at,
                    info,
                    weights: Weights(weights),
                    comparison: Comparison {
                        different_library_type,
                        peers,
                    },
                    constraints,
                    participants,
                    removed,
                    program: Some(program),
                    run,
                    circle_sizes: CircleSizes { smallest, largest },
                }
            },
        );
    let joined = (
        any::<u64>(),
        any::<i64>(),
        join_info(),
        profile(),
        text(),
        prop::collection::vec(response(), 0..3),
    )
        .prop_map(
            |(id, updated_at, info, profile, partner, responses)| Joined {
                id,
                updated_at,
                info,
                profile,
                partner,
                responses,
            },
        );
    (collection(workshop), collection(joined))
        .prop_map(|(workshops, joined)| Workshops { workshops, joined })
}

/// A running program with pairs, responses and a raised threshold.
fn program_run() -> impl Strategy<Value = ProgramRun> {
    (
        prop::collection::vec(any::<(u64, u64)>(), 1..4),
        prop::collection::vec(response(), 1..3),
        6u8..=20,
        text(),
    )
        .prop_map(|(pairs, responses, threshold, signed_by)| ProgramRun {
            pairs,
            responses,
            threshold,
            signed_by,
        })
}

/// A survey response with answers of every kind.
fn response() -> impl Strategy<Value = Response> {
    let answer = prop_oneof![
        any::<u8>().prop_map(SurveyAnswer::Scale),
        any::<u8>().prop_map(SurveyAnswer::Choice),
        any::<bool>().prop_map(SurveyAnswer::YesNo),
        text().prop_map(SurveyAnswer::Text),
    ];
    let given = (text(), answer).prop_map(|(question, answer)| Given { question, answer });
    (
        (any::<u64>(), text(), any::<u64>(), text()),
        one_of(Role::ALL),
        prop::collection::vec(given, 0..5),
        any::<bool>(),
        any::<i64>(),
    )
        .prop_map(
            |(
                (workshop, milestone, person, name),
                role,
                answers,
                name_with_comment,
                answered_at,
            )| {
                Response {
                    workshop,
                    milestone,
                    person,
                    name,
                    role,
                    answers,
                    name_with_comment,
                    answered_at,
                }
            },
        )
}

fn match_info() -> impl Strategy<Value = MatchInfo> {
    let person = || {
        (any::<u64>(), text(), text(), text(), texts()).prop_map(
            |(id, name, contact, goal, competencies)| MatchPerson {
                id,
                name,
                contact,
                goal,
                competencies,
            },
        )
    };
    (
        (text(), text(), text()),
        person(),
        person(),
        any::<u32>(),
        texts(),
        any::<u64>(),
        prop::option::of(program_plan()),
    )
        .prop_map(
            |(
                (workshop, dates, facilitator),
                mentee,
                mentor,
                score,
                reasons,
                workshop_id,
                program,
            )| MatchInfo {
                workshop,
                dates,
                facilitator,
                mentee,
                mentor,
                score,
                reasons,
                workshop_id,
                program,
            },
        )
}

/// Saves `doc` with the storage layer's writer and reads the stored text
/// back with its reader (the shape alone: the rules of `validate` are
/// tested elsewhere, and arbitrary values need not follow them).
fn stored_and_read<D: Document + Debug>(doc: &D) -> D {
    stored_and_read_as(doc)
}

/// [`stored_and_read`] into another type `W` of the same stored document
/// (a part saved, read back as the whole document).
fn stored_and_read_as<D: Document + Debug, W: Document + Debug>(doc: &D) -> W {
    let store = MemoryStore::new();
    save(&store, doc, 0, 0, 1).unwrap();
    let raw = store
        .get(&format!("wayfinder:{}", D::NAME))
        .unwrap()
        .unwrap();
    let env = Envelope::parse(&raw).unwrap();
    assert_eq!((env.schema, D::NAME), (W::schema(), W::NAME));
    from_text(env.data.get()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn settings_round_trip(doc in settings()) {
        prop_assert_eq!(stored_and_read(&doc), doc);
    }

    #[test]
    fn plans_round_trip(doc in plan()) {
        prop_assert_eq!(stored_and_read(&doc), doc);
    }

    #[test]
    fn goals_round_trip(goals in collection(goal())) {
        let doc = Goals { goals };
        prop_assert_eq!(stored_and_read(&doc), doc);
    }

    #[test]
    fn assessments_round_trip(doc in assessments()) {
        prop_assert_eq!(stored_and_read(&doc), doc);
    }

    #[test]
    fn guides_round_trip(doc in guide()) {
        prop_assert_eq!(stored_and_read(&doc), doc);
    }

    #[test]
    fn workshops_round_trip(doc in workshops()) {
        prop_assert_eq!(stored_and_read(&doc), doc);
    }

    /// The participant's page reads the workshops and the plan in part
    /// (`JoinedWorkshops`, `PlanReflections`): whatever the documents hold,
    /// its part replaced and written back, every other field is as it was.
    #[test]
    fn documents_read_in_part_keep_everything_else(
        workshops in workshops(),
        other in workshops(),
        plan in plan(),
        other_plan in plan(),
    ) {
        let mut part: JoinedWorkshops = from_text(&serde_json::to_string(&workshops).unwrap()).unwrap();
        prop_assert_eq!(&part.joined, &workshops.joined);
        part.joined = other.joined.clone();
        let back: Workshops = stored_and_read_as(&part);
        prop_assert_eq!(back, Workshops { joined: other.joined, ..workshops });

        let mut part: PlanReflections = from_text(&serde_json::to_string(&plan).unwrap()).unwrap();
        prop_assert_eq!(&part.reflections, &plan.reflections);
        part.reflections = other_plan.reflections.clone();
        let back: Plan = stored_and_read_as(&part);
        prop_assert_eq!(back, Plan { reflections: other_plan.reflections, ..plan });
    }

    #[test]
    fn codes_carry_their_whole_contents(
        p in profile(),
        j in join_info(),
        m in match_info(),
        r in response(),
    ) {
        // The shape alone, as above: codes of arbitrary values need not
        // pass the checks `from_code` adds.
        use wayfinder::domain::workshop::codec::{decode, Kind};
        prop_assert_eq!(decode::<Profile>(Kind::Profile, &p.code()).unwrap(), p);
        prop_assert_eq!(decode::<JoinInfo>(Kind::Join, &j.code()).unwrap(), j);
        prop_assert_eq!(decode::<MatchInfo>(Kind::Match, &m.code()).unwrap(), m);
        prop_assert_eq!(decode::<Response>(Kind::Response, &r.code()).unwrap(), r);
    }
}
