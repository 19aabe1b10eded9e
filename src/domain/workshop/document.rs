//! The `workshops` document: the workshops this browser facilitates (each
//! with its setup, weights, constraints and imported participants) and
//! the workshops it joined as a participant (the link's setup and the
//! participant's own profile, so they can come back and share it again).

use super::circles::CircleSizes;
use super::dashboard::ProgramRun;
use super::matching::Constraints;
use super::profile::Profile;
use super::program::{ProgramPlan, MAX_MILESTONES};
use super::response::Response;
use super::score::{Comparison, Weights};
use super::setup::JoinInfo;
use crate::domain::partial::{read_part, write_part, Kept};
use crate::domain::records::{Collection, Record};
use serde::{Deserialize, Serialize};

/// Most participants one workshop holds.
pub const MAX_PARTICIPANTS: usize = 2000;
/// Most mentees a mentor may take.
pub const MAX_CAPACITY: u32 = 10;

/// One workshop run by this browser's facilitator. The constraints are
/// stored among the workshop's own fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    pub id: u64,
    pub updated_at: i64,
    /// What participants receive; `info.workshop` is `id`.
    pub info: JoinInfo,
    #[serde(default)]
    pub weights: Weights,
    /// How the library type and experience criteria read a pair (absent
    /// while they read it the usual way).
    #[serde(default, skip_serializing_if = "Comparison::is_usual")]
    pub comparison: Comparison,
    #[serde(flatten)]
    pub constraints: Constraints,
    #[serde(default)]
    pub participants: Vec<Profile>,
    /// Ids of participants removed here, sorted, so a merge with another
    /// tab's copy does not bring them back (at most [`MAX_REMOVED`]).
    #[serde(default)]
    pub removed: Vec<u64>,
    /// The program after the match, once the facilitator has planned it
    /// (issue #16). Absent in workshops stored before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<ProgramPlan>,
    /// The program as it runs: its pairs, the responses brought back and
    /// the privacy threshold (absent until the program starts).
    #[serde(default, skip_serializing_if = "ProgramRun::is_empty")]
    pub run: ProgramRun,
    /// The peer circles' sizes last chosen (absent while they are the
    /// usual 3 to 5).
    #[serde(default, skip_serializing_if = "CircleSizes::is_usual")]
    pub circle_sizes: CircleSizes,
}

/// A pair as the dashboard names it: "Ana Diaz and Bo Chen".
pub fn pair_names(mentee: &str, mentor: &str) -> String {
    format!("{mentee} and {mentor}")
}

/// Whether `p` should replace `q`, two copies of one participant's
/// profile in a merge: a later version, or the same version with its
/// background answers removed (a removal is never undone by a merge).
fn later(p: &Profile, q: &Profile) -> bool {
    p.saved_at > q.saved_at
        || p.saved_at == q.saved_at && p.identity.is_empty() && !q.identity.is_empty()
}

/// What [`Workshop::upsert`] did with a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    Added,
    Updated,
    /// The profile kept was changed later: it stays.
    Older,
    /// The same version as the profile kept: nothing to change.
    Same,
}

/// Most removed ids remembered per workshop.
pub const MAX_REMOVED: usize = 2000;

impl Workshop {
    /// A new workshop with the usual questions and every competency.
    pub fn new(id: u64, now: i64) -> Workshop {
        use super::setup::Question;
        Workshop {
            id,
            updated_at: now,
            info: JoinInfo {
                workshop: id,
                name: String::new(),
                dates: String::new(),
                contact: String::new(),
                competencies: crate::domain::assessment::framework::COMPETENCIES
                    .iter()
                    .map(|c| c.id.to_string())
                    .collect(),
                questions: Question::ALL.to_vec(),
                identity: Vec::new(),
            },
            weights: Weights::default(),
            comparison: Comparison::default(),
            constraints: Constraints {
                default_capacity: 1,
                ..Constraints::default()
            },
            participants: Vec::new(),
            removed: Vec::new(),
            program: None,
            run: ProgramRun::default(),
            circle_sizes: CircleSizes::default(),
        }
    }

