//! A workshop's mentoring program after the match (issue #16): its start
//! date, length (3 to 12 months), meeting cadence and dated milestones.
//! The template follows library programs (see the programs guide page):
//! the mentoring agreement signed in week 2, goals set by day 30,
//! check-ins at the chosen cadence (ALA NMRT asks for contact at least
//! twice a month, APALA for three check-ins a year), a mid-point survey
//! (the ACRL Spectrum mid-year paragraph), a final survey two weeks before
//! the end (Core's closing assessment, ALSC's wrap-up survey), and the
//! closing with recognition on the last day. Dates are local calendar
//! dates (`YYYY-MM-DD`), so a milestone is the same day wherever it is
//! read. The facilitator's calendar is an iCalendar file of all-day
//! events.

use crate::domain::date::{date_of_day, days_since_epoch, Ymd};
use crate::domain::goals::ics::{date_value, event, fold, stamp};
use crate::domain::order::sort_by_i64;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Shortest program, in months.
pub const MIN_MONTHS: u8 = 3;
/// Longest program, in months.
pub const MAX_MONTHS: u8 = 12;
/// Most milestones a program may hold (weekly check-ins for a year, and
/// room for the facilitator's own).
pub const MAX_MILESTONES: usize = 80;
/// Longest milestone title, in characters.
pub const MAX_TITLE_CHARS: usize = 120;

/// How often a pair is asked to meet: the agreement's own cadence.
pub use crate::domain::guide::agreement::Cadence;

/// What a milestone is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    Agreement,
    Goals,
    CheckIn,
    MidpointSurvey,
    FinalSurvey,
    Closing,
    /// One the facilitator added.
    Other,
}

impl MilestoneKind {
    /// Every kind, in the template's order.
    pub const ALL: [MilestoneKind; 7] = [
        MilestoneKind::Agreement,
        MilestoneKind::Goals,
        MilestoneKind::CheckIn,
        MilestoneKind::MidpointSurvey,
        MilestoneKind::FinalSurvey,
        MilestoneKind::Closing,
        MilestoneKind::Other,
    ];

    /// The kind's name as stored ("midpoint_survey", as serde writes it),
    /// which also names a milestone's responses and calendar event.
    pub fn key(self) -> &'static str {
        match self {
            MilestoneKind::Agreement => "agreement",
            MilestoneKind::Goals => "goals",
            MilestoneKind::CheckIn => "check_in",
            MilestoneKind::MidpointSurvey => "midpoint_survey",
            MilestoneKind::FinalSurvey => "final_survey",
            MilestoneKind::Closing => "closing",
            MilestoneKind::Other => "other",
        }
    }

    /// The title a milestone of this kind starts with.
    pub fn title(self) -> &'static str {
        match self {
            MilestoneKind::Agreement => "Mentoring agreement signed",
            MilestoneKind::Goals => "Goals set",
            MilestoneKind::CheckIn => "Check-in",
            MilestoneKind::MidpointSurvey => "Mid-point survey",
            MilestoneKind::FinalSurvey => "Final survey",
            MilestoneKind::Closing => "Closing and recognition",
            MilestoneKind::Other => "Milestone",
        }
    }

    /// Whether participants answer a survey at this milestone.
    pub fn is_survey(self) -> bool {
        matches!(
            self,
            MilestoneKind::CheckIn | MilestoneKind::MidpointSurvey | MilestoneKind::FinalSurvey
        )
    }
}

/// One dated step of the program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub kind: MilestoneKind,
    /// Local calendar date, `YYYY-MM-DD`.
    pub date: String,
    pub title: String,
}

impl Milestone {
    /// "2027-03-15 · Mid-point survey": how lists and pickers name it.
    pub fn label(&self) -> String {
        format!("{} · {}", self.date, self.title)
    }
}

/// A program: when it starts, how long it runs, how often pairs meet, and
/// its milestones in date order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgramPlan {
    /// Local calendar date, `YYYY-MM-DD`.
    pub start: String,
    pub months: u8,
    pub cadence: Cadence,
    pub milestones: Vec<Milestone>,
}

impl Default for ProgramPlan {
    fn default() -> Self {
        ProgramPlan {
            start: String::new(),
            months: 9,
            cadence: Cadence::Monthly,
            milestones: Vec::new(),
        }
    }
}

