//! The matching wizard's core: who is on which side, every pair's fit,
//! the problem for the solver (with capacities, locks, and forbidden
//! pairs from exclusions and the facilitator), the result with a reason
//! for every pair, the best alternative for each mentee, why anyone is
//! unmatched, and a cohort summary.

use super::assign::{solve, Problem};
use super::document::MAX_CAPACITY;
use super::profile::{Pref, Profile, Role};
use super::score::{fit, same_name, Comparison, Weights};
pub use super::scoring::score_all;
use super::scoring::Scores;
use crate::domain::format::plural;
use crate::domain::names::name_key;
use serde::{Deserialize, Serialize};

/// The facilitator's constraints; pairs are stored as two-item lists.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Constraints {
    /// Capacity per mentor id; others take the default.
    #[serde(default)]
    pub capacity: Vec<(u64, u32)>,
    pub default_capacity: u32,
    /// (mentee id, mentor id) pairs always made.
    #[serde(default)]
    pub locks: Vec<(u64, u64)>,
    /// (mentee id, mentor id) pairs never made.
    #[serde(default)]
    pub forbids: Vec<(u64, u64)>,
    /// Never pairs two people of the same library or organisation (by
    /// name, compared as names are; a blank one is nobody's).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub separate_organisations: bool,
    /// Mentors need at least this many years of experience (NMRT and
    /// APALA ask 5); 0: no minimum. Under a minimum, a mentor who did not
    /// say is not matched.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub min_mentor_years: u8,
}

/// A rule of the facilitator's that keeps a pair from being made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    SameOrganisation,
    MentorExperience,
}

/// How many mentors the rules keep from one mentee, by rule.
#[derive(Debug, Default)]
struct RuledOut {
    same_organisation: usize,
    experience: usize,
}

/// Name keys of people's organisations, worked out once per cohort.
fn organisation_keys(people: &[Profile]) -> Vec<String> {
    people.iter().map(|p| name_key(&p.organisation)).collect()
}

impl Constraints {
    /// How many mentees mentor `id` may take.
    pub fn capacity_of(&self, id: u64) -> u32 {
        self.capacity
            .iter()
            .find(|c| c.0 == id)
            .map_or(self.default_capacity, |c| c.1)
    }

    /// Always pairs `mentee` with `mentor`: the pair stops being forbidden
    /// (the latest decision wins), and any other lock of the mentee goes
    /// (a mentee has one mentor). Locking twice changes nothing.
    pub fn lock(&mut self, mentee: u64, mentor: u64) {
        self.forbids.retain(|p| *p != (mentee, mentor));
        self.locks.retain(|p| p.0 != mentee);
        self.locks.push((mentee, mentor));
    }

    /// The pair is no longer locked.
    pub fn unlock(&mut self, mentee: u64, mentor: u64) {
        self.locks.retain(|p| *p != (mentee, mentor));
    }

    /// Never pairs `mentee` with `mentor`: a lock of that pair goes.
    /// Forbidding twice changes nothing.
    pub fn forbid(&mut self, mentee: u64, mentor: u64) {
        self.locks.retain(|p| *p != (mentee, mentor));
        if !self.forbids.contains(&(mentee, mentor)) {
            self.forbids.push((mentee, mentor));
        }
    }

    /// The pair is no longer forbidden.
    pub fn unforbid(&mut self, mentee: u64, mentor: u64) {
        self.forbids.retain(|p| *p != (mentee, mentor));
    }

    /// Sets how many mentees `mentor` may take, 0 (not available this
    /// time) to [`MAX_CAPACITY`].
    pub fn set_capacity(&mut self, mentor: u64, n: u32) {
        self.capacity.retain(|c| c.0 != mentor);
        self.capacity.push((mentor, n.min(MAX_CAPACITY)));
    }

    /// Whether `mentor` has the experience the facilitator asks of
    /// mentors.
    pub fn experienced_enough(&self, mentor: &Profile) -> bool {
        self.min_mentor_years == 0 || mentor.years.is_some_and(|y| y >= self.min_mentor_years)
    }

    /// The rule that keeps `mentee` and `mentor` apart, if one does
    /// (`keys`: their organisations' name keys).
    fn rule_against(&self, mentor: &Profile, keys: (&str, &str)) -> Option<Rule> {
        if !self.experienced_enough(mentor) {
            Some(Rule::MentorExperience)
        } else if self.separate_organisations && !keys.0.is_empty() && keys.0 == keys.1 {
            Some(Rule::SameOrganisation)
        } else {
            None
        }
    }

