//! The versioned envelope around every stored document:
//! `{"app":"wayfinder","schema":1,"saved_at":…,"rev":…,"data":{…}}`.

use super::error::{LoadError, SaveError};
use crate::domain::decoding::{from_text, from_value};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The app id every envelope and backup carries.
pub const APP_ID: &str = "wayfinder";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Envelope {
    /// Always [`APP_ID`]; anything else is another app's data.
    pub app: String,
    /// The document's schema version when it was written.
    pub schema: u32,
    /// When it was written, in milliseconds since the Unix epoch.
    pub saved_at: i64,
    /// Revision counter: +1 on every write, compared before each write so a
    /// tab never overwrites a newer revision written by another tab.
    pub rev: u64,
    /// Which line of history this revision belongs to. 0 for a document
    /// built up by edits; a new value when a restore replaced it wholesale,
    /// so tabs merge their edits only into the same line and never bring
    /// replaced records back.
    #[serde(skip_serializing_if = "is_zero")]
    pub lineage: u64,
    /// The document itself, as written by that schema version.
    pub data: Value,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// An envelope as written, borrowing the document: saving writes the text
/// in one pass, without building a [`Value`] first.
#[derive(Serialize)]
pub struct Written<'a, T: Serialize> {
    pub app: &'static str,
    pub schema: u32,
    pub saved_at: i64,
    pub rev: u64,
    #[serde(skip_serializing_if = "is_zero")]
    pub lineage: u64,
    pub data: &'a T,
}

impl<'a, T: Serialize> Written<'a, T> {
    pub fn new(schema: u32, saved_at: i64, rev: u64, lineage: u64, data: &'a T) -> Self {
        Written {
            app: APP_ID,
            schema,
            saved_at,
            rev,
            lineage,
            data,
        }
    }

    /// The stored text. (Wayfinder's documents have no maps with keys
    /// other than text, so this does not fail; if it ever did, nothing
    /// would be written.)
    pub fn to_json(&self) -> Result<String, SaveError> {
        serde_json::to_string(self).map_err(|e| SaveError::Encode(e.to_string()))
    }
}

impl Envelope {
    pub fn new(schema: u32, saved_at: i64, rev: u64, data: Value) -> Self {
        Envelope {
            app: APP_ID.to_string(),
            schema,
            saved_at,
            rev,
            data,
            lineage: 0,
        }
    }

    pub fn with_lineage(mut self, lineage: u64) -> Self {
        self.lineage = lineage;
        self
    }

    /// Reads an envelope from stored text, telling "not JSON" apart from
    /// "JSON, but not ours".
    pub fn parse(raw: &str) -> Result<Envelope, LoadError> {
        let value = from_text::<Value>(raw).map_err(LoadError::NotJson)?;
        Envelope::from_value(value)
    }

    /// Checks and takes apart a parsed envelope.
    pub fn from_value(value: Value) -> Result<Envelope, LoadError> {
        let Value::Object(mut m) = value else {
            return Err(LoadError::NotEnvelope("it is not an object".into()));
        };
        // The data is taken out first, so only the stamp is read below.
        let data = m
            .remove("data")
            .ok_or_else(|| LoadError::NotEnvelope("it has no data".into()))?;
        check_app(m.get("app").and_then(Value::as_str))?;
        let stamp: Stamp = from_value(Value::Object(m)).map_err(LoadError::NotEnvelope)?;
        stamp.check()?;
        Ok(Envelope {
            app: APP_ID.into(),
            schema: stamp.schema,
            saved_at: stamp.saved_at,
            rev: stamp.rev,
            data,
            lineage: stamp.lineage,
        })
    }

    /// The stored text (a [`Value`] always serializes).
    #[cfg(test)]
    pub fn to_json(&self) -> String {
        serde_json::Value::to_string(&serde_json::json!({
            "app": self.app, "schema": self.schema, "saved_at": self.saved_at,
            "rev": self.rev, "lineage": self.lineage, "data": self.data,
        }))
    }
}

