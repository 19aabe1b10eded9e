//! The names screens use for choices (form values, element ids) are the
//! names serde stores, so a value picked on screen is the value saved.

use serde::Serialize;
use wayfinder::domain::guide::agreement::{Cadence, Channel};
use wayfinder::domain::guide::diagnostic::{Answer, Need};
use wayfinder::domain::guide::network::{AskKind, AskOutcome};
use wayfinder::domain::workshop::profile::{Format, Level, LibraryType, Pref, Role};
use wayfinder::domain::workshop::setup::{Identity, Question};

fn stored<T: Serialize>(x: T) -> String {
    serde_json::to_value(x)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

macro_rules! same_names {
    ($($t:ident),+ $(,)?) => {$(
        assert_eq!($t::ALL.len(), $t::NAMES.len(), stringify!($t));
        for (x, name) in $t::ALL.iter().zip($t::NAMES.iter()) {
            assert_eq!(stored(*x), *name, stringify!($t));
        }
    )+};
}

#[test]
fn screen_names_are_stored_names() {
    same_names!(Cadence, Channel, Need, Answer, AskKind, AskOutcome, Question, Identity);
    same_names!(Role, LibraryType, Level, Format, Pref);
}
