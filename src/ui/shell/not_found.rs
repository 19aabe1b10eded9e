//! The friendly screen for an address the app does not know.

use crate::domain::route::Route;
use crate::ui::dom::{el, tx, El};
use crate::ui::router::href;
use crate::ui::widgets::{heading, link, screen};

pub fn not_found(path: &str) -> El {
    screen("")
        .child(heading("Page not found"))
        .child(
            el("p")
                .class("lead")
                .text("There is no page at ")
                .child(tx("code", "path", &format!("#/{path}")))
                .text(". The link may be mistyped or from a newer version of Wayfinder."),
        )
        .child(el("p").child(link(&href(&Route::Home), "Go to the home page").class("button")))
}
