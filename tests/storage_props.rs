//! Property tests: decoding, migrating and validating stored text, and
//! reading a backup file, never panic, whatever the bytes. Inputs are
//! arbitrary bytes, arbitrary JSON, and valid documents with random parts
//! replaced, removed or retyped.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use wayfinder::domain::assessment::Assessments;
use wayfinder::domain::goals::Goals;
use wayfinder::domain::guide::Guide;
use wayfinder::domain::plan::Plan;
use wayfinder::domain::reflection::PlanReflections;
use wayfinder::domain::settings::Settings;
use wayfinder::domain::workshop::document::{JoinedWorkshops, Workshops};
use wayfinder::storage::backend::{KeyValueStore, MemoryStore};
use wayfinder::storage::backup;
use wayfinder::storage::document::Document;
use wayfinder::storage::repo::{decode, open, Status, Stored};

/// Opening `raw` as `D` never panics and changes what is stored only by
/// saving a migrated document, as it opened, in the current schema: text
/// that cannot be read stays under its key (with a copy aside).
fn opens_without_harm<D: Document>(raw: &str) {
    let decoded = decode::<D>(raw);
    let store = MemoryStore::new();
    let key = format!("wayfinder:{}", D::NAME);
    store.set(&key, raw).unwrap();
    let opened = open::<D>(&store, 1);
    let stored = store.get(&key).unwrap().unwrap();
    if stored != raw {
        let Ok(before) = decoded else {
            panic!("{raw}: unreadable text was written over")
        };
        assert!(matches!(before.stored, Stored::Migrated { .. }), "{raw}");
        let after = decode::<D>(&stored).unwrap();
        assert_eq!(after.stored, Stored::Current);
        assert!(after.doc == opened.doc, "{raw}: saved as another document");
        assert_eq!(after.rev, before.rev + 1);
    }
    if let Status::Failed { quarantine_key, .. } = opened.status {
        let copy = quarantine_key.expect("a copy of unreadable text");
        assert_eq!(store.get(&copy).unwrap().as_deref(), Some(raw));
    }
}

fn decode_all(raw: &str) {
    opens_without_harm::<Settings>(raw);
    opens_without_harm::<Goals>(raw);
    opens_without_harm::<Assessments>(raw);
    opens_without_harm::<Plan>(raw);
    opens_without_harm::<Guide>(raw);
    opens_without_harm::<Workshops>(raw);
    opens_without_harm::<JoinedWorkshops>(raw);
    opens_without_harm::<PlanReflections>(raw);
    let _ = backup::read(raw.as_bytes());
}

fn fixture(path: &str) -> Value {
    let path = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![Just("wayfinder"), Just("backup"), Just("items"), Just("id")]
            .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("app".to_string()),
                    Just("schema".to_string()),
                    Just("rev".to_string()),
                    Just("data".to_string()),
                    Just("goals".to_string()),
                    Just("items".to_string()),
                    Just("id".to_string()),
                    Just("title".to_string()),
                    "[a-z_]{1,8}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Valid stored documents and a backup, the seeds for mutation.
fn seeds() -> Vec<Value> {
    let goals = json!({"app":"wayfinder","schema":1,"saved_at":1,"rev":3,"data":{"goals":{"items":[
        {"id":1,"title":"Lead a budget meeting","created_at":1,"updated_at":2},
        {"id":2,"title":"Meet each head one-to-one","created_at":1,"updated_at":1}],
        "deleted":[{"id":3,"at":5}]}}});
    let settings = json!({"app":"wayfinder","schema":1,"saved_at":1,"rev":1,"data":{
        "last_backup_at":1,"first_used_at":0,"persistence":"granted","updated_at":1}});
    let backup = json!({"app":"wayfinder","kind":"backup","format":1,"exported_at":9,
        "documents":{"goals":goals.clone(),"settings":settings.clone()}});
    let mut all = vec![goals, settings, backup, fixture("backup/full-v1.json")];
    for doc in [
        "settings/full-v1",
        "plan/full-v1",
        "goals/full-v1",
        "assessments/full-v1",
        "guide/full-v2",
        "workshops/full-v2",
        "guide/v1",
        "workshops/v1",
    ] {
        all.push(fixture(&format!("{doc}.json")));
    }
    all
}

/// Replaces, removes or retypes the node at `path` (indices into children).
fn mutate(v: &mut Value, path: &[usize], op: u8, replacement: &Value) {
    let children: Vec<&mut Value> = match v {
        Value::Array(a) => a.iter_mut().collect(),
        Value::Object(m) => m.values_mut().collect(),
        _ => Vec::new(),
    };
    if let (Some((first, rest)), false) = (path.split_first(), children.is_empty()) {
        let n = children.len();
        let child = children.into_iter().nth(first % n).expect("index in range");
        if !rest.is_empty() || !op.is_multiple_of(4) {
            return mutate(child, rest, op, replacement);
        }
    }
    match op % 4 {
        0 | 1 => *v = replacement.clone(),
        2 => {
            if let Value::Object(m) = v {
                if let Some(k) = m.keys().next().cloned() {
                    m.remove(&k);
                }
            } else if let Value::Array(a) = v {
                a.pop();
            }
        }
        _ => {
            // Retype: number ↔ string, list ↔ object.
            *v = match v.take() {
                Value::Number(n) => Value::String(n.to_string()),
                Value::String(s) => json!(s.len() as i64 * -1_000_000_007),
                Value::Array(a) => Value::Object(
                    a.into_iter()
                        .enumerate()
                        .map(|(i, x)| (i.to_string(), x))
                        .collect(),
                ),
                Value::Object(m) => Value::Array(m.into_iter().map(|(_, x)| x).collect()),
                other => other,
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        decode_all(&text);
        let _ = backup::read(&bytes);
    }

    #[test]
    fn arbitrary_json_never_panics(v in any_json()) {
        decode_all(&v.to_string());
        // The same value inside a plausible envelope reaches the migrations
        // and the validators.
        for schema in [1u64, 2, 99] {
            let env = json!({"app":"wayfinder","schema":schema,"saved_at":0,"rev":1,"data":v.clone()});
            decode_all(&env.to_string());
        }
    }

    #[test]
    fn mutated_valid_documents_never_panic(
        seed in 0usize..12,
        edits in prop::collection::vec((prop::collection::vec(any::<usize>(), 0..6), any::<u8>(), any_json()), 1..4),
    ) {
        let mut v = seeds()[seed].clone();
        for (path, op, replacement) in &edits {
            mutate(&mut v, path, *op, replacement);
        }
        let text = v.to_string();
        decode_all(&text);
        // Truncated at twenty places, too.
        for cut in (0..text.len()).step_by((text.len() / 20).max(1)) {
            if text.is_char_boundary(cut) {
                decode_all(&text[..cut]);
            }
        }
    }
}

#[test]
fn deeply_nested_input_is_rejected_not_overflowed() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    decode_all(&deep);
    let wrapped = format!(r#"{{"app":"wayfinder","schema":1,"saved_at":0,"rev":1,"data":{deep}}}"#);
    assert!(decode::<Goals>(&wrapped).is_err());
}
