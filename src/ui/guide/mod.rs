//! The guide's screens: the index (`#/guide`), reading pages
//! (`#/guide/<slug>`), "What do I need now?" (`#/guide/needs`), my support
//! network and each person in it (`#/guide/network[/<id>]`), the mentoring
//! agreement builder (`#/guide/agreement`) and the program timeline
//! (`#/guide/timeline`). Content, scoring and rules live in
//! `domain::guide`; these only render and edit.

mod agreement;
mod index;
mod needs;
mod network;
mod page;
mod person;
mod timeline;

pub use agreement::{agreement_screen, start_agreement_with};
pub use index::guide_screen;
pub use needs::diagnostic_screen;
pub use network::network_screen;
pub use page::guide_page_screen;
pub use person::person_screen;
pub use timeline::timeline_screen;

use crate::domain::route::Route;
use crate::ui::dom::{el, El};
use crate::ui::widgets::link;

/// "← Guide" above a guide screen.
fn back_to_guide() -> El {
    el("p")
        .class("no-print")
        .child(link(&Route::Guide.to_hash(), "← Guide"))
}
