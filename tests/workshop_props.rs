//! Property tests of the workshop core (native only): the assignment is
//! always valid (each person at most once, capacities, locks and
//! forbidden pairs respected), as good as a brute-force optimum for up to
//! 7 mentees, and deterministic; a whole cohort's scores are each pair's
//! explained fit; the facilitator's rules (organisations apart, mentors'
//! experience) are never broken and the match under them is as good as a
//! brute force's; codes round-trip and no input makes decoding panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use wayfinder::domain::names::name_key;
use wayfinder::domain::workshop::assign::{is_valid, solve, total, Assignment, Problem};
use wayfinder::domain::workshop::identity::IdentityAnswer;
use wayfinder::domain::workshop::matching::{run, Constraints};
use wayfinder::domain::workshop::outputs::MatchInfo;
use wayfinder::domain::workshop::profile::{Format, Level, LibraryType, Pref, Profile, Role};
use wayfinder::domain::workshop::score::{fit, Comparison, Weights};
use wayfinder::domain::workshop::scoring::score_all;
use wayfinder::domain::workshop::setup::Identity;
use wayfinder::domain::workshop::setup::JoinInfo;

/// The best (total fit, pairs) by trying every assignment; like the
/// solver, it counts one point per pair on top of the fit (a pair beats
/// none).
fn brute_force(p: &Problem) -> (i64, usize) {
    fn go(p: &Problem, i: usize, a: &mut Assignment, best: &mut Option<(i64, usize)>) {
        if i == p.fit.len() {
            if is_valid(p, a) {
                let pairs = a.iter().filter(|x| x.is_some()).count();
                let t = total(p, a);
                if best.is_none_or(|(bt, bp)| t + pairs as i64 > bt + bp as i64) {
                    *best = Some((t, pairs));
                }
            }
            return;
        }
        for j in std::iter::once(None).chain((0..p.capacity.len()).map(Some)) {
            a[i] = j;
            go(p, i + 1, a, best);
        }
        a[i] = None;
    }
    let mut best = None;
    go(p, 0, &mut vec![None; p.fit.len()], &mut best);
    best.expect("unmatched everyone is always valid when locks are usable")
}

fn problem() -> impl Strategy<Value = Problem> {
    (1usize..=7, 1usize..=4).prop_flat_map(|(n, m)| {
        (
            prop::collection::vec(
                prop::collection::vec(prop::option::weighted(0.85, 0u32..=1000), m),
                n,
            ),
            prop::collection::vec(0u32..=3, m),
            prop::collection::vec((0..n, 0..m), 0..3),
        )
            .prop_map(|(fit, capacity, locks)| Problem {
                fit,
                capacity,
                locks,
            })
    })
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        any::<u64>(),
        "[A-Za-z][A-Za-z .'é-]{0,40}",
        "\\PC{0,80}",
        prop::collection::vec("[a-z-]{1,20}", 0..6),
        0u8..16,
        prop::option::of(-12i8..=14),
    )
        .prop_map(|(id, name, goal, grow, availability, utc_offset)| Profile {
            id,
            workshop: 7,
            name,
            role: Role::Either,
            goal,
            grow,
            availability,
            utc_offset,
            ..Profile::default()
        })
}

