//! Wayfinder: leadership growth and mentor matching for new library leaders,
//! entirely in the browser.
//!
//! - [`domain`]: pure Rust, no web APIs: routes, content, scoring, matching,
//!   codecs, validation. Tested natively with `cargo test`.
//! - [`storage`]: versioned documents in localStorage: envelope, migrations,
//!   quarantine, backups. Its logic runs against a [`storage::backend::KeyValueStore`]
//!   trait, so it is tested natively with an in-memory store; only the
//!   browser adapter touches web-sys.
//! - [`ui`]: Leptos components. They read signals, call domain functions, render.
//! - [`unicode`]: the Unicode decomposition and marks names need: the
//!   browser's tables in the app, ICU4X's natively.

#[cfg(target_arch = "wasm32")]
pub mod bench;
pub mod domain;
pub mod storage;
pub mod ui;
pub mod unicode;

/// Mounts a page into `#app`, replacing the static loading shell its HTML
/// paints before the wasm arrives. Each page's binary passes its own
/// screens (`ui::pages`), so it holds only their code.
#[cfg(target_arch = "wasm32")]
pub fn start(setup: ui::app::PageSetup) {
    use wasm_bindgen::JsCast;
    let document = leptos::prelude::document();
    let Some(root) = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_text_content(None);
    // Lives as long as the page.
    std::mem::forget(ui::app::mount_page(root, setup));
    ui::browser::mark_mounted();
}

/// Native builds have no browser to mount into.
#[cfg(not(target_arch = "wasm32"))]
pub fn start(_setup: ui::app::PageSetup) {
    eprintln!("Wayfinder runs in the browser: use `make serve`.");
}
