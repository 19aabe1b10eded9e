//! Reading stored and shared JSON into Wayfinder's types with serde, and
//! saying where it failed: "goals → items[3] → target_date: invalid type:
//! integer `3`, expected a string". serde_json keeps its nesting limit
//! (128), so no text can exhaust the stack.
//!
//! Where it failed is found only after a failure, from the position
//! serde_json reports: the text is opened one level at a time as
//! serde_json `RawValue`s (slices of the text), down the member or item
//! that holds the position. Every type is read by serde_json alone, so
//! each is compiled once; tracking the path while reading
//! (`serde_path_to_error`) compiled every stored type a second time and
//! cost each page 14 kB (brotli).

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// Deepest level the path goes to (stored documents nest about six deep;
/// a limit keeps the search cheap on hostile text).
const MAX_PATH_DEPTH: usize = 24;

/// JSON text as `T`, in one pass.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| located(text, &e))
}

/// [`from_text`] of a value, for tests.
#[cfg(test)]
pub fn read<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, String> {
    from_text(&value.to_string())
}

/// "where → it → failed: what was wrong" (just what was wrong when it is
/// at the top; as far down as the text is JSON when it is not).
fn located(text: &str, error: &serde_json::Error) -> String {
    let message = without_position(error);
    let path = path_at(text, byte_offset(text, error.line(), error.column()));
    if path.is_empty() {
        message
    } else {
        format!("{path}: {message}")
    }
}

/// The byte offset of serde_json's line and column (both from 1; columns
/// count bytes).
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(text.len())
}

/// The path of the deepest member or item whose text holds `offset`:
/// "items[1] → target_date".
fn path_at(text: &str, offset: usize) -> String {
    let start_of = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
    let holds = |part: &RawValue| {
        let start = start_of(part.get());
        start <= offset && offset <= start + part.get().len()
    };
    let mut path = String::new();
    let mut current = text;
    for _ in 0..MAX_PATH_DEPTH {
        let next = match current.trim_start().as_bytes().first() {
            Some(b'{') => serde_json::from_str::<BTreeMap<String, &RawValue>>(current)
                .ok()
                .and_then(|members| {
                    let (key, value) = members.into_iter().find(|(_, v)| holds(v))?;
                    if !path.is_empty() {
                        path.push_str(" → ");
                    }
                    path.push_str(&key);
                    Some(value.get())
                }),
            Some(b'[') => serde_json::from_str::<Vec<&RawValue>>(current)
                .ok()
                .and_then(|items| {
                    let (index, value) = items.into_iter().enumerate().find(|(_, v)| holds(v))?;
                    path.push_str(&format!("[{index}]"));
                    Some(value.get())
                }),
            _ => None,
        };
        match next {
            Some(part) => current = part,
            None => break,
        }
    }
    path
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
    fn says_where_in_indented_text_with_other_scripts() {
        let text = "{\n  \"items\": [\n    {\"target_date\": \"ä\"},\n    {\"target_date\": \"日本\", \"x\": [1]},\n    {\"target_date\": false}\n  ]\n}";
        assert_eq!(
            from_text::<Doc>(text).unwrap_err(),
            "items[2] → target_date: invalid type: boolean `false`, expected a string"
        );
    }

    #[test]
    fn every_item_is_found_compact_or_indented() {
        for bad in 0..30 {
            let items: Vec<serde_json::Value> = (0..30)
                .map(|i| {
                    if i == bad {
                        json!({"target_date": [i]})
                    } else {
                        json!({"target_date": format!("é{i}"), "more": {"a": [i, i]}})
                    }
                })
                .collect();
            let doc = json!({"first": "x", "items": items, "last": {}});
            let wanted =
                format!("items[{bad}] → target_date: invalid type: sequence, expected a string");
            for text in [doc.to_string(), serde_json::to_string_pretty(&doc).unwrap()] {
                assert_eq!(from_text::<Doc>(&text).unwrap_err(), wanted);
            }
        }
    }

    #[test]
    fn a_value_at_the_top_or_text_that_is_not_json_has_no_path() {
        assert_eq!(
            from_text::<Doc>("true").unwrap_err(),
            "invalid type: boolean `true`, expected struct Doc"
        );
        assert_eq!(
            from_text::<Doc>(r#"{"items": [{"target_date": "x"}"#).unwrap_err(),
            "EOF while parsing a list"
        );
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
