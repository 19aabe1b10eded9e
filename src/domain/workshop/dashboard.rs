//! The program dashboard (issue #16): the pairs a program runs with, the
//! response codes brought back from its survey links (pasted or in files;
//! bad entries reported by line; a newer response from the same person
//! replaces an older one), and, per milestone, the response rate, the
//! pairs not heard from, the pairs at risk with the reason in words, the
//! group's figures and its comments, and a reminder to send.
//!
//! Privacy by default: a group figure is shown only when at least
//! `threshold` people answered (5 unless the facilitator raises it; never
//! fewer than [`MIN_THRESHOLD`]) — a k-anonymity rule, so no figure
//! reveals one person's answer. Comments are shown without names unless
//! their writer ticked that the name may go with it, in an order that
//! does not follow the imports.

use super::document::{pair_names, Workshop};
use super::program::Milestone;
use super::response::{Answer, Response};
use super::survey::{ids, milestone_key};
use crate::domain::format::{percent, plural};
use crate::domain::names::sort_by_name;
use serde::{Deserialize, Serialize};

/// The fewest answers a group figure may be drawn from.
pub const MIN_THRESHOLD: u8 = 3;
/// The threshold a program starts with.
pub const DEFAULT_THRESHOLD: u8 = 5;
/// Most responses one workshop keeps.
pub const MAX_RESPONSES: usize = 20_000;
/// Largest text (pasted, or one file) of response codes read at once.
pub const MAX_IMPORT_CHARS: usize = 8_000_000;

/// What a running program keeps beside its plan: its pairs, the
/// responses imported, and the privacy threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgramRun {
    /// (mentee id, mentor id) of each pair the program runs with.
    pub pairs: Vec<(u64, u64)>,
    pub responses: Vec<Response>,
    /// Fewest answers behind a group figure (at least [`MIN_THRESHOLD`]).
    pub threshold: u8,
    /// The facilitator's name as it signs the letters of recognition.
    pub signed_by: String,
}

impl Default for ProgramRun {
    fn default() -> Self {
        ProgramRun {
            pairs: Vec::new(),
            responses: Vec::new(),
            threshold: DEFAULT_THRESHOLD,
            signed_by: String::new(),
        }
    }
}

/// What importing response codes did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResponseReport {
    pub added: usize,
    pub replaced: usize,
    /// "Line 3: <reason>", one per entry left out.
    pub problems: Vec<String>,
}

impl ResponseReport {
    /// One sentence for the status line.
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{} added, {} replaced by a newer one",
            plural(self.added, "response", "responses"),
            self.replaced
        );
        if !self.problems.is_empty() {
            let left = plural(self.problems.len(), "entry", "entries");
            s.push_str(&format!(", {left} left out (see below)"));
        }
        s.push('.');
        s
    }
}

impl ProgramRun {
    /// Nothing kept yet (not stored).
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
            && self.responses.is_empty()
            && self.threshold == DEFAULT_THRESHOLD
            && self.signed_by.is_empty()
    }

    /// The threshold in force (a stored one below the minimum reads as
    /// the minimum).
    pub fn threshold(&self) -> usize {
        usize::from(self.threshold.max(MIN_THRESHOLD))
    }

    /// Forgets a participant who left: their pair and their responses.
    pub fn forget(&mut self, person: u64) {
        self.pairs.retain(|&(e, m)| e != person && m != person);
        self.responses.retain(|r| r.person != person);
    }

    /// Sizes stored data must keep.
    pub fn check_sizes(&self) -> Result<(), String> {
        if self.responses.len() > MAX_RESPONSES
            || self.pairs.len() > super::document::MAX_PARTICIPANTS
            || self.signed_by.chars().count() > 120
        {
            return Err("a program holds too many responses or pairs".into());
        }
        self.responses.iter().try_for_each(Response::check_sizes)
    }
}

/// A response code read, with where it was read ("Line 3").
pub type Decoded = (String, Response);

