//! A participant's closing reflection on a mentoring program (issue #16):
//! what they learned, what they will do next, and what they would tell
//! the next cohort. Written on the participant's page from the program's
//! closing survey link, it is never part of a response code: it is kept
//! on this device in the `plan` document (`Plan::reflections`; the
//! participant's page reads only them, as [`PlanReflections`]), shown
//! with the development plan when its writer chooses, and its "next" may
//! become a goal.

use super::partial::{read_part, write_part, Kept};
use super::records::{Collection, Record};
use serde::{Deserialize, Serialize};

/// Longest answer kept, in characters.
pub const MAX_REFLECTION_CHARS: usize = 2000;
/// Longest program name kept, in characters (as a join link allows).
pub const MAX_PROGRAM_CHARS: usize = 300;
/// Most reflections kept (one per program joined).
pub const MAX_REFLECTIONS: usize = 200;

/// One program's closing reflection. One per workshop: its id is the
/// workshop's.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Reflection {
    /// The workshop (program) it reflects on.
    pub workshop: u64,
    /// The program's name, as its link gave it.
    pub program: String,
    /// "What I learned".
    pub learned: String,
    /// "What I will do next".
    pub next: String,
    /// "What I would tell the next cohort".
    pub advice: String,
    /// Shown and printed with the development plan.
    pub in_plan: bool,
    /// Last change, in ms since the epoch.
    pub updated_at: i64,
}

/// How a question reads its answer from a reflection.
pub type AnswerOf = fn(&Reflection) -> &str;

/// The questions of a reflection, in the order they are asked: the label
/// and the answer each reads.
pub const QUESTIONS: [(&str, AnswerOf); 3] = [
    ("What I learned", |r| &r.learned),
    ("What I will do next", |r| &r.next),
    ("What I would tell the next cohort", |r| &r.advice),
];

impl Reflection {
    /// A reflection not yet written, on the program `workshop` named
    /// `program`.
    pub fn new(workshop: u64, program: &str) -> Reflection {
        Reflection {
            workshop,
            program: program.chars().take(MAX_PROGRAM_CHARS).collect(),
            ..Reflection::default()
        }
    }

    /// Whether nothing is written in it.
    pub fn is_empty(&self) -> bool {
        QUESTIONS
            .iter()
            .all(|(_, answer)| answer(self).trim().is_empty())
    }

    /// The answers written, each with its question, in order.
    pub fn written(&self) -> Vec<(&'static str, &str)> {
        QUESTIONS
            .iter()
            .map(|(label, answer)| (*label, answer(self).trim()))
            .filter(|(_, text)| !text.is_empty())
            .collect()
    }

    /// The title of a goal made from "What I will do next": its first
    /// line written, cut to a goal title's length; `None` if it is empty.
    pub fn goal_title(&self) -> Option<String> {
        let line = self.next.lines().map(str::trim).find(|l| !l.is_empty())?;
        Some(
            line.chars()
                .take(crate::domain::goals::MAX_TITLE_CHARS)
                .collect::<String>()
                .trim_end()
                .to_string(),
        )
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.program.chars().count() > MAX_PROGRAM_CHARS
            || QUESTIONS
                .iter()
                .any(|(_, answer)| answer(self).chars().count() > MAX_REFLECTION_CHARS)
        {
            return Err("a closing reflection is too long".into());
        }
        Ok(())
    }
}

impl Record for Reflection {
    fn id(&self) -> u64 {
        self.workshop
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

/// The reflection on program `workshop` in `reflections`, or a new one
/// named `program`.
pub fn reflection_in(
    reflections: &Collection<Reflection>,
    workshop: u64,
    program: &str,
) -> Reflection {
    reflections
        .get(workshop)
        .cloned()
        .unwrap_or_else(|| Reflection::new(workshop, program))
}

/// The rules for the reflections a plan holds, whichever page reads them.
pub fn validate_reflections(reflections: &Collection<Reflection>) -> Result<(), String> {
    if reflections.items.len() > MAX_REFLECTIONS {
        return Err("the plan holds too many reflections".into());
    }
    reflections.validate_ids()?;
    reflections.items.iter().try_for_each(Reflection::validate)
}

/// The `plan` document as the participant's page reads it: the closing
/// reflections, and the leader's aspiration and review dates kept as
/// stored text (see [`crate::domain::partial`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanReflections {
    pub reflections: Collection<Reflection>,
    /// Every other field of the plan, as stored.
    pub kept: Kept,
}

/// The field [`PlanReflections`] reads.
const REFLECTIONS: &str = "reflections";

impl PlanReflections {
    /// The same rules as `Plan::validate` for what this page reads.
    pub fn validate(&self) -> Result<(), String> {
        validate_reflections(&self.reflections)
    }

