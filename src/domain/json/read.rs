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
    let Some(c) = opt_obj(m, key)? else {
        return Ok(crate::domain::records::Collection::default());
    };
    let deleted = tombstones(c).map_err(|e| within(key, e))?;
    let items = list(c, "items", item).map_err(|e| within(key, e))?;
    Ok(crate::domain::records::Collection { items, deleted })
}

/// The object under `key`; `None` when missing or null.
pub fn opt_obj<'a>(m: &'a Obj, key: &str) -> Result<Option<&'a Obj>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => obj(v, key).map(Some),
    }
}

fn tombstones(c: &Obj) -> Result<Vec<crate::domain::records::Tombstone>, String> {
    list(c, "deleted", |v| {
        let t = obj(v, "deleted")?;
        Ok(crate::domain::records::Tombstone {
            id: u64_req(t, "id")?,
            at: i64_req(t, "at")?,
        })
    })
}

/// An error inside `key`, prefixed with it.
pub fn within(key: &str, e: String) -> String {
    format!("{key}.{e}")
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
    // A plain loop, and the messages made outside: this is generic, so
    // every line here is repeated for each item type.
    let items = items_of(m, key)?;
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        match item(v) {
            Ok(x) => out.push(x),
            Err(e) => return Err(item_error(key, i, e)),
        }
    }
    Ok(out)
}

/// The array under `key`; empty when missing or null.
fn items_of<'a>(m: &'a Obj, key: &str) -> Result<&'a [Value], String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(format!("{key}: expected a list")),
    }
}

fn item_error(key: &str, i: usize, e: String) -> String {
    format!("{key}[{i}].{e}")
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
