//! The mentoring agreement: who, which goals, how often and how the pair
//! meets, what stays confidential, for how long, how feedback is given,
//! and how either side may close the relationship without blame. The
//! fields follow the Maine State Library's sample agreement and the forms
//! of library mentoring programs (`../shared/DOMAIN.md` §2); the default
//! wording is ours. [`Agreement::clauses`] gives the printable text.

use crate::domain::date::Ymd;
use serde::{Deserialize, Serialize};

pub const MAX_NAME_CHARS: usize = 120;
pub const MAX_TEXT_CHARS: usize = 2000;
pub const MAX_MONTHS: u8 = 36;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Weekly,
    Fortnightly,
    #[default]
    Monthly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    InPerson,
    #[default]
    Video,
    Phone,
    Mixed,
}

impl Cadence {
    pub const ALL: [Cadence; 3] = [Cadence::Weekly, Cadence::Fortnightly, Cadence::Monthly];
    pub const NAMES: [&'static str; 3] = ["weekly", "fortnightly", "monthly"];
    pub fn label(self) -> &'static str {
        ["every week", "every two weeks", "once a month"][self as usize]
    }
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::InPerson,
        Channel::Video,
        Channel::Phone,
        Channel::Mixed,
    ];
    pub const NAMES: [&'static str; 4] = ["in_person", "video", "phone", "mixed"];
    pub fn label(self) -> &'static str {
        [
            "in person",
            "by video call",
            "by phone",
            "in person and online",
        ][self as usize]
    }
}

pub const DEFAULT_CONFIDENTIALITY: &str = "What we discuss stays between us unless we both agree to share it. Neither of us reports on the other to a supervisor. The exception is a risk of harm, which we would raise with each other first.";
pub const DEFAULT_FEEDBACK: &str = "We say what is working and what is not at the end of each meeting, briefly and kindly. The mentee brings questions; the mentor asks before giving advice.";
pub const DEFAULT_CLOSURE: &str = "Either of us may end this relationship at any time, for any reason, without blame, by saying so in a short message. We will try to have a closing conversation about what we learned.";

/// The stored agreement (one per leader; the builder edits it). Missing
/// fields take their defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreement {
    pub mentor: String,
    pub mentee: String,
    /// Ids of the leader's goals the pair works on.
    pub goals: Vec<u64>,
    pub cadence: Cadence,
    pub channel: Channel,
    /// `YYYY-MM-DD`, or empty.
    pub start: String,
    pub months: u8,
    pub confidentiality: String,
    pub feedback: String,
    pub closure: String,
    pub updated_at: i64,
}

impl Default for Agreement {
    fn default() -> Self {
        Agreement {
            mentor: String::new(),
            mentee: String::new(),
            goals: Vec::new(),
            cadence: Cadence::default(),
            channel: Channel::default(),
            start: String::new(),
            months: 6,
            confidentiality: DEFAULT_CONFIDENTIALITY.into(),
            feedback: DEFAULT_FEEDBACK.into(),
            closure: DEFAULT_CLOSURE.into(),
            updated_at: 0,
        }
    }
}

impl Agreement {
    pub fn validate(&self) -> Result<(), String> {
        if [&self.mentor, &self.mentee]
            .iter()
            .any(|n| n.chars().count() > MAX_NAME_CHARS)
        {
            return Err("a name in the agreement is too long".into());
        }
        if [&self.confidentiality, &self.feedback, &self.closure]
            .iter()
            .any(|t| t.chars().count() > MAX_TEXT_CHARS)
        {
            return Err("a clause of the agreement is too long".into());
        }
        if !(1..=MAX_MONTHS).contains(&self.months) {
            return Err("the agreement's length must be 1 to 36 months".into());
        }
        if !self.start.is_empty() && Ymd::parse(&self.start).is_none() {
            return Err("the agreement's start is not a date".into());
        }
        Ok(())
    }

