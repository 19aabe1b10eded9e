//! The matching wizard's core: who is on which side, every pair's fit,
//! the problem for the solver (with capacities, locks, and forbidden
//! pairs from exclusions and the facilitator), the result with a reason
//! for every pair, the best alternative for each mentee, why anyone is
//! unmatched, and a cohort summary.

use super::assign::{solve, Problem};
use super::profile::{Pref, Profile, Role};
use super::score::{fit, fit_with, keywords, Fit, Side, Weights};

/// The facilitator's constraints.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Constraints {
    /// Capacity per mentor id; others take the default.
    pub capacity: Vec<(u64, u32)>,
    pub default_capacity: u32,
    /// (mentee id, mentor id) pairs always made.
    pub locks: Vec<(u64, u64)>,
    /// (mentee id, mentor id) pairs never made.
    pub forbids: Vec<(u64, u64)>,
}

/// Splits people into mentees and mentors. Those who said "either" go to
/// the side that is short: mentors while mentor places are fewer than
/// mentees, mentees after.
pub fn sides(people: &[Profile], default_capacity: u32) -> (Vec<Profile>, Vec<Profile>) {
    let mut mentees: Vec<Profile> = people
        .iter()
        .filter(|p| p.role == Role::Mentee)
        .cloned()
        .collect();
    let mut mentors: Vec<Profile> = people
        .iter()
        .filter(|p| p.role == Role::Mentor)
        .cloned()
        .collect();
    for p in people.iter().filter(|p| p.role == Role::Either) {
        let places = mentors.len() as u32 * default_capacity.max(1);
        if (places as usize) < mentees.len() + 1 {
            mentors.push(p.clone());
        } else {
            mentees.push(p.clone());
        }
    }
    (mentees, mentors)
}

/// Every pair's fit (numbers only: [`fit`] explains a pair), the
/// solver's problem and the solution.
pub struct Matching {
    pub fits: Vec<Vec<Fit>>,
    pub problem: Problem,
    pub pairs: Vec<Option<usize>>,
}

/// Scores every pair and solves.
pub fn run(mentees: &[Profile], mentors: &[Profile], w: &Weights, c: &Constraints) -> Matching {
    let fits = score_all(mentees, mentors, w);
    let problem = problem(mentees, mentors, &fits, c);
    let (pairs, _) = solve(&problem);
    Matching {
        fits,
        problem,
        pairs,
    }
}

/// Every pair's fit, without reasons; each goal's keywords are worked out
/// once per person.
pub fn score_all(mentees: &[Profile], mentors: &[Profile], w: &Weights) -> Vec<Vec<Fit>> {
    let words = |p: &Profile| keywords(&p.goal);
    let (a, b): (Vec<_>, Vec<_>) = (
        mentees.iter().map(words).collect(),
        mentors.iter().map(words).collect(),
    );
    mentees
        .iter()
        .zip(&a)
        .map(|(e, ka)| {
            mentors
                .iter()
                .zip(&b)
                .map(|(m, kb)| fit_with(Side(e, ka), Side(m, kb), w, |s| s, false))
                .collect()
        })
        .collect()
}

/// The solver's problem: fits, with exclusions and the facilitator's
/// forbidden pairs removed, capacities and locks by position.
pub fn problem(
    mentees: &[Profile],
    mentors: &[Profile],
    fits: &[Vec<Fit>],
    c: &Constraints,
) -> Problem {
    let forbidden = |e: &Profile, m: &Profile| c.forbids.contains(&(e.id, m.id));
    let fit = mentees
        .iter()
        .zip(fits)
        .map(|(e, row)| {
            mentors
                .iter()
                .zip(row)
                .map(|(m, f)| (f.excluded.is_none() && !forbidden(e, m)).then_some(f.score))
                .collect()
        })
        .collect();
    let capacity = mentors
        .iter()
        .map(|m| {
            c.capacity
                .iter()
                .find(|(id, _)| *id == m.id)
                .map_or(c.default_capacity, |x| x.1)
        })
        .collect();
    let index = |list: &[Profile], id: u64| list.iter().position(|p| p.id == id);
    let locks = c
        .locks
        .iter()
        .filter_map(|&(e, m)| Some((index(mentees, e)?, index(mentors, m)?)))
        .collect();
    Problem {
        fit,
        capacity,
        locks,
    }
}

impl Matching {
    /// The best other mentor for mentee `i` (not their match, allowed),
    /// with the reason it lost: a lower fit, or the mentor was full.
    pub fn alternative(
        &self,
        i: usize,
        mentees: &[Profile],
        mentors: &[Profile],
        w: &Weights,
        name_of: fn(&str) -> &str,
    ) -> Option<(usize, String)> {
        let chosen = self.pairs[i];
        let best = (0..mentors.len())
            .filter(|&j| Some(j) != chosen && self.problem.fit[i][j].is_some())
            .max_by_key(|&j| (self.fits[i][j].score, std::cmp::Reverse(j)))?;
        let alt = fit(&mentees[i], &mentors[best], w, name_of);
        let why = match chosen {
            Some(j) if self.fits[i][j].score >= alt.score => {
                let mine = fit(&mentees[i], &mentors[j], w, name_of);
                // The criterion where the alternative falls furthest behind.
                let behind = alt
                    .parts
                    .iter()
                    .filter_map(|p| {
                        let m = mine.parts.iter().find(|q| q.criterion == p.criterion)?;
                        (m.fit > p.fit).then_some((m.fit - p.fit, p))
                    })
                    .max_by_key(|(d, _)| *d);
                match behind {
                    Some((_, p)) => format!("a lower fit ({})", p.why.to_ascii_lowercase()),
                    None => "a lower fit overall".to_string(),
                }
            }
            _ => format!("{} was needed for other mentees", mentors[best].name),
        };
        Some((best, why))
    }

