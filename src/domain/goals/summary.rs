//! How a goal is named in words: its kind and status as a reader sees
//! them, the keys forms use for them, and the one line that sums a goal up
//! in the goal list and the development plan.

use super::{Goal, GoalKind, GoalStatus};

impl GoalKind {
    /// Every kind, in the order a form offers them.
    pub const ALL: [GoalKind; 3] = [GoalKind::Skill, GoalKind::Career, GoalKind::Project];

    /// "Career step".
    pub fn label(self) -> &'static str {
        match self {
            GoalKind::Skill => "Skill",
            GoalKind::Career => "Career step",
            GoalKind::Project => "Project",
        }
    }

    /// The form value, as stored ("career").
    pub fn key(self) -> &'static str {
        match self {
            GoalKind::Skill => "skill",
            GoalKind::Career => "career",
            GoalKind::Project => "project",
        }
    }

    /// The kind of a form value; `None` for anything else.
    pub fn from_key(key: &str) -> Option<GoalKind> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

impl GoalStatus {
    /// Every status, in the order a form offers them.
    pub const ALL: [GoalStatus; 4] = [
        GoalStatus::NotStarted,
        GoalStatus::InProgress,
        GoalStatus::Done,
        GoalStatus::Dropped,
    ];

    /// "In progress".
    pub fn label(self) -> &'static str {
        match self {
            GoalStatus::NotStarted => "Not started",
            GoalStatus::InProgress => "In progress",
            GoalStatus::Done => "Done",
            GoalStatus::Dropped => "Dropped",
        }
    }

    /// The form value, as stored ("in_progress").
    pub fn key(self) -> &'static str {
        match self {
            GoalStatus::NotStarted => "not_started",
            GoalStatus::InProgress => "in_progress",
            GoalStatus::Done => "done",
            GoalStatus::Dropped => "dropped",
        }
    }

    /// The status of a form value; `None` for anything else.
    pub fn from_key(key: &str) -> Option<GoalStatus> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl Goal {
    /// "Skill · In progress · 40% done · target 2027-03-01" (no target
    /// part without a target date).
    pub fn summary(&self) -> String {
        let mut line = format!(
            "{} · {} · {}% done",
            self.kind.label(),
            self.status.label(),
            self.progress()
        );
        if let Some(date) = &self.target_date {
            line.push_str(" · target ");
            line.push_str(date);
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_the_stored_names() {
        for kind in GoalKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.key());
            assert_eq!(GoalKind::from_key(kind.key()), Some(kind));
        }
        for status in GoalStatus::ALL {
            assert_eq!(serde_json::to_value(status).unwrap(), status.key());
            assert_eq!(GoalStatus::from_key(status.key()), Some(status));
        }
        assert_eq!(GoalKind::from_key("Career"), None);
        assert_eq!(GoalStatus::from_key(""), None);
    }

    #[test]
    fn a_summary_names_kind_status_progress_and_target() {
        let mut goal = Goal::new(1, "Lead the budget".into(), 0);
        goal.kind = GoalKind::Career;
        goal.status = GoalStatus::InProgress;
        goal.manual_progress = Some(40);
        assert_eq!(goal.summary(), "Career step · In progress · 40% done");
        goal.target_date = Some("2027-03-01".into());
        assert_eq!(
            goal.summary(),
            "Career step · In progress · 40% done · target 2027-03-01"
        );
    }
}
