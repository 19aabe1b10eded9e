//! Every pair's fit in a cohort, as numbers, fast enough for a national
//! program (1,000 mentees × 1,000 mentors): each person's answers are
//! prepared once, so scoring a pair allocates nothing and compares
//! numbers only. Competencies offered are bit sets; goal keywords, name
//! keys (for exclusions), regions and self-described backgrounds are
//! numbered by their place among the mentors' (a word no mentor used
//! cannot be shared with one). The rules are
//! [`super::score`]'s, applied in the same order; a property test checks
//! that every score and exclusion equals [`super::score::fit`]'s.

use super::profile::{Format, Level, LibraryType, Pref, Profile};
use super::score::{
    availability_fit, experience_fit, formats_meet, keywords, library_fit, region_fit, same_fit,
    share, wish_met, Comparison, Criterion, Tally, Weights,
};
use super::setup::Identity;
use crate::domain::names::name_key;
use fixedbitset::FixedBitSet;

/// The number of a text no mentor used.
const UNKNOWN: u32 = u32::MAX;

/// Every text of the mentors' answers that scoring compares, sorted: a
/// text's number is its place.
struct Vocabulary(Vec<String>);

impl Vocabulary {
    fn of(mentors: &[Profile]) -> Vocabulary {
        let mut texts = Vec::new();
        for m in mentors {
            Person::new(m, &mut |text| {
                texts.push(text);
                UNKNOWN
            });
        }
        texts.sort_unstable();
        texts.dedup();
        Vocabulary(texts)
    }

    /// The text's number, or [`UNKNOWN`].
    fn find(&self, text: &str) -> u32 {
        self.0
            .binary_search_by(|t| t.as_str().cmp(text))
            .map_or(UNKNOWN, |i| i as u32)
    }
}

/// One background answer, prepared.
struct Answer<'a> {
    dimension: Identity,
    pref: Pref,
    choices: &'a [String],
    /// The self-description's name key; `None` when blank.
    described: Option<u32>,
    empty: bool,
}

impl Answer<'_> {
    /// [`super::profile::IdentityAnswer::same_as`], on prepared answers.
    fn same_as(&self, other: &Answer) -> Option<bool> {
        if self.empty || other.empty || self.dimension != other.dimension {
            return None;
        }
        let shared_choice = self.choices.iter().any(|c| other.choices.contains(c));
        Some(shared_choice || (self.described.is_some() && self.described == other.described))
    }
}

/// One person's answers, prepared for scoring (the plain ones copied
/// together, as they are read for every pair).
struct Person<'a> {
    facts: Facts,
    /// The competencies they want to grow, numbered (duplicates kept, as
    /// the rule counts each).
    grow: Vec<u32>,
    offer: FixedBitSet,
    /// Their goal's keywords that some mentor's goal has, numbered, as a
    /// list and as a set.
    words: Vec<u32>,
    word_set: FixedBitSet,
    /// How many keywords their goal has in all.
    word_count: usize,
    /// Their name's key; `None` when blank.
    name: Option<u32>,
    /// The name keys of those they asked not to be paired with.
    excludes: Vec<u32>,
    /// Their region's key; `None` when blank.
    region: Option<u32>,
    identity: Vec<Answer<'a>>,
}

/// A profile's answers that are plain values.
#[derive(Clone, Copy)]
struct Facts {
    id: u64,
    library_type: Option<LibraryType>,
    years: Option<u8>,
    level: Option<Level>,
    utc_offset: Option<i8>,
    format: Option<Format>,
    availability: u8,
    offers_any: bool,
}

/// The known numbers of `numbers`, as a set.
fn set_of(numbers: &[u32]) -> FixedBitSet {
    let mut set = FixedBitSet::new();
    for &n in numbers.iter().filter(|&&n| n != UNKNOWN) {
        set.grow(n as usize + 1);
        set.insert(n as usize);
    }
    set
}

/// A key, numbered by `number`; `None` for a blank one (which is nobody's
/// name and no region).
fn key_number(text: &str, number: &mut dyn FnMut(String) -> u32) -> Option<u32> {
    let key = name_key(text);
    (!key.is_empty()).then(|| number(key))
}

