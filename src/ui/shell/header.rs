//! Site header: product name and the primary navigation, with the current
//! section marked `aria-current="page"`.

use crate::domain::route::{Route, Section};
use crate::ui::dom::{el, El};
use crate::ui::router::href;
use leptos::prelude::*;

pub fn header(route: ReadSignal<Route>) -> El {
    let links = Section::ALL
        .into_iter()
        .map(|section| {
            el("li").child(
                el("a")
                    .attr("href", &href(&section.route()))
                    .dyn_attr("aria-current", move || {
                        (route.get().section() == Some(section)).then(|| "page".to_string())
                    })
                    .text(section.label()),
            )
        })
        .collect();
    el("header")
        .class("site-header")
        .child(
            el("a")
                .class("brand")
                .attr("href", &href(&Route::Home))
                .child(
                    el("span")
                        .class("brand-mark")
                        .attr("aria-hidden", "true")
                        .text("◈"),
                )
                .text("Wayfinder"),
        )
        .child(
            el("nav")
                .attr("aria-label", "Primary")
                .child(el("ul").kids(links)),
        )
}
