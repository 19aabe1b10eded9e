//! My support network: the people who support a leader, the roles they
//! play (several allowed), Hewlett's sponsor checklist, meetings, asks and
//! their outcomes, and the gaps an overview should point out.

use crate::domain::date::{days_since_epoch, Ymd};
use crate::domain::records::{Collection, Record};
use serde::{Deserialize, Deserializer, Serialize};

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

/// Hewlett's precondition (2013): before any behaviour counts, a sponsor is
/// a senior leader with power where decisions about you are made. A peer
/// can tick every behaviour below and still not be one.
pub const HEWLETT_PRECONDITION: &str =
    "Is a senior leader with power where decisions about me are made";

/// Hewlett (2013): what a real sponsor does. The first three are the core;
/// a sponsor also does at least two of the other seven. Our wording; the
/// ninth is adapted (Hewlett names connections to clients and customers).
pub const HEWLETT: [&str; 10] = [
    "Believes in me and is willing to take a risk on me",
    "Advocates for my next promotion or role",
    "Gives me cover to take risks",
    "Expands my sense of what I can do",
    "Connects me to senior leaders",
    "Makes my work visible",
    "Opens stretch opportunities",
    "Advises me on how I present myself",
    "Connects me outside my organisation (adapted: Hewlett says clients and customers)",
    "Tells me frankly where I fall short",
];

/// A person's name as typed, trimmed; a blank one is refused (like a
/// goal's title, see `goals::clean_title`).
pub fn clean_name(raw: &str) -> Result<String, String> {
    let name = raw.trim();
    if name.is_empty() {
        return Err("A name is needed; the last one is kept.".into());
    }
    Ok(name.to_string())
}

/// What the checklist says about a person, in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SponsorReading {
    Sponsor,
    /// Does what a sponsor does, without the seniority and power to decide.
    NotSenior,
    AlmostSponsor,
    Ally,
    NotYet,
}

impl SponsorReading {
    pub fn text(self) -> &'static str {
        match self {
            SponsorReading::Sponsor => "Acts as a sponsor: a senior leader with power over decisions about you, all three core behaviours and at least two more.",
            SponsorReading::NotSenior => "Helps as a sponsor would, but does not yet meet Hewlett's test: a sponsor is a senior leader with power where decisions about you are made. A valued ally or mentor.",
            SponsorReading::AlmostSponsor => "Close to a sponsor: the core is there; ask for one more kind of help, such as an introduction or a stretch assignment.",
            SponsorReading::Ally => "A supporter, not yet a sponsor: some help, but not all three core behaviours (belief, advocacy, cover).",
            SponsorReading::NotYet => "No sponsor behaviours ticked yet.",
        }
    }
}

