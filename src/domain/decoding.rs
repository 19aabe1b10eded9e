//! Reading stored and shared JSON into Wayfinder's types with serde, and
//! saying where it failed: "goals → items[3] → target_date: invalid type:
//! integer `3`, expected a string". serde_json keeps its nesting limit
//! (128), so no text can exhaust the stack.

use serde::de::DeserializeOwned;

/// JSON text as `T`, in one pass.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T =
        serde_path_to_error::deserialize(&mut de).map_err(|e| located(e.path(), e.inner()))?;
    de.end().map_err(|e| e.to_string())?;
    Ok(value)
}

/// [`from_text`] of a value, for tests.
#[cfg(test)]
pub fn read<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, String> {
    from_text(&value.to_string())
}

/// "where → it → failed: what was wrong" (just the message at the top).
fn located(path: &serde_path_to_error::Path, error: &serde_json::Error) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push_str(" → ");
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    let message = without_position(error);
    if out.is_empty() {
        message
    } else {
        format!("{out}: {message}")
    }
}

/// serde_json's message without the "at line 1 column 40" it adds to
/// errors from text: a path says where more usefully.
pub fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        target_date: String,
    }
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        items: Vec<Item>,
    }

    #[test]
    fn says_where_a_value_failed() {
        let doc = json!({"items": [{"target_date": "x"}, {"target_date": 3}]});
        let err = read::<Doc>(&doc).unwrap_err();
        assert_eq!(
            err,
            "items[1] → target_date: invalid type: integer `3`, expected a string"
        );
        let err = from_text::<Doc>(r#"{"items": [{}]}"#).unwrap_err();
        assert_eq!(err, "items[0]: missing field `target_date`");
        assert!(from_text::<Doc>(r#"{"items": []} x"#).is_err());
    }

    #[test]
    fn nesting_stops_at_128() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(from_text::<serde_json::Value>(&deep)
            .unwrap_err()
            .contains("recursion"));
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(from_text::<serde_json::Value>(&fine).is_ok());
    }
}
