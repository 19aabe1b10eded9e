//! How well a mentee and a mentor fit, criterion by criterion, with the
//! reason for each in words. Weights are the facilitator's (0–10 each);
//! criteria without data on both sides are left out rather than guessed.
//! Fits are whole numbers in thousandths (0–1000), so scores compare and
//! print without floating point. Identity criteria use only what people
//! chose to share, and only their own stated wish (same, different or no
//! preference), never an inference (`../shared/DOMAIN.md` §5).

use super::profile::{Format, Level, Pref, Profile};
use super::setup::Identity;
use crate::domain::format::plural;
pub use crate::domain::names::same_name;
use serde::{Deserialize, Deserializer, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Criterion {
    Competencies,
    Goals,
    LibraryType,
    Experience,
    Region,
    Format,
    Availability,
    Background,
}

impl Criterion {
    pub const ALL: [Criterion; 8] = [
        Criterion::Competencies,
        Criterion::Goals,
        Criterion::LibraryType,
        Criterion::Experience,
        Criterion::Region,
        Criterion::Format,
        Criterion::Availability,
        Criterion::Background,
    ];
    /// The slider's label, in plain words.
    pub fn label(self) -> &'static str {
        [
            "The mentor offers what the mentee wants to grow",
            "Their goals have words in common",
            "Same type of library",
            "The mentor has more experience and a more senior role",
            "Same region or time zone",
            "They can meet the same way (in person or online)",
            "They are free at the same times",
            "Background as each person wished (same or different)",
        ][self as usize]
    }
}

/// The facilitator's weight for each criterion, 0 (ignore) to 10.
/// Stored as a list of eight; an empty list is the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Weights(pub [u8; 8]);

impl<'de> Deserialize<'de> for Weights {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Weights, D::Error> {
        let stored = Vec::<u8>::deserialize(d)?;
        if stored.is_empty() {
            return Ok(Weights::default());
        }
        let n = stored.len();
        stored
            .try_into()
            .map(Weights)
            .map_err(|_| serde::de::Error::invalid_length(n, &"8 weights"))
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights([5, 2, 2, 3, 2, 2, 3, 2])
    }
}

impl Weights {
    pub fn of(&self, c: Criterion) -> u32 {
        u32::from(self.0[c as usize].min(10))
    }
}

/// How two criteria read a pair, as the facilitator chooses (issue #17):
/// a different library type rather than the same (a program that wants
/// people to see another kind of library), and peers rather than a
/// mentor ahead of the mentee (peer mentoring: a small gap in experience
/// fits best, none is penalised).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Comparison {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub different_library_type: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub peers: bool,
}

impl Comparison {
    /// The usual reading: same library type, the mentor ahead.
    pub fn is_usual(&self) -> bool {
        *self == Comparison::default()
    }
}

/// One criterion's part of a fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub criterion: Criterion,
    /// 0–1000.
    pub fit: u32,
    pub why: String,
}

/// The fit of one mentee with one mentor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    /// Weighted mean of the parts, 0–1000; 500 when nothing could be
    /// compared.
    pub score: u32,
    pub parts: Vec<Part>,
    /// Why the pair may never be made, if so (always a hard rule).
    pub excluded: Option<String>,
}

/// Whether `p` declared they must not be paired with `other`.
fn excludes(p: &Profile, other: &Profile) -> bool {
    p.exclude.iter().any(|n| same_name(n, &other.name))
}

const STOP: [&str; 24] = [
    "about", "after", "also", "been", "being", "from", "have", "into", "just", "like", "more",
    "most", "need", "over", "some", "than", "that", "their", "them", "then", "they", "this",
    "want", "with",
];

/// Words of four letters or more, lowercased, without common ones, each
/// once, in the order they first appear (no sort: a goal is a sentence).
pub fn keywords(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for w in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let w = w.to_ascii_lowercase();
        if w.len() >= 4 && !STOP.contains(&w.as_str()) && !words.contains(&w) {
            words.push(w);
        }
    }
    words
}

