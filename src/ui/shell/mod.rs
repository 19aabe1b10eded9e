//! The frame around every screen: header with primary navigation, storage
//! banners, footer, the not-found screen.

mod banners;
mod footer;
mod header;
mod not_found;

pub use banners::banners;
pub use footer::footer;
pub use header::header;
pub use not_found::not_found;
