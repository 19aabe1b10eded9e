//! A gentle SMART check (Doran, 1981: specific, measurable, assignable,
//! realistic, time-related): advice shown next to a goal, never a blocker.

use super::{Goal, MAX_TASKS};
use crate::domain::date::Ymd;

/// One piece of advice: which part of the goal it is about, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub field: &'static str,
    pub message: &'static str,
}

/// Words that say "more" without saying what.
const VAGUE: [&str; 12] = [
    "improve", "better", "more", "enhance", "develop", "work", "on", "be", "get", "my", "a", "the",
];

/// Common verbs that start a concrete goal.
const VERBS: [&str; 40] = [
    "lead",
    "run",
    "write",
    "present",
    "launch",
    "plan",
    "hold",
    "meet",
    "build",
    "create",
    "complete",
    "deliver",
    "publish",
    "apply",
    "finish",
    "organise",
    "organize",
    "draft",
    "design",
    "host",
    "start",
    "learn",
    "read",
    "attend",
    "join",
    "mentor",
    "ask",
    "secure",
    "negotiate",
    "facilitate",
    "train",
    "coach",
    "review",
    "prepare",
    "submit",
    "grow",
    "raise",
    "set",
    "map",
    "pilot",
];

/// Lower-cased words. ASCII rules only (letters outside ASCII count as
/// part of a word): Unicode case tables would add kilobytes to the bundle
/// for a heuristic.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether a title is vague: only words like "improve", "better", "more",
/// or no verb a reader can picture.
pub fn vague_title(title: &str) -> bool {
    let w = words(title);
    if w.is_empty() {
        return true;
    }
    let only_vague = w.iter().all(|x| VAGUE.contains(&x.as_str()));
    let has_verb = w.iter().any(|x| VERBS.contains(&x.as_str()));
    only_vague || !has_verb || w.len() < 3
}

/// Advice for a goal on `today`.
pub fn check(goal: &Goal, today: Ymd) -> Vec<Advice> {
    let mut out = Vec::new();
    if vague_title(&goal.title) {
        out.push(Advice {
            field: "title",
            message: "Make the title concrete: start with a verb you can picture someone doing (“Present the branch budget to the board”), not only “improve” or “better”.",
        });
    }
    if goal.measure.trim().is_empty() {
        out.push(Advice {
            field: "measure",
            message: "Add how you will know it is done: a number, a date, a document, or someone's feedback.",
        });
    }
    match goal.target_date.as_deref().and_then(Ymd::parse) {
        None => out.push(Advice {
            field: "target_date",
            message: "Give it a target date. Mentoring programs suggest goals you can reach within 3–12 months.",
        }),
        Some(d) if d < today && !matches!(goal.status, super::GoalStatus::Done | super::GoalStatus::Dropped) => {
            out.push(Advice {
                field: "target_date",
                message: "The target date has passed: set a new one, or mark the goal done or dropped.",
            })
        }
        Some(_) => {}
    }
    if goal.tasks.len() > MAX_TASKS {
        out.push(Advice {
            field: "tasks",
            message: "More than 10 tasks: split this into two goals, or group the tasks.",
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Ymd {
        Ymd::new(2026, 11, 29).unwrap()
    }

    fn goal(title: &str) -> Goal {
        let mut g = Goal::new(1, title.into(), 0);
        g.measure = "Board approves the budget".into();
        g.target_date = Some("2027-03-31".into());
        g
    }

    fn fields(g: &Goal) -> Vec<&'static str> {
        check(g, today()).iter().map(|a| a.field).collect()
    }

    #[test]
    fn a_good_goal_gets_no_advice() {
        assert!(fields(&goal("Present the branch budget to the board")).is_empty());
    }

    #[test]
    fn vague_titles_are_flagged() {
        for t in [
            "Improve",
            "be better",
            "More communication",
            "Improve my leadership",
            "Budget",
        ] {
            assert!(vague_title(t), "{t}");
        }
        for t in [
            "Lead the staff retreat in May",
            "Write a grant proposal",
            "Meet every department head",
        ] {
            assert!(!vague_title(t), "{t}");
        }
        assert_eq!(fields(&goal("Get better")), ["title"]);
    }

    #[test]
    fn missing_measure_missing_or_past_date_and_too_many_tasks() {
        let mut g = goal("Present the branch budget to the board");
        g.measure.clear();
        g.target_date = None;
        assert_eq!(fields(&g), ["measure", "target_date"]);
        g.measure = "approved".into();
        g.target_date = Some("2026-01-01".into());
        assert_eq!(fields(&g), ["target_date"]);
        g.status = super::super::GoalStatus::Done;
        assert!(
            fields(&g).is_empty(),
            "a finished goal may have a past date"
        );
        g.tasks = (0..11)
            .map(|i| super::super::Task {
                id: i,
                title: "t".into(),
                due: None,
                done: false,
            })
            .collect();
        assert_eq!(fields(&g), ["tasks"]);
    }
}