    /// What is missing before the agreement is worth printing.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.mentor.trim().is_empty() {
            out.push("the mentor's name");
        }
        if self.mentee.trim().is_empty() {
            out.push("the mentee's name");
        }
        if self.goals.is_empty() {
            out.push("at least one goal");
        }
        out
    }

    /// The agreement as headed clauses, for the page and the print.
    /// `goal_titles` are the titles of the chosen goals that still exist.
    pub fn clauses(&self, goal_titles: &[String]) -> Vec<(&'static str, String)> {
        let or = |s: &str, fallback: &str| {
            if s.trim().is_empty() {
                fallback.to_string()
            } else {
                s.trim().to_string()
            }
        };
        let goals = if goal_titles.is_empty() {
            "(No goals chosen yet.)".to_string()
        } else {
            goal_titles.join("; ")
        };
        let when = match Ymd::parse(&self.start) {
            Some(s) => format!(
                " from {} to {}",
                s.iso(),
                s.add_months(u32::from(self.months)).iso()
            ),
            None => String::new(),
        };
        vec![
            (
                "Between",
                format!(
                    "{} (mentor) and {} (mentee)",
                    or(&self.mentor, "…"),
                    or(&self.mentee, "…")
                ),
            ),
            ("Goals we work on", goals),
            (
                "How we meet",
                format!(
                    "We meet {}, {}, for {} months{}.",
                    self.cadence.label(),
                    self.channel.label(),
                    self.months,
                    when
                ),
            ),
            (
                "Confidentiality",
                or(&self.confidentiality, DEFAULT_CONFIDENTIALITY),
            ),
            ("Feedback", or(&self.feedback, DEFAULT_FEEDBACK)),
            ("Closing without blame", or(&self.closure, DEFAULT_CLOSURE)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_say_who_what_how_and_when() {
        let a = Agreement {
            mentor: "Ana Diaz".into(),
            mentee: " Sam Lee ".into(),
            goals: vec![1, 2],
            cadence: Cadence::Fortnightly,
            channel: Channel::InPerson,
            start: "2027-01-31".into(),
            months: 6,
            ..Agreement::default()
        };
        assert!(a.missing().is_empty());
        assert!(a.validate().is_ok());
        let c = a.clauses(&["Lead the budget cycle".into(), "Chair a meeting".into()]);
        assert_eq!(c[0].1, "Ana Diaz (mentor) and Sam Lee (mentee)");
        assert_eq!(c[1].1, "Lead the budget cycle; Chair a meeting");
        assert_eq!(
            c[2].1,
            "We meet every two weeks, in person, for 6 months from 2027-01-31 to 2027-07-31."
        );
        assert_eq!(c[5].0, "Closing without blame");
        assert!(c[5].1.contains("without blame"));
    }

    #[test]
    fn an_empty_agreement_names_what_is_missing_and_keeps_default_wording() {
        let mut a = Agreement::default();
        assert_eq!(
            a.missing(),
            [
                "the mentor's name",
                "the mentee's name",
                "at least one goal"
            ]
        );
        a.confidentiality = "  ".into();
        let c = a.clauses(&[]);
        assert_eq!(c[3].1, DEFAULT_CONFIDENTIALITY, "blank falls back");
        assert_eq!(c[1].1, "(No goals chosen yet.)");
        assert_eq!(c[2].1, "We meet once a month, by video call, for 6 months.");
    }

    #[test]
    fn validation_and_reading() {
        let mut a = Agreement {
            months: 0,
            ..Agreement::default()
        };
        assert!(a.validate().is_err());
        a.months = 12;
        a.start = "soon".into();
        assert!(a.validate().is_err());
        a.start = String::new();
        a.mentor = "x".repeat(121);
        assert!(a.validate().is_err());

        let read = crate::domain::decoding::read::<Agreement>(
            &serde_json::json!({"mentor": "Ana", "cadence": "weekly", "goals": [3]}),
        )
        .unwrap();
        assert_eq!(read.cadence, Cadence::Weekly);
        assert_eq!(read.channel, Channel::Video);
        assert_eq!(read.goals, [3]);
        assert_eq!(read.closure, DEFAULT_CLOSURE);
        let full = Agreement {
            mentor: "M".into(),
            start: "2027-02-01".into(),
            ..Agreement::default()
        };
        let back =
            crate::domain::decoding::read::<Agreement>(&serde_json::to_value(&full).unwrap())
                .unwrap();
        assert_eq!(back, full);
        assert!(crate::domain::decoding::read::<Agreement>(
            &serde_json::json!({"cadence": "hourly"})
        )
        .is_err());
        assert!(
            crate::domain::decoding::read::<Agreement>(&serde_json::json!({"goals": ["x"]}))
                .is_err()
        );
    }
}
