//! The self-assessment: the competency framework (`framework`), the stored
//! data (a draft being taken and finished, dated snapshots), what the
//! snapshots say about growth (`growth`), the radar chart's geometry
//! (`radar`) and the CSV export (`export`).

pub mod export;
pub mod framework;
pub mod growth;
pub mod lookup;
pub mod radar;
pub mod upgrade;

use super::records::{Collection, Record};
use framework::{competency, COMPETENCIES, FRAMEWORK_VERSION, MAX_LEVEL};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Longest evidence note kept per competency.
pub const MAX_EVIDENCE_CHARS: usize = 2000;
/// Longest snapshot label.
pub const MAX_LABEL_CHARS: usize = 80;

/// How much a competency matters to the leader right now.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    #[default]
    Medium,
    High,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Low, Priority::Medium, Priority::High];
    pub fn label(self) -> &'static str {
        match self {
            Priority::Low => "Low",
            Priority::Medium => "Medium",
            Priority::High => "High",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Medium => "medium",
            Priority::High => "high",
        }
    }
    pub fn from_key(key: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// One competency's rating in a draft or snapshot. `level: None` = skipped.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Rating {
    pub competency: String,
    pub level: Option<u8>,
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub priority: Priority,
}

/// A finished assessment: the ratings on the day it was finished.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub id: u64,
    /// When it was finished (ms since the epoch).
    pub taken_at: i64,
    /// The user's name for it ("start of program"); may be empty.
    #[serde(default)]
    pub label: String,
    /// The framework version the ratings refer to; 1 when missing
    /// (snapshots from before frameworks had versions).
    #[serde(default = "first_framework")]
    pub framework: u32,
    #[serde(default)]
    pub ratings: Vec<Rating>,
    #[serde(default)]
    pub updated_at: i64,
}

impl Record for Snapshot {
    fn id(&self) -> u64 {
        self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at.max(self.taken_at)
    }
}

impl Snapshot {
    pub fn rating(&self, competency: &str) -> Option<&Rating> {
        self.ratings.iter().find(|r| r.competency == competency)
    }
    /// The level given to a competency, if it was rated.
    pub fn level(&self, competency: &str) -> Option<u8> {
        self.rating(competency).and_then(|r| r.level)
    }
    pub fn rated_count(&self) -> usize {
        self.ratings.iter().filter(|r| r.level.is_some()).count()
    }
    /// "Start of program (2026-11-30)" or, without a label, the date: the
    /// local calendar date in `zone` when it was taken.
    pub fn title(&self, zone: &dyn super::date::Zone) -> String {
        let date = zone.iso_of(self.taken_at);
        if self.label.trim().is_empty() {
            format!("Assessment of {date}")
        } else {
            format!("{} ({date})", self.label.trim())
        }
    }
}

fn first_framework() -> u32 {
    1
}

/// An assessment being taken: saved as the user goes, resumable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub started_at: i64,
    #[serde(default)]
    pub updated_at: i64,
    /// Which competencies to ask about; empty means all of them. A workshop
    /// may ask for a subset.
    #[serde(default)]
    pub subset: Vec<String>,
    #[serde(default)]
    pub ratings: Vec<Rating>,
    /// The step the user was on (a domain, or the summary after the last).
    #[serde(default)]
    pub step: usize,
}

impl Draft {
    pub fn new(now_ms: i64, subset: &[&str]) -> Draft {
        Draft {
            started_at: now_ms,
            updated_at: now_ms,
            subset: subset.iter().map(|s| s.to_string()).collect(),
            ratings: Vec::new(),
            step: 0,
        }
    }

    /// Starts from an earlier snapshot's ratings (re-rating): levels are
    /// cleared so each is chosen again, evidence and priority carry over.
    pub fn from_previous(now_ms: i64, previous: &Snapshot) -> Draft {
        let mut d = Draft::new(now_ms, &[]);
        d.ratings = previous
            .ratings
            .iter()
            .filter(|r| competency(&r.competency).is_some())
            .map(|r| Rating {
                level: None,
                ..r.clone()
            })
            .collect();
        d
    }

