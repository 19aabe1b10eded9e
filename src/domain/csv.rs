//! CSV (RFC 4180). Writing: fields quoted when they need it, CRLF line
//! ends, and a guard against spreadsheet formula injection (a field
//! starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe).
//! Reading: quoted fields with doubled quotes and line breaks, LF or CRLF,
//! each record with the line it starts on.

/// One field, escaped.
pub fn field(raw: &str) -> String {
    let guarded = match raw.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{raw}"),
        _ => raw.to_string(),
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One line, ending in CRLF.
pub fn row<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// Records of `text` with the 1-based line each starts on; blank lines
/// are skipped. A quote left open runs to the end of the text.
pub fn parse(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let (mut line, mut start) = (1, 1);
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => {
                    line += usize::from(c == '\n');
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                if record.iter().any(|f| !f.trim().is_empty()) {
                    out.push((start, std::mem::take(&mut record)));
                }
                record.clear();
                line += 1;
                start = line;
            }
            _ => field.push(c),
        }
    }
    record.push(field);
    if record.iter().any(|f| !f.trim().is_empty()) {
        out.push((start, record));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_line_breaks_and_line_numbers() {
        let text = "name,goal\r\nAna,\"lead, well\"\n\n\"Bo \"\"B\"\"\",\"two\nlines\"\nCy,x";
        let rows = parse(text);
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[1], (2, vec!["Ana".to_string(), "lead, well".into()]));
        assert_eq!(
            rows[2],
            (4, vec!["Bo \"B\"".to_string(), "two\nlines".into()])
        );
        assert_eq!(rows[3].0, 6);
        // What we write, we read back.
        let written = row(&["a,b", "say \"hi\"", "x\ny"]);
        assert_eq!(parse(&written)[0].1, ["a,b", "say \"hi\"", "x\ny"]);
    }

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(row(&["a", "b c", ""]), "a,b c,\r\n");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@cmd"), "'@cmd");
    }
}
