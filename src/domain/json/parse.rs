//! The JSON parser: RFC 8259 text to [`Value`], with a nesting limit so
//! hostile input cannot exhaust the stack, and clear messages with the
//! character position. Non-integer numbers are validated but kept as text
//! (Wayfinder stores only whole numbers), so no float parsing is needed.

use super::{Map, Value};

/// Deepest nesting of lists and objects accepted.
pub const MAX_DEPTH: usize = 128;

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    at: usize,
}

type R<T> = Result<T, String>;

/// Parses a whole JSON text.
pub fn parse(text: &str) -> R<Value> {
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        at: 0,
    };
    let v = p.value(0, true)?;
    p.end()?;
    Ok(v)
}

/// Parses a JSON object's top level, checking but not building the value
/// of member `skip` (it becomes null): reads an envelope's header without
/// the cost of its data.
pub fn skip_to_key(text: &str, skip: &str) -> R<Map> {
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        at: 0,
    };
    p.ws();
    if p.peek() != Some(b'{') {
        return Err(p.error("expected an object"));
    }
    let m = p.object(0, true, Some(skip))?;
    p.end()?;
    Ok(m)
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        if self.at >= self.s.len() {
            format!("{what} at the end of the text (it may be cut short)")
        } else {
            format!(
                "{what} at character {}",
                self.text[..self.at].chars().count() + 1
            )
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn end(&mut self) -> R<()> {
        self.ws();
        if self.at < self.s.len() {
            return Err(self.error("unexpected text after the end"));
        }
        Ok(())
    }

    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        if self.peek() == Some(b) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self, w: &str, v: Value) -> R<Value> {
        if self.s[self.at..].starts_with(w.as_bytes()) {
            self.at += w.len();
            Ok(v)
        } else {
            Err(self.error("expected a value"))
        }
    }

    /// One value; with `keep` false it is checked and dropped (null).
    fn value(&mut self, depth: usize, keep: bool) -> R<Value> {
        let v = self.any(depth, keep)?;
        Ok(if keep { v } else { Value::Null })
    }

    fn any(&mut self, depth: usize, keep: bool) -> R<Value> {
        self.ws();
        match self.peek() {
            Some(b'{') => Ok(Value::Object(self.object(depth + 1, keep, None)?)),
            Some(b'[') => {
                if depth + 1 > MAX_DEPTH {
                    return Err(self.error("nested too deeply"));
                }
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        let v = self.value(depth + 1, keep)?;
                        if keep {
                            items.push(v);
                        }
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error("expected , or ]"));
                        }
                    }
                }
                Ok(Value::Array(items))
            }
            Some(b'"') => Ok(Value::String(self.string(keep)?)),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("expected a value")),
        }
    }

    fn object(&mut self, depth: usize, keep: bool, skip: Option<&str>) -> R<Map> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        let mut m = Map::new();
        if self.eat(b'}') {
            return Ok(m);
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in quotes"));
            }
            let key = self.string(true)?;
            if !self.eat(b':') {
                return Err(self.error("expected :"));
            }
            let keep_value = keep && skip != Some(key.as_str());
            let v = self.value(depth, keep_value)?;
            if keep {
                m.insert(key, v);
            }
            if self.eat(b'}') {
                return Ok(m);
            }
            if !self.eat(b',') {
                return Err(self.error("expected , or }"));
            }
        }
    }

    fn hex4(&mut self) -> R<u32> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("expected four hex digits"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("expected four hex digits"))
    }

    fn string(&mut self, keep: bool) -> R<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            if keep {
                out.push_str(&self.text[start..self.at]);
            }
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.s[self.at..].starts_with(b"\\u") {
                                    return Err(self.error("lone surrogate in a \\u escape"));
                                }
                                self.at += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("lone surrogate in a \\u escape"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            let c = char::from_u32(code)
                                .ok_or_else(|| self.error("lone surrogate in a \\u escape"))?;
                            if keep {
                                out.push(c);
                            }
                            continue;
                        }
                        _ => return Err(self.error("unknown escape in a string")),
                    };
                    self.at += 1;
                    if keep {
                        out.push(c);
                    }
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("unfinished string")),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> R<Value> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        let n = self.digits();
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return Err(self.error("invalid number"));
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            whole = false;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        let text = &self.text[start..self.at];
        if whole {
            let mut v: u64 = 0;
            let fits = self.s[int_start..self.at].iter().all(|d| {
                v.checked_mul(10)
                    .and_then(|x| x.checked_add(u64::from(d - b'0')))
                    .map(|x| v = x)
                    .is_some()
            });
            if fits {
                if !negative {
                    return Ok(v.into());
                }
                if v <= i64::MAX as u64 + 1 {
                    return Ok(Value::Int((v as i64).wrapping_neg()));
                }
            }
        }
        Ok(Value::Other(text.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> Value {
        parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn values_of_every_kind() {
        assert_eq!(ok(" null "), Value::Null);
        assert_eq!(ok("true"), Value::Bool(true));
        assert_eq!(ok("-0"), Value::Int(0));
        assert_eq!(ok("1764374400000"), Value::Int(1_764_374_400_000));
        assert_eq!(ok("-9223372036854775808"), Value::Int(i64::MIN));
        assert_eq!(ok("18446744073709551615"), Value::UInt(u64::MAX));
        assert_eq!(
            ok("18446744073709551616"),
            Value::Other("18446744073709551616".into())
        );
        assert_eq!(ok("1.5e3"), Value::Other("1.5e3".into()));
        assert_eq!(
            ok(r#""a\"b\\c\/\n\u00e9\ud83d\ude00""#),
            Value::String("a\"b\\c/\né😀".into())
        );
        let v = ok(r#"{"a": [1, {"b": "x"}], "a": 2, "c": {}}"#);
        assert_eq!(
            v.get("a"),
            Some(&Value::Int(2)),
            "the last repeated key wins"
        );
        assert_eq!(v.as_object().unwrap().len(), 2);
        assert_eq!(ok("[]"), Value::Array(vec![]));
    }

    #[test]
    fn bad_text_gives_a_position_and_never_panics() {
        for (bad, want) in [
            ("", "at the end"),
            ("{oops", "character 2"),
            ("[1,]", "expected a value at character 4"),
            ("[1 2]", "expected , or ]"),
            ("01", "invalid number"),
            ("1.", "invalid number"),
            ("-", "invalid number"),
            ("\"abc", "unfinished string"),
            ("\"a\u{1}\"", "control character"),
            (r#""\x""#, "unknown escape"),
            (r#""\ud800""#, "lone surrogate"),
            (r#""\udc00""#, "lone surrogate"),
            (r#""\u12""#, "hex digits"),
            ("{\"a\" 1}", "expected :"),
            ("{1: 2}", "key in quotes"),
            ("nul", "expected a value"),
            ("[1] x", "after the end"),
            ("é", "character 1"),
        ] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains(want), "{bad:?}: {e}");
        }
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).unwrap_err().contains("nested too deeply"));
        let ok_deep = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok_deep).is_ok());
        let objs = "{\"a\":".repeat(MAX_DEPTH + 1);
        assert!(parse(&objs).unwrap_err().contains("nested too deeply"));
    }

    #[test]
    fn skipping_a_member_checks_it_but_does_not_keep_it() {
        let m = skip_to_key(
            r#"{"app": "w", "data": {"big": [1, "x"]}, "rev": 3}"#,
            "data",
        )
        .unwrap();
        assert_eq!(m.get("data"), Some(&Value::Null));
        assert_eq!(m.get("rev"), Some(&Value::Int(3)));
        assert!(skip_to_key(r#"{"data": [1,], "rev": 3}"#, "data").is_err());
        assert!(skip_to_key("[1]", "data").is_err());
    }
}
