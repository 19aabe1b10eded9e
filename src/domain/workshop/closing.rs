//! Closing and recognition (issue #16): a letter of recognition for each
//! mentor and mentee of a running program, with the program's name, its
//! dates and the facilitator's signature, to print one per page. Only the
//! names, roles and dates go in: nothing anyone answered.

use super::document::Workshop;
use super::profile::Role;

/// One letter of recognition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The person it recognises.
    pub to: String,
    pub title: String,
    pub paragraphs: Vec<String>,
    /// "Signed: Dana Whitfield, facilitator, 2027-10-31".
    pub signature: String,
}

/// The program's dates in words: "from 2027-01-31 to 2027-10-31" from its
/// plan, else the workshop's dates, else nothing.
fn dates(w: &Workshop) -> String {
    let planned = w.program.as_ref().and_then(|p| {
        p.end()
            .map(|end| format!("from {} to {}", p.start, end.iso()))
    });
    match planned {
        Some(d) => d,
        None if !w.info.dates.trim().is_empty() => w.info.dates.trim().to_string(),
        None => String::new(),
    }
}

/// A letter for each person in the program's pairs (mentors once, however
/// many mentees they had), mentees first, signed by `signed_by` on `today`
/// (`YYYY-MM-DD`).
pub fn letters(w: &Workshop, signed_by: &str, today: &str) -> Vec<Letter> {
    let program = w.title();
    let when = dates(w);
    let mut ids: Vec<(u64, Role)> = Vec::new();
    for &(mentee, _) in &w.run.pairs {
        ids.push((mentee, Role::Mentee));
    }
    for &(_, mentor) in &w.run.pairs {
        if !ids.iter().any(|(id, _)| *id == mentor) {
            ids.push((mentor, Role::Mentor));
        }
    }
    let signer = match signed_by.trim() {
        "" => "The facilitator".to_string(),
        name => format!("{name}, facilitator"),
    };
    ids.into_iter()
        .filter_map(|(id, role)| {
            let person = w.participants.iter().find(|p| p.id == id)?;
            let (as_what, thanks) = match role {
                Role::Mentor => (
                    "a mentor",
                    "Thank you for the time, the candour and the care you gave: mentoring is how our profession grows its leaders.",
                ),
                _ => (
                    "a mentee",
                    "Thank you for the goals you set, the questions you asked and the steps you took: we look forward to what you lead next.",
                ),
            };
            let took_part = if when.is_empty() {
                format!("took part in {program} as {as_what}.")
            } else {
                format!("took part in {program} as {as_what}, {when}.")
            };
            Some(Letter {
                to: person.name.clone(),
                title: "Certificate of recognition".into(),
                paragraphs: vec![
                    format!("This recognises that {} {took_part}", person.name),
                    thanks.into(),
                ],
                signature: format!("Signed: {signer}, {today}"),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Ymd;
    use crate::domain::workshop::profile::Profile;
    use crate::domain::workshop::program::{Cadence, ProgramPlan};

    fn running() -> Workshop {
        let mut w = Workshop::new(3, 1);
        w.info.name = "Emerging Leaders 2027".into();
        for (id, name, role) in [
            (1, "Ana", Role::Mentor),
            (2, "Bo", Role::Mentee),
            (3, "Cy", Role::Mentee),
        ] {
            w.upsert(Profile {
                id,
                workshop: 3,
                name: name.into(),
                role,
                ..Profile::default()
            });
        }
        w.run.pairs = vec![(2, 1), (3, 1)];
        w
    }

    #[test]
    fn a_letter_per_person_mentees_first_each_mentor_once() {
        let mut w = running();
        w.program = Some(ProgramPlan::from_template(
            Ymd::parse("2027-01-31").unwrap(),
            9,
            Cadence::Monthly,
        ));
        let all = letters(&w, " Dana Whitfield ", "2027-10-31");
        let to: Vec<&str> = all.iter().map(|l| l.to.as_str()).collect();
        assert_eq!(to, ["Bo", "Cy", "Ana"]);
        assert_eq!(
            all[0].paragraphs[0],
            "This recognises that Bo took part in Emerging Leaders 2027 as a mentee, from 2027-01-31 to 2027-10-31."
        );
        assert!(all[2].paragraphs[0].contains("as a mentor"));
        assert_eq!(
            all[0].signature,
            "Signed: Dana Whitfield, facilitator, 2027-10-31"
        );
    }

    #[test]
    fn without_a_plan_the_workshop_dates_or_none_and_an_unsigned_letter() {
        let mut w = running();
        w.info.dates = "March 2027".into();
        let l = &letters(&w, "", "2027-10-31")[0];
        assert!(
            l.paragraphs[0].ends_with("as a mentee, March 2027."),
            "{}",
            l.paragraphs[0]
        );
        assert_eq!(l.signature, "Signed: The facilitator, 2027-10-31");
        w.info.dates.clear();
        assert!(letters(&w, "", "2027-10-31")[0].paragraphs[0].ends_with("as a mentee."));
        w.run.pairs.clear();
        assert!(letters(&w, "", "2027-10-31").is_empty());
    }
}
