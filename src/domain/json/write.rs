//! The JSON writer: compact text for storage, and indented text (two
//! spaces) for backup files people may open.

use super::Value;

impl Value {
    /// Compact JSON text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        write(self, &mut out, None);
        out
    }

    /// Appends compact JSON text to `out`.
    pub fn write_to(&self, out: &mut String) {
        write(self, out, None);
    }

    /// JSON text indented by two spaces per level.
    pub fn to_text_pretty(&self) -> String {
        let mut out = String::new();
        write(self, &mut out, Some(0));
        out
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_text())
    }
}

pub(super) fn push_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(buf[i..].iter().map(|b| char::from(*b)));
}

pub(super) fn push_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_u64(out, n.unsigned_abs());
}

pub(super) fn push_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(n) = indent {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', n * 2));
    }
}

fn write(v: &Value, out: &mut String, indent: Option<usize>) {
    let inner = indent.map(|n| n + 1);
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => push_i64(out, *n),
        Value::UInt(n) => push_u64(out, *n),
        Value::Other(t) | Value::Raw(t) => out.push_str(t),
        Value::String(s) => push_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                write(item, out, inner);
            }
            if !items.is_empty() {
                newline(out, indent);
            }
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, item)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                push_str(out, k);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write(item, out, inner);
            }
            if !m.is_empty() {
                newline(out, indent);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    #[test]
    fn writes_what_it_reads() {
        let text = r#"{"s":"a\"b\\c\n\u0001é😀</script>","n":-12,"u":18446744073709551615,"f":1.5e3,"l":[true,false,null,[],{}],"o":{"k":0}}"#;
        let v = parse(text).unwrap();
        assert_eq!(v.to_text(), text);
        assert_eq!(parse(&v.to_text_pretty()).unwrap(), v);
        assert_eq!(
            parse(r#"{"a":[1,2],"b":{}}"#).unwrap().to_text_pretty(),
            "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}"
        );
        assert_eq!(Value::Int(i64::MIN).to_text(), "-9223372036854775808");
    }
}
