//! The workshop's screens. Facilitator: the list of workshops
//! (`#/workshop`), one workshop's setup, link, QR code, import and
//! participants (`#/workshop/<id>`) and the matching wizard
//! (`#/workshop/<id>/match`). Participant: the join link's welcome,
//! profile form, preview and profile code (`#/join/<code>`) and the match
//! link (`#/match/<code>`). Scoring, matching, codes and imports live in
//! `domain::workshop`; these only render and edit.

mod join;
mod list;
mod match_link;
mod setup;
mod wizard;

pub use join::JoinScreen;
pub use list::WorkshopsScreen;
pub use match_link::MatchLinkScreen;
pub use setup::workshop_screen;
pub use wizard::wizard_screen;

use crate::domain::route::Route;
use crate::domain::workshop::qr::MODULE_PX;
use crate::ui::dom::{el, svg, El};
use crate::ui::router::href;
use crate::ui::widgets::{button, link};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// "← Workshops" above a facilitator's screen.
fn back_to_workshops() -> El {
    el("p")
        .class("no-print")
        .child(link(&href(&Route::Workshop), "← Workshops"))
}

/// A read-only text box holding a code or link, with a copy button and a
/// status line; `text` is read when the box is built.
fn code_box(id: &str, label: &str, text: &str) -> El {
    let status = RwSignal::new(String::new());
    let copy_text = text.to_string();
    let field = el("textarea")
        .id(id)
        .class("code")
        .attr("readonly", "")
        .attr("rows", "3")
        .attr("spellcheck", "false")
        .prop("value", text);
    el("div")
        .class("field code-box")
        .child(el("label").attr("for", id).text(label))
        .child(field)
        .child(button("Copy", "no-print").on_click(move || {
            let text = copy_text.clone();
            leptos::task::spawn_local(async move {
                status.set(if crate::ui::browser::copy_text(&text).await {
                    "Copied.".into()
                } else {
                    "Copying was not allowed here: select the text and copy it.".into()
                });
            });
        }))
        .child(
            el("span")
                .class("note")
                .attr("role", "status")
                .dyn_text(move || status.get()),
        )
}

/// The QR code of `text` as an SVG image with a text alternative, drawn at [`MODULE_PX`] pixels per module (less
/// only where the screen is narrower), with a "Show large" button that
/// fills the screen with it for projecting; Escape or the button closes it.
fn qr_image(text: &str, alt: &str) -> Option<El> {
    let (size, path) = crate::domain::workshop::qr::qr_path(text)?;
    let view = format!("0 0 {size} {size}");
    let px = (size * MODULE_PX).to_string();
    let large = RwSignal::new(false);
    let code = svg("svg")
        .class("qr")
        .attr("viewBox", &view)
        .attr("width", &px)
        .attr("height", &px)
        .attr("data-modules", &size.to_string())
        .attr("role", "img")
        .attr("aria-label", alt)
        .attr("shape-rendering", "crispEdges")
        .child(
            svg("rect")
                .attr("width", &size.to_string())
                .attr("height", &size.to_string())
                .attr("fill", "#fff"),
        )
        .child(svg("path").attr("d", &path).attr("fill", "#000"));
    Some(
        el("div")
            .dyn_attr("class", move || {
                Some(if large.get() {
                    "qr-box large".into()
                } else {
                    "qr-box".into()
                })
            })
            .on("keydown", move |e| {
                if let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                    if k.key() == "Escape" {
                        large.set(false);
                    }
                }
            })
            .child(code)
            .child(
                el("button")
                    .attr("type", "button")
                    .class("secondary no-print")
                    .dyn_attr("aria-expanded", move || Some(large.get().to_string()))
                    .dyn_text(move || {
                        if large.get() {
                            "Close large view".into()
                        } else {
                            "Show large".into()
                        }
                    })
                    .on_click(move || large.update(|l| *l = !*l)),
            ),
    )
}

/// After an action rebuilt the part of the page that held focus, moves
/// focus to the element `id` (a heading with `tabindex="-1"`), so keyboard
/// users are not thrown back to the top of the page.
fn refocus(id: &'static str) {
    request_animation_frame(move || {
        let lost = document()
            .active_element()
            .is_none_or(|e| e.tag_name() == "BODY");
        if lost {
            crate::ui::browser::focus_by_id(id);
        }
    });
}