/// Why a program plan cannot be used, in words a facilitator can act on.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProgramError {
    #[error("The start is not a date: use year-month-day.")]
    BadStart,
    #[error("A program runs {MIN_MONTHS} to {MAX_MONTHS} months.")]
    Length,
    #[error("“{0}” has no valid date: use year-month-day.")]
    BadDate(String),
    #[error("“{title}” on {date} is outside the program ({start} to {end}).")]
    Outside {
        title: String,
        date: String,
        start: String,
        end: String,
    },
    #[error("A milestone needs a title of at most {MAX_TITLE_CHARS} characters.")]
    Title,
    #[error("A program holds at most {MAX_MILESTONES} milestones.")]
    TooMany,
    #[error(
        "“{title}” is on {date}, the day of another survey of its kind: move one, so that their answers stay apart."
    )]
    SameDaySurvey { title: String, date: String },
}

/// How many of `earlier` are of `m`'s kind on `m`'s day.
fn repeats(earlier: &[Milestone], m: &Milestone) -> usize {
    earlier
        .iter()
        .filter(|o| o.kind == m.kind && o.date == m.date)
        .count()
}

/// `d` moved by `days` (negative: earlier).
fn add_days(d: Ymd, days: i64) -> Ymd {
    date_of_day(days_since_epoch(d) + days)
}

/// The check-in dates after `start`, at `cadence`, before `until`.
fn check_ins(start: Ymd, cadence: Cadence, until: Ymd) -> Vec<Ymd> {
    let step = |k: u32| match cadence {
        Cadence::Weekly => add_days(start, 7 * i64::from(k)),
        Cadence::Fortnightly => add_days(start, 14 * i64::from(k)),
        Cadence::Monthly => start.add_months(k),
    };
    (1..).map(step).take_while(|d| *d < until).collect()
}

impl ProgramPlan {
    /// The template: a program of `months` (clamped to 3–12) from `start`
    /// meeting at `cadence`, with every milestone dated. A check-in that
    /// would fall on the day of another milestone is left out.
    pub fn from_template(start: Ymd, months: u8, cadence: Cadence) -> ProgramPlan {
        let months = months.clamp(MIN_MONTHS, MAX_MONTHS);
        let end = start.add_months(u32::from(months));
        let length = days_since_epoch(end) - days_since_epoch(start);
        let fixed = [
            (MilestoneKind::Agreement, add_days(start, 14)),
            (MilestoneKind::Goals, add_days(start, 30)),
            (MilestoneKind::MidpointSurvey, add_days(start, length / 2)),
            (MilestoneKind::FinalSurvey, add_days(end, -14)),
            (MilestoneKind::Closing, end),
        ];
        let final_survey = fixed[3].1;
        let mut dated: Vec<(MilestoneKind, Ymd)> = fixed.to_vec();
        for date in check_ins(start, cadence, final_survey) {
            if !fixed.iter().any(|(_, d)| *d == date) {
                dated.push((MilestoneKind::CheckIn, date));
            }
        }
        sort_by_i64(&mut dated, |(_, d)| days_since_epoch(*d));
        ProgramPlan {
            start: start.iso(),
            months,
            cadence,
            milestones: dated
                .into_iter()
                .map(|(kind, date)| Milestone {
                    kind,
                    date: date.iso(),
                    title: kind.title().to_string(),
                })
                .collect(),
        }
    }

    /// The last day of the program (the start plus its months, clamped to
    /// the end of a shorter month), once the start is a date.
    pub fn end(&self) -> Option<Ymd> {
        Ymd::parse(&self.start).map(|s| s.add_months(u32::from(self.months)))
    }

    /// The plan in one line: "9 months from 2027-01-15 to 2027-10-15;
    /// pairs meet once a month." (`None` until the start is a date).
    pub fn summary(&self) -> Option<String> {
        let end = self.end()?;
        Some(format!(
            "{} months from {} to {}; pairs meet {}.",
            self.months,
            self.start,
            end.iso(),
            self.cadence.label()
        ))
    }

    /// Checks the plan as a facilitator edited it: a start date, a length
    /// of 3–12 months, and every milestone titled and dated within the
    /// program.
    pub fn validate(&self) -> Result<(), ProgramError> {
        let start = Ymd::parse(&self.start).ok_or(ProgramError::BadStart)?;
        if !(MIN_MONTHS..=MAX_MONTHS).contains(&self.months) {
            return Err(ProgramError::Length);
        }
        if self.milestones.len() > MAX_MILESTONES {
            return Err(ProgramError::TooMany);
        }
        let end = start.add_months(u32::from(self.months));
        for (i, m) in self.milestones.iter().enumerate() {
            let title = m.title.trim();
            if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS {
                return Err(ProgramError::Title);
            }
            let date =
                Ymd::parse(&m.date).ok_or_else(|| ProgramError::BadDate(title.to_string()))?;
            if date < start || date > end {
                return Err(ProgramError::Outside {
                    title: title.to_string(),
                    date: m.date.clone(),
                    start: start.iso(),
                    end: end.iso(),
                });
            }
            // A survey's answers are kept by its kind and date.
            if m.kind.is_survey() && repeats(&self.milestones[..i], m) > 0 {
                return Err(ProgramError::SameDaySurvey {
                    title: title.to_string(),
                    date: m.date.clone(),
                });
            }
        }
        Ok(())
    }

