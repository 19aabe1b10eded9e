//! A participant's answers to one survey link (issue #16), kept on their
//! device and shared, when they choose, as a response code for the
//! facilitator. The code names the workshop, the milestone (its key), the
//! participant (their profile's id, name and role) and each answer by its
//! question's id; a comment goes with the name only if the participant
//! ticked that it may.

use super::codec::{decode, encode, CodecError, Kind};
use super::preview::SharedRow;
use super::profile::{Profile, Role};
use super::survey::{
    ids, Question, QuestionKind, Survey, MAX_ANSWER_CHARS, MAX_QUESTIONS, SCALE_TOP,
};
use crate::domain::order::sort_by_i64;
use serde::{Deserialize, Serialize};

/// One answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// 1 to [`SCALE_TOP`].
    Scale(u8),
    /// The index of the option chosen.
    Choice(u8),
    YesNo(bool),
    Text(String),
}

/// An answer to the question with id `question`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Given {
    pub question: String,
    pub answer: Answer,
}

/// One participant's answers to one milestone's survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub workshop: u64,
    /// The milestone's key ([`super::survey::milestone_key`]).
    pub milestone: String,
    /// The participant's profile id in this workshop.
    pub person: u64,
    pub name: String,
    pub role: Role,
    /// Answers given, in the survey's order; a question left out is not
    /// answered.
    #[serde(default)]
    pub answers: Vec<Given>,
    /// The comment may be shown with the participant's name.
    #[serde(default)]
    pub name_with_comment: bool,
    /// When it was last changed (ms since the epoch): a newer response
    /// from the same person replaces an older one.
    pub answered_at: i64,
}

impl Answer {
    /// The answer in words, as the question offers it ("4 of 5", "Yes",
    /// the option chosen, the text).
    pub fn in_words(&self, question: &Question) -> String {
        match (self, &question.kind) {
            (Answer::Scale(n), _) => format!("{n} of {SCALE_TOP}"),
            (Answer::Choice(i), QuestionKind::Choice { options }) => {
                options.get(usize::from(*i)).cloned().unwrap_or_default()
            }
            (Answer::Choice(i), _) => format!("option {}", i + 1),
            (Answer::YesNo(true), _) => "Yes".into(),
            (Answer::YesNo(false), _) => "No".into(),
            (Answer::Text(t), _) => t.clone(),
        }
    }

    /// Whether this answer can answer `question`.
    fn fits(&self, question: &Question) -> bool {
        match (self, &question.kind) {
            (Answer::Scale(n), QuestionKind::Scale { .. }) => (1..=SCALE_TOP).contains(n),
            (Answer::Choice(i), QuestionKind::Choice { options }) => {
                usize::from(*i) < options.len()
            }
            (Answer::YesNo(_), QuestionKind::YesNo) => true,
            (Answer::Text(t), QuestionKind::Text) => t.chars().count() <= MAX_ANSWER_CHARS,
            _ => false,
        }
    }
}

impl Response {
    /// An empty response to `survey` by the participant of `profile`.
    pub fn new(survey: &Survey, profile: &Profile, now: i64) -> Response {
        Response {
            workshop: survey.workshop,
            milestone: survey.key(),
            person: profile.id,
            name: profile.name.clone(),
            role: profile.role,
            answers: Vec::new(),
            name_with_comment: false,
            answered_at: now,
        }
    }