    /// Why mentee `i` is unmatched (empty if matched).
    pub fn unmatched_reason(&self, i: usize, mentors: &[Profile]) -> String {
        if self.pairs[i].is_some() {
            return String::new();
        }
        let allowed = (0..mentors.len())
            .filter(|&j| self.problem.fit[i][j].is_some())
            .count();
        let places: u32 = self.problem.capacity.iter().sum();
        if mentors.is_empty() {
            "there are no mentors yet".into()
        } else if allowed == 0 {
            "every mentor is excluded for this person".into()
        } else if (places as usize) < self.pairs.len() {
            format!(
                "there are {} mentor places for {} mentees",
                places,
                self.pairs.len()
            )
        } else {
            "the mentors who could take them are full with better fits".into()
        }
    }

    /// Mean and lowest fit of the pairs made, and of the pairs where both
    /// shared a background dimension with a wish, how many are across
    /// backgrounds.
    pub fn summary(&self, mentees: &[Profile], mentors: &[Profile]) -> Summary {
        let scores: Vec<u32> = self
            .pairs
            .iter()
            .enumerate()
            .filter_map(|(i, j)| j.map(|j| self.fits[i][j].score))
            .collect();
        let mut opted = 0;
        let mut across = 0;
        for (i, j) in self.pairs.iter().enumerate() {
            let Some(j) = *j else { continue };
            let (e, m) = (&mentees[i], &mentors[j]);
            let shared: Vec<bool> = e
                .identity
                .iter()
                .filter_map(|a| {
                    let b = m.identity.iter().find(|b| b.dimension == a.dimension)?;
                    let wish = a.pref != Pref::NoPreference || b.pref != Pref::NoPreference;
                    wish.then(|| !a.value.trim().eq_ignore_ascii_case(b.value.trim()))
                })
                .collect();
            if !shared.is_empty() {
                opted += 1;
                across += usize::from(shared.iter().any(|d| *d));
            }
        }
        Summary {
            pairs: scores.len(),
            mean: if scores.is_empty() {
                0
            } else {
                scores.iter().sum::<u32>() / scores.len() as u32
            },
            lowest: scores.iter().copied().min().unwrap_or(0),
            opted_in_pairs: opted,
            across_backgrounds: across,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub pairs: usize,
    pub mean: u32,
    pub lowest: u32,
    pub opted_in_pairs: usize,
    pub across_backgrounds: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::synthetic::cohort;

    fn name_of(id: &str) -> &str {
        id
    }

    #[test]
    fn a_cohort_is_matched_within_capacity_with_reasons() {
        let (mentees, mentors) = cohort(30, 12, 7);
        let c = Constraints {
            default_capacity: 2,
            ..Constraints::default()
        };
        let m = run(&mentees, &mentors, &Weights::default(), &c);
        let mut load = vec![0; mentors.len()];
        for j in m.pairs.iter().flatten() {
            load[*j] += 1;
        }
        assert!(load.iter().all(|l| *l <= 2));
        assert_eq!(
            m.pairs.iter().filter(|p| p.is_some()).count(),
            24,
            "12 mentors × 2"
        );
        let unmatched = (0..30).find(|&i| m.pairs[i].is_none()).unwrap();
        assert_eq!(
            m.unmatched_reason(unmatched, &mentors),
            "there are 24 mentor places for 30 mentees"
        );
        let matched = (0..30).find(|&i| m.pairs[i].is_some()).unwrap();
        let (alt, why) = m
            .alternative(matched, &mentees, &mentors, &Weights::default(), name_of)
            .unwrap();
        assert_ne!(Some(alt), m.pairs[matched]);
        assert!(!why.is_empty());
        let s = m.summary(&mentees, &mentors);
        assert_eq!(s.pairs, 24);
        assert!(s.lowest <= s.mean && s.mean <= 1000);
    }

    #[test]
    fn locks_forbids_and_exclusions_hold() {
        let (mut mentees, mentors) = cohort(4, 3, 3);
        mentees[0].exclude = vec![mentors[0].name.clone()];
        let c = Constraints {
            default_capacity: 1,
            locks: vec![(mentees[1].id, mentors[2].id)],
            forbids: vec![(mentees[2].id, mentors[1].id)],
            ..Constraints::default()
        };
        let m = run(&mentees, &mentors, &Weights::default(), &c);
        assert_ne!(m.pairs[0], Some(0));
        assert_eq!(m.pairs[1], Some(2));
        assert_ne!(m.pairs[2], Some(1));
    }

    #[test]
    fn either_fills_the_short_side() {
        let (mut people, _) = cohort(5, 0, 1);
        for p in &mut people[..2] {
            p.role = Role::Either;
        }
        let (mentees, mentors) = sides(&people, 2);
        assert_eq!((mentees.len(), mentors.len()), (3, 2));
    }
}
