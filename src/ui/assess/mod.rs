//! The self-assessment screens: the overview with growth views and
//! history (`overview`), taking an assessment step by step (`take`), one
//! snapshot (`snapshot`), and the pieces they share: the radar chart and
//! its table (`radar`), and the growth panels (`growth`).

mod growth;
mod overview;
mod radar;
mod snapshot;
mod take;

pub use overview::AssessScreen;
pub use snapshot::SnapshotScreen;
pub use take::TakeScreen;
