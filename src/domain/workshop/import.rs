//! Bringing participants into a workshop: pasted profile codes (many at
//! once, any separators), files of codes, and CSV (say, a form export)
//! in the column layout of [`CSV_COLUMNS`]. Every bad entry is reported
//! with its line and reason; good ones are kept; a participant seen again
//! (same id) is updated, not doubled.

use super::codec::split_codes;
use super::document::{Upserted, Workshop, MAX_PARTICIPANTS};
use super::profile::{Format, Level, LibraryType, Profile, Role, SLOTS};
use crate::domain::assessment::lookup::{find_competency, Found};
use crate::domain::names::name_key;

/// Largest text (pasted, or one file) read at once.
pub const MAX_IMPORT_CHARS: usize = 2_000_000;

/// The CSV columns read, by header name (any order, any case; others
/// are ignored). Only `name` is required. Lists are separated by `;`.
pub const CSV_COLUMNS: [(&str, &str); 15] = [
    ("name", "Full name (required)"),
    ("contact", "Email or phone"),
    ("role", "mentee, mentor or either"),
    ("library_type", "public, academic, school, special or other"),
    ("level", "frontline, supervisor, manager or director"),
    ("years", "Years of experience, 0 to 60"),
    ("region", "Region, in words"),
    ("utc_offset", "Hours from UTC, -12 to 14"),
    ("format", "in_person, online or either"),
    (
        "availability",
        "Any of: weekday mornings; weekday afternoons; weekday evenings; weekends",
    ),
    (
        "grow",
        "Competencies to grow, by name or id, separated by ;",
    ),
    (
        "offer",
        "Competencies to offer, by name or id, separated by ;",
    ),
    ("goal", "One sentence on what they want from mentoring"),
    (
        "exclude",
        "Names of people not to be paired with, separated by ;",
    ),
    ("organisation", "Their library or organisation, in words"),
];

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub added: usize,
    pub updated: usize,
    /// Codes of profiles already brought in as they are.
    pub unchanged: usize,
    /// "Line 3: <reason>", one per entry left out.
    pub problems: Vec<String>,
    /// "Line 3: <what was read differently>", for entries kept: names
    /// read as a competency of ours, or left out of a list.
    pub notes: Vec<String>,
}

impl Report {
    /// One sentence for the status line.
    pub fn summary(&self) -> String {
        let n = crate::domain::format::plural;
        let mut s = format!(
            "{} added, {} updated",
            n(self.added, "participant", "participants"),
            self.updated
        );
        if self.unchanged > 0 {
            s.push_str(&format!(", {} already up to date", self.unchanged));
        }
        if !self.problems.is_empty() {
            let left = n(self.problems.len(), "entry", "entries");
            s.push_str(&format!(", {left} left out (see below)"));
        }
        s.push('.');
        s
    }

    fn keep(&mut self, w: &mut Workshop, p: Profile, at: String) {
        if p.workshop != w.id {
            self.problems.push(format!(
                "{at}: this profile was made for another workshop's link."
            ));
        } else if w.participants.len() >= MAX_PARTICIPANTS
            && !w.participants.iter().any(|q| q.id == p.id)
        {
            self.problems.push(format!(
                "{at}: the workshop already has {MAX_PARTICIPANTS} participants."
            ));
        } else {
            let name = p.name.clone();
            match w.upsert(p) {
                Upserted::Added => self.added += 1,
                Upserted::Updated => self.updated += 1,
                Upserted::Same => self.unchanged += 1,
                Upserted::Older => {
                    self.problems.push(format!(
                        "{at}: an older code of {name}'s profile; the newer one already brought in is kept."
                    ));
                }
            }
        }
    }
}

