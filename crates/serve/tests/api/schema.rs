//! Just enough JSON Schema (2020-12, as OpenAPI 3.1 uses it) to check
//! answers against the document: `$ref`, `type` (one or a list), `enum`,
//! `const`, `properties`, `required`, `items`, `minItems`, `maxItems`,
//! `oneOf`, `minimum`, `maximum`, `minLength`, `format: date`. Stricter
//! than the standard in one way: an object checked against `properties`
//! may hold no property the schema does not name, so the document cannot
//! fall behind the answers.

use serde_json::Value;

/// Follows a local `$ref` (`#/components/schemas/X`).
pub fn resolve<'a>(doc: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    doc.pointer(pointer)
}

/// Every way `value` fails `schema`, with where.
pub fn check(doc: &Value, schema: &Value, value: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    walk(doc, schema, value, "$", &mut errors);
    errors
}

fn type_matches(t: &str, v: &Value) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "string" => v.is_string(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        _ => false,
    }
}

fn walk(doc: &Value, schema: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        match resolve(doc, reference) {
            Some(target) => walk(doc, target, v, at, errors),
            None => errors.push(format!("{at}: unresolved $ref {reference}")),
        }
        return;
    }
    if let Some(t) = schema.get("type") {
        let ok = match t {
            Value::String(t) => type_matches(t, v),
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).any(|t| type_matches(t, v)),
            _ => false,
        };
        if !ok {
            errors.push(format!("{at}: {v} is not of type {t}"));
            return;
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(v) {
            errors.push(format!("{at}: {v} is not one of {options:?}"));
        }
    }
    if let Some(c) = schema.get("const") {
        if c != v {
            errors.push(format!("{at}: {v} is not {c}"));
        }
    }
    if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) {
        let passing = alternatives
            .iter()
            .filter(|s| check(doc, s, v).is_empty())
            .count();
        if passing != 1 {
            let why: Vec<String> = alternatives
                .iter()
                .flat_map(|s| check(doc, s, v))
                .take(6)
                .collect();
            errors.push(format!(
                "{at}: matches {passing} of oneOf's {} schemas: {why:?}",
                alternatives.len()
            ));
        }
    }
    if let Some(n) = v.as_f64() {
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
            if n < min {
                errors.push(format!("{at}: {n} < minimum {min}"));
            }
        }
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
            if n > max {
                errors.push(format!("{at}: {n} > maximum {max}"));
            }
        }
    }
    if let Some(s) = v.as_str() {
        if let Some(min) = schema.get("minLength").and_then(Value::as_u64) {
            if (s.chars().count() as u64) < min {
                errors.push(format!("{at}: shorter than {min}"));
            }
        }
        if schema.get("format").and_then(Value::as_str) == Some("date") && !is_date(s) {
            errors.push(format!("{at}: {s:?} is not a date YYYY-MM-DD"));
        }
    }
    if let Some(items) = v.as_array() {
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
            if (items.len() as u64) < min {
                errors.push(format!("{at}: fewer than {min} items"));
            }
        }
        if let Some(max) = schema.get("maxItems").and_then(Value::as_u64) {
            if (items.len() as u64) > max {
                errors.push(format!("{at}: more than {max} items"));
            }
        }
        if let Some(item) = schema.get("items") {
            for (i, x) in items.iter().enumerate() {
                walk(doc, item, x, &format!("{at}[{i}]"), errors);
            }
        }
    }
    if let Some(object) = v.as_object() {
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !object.contains_key(name) {
                    errors.push(format!("{at}: missing required {name:?}"));
                }
            }
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, x) in object {
                match props.get(k) {
                    Some(s) => walk(doc, s, x, &format!("{at}.{k}"), errors),
                    None => errors.push(format!("{at}: property {k:?} is not documented")),
                }
            }
        }
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[test]
fn the_checker_catches_what_it_claims_to() {
    let doc = serde_json::json!({"components": {"schemas": {"P": {
        "type": "object",
        "required": ["a"],
        "properties": {"a": {"type": ["integer", "null"]}, "d": {"type": "string", "format": "date"},
                       "k": {"oneOf": [{"type": "string"}, {"type": "null"}]}, "e": {"enum": [1, 2]}}
    }}}});
    let s = serde_json::json!({"$ref": "#/components/schemas/P"});
    assert!(check(
        &doc,
        &s,
        &serde_json::json!({"a": 1, "d": "2017-04-02", "k": null, "e": 2})
    )
    .is_empty());
    for bad in [
        serde_json::json!({}),
        serde_json::json!({"a": "x"}),
        serde_json::json!({"a": 1.5}),
        serde_json::json!({"a": 1, "d": "2 April"}),
        serde_json::json!({"a": 1, "k": 3}),
        serde_json::json!({"a": 1, "e": 3}),
        serde_json::json!({"a": 1, "z": 0}),
    ] {
        assert!(!check(&doc, &s, &bad).is_empty(), "{bad}");
    }
    assert!(!check(&doc, &serde_json::json!({"$ref": "#/nowhere"}), &Value::Null).is_empty());
}
