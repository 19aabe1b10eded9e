//! What the wizard hands out: the CSV of pairs (and of peer circles), the
//! introduction each pair receives (with a `mailto:` link), and the match
//! link, which carries one pair to its two people: who they are, why they
//! were paired, a first-meeting agenda and, once the facilitator planned
//! it, the program's dated milestones (issue #16), so both see the same
//! dates.
//! Reasons about background stay with the facilitator: they would tell
//! one person what the other shared.

use super::circles::Circles;
use super::codec::{decode, encode, CodecError, Kind};
use super::profile::Profile;
use super::program::ProgramPlan;
use super::score::{percent, Criterion, Fit};
use super::setup::JoinInfo;
use crate::domain::assessment::framework::competency;
use crate::domain::csv::row;
use serde::{Deserialize, Serialize};

/// A file name from a title: ASCII letters and digits kept (lowercased),
/// anything else a dash, then `suffix` ("spring-cohort-pairs.csv").
pub fn file_name(title: &str, suffix: &str) -> String {
    let slug = title
        .trim()
        .replace(|c: char| !c.is_ascii_alphanumeric(), "-")
        .to_ascii_lowercase();
    format!("{slug}{suffix}")
}

/// A competency's name from its id (the id itself if unknown).
pub fn competency_name(id: &str) -> &str {
    competency(id).map_or(id, |c| c.name)
}

/// Reasons that may be shown to the pair (not the background one).
pub fn shareable_reasons(fit: &Fit) -> Vec<String> {
    fit.parts
        .iter()
        .filter(|p| p.criterion != Criterion::Background)
        .map(|p| p.why.clone())
        .collect()
}

/// The pairs as CSV: mentee, mentor, their contacts, fit and reasons
/// (never the reasons about background).
pub fn pairs_csv(pairs: &[(&Profile, &Profile, &Fit)]) -> String {
    let mut out = crate::domain::csv::BOM.to_string()
        + &row(&[
            "Mentee",
            "Mentee contact",
            "Mentor",
            "Mentor contact",
            "Fit",
            "Why",
        ]);
    for (e, m, f) in pairs {
        // Reasons about background stay on the facilitator's screen: a file
        // is forwarded, and would tell others what people shared only for
        // matching.
        let why = shareable_reasons(f);
        out.push_str(&row(&[
            e.name.as_str(),
            &e.contact,
            &m.name,
            &m.contact,
            &percent(f.score),
            &why.join("; "),
        ]));
    }
    out
}

/// Why someone is left out of every circle, in words.
pub const UNPLACED_WHY: &str = "every circle with room has someone they may not be with (an exclusion, or the same library or organisation)";

/// The circles as CSV, one row per person: their circle, name, contact,
/// library or organisation and why the circle was formed (`why`, one list
/// per group, as shown on screen); anyone not placed comes last, with why.
pub fn circles_csv(circles: &Circles, people: &[Profile], why: &[Vec<String>]) -> String {
    let mut out = crate::domain::csv::BOM.to_string()
        + &row(&[
            "Circle",
            "Name",
            "Contact",
            "Library or organisation",
            "Why this circle",
        ]);
    let person = |circle: &str, i: usize, why: &str| {
        let p = &people[i];
        row(&[circle, &p.name, &p.contact, &p.organisation, why])
    };
    for (k, group) in circles.groups.iter().enumerate() {
        let circle = (k + 1).to_string();
        let reasons = why.get(k).map(|w| w.join("; ")).unwrap_or_default();
        for &i in group {
            out.push_str(&person(&circle, i, &reasons));
        }
    }
    for &i in &circles.unplaced {
        out.push_str(&person("Not placed", i, UNPLACED_WHY));
    }
    out
}

/// One side of a match, as its partner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MatchPerson {
    /// Their profile's id (0 in links made before programs): lets the
    /// device that joined as this person recognise its match.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub id: u64,
    pub name: String,
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub goal: String,
    /// Competency ids: to grow (mentee) or to offer (mentor).
    #[serde(default)]
    pub competencies: Vec<String>,
}

/// A pair as its match link carries it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MatchInfo {
    #[serde(default)]
    pub workshop: String,
    #[serde(default)]
    pub dates: String,
    #[serde(default)]
    pub facilitator: String,
    pub mentee: MatchPerson,
    pub mentor: MatchPerson,
    pub score: u32,
    #[serde(default)]
    pub reasons: Vec<String>,
    /// The workshop's id (the program's calendar events are named after
    /// it); 0 in links made before programs.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub workshop_id: u64,
    /// The program after the match, when the facilitator planned one that
    /// holds together (absent from older links).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<ProgramPlan>,
}

