//! "What do I need now?": a short diagnostic about a leader's situation,
//! scored into a recommendation — a mentor, a sponsor, both, or a
//! structured program — with the answers that led there, what else to
//! consider, and next steps. Grounded in the mentor/sponsor distinction
//! (Hewlett 2013: mentors advise, sponsors act, and a sponsor backs someone
//! with a track record) and the shape of library mentoring programs.
//!
//! How it scores, so that every verdict can be reached and none is
//! favoured by the number of its questions:
//! - every question asks one thing, phrased positively ("Do you have…");
//!   each counts toward one need on the answer that shows that need
//!   ("no" to "Does someone senior speak up for you?" points to a sponsor);
//! - each need's score is its points as a share of that need's maximum
//!   (0–100), and a need counts from [`ENOUGH`];
//! - a sponsor is recommended only to someone with a track record to
//!   vouch for; otherwise the result says "a sponsor later";
//! - ties go to what the person said they want most, then to "both" for a
//!   mentor and a sponsor, then to a program (which usually brings a mentor).

use crate::domain::migration::object;
use crate::domain::records::Record;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A kind of help: what a question points to, and what a person may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Mentor,
    Sponsor,
    Program,
}

impl Need {
    pub const ALL: [Need; 3] = [Need::Mentor, Need::Sponsor, Need::Program];
    pub const NAMES: [&'static str; 3] = ["mentor", "sponsor", "program"];

    /// How the "what do you want most" choice reads.
    pub fn wish_label(self) -> &'static str {
        [
            "Someone to learn from (a mentor)",
            "Someone with power to speak up for me (a sponsor)",
            "A structured program with peers",
        ][self as usize]
    }
}

/// What a question is for: a need, or a fact that shapes the advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Counts `weight` points toward a need when answered `when`.
    Points {
        need: Need,
        when: Answer,
        weight: u8,
    },
    /// "Yes" means the person has results to vouch for (a sponsor needs them).
    TrackRecord,
    /// "Yes" means the person already leads the library (look for a peer).
    TopRole,
    /// "Yes" means a mentor who shares their background matters to them.
    SharedBackground,
}

pub struct Question {
    pub id: &'static str,
    pub text: &'static str,
    pub role: Role,
    /// Shown as the reason when this answer counts.
    pub because: &'static str,
}

const fn points(need: Need, when: Answer, weight: u8) -> Role {
    Role::Points { need, when, weight }
}

use Answer::{No, Yes};

pub const QUESTIONS: &[Question] = &[
    Question { id: "new-in-role", text: "Have you been in your current leadership role for less than a year?", role: points(Need::Mentor, Yes, 2), because: "you are new in your role, when advice from someone who has done it helps most" },
    Question { id: "skills-gap", text: "Does your role ask for skills that are new to you, such as budgets or supervision?", role: points(Need::Mentor, Yes, 2), because: "your role asks for skills that are new to you, which a mentor helps you build" },
    Question { id: "sounding-board", text: "Do you have someone outside your reporting line to think problems through with?", role: points(Need::Mentor, No, 1), because: "you have nobody outside your reporting line to think problems through with" },
    Question { id: "passed-over", text: "Have you been passed over for a promotion you wanted?", role: points(Need::Sponsor, Yes, 2), because: "you have been passed over for a promotion, which advice alone rarely changes" },
    Question { id: "visible", text: "Do the senior leaders who decide on promotions know your work?", role: points(Need::Sponsor, No, 2), because: "the people who decide do not know your work yet, and a sponsor makes it visible" },
    Question { id: "advocate", text: "Does someone senior speak up for you where decisions about you are made?", role: points(Need::Sponsor, No, 2), because: "nobody senior speaks up for you yet" },
    Question { id: "ready-next", text: "Do you feel ready for a bigger role now?", role: points(Need::Sponsor, Yes, 1), because: "you feel ready for a bigger role, the kind of opening sponsors create" },
    Question { id: "track-record", text: "Do you have a track record of results that senior leaders could point to?", role: Role::TrackRecord, because: "you have results a sponsor can vouch for" },
    Question { id: "cohort", text: "Would you like to learn with a group of peers on a set schedule?", role: points(Need::Program, Yes, 2), because: "you would like to learn with peers on a schedule" },
    Question { id: "wide-network", text: "Do you know many library leaders outside your own library?", role: points(Need::Program, No, 1), because: "your network beyond your library is small, and programs bring peers and mentors together" },
    Question { id: "library-support", text: "Would your library support you in joining a leadership program?", role: points(Need::Program, Yes, 1), because: "your library would support you in a program" },
    Question { id: "top-role", text: "Are you the most senior leader of your library, such as its director or dean?", role: Role::TopRole, because: "you lead your library" },
    Question { id: "shared-background", text: "Would it matter to you to learn from someone who shares your background or identity?", role: Role::SharedBackground, because: "learning from someone who shares your background matters to you" },
];

