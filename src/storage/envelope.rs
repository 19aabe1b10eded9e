//! The versioned envelope around every stored document:
//! `{"app":"wayfinder","schema":1,"saved_at":…,"rev":…,"data":{…}}`.

use super::error::LoadError;
use crate::domain::json::Value;

/// The app id every envelope and backup carries.
pub const APP_ID: &str = "wayfinder";

#[derive(Debug, Clone, PartialEq)]
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
    pub lineage: u64,
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
        let value = crate::domain::json::parse(raw).map_err(LoadError::NotJson)?;
        Envelope::from_value(value)
    }

    /// Checks and takes apart a parsed envelope.
    pub fn from_value(value: Value) -> Result<Envelope, LoadError> {
        let Value::Object(mut m) = value else {
            return Err(LoadError::NotEnvelope("it is not an object".into()));
        };
        let fields = Fields::read(&m)?;
        Ok(Envelope {
            app: fields.app,
            schema: fields.schema,
            saved_at: m.get("saved_at").and_then(Value::as_i64).ok_or_else(|| {
                LoadError::NotEnvelope("saved_at: expected a whole number".into())
            })?,
            rev: fields.rev,
            data: m
                .remove("data")
                .ok_or_else(|| LoadError::NotEnvelope("it has no data".into()))?,
            lineage: fields.lineage,
        })
    }

    /// The envelope as a value (its stored text; for backups).
    pub fn to_value(&self) -> Value {
        Value::Raw(self.to_json())
    }

    /// The stored text, written without copying the data.
    pub fn to_json(&self) -> String {
        let mut text = crate::domain::json::Fields::new()
            .set("app", self.app.as_str())
            .set("schema", self.schema)
            .set("saved_at", self.saved_at)
            .set("rev", self.rev)
            .set_if(self.lineage != 0, "lineage", self.lineage)
            .done()
            .to_text();
        text.pop();
        text.push_str(",\"data\":");
        self.data.write_to(&mut text);
        text.push('}');
        text
    }
}

/// The fields an envelope and its header share, checked.
struct Fields {
    app: String,
    schema: u32,
    rev: u64,
    lineage: u64,
}

impl Fields {
    fn read(m: &crate::domain::json::Map) -> Result<Fields, LoadError> {
        match m.get("app").and_then(Value::as_str) {
            Some(APP_ID) => {}
            Some(other) => {
                return Err(LoadError::NotEnvelope(format!(
                    "it belongs to another app, \"{}\"",
                    truncate(other, 40)
                )))
            }
            None => return Err(LoadError::NotEnvelope("it has no app id".into())),
        }
        let bad = |what: &str| LoadError::NotEnvelope(format!("{what}: expected a whole number"));
        let schema = m
            .get("schema")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| bad("schema"))?;
        if schema == 0 {
            return Err(LoadError::NotEnvelope(
                "schema version 0 does not exist".into(),
            ));
        }
        Ok(Fields {
            app: APP_ID.into(),
            schema,
            rev: m
                .get("rev")
                .and_then(Value::as_u64)
                .ok_or_else(|| bad("rev"))?,
            lineage: match m.get("lineage") {
                None | Some(Value::Null) => 0,
                Some(v) => v.as_u64().ok_or_else(|| bad("lineage"))?,
            },
        })
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

impl Header {
    /// `None` for anything that is not one of our envelopes.
    pub fn parse(raw: &str) -> Option<Header> {
        let m = crate::domain::json::skip_to_key(raw, "data").ok()?;
        let f = Fields::read(&m).ok()?;
        Some(Header {
            app: f.app,
            schema: f.schema,
            rev: f.rev,
            lineage: f.lineage,
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
    use crate::j as json;

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