impl MatchInfo {
    /// The link of one pair of a workshop (`info`), with its `program`
    /// if that is planned and valid (a plan still being corrected stays
    /// with the facilitator).
    pub fn new(
        info: &JoinInfo,
        program: Option<&ProgramPlan>,
        mentee: &Profile,
        mentor: &Profile,
        fit: &Fit,
    ) -> MatchInfo {
        let person = |p: &Profile, comps: &[String]| MatchPerson {
            id: p.id,
            name: p.name.clone(),
            contact: p.contact.clone(),
            goal: p.goal.clone(),
            competencies: comps.to_vec(),
        };
        MatchInfo {
            workshop: info.name.clone(),
            dates: info.dates.clone(),
            facilitator: info.contact.clone(),
            mentee: person(mentee, &mentee.grow),
            mentor: person(mentor, &mentor.offer),
            score: fit.score,
            reasons: shareable_reasons(fit),
            workshop_id: info.workshop,
            program: program.filter(|p| p.validate().is_ok()).cloned(),
        }
    }

    pub fn code(&self) -> String {
        encode(Kind::Match, self)
    }

    /// Reads and checks a match link (a score above 1000 reads as 1000).
    pub fn from_code(code: &str) -> Result<MatchInfo, CodecError> {
        let mut info: MatchInfo = decode(Kind::Match, code)?;
        info.validate().map_err(CodecError::BadContent)?;
        info.score = info.score.min(1000);
        Ok(info)
    }

    /// Sizes a match link may hold.
    pub fn validate(&self) -> Result<(), String> {
        for (key, p) in [("mentee", &self.mentee), ("mentor", &self.mentor)] {
            let long = [&p.name, &p.contact, &p.goal]
                .iter()
                .any(|t| t.chars().count() > 300)
                || p.competencies.len() > 16;
            if long {
                return Err(format!("{key}: too long"));
            }
        }
        if self.reasons.len() > 8 || self.workshop.chars().count() > 300 {
            return Err("too long".into());
        }
        if let Some(program) = &self.program {
            program.validate().map_err(|e| format!("program: {e}"))?;
        }
        Ok(())
    }

    /// The pair's calendar of the program's milestones, named after the
    /// workshop, when the link carries a program: (file name, `.ics`).
    pub fn calendar(&self, now_ms: i64) -> Option<(String, String)> {
        let program = self.program.as_ref()?;
        let name = match self.workshop.trim() {
            "" => "Mentoring",
            name => name,
        };
        Some((
            file_name(name, "-program.ics"),
            program.calendar(self.workshop_id, name, now_ms),
        ))
    }

    /// Subject and body of the introduction email.
    pub fn introduction(&self) -> (String, String) {
        let (e, m) = (&self.mentee, &self.mentor);
        let subject = format!("Your mentoring match: {} and {}", e.name, m.name);
        let mut body = format!(
            "Dear {} and {},\n\nAt {} you were paired as mentee ({}) and mentor ({}).\n\nWhy we paired you:\n",
            e.name, m.name, self.workshop, e.name, m.name
        );
        for r in &self.reasons {
            body.push_str(&format!("- {r}\n"));
        }
        if !e.goal.trim().is_empty() {
            body.push_str(&format!("\n{}'s goal: {}\n", e.name, e.goal.trim()));
        }
        body.push_str("\nPlease arrange a first meeting within two weeks. Suggested agenda:\n");
        for (i, a) in AGENDA.iter().enumerate() {
            body.push_str(&format!("{}. {a}\n", i + 1));
        }
        if !self.facilitator.trim().is_empty() {
            body.push_str(&format!("\nQuestions: {}\n", self.facilitator.trim()));
        }
        (subject, body)
    }

    /// The partner of the participant whose profile id is `person`, when
    /// they are one of this pair.
    pub fn partner_of(&self, person: u64) -> Option<&MatchPerson> {
        if person == 0 {
            None
        } else if self.mentee.id == person {
            Some(&self.mentor)
        } else if self.mentor.id == person {
            Some(&self.mentee)
        } else {
            None
        }
    }

    /// A `mailto:` link to both people with the introduction, when both
    /// contacts are email addresses.
    pub fn mailto(&self) -> Option<String> {
        let (subject, body) = self.introduction();
        mailto(
            &[&self.mentee.contact, &self.mentor.contact],
            &subject,
            &body,
        )
    }
}

