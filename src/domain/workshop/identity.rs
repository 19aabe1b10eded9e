//! Identity answers a participant chose to share for matching: each
//! dimension offers a short list of choices (several at once where people
//! belong to several, as with race or ethnicity and mixed ancestry),
//! "prefer to self-describe" in their own words, and "prefer not to say"
//! (nothing is shared). Two people's answers compare reliably: the same
//! background when they share a choice, or wrote the same words
//! ([`crate::domain::names`]); a different one when both answered and share
//! nothing; unknown otherwise. Free text from before the choices existed is
//! read as the choice it names ("female" is Woman) or kept as
//! self-described ([`IdentityAnswer::from_text`]).

use super::profile::Pref;
use super::setup::Identity;
use crate::domain::migration::object;
use crate::domain::names::name_key;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One choice of a dimension: a stable id (stored), what the form says,
/// and other words people write for it (for reading old free text).
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
    also: &'static [&'static str],
}

const GENDER: &[Choice] = &[
    Choice {
        id: "woman",
        label: "Woman",
        also: &["female", "f", "women", "girl", "cis woman", "trans woman"],
    },
    Choice {
        id: "man",
        label: "Man",
        also: &["male", "m", "men", "cis man", "trans man"],
    },
    Choice {
        id: "non-binary",
        label: "Non-binary",
        also: &["nonbinary", "non binary", "enby", "genderqueer", "nb"],
    },
];

const RACE_ETHNICITY: &[Choice] = &[
    Choice {
        id: "american-indian",
        label: "American Indian, Alaska Native or Indigenous",
        also: &[
            "native american",
            "american indian",
            "alaska native",
            "indigenous",
            "first nations",
        ],
    },
    Choice {
        id: "asian",
        label: "Asian or Asian American",
        also: &["asian", "asian american"],
    },
    Choice {
        id: "black",
        label: "Black or African American",
        also: &["black", "african american", "african"],
    },
    Choice {
        id: "hispanic-latino",
        label: "Hispanic or Latino/a/x",
        also: &[
            "hispanic",
            "latino",
            "latina",
            "latinx",
            "latine",
            "hispanic or latino",
        ],
    },
    Choice {
        id: "middle-eastern",
        label: "Middle Eastern or North African",
        also: &["middle eastern", "north african", "mena", "arab"],
    },
    Choice {
        id: "pacific-islander",
        label: "Native Hawaiian or Pacific Islander",
        also: &["pacific islander", "native hawaiian", "polynesian"],
    },
    Choice {
        id: "white",
        label: "White",
        also: &["caucasian", "european"],
    },
];

const YES_NO: &[Choice] = &[
    Choice {
        id: "yes",
        label: "Yes",
        also: &["y", "true"],
    },
    Choice {
        id: "no",
        label: "No",
        also: &["n", "none", "false"],
    },
];

const DISABILITY: &[Choice] = &[
    Choice {
        id: "yes",
        label: "Yes, I have a disability",
        also: &["yes", "y", "disabled", "i have a disability", "true"],
    },
    Choice {
        id: "no",
        label: "No",
        also: &["n", "none", "false", "not disabled"],
    },
];

impl Identity {
    /// The choices the form offers for this dimension.
    pub fn choices(self) -> &'static [Choice] {
        match self {
            Identity::Gender => GENDER,
            Identity::RaceEthnicity => RACE_ETHNICITY,
            Identity::Disability => DISABILITY,
            Identity::FirstGeneration => YES_NO,
        }
    }

    /// Whether a person may pick several choices (race or ethnicity: mixed
    /// ancestry) rather than one.
    pub fn several(self) -> bool {
        self == Identity::RaceEthnicity
    }

    /// The label of one of this dimension's choices (the id if unknown).
    pub fn choice_label(self, id: &str) -> &str {
        self.choices()
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.label)
    }
}

/// Most characters of a self-description.
pub const MAX_DESCRIBED_CHARS: usize = 60;

/// One consented identity answer, as stored and shared today. Answers
/// written before the choices (free text in `value`: stored documents of
/// schema 1, old profile codes) are upgraded before they are read
/// ([`upgrade_answers`]); read as they are, they fail for want of
/// `choices` instead of losing their words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityAnswer {
    pub dimension: Identity,
    /// Ids of the dimension's [`Choice`]s that describe the person.
    pub choices: Vec<String>,
    /// "Prefer to self-describe": in the person's own words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub described: String,
    #[serde(default)]
    pub pref: Pref,
}

impl IdentityAnswer {
    /// A consented answer with nothing chosen yet.
    pub fn new(dimension: Identity) -> IdentityAnswer {
        IdentityAnswer {
            dimension,
            choices: Vec::new(),
            described: String::new(),
            pref: Pref::NoPreference,
        }
    }

