//! Stored objects read in part. A page that owns one field of a document
//! another page also writes (the participant's page owns the workshops it
//! joined, in the `workshops` document the facilitator's page writes too)
//! reads that field into its type and keeps every other field as its stored
//! JSON text, written back exactly as it was read.
//!
//! So the page compiles only its own field's types (a phone joining a
//! workshop does not download the facilitator's), and a field it does not
//! know (one a later version adds) is never lost when it saves.

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::value::RawValue;
use std::fmt;
use std::marker::PhantomData;

/// The fields a page does not read, in their stored order, each as the
/// JSON text it was stored as.
#[derive(Debug, Clone, Default)]
pub struct Kept(Vec<(String, Box<RawValue>)>);

#[cfg(test)]
impl Kept {
    /// The names of the kept fields, in their stored order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(name, _)| name.as_str())
    }
}

impl PartialEq for Kept {
    /// Equal when the same fields hold the same text.
    fn eq(&self, other: &Kept) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|((a, x), (b, y))| a == b && x.get() == y.get())
    }
}

/// Reads a JSON object: field `field` into `P` (its default when absent),
/// every other field kept as text. A duplicated `field` is an error, as it
/// is for derived types.
pub fn read_part<'de, D, P>(deserializer: D, field: &'static str) -> Result<(P, Kept), D::Error>
where
    D: Deserializer<'de>,
    P: DeserializeOwned + Default,
{
    deserializer.deserialize_map(PartVisitor {
        field,
        part: PhantomData,
    })
}

/// Writes what [`read_part`] read: the kept fields as they were, then
/// `field` (left out when `part` is `None`, as the whole type leaves out
/// an empty one).
pub fn write_part<S, P>(
    serializer: S,
    field: &'static str,
    part: Option<&P>,
    kept: &Kept,
) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    P: Serialize,
{
    let mut map = serializer.serialize_map(Some(kept.0.len() + usize::from(part.is_some())))?;
    for (name, text) in &kept.0 {
        map.serialize_entry(name, text)?;
    }
    if let Some(part) = part {
        map.serialize_entry(field, part)?;
    }
    map.end()
}

struct PartVisitor<P> {
    field: &'static str,
    part: PhantomData<P>,
}

impl<'de, P: DeserializeOwned + Default> Visitor<'de> for PartVisitor<P> {
    type Value = (P, Kept);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(P, Kept), A::Error> {
        let mut part = None;
        let mut kept = Vec::new();
        while let Some(name) = map.next_key::<String>()? {
            if name == self.field {
                if part.is_some() {
                    return Err(de::Error::duplicate_field(self.field));
                }
                part = Some(map.next_value::<P>()?);
            } else {
                kept.push((name, map.next_value::<Box<RawValue>>()?));
            }
        }
        Ok((part.unwrap_or_default(), Kept(kept)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// A page that owns `notes` of a document with other fields.
    #[derive(Debug, Clone, Default, PartialEq)]
    struct Notes {
        notes: Vec<String>,
        kept: Kept,
    }

    impl Serialize for Notes {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let notes = (!self.notes.is_empty()).then_some(&self.notes);
            write_part(s, "notes", notes, &self.kept)
        }
    }

    impl<'de> Deserialize<'de> for Notes {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let (notes, kept) = read_part(d, "notes")?;
            Ok(Notes { notes, kept })
        }
    }

    #[test]
    fn other_fields_are_written_back_exactly_as_stored() {
        let stored = r#"{"title":"Spring  cohort","big":12345678901234567890,"x":1.10,"notes":["a"],"later":{"n":[1, 2]}}"#;
        let mut doc: Notes = serde_json::from_str(stored).unwrap();
        assert_eq!(doc.notes, vec!["a".to_string()]);
        assert_eq!(
            doc.kept.names().collect::<Vec<_>>(),
            ["title", "big", "x", "later"]
        );
        doc.notes.push("b".into());
        assert_eq!(
            serde_json::to_string(&doc).unwrap(),
            r#"{"title":"Spring  cohort","big":12345678901234567890,"x":1.10,"later":{"n":[1, 2]},"notes":["a","b"]}"#
        );
    }

    #[test]
    fn a_missing_part_is_its_default_and_a_wrong_one_is_an_error() {
        let doc: Notes = serde_json::from_str(r#"{"other":true}"#).unwrap();
        assert!(doc.notes.is_empty());
        assert_eq!(serde_json::to_string(&doc).unwrap(), r#"{"other":true}"#);
        assert!(serde_json::from_str::<Notes>(r#"{"notes":"not a list"}"#).is_err());
        assert!(serde_json::from_str::<Notes>(r#"{"notes":[],"notes":[]}"#).is_err());
        assert!(serde_json::from_str::<Notes>("[]").is_err());
    }

    #[test]
    fn kept_fields_compare_by_their_text() {
        let a: Notes = serde_json::from_str(r#"{"t":1,"notes":[]}"#).unwrap();
        let b: Notes = serde_json::from_str(r#"{"t":1,"notes":[]}"#).unwrap();
        let c: Notes = serde_json::from_str(r#"{"t":2,"notes":[]}"#).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