/// A profile drawn from small pools, so that pairs share (or nearly
/// share, in case and accents) names, regions, words, competencies and
/// backgrounds, and exclude each other.
fn scored_profile() -> impl Strategy<Value = Profile> {
    const NAMES: [&str; 6] = [
        "Ana Díaz",
        "ANA DIAZ",
        "ana  díaz",
        "Sam Lee",
        "İlkay",
        "ilkay",
    ];
    const WORDS: [&str; 8] = [
        "budget", "Board", "staff", "with", "grant", "union", "BUDGET", "x",
    ];
    const IDS: [&str; 4] = ["conflict", "advocacy", "budget", "unknown-id"];
    const BACKGROUNDS: [&str; 4] = ["Woman", " female", "Man", "Two-spirit"];
    let pick = |pool: &'static [&'static str]| prop::sample::select(pool).prop_map(String::from);
    (
        (
            0u64..6,
            pick(&NAMES),
            prop::collection::vec(pick(&NAMES), 0..2),
            pick(&["", "Springfield PL", "springfield pl ", "Ogdenville"]),
        ),
        (
            prop::collection::vec(pick(&WORDS), 0..6),
            prop::collection::vec(pick(&IDS), 0..4),
            prop::collection::vec(pick(&IDS), 0..4),
        ),
        (
            prop::option::of(0u8..4),
            prop::option::of(0u8..30),
            prop::option::of(0u8..4),
            prop::option::of(-3i8..=3),
            pick(&["", "Ontario", "ONTARIO ", "Québec"]),
        ),
        (
            prop::option::of(0u8..3),
            0u8..16,
            prop::option::of((pick(&BACKGROUNDS), 0u8..3)),
        ),
    )
        .prop_map(
            |(
                (id, name, exclude, organisation),
                (words, grow, offer),
                (kind, years, level, utc_offset, region),
                (format, availability, identity),
            )| Profile {
                id,
                workshop: 7,
                name,
                exclude,
                organisation,
                goal: words.join(" "),
                grow,
                offer,
                library_type: kind.map(|k| {
                    [
                        LibraryType::Public,
                        LibraryType::Academic,
                        LibraryType::School,
                        LibraryType::Other,
                    ][k as usize]
                }),
                years,
                level: level.map(|l| {
                    [
                        Level::Frontline,
                        Level::Supervisor,
                        Level::Manager,
                        Level::Director,
                    ][l as usize]
                }),
                utc_offset,
                region,
                format: format
                    .map(|f| [Format::InPerson, Format::Online, Format::Either][f as usize]),
                availability,
                identity: identity
                    .map(|(text, pref)| {
                        vec![IdentityAnswer::from_text(
                            Identity::Gender,
                            &text,
                            [Pref::Same, Pref::Different, Pref::NoPreference][pref as usize],
                        )]
                    })
                    .unwrap_or_default(),
                ..Profile::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn a_cohorts_scores_are_each_pairs_explained_fit(
        mentees in prop::collection::vec(scored_profile(), 0..6),
        mentors in prop::collection::vec(scored_profile(), 0..6),
        weights in prop::array::uniform8(0u8..=10),
        (different_library_type, peers) in any::<(bool, bool)>(),
    ) {
        let w = Weights(weights);
        let how = Comparison { different_library_type, peers };
        let scores = score_all(&mentees, &mentors, &w, how);
        prop_assert_eq!(scores.rows(), mentees.len());
        for (i, e) in mentees.iter().enumerate() {
            for (j, m) in mentors.iter().enumerate() {
                let f = fit(e, m, &w, how, |s| s);
                prop_assert_eq!(scores.score(i, j), f.score);
                prop_assert_eq!(scores.excluded(i, j), f.excluded.is_some());
            }
        }
    }

    #[test]
    fn assignment_is_valid_optimal_and_deterministic(p in problem()) {
        let (a, t) = solve(&p);
        prop_assert!(is_valid(&p, &a), "invalid {:?}", a);
        let pairs = a.iter().filter(|x| x.is_some()).count() as i64;
        let (best, best_pairs) = brute_force(&p);
        prop_assert_eq!(t + pairs, best + best_pairs as i64, "not optimal: {:?}", a);
        prop_assert_eq!(solve(&p), (a, t));
    }

    #[test]
    fn the_facilitators_rules_are_hard_and_the_match_is_a_brute_forces(
        mentees in prop::collection::vec(scored_profile(), 1..5),
        mentors in prop::collection::vec(scored_profile(), 1..4),
        separate_organisations in any::<bool>(),
        min_mentor_years in prop::sample::select(vec![0u8, 3, 10, 25]),
    ) {
        let c = Constraints { default_capacity: 1, separate_organisations, min_mentor_years, ..Constraints::default() };
        let w = Weights::default();
        // The rules, read from the profiles directly.
        let allowed = |e: &Profile, m: &Profile| {
            let org = name_key(&e.organisation);
            fit(e, m, &w, Comparison::default(), |s| s).excluded.is_none()
                && !(separate_organisations && !org.is_empty() && org == name_key(&m.organisation))
                && (min_mentor_years == 0 || m.years.is_some_and(|y| y >= min_mentor_years))
        };
        let m = run(&mentees, &mentors, &w, Comparison::default(), &c);
        let mut value = 0i64;
        for (i, j) in m.pairs.iter().enumerate() {
            if let Some(j) = *j {
                prop_assert!(allowed(&mentees[i], &mentors[j]), "pair {} {} breaks a rule", i, j);
                value += i64::from(m.scores.score(i, j)) + 1;
            }
        }
        // Every assignment, one mentee per mentor: the best value.
        fn best(i: usize, taken: &mut Vec<bool>, value: &dyn Fn(usize, usize) -> Option<i64>, n: usize) -> i64 {
            if i == n {
                return 0;
            }
            let mut top = best(i + 1, taken, value, n);
            for j in 0..taken.len() {
                if let (false, Some(v)) = (taken[j], value(i, j)) {
                    taken[j] = true;
                    top = top.max(v + best(i + 1, taken, value, n));
                    taken[j] = false;
                }
            }
            top
        }
        let pair_value = |i: usize, j: usize| {
            allowed(&mentees[i], &mentors[j]).then(|| i64::from(fit(&mentees[i], &mentors[j], &w, Comparison::default(), |s| s).score) + 1)
        };
        prop_assert_eq!(value, best(0, &mut vec![false; mentors.len()], &pair_value, mentees.len()));
    }

    #[test]
    fn profile_codes_round_trip(p in profile()) {
        let back = Profile::from_code(&p.code()).unwrap();
        prop_assert_eq!(back, p);
    }

    #[test]
    fn no_text_makes_decoding_panic(s in "\\PC{0,300}") {
        let _ = Profile::from_code(&s);
        let _ = JoinInfo::from_code(&s);
        let _ = MatchInfo::from_code(&s);
    }

    #[test]
    fn mutated_codes_are_refused_or_read_never_panic(p in profile(), at in any::<prop::sample::Index>(), c in "[A-Za-z0-9_-]") {
        let code = p.code();
        let i = at.index(code.len());
        let mutated = format!("{}{}{}", &code[..i], c, &code[i + 1..]);
        let _ = Profile::from_code(&mutated);
    }
}