    /// How many of `mentors` the rules keep from a mentee whose
    /// organisation has name key `mentee_key`, by rule (`mentor_keys`:
    /// the mentors' organisations' name keys, in order).
    fn ruled_out(&self, mentee_key: &str, mentors: &[Profile], mentor_keys: &[String]) -> RuledOut {
        let mut out = RuledOut::default();
        for (m, mk) in mentors.iter().zip(mentor_keys) {
            match self.rule_against(m, (mentee_key, mk)) {
                Some(Rule::SameOrganisation) => out.same_organisation += 1,
                Some(Rule::MentorExperience) => out.experience += 1,
                None => {}
            }
        }
        out
    }

    /// Sets every other mentor's capacity, 1 to [`MAX_CAPACITY`].
    pub fn set_default_capacity(&mut self, n: u32) {
        self.default_capacity = n.clamp(1, MAX_CAPACITY);
    }
}

/// The wizard's first step: who is on which side, the mentor places, and
/// what the facilitator should know before matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub mentees: usize,
    pub mentors: usize,
    /// People who said "either".
    pub either: usize,
    pub places: u32,
    pub warnings: Vec<String>,
}

/// Reviews `people` under `c`.
pub fn review(people: &[Profile], c: &Constraints) -> Review {
    let (mentees, mentors) = sides(people, c.default_capacity);
    let places: u32 = mentors.iter().map(|m| c.capacity_of(m.id)).sum();
    let mut warnings: Vec<String> = Vec::new();
    if mentors.is_empty() {
        warnings.push("There are no mentors yet: import profiles of people who can mentor.".into());
    }
    if mentees.len() > places as usize {
        warnings.push(format!(
            "{} mentees and {} mentor places: {} mentees will stay unmatched unless mentors take more (step 3).",
            mentees.len(),
            places,
            mentees.len() - places as usize
        ));
    }
    let blank = people
        .iter()
        .filter(|p| p.grow.is_empty() && p.offer.is_empty())
        .count();
    if blank > 0 {
        warnings.push(format!(
            "{blank} of {} chose no competencies: they are matched on the other criteria only.",
            people.len()
        ));
    }
    warnings.extend(rule_warnings(&mentees, &mentors, c));
    warnings.extend(shared_names(people));
    for p in people {
        for x in &p.exclude {
            if !people.iter().any(|q| same_name(&q.name, x)) {
                warnings.push(format!("{} asked not to be paired with \u{201c}{}\u{201d}, who is not among the participants (check the spelling if they are).", p.name, x));
            }
        }
    }
    Review {
        mentees: mentees.len(),
        mentors: mentors.len(),
        either: people.iter().filter(|p| p.role == Role::Either).count(),
        places,
        warnings,
    }
}

/// One warning per name two or more participants share (compared as
/// names are: case, accents' forms and spacing aside): one person may
/// have sent two profiles (from two devices, or a code and a CSV row),
/// and each copy would be matched.
fn shared_names(people: &[Profile]) -> Vec<String> {
    let mut keys: Vec<String> = people.iter().map(|p| name_key(&p.name)).collect();
    keys.sort_unstable();
    let mut shared: Vec<&String> = keys
        .windows(2)
        .filter(|pair| pair[0] == pair[1] && !pair[0].is_empty())
        .map(|pair| &pair[0])
        .collect();
    shared.dedup();
    let mut warnings = Vec::new();
    for key in shared {
        let holders: Vec<&Profile> = people
            .iter()
            .filter(|p| name_key(&p.name) == *key)
            .collect();
        let contacts: Vec<&str> = holders
            .iter()
            .map(|p| match p.contact.trim() {
                "" => "no contact",
                contact => contact,
            })
            .collect();
        warnings.push(format!(
            "{} participants are named \u{201c}{}\u{201d} ({}): if they are one person, remove the extra profile on the workshop page, or each is matched.",
            holders.len(),
            holders[0].name,
            contacts.join("; ")
        ));
    }
    warnings
}