    /// The bounds stored data must keep (what [`validate`] checks beyond
    /// them is for the facilitator editing it: a stored plan may hold a
    /// date being corrected).
    ///
    /// [`validate`]: ProgramPlan::validate
    pub fn check_sizes(&self) -> Result<(), String> {
        let too_long = |t: &str| t.chars().count() > MAX_TITLE_CHARS;
        if self.milestones.len() > MAX_MILESTONES
            || self
                .milestones
                .iter()
                .any(|m| too_long(&m.title) || m.date.len() > 10)
            || self.start.len() > 10
        {
            return Err("a workshop's program is too long".into());
        }
        Ok(())
    }

    /// Puts the milestones in date order (milestones of one day keep
    /// their order; a date being typed, not yet valid, goes last).
    pub fn sort(&mut self) {
        sort_by_i64(&mut self.milestones, |m| {
            Ymd::parse(&m.date).map_or(i64::MAX, days_since_epoch)
        });
    }

    /// The facilitator's calendar of the milestones (all-day events),
    /// for the workshop `name`, stamped `now_ms`. UIDs follow the workshop
    /// id and each milestone's kind and date, so importing it again
    /// updates the events; a second milestone of one kind on one day (two
    /// added on the program's last day) gets `-2`, and so on, so that no
    /// event replaces another.
    pub fn calendar(&self, workshop: u64, name: &str, now_ms: i64) -> String {
        let now = stamp(now_ms);
        let mut out = String::new();
        for line in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Wayfinder//Program//EN",
            "CALSCALE:GREGORIAN",
        ] {
            out.push_str(&fold(line));
        }
        for (i, m) in self.milestones.iter().enumerate() {
            let Some(date) = Ymd::parse(&m.date) else {
                continue;
            };
            // As first published ("midpointsurvey": the kind's key
            // without its underscore), so a calendar imported again
            // updates its events rather than adding more.
            let mut uid = format!("workshop-{workshop}-{:?}-{}", m.kind, date_value(date))
                .to_ascii_lowercase();
            match repeats(&self.milestones[..i], m) {
                0 => {}
                n => uid.push_str(&format!("-{}", n + 1)),
            }
            event(
                &mut out,
                &uid,
                &now,
                date,
                &format!("{name}: {}", m.title),
                "",
                None,
            );
        }
        out.push_str(&fold("END:VCALENDAR"));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_s_key_is_its_stored_name_and_names_its_calendar_event() {
        for kind in MilestoneKind::ALL {
            let stored = serde_json::to_value(kind).unwrap();
            assert_eq!(stored.as_str(), Some(kind.key()));
        }
        let plan =
            ProgramPlan::from_template(Ymd::parse("2027-01-31").unwrap(), 3, Cadence::Monthly);
        let ics = plan.calendar(5, "Spring", 0);
        // The UIDs as first published: a re-import updates the events.
        assert!(
            ics.contains("UID:workshop-5-midpointsurvey-20270316"),
            "{ics}"
        );
        assert!(ics.contains("UID:workshop-5-checkin-"));
        for kind in MilestoneKind::ALL {
            let in_uid = format!("{kind:?}").to_ascii_lowercase();
            assert_eq!(in_uid, kind.key().replace('_', ""));
        }
    }

    fn ymd(s: &str) -> Ymd {
        Ymd::parse(s).unwrap()
    }