    /// Adds a participant, or replaces the one with the same id by a later
    /// version of their profile. A code made no later than the profile
    /// kept (the same code again, or an older one found further down an
    /// inbox) changes nothing: it would undo the participant's changes, or
    /// bring back background answers the facilitator removed. Codes and
    /// rows without a time (`saved_at` 0: made before it was kept, or a
    /// CSV row) replace one another, as they always did.
    pub fn upsert(&mut self, p: Profile) -> Upserted {
        self.removed.retain(|r| *r != p.id);
        match self.participants.iter_mut().find(|q| q.id == p.id) {
            Some(slot) if p.saved_at > slot.saved_at || p.saved_at == 0 && slot.saved_at == 0 => {
                *slot = p;
                Upserted::Updated
            }
            Some(slot) if p.saved_at < slot.saved_at => Upserted::Older,
            Some(_) => Upserted::Same,
            None => {
                self.participants.push(p);
                Upserted::Added
            }
        }
    }

    /// Removes a participant and every lock, forbid and capacity naming them.
    pub fn remove(&mut self, id: u64) {
        self.participants.retain(|p| p.id != id);
        // Kept sorted, as merges leave it.
        if let Err(at) = self.removed.binary_search(&id) {
            self.removed.insert(at, id);
        }
        if self.removed.len() > MAX_REMOVED {
            self.removed.remove(0);
        }
        let c = &mut self.constraints;
        c.locks.retain(|&(a, b)| a != id && b != id);
        c.forbids.retain(|&(a, b)| a != id && b != id);
        c.capacity.retain(|&(m, _)| m != id);
        self.run.forget(id);
    }

    /// How many participants' background (identity) answers are stored.
    pub fn background_answers(&self) -> usize {
        self.participants
            .iter()
            .filter(|p| !p.identity.is_empty())
            .count()
    }

    /// Removes every participant's background answers, once pairs are made
    /// and the answers have done their job; returns how many people had
    /// some. The next save and every later backup hold none.
    pub fn remove_background_answers(&mut self) -> usize {
        let had = self.background_answers();
        for p in &mut self.participants {
            p.identity.clear();
        }
        had
    }

    /// What the workshop page says while background answers are stored
    /// (`None` once there are none).
    pub fn background_reminder(&self) -> Option<String> {
        let n = self.background_answers();
        (n > 0).then(|| format!(
            "Background answers from {} are still stored. Once the pairs are final, remove them in the matching wizard's results (step 4).",
            crate::domain::format::plural(n, "participant", "participants")
        ))
    }

    /// Participant `id`'s name, or "(removed)" once they are gone.
    pub fn name_of(&self, id: u64) -> &str {
        self.participants
            .iter()
            .find(|p| p.id == id)
            .map_or("(removed)", |p| p.name.as_str())
    }

    /// The program's pairs, each as (mentee, mentor, "Ana Diaz and Bo
    /// Chen").
    pub fn program_pairs(&self) -> Vec<(u64, u64, String)> {
        self.run
            .pairs
            .iter()
            .map(|&(e, m)| (e, m, pair_names(self.name_of(e), self.name_of(m))))
            .collect()
    }

