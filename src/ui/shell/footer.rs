//! Site footer: the privacy promise, always in view at the end of a page.

use crate::domain::route::Route;
use crate::ui::dom::{el, El};
use crate::ui::router::href;
use crate::ui::widgets::link;

pub fn footer() -> El {
    el("footer").class("site-footer").child(
        el("p")
            .text("Your data stays in this browser on this device. No account, no server, no tracking. ")
            .child(link(&href(&Route::Data), "Back up or delete your data")),
    )
}