/// Reads Hewlett's checklist: `senior` is the precondition, `ticks` the
/// three core behaviours then the seven others.
pub fn read_checklist(senior: bool, ticks: &[bool; 10]) -> SponsorReading {
    let core = ticks[..3].iter().filter(|t| **t).count();
    let more = ticks[3..].iter().filter(|t| **t).count();
    match (core, more) {
        (3, m) if m >= 2 && senior => SponsorReading::Sponsor,
        (3, m) if m >= 2 => SponsorReading::NotSenior,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskKind {
    StretchAssignment,
    Introduction,
    Nomination,
    Feedback,
    Advice,
    #[default]
    Other,
}

impl AskKind {
    pub const ALL: [AskKind; 6] = [
        AskKind::StretchAssignment,
        AskKind::Introduction,
        AskKind::Nomination,
        AskKind::Feedback,
        AskKind::Advice,
        AskKind::Other,
    ];
    pub const NAMES: [&'static str; 6] = [
        "stretch_assignment",
        "introduction",
        "nomination",
        "feedback",
        "advice",
        "other",
    ];
    pub fn label(self) -> &'static str {
        [
            "Stretch assignment",
            "Introduction",
            "Nomination",
            "Feedback",
            "Advice",
            "Other",
        ][self as usize]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskOutcome {
    #[default]
    Pending,
    Yes,
    No,
}

impl AskOutcome {
    pub const ALL: [AskOutcome; 3] = [AskOutcome::Pending, AskOutcome::Yes, AskOutcome::No];
    pub const NAMES: [&'static str; 3] = ["pending", "yes", "no"];
    pub fn label(self) -> &'static str {
        ["Waiting", "Yes, it happened", "No"][self as usize]
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ask {
    pub date: String,
    #[serde(default)]
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
    /// Hewlett's precondition ([`HEWLETT_PRECONDITION`]); false when not
    /// answered (data from before it was asked).
    #[serde(default)]
    pub senior: bool,
    /// Stored as a list; older data may hold fewer than ten answers
    /// (the rest are unticked).
    #[serde(default, deserialize_with = "ten_ticks")]
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
    /// A new person with just a name.
    pub fn new(id: u64, name: &str, now: i64) -> Person {
        Person {
            id,
            name: name.trim().to_string(),
            role: String::new(),
            organisation: String::new(),
            how_known: String::new(),
            relations: Vec::new(),
            senior: false,
            hewlett: [false; 10],
            meetings: Vec::new(),
            asks: Vec::new(),
            updated_at: now,
        }
    }

    /// "mentor, sponsor", or "no role yet".
    pub fn roles_text(&self) -> String {
        if self.relations.is_empty() {
            return "no role yet".into();
        }
        let labels: Vec<&str> = self.relations.iter().map(|r| r.label()).collect();
        labels.join(", ")
    }

    /// Adds a meeting, keeping the log newest first.
    pub fn log_meeting(&mut self, meeting: Meeting) -> Result<(), String> {
        if Ymd::parse(&meeting.date).is_none() {
            return Err("Enter the meeting's date.".into());
        }
        if meeting.topics.trim().is_empty() {
            return Err("Write what you talked about, in a few words.".into());
        }
        self.insert_meeting_by_date(meeting);
        Ok(())
    }

    /// Puts a meeting in the log before the first one on or before its
    /// date; returns its place.
    fn insert_meeting_by_date(&mut self, meeting: Meeting) -> usize {
        let at = self
            .meetings
            .iter()
            .position(|m| m.date <= meeting.date)
            .unwrap_or(self.meetings.len());
        self.meetings.insert(at, meeting);
        at
    }

    /// Takes the meeting at `index` (of the log, newest first) out, for
    /// [`Person::restore_meeting`] to put back.
    pub fn remove_meeting(&mut self, index: usize) -> Option<Meeting> {
        (index < self.meetings.len()).then(|| self.meetings.remove(index))
    }

    /// Puts a removed meeting back where it was (`index`), or, if the log
    /// changed since so that it no longer fits there, in date order;
    /// returns its place.
    pub fn restore_meeting(&mut self, index: usize, meeting: Meeting) -> usize {
        let log = &self.meetings;
        let fits = index <= log.len()
            && index
                .checked_sub(1)
                .is_none_or(|i| log[i].date >= meeting.date)
            && log.get(index).is_none_or(|m| m.date <= meeting.date);
        if fits {
            self.meetings.insert(index, meeting);
            index
        } else {
            self.insert_meeting_by_date(meeting)
        }
    }

    /// Adds an ask, newest first.
    pub fn add_ask(&mut self, ask: Ask) -> Result<(), String> {
        if Ymd::parse(&ask.date).is_none() {
            return Err("Enter the date of the ask.".into());
        }
        if ask.what.trim().is_empty() {
            return Err("Say what you asked for.".into());
        }
        self.asks.insert(0, ask);
        Ok(())
    }

    /// Takes the ask at `index` (newest first) out, for
    /// [`Person::restore_ask`] to put back.
    pub fn remove_ask(&mut self, index: usize) -> Option<Ask> {
        (index < self.asks.len()).then(|| self.asks.remove(index))
    }

    /// Puts a removed ask back at `index`, or last if the list is shorter
    /// now; returns its place.
    pub fn restore_ask(&mut self, index: usize, ask: Ask) -> usize {
        let at = index.min(self.asks.len());
        self.asks.insert(at, ask);
        at
    }

    pub fn is(&self, r: Relation) -> bool {
        self.relations.contains(&r)
    }

    /// Day number of the latest meeting.
    pub fn last_contact(&self) -> Option<i64> {
        self.meetings
            .iter()
            .filter_map(|m| Ymd::parse(&m.date))
            .map(days_since_epoch)
            .max()
    }
}

/// The network document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Network {
    pub people: Collection<Person>,
}

/// Hewlett's checklist as stored: up to ten answers, padded with unticked.
fn ten_ticks<'de, D: Deserializer<'de>>(d: D) -> Result<[bool; 10], D::Error> {
    let ticks = Vec::<bool>::deserialize(d)?;
    let mut out = [false; 10];
    if ticks.len() > out.len() {
        return Err(serde::de::Error::invalid_length(
            ticks.len(),
            &"at most 10 answers",
        ));
    }
    out[..ticks.len()].copy_from_slice(&ticks);
    Ok(out)
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
        (m, 0) => out.push(format!("{}, no sponsor yet. Mentors advise; a sponsor speaks for you where decisions are made.", plural(m, "mentor", "mentors"))),
        (0, s) => out.push(format!("{}, no mentor yet: a mentor helps you build the skills a sponsor will vouch for.", plural(s, "sponsor", "sponsors"))),
        (m, s) => out.push(format!("{} and {}.", plural(m, "mentor", "mentors"), plural(s, "sponsor", "sponsors"))),
    }
    let called_sponsor_but_not = n
        .people
        .items
        .iter()
        .filter(|p| {
            p.is(Relation::Sponsor)
                && read_checklist(p.senior, &p.hewlett) != SponsorReading::Sponsor
        })
        .count();
    if called_sponsor_but_not > 0 {
        let verb = if called_sponsor_but_not == 1 {
            "does"
        } else {
            "do"
        };
        out.push(format!("{} marked as sponsor {verb} not yet meet Hewlett's test: check the list on their page.", plural(called_sponsor_but_not, "person", "people")));
    }
    let t = days_since_epoch(today);
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

    fn today() -> Ymd {
        Ymd::new(2026, 11, 29).unwrap()
    }

    fn person(id: u64, name: &str, relations: &[Relation], met: Option<&str>) -> Person {
        Person {
            id,
            name: name.into(),
            role: String::new(),
            organisation: String::new(),
            how_known: String::new(),
            relations: relations.to_vec(),
            senior: false,
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
    fn meetings_and_asks_are_checked_and_read_back() {
        let mut p = person(1, "Ana", &[Relation::Mentor, Relation::Sponsor], None);
        assert_eq!(p.roles_text(), "mentor, sponsor");
        assert!(clean_name("  ").is_err());
        assert_eq!(clean_name(" Ana Diaz ").as_deref(), Ok("Ana Diaz"));
        assert_eq!(person(2, "Bo", &[], None).roles_text(), "no role yet");
        let meeting = |date: &str, topics: &str| Meeting {
            date: date.into(),
            topics: topics.into(),
            follow_ups: String::new(),
            goals: vec![7],
        };
        assert!(p.log_meeting(meeting("2026-10-01", "budget")).is_ok());
        assert!(p.log_meeting(meeting("2026-11-01", "team")).is_ok());
        assert!(p.log_meeting(meeting("2026-10-15", "board")).is_ok());
        assert!(p.log_meeting(meeting("", "x")).is_err());
        assert!(p.log_meeting(meeting("2026-11-02", " ")).is_err());
        let order: Vec<_> = p.meetings.iter().map(|m| m.date.as_str()).collect();
        assert_eq!(order, ["2026-11-01", "2026-10-15", "2026-10-01"]);
        let ask = |what: &str| Ask {
            date: "2026-11-20".into(),
            kind: AskKind::Introduction,
            what: what.into(),
            outcome: AskOutcome::Pending,
        };
        assert!(p.add_ask(ask("")).is_err());
        assert!(p.add_ask(ask("Meet the county librarian")).is_ok());
        p.hewlett[0] = true;
        let mut n = Network::default();
        n.people.upsert(p);
        let back =
            crate::domain::decoding::read::<Network>(&serde_json::to_value(&n).unwrap()).unwrap();
        assert_eq!(back, n);
        for bad in [
            serde_json::json!({"people": {"items": [{"id": 1}]}}),
            serde_json::json!({"people": {"items": [{"id": 1, "name": "A", "relations": ["boss"]}]}}),
            serde_json::json!({"people": {"items": [{"id": 1, "name": "A", "hewlett": [true, true, true, true, true, true, true, true, true, true, true]}]}}),
            serde_json::json!({"people": {"items": [{"id": 1, "name": "A", "asks": [{"date": "2026-01-01", "kind": "bribe"}]}]}}),
        ] {
            assert!(
                crate::domain::decoding::read::<Network>(&bad).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_removed_meeting_or_ask_goes_back_where_it_was() {
        let mut p = person(1, "Ana", &[Relation::Mentor], None);
        let meeting = |date: &str, topics: &str| Meeting {
            date: date.into(),
            topics: topics.into(),
            follow_ups: String::new(),
            goals: vec![],
        };
        for (date, topics) in [
            ("2026-10-01", "a"),
            ("2026-10-01", "b"),
            ("2026-09-01", "c"),
        ] {
            p.log_meeting(meeting(date, topics)).unwrap();
        }
        let topics = |p: &Person| {
            p.meetings
                .iter()
                .map(|m| m.topics.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(topics(&p), ["b", "a", "c"]);
        // The second of two on one day comes back second, not first.
        let a = p.remove_meeting(1).unwrap();
        assert_eq!(topics(&p), ["b", "c"]);
        assert_eq!(p.restore_meeting(1, a), 1);
        assert_eq!(topics(&p), ["b", "a", "c"]);
        assert_eq!(p.remove_meeting(3), None);
        // A meeting logged in between: the removed one goes back in date order.
        let c = p.remove_meeting(2).unwrap();
        p.log_meeting(meeting("2026-11-01", "d")).unwrap();
        assert_eq!(p.restore_meeting(2, c), 3);
        assert_eq!(topics(&p), ["d", "b", "a", "c"]);
        let c = p.remove_meeting(3).unwrap();
        assert_eq!(p.restore_meeting(0, c), 3, "not before later meetings");

        let ask = |what: &str| Ask {
            date: "2026-11-20".into(),
            kind: AskKind::Nomination,
            what: what.into(),
            outcome: AskOutcome::Yes,
        };
        for what in ["x", "y", "z"] {
            p.add_ask(ask(what)).unwrap();
        }
        let y = p.remove_ask(1).unwrap();
        assert_eq!(y, ask("y"));
        assert_eq!(p.remove_ask(2), None);
        assert_eq!(p.restore_ask(1, y), 1);
        assert_eq!(p.asks, [ask("z"), ask("y"), ask("x")]);
        let z = p.remove_ask(0).unwrap();
        p.remove_ask(0).unwrap();
        assert_eq!(p.restore_ask(2, z), 1, "last, when the list is shorter");
    }

    #[test]
    fn hewlett_reading() {
        let mut t = [false; 10];
        assert_eq!(read_checklist(true, &t), SponsorReading::NotYet);
        t[4] = true;
        assert_eq!(read_checklist(true, &t), SponsorReading::Ally);
        t[0] = true;
        t[1] = true;
        t[2] = true;
        assert_eq!(read_checklist(true, &t), SponsorReading::AlmostSponsor);
        t[9] = true;
        assert_eq!(read_checklist(true, &t), SponsorReading::Sponsor);
    }

    #[test]
    fn a_peer_who_ticks_every_behaviour_is_not_a_sponsor_without_power_over_decisions() {
        let all = [true; 10];
        assert_eq!(read_checklist(false, &all), SponsorReading::NotSenior);
        assert!(SponsorReading::NotSenior
            .text()
            .contains("does not yet meet Hewlett's test"));
        let mut n = Network::default();
        let mut peer = person(1, "Ana", &[Relation::Sponsor], Some("2026-11-20"));
        peer.hewlett = all;
        n.people.upsert(peer.clone());
        assert!(gaps(&n, today()).iter().any(|g| g == "1 person marked as sponsor does not yet meet Hewlett's test: check the list on their page."));
        peer.senior = true;
        n.people.upsert(peer);
        assert!(!gaps(&n, today()).iter().any(|g| g.contains("Hewlett")));
    }

    #[test]
    fn gaps_name_missing_roles_unchecked_sponsors_and_quiet_contacts() {
        let mut n = Network::default();
        assert_eq!(
            gaps(&n, today()),
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
        let g = gaps(&n, today());
        assert!(g[0].starts_with("3 mentors, no sponsor yet."), "{g:?}");
        assert!(
            !g[0].contains("new leaders"),
            "the over-mentored finding is about women: {g:?}"
        );
        n.people.upsert(person(
            9,
            "Dee",
            &[Relation::Sponsor, Relation::Supervisor],
            Some("2026-08-01"),
        ));
        let g = gaps(&n, today());
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
