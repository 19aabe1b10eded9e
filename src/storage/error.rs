//! Typed errors of the storage layer, each with words a user can act on.

use thiserror::Error;

/// A failure of the underlying key-value store.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    /// The browser's storage quota is full.
    #[error("this browser's storage for Wayfinder is full")]
    QuotaExceeded,
    /// Storage is switched off or blocked (private mode, policy, sandbox).
    #[error("this browser does not let Wayfinder use its storage: {0}")]
    Unavailable(String),
    /// Anything else the browser reported.
    #[error("the browser could not save: {0}")]
    Other(String),
}

/// Classifies a `DOMException` thrown by `localStorage.setItem` by its name,
/// legacy code and message. Quota errors differ per engine: Chromium and the
/// standard say `QuotaExceededError` (code 22), Firefox says
/// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014), old WebKit only gives code 22.
pub fn classify_write_error(name: &str, code: u16, message: &str) -> StoreError {
    let quota = name == "QuotaExceededError"
        || name == "NS_ERROR_DOM_QUOTA_REACHED"
        || code == 22
        || code == 1014
        || message.to_ascii_lowercase().contains("quota");
    if quota {
        StoreError::QuotaExceeded
    } else if name == "SecurityError" {
        StoreError::Unavailable(message.to_string())
    } else if message.is_empty() {
        StoreError::Other(name.to_string())
    } else {
        StoreError::Other(format!("{name}: {message}"))
    }
}

/// Why a stored document could not be opened. The raw text is always kept.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    #[error("the stored text is not valid JSON ({0})")]
    NotJson(String),
    #[error("the stored data is not a Wayfinder document ({0})")]
    NotEnvelope(String),
    #[error("the stored data could not be upgraded from version {from}: {reason}")]
    Migration { from: u32, reason: String },
    #[error("the stored data has unexpected contents ({0})")]
    WrongShape(String),
    #[error("the stored data failed a check: {0}")]
    Invalid(String),
    #[error("the browser could not read storage: {0}")]
    Store(#[from] StoreError),
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SaveError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("another tab saved revision {stored} of this section first")]
    Conflict { stored: u64 },
    #[error("this section was saved by a newer version of Wayfinder (schema {schema}) and is read-only here")]
    ReadOnly { schema: u32 },
    #[error("this section was saved by an earlier version of Wayfinder (schema {schema}), which this page does not update, so it is read-only here")]
    Older { schema: u32 },
    #[error("this section's stored data could not be read, so it is not written over")]
    Blocked,
    #[error("this section was replaced (restored from a backup or reset) in another tab")]
    Replaced,
    #[error("could not encode the data: {0}")]
    Encode(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_errors_of_every_engine_are_recognised() {
        let cases = [
            ("QuotaExceededError", 22, "The quota has been exceeded."),
            (
                "NS_ERROR_DOM_QUOTA_REACHED",
                1014,
                "Persistent storage maximum size reached",
            ),
            ("Error", 1014, ""),
            ("Error", 22, ""),
            ("UnknownError", 0, "Exceeded the quota"),
        ];
        for (name, code, msg) in cases {
            assert_eq!(
                classify_write_error(name, code, msg),
                StoreError::QuotaExceeded,
                "{name}"
            );
        }
    }

    #[test]
    fn other_errors_are_not_mistaken_for_quota() {
        assert!(matches!(
            classify_write_error("SecurityError", 18, "access denied"),
            StoreError::Unavailable(_)
        ));
        assert_eq!(
            classify_write_error("InvalidStateError", 11, "gone"),
            StoreError::Other("InvalidStateError: gone".into())
        );
    }
}
