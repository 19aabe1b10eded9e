//! The versioned envelope around every stored document:
//! `{"app":"wayfinder","schema":1,"saved_at":…,"rev":…,"data":{…}}`.

use super::error::{LoadError, SaveError};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// The app id every envelope and backup carries.
pub const APP_ID: &str = "wayfinder";

#[derive(Debug, Clone, Serialize)]
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
    #[serde(skip_serializing_if = "crate::domain::fields::is_default")]
    pub lineage: u64,
    /// The document itself as written by that schema version: its JSON
    /// text, checked but not yet read, so a current document is read
    /// straight into its type.
    pub data: Box<RawValue>,
}

impl PartialEq for Envelope {
    fn eq(&self, other: &Envelope) -> bool {
        (
            self.schema,
            self.saved_at,
            self.rev,
            self.lineage,
            self.data.get(),
        ) == (
            other.schema,
            other.saved_at,
            other.rev,
            other.lineage,
            other.data.get(),
        )
    }
}

/// An envelope as written, borrowing the document: saving writes the text
/// in one pass.
#[derive(Serialize)]
pub struct Written<'a, T: Serialize> {
    pub app: &'static str,
    pub schema: u32,
    pub saved_at: i64,
    pub rev: u64,
    #[serde(skip_serializing_if = "crate::domain::fields::is_default")]
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

/// Any stored text, read as far as an envelope goes: every field optional,
/// so what is missing or foreign is said in words.
#[derive(Deserialize)]
struct Stored {
    app: Option<String>,
    schema: Option<u32>,
    saved_at: Option<i64>,
    rev: Option<u64>,
    #[serde(default)]
    lineage: u64,
    data: Option<Box<RawValue>>,
}

impl Envelope {
    pub fn new(schema: u32, saved_at: i64, rev: u64, data: Box<RawValue>) -> Self {
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
    /// "JSON, but not ours". The data is checked as JSON and kept as text.
    pub fn parse(raw: &str) -> Result<Envelope, LoadError> {
        let stored: Stored = serde_json::from_str(raw).map_err(|e| {
            let message = crate::domain::decoding::without_position(&e);
            if e.is_syntax() || e.is_eof() {
                LoadError::NotJson(message)
            } else {
                LoadError::NotEnvelope(message)
            }
        })?;
        let data = stored
            .data
            .ok_or_else(|| LoadError::NotEnvelope("it has no data".into()))?;
        check_app(stored.app.as_deref())?;
        let number = |n: Option<u64>, what: &str| {
            n.ok_or_else(|| LoadError::NotEnvelope(format!("{what}: expected a whole number")))
        };
        let schema = number(stored.schema.map(u64::from), "schema")? as u32;
        if schema == 0 {
            return Err(LoadError::NotEnvelope(
                "schema version 0 does not exist".into(),
            ));
        }
        let saved_at = stored
            .saved_at
            .ok_or_else(|| LoadError::NotEnvelope("saved_at: expected a whole number".into()))?;
        Ok(Envelope {
            app: APP_ID.into(),
            schema,
            saved_at,
            rev: number(stored.rev, "rev")?,
            data,
            lineage: stored.lineage,
        })
    }

    /// The stored text.
    #[cfg(test)]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap()
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
        let h: HeaderText = serde_json::from_str(raw).ok()?;
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

    fn raw(v: serde_json::Value) -> Box<RawValue> {
        serde_json::value::to_raw_value(&v).unwrap()
    }

    #[test]
    fn round_trips() {
        let e = Envelope::new(2, 1_700_000_000_000, 5, raw(json!({"a": 1})));
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
        let e = Envelope::new(2, 1, 5, raw(json!({"big": [1, 2, 3]}))).with_lineage(9);
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
