//! My support network: the people who support a leader, the roles they
//! play (several allowed), Hewlett's sponsor checklist, meetings, asks and
//! their outcomes, and the gaps an overview should point out.

use crate::domain::date::{days_from_civil, Ymd};
use crate::domain::records::{Collection, Record};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Mentor,
    Sponsor,
    Peer,
    Coach,
    Supervisor,
}

impl Relation {
    pub const ALL: [Relation; 5] = [
        Relation::Mentor,
        Relation::Sponsor,
        Relation::Peer,
        Relation::Coach,
        Relation::Supervisor,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Relation::Mentor => "mentor",
            Relation::Sponsor => "sponsor",
            Relation::Peer => "peer",
            Relation::Coach => "coach",
            Relation::Supervisor => "supervisor",
        }
    }
}

/// Hewlett (2013): what a real sponsor does. The first three are the core;
/// a sponsor also does at least two of the other seven. Our wording.
pub const HEWLETT: [&str; 10] = [
    "Believes in me and is willing to take a risk on me",
    "Advocates for my next promotion or role",
    "Gives me cover to take risks",
    "Expands my sense of what I can do",
    "Connects me to senior leaders",
    "Makes my work visible",
    "Opens stretch opportunities",
    "Advises me on how I present myself",
    "Connects me outside my organisation",
    "Tells me frankly where I fall short",
];

/// What the checklist says about a person, in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SponsorReading {
    Sponsor,
    AlmostSponsor,
    Ally,
    NotYet,
}

impl SponsorReading {
    pub fn text(self) -> &'static str {
        match self {
            SponsorReading::Sponsor => "Acts as a sponsor: all three core behaviours and at least two more.",
            SponsorReading::AlmostSponsor => "Close to a sponsor: the core is there; ask for one more kind of help, such as an introduction or a stretch assignment.",
            SponsorReading::Ally => "A supporter, not yet a sponsor: some help, but not all three core behaviours (belief, advocacy, cover).",
            SponsorReading::NotYet => "No sponsor behaviours ticked yet.",
        }
    }
}