/// The fit of `mentee` with `mentor`, with the reason for each part,
/// criteria read as `how` says. `name_of` turns competency ids into names
/// for the reasons. (A whole cohort's scores come from
/// [`super::scoring`], by the same rules.)
pub fn fit(
    mentee: &Profile,
    mentor: &Profile,
    w: &Weights,
    how: Comparison,
    name_of: fn(&str) -> &str,
) -> Fit {
    let (a, b) = (keywords(&mentee.goal), keywords(&mentor.goal));
    let mut tally = Tally::new(w);
    let mut parts: Vec<Part> = Vec::new();
    let mut add = |criterion: Criterion, fit: u32, why: &dyn Fn() -> String| {
        if tally.add(criterion, fit) {
            parts.push(Part {
                criterion,
                fit: fit.min(1000),
                why: why(),
            });
        }
    };

    if !mentee.grow.is_empty() && !mentor.offer.is_empty() {
        let shared: Vec<&str> = mentee
            .grow
            .iter()
            .filter(|c| mentor.offer.contains(c))
            .map(|c| name_of(c))
            .collect();
        let why = || {
            if shared.is_empty() {
                "Offers none of the competencies the mentee wants to grow".to_string()
            } else {
                format!(
                    "Offers {} of the {} the mentee wants to grow: {}",
                    shared.len(),
                    plural(mentee.grow.len(), "competency", "competencies"),
                    shared.join(", ")
                )
            }
        };
        add(
            Criterion::Competencies,
            share(shared.len(), mentee.grow.len()),
            &why,
        );
    }

    if !a.is_empty() && !b.is_empty() {
        let common: Vec<&str> = a
            .iter()
            .filter(|x| b.contains(x))
            .map(String::as_str)
            .collect();
        let why = || {
            if common.is_empty() {
                "Their goals have no words in common".to_string()
            } else {
                format!("Their goals share: {}", common.join(", "))
            }
        };
        add(
            Criterion::Goals,
            share(common.len(), a.len().min(b.len())),
            &why,
        );
    }

    if let (Some(x), Some(y)) = (mentee.library_type, mentor.library_type) {
        let why = || {
            if x == y {
                format!("Both work in {} libraries", x.label().to_ascii_lowercase())
            } else {
                format!(
                    "Different library types ({} and {})",
                    x.label().to_ascii_lowercase(),
                    y.label().to_ascii_lowercase()
                )
            }
        };
        add(
            Criterion::LibraryType,
            library_fit(x == y, how.different_library_type),
            &why,
        );
    }

    let mut exp: Vec<String> = Vec::new();
    if let (Some(x), Some(y)) = (mentee.years, mentor.years) {
        exp.push(match i32::from(y) - i32::from(x) {
            1 => "1 more year of experience".to_string(),
            g if g > 0 => format!("{g} more years of experience"),
            0 => "the same years of experience".to_string(),
            g => format!(
                "{} less experience",
                plural(g.unsigned_abs() as usize, "year", "years")
            ),
        });
    }
    if let (Some(x), Some(y)) = (mentee.level, mentor.level) {
        exp.push(
            if y > x {
                "a more senior role"
            } else if y == x {
                "a role at the same level"
            } else {
                "a less senior role"
            }
            .to_string(),
        );
    }
    let years = mentee.years.zip(mentor.years);
    if let Some(fit) = experience_fit(years, mentee.level.zip(mentor.level), how.peers) {
        let whose = if how.peers {
            "As peers, the mentor has"
        } else {
            "The mentor has"
        };
        add(Criterion::Experience, fit, &|| {
            format!("{whose} {}", exp.join(" and "))
        });
    }

    let same_region = !mentee.region.trim().is_empty() && same_name(&mentee.region, &mentor.region);
    if let Some(fit) = region_fit(same_region, mentee.utc_offset, mentor.utc_offset) {
        let why = || match (same_region, mentee.utc_offset, mentor.utc_offset) {
            (true, ..) => format!("Both in {}", mentor.region.trim()),
            (_, Some(x), Some(y)) if x == y => "Same time zone".to_string(),
            (_, Some(x), Some(y)) => {
                let d = (i32::from(x) - i32::from(y)).unsigned_abs();
                format!("{} apart", plural(d as usize, "hour", "hours"))
            }
            _ => String::new(),
        };
        add(Criterion::Region, fit, &why);
    }

    if let (Some(x), Some(y)) = (mentee.format, mentor.format) {
        let ok = formats_meet(x, y);
        let why = || {
            if ok {
                match (x, y) {
                    (Format::Either, Format::Either) => {
                        "Both can meet in person or online".to_string()
                    }
                    (Format::Either, f) | (f, _) => {
                        format!("Both can meet {}", f.label().to_ascii_lowercase())
                    }
                }
            } else {
                "One wants to meet in person, the other online".to_string()
            }
        };
        add(Criterion::Format, same_fit(ok), &why);
    }

    if let Some(fit) = availability_fit(mentee.availability, mentor.availability) {
        let both = mentee.availability & mentor.availability;
        let slots: Vec<&str> = super::profile::SLOTS
            .iter()
            .enumerate()
            .filter(|(i, _)| both & (1 << i) != 0)
            .map(|(_, s)| *s)
            .collect();
        let why = || {
            if slots.is_empty() {
                "They are never free at the same time".to_string()
            } else {
                format!("Both free: {}", slots.join(", ").to_ascii_lowercase())
            }
        };
        add(Criterion::Availability, fit, &why);
    }

    // Each stated wish (either side's) about a dimension both shared.
    let mut wishes: Vec<(bool, Identity)> = Vec::new();
    for (me, other) in [(mentee, mentor), (mentor, mentee)] {
        for a in me.identity.iter().filter(|a| a.pref != Pref::NoPreference) {
            let b = other.identity.iter().find(|b| b.dimension == a.dimension);
            if let Some(same) = b.and_then(|b| a.same_as(b)) {
                wishes.push((wish_met(a.pref, same), a.dimension));
            }
        }
    }
    if !wishes.is_empty() {
        let met = wishes.iter().filter(|w| w.0).count();
        let mut dims: Vec<&str> = wishes.iter().map(|w| w.1.label()).collect();
        dims.dedup();
        add(Criterion::Background, share(met, wishes.len()), &|| {
            format!(
                "Meets {} of {} stated wishes about background ({})",
                met,
                wishes.len(),
                dims.join(", ").to_ascii_lowercase()
            )
        });
    }

    let excluded = if mentee.id == mentor.id {
        Some("the same person".to_string())
    } else if excludes(mentee, mentor) {
        Some(format!(
            "{} asked not to be paired with {}",
            mentee.name, mentor.name
        ))
    } else if excludes(mentor, mentee) {
        Some(format!(
            "{} asked not to be paired with {}",
            mentor.name, mentee.name
        ))
    } else {
        None
    };
    Fit {
        score: tally.score(),
        parts,
        excluded,
    }
}

