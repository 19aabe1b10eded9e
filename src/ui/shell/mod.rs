//! The frame around every screen: header with primary navigation, storage
//! banners, footer, the placeholder and not-found screens.

mod banners;
mod footer;
mod header;
mod not_found;
mod placeholder;

pub use banners::banners;
pub use footer::footer;
pub use header::header;
pub use not_found::not_found;
pub use placeholder::placeholder;
