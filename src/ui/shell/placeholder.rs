//! A section that is not built yet: says what it will offer.

use crate::domain::content::section_summary;
use crate::domain::route::{Route, Section};
use crate::ui::dom::{el, tx, El};
use crate::ui::widgets::{heading, link, screen};

pub fn placeholder(route: &Route, section: Section) -> El {
    screen("")
        .child(heading(&route.heading()))
        .child(tx("p", "lead", section_summary(section)))
        .child(tx("p", "note", "This part of Wayfinder is being built. What you see here will grow into the screens described above."))
        .child(el("p").child(link("#/", "Back to home")))
}