/// The closing choice: what the person wants most (`None`: not sure).
pub const WISH_QUESTION: &str = "If you could have one kind of help now, which would it be?";

/// A need's score counts from this share of its maximum (percent).
pub const ENOUGH: u8 = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

/// The recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Mentor,
    Sponsor,
    Both,
    Program,
    /// Not enough answers point anywhere to say.
    #[default]
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

/// A scored diagnostic: the verdict, each need's score, the reasons and
/// what else to weigh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// Each need's points as a percentage of its maximum (0–100).
    pub mentor: u8,
    pub sponsor: u8,
    pub program: u8,
    /// The "because" of every answer that counted toward the verdict.
    pub reasons: Vec<&'static str>,
    /// "Also consider" lines: a need that counts but is not the verdict, a
    /// sponsor for later, a peer at the top, identity-based programs.
    pub also: Vec<&'static str>,
    /// Extra hash links the answers point to (the JEDI page).
    pub links: Vec<(&'static str, &'static str)>,
}

fn answer_of(answers: &[(String, Answer)], id: &str) -> Answer {
    answers
        .iter()
        .rev()
        .find(|(q, _)| q == id)
        .map_or(Answer::Unsure, |(_, a)| *a)
}

/// Scores answers (by question id; missing = unsure) and the need the
/// person wants most, if they said (see the module for the rules).
pub fn score(answers: &[(String, Answer)], wish: Option<Need>) -> Outcome {
    let counted = |q: &Question| match q.role {
        Role::Points { when, .. } => answer_of(answers, q.id) == when,
        _ => false,
    };
    let (mut got, mut max) = ([0u32; 3], [0u32; 3]);
    for q in QUESTIONS {
        if let Role::Points { need, weight, .. } = q.role {
            max[need as usize] += u32::from(weight);
            if counted(q) {
                got[need as usize] += u32::from(weight);
            }
        }
    }
    let share = |n: Need| (got[n as usize] * 100 / max[n as usize].max(1)) as u8;
    let [mentor, sponsor, program] = Need::ALL.map(share);
    let yes = |id: &str| answer_of(answers, id) == Answer::Yes;
    let ready = yes("track-record");
    let sponsor_later = sponsor >= ENOUGH && !ready;
    let counts = |n: Need| share(n) >= ENOUGH && !(n == Need::Sponsor && sponsor_later);

    let best = Need::ALL
        .into_iter()
        .filter(|n| counts(*n))
        .map(share)
        .max();
    let verdict = match best {
        None => Verdict::NotYet,
        Some(top) => {
            let tied: Vec<Need> = Need::ALL
                .into_iter()
                .filter(|n| counts(*n) && share(*n) == top)
                .collect();
            let pick = match wish {
                Some(w) if tied.contains(&w) => w,
                _ if tied.contains(&Need::Mentor) && tied.contains(&Need::Sponsor) => Need::Mentor,
                _ if tied.contains(&Need::Program) => Need::Program,
                _ => tied[0],
            };
            match pick {
                Need::Mentor | Need::Sponsor if counts(Need::Mentor) && counts(Need::Sponsor) => {
                    Verdict::Both
                }
                Need::Mentor => Verdict::Mentor,
                Need::Sponsor => Verdict::Sponsor,
                Need::Program => Verdict::Program,
            }
        }
    };
    let in_verdict = |n: Need| match verdict {
        Verdict::Mentor => n == Need::Mentor,
        Verdict::Sponsor => n == Need::Sponsor,
        Verdict::Both => n != Need::Program,
        Verdict::Program => n == Need::Program,
        Verdict::NotYet => false,
    };
    let mut reasons: Vec<&'static str> = QUESTIONS
        .iter()
        .filter(|q| match q.role {
            Role::Points { need, .. } => counted(q) && in_verdict(need),
            _ => false,
        })
        .map(|q| q.because)
        .collect();
    if ready && in_verdict(Need::Sponsor) {
        reasons.push(
            QUESTIONS
                .iter()
                .find(|q| q.id == "track-record")
                .map_or("", |q| q.because),
        );
    }

    let mut also = Vec::new();
    for n in Need::ALL
        .into_iter()
        .filter(|n| counts(*n) && !in_verdict(*n))
    {
        also.push(match n {
            Need::Mentor => {
                "Also consider a mentor: some of your answers point to skills and advice as well."
            }
            Need::Sponsor => {
                "Also consider a sponsor: some of your answers point to advocacy as well."
            }
            Need::Program => {
                "Also consider a program: it can bring you a mentor, peers and structure at once."
            }
        });
    }
    if sponsor_later {
        also.push("A sponsor later: your answers point to advocacy, but sponsors back people with results they can vouch for. Build and show a track record first, then look for one.");
    }
    let already_said =
        |w: Need| in_verdict(w) || counts(w) || (w == Need::Sponsor && sponsor_later);
    if let Some(w) = wish.filter(|w| !already_said(*w)) {
        also.push(match w {
            Need::Mentor => "You said a mentor is what you want most: that is always a good start, even where your answers point elsewhere.",
            Need::Sponsor => "You said you want a sponsor most: sponsors come to people whose results they can vouch for and who senior leaders know; work on those first.",
            Need::Program => "You said a program is what you want most: see the programs page for the kinds there are.",
        });
    }
    if yes("top-role") && matches!(verdict, Verdict::Mentor | Verdict::Both) {
        also.push("At the top of your library, look for a peer: a director of another library who has done what you face, since nobody above you in your own library can mentor you.");
    }
    let mut links = Vec::new();
    if yes("shared-background") {
        also.push("Identity-based programs match people who share a background, such as the ACRL Spectrum Scholar Mentor Program and APALA's mentoring program; see the programs page and JEDI in mentoring.");
        links.push(("#/guide/jedi", "Read: JEDI in mentoring"));
    }
    Outcome {
        verdict,
        mentor,
        sponsor,
        program,
        reasons,
        also,
        links,
    }
}

