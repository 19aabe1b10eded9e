//! Property tests of CSV (native only): what we write reads back the same
//! (after the formula guard), in a file of many rows with line numbers
//! that count every line; and no text makes reading panic or lose a
//! well-formed row after a quote that is never closed.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use wayfinder::domain::csv::{parse, row, BOM};

/// A field as people type it: letters, accents, separators, quotes,
/// line breaks, formula starts and spaces.
fn field() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zé =+@\\-,;\"\r\n\t]{0,12}").expect("a valid pattern")
}

/// What reading a written field gives back: the guard's apostrophe before
/// a formula start.
fn guarded(f: &str) -> String {
    match f.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{f}"),
        _ => f.to_string(),
    }
}

/// Lines ended in `text` as an editor counts them: LF, CRLF or a lone CR.
fn line_ends(text: &str) -> usize {
    text.replace("\r\n", "\n").matches(['\r', '\n']).count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn written_rows_read_back(rows in proptest::collection::vec(proptest::collection::vec(field(), 1..6), 0..8)) {
        let text = BOM.to_string() + &rows.iter().map(|r| row(r)).collect::<String>();
        let read = parse(&text);
        let expected: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|f| guarded(f)).collect::<Vec<_>>())
            .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
            .collect();
        let got: Vec<Vec<String>> = read.iter().map(|(_, r)| r.clone().expect("a row we wrote reads")).collect();
        prop_assert_eq!(&got, &expected);
        // Each record starts on the line after everything written before it.
        let mut line = 1;
        let mut starts = Vec::new();
        for r in &rows {
            let written = row(r);
            if r.iter().any(|f| !guarded(f).trim().is_empty()) {
                starts.push(line);
            }
            line += line_ends(&written);
        }
        prop_assert_eq!(read.iter().map(|r| r.0).collect::<Vec<_>>(), starts);
    }

    #[test]
    fn any_text_reads_without_panic_within_its_lines(text in "[a,\"\r\n\u{feff}é]{0,40}") {
        let lines = line_ends(&text) + 1;
        let read = parse(&text);
        let mut last = 0;
        for (line, _) in &read {
            // Every record starts on a later line than the one before it,
            // whichever line ends the text uses.
            prop_assert!(*line > last && *line <= lines, "line {} of {} after {}", line, lines, last);
            last = *line;
        }
    }

    #[test]
    fn a_quote_never_closed_costs_only_its_line(
        before in proptest::collection::vec("[a-z]{1,5},[a-z]{1,5}", 0..4),
        after in proptest::collection::vec("[a-z]{1,5},[a-z]{1,5}", 1..4),
    ) {
        let text = [before.clone(), vec!["\"open,x".to_string()], after.clone()].concat().join("\n");
        let read = parse(&text);
        prop_assert_eq!(read.len(), before.len() + 1 + after.len());
        let bad = &read[before.len()];
        prop_assert_eq!(bad.0, before.len() + 1);
        prop_assert!(bad.1.is_err());
        for (i, (line, fields)) in read.iter().skip(before.len() + 1).enumerate() {
            prop_assert_eq!(*line, before.len() + 2 + i);
            prop_assert_eq!(fields.clone().expect("a good row after it reads").join(","), after[i].clone());
        }
    }
}
