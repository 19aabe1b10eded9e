//! Reading stored types out of a parsed [`Value`] by hand: shared helpers,
//! so a type costs only a few calls per field. Missing
//! optional fields take their defaults, as `#[serde(default)]` would.

use super::{Map, Value};

pub type Obj = Map;

pub fn obj<'a>(v: &'a Value, what: &str) -> Result<&'a Obj, String> {
    v.as_object()
        .ok_or_else(|| format!("{what}: expected an object"))
}

pub fn u64_req(m: &Obj, key: &str) -> Result<u64, String> {
    m.get(key)
        .and_then(Value::as_u64)
        .ok_or_else(|| format!("{key}: expected a whole number"))
}

pub fn i64_req(m: &Obj, key: &str) -> Result<i64, String> {
    m.get(key)
        .and_then(Value::as_i64)
        .ok_or_else(|| format!("{key}: expected a whole number"))
}

/// A whole number, 0 when missing or null.
pub fn i64_or_zero(m: &Obj, key: &str) -> Result<i64, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(0),
        Some(v) => v
            .as_i64()
            .ok_or_else(|| format!("{key}: expected a whole number")),
    }
}

/// A small number (0–255), `None` when missing or null.
pub fn u8_opt(m: &Obj, key: &str) -> Result<Option<u8>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| format!("{key}: expected a number from 0 to 255")),
    }
}

pub fn str_req(m: &Obj, key: &str) -> Result<String, String> {
    m.get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| format!("{key}: expected text"))
}

/// A whole number or `None` when missing or null.
pub fn i64_opt(m: &Obj, key: &str) -> Result<Option<i64>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| format!("{key}: expected a whole number")),
    }
}

/// A record collection (`{"items": [...], "deleted": [{id, at}]}`), empty
/// when missing or null.
pub fn collection<T>(
    m: &Obj,
    key: &str,
    item: fn(&Value) -> Result<T, String>,
) -> Result<crate::domain::records::Collection<T>, String> {
    use crate::domain::records::{Collection, Tombstone};
    match m.get(key) {
        None | Some(Value::Null) => Ok(Collection::default()),
        Some(v) => {
            let c = obj(v, key)?;
            Ok(Collection {
                items: list(c, "items", item).map_err(|e| format!("{key}.{e}"))?,
                deleted: list(c, "deleted", |v| {
                    let t = obj(v, "deleted")?;
                    Ok(Tombstone {
                        id: u64_req(t, "id")?,
                        at: i64_req(t, "at")?,
                    })
                })
                .map_err(|e| format!("{key}.{e}"))?,
            })
        }
    }
}

/// Text, empty when missing or null.
pub fn str_or_empty(m: &Obj, key: &str) -> Result<String, String> {
    Ok(str_opt(m, key)?.unwrap_or_default())
}

pub fn str_opt(m: &Obj, key: &str) -> Result<Option<String>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("{key}: expected text")),
    }
}

pub fn bool_or_false(m: &Obj, key: &str) -> Result<bool, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(v) => v
            .as_bool()
            .ok_or_else(|| format!("{key}: expected true or false")),
    }
}

/// Text items, empty when missing or null.
pub fn strings(m: &Obj, key: &str) -> Result<Vec<String>, String> {
    list(m, key, |v| {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| ": expected text".to_string())
    })
}

/// A list, empty when missing or null; each item read by `item`.
pub fn list<T>(
    m: &Obj,
    key: &str,
    item: fn(&Value) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(a)) => a
            .iter()
            .enumerate()
            .map(|(i, v)| item(v).map_err(|e| format!("{key}[{i}].{e}")))
            .collect(),
        Some(_) => Err(format!("{key}: expected a list")),
    }
}

/// One of `names` (the stored spelling of an enum), by position;
/// `default` when missing or null.
pub fn choice(m: &Obj, key: &str, names: &[&str], default: usize) -> Result<usize, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(default),
        Some(Value::String(s)) => names
            .iter()
            .position(|n| n == s)
            .ok_or_else(|| format!("{key}: unknown value")),
        Some(_) => Err(format!("{key}: expected text")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_for_missing_and_clear_errors_for_wrong_types() {
        let v = crate::j!({"id": 3, "n": null, "s": "x", "list": [1, "two"], "e": "b"});
        let m = obj(&v, "thing").unwrap();
        assert_eq!(u64_req(m, "id"), Ok(3));
        assert!(u64_req(m, "missing").is_err());
        assert_eq!(i64_or_zero(m, "n"), Ok(0));
        assert_eq!(str_or_empty(m, "nope"), Ok(String::new()));
        assert_eq!(str_opt(m, "s"), Ok(Some("x".into())));
        assert!(str_req(m, "id").is_err());
        assert_eq!(u8_opt(m, "id"), Ok(Some(3)));
        assert_eq!(
            list(m, "list", |v| v.as_u64().ok_or("x".to_string())).unwrap_err(),
            "list[1].x"
        );
        assert_eq!(choice(m, "e", &["a", "b"], 0), Ok(1));
        assert_eq!(choice(m, "missing", &["a", "b"], 1), Ok(1));
        assert!(choice(m, "s", &["a", "b"], 0).is_err());
        assert!(obj(&crate::j!([1]), "thing").is_err());
    }
}
