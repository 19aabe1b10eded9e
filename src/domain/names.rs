//! How names and other words people type compare: a person's name in an
//! exclusion ("never pair me with ÉLODIE MARTIN"), a region, a
//! self-described identity answer, a CSV row's id, and the order of a list
//! of names.
//!
//! Two texts are the same name when they are equal after Unicode's
//! *canonical caseless match* (full case folding between canonical
//! decompositions, Unicode §3.13 D145: `caseless`, and the browser's or
//! ICU4X's NFD, see [`crate::unicode`]), trimmed, with every run of white
//! space collapsed to one space. So "ÉLODIE" is "élodie", "Анна" is
//! "анна", "STRASSE" is "straße", and a precomposed "é" is "e" + U+0301.
//!
//! Turkish and Azerbaijani dotted and dotless i: the language-neutral
//! folding keeps "ı" apart from "i" and folds "İ" to "i̇" (i with a combining
//! dot), so "IŞIK" and "Işık" would never match. Wayfinder does not know the
//! writer's language, and an exclusion is a hard rule where a missed match
//! pairs someone with the person they asked to avoid; so all four (I, İ, ı,
//! i) compare as "i". Two different names that differ only by that dot are
//! the price, and it errs on the side of the person's wish.
//!
//! Only decomposition is used (NFD, from the browser in the app: see
//! [`crate::unicode`]): composing back to NFC would add its own step for a
//! key nobody sees.
//!
//! Sorting: no collation tables ship (ICU's would outweigh the app); names
//! sort by their folded letters with accents set aside first ("Élodie" next
//! to "Elodie", not after "Zoë"), then by the accents, then as written.
//! An accent is a nonspacing mark (General_Category Mn) of the decomposed
//! text.

use caseless::Caseless;

use crate::unicode::{nfd, without_nonspacing_marks};

/// The form two names are compared in: canonical caseless, Turkish i's
/// merged, trimmed, white space collapsed, decomposed (NFD: only compared,
/// never shown, so it is not recomposed). Empty for a blank name.
pub fn name_key(text: &str) -> String {
    let folded: String = nfd(text).chars().default_case_fold().collect();
    let folded = nfd(&folded);
    let mut key = String::with_capacity(folded.len());
    let mut chars = folded.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            pending_space = !key.is_empty();
            continue;
        }
        if pending_space {
            key.push(' ');
            pending_space = false;
        }
        match c {
            // Dotless ı, and the combining dot of a folded İ.
            'ı' => key.push('i'),
            'i' => {
                key.push('i');
                if chars.peek() == Some(&'\u{307}') {
                    chars.next();
                }
            }
            c => key.push(c),
        }
    }
    key
}

/// A name's letters without their accents (the folded key without its
/// nonspacing marks): "Élodie" and "ELODIE" give "elodie".
pub fn base_letters(text: &str) -> String {
    without_nonspacing_marks(&name_key(text))
}

/// Whether two texts are the same name (see the module). A blank name is
/// nobody's.
pub fn same_name(a: &str, b: &str) -> bool {
    let key = name_key(a);
    !key.is_empty() && key == name_key(b)
}

/// The key a list of names sorts by: the folded letters without their
/// accents, then the folded letters, then the text as written (so the
/// order is total and stable across runs).
pub fn sort_key(text: &str) -> (String, String, String) {
    let key = name_key(text);
    let base = without_nonspacing_marks(&key);
    (base, key, text.to_string())
}

/// Sorts `items` by the name `name_of` gives, in [`sort_key`] order.
pub fn sort_by_name<T>(items: &mut [T], name_of: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|t| sort_key(name_of(t)));
}
