//! Finding a competency from what someone wrote: a form export says
//! "Change management", "budget" or "ÉTHIQUE"-style capitals, not our exact
//! names. Matching is forgiving in a fixed order: the id or name (ignoring
//! case, accents and spacing), the 14 Core (formerly LLAMA) foundational
//! competencies mapped to ours, then a word or the start of a word that
//! names exactly one competency. Anything else, or anything that could be
//! two competencies, is not guessed.

use super::framework::{Competency, COMPETENCIES};
use crate::domain::names::base_letters;

/// The 14 Core (formerly LLAMA) Foundational Competencies for Library
/// Leaders and Managers, each with the id of ours that covers it.
pub const CORE_NAMES: [(&str, &str); 14] = [
    ("communication", "communication"),
    ("change management", "adaptability"),
    ("team building", "team-building"),
    ("collaboration and partnerships", "collaboration"),
    ("emotional intelligence", "self-awareness"),
    ("problem solving", "critical-thinking"),
    ("evidence-based decision making", "decision-making"),
    ("conflict resolution", "conflict"),
    ("budget creation and presentation", "resource-management"),
    ("forward thinking", "strategic-planning"),
    ("critical thinking", "critical-thinking"),
    ("ethics", "ethics"),
    ("project management", "project-management"),
    ("marketing and advocacy", "advocacy"),
];

/// How a written name was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The competency's own id or name.
    Exact(&'static Competency),
    /// Read as this competency (a Core name, a unique word or prefix).
    Mapped(&'static Competency),
    /// No competency, or more than one, fits.
    None,
}

/// Folded for comparing: case, accents, spacing and punctuation set aside.
fn fold(text: &str) -> String {
    let key: String = base_letters(text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    key.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn by_id(id: &str) -> Option<&'static Competency> {
    COMPETENCIES.iter().find(|c| c.id == id)
}

/// Finds the competency `text` names (see the module for the order).
pub fn find_competency(text: &str) -> Found {
    let key = fold(text);
    if key.is_empty() {
        return Found::None;
    }
    if let Some(c) = COMPETENCIES
        .iter()
        .find(|c| fold(c.id) == key || fold(c.name) == key)
    {
        return Found::Exact(c);
    }
    if let Some(c) = CORE_NAMES
        .iter()
        .find(|(core, _)| fold(core) == key)
        .and_then(|(_, id)| by_id(id))
    {
        return Found::Mapped(c);
    }
    // Every word written starts a word of the competency's name (or of a
    // Core name mapped to it), and only one competency fits.
    let fits = |name: &str| {
        let words: Vec<String> = fold(name).split(' ').map(String::from).collect();
        key.split(' ')
            .all(|w| words.iter().any(|x| x.starts_with(w)))
    };
    let mut found: Vec<&'static Competency> = Vec::new();
    for c in COMPETENCIES {
        let core = CORE_NAMES
            .iter()
            .filter(|(_, id)| *id == c.id)
            .map(|(n, _)| *n);
        if std::iter::once(c.name).chain(core).any(fits) && !found.iter().any(|f| f.id == c.id) {
            found.push(c);
        }
    }
    match found.as_slice() {
        [one] if key.chars().count() >= 3 => Found::Mapped(one),
        _ => Found::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(f: Found) -> Option<(&'static str, bool)> {
        match f {
            Found::Exact(c) => Some((c.id, true)),
            Found::Mapped(c) => Some((c.id, false)),
            Found::None => None,
        }
    }

    #[test]
    fn exact_names_and_ids_in_any_case_or_accent_encoding() {
        assert_eq!(
            id(find_competency("Budget and resource management")),
            Some(("resource-management", true))
        );
        assert_eq!(
            id(find_competency("  COMMUNICATION ")),
            Some(("communication", true))
        );
        assert_eq!(id(find_competency("jedi")), Some(("jedi", true)));
        assert_eq!(
            id(find_competency("Justice, equity, diversity and inclusion")),
            Some(("jedi", true))
        );
    }

    #[test]
    fn every_core_competency_is_mapped_to_one_of_ours() {
        for (core, ours) in CORE_NAMES {
            assert!(by_id(ours).is_some(), "{ours}");
            assert_eq!(id(find_competency(core)).map(|x| x.0), Some(ours), "{core}");
        }
        assert_eq!(
            id(find_competency("Change management")),
            Some(("adaptability", false))
        );
    }

    #[test]
    fn a_unique_word_or_prefix_is_enough() {
        assert_eq!(
            id(find_competency("Budget")),
            Some(("resource-management", false))
        );
        assert_eq!(
            id(find_competency("budg")),
            Some(("resource-management", false))
        );
        assert_eq!(
            id(find_competency("Advocacy")),
            Some(("advocacy", true)),
            "its id"
        );
        assert_eq!(id(find_competency("marketing")), Some(("advocacy", false)));
        assert_eq!(
            id(find_competency("planning")),
            Some(("strategic-planning", false))
        );
    }

    #[test]
    fn ambiguous_or_unknown_names_are_not_guessed() {
        for text in ["management", "and", "Astrophysics", "", "co", "thinking"] {
            assert_eq!(find_competency(text), Found::None, "{text}");
        }
    }
}