/// An envelope's fields other than the data.
#[derive(Deserialize)]
struct Stamp {
    schema: u32,
    saved_at: i64,
    rev: u64,
    #[serde(default)]
    lineage: u64,
}

impl Stamp {
    fn check(&self) -> Result<(), LoadError> {
        if self.schema == 0 {
            return Err(LoadError::NotEnvelope(
                "schema version 0 does not exist".into(),
            ));
        }
        Ok(())
    }
}

fn check_app(app: Option<&str>) -> Result<(), LoadError> {
    match app {
        Some(APP_ID) => Ok(()),
        Some(other) => Err(LoadError::NotEnvelope(format!(
            "it belongs to another app, \"{}\"",
            truncate(other, 40)
        ))),
        None => Err(LoadError::NotEnvelope("it has no app id".into())),
    }
}

/// The envelope without its data: enough to check a revision before a
/// write, read without building the (possibly large) document.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub app: String,
    pub schema: u32,
    pub rev: u64,
    pub lineage: u64,
}

/// What [`Header::parse`] reads: the data is skipped, not built.
#[derive(Deserialize)]
struct HeaderText {
    app: Option<String>,
    schema: u32,
    rev: u64,
    #[serde(default)]
    lineage: u64,
    #[allow(dead_code)]
    data: IgnoredAny,
}

impl Header {
    /// `None` for anything that is not one of our envelopes.
    pub fn parse(raw: &str) -> Option<Header> {
        let h: HeaderText = from_text(raw).ok()?;
        check_app(h.app.as_deref()).ok()?;
        (h.schema != 0).then_some(Header {
            app: APP_ID.into(),
            schema: h.schema,
            rev: h.rev,
            lineage: h.lineage,
        })
    }
}

pub fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max_chars).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_trips() {
        let e = Envelope::new(2, 1_700_000_000_000, 5, json!({"a": 1}));
        assert_eq!(Envelope::parse(&e.to_json()).unwrap(), e);
    }

    #[test]
    fn tells_failures_apart() {
        assert!(matches!(
            Envelope::parse("{oops"),
            Err(LoadError::NotJson(_))
        ));
        assert!(matches!(Envelope::parse(""), Err(LoadError::NotJson(_))));
        assert!(matches!(
            Envelope::parse(r#"{"app":"other","schema":1,"saved_at":0,"rev":0,"data":{}}"#),
            Err(LoadError::NotEnvelope(m)) if m.contains("another app")
        ));
        assert!(matches!(
            Envelope::parse("[1,2]"),
            Err(LoadError::NotEnvelope(_))
        ));
        assert!(matches!(
            Envelope::parse(r#"{"app":"wayfinder","schema":"1","saved_at":0,"rev":0,"data":{}}"#),
            Err(LoadError::NotEnvelope(_))
        ));
        assert!(matches!(
            Envelope::parse(r#"{"app":"wayfinder","schema":0,"saved_at":0,"rev":0,"data":{}}"#),
            Err(LoadError::NotEnvelope(_))
        ));
    }

    #[test]
    fn header_reads_revision_and_lineage_without_the_data() {
        let e = Envelope::new(2, 1, 5, json!({"big": [1, 2, 3]})).with_lineage(9);
        assert_eq!(
            Header::parse(&e.to_json()),
            Some(Header {
                app: APP_ID.into(),
                schema: 2,
                rev: 5,
                lineage: 9
            })
        );
        assert_eq!(
            Header::parse(r#"{"app":"other","schema":1,"rev":1,"data":{}}"#),
            None
        );
        assert_eq!(Header::parse("{oops"), None);
    }

    #[test]
    fn truncates_on_char_boundaries() {
        assert_eq!(truncate("ééééé", 2), "éé…");
        assert_eq!(truncate("ab", 2), "ab");
    }
}
