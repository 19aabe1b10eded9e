//! Building blocks the `ui::dom` screens share: the screen heading, buttons,
//! field errors, tables, undo notes.

use crate::ui::app::HEADING_ID;
use crate::ui::dom::{el, El};

/// The screen's `<h1>`, focused after navigation.
pub fn heading(text: &str) -> El {
    el("h1").id(HEADING_ID).attr("tabindex", "-1").text(text)
}

/// A `<button type="button">` with an optional class.
pub fn button(label: &str, class: &str) -> El {
    let b = el("button").attr("type", "button").text(label);
    if class.is_empty() {
        b
    } else {
        b.class(class)
    }
}

/// A live error message under a field (empty and hidden when `None`).
pub fn field_error(id: &str, f: impl Fn() -> Option<String> + 'static) -> El {
    el("p")
        .id(id)
        .class("field-error")
        .attr("aria-live", "polite")
        .dyn_text(move || f().unwrap_or_default())
}

/// A table with a (visually hidden) caption, column headers and rows, in a
/// horizontally scrollable wrapper for narrow screens.
pub fn table(caption: &str, headers: &[&str], rows: Vec<El>) -> El {
    let head = el("tr").kids(
        headers
            .iter()
            .map(|h| el("th").attr("scope", "col").text(h))
            .collect(),
    );
    // Scrolls sideways on narrow screens, so it must be reachable by
    // keyboard (WCAG 2.1.1) and named.
    el("div")
        .class("table-wrap")
        .attr("tabindex", "0")
        .attr("role", "region")
        .attr("aria-label", caption)
        .child(
            el("table")
                .child(el("caption").class("visually-hidden").text(caption))
                .child(el("thead").child(head))
                .child(el("tbody").kids(rows)),
        )
}

/// A link.
pub fn link(href: &str, text: &str) -> El {
    el("a").attr("href", href).text(text)
}

/// A screen's `<section>`, labelled by its heading; `class` adds to
/// `screen` (e.g. "wide").
pub fn screen(class: &str) -> El {
    let c = if class.is_empty() {
        "screen".to_string()
    } else {
        format!("screen {class}")
    };
    el("section").class(&c).attr("aria-labelledby", HEADING_ID)
}
