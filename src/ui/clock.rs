//! The browser's clock and time zone, as the domain's [`Zone`]: "today" and
//! every date shown is the user's local calendar date, with the offset the
//! browser reports for that very instant (so daylight-saving changes are
//! right). Stored times stay UTC instants.

use crate::domain::date::{Ymd, Zone};
use crate::ui::state::now_ms;

/// The time zone the browser runs in.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserZone;

impl Zone for BrowserZone {
    fn offset_minutes_at(&self, instant_ms: i64) -> i32 {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(instant_ms as f64));
        // getTimezoneOffset is minutes *behind* UTC (LA in winter: +480).
        -(date.get_timezone_offset() as i32)
    }
}

/// Today's local calendar date.
pub fn today() -> Ymd {
    BrowserZone.date_of(now_ms())
}

/// Today's local calendar date as `YYYY-MM-DD` (the default of date fields).
pub fn today_iso() -> String {
    today().iso()
}

/// `YYYY-MM-DD` of the local calendar date of a stored instant.
pub fn local_iso(instant_ms: i64) -> String {
    BrowserZone.iso_of(instant_ms)
}