pub fn read_checklist(ticks: &[bool; 10]) -> SponsorReading {
    let core = ticks[..3].iter().filter(|t| **t).count();
    let more = ticks[3..].iter().filter(|t| **t).count();
    match (core, more) {
        (3, m) if m >= 2 => SponsorReading::Sponsor,
        (3, _) => SponsorReading::AlmostSponsor,
        (0, 0) => SponsorReading::NotYet,
        _ => SponsorReading::Ally,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// `YYYY-MM-DD`
    pub date: String,
    #[serde(default)]
    pub topics: String,
    #[serde(default)]
    pub follow_ups: String,
    /// Ids of goals discussed.
    #[serde(default)]
    pub goals: Vec<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskKind {
    StretchAssignment,
    Introduction,
    Nomination,
    Feedback,
    Advice,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskOutcome {
    #[default]
    Pending,
    Yes,
    No,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ask {
    pub date: String,
    pub kind: AskKind,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub outcome: AskOutcome,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: u64,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub how_known: String,
    #[serde(default)]
    pub relations: Vec<Relation>,
    #[serde(default)]
    pub hewlett: [bool; 10],
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    #[serde(default)]
    pub asks: Vec<Ask>,
    #[serde(default)]
    pub updated_at: i64,
}

impl Record for Person {
    fn id(&self) -> u64 {
        self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

impl Person {
    pub fn is(&self, r: Relation) -> bool {
        self.relations.contains(&r)
    }

    /// Day number of the latest meeting.
    pub fn last_contact(&self) -> Option<i64> {
        self.meetings
            .iter()
            .filter_map(|m| Ymd::parse(&m.date))
            .map(days_from_civil)
            .max()
    }
}

/// The network document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Network {
    #[serde(default)]
    pub people: Collection<Person>,
}

/// Days without contact before the overview mentions a mentor or sponsor.
pub const QUIET_DAYS: i64 = 60;

/// The overview's plain-words observations.
pub fn gaps(n: &Network, today: Ymd) -> Vec<String> {
    let count = |r: Relation| n.people.items.iter().filter(|p| p.is(r)).count();
    let (mentors, sponsors) = (count(Relation::Mentor), count(Relation::Sponsor));
    let plural = |k: usize, one: &str, many: &str| {
        if k == 1 {
            format!("1 {one}")
        } else {
            format!("{k} {many}")
        }
    };
    let mut out = Vec::new();
    match (mentors, sponsors) {
        (0, 0) => out.push("No mentor and no sponsor yet: start with one of each in mind.".to_string()),
        (m, 0) => out.push(format!("{}, no sponsor yet. Research finds new leaders, women and people of colour most of all, are over-mentored and under-sponsored.", plural(m, "mentor", "mentors"))),
        (0, s) => out.push(format!("{}, no mentor yet: a mentor helps you build the skills a sponsor will vouch for.", plural(s, "sponsor", "sponsors"))),
        (m, s) => out.push(format!("{} and {}.", plural(m, "mentor", "mentors"), plural(s, "sponsor", "sponsors"))),
    }
    let called_sponsor_but_not = n
        .people
        .items
        .iter()
        .filter(|p| {
            p.is(Relation::Sponsor) && read_checklist(&p.hewlett) != SponsorReading::Sponsor
        })
        .count();
    if called_sponsor_but_not > 0 {
        out.push(format!("{} marked as sponsor without all of Hewlett's core behaviours: check the list on their page.", plural(called_sponsor_but_not, "person", "people")));
    }
    let t = days_from_civil(today);
    for p in n
        .people
        .items
        .iter()
        .filter(|p| p.is(Relation::Mentor) || p.is(Relation::Sponsor))
    {
        match p.last_contact() {
            Some(d) if t - d >= QUIET_DAYS => {
                out.push(format!("No contact with {} for {} days.", p.name, t - d))
            }
            None => out.push(format!("No meeting with {} logged yet.", p.name)),
            _ => {}
        }
    }
    out
}

impl Network {
    pub fn validate(&self) -> Result<(), String> {
        self.people.validate_ids()?;
        for p in &self.people.items {
            if p.name.trim().is_empty() || p.name.chars().count() > 120 {
                return Err(format!("person {} has no usable name", p.id));
            }
            let dates = p
                .meetings
                .iter()
                .map(|m| &m.date)
                .chain(p.asks.iter().map(|a| &a.date));
            if let Some(d) = dates.into_iter().find(|d| Ymd::parse(d).is_none()) {
                return Err(format!(
                    "person {}: \"{}\" is not a date",
                    p.id,
                    d.chars().take(20).collect::<String>()
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Ymd = Ymd {
        year: 2026,
        month: 11,
        day: 29,
    };

    fn person(id: u64, name: &str, relations: &[Relation], met: Option<&str>) -> Person {
        Person {
            id,
            name: name.into(),
            role: String::new(),
            organisation: String::new(),
            how_known: String::new(),
            relations: relations.to_vec(),
            hewlett: [false; 10],
            meetings: met
                .map(|d| {
                    vec![Meeting {
                        date: d.into(),
                        topics: String::new(),
                        follow_ups: String::new(),
                        goals: vec![],
                    }]
                })
                .unwrap_or_default(),
            asks: vec![],
            updated_at: 0,
        }
    }

    #[test]
    fn hewlett_reading() {
        let mut t = [false; 10];
        assert_eq!(read_checklist(&t), SponsorReading::NotYet);
        t[4] = true;
        assert_eq!(read_checklist(&t), SponsorReading::Ally);
        t[0] = true;
        t[1] = true;
        t[2] = true;
        assert_eq!(read_checklist(&t), SponsorReading::AlmostSponsor);
        t[9] = true;
        assert_eq!(read_checklist(&t), SponsorReading::Sponsor);
    }

    #[test]
    fn gaps_name_missing_roles_unchecked_sponsors_and_quiet_contacts() {
        let mut n = Network::default();
        assert_eq!(
            gaps(&n, TODAY),
            ["No mentor and no sponsor yet: start with one of each in mind."]
        );
        for (i, name) in ["Ana", "Bo", "Cy"].iter().enumerate() {
            n.people.upsert(person(
                i as u64 + 1,
                name,
                &[Relation::Mentor],
                Some("2026-11-01"),
            ));
        }
        let g = gaps(&n, TODAY);
        assert!(g[0].starts_with("3 mentors, no sponsor yet."), "{g:?}");
        n.people.upsert(person(
            9,
            "Dee",
            &[Relation::Sponsor, Relation::Supervisor],
            Some("2026-08-01"),
        ));
        let g = gaps(&n, TODAY);
        assert_eq!(g[0], "3 mentors and 1 sponsor.");
        assert!(g
            .iter()
            .any(|x| x.starts_with("1 person marked as sponsor")));
        assert!(g.contains(&"No contact with Dee for 120 days.".to_string()));
        assert!(n.validate().is_ok());
        n.people.upsert(person(10, " ", &[], Some("soon")));
        assert!(n.validate().is_err());
    }
}
