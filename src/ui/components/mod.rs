//! Small components the screens share: the screen and its heading, fields
//! with their labels and errors, choices, a code to copy. Each takes what
//! it shows as props and reports edits through a callback; none reads
//! storage.

mod choices;
mod code_box;
mod fields;
mod screen;

pub use choices::{Checkbox, Radio};
pub use code_box::CodeBox;
pub use fields::{FieldError, SelectField, TextField};
pub use screen::{BrokenLink, Screen, ScreenHeading};
