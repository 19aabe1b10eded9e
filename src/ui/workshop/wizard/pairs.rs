//! The results of one matching run, in words: the summary, each pair
//! with its fit, reasons, next best choice, match link and introduction,
//! the unmatched and why, and the pairs as a spreadsheet. Plain data, so
//! the results step shows exactly what a run says and nothing older.

use crate::domain::route::Route;
use crate::domain::workshop::matching::{Constraints, Matching, NoSwap};
use crate::domain::workshop::outputs::{competency_name, file_name, pairs_csv, MatchInfo};
use crate::domain::workshop::profile::Profile;
use crate::domain::workshop::program::ProgramPlan;
use crate::domain::workshop::rematch::{changes, is_new};
use crate::domain::workshop::score::{fit, percent, Comparison, Criterion, Weights};
use crate::domain::workshop::setup::JoinInfo;
use crate::ui::router::address;

/// One matching run: who was matched with which settings, the optimum,
/// and the pairs shown (the optimum, or after a swap by hand).
pub(super) struct Run {
    /// The workshop's update time the run was made from.
    pub stamp: i64,
    pub info: JoinInfo,
    /// The program the match links carry.
    pub program: Option<ProgramPlan>,
    /// The pairs a running program has (empty before it starts).
    pub program_pairs: Vec<(u64, u64)>,
    pub weights: Weights,
    pub comparison: Comparison,
    /// The rules the run kept (they explain the unmatched).
    pub constraints: Constraints,
    pub mentees: Vec<Profile>,
    pub mentors: Vec<Profile>,
    pub matching: Matching,
    pub optimal: Vec<Option<usize>>,
    /// What the last swap by hand did ("" when the optimum is shown).
    pub swap_note: String,
}

/// One reason a pair fits, and whether it is about background (kept off
/// printouts).
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) struct Reason {
    pub text: String,
    pub background: bool,
}

/// One pair as the results show it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) struct PairView {
    pub mentee: u64,
    pub mentor: u64,
    /// "Ana Diaz → Bo Chen"
    pub names: String,
    /// "fit 81.2%"
    pub fit: String,
    pub reasons: Vec<Reason>,
    /// "Next best for …: … (fit …), not chosen: …."
    pub alternative: Option<String>,
    /// The pair's match link (on the participant's page).
    pub link: String,
    pub mailto: Option<String>,
    pub introduction: String,
    /// New to the running program (its people need this match link).
    pub new_to_program: bool,
    /// Its match link is still to be handed out: no program runs yet, or
    /// the pair is new to it (the others have theirs).
    pub needs_link: bool,
}

/// Everything the results step shows of a run.
#[derive(Clone, PartialEq)]
pub(super) struct RunView {
    /// Both sides had people to match.
    pub possible: bool,
    pub summary: Vec<String>,
    pub pairs: Vec<PairView>,
    /// "Name: why."
    pub unmatched: Vec<String>,
    /// (mentee index, name) of the matched, for swapping by hand.
    pub matched: Vec<(usize, String)>,
    pub swap_note: String,
    /// What this run changes in the running program, in words.
    pub changes: Vec<String>,
    pub csv_name: String,
    pub csv: String,
}

impl Run {
    /// The run in words.
    pub fn view(&self) -> RunView {
        let (mentees, mentors, m) = (&self.mentees, &self.mentors, &self.matching);
        let mut view = RunView {
            possible: !mentees.is_empty() && !mentors.is_empty(),
            summary: Vec::new(),
            pairs: Vec::new(),
            unmatched: Vec::new(),
            matched: Vec::new(),
            swap_note: self.swap_note.clone(),
            changes: Vec::new(),
            csv_name: file_name(&self.info.name, "-pairs.csv"),
            csv: String::new(),
        };
        if !view.possible {
            return view;
        }
        let s = m.summary(mentees, mentors);
        view.summary = vec![
            format!(
                "{} pairs; {} mentees unmatched",
                s.pairs,
                mentees.len() - s.pairs
            ),
            format!("Mean fit {}, lowest {}", percent(s.mean), percent(s.lowest)),
            s.background_text(),
        ];
        let mut rows = Vec::new();
        for (i, j) in m.pairs.iter().enumerate() {
            let Some(j) = *j else {
                view.unmatched.push(format!(
                    "{}: {}.",
                    mentees[i].name,
                    m.unmatched_reason(i, mentees, mentors, &self.constraints)
                ));
                continue;
            };
            let (mentee, mentor) = (&mentees[i], &mentors[j]);
            let f = fit(
                mentee,
                mentor,
                &self.weights,
                self.comparison,
                competency_name,
            );
            let alternative = m
                .alternative(
                    i,
                    mentees,
                    mentors,
                    &self.weights,
                    self.comparison,
                    competency_name,
                )
                .map(|(k, why)| {
                    format!(
                        "Next best for {}: {} (fit {}), not chosen: {why}.",
                        mentee.name,
                        mentors[k].name,
                        percent(m.scores.score(i, k))
                    )
                });
            let info = MatchInfo::new(&self.info, self.program.as_ref(), mentee, mentor, &f);
            view.pairs.push(PairView {
                mentee: mentee.id,
                mentor: mentor.id,
                names: format!("{} → {}", mentee.name, mentor.name),
                fit: format!(" fit {}", percent(f.score)),
                reasons: f
                    .parts
                    .iter()
                    .map(|p| Reason {
                        text: format!("{} ({})", p.why, percent(p.fit)),
                        background: p.criterion == Criterion::Background,
                    })
                    .collect(),
                alternative,
                link: address(&Route::MatchLink(info.code())),
                mailto: info.mailto(),
                introduction: info.introduction().1,
                new_to_program: is_new(&self.program_pairs, (mentee.id, mentor.id)),
                needs_link: self.program_pairs.is_empty()
                    || is_new(&self.program_pairs, (mentee.id, mentor.id)),
            });
            view.matched.push((i, mentee.name.clone()));
            rows.push((mentee, mentor, f));
        }
        let made: Vec<(u64, u64)> = rows.iter().map(|(e, m, _)| (e.id, m.id)).collect();
        let name = |id: u64| {
            mentees
                .iter()
                .chain(mentors.iter())
                .find(|p| p.id == id)
                .map_or_else(|| "(removed)".to_string(), |p| p.name.clone())
        };
        view.changes = changes(&self.program_pairs, &made, name);
        let csv_rows: Vec<_> = rows.iter().map(|(a, b, f)| (*a, *b, f)).collect();
        view.csv = pairs_csv(&csv_rows);
        view
    }

    /// Swaps the mentors of mentees `a` and `b` (see [`Matching::swap`])
    /// and says how the total fit changed, or why it could not.
    pub fn swap(&mut self, a: usize, b: usize) -> String {
        let (x, y) = (&self.mentees[a].name, &self.mentees[b].name);
        match self.matching.swap(a, b) {
            Err(NoSwap::Unmatched) => "Pick two mentees who both have a mentor.".into(),
            Err(NoSwap::SameMentor) => {
                "Those two have the same mentor: swapping changes nothing.".into()
            }
            Err(NoSwap::NotAllowed) => format!("Not swapped: {x} and {y} cannot have each other's mentor (an exclusion or a forbidden pair)."),
            Ok((before, after)) => {
                let d = after - before;
                let sign = if d < 0 { "−" } else { "+" };
                let points = |n: i64| format!("{}.{}", n / 10, n % 10);
                format!(
                    "Swapped {x} and {y}: the sum of all pairs' fits went from {} to {} ({sign}{} points).",
                    points(before),
                    points(after),
                    points(d.abs())
                )
            }
        }
    }
}
