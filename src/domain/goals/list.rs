//! The goal list: filters, sorting and nudges (overdue, due within 14
//! days, no check-in for 30 days), as pure functions over the goals.

use super::{Goal, GoalKind, GoalStatus};
use crate::domain::date::{days_since_epoch, Ymd, Zone};
use crate::domain::order::sort_by_i64;

/// Days before a target date when a goal counts as due soon.
pub const DUE_SOON_DAYS: i64 = 14;
/// Days without a check-in before a nudge.
pub const CHECK_IN_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    DueDate,
    Progress,
    Updated,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub status: Option<GoalStatus>,
    pub kind: Option<GoalKind>,
    /// A competency id.
    pub competency: Option<String>,
    pub overdue_only: bool,
}

/// What to nudge the leader about for one goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nudge {
    Overdue { days: i64 },
    DueSoon { days: i64 },
    NoCheckIn { days: i64 },
}

impl Nudge {
    pub fn text(self) -> String {
        match self {
            Nudge::Overdue { days: 1 } => "Overdue by 1 day".into(),
            Nudge::Overdue { days } => format!("Overdue by {days} days"),
            Nudge::DueSoon { days: 0 } => "Due today".into(),
            Nudge::DueSoon { days: 1 } => "Due tomorrow".into(),
            Nudge::DueSoon { days } => format!("Due in {days} days"),
            Nudge::NoCheckIn { days } => format!("No check-in for {days} days"),
        }
    }
}

fn day(d: &str) -> Option<i64> {
    Ymd::parse(d).map(days_since_epoch)
}

/// Whether the goal is still being worked on.
pub fn active(g: &Goal) -> bool {
    matches!(g.status, GoalStatus::NotStarted | GoalStatus::InProgress)
}

pub fn overdue(g: &Goal, today: Ymd) -> bool {
    active(g)
        && g.target_date
            .as_deref()
            .and_then(day)
            .is_some_and(|d| d < days_since_epoch(today))
}

/// Nudges for an active goal on `today`, the local date in `zone` (the
/// local day the goal was created counts as the last check-in when there
/// was none).
pub fn nudges(g: &Goal, today: Ymd, zone: &dyn Zone) -> Vec<Nudge> {
    if !active(g) {
        return Vec::new();
    }
    let t = days_since_epoch(today);
    let mut out = Vec::new();
    if let Some(d) = g.target_date.as_deref().and_then(day) {
        if d < t {
            out.push(Nudge::Overdue { days: t - d });
        } else if d - t <= DUE_SOON_DAYS {
            out.push(Nudge::DueSoon { days: d - t });
        }
    }
    let last = g
        .check_ins
        .iter()
        .filter_map(|c| day(&c.date))
        .max()
        .unwrap_or_else(|| days_since_epoch(zone.date_of(g.created_at)));
    if t - last >= CHECK_IN_DAYS {
        out.push(Nudge::NoCheckIn { days: t - last });
    }
    out
}

/// Whether `filter` lets `g` through on `today`.
pub fn matches(g: &Goal, f: &Filter, today: Ymd) -> bool {
    f.status.is_none_or(|s| g.status == s)
        && f.kind.is_none_or(|k| g.kind == k)
        && f.competency
            .as_deref()
            .is_none_or(|c| g.competencies.iter().any(|t| t.competency == c))
        && (!f.overdue_only || overdue(g, today))
}

