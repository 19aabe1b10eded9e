//! CSV (RFC 4180). Writing: fields quoted when they need it, CRLF line
//! ends, and a guard against spreadsheet formula injection (a field
//! starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe).
//! Reading: quoted fields with doubled quotes and line breaks, LF or CRLF,
//! each record with the line it starts on; a line with a stray quote is
//! reported and skipped, never allowed to swallow the lines after it.

/// The byte-order mark every CSV file we write starts with: without it,
/// Excel on Windows reads UTF-8 as a legacy code page ("Zoë" as "ZoÃ«").
/// Reading skips it.
pub const BOM: &str = "\u{feff}";

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

/// One record read from CSV text: its fields, or why its line cannot be
/// read, with the 1-based line it starts on.
pub type Record = (usize, Result<Vec<String>, String>);

/// Records of `text` with the 1-based line each starts on; blank lines are
/// skipped. A quote opens a quoted field only at the start of a field; a
/// quote inside an unquoted field, or a quoted field never closed, makes
/// that line an error (naming the problem) and reading goes on with the
/// next line, so one stray quote cannot swallow the rest of a file.
pub fn parse(text: &str) -> Vec<Record> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut out = Vec::new();
    let mut from = 0;
    let mut first_line = 1;
    while from < text.len() {
        let (records, unclosed) = parse_from(&text[from..], first_line);
        out.extend(records);
        let Some((line, offset)) = unclosed else {
            break;
        };
        out.push((
            line,
            Err("a quoted field is never closed: check its quote marks".into()),
        ));
        // Go on after the line where the open quote started.
        let rest = &text[from + offset..];
        match rest.find('\n') {
            Some(nl) => {
                from += offset + nl + 1;
                first_line = line + 1;
            }
            None => break,
        }
    }
    out
}

/// Reads records from `text` (whose first line is `first_line`). If the
/// text ends inside a quoted field, also returns that record's line and
/// the byte offset where that line starts.
fn parse_from(text: &str, first_line: usize) -> (Vec<Record>, Option<(usize, usize)>) {
    let mut out = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let (mut line, mut start, mut start_offset) = (first_line, first_line, 0);
    let (mut quoted, mut field_start, mut stray) = (false, true, false);
    let mut chars = text.char_indices().peekable();
    let finish = |out: &mut Vec<Record>, start, record: Vec<String>, stray: bool| {
        if record.iter().any(|f| !f.trim().is_empty()) {
            out.push((
                start,
                if stray {
                    Err("a quote mark inside a field that does not start with one: put the whole field in quotes and double the quote (\"\")".into())
                } else {
                    Ok(record)
                },
            ));
        }
    };
    while let Some((_, c)) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek().map(|p| p.1) == Some('"') => {
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
            '"' if field_start => {
                quoted = true;
                field_start = false;
            }
            '"' => {
                stray = true;
                field.push(c);
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                field_start = true;
            }
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                finish(&mut out, start, std::mem::take(&mut record), stray);
                line += 1;
                start = line;
                start_offset = chars.peek().map_or(text.len(), |p| p.0);
                (field_start, stray) = (true, false);
            }
            _ => {
                field.push(c);
                field_start = false;
            }
        }
    }
    if quoted {
        return (out, Some((start, start_offset)));
    }
    record.push(field);
    finish(&mut out, start, record, stray);
    (out, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_line_breaks_and_line_numbers() {
        let text = "name,goal\r\nAna,\"lead, well\"\n\n\"Bo \"\"B\"\"\",\"two\nlines\"\nCy,x";
        let rows = parse(text);
        assert_eq!(rows.len(), 4);
        assert_eq!(
            rows[1],
            (2, Ok(vec!["Ana".to_string(), "lead, well".into()]))
        );
        assert_eq!(
            rows[2],
            (4, Ok(vec!["Bo \"B\"".to_string(), "two\nlines".into()]))
        );
        assert_eq!(rows[3].0, 6);
        // What we write, we read back.
        let written = row(&["a,b", "say \"hi\"", "x\ny"]);
        assert_eq!(
            parse(&written)[0].1,
            Ok(vec!["a,b".to_string(), "say \"hi\"".into(), "x\ny".into()])
        );
    }

    #[test]
    fn a_stray_quote_in_an_unquoted_field_costs_only_its_line() {
        let text = "name,goal\nAna,Lead a 5\" team\nBo,Budget\nCy,Plan";
        let rows = parse(text);
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[1].0, 2);
        assert!(rows[1]
            .1
            .as_ref()
            .unwrap_err()
            .contains("quote mark inside a field"));
        assert_eq!(rows[2], (3, Ok(vec!["Bo".to_string(), "Budget".into()])));
        assert_eq!(rows[3], (4, Ok(vec!["Cy".to_string(), "Plan".into()])));
    }

    #[test]
    fn a_quote_never_closed_costs_only_its_line() {
        let text = "name,goal\n\"Ana,Lead\nBo,Budget\nCy,Plan\n";
        let rows = parse(text);
        let lines: Vec<usize> = rows.iter().map(|r| r.0).collect();
        assert_eq!(lines, [1, 2, 3, 4]);
        assert!(rows[1].1.as_ref().unwrap_err().contains("never closed"));
        assert_eq!(rows[2].1, Ok(vec!["Bo".to_string(), "Budget".into()]));
        assert_eq!(rows[3].1, Ok(vec!["Cy".to_string(), "Plan".into()]));
        // Open at the very end: reported, nothing lost before it.
        let rows = parse("a,b\n\"c");
        assert_eq!(rows.len(), 2);
        assert!(rows[1].1.is_err());
    }

    #[test]
    fn a_byte_order_mark_is_skipped_when_reading() {
        let rows = parse("\u{feff}name,goal\nZoë,x\n");
        assert_eq!(rows[0].1, Ok(vec!["name".to_string(), "goal".into()]));
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