// The rules, one per criterion: a part's fit (0–1000) from what both
// answered. [`fit`] explains them for one pair; `super::scoring` applies
// them to every pair of a cohort from answers prepared once.

/// `part` of `whole` (not 0), in thousandths, rounded down.
#[inline(always)]
pub(super) fn share(part: usize, whole: usize) -> u32 {
    1000 * part as u32 / whole as u32
}

/// All or nothing.
#[inline(always)]
pub(super) fn same_fit(same: bool) -> u32 {
    if same {
        1000
    } else {
        0
    }
}

/// The library types: the same fits, or (when the facilitator wants it)
/// a different one.
#[inline(always)]
pub(super) fn library_fit(same: bool, different_wanted: bool) -> u32 {
    same_fit(same != different_wanted)
}

/// The mentor's experience against the mentee's: the mean of the years'
/// and the level's fits, from those both answered (mentee's, mentor's).
/// Usually the mentor should be ahead; between peers, close fits best and
/// neither side being ahead is penalised.
#[inline(always)]
pub(super) fn experience_fit(
    years: Option<(u8, u8)>,
    level: Option<(Level, Level)>,
    peers: bool,
) -> Option<u32> {
    let years = years.map(|(x, y)| match (peers, i32::from(y) - i32::from(x)) {
        (false, g) if g >= 3 => 1000,
        (false, 1 | 2) => 600,
        (false, _) => 0,
        (true, g) if g.abs() <= 2 => 1000,
        (true, g) if g.abs() <= 5 => 600,
        (true, _) => 0,
    });
    let level = level.map(|(x, y)| match (peers, y as i32 - x as i32) {
        (false, d) if d > 0 => 1000,
        (false, 0) => 400,
        (false, _) => 0,
        (true, 0) => 1000,
        (true, -1 | 1) => 600,
        (true, _) => 0,
    });
    match (years, level) {
        (Some(y), Some(l)) => Some((y + l) / 2),
        (one, other) => one.or(other),
    }
}

/// The same region (by name), else 150 off per hour between time zones.
#[inline(always)]
pub(super) fn region_fit(same_region: bool, x: Option<i8>, y: Option<i8>) -> Option<u32> {
    match (x, y) {
        _ if same_region => Some(1000),
        (Some(x), Some(y)) => {
            let d = (i32::from(x) - i32::from(y)).unsigned_abs();
            Some(1000u32.saturating_sub(150 * d))
        }
        _ => None,
    }
}

