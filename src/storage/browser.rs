//! `window.localStorage` (through gloo-storage) behind the [`KeyValueStore`]
//! trait. The only file of the storage layer that touches the browser (it
//! compiles natively, but its calls only work in a browser, so native tests
//! use `MemoryStore`). Stored values are already JSON text (envelopes), so
//! this store moves text; serde works one layer up.

use super::backend::KeyValueStore;
use super::error::{classify_write_error, StoreError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// The browser's localStorage, looked up on each call so a store that
/// appears later (or is blocked) is reported, never a panic.
#[derive(Debug, Default, Clone, Copy)]
pub struct BrowserStore;

/// gloo's [`LocalStorage::raw`] throws when storage is blocked (a private
/// mode, storage turned off, a sandboxed frame) or missing: this asks the
/// window first and reports either as a [`StoreError`].
fn storage() -> Result<web_sys::Storage, StoreError> {
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(StoreError::Unavailable("localStorage is missing".into())),
        Err(e) => Err(to_store_error(e)),
    }
}

/// Turns a thrown `DOMException` (or anything else) into a [`StoreError`].
pub fn to_store_error(e: JsValue) -> StoreError {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(ex) => classify_write_error(&ex.name(), ex.code(), &ex.message()),
        None => StoreError::Other(
            e.as_string()
                .unwrap_or_else(|| "the browser refused the operation".into()),
        ),
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(to_store_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(to_store_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        storage()?;
        LocalStorage::delete(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = storage()?;
        let n = LocalStorage::length();
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Ok(Some(k)) = s.key(i) {
                out.push(k);
            }
        }
        Ok(out)
    }
}
