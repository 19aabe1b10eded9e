//! The guide: "What do I need now?" (`diagnostic`) and the support network
//! with Hewlett's sponsor checklist and its gaps (`network`). Pure data and
//! functions; the guide's screens (issue 6) render them.

pub mod diagnostic;
pub mod network;
