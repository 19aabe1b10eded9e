//! The key-value store the storage layer writes to: a trait, and an
//! in-memory implementation for native tests (with an optional quota, so
//! "storage full" is testable without a browser).

use super::error::StoreError;
use std::cell::RefCell;
use std::collections::BTreeMap;

/// The subset of `localStorage` the app uses.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// All keys, in any order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store. `quota` limits the total of key and value lengths in
/// UTF-16 units, as browsers count them.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    quota: RefCell<Option<usize>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets (or lifts) the quota for later writes.
    pub fn set_quota(&self, quota: Option<usize>) {
        *self.quota.borrow_mut() = quota;
    }

    /// A copy of everything stored, for assertions.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.borrow().clone()
    }

    fn used_without(&self, key: &str) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| utf16_len(k) + utf16_len(v))
            .sum()
    }
}

/// Length in UTF-16 code units, the unit of browser storage quotas.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = *self.quota.borrow() {
            if self.used_without(key) + utf16_len(key) + utf16_len(value) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.map
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.borrow().keys().cloned().collect())
    }
}

/// Bytes used by Wayfinder's keys (UTF-16 units × 2, as browsers count them).
pub fn bytes_used(store: &dyn KeyValueStore) -> Result<usize, StoreError> {
    let mut total = 0;
    for key in store.keys()? {
        if super::keys::is_ours(&key) {
            if let Some(v) = store.get(&key)? {
                total += 2 * (utf16_len(&key) + utf16_len(&v));
            }
        }
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_enforces_its_quota_and_keeps_old_value() {
        let s = MemoryStore::new();
        s.set("wayfinder:a", "12345").unwrap();
        s.set_quota(Some(20));
        assert_eq!(
            s.set("wayfinder:a", &"x".repeat(50)),
            Err(StoreError::QuotaExceeded)
        );
        assert_eq!(s.get("wayfinder:a").unwrap().as_deref(), Some("12345"));
        s.set_quota(None);
        s.set("wayfinder:a", &"x".repeat(50)).unwrap();
    }

    #[test]
    fn bytes_used_counts_only_our_keys_in_utf16() {
        let s = MemoryStore::new();
        s.set("wayfinder:x", "é").unwrap();
        s.set("other", "zzzz").unwrap();
        assert_eq!(bytes_used(&s).unwrap(), 2 * (11 + 1));
    }
}
