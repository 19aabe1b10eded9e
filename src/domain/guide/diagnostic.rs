//! "What do I need now?": a short diagnostic about a leader's situation,
//! scored into a recommendation — a mentor, a sponsor, both, or a
//! structured program — with the answers that led there and next steps.
//! Grounded in the mentor/sponsor distinction (Hewlett 2013; Ibarra, Carter
//! & Silva, HBR 2010) and the shape of library mentoring programs.

use crate::domain::json::{array, Fields, ToJson, Value};
use crate::domain::records::Record;

/// What each question's "yes" points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Mentor,
    Sponsor,
    Program,
}

pub struct Question {
    pub id: &'static str,
    pub text: &'static str,
    /// What a "yes" suggests, and how strongly (1–2).
    pub points_to: Need,
    pub weight: u8,
    /// Shown as the reason when this answer counts.
    pub because: &'static str,
}

pub const QUESTIONS: &[Question] = &[
    Question { id: "new-in-role", text: "Have you been in your current leadership role for less than a year?", points_to: Need::Mentor, weight: 2, because: "you are new in your role, when advice from someone who has done it helps most" },
    Question { id: "skills-gap", text: "Are there skills your role needs that you have not practised yet (budgets, supervision, planning)?", points_to: Need::Mentor, weight: 2, because: "you want to build skills, which is what a mentor develops" },
    Question { id: "sounding-board", text: "Do you lack someone outside your reporting line to think problems through with?", points_to: Need::Mentor, weight: 1, because: "you need a confidential sounding board" },
    Question { id: "stuck", text: "Have you been passed over, or stuck, when a promotion or bigger role came up?", points_to: Need::Sponsor, weight: 2, because: "you have been passed over, which advice alone rarely changes" },
    Question { id: "invisible", text: "Do senior leaders who decide on promotions know little about your work?", points_to: Need::Sponsor, weight: 2, because: "decision makers do not see your work, and a sponsor makes it visible" },
    Question { id: "no-advocate", text: "Is there nobody senior who would speak up for you when you are not in the room?", points_to: Need::Sponsor, weight: 2, because: "nobody senior advocates for you yet" },
    Question { id: "ready-next", text: "Do you feel ready for a stretch assignment or the next role now?", points_to: Need::Sponsor, weight: 1, because: "you are ready for a stretch, the kind of opening sponsors create" },
    Question { id: "structure", text: "Would you rather learn with a cohort, on a schedule, than on your own?", points_to: Need::Program, weight: 2, because: "you prefer structure and a cohort" },
    Question { id: "no-network", text: "Do you know few library leaders outside your own library?", points_to: Need::Program, weight: 1, because: "your network is small, and programs bring peers and mentors together" },
    Question { id: "employer-support", text: "Would your library support time or funding for a leadership program?", points_to: Need::Program, weight: 1, because: "your library would back a program" },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

/// The recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Mentor,
    Sponsor,
    Both,
    Program,
    /// Not enough "yes" answers to say.
    NotYet,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unsure];
    pub const NAMES: [&'static str; 3] = ["yes", "no", "unsure"];
    pub fn label(self) -> &'static str {
        ["Yes", "No", "Not sure"][self as usize]
    }
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Mentor,
        Verdict::Sponsor,
        Verdict::Both,
        Verdict::Program,
        Verdict::NotYet,
    ];
    pub const NAMES: [&'static str; 5] = ["mentor", "sponsor", "both", "program", "not_yet"];

    /// A short name for lists of past results.
    pub fn short(self) -> &'static str {
        [
            "a mentor",
            "a sponsor",
            "a mentor and a sponsor",
            "a program",
            "no clear need",
        ][self as usize]
    }

    pub fn headline(self) -> &'static str {
        match self {
            Verdict::Mentor => "A mentor is what you need most now.",
            Verdict::Sponsor => "A sponsor is what you need most now.",
            Verdict::Both => "You need both a mentor and a sponsor.",
            Verdict::Program => "A structured leadership program fits you now.",
            Verdict::NotYet => "Your answers do not point to one need yet.",
        }
    }

    /// Guide pages and tools (hash links) that follow from a verdict.
    pub fn follow_ups(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Verdict::Mentor => &[
                ("#/guide/mentorship", "Read: mentorship"),
                ("#/guide/agreement", "Build a mentoring agreement"),
            ],
            Verdict::Sponsor => &[
                ("#/guide/sponsorship", "Read: sponsorship"),
                ("#/guide/network", "Look for sponsors in your network"),
            ],
            Verdict::Both => &[
                (
                    "#/guide/differences",
                    "Read: mentor or sponsor, the differences",
                ),
                ("#/guide/network", "Map your support network"),
            ],
            Verdict::Program => &[
                ("#/guide/programs", "Read: leadership programs"),
                ("#/guide/timeline", "Plan a program month by month"),
            ],
            Verdict::NotYet => &[
                ("#/assess", "Take the self-assessment"),
                ("#/guide/differences", "Read: mentor or sponsor"),
            ],
        }
    }

    pub fn next_steps(self) -> &'static [&'static str] {
        match self {
            Verdict::Mentor => &[
                "Write down two or three things you want to learn this year.",
                "Ask someone a level or two ahead, outside your reporting line, for a monthly conversation.",
                "Agree goals, cadence and confidentiality at the start (see the agreement builder).",
            ],
            Verdict::Sponsor => &[
                "List the senior people who decide on the roles you want.",
                "Make your results visible to them: share outcomes, not effort.",
                "Support their goals, and ask for one concrete thing: a stretch assignment, an introduction, a nomination.",
            ],
            Verdict::Both => &[
                "Keep a mentor for skills and a sounding board, and look for a sponsor among senior leaders.",
                "Ask your mentor who could sponsor you, and for an introduction.",
                "Track both relationships in your support network.",
            ],
            Verdict::Program => &[
                "Look at association mentoring programs, leadership institutes and peer cohorts.",
                "Check the shape: length (often 6–12 months), monthly contact, a project, cost.",
                "Ask your library for time or funding, linked to your development plan.",
            ],
            Verdict::NotYet => &[
                "Take the self-assessment to see where you want to grow.",
                "Come back when your situation changes: a new role, a promotion round, a stalled project.",
            ],
        }
    }
}

