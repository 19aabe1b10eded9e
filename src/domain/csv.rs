//! CSV (RFC 4180) through `csv-core`, the state machine of the `csv`
//! crate without its I/O and serde layers.
//!
//! Writing: fields quoted and escaped when they need it (the crate's
//! rules), CRLF line ends, and a guard against spreadsheet formula
//! injection (ours: a field starting with `=`, `+`, `-`, `@`, tab or CR
//! gets a leading apostrophe).
//!
//! Reading: quoted fields with doubled quotes and line breaks, LF, CRLF
//! or a lone CR, blank lines skipped (the crate, which also keeps a quote
//! inside an unquoted field as written). Each record comes with the line it
//! starts on, lines counted as an editor shows them. One recovery is ours,
//! because the crate makes none (rust-csv#252): a quoted field never closed
//! would run to the end of the file, so its line is reported and reading
//! starts again on the next line.

use csv_core::{ReadRecordResult, Reader, Terminator, WriterBuilder};

/// The byte-order mark every CSV file we write starts with: without it,
/// Excel on Windows reads UTF-8 as a legacy code page ("Zoë" as "ZoÃ«").
/// Reading skips it.
pub const BOM: &str = "\u{feff}";

/// One line, ending in CRLF, each field guarded and quoted if it needs it.
///
/// The crate's rules decide (`Writer::is_special_byte`: a delimiter, quote
/// or line break needs quotes) and escape (`csv_core::quote`). Its
/// `Writer::field` is not used: it can quote by style at run time, and the
/// "non-numeric" style parses numbers, which put 15 kB (brotli) of float
/// parsing tables on every page that writes CSV.
pub fn row<S: AsRef<str>>(fields: &[S]) -> String {
    let rules = WriterBuilder::new().terminator(Terminator::CRLF).build();
    let quote = rules.get_quote();
    let mut line = Vec::new();
    for (i, raw) in fields.iter().enumerate() {
        if i > 0 {
            line.push(rules.get_delimiter());
        }
        let field = defused(raw.as_ref());
        // A lone empty field is quoted, so its line does not read as blank.
        let lone_empty = fields.len() == 1 && field.is_empty();
        if !lone_empty && !field.bytes().any(|b| rules.is_special_byte(b)) {
            line.extend_from_slice(field.as_bytes());
            continue;
        }
        // The most escaping can take, per the crate: every byte a quote.
        let mut escaped = vec![0u8; 2 * field.len()];
        let (_, _, n) = csv_core::quote(
            field.as_bytes(),
            &mut escaped,
            quote,
            rules.get_escape(),
            rules.get_double_quote(),
        );
        line.push(quote);
        line.extend_from_slice(&escaped[..n]);
        line.push(quote);
    }
    line.extend_from_slice(b"\r\n");
    text(line)
}

/// Bytes that were UTF-8 text with ASCII quotes and separators added or
/// taken away, which keeps them UTF-8, as text. (Never empty for such
/// bytes; `from_utf8_lossy` would cost the bundle a second UTF-8 decoder.)
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_default()
}

/// `raw`, with an apostrophe before a leading character a spreadsheet
/// would read as the start of a formula.
fn defused(raw: &str) -> std::borrow::Cow<'_, str> {
    match raw.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{raw}").into(),
        _ => raw.into(),
    }
}

/// One record read from CSV text: its fields, or why its line cannot be
/// read, with the 1-based line it starts on.
pub type Record = (usize, Result<Vec<String>, String>);

/// Records of `text` with the 1-based line each starts on; blank lines and
/// records of blank fields are skipped. A quoted field never closed makes
/// the line it starts on an error, and reading goes on with the next line,
/// so one stray quote cannot swallow the rest of a file.
pub fn parse(text: &str) -> Vec<Record> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    // Ending the text with a line break means a record still open at the
    // end of the input is open inside quotes.
    let mut input = text.as_bytes().to_vec();
    if input.last() != Some(&b'\n') {
        input.push(b'\n');
    }
    let mut reader = Reader::new();
    let mut records = Vec::new();
    let (mut at, mut line) = (0, 1);
    while at < input.len() {
        let rest = &input[at..];
        // Blank lines before the record: the crate skips them, we count them.
        let blank = rest
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        let start = line + line_ends(&input, at..at + blank);
        match read_record(&mut reader, rest) {
            Next::Record(fields, used) => {
                if fields.iter().any(|f| !f.trim().is_empty()) {
                    records.push((start, Ok(fields)));
                }
                line += line_ends(&input, at..at + used);
                at += used;
            }
            Next::Unclosed => {
                records.push((
                    start,
                    Err("a quoted field is never closed: check its quote marks".into()),
                ));
                // Start again on the line after the one the record starts on.
                at = (at + blank..input.len())
                    .find(|&i| is_line_end(&input, i))
                    .map_or(input.len(), |i| i + 1);
                line = start + 1;
                reader.reset();
            }
            Next::End => break,
        }
    }
    records
}

