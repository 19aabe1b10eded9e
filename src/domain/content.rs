//! Words the shell shows about each section: what the app does and what
//! each section offers. Kept as data so components stay thin.

use super::route::Section;

/// The three sentences the home screen opens with.
pub const HOME_INTRO: [&str; 3] = [
    "Wayfinder helps new library leaders see where they stand, set goals that grow them, and find the mentors and sponsors who will help.",
    "Rate yourself on leadership competencies, track SMART goals, learn how a mentor differs from a sponsor, and pair people at a workshop with an open, explainable matching wizard.",
    "Everything you enter stays in this browser on this device: there is no account, no server and no tracking.",
];

/// What a section offers, in a sentence (the home screen's cards).
pub fn section_summary(section: Section) -> &'static str {
    match section {
        Section::Home => HOME_INTRO[0],
        Section::Assess => "Rate yourself on leadership competencies drawn from the Core (formerly LLAMA) foundational competencies and the WebJunction Competency Index, back each rating with evidence, re-rate over months and see your growth on a radar chart.",
        Section::Goals => "Turn growth areas into SMART goals with tasks, check-ins and mentor and sponsor asks, then print a development plan for your supervisor or mentor.",
        Section::Guide => "Learn what leadership programs offer, how a mentor differs from a sponsor, and why equity belongs in mentoring; then map who supports you and find out what you need now.",
        Section::Workshop => "Facilitators share one link, participants fill in a profile on their phones, and a local matching wizard pairs mentors and mentees with a plain-language reason for every pair.",
        Section::Data => "See what is stored in this browser, download a backup, restore one, or delete everything.",
    }
}

/// The banner over a stored section saved by a newer version: a lead in
/// bold and the explanation. Worded so that any section's label fits
/// ("Development plan", "Goals"), singular or plural.
pub fn read_only_notice(label: &str, schema: u32) -> (String, String) {
    (
        format!("{label}: read-only here. "),
        format!("This section was saved by a newer version of Wayfinder (data version {schema}). This version shows it but will not change it, so nothing is lost. Open the newest version of Wayfinder to edit it."),
    )
}

/// The banner over a stored section saved in a schema older than this
/// page upgrades (the participant's page carries no migrations): a lead
/// in bold, the explanation, and the words of the link to a page that
/// brings it up to date. Worded for any section's label, as
/// [`read_only_notice`] is.
pub fn older_notice(label: &str) -> (String, &'static str, &'static str) {
    (
        format!("{label}: saved by an earlier version of Wayfinder. "),
        "This page still works, but keeps nothing you change here until this section is brought up to date: ",
        "bring it up to date (opens in a new tab)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_has_a_distinct_summary() {
        let all: std::collections::HashSet<&str> =
            Section::ALL.iter().map(|s| section_summary(*s)).collect();
        assert_eq!(all.len(), Section::ALL.len());
    }

    #[test]
    fn home_intro_promises_local_data() {
        assert!(HOME_INTRO[2].contains("stays in this browser"));
    }

    #[test]
    fn the_read_only_notice_reads_well_for_every_section() {
        for label in ["Development plan", "Goals", "Settings"] {
            let (lead, more) = read_only_notice(label, 3);
            assert_eq!(lead, format!("{label}: read-only here. "));
            assert!(
                !lead.contains(" are ") && !more.contains(" are "),
                "{lead}{more}"
            );
            assert!(more.contains("data version 3"));
            let (lead, more, link) = older_notice(label);
            assert_eq!(
                lead,
                format!("{label}: saved by an earlier version of Wayfinder. ")
            );
            assert!(!more.contains(" are ") && more.ends_with(": "), "{more}");
            assert!(link.contains("new tab"));
        }
    }
}
