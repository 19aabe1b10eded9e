//! What schema migrations share. Migrations are pure functions from one
//! stored shape to the next, on `serde_json::Value` (see
//! `storage::migrate`); the documents' own steps live beside their types.

use serde_json::{Map, Value};

/// What a value is, in words for an error message ("a list").
fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The value as an object, or a message naming what it was.
pub fn object(v: Value) -> Result<Map<String, Value>, String> {
    match v {
        Value::Object(m) => Ok(m),
        other => Err(format!("expected an object, found {}", kind_of(&other))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_what_a_value_is() {
        assert_eq!(
            object(json!([1])).unwrap_err(),
            "expected an object, found a list"
        );
        assert_eq!(object(json!({"a": 1})).unwrap().len(), 1);
        assert_eq!(kind_of(&json!("x")), "a string");
    }
}