/// Where line `line` (from 1) of `source` is, for a report.
fn place(source: &str, line: usize) -> String {
    if source.is_empty() {
        format!("Line {line}")
    } else {
        format!("{source}, line {line}")
    }
}

/// Reads the response codes of `lines` (any separators, one or more per
/// line; the first is line `first`, from 1, of `source`: a file's name,
/// or "" for pasted text). What cannot be read goes to the report. The
/// costly part of an import, so a page can read a long text in slices.
pub fn decode_responses(
    lines: &[&str],
    first: usize,
    source: &str,
    report: &mut ResponseReport,
) -> Vec<Decoded> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        for code in super::codec::split_codes(line) {
            match Response::from_code(code) {
                Ok(r) => out.push((place(source, first + i), r)),
                Err(e) => report
                    .problems
                    .push(format!("{}: {e}", place(source, first + i))),
            }
        }
    }
    out
}

/// Whether `text` is short enough to import; the report says so if not.
pub fn within_limit(text: &str, source: &str, report: &mut ResponseReport) -> bool {
    if text.len() <= MAX_IMPORT_CHARS {
        return true;
    }
    let what = if source.is_empty() {
        "The text"
    } else {
        source
    };
    report.problems.push(format!(
        "{what}: too long to import (over 8 million characters)."
    ));
    false
}

/// Imports the response codes in `text` into `w` (see
/// [`decode_responses`] and [`keep_responses`]).
pub fn import_responses(w: &mut Workshop, text: &str, source: &str, report: &mut ResponseReport) {
    if within_limit(text, source, report) {
        let lines: Vec<&str> = text.lines().collect();
        let decoded = decode_responses(&lines, 1, source, report);
        keep_responses(w, decoded, report);
    }
}

/// Keeps the responses read for `w`, in order: one for another workshop,
/// from someone who is not a participant, or for a milestone the program
/// does not have is left out with the reason; a newer response from the
/// same person for the same milestone replaces an older one.
pub fn keep_responses(w: &mut Workshop, decoded: Vec<Decoded>, report: &mut ResponseReport) {
    use std::collections::{BTreeMap, BTreeSet};
    // Built by inserting, not collected: collecting sorts first, and each
    // collected type would bring its own copy of the sort to the page.
    let mut people = BTreeSet::new();
    for p in &w.participants {
        people.insert(p.id);
    }
    let mut milestones = BTreeSet::new();
    for m in w.program.as_ref().map_or(&[][..], |p| &p.milestones[..]) {
        milestones.insert(milestone_key(m));
    }
    let responses = &mut w.run.responses;
    let mut kept: BTreeMap<(u64, String), usize> = BTreeMap::new();
    for (i, r) in responses.iter().enumerate() {
        kept.insert((r.person, r.milestone.clone()), i);
    }
    for (at, r) in decoded {
        let why_not = if r.workshop != w.id {
            Some("this response was made for another workshop's survey.".to_string())
        } else if !people.contains(&r.person) {
            Some(format!("{} is not a participant of this workshop.", r.name))
        } else if !milestones.contains(&r.milestone) {
            Some(format!(
                "this response is for a milestone the program does not have ({}).",
                r.milestone
            ))
        } else {
            None
        };
        if let Some(why) = why_not {
            report.problems.push(format!("{at}: {why}"));
            continue;
        }
        let key = (r.person, r.milestone.clone());
        let full = responses.len() >= MAX_RESPONSES;
        match kept.get(&key).map(|&i| &mut responses[i]) {
            Some(old) if old.answered_at >= r.answered_at => report.problems.push(format!(
                "{at}: {} already sent a newer (or the same) response for this milestone.",
                r.name
            )),
            Some(old) => {
                *old = r;
                report.replaced += 1;
            }
            None if full => report.problems.push(format!(
                "{at}: the program already holds {MAX_RESPONSES} responses."
            )),
            None => {
                kept.insert(key, responses.len());
                responses.push(r);
                report.added += 1;
            }
        }
    }
}