/// A scored diagnostic: the verdict, each need's score, and the reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub verdict: Verdict,
    pub mentor: u8,
    pub sponsor: u8,
    pub program: u8,
    /// The "because" of every "yes" that counted toward the verdict.
    pub reasons: Vec<&'static str>,
}

/// Scores answers (by question id; missing = unsure). A need counts when it
/// reaches 3 points; both mentor and sponsor reaching it gives "both"; a
/// program wins when it scores highest and reaches 3.
pub fn score(answers: &[(String, Answer)]) -> Outcome {
    let yes = |id: &str| answers.iter().any(|(q, a)| q == id && *a == Answer::Yes);
    let mut total = [0u8; 3];
    for q in QUESTIONS.iter().filter(|q| yes(q.id)) {
        total[q.points_to as usize] += q.weight;
    }
    let [mentor, sponsor, program] = total;
    const ENOUGH: u8 = 3;
    let verdict = if program >= ENOUGH && program > mentor && program > sponsor {
        Verdict::Program
    } else if mentor >= ENOUGH && sponsor >= ENOUGH {
        Verdict::Both
    } else if sponsor >= ENOUGH && sponsor >= mentor {
        Verdict::Sponsor
    } else if mentor >= ENOUGH {
        Verdict::Mentor
    } else if program >= ENOUGH {
        Verdict::Program
    } else {
        Verdict::NotYet
    };
    let counts = |n: Need| match verdict {
        Verdict::Mentor => n == Need::Mentor,
        Verdict::Sponsor => n == Need::Sponsor,
        Verdict::Both => n != Need::Program,
        Verdict::Program => n == Need::Program,
        Verdict::NotYet => false,
    };
    let reasons = QUESTIONS
        .iter()
        .filter(|q| yes(q.id) && counts(q.points_to))
        .map(|q| q.because)
        .collect();
    Outcome {
        verdict,
        mentor,
        sponsor,
        program,
        reasons,
    }
}

/// A saved result, so a leader sees how their needs changed.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagnosticResult {
    pub id: u64,
    pub taken_at: i64,
    pub answers: Vec<(String, Answer)>,
    pub verdict: Verdict,
}

impl Record for DiagnosticResult {
    fn id(&self) -> u64 {
        self.id
    }
    fn updated_at(&self) -> i64 {
        self.taken_at
    }
}

impl ToJson for DiagnosticResult {
    fn to_json(&self) -> Value {
        Fields::new()
            .set("id", self.id)
            .set("taken_at", self.taken_at)
            .set(
                "answers",
                array(&self.answers, |(q, a)| {
                    vec![q.into(), Answer::NAMES[*a as usize].into()].into()
                }),
            )
            .set("verdict", Verdict::NAMES[self.verdict as usize])
            .done()
    }
}

