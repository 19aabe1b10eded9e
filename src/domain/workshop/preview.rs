//! What a profile code shares, row by row, as the participant reads it
//! before anything leaves the device: every field the code carries, with
//! the questions the workshop asked and "not answered" where nothing was
//! chosen.

use super::outputs::competency_name;
use super::profile::{Profile, SLOTS};
use super::setup::{JoinInfo, Question};

/// One row of the preview: a label and what is shared under it ("—" when
/// empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedRow {
    pub label: String,
    pub value: String,
}

/// The rows of `profile` as its code shares it (`Profile::for_sharing`),
/// for the workshop described by `info`.
pub fn shared_rows(profile: &Profile, info: &JoinInfo) -> Vec<SharedRow> {
    let p = profile.for_sharing();
    let mut rows: Vec<(String, String)> = vec![
        ("Name".into(), p.name.clone()),
        ("Contact".into(), p.contact.clone()),
        ("Role".into(), p.role.label().into()),
    ];
    let chosen = |v: Option<&str>| v.unwrap_or("not answered").to_string();
    for q in &info.questions {
        let value = match q {
            Question::LibraryType => chosen(p.library_type.map(|x| x.label())),
            Question::Level => chosen(p.level.map(|x| x.label())),
            Question::Experience => p
                .years
                .map_or("not answered".into(), |y| format!("{y} years")),
            Question::Region => format!(
                "{} {}",
                p.region,
                p.utc_offset
                    .map(|o| format!("(UTC{o:+})"))
                    .unwrap_or_default()
            )
            .trim()
            .to_string(),
            Question::Format => chosen(p.format.map(|x| x.label())),
            Question::Organisation => {
                let organisation = p.organisation.trim();
                chosen((!organisation.is_empty()).then_some(organisation))
            }
            Question::Availability => SLOTS
                .iter()
                .enumerate()
                .filter(|(i, _)| p.availability & (1 << i) != 0)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>()
                .join(", "),
        };
        rows.push((q.label().into(), value));
    }
    let names = |ids: &[String]| {
        ids.iter()
            .map(|c| competency_name(c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if p.mentee() {
        rows.push(("Competencies to grow".into(), names(&p.grow)));
    }
    if p.mentors() {
        rows.push(("Competencies to offer".into(), names(&p.offer)));
    }
    rows.push(("Hope from mentoring".into(), p.goal.clone()));
    rows.push(("Not to be paired with".into(), p.exclude.join(", ")));
    for a in &p.identity {
        rows.push((
            a.dimension.label().into(),
            format!(
                "{} (wish: {})",
                a.text(),
                a.pref.label().to_ascii_lowercase()
            ),
        ));
    }
    if !info.identity.is_empty() && p.identity.is_empty() {
        rows.push(("About you".into(), "nothing shared".into()));
    }
    rows.into_iter()
        .map(|(label, value)| SharedRow {
            label,
            value: if value.trim().is_empty() {
                "—".into()
            } else {
                value
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::identity::IdentityAnswer;
    use crate::domain::workshop::profile::{Pref, Role};
    use crate::domain::workshop::setup::Identity;

    fn info(questions: Vec<Question>, identity: Vec<Identity>) -> JoinInfo {
        JoinInfo {
            workshop: 7,
            name: "Spring cohort".into(),
            questions,
            identity,
            ..JoinInfo::default()
        }
    }

    fn row<'a>(rows: &'a [SharedRow], label: &str) -> Option<&'a str> {
        rows.iter()
            .find(|r| r.label == label)
            .map(|r| r.value.as_str())
    }

    #[test]
    fn a_mentee_shares_what_to_grow_and_unanswered_questions_say_so() {
        let p = Profile {
            name: "Ria Das".into(),
            role: Role::Mentee,
            grow: vec!["advocacy".into()],
            offer: vec!["conflict".into()],
            years: Some(4),
            ..Profile::default()
        };
        let rows = shared_rows(
            &p,
            &info(vec![Question::Experience, Question::Level], vec![]),
        );
        assert_eq!(row(&rows, "Name"), Some("Ria Das"));
        assert_eq!(row(&rows, "Contact"), Some("—"));
        assert_eq!(row(&rows, Question::Experience.label()), Some("4 years"));
        assert_eq!(row(&rows, Question::Level.label()), Some("not answered"));
        assert!(row(&rows, "Competencies to grow").is_some_and(|v| v != "—"));
        assert_eq!(
            row(&rows, "Competencies to offer"),
            None,
            "a mentee's strengths stay"
        );
        assert_eq!(row(&rows, "About you"), None, "no identity questions asked");
    }

    #[test]
    fn identity_answers_show_with_their_wish_and_nothing_shared_is_said() {
        let asked = info(vec![], vec![Identity::Gender]);
        let mut p = Profile {
            name: "Ria".into(),
            ..Profile::default()
        };
        assert_eq!(
            row(&shared_rows(&p, &asked), "About you"),
            Some("nothing shared")
        );
        p.identity.push(IdentityAnswer {
            described: "in my words".into(),
            pref: Pref::Same,
            ..IdentityAnswer::new(Identity::Gender)
        });
        let rows = shared_rows(&p, &asked);
        let shown = row(&rows, Identity::Gender.label()).unwrap_or_default();
        assert!(shown.contains("in my words"), "{shown}");
        assert!(shown.contains("(wish: "), "{shown}");
        assert_eq!(row(&rows, "About you"), None);
    }
}