/// How many lines end in `input[range]`: at an LF, or at a CR not followed
/// by an LF (classic Mac OS), as an editor counts them. The byte after the
/// range is looked at, so a CRLF split across two ranges counts once.
fn line_ends(input: &[u8], range: std::ops::Range<usize>) -> usize {
    range.filter(|&i| is_line_end(input, i)).count()
}

/// Whether a line ends at `input[i]` (an LF, or a CR without an LF after it).
fn is_line_end(input: &[u8], i: usize) -> bool {
    match input[i] {
        b'\n' => true,
        b'\r' => input.get(i + 1) != Some(&b'\n'),
        _ => false,
    }
}

/// What the reader found next in the input.
enum Next {
    /// A record's fields and the bytes it used (blank lines before it and
    /// its line break included).
    Record(Vec<String>, usize),
    /// A quoted field still open at the end of the input.
    Unclosed,
    /// Nothing but blank lines.
    End,
}

/// Reads one record from `input` (which ends with a line break), growing
/// the output buffers as the crate asks.
fn read_record(reader: &mut Reader, input: &[u8]) -> Next {
    let (mut out, mut ends) = (vec![0u8; 256], vec![0usize; 16]);
    let (mut used, mut out_len, mut ends_len) = (0, 0, 0);
    loop {
        let (result, nin, nout, nend) =
            reader.read_record(&input[used..], &mut out[out_len..], &mut ends[ends_len..]);
        used += nin;
        out_len += nout;
        ends_len += nend;
        match result {
            // Every line break outside quotes ends a record, and the input
            // ends with one: a record the end of the input closes was open
            // inside quotes.
            ReadRecordResult::Record if used == input.len() && nin == 0 => return Next::Unclosed,
            ReadRecordResult::Record => {
                let mut from = 0;
                let fields = ends[..ends_len]
                    .iter()
                    .map(|&to| {
                        let field = text(out[from..to].to_vec());
                        from = to;
                        field
                    })
                    .collect();
                return Next::Record(fields, used);
            }
            // Nothing left to read and nothing open.
            ReadRecordResult::InputEmpty if nin == 0 && used == input.len() => return Next::End,
            // All input read: the next call (with none) tells the end.
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::End => return Next::End,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(rows: &[Record], i: usize) -> &[String] {
        match &rows[i].1 {
            Ok(f) => f,
            Err(e) => panic!("record {i}: {e}"),
        }
    }

    #[test]
    fn reads_quotes_line_breaks_and_line_numbers() {
        let text = "name,goal\r\nAna,\"lead, well\"\n\n\"Bo \"\"B\"\"\",\"two\nlines\"\nCy,x";
        let rows = parse(text);
        let lines: Vec<usize> = rows.iter().map(|r| r.0).collect();
        assert_eq!(lines, [1, 2, 4, 6]);
        assert_eq!(fields(&rows, 1), ["Ana", "lead, well"]);
        assert_eq!(fields(&rows, 2), ["Bo \"B\"", "two\nlines"]);
        assert_eq!(fields(&rows, 3), ["Cy", "x"]);
        // What we write, we read back.
        let written = row(&["a,b", "say \"hi\"", "x\ny"]);
        assert_eq!(fields(&parse(&written), 0), ["a,b", "say \"hi\"", "x\ny"]);
    }

    #[test]
    fn blank_lines_and_blank_records_are_skipped_and_still_counted() {
        let rows = parse("\r\n\nname,goal\r\n\r\n , \nAna,x\r\n\r\n");
        let lines: Vec<usize> = rows.iter().map(|r| r.0).collect();
        assert_eq!(lines, [3, 6]);
        assert!(parse("").is_empty());
        assert!(parse("\n\r\n").is_empty());
    }

    #[test]
    fn a_lone_cr_ends_a_line_as_lf_and_crlf_do() {
        // Classic Mac OS line ends, mixed with the others: each record on
        // its own line, a blank line counted, and a quote never closed
        // costs only its line.
        let rows = parse("name,goal\rAna,x\r\rBo,\"y\rz\"\r\nCy,w\r\"open\rDi,v\r");
        let lines: Vec<usize> = rows.iter().map(|r| r.0).collect();
        assert_eq!(lines, [1, 2, 4, 6, 7, 8]);
        assert_eq!(fields(&rows, 2), ["Bo", "y\rz"]);
        assert_eq!(fields(&rows, 3), ["Cy", "w"]);
        assert!(rows[4].1.is_err());
        assert_eq!(fields(&rows, 5), ["Di", "v"]);
    }

    #[test]
    fn a_quote_inside_an_unquoted_field_is_kept_as_written() {
        let text = "name,goal\nAna,Lead a 5\" team\nBo,Budget\n";
        let rows = parse(text);
        assert_eq!(rows.len(), 3);
        assert_eq!(fields(&rows, 1), ["Ana", "Lead a 5\" team"]);
        assert_eq!(rows[2], (3, Ok(vec!["Bo".to_string(), "Budget".into()])));
    }

    #[test]
    fn a_quote_never_closed_costs_only_its_line() {
        let text = "name,goal\n\"Ana,Lead\nBo,Budget\nCy,Plan\n";
        let rows = parse(text);
        let lines: Vec<usize> = rows.iter().map(|r| r.0).collect();
        assert_eq!(lines, [1, 2, 3, 4]);
        assert!(rows[1].1.as_ref().unwrap_err().contains("never closed"));
        assert_eq!(fields(&rows, 2), ["Bo", "Budget"]);
        assert_eq!(fields(&rows, 3), ["Cy", "Plan"]);
        // In a later field, after blank lines, with CRLF: the same.
        let rows = parse("a,b\r\n\r\nc,\"d\r\ne,f\r\n");
        let lines: Vec<usize> = rows.iter().map(|r| r.0).collect();
        assert_eq!(lines, [1, 3, 4]);
        assert!(rows[1].1.is_err());
        assert_eq!(fields(&rows, 2), ["e", "f"]);
        // Open at the very end: reported, nothing lost before it.
        let rows = parse("a,b\n\"c");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].0, 2);
        assert!(rows[1].1.is_err());
        // A doubled quote at the end does not close it either.
        let rows = parse("\"c\"\"");
        assert_eq!(rows.len(), 1);
        assert!(rows[0].1.is_err());
    }

    #[test]
    fn long_fields_and_many_fields_are_read_whole() {
        let long = "é".repeat(1000);
        let many: Vec<String> = (0..100).map(|i| i.to_string()).collect();
        let text = format!("\"{long}\",x\n{}\n", many.join(","));
        let rows = parse(&text);
        assert_eq!(fields(&rows, 0), [long.as_str(), "x"]);
        assert_eq!(fields(&rows, 1), many.as_slice());
    }

    #[test]
    fn a_byte_order_mark_is_skipped_when_reading() {
        let rows = parse("\u{feff}name,goal\nZoë,x\n");
        assert_eq!(fields(&rows, 0), ["name", "goal"]);
    }

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(row(&["plain"]), "plain\r\n");
        assert_eq!(row(&["a,b"]), "\"a,b\"\r\n");
        assert_eq!(row(&["say \"hi\""]), "\"say \"\"hi\"\"\"\r\n");
        assert_eq!(row(&["two\nlines", "x"]), "\"two\nlines\",x\r\n");
        assert_eq!(row(&["a", "b c", ""]), "a,b c,\r\n");
        // A lone empty field is quoted, so the line is not read as blank.
        assert_eq!(row(&[""]), "\"\"\r\n");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(
            row(&["=HYPERLINK(\"x\")", "-1", "@cmd", "a-b"]),
            "\"'=HYPERLINK(\"\"x\"\")\",'-1,'@cmd,a-b\r\n"
        );
    }
}