/// The goals that pass `filter`, in `sort` order: due date (soonest first,
/// undated last), progress (least first) or last updated (newest first).
pub fn select<'a>(goals: &'a [Goal], filter: &Filter, sort: Sort, today: Ymd) -> Vec<&'a Goal> {
    let mut v: Vec<&Goal> = goals.iter().filter(|g| matches(g, filter, today)).collect();
    match sort {
        Sort::DueDate => sort_by_i64(&mut v, |g| {
            g.target_date.as_deref().and_then(day).unwrap_or(i64::MAX)
        }),
        Sort::Progress => sort_by_i64(&mut v, |g| i64::from(g.progress())),
        Sort::Updated => sort_by_i64(&mut v, |g| -g.updated_at),
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::FixedOffset;
    use crate::domain::goals::{CheckIn, CompetencyTarget};

    const UTC: FixedOffset = FixedOffset(0);

    fn today() -> Ymd {
        Ymd::new(2026, 11, 29).unwrap()
    }
    const NOV_1_MS: i64 = 1_793_491_200_000; // 2026-11-01

    fn goal(id: u64, target: Option<&str>) -> Goal {
        let mut g = Goal::new(id, format!("Lead project {id}"), NOV_1_MS);
        g.target_date = target.map(String::from);
        g
    }

    #[test]
    fn nudges_for_overdue_due_soon_and_quiet_goals() {
        let g = goal(1, Some("2026-11-20"));
        assert_eq!(nudges(&g, today(), &UTC), [Nudge::Overdue { days: 9 }]);
        let mut g = goal(2, Some("2026-12-05"));
        g.check_ins.push(CheckIn {
            date: "2026-10-01".into(),
            progress: 10,
            note: String::new(),
        });
        assert_eq!(
            nudges(&g, today(), &UTC),
            [Nudge::DueSoon { days: 6 }, Nudge::NoCheckIn { days: 59 }]
        );
        let mut g = goal(3, Some("2027-06-01"));
        g.check_ins.push(CheckIn {
            date: "2026-11-20".into(),
            progress: 10,
            note: String::new(),
        });
        assert!(nudges(&g, today(), &UTC).is_empty());
        let mut done = goal(4, Some("2026-01-01"));
        done.status = GoalStatus::Done;
        assert!(nudges(&done, today(), &UTC).is_empty());
        assert_eq!(Nudge::DueSoon { days: 1 }.text(), "Due tomorrow");
    }

    #[test]
    fn a_goal_without_check_ins_counts_from_the_local_day_it_was_made() {
        // 2026-11-01T06:00Z is still 31 October in Los Angeles (UTC−8).
        let g = Goal::new(1, "Lead".into(), NOV_1_MS + 6 * 3_600_000);
        let day30 = Ymd::new(2026, 11, 30).unwrap();
        assert_eq!(
            nudges(&g, day30, &FixedOffset(-480)),
            [Nudge::NoCheckIn { days: 30 }]
        );
        assert!(nudges(&g, day30, &UTC).is_empty(), "29 days in UTC");
    }

    #[test]
    fn a_goal_due_today_is_due_today_not_overdue() {
        let g = goal(1, Some("2026-11-29"));
        assert_eq!(nudges(&g, today(), &UTC), [Nudge::DueSoon { days: 0 }]);
        assert!(!overdue(&g, today()));
    }

    #[test]
    fn filters_and_sorts() {
        let mut a = goal(1, Some("2027-01-10"));
        a.kind = GoalKind::Career;
        a.updated_at = 5;
        let mut b = goal(2, Some("2026-11-01"));
        b.competencies.push(CompetencyTarget {
            competency: "jedi".into(),
            current: Some(1),
            target: 2,
        });
        b.updated_at = 9;
        let mut c = goal(3, None);
        c.manual_progress = Some(80);
        c.status = GoalStatus::InProgress;
        c.updated_at = 7;
        let all = vec![a, b, c];
        let ids = |v: Vec<&Goal>| v.iter().map(|g| g.id).collect::<Vec<_>>();
        let f = Filter::default();
        assert_eq!(ids(select(&all, &f, Sort::DueDate, today())), [2, 1, 3]);
        assert_eq!(ids(select(&all, &f, Sort::Progress, today())), [1, 2, 3]);
        assert_eq!(ids(select(&all, &f, Sort::Updated, today())), [2, 3, 1]);
        let only = |f: Filter| ids(select(&all, &f, Sort::DueDate, today()));
        assert_eq!(
            only(Filter {
                overdue_only: true,
                ..Filter::default()
            }),
            [2]
        );
        assert_eq!(
            only(Filter {
                kind: Some(GoalKind::Career),
                ..Filter::default()
            }),
            [1]
        );
        assert_eq!(
            only(Filter {
                status: Some(GoalStatus::InProgress),
                ..Filter::default()
            }),
            [3]
        );
        assert_eq!(
            only(Filter {
                competency: Some("jedi".into()),
                ..Filter::default()
            }),
            [2]
        );
    }
}
