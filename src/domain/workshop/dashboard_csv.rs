//! The program dashboard as a CSV file (issue #16): every milestone of the
//! plan, line by line as the dashboard shows it — the rate, the pairs not
//! heard from, the pairs at risk, the group's figures or why they are
//! hidden, the comments. Built from [`milestone_report`], so the file
//! follows the screen's privacy rules exactly: no group figure below the
//! threshold, no name with a comment its writer did not allow, no answer
//! of anyone's.

use super::dashboard::milestone_report;
use super::document::Workshop;
use crate::domain::csv::{row, BOM};

/// The file's columns.
const HEADER: [&str; 4] = ["Date", "Milestone", "Section", "Line"];

/// The dashboard of every milestone of `w`'s plan, as CSV (with its BOM,
/// CRLF line ends); the header alone while nothing is planned.
pub fn program_csv(w: &Workshop) -> String {
    let mut out = String::from(BOM);
    out.push_str(&row(&HEADER));
    let Some(plan) = &w.program else {
        return out;
    };
    for m in &plan.milestones {
        let report = milestone_report(w, m);
        let mut line = |section: &str, text: &str| {
            out.push_str(&row(&[m.date.as_str(), m.title.as_str(), section, text]));
        };
        line("Response rate", &report.rate);
        for pair in &report.not_heard {
            line("Not heard from", pair);
        }
        for pair in &report.at_risk {
            line("At risk", pair);
        }
        for figure in report.group.lines() {
            line("Group figure", &figure);
        }
        for comment in &report.comments {
            line("Comment", comment);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::csv::parse;
    use crate::domain::workshop::dashboard::tests::{answer, midpoint, workshop};

    /// The rows of the mid-point survey, as (section, line).
    fn midpoint_rows(w: &Workshop) -> Vec<(String, String)> {
        let date = midpoint(w).date;
        let text = program_csv(w);
        parse(&text)
            .into_iter()
            .filter_map(|(_, r)| r.ok())
            .filter(|f| f[0] == date && f[1] == "Mid-point survey")
            .map(|f| (f[2].clone(), f[3].clone()))
            .collect()
    }

    #[test]
    fn figures_stay_hidden_below_the_threshold_and_comments_unnamed() {
        let mut w = workshop(3);
        for (person, score) in [(1, 1), (2, 4), (3, 5), (4, 4)] {
            let mut r = answer(&w, person, score, person != 1, 10);
            r.name_with_comment = person == 2;
            w.run.responses.push(r);
        }
        let rows = midpoint_rows(&w);
        let section = |s: &str| -> Vec<&str> {
            rows.iter()
                .filter(|(k, _)| k == s)
                .map(|(_, l)| l.as_str())
                .collect()
        };
        assert_eq!(
            section("Response rate"),
            ["4 of 6 people answered (66.7%)."]
        );
        assert_eq!(section("Not heard from"), ["P5 and P6"]);
        assert_eq!(section("At risk").len(), 1);
        assert!(section("At risk")[0].starts_with("P1 and P2: "));
        assert_eq!(
            section("Group figure"),
            ["Too few answers to show without identifying people: 4 answered, at least 5 needed."]
        );
        let comments = section("Comment");
        assert_eq!(comments.len(), 4);
        assert!(comments.contains(&"\u{201c}note 2\u{201d} — P2"));
        assert!(comments.contains(&"\u{201c}note 1\u{201d}"));
        assert!(!rows.iter().any(|(_, l)| l.contains("note 1\u{201d} — P1")));
        // The fifth answer shows the group's figures.
        w.run.responses.push(answer(&w, 5, 3, true, 10));
        let rows = midpoint_rows(&w);
        assert!(rows
            .iter()
            .any(|(k, l)| k == "Group figure"
                && l.starts_with("Satisfaction with the match: 3.4 of 5")));
        assert!(!rows.iter().any(|(_, l)| l.starts_with("Too few")));
    }

    #[test]
    fn every_milestone_is_listed_and_nothing_planned_gives_the_header() {
        let mut w = workshop(2);
        let text = program_csv(&w);
        assert!(text.starts_with(BOM));
        let milestones = w.program.as_ref().unwrap().milestones.len();
        let rates = text.matches("Response rate").count();
        assert_eq!(rates, milestones);
        w.program = None;
        assert_eq!(
            program_csv(&w),
            format!("{BOM}Date,Milestone,Section,Line\r\n")
        );
    }
}