impl<'a> Person<'a> {
    fn new(profile: &'a Profile, number: &mut dyn FnMut(String) -> u32) -> Person<'a> {
        let grow = profile.grow.iter().map(|c| number(c.clone())).collect();
        let offered: Vec<u32> = profile.offer.iter().map(|c| number(c.clone())).collect();
        let all_words = keywords(&profile.goal);
        let word_count = all_words.len();
        let words: Vec<u32> = all_words
            .into_iter()
            .map(&mut *number)
            .filter(|&w| w != UNKNOWN)
            .collect();
        let identity = profile
            .identity
            .iter()
            .map(|a| Answer {
                dimension: a.dimension,
                pref: a.pref,
                choices: &a.choices,
                described: key_number(&a.described, number),
                empty: a.is_empty(),
            })
            .collect();
        Person {
            facts: Facts {
                id: profile.id,
                library_type: profile.library_type,
                years: profile.years,
                level: profile.level,
                utc_offset: profile.utc_offset,
                format: profile.format,
                availability: profile.availability,
                offers_any: !profile.offer.is_empty(),
            },
            grow,
            offer: set_of(&offered),
            word_set: set_of(&words),
            words,
            word_count,
            name: key_number(&profile.name, number),
            excludes: profile
                .exclude
                .iter()
                .filter_map(|n| key_number(n, number))
                .collect(),
            region: key_number(&profile.region, number),
            identity,
        }
    }

    /// Whether they asked not to be paired with `other`.
    #[inline(always)]
    fn excludes(&self, other: &Person) -> bool {
        other.name.is_some_and(|n| self.excludes.contains(&n))
    }
}

/// Every pair's score, row by row (a row per mentee).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scores {
    rows: usize,
    mentors: usize,
    scores: Vec<u32>,
    excluded: FixedBitSet,
}

impl Scores {
    /// Mentee `i`'s fit with mentor `j`, 0–1000.
    pub fn score(&self, i: usize, j: usize) -> u32 {
        self.scores[i * self.mentors + j]
    }

    /// Whether the pair may never be made (the same person, or an
    /// exclusion either declared).
    pub fn excluded(&self, i: usize, j: usize) -> bool {
        self.excluded.contains(i * self.mentors + j)
    }

    /// How many mentees are scored.
    pub fn rows(&self) -> usize {
        self.rows
    }
}

/// Scores mentees against a fixed set of mentors, prepared once.
pub struct Scorer<'a> {
    weights: Weights,
    how: Comparison,
    mentors: Vec<Person<'a>>,
    vocabulary: Vocabulary,
}

