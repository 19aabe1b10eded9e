//! Goals: the records a leader works towards. This is the first slice (a
//! title and dates); the goals feature adds SMART fields, tasks and
//! check-ins as optional fields, so stored goals keep loading.

use super::assessment::framework::{level_name, Competency, MAX_LEVEL};
pub mod export;
pub mod ics;
pub mod list;
pub mod smart;
mod summary;

use super::date::Ymd;
use super::records::{Collection, Record};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Longest goal title accepted.
pub const MAX_TITLE_CHARS: usize = 200;

/// A stored goal: everything after the dates may be missing (goals from
/// the first slice had only a title and dates).
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
    #[serde(default)]
    pub kind: GoalKind,
    /// SMART parts: what exactly, how success is measured, why it matters.
    #[serde(default)]
    pub specific: String,
    #[serde(default)]
    pub measure: String,
    #[serde(default)]
    pub why: String,
    /// Target date, `YYYY-MM-DD`.
    #[serde(default)]
    pub target_date: Option<String>,
    #[serde(default)]
    pub tasks: Vec<Task>,
    /// What to ask of a mentor (advice, feedback) and of a sponsor
    /// (advocacy, introductions, stretch assignments).
    #[serde(default)]
    pub mentor_asks: String,
    #[serde(default)]
    pub sponsor_asks: String,
    #[serde(default)]
    pub status: GoalStatus,
    #[serde(default)]
    pub dropped_reason: String,
    /// Progress set by hand (0–100) with a comment; `None`: from tasks.
    #[serde(default)]
    pub manual_progress: Option<u8>,
    #[serde(default)]
    pub progress_comment: String,
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
}

/// Most tasks a goal may have.
pub const MAX_TASKS: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    #[default]
    Skill,
    Career,
    Project,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    Dropped,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub id: u64,
    pub title: String,
    /// `YYYY-MM-DD`
    #[serde(default)]
    pub due: Option<String>,
    #[serde(default)]
    pub done: bool,
}

/// A dated note of progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// `YYYY-MM-DD`
    pub date: String,
    /// 0–100
    #[serde(default)]
    pub progress: u8,
    #[serde(default)]
    pub note: String,
}

impl Goal {
    /// A goal with a title and nothing else yet.
    pub fn new(id: u64, title: String, now_ms: i64) -> Goal {
        Goal {
            id,
            title,
            created_at: now_ms,
            updated_at: now_ms,
            competencies: Vec::new(),
            kind: GoalKind::default(),
            specific: String::new(),
            measure: String::new(),
            why: String::new(),
            target_date: None,
            tasks: Vec::new(),
            mentor_asks: String::new(),
            sponsor_asks: String::new(),
            status: GoalStatus::default(),
            dropped_reason: String::new(),
            manual_progress: None,
            progress_comment: String::new(),
            check_ins: Vec::new(),
        }
    }

    /// Progress in percent: set by hand, or the share of tasks done.
    pub fn progress(&self) -> u8 {
        if let Some(p) = self.manual_progress {
            return p.min(100);
        }
        if self.status == GoalStatus::Done {
            return 100;
        }
        if self.tasks.is_empty() {
            return 0;
        }
        let done = self.tasks.iter().filter(|t| t.done).count();
        (done * 100 / self.tasks.len()) as u8
    }

    /// Rules for a stored goal; the message names what is wrong.
    fn check(&self) -> Result<(), String> {
        clean_title(&self.title).map_err(|e| e.to_string())?;
        if self.created_at < 0 || self.updated_at < 0 {
            return Err("it has a date before 1970".into());
        }
        for t in &self.competencies {
            if t.target > MAX_LEVEL || t.current.is_some_and(|c| c > MAX_LEVEL) {
                return Err("it has a rating above 4".into());
            }
        }
        if self.tasks.len() > MAX_TASKS {
            return Err(format!(
                "it has {} tasks; at most {MAX_TASKS} are allowed",
                self.tasks.len()
            ));
        }
        if self.manual_progress.is_some_and(|p| p > 100)
            || self.check_ins.iter().any(|c| c.progress > 100)
        {
            return Err("its progress is above 100%".into());
        }
        let dates = self
            .target_date
            .iter()
            .chain(self.tasks.iter().filter_map(|t| t.due.as_ref()))
            .chain(self.check_ins.iter().map(|c| &c.date));
        for d in dates {
            if Ymd::parse(d).is_none() {
                return Err(format!("\"{}\" is not a date", truncate_chars(d, 20)));
            }
        }
        Ok(())
    }
}