/// Why one person's answers put their pair at risk, in words (empty when
/// nothing does).
pub fn risks(r: &Response) -> Vec<String> {
    let mut why = Vec::new();
    if r.answer(ids::MET) == Some(&Answer::Choice(0)) {
        why.push(format!("{} has not met their partner yet", r.name));
    }
    if let Some(Answer::Scale(n)) = r.answer(ids::SATISFACTION) {
        if *n <= 2 {
            why.push(format!("{} rates the match {n} of 5", r.name));
        }
    }
    if r.answer(ids::REMATCH) == Some(&Answer::YesNo(true)) {
        why.push(format!("{} asks for a no-fault re-match", r.name));
    }
    if r.answer(ids::BLOCKED) == Some(&Answer::YesNo(true)) {
        why.push(format!("{} says something is in the way", r.name));
    }
    why
}

/// The group's figures for one milestone, or why they are hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupFigures {
    /// Fewer than the threshold answered: nothing is shown.
    Hidden { answered: usize, threshold: usize },
    /// One line per figure drawn from at least the threshold of answers.
    Shown(Vec<String>),
}

impl GroupFigures {
    /// What to show: the figures, or why there are none.
    pub fn lines(&self) -> Vec<String> {
        match self {
            GroupFigures::Shown(lines) => lines.clone(),
            GroupFigures::Hidden { answered, threshold } => vec![format!(
                "Too few answers to show without identifying people: {answered} answered, at least {threshold} needed."
            )],
        }
    }
}

/// One milestone of the dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneReport {
    /// People in the program's pairs.
    pub expected: usize,
    /// Of them, how many answered.
    pub answered: usize,
    /// "12 of 20 people answered (60.0%)."
    pub rate: String,
    /// Pairs neither of whom answered: "Ana Diaz and Bo Chen".
    pub not_heard: Vec<String>,
    /// "Ana Diaz and Bo Chen: Ana Diaz asks for a no-fault re-match."
    pub at_risk: Vec<String>,
    pub group: GroupFigures,
    /// Comments, each with its writer's name only if they allowed it.
    pub comments: Vec<String>,
    /// Contacts of the people not heard from.
    pub remind: Vec<String>,
}

/// The dashboard of milestone `m` of workshop `w`.
pub fn milestone_report(w: &Workshop, m: &Milestone) -> MilestoneReport {
    let key = milestone_key(m);
    let run = &w.run;
    let threshold = run.threshold();
    // Built by inserting (see `keep_responses`); a later entry for the same
    // id wins, as when collected.
    let mut people = std::collections::BTreeMap::new();
    for p in &w.participants {
        people.insert(p.id, p);
    }
    let name = |id: u64| people.get(&id).map_or("(removed)", |p| p.name.as_str());
    let mut of_milestone = std::collections::BTreeMap::new();
    for r in run.responses.iter().filter(|r| r.milestone == key) {
        of_milestone.insert(r.person, r);
    }
    let response = |id: u64| of_milestone.get(&id).copied();
    let in_pairs: Vec<u64> = run.pairs.iter().flat_map(|&(e, m)| [e, m]).collect();
    let answers: Vec<&Response> = in_pairs.iter().filter_map(|&id| response(id)).collect();
    let mut report = MilestoneReport {
        expected: in_pairs.len(),
        answered: answers.len(),
        rate: format!(
            "{} of {} answered ({}%).",
            answers.len(),
            plural(in_pairs.len(), "person", "people"),
            percent(answers.len() as u64, in_pairs.len() as u64)
        ),
        not_heard: Vec::new(),
        at_risk: Vec::new(),
        group: GroupFigures::Hidden {
            answered: answers.len(),
            threshold,
        },
        comments: Vec::new(),
        remind: Vec::new(),
    };
    for &(e, m) in &run.pairs {
        let names = pair_names(name(e), name(m));
        let (re, rm) = (response(e), response(m));
        if re.is_none() && rm.is_none() {
            report.not_heard.push(names.clone());
        }
        let why: Vec<String> = [re, rm].into_iter().flatten().flat_map(risks).collect();
        if !why.is_empty() {
            report.at_risk.push(format!("{names}: {}.", why.join("; ")));
        }
        for id in [e, m] {
            if response(id).is_none() {
                let contact = people
                    .get(&id)
                    .map(|p| p.contact.trim())
                    .filter(|c| !c.is_empty());
                if let Some(c) = contact {
                    report.remind.push(c.to_string());
                }
            }
        }
    }
    if answers.len() >= threshold {
        report.group = GroupFigures::Shown(figures(&answers, threshold));
    }
    let mut comments: Vec<String> = answers
        .iter()
        .filter_map(|r| {
            r.comment().map(|c| {
                if r.name_with_comment {
                    format!("\u{201c}{c}\u{201d} — {}", r.name)
                } else {
                    format!("\u{201c}{c}\u{201d}")
                }
            })
        })
        .collect();
    // Alphabetical, so their order tells nothing of who wrote them.
    sort_by_name(&mut comments, |c| c);
    report.comments = comments;
    report
}

