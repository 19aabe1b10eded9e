//! The versioned envelope around every stored document:
//! `{"app":"wayfinder","schema":1,"saved_at":…,"rev":…,"data":{…}}`.

use super::error::LoadError;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The app id every envelope and backup carries.
pub const APP_ID: &str = "wayfinder";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// The document itself, as written by that schema version.
    pub data: Value,
    /// Which line of history this revision belongs to. 0 for a document
    /// built up by edits; a new value when a restore replaced it wholesale,
    /// so tabs merge their edits only into the same line and never bring
    /// replaced records back.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lineage: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
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
        let value: Value =
            serde_json::from_str(raw).map_err(|e| LoadError::NotJson(e.to_string()))?;
        Envelope::from_value(value)
    }

    pub fn from_value(value: Value) -> Result<Envelope, LoadError> {
        match value.get("app").and_then(Value::as_str) {
            Some(APP_ID) => {}
            Some(other) => {
                return Err(LoadError::NotEnvelope(format!(
                    "it belongs to another app, \"{}\"",
                    truncate(other, 40)
                )))
            }
            None => return Err(LoadError::NotEnvelope("it has no app id".into())),
        }
        let env: Envelope =
            serde_json::from_value(value).map_err(|e| LoadError::NotEnvelope(e.to_string()))?;
        if env.schema == 0 {
            return Err(LoadError::NotEnvelope(
                "schema version 0 does not exist".into(),
            ));
        }
        Ok(env)
    }

    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}

/// The envelope without its data: what a save checks before writing (app,
/// schema, revision, lineage). Reading it skips over the data instead of
/// building it, which makes the check several times cheaper than a full
/// parse on large documents.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Header {
    pub app: String,
    pub schema: u32,
    pub rev: u64,
    #[serde(default)]
    pub lineage: u64,
}

impl Header {
    /// `None` for text that is not one of our envelopes.
    pub fn parse(raw: &str) -> Option<Header> {
        serde_json::from_str::<Header>(raw)
            .ok()
            .filter(|h| h.app == APP_ID && h.schema > 0)
    }
}

/// Shortens untrusted text for an error message.
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
        assert_eq!(Envelope::parse(&e.to_json().unwrap()).unwrap(), e);
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
            Header::parse(&e.to_json().unwrap()),
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