    /// The competencies this draft asks about, in framework order.
    pub fn competencies(&self) -> Vec<&'static framework::Competency> {
        COMPETENCIES
            .iter()
            .filter(|c| self.subset.is_empty() || self.subset.iter().any(|s| s == c.id))
            .collect()
    }

    pub fn rating(&self, competency: &str) -> Rating {
        self.ratings
            .iter()
            .find(|r| r.competency == competency)
            .cloned()
            .unwrap_or_else(|| Rating {
                competency: competency.to_string(),
                ..Rating::default()
            })
    }

    fn slot(&mut self, competency: &str) -> &mut Rating {
        match self.ratings.iter().position(|r| r.competency == competency) {
            Some(i) => &mut self.ratings[i],
            None => {
                self.ratings.push(Rating {
                    competency: competency.to_string(),
                    ..Rating::default()
                });
                self.ratings.last_mut().expect("just pushed")
            }
        }
    }

    /// Sets (or clears, with `None`) a competency's level.
    pub fn set_level(
        &mut self,
        competency: &str,
        level: Option<u8>,
        now_ms: i64,
    ) -> Result<(), AssessmentError> {
        if framework::competency(competency).is_none() {
            return Err(AssessmentError::UnknownCompetency(competency.to_string()));
        }
        if level.is_some_and(|l| l > MAX_LEVEL) {
            return Err(AssessmentError::LevelOutOfRange);
        }
        self.slot(competency).level = level;
        self.updated_at = now_ms;
        Ok(())
    }

    pub fn set_evidence(
        &mut self,
        competency: &str,
        text: &str,
        now_ms: i64,
    ) -> Result<(), AssessmentError> {
        if text.chars().count() > MAX_EVIDENCE_CHARS {
            return Err(AssessmentError::EvidenceTooLong);
        }
        self.slot(competency).evidence = text.to_string();
        self.updated_at = now_ms;
        Ok(())
    }

    pub fn set_priority(&mut self, competency: &str, priority: Priority, now_ms: i64) {
        self.slot(competency).priority = priority;
        self.updated_at = now_ms;
    }

    /// How many asked competencies have a level.
    pub fn rated(&self) -> usize {
        self.competencies()
            .iter()
            .filter(|c| self.rating(c.id).level.is_some())
            .count()
    }

    /// Finishes the draft into a snapshot. At least one rating is needed.
    pub fn finish(&self, id: u64, now_ms: i64, label: &str) -> Result<Snapshot, AssessmentError> {
        if self.rated() == 0 {
            return Err(AssessmentError::NothingRated);
        }
        let label = clean_label(label)?;
        let ratings = self
            .competencies()
            .iter()
            .map(|c| self.rating(c.id))
            .filter(|r| r.level.is_some() || !r.evidence.trim().is_empty())
            .map(|r| Rating {
                evidence: r.evidence.trim().to_string(),
                ..r
            })
            .collect();
        Ok(Snapshot {
            id,
            taken_at: now_ms,
            label,
            framework: FRAMEWORK_VERSION,
            ratings,
            updated_at: now_ms,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AssessmentError {
    #[error("Rate at least one competency before finishing.")]
    NothingRated,
    #[error("There is no competency called \"{0}\".")]
    UnknownCompetency(String),
    #[error("Ratings go from 0 to 4.")]
    LevelOutOfRange,
    #[error("Keep evidence under {MAX_EVIDENCE_CHARS} characters.")]
    EvidenceTooLong,
    #[error("Keep the label under {MAX_LABEL_CHARS} characters.")]
    LabelTooLong,
}

pub fn clean_label(raw: &str) -> Result<String, AssessmentError> {
    let t = raw.trim();
    if t.chars().count() > MAX_LABEL_CHARS {
        Err(AssessmentError::LabelTooLong)
    } else {
        Ok(t.to_string())
    }
}

/// The assessments document: every finished snapshot and at most one draft.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessments {
    pub snapshots: Collection<Snapshot>,
    pub draft: Option<Draft>,
}

impl Assessments {
    /// Snapshots oldest first.
    pub fn history(&self) -> Vec<&Snapshot> {
        let mut v: Vec<&Snapshot> = self.snapshots.items.iter().collect();
        crate::domain::order::sort_by_i64(&mut v, |s| s.taken_at);
        v
    }

    pub fn latest(&self) -> Option<&Snapshot> {
        self.history().last().copied()
    }

    /// The level last given to `competency` in a finished assessment, and
    /// when (ms): re-rating shows it beside the choices, and never chooses
    /// for the user.
    pub fn last_level(&self, competency: &str) -> Option<(u8, i64)> {
        self.history().into_iter().rev().find_map(|s| {
            let rating = s.ratings.iter().find(|r| r.competency == competency)?;
            Some((rating.level?, s.taken_at))
        })
    }

    pub fn first(&self) -> Option<&Snapshot> {
        self.history().first().copied()
    }

    /// Finishes the draft into a snapshot and clears it.
    pub fn finish_draft(
        &mut self,
        id: u64,
        now_ms: i64,
        label: &str,
    ) -> Result<u64, AssessmentError> {
        let draft = self.draft.as_ref().ok_or(AssessmentError::NothingRated)?;
        let snap = draft.finish(id, now_ms, label)?;
        self.snapshots.upsert(snap);
        self.draft = None;
        Ok(id)
    }

    pub fn relabel(&mut self, id: u64, label: &str, now_ms: i64) -> Result<(), AssessmentError> {
        let label = clean_label(label)?;
        if let Some(s) = self.snapshots.get(id).cloned() {
            self.snapshots.upsert(Snapshot {
                label,
                updated_at: now_ms.max(s.updated_at() + 1),
                ..s
            });
        }
        Ok(())
    }

    /// Two tabs' versions combined: snapshots record by record, and the
    /// draft edited last.
    pub fn merge(mine: Assessments, theirs: Assessments) -> Assessments {
        let draft = match (mine.draft, theirs.draft) {
            (Some(a), Some(b)) => Some(if b.updated_at > a.updated_at { b } else { a }),
            (a, b) => a.or(b),
        };
        Assessments {
            snapshots: Collection::merge(mine.snapshots, theirs.snapshots),
            draft,
        }
    }

    /// Rules for stored data: unique ids, levels 0–4, sane sizes and dates.
    pub fn validate(&self) -> Result<(), String> {
        self.snapshots.validate_ids()?;
        let check = |ratings: &[Rating], what: &str| -> Result<(), String> {
            for r in ratings {
                if r.level.is_some_and(|l| l > MAX_LEVEL) {
                    return Err(format!(
                        "{what}: a rating of {} is above 4",
                        r.level.unwrap_or(0)
                    ));
                }
                if r.competency.is_empty() || r.competency.len() > 64 {
                    return Err(format!("{what}: a rating has no valid competency id"));
                }
                if r.evidence.chars().count() > MAX_EVIDENCE_CHARS {
                    return Err(format!("{what}: evidence is too long"));
                }
            }
            Ok(())
        };
        for s in &self.snapshots.items {
            let what = format!("snapshot {}", s.id);
            if s.taken_at < 0 {
                return Err(format!("{what} is dated before 1970"));
            }
            if s.label.chars().count() > MAX_LABEL_CHARS {
                return Err(format!("{what}: the label is too long"));
            }
            check(&s.ratings, &what)?;
        }
        if let Some(d) = &self.draft {
            check(&d.ratings, "the draft")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_rated_finished_and_cleared() {
        let mut a = Assessments {
            draft: Some(Draft::new(1, &[])),
            ..Default::default()
        };
        let d = a.draft.as_mut().unwrap();
        assert_eq!(d.competencies().len(), COMPETENCIES.len());
        d.set_level("communication", Some(3), 2).unwrap();
        d.set_evidence("communication", "  Ran the all-staff meeting  ", 3)
            .unwrap();
        d.set_priority("jedi", Priority::High, 4);
        assert_eq!(
            d.set_level("communication", Some(5), 5),
            Err(AssessmentError::LevelOutOfRange)
        );
        assert!(matches!(
            d.set_level("nope", Some(1), 5),
            Err(AssessmentError::UnknownCompetency(_))
        ));
        assert_eq!(d.rated(), 1);
        let id = a.finish_draft(42, 100, " start of program ").unwrap();
        assert!(a.draft.is_none());
        let s = a.snapshots.get(id).unwrap();
        assert_eq!(s.label, "start of program");
        assert_eq!(s.level("communication"), Some(3));
        assert_eq!(
            s.rating("communication").unwrap().evidence,
            "Ran the all-staff meeting"
        );
        // A priority without a level or evidence is not kept.
        assert!(s.rating("jedi").is_none());
        assert_eq!(s.framework, FRAMEWORK_VERSION);
        assert!(a.validate().is_ok());
    }

    #[test]
    fn finishing_needs_a_rating() {
        let d = Draft::new(1, &[]);
        assert_eq!(d.finish(1, 2, ""), Err(AssessmentError::NothingRated));
        let mut a = Assessments::default();
        assert!(a.finish_draft(1, 2, "").is_err());
    }

    #[test]
    fn a_subset_asks_only_for_its_competencies() {
        let mut d = Draft::new(1, &["jedi", "communication"]);
        let ids: Vec<_> = d.competencies().iter().map(|c| c.id).collect();
        assert_eq!(ids, ["communication", "jedi"]);
        d.set_level("ethics", Some(2), 2).unwrap();
        d.set_level("jedi", Some(2), 2).unwrap();
        assert_eq!(d.rated(), 1);
        let s = d.finish(1, 3, "").unwrap();
        assert_eq!(s.ratings.len(), 1);
    }

    #[test]
    fn re_rating_keeps_evidence_and_priority_but_not_levels() {
        let mut d = Draft::new(1, &[]);
        d.set_level("ethics", Some(2), 1).unwrap();
        d.set_evidence("ethics", "privacy policy rewrite", 1)
            .unwrap();
        d.set_priority("ethics", Priority::High, 1);
        let s = d.finish(1, 2, "").unwrap();
        let again = Draft::from_previous(5, &s);
        let r = again.rating("ethics");
        assert_eq!(
            (r.level, r.evidence.as_str(), r.priority),
            (None, "privacy policy rewrite", Priority::High)
        );
    }

    #[test]
    fn the_last_level_is_the_latest_given_even_if_skipped_since() {
        let mut a = Assessments::default();
        // Finished at 100 (ethics 1, conflict 3), then at 300 (ethics 2,
        // conflict skipped), stored out of order.
        for (id, at, conflict) in [(2, 300, None), (1, 100, Some(3))] {
            let mut d = Draft::new(at, &[]);
            d.set_level("ethics", Some(if at == 100 { 1 } else { 2 }), at)
                .unwrap();
            d.set_level("conflict", conflict, at).unwrap();
            a.snapshots.upsert(d.finish(id, at, "").unwrap());
        }
        assert_eq!(a.last_level("ethics"), Some((2, 300)));
        assert_eq!(a.last_level("conflict"), Some((3, 100)));
        assert_eq!(a.last_level("communication"), None);
        assert_eq!(Assessments::default().last_level("ethics"), None);
    }

    #[test]
    fn history_is_oldest_first_and_labels_are_checked() {
        let mut a = Assessments::default();
        for (id, at) in [(1, 300), (2, 100), (3, 200)] {
            let mut d = Draft::new(at, &[]);
            d.set_level("ethics", Some(1), at).unwrap();
            a.snapshots.upsert(d.finish(id, at, "").unwrap());
        }
        let order: Vec<u64> = a.history().iter().map(|s| s.id).collect();
        assert_eq!(order, [2, 3, 1]);
        assert_eq!(a.first().unwrap().id, 2);
        assert_eq!(a.latest().unwrap().id, 1);
        a.relabel(2, "start of program", 400).unwrap();
        assert_eq!(
            a.snapshots
                .get(2)
                .unwrap()
                .title(&crate::domain::date::FixedOffset(0)),
            "start of program (1970-01-01)"
        );
        assert_eq!(
            a.relabel(2, &"x".repeat(81), 500),
            Err(AssessmentError::LabelTooLong)
        );
    }

    #[test]
    fn stored_out_of_range_ratings_fail_validation() {
        let mut a = Assessments::default();
        a.snapshots.upsert(Snapshot {
            id: 1,
            taken_at: 0,
            label: String::new(),
            framework: 1,
            ratings: vec![Rating {
                competency: "ethics".into(),
                level: Some(9),
                ..Rating::default()
            }],
            updated_at: 0,
        });
        assert!(a.validate().is_err());
    }

    #[test]
    fn merge_keeps_both_tabs_snapshots_and_the_newer_draft() {
        let snap = |id| Snapshot {
            id,
            taken_at: 1,
            label: String::new(),
            framework: 1,
            ratings: vec![],
            updated_at: 1,
        };
        let mut mine = Assessments::default();
        mine.snapshots.upsert(snap(1));
        mine.draft = Some(Draft::new(5, &[]));
        let mut theirs = Assessments::default();
        theirs.snapshots.upsert(snap(2));
        theirs.draft = Some(Draft::new(9, &["jedi"]));
        let m = Assessments::merge(mine, theirs);
        assert_eq!(m.snapshots.items.len(), 2);
        assert_eq!(m.draft.unwrap().subset, ["jedi"]);
    }
}