/// The group's figures, each drawn from at least `threshold` answers to
/// its question.
fn figures(answers: &[&Response], threshold: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let given =
        |id: &str| -> Vec<&Answer> { answers.iter().filter_map(|r| r.answer(id)).collect() };
    let met = given(ids::MET);
    if met.len() >= threshold {
        let some = met.iter().filter(|a| **a != &Answer::Choice(0)).count();
        lines.push(format!(
            "Met at least once: {some} of {} ({}%).",
            met.len(),
            percent(some as u64, met.len() as u64)
        ));
    }
    for (id, what) in [
        (ids::SATISFACTION, "Satisfaction with the match"),
        (ids::PROGRESS, "Progress on goals"),
    ] {
        let scores: Vec<u32> = given(id)
            .iter()
            .filter_map(|a| match a {
                Answer::Scale(n) => Some(u32::from(*n)),
                _ => None,
            })
            .collect();
        if scores.len() >= threshold {
            let tenths = scores.iter().sum::<u32>() * 10 / scores.len() as u32;
            lines.push(format!(
                "{what}: {}.{} of 5 on average ({} answers).",
                tenths / 10,
                tenths % 10,
                scores.len()
            ));
        }
    }
    for (id, what) in [
        (ids::AGREEMENT, "Agreement signed"),
        (ids::GOALS, "Goals set"),
        (ids::BLOCKED, "Something in the way"),
        (ids::REMATCH, "Asked for a no-fault re-match"),
        (ids::RECOMMEND, "Would recommend the program"),
    ] {
        let yes_no = given(id);
        if yes_no.len() >= threshold {
            let yes = yes_no
                .iter()
                .filter(|a| ***a == Answer::YesNo(true))
                .count();
            lines.push(format!("{what}: {yes} of {}.", yes_no.len()));
        }
    }
    lines
}