    /// The reflection on program `workshop`, or a new one named `program`.
    pub fn reflection(&self, workshop: u64, program: &str) -> Reflection {
        reflection_in(&self.reflections, workshop, program)
    }

    /// Reflections merge one by one (as in `Plan::merge`); the rest is
    /// `theirs` (the newer stored version: this page never edits it).
    pub fn merge(mine: PlanReflections, theirs: PlanReflections) -> PlanReflections {
        PlanReflections {
            reflections: Collection::merge(mine.reflections, theirs.reflections),
            kept: theirs.kept,
        }
    }
}

impl Serialize for PlanReflections {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Left out when there are none, as `Plan` leaves them out.
        let reflections = (!self.reflections.holds_nothing()).then_some(&self.reflections);
        write_part(s, REFLECTIONS, reflections, &self.kept)
    }
}

impl<'de> Deserialize<'de> for PlanReflections {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (reflections, kept) = read_part(d, REFLECTIONS)?;
        Ok(PlanReflections { reflections, kept })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_participants_page_writes_its_reflections_and_keeps_the_plan_as_stored() {
        use crate::domain::plan::Plan;
        let mut plan = Plan {
            aspiration: "Lead a county system".into(),
            review_dates: vec!["2027-03-01".into()],
            updated_at: 4,
            ..Plan::default()
        };
        plan.reflections.upsert(Reflection::new(7, "Spring cohort"));
        let stored = serde_json::to_string(&plan).unwrap();

        let mut part: PlanReflections = crate::domain::decoding::from_text(&stored).unwrap();
        assert!(validate_reflections(&part.reflections).is_ok());
        let mut r = part.reflection(7, "ignored");
        assert_eq!(r.program, "Spring cohort");
        r.learned = "Ask early".into();
        r.updated_at = 9;
        part.reflections.upsert(r.clone());
        assert_eq!(part.reflection(8, "Autumn").program, "Autumn");

        let back: Plan =
            crate::domain::decoding::from_text(&serde_json::to_string(&part).unwrap()).unwrap();
        assert_eq!(back.reflections.items, vec![r]);
        assert_eq!(
            (
                back.aspiration.as_str(),
                back.review_dates.clone(),
                back.updated_at
            ),
            ("Lead a county system", plan.review_dates.clone(), 4)
        );
        // Another tab's newer plan keeps its aspiration; reflections merge.
        let mut newer = plan.clone();
        newer.aspiration = "Direct a library".into();
        newer.reflections.upsert(Reflection {
            updated_at: 3,
            ..Reflection::new(8, "Autumn")
        });
        let theirs: PlanReflections =
            crate::domain::decoding::from_text(&serde_json::to_string(&newer).unwrap()).unwrap();
        let merged = PlanReflections::merge(part, theirs);
        let merged: Plan =
            crate::domain::decoding::from_text(&serde_json::to_string(&merged).unwrap()).unwrap();
        assert_eq!(merged.aspiration, "Direct a library");
        let ids: Vec<u64> = merged
            .reflections
            .items
            .iter()
            .map(|r| r.workshop)
            .collect();
        assert_eq!(ids, [7, 8]);
        assert_eq!(merged.reflections.items[0].learned, "Ask early");
    }

    #[test]
    fn a_goal_title_comes_from_the_first_line_of_next() {
        let mut r = Reflection::new(7, "Spring cohort");
        assert!(r.is_empty());
        assert_eq!(r.goal_title(), None);
        r.next = "\n   \n  Lead the budget meeting in March  \nthen the board".into();
        assert_eq!(
            r.goal_title().as_deref(),
            Some("Lead the budget meeting in March")
        );
        r.next = "x".repeat(500);
        assert_eq!(r.goal_title().map(|t| t.chars().count()), Some(200));
        assert!(!r.is_empty());
    }

    #[test]
    fn only_written_answers_are_shown_in_order() {
        let r = Reflection {
            learned: "  Delegating  ".into(),
            advice: "Meet early".into(),
            ..Reflection::new(7, "Spring")
        };
        assert_eq!(
            r.written(),
            [
                ("What I learned", "Delegating"),
                ("What I would tell the next cohort", "Meet early")
            ]
        );
    }

    #[test]
    fn sizes_are_capped() {
        let mut r = Reflection::new(7, &"p".repeat(400));
        assert_eq!(r.program.chars().count(), MAX_PROGRAM_CHARS);
        assert!(r.validate().is_ok());
        r.advice = "é".repeat(MAX_REFLECTION_CHARS + 1);
        assert!(r.validate().is_err());
    }
}