fn truncate_chars(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// A competency a goal works on: current → target rating (0–4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetencyTarget {
    pub competency: String,
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
#[serde(default)]
pub struct Goals {
    pub goals: Collection<Goal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum GoalError {
    #[error("Give the goal a title.")]
    EmptyTitle,
    #[error("Keep the title under {MAX_TITLE_CHARS} characters; put details in the description.")]
    TitleTooLong,
    #[error("Give the task a name.")]
    EmptyTask,
    #[error("A goal has at most {MAX_TASKS} tasks: split it into two goals, or group tasks.")]
    TooManyTasks,
    #[error("Enter the date as year-month-day, for example 2027-03-31.")]
    BadDate,
    #[error("Progress is a whole number from 0 to 100.")]
    BadProgress,
}

/// `None` for an empty field, the date for a valid `YYYY-MM-DD`.
fn optional_date(raw: &str) -> Result<Option<String>, GoalError> {
    let d = raw.trim();
    if d.is_empty() {
        Ok(None)
    } else if Ymd::parse(d).is_some() {
        Ok(Some(d.to_string()))
    } else {
        Err(GoalError::BadDate)
    }
}

impl Goal {
    /// Sets or clears (empty text) the target date.
    pub fn set_target_date(&mut self, raw: &str) -> Result<(), GoalError> {
        self.target_date = optional_date(raw)?;
        Ok(())
    }

    /// Adds a task with an optional due date, within [`MAX_TASKS`].
    pub fn add_task(&mut self, title: &str, due: &str) -> Result<(), GoalError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(GoalError::EmptyTask);
        }
        let due = optional_date(due)?;
        if self.tasks.len() >= MAX_TASKS {
            return Err(GoalError::TooManyTasks);
        }
        self.tasks.push(Task {
            id: self.next_task_id(),
            title: title.to_string(),
            due,
            done: false,
        });
        Ok(())
    }

    /// An id no task of this goal has.
    fn next_task_id(&self) -> u64 {
        self.tasks
            .iter()
            .map(|t| t.id)
            .max()
            .map_or(1, |m| m.saturating_add(1))
    }

    /// Takes task `task` out, with its place, for [`Goal::restore_task`].
    pub fn remove_task(&mut self, task: u64) -> Option<(usize, Task)> {
        let i = self.tasks.iter().position(|t| t.id == task)?;
        Some((i, self.tasks.remove(i)))
    }

    /// Puts a removed task back at `index` (or last, if the list is
    /// shorter now), within [`MAX_TASKS`]. A task added since may have
    /// taken its id: it then comes back with a new one. Returns its id.
    pub fn restore_task(&mut self, index: usize, mut task: Task) -> Result<u64, GoalError> {
        if self.tasks.len() >= MAX_TASKS {
            return Err(GoalError::TooManyTasks);
        }
        if self.tasks.iter().any(|t| t.id == task.id) {
            task.id = self.next_task_id();
        }
        let id = task.id;
        self.tasks.insert(index.min(self.tasks.len()), task);
        Ok(id)
    }

    /// Moves task `task` by `delta` places, when there is room; says
    /// whether it moved.
    pub fn move_task(&mut self, task: u64, delta: isize) -> bool {
        let Some(i) = self.tasks.iter().position(|t| t.id == task) else {
            return false;
        };
        match i
            .checked_add_signed(delta)
            .filter(|j| *j < self.tasks.len())
        {
            Some(j) => {
                self.tasks.swap(i, j);
                true
            }
            None => false,
        }
    }

    /// Logs a check-in; an empty progress field records the current progress.
    pub fn add_check_in(
        &mut self,
        date: &str,
        progress: &str,
        note: &str,
    ) -> Result<(), GoalError> {
        let date = optional_date(date)?.ok_or(GoalError::BadDate)?;
        let progress = match progress.trim() {
            "" => self.progress(),
            p => p
                .parse::<u8>()
                .ok()
                .filter(|v| *v <= 100)
                .ok_or(GoalError::BadProgress)?,
        };
        self.check_ins.push(CheckIn {
            date,
            progress,
            note: note.trim().to_string(),
        });
        Ok(())
    }

    /// The check-ins with their places (in the order logged), newest date
    /// first; of one day, the one logged last first. A check-in logged
    /// late for an earlier month takes its place by date.
    pub fn check_ins_newest_first(&self) -> Vec<(usize, &CheckIn)> {
        // Each goes before the first shown on or before its date: a few
        // dozen at most, and no sort's code made for this one list.
        let mut shown: Vec<(usize, &CheckIn)> = Vec::with_capacity(self.check_ins.len());
        for (index, c) in self.check_ins.iter().enumerate() {
            let at = shown
                .iter()
                .position(|(_, s)| s.date <= c.date)
                .unwrap_or(shown.len());
            shown.insert(at, (index, c));
        }
        shown
    }

    /// Takes the check-in at `index` (in the order logged) out, for
    /// [`Goal::restore_check_in`].
    pub fn remove_check_in(&mut self, index: usize) -> Option<CheckIn> {
        (index < self.check_ins.len()).then(|| self.check_ins.remove(index))
    }

    /// Puts a removed check-in back at `index`, or last if there are fewer
    /// now; returns its place.
    pub fn restore_check_in(&mut self, index: usize, check_in: CheckIn) -> usize {
        let at = index.min(self.check_ins.len());
        self.check_ins.insert(at, check_in);
        at
    }
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
        self.goals.upsert(Goal::new(id, title, now_ms));
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
                competency.name.to_ascii_lowercase(),
                level_name(c).to_ascii_lowercase(),
                level_name(target).to_ascii_lowercase()
            ),
            None => format!("Grow my {}", competency.name.to_ascii_lowercase()),
        };
        let mut goal = Goal::new(id, title, now_ms);
        goal.competencies = vec![CompetencyTarget {
            competency: competency.id.to_string(),
            current,
            target,
        }];
        self.goals.upsert(goal);
        id
    }

    /// A goal drafted from a closing reflection's "What I will do next"
    /// (its first line as the title, the whole answer as its specifics,
    /// the program named as why). `EmptyTitle` when nothing is written.
    pub fn add_from_reflection(
        &mut self,
        id: u64,
        reflection: &crate::domain::reflection::Reflection,
        now_ms: i64,
    ) -> Result<u64, GoalError> {
        let title = reflection.goal_title().ok_or(GoalError::EmptyTitle)?;
        let mut goal = Goal::new(id, clean_title(&title)?, now_ms);
        goal.specific = reflection.next.trim().to_string();
        goal.why = format!(
            "What I will do next, from my closing reflection on \u{201c}{}\u{201d}.",
            reflection.program
        );
        self.goals.upsert(goal);
        Ok(id)
    }

    /// Renames a goal.
    pub fn rename(&mut self, id: u64, title: &str, now_ms: i64) -> Result<(), GoalError> {
        let title = clean_title(title)?;
        if let Some(g) = self.goals.get(id).cloned() {
            self.goals.upsert(Goal {
                title,
                updated_at: now_ms.max(g.updated_at.saturating_add(1)),
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
            g.check().map_err(|e| format!("goal {}: {e}", g.id))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reflection_becomes_a_goal_named_by_its_next_step() {
        use crate::domain::reflection::Reflection;
        let mut goals = Goals::default();
        let empty = Reflection::new(4, "Spring cohort");
        assert_eq!(
            goals.add_from_reflection(1, &empty, 0),
            Err(GoalError::EmptyTitle)
        );
        let r = Reflection {
            next: "Ask to chair the budget group\nand report in June".into(),
            ..empty
        };
        assert_eq!(goals.add_from_reflection(2, &r, 9), Ok(2));
        let g = goals.goals.get(2).unwrap();
        assert_eq!(g.title, "Ask to chair the budget group");
        assert_eq!(g.specific, r.next);
        assert!(g.why.contains("\u{201c}Spring cohort\u{201d}"));
        assert!(goals.validate().is_ok());
    }

    #[test]
    fn a_removed_task_or_check_in_goes_back_where_it_was() {
        let mut g = Goal::new(1, "Lead the budget review".into(), 0);
        for t in ["Draft", "Rehearse", "Present"] {
            g.add_task(t, "").unwrap();
        }
        let titles = |g: &Goal| {
            g.tasks
                .iter()
                .map(|t| (t.id, t.title.clone()))
                .collect::<Vec<_>>()
        };
        let (at, rehearse) = g.remove_task(2).unwrap();
        assert_eq!((at, g.remove_task(2)), (1, None));
        assert_eq!(g.restore_task(at, rehearse), Ok(2));
        assert_eq!(
            titles(&g),
            [
                (1, "Draft".into()),
                (2, "Rehearse".into()),
                (3, "Present".into())
            ]
        );
        // A task added since took the removed one's id: it comes back with
        // another, last if the list is shorter.
        let (at, present) = g.remove_task(3).unwrap();
        g.remove_task(2).unwrap();
        g.add_task("Send slides", "").unwrap();
        assert_eq!(g.tasks[1].id, 2);
        assert_eq!(g.restore_task(at + 5, present), Ok(3));
        let (_, present) = g.remove_task(3).unwrap();
        g.add_task("Book the room", "").unwrap();
        assert_eq!(g.restore_task(0, present), Ok(4));
        assert_eq!(
            titles(&g),
            [
                (4, "Present".into()),
                (1, "Draft".into()),
                (2, "Send slides".into()),
                (3, "Book the room".into())
            ]
        );
        // Never past the most tasks a goal may have.
        let (at, present) = g.remove_task(4).unwrap();
        while g.tasks.len() < MAX_TASKS {
            g.add_task("more", "").unwrap();
        }
        assert_eq!(g.restore_task(at, present), Err(GoalError::TooManyTasks));

        g.add_check_in("2026-10-01", "10", "a").unwrap();
        g.add_check_in("2026-11-01", "20", "b").unwrap();
        g.add_check_in("2026-12-01", "30", "c").unwrap();
        let b = g.remove_check_in(1).unwrap();
        assert_eq!((b.note.as_str(), g.remove_check_in(2)), ("b", None));
        assert_eq!(g.restore_check_in(1, b), 1);
        let notes: Vec<_> = g.check_ins.iter().map(|c| c.note.as_str()).collect();
        assert_eq!(notes, ["a", "b", "c"]);
        let c = g.remove_check_in(2).unwrap();
        g.remove_check_in(0).unwrap();
        assert_eq!(g.restore_check_in(2, c), 1);
    }

    #[test]
    fn check_ins_show_newest_date_first_whatever_the_order_logged() {
        let mut g = Goal::new(1, "Lead the budget review".into(), 0);
        for (date, note) in [
            ("2026-11-01", "november"),
            ("2026-12-01", "december"),
            ("2026-10-01", "october, logged late"),
            ("2026-12-01", "december again"),
        ] {
            g.add_check_in(date, "10", note).unwrap();
        }
        let shown: Vec<_> = g
            .check_ins_newest_first()
            .into_iter()
            .map(|(i, c)| (i, c.note.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (3, "december again"),
                (1, "december"),
                (0, "november"),
                (2, "october, logged late")
            ]
        );
    }

    #[test]
    fn tasks_check_ins_and_dates_are_checked() {
        let mut g = Goal::new(1, "Lead the budget review".into(), 0);
        assert_eq!(g.add_task("  ", ""), Err(GoalError::EmptyTask));
        assert_eq!(g.add_task("Draft", "2027-02-30"), Err(GoalError::BadDate));
        g.add_task(" Draft ", "2027-02-01").unwrap();
        g.add_task("Rehearse", "").unwrap();
        assert_eq!(
            (
                g.tasks[0].title.as_str(),
                g.tasks[0].due.as_deref(),
                g.tasks[1].id
            ),
            ("Draft", Some("2027-02-01"), 2)
        );
        for i in 2..MAX_TASKS {
            g.add_task(&format!("t{i}"), "").unwrap();
        }
        assert_eq!(g.add_task("one more", ""), Err(GoalError::TooManyTasks));
        g.tasks[0].done = true;
        assert_eq!(
            g.add_check_in("2026-11-29", "140", ""),
            Err(GoalError::BadProgress)
        );
        assert_eq!(g.add_check_in("yesterday", "", ""), Err(GoalError::BadDate));
        g.add_check_in("2026-11-29", "", " on track ").unwrap();
        g.add_check_in("2026-12-29", "40", "").unwrap();
        assert_eq!(
            (
                g.check_ins[0].progress,
                g.check_ins[0].note.as_str(),
                g.check_ins[1].progress
            ),
            (10, "on track", 40)
        );
        assert_eq!(g.set_target_date("31/03/2027"), Err(GoalError::BadDate));
        g.set_target_date("2027-03-31").unwrap();
        assert_eq!(g.target_date.as_deref(), Some("2027-03-31"));
        g.set_target_date("").unwrap();
        assert_eq!(g.target_date, None);
    }

    #[test]
    fn a_task_moves_within_the_list_only() {
        let mut g = Goal::new(1, "G".into(), 0);
        for t in ["a", "b", "c"] {
            g.add_task(t, "").unwrap();
        }
        let ids: Vec<u64> = g.tasks.iter().map(|t| t.id).collect();
        assert!(g.move_task(ids[0], 1));
        assert_eq!(
            g.tasks.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(),
            ["b", "a", "c"]
        );
        assert!(!g.move_task(ids[1], -1), "b is first");
        assert!(!g.move_task(ids[2], 1), "c is last");
        assert!(!g.move_task(999, 1));
    }

    #[test]
    fn progress_from_tasks_by_hand_or_done() {
        let mut g = Goal::new(1, "Lead the budget review".into(), 0);
        assert_eq!(g.progress(), 0);
        g.tasks = (0..4)
            .map(|i| Task {
                id: i,
                title: format!("step {i}"),
                due: None,
                done: i < 1,
            })
            .collect();
        assert_eq!(g.progress(), 25);
        g.status = GoalStatus::Done;
        assert_eq!(g.progress(), 100);
        g.manual_progress = Some(60);
        assert_eq!(g.progress(), 60);
    }

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
        let with = |f: &dyn Fn(&mut Goal)| {
            let mut goal = Goal::new(1, "ok".into(), 5);
            f(&mut goal);
            Goals {
                goals: Collection {
                    items: vec![goal],
                    deleted: vec![],
                },
            }
            .validate()
        };
        assert!(with(&|_| {}).is_ok());
        assert!(with(&|g| g.title.clear()).is_err());
        assert!(with(&|g| g.created_at = -5).is_err());
        assert!(with(&|g| g.target_date = Some("2026-02-30".into())).is_err());
        assert!(with(&|g| g.manual_progress = Some(101)).is_err());
        assert!(with(&|g| g.tasks = (0..11)
            .map(|i| Task {
                id: i,
                title: "t".into(),
                due: None,
                done: false
            })
            .collect())
        .is_err());
        assert!(with(&|g| g.check_ins.push(CheckIn {
            date: "2026-13-01".into(),
            progress: 5,
            note: String::new()
        }))
        .is_err());
        assert!(with(&|g| g.target_date = Some("2026-03-31".into())).is_ok());
    }
}
