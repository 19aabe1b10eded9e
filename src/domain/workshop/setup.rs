//! What a facilitator sets up, and what of it travels in the join link:
//! the workshop's name, dates and contact, the competencies and optional
//! questions to ask, and the opt-in identity dimensions. Weights and
//! capacities stay with the facilitator.

use super::codec::{decode, encode, CodecError, Kind};
use serde::{Deserialize, Serialize};

/// Optional questions a workshop may ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    LibraryType,
    Level,
    Experience,
    Region,
    Format,
    Availability,
    /// Their library or organisation (a workshop may keep people of the
    /// same one apart).
    Organisation,
}

impl Question {
    pub const ALL: [Question; 7] = [
        Question::LibraryType,
        Question::Level,
        Question::Experience,
        Question::Region,
        Question::Format,
        Question::Availability,
        Question::Organisation,
    ];
    pub const NAMES: [&'static str; 7] = [
        "library_type",
        "level",
        "experience",
        "region",
        "format",
        "availability",
        "organisation",
    ];
    pub fn label(self) -> &'static str {
        [
            "Library type",
            "Position level",
            "Years of experience",
            "Region and time zone",
            "Meeting format",
            "Availability",
            "Library or organisation",
        ][self as usize]
    }
}

/// Identity dimensions a workshop may ask about, each opt-in with consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Identity {
    Gender,
    RaceEthnicity,
    Disability,
    FirstGeneration,
}

impl Identity {
    pub const ALL: [Identity; 4] = [
        Identity::Gender,
        Identity::RaceEthnicity,
        Identity::Disability,
        Identity::FirstGeneration,
    ];
    pub const NAMES: [&'static str; 4] =
        ["gender", "race_ethnicity", "disability", "first_generation"];
    pub fn label(self) -> &'static str {
        [
            "Gender",
            "Race or ethnicity",
            "Disability",
            "First-generation professional",
        ][self as usize]
    }
}

/// The part of a workshop that participants receive (in the join link).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct JoinInfo {
    /// The facilitator's id for the workshop; profiles carry it back.
    pub workshop: u64,
    pub name: String,
    #[serde(default)]
    pub dates: String,
    #[serde(default)]
    pub contact: String,
    /// Competency ids (see `assessment::framework`) to ask about.
    #[serde(default)]
    pub competencies: Vec<String>,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub identity: Vec<Identity>,
}

pub const MAX_NAME_CHARS: usize = 120;

/// Adds `x` to `list` (`on`) or removes it, keeping the items in the
/// order of `order` (what the facilitator ticks shows up in a fixed
/// order). Rebuilt from `order` rather than sorted: no sort per type.
pub fn toggle<T: PartialEq + Clone>(list: &mut Vec<T>, x: &T, on: bool, order: &[T]) {
    let keep = |o: &T| if o == x { on } else { list.contains(o) };
    let next: Vec<T> = order.iter().filter(|o| keep(o)).cloned().collect();
    *list = next;
}

impl JoinInfo {
    /// Reads and checks a join link (or its code).
    pub fn from_code(code: &str) -> Result<JoinInfo, CodecError> {
        let info: JoinInfo = decode(Kind::Join, code)?;
        info.validate().map_err(CodecError::BadContent)?;
        Ok(info)
    }

    /// The setup as the code of a join link.
    pub fn code(&self) -> String {
        encode(Kind::Join, self)
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err("the workshop has no name".into());
        }
        if [&self.name, &self.dates, &self.contact]
            .iter()
            .any(|t| t.chars().count() > MAX_NAME_CHARS)
        {
            return Err("a workshop field is too long".into());
        }
        if self.competencies.len() > 16 {
            return Err("too many competencies".into());
        }
        Ok(())
    }

    pub fn asks(&self, q: Question) -> bool {
        self.questions.contains(&q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggle_adds_once_removes_and_keeps_the_given_order() {
        let order = Question::ALL;
        let mut list = vec![Question::Format];
        toggle(&mut list, &Question::LibraryType, true, &order);
        toggle(&mut list, &Question::LibraryType, true, &order);
        assert_eq!(list, [Question::LibraryType, Question::Format]);
        toggle(&mut list, &Question::Format, false, &order);
        assert_eq!(list, [Question::LibraryType]);
    }
}
