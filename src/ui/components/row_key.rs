//! The key of a row in a keyed list (`<For key=…>`).
//!
//! A row is keyed by what it shows (an id and a version, or the shown
//! values themselves), so Leptos rebuilds it when, and only when, that
//! changes. Every list keys by the same type, a 64-bit hash of those
//! values: Leptos keeps a list's keys in an `IndexSet<K>` and diffs them
//! with code made for each key type `K`, so one key type sends that code
//! once per page rather than once per list. The hash is SipHash (std's
//! `DefaultHasher`): two different rows of a list of `n` share a key with
//! a chance of about n²/2⁶⁵, below 10⁻¹³ for a thousand rows.

use std::hash::{DefaultHasher, Hash, Hasher};

/// The key of a row showing `shown`.
pub fn row_key(shown: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    shown.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_follows_what_the_row_shows() {
        assert_eq!(row_key(&(7u64, "Ada")), row_key(&(7u64, "Ada")));
        assert_ne!(row_key(&(7u64, "Ada")), row_key(&(7u64, "Ada L.")));
        assert_ne!(row_key(&(7u64, 1u64)), row_key(&(7u64, 2u64)));
    }

    #[test]
    fn a_thousand_goal_versions_have_a_thousand_keys() {
        let keys: std::collections::HashSet<u64> = (0..1000u64)
            .map(|i| row_key(&(10_000 + i, 1_790_000_000_000i64 + i as i64, true)))
            .collect();
        assert_eq!(keys.len(), 1000);
    }
}