/// A saved result, so a leader sees how their needs changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticResult {
    pub id: u64,
    pub taken_at: i64,
    /// Stored as `[question id, answer]` pairs.
    #[serde(default)]
    pub answers: Vec<(String, Answer)>,
    /// What the person said they want most; `None` when not sure (and in
    /// results from before the question was asked).
    pub wish: Option<Need>,
    #[serde(default)]
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

impl DiagnosticResult {
    /// The questions whose answer says something: counted toward a need,
    /// or "yes" to a question that shapes the advice.
    fn telling(&self) -> impl Iterator<Item = &Question> + '_ {
        QUESTIONS.iter().filter(|q| {
            let a = answer_of(&self.answers, q.id);
            match q.role {
                Role::Points { when, .. } => a == when,
                _ => a == Answer::Yes,
            }
        })
    }
}

/// What changed between an earlier and a later result: what the answers
/// said only later, and what they said only earlier.
pub fn changes(
    earlier: &DiagnosticResult,
    later: &DiagnosticResult,
) -> (Vec<&'static str>, Vec<&'static str>) {
    let only = |a: &DiagnosticResult, b: &DiagnosticResult| {
        a.telling()
            .filter(|q| !b.telling().any(|x| x.id == q.id))
            .map(|q| q.because)
            .collect()
    };
    (only(later, earlier), only(earlier, later))
}

