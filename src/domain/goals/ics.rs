//! An iCalendar file (RFC 5545) of active goals: each target date, each
//! open task's due date, and a monthly check-in reminder until the target
//! date. Lines end in CRLF and are folded at 75 octets; text is escaped;
//! UIDs are derived from record ids, so re-importing updates events
//! instead of duplicating them.

use super::list::active;
use super::{Goal, GoalKind};
use crate::domain::date::{ymd_of_ms, Ymd, Zone};
use crate::domain::settings::DAY_MS;

/// Escapes TEXT values (RFC 5545 §3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (never inside a UTF-8 sequence),
/// ending in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// `YYYYMMDD`, a DATE value.
pub(crate) fn date_value(d: Ymd) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A DTSTAMP value (UTC) of `now_ms`.
pub(crate) fn stamp(now_ms: i64) -> String {
    let d = ymd_of_ms(now_ms);
    let secs = now_ms.rem_euclid(DAY_MS) / 1000;
    format!(
        "{}T{:02}{:02}{:02}Z",
        date_value(d),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// One all-day VEVENT on `start`, appended to `out`.
pub(crate) fn event(
    out: &mut String,
    uid: &str,
    now: &str,
    start: Ymd,
    summary: &str,
    description: &str,
    rrule: Option<String>,
) {
    out.push_str(&fold("BEGIN:VEVENT"));
    out.push_str(&fold(&format!("UID:{uid}@wayfinder.local")));
    out.push_str(&fold(&format!("DTSTAMP:{now}")));
    out.push_str(&fold(&format!("DTSTART;VALUE=DATE:{}", date_value(start))));
    if let Some(r) = rrule {
        out.push_str(&fold(&format!("RRULE:{r}")));
    }
    out.push_str(&fold(&format!("SUMMARY:{}", escape(summary))));
    if !description.is_empty() {
        out.push_str(&fold(&format!("DESCRIPTION:{}", escape(description))));
    }
    out.push_str(&fold("END:VEVENT"));
}

fn kind_word(k: GoalKind) -> &'static str {
    match k {
        GoalKind::Skill => "skill",
        GoalKind::Career => "career step",
        GoalKind::Project => "project",
    }
}

/// The calendar for `goals` (only active ones), stamped `now_ms`.
pub fn calendar(goals: &[Goal], now_ms: i64, zone: &dyn Zone) -> String {
    let now = stamp(now_ms);
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Wayfinder//Goals//EN",
        "CALSCALE:GREGORIAN",
    ] {
        out.push_str(&fold(l));
    }
    for g in goals.iter().filter(|g| active(g)) {
        let target = g.target_date.as_deref().and_then(Ymd::parse);
        if let Some(d) = target {
            let description = format!(
                "Goal ({}). How success is measured: {}",
                kind_word(g.kind),
                g.measure
            );
            event(
                &mut out,
                &format!("goal-{}-target", g.id),
                &now,
                d,
                &format!("Goal due: {}", g.title),
                &description,
                None,
            );
        }
        for t in g.tasks.iter().filter(|t| !t.done) {
            if let Some(d) = t.due.as_deref().and_then(Ymd::parse) {
                event(
                    &mut out,
                    &format!("goal-{}-task-{}", g.id, t.id),
                    &now,
                    d,
                    &format!("Task: {}", t.title),
                    &format!("For the goal: {}", g.title),
                    None,
                );
            }
        }
        // Monthly check-ins from a month after the goal was created, until
        // its target date (or for a year without one).
        let created = zone.date_of(g.created_at.saturating_add(30 * DAY_MS));
        let until = match target {
            Some(d) => format!("UNTIL={}", date_value(d)),
            None => "COUNT=12".into(),
        };
        event(
            &mut out,
            &format!("goal-{}-check-in", g.id),
            &now,
            created,
            &format!("Check in: {}", g.title),
            "Note your progress on this goal in Wayfinder.",
            Some(format!("FREQ=MONTHLY;{until}")),
        );
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::FixedOffset;
    use crate::domain::goals::{GoalStatus, Task};

    /// A small RFC 5545 reader: unfolds lines and splits name, params, value.
    fn parse(ics: &str) -> Vec<(String, String)> {
        assert!(ics.ends_with("\r\n"));
        for raw in ics.split("\r\n") {
            assert!(raw.len() <= 75, "line over 75 octets: {raw:?}");
            assert!(!raw.contains('\n') && !raw.contains('\r'));
        }
        let unfolded = ics.replace("\r\n ", "");
        unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| {
                let (name, value) = l.split_once(':').expect("name:value");
                (name.to_string(), value.to_string())
            })
            .collect()
    }

    fn unescape(v: &str) -> String {
        let mut out = String::new();
        let mut chars = v.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(x) => out.push(x),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn sample() -> Vec<Goal> {
        let mut g = Goal::new(7, "Présenter le budget; à la réunion, \"avec\" \\ le conseil — a very long title that must be folded".into(), 1_793_491_200_000);
        g.target_date = Some("2027-03-31".into());
        g.measure = "Board approves it,\nfirst time".into();
        g.tasks = vec![
            Task {
                id: 1,
                title: "Draft".into(),
                due: Some("2027-01-15".into()),
                done: false,
            },
            Task {
                id: 2,
                title: "Done already".into(),
                due: Some("2026-12-01".into()),
                done: true,
            },
        ];
        let mut dropped = Goal::new(8, "Dropped goal".into(), 0);
        dropped.status = GoalStatus::Dropped;
        dropped.target_date = Some("2027-01-01".into());
        vec![g, dropped]
    }

    #[test]
    fn parses_back_with_escaped_text_and_folded_lines() {
        let ics = calendar(&sample(), 1_795_000_000_000, &FixedOffset(0));
        let lines = parse(&ics);
        assert_eq!(
            lines.first().unwrap(),
            &("BEGIN".into(), "VCALENDAR".into())
        );
        assert_eq!(lines.last().unwrap(), &("END".into(), "VCALENDAR".into()));
        let begins = lines
            .iter()
            .filter(|l| l.0 == "BEGIN" && l.1 == "VEVENT")
            .count();
        let ends = lines
            .iter()
            .filter(|l| l.0 == "END" && l.1 == "VEVENT")
            .count();
        assert_eq!(
            (begins, ends),
            (3, 3),
            "target, one open task, check-ins; nothing for the dropped goal"
        );
        let summaries: Vec<String> = lines
            .iter()
            .filter(|l| l.0 == "SUMMARY")
            .map(|l| unescape(&l.1))
            .collect();
        assert_eq!(summaries[0], format!("Goal due: {}", sample()[0].title));
        assert_eq!(summaries[1], "Task: Draft");
        assert!(lines
            .iter()
            .any(|l| l.0 == "DTSTART;VALUE=DATE" && l.1 == "20270331"));
        assert!(lines
            .iter()
            .any(|l| l.0 == "RRULE" && l.1 == "FREQ=MONTHLY;UNTIL=20270331"));
        let desc = lines.iter().find(|l| l.0 == "DESCRIPTION").unwrap();
        assert!(unescape(&desc.1).contains("Board approves it,\nfirst time"));
        assert!(lines
            .iter()
            .all(|l| l.0 != "DTSTAMP" || l.1.len() == 16 && l.1.ends_with('Z')));
    }

    #[test]
    fn uids_are_stable_across_exports() {
        let uids = |ics: String| {
            parse(&ics)
                .into_iter()
                .filter(|l| l.0 == "UID")
                .map(|l| l.1)
                .collect::<Vec<_>>()
        };
        let a = uids(calendar(&sample(), 1, &FixedOffset(0)));
        let b = uids(calendar(&sample(), 999_999_999, &FixedOffset(0)));
        assert_eq!(a, b);
        assert_eq!(a[0], "goal-7-target@wayfinder.local");
    }

    #[test]
    fn a_goal_created_at_the_end_of_time_still_has_its_check_ins() {
        // Stored data only checks that times are not before 1970.
        let g = Goal::new(9, "Far future".into(), i64::MAX);
        let ics = calendar(&[g], 1, &FixedOffset(14 * 60));
        assert!(ics.contains("DTSTART;VALUE=DATE:99991231\r\n"), "{ics}");
    }

    #[test]
    fn folding_never_splits_a_character() {
        let line = "SUMMARY:".to_string() + &"é".repeat(100);
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75);
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }
}
