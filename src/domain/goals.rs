//! Goals: the records a leader works towards. This is the first slice (a
//! title and dates); the goals feature adds SMART fields, tasks and
//! check-ins as `#[serde(default)]` fields, so stored goals keep loading.

use super::assessment::framework::{level_name, Competency, MAX_LEVEL};
use super::records::{Collection, Record};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Longest goal title accepted.
pub const MAX_TITLE_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: u64,
    pub title: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Competencies this goal grows, with where the leader stands and
    /// where they aim to be.
    #[serde(default)]
    pub competencies: Vec<CompetencyTarget>,
}

/// A competency a goal works on: current → target rating (0–4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetencyTarget {
    pub competency: String,
    #[serde(default)]
    pub current: Option<u8>,
    pub target: u8,
}

impl Record for Goal {
    fn id(&self) -> u64 {
        self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

/// The goals document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Goals {
    #[serde(default)]
    pub goals: Collection<Goal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum GoalError {
    #[error("Give the goal a title.")]
    EmptyTitle,
    #[error("Keep the title under {MAX_TITLE_CHARS} characters; put details in the description.")]
    TitleTooLong,
}

/// Trims a title and checks it.
pub fn clean_title(raw: &str) -> Result<String, GoalError> {
    let t = raw.trim();
    if t.is_empty() {
        Err(GoalError::EmptyTitle)
    } else if t.chars().count() > MAX_TITLE_CHARS {
        Err(GoalError::TitleTooLong)
    } else {
        Ok(t.to_string())
    }
}

impl Goals {
    /// Adds a goal; returns its id.
    pub fn add(&mut self, id: u64, title: &str, now_ms: i64) -> Result<u64, GoalError> {
        let title = clean_title(title)?;
        self.goals.upsert(Goal {
            id,
            title,
            created_at: now_ms,
            updated_at: now_ms,
            competencies: Vec::new(),
        });
        Ok(id)
    }

    /// A goal drafted from a self-assessment growth area: linked to the
    /// competency, aiming one level above the current rating.
    pub fn add_from_gap(
        &mut self,
        id: u64,
        competency: &Competency,
        current: Option<u8>,
        now_ms: i64,
    ) -> u64 {
        let target = current.map_or(2, |c| (c + 1).min(MAX_LEVEL));
        let title = match current {
            Some(c) => format!(
                "Grow my {} from {} to {}",
                competency.name.to_lowercase(),
                level_name(c).to_lowercase(),
                level_name(target).to_lowercase()
            ),
            None => format!("Grow my {}", competency.name.to_lowercase()),
        };
        self.goals.upsert(Goal {
            id,
            title,
            created_at: now_ms,
            updated_at: now_ms,
            competencies: vec![CompetencyTarget {
                competency: competency.id.to_string(),
                current,
                target,
            }],
        });
        id
    }

    /// Renames a goal.
    pub fn rename(&mut self, id: u64, title: &str, now_ms: i64) -> Result<(), GoalError> {
        let title = clean_title(title)?;
        if let Some(g) = self.goals.get(id).cloned() {
            self.goals.upsert(Goal {
                title,
                updated_at: now_ms.max(g.updated_at + 1),
                ..g
            });
        }
        Ok(())
    }

    /// Every stored goal must be well formed: unique ids, a usable title,
    /// plausible dates.
    pub fn validate(&self) -> Result<(), String> {
        self.goals.validate_ids()?;
        for g in &self.goals.items {
            clean_title(&g.title).map_err(|e| format!("goal {}: {e}", g.id))?;
            if g.created_at < 0 || g.updated_at < 0 {
                return Err(format!("goal {} has a date before 1970", g.id));
            }
            for t in &g.competencies {
                if t.target > MAX_LEVEL || t.current.is_some_and(|c| c > MAX_LEVEL) {
                    return Err(format!("goal {} has a rating above 4", g.id));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_trimmed_and_checked() {
        assert_eq!(
            clean_title("  Lead a budget review "),
            Ok("Lead a budget review".into())
        );
        assert_eq!(clean_title("   "), Err(GoalError::EmptyTitle));
        assert_eq!(clean_title(&"x".repeat(201)), Err(GoalError::TitleTooLong));
    }

    #[test]
    fn add_and_rename() {
        let mut g = Goals::default();
        g.add(1, "Run a team retreat", 10).unwrap();
        g.rename(1, "Run a staff retreat", 10).unwrap();
        let goal = g.goals.get(1).unwrap();
        assert_eq!(goal.title, "Run a staff retreat");
        assert_eq!(
            goal.updated_at, 11,
            "a rename always moves the update time forward"
        );
        assert!(g.rename(1, "", 12).is_err());
        assert!(g.validate().is_ok());
    }

    #[test]
    fn a_gap_becomes_a_goal_one_level_up() {
        use crate::domain::assessment::framework::competency;
        let mut g = Goals::default();
        let c = competency("conflict").unwrap();
        g.add_from_gap(7, c, Some(1), 5);
        let goal = g.goals.get(7).unwrap();
        assert_eq!(
            goal.title,
            "Grow my conflict resolution from aware to developing"
        );
        assert_eq!(
            goal.competencies,
            [CompetencyTarget {
                competency: "conflict".into(),
                current: Some(1),
                target: 2
            }]
        );
        g.add_from_gap(8, c, Some(4), 5);
        assert_eq!(g.goals.get(8).unwrap().competencies[0].target, 4);
        g.add_from_gap(9, c, None, 5);
        assert_eq!(g.goals.get(9).unwrap().title, "Grow my conflict resolution");
        assert!(g.validate().is_ok());
    }

    #[test]
    fn stored_goals_with_bad_titles_or_dates_fail_validation() {
        let bad = |title: &str, at: i64| Goals {
            goals: Collection {
                items: vec![Goal {
                    id: 1,
                    title: title.into(),
                    created_at: at,
                    updated_at: at,
                    competencies: vec![],
                }],
                deleted: vec![],
            },
        };
        assert!(bad("", 0).validate().is_err());
        assert!(bad("ok", -5).validate().is_err());
        assert!(bad("ok", 5).validate().is_ok());
    }
}
