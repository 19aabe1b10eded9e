//! The frame around every screen: header with primary navigation, storage
//! banners, footer, the placeholder and not-found screens.

mod banners;
mod footer;
mod header;
mod not_found;
mod placeholder;

pub use banners::Banners;
pub use footer::Footer;
pub use header::Header;
pub use not_found::NotFound;
pub use placeholder::Placeholder;
