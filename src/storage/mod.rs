//! The storage layer every feature uses: one versioned document per concern
//! in localStorage, migrations, quarantine of anything that cannot be read,
//! revision checks across tabs, backups.
//!
//! The logic is written against [`backend::KeyValueStore`], so it runs and is
//! tested natively against [`backend::MemoryStore`]; `browser` adapts
//! `window.localStorage` to the same trait (it compiles everywhere but only
//! works in a browser).

pub mod backend;
pub mod backup;
pub mod browser;
pub mod document;
pub mod envelope;
pub mod error;
pub mod keys;
pub mod migrate;
pub mod registry;
pub mod repo;