impl DiagnosticResult {
    pub fn from_json(v: &Value) -> Result<DiagnosticResult, String> {
        use crate::domain::json::*;
        let m = obj(v, "result")?;
        Ok(DiagnosticResult {
            id: u64_req(m, "id")?,
            taken_at: i64_req(m, "taken_at")?,
            answers: list(m, "answers", |v| match v.as_array().map(Vec::as_slice) {
                Some([q, Value::String(a)]) => Ok((
                    q.as_str().ok_or(": expected a question id")?.to_string(),
                    Answer::ALL[Answer::NAMES
                        .iter()
                        .position(|n| n == a)
                        .ok_or(": unknown answer")?],
                )),
                _ => Err(": expected [question, answer]".to_string()),
            })?,
            verdict: Verdict::ALL[choice(m, "verdict", &Verdict::NAMES, 4)?],
        })
    }

    fn yes(&self) -> impl Iterator<Item = &Question> + '_ {
        QUESTIONS.iter().filter(|q| {
            self.answers
                .iter()
                .any(|(id, a)| id == q.id && *a == Answer::Yes)
        })
    }
}

/// What changed between an earlier and a later result: the questions
/// answered "yes" only later, and those answered "yes" only earlier.
pub fn changes(
    earlier: &DiagnosticResult,
    later: &DiagnosticResult,
) -> (Vec<&'static str>, Vec<&'static str>) {
    let only = |a: &DiagnosticResult, b: &DiagnosticResult| {
        a.yes()
            .filter(|q| !b.yes().any(|x| x.id == q.id))
            .map(|q| q.because)
            .collect()
    };
    (only(later, earlier), only(earlier, later))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(yes: &[&str]) -> Vec<(String, Answer)> {
        QUESTIONS
            .iter()
            .map(|q| {
                (
                    q.id.to_string(),
                    if yes.contains(&q.id) {
                        Answer::Yes
                    } else {
                        Answer::No
                    },
                )
            })
            .collect()
    }

    #[test]
    fn questions_are_eight_to_twelve_with_unique_ids() {
        assert!((8..=12).contains(&QUESTIONS.len()));
        let mut ids: Vec<_> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
    }

    #[test]
    fn verdicts_follow_the_answers_and_name_their_reasons() {
        let new_leader = score(&answers(&["new-in-role", "skills-gap"]));
        assert_eq!(new_leader.verdict, Verdict::Mentor);
        assert_eq!(new_leader.reasons.len(), 2);

        let stuck = score(&answers(&["stuck", "invisible", "skills-gap"]));
        assert_eq!(stuck.verdict, Verdict::Sponsor);
        assert!(
            stuck.reasons.iter().all(|r| !r.contains("skills")),
            "only the answers behind the verdict"
        );

        let both = score(&answers(&[
            "new-in-role",
            "sounding-board",
            "no-advocate",
            "ready-next",
        ]));
        assert_eq!(both.verdict, Verdict::Both);
        assert_eq!(both.reasons.len(), 4);

        let program = score(&answers(&["structure", "no-network", "employer-support"]));
        assert_eq!(program.verdict, Verdict::Program);

        assert_eq!(
            score(&answers(&["sounding-board"])).verdict,
            Verdict::NotYet
        );
        assert!(score(&[]).reasons.is_empty());
        for v in [
            Verdict::Mentor,
            Verdict::Sponsor,
            Verdict::Both,
            Verdict::Program,
            Verdict::NotYet,
        ] {
            assert!(!v.next_steps().is_empty() && v.headline().ends_with('.'));
            assert!(v.follow_ups().iter().all(|(h, _)| h.starts_with("#/")));
        }
    }

    #[test]
    fn changes_between_results_and_reading_them_back() {
        let r = |id, yes: &[&str]| {
            let a = answers(yes);
            DiagnosticResult {
                id,
                taken_at: id as i64,
                verdict: score(&a).verdict,
                answers: a,
            }
        };
        let first = r(1, &["new-in-role", "skills-gap"]);
        let later = r(2, &["skills-gap", "stuck", "invisible"]);
        let (gained, dropped) = changes(&first, &later);
        assert_eq!(gained.len(), 2);
        assert!(gained[0].contains("passed over"));
        assert_eq!(dropped, [QUESTIONS[0].because]);

        let back = DiagnosticResult::from_json(&later.to_json().into_parsed().unwrap()).unwrap();
        assert_eq!(back, later);
        for bad in [
            crate::j!({"id": 1, "taken_at": 0, "answers": [["q", "maybe"]]}),
            crate::j!({"id": 1, "taken_at": 0, "answers": [["q"]]}),
            crate::j!({"id": 1, "taken_at": 0, "verdict": "guru"}),
            crate::j!({"taken_at": 0}),
        ] {
            assert!(DiagnosticResult::from_json(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unsure_counts_as_no() {
        let mut a = answers(&["stuck", "invisible"]);
        a.iter_mut().for_each(|x| {
            if x.0 == "invisible" {
                x.1 = Answer::Unsure
            }
        });
        assert_eq!(score(&a).verdict, Verdict::NotYet);
    }
}
