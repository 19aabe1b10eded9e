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

/// `text` in Normalization Form D (canonical decomposition).
#[cfg(target_arch = "wasm32")]
pub fn nfd(text: &str) -> String {
    // ASCII is its own decomposition: most names need no call to the browser
    // (scoring a cohort of 1,000 asks for several thousand keys).
    if text.is_ascii() {
        return text.to_owned();
    }
    js_sys::JsString::from(text).normalize("NFD").into()
}

/// `text` without its nonspacing marks (General_Category Mn: the accents
/// of a decomposed text, among others).
#[cfg(target_arch = "wasm32")]
pub fn without_nonspacing_marks(text: &str) -> String {
    // ASCII has no marks.
    if text.is_ascii() {
        return text.to_owned();
    }
    let marks = js_sys::RegExp::new(r"\p{Mn}", "gu");
    js_sys::JsString::from(text)
        .replace_by_pattern(&marks, "")
        .into()
}

/// `text` in Normalization Form D (canonical decomposition).
#[cfg(not(target_arch = "wasm32"))]
pub fn nfd(text: &str) -> String {
    icu_normalizer::DecomposingNormalizerBorrowed::new_nfd()
        .normalize(text)
        .into_owned()
}

/// `text` without its nonspacing marks (General_Category Mn: the accents
/// of a decomposed text, among others).
#[cfg(not(target_arch = "wasm32"))]
pub fn without_nonspacing_marks(text: &str) -> String {
    use icu_properties::props::GeneralCategory;
    use icu_properties::CodePointMapData;
    let category = CodePointMapData::<GeneralCategory>::new();
    text.chars()
        .filter(|&c| category.get(c) != GeneralCategory::NonspacingMark)
        .collect()
}
