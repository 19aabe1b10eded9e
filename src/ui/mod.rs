//! Leptos components: thin views over the domain and storage layers.
//! Each feature has its own folder; `shell` holds the frame around them.

pub mod app;
pub mod assess;
pub mod browser;
pub mod clock;
pub mod components;
pub mod data;
pub mod documents;
pub mod goals;
pub mod guide;
pub mod home;
pub mod pages;
pub mod plan;
pub mod router;
pub mod shell;
pub mod state;
pub mod workshop;