/// The reminder for the people not heard from, naming the survey and its
/// `link`.
pub fn reminder(w: &Workshop, m: &Milestone, link: &str) -> String {
    let from = match w.info.contact.trim() {
        "" => String::new(),
        c => format!(" Questions: {c}."),
    };
    format!(
        "Hello! A reminder about {}: the survey \u{201c}{}\u{201d} ({}) takes a few minutes. Please answer it on the phone or computer where you filled in your profile, and send back your response code: {link}\n\nThank you!{from}",
        w.title(),
        m.title,
        m.date
    )
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::domain::date::Ymd;
    use crate::domain::workshop::profile::{Profile, Role};
    use crate::domain::workshop::program::{Cadence, MilestoneKind, ProgramPlan};
    use crate::domain::workshop::survey::Survey;

    /// A workshop with a 3-month program and `pairs` pairs (mentee 2k+1,
    /// mentor 2k+2).
    pub(in crate::domain::workshop) fn workshop(pairs: u64) -> Workshop {
        let mut w = Workshop::new(7, 1);
        w.info.name = "Spring".into();
        for id in 1..=pairs * 2 {
            w.upsert(Profile {
                id,
                workshop: 7,
                name: format!("P{id}"),
                contact: format!("p{id}@lib.example"),
                role: if id % 2 == 1 {
                    Role::Mentee
                } else {
                    Role::Mentor
                },
                ..Profile::default()
            });
        }
        w.run.pairs = (0..pairs).map(|k| (2 * k + 1, 2 * k + 2)).collect();
        w.program = Some(ProgramPlan::from_template(
            Ymd::parse("2027-01-31").unwrap(),
            3,
            Cadence::Monthly,
        ));
        w
    }

    pub(in crate::domain::workshop) fn midpoint(w: &Workshop) -> Milestone {
        let plan = w.program.as_ref().unwrap();
        let m = plan
            .milestones
            .iter()
            .find(|m| m.kind == MilestoneKind::MidpointSurvey);
        m.unwrap().clone()
    }

    /// A response of `person` to the mid-point: satisfaction `score`,
    /// met or not, and a comment.
    pub(in crate::domain::workshop) fn answer(
        w: &Workshop,
        person: u64,
        score: u8,
        met: bool,
        at: i64,
    ) -> Response {
        let survey = Survey::for_milestone(&w.info, &midpoint(w));
        let p = w.participants.iter().find(|p| p.id == person).unwrap();
        let mut r = Response::new(&survey, p, at);
        r.set(&survey, ids::SATISFACTION, Some(Answer::Scale(score)));
        r.set(
            &survey,
            ids::MET,
            Some(Answer::Choice(if met { 2 } else { 0 })),
        );
        r.set(
            &survey,
            ids::COMMENT,
            Some(Answer::Text(format!("note {person}"))),
        );
        r
    }

    fn import(w: &mut Workshop, codes: &[String]) -> ResponseReport {
        let mut report = ResponseReport::default();
        import_responses(w, &codes.join("\n"), "", &mut report);
        report
    }

    #[test]
    fn imports_report_bad_entries_by_line_and_keep_the_newest() {
        let mut w = workshop(3);
        let first = answer(&w, 1, 4, true, 10).code();
        let newer = answer(&w, 1, 2, true, 20).code();
        let older = answer(&w, 1, 5, true, 5).code();
        let mut stranger = answer(&w, 2, 4, true, 10);
        stranger.person = 99;
        let mut elsewhere = answer(&w, 3, 4, true, 10);
        elsewhere.workshop = 8;
        let report = import(
            &mut w,
            &[
                first,
                "notacode".into(),
                stranger.code(),
                elsewhere.code(),
                newer,
                older,
            ],
        );
        assert_eq!((report.added, report.replaced), (1, 1));
        assert_eq!(report.problems.len(), 4, "{:?}", report.problems);
        assert!(report.problems[0].starts_with("Line 2: "));
        assert!(
            report.problems[1].contains("P2 is not a participant"),
            "{:?}",
            report.problems
        );
        assert!(report.problems[2].contains("another workshop"));
        assert!(report.problems[3].starts_with("Line 6: P1 already sent a newer"));
        assert_eq!(w.run.responses.len(), 1);
        assert_eq!(
            w.run.responses[0].answer(ids::SATISFACTION),
            Some(&Answer::Scale(2))
        );
        assert_eq!(
            report.summary(),
            "1 response added, 1 replaced by a newer one, 4 entries left out (see below)."
        );
    }

    #[test]
    fn a_long_text_read_in_slices_is_kept_as_if_read_at_once() {
        let mut w = workshop(3);
        let codes = [
            answer(&w, 1, 4, true, 10).code(),
            "notacode".into(),
            answer(&w, 2, 3, true, 10).code(),
            answer(&w, 1, 2, true, 20).code(),
        ];
        let text = codes.join("\n");
        let mut at_once = w.clone();
        let mut whole = ResponseReport::default();
        import_responses(&mut at_once, &text, "f.txt", &mut whole);
        let lines: Vec<&str> = text.lines().collect();
        let mut sliced = ResponseReport::default();
        let mut decoded = Vec::new();
        for (k, slice) in lines.chunks(1).enumerate() {
            decoded.extend(decode_responses(slice, 1 + k, "f.txt", &mut sliced));
        }
        keep_responses(&mut w, decoded, &mut sliced);
        assert_eq!(sliced, whole);
        assert_eq!(w, at_once);
        assert_eq!(whole.problems[0],
            "f.txt, line 2: The code is damaged: part of it is missing or was changed. Copy it again from where it came from."
        );
        assert_eq!((whole.added, whole.replaced), (2, 1));
    }

    #[test]
    fn the_rate_the_silent_pairs_and_the_pairs_at_risk() {
        let mut w = workshop(3);
        let codes = [
            answer(&w, 1, 2, false, 1).code(),
            answer(&w, 4, 5, true, 1).code(),
        ];
        import(&mut w, &codes);
        let r = milestone_report(&w, &midpoint(&w));
        assert_eq!((r.expected, r.answered), (6, 2));
        assert_eq!(r.rate, "2 of 6 people answered (33.3%).");
        assert_eq!(r.not_heard, ["P5 and P6"]);
        assert_eq!(
            r.at_risk,
            ["P1 and P2: P1 has not met their partner yet; P1 rates the match 2 of 5."]
        );
        assert_eq!(
            r.remind,
            [
                "p2@lib.example",
                "p3@lib.example",
                "p5@lib.example",
                "p6@lib.example"
            ]
        );
    }

    #[test]
    fn group_figures_are_hidden_below_the_threshold_and_shown_at_it() {
        let mut w = workshop(3);
        let codes: Vec<String> = (1..=4)
            .map(|id| answer(&w, id, 4, true, 1).code())
            .collect();
        import(&mut w, &codes);
        let m = midpoint(&w);
        assert_eq!(
            milestone_report(&w, &m).group,
            GroupFigures::Hidden {
                answered: 4,
                threshold: 5
            }
        );
        let fifth = answer(&w, 5, 2, false, 1).code();
        import(&mut w, &[fifth]);
        let GroupFigures::Shown(lines) = milestone_report(&w, &m).group else {
            panic!("five answers are shown");
        };
        assert_eq!(
            lines,
            [
                "Met at least once: 4 of 5 (80.0%).",
                "Satisfaction with the match: 3.6 of 5 on average (5 answers).",
            ]
        );
        // Raised to 6, five answers are too few again; never below 3.
        w.run.threshold = 6;
        assert!(matches!(
            milestone_report(&w, &m).group,
            GroupFigures::Hidden { .. }
        ));
        w.run.threshold = 1;
        assert_eq!(w.run.threshold(), 3);
    }

    #[test]
    fn comments_go_without_names_unless_allowed_and_not_in_import_order() {
        let mut w = workshop(2);
        let mut named = answer(&w, 3, 4, true, 1);
        named.name_with_comment = true;
        let codes = [
            answer(&w, 4, 4, true, 1).code(),
            named.code(),
            answer(&w, 1, 4, true, 1).code(),
        ];
        import(&mut w, &codes);
        let r = milestone_report(&w, &midpoint(&w));
        assert_eq!(r.comments, ["“note 1”", "“note 3” — P3", "“note 4”"]);
    }

    #[test]
    fn a_participant_who_leaves_takes_their_pair_and_answers() {
        let mut w = workshop(2);
        let code = answer(&w, 1, 4, true, 1).code();
        import(&mut w, &[code]);
        w.remove(1);
        assert_eq!(w.run.pairs, [(3, 4)]);
        assert!(w.run.responses.is_empty());
    }

    #[test]
    fn the_reminder_names_the_survey_and_its_link() {
        let w = workshop(1);
        let text = reminder(&w, &midpoint(&w), "https://x.example/join.html#/survey/abc");
        assert!(text.starts_with(
            "Hello! A reminder about Spring: the survey “Mid-point survey” (2027-03-16)"
        ));
        assert!(text.contains("https://x.example/join.html#/survey/abc"));
    }
}
