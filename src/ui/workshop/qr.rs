//! The QR code of a link as an SVG image with a text alternative, drawn at
//! [`MODULE_PX`] pixels per module (less only where the screen is
//! narrower), with a "Show large" button that fills the screen with it for
//! projecting; Escape or the button closes it.

use crate::domain::workshop::qr::{qr_path, MODULE_PX};
use leptos::prelude::*;

/// Nothing when `text` is too long for a QR code.
#[component]
pub(super) fn QrCode(text: String, alt: &'static str) -> impl IntoView {
    let (size, path) = qr_path(&text)?;
    let large = RwSignal::new(false);
    let class = move || {
        if large.get() {
            "qr-box large"
        } else {
            "qr-box"
        }
    };
    let close_on_escape = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            large.set(false);
        }
    };
    let px = (size * MODULE_PX).to_string();
    Some(view! {
        <div class=class on:keydown=close_on_escape>
            <svg
                class="qr"
                viewBox=format!("0 0 {size} {size}")
                width=px.clone()
                height=px
                data-modules=size.to_string()
                role="img"
                aria-label=alt
                shape-rendering="crispEdges"
            >
                <rect width=size.to_string() height=size.to_string() fill="#fff"></rect>
                <path d=path fill="#000"></path>
            </svg>
            <button
                type="button"
                class="secondary no-print"
                aria-expanded=move || large.get().to_string()
                on:click=move |_| large.update(|l| *l = !*l)
            >
                {move || if large.get() { "Close large view" } else { "Show large" }}
            </button>
        </div>
    })
}