    /// An answer written as free text (profiles made before the choices):
    /// a text that names choices ("Black; White", "female") becomes those
    /// choices; anything else stays self-described, word for word.
    pub fn from_text(dimension: Identity, text: &str, pref: Pref) -> IdentityAnswer {
        let mut answer = IdentityAnswer {
            pref,
            ..IdentityAnswer::new(dimension)
        };
        let parts: Vec<&str> = text
            .split([';', ',', '/', '&', '+'])
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let found: Vec<Option<&Choice>> =
            parts.iter().map(|p| choice_named(dimension, p)).collect();
        if !found.is_empty() && found.iter().all(Option::is_some) {
            for c in found.into_iter().flatten() {
                if !answer.choices.iter().any(|x| x == c.id) {
                    answer.choices.push(c.id.to_string());
                }
            }
            if !dimension.several() {
                answer.choices.truncate(1);
            }
        } else if let Some(c) = choice_named(dimension, text) {
            answer.choices.push(c.id.to_string());
        } else {
            answer.described = text.trim().to_string();
        }
        answer
    }

    /// "Prefer not to say", or consent ticked with nothing answered: such
    /// an answer is not shared.
    pub fn is_empty(&self) -> bool {
        self.choices.is_empty() && self.described.trim().is_empty()
    }

    /// Whether the two answers are the same background: `Some(true)` when
    /// they share a choice or describe themselves in the same words,
    /// `Some(false)` when both answered and share nothing, `None` when
    /// either gave nothing to compare.
    pub fn same_as(&self, other: &IdentityAnswer) -> Option<bool> {
        if self.is_empty() || other.is_empty() || self.dimension != other.dimension {
            return None;
        }
        let shared_choice = self.choices.iter().any(|c| other.choices.contains(c));
        let described = name_key(&self.described);
        let shared_words = !described.is_empty() && described == name_key(&other.described);
        Some(shared_choice || shared_words)
    }

    /// The answer in words, as the preview shows it.
    pub fn text(&self) -> String {
        let mut parts: Vec<&str> = self
            .choices
            .iter()
            .map(|c| self.dimension.choice_label(c))
            .collect();
        if !self.described.trim().is_empty() {
            parts.push(self.described.trim());
        }
        parts.join("; ")
    }

    /// Choices known for the dimension, at most all of them, and a short
    /// self-description: what an imported answer may hold.
    pub fn check(&self) -> Result<(), String> {
        let known = self.dimension.choices();
        if self.choices.len() > known.len()
            || self
                .choices
                .iter()
                .any(|c| !known.iter().any(|k| k.id == c))
            || self.described.chars().count() > MAX_DESCRIBED_CHARS
            || (!self.dimension.several() && self.choices.len() > 1)
        {
            return Err(format!(
                "the answer about {} cannot be used",
                self.dimension.label().to_ascii_lowercase()
            ));
        }
        Ok(())
    }
}

/// Workshops schema 1 → 2: identity answers were free text (`value`);
/// now they are choices and a self-description. Every answer in the
/// document (participants of facilitated workshops, the participant's own
/// joined profiles) is upgraded ([`upgrade_answers`]).
pub fn migrate_workshops_v1(doc: Value) -> Result<Value, String> {
    let mut doc = Value::Object(object(doc)?);
    upgrade_answers(&mut doc);
    Ok(doc)
}

/// Upgrades every free-text identity answer in `v` (a stored document or
/// a profile code, as JSON) with [`IdentityAnswer::from_text`]: a text
/// that names choices becomes them, anything else stays self-described.
/// Answers that have choices are left as they are.
pub fn upgrade_answers(v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(upgrade_answers),
        Value::Object(m) => {
            if let Some(Value::Array(answers)) = m.get_mut("identity") {
                answers.iter_mut().for_each(upgrade_answer);
            }
            for key in ["workshops", "joined", "items", "participants", "profile"] {
                if let Some(child) = m.get_mut(key) {
                    upgrade_answers(child);
                }
            }
        }
        _ => {}
    }
}

fn upgrade_answer(answer: &mut Value) {
    let Value::Object(m) = answer else { return };
    if m.contains_key("choices") {
        return;
    }
    let Some(Value::String(text)) = m.remove("value") else {
        return;
    };
    let dimension = m
        .get("dimension")
        .and_then(Value::as_str)
        .and_then(|d| Identity::NAMES.iter().position(|n| *n == d))
        .map(|i| Identity::ALL[i]);
    // An unknown dimension is left for the reader to refuse, as before.
    let Some(dimension) = dimension else {
        m.insert("value".into(), Value::String(text));
        return;
    };
    // Its `pref` stays as it was.
    let a = IdentityAnswer::from_text(dimension, &text, Pref::NoPreference);
    m.insert(
        "choices".into(),
        Value::Array(a.choices.into_iter().map(Value::String).collect()),
    );
    if !a.described.is_empty() {
        m.insert("described".into(), Value::String(a.described));
    }
}

