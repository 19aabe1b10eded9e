//! Pure domain logic: plain data and functions, no leptos and no web-sys.
//! Everything here is tested natively with `cargo test`.

pub mod assessment;
pub mod content;
pub mod csv;
pub mod date;
pub mod decoding;
pub mod fields;
pub mod format;
pub mod goals;
pub mod guide;
pub mod links;
pub mod migration;
pub mod names;
pub mod order;
pub mod partial;
pub mod plan;
pub mod records;
pub mod reflection;
pub mod route;
pub mod sample;
pub mod settings;
pub mod workshop;
