//! The guide: reading pages (`pages`), "What do I need now?"
//! (`diagnostic`), the support network with Hewlett's sponsor checklist
//! and its gaps (`network`), the mentoring agreement (`agreement`) and the
//! program timeline (`timeline`). The `guide` document ([`Guide`]) keeps
//! diagnostic results, the agreement and the timeline; the network is its
//! own document. Pure data and functions; `ui::guide` renders them.

pub mod agreement;
pub mod diagnostic;
pub mod document;
pub mod network;
pub mod pages;
pub mod timeline;

pub use document::Guide;
