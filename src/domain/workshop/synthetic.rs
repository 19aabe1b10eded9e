//! Made-up cohorts for tests and the matching benchmark: deterministic
//! from a seed, with every question answered in varied ways.

use super::assign::Problem;
use super::matching::{problem, score_all, Constraints};
use super::profile::{Format, Level, LibraryType, Profile, Role};
use super::score::{Comparison, Weights};

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

const COMPETENCIES: [&str; 8] = [
    "communication",
    "conflict",
    "team-building",
    "strategic-planning",
    "resource-management",
    "decision-making",
    "community-engagement",
    "adaptability",
];
const WORDS: [&str; 10] = [
    "budget",
    "board",
    "staff",
    "change",
    "community",
    "strategy",
    "hiring",
    "advocacy",
    "data",
    "partnerships",
];

fn person(r: &mut Rng, id: u64, role: Role) -> Profile {
    let pick = |r: &mut Rng, k: usize| -> Vec<String> {
        let mut v: Vec<String> = (0..k)
            .map(|_| COMPETENCIES[r.below(8) as usize].to_string())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let mentor = role == Role::Mentor;
    Profile {
        id,
        workshop: 1,
        name: format!("{} {id}", if mentor { "Mentor" } else { "Mentee" }),
        contact: format!("person{id}@example.org"),
        role,
        library_type: Some(LibraryType::ALL[r.below(5) as usize]),
        level: Some(Level::ALL[(r.below(2) + if mentor { 2 } else { 0 }) as usize]),
        years: Some((r.below(8) + if mentor { 8 } else { 0 }) as u8),
        region: String::new(),
        organisation: String::new(),
        utc_offset: Some(-(r.below(4) as i8) - 5),
        format: Some(Format::ALL[r.below(3) as usize]),
        availability: (r.below(15) + 1) as u8,
        grow: if mentor { Vec::new() } else { pick(r, 3) },
        offer: if mentor { pick(r, 4) } else { Vec::new() },
        goal: (0..4)
            .map(|_| WORDS[r.below(10) as usize])
            .collect::<Vec<_>>()
            .join(" and "),
        exclude: Vec::new(),
        saved_at: 0,
        identity: Vec::new(),
    }
}

/// `mentees` mentees and `mentors` mentors with ids from 1.
pub fn cohort(mentees: usize, mentors: usize, seed: u64) -> (Vec<Profile>, Vec<Profile>) {
    let mut r = Rng::new(seed);
    let a = (0..mentees)
        .map(|i| person(&mut r, i as u64 + 1, Role::Mentee))
        .collect();
    let b = (0..mentors)
        .map(|i| person(&mut r, (mentees + i) as u64 + 1, Role::Mentor))
        .collect();
    (a, b)
}

/// The matching benchmark cases: (mentees, mentor capacity); mentors are
/// mentees / capacity, so every mentee can be placed.
pub const MATCH_CASES: [(usize, u32); 6] =
    [(50, 1), (50, 2), (200, 1), (200, 2), (1000, 1), (1000, 2)];

/// A matching benchmark case: `n` mentees, `n / capacity` mentors (so
/// every mentee can be placed), seeded by the case, and every pair scored
/// under the usual weights and reading into the problem the solver takes,
/// with that capacity for every mentor. The browser benchmark and the
/// matrices SciPy solves (`src/bin/match_matrices.rs`) build it alike.
pub struct MatchingCase {
    pub mentees: Vec<Profile>,
    pub mentors: Vec<Profile>,
    pub constraints: Constraints,
}

impl MatchingCase {
    pub fn new(n: usize, capacity: u32) -> MatchingCase {
        let (mentees, mentors) = cohort(
            n,
            n / capacity.max(1) as usize,
            n as u64 + u64::from(capacity),
        );
        MatchingCase {
            mentees,
            mentors,
            constraints: Constraints {
                default_capacity: capacity,
                ..Constraints::default()
            },
        }
    }

    /// Every pair scored (the part timed as scoring), as the problem to
    /// solve.
    pub fn problem(&self) -> Problem {
        let scores = score_all(
            &self.mentees,
            &self.mentors,
            &Weights::default(),
            Comparison::default(),
        );
        problem(&self.mentees, &self.mentors, &scores, &self.constraints)
    }
}
