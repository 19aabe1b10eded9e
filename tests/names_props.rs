//! Properties of how names compare (`domain::names`): a name always
//! matches itself in any letter case, in composed or decomposed form, and
//! with other spacing; the comparison is symmetric; and sorting is a total,
//! stable order that does not depend on how the names were typed.

#![cfg(not(target_arch = "wasm32"))]
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use wayfinder::domain::names::{name_key, same_name, sort_by_name};

/// Names from several scripts, with accents, Turkish i's and odd spacing.
fn name() -> impl Strategy<Value = String> {
    let letters = prop::sample::select(vec![
        "a",
        "É",
        "é",
        "ß",
        "Ø",
        "İ",
        "ı",
        "I",
        "ş",
        "Ğ",
        "Анна",
        "Пётр",
        "Σοφία",
        "ς",
        "Ω",
        "Nguyễn",
        "Thị",
        "李",
        "小龍",
        "ø",
        "Ç",
        "ñ",
        "e\u{301}",
        "O\u{308}",
        "Zoë",
        "mary",
        " ",
        "  ",
        "-",
        "'",
    ]);
    prop::collection::vec(letters, 1..8).prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn a_name_matches_itself_however_it_is_typed(n in name()) {
        prop_assume!(!n.trim().is_empty());
        prop_assert!(same_name(&n, &n));
        prop_assert!(same_name(&n, &n.to_uppercase()), "upper: {n:?}");
        prop_assert!(same_name(&n, &n.to_lowercase()), "lower: {n:?}");
        prop_assert!(same_name(&n, &n.nfd().collect::<String>()), "NFD: {n:?}");
        prop_assert!(same_name(&n, &n.nfc().collect::<String>()), "NFC: {n:?}");
        let spaced = format!("  {}  ", n.split(' ').collect::<Vec<_>>().join("   "));
        prop_assert!(same_name(&n, &spaced), "spacing: {n:?}");
    }

    #[test]
    fn comparing_is_symmetric_and_blank_names_match_nothing(a in name(), b in name()) {
        prop_assert_eq!(same_name(&a, &b), same_name(&b, &a));
        prop_assert!(!same_name("  ", &a));
        prop_assert_eq!(same_name(&a, &b), !name_key(&a).is_empty() && name_key(&a) == name_key(&b));
    }

    #[test]
    fn sorting_does_not_depend_on_how_names_were_typed(names in prop::collection::vec(name(), 0..12)) {
        let mut typed = names.clone();
        sort_by_name(&mut typed, |s| s);
        let mut again = typed.clone();
        again.reverse();
        sort_by_name(&mut again, |s| s);
        prop_assert_eq!(&typed, &again, "a total order");
        let keys: Vec<String> = typed.iter().map(|n| name_key(n)).collect();
        let mut upper: Vec<String> = names.iter().map(|n| n.to_uppercase()).collect();
        sort_by_name(&mut upper, |s| s);
        let upper_keys: Vec<String> = upper.iter().map(|n| name_key(n)).collect();
        // The same names in capitals sort to the same folded sequence.
        let base = |ks: &[String]| ks.iter().map(|k| k.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect::<String>()).collect::<Vec<_>>();
        prop_assert_eq!(base(&keys), base(&upper_keys));
    }
}
