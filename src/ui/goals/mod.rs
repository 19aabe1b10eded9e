//! The goals screens: the list with filters, nudges and exports (`list`),
//! one goal with its SMART fields, tasks and check-ins (`detail`).

mod detail;
mod list;
mod picker;

pub use detail::GoalScreen;
pub use list::GoalsScreen;
pub use picker::{toggled, GoalPicker};