/// Guide schema 1 → 2: the diagnostic's questions were rephrased so that
/// each asks one thing positively. Old answers move to the new questions;
/// where the new question asks the opposite ("Do you lack…" became "Do you
/// have…"), yes and no swap. Not sure stays not sure; verdicts stay as they
/// were given.
pub fn migrate_guide_v1(guide: Value) -> Result<Value, String> {
    const MOVES: [(&str, &str, bool); 7] = [
        ("sounding-board", "sounding-board", true),
        ("stuck", "passed-over", false),
        ("invisible", "visible", true),
        ("no-advocate", "advocate", true),
        ("structure", "cohort", false),
        ("no-network", "wide-network", true),
        ("employer-support", "library-support", false),
    ];
    let mut doc = object(guide)?;
    let items = match doc.get_mut("results") {
        Some(Value::Object(results)) => results.get_mut("items"),
        _ => None,
    };
    let Some(Value::Array(items)) = items else {
        return Ok(Value::Object(doc));
    };
    for item in items {
        let Value::Object(r) = item else {
            return Err("results → items: expected an object".into());
        };
        let Some(Value::Array(answers)) = r.get_mut("answers") else {
            continue;
        };
        for pair in answers {
            let Value::Array(pair) = pair else { continue };
            let [Value::String(id), Value::String(answer)] = pair.as_mut_slice() else {
                continue;
            };
            if let Some((_, to, flip)) = MOVES.iter().find(|(from, _, _)| from == id) {
                *id = (*to).to_string();
                if *flip {
                    *answer = match answer.as_str() {
                        "yes" => "no".into(),
                        "no" => "yes".into(),
                        other => other.to_string(),
                    };
                }
            }
        }
    }
    Ok(Value::Object(doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every question answered: the listed ones "yes", the rest "no".
    fn answers(yes: &[&str]) -> Vec<(String, Answer)> {
        QUESTIONS
            .iter()
            .map(|q| {
                let a = if yes.contains(&q.id) {
                    Answer::Yes
                } else {
                    Answer::No
                };
                (q.id.to_string(), a)
            })
            .collect()
    }

    /// Only the listed answers; everything else unanswered (not sure).
    fn some(list: &[(&str, Answer)]) -> Vec<(String, Answer)> {
        list.iter().map(|(q, a)| (q.to_string(), *a)).collect()
    }

    #[test]
    fn questions_are_few_with_unique_ids_and_each_asks_one_thing_positively() {
        assert!((8..=14).contains(&QUESTIONS.len()));
        let mut ids: Vec<_> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
        for q in QUESTIONS {
            let t = q.text.to_lowercase();
            for negative in ["lack", "few ", "nobody", "little", "not ", "n't"] {
                assert!(
                    !t.contains(negative),
                    "{}: negative wording {negative:?}",
                    q.id
                );
            }
            assert!(
                !t.contains(", or ") && !t.contains(" or stuck"),
                "{}: two things at once",
                q.id
            );
            assert!(t.ends_with('?'));
        }
    }

    #[test]
    fn a_new_supervisor_who_wants_a_funded_cohort_is_pointed_to_a_program() {
        let o = score(
            &answers(&[
                "new-in-role",
                "skills-gap",
                "sounding-board",
                "cohort",
                "library-support",
                "visible",
                "advocate",
            ]),
            Some(Need::Program),
        );
        assert_eq!(o.verdict, Verdict::Program, "{o:?}");
        assert!(o
            .also
            .iter()
            .any(|a| a.starts_with("Also consider a mentor")));
    }

    #[test]
    fn a_brand_new_branch_manager_with_no_network_needs_a_mentor_and_a_sponsor_later() {
        let o = score(&answers(&["new-in-role", "skills-gap"]), None);
        assert_eq!(o.verdict, Verdict::Mentor, "{o:?}");
        assert!(o.sponsor >= ENOUGH, "advocacy is missing too");
        assert!(
            o.also.iter().any(|a| a.starts_with("A sponsor later")),
            "{o:?}"
        );
        assert!(o.reasons.iter().any(|r| r.contains("new in your role")));
    }

    #[test]
    fn a_mid_career_leader_ready_for_a_director_role_without_an_advocate_needs_a_sponsor() {
        let o = score(
            &answers(&[
                "sounding-board",
                "passed-over",
                "track-record",
                "ready-next",
                "wide-network",
            ]),
            None,
        );
        assert_eq!(o.verdict, Verdict::Sponsor, "{o:?}");
        assert!(o.reasons.contains(&"nobody senior speaks up for you yet"));
        assert!(o
            .reasons
            .contains(&"you have results a sponsor can vouch for"));
        assert!(
            !o.reasons.iter().any(|r| r.contains("skills")),
            "only the answers behind the verdict"
        );
    }

    #[test]
    fn a_director_hired_from_outside_is_pointed_to_a_peer_director_as_mentor() {
        let o = score(
            &some(&[
                ("new-in-role", Yes),
                ("skills-gap", No),
                ("sounding-board", No),
                ("passed-over", No),
                ("visible", Yes),
                ("track-record", Yes),
                ("ready-next", No),
                ("cohort", No),
                ("top-role", Yes),
            ]),
            None,
        );
        assert_eq!(o.verdict, Verdict::Mentor, "{o:?}");
        assert!(
            o.also.iter().any(|a| a.contains("look for a peer")),
            "{o:?}"
        );
    }

    #[test]
    fn a_mid_career_leader_who_wants_an_institute_is_pointed_to_a_program() {
        let o = score(
            &answers(&[
                "skills-gap",
                "sounding-board",
                "visible",
                "advocate",
                "track-record",
                "ready-next",
                "cohort",
                "library-support",
            ]),
            Some(Need::Program),
        );
        assert_eq!(o.verdict, Verdict::Program, "{o:?}");
    }

    #[test]
    fn ties_go_to_what_the_person_asked_for() {
        // Mentor and program both at 100%.
        let a = answers(&[
            "new-in-role",
            "skills-gap",
            "cohort",
            "library-support",
            "visible",
            "advocate",
        ]);
        assert_eq!(score(&a, Some(Need::Program)).verdict, Verdict::Program);
        assert_eq!(score(&a, Some(Need::Mentor)).verdict, Verdict::Mentor);
        assert_eq!(
            score(&a, None).verdict,
            Verdict::Program,
            "a program usually brings a mentor"
        );
    }

    #[test]
    fn a_sponsor_is_recommended_only_with_a_track_record() {
        let without = score(
            &answers(&[
                "sounding-board",
                "passed-over",
                "ready-next",
                "wide-network",
            ]),
            None,
        );
        assert_ne!(without.verdict, Verdict::Sponsor, "{without:?}");
        assert!(without
            .also
            .iter()
            .any(|a| a.starts_with("A sponsor later")));
        let with = score(
            &answers(&[
                "sounding-board",
                "passed-over",
                "ready-next",
                "wide-network",
                "track-record",
            ]),
            None,
        );
        assert_eq!(with.verdict, Verdict::Sponsor);
    }

    #[test]
    fn every_verdict_is_reachable_and_a_program_is_not_a_rarity() {
        let n = QUESTIONS.len();
        let mut seen = [0u32; 5];
        for bits in 0u32..(1 << n) {
            let yes: Vec<&str> = (0..n)
                .filter(|i| bits >> i & 1 == 1)
                .map(|i| QUESTIONS[i].id)
                .collect();
            let a = answers(&yes);
            for wish in [
                None,
                Some(Need::Mentor),
                Some(Need::Sponsor),
                Some(Need::Program),
            ] {
                seen[score(&a, wish).verdict as usize] += 1;
            }
        }
        for v in Verdict::ALL {
            assert!(seen[v as usize] > 0, "{v:?} is unreachable: {seen:?}");
        }
        let total: u32 = seen.iter().sum();
        assert!(
            seen[Verdict::Program as usize] * 10 > total,
            "program in under 10% of cases: {seen:?}"
        );
    }

    #[test]
    fn a_shared_background_wish_points_to_the_jedi_page_and_identity_based_programs() {
        let o = score(
            &answers(&["new-in-role", "skills-gap", "shared-background"]),
            None,
        );
        assert!(o
            .links
            .contains(&("#/guide/jedi", "Read: JEDI in mentoring")));
        assert!(o
            .also
            .iter()
            .any(|a| a.contains("Spectrum") && a.contains("APALA")));
        assert!(score(&answers(&["new-in-role"]), None).links.is_empty());
    }

    #[test]
    fn unsure_counts_for_nothing() {
        assert_eq!(score(&[], None).verdict, Verdict::NotYet);
        assert!(score(&[], None).reasons.is_empty());
        for v in Verdict::ALL {
            assert!(!v.next_steps().is_empty() && v.headline().ends_with('.'));
            assert!(v.follow_ups().iter().all(|(h, _)| h.starts_with("#/")));
        }
    }

    #[test]
    fn changes_between_results_and_reading_them_back() {
        let r = |id, yes: &[&str], wish| {
            let a = answers(yes);
            DiagnosticResult {
                id,
                taken_at: id as i64,
                verdict: score(&a, wish).verdict,
                answers: a,
                wish,
            }
        };
        let first = r(1, &["new-in-role", "skills-gap", "advocate"], None);
        let later = r(
            2,
            &["skills-gap", "passed-over", "track-record"],
            Some(Need::Sponsor),
        );
        let (gained, dropped) = changes(&first, &later);
        assert!(gained.contains(
            &"you have been passed over for a promotion, which advice alone rarely changes"
        ));
        assert!(gained.contains(&"nobody senior speaks up for you yet"));
        assert!(dropped.contains(&QUESTIONS[0].because));

        let back = crate::domain::decoding::read::<DiagnosticResult>(
            &serde_json::to_value(&later).unwrap(),
        )
        .unwrap();
        assert_eq!(back, later);
        for bad in [
            serde_json::json!({"id": 1, "taken_at": 0, "answers": [["q", "maybe"]]}),
            serde_json::json!({"id": 1, "taken_at": 0, "answers": [["q"]]}),
            serde_json::json!({"id": 1, "taken_at": 0, "verdict": "guru"}),
            serde_json::json!({"id": 1, "taken_at": 0, "wish": "guru"}),
            serde_json::json!({"taken_at": 0}),
        ] {
            assert!(
                crate::domain::decoding::read::<DiagnosticResult>(&bad).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn answers_to_the_old_questions_move_to_the_new_ones_with_their_meaning() {
        let v1 = serde_json::json!({"results": {"items": [{"id": 1, "taken_at": 5, "verdict": "sponsor", "answers": [
            ["new-in-role", "yes"], ["sounding-board", "yes"], ["stuck", "yes"], ["invisible", "no"],
            ["no-advocate", "unsure"], ["structure", "no"], ["no-network", "yes"], ["employer-support", "yes"]
        ]}]}});
        let v2 = migrate_guide_v1(v1).unwrap();
        let item = v2
            .get("results")
            .and_then(|r| r.get("items"))
            .and_then(Value::as_array);
        let r = crate::domain::decoding::read::<DiagnosticResult>(&item.unwrap()[0]).unwrap();
        let got: Vec<(&str, Answer)> = r.answers.iter().map(|(q, a)| (q.as_str(), *a)).collect();
        assert_eq!(
            got,
            [
                ("new-in-role", Yes),
                ("sounding-board", No),
                ("passed-over", Yes),
                ("visible", Yes),
                ("advocate", Answer::Unsure),
                ("cohort", No),
                ("wide-network", No),
                ("library-support", Yes),
            ]
        );
        assert_eq!((r.verdict, r.wish), (Verdict::Sponsor, None));
        assert_eq!(
            migrate_guide_v1(serde_json::json!({})).unwrap(),
            serde_json::json!({})
        );
    }
}
