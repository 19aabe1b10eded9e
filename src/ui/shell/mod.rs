//! The frame around every screen: header with primary navigation, storage
//! banners, footer, the not-found screen.

mod banners;
mod footer;
mod header;
mod not_found;

pub use banners::{BackupReminder, Banners};
pub use footer::Footer;
pub use header::{primary_navigation, Header};
pub use not_found::NotFound;