impl<'a> Scorer<'a> {
    pub fn new(mentors: &'a [Profile], weights: &Weights, how: Comparison) -> Scorer<'a> {
        let vocabulary = Vocabulary::of(mentors);
        let mentors = mentors
            .iter()
            .map(|m| Person::new(m, &mut |text| vocabulary.find(&text)))
            .collect();
        Scorer {
            weights: *weights,
            how,
            mentors,
            vocabulary,
        }
    }

    /// Empty scores for these mentors, to add rows to.
    pub fn table(&self) -> Scores {
        Scores {
            mentors: self.mentors.len(),
            ..Scores::default()
        }
    }

    /// Adds a row to `scores` for each of `mentees` (in slices, so a
    /// screen can show progress between them).
    pub fn add_rows(&self, scores: &mut Scores, mentees: &[Profile]) {
        let start = scores.scores.len();
        scores.scores.reserve(mentees.len() * self.mentors.len());
        scores
            .excluded
            .grow(start + mentees.len() * self.mentors.len());
        scores.rows += mentees.len();
        for mentee in mentees {
            let mentee = Person::new(mentee, &mut |text| self.vocabulary.find(&text));
            self.add_row(scores, &mentee);
        }
    }

    /// One mentee's row. A function of its own, called once per mentee:
    /// the browser's WebAssembly engine compiles a function for speed
    /// only after it has run a few times, and never while it runs.
    #[inline(never)]
    fn add_row(&self, scores: &mut Scores, mentee: &Person) {
        for mentor in &self.mentors {
            if mentee.facts.id == mentor.facts.id
                || mentee.excludes(mentor)
                || mentor.excludes(mentee)
            {
                scores.excluded.insert(scores.scores.len());
            }
            scores.scores.push(self.score(mentee, mentor));
        }
    }

    /// One pair's score, by [`super::score`]'s rules.
    #[inline(always)]
    fn score(&self, mentee: &Person, mentor: &Person) -> u32 {
        let (e, m) = (mentee.facts, mentor.facts);
        let mut tally = Tally::new(&self.weights);
        if !mentee.grow.is_empty() && m.offers_any {
            let shared = mentee
                .grow
                .iter()
                .filter(|&&c| mentor.offer.contains(c as usize))
                .count();
            tally.add(Criterion::Competencies, share(shared, mentee.grow.len()));
        }
        if mentee.word_count > 0 && mentor.word_count > 0 {
            let common = mentee
                .words
                .iter()
                .filter(|&&w| mentor.word_set.contains(w as usize))
                .count();
            let fewer = mentee.word_count.min(mentor.word_count);
            tally.add(Criterion::Goals, share(common, fewer));
        }
        if let (Some(x), Some(y)) = (e.library_type, m.library_type) {
            tally.add(
                Criterion::LibraryType,
                library_fit(x == y, self.how.different_library_type),
            );
        }
        if let Some(fit) =
            experience_fit(e.years.zip(m.years), e.level.zip(m.level), self.how.peers)
        {
            tally.add(Criterion::Experience, fit);
        }
        let same_region = mentee.region.is_some() && mentee.region == mentor.region;
        if let Some(fit) = region_fit(same_region, e.utc_offset, m.utc_offset) {
            tally.add(Criterion::Region, fit);
        }
        if let (Some(x), Some(y)) = (e.format, m.format) {
            tally.add(Criterion::Format, same_fit(formats_meet(x, y)));
        }
        if let Some(fit) = availability_fit(e.availability, m.availability) {
            tally.add(Criterion::Availability, fit);
        }
        let (mut wishes, mut met) = (0, 0);
        for (me, other) in [(mentee, mentor), (mentor, mentee)] {
            for a in me.identity.iter().filter(|a| a.pref != Pref::NoPreference) {
                let b = other.identity.iter().find(|b| b.dimension == a.dimension);
                if let Some(same) = b.and_then(|b| a.same_as(b)) {
                    wishes += 1;
                    met += usize::from(wish_met(a.pref, same));
                }
            }
        }
        if wishes > 0 {
            tally.add(Criterion::Background, share(met, wishes));
        }
        tally.score()
    }
}

/// Every pair's score of `mentees` with `mentors`.
pub fn score_all(mentees: &[Profile], mentors: &[Profile], w: &Weights, how: Comparison) -> Scores {
    let scorer = Scorer::new(mentors, w, how);
    let mut scores = scorer.table();
    scorer.add_rows(&mut scores, mentees);
    scores
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::score::fit;
    use crate::domain::workshop::synthetic::cohort;

    #[test]
    fn every_score_and_exclusion_is_the_explained_fits() {
        let (mut mentees, mut mentors) = cohort(40, 25, 11);
        mentees[3].exclude = vec![format!("  {}", mentors[2].name.to_uppercase())];
        mentors[4].exclude = vec![mentees[5].name.clone()];
        mentors[6].id = mentees[7].id;
        mentees[8].region = mentors[9].region.to_lowercase();
        let unusual = Comparison {
            different_library_type: true,
            peers: true,
        };
        for (w, how) in [
            (Weights::default(), Comparison::default()),
            (Weights([0, 10, 0, 1, 0, 3, 0, 10]), unusual),
        ] {
            let scores = score_all(&mentees, &mentors, &w, how);
            assert_eq!(scores.rows(), mentees.len());
            for (i, e) in mentees.iter().enumerate() {
                for (j, m) in mentors.iter().enumerate() {
                    let f = fit(e, m, &w, how, |s| s);
                    assert_eq!(scores.score(i, j), f.score, "{i}, {j}");
                    assert_eq!(scores.excluded(i, j), f.excluded.is_some(), "{i}, {j}");
                }
            }
        }
        let scores = score_all(&mentees, &mentors, &Weights::default(), unusual);
        assert!(scores.excluded(3, 2) && scores.excluded(5, 4) && scores.excluded(7, 6));
    }

    #[test]
    fn rows_added_in_slices_are_the_same_as_at_once() {
        let (mentees, mentors) = cohort(30, 10, 5);
        let scorer = Scorer::new(&mentors, &Weights::default(), Comparison::default());
        let mut sliced = scorer.table();
        for slice in mentees.chunks(7) {
            scorer.add_rows(&mut sliced, slice);
        }
        let whole = score_all(
            &mentees,
            &mentors,
            &Weights::default(),
            Comparison::default(),
        );
        assert_eq!(sliced, whole);
    }
}