    /// The answer to the question with `id`.
    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers
            .iter()
            .find(|g| g.question == id)
            .map(|g| &g.answer)
    }

    /// Answers the question with `id` (`None`: not answered), keeping the
    /// answers in the survey's order.
    pub fn set(&mut self, survey: &Survey, id: &str, answer: Option<Answer>) {
        self.answers.retain(|g| g.question != id);
        if let Some(answer) = answer {
            self.answers.push(Given {
                question: id.to_string(),
                answer,
            });
        }
        // Unknown questions first, as `None` sorts before any place.
        let place = |g: &Given| {
            survey
                .questions
                .iter()
                .position(|q| q.id == g.question)
                .map_or(-1, |p| p as i64)
        };
        sort_by_i64(&mut self.answers, place);
    }

    /// The comment, if one was written.
    pub fn comment(&self) -> Option<&str> {
        match self.answer(ids::COMMENT) {
            Some(Answer::Text(t)) if !t.trim().is_empty() => Some(t.trim()),
            _ => None,
        }
    }

    /// The response as its code shares it: texts trimmed, empty ones
    /// left out, and the name kept off a comment unless one was written.
    pub fn for_sharing(&self) -> Response {
        let mut r = self.clone();
        r.answers.retain_mut(|g| match &mut g.answer {
            Answer::Text(t) => {
                *t = t.trim().to_string();
                !t.is_empty()
            }
            _ => true,
        });
        r.name_with_comment &= r.comment().is_some();
        r
    }

    /// The response as a code for the facilitator.
    pub fn code(&self) -> String {
        encode(Kind::Response, self)
    }

    /// Reads and checks a response code.
    pub fn from_code(code: &str) -> Result<Response, CodecError> {
        let r: Response = decode(Kind::Response, code)?;
        r.validate().map_err(CodecError::BadContent)?;
        Ok(r)
    }

    /// Sizes and required fields, for anything imported.
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err("the response has no name".into());
        }
        self.check_sizes()
    }

    /// Sizes and ranges, for a response that may still be being written.
    pub fn check_sizes(&self) -> Result<(), String> {
        if self.name.chars().count() > 300 || self.milestone.len() > 60 {
            return Err("too long".into());
        }
        if self.answers.len() > MAX_QUESTIONS {
            return Err(format!("more than {MAX_QUESTIONS} answers"));
        }
        for g in &self.answers {
            let fine = g.question.len() <= 40
                && match &g.answer {
                    Answer::Scale(n) => (1..=SCALE_TOP).contains(n),
                    Answer::Text(t) => t.chars().count() <= MAX_ANSWER_CHARS,
                    Answer::Choice(_) | Answer::YesNo(_) => true,
                };
            if !fine {
                return Err(format!("the answer to “{}” cannot be used", g.question));
            }
        }
        Ok(())
    }

    /// Whether every answer answers a question of `survey` as it asks.
    pub fn fits(&self, survey: &Survey) -> bool {
        self.workshop == survey.workshop
            && self.milestone == survey.key()
            && self.answers.iter().all(|g| {
                survey
                    .question(&g.question)
                    .is_some_and(|q| g.answer.fits(q))
            })
    }

    /// Every row the response code shares, as the participant reads it
    /// before it leaves the device.
    pub fn shared_rows(&self, survey: &Survey) -> Vec<SharedRow> {
        let shared = self.for_sharing();
        let row = |label: &str, value: String| SharedRow {
            label: label.to_string(),
            value,
        };
        let mut rows = vec![
            row("Name", shared.name.clone()),
            row("Role", shared.role.label().to_string()),
            row(
                "Survey",
                format!(
                    "{}: {} ({})",
                    survey.name, survey.milestone.title, survey.milestone.date
                ),
            ),
        ];
        for q in &survey.questions {
            let mut value = shared
                .answer(&q.id)
                .map_or("not answered".to_string(), |a| a.in_words(q));
            if q.id == ids::COMMENT && shared.comment().is_some() {
                value.push_str(if shared.name_with_comment {
                    " (may be shown with your name)"
                } else {
                    " (shown without your name)"
                });
            }
            rows.push(row(&q.text, value));
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::program::{Milestone, MilestoneKind};
    use crate::domain::workshop::setup::JoinInfo;

    fn survey() -> Survey {
        let info = JoinInfo {
            workshop: 7,
            name: "Spring".into(),
            ..JoinInfo::default()
        };
        let m = Milestone {
            kind: MilestoneKind::MidpointSurvey,
            date: "2027-03-16".into(),
            title: "Mid-point survey".into(),
        };
        Survey::for_milestone(&info, &m)
    }

    fn profile() -> Profile {
        Profile {
            id: 99,
            workshop: 7,
            name: "Zoë Ngata".into(),
            role: Role::Mentee,
            ..Profile::default()
        }
    }

    #[test]
    fn answers_keep_the_survey_order_and_round_trip() {
        let s = survey();
        let mut r = Response::new(&s, &profile(), 5);
        r.set(
            &s,
            ids::COMMENT,
            Some(Answer::Text("  Going well  ".into())),
        );
        r.set(&s, ids::SATISFACTION, Some(Answer::Scale(4)));
        r.set(&s, ids::MET, Some(Answer::Choice(0)));
        r.set(&s, ids::SATISFACTION, Some(Answer::Scale(2)));
        let order: Vec<&str> = r.answers.iter().map(|g| g.question.as_str()).collect();
        assert_eq!(order, [ids::MET, ids::SATISFACTION, ids::COMMENT]);
        r.set(&s, ids::MET, None);
        assert_eq!(r.answer(ids::MET), None);
        assert!(r.fits(&s));
        let shared = r.for_sharing();
        assert_eq!(shared.comment(), Some("Going well"));
        let back = Response::from_code(&shared.code()).unwrap();
        assert_eq!(back, shared);
        assert_eq!(back.milestone, "2027-03-16 midpoint_survey");
    }

    #[test]
    fn the_preview_names_every_question_and_the_comment_s_name_rule() {
        let s = survey();
        let mut r = Response::new(&s, &profile(), 5);
        r.set(&s, ids::SATISFACTION, Some(Answer::Scale(4)));
        r.set(&s, ids::REMATCH, Some(Answer::YesNo(true)));
        r.set(&s, ids::COMMENT, Some(Answer::Text("Thanks".into())));
        let rows = r.shared_rows(&s);
        let find = |label: &str| {
            rows.iter()
                .find(|row| row.label.starts_with(label))
                .unwrap()
                .value
                .clone()
        };
        assert_eq!(rows.len(), 3 + s.questions.len());
        assert_eq!(find("Name"), "Zoë Ngata");
        assert_eq!(find("Survey"), "Spring: Mid-point survey (2027-03-16)");
        assert_eq!(find("How satisfied"), "4 of 5");
        assert_eq!(find("How often"), "not answered");
        assert_eq!(find("Would you like a no-fault"), "Yes");
        assert_eq!(find("One comment"), "Thanks (shown without your name)");
        r.name_with_comment = true;
        let rows = r.shared_rows(&s);
        assert!(rows
            .iter()
            .any(|row| row.value == "Thanks (may be shown with your name)"));
        // Without a comment there is nothing for the name to go with.
        r.set(&s, ids::COMMENT, Some(Answer::Text("  ".into())));
        assert!(!r.for_sharing().name_with_comment);
    }

    #[test]
    fn answers_must_fit_their_questions() {
        let s = survey();
        let mut r = Response::new(&s, &profile(), 5);
        r.set(&s, ids::MET, Some(Answer::Choice(9)));
        assert!(!r.fits(&s), "no tenth option");
        r.set(&s, ids::MET, Some(Answer::YesNo(true)));
        assert!(!r.fits(&s), "a choice answered yes");
        r.set(&s, ids::MET, None);
        r.set(&s, "unknown", Some(Answer::YesNo(true)));
        assert!(!r.fits(&s), "a question the survey does not ask");
        let other = Survey {
            workshop: 8,
            ..s.clone()
        };
        r.set(&s, "unknown", None);
        assert!(r.fits(&s));
        assert!(!r.fits(&other), "another workshop");
    }

    #[test]
    fn survey_and_response_codes_from_a_newer_version_say_so() {
        use base64::engine::general_purpose::URL_SAFE_NO_PAD;
        use base64::Engine;
        // The format's version is the code's first byte.
        let newer = |code: String| {
            let mut bytes = URL_SAFE_NO_PAD.decode(code).unwrap();
            bytes[0] = 9;
            URL_SAFE_NO_PAD.encode(bytes)
        };
        let s = survey();
        let r = Response::new(&s, &profile(), 5);
        assert!(matches!(
            Response::from_code(&newer(r.code())),
            Err(CodecError::Newer(9))
        ));
        assert!(matches!(
            Survey::from_code(&newer(s.code())),
            Err(CodecError::Newer(9))
        ));
    }

    #[test]
    fn damaged_or_oversized_response_codes_are_refused() {
        let s = survey();
        let mut r = Response::new(&s, &profile(), 5);
        r.set(&s, ids::SATISFACTION, Some(Answer::Scale(9)));
        assert!(matches!(
            Response::from_code(&r.code()),
            Err(CodecError::BadContent(_))
        ));
        r.answers.clear();
        r.name = " ".into();
        assert!(matches!(
            Response::from_code(&r.code()),
            Err(CodecError::BadContent(e)) if e.contains("no name")
        ));
        r.name = "Zoë".into();
        let mut code = r.code();
        code.truncate(code.len() - 3);
        assert!(Response::from_code(&code).is_err());
        assert!(matches!(
            Response::from_code(&s.code()),
            Err(CodecError::WrongKind {
                found: "a survey link",
                wanted: "a response code"
            })
        ));
    }
}