/// Whether two ways of meeting are compatible.
#[inline(always)]
pub(super) fn formats_meet(x: Format, y: Format) -> bool {
    x == y || x == Format::Either || y == Format::Either
}

/// The slots both are free, out of the fewer either named; none when
/// either named none.
#[inline(always)]
pub(super) fn availability_fit(a: u8, b: u8) -> Option<u32> {
    (a != 0 && b != 0).then(|| {
        let smaller = a.count_ones().min(b.count_ones());
        share((a & b).count_ones() as usize, smaller as usize)
    })
}

/// Whether a stated wish (same or different) is met.
#[inline(always)]
pub(super) fn wish_met(pref: Pref, same: bool) -> bool {
    same == (pref == Pref::Same)
}

/// The weighted mean of the parts of a fit, as they are added.
pub(super) struct Tally<'w> {
    weights: &'w Weights,
    total_weight: u32,
    weighted: u32,
}

impl<'w> Tally<'w> {
    pub(super) fn new(weights: &'w Weights) -> Tally<'w> {
        Tally {
            weights,
            total_weight: 0,
            weighted: 0,
        }
    }

    /// Adds a part; false when its criterion's weight is 0 (left out).
    #[inline(always)]
    pub(super) fn add(&mut self, criterion: Criterion, fit: u32) -> bool {
        let w = self.weights.of(criterion);
        self.total_weight += w;
        self.weighted += w * fit.min(1000);
        w > 0
    }

    /// The weighted mean, 0–1000; 500 when nothing could be compared.
    #[inline(always)]
    pub(super) fn score(&self) -> u32 {
        self.weighted.checked_div(self.total_weight).unwrap_or(500)
    }
}

/// A score of 0–1000 as a percentage with one decimal ("87.5%").
pub fn percent(score: u32) -> String {
    format!("{}.{}%", score / 10, score % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::profile::{IdentityAnswer, Level, LibraryType, Role};

    fn name_of(id: &str) -> &str {
        crate::domain::assessment::framework::competency(id).map_or(id, |c| c.name)
    }

    fn person(id: u64, name: &str, role: Role) -> Profile {
        Profile {
            id,
            workshop: 1,
            name: name.into(),
            role,
            ..Profile::default()
        }
    }

    #[test]
    fn each_criterion_scores_and_explains() {
        let mut sam = person(1, "Sam Lee", Role::Mentee);
        sam.grow = vec![
            "resource-management".into(),
            "conflict".into(),
            "adaptability".into(),
        ];
        sam.goal = "Present my first budget to the library board".into();
        sam.library_type = Some(LibraryType::Public);
        sam.years = Some(2);
        sam.level = Some(Level::Supervisor);
        sam.utc_offset = Some(-5);
        sam.format = Some(Format::Online);
        sam.availability = 0b0100;
        sam.identity = vec![IdentityAnswer::from_text(
            Identity::Gender,
            "Woman",
            Pref::Same,
        )];
        let mut ana = person(2, "Ana Diaz", Role::Mentor);
        ana.offer = vec!["resource-management".into(), "conflict".into()];
        ana.goal = "Help a new manager face the board with a budget".into();
        ana.library_type = Some(LibraryType::Public);
        ana.years = Some(15);
        ana.level = Some(Level::Director);
        ana.utc_offset = Some(-6);
        ana.format = Some(Format::Either);
        ana.availability = 0b0110;
        ana.identity = vec![IdentityAnswer::from_text(
            Identity::Gender,
            " female",
            Pref::NoPreference,
        )];
        let f = fit(
            &sam,
            &ana,
            &Weights::default(),
            Comparison::default(),
            name_of,
        );
        let why = |c: Criterion| {
            f.parts
                .iter()
                .find(|p| p.criterion == c)
                .map(|p| (p.fit, p.why.clone()))
        };
        let (c, text) = why(Criterion::Competencies).unwrap();
        assert_eq!(c, 666);
        assert!(text.starts_with("Offers 2 of the 3 competencies the mentee wants to grow: Budget and resource management, Conflict resolution"), "{text}");
        assert_eq!(
            why(Criterion::Goals).unwrap().1,
            "Their goals share: budget, board"
        );
        assert_eq!(
            why(Criterion::LibraryType).unwrap(),
            (1000, "Both work in public libraries".into())
        );
        assert_eq!(
            why(Criterion::Experience).unwrap(),
            (
                1000,
                "The mentor has 13 more years of experience and a more senior role".into()
            )
        );
        assert_eq!(
            why(Criterion::Region).unwrap(),
            (850, "1 hour apart".into())
        );
        assert_eq!(
            why(Criterion::Format).unwrap(),
            (1000, "Both can meet online".into())
        );
        assert_eq!(
            why(Criterion::Availability).unwrap(),
            (1000, "Both free: weekday evenings".into())
        );
        assert_eq!(why(Criterion::Background).unwrap().0, 1000);
        assert!(f.score > 800 && f.excluded.is_none(), "{}", f.score);

        // Nothing to compare: neutral; a zero weight leaves a criterion out.
        let blank = fit(
            &person(3, "A", Role::Mentee),
            &person(4, "B", Role::Mentor),
            &Weights::default(),
            Comparison::default(),
            name_of,
        );
        assert_eq!((blank.score, blank.parts.len()), (500, 0));
        let mut w = Weights::default();
        w.0[Criterion::Competencies as usize] = 0;
        assert!(fit(&sam, &ana, &w, Comparison::default(), name_of)
            .parts
            .iter()
            .all(|p| p.criterion != Criterion::Competencies));
        assert_eq!(percent(666), "66.6%");
    }

    #[test]
    fn a_different_library_type_and_peers_read_as_the_facilitator_chose() {
        let mut mentee = person(1, "Sam Lee", Role::Mentee);
        let mut mentor = person(2, "Ana Diaz", Role::Mentor);
        (mentee.library_type, mentor.library_type) =
            (Some(LibraryType::Public), Some(LibraryType::Academic));
        (mentee.years, mentor.years) = (Some(4), Some(5));
        (mentee.level, mentor.level) = (Some(Level::Manager), Some(Level::Manager));
        fn part_of(
            e: &Profile,
            m: &Profile,
            how: Comparison,
            c: Criterion,
        ) -> Option<(u32, String)> {
            let f = fit(e, m, &Weights::default(), how, name_of);
            f.parts
                .into_iter()
                .find(|p| p.criterion == c)
                .map(|p| (p.fit, p.why))
        }
        let usual = Comparison::default();
        let different = Comparison {
            different_library_type: true,
            peers: false,
        };
        let peers = Comparison {
            different_library_type: false,
            peers: true,
        };
        assert_eq!(
            part_of(&mentee, &mentor, usual, Criterion::LibraryType)
                .unwrap()
                .0,
            0
        );
        assert_eq!(
            part_of(&mentee, &mentor, different, Criterion::LibraryType).unwrap(),
            (1000, "Different library types (public and academic)".into())
        );
        // One year ahead at the same level: a weak mentor, a good peer.
        assert_eq!(
            part_of(&mentee, &mentor, usual, Criterion::Experience).unwrap(),
            (
                500,
                "The mentor has 1 more year of experience and a role at the same level".into()
            )
        );
        assert_eq!(
            part_of(&mentee, &mentor, peers, Criterion::Experience).unwrap(),
            (
                1000,
                "As peers, the mentor has 1 more year of experience and a role at the same level"
                    .into()
            )
        );
        // Peers far apart, or a mentee far ahead, fit less; no gap is required.
        mentor.years = Some(20);
        mentor.level = Some(Level::Frontline);
        assert_eq!(
            part_of(&mentee, &mentor, peers, Criterion::Experience)
                .unwrap()
                .0,
            0
        );
        (mentee.years, mentor.years) = (Some(9), Some(6));
        mentor.level = Some(Level::Supervisor);
        assert_eq!(
            part_of(&mentee, &mentor, peers, Criterion::Experience)
                .unwrap()
                .0,
            600
        );
        assert_eq!(
            part_of(&mentee, &mentor, usual, Criterion::Experience)
                .unwrap()
                .0,
            0
        );
    }

    #[test]
    fn declared_exclusions_are_hard_and_name_who_asked() {
        let mut sam = person(1, "Sam Lee", Role::Mentee);
        let ana = person(2, "Ana  Diaz", Role::Mentor);
        sam.exclude = vec!["ana diaz".into()];
        let f = fit(
            &sam,
            &ana,
            &Weights::default(),
            Comparison::default(),
            name_of,
        );
        assert_eq!(
            f.excluded.as_deref(),
            Some("Sam Lee asked not to be paired with Ana  Diaz")
        );
        assert!(fit(
            &sam,
            &sam,
            &Weights::default(),
            Comparison::default(),
            name_of
        )
        .excluded
        .is_some());
    }
}
