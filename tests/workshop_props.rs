//! Property tests of the workshop core (native only): the assignment is
//! always valid (each person at most once, capacities, locks and
//! forbidden pairs respected), as good as a brute-force optimum for up to
//! 7 mentees, and deterministic; codes round-trip and no input makes
//! decoding panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use wayfinder::domain::workshop::assign::{is_valid, solve, total, Assignment, Problem};
use wayfinder::domain::workshop::outputs::MatchInfo;
use wayfinder::domain::workshop::profile::{Profile, Role};
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

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
