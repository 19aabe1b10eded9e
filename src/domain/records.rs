//! Collections of records with ids, the shape of most stored documents (goals,
//! assessments, people). Deletions leave a tombstone, so two tabs can merge
//! their versions record by record: the newer edit of a record wins, a
//! deletion wins over older edits, and records only one tab knows are kept.

use serde::{Deserialize, Serialize};

/// A record that can live in a [`Collection`].
pub trait Record: Clone {
    fn id(&self) -> u64;
    /// Last change, in ms since the epoch.
    fn updated_at(&self) -> i64;
}

/// A deleted record's id and when it was deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: u64,
    pub at: i64,
}

/// Stored as `{"items": [...], "deleted": [{"id", "at"}]}`; either list
/// may be missing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct Collection<T> {
    #[serde(default)]
    pub items: Vec<T>,
    #[serde(default)]
    pub deleted: Vec<Tombstone>,
}

impl<T> Collection<T> {
    /// Whether it holds no record and no tombstone (a collection stored
    /// only when it holds something is left out then).
    pub fn holds_nothing(&self) -> bool {
        self.items.is_empty() && self.deleted.is_empty()
    }
}

impl<T> Default for Collection<T> {
    fn default() -> Self {
        Collection {
            items: Vec::new(),
            deleted: Vec::new(),
        }
    }
}

impl<T: Record> Collection<T> {
    pub fn get(&self, id: u64) -> Option<&T> {
        self.items.iter().find(|r| r.id() == id)
    }

    /// Inserts or replaces a record by id; clears a tombstone it outlives.
    pub fn upsert(&mut self, record: T) {
        let at = record.updated_at();
        self.deleted
            .retain(|t| !(t.id == record.id() && t.at <= at));
        match self.items.iter_mut().find(|r| r.id() == record.id()) {
            Some(slot) => *slot = record,
            None => self.items.push(record),
        }
    }

    /// Removes a record, leaving a tombstone. Returns it for undo.
    pub fn remove(&mut self, id: u64, at: i64) -> Option<T> {
        let pos = self.items.iter().position(|r| r.id() == id)?;
        self.deleted.retain(|t| t.id != id);
        // Kept sorted by id, the order `merge` produces, so a merge that
        // adds nothing compares equal to what is stored.
        let slot = self.deleted.partition_point(|t| t.id < id);
        self.deleted.insert(slot, Tombstone { id, at });
        Some(self.items.remove(pos))
    }

    /// Checks that ids are unique.
    pub fn validate_ids(&self) -> Result<(), String> {
        let ids = sorted(self.items.iter().map(|r| (r.id(), 0)).collect());
        match ids.windows(2).find(|w| w[0].0 == w[1].0) {
            Some(w) => Err(format!("two records share the id {}", w[0].0)),
            None => Ok(()),
        }
    }

    /// Merges two versions of one collection. Commutative in content: both
    /// tabs reach the same records whichever merges first.
    pub fn merge(mine: Self, theirs: Self) -> Self {
        // Decided on (id, updated_at) pairs by non-generic code, so each
        // record type adds only the moves below to the bundle.
        let mut all = theirs.items;
        all.extend(mine.items);
        let keys: Vec<(u64, i64)> = all.iter().map(|r| (r.id(), r.updated_at())).collect();
        let (chosen, deleted) = merge_plan(&keys, &mine.deleted, &theirs.deleted);
        let mut slots: Vec<Option<T>> = all.into_iter().map(Some).collect();
        let items: Vec<T> = chosen.into_iter().filter_map(|i| slots[i].take()).collect();
        Collection { items, deleted }
    }
}

/// A merge decided on keys: which records survive (indices into `keys`)
/// and the tombstones to keep (the latest deletion of each id no
/// surviving record outlives).
fn merge_plan(
    keys: &[(u64, i64)],
    mine: &[Tombstone],
    theirs: &[Tombstone],
) -> (Vec<usize>, Vec<Tombstone>) {
    // Per id the latest deletion: sorted by (id, at), the last of each
    // id's run is kept.
    let mut tombs = sorted(mine.iter().chain(theirs).map(|t| (t.id, t.at)).collect());
    tombs.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1 = later.1;
        }
        same
    });
    let chosen = winners(keys, &tombs);
    let live = sorted(chosen.iter().map(|&i| (keys[i].0, 0)).collect());
    let deleted = tombs
        .into_iter()
        .filter(|(id, _)| find(&live, *id).is_none())
        .map(|(id, at)| Tombstone { id, at })
        .collect();
    (chosen, deleted)
}

/// `pairs` sorted by id, then by the second number: the one sort every
/// id lookup here shares.
fn sorted(mut pairs: Vec<(u64, i64)>) -> Vec<(u64, i64)> {
    pairs.sort_unstable();
    pairs
}

