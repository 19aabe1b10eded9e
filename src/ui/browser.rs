//! Small wrappers around browser APIs the UI needs (focus, performance marks).
//! Everything that touches `window` or `document` directly lives here or in
//! `storage::browser`, so components stay readable.

use leptos::prelude::{
    document, on_cleanup, request_animation_frame, set_timeout, window,
    window_event_listener_untyped,
};
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Listens to `event` on `window` until the current reactive owner is
/// cleaned up (the listener is removed then).
pub fn on_window(event: &str, handler: impl Fn(web_sys::Event) + 'static) {
    let handle = window_event_listener_untyped(event, handler);
    on_cleanup(move || handle.remove());
}

/// Records that the app has mounted: a `performance.mark` the benchmark
/// reads, and a `data-app="mounted"` attribute tests can wait for.
pub fn mark_mounted() {
    if let Some(perf) = window().performance() {
        let _ = perf.mark("wayfinder-mounted");
    }
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "mounted");
    }
}

/// Moves keyboard focus to the element with this id, if it exists and can
/// take focus.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Moves keyboard focus to a new screen's heading (the element with this
/// id) once the screen is painted. Focus asks the browser for the page's
/// styles and layout there and then: after the paint they are ready, so a
/// long screen (a thousand goals) is styled and laid out once, not a second
/// time for the focus inside the frame that builds it.
pub fn focus_after_paint(id: &'static str) {
    request_animation_frame(move || set_timeout(move || focus_by_id(id), Duration::ZERO));
}

/// Moves keyboard focus, once painted, to the first element that matches
/// a CSS `selector` (`#goal-undo`, `.goal-list a[href="#/goals/7"]`): the
/// place to go back to after a removal or its undo, when the button that
/// was pressed went with its row.
pub fn focus_selector_after_paint(selector: String) {
    request_animation_frame(move || {
        set_timeout(
            move || {
                if let Some(el) = document()
                    .query_selector(&selector)
                    .ok()
                    .flatten()
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            },
            Duration::ZERO,
        )
    });
}

/// Offers `text` as a file download. On failure, the sentence to show under
/// the button ("Nothing was downloaded: …").
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|_| not_downloaded("the browser could not prepare the file"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| not_downloaded("the browser could not prepare the download"))?;
    let a = document()
        .create_element("a")
        .map_err(|_| not_downloaded("the browser could not start the download"))?
        .unchecked_into::<web_sys::HtmlAnchorElement>();
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// What a download button says when its file could not be made or saved:
/// `reason` is the cause, in lower case ("the browser could not …").
pub fn not_downloaded(reason: &str) -> String {
    format!("Nothing was downloaded: {reason}.")
}

/// Asks the browser to keep this site's storage under pressure
/// (`navigator.storage.persist()`). `None` when the API is missing.
pub async fn request_persistence() -> Option<bool> {
    let storage = js_sys::Reflect::get(&window().navigator(), &"storage".into()).ok()?;
    if storage.is_undefined() {
        return None;
    }
    let manager: web_sys::StorageManager = storage.dyn_into().ok()?;
    let promise = manager.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Reads a picked file as text.
pub async fn read_file_text(file: &web_sys::File) -> Result<String, String> {
    let value = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| "the browser could not read the file".to_string())?;
    value
        .as_string()
        .ok_or_else(|| "the file is not text".to_string())
}

/// Copies text with the Clipboard API; false if it is missing or refused.
pub async fn copy_text(text: &str) -> bool {
    let nav = window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&nav, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(f) = JsCast::dyn_into::<js_sys::Function>(write) else {
        return false;
    };
    let Ok(promise) = f.call1(&clipboard, &text.into()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .is_ok()
}

/// Resolves after the browser has had a chance to paint and handle input
/// (long work yields with it, showing its progress).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
