//! Check-in and survey links (issue #16): for each milestone of a
//! program the facilitator hands out one link (`#/survey/<code>`) whose
//! questions travel in it as data — a 1–5 scale, a choice, yes or no, a
//! short text — with a default set per milestone (how often the pair
//! met, satisfaction with the match, progress on goals, whether anything
//! is in the way, a no-fault re-match, one comment). Participants answer
//! on their own device and send back a response code
//! ([`super::response`]). Questions are known to the dashboard by their
//! ids ([`ids`]), so a later build may word them differently.

use super::codec::{decode, encode, CodecError, Kind};
use super::program::{Milestone, MilestoneKind};
use super::setup::JoinInfo;
use serde::{Deserialize, Serialize};

/// Most questions one survey asks.
pub const MAX_QUESTIONS: usize = 12;
/// Longest question, option or label, in characters.
pub const MAX_QUESTION_CHARS: usize = 300;
/// Most options a choice offers.
pub const MAX_OPTIONS: usize = 8;
/// Longest text answer, in characters.
pub const MAX_ANSWER_CHARS: usize = 1000;
/// The top of every scale (scales run from 1).
pub const SCALE_TOP: u8 = 5;

/// The ids of the default questions, which the dashboard reads.
pub mod ids {
    /// How often the pair met (a choice; its first option is "not yet").
    pub const MET: &str = "met";
    /// Satisfaction with the match (1–5).
    pub const SATISFACTION: &str = "satisfaction";
    /// Progress on goals (1–5).
    pub const PROGRESS: &str = "progress";
    /// Whether anything is in the way (yes or no).
    pub const BLOCKED: &str = "blocked";
    /// "I would like a no-fault re-match" (yes or no).
    pub const REMATCH: &str = "rematch";
    /// Whether the agreement is signed (yes or no).
    pub const AGREEMENT: &str = "agreement";
    /// Whether goals are set (yes or no).
    pub const GOALS: &str = "goals";
    /// Whether they would recommend the program (yes or no).
    pub const RECOMMEND: &str = "recommend";
    /// One free comment for the facilitator.
    pub const COMMENT: &str = "comment";
}

/// How a question is answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// 1 to [`SCALE_TOP`], with words for both ends.
    Scale {
        low: String,
        high: String,
    },
    /// One of the options.
    Choice {
        options: Vec<String>,
    },
    YesNo,
    /// A short text.
    Text,
}

/// One question of a survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub kind: QuestionKind,
}

/// A survey as its link carries it: which workshop and milestone it is
/// for, whom to ask, and its questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Survey {
    pub workshop: u64,
    /// The workshop's name.
    pub name: String,
    /// The facilitator's contact (where responses go).
    #[serde(default)]
    pub contact: String,
    pub milestone: Milestone,
    pub questions: Vec<Question>,
}

/// The key a response names its milestone by: its date and kind
/// ("2027-03-16 midpoint_survey"). Moving a milestone's date after its
/// link went out starts a new one.
pub fn milestone_key(m: &Milestone) -> String {
    format!("{} {}", m.date, m.kind.key())
}

fn scale(id: &str, text: &str, low: &str, high: &str) -> Question {
    Question {
        id: id.into(),
        text: text.into(),
        kind: QuestionKind::Scale {
            low: low.into(),
            high: high.into(),
        },
    }
}

fn yes_no(id: &str, text: &str) -> Question {
    Question {
        id: id.into(),
        text: text.into(),
        kind: QuestionKind::YesNo,
    }
}

fn met(since: &str, options: [&str; 4]) -> Question {
    Question {
        id: ids::MET.into(),
        text: format!("How often have you met {since}?"),
        kind: QuestionKind::Choice {
            options: options.iter().map(|o| o.to_string()).collect(),
        },
    }
}

/// The questions a milestone's survey asks unless the facilitator
/// changes them: short, the same words in every program, each answer
/// optional.
pub fn default_questions(kind: MilestoneKind) -> Vec<Question> {
    let since_last = || {
        met(
            "since the last check-in",
            ["Not yet", "Once", "Twice", "Three times or more"],
        )
    };
    let since_start = || {
        met(
            "since the program started",
            ["Not yet", "1–2 times", "3–5 times", "6 times or more"],
        )
    };
    let satisfaction = || {
        scale(
            ids::SATISFACTION,
            "How satisfied are you with your match?",
            "Not at all",
            "Very",
        )
    };
    let progress = || {
        scale(
            ids::PROGRESS,
            "How much progress have you made on your goals?",
            "None yet",
            "A great deal",
        )
    };
    let blocked = || {
        yes_no(
            ids::BLOCKED,
            "Is anything getting in the way of your mentoring?",
        )
    };
    let rematch = || {
        yes_no(
            ids::REMATCH,
            "Would you like a no-fault re-match? You would be paired with someone else, and nobody is blamed.",
        )
    };
    let comment = || Question {
        id: ids::COMMENT.into(),
        text: "One comment for the facilitator (optional).".into(),
        kind: QuestionKind::Text,
    };
    match kind {
        MilestoneKind::Agreement => vec![
            yes_no(
                ids::AGREEMENT,
                "Have you and your partner agreed and signed your mentoring agreement?",
            ),
            since_start(),
            blocked(),
            rematch(),
            comment(),
        ],
        MilestoneKind::Goals => vec![
            yes_no(ids::GOALS, "Have you set your goals for the program?"),
            since_start(),
            satisfaction(),
            blocked(),
            rematch(),
            comment(),
        ],
        MilestoneKind::CheckIn => vec![
            since_last(),
            satisfaction(),
            blocked(),
            rematch(),
            comment(),
        ],
        MilestoneKind::MidpointSurvey => vec![
            since_start(),
            satisfaction(),
            progress(),
            blocked(),
            rematch(),
            comment(),
        ],
        MilestoneKind::FinalSurvey => vec![
            since_start(),
            satisfaction(),
            progress(),
            yes_no(
                ids::RECOMMEND,
                "Would you recommend this program to a colleague?",
            ),
            comment(),
        ],
        MilestoneKind::Closing | MilestoneKind::Other => vec![satisfaction(), comment()],
    }
}