/// A `mailto:` link, or `None` unless every address looks like one.
pub fn mailto(to: &[&str], subject: &str, body: &str) -> Option<String> {
    let ok = |a: &&str| {
        let a = a.trim();
        a.contains('@') && !a.contains(|c: char| c.is_whitespace() || "<>,;?&\"".contains(c))
    };
    if to.is_empty() || !to.iter().all(ok) {
        return None;
    }
    let to: Vec<String> = to.iter().map(|a| escape(a.trim())).collect();
    Some(format!(
        "mailto:{}?subject={}&body={}",
        to.join(","),
        escape(subject),
        escape(body)
    ))
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A first meeting, in our words (after the mentoring agreements of
/// library programs: Maine State Library's sample, ALA NMRT's guide).
pub const AGENDA: [&str; 5] = [
    "Introduce yourselves: your work, your path so far and what you hope to get from the next months.",
    "Talk through the mentee's goal and the competencies they want to grow; pick one or two to start with.",
    "Agree how often and how you will meet, and how to reach each other between meetings.",
    "Agree what stays confidential, and that either of you may end the pairing without blame.",
    "Set the date of the next meeting and one small step the mentee will take before it.",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::profile::{IdentityAnswer, Pref};
    use crate::domain::workshop::score::{fit, Comparison, Weights};
    use crate::domain::workshop::setup::Identity;
    use crate::domain::workshop::synthetic::cohort;

    #[test]
    fn the_circles_csv_has_a_row_per_person_with_their_circle_and_why() {
        let (mut people, _) = cohort(5, 0, 3);
        people[0].name = "=Ana".into();
        people[1].organisation = "Springfield PL".into();
        let circles = Circles {
            groups: vec![vec![0, 1], vec![2, 3]],
            total: 0,
            unplaced: vec![4],
        };
        let why = vec![
            vec![
                "Mean fit between members 80.0%".to_string(),
                "All in the same time zone".into(),
            ],
            vec!["Mean fit between members 70.0%".to_string()],
        ];
        let csv = circles_csv(&circles, &people, &why);
        assert!(csv.starts_with('\u{feff}'));
        let rows = crate::domain::csv::parse(&csv);
        let rows: Vec<Vec<String>> = rows.into_iter().map(|(_, r)| r.unwrap()).collect();
        assert_eq!(
            rows[0],
            [
                "Circle",
                "Name",
                "Contact",
                "Library or organisation",
                "Why this circle"
            ]
        );
        assert_eq!(rows.len(), 6, "a header and a row per person");
        assert_eq!(rows[1][0], "1");
        assert_eq!(rows[1][1], "'=Ana", "formulas defused");
        assert_eq!(rows[2][3], "Springfield PL");
        assert_eq!(
            rows[2][4],
            "Mean fit between members 80.0%; All in the same time zone"
        );
        assert_eq!((rows[3][0].as_str(), rows[4][0].as_str()), ("2", "2"));
        assert_eq!(rows[5][0], "Not placed");
        assert_eq!(rows[5][1], people[4].name);
        assert_eq!(rows[5][4], UNPLACED_WHY);
    }

    fn pair() -> (Profile, Profile) {
        let mut e = Profile {
            id: 1,
            name: "Ana".into(),
            contact: "ana@lib.example".into(),
            grow: vec!["advocacy".into()],
            goal: "Lead the branch's budget".into(),
            ..Profile::default()
        };
        let mut m = Profile {
            id: 2,
            name: "Bo".into(),
            contact: "bo@lib.example".into(),
            offer: vec!["advocacy".into()],
            ..Profile::default()
        };
        let answer = |v: &str| IdentityAnswer::from_text(Identity::Gender, v, Pref::Same);
        e.identity.push(answer("woman"));
        m.identity.push(answer("woman"));
        (e, m)
    }

    #[test]
    fn a_match_link_round_trips_without_background_reasons() {
        let (e, m) = pair();
        let f = fit(
            &e,
            &m,
            &Weights::default(),
            Comparison::default(),
            competency_name,
        );
        assert!(f.parts.iter().any(|p| p.criterion == Criterion::Background));
        let info = JoinInfo {
            name: "Spring".into(),
            contact: "fac@lib.example".into(),
            ..JoinInfo::default()
        };
        let mi = MatchInfo::new(&info, None, &e, &m, &f);
        assert!(!mi.reasons.iter().any(|r| r.contains("background")));
        assert_eq!(
            mi.reasons[0],
            "Offers 1 of the 1 competency the mentee wants to grow: Marketing and advocacy"
        );
        let back = MatchInfo::from_code(&mi.code()).unwrap();
        assert_eq!(back, mi);
        assert!(matches!(
            MatchInfo::from_code(&e.code()),
            Err(CodecError::WrongKind { .. })
        ));
        let (subject, body) = mi.introduction();
        assert_eq!(subject, "Your mentoring match: Ana and Bo");
        assert!(body.contains("Ana's goal: Lead the branch's budget"));
        assert!(body.contains("Questions: fac@lib.example"));
        let link = mi.mailto().unwrap();
        assert!(link.starts_with(
            "mailto:ana@lib.example,bo@lib.example?subject=Your%20mentoring%20match%3A%20Ana"
        ));
        assert!(!link.contains(' ') && !link.contains('\n'));
    }

    #[test]
    fn a_match_link_carries_the_program_when_it_holds_together() {
        use crate::domain::date::Ymd;
        use crate::domain::workshop::program::{Cadence, ProgramPlan};
        let (e, m) = pair();
        let f = fit(
            &e,
            &m,
            &Weights::default(),
            Comparison::default(),
            competency_name,
        );
        let info = JoinInfo {
            workshop: 42,
            name: "Spring".into(),
            ..JoinInfo::default()
        };
        let start = Ymd::parse("2027-01-31").unwrap();
        let plan = ProgramPlan::from_template(start, 3, Cadence::Monthly);
        let mi = MatchInfo::new(&info, Some(&plan), &e, &m, &f);
        assert_eq!(mi.program.as_ref(), Some(&plan));
        assert_eq!(mi.partner_of(e.id).map(|p| p.name.as_str()), Some("Bo"));
        assert_eq!(mi.partner_of(m.id).map(|p| p.name.as_str()), Some("Ana"));
        assert_eq!(mi.partner_of(0), None, "a link made before programs");
        assert_eq!(mi.partner_of(12345), None);
        let back = MatchInfo::from_code(&mi.code()).unwrap();
        assert_eq!(back, mi);
        let (file, ics) = back.calendar(0).unwrap();
        assert_eq!(file, "spring-program.ics");
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), plan.milestones.len());
        assert!(ics.contains("SUMMARY:Spring: Mentoring agreement signed\r\n"));
        assert!(ics.contains("UID:workshop-42-agreement-20270214"));

        // A plan being corrected stays with the facilitator...
        let mut broken = plan.clone();
        broken.milestones[0].date = "2027-09-01".into();
        let mi = MatchInfo::new(&info, Some(&broken), &e, &m, &f);
        assert_eq!(mi.program, None);
        assert_eq!(mi.calendar(0), None);
        let unnamed = MatchInfo {
            workshop: " ".into(),
            program: Some(plan.clone()),
            ..mi.clone()
        };
        let (file, ics) = unnamed.calendar(0).unwrap();
        assert_eq!(file, "mentoring-program.ics");
        assert!(ics.contains("SUMMARY:Mentoring: Goals set\r\n"));
        // ...and a link that carries one anyway is refused.
        let forged = MatchInfo {
            program: Some(broken),
            ..mi
        };
        assert!(matches!(
            MatchInfo::from_code(&forged.code()),
            Err(CodecError::BadContent(e)) if e.contains("outside the program")
        ));
    }

    #[test]
    fn file_names_are_plain() {
        assert_eq!(
            file_name(" Emerging Leaders 2027 ", "-pairs.csv"),
            "emerging-leaders-2027-pairs.csv"
        );
        assert_eq!(
            file_name("Zoë/../x", "-profile.txt"),
            "zo-----x-profile.txt"
        );
    }

    #[test]
    fn mailto_needs_email_addresses() {
        assert!(mailto(&["555-1234"], "s", "b").is_none());
        assert!(mailto(&["a@b.c", "x@y.z?cc=evil@z"], "s", "b").is_none());
        assert!(mailto(&[], "s", "b").is_none());
    }

    #[test]
    fn the_pairs_csv_has_a_row_per_pair_and_defuses_formulas() {
        let (mut e, m) = pair();
        e.name = "=cmd".into();
        let f = fit(
            &e,
            &m,
            &Weights::default(),
            Comparison::default(),
            competency_name,
        );
        let csv = pairs_csv(&[(&e, &m, &f)]);
        assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
        let rows = crate::domain::csv::parse(&csv);
        assert_eq!(rows.len(), 2);
        let fields = rows[1].1.as_ref().unwrap();
        assert_eq!(fields[0], "'=cmd");
        assert!(f.parts.iter().any(|p| p.criterion == Criterion::Background));
        assert!(
            !csv.contains("background"),
            "no background reasons in the file: {csv}"
        );
        assert_eq!(fields[4], percent(f.score));
    }
}
