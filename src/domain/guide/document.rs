//! The `guide` document: the support network (people, meetings, asks),
//! the leader's diagnostic results (with their dates, so changing needs
//! show), the mentoring agreement being built and the program timeline's
//! start and length.

use super::agreement::Agreement;
use super::diagnostic::DiagnosticResult;
use super::network::Network;
use super::timeline::Program;
use crate::domain::records::Collection;
use serde::{Deserialize, Serialize};

/// Most diagnostic results kept; the oldest go first.
pub const MAX_RESULTS: usize = 50;

/// Every part may be missing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Guide {
    /// The support network: people, meetings, asks.
    pub network: Network,
    pub results: Collection<DiagnosticResult>,
    pub agreement: Agreement,
    pub program: Program,
}

impl Guide {
    pub fn validate(&self) -> Result<(), String> {
        self.network.validate()?;
        self.results.validate_ids()?;
        if self.results.items.len() > MAX_RESULTS {
            return Err("too many diagnostic results".into());
        }
        self.agreement.validate()?;
        self.program.validate()
    }

    /// Saves a result, dropping the oldest beyond [`MAX_RESULTS`].
    pub fn add_result(&mut self, result: DiagnosticResult) {
        let at = result.taken_at;
        self.results.upsert(result);
        while self.results.items.len() > MAX_RESULTS {
            if let Some(oldest) = self
                .results
                .items
                .iter()
                .min_by_key(|r| r.taken_at)
                .map(|r| r.id)
            {
                self.results.remove(oldest, at);
            }
        }
    }

    /// Results, newest first.
    pub fn history(&self) -> Vec<&DiagnosticResult> {
        let mut v: Vec<_> = self.results.items.iter().collect();
        crate::domain::order::sort_by_i64(&mut v, |r| -r.taken_at);
        v
    }

    /// Records per record; the agreement and program by their latest edit.
    pub fn merge(mine: Guide, theirs: Guide) -> Guide {
        Guide {
            network: Network {
                people: Collection::merge(mine.network.people, theirs.network.people),
            },
            results: Collection::merge(mine.results, theirs.results),
            agreement: if theirs.agreement.updated_at > mine.agreement.updated_at {
                theirs.agreement
            } else {
                mine.agreement
            },
            program: if theirs.program.updated_at > mine.program.updated_at {
                theirs.program
            } else {
                mine.program
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::guide::diagnostic::{score, Answer};

    fn result(id: u64, at: i64) -> DiagnosticResult {
        let answers = vec![("passed-over".to_string(), Answer::Yes)];
        DiagnosticResult {
            id,
            taken_at: at,
            verdict: score(&answers, None).verdict,
            answers,
            wish: None,
        }
    }

    #[test]
    fn results_are_capped_newest_first_and_round_trip() {
        let mut g = Guide::default();
        for i in 1..=(MAX_RESULTS as u64 + 2) {
            g.add_result(result(i, i as i64 * 10));
        }
        assert_eq!(g.results.items.len(), MAX_RESULTS);
        assert_eq!(g.history()[0].id, MAX_RESULTS as u64 + 2);
        assert!(g.results.get(1).is_none() && g.results.get(2).is_none());
        g.program.start = "2027-01-04".into();
        g.agreement.mentor = "Ana".into();
        assert!(g.validate().is_ok());
        let back =
            crate::domain::decoding::read::<Guide>(&serde_json::to_value(&g).unwrap()).unwrap();
        assert_eq!(back, g);
        assert_eq!(
            crate::domain::decoding::read::<Guide>(&serde_json::json!({})).unwrap(),
            Guide::default()
        );
        assert!(crate::domain::decoding::read::<Guide>(
            &serde_json::json!({"program": {"months": "x"}})
        )
        .is_err());
        g.program.months = 3;
        assert!(g.validate().is_err());
    }

    #[test]
    fn merge_keeps_both_tabs_results_and_the_latest_agreement() {
        let mut a = Guide::default();
        a.add_result(result(1, 10));
        a.agreement.mentor = "old".into();
        a.agreement.updated_at = 5;
        let mut b = Guide::default();
        b.add_result(result(2, 20));
        b.agreement.mentor = "new".into();
        b.agreement.updated_at = 9;
        let m = Guide::merge(a, b);
        assert_eq!(m.results.items.len(), 2);
        assert_eq!(m.agreement.mentor, "new");
    }
}
