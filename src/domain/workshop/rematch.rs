//! A no-fault re-match (issue #16): the facilitator releases a pair from
//! a running program (one or both asked, or someone left). Every other
//! pair of the program is locked, so the next matching run keeps it; the
//! released two may not be paired together again; they and anyone who
//! joined since are free. After the run, what changed is said in words,
//! and only the new pairs need new match links.

use super::document::Workshop;

/// Releases the program's pair (`mentee`, `mentor`): locks every other
/// pair of the program, forbids this one, and takes it out of the
/// program's pairs (its answers stay). Returns whether the pair was in
/// the program.
pub fn release(w: &mut Workshop, mentee: u64, mentor: u64) -> bool {
    let pair = (mentee, mentor);
    if !w.run.pairs.contains(&pair) {
        return false;
    }
    w.run.pairs.retain(|p| *p != pair);
    let c = &mut w.constraints;
    c.locks.retain(|p| *p != pair);
    for p in &w.run.pairs {
        if !c.locks.contains(p) {
            c.locks.push(*p);
        }
    }
    if !c.forbids.contains(&pair) {
        c.forbids.push(pair);
    }
    true
}

/// What a matching run changes in a running program, in words: the new
/// pairs, and the program's pairs the run no longer makes. Empty when the
/// program has no pairs yet. `name` gives a participant's name.
pub fn changes(
    program: &[(u64, u64)],
    run: &[(u64, u64)],
    name: impl Fn(u64) -> String,
) -> Vec<String> {
    if program.is_empty() {
        return Vec::new();
    }
    let new = run
        .iter()
        .filter(|p| !program.contains(p))
        .map(|&(e, m)| format!("New pair: {} with {}.", name(e), name(m)));
    let gone = program
        .iter()
        .filter(|p| !run.contains(p))
        .map(|&(e, m)| format!("No longer paired: {} with {}.", name(e), name(m)));
    new.chain(gone).collect()
}

/// Whether a pair of a run is new to the running program (it needs its
/// match link; the others have theirs).
pub fn is_new(program: &[(u64, u64)], pair: (u64, u64)) -> bool {
    !program.is_empty() && !program.contains(&pair)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::assign::solve;
    use crate::domain::workshop::matching::{problem, score_all, sides};
    use crate::domain::workshop::profile::{Profile, Role};

    /// Three mentors (ids 1-3, one mentee each) and four mentees (4-7),
    /// the program running with pairs 4-1, 5-2, 6-3; 7 joined since.
    fn running() -> Workshop {
        let mut w = Workshop::new(9, 1);
        for id in 1..=7 {
            w.upsert(Profile {
                id,
                workshop: 9,
                name: format!("P{id}"),
                role: if id <= 3 { Role::Mentor } else { Role::Mentee },
                grow: vec!["advocacy".into()],
                offer: vec!["advocacy".into()],
                ..Profile::default()
            });
        }
        w.run.pairs = vec![(4, 1), (5, 2), (6, 3)];
        w
    }

    /// The pairs an optimal run of `w` makes.
    fn pairs_of(w: &Workshop) -> Vec<(u64, u64)> {
        let (mentees, mentors) = sides(&w.participants, w.constraints.default_capacity);
        let scores = score_all(&mentees, &mentors, &w.weights, w.comparison);
        let p = problem(&mentees, &mentors, &scores, &w.constraints);
        let (assigned, _) = solve(&p);
        assigned
            .iter()
            .enumerate()
            .filter_map(|(i, j)| j.map(|j| (mentees[i].id, mentors[j].id)))
            .collect()
    }

    #[test]
    fn releasing_a_pair_locks_the_others_and_forbids_it() {
        let mut w = running();
        assert!(release(&mut w, 5, 2));
        assert_eq!(w.run.pairs, [(4, 1), (6, 3)]);
        assert_eq!(w.constraints.locks, [(4, 1), (6, 3)]);
        assert_eq!(w.constraints.forbids, [(5, 2)]);
        assert!(!release(&mut w, 5, 2), "already released");
        // The others stay; the former pair is never made again, so mentor
        // 2 (free again) takes the newcomer, and mentee 5 waits.
        let mut pairs = pairs_of(&w);
        pairs.sort_unstable();
        assert_eq!(pairs, [(4, 1), (6, 3), (7, 2)]);
        let name = |id: u64| format!("P{id}");
        let said = changes(&[(4, 1), (5, 2), (6, 3)], &pairs, name);
        assert!(
            said.contains(&"No longer paired: P5 with P2.".to_string()),
            "{said:?}"
        );
        assert!(said.iter().any(|s| s.starts_with("New pair: ")), "{said:?}");
        assert!(is_new(&w.run.pairs, (7, 2)));
        assert!(!is_new(&w.run.pairs, (4, 1)));
        assert!(
            !is_new(&[], (7, 2)),
            "before a program starts, no pair is new"
        );
    }
}