/// The choice of `dimension` that `text` names (its id, label or another
/// word for it), compared as names are.
fn choice_named(dimension: Identity, text: &str) -> Option<&'static Choice> {
    let key = name_key(text);
    if key.is_empty() {
        return None;
    }
    dimension.choices().iter().find(|c| {
        name_key(c.id) == key
            || name_key(c.label) == key
            || c.also.iter().any(|a| name_key(a) == key)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(d: Identity, t: &str) -> IdentityAnswer {
        IdentityAnswer::from_text(d, t, Pref::Same)
    }

    #[test]
    fn old_free_text_answers_become_the_choices_they_name() {
        assert_eq!(text(Identity::Gender, "Woman").choices, ["woman"]);
        assert_eq!(text(Identity::Gender, " female ").choices, ["woman"]);
        assert_eq!(text(Identity::Gender, "MALE").choices, ["man"]);
        assert_eq!(
            text(Identity::RaceEthnicity, "African American").choices,
            ["black"]
        );
        assert_eq!(
            text(Identity::RaceEthnicity, "Black; White").choices,
            ["black", "white"]
        );
        assert_eq!(
            text(Identity::RaceEthnicity, "Latina and Asian American").choices,
            ["hispanic-latino", "asian"]
        );
        assert_eq!(text(Identity::Disability, "yes").choices, ["yes"]);
        assert_eq!(text(Identity::FirstGeneration, "No").choices, ["no"]);
    }

    #[test]
    fn unknown_text_stays_self_described_word_for_word() {
        let a = text(Identity::Gender, "Two-Spirit");
        assert!(a.choices.is_empty());
        assert_eq!(a.described, "Two-Spirit");
        let mixed = text(Identity::RaceEthnicity, "Black and Cherokee");
        assert_eq!(
            (mixed.choices.len(), mixed.described.as_str()),
            (0, "Black and Cherokee"),
            "nothing half-guessed"
        );
        assert!(text(Identity::Gender, "   ").is_empty());
    }

    #[test]
    fn woman_and_female_are_the_same_background_black_and_african_american_too() {
        let same = |d, a, b| text(d, a).same_as(&text(d, b));
        assert_eq!(same(Identity::Gender, "Woman", "female"), Some(true));
        assert_eq!(
            same(Identity::RaceEthnicity, "Black", "African American"),
            Some(true)
        );
        assert_eq!(
            same(Identity::RaceEthnicity, "Black; White", "white"),
            Some(true),
            "mixed ancestry shares each part"
        );
        assert_eq!(same(Identity::Gender, "Woman", "Man"), Some(false));
        assert_eq!(
            same(Identity::Gender, "Two-Spirit", "TWO-SPIRIT"),
            Some(true),
            "own words compare as names do"
        );
        assert_eq!(same(Identity::Gender, "Two-Spirit", "Woman"), Some(false));
        assert_eq!(
            same(Identity::Gender, "", "Woman"),
            None,
            "prefer not to say"
        );
    }

    #[test]
    fn imported_answers_hold_only_known_choices() {
        let mut a = IdentityAnswer::new(Identity::Gender);
        a.choices = vec!["woman".into()];
        assert!(a.check().is_ok());
        a.choices.push("man".into());
        assert!(a.check().is_err(), "one gender choice");
        let mut r = IdentityAnswer::new(Identity::RaceEthnicity);
        r.choices = vec!["black".into(), "white".into()];
        assert!(r.check().is_ok());
        r.choices.push("martian".into());
        assert!(r.check().is_err());
        let long = IdentityAnswer {
            described: "x".repeat(61),
            ..IdentityAnswer::new(Identity::Gender)
        };
        assert!(long.check().is_err());
    }

    #[test]
    fn stored_free_text_answers_move_to_choices_and_keep_their_words_otherwise() {
        let v1 = serde_json::json!({"workshops": {"items": [{"participants": [
            {"id": 1, "identity": [{"dimension": "gender", "value": "female", "pref": "same"},
                                   {"dimension": "race_ethnicity", "value": "Black and Cherokee", "pref": "different"}]}
        ]}]}, "joined": {"items": [{"profile": {"identity": [{"dimension": "disability", "value": "Yes", "pref": "none"}]}}]}});
        let v2 = migrate_workshops_v1(v1).unwrap();
        let answers = |v: &Value| v.as_array().unwrap().clone();
        assert_eq!(
            answers(&v2["workshops"]["items"][0]["participants"][0]["identity"]),
            [
                serde_json::json!({"dimension": "gender", "pref": "same", "choices": ["woman"]}),
                serde_json::json!({"dimension": "race_ethnicity", "pref": "different", "choices": [], "described": "Black and Cherokee"}),
            ]
        );
        assert_eq!(
            answers(&v2["joined"]["items"][0]["profile"]["identity"]),
            [serde_json::json!({"dimension": "disability", "pref": "none", "choices": ["yes"]})]
        );
        assert!(!v2.to_string().contains("\"value\""));
        assert_eq!(
            migrate_workshops_v1(serde_json::json!({})).unwrap(),
            serde_json::json!({})
        );
        assert!(migrate_workshops_v1(serde_json::json!([])).is_err());
    }

    #[test]
    fn every_dimension_has_choices_with_unique_ids() {
        for d in Identity::ALL {
            let ids: Vec<&str> = d.choices().iter().map(|c| c.id).collect();
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(ids.len(), unique.len(), "{d:?}");
            assert!(ids.len() >= 2);
        }
    }
}
