//! How names and other words people type compare: a person's name in an
//! exclusion ("never pair me with ÉLODIE MARTIN"), a region, a
//! self-described identity answer, a CSV row's id, and the order of a list
//! of names.
//!
//! Two texts are the same name when they are equal after Unicode's
//! *canonical caseless match* (full case folding between canonical
//! decompositions, Unicode §3.13 D145: ICU4X's `icu_normalizer` and
//! `caseless`), trimmed, with every run of white space collapsed to one
//! space. So "ÉLODIE" is "élodie", "Анна" is "анна", "STRASSE" is "straße",
//! and a precomposed "é" is "e" + U+0301.
//!
//! Turkish and Azerbaijani dotted and dotless i: the language-neutral
//! folding keeps "ı" apart from "i" and folds "İ" to "i̇" (i with a combining
//! dot), so "IŞIK" and "Işık" would never match. Wayfinder does not know the
//! writer's language, and an exclusion is a hard rule where a missed match
//! pairs someone with the person they asked to avoid; so all four (I, İ, ı,
//! i) compare as "i". Two different names that differ only by that dot are
//! the price, and it errs on the side of the person's wish.
//!
//! Only decomposition ships (ICU4X's NFD and canonical combining classes):
//! composing back to NFC would add its own table for a key nobody sees.
//!
//! Sorting: no collation tables ship (ICU's would outweigh the app); names
//! sort by their folded letters with accents set aside first ("Élodie" next
//! to "Elodie", not after "Zoë"), then by the accents, then as written.

use caseless::Caseless;
use icu_normalizer::properties::CanonicalCombiningClassMapBorrowed;
use icu_normalizer::DecomposingNormalizerBorrowed;

/// A combining mark (an accent once decomposed) has a class above 0.
fn is_accent(c: char) -> bool {
    CanonicalCombiningClassMapBorrowed::new().get_u8(c) != 0
}

/// The form two names are compared in: canonical caseless, Turkish i's
/// merged, trimmed, white space collapsed, decomposed (NFD: only compared,
/// never shown, so it is not recomposed). Empty for a blank name.
pub fn name_key(text: &str) -> String {
    let nfd = DecomposingNormalizerBorrowed::new_nfd();
    let folded: String = nfd.normalize(text).chars().default_case_fold().collect();
    let folded = nfd.normalize(&folded);
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

/// A name's letters without their accents (the folded key with its
/// combining marks removed): "Élodie" and "ELODIE" give "elodie".
pub fn base_letters(text: &str) -> String {
    name_key(text).chars().filter(|c| !is_accent(*c)).collect()
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
    let base = key.chars().filter(|c| !is_accent(*c)).collect();
    (base, key, text.to_string())
}

/// Sorts `items` by the name `name_of` gives, in [`sort_key`] order.
pub fn sort_by_name<T>(items: &mut [T], name_of: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|t| sort_key(name_of(t)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_many_scripts_match_across_letter_case() {
        for (a, b) in [
            ("ÉLODIE", "élodie"),
            ("Анна Петрова", "анна петрова"),
            ("ΟΔΥΣΣΕΑΣ", "οδυσσεας"),
            ("Σοφία", "ΣΟΦΊΑ"),
            ("NGUYỄN THỊ HƯƠNG", "Nguyễn Thị Hương"),
            ("Zoë Øster", "ZOË ØSTER"),
            ("STRASSE", "Straße"),
            ("李小龍", "李小龍"),
            ("  Mary   Ann  Smith ", "mary ann smith"),
            ("Mary\u{a0}Ann", "mary ann"),
        ] {
            assert!(same_name(a, b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn precomposed_and_decomposed_accents_are_the_same_letter() {
        assert!(same_name("\u{e9}lodie", "e\u{301}lodie"));
        assert!(same_name("NGUYÊ\u{303}N", "nguy\u{1ec5}n"));
        assert_eq!(name_key("\u{c9}LODIE"), "e\u{301}lodie");
        assert_eq!(base_letters("\u{c9}LODIE"), "elodie");
    }

    #[test]
    fn turkish_dotted_and_dotless_i_compare_as_one_letter() {
        assert!(same_name("IŞIK", "ışık"));
        assert!(same_name("İSMAİL", "ismail"));
        assert!(
            same_name("Işık", "işik"),
            "errs towards honouring an exclusion"
        );
    }

    #[test]
    fn different_names_stay_different() {
        for (a, b) in [
            ("Élodie", "Elodie"),
            ("Anna", "Анна"),
            ("李小龍", "李小龙"),
            ("Jo Smith", "Joe Smith"),
            ("", ""),
            ("   ", " "),
        ] {
            assert!(!same_name(a, b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn names_sort_by_letters_before_accents_and_case() {
        let mut v = vec!["Zoë", "élodie", "Émile", "Elodie", "anna", "Ángel", "Bo"];
        sort_by_name(&mut v, |s| s);
        assert_eq!(
            v,
            ["Ángel", "anna", "Bo", "Elodie", "élodie", "Émile", "Zoë"]
        );
    }

    #[test]
    fn cyrillic_and_greek_sort_in_their_alphabets() {
        let mut v = vec!["Яна", "борис", "Анна", "Ωμέγα", "άλφα"];
        sort_by_name(&mut v, |s| s);
        assert_eq!(v, ["άλφα", "Ωμέγα", "Анна", "борис", "Яна"]);
    }
}