    fn dates_of(plan: &ProgramPlan, kind: MilestoneKind) -> Vec<&str> {
        plan.milestones
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| m.date.as_str())
            .collect()
    }

    #[test]
    fn the_template_dates_every_milestone_in_order() {
        let plan = ProgramPlan::from_template(ymd("2027-01-15"), 6, Cadence::Monthly);
        assert_eq!(plan.end(), Some(ymd("2027-07-15")));
        assert_eq!(dates_of(&plan, MilestoneKind::Agreement), ["2027-01-29"]);
        assert_eq!(dates_of(&plan, MilestoneKind::Goals), ["2027-02-14"]);
        assert_eq!(
            dates_of(&plan, MilestoneKind::MidpointSurvey),
            ["2027-04-15"]
        );
        assert_eq!(dates_of(&plan, MilestoneKind::FinalSurvey), ["2027-07-01"]);
        assert_eq!(dates_of(&plan, MilestoneKind::Closing), ["2027-07-15"]);
        assert_eq!(
            dates_of(&plan, MilestoneKind::CheckIn),
            ["2027-02-15", "2027-03-15", "2027-05-15", "2027-06-15"],
            "monthly, none on the mid-point's day, none after the final survey"
        );
        let dates: Vec<&str> = plan.milestones.iter().map(|m| m.date.as_str()).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        assert_eq!(dates, sorted);
        assert_eq!(plan.validate(), Ok(()));
    }

    #[test]
    fn month_ends_and_leap_years_clamp_to_the_last_day() {
        // 31 January + 1 month: 29 February in a leap year, 28 otherwise.
        let leap = ProgramPlan::from_template(ymd("2028-01-31"), 3, Cadence::Monthly);
        assert_eq!(dates_of(&leap, MilestoneKind::CheckIn)[0], "2028-02-29");
        assert_eq!(leap.end(), Some(ymd("2028-04-30")));
        assert_eq!(dates_of(&leap, MilestoneKind::Goals), ["2028-03-01"]);
        let plain = ProgramPlan::from_template(ymd("2027-01-31"), 3, Cadence::Monthly);
        assert_eq!(dates_of(&plain, MilestoneKind::CheckIn)[0], "2027-02-28");
        assert_eq!(dates_of(&plain, MilestoneKind::Goals), ["2027-03-02"]);
        // Across a year end, and a program of a whole year; the first
        // month's check-in falls on the day goals are set, so it is left out.
        let year = ProgramPlan::from_template(ymd("2026-10-31"), 12, Cadence::Monthly);
        assert_eq!(year.end(), Some(ymd("2027-10-31")));
        assert_eq!(dates_of(&year, MilestoneKind::Goals), ["2026-11-30"]);
        assert_eq!(
            dates_of(&year, MilestoneKind::CheckIn)[0..2],
            ["2026-12-31", "2027-01-31"]
        );
        assert_eq!(year.validate(), Ok(()));
    }

    #[test]
    fn cadences_set_the_check_ins_and_lengths_are_clamped() {
        let weekly = ProgramPlan::from_template(ymd("2027-03-01"), 3, Cadence::Weekly);
        let fortnightly = ProgramPlan::from_template(ymd("2027-03-01"), 3, Cadence::Fortnightly);
        let check_ins = |p: &ProgramPlan| dates_of(p, MilestoneKind::CheckIn).len();
        assert!(check_ins(&weekly) > 2 * check_ins(&fortnightly) - 2);
        assert_eq!(dates_of(&weekly, MilestoneKind::CheckIn)[0], "2027-03-08");
        // Two weeks in is the agreement's day: no check-in then.
        assert_eq!(
            dates_of(&fortnightly, MilestoneKind::Agreement),
            ["2027-03-15"]
        );
        assert_eq!(
            dates_of(&fortnightly, MilestoneKind::CheckIn)[0],
            "2027-03-29"
        );
        assert_eq!(
            ProgramPlan::from_template(ymd("2027-03-01"), 1, Cadence::Monthly).months,
            3
        );
        assert_eq!(
            ProgramPlan::from_template(ymd("2027-03-01"), 30, Cadence::Monthly).months,
            12
        );
        let year = ProgramPlan::from_template(ymd("2027-03-01"), 12, Cadence::Weekly);
        assert!(year.milestones.len() <= MAX_MILESTONES);
        assert_eq!(year.validate(), Ok(()));
    }

    #[test]
    fn an_edited_plan_is_checked() {
        let mut plan = ProgramPlan::from_template(ymd("2027-01-15"), 6, Cadence::Monthly);
        plan.milestones[0].date = "2027-08-01".into();
        assert!(matches!(plan.validate(), Err(ProgramError::Outside { .. })));
        plan.milestones[0].date = "2027-02-30".into();
        assert!(matches!(plan.validate(), Err(ProgramError::BadDate(_))));
        plan.milestones[0].date = "2027-02-01".into();
        plan.milestones[0].title = "  ".into();
        assert_eq!(plan.validate(), Err(ProgramError::Title));
        plan.milestones[0].title = "Visit the state library".into();
        plan.milestones[0].kind = MilestoneKind::Other;
        plan.sort();
        assert_eq!(plan.validate(), Ok(()));
        assert_eq!(plan.milestones[0].title, "Visit the state library");
        plan.months = 13;
        assert_eq!(plan.validate(), Err(ProgramError::Length));
        plan.start = "15/01/2027".into();
        assert_eq!(plan.validate(), Err(ProgramError::BadStart));
    }

    #[test]
    fn the_summary_names_the_dates_and_the_cadence() {
        let plan = ProgramPlan::from_template(ymd("2027-01-31"), 3, Cadence::Fortnightly);
        assert_eq!(
            plan.summary().as_deref(),
            Some("3 months from 2027-01-31 to 2027-04-30; pairs meet every two weeks.")
        );
        let undated = ProgramPlan {
            start: "someday".into(),
            ..plan
        };
        assert_eq!(undated.summary(), None);
    }

    #[test]
    fn stored_plans_keep_their_bounds() {
        let mut plan = ProgramPlan::from_template(ymd("2027-01-15"), 12, Cadence::Weekly);
        assert_eq!(plan.check_sizes(), Ok(()));
        plan.milestones[0].title = "x".repeat(MAX_TITLE_CHARS + 1);
        assert!(plan.check_sizes().is_err());
        plan.milestones[0].title = "Fine".into();
        let extra = plan.milestones[0].clone();
        plan.milestones.resize(MAX_MILESTONES + 1, extra);
        assert!(plan.check_sizes().is_err());
    }

    #[test]
    fn the_calendar_has_one_all_day_event_per_milestone() {
        let plan = ProgramPlan::from_template(ymd("2027-01-15"), 6, Cadence::Monthly);
        let ics = plan.calendar(7, "Spring cohort, 2027", 1_800_000_000_000);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), plan.milestones.len());
        assert!(ics.contains("DTSTART;VALUE=DATE:20270129\r\n"));
        assert!(ics.contains("SUMMARY:Spring cohort\\, 2027: Mentoring agreement signed"));
        assert!(ics.contains("UID:workshop-7-agreement-20270129@wayfinder.local"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75);
        }
    }

    #[test]
    fn milestones_of_one_kind_on_one_day_are_separate_events() {
        let mut plan = ProgramPlan::from_template(ymd("2027-01-15"), 6, Cadence::Monthly);
        let last_day = plan.end().unwrap().iso();
        for title in ["Webinar", "Lunch", "Photos"] {
            plan.milestones.push(Milestone {
                kind: MilestoneKind::Other,
                date: last_day.clone(),
                title: title.into(),
            });
        }
        let ics = plan.calendar(7, "Spring", 1_800_000_000_000);
        let uids: Vec<&str> = ics
            .split("\r\n")
            .filter(|l| l.starts_with("UID:"))
            .collect();
        assert_eq!(uids.len(), plan.milestones.len());
        let mut unique = uids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), uids.len(), "{uids:?}");
        // The first keeps the form calendars already know.
        assert!(ics.contains("UID:workshop-7-other-20270715@wayfinder.local\r\n"));
        assert!(ics.contains("UID:workshop-7-other-20270715-2@wayfinder.local\r\n"));
        assert!(ics.contains("UID:workshop-7-other-20270715-3@wayfinder.local\r\n"));
        assert!(ics.contains("UID:workshop-7-closing-20270715@wayfinder.local\r\n"));
    }

    #[test]
    fn two_surveys_of_one_kind_on_one_day_are_refused() {
        let mut plan = ProgramPlan::from_template(ymd("2027-01-15"), 6, Cadence::Monthly);
        let check_in = plan
            .milestones
            .iter()
            .find(|m| m.kind == MilestoneKind::CheckIn)
            .cloned()
            .unwrap();
        plan.milestones.push(Milestone {
            title: "Extra check-in".into(),
            ..check_in.clone()
        });
        assert_eq!(
            plan.validate(),
            Err(ProgramError::SameDaySurvey {
                title: "Extra check-in".into(),
                date: check_in.date.clone(),
            })
        );
        // Another kind that day, or the same kind another day, is fine.
        let last = plan.milestones.len() - 1;
        plan.milestones[last].kind = MilestoneKind::Other;
        assert_eq!(plan.validate(), Ok(()));
        plan.milestones[last].kind = MilestoneKind::CheckIn;
        plan.milestones[last].date = plan.end().unwrap().iso();
        assert_eq!(plan.validate(), Ok(()));
    }

    #[test]
    fn a_plan_round_trips_and_old_text_takes_the_defaults() {
        let plan = ProgramPlan::from_template(ymd("2027-01-15"), 6, Cadence::Fortnightly);
        let text = serde_json::to_string(&plan).unwrap();
        assert_eq!(
            crate::domain::decoding::from_text::<ProgramPlan>(&text),
            Ok(plan)
        );
        let empty: ProgramPlan = crate::domain::decoding::from_text("{}").unwrap();
        assert_eq!(empty, ProgramPlan::default());
    }
}
