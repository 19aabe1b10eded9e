//! A participant's profile: who they are, what they want to grow or can
//! offer, practical fit (library type, level, experience, region, format,
//! availability), people they must not be paired with, and — only with
//! their consent, one dimension at a time — identity answers with a
//! same / different / no-preference wish. This is exactly what leaves the
//! participant's device; private notes and goals never do.

use super::setup::{pick, Identity};
use crate::domain::json::{array, Fields, ToJson, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    #[default]
    Mentee,
    Mentor,
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryType {
    Public,
    Academic,
    School,
    Special,
    Other,
}

/// Position level, in order of seniority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Frontline,
    Supervisor,
    Manager,
    Director,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    InPerson,
    Online,
    Either,
}

/// A wish about one identity dimension of the other person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pref {
    Same,
    Different,
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

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Profile {
    /// Made on the participant's device; a new code from the same person
    /// updates their profile instead of adding a second one.
    pub id: u64,
    pub workshop: u64,
    pub name: String,
    pub contact: String,
    pub role: Role,
    pub library_type: Option<LibraryType>,
    pub level: Option<Level>,
    pub years: Option<u8>,
    pub region: String,
    /// Hours from UTC.
    pub utc_offset: Option<i8>,
    pub format: Option<Format>,
    /// Bits of [`SLOTS`].
    pub availability: u8,
    /// Competency ids to grow (mentees) or to offer (mentors).
    pub grow: Vec<String>,
    pub offer: Vec<String>,
    /// One sentence on what they want from the pairing.
    pub goal: String,
    /// Names of people not to be paired with (a supervisor, say).
    pub exclude: Vec<String>,
    pub identity: Vec<IdentityAnswer>,
}

pub const MAX_TEXT_CHARS: usize = 300;
pub const MAX_LIST: usize = 16;

fn opt_name(v: Option<&'static str>) -> Value {
    v.map_or(Value::Null, Value::from)
}

impl ToJson for Profile {
    fn to_json(&self) -> Value {
        Fields::new()
            .set("id", self.id)
            .set("workshop", self.workshop)
            .set("name", &self.name)
            .set("contact", &self.contact)
            .set("role", self.role.name())
            .set(
                "library_type",
                opt_name(self.library_type.map(LibraryType::name)),
            )
            .set("level", opt_name(self.level.map(Level::name)))
            .set("years", self.years)
            .set("region", &self.region)
            .set(
                "utc_offset",
                self.utc_offset
                    .map_or(Value::Null, |o| Value::Int(i64::from(o))),
            )
            .set("format", opt_name(self.format.map(Format::name)))
            .set("availability", self.availability)
            .set("grow", array(&self.grow, |c| c.into()))
            .set("offer", array(&self.offer, |c| c.into()))
            .set("goal", &self.goal)
            .set("exclude", array(&self.exclude, |c| c.into()))
            .set(
                "identity",
                array(&self.identity, |a| {
                    Fields::new()
                        .set("dimension", Identity::NAMES[a.dimension as usize])
                        .set("choices", array(&a.choices, |c| c.into()))
                        .set_if(!a.described.is_empty(), "described", &a.described)
                        .set("pref", a.pref.name())
                        .done()
                }),
            )
            .done()
    }
}

fn opt_pick<T: Copy>(
    m: &crate::domain::json::Obj,
    key: &str,
    all: &[T],
    names: &[&str],
) -> Result<Option<T>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => pick(v, all, names)
            .map(Some)
            .map_err(|e| format!("{key}{e}")),
    }
}

impl Profile {
    /// A complete profile, as imported: [`Profile::read_draft`] plus a name.
    pub fn from_json(v: &Value) -> Result<Profile, String> {
        let p = Profile::read_draft(v)?;
        p.validate()?;
        Ok(p)
    }

    /// A profile that may still be being written (no name yet); sizes are
    /// checked all the same.
    pub fn read_draft(v: &Value) -> Result<Profile, String> {
        use crate::domain::json::*;
        let m = obj(v, "profile")?;
        let mut p = Profile {
            id: u64_req(m, "id")?,
            workshop: u64_req(m, "workshop")?,
            ..Profile::default()
        };
        p.name = str_req(m, "name")?;
        p.contact = str_or_empty(m, "contact")?;
        p.role = opt_pick(m, "role", Role::ALL, Role::NAMES)?.unwrap_or_default();
        p.library_type = opt_pick(m, "library_type", LibraryType::ALL, LibraryType::NAMES)?;
        p.level = opt_pick(m, "level", Level::ALL, Level::NAMES)?;
        p.years = u8_opt(m, "years")?;
        p.region = str_or_empty(m, "region")?;
        p.utc_offset = match i64_opt(m, "utc_offset")? {
            None => None,
            Some(o) if (-12..=14).contains(&o) => Some(o as i8),
            Some(_) => return Err("utc_offset: expected -12 to 14".into()),
        };
        p.format = opt_pick(m, "format", Format::ALL, Format::NAMES)?;
        p.availability = u8_opt(m, "availability")?.unwrap_or(0) & 0b1111;
        p.grow = strings(m, "grow")?;
        p.offer = strings(m, "offer")?;
        p.goal = str_or_empty(m, "goal")?;
        p.exclude = strings(m, "exclude")?;
        p.identity = list(m, "identity", |v| {
            let m = obj(v, "answer")?;
            let dimension = pick(
                m.get("dimension").unwrap_or(&Value::Null),
                &Identity::ALL,
                &Identity::NAMES,
            )?;
            let pref = opt_pick(m, "pref", Pref::ALL, Pref::NAMES)?.unwrap_or(Pref::NoPreference);
            // Codes made before the choices carry free text in `value`.
            if m.contains_key("value") && !m.contains_key("choices") {
                let text = str_or_empty(m, "value")?;
                if text.chars().count() > super::identity::MAX_DESCRIBED_CHARS {
                    return Err(": the answer is too long".into());
                }
                return Ok(IdentityAnswer::from_text(dimension, &text, pref));
            }
            Ok(IdentityAnswer {
                dimension,
                choices: strings(m, "choices")?,
                described: str_or_empty(m, "described")?,
                pref,
            })
        })?;
        p.check_sizes()?;
        Ok(p)
    }

    /// Sizes and required fields, for anything imported.
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err("the profile has no name".into());
        }
        self.check_sizes()
    }

    fn check_sizes(&self) -> Result<(), String> {
        let texts = [&self.name, &self.contact, &self.region, &self.goal];
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Priority, Rating, Snapshot};

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
