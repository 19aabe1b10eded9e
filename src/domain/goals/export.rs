//! CSV export of goals and their tasks: one row per task, or one row for a
//! goal without tasks.

use super::{Goal, GoalKind, GoalStatus};
use crate::domain::csv::row;

pub const HEADER: [&str; 16] = [
    "goal_id",
    "title",
    "type",
    "status",
    "progress",
    "target_date",
    "competencies",
    "specific",
    "measure",
    "why",
    "mentor_asks",
    "sponsor_asks",
    "task_id",
    "task",
    "task_due",
    "task_done",
];

pub fn kind_key(k: GoalKind) -> &'static str {
    match k {
        GoalKind::Skill => "skill",
        GoalKind::Career => "career",
        GoalKind::Project => "project",
    }
}

pub fn status_key(s: GoalStatus) -> &'static str {
    match s {
        GoalStatus::NotStarted => "not_started",
        GoalStatus::InProgress => "in_progress",
        GoalStatus::Done => "done",
        GoalStatus::Dropped => "dropped",
    }
}

pub fn to_csv(goals: &[Goal]) -> String {
    let mut out = crate::domain::csv::BOM.to_string() + &row(&HEADER);
    for g in goals {
        let comps = g
            .competencies
            .iter()
            .map(|t| match t.current {
                Some(c) => format!("{} {c}->{}", t.competency, t.target),
                None => format!("{} ->{}", t.competency, t.target),
            })
            .collect::<Vec<_>>()
            .join("; ");
        let base = [
            g.id.to_string(),
            g.title.clone(),
            kind_key(g.kind).into(),
            status_key(g.status).into(),
            g.progress().to_string(),
            g.target_date.clone().unwrap_or_default(),
            comps,
            g.specific.clone(),
            g.measure.clone(),
            g.why.clone(),
            g.mentor_asks.clone(),
            g.sponsor_asks.clone(),
        ];
        if g.tasks.is_empty() {
            let mut r = base.to_vec();
            r.extend([String::new(), String::new(), String::new(), String::new()]);
            out.push_str(&row(&r));
        }
        for t in &g.tasks {
            let mut r = base.to_vec();
            r.extend([
                t.id.to_string(),
                t.title.clone(),
                t.due.clone().unwrap_or_default(),
                t.done.to_string(),
            ]);
            out.push_str(&row(&r));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::goals::Task;

    #[test]
    fn a_row_per_task_or_per_goal() {
        let mut a = Goal::new(1, "Lead, then \"review\"".into(), 0);
        a.tasks = vec![
            Task {
                id: 1,
                title: "One".into(),
                due: Some("2027-01-01".into()),
                done: true,
            },
            Task {
                id: 2,
                title: "=Two".into(),
                due: None,
                done: false,
            },
        ];
        let b = Goal::new(2, "Write the grant".into(), 0);
        let csv = to_csv(&[a, b]);
        let csv = csv
            .strip_prefix('\u{feff}')
            .expect("a byte-order mark for Excel");
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0], HEADER.join(","));
        assert!(lines[1].starts_with("1,\"Lead, then \"\"review\"\"\",skill,not_started,50,"));
        assert!(lines[1].ends_with(",1,One,2027-01-01,true"));
        assert!(lines[2].ends_with(",2,'=Two,,false"));
        assert!(
            lines[3].starts_with("2,Write the grant,skill,not_started,0,")
                && lines[3].ends_with(",,,,")
        );
    }
}
