//! The two Unicode operations names need (`domain::names`), from whoever
//! already holds the tables: in the app, the browser's own
//! `String.prototype.normalize` and `\p{Mn}` regular expressions (ICU,
//! which every browser ships); natively (tests, tools), ICU4X.
//!
//! Shipping ICU4X's decomposition and property tables in the app cost
//! 12.8 kB brotli on every page that compares names, for tables the
//! browser already has. Both sides implement the same Unicode definitions:
//! `tests/names_cases.rs` runs the name rules natively and, through the
//! browser's side, in Chromium; `tests/names_props.rs` checks the native
//! side against an independent normalizer.
//!
//! A name's key can be stored (a CSV participant's id hashes it), so it
//! must not depend on the browser: Unicode's normalization stability policy
//! fixes the decomposition of every assigned character for good, so every
//! browser and ICU4X give the same NFD. Marks only order names and find
//! competencies; nothing stores them.

#[cfg(target_arch = "wasm32")]
use browser as tables;
#[cfg(not(target_arch = "wasm32"))]
use icu4x as tables;

/// `text` in Normalization Form D (canonical decomposition).
pub fn nfd(text: &str) -> String {
    // ASCII is its own decomposition: most names need no table (scoring a
    // cohort of 1,000 asks for several thousand keys, each a call to the
    // browser otherwise).
    if text.is_ascii() {
        return text.to_owned();
    }
    tables::nfd(text)
}

/// `text` without its nonspacing marks (General_Category Mn: the accents
/// of a decomposed text, among others).
pub fn without_nonspacing_marks(text: &str) -> String {
    // ASCII has no marks.
    if text.is_ascii() {
        return text.to_owned();
    }
    tables::without_nonspacing_marks(text)
}

/// The browser's tables, through js-sys.
#[cfg(target_arch = "wasm32")]
mod browser {
    pub fn nfd(text: &str) -> String {
        js_sys::JsString::from(text).normalize("NFD").into()
    }

    pub fn without_nonspacing_marks(text: &str) -> String {
        let marks = js_sys::RegExp::new(r"\p{Mn}", "gu");
        js_sys::JsString::from(text)
            .replace_by_pattern(&marks, "")
            .into()
    }
}

/// ICU4X's compiled tables.
#[cfg(not(target_arch = "wasm32"))]
mod icu4x {
    use icu_properties::props::GeneralCategory;
    use icu_properties::CodePointMapData;

    pub fn nfd(text: &str) -> String {
        icu_normalizer::DecomposingNormalizerBorrowed::new_nfd()
            .normalize(text)
            .into_owned()
    }

    pub fn without_nonspacing_marks(text: &str) -> String {
        let category = CodePointMapData::<GeneralCategory>::new();
        text.chars()
            .filter(|&c| category.get(c) != GeneralCategory::NonspacingMark)
            .collect()
    }
}