/// What the facilitator's rules (step 3) take away: mentors without the
/// experience asked, and mentees left with no mentor the rules allow.
fn rule_warnings(mentees: &[Profile], mentors: &[Profile], c: &Constraints) -> Vec<String> {
    let mut warnings = Vec::new();
    let short = mentors.iter().filter(|m| !c.experienced_enough(m)).count();
    if short > 0 {
        warnings.push(format!(
            "{short} of {} {} fewer than {} of experience or did not say: they will not be matched (the minimum is set in step 3).",
            plural(mentors.len(), "mentor", "mentors"),
            if short == 1 { "has" } else { "have" },
            plural(usize::from(c.min_mentor_years), "year", "years"),
        ));
    }
    if mentors.is_empty() {
        return warnings;
    }
    let (mentee_keys, mentor_keys) = (organisation_keys(mentees), organisation_keys(mentors));
    for (e, key) in mentees.iter().zip(&mentee_keys) {
        let ruled_out = c.ruled_out(key, mentors, &mentor_keys);
        if ruled_out.same_organisation + ruled_out.experience == mentors.len() {
            let same = ruled_out.same_organisation > 0;
            warnings.push(format!(
                "{} can be paired with no mentor under the rules of step 3 (every mentor {}): they will stay unmatched.",
                e.name,
                if same {
                    "is from the same library or organisation, or lacks the experience asked"
                } else {
                    "lacks the experience asked"
                }
            ));
        }
    }
    warnings
}

/// Why two mentees' mentors cannot be swapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoSwap {
    /// One of them has no mentor.
    Unmatched,
    /// They have the same mentor (or are the same mentee).
    SameMentor,
    /// An exclusion or a forbidden pair.
    NotAllowed,
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

/// Every pair's score (numbers only: [`fit`] explains a pair), the
/// solver's problem and the solution.
pub struct Matching {
    pub scores: Scores,
    pub problem: Problem,
    pub pairs: Vec<Option<usize>>,
}

/// Scores every pair and solves.
pub fn run(
    mentees: &[Profile],
    mentors: &[Profile],
    w: &Weights,
    how: Comparison,
    c: &Constraints,
) -> Matching {
    let scores = score_all(mentees, mentors, w, how);
    let problem = problem(mentees, mentors, &scores, c);
    let (pairs, _) = solve(&problem);
    Matching {
        scores,
        problem,
        pairs,
    }
}

/// The solver's problem: scores, with exclusions, the facilitator's
/// forbidden pairs and the pairs their rules keep apart removed,
/// capacities and locks by position.
pub fn problem(
    mentees: &[Profile],
    mentors: &[Profile],
    scores: &Scores,
    c: &Constraints,
) -> Problem {
    let mut fit: Vec<Vec<Option<u32>>> = (0..mentees.len())
        .map(|i| {
            (0..mentors.len())
                .map(|j| (!scores.excluded(i, j)).then(|| scores.score(i, j)))
                .collect()
        })
        .collect();
    let index = |list: &[Profile], id: u64| list.iter().position(|p| p.id == id);
    let pair = |&(e, m): &(u64, u64)| Some((index(mentees, e)?, index(mentors, m)?));
    for (i, j) in c.forbids.iter().filter_map(pair) {
        fit[i][j] = None;
    }
    if c.separate_organisations || c.min_mentor_years > 0 {
        let (mentee_keys, mentor_keys) = (organisation_keys(mentees), organisation_keys(mentors));
        for (row, key) in fit.iter_mut().zip(&mentee_keys) {
            for ((cell, m), mk) in row.iter_mut().zip(mentors).zip(&mentor_keys) {
                if c.rule_against(m, (key, mk)).is_some() {
                    *cell = None;
                }
            }
        }
    }
    let capacity = mentors.iter().map(|m| c.capacity_of(m.id)).collect();
    let locks = c.locks.iter().filter_map(pair).collect();
    Problem {
        fit,
        capacity,
        locks,
    }
}

impl Matching {
    /// The sum of the fits of the pairs made (thousandths of a percent
    /// point each: 1000 is one pair at 100%).
    pub fn total(&self) -> i64 {
        self.pairs
            .iter()
            .enumerate()
            .filter_map(|(i, j)| j.map(|j| i64::from(self.scores.score(i, j))))
            .sum()
    }

    /// Gives mentees `a` and `b` each other's mentor, if both pairs are
    /// allowed. Returns the total fit before and after.
    pub fn swap(&mut self, a: usize, b: usize) -> Result<(i64, i64), NoSwap> {
        let (Some(x), Some(y)) = (self.pairs[a], self.pairs[b]) else {
            return Err(NoSwap::Unmatched);
        };
        if a == b || x == y {
            return Err(NoSwap::SameMentor);
        }
        if self.problem.fit[a][y].is_none() || self.problem.fit[b][x].is_none() {
            return Err(NoSwap::NotAllowed);
        }
        let before = self.total();
        self.pairs[a] = Some(y);
        self.pairs[b] = Some(x);
        Ok((before, self.total()))
    }

