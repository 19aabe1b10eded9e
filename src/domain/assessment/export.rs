//! CSV export of every snapshot: one row per snapshot × rated competency.

use super::framework::{competency, level_name};
use super::Assessments;
use crate::domain::csv::row;
use crate::domain::date::Zone;

pub const HEADER: [&str; 9] = [
    "snapshot_id",
    "date",
    "label",
    "domain",
    "competency_id",
    "competency",
    "rating",
    "level",
    "priority",
];

/// The CSV text (header + rows), oldest snapshot first; evidence last;
/// dates are local calendar dates in `zone`.
pub fn to_csv(a: &Assessments, zone: &dyn Zone) -> String {
    let mut header: Vec<&str> = HEADER.to_vec();
    header.push("evidence");
    let mut out = crate::domain::csv::BOM.to_string() + &row(&header);
    for s in a.history() {
        for r in &s.ratings {
            let c = competency(&r.competency);
            out.push_str(&row(&[
                s.id.to_string(),
                zone.iso_of(s.taken_at),
                s.label.clone(),
                c.map_or("", |c| c.domain.name()).to_string(),
                r.competency.clone(),
                c.map_or("", |c| c.name).to_string(),
                r.level.map_or(String::new(), |l| l.to_string()),
                r.level.map_or("skipped", level_name).to_string(),
                r.priority.key().to_string(),
                r.evidence.clone(),
            ]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Draft, Priority};

    #[test]
    fn one_row_per_snapshot_and_rating() {
        let mut a = Assessments::default();
        for (id, at) in [(2u64, 86_400_000i64), (1, 0)] {
            let mut d = Draft::new(at, &[]);
            d.set_level("ethics", Some(2), at).unwrap();
            d.set_level("jedi", Some(1), at).unwrap();
            d.set_evidence("jedi", "=cmd, \"quoted\"", at).unwrap();
            d.set_priority("jedi", Priority::High, at);
            a.snapshots.upsert(d.finish(id, at, "start").unwrap());
        }
        let csv = to_csv(&a, &crate::domain::date::FixedOffset(0));
        let csv = csv
            .strip_prefix('\u{feff}')
            .expect("a byte-order mark for Excel");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 6, "header + 4 rows + trailing empty");
        assert!(lines[0].starts_with("snapshot_id,date,label,domain"));
        assert_eq!(
            lines[1],
            "1,1970-01-01,start,Leading yourself,ethics,Ethics and integrity,2,Developing,medium,"
        );
        assert_eq!(
            lines[2],
            "1,1970-01-01,start,Leading with the community,jedi,\"Justice, equity, diversity and inclusion\",1,Aware,high,\"'=cmd, \"\"quoted\"\"\""
        );
        assert!(lines[3].starts_with("2,1970-01-02,"));
    }
}