    /// The workshop's name, or a stand-in while it has none.
    pub fn title(&self) -> &str {
        if self.info.name.trim().is_empty() {
            "Untitled workshop"
        } else {
            &self.info.name
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        self.info.validate()?;
        if self.info.workshop != self.id {
            return Err("a workshop's link names another workshop".into());
        }
        if self.participants.len() > MAX_PARTICIPANTS {
            return Err("a workshop has too many participants".into());
        }
        if self.constraints.default_capacity > MAX_CAPACITY
            || self.constraints.capacity.iter().any(|c| c.1 > MAX_CAPACITY)
        {
            return Err("a mentor capacity is above 10".into());
        }
        if self.weights.0.iter().any(|w| *w > 10) {
            return Err("a weight is above 10".into());
        }
        self.circle_sizes.check()?;
        if let Some(program) = &self.program {
            program.check_sizes()?;
        }
        self.run.check_sizes()?;
        // (id, 0) pairs: the sort `domain::records` already compiles.
        let mut ids: Vec<(u64, i64)> = self.participants.iter().map(|p| (p.id, 0)).collect();
        ids.sort_unstable();
        if ids.windows(2).any(|w| w[0] == w[1]) {
            return Err("two participants share an id".into());
        }
        self.participants.iter().try_for_each(Profile::validate)
    }
}

impl Record for Workshop {
    fn id(&self) -> u64 {
        self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

/// A workshop this browser joined as a participant, with their profile
/// and, once the program runs, their match and their survey answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Joined {
    /// The workshop's id.
    pub id: u64,
    pub updated_at: i64,
    pub info: JoinInfo,
    /// Being written: it may not have a name yet.
    #[serde(default)]
    pub profile: Profile,
    /// The partner's name, once this participant's match link was opened
    /// on this device (empty before).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub partner: String,
    /// Answers to the program's surveys, one per milestone, kept here
    /// until and after they are shared.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<Response>,
}

impl Joined {
    /// A workshop just joined from its link: a profile to write.
    pub fn new(info: JoinInfo, profile: Profile, now: i64) -> Joined {
        Joined {
            id: info.workshop,
            updated_at: now,
            info,
            profile,
            partner: String::new(),
            responses: Vec::new(),
        }
    }

    /// The answers to the survey of milestone `key`.
    pub fn response(&self, key: &str) -> Option<&Response> {
        self.responses.iter().find(|r| r.milestone == key)
    }

    /// Keeps `response`, replacing an earlier one for its milestone.
    pub fn keep_response(&mut self, response: Response) {
        match self
            .responses
            .iter_mut()
            .find(|r| r.milestone == response.milestone)
        {
            Some(slot) => *slot = response,
            None => self.responses.push(response),
        }
    }

    fn check_sizes(&self) -> Result<(), String> {
        self.info.validate()?;
        self.profile.check_sizes()?;
        if self.partner.chars().count() > 300 || self.responses.len() > MAX_MILESTONES {
            return Err("a joined workshop holds too much".into());
        }
        self.responses.iter().try_for_each(Response::check_sizes)
    }
}

impl Record for Joined {
    fn id(&self) -> u64 {
        self.id
    }
    fn updated_at(&self) -> i64 {
        self.updated_at
    }
}

/// Most workshops a browser facilitates, and most it joined.
const MAX_WORKSHOPS: usize = 200;

/// The rules for the workshops a browser joined, whichever page reads them.
#[inline]
fn validate_joined(joined: &Collection<Joined>) -> Result<(), String> {
    joined.validate_ids()?;
    if joined.items.len() > MAX_WORKSHOPS {
        return Err("too many workshops".into());
    }
    joined.items.iter().try_for_each(Joined::check_sizes)
}

/// Everything workshop-related this browser keeps.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Workshops {
    pub workshops: Collection<Workshop>,
    pub joined: Collection<Joined>,
}

impl Workshops {
    pub fn validate(&self) -> Result<(), String> {
        self.workshops.validate_ids()?;
        if self.workshops.items.len() > MAX_WORKSHOPS {
            return Err("too many workshops".into());
        }
        validate_joined(&self.joined)?;
        self.workshops.items.iter().try_for_each(Workshop::validate)
    }