    /// The best other mentor for mentee `i` (not their match, allowed),
    /// with the reason it lost: a lower fit, or the mentor was full.
    pub fn alternative(
        &self,
        i: usize,
        mentees: &[Profile],
        mentors: &[Profile],
        w: &Weights,
        how: Comparison,
        name_of: fn(&str) -> &str,
    ) -> Option<(usize, String)> {
        let chosen = self.pairs[i];
        let best = (0..mentors.len())
            .filter(|&j| Some(j) != chosen && self.problem.fit[i][j].is_some())
            .max_by_key(|&j| (self.scores.score(i, j), std::cmp::Reverse(j)))?;
        let alt = fit(&mentees[i], &mentors[best], w, how, name_of);
        let why = match chosen {
            Some(j) if self.scores.score(i, j) >= alt.score => {
                let mine = fit(&mentees[i], &mentors[j], w, how, name_of);
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
    pub fn unmatched_reason(
        &self,
        i: usize,
        mentees: &[Profile],
        mentors: &[Profile],
        c: &Constraints,
    ) -> String {
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
            let key = name_key(&mentees[i].organisation);
            let RuledOut {
                same_organisation: same,
                experience: short,
            } = c.ruled_out(&key, mentors, &organisation_keys(mentors));
            let mut why = Vec::new();
            if same > 0 {
                why.push(format!("{same} from the same library or organisation"));
            }
            if short > 0 {
                why.push(format!("{short} with less experience than step 3 asks"));
            }
            let declared = mentors.len() - same - short;
            if declared > 0 {
                why.push(format!(
                    "{declared} kept apart by an exclusion or a forbidden pair"
                ));
            }
            format!("no mentor is allowed for this person ({})", why.join(", "))
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
            .filter_map(|(i, j)| j.map(|j| self.scores.score(i, j)))
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
                    a.same_as(b).filter(|_| wish).map(|same| !same)
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

/// Fewer pairs than this and counts about background are not shown: in a
/// small group a count can tell who answered what.
pub const MIN_BACKGROUND_COUNT: usize = 5;

impl Summary {
    /// The summary's line about background, without any count below
    /// [`MIN_BACKGROUND_COUNT`].
    pub fn background_text(&self) -> String {
        match self.opted_in_pairs {
            0 => "No pair where both shared a background question with a wish.".into(),
            n if n < MIN_BACKGROUND_COUNT => format!("Fewer than {MIN_BACKGROUND_COUNT} pairs where both shared a background question with a wish: no counts are shown, so nobody can be identified."),
            n => format!("{} of the {n} pairs where both shared a background question with a wish are across backgrounds.", self.across_backgrounds),
        }
    }
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
        let m = run(
            &mentees,
            &mentors,
            &Weights::default(),
            Comparison::default(),
            &c,
        );
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
            m.unmatched_reason(unmatched, &mentees, &mentors, &c),
            "there are 24 mentor places for 30 mentees"
        );
        let matched = (0..30).find(|&i| m.pairs[i].is_some()).unwrap();
        let (alt, why) = m
            .alternative(
                matched,
                &mentees,
                &mentors,
                &Weights::default(),
                Comparison::default(),
                name_of,
            )
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
        let m = run(
            &mentees,
            &mentors,
            &Weights::default(),
            Comparison::default(),
            &c,
        );
        assert_ne!(m.pairs[0], Some(0));
        assert_eq!(m.pairs[1], Some(2));
        assert_ne!(m.pairs[2], Some(1));
    }

    #[test]
    fn review_counts_places_and_warns() {
        let (mut mentees, mentors) = cohort(5, 2, 9);
        mentees[0].exclude = vec![mentors[1].name.to_uppercase(), "Nobody Here".into()];
        mentees[1].grow.clear();
        mentees[1].offer.clear();
        mentees[2].role = Role::Either;
        let people: Vec<Profile> = mentees.into_iter().chain(mentors.clone()).collect();
        let mut c = Constraints {
            default_capacity: 1,
            ..Constraints::default()
        };
        c.capacity.push((mentors[0].id, 2));
        assert_eq!(c.capacity_of(mentors[0].id), 2);
        assert_eq!(c.capacity_of(mentors[1].id), 1);
        let r = review(&people, &c);
        // The "either" person fills the short mentor side.
        assert_eq!((r.mentees, r.mentors, r.either, r.places), (4, 3, 1, 4));
        assert_eq!(r.warnings.len(), 2, "{:?}", r.warnings);
        assert!(r.warnings[0].starts_with("1 of 7 chose no competencies"));
        assert!(r.warnings[1]
            .contains("\u{201c}Nobody Here\u{201d}, who is not among the participants"));
        c.capacity.clear();
        let r = review(&people, &c);
        assert!(r.warnings[0]
            .starts_with("4 mentees and 3 mentor places: 1 mentees will stay unmatched"));
        assert!(review(&[], &c).warnings[0].starts_with("There are no mentors yet"));
    }

    #[test]
    fn review_warns_of_names_two_participants_share() {
        let (mut mentees, mentors) = cohort(3, 2, 9);
        // One person's code from a phone and another from a laptop, and a
        // CSV row for someone else, spelled another way.
        mentees[0].name = "Zoë Quinn".into();
        mentees[0].contact = "zoe@lib.example".into();
        mentees[1].name = " ZOE\u{308}  quinn".into();
        mentees[1].contact = String::new();
        mentees[2].name = mentors[0].name.to_lowercase();
        let people: Vec<Profile> = mentees.into_iter().chain(mentors.clone()).collect();
        let c = Constraints::default();
        let shared: Vec<String> = review(&people, &c)
            .warnings
            .into_iter()
            .filter(|w| w.contains("participants are named"))
            .collect();
        assert_eq!(shared.len(), 2, "{shared:?}");
        assert!(shared.iter().any(|w| w.starts_with("2 participants are named \u{201c}Zoë Quinn\u{201d} (zoe@lib.example; no contact): if they are one person, remove the extra profile")), "{shared:?}");
        assert!(
            shared
                .iter()
                .any(|w| w.contains(&format!("\u{201c}{}\u{201d}", people[2].name))),
            "{shared:?}"
        );
        let distinct: Vec<Profile> = [&people[1..2], &people[3..]].concat();
        assert!(!review(&distinct, &c)
            .warnings
            .iter()
            .any(|w| w.contains("participants are named")));
    }

    #[test]
    fn a_swap_by_hand_reports_the_totals_and_refuses_what_is_not_allowed() {
        let (mentees, mentors) = cohort(3, 3, 5);
        let c = Constraints {
            default_capacity: 1,
            forbids: vec![
                (mentees[2].id, mentors[0].id),
                (mentees[2].id, mentors[1].id),
                (mentees[2].id, mentors[2].id),
            ],
            ..Constraints::default()
        };
        let mut m = run(
            &mentees,
            &mentors,
            &Weights::default(),
            Comparison::default(),
            &c,
        );
        assert_eq!(m.pairs[2], None);
        let optimum = m.total();
        assert_eq!(m.swap(0, 2), Err(NoSwap::Unmatched));
        assert_eq!(m.swap(0, 0), Err(NoSwap::SameMentor));
        let (before, after) = m.swap(0, 1).unwrap();
        assert_eq!(before, optimum);
        assert!(after <= optimum, "the optimum cannot be beaten");
        assert_eq!(after, m.total());
        let mut forbidden = m;
        forbidden.problem.fit[0][forbidden.pairs[1].unwrap()] = None;
        assert_eq!(forbidden.swap(0, 1), Err(NoSwap::NotAllowed));
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

    #[test]
    fn lock_forbid_and_capacity_follow_one_rule_each() {
        let mut c = Constraints {
            default_capacity: 1,
            ..Constraints::default()
        };
        c.forbid(1, 10);
        c.forbid(1, 10);
        assert_eq!(c.forbids, [(1, 10)], "forbidding twice adds once");
        c.lock(1, 10);
        assert_eq!(
            (c.locks.clone(), c.forbids.clone()),
            (vec![(1, 10)], vec![]),
            "the latest decision wins"
        );
        c.lock(1, 11);
        assert_eq!(c.locks, [(1, 11)], "a mentee has one locked mentor");
        c.lock(1, 11);
        assert_eq!(c.locks, [(1, 11)]);
        c.forbid(1, 11);
        assert!(c.locks.is_empty());
        c.unforbid(1, 11);
        assert!(c.forbids.is_empty());
        c.set_capacity(10, 99);
        assert_eq!(c.capacity_of(10), MAX_CAPACITY);
        c.set_capacity(10, 0);
        assert_eq!(c.capacity_of(10), 0, "a mentor may sit this round out");
        c.set_default_capacity(0);
        assert_eq!(c.capacity_of(12), 1);
        c.set_default_capacity(50);
        assert_eq!(c.capacity_of(12), MAX_CAPACITY);
    }

    #[test]
    fn background_counts_below_five_are_never_shown() {
        let s = |opted_in_pairs, across_backgrounds| Summary {
            pairs: 10,
            mean: 0,
            lowest: 0,
            opted_in_pairs,
            across_backgrounds,
        };
        for n in 1..MIN_BACKGROUND_COUNT {
            let text = s(n, 1).background_text();
            assert!(
                !text.chars().any(|c| c.is_ascii_digit() && c != '5'),
                "{text}"
            );
        }
        assert_eq!(s(6, 2).background_text(), "2 of the 6 pairs where both shared a background question with a wish are across backgrounds.");
    }

    #[test]
    fn the_organisation_rule_and_the_mentor_minimum_keep_pairs_out_and_say_why() {
        let (mut mentees, mut mentors) = cohort(4, 4, 3);
        for (i, p) in mentees.iter_mut().enumerate() {
            p.organisation = [
                "Springfield Public Library",
                "Shelbyville PL",
                "",
                "Ogdenville",
            ][i]
                .into();
        }
        for (j, p) in mentors.iter_mut().enumerate() {
            p.organisation = [
                "  springfield public LIBRARY",
                "Springfield Public Library",
                "Capital City",
                "",
            ][j]
                .into();
            p.years = [Some(12), Some(9), Some(3), None][j];
        }
        let mut c = Constraints {
            default_capacity: 1,
            ..Constraints::default()
        };
        // Without rules everyone is matched.
        let free = run(
            &mentees,
            &mentors,
            &Weights::default(),
            Comparison::default(),
            &c,
        );
        assert!(free.pairs.iter().all(Option::is_some));
        assert!(review(&[mentees.clone(), mentors.clone()].concat(), &c)
            .warnings
            .iter()
            .all(|w| !w.contains("step 3")));

        c.separate_organisations = true;
        c.min_mentor_years = 5;
        let m = run(
            &mentees,
            &mentors,
            &Weights::default(),
            Comparison::default(),
            &c,
        );
        // Mentors 2 (3 years) and 3 (did not say) may take nobody; the
        // Springfield mentee may take neither Springfield mentor.
        for (i, j) in m.pairs.iter().enumerate() {
            if let Some(j) = *j {
                assert!(j < 2, "mentee {i} got a mentor without the experience");
                assert_ne!(i, 0, "the Springfield mentee got a Springfield mentor");
            }
        }
        assert_eq!(m.pairs.iter().flatten().count(), 2);
        assert_eq!(
            m.unmatched_reason(0, &mentees, &mentors, &c),
            "no mentor is allowed for this person (2 from the same library or organisation, 2 with less experience than step 3 asks)"
        );
        let warnings = review(&[mentees.clone(), mentors.clone()].concat(), &c).warnings;
        assert!(
            warnings.iter().any(|w| w.starts_with(
                "2 of 4 mentors have fewer than 5 years of experience or did not say"
            )),
            "{warnings:?}"
        );
        assert!(warnings.iter().any(|w| w.starts_with(&format!("{} can be paired with no mentor under the rules of step 3 (every mentor is from the same library or organisation", mentees[0].name))), "{warnings:?}");
        let one_short = Constraints {
            min_mentor_years: 1,
            ..c.clone()
        };
        let warnings = review(&[mentees.clone(), mentors.clone()].concat(), &one_short).warnings;
        assert!(
            warnings.iter().any(|w| w.starts_with("1 of 4 mentors has fewer than 1 year of experience or did not say: they will not be matched")),
            "{warnings:?}"
        );
        // A lock cannot override a rule.
        c.lock(mentees[0].id, mentors[0].id);
        let locked = run(
            &mentees,
            &mentors,
            &Weights::default(),
            Comparison::default(),
            &c,
        );
        assert_ne!(locked.pairs[0], Some(0));
    }

    #[test]
    fn rules_are_stored_only_when_set() {
        let c = Constraints {
            default_capacity: 1,
            ..Constraints::default()
        };
        let text = serde_json::to_string(&c).unwrap();
        assert!(
            !text.contains("organisations") && !text.contains("years"),
            "{text}"
        );
        let set = Constraints {
            separate_organisations: true,
            min_mentor_years: 5,
            ..c
        };
        let back: Constraints =
            serde_json::from_str(&serde_json::to_string(&set).unwrap()).unwrap();
        assert_eq!(back, set);
    }
}