/// Imports `text`: CSV when its first line is a header naming a `name`
/// column, profile codes otherwise. `source` prefixes line numbers (a
/// file's name, or "" for pasted text).
pub fn import_text(w: &mut Workshop, text: &str, source: &str, report: &mut Report) {
    let place = |line: usize| {
        if source.is_empty() {
            format!("Line {line}")
        } else {
            format!("{source}, line {line}")
        }
    };
    if text.chars().count() > MAX_IMPORT_CHARS {
        let what = if source.is_empty() {
            "The text"
        } else {
            source
        };
        report.problems.push(format!(
            "{what}: too long to import (over 2 million characters)."
        ));
        return;
    }
    if looks_like_csv(text) {
        import_csv(w, text, &place, report);
        return;
    }
    for (i, line) in text.lines().enumerate() {
        for code in split_codes(line) {
            match Profile::from_code(code).map_err(|e| e.to_string()) {
                Ok(p) => report.keep(w, p, place(i + 1)),
                Err(e) => report.problems.push(format!("{}: {e}", place(i + 1))),
            }
        }
    }
}

fn looks_like_csv(text: &str) -> bool {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    first.contains(',')
        && first
            .split(',')
            .any(|h| h.trim().trim_matches('"').eq_ignore_ascii_case("name"))
}

fn import_csv(w: &mut Workshop, text: &str, place: &dyn Fn(usize) -> String, report: &mut Report) {
    let rows = crate::domain::csv::parse(text);
    let Some(((header_line, header), rows)) = rows.split_first() else {
        return;
    };
    let header = match header {
        Ok(h) => h,
        Err(e) => {
            report.problems.push(format!(
                "{}: the header cannot be read: {e}.",
                place(*header_line)
            ));
            return;
        }
    };
    let column: Vec<Option<usize>> = header
        .iter()
        .map(|h| {
            CSV_COLUMNS
                .iter()
                .position(|(c, _)| h.trim().eq_ignore_ascii_case(c))
        })
        .collect();
    for (line, fields) in rows {
        let fields = match fields {
            Ok(f) => f,
            Err(e) => {
                report.problems.push(format!("{}: {e}.", place(*line)));
                continue;
            }
        };
        let mut cells: [&str; CSV_COLUMNS.len()] = [""; CSV_COLUMNS.len()];
        for (f, c) in fields.iter().zip(&column) {
            if let Some(c) = c {
                cells[*c] = f.trim();
            }
        }
        let mut notes = Vec::new();
        match profile_from_row(&cells, w.id, &mut notes) {
            Ok(p) => {
                let before = report.problems.len();
                report.keep(w, p, place(*line));
                if report.problems.len() == before && !notes.is_empty() {
                    report
                        .notes
                        .push(format!("{}: {}.", place(*line), notes.join("; ")));
                }
            }
            Err(e) => report.problems.push(format!("{}: {e}", place(*line))),
        }
    }
}

/// Finds one of `all` by its stored name or its label, ignoring case.
fn named<T: Copy>(
    text: &str,
    all: &[T],
    names: &[&str],
    label: fn(T) -> &'static str,
    column: &str,
) -> Result<Option<T>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    all.iter()
        .zip(names)
        .find(|(x, n)| {
            text.eq_ignore_ascii_case(n)
                || text.eq_ignore_ascii_case(&n.replace('_', " "))
                || text.eq_ignore_ascii_case(label(**x))
        })
        .map(|(x, _)| Some(*x))
        .ok_or_else(|| {
            format!(
                "{column} \u{201c}{text}\u{201d} is not one of: {}.",
                names.join(", ")
            )
        })
}

