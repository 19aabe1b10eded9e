//! Deterministic sample data: five years of a busy leader's records (60
//! self-assessments, 500 goals with tasks and 5,000 check-ins, 200 people in
//! the support network), for the
//! storage benchmark and for looking at full screens. Not user data.

use super::assessment::framework::COMPETENCIES;
use super::assessment::{Assessments, Priority, Rating, Snapshot};
use super::date::iso_date;
use super::goals::{CheckIn, Goal, GoalKind, GoalStatus, Goals, Task};
use super::guide::network::{Ask, AskKind, AskOutcome, Meeting, Network, Person, Relation};
use super::settings::DAY_MS;

/// A small deterministic generator (64-bit LCG).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

const WORDS: [&str; 12] = [
    "budget",
    "team",
    "board",
    "outreach",
    "collection",
    "staff",
    "branch",
    "grant",
    "program",
    "partners",
    "schedule",
    "training",
];

fn sentence(r: &mut Lcg, words: usize) -> String {
    (0..words)
        .map(|_| WORDS[r.next(WORDS.len() as u64) as usize])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Two hundred people with a few meetings and asks each.
pub fn network(start_ms: i64) -> Network {
    let mut r = Lcg(7);
    let mut n = Network::default();
    for i in 0..200i64 {
        let at = start_ms + i * 9 * DAY_MS;
        n.people.upsert(Person {
            id: 50_000 + i as u64,
            name: format!("Person {i}"),
            role: sentence(&mut r, 2),
            organisation: sentence(&mut r, 2),
            how_known: sentence(&mut r, 5),
            relations: vec![Relation::ALL[(i % 5) as usize]],
            senior: i % 3 == 0,
            hewlett: [i % 2 == 0; 10],
            meetings: (0..4)
                .map(|m| Meeting {
                    date: iso_date(at + m * 45 * DAY_MS),
                    topics: sentence(&mut r, 8),
                    follow_ups: sentence(&mut r, 5),
                    goals: vec![10_000 + (i as u64 % 500)],
                })
                .collect(),
            asks: vec![Ask {
                date: iso_date(at),
                kind: AskKind::Introduction,
                what: sentence(&mut r, 6),
                outcome: AskOutcome::Yes,
            }],
            updated_at: at,
        });
    }
    n
}

/// Five years from `start_ms`: (assessments, goals).
pub fn five_years(start_ms: i64) -> (Assessments, Goals) {
    let mut r = Lcg(42);
    let mut a = Assessments::default();
    for m in 0..60i64 {
        let at = start_ms + m * 30 * DAY_MS;
        a.snapshots.upsert(Snapshot {
            id: 1_000 + m as u64,
            taken_at: at,
            label: if m % 12 == 0 {
                format!("year {}", m / 12 + 1)
            } else {
                String::new()
            },
            framework: 1,
            ratings: COMPETENCIES
                .iter()
                .map(|c| Rating {
                    competency: c.id.to_string(),
                    level: Some(r.next(5) as u8),
                    evidence: sentence(&mut r, 8),
                    priority: Priority::ALL[r.next(3) as usize],
                })
                .collect(),
            updated_at: at,
        });
    }
    let mut g = Goals::default();
    for i in 0..500i64 {
        let at = start_ms + i * 3 * DAY_MS;
        let mut goal = Goal::new(
            10_000 + i as u64,
            format!("Lead the {} review {i}", sentence(&mut r, 2)),
            at,
        );
        goal.kind = [GoalKind::Skill, GoalKind::Career, GoalKind::Project][(i % 3) as usize];
        goal.specific = sentence(&mut r, 12);
        goal.measure = sentence(&mut r, 8);
        goal.why = sentence(&mut r, 10);
        goal.target_date = Some(iso_date(at + 120 * DAY_MS));
        goal.mentor_asks = sentence(&mut r, 6);
        goal.sponsor_asks = sentence(&mut r, 6);
        goal.status = [
            GoalStatus::Done,
            GoalStatus::InProgress,
            GoalStatus::NotStarted,
        ][(i % 3) as usize];
        goal.tasks = (0..4)
            .map(|t| Task {
                id: t,
                title: sentence(&mut r, 4),
                due: Some(iso_date(at + (t as i64 + 1) * 20 * DAY_MS)),
                done: r.next(2) == 0,
            })
            .collect();
        goal.check_ins = (0..10)
            .map(|c| CheckIn {
                date: iso_date(at + c * 30 * DAY_MS),
                progress: (c * 10) as u8,
                note: sentence(&mut r, 10),
            })
            .collect();
        g.goals.upsert(goal);
    }
    (a, g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_years_is_the_size_the_benchmark_promises_and_valid() {
        let (a, g) = five_years(1_600_000_000_000);
        assert_eq!(a.snapshots.items.len(), 60);
        assert_eq!(g.goals.items.len(), 500);
        let check_ins: usize = g.goals.items.iter().map(|g| g.check_ins.len()).sum();
        assert_eq!(check_ins, 5_000);
        assert!(a.validate().is_ok());
        assert!(g.validate().is_ok());
        assert_eq!(five_years(1_600_000_000_000).1, g, "deterministic");
        let n = network(1_600_000_000_000);
        assert_eq!(n.people.items.len(), 200);
        assert!(n.validate().is_ok());
    }
}