impl Survey {
    /// The survey of milestone `m` of the workshop `info`, with its
    /// default questions.
    pub fn for_milestone(info: &JoinInfo, m: &Milestone) -> Survey {
        Survey {
            workshop: info.workshop,
            name: info.name.clone(),
            contact: info.contact.clone(),
            milestone: m.clone(),
            questions: default_questions(m.kind),
        }
    }

    /// The key its responses name the milestone by.
    pub fn key(&self) -> String {
        milestone_key(&self.milestone)
    }

    /// The survey as the code of its link.
    pub fn code(&self) -> String {
        encode(Kind::Survey, self)
    }

    /// Reads and checks a survey link.
    pub fn from_code(code: &str) -> Result<Survey, CodecError> {
        let survey: Survey = decode(Kind::Survey, code)?;
        survey.validate().map_err(CodecError::BadContent)?;
        Ok(survey)
    }

    /// What a survey link may hold: a few questions with distinct ids,
    /// each short, choices of 2 to [`MAX_OPTIONS`] options.
    pub fn validate(&self) -> Result<(), String> {
        let long = |t: &str| t.chars().count() > MAX_QUESTION_CHARS;
        if long(&self.name) || long(&self.contact) || long(&self.milestone.title) {
            return Err("too long".into());
        }
        if self.questions.is_empty() || self.questions.len() > MAX_QUESTIONS {
            return Err(format!("a survey asks 1 to {MAX_QUESTIONS} questions"));
        }
        for (i, q) in self.questions.iter().enumerate() {
            if q.id.is_empty() || q.id.len() > 40 || long(&q.text) || q.text.trim().is_empty() {
                return Err(format!("question {} cannot be used", i + 1));
            }
            if self.questions[..i].iter().any(|p| p.id == q.id) {
                return Err(format!("question {} repeats an id", i + 1));
            }
            let fine = match &q.kind {
                QuestionKind::Scale { low, high } => !long(low) && !long(high),
                QuestionKind::Choice { options } => {
                    (2..=MAX_OPTIONS).contains(&options.len()) && !options.iter().any(|o| long(o))
                }
                QuestionKind::YesNo | QuestionKind::Text => true,
            };
            if !fine {
                return Err(format!("question {} cannot be used", i + 1));
            }
        }
        Ok(())
    }

    /// The question with `id`.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Ymd;
    use crate::domain::workshop::program::{Cadence, ProgramPlan};

    fn plan() -> ProgramPlan {
        ProgramPlan::from_template(Ymd::parse("2027-01-31").unwrap(), 3, Cadence::Monthly)
    }

    fn info() -> JoinInfo {
        JoinInfo {
            workshop: 7,
            name: "Spring".into(),
            contact: "fac@lib.example".into(),
            ..JoinInfo::default()
        }
    }

    #[test]
    fn every_milestone_has_a_valid_default_survey_that_round_trips() {
        for m in &plan().milestones {
            let survey = Survey::for_milestone(&info(), m);
            assert_eq!(survey.validate(), Ok(()), "{:?}", m.kind);
            assert!(survey.question(ids::COMMENT).is_some(), "{:?}", m.kind);
            let back = Survey::from_code(&survey.code()).unwrap();
            assert_eq!(back, survey);
        }
    }

    #[test]
    fn the_mid_point_asks_what_the_dashboard_reads() {
        let m = plan()
            .milestones
            .into_iter()
            .find(|m| m.kind == MilestoneKind::MidpointSurvey)
            .unwrap();
        let survey = Survey::for_milestone(&info(), &m);
        let asked: Vec<&str> = survey.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(
            asked,
            [
                ids::MET,
                ids::SATISFACTION,
                ids::PROGRESS,
                ids::BLOCKED,
                ids::REMATCH,
                ids::COMMENT
            ]
        );
        assert_eq!(survey.key(), "2027-03-16 midpoint_survey");
        let Some(QuestionKind::Choice { options }) = survey.question(ids::MET).map(|q| &q.kind)
        else {
            panic!("met is a choice");
        };
        assert_eq!(options[0], "Not yet");
    }

    #[test]
    fn bad_survey_links_are_refused_with_a_reason() {
        let m = plan().milestones[0].clone();
        let good = Survey::for_milestone(&info(), &m);
        let mut repeated = good.clone();
        repeated.questions.push(repeated.questions[0].clone());
        let mut one_option = good.clone();
        one_option.questions[0].kind = QuestionKind::Choice {
            options: vec!["Only".into()],
        };
        let mut empty = good.clone();
        empty.questions.clear();
        for (bad, why) in [
            (repeated, "repeats an id"),
            (one_option, "cannot be used"),
            (empty, "1 to 12 questions"),
        ] {
            match Survey::from_code(&bad.code()) {
                Err(CodecError::BadContent(e)) => assert!(e.contains(why), "{e}"),
                other => panic!("{other:?}"),
            }
        }
        // Another kind of code is named.
        assert!(matches!(
            Survey::from_code(&info().code()),
            Err(CodecError::WrongKind {
                found: "a workshop link",
                wanted: "a survey link"
            })
        ));
    }
}
