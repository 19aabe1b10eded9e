//! Keeping old assessments meaningful when the framework changes. Each
//! snapshot stores the framework version it was rated against; when a
//! later version renames or merges a competency, a [`Rename`] here maps the
//! old id to the new one, and snapshots are upgraded as they load. Ratings
//! whose competency no longer exists are kept (never deleted) and simply
//! not shown.

use super::framework::FRAMEWORK_VERSION;
use super::{Assessments, Rating};

/// From framework version `since` on, `from` is called `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rename {
    pub since: u32,
    pub from: &'static str,
    pub to: &'static str,
}

/// Every rename so far. Framework version 1 is the first, so none yet.
pub const RENAMES: &[Rename] = &[];

/// Applies the renames newer than `framework` to `ratings`. When two old
/// ids now map to one, the first rating is kept.
pub fn upgrade_ratings(framework: u32, ratings: &mut [Rating], renames: &[Rename]) {
    for r in renames.iter().filter(|r| r.since > framework) {
        let target_exists = ratings.iter().any(|x| x.competency == r.to);
        if let Some(x) = ratings.iter_mut().find(|x| x.competency == r.from) {
            if !target_exists {
                x.competency = r.to.to_string();
            }
        }
    }
}

/// Brings every snapshot (and the draft) to the current framework.
pub fn upgrade(a: &mut Assessments, renames: &[Rename], current: u32) {
    for s in a
        .snapshots
        .items
        .iter_mut()
        .filter(|s| s.framework < current)
    {
        upgrade_ratings(s.framework, &mut s.ratings, renames);
        s.framework = current;
    }
    if let Some(d) = a.draft.as_mut() {
        // A draft started under an older framework: upgrade from version 1
        // (renames are idempotent for ids already current).
        upgrade_ratings(0, &mut d.ratings, renames);
    }
}

/// [`upgrade`] with this build's renames and version.
pub fn upgrade_to_current(a: &mut Assessments) {
    upgrade(a, RENAMES, FRAMEWORK_VERSION);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Snapshot;

    fn snap(framework: u32, ids: &[&str]) -> Snapshot {
        Snapshot {
            id: 1,
            taken_at: 0,
            label: String::new(),
            framework,
            ratings: ids
                .iter()
                .map(|c| Rating {
                    competency: c.to_string(),
                    level: Some(2),
                    ..Rating::default()
                })
                .collect(),
            updated_at: 0,
        }
    }

    const V2: &[Rename] = &[
        Rename {
            since: 2,
            from: "critical-thinking",
            to: "problem-solving",
        },
        Rename {
            since: 2,
            from: "decision-making",
            to: "problem-solving",
        },
    ];

    #[test]
    fn old_snapshots_follow_renames_and_merges() {
        let mut a = Assessments::default();
        a.snapshots
            .upsert(snap(1, &["critical-thinking", "decision-making", "ethics"]));
        upgrade(&mut a, V2, 2);
        let s = a.snapshots.get(1).unwrap();
        let ids: Vec<&str> = s.ratings.iter().map(|r| r.competency.as_str()).collect();
        assert_eq!(
            ids,
            ["problem-solving", "decision-making", "ethics"],
            "merged: first kept, the other left as it was"
        );
        assert_eq!(s.framework, 2);
    }

    #[test]
    fn current_snapshots_are_untouched() {
        let mut a = Assessments::default();
        a.snapshots.upsert(snap(2, &["critical-thinking"]));
        upgrade(&mut a, V2, 2);
        assert_eq!(
            a.snapshots.get(1).unwrap().ratings[0].competency,
            "critical-thinking"
        );
        let mut b = a.clone();
        upgrade_to_current(&mut b);
        assert_eq!(a, b, "framework 1 has no renames");
    }
}
