//! JSON without serde: a small value type ([`Value`], objects keeping their
//! key order), a parser with a nesting limit ([`parse`]), a writer
//! ([`Value::to_text`]), readers for stored types ([`read`]) and the
//! [`ToJson`] trait each stored type implements by hand. serde_json and
//! derived (de)serializers were about a fifth of the wasm bundle; this
//! does what Wayfinder needs in a fraction of it.

mod parse;
pub mod read;
mod write;

pub use parse::{parse, skip_to_key, MAX_DEPTH};
pub use read::*;

/// A JSON value. Integers are kept exactly; other numbers keep their text.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Int(i64),
    /// A whole number above `i64::MAX`.
    UInt(u64),
    /// A number with a fraction or exponent, or too large: its text.
    Other(String),
    String(String),
    Array(Vec<Value>),
    Object(Map),
    /// JSON text already written (what [`ToJson`] returns): written out
    /// as it is, so saving never builds a tree of values.
    Raw(String),
}

/// An object's members in their order; a repeated key keeps its last value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    pub fn new() -> Map {
        Map(Vec::new())
    }
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    /// Sets `key`, replacing a value it had.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) {
        let key = key.into();
        match self.get_mut(&key) {
            Some(v) => *v = value,
            None => self.0.push((key, value)),
        }
    }
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let at = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(at).1)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Int(n) => u64::try_from(*n).ok(),
            Value::UInt(n) => Some(*n),
            _ => None,
        }
    }
    pub fn is_null(&self) -> bool {
        *self == Value::Null
    }
    /// What kind of value this is, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) | Value::UInt(_) | Value::Other(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
            Value::Raw(_) => "JSON text",
        }
    }

    /// Parses written JSON text ([`Value::Raw`]) into values; other values
    /// are returned as they are.
    pub fn into_parsed(self) -> Result<Value, String> {
        match self {
            Value::Raw(text) => parse(&text),
            v => Ok(v),
        }
    }
}

/// Values [`Fields`] writes straight into JSON text, without copying
/// them into a [`Value`] first.
pub trait WriteJson {
    fn write_json(&self, out: &mut String);
}

impl WriteJson for Value {
    fn write_json(&self, out: &mut String) {
        self.write_to(out);
    }
}
impl WriteJson for str {
    fn write_json(&self, out: &mut String) {
        write::push_str(out, self);
    }
}
impl WriteJson for String {
    fn write_json(&self, out: &mut String) {
        write::push_str(out, self);
    }
}
impl WriteJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}
impl WriteJson for i64 {
    fn write_json(&self, out: &mut String) {
        write::push_i64(out, *self);
    }
}
impl WriteJson for u64 {
    fn write_json(&self, out: &mut String) {
        write::push_u64(out, *self);
    }
}
impl WriteJson for u32 {
    fn write_json(&self, out: &mut String) {
        write::push_u64(out, u64::from(*self));
    }
}
impl WriteJson for u8 {
    fn write_json(&self, out: &mut String) {
        write::push_u64(out, u64::from(*self));
    }
}
impl<T: WriteJson + ?Sized> WriteJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}
impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

/// Types written to storage implement this by hand.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Int(n)
    }
}
impl From<u64> for Value {
    fn from(n: u64) -> Value {
        i64::try_from(n).map_or(Value::UInt(n), Value::Int)
    }
}
impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Int(i64::from(n))
    }
}
impl From<u8> for Value {
    fn from(n: u8) -> Value {
        Value::Int(i64::from(n))
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::String(s.clone())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}
impl<T: Into<Value> + Clone> From<&Option<T>> for Value {
    fn from(o: &Option<T>) -> Value {
        o.clone().map_or(Value::Null, Into::into)
    }
}

/// A list of values written by `f`, as JSON text.
pub fn array<T>(items: &[T], f: impl Fn(&T) -> Value) -> Value {
    let mut out = String::from("[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        f(item).write_to(&mut out);
    }
    out.push(']');
    Value::Raw(out)
}

/// Writes an object member by member, straight to JSON text:
/// `Fields::new().set("id", 3u64).done()`.
pub struct Fields(String);

impl Fields {
    pub fn new() -> Fields {
        Fields(String::from("{"))
    }
    pub fn set(mut self, key: &str, value: impl WriteJson) -> Fields {
        self.key(key);
        value.write_json(&mut self.0);
        self
    }
    #[inline(never)]
    fn key(&mut self, key: &str) {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        write::push_str(&mut self.0, key);
        self.0.push(':');
    }
    /// Sets `key` only when `keep` (for fields left out when empty).
    pub fn set_if(self, keep: bool, key: &str, value: impl WriteJson) -> Fields {
        if keep {
            self.set(key, value)
        } else {
            self
        }
    }
    pub fn done(mut self) -> Value {
        self.0.push('}');
        Value::Raw(self.0)
    }
}

impl Default for Fields {
    fn default() -> Self {
        Fields::new()
    }
}

impl From<Vec<Value>> for Value {
    fn from(v: Vec<Value>) -> Value {
        Value::Array(v)
    }
}

/// Test inputs written with serde_json's `json!` syntax, as our [`Value`].
#[cfg(test)]
#[macro_export]
macro_rules! j {
    ($($t:tt)+) => {
        $crate::domain::json::parse(&serde_json::json!($($t)+).to_string()).unwrap()
    };
}
