//! A participant's profile: who they are, what they want to grow or can
//! offer, practical fit (library type, level, experience, region, format,
//! availability), people they must not be paired with, and — only with
//! their consent, one dimension at a time — identity answers with a
//! same / different / no-preference wish. This is exactly what leaves the
//! participant's device; private notes and goals never do.

use super::codec::{decode_text, encode, CodecError, Kind};
use super::identity::upgrade_answers;
use super::setup::Identity;
use crate::domain::decoding::from_text;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Mentee,
    Mentor,
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LibraryType {
    Public,
    Academic,
    School,
    Special,
    Other,
}

/// Position level, in order of seniority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Frontline,
    Supervisor,
    Manager,
    Director,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    InPerson,
    Online,
    Either,
}

/// A wish about one identity dimension of the other person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pref {
    Same,
    Different,
    #[default]
    #[serde(rename = "none")]
    NoPreference,
}

macro_rules! named {
    ($t:ident [$($v:ident = $n:literal / $l:literal),+ $(,)?]) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$($t::$v),+];
            pub const NAMES: &'static [&'static str] = &[$($n),+];
            pub fn label(self) -> &'static str {
                [$($l),+][self as usize]
            }
            pub fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }
        }
    };
}

named!(Role [Mentee = "mentee" / "Mentee: I want a mentor", Mentor = "mentor" / "Mentor: I can mentor someone", Either = "either" / "Either"]);
named!(LibraryType [Public = "public" / "Public", Academic = "academic" / "Academic", School = "school" / "School", Special = "special" / "Special or government", Other = "other" / "Other"]);
named!(Level [Frontline = "frontline" / "Frontline or specialist", Supervisor = "supervisor" / "Supervisor or team lead", Manager = "manager" / "Manager or department head", Director = "director" / "Director or dean"]);
named!(Format [InPerson = "in_person" / "In person", Online = "online" / "Online", Either = "either" / "Either"]);
named!(Pref [Same = "same" / "Someone of the same", Different = "different" / "Someone of a different", NoPreference = "none" / "No preference"]);

/// Availability slots, one bit each.
pub const SLOTS: [&str; 4] = [
    "Weekday mornings",
    "Weekday afternoons",
    "Weekday evenings",
    "Weekends",
];

pub use super::identity::IdentityAnswer;

/// As stored and as it travels in a profile code. Only the ids and the
/// name are required: a profile being written may have nothing else yet.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Profile {
    /// Made on the participant's device; a new code from the same person
    /// updates their profile instead of adding a second one.
    pub id: u64,
    pub workshop: u64,
    pub name: String,
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub role: Role,
    #[serde(default)]
    pub library_type: Option<LibraryType>,
    #[serde(default)]
    pub level: Option<Level>,
    #[serde(default)]
    pub years: Option<u8>,
    #[serde(default)]
    pub region: String,
    /// Their library or organisation, in their words (absent in profiles
    /// made before it was asked).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Hours from UTC.
    #[serde(default)]
    pub utc_offset: Option<i8>,
    #[serde(default)]
    pub format: Option<Format>,
    /// Bits of [`SLOTS`].
    #[serde(default)]
    pub availability: u8,
    /// Competency ids to grow (mentees) or to offer (mentors).
    #[serde(default)]
    pub grow: Vec<String>,
    #[serde(default)]
    pub offer: Vec<String>,
    /// One sentence on what they want from the pairing.
    #[serde(default)]
    pub goal: String,
    /// Names of people not to be paired with (a supervisor, say).
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default)]
    pub identity: Vec<IdentityAnswer>,
    /// When the participant last changed it (ms since 1970, by their
    /// device's clock; 0 in codes made before it was kept). Of two codes
    /// of one profile, the facilitator keeps the later (`Workshop::upsert`).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub saved_at: i64,
}

pub const MAX_TEXT_CHARS: usize = 300;
pub const MAX_LIST: usize = 16;

impl Profile {
    /// Reads and checks a profile code (a complete profile: with a name).
    pub fn from_code(code: &str) -> Result<Profile, CodecError> {
        let mut text = decode_text(Kind::Profile, code)?;
        // Codes made before the identity choices answer in free text
        // (`value`): upgraded as stored documents are. (A profile that
        // only mentions the word is upgraded into itself.)
        if text.contains("\"value\"") {
            let mut json = from_text(&text).map_err(CodecError::BadContent)?;
            upgrade_answers(&mut json);
            text = json.to_string();
        }
        let p: Profile = from_text(&text).map_err(CodecError::BadContent)?;
        p.validate().map_err(CodecError::BadContent)?;
        Ok(p)
    }

    /// The profile as a code for the facilitator.
    pub fn code(&self) -> String {
        encode(Kind::Profile, self)
    }

