//! The development plan: the leader's aspiration and review dates (stored
//! as the `plan` document), and the plan as shown and printed, composed
//! from the latest self-assessment and the active goals.

use super::assessment::growth::{growth_areas, Placed};
use super::assessment::Assessments;
use super::date::{date_of_day, days_since_epoch, Ymd};
use super::goals::list::active;
use super::goals::{Goal, Goals};
use super::records::Collection;
use super::reflection::{reflection_in, validate_reflections, Reflection};
use serde::{Deserialize, Serialize};

/// Longest aspiration kept.
pub const MAX_ASPIRATION_CHARS: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    #[default]
    OneToThree,
    ThreeToFive,
}

impl Horizon {
    pub fn label(self) -> &'static str {
        match self {
            Horizon::OneToThree => "in 1–3 years",
            Horizon::ThreeToFive => "in 3–5 years",
        }
    }
}

/// The stored part of the plan; every field may be missing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub aspiration: String,
    pub horizon: Horizon,
    /// `YYYY-MM-DD` dates to review the plan with a mentor or supervisor.
    pub review_dates: Vec<String>,
    /// When the aspiration, horizon or review dates last changed.
    pub updated_at: i64,
    /// Closing reflections on the mentoring programs this person took part
    /// in, one per program, each stamped on its own (absent before #16).
    #[serde(skip_serializing_if = "Collection::holds_nothing")]
    pub reflections: Collection<Reflection>,
}

impl Plan {
    pub fn validate(&self) -> Result<(), String> {
        if self.aspiration.chars().count() > MAX_ASPIRATION_CHARS {
            return Err("the aspiration is too long".into());
        }
        if let Some(d) = self.review_dates.iter().find(|d| Ymd::parse(d).is_none()) {
            return Err(format!(
                "a review date is not a date: {}",
                d.chars().take(20).collect::<String>()
            ));
        }
        validate_reflections(&self.reflections)
    }

    /// The reflection on program `workshop`, or a new one named `program`.
    pub fn reflection(&self, workshop: u64, program: &str) -> Reflection {
        reflection_in(&self.reflections, workshop, program)
    }

    /// The reflections shown with the plan, in the order they were begun.
    pub fn shown_reflections(&self) -> Vec<&Reflection> {
        self.reflections
            .items
            .iter()
            .filter(|r| r.in_plan && !r.is_empty())
            .collect()
    }

    /// Adds review dates (valid `YYYY-MM-DD` only), keeping them unique and
    /// in date order.
    pub fn add_reviews(&mut self, dates: &[String]) {
        for d in dates {
            if Ymd::parse(d).is_some() && !self.review_dates.contains(d) {
                self.review_dates.push(d.clone());
            }
        }
        crate::domain::order::sort_by_i64(&mut self.review_dates, |d| {
            Ymd::parse(d).map_or(i64::MAX, days_since_epoch)
        });
    }

    /// The later edit of the aspiration, horizon and review dates wins
    /// (they are one small record); reflections merge one by one, so a
    /// reflection written on the participant's page and an aspiration
    /// edited in another tab are both kept.
    pub fn merge(mine: Plan, theirs: Plan) -> Plan {
        let (mut newer, older) = if theirs.updated_at > mine.updated_at {
            (theirs, mine)
        } else {
            (mine, theirs)
        };
        let kept = std::mem::take(&mut newer.reflections);
        newer.reflections = Collection::merge(kept, older.reflections);
        newer
    }
}

/// Review dates to suggest: every three months from `today`, for a year.
pub fn suggested_reviews(today: Ymd) -> Vec<String> {
    let t = days_since_epoch(today);
    (1..=4).map(|q| date_of_day(t + q * 91).iso()).collect()
}

/// Everything the plan screen and page show.
pub struct PlanView<'a> {
    pub growth: Vec<Placed>,
    pub goals: Vec<&'a Goal>,
    /// (goal title, ask)
    pub mentor_asks: Vec<(&'a str, &'a str)>,
    pub sponsor_asks: Vec<(&'a str, &'a str)>,
}

