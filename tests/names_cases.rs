//! How names compare (`domain::names`), case by case. The same cases run
//! natively (`cargo test`, ICU4X's decomposition) and in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown`), where decomposition and
//! marks come from the browser (`src/unicode.rs`): the app's names must
//! compare the same as the tested ones.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::*;
use wayfinder::domain::names::{base_letters, name_key, same_name, sort_by_name};

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test_configure!(run_in_browser);

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
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

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn precomposed_and_decomposed_accents_are_the_same_letter() {
    assert!(same_name("\u{e9}lodie", "e\u{301}lodie"));
    assert!(same_name("NGUYÊ\u{303}N", "nguy\u{1ec5}n"));
    assert_eq!(name_key("\u{c9}LODIE"), "e\u{301}lodie");
    assert_eq!(base_letters("\u{c9}LODIE"), "elodie");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn canonically_equivalent_spellings_are_the_same_name() {
    for (a, b) in [
        // Two marks typed in either order (canonical reordering).
        ("Tra\u{323}\u{302}n", "Tra\u{302}\u{323}n"),
        ("Tr\u{1ead}n", "TRA\u{323}\u{302}N"),
        // Hangul syllables and their jamo.
        ("한지민", "\u{1112}\u{1161}\u{11ab}지민"),
        // Singletons: the Angstrom and Ohm signs are letters.
        ("\u{212b}sa", "åsa"),
        ("\u{2126}mega", "ωmega"),
    ] {
        assert!(same_name(a, b), "{a:?} vs {b:?}");
    }
    assert_eq!(base_letters("Nguyễn Thị Hương"), "nguyen thi huong");
    assert_eq!(base_letters("Tr\u{1ead}n"), "tran");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn turkish_dotted_and_dotless_i_compare_as_one_letter() {
    assert!(same_name("IŞIK", "ışık"));
    assert!(same_name("İSMAİL", "ismail"));
    assert!(
        same_name("Işık", "işik"),
        "errs towards honouring an exclusion"
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
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

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn names_sort_by_letters_before_accents_and_case() {
    let mut v = vec!["Zoë", "élodie", "Émile", "Elodie", "anna", "Ángel", "Bo"];
    sort_by_name(&mut v, |s| s);
    assert_eq!(
        v,
        ["Ángel", "anna", "Bo", "Elodie", "élodie", "Émile", "Zoë"]
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn cyrillic_and_greek_sort_in_their_alphabets() {
    let mut v = vec!["Яна", "борис", "Анна", "Ωμέγα", "άλφα"];
    sort_by_name(&mut v, |s| s);
    assert_eq!(v, ["άλφα", "Ωμέγα", "Анна", "борис", "Яна"]);
}