    /// Sizes and required fields, for anything imported.
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err("the profile has no name".into());
        }
        self.check_sizes()
    }

    /// Sizes and ranges, for a profile that may still be being written.
    pub fn check_sizes(&self) -> Result<(), String> {
        if self.utc_offset.is_some_and(|o| !(-12..=14).contains(&o)) {
            return Err("the time zone must be from UTC-12 to UTC+14".into());
        }
        if self.availability > 0b1111 {
            return Err("the availability names slots that do not exist".into());
        }
        let texts = [
            &self.name,
            &self.contact,
            &self.region,
            &self.organisation,
            &self.goal,
        ];
        if texts.iter().any(|t| t.chars().count() > MAX_TEXT_CHARS) {
            return Err("a field of the profile is too long".into());
        }
        let lists = [&self.grow, &self.offer, &self.exclude];
        if lists.iter().any(|l| l.len() > MAX_LIST)
            || lists
                .iter()
                .any(|l| l.iter().any(|x| x.chars().count() > MAX_TEXT_CHARS))
        {
            return Err("a list in the profile is too long".into());
        }
        if self.identity.len() > Identity::ALL.len() {
            return Err("the identity answers are too many".into());
        }
        for a in &self.identity {
            a.check()?;
        }
        Ok(())
    }

    /// Competencies to grow and to offer, prefilled from a self-assessment
    /// among those the workshop asks about: rated 0–2 or marked high
    /// priority to grow, rated 3–4 to offer.
    pub fn prefill(
        snapshot: &crate::domain::assessment::Snapshot,
        asked: &[String],
    ) -> (Vec<String>, Vec<String>) {
        use crate::domain::assessment::Priority;
        let (mut grow, mut offer) = (Vec::new(), Vec::new());
        for c in asked {
            let Some(r) = snapshot.rating(c) else {
                continue;
            };
            match r.level {
                Some(l) if l >= 3 => offer.push(c.clone()),
                Some(_) => grow.push(c.clone()),
                None if r.priority == Priority::High => grow.push(c.clone()),
                None => {}
            }
        }
        (grow, offer)
    }

    /// What the profile code carries: the competencies of the side the
    /// participant is on only (a mentee's prefilled strengths are not
    /// shared, nor a mentor's gaps), and identity answers only where
    /// something was written; the preview shows all of it.
    pub fn for_sharing(&self) -> Profile {
        let mut p = self.clone();
        p.identity.retain(|a| !a.is_empty());
        for a in &mut p.identity {
            a.described = a.described.trim().to_string();
        }
        if !p.mentee() {
            p.grow.clear();
        }
        if !p.mentors() {
            p.offer.clear();
        }
        p
    }

    pub fn mentors(&self) -> bool {
        self.role != Role::Mentee
    }
    pub fn mentee(&self) -> bool {
        self.role != Role::Mentor
    }
}

/// Test profiles shared by the workshop's modules.
#[cfg(test)]
impl Profile {
    /// Participant `id` of workshop 5, saved at `saved_at`, with one
    /// background answer (gender: woman, wishing for the same).
    pub fn with_background(id: u64, name: &str, saved_at: i64) -> Profile {
        use super::setup::Identity;
        let mut p = Profile {
            id,
            workshop: 5,
            name: name.into(),
            saved_at,
            ..Profile::default()
        };
        p.identity.push(IdentityAnswer::from_text(
            Identity::Gender,
            "woman",
            Pref::Same,
        ));
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Priority, Rating, Snapshot};
    use serde_json::json;

    #[test]
    fn a_code_from_before_the_identity_choices_opens_with_its_answers_upgraded() {
        let old = json!({"id": 5, "workshop": 7, "name": "Ana", "role": "mentee",
            "goal": "Say \"value\" out loud",
            "identity": [
                {"dimension": "gender", "value": "female", "pref": "same"},
                {"dimension": "race_ethnicity", "value": "Black and Cherokee", "pref": "different"}]});
        let p = Profile::from_code(&encode(Kind::Profile, &old)).unwrap();
        assert_eq!(p.goal, "Say \"value\" out loud");
        let [gender, race] = &p.identity[..] else {
            panic!("{:?}", p.identity)
        };
        assert_eq!(
            (&gender.choices[..], gender.pref),
            (&["woman".to_string()][..], Pref::Same)
        );
        assert!(race.choices.is_empty());
        assert_eq!(
            (race.described.as_str(), race.pref),
            ("Black and Cherokee", Pref::Different)
        );
        // Today's codes, and any text mentioning the word, read as written.
        assert_eq!(Profile::from_code(&p.code()).unwrap(), p);
        // An answer with neither choices nor words is refused, not emptied.
        let broken = json!({"id": 5, "workshop": 7, "name": "Ana",
            "identity": [{"dimension": "gender", "pref": "same"}]});
        assert!(matches!(
            Profile::from_code(&encode(Kind::Profile, &broken)),
            Err(CodecError::BadContent(_))
        ));
    }

    #[test]
    fn prefill_takes_gaps_to_grow_and_strengths_to_offer_among_those_asked() {
        let rating = |c: &str, level: Option<u8>, priority| Rating {
            competency: c.into(),
            level,
            evidence: String::new(),
            priority,
        };
        let s = Snapshot {
            id: 1,
            taken_at: 0,
            label: String::new(),
            framework: 1,
            ratings: vec![
                rating("advocacy", Some(1), Priority::Low),
                rating("conflict", Some(4), Priority::Low),
                rating("jedi", None, Priority::High),
                rating("ethics", None, Priority::Low),
                rating("communication", Some(0), Priority::High),
            ],
            updated_at: 0,
        };
        let asked: Vec<String> = ["advocacy", "conflict", "jedi", "ethics"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (grow, offer) = Profile::prefill(&s, &asked);
        assert_eq!(grow, ["advocacy", "jedi"]);
        assert_eq!(offer, ["conflict"]);
        // A mentee shares what they want to grow, not their prefilled
        // strengths; a mentor the reverse; "either" both.
        let mut p = Profile {
            grow,
            offer,
            ..Profile::default()
        };
        assert!(p.for_sharing().offer.is_empty());
        p.role = Role::Mentor;
        assert!(p.for_sharing().grow.is_empty());
        p.role = Role::Either;
        assert_eq!(p.for_sharing(), p);
        // Consent ticked but nothing written: nothing to share.
        p.identity.push(IdentityAnswer {
            described: "  ".into(),
            pref: Pref::Same,
            ..IdentityAnswer::new(crate::domain::workshop::setup::Identity::Gender)
        });
        assert!(p.for_sharing().identity.is_empty());
    }
}
