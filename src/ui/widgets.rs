//! Building blocks the `ui::dom` screens share: the screen heading, buttons,
//! field errors, tables, undo notes.

use crate::ui::app::HEADING_ID;
use crate::ui::dom::{el, El};
use leptos::prelude::{Get, RwSignal, Set};

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

/// A labelled `<select>` (label and element); `selected` is the value
/// chosen at first.
pub fn select_field(
    id: &str,
    label: &str,
    options: &[(&str, &str)],
    selected: &str,
    on: impl FnMut(String) + 'static,
) -> Vec<El> {
    let mut s = el("select").id(id).on_change(on);
    for (value, text) in options {
        let mut o = el("option").attr("value", value).text(text);
        if *value == selected {
            o = o.attr("selected", "");
        }
        s = s.child(o);
    }
    vec![el("label").attr("for", id).text(label), s]
}

/// A labelled text input or textarea in a `.field`, starting at `initial`;
/// `on` gets every edit. `kind` is an input type ("text", "date",
/// "number") or "area" for a textarea.
pub fn text_field(
    id: &str,
    label: &str,
    kind: &str,
    initial: &str,
    on: impl FnMut(String) + 'static,
) -> El {
    let input = if kind == "area" {
        el("textarea").attr("rows", "3").attr("maxlength", "2000")
    } else {
        el("input").attr("type", kind).attr("maxlength", "200")
    };
    el("div")
        .class("field")
        .child(el("label").attr("for", id).text(label))
        .child(input.id(id).prop("value", initial).on_input(on))
}

/// A labelled input in a `div.field` (`class` adds to it) kept in step
/// with `value`: text as you type, dates when changed. `error` names the
/// message element the input is described by ("" for none).
pub fn bound_field(
    id: &str,
    label: &str,
    kind: &str,
    class: &str,
    error: &str,
    value: RwSignal<String>,
) -> El {
    let mut input = el("input")
        .id(id)
        .attr("type", kind)
        .dyn_value(move || value.get());
    input = if kind == "date" {
        input.on_change(move |v| value.set(v))
    } else {
        input
            .attr("maxlength", "500")
            .on_input(move |v| value.set(v))
    };
    if !error.is_empty() {
        input = input.attr("aria-describedby", error);
    }
    let c = if class.is_empty() {
        "field".to_string()
    } else {
        format!("field {class}")
    };
    el("div")
        .class(&c)
        .child(el("label").attr("for", id).text(label))
        .child(input)
}

/// A checkbox with its label, checked while `checked()` says so; `on`
/// gets the new state.
pub fn checkbox(
    id: &str,
    label: &str,
    checked: impl Fn() -> bool + 'static,
    on: impl FnMut(bool) + 'static,
) -> El {
    let mut on = on;
    choice(
        "checkbox",
        "",
        id,
        label,
        Box::new(checked),
        Box::new(move |e| {
            use wasm_bindgen::JsCast;
            let checked = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            on(checked)
        }),
    )
}

/// A radio button of group `name` with its label, checked while
/// `checked()` says so; `on` runs when it is picked.
pub fn radio(
    name: &str,
    id: &str,
    label: &str,
    checked: impl Fn() -> bool + 'static,
    on: impl FnMut() + 'static,
) -> El {
    let mut on = on;
    choice(
        "radio",
        name,
        id,
        label,
        Box::new(checked),
        Box::new(move |_| on()),
    )
}

/// An input of `kind` inside its `label.choice`, kept checked in step.
fn choice(
    kind: &str,
    name: &str,
    id: &str,
    label: &str,
    checked: Box<dyn Fn() -> bool>,
    on: Box<dyn FnMut(web_sys::Event)>,
) -> El {
    let mut input = el("input").attr("type", kind).id(id);
    if !name.is_empty() {
        input = input.attr("name", name);
    }
    el("label")
        .class("choice")
        .child(input.dyn_flag("checked", checked).on("change", on))
        .text(label)
}

/// Opens the browser's print dialog.
pub fn print_button(label: &str) -> El {
    button(label, "no-print").on_click(|| {
        let _ = leptos::prelude::window().print();
    })
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
