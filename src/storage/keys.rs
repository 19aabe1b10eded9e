//! Key names in localStorage. Everything Wayfinder stores starts with
//! `wayfinder:`; quarantined copies live under `wayfinder:quarantine:`.

pub const PREFIX: &str = "wayfinder:";
pub const QUARANTINE_PREFIX: &str = "wayfinder:quarantine:";

/// The key of a document by its name (`wayfinder:goals`).
pub fn document_key(name: &str) -> String {
    format!("{PREFIX}{name}")
}

/// The key a raw value is copied to when it cannot be read
/// (`wayfinder:quarantine:goals:1764350000000`).
pub fn quarantine_key(name: &str, now_ms: i64) -> String {
    format!("{QUARANTINE_PREFIX}{name}:{now_ms}")
}

pub fn is_ours(key: &str) -> bool {
    key.starts_with(PREFIX)
}

pub fn is_quarantine(key: &str) -> bool {
    key.starts_with(QUARANTINE_PREFIX)
}

/// The document name of a document key; `None` for quarantine and foreign keys.
pub fn document_name(key: &str) -> Option<&str> {
    if is_quarantine(key) {
        return None;
    }
    key.strip_prefix(PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_namespaced_and_recognised() {
        assert_eq!(document_key("goals"), "wayfinder:goals");
        assert_eq!(document_name("wayfinder:goals"), Some("goals"));
        let q = quarantine_key("goals", 5);
        assert!(is_ours(&q) && is_quarantine(&q));
        assert_eq!(document_name(&q), None);
        assert_eq!(document_name("foo"), None);
    }
}