/// The second number paired with `id` in id-sorted `pairs`.
fn find(pairs: &[(u64, i64)], id: u64) -> Option<i64> {
    pairs
        .binary_search_by(|p| p.0.cmp(&id))
        .ok()
        .map(|k| pairs[k].1)
}

/// Which of `keys` (id, updated_at) survive a merge, as indices in the
/// order ids were first seen: per id the newest edit (the later one on a
/// tie), unless a tombstone (`tombs`, sorted by id) is at least as new.
fn winners(keys: &[(u64, i64)], tombs: &[(u64, i64)]) -> Vec<usize> {
    // (id, index) sorted: each id's run lists its versions in input order.
    let by_id = sorted(
        keys.iter()
            .enumerate()
            .map(|(i, k)| (k.0, i as i64))
            .collect(),
    );
    let mut chosen: Vec<(u64, i64)> = Vec::new();
    for run in by_id.chunk_by(|a, b| a.0 == b.0) {
        let first_seen = run[0].1;
        let best = run
            .iter()
            .map(|p| p.1 as usize)
            .reduce(|b, i| if keys[i].1 >= keys[b].1 { i } else { b })
            .unwrap_or(0);
        let deleted = find(tombs, run[0].0).is_some_and(|at| at >= keys[best].1);
        if !deleted {
            chosen.push((first_seen as u64, best as i64));
        }
    }
    sorted(chosen)
        .into_iter()
        .map(|(_, i)| i as usize)
        .collect()
}

/// A new record id: milliseconds since the epoch times 1024 plus 10 random
/// bits, so two tabs creating records in the same millisecond rarely clash,
/// and ids stay below 2^53 (exact in JavaScript numbers).
pub fn new_id(now_ms: i64, random10: u16) -> u64 {
    (now_ms.max(0) as u64) * 1024 + u64::from(random10 & 0x3ff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct R(u64, i64, &'static str);
    impl Record for R {
        fn id(&self) -> u64 {
            self.0
        }
        fn updated_at(&self) -> i64 {
            self.1
        }
    }

    fn col(items: Vec<R>, deleted: Vec<Tombstone>) -> Collection<R> {
        Collection { items, deleted }
    }

    #[test]
    fn edits_to_different_records_are_both_kept() {
        let base = vec![R(1, 10, "a"), R(2, 10, "b")];
        let mut mine = col(base.clone(), vec![]);
        mine.upsert(R(1, 20, "a mine"));
        mine.upsert(R(3, 21, "new mine"));
        let mut theirs = col(base, vec![]);
        theirs.upsert(R(2, 22, "b theirs"));
        theirs.upsert(R(4, 23, "new theirs"));
        let m = Collection::merge(mine.clone(), theirs.clone());
        let mut names: Vec<_> = m.items.iter().map(|r| r.2).collect();
        names.sort();
        assert_eq!(names, ["a mine", "b theirs", "new mine", "new theirs"]);
        let other_way = Collection::merge(theirs, mine);
        let mut names2: Vec<_> = other_way.items.iter().map(|r| r.2).collect();
        names2.sort();
        assert_eq!(names, names2);
    }

    #[test]
    fn newer_edit_of_the_same_record_wins() {
        let m = Collection::merge(
            col(vec![R(1, 5, "old")], vec![]),
            col(vec![R(1, 9, "new")], vec![]),
        );
        assert_eq!(m.items, vec![R(1, 9, "new")]);
    }

    #[test]
    fn deletion_wins_over_older_edits_but_not_newer_ones() {
        let mut mine = col(vec![R(1, 5, "x"), R(2, 5, "y")], vec![]);
        mine.remove(1, 8);
        mine.remove(2, 8);
        let theirs = col(
            vec![R(1, 6, "x edited before"), R(2, 9, "y edited after")],
            vec![],
        );
        let m = Collection::merge(mine, theirs);
        assert_eq!(m.items, vec![R(2, 9, "y edited after")]);
        assert_eq!(m.deleted, vec![Tombstone { id: 1, at: 8 }]);
    }

    #[test]
    fn undo_after_delete_restores_the_record() {
        let mut c = col(vec![R(1, 5, "x")], vec![]);
        let gone = c.remove(1, 8).unwrap();
        assert!(c.get(1).is_none());
        c.upsert(R(gone.0, 9, gone.2));
        assert!(c.get(1).is_some());
        assert!(c.deleted.is_empty());
    }

    #[test]
    fn duplicate_ids_are_reported() {
        assert!(col(vec![R(1, 0, ""), R(1, 0, "")], vec![])
            .validate_ids()
            .is_err());
        assert!(col(vec![R(1, 0, ""), R(2, 0, "")], vec![])
            .validate_ids()
            .is_ok());
    }

    #[test]
    fn ids_are_exact_in_javascript() {
        let id = new_id(4_102_444_800_000, 1023); // year 2100
        assert!(id < (1u64 << 53));
        assert_ne!(new_id(1, 0), new_id(1, 1));
    }
}
