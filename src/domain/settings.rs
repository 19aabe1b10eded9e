//! The settings document: backup bookkeeping and the persistent-storage
//! answer. Plain data; the storage layer stores it as `wayfinder:settings`.

use serde::{Deserialize, Serialize};

/// A day in milliseconds.
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// Remind the user to back up after this many days without a backup.
pub const BACKUP_REMINDER_DAYS: i64 = 14;

/// What the browser answered to `navigator.storage.persist()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Persistence {
    #[default]
    NotAsked,
    Granted,
    Denied,
    Unsupported,
}

/// Stored as `wayfinder:settings`; every field may be missing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// When the user last downloaded a backup (ms since epoch).
    pub last_backup_at: Option<i64>,
    /// When this browser first stored Wayfinder data.
    pub first_used_at: Option<i64>,
    pub persistence: Persistence,
    /// Last change, for merging two tabs' settings.
    pub updated_at: i64,
}

impl Settings {
    /// Whether to remind the user to back up: there is data worth keeping
    /// and no backup for [`BACKUP_REMINDER_DAYS`] (counted from first use
    /// when there never was one).
    pub fn backup_due(&self, has_data: bool, now_ms: i64) -> bool {
        if !has_data {
            return false;
        }
        match self.last_backup_at.or(self.first_used_at) {
            Some(since) => now_ms - since >= BACKUP_REMINDER_DAYS * DAY_MS,
            None => false,
        }
    }

    /// Days since the last backup, if there was one.
    pub fn days_since_backup(&self, now_ms: i64) -> Option<i64> {
        self.last_backup_at.map(|t| (now_ms - t).max(0) / DAY_MS)
    }

    /// Two tabs' settings combined: the later backup date, and otherwise the
    /// version changed last.
    pub fn merge(mine: Settings, theirs: Settings) -> Settings {
        let last_backup_at = mine.last_backup_at.max(theirs.last_backup_at);
        let first_used_at = match (mine.first_used_at, theirs.first_used_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let mut newer = if mine.updated_at >= theirs.updated_at {
            mine
        } else {
            theirs
        };
        newer.last_backup_at = last_backup_at;
        newer.first_used_at = first_used_at;
        newer
    }

    /// Times must be plausible (1970 … 2200).
    pub fn validate(&self) -> Result<(), String> {
        const MAX: i64 = 7_258_118_400_000; // 2200-01-01
        for (what, t) in [
            ("last backup date", self.last_backup_at),
            ("first use date", self.first_used_at),
            ("update date", Some(self.updated_at)),
        ] {
            if let Some(t) = t {
                if !(0..=MAX).contains(&t) {
                    return Err(format!("the {what} is not a real date ({t})"));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_reminder_after_fourteen_days_with_data() {
        let now = 100 * DAY_MS;
        let mut s = Settings {
            first_used_at: Some(now - 20 * DAY_MS),
            ..Default::default()
        };
        assert!(s.backup_due(true, now));
        assert!(!s.backup_due(false, now));
        s.last_backup_at = Some(now - 13 * DAY_MS);
        assert!(!s.backup_due(true, now));
        s.last_backup_at = Some(now - 14 * DAY_MS);
        assert!(s.backup_due(true, now));
        assert_eq!(s.days_since_backup(now), Some(14));
    }

    #[test]
    fn merge_keeps_the_latest_backup_and_earliest_first_use() {
        let a = Settings {
            last_backup_at: Some(5),
            first_used_at: Some(3),
            updated_at: 10,
            persistence: Persistence::Granted,
        };
        let b = Settings {
            last_backup_at: Some(7),
            first_used_at: Some(1),
            updated_at: 9,
            persistence: Persistence::Denied,
        };
        let m = Settings::merge(a, b);
        assert_eq!(m.last_backup_at, Some(7));
        assert_eq!(m.first_used_at, Some(1));
        assert_eq!(m.persistence, Persistence::Granted);
    }

    #[test]
    fn impossible_dates_fail_validation() {
        assert!(Settings {
            last_backup_at: Some(-1),
            ..Default::default()
        }
        .validate()
        .is_err());
        assert!(Settings {
            updated_at: i64::MAX,
            ..Default::default()
        }
        .validate()
        .is_err());
        assert!(Settings::default().validate().is_ok());
    }
}