    /// Record by record; a workshop both sides changed takes the newer
    /// side's setup, weights and constraints, and everyone either side
    /// imported (an import in one tab is not lost to an edit in another),
    /// less anyone either side removed. Of a participant both sides hold,
    /// the later version of their profile is kept; of one version, the
    /// copy whose background answers were removed.
    pub fn merge(mine: Workshops, theirs: Workshops) -> Workshops {
        let versions: Vec<Workshop> = mine
            .workshops
            .items
            .iter()
            .chain(&theirs.workshops.items)
            .cloned()
            .collect();
        let mut workshops = Collection::merge(mine.workshops, theirs.workshops);
        for w in &mut workshops.items {
            let mut extra: Vec<Profile> = Vec::new();
            for other in versions.iter().filter(|o| o.id == w.id) {
                for r in &other.removed {
                    if !w.removed.contains(r) {
                        w.removed.push(*r);
                    }
                }
                for p in &other.participants {
                    match w
                        .participants
                        .iter_mut()
                        .chain(&mut extra)
                        .find(|q| q.id == p.id)
                    {
                        Some(q) if later(p, q) => *q = p.clone(),
                        Some(_) => {}
                        None => extra.push(p.clone()),
                    }
                }
            }
            // In id order, so both tabs reach the same list whichever
            // merges first (and a merge that adds nothing changes nothing).
            crate::domain::order::sort_by_i64(&mut extra, |p| p.id as i64);
            w.participants.extend(extra);
            let mut sorted: Vec<(u64, i64)> = w.removed.iter().map(|r| (*r, 0)).collect();
            sorted.sort_unstable();
            w.removed = sorted.into_iter().map(|p| p.0).collect();
            let removed = std::mem::take(&mut w.removed);
            w.participants.retain(|p| !removed.contains(&p.id));
            w.removed = removed;
        }
        Workshops {
            workshops,
            joined: Collection::merge(mine.joined, theirs.joined),
        }
    }

    /// Applies `f` to workshop `id` and stamps it; `None` if it is gone.
    pub fn edit<R>(&mut self, id: u64, now: i64, f: impl FnOnce(&mut Workshop) -> R) -> Option<R> {
        let w = self.workshops.items.iter_mut().find(|w| w.id == id)?;
        w.updated_at = now;
        Some(f(w))
    }
}

/// The `workshops` document as the participant's page reads it: the
/// workshops this device joined, and the facilitator's workshops kept as
/// stored text (see [`crate::domain::partial`]), so that page neither
/// compiles the facilitator's types nor changes their data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JoinedWorkshops {
    pub joined: Collection<Joined>,
    /// Every other field of the document, as stored.
    pub kept: Kept,
}

/// The field [`JoinedWorkshops`] reads.
const JOINED: &str = "joined";

impl JoinedWorkshops {
    /// The same rules as [`Workshops::validate`] for what this page reads.
    pub fn validate(&self) -> Result<(), String> {
        validate_joined(&self.joined)
    }

    /// Record by record, as [`Workshops::merge`] merges them; the rest
    /// is `theirs` (the newer stored version: this page never edits it).
    pub fn merge(mine: JoinedWorkshops, theirs: JoinedWorkshops) -> JoinedWorkshops {
        JoinedWorkshops {
            joined: Collection::merge(mine.joined, theirs.joined),
            kept: theirs.kept,
        }
    }
}

impl Serialize for JoinedWorkshops {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        write_part(s, JOINED, Some(&self.joined), &self.kept)
    }
}

impl<'de> Deserialize<'de> for JoinedWorkshops {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (joined, kept) = read_part(d, JOINED)?;
        Ok(JoinedWorkshops { joined, kept })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::synthetic::cohort;

    fn sample() -> Workshop {
        let mut w = Workshop::new(77, 5);
        w.info.name = "Spring cohort".into();
        let (a, b) = cohort(3, 2, 4);
        for mut p in a.into_iter().chain(b) {
            p.workshop = 77;
            w.upsert(p);
        }
        w.constraints
            .locks
            .push((w.participants[0].id, w.participants[3].id));
        w.constraints.capacity.push((w.participants[4].id, 3));
        w.weights.0[7] = 9;
        w
    }