pub fn compose<'a>(assessments: &Assessments, goals: &'a Goals) -> PlanView<'a> {
    let growth = assessments
        .latest()
        .map(|s| growth_areas(s).into_iter().take(3).collect())
        .unwrap_or_default();
    let active_goals: Vec<&Goal> = goals.goals.items.iter().filter(|g| active(g)).collect();
    let asks = |f: fn(&Goal) -> &str| {
        active_goals
            .iter()
            .filter(|g| !f(g).trim().is_empty())
            .map(|g| (g.title.as_str(), f(g).trim()))
            .collect::<Vec<_>>()
    };
    PlanView {
        growth,
        mentor_asks: asks(|g| &g.mentor_asks),
        sponsor_asks: asks(|g| &g.sponsor_asks),
        goals: active_goals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Draft, Priority};
    use crate::domain::goals::GoalStatus;

    #[test]
    fn composes_growth_areas_active_goals_and_asks() {
        let mut a = Assessments::default();
        let mut d = Draft::new(0, &[]);
        d.set_level("jedi", Some(1), 0).unwrap();
        d.set_priority("jedi", Priority::High, 0);
        d.set_level("ethics", Some(4), 0).unwrap();
        a.snapshots.upsert(d.finish(1, 0, "").unwrap());
        let mut g = Goals::default();
        g.add(1, "Lead the equity audit", 0).unwrap();
        g.add(2, "Finished goal", 0).unwrap();
        g.goals.items[0].mentor_asks = "Review my audit plan".into();
        g.goals.items[0].sponsor_asks = "  ".into();
        g.goals.items[1].status = GoalStatus::Done;
        g.goals.items[1].mentor_asks = "not shown".into();
        let v = compose(&a, &g);
        assert_eq!(
            v.growth.iter().map(|p| p.competency.id).collect::<Vec<_>>(),
            ["jedi"]
        );
        assert_eq!(v.goals.len(), 1);
        assert_eq!(
            v.mentor_asks,
            [("Lead the equity audit", "Review my audit plan")]
        );
        assert!(v.sponsor_asks.is_empty());
    }

    #[test]
    fn reviews_every_quarter_and_validation() {
        let r = suggested_reviews(Ymd::new(2026, 11, 29).unwrap());
        assert_eq!(r, ["2027-02-28", "2027-05-30", "2027-08-29", "2027-11-28"]);
        let mut p = Plan::default();
        assert!(p.validate().is_ok());
        p.review_dates.push("soon".into());
        assert!(p.validate().is_err());
        let newer = Plan {
            aspiration: "Direct a library".into(),
            updated_at: 5,
            ..Plan::default()
        };
        assert_eq!(Plan::merge(Plan::default(), newer.clone()), newer);
    }

    #[test]
    fn reflections_merge_one_by_one_and_stay_apart_from_the_aspiration() {
        let reflection = |id: u64, next: &str, at: i64| Reflection {
            next: next.into(),
            in_plan: true,
            updated_at: at,
            ..Reflection::new(id, "Spring cohort")
        };
        // This tab edited the aspiration; the participant's page, later,
        // wrote a reflection and changed another.
        let mut mine = Plan {
            aspiration: "Direct a library".into(),
            updated_at: 10,
            ..Plan::default()
        };
        mine.reflections.upsert(reflection(1, "old", 1));
        let mut theirs = Plan::default();
        theirs.reflections.upsert(reflection(1, "new", 20));
        theirs.reflections.upsert(reflection(2, "second", 20));
        let merged = Plan::merge(mine.clone(), theirs.clone());
        assert_eq!(merged.aspiration, "Direct a library");
        let nexts: Vec<&str> = merged
            .reflections
            .items
            .iter()
            .map(|r| r.next.as_str())
            .collect();
        assert_eq!(nexts.len(), 2);
        assert!(nexts.contains(&"new") && nexts.contains(&"second"));
        let other_way = Plan::merge(theirs, mine);
        assert_eq!(other_way.aspiration, merged.aspiration);
        assert_eq!(other_way.reflections.items.len(), 2);
        // Shown with the plan: only those chosen and written.
        let mut p = merged;
        p.reflections.upsert(Reflection {
            in_plan: true,
            ..Reflection::new(3, "Empty")
        });
        p.reflections.items[0].in_plan = false;
        assert_eq!(p.shown_reflections().len(), 1);
        assert!(p.validate().is_ok());
        assert_eq!(p.reflection(9, "New one").program, "New one");
        assert_eq!(p.reflection(2, "ignored").next, "second");
    }

    #[test]
    fn a_plan_with_reflections_round_trips_and_one_without_is_stored_as_before() {
        let plain = Plan {
            aspiration: "Lead".into(),
            review_dates: vec!["2027-01-31".into()],
            updated_at: 3,
            ..Plan::default()
        };
        let json = serde_json::to_value(&plain).unwrap();
        assert!(json.get("reflections").is_none());
        let mut full = plain;
        full.reflections.upsert(Reflection {
            learned: "a".into(),
            next: "b".into(),
            advice: "c".into(),
            in_plan: true,
            updated_at: 4,
            ..Reflection::new(5, "Spring")
        });
        full.reflections.remove(6, 7);
        full.reflections.upsert(Reflection::new(6, "x"));
        let back: Plan = serde_json::from_value(serde_json::to_value(&full).unwrap()).unwrap();
        assert_eq!(back, full);
        let mut long = full;
        long.reflections.items[0].learned = "x".repeat(3000);
        assert!(long.validate().is_err());
    }
}
