//! Small components the screens share: the screen and its heading, fields
//! with their labels and errors, choices, a code to copy, cards, the key of
//! a list's rows, the way back after a removal. Each takes what it shows as
//! props and reports edits through a callback; none reads storage.

mod ask_twice;
mod card;
mod choices;
mod code_box;
mod fields;
mod lines;
mod print_button;
mod row_key;
mod screen;
mod table;
mod undo_note;

pub use ask_twice::AskTwice;
pub use card::Card;
pub use choices::{Checkbox, Radio};
pub use code_box::CodeBox;
pub use fields::{FieldError, SelectField, TextField};
pub use lines::Lines;
pub use print_button::PrintButton;
pub use row_key::row_key;
pub use screen::{BrokenLink, Screen, ScreenHeading};
pub use table::Table;
pub use undo_note::{focus_undo, LastRemoved, UndoNote};