    #[test]
    fn a_workshop_round_trips_and_validates() {
        let w = sample();
        assert!(w.validate().is_ok());
        let mut doc = Workshops::default();
        doc.workshops.upsert(w.clone());
        let mut info = w.info.clone();
        info.workshop = 9;
        doc.joined.upsert(Joined::new(info, Profile::default(), 1));
        let back = crate::domain::decoding::read::<Workshops>(&serde_json::to_value(&doc).unwrap())
            .unwrap();
        assert_eq!(back, doc);
        assert!(
            crate::domain::decoding::read::<Workshops>(&serde_json::json!({})).unwrap()
                == Workshops::default()
        );
        let mut bad = w.clone();
        bad.constraints.default_capacity = 11;
        assert!(bad.validate().is_err());
        // Circle sizes: stored only once chosen, and checked.
        let stored = serde_json::to_value(&w).unwrap();
        assert!(stored.get("circle_sizes").is_none());
        let mut chosen = w.clone();
        chosen.circle_sizes = CircleSizes {
            smallest: 4,
            largest: 6,
        };
        let stored = serde_json::to_value(&chosen).unwrap();
        assert_eq!(
            stored["circle_sizes"],
            serde_json::json!({"smallest": 4, "largest": 6})
        );
        assert_eq!(
            crate::domain::decoding::read::<Workshop>(&stored).unwrap(),
            chosen
        );
        chosen.circle_sizes.largest = 13;
        assert!(chosen.validate().unwrap_err().contains("circle size"));
        let mut bad = w;
        let dup = bad.participants[0].clone();
        bad.participants.push(dup);
        assert!(bad.validate().is_err());
    }

    #[test]
    fn the_participants_page_changes_what_it_joined_and_keeps_the_rest_as_stored() {
        let mut doc = Workshops::default();
        doc.workshops.upsert(sample());
        let mut info = sample().info;
        info.workshop = 9;
        doc.joined.upsert(Joined::new(info, Profile::default(), 1));
        let stored = serde_json::to_string(&doc).unwrap();

        let mut part: JoinedWorkshops = crate::domain::decoding::from_text(&stored).unwrap();
        assert_eq!(part.joined, doc.joined);
        assert!(part.validate().is_ok());
        let mut joined = part.joined.items[0].clone();
        joined.partner = "Bo".into();
        joined.updated_at = 2;
        part.joined.upsert(joined.clone());
        let written = serde_json::to_string(&part).unwrap();

        let back: Workshops = crate::domain::decoding::from_text(&written).unwrap();
        assert_eq!(back.workshops, doc.workshops);
        assert_eq!(back.joined.items, vec![joined]);
        // Unchanged, it writes back the same document.
        let same: JoinedWorkshops = crate::domain::decoding::from_text(&stored).unwrap();
        let again: Workshops =
            crate::domain::decoding::from_text(&serde_json::to_string(&same).unwrap()).unwrap();
        assert_eq!(again, doc);
    }

    #[test]
    fn the_participants_page_merges_what_it_joined_and_takes_the_rest_from_the_stored_version() {
        let joined = |id: u64, at: i64| {
            let mut info = sample().info;
            info.workshop = id;
            Joined::new(info, Profile::default(), at)
        };
        let read = |doc: &Workshops| -> JoinedWorkshops {
            crate::domain::decoding::from_text(&serde_json::to_string(doc).unwrap()).unwrap()
        };
        let mut mine = Workshops::default();
        mine.joined.upsert(joined(1, 5));
        let mut theirs = Workshops::default();
        theirs.joined.upsert(joined(2, 6));
        theirs.workshops.upsert(sample());
        let merged = JoinedWorkshops::merge(read(&mine), read(&theirs));
        let mut ids: Vec<u64> = merged.joined.items.iter().map(|j| j.id).collect();
        ids.sort_unstable();
        assert_eq!(ids, [1, 2]);
        assert_eq!(merged.kept, read(&theirs).kept);
        let mut too_many = Workshops::default();
        for id in 0..=MAX_WORKSHOPS as u64 {
            too_many.joined.upsert(joined(id + 1, 1));
        }
        assert!(read(&too_many).validate().is_err());
    }

