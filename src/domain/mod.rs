//! Pure domain logic: plain data and functions, no leptos and no web-sys.
//! Everything here is tested natively with `cargo test`.

pub mod content;
pub mod date;
pub mod goals;
pub mod records;
pub mod route;
pub mod settings;
