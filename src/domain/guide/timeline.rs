//! The program timeline: for a leader in a 6–12 month mentoring or
//! leadership program, one step a month with its date (computed from the
//! start date) and a prompt: the first meeting's agenda, goals written
//! within about 30 days, a mid-point check, monthly themes, and a closing
//! reflection. The shape follows library mentoring programs (ALA NMRT,
//! ALSC, Maine State Library; see the programs guide page).

use crate::domain::date::Ymd;
use serde::{Deserialize, Serialize};

/// The stored program: its start date (`YYYY-MM-DD`, or empty) and length.
/// Missing fields take their defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Program {
    pub start: String,
    pub months: u8,
    pub updated_at: i64,
}

impl Default for Program {
    fn default() -> Self {
        Program {
            start: String::new(),
            months: 9,
            updated_at: 0,
        }
    }
}

impl Program {
    pub fn validate(&self) -> Result<(), String> {
        if !(MIN_MONTHS..=MAX_MONTHS).contains(&self.months) {
            return Err("the program's length must be 6 to 12 months".into());
        }
        if !self.start.is_empty() && Ymd::parse(&self.start).is_none() {
            return Err("the program's start is not a date".into());
        }
        Ok(())
    }

    /// The steps, once a start date is set.
    pub fn steps(&self) -> Option<Vec<Step>> {
        Ymd::parse(&self.start).map(|s| timeline(s, self.months))
    }
}

pub const MIN_MONTHS: u8 = 6;
pub const MAX_MONTHS: u8 = 12;

/// One month of the program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// 1-based month of the program.
    pub month: u8,
    pub date: Ymd,
    pub title: &'static str,
    pub prompt: &'static str,
}

const FIRST: (&str, &str) = ("First meeting", "Introduce yourselves and your hopes for the program. Agree how often and how you will meet, what stays confidential, and how either of you can end it without blame (use the agreement builder). Leave with a first idea of your goals.");
const GOALS: (&str, &str) = ("Goals written", "Within about 30 days, write 1 to 3 SMART goals and share them with your mentor. Link each to a competency from your self-assessment.");
const MIDPOINT: (&str, &str) = ("Mid-point check", "Look back together: are you meeting as often as planned, is the match working, how far have the goals moved, what worries you? Adjust the goals if your situation changed.");
const CLOSING: (&str, &str) = ("Closing reflection", "Review each goal and what you learned. Re-take the self-assessment to see your growth, thank your mentor, and decide together whether and how to stay in touch.");

/// Monthly themes for the other months, in order.
const THEMES: [(&str, &str); 8] = [
    ("Leading a team", "Bring one real situation with your team: a difficult conversation, a delegation that stalled. Ask how your mentor would handle it."),
    ("Money and resources", "Walk through a budget decision you face. Ask how your mentor prepares and presents a budget to a board or director."),
    ("Your network", "Map who supports you (My support network). Who could sponsor you? Ask your mentor for one introduction."),
    ("Leading change", "Pick a change you want to make. Plan who to involve, how to explain it and how you will know it worked."),
    ("Visibility", "Share one result with someone senior who decides on roles. Rehearse how you describe your work."),
    ("Community and equity", "Discuss who your library serves well and who it misses, and one step you can lead."),
    ("Feedback", "Ask for frank feedback on one thing you do often: a meeting you chair, a report you write. Agree one change to try."),
    ("Next role", "Talk about where you want to be in 1 to 3 years and what experience you still need. Update your development plan."),
];

/// The steps of a program of `months` months (clamped to 6–12) from
/// `start`: month 1 on the start date, each later month on the same day.
pub fn timeline(start: Ymd, months: u8) -> Vec<Step> {
    let months = months.clamp(MIN_MONTHS, MAX_MONTHS);
    let mid = months.div_ceil(2);
    let mut themes = THEMES.iter();
    (1..=months)
        .map(|month| {
            let (title, prompt) = match month {
                1 => FIRST,
                2 => GOALS,
                m if m == months => CLOSING,
                m if m == mid => MIDPOINT,
                _ => *themes.next().unwrap_or(&THEMES[0]),
            };
            Step {
                month,
                date: start.add_months(u32::from(month - 1)),
                title,
                prompt,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Ymd {
        Ymd::parse(s).unwrap()
    }

    #[test]
    fn a_six_month_program_has_first_meeting_goals_midpoint_and_closing() {
        let t = timeline(d("2027-01-31"), 6);
        let titles: Vec<_> = t.iter().map(|s| s.title).collect();
        assert_eq!(
            titles,
            [
                "First meeting",
                "Goals written",
                "Mid-point check",
                "Leading a team",
                "Money and resources",
                "Closing reflection"
            ]
        );
        let dates: Vec<_> = t.iter().map(|s| s.date.iso()).collect();
        assert_eq!(dates[0], "2027-01-31");
        assert_eq!(dates[1], "2027-02-28", "clamped to the month's end");
        assert_eq!(dates[5], "2027-06-30");
    }

    #[test]
    fn twelve_months_use_every_theme_once_and_lengths_are_clamped() {
        let t = timeline(d("2026-12-01"), 12);
        assert_eq!(t.len(), 12);
        assert_eq!(t[5].title, "Mid-point check");
        assert_eq!(t[11].date.iso(), "2027-11-01");
        let mut titles: Vec<_> = t.iter().map(|s| s.title).collect();
        titles.sort();
        titles.dedup();
        assert_eq!(titles.len(), 12, "no step repeats");
        assert_eq!(timeline(d("2026-12-01"), 2).len(), 6);
        assert_eq!(timeline(d("2026-12-01"), 40).len(), 12);
        assert!(t.iter().all(|s| !s.prompt.is_empty()));
    }
}