    #[test]
    fn two_tabs_keep_both_imports_and_both_removals() {
        let base = sample();
        let (a_id, b_id) = (base.participants[0].id, base.participants[1].id);
        let doc = |w: Workshop| {
            let mut d = Workshops::default();
            d.workshops.upsert(w);
            d
        };
        // Tab A imports someone new and removes the first participant.
        let mut a = base.clone();
        a.updated_at = 10;
        a.upsert(Profile {
            id: 900,
            workshop: 77,
            name: "New in A".into(),
            ..Profile::default()
        });
        a.remove(a_id);
        // Tab B, later, removes the second and changes a weight.
        let mut b = base.clone();
        b.updated_at = 20;
        b.remove(b_id);
        b.weights.0[0] = 9;
        for merged in [
            Workshops::merge(doc(a.clone()), doc(b.clone())),
            Workshops::merge(doc(b), doc(a)),
        ] {
            let w = &merged.workshops.items[0];
            assert_eq!(w.weights.0[0], 9, "the newer setup");
            let ids: Vec<u64> = w.participants.iter().map(|p| p.id).collect();
            assert!(ids.contains(&900), "A's import kept: {ids:?}");
            assert!(
                !ids.contains(&a_id) && !ids.contains(&b_id),
                "both removals hold: {ids:?}"
            );
            assert_eq!(ids.len(), base.participants.len() - 1);
        }
    }

    #[test]
    fn upsert_updates_and_remove_clears_constraints() {
        let mut w = sample();
        let mut p = w.participants[0].clone();
        p.goal = "changed".into();
        assert_eq!(w.upsert(p), Upserted::Updated);
        assert_eq!(w.participants.len(), 5);
        assert_eq!(w.participants[0].goal, "changed");
        let first = w.participants[0].id;
        w.remove(first);
        assert_eq!(w.participants.len(), 4);
        assert!(w.constraints.locks.is_empty());
    }

    #[test]
    fn a_merge_keeps_the_later_profile_and_never_undoes_a_removal_of_answers() {
        let person = |id, saved_at, name| Profile::with_background(id, name, saved_at);
        let doc = |w: Workshop| {
            let mut d = Workshops::default();
            d.workshops.upsert(w);
            d
        };
        // One tab brought in Ana's later code; the other, changed later,
        // removed the background answers.
        let mut a = Workshop::new(5, 10);
        a.upsert(person(1, 100, "Ana"));
        a.upsert(person(2, 100, "Bo"));
        let mut b = a.clone();
        a.upsert(person(1, 200, "Ana Diaz"));
        b.remove_background_answers();
        b.updated_at = 20;
        for merged in [
            Workshops::merge(doc(a.clone()), doc(b.clone())),
            Workshops::merge(doc(b), doc(a)),
        ] {
            let w = &merged.workshops.items[0];
            assert_eq!(w.participants[0].name, "Ana Diaz", "her later profile");
            assert_eq!(
                w.participants[0].identity.len(),
                1,
                "with the answers she sent since"
            );
            assert_eq!(w.participants[1].identity.len(), 0, "Bo's stay removed");
        }
    }

    #[test]
    fn background_answers_can_be_removed_for_the_whole_workshop() {
        use crate::domain::workshop::profile::{IdentityAnswer, Pref};
        use crate::domain::workshop::setup::Identity;
        let mut w = Workshop::new(5, 0);
        for id in 1..=3 {
            let mut p = Profile {
                id,
                workshop: 5,
                name: format!("P{id}"),
                ..Profile::default()
            };
            if id != 2 {
                p.identity.push(IdentityAnswer::from_text(
                    Identity::Gender,
                    "woman",
                    Pref::Same,
                ));
            }
            w.upsert(p);
        }
        assert_eq!(w.background_answers(), 2);
        assert_eq!(
            w.background_reminder().as_deref(),
            Some("Background answers from 2 participants are still stored. Once the pairs are final, remove them in the matching wizard's results (step 4).")
        );
        assert_eq!(w.remove_background_answers(), 2);
        assert_eq!(w.background_reminder(), None);
        assert_eq!(w.background_answers(), 0);
        assert!(!serde_json::to_string(&w).unwrap().contains("woman"));
    }
}
