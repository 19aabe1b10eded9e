//! What snapshots say about growth: per-competency changes between two
//! snapshots, the priority × rating quadrant (after Wong's importance ×
//! proficiency plot, C&RL 2019), and strengths and growth areas in plain
//! words.

use super::framework::{Competency, COMPETENCIES};
use super::{Priority, Snapshot};
use crate::domain::order::sort_by_i64;

/// A rating at or above this is a strength; below it, a growth area.
pub const STRENGTH_LEVEL: u8 = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub competency: &'static Competency,
    pub from: u8,
    pub to: u8,
}

impl Change {
    pub fn delta(&self) -> i16 {
        i16::from(self.to) - i16::from(self.from)
    }
}

/// Changes for every competency rated in both snapshots, biggest gain
/// first, biggest drop last; unchanged ones in between, in framework order.
pub fn changes(earlier: &Snapshot, later: &Snapshot) -> Vec<Change> {
    let mut out: Vec<Change> = COMPETENCIES
        .iter()
        .filter_map(|c| {
            Some(Change {
                competency: c,
                from: earlier.level(c.id)?,
                to: later.level(c.id)?,
            })
        })
        .collect();
    // Stable sort keeps framework order among equal deltas.
    sort_by_i64(&mut out, |c| -i64::from(c.delta()));
    out
}

/// One competency placed on the priority × rating grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub competency: &'static Competency,
    pub level: u8,
    pub priority: Priority,
}

/// The four quadrants. High priority is "High"; medium and low are below.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Quadrants {
    /// High priority, rated below proficient: work on these now.
    pub work_on_now: Vec<Placed>,
    /// High priority and already strong: keep using them.
    pub keep_using: Vec<Placed>,
    /// Lower priority and below proficient: later.
    pub later: Vec<Placed>,
    /// Lower priority and strong: strengths to lend others.
    pub share: Vec<Placed>,
}

pub fn quadrants(s: &Snapshot) -> Quadrants {
    let mut q = Quadrants::default();
    for c in COMPETENCIES {
        let Some(r) = s.rating(c.id) else { continue };
        let Some(level) = r.level else { continue };
        let p = Placed {
            competency: c,
            level,
            priority: r.priority,
        };
        let strong = level >= STRENGTH_LEVEL;
        match (r.priority == Priority::High, strong) {
            (true, false) => q.work_on_now.push(p),
            (true, true) => q.keep_using.push(p),
            (false, false) => q.later.push(p),
            (false, true) => q.share.push(p),
        }
    }
    // Lowest rating first where work is due; highest first for strengths.
    sort_by_i64(&mut q.work_on_now, |p| i64::from(p.level));
    sort_by_i64(&mut q.later, |p| {
        i64::from(p.level) - 10 * p.priority as i64
    });
    sort_by_i64(&mut q.keep_using, |p| -i64::from(p.level));
    sort_by_i64(&mut q.share, |p| -i64::from(p.level));
    q
}

/// Strengths (rated proficient or above), highest first.
pub fn strengths(s: &Snapshot) -> Vec<Placed> {
    let q = quadrants(s);
    let mut v: Vec<Placed> = q.keep_using.into_iter().chain(q.share).collect();
    sort_by_i64(&mut v, |p| -i64::from(p.level));
    v
}

/// Growth areas (rated below proficient): high priority first, then the
/// lowest rated.
pub fn growth_areas(s: &Snapshot) -> Vec<Placed> {
    let q = quadrants(s);
    q.work_on_now.into_iter().chain(q.later).collect()
}

/// A sentence listing names: "A", "A and B", "A, B and C".
pub fn list_words(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Plain-words summary of a snapshot.
pub fn summary(s: &Snapshot) -> Vec<String> {
    let mut out = Vec::new();
    let strong: Vec<&str> = strengths(s)
        .iter()
        .take(3)
        .map(|p| p.competency.name)
        .collect();
    let grow: Vec<&str> = growth_areas(s)
        .iter()
        .take(3)
        .map(|p| p.competency.name)
        .collect();
    if strong.is_empty() {
        out.push("You did not rate yourself proficient in any competency yet: that is common in a first leadership role.".into());
    } else {
        out.push(format!("Your strongest areas: {}.", list_words(&strong)));
    }
    if !grow.is_empty() {
        out.push(format!("Where to grow first: {}.", list_words(&grow)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Rating;

    fn snap(ratings: &[(&str, u8, Priority)]) -> Snapshot {
        Snapshot {
            id: 1,
            taken_at: 0,
            label: String::new(),
            framework: 1,
            ratings: ratings
                .iter()
                .map(|(c, l, p)| Rating {
                    competency: c.to_string(),
                    level: Some(*l),
                    evidence: String::new(),
                    priority: *p,
                })
                .collect(),
            updated_at: 0,
        }
    }
    use Priority::*;

    #[test]
    fn changes_are_sorted_gains_first_and_skip_unrated() {
        let a = snap(&[
            ("communication", 1, Medium),
            ("ethics", 3, Medium),
            ("jedi", 2, Low),
            ("conflict", 2, Low),
        ]);
        let b = snap(&[
            ("communication", 3, Medium),
            ("ethics", 2, Medium),
            ("jedi", 2, Low),
            ("advocacy", 4, Low),
        ]);
        let ch = changes(&a, &b);
        let v: Vec<(&str, i16)> = ch.iter().map(|c| (c.competency.id, c.delta())).collect();
        assert_eq!(v, [("communication", 2), ("jedi", 0), ("ethics", -1)]);
    }

    #[test]
    fn quadrants_follow_priority_and_rating() {
        let s = snap(&[
            ("communication", 1, High),
            ("ethics", 0, High),
            ("conflict", 4, High),
            ("jedi", 2, Low),
            ("advocacy", 2, Medium),
            ("collaboration", 3, Low),
        ]);
        let q = quadrants(&s);
        let ids = |v: &[Placed]| v.iter().map(|p| p.competency.id).collect::<Vec<_>>();
        assert_eq!(ids(&q.work_on_now), ["ethics", "communication"]);
        assert_eq!(ids(&q.keep_using), ["conflict"]);
        assert_eq!(ids(&q.later), ["advocacy", "jedi"]);
        assert_eq!(ids(&q.share), ["collaboration"]);
        assert_eq!(ids(&strengths(&s)), ["conflict", "collaboration"]);
        assert_eq!(
            ids(&growth_areas(&s)),
            ["ethics", "communication", "advocacy", "jedi"]
        );
    }

    #[test]
    fn summary_in_plain_words() {
        let s = snap(&[
            ("communication", 3, Low),
            ("ethics", 4, Low),
            ("jedi", 1, High),
        ]);
        assert_eq!(
            summary(&s),
            [
                "Your strongest areas: Ethics and integrity and Communication.",
                "Where to grow first: Justice, equity, diversity and inclusion.",
            ]
        );
        let weak = snap(&[("jedi", 1, High)]);
        assert!(summary(&weak)[0].contains("did not rate yourself proficient"));
        assert_eq!(list_words(&["a", "b", "c"]), "a, b and c");
    }
}
