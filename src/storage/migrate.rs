//! Schema migrations: pure functions on `serde_json::Value`, one per step.
//! A document's `migrations()[i]` turns schema `i + 1` into schema `i + 2`,
//! so its current schema is `migrations().len() + 1`.

use super::error::LoadError;
use serde_json::Value;

/// One schema step. Returns a message on data it cannot upgrade.
pub type Migration = fn(Value) -> Result<Value, String>;

/// The schema a list of migrations leads to.
pub fn current_schema(steps: &[Migration]) -> u32 {
    steps.len() as u32 + 1
}

/// Runs every step from `from` up to the current schema. `from` must be
/// between 1 and the current schema; newer data is the caller's to handle.
pub fn run(mut data: Value, from: u32, steps: &[Migration]) -> Result<Value, LoadError> {
    let current = current_schema(steps);
    if from == 0 || from > current {
        return Err(LoadError::Migration {
            from,
            reason: format!("no path from version {from} to version {current}"),
        });
    }
    for (i, step) in steps.iter().enumerate().skip(from as usize - 1) {
        data = step(data).map_err(|reason| LoadError::Migration {
            from: i as u32 + 1,
            reason,
        })?;
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::migration::object;
    use serde_json::json;

    fn v1_to_v2(v: Value) -> Result<Value, String> {
        let mut m = object(v)?;
        let name = m.remove("name").unwrap_or(json!(""));
        m.insert("display_name".into(), name);
        Ok(Value::Object(m))
    }
    fn v2_to_v3(v: Value) -> Result<Value, String> {
        let mut m = object(v)?;
        if !m.contains_key("tags") {
            m.insert("tags".into(), json!([]));
        }
        Ok(Value::Object(m))
    }
    const STEPS: &[Migration] = &[v1_to_v2, v2_to_v3];

    #[test]
    fn runs_only_the_steps_after_the_stored_version() {
        assert_eq!(current_schema(STEPS), 3);
        let from1 = run(json!({"name": "Ana"}), 1, STEPS).unwrap();
        assert_eq!(from1, json!({"display_name": "Ana", "tags": []}));
        let from2 = run(json!({"display_name": "Bo", "tags": ["x"]}), 2, STEPS).unwrap();
        assert_eq!(from2, json!({"display_name": "Bo", "tags": ["x"]}));
        let from3 = run(json!({"display_name": "C"}), 3, STEPS).unwrap();
        assert_eq!(from3, json!({"display_name": "C"}));
    }

    #[test]
    fn names_the_failing_step() {
        let err = run(json!([1]), 1, STEPS).unwrap_err();
        assert_eq!(
            err,
            LoadError::Migration {
                from: 1,
                reason: "expected an object, found a list".into()
            }
        );
        assert!(run(json!({}), 0, STEPS).is_err());
        assert!(run(json!({}), 4, STEPS).is_err());
    }
}