fn items(text: &str) -> impl Iterator<Item = &str> {
    text.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// The competency ids a list names, read forgivingly
/// ([`find_competency`]); what was mapped or left out goes to `notes`.
fn competencies(text: &str, column: &str, notes: &mut Vec<String>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for t in items(text) {
        let c = match find_competency(t) {
            Found::Exact(c) => c,
            Found::Mapped(c) => {
                notes.push(format!(
                    "{column}: \u{201c}{t}\u{201d} read as \u{201c}{}\u{201d}",
                    c.name
                ));
                c
            }
            Found::None => {
                notes.push(format!(
                    "{column}: \u{201c}{t}\u{201d} is not a competency of the framework, left out"
                ));
                continue;
            }
        };
        if !ids.iter().any(|i| i == c.id) {
            ids.push(c.id.to_string());
        }
    }
    ids
}

fn number(text: &str, column: &str, low: i64, high: i64) -> Result<Option<i64>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i64>()
        .ok()
        .filter(|n| (low..=high).contains(n))
        .map(Some)
        .ok_or_else(|| format!("{column} must be a whole number from {low} to {high}."))
}

/// A stable id for a CSV participant: the same name and contact always
/// give the same id, so a corrected export updates people.
pub fn csv_id(name: &str, contact: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    // Names and contacts as people compare them (`domain::names`), so a
    // re-export that changed only letter case or accents' encoding updates.
    for b in name_key(name)
        .bytes()
        .chain([0])
        .chain(name_key(contact).bytes())
    {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h & ((1 << 53) - 1)
}

/// A participant from a CSV row; what was read forgivingly goes to `notes`.
fn profile_from_row(
    c: &[&str; CSV_COLUMNS.len()],
    workshop: u64,
    notes: &mut Vec<String>,
) -> Result<Profile, String> {
    if c[0].is_empty() {
        return Err("the name is empty.".into());
    }
    let role = named(c[2], Role::ALL, Role::NAMES, Role::label, "role")?.unwrap_or_default();
    let mut availability = 0u8;
    for slot in items(c[9]) {
        let bit = SLOTS
            .iter()
            .position(|s| s.eq_ignore_ascii_case(slot))
            .ok_or_else(|| {
                format!(
                    "availability \u{201c}{slot}\u{201d} is not one of: {}.",
                    SLOTS.join("; ")
                )
            })?;
        availability |= 1 << bit;
    }
    let p = Profile {
        id: csv_id(c[0], c[1]),
        workshop,
        name: c[0].to_string(),
        contact: c[1].to_string(),
        role,
        library_type: named(
            c[3],
            LibraryType::ALL,
            LibraryType::NAMES,
            LibraryType::label,
            "library_type",
        )?,
        level: named(c[4], Level::ALL, Level::NAMES, Level::label, "level")?,
        years: number(c[5], "years", 0, 60)?.map(|n| n as u8),
        region: c[6].to_string(),
        organisation: c[14].to_string(),
        utc_offset: number(c[7], "utc_offset", -12, 14)?.map(|n| n as i8),
        format: named(c[8], Format::ALL, Format::NAMES, Format::label, "format")?,
        availability,
        grow: competencies(c[10], "grow", notes),
        offer: competencies(c[11], "offer", notes),
        goal: c[12].to_string(),
        exclude: items(c[13]).map(str::to_string).collect(),
        identity: Vec::new(),
        // A row has no time: rows replace one another, in file order.
        saved_at: 0,
    };
    p.validate().map_err(|e| format!("{e}."))?;
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(w: u64, id: u64, name: &str) -> String {
        let p = Profile {
            id,
            workshop: w,
            name: name.into(),
            ..Profile::default()
        };
        p.code()
    }

    #[test]
    fn codes_are_kept_reported_and_updated_by_id() {
        let mut w = Workshop::new(5, 0);
        let text = format!(
            "{} {}\nnot-a-code!\n\n{}, {}",
            code(5, 1, "Ana"),
            code(5, 2, "Bo"),
            code(6, 3, "Cy"),
            code(5, 1, "Ana Lee")
        );
        let mut r = Report::default();
        import_text(&mut w, &text, "", &mut r);
        assert_eq!((r.added, r.updated), (2, 1));
        assert_eq!(r.problems.len(), 2);
        assert!(r.problems[0].starts_with("Line 2: This is not a Wayfinder code"));
        assert!(r.problems[1].starts_with("Line 4: this profile was made for another"));
        assert_eq!(w.participants.len(), 2);
        assert_eq!(w.participants[0].name, "Ana Lee");
        assert_eq!(
            r.summary(),
            "2 participants added, 1 updated, 2 entries left out (see below)."
        );
    }

    #[test]
    fn of_two_codes_of_one_profile_the_later_is_kept_in_any_order() {
        let version = |saved_at, exclude: &[&str]| {
            let mut p = Profile::with_background(1, "Ana Diaz", saved_at);
            p.exclude = exclude.iter().map(|s| s.to_string()).collect();
            p.code()
        };
        let (first, changed) = (version(100, &[]), version(200, &["Bo Chen"]));
        // An inbox lists the newest first: the later code, then the first.
        let mut w = Workshop::new(5, 0);
        let mut r = Report::default();
        import_text(&mut w, &format!("{changed}\n{first}"), "", &mut r);
        assert_eq!((r.added, r.updated, r.unchanged), (1, 0, 0));
        assert_eq!(
            w.participants[0].exclude,
            ["Bo Chen"],
            "her exclusion stays"
        );
        assert_eq!(
            r.problems,
            ["Line 2: an older code of Ana Diaz's profile; the newer one already brought in is kept."]
        );
        assert_eq!(
            r.summary(),
            "1 participant added, 0 updated, 1 entry left out (see below)."
        );
        let mut r = Report::default();
        import_text(&mut w, &changed, "", &mut r);
        assert_eq!(
            r.summary(),
            "0 participants added, 0 updated, 1 already up to date."
        );
        // Oldest first updates, as it always did.
        let mut w = Workshop::new(5, 0);
        let mut r = Report::default();
        import_text(&mut w, &format!("{first}\n{changed}"), "", &mut r);
        assert_eq!((r.added, r.updated, r.unchanged), (1, 1, 0));
        assert_eq!(w.participants[0].exclude, ["Bo Chen"]);
        // Background answers removed stay removed when the same code, or
        // an older one, is brought in again.
        w.remove_background_answers();
        let mut r = Report::default();
        import_text(&mut w, &format!("{changed} {first}"), "", &mut r);
        assert_eq!((r.updated, r.unchanged, r.problems.len()), (0, 1, 1));
        assert_eq!(w.background_answers(), 0);
        // A code made after (she changed her profile since) brings hers.
        import_text(&mut w, &version(300, &[]), "", &mut Report::default());
        assert_eq!(
            (w.background_answers(), w.participants[0].exclude.len()),
            (1, 0)
        );
        // Codes made before profiles kept a time replace one another, and
        // never a profile that has one.
        let mut w = Workshop::new(5, 0);
        let mut r = Report::default();
        import_text(
            &mut w,
            &format!("{}\n{}", code(5, 1, "Ana"), code(5, 1, "Ana Diaz")),
            "",
            &mut r,
        );
        assert_eq!(
            (r.added, r.updated, w.participants[0].name.as_str()),
            (1, 1, "Ana Diaz")
        );
        import_text(&mut w, &version(100, &[]), "", &mut Report::default());
        let mut r = Report::default();
        import_text(&mut w, &code(5, 1, "Ana"), "", &mut r);
        assert_eq!(
            (r.problems.len(), w.participants[0].name.as_str()),
            (1, "Ana Diaz")
        );
    }

    #[test]
    fn csv_rows_are_read_by_header_with_reasons_per_line() {
        let mut w = Workshop::new(5, 0);
        let text = "Name,Role,Library_Type,Years,Grow,Availability,Exclude,Extra\n\
            Ana,mentee,Public,3,Budget and resource management;advocacy,weekends,Bo;Cy,x\n\
            Bo,boss,,,,,,\n\
            Cy,mentor,academic,seventy,,,,\n\
            ,mentor,,,,,,\n\
            Dee,Either,special,,nonsense,,,\n\
            Ana,mentor,,,,,,\n";
        let mut r = Report::default();
        import_text(&mut w, text, "people.csv", &mut r);
        assert_eq!((r.added, r.updated), (2, 1), "{:?}", r.problems);
        assert_eq!(r.problems.len(), 3);
        assert!(r.problems[0].starts_with("people.csv, line 3: role \u{201c}boss\u{201d}"));
        assert!(r.problems[1].contains("line 4: years must be"));
        assert!(r.problems[2].contains("line 5: the name is empty"));
        assert_eq!(r.notes, ["people.csv, line 6: grow: \u{201c}nonsense\u{201d} is not a competency of the framework, left out."]);
        let ana = &w.participants[0];
        assert_eq!(ana.role, Role::Mentor, "the second row updated her");
        // Re-import the first row alone: same id, still one Ana.
        let mut r = Report::default();
        import_text(&mut w, "name,grow\nAna,advocacy", "", &mut r);
        assert_eq!((r.added, r.updated), (0, 1));
        assert_eq!(w.participants[0].grow.len(), 1);
        assert_eq!(csv_id(" ana ", ""), csv_id("ANA", ""));
    }

    #[test]
    fn a_participant_whose_form_names_competencies_loosely_is_imported_with_a_note() {
        let mut w = Workshop::new(5, 0);
        let text = "name,grow,offer\nZoë,Change management; Budget; Astrophysics,\u{c9}THICS\n";
        let mut r = Report::default();
        import_text(&mut w, text, "", &mut r);
        assert_eq!((r.added, r.problems.len()), (1, 0), "{:?}", r.problems);
        assert_eq!(
            w.participants[0].grow,
            ["adaptability", "resource-management"]
        );
        assert_eq!(r.notes.len(), 1);
        let note = &r.notes[0];
        assert!(note.starts_with("Line 2: grow: \u{201c}Change management\u{201d} read as \u{201c}Adaptability and change leadership\u{201d}"), "{note}");
        assert!(note.contains(
            "\u{201c}Budget\u{201d} read as \u{201c}Budget and resource management\u{201d}"
        ));
        assert!(note.contains(
            "\u{201c}Astrophysics\u{201d} is not a competency of the framework, left out"
        ));
    }

    #[test]
    fn a_quote_never_closed_costs_one_row_not_the_rest_of_the_file() {
        let mut w = Workshop::new(5, 0);
        let text = "name,goal\nDee,Plan a 5\" display\nAna,\"Lead a team\nBo,Budget\nCy,Plan\n";
        let mut r = Report::default();
        import_text(&mut w, text, "", &mut r);
        assert_eq!(r.added, 3, "{:?}", r.problems);
        assert_eq!(r.problems.len(), 1);
        assert!(
            r.problems[0].starts_with("Line 3: a quoted field is never closed"),
            "{:?}",
            r.problems
        );
        let names: Vec<&str> = w.participants.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Dee", "Bo", "Cy"]);
        // A quote inside an unquoted field is kept as written.
        assert_eq!(w.participants[0].goal, "Plan a 5\" display");
    }

    #[test]
    fn names_in_any_letter_case_or_accent_encoding_give_the_same_csv_id() {
        assert_eq!(
            csv_id("ÉLODIE Martin", "E@X.ORG"),
            csv_id("e\u{301}lodie  martin", "e@x.org")
        );
        assert_eq!(csv_id("Анна", ""), csv_id("АННА", ""));
        assert_ne!(csv_id("Anna", ""), csv_id("Анна", ""));
    }

    #[test]
    fn oversized_text_is_refused() {
        let mut w = Workshop::new(5, 0);
        let mut r = Report::default();
        import_text(&mut w, &"A".repeat(MAX_IMPORT_CHARS + 1), "big.txt", &mut r);
        assert_eq!(
            r.problems,
            ["big.txt: too long to import (over 2 million characters)."]
        );
        assert!(w.participants.is_empty());
    }
}
