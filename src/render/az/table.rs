//! az's table of an arbitrary result, used for `-o table` with `--query`: one column per
//! scalar field, headed by the key with its first letter capitalised, in the order the
//! query named them; a dashed rule; columns two spaces apart; cells left-aligned; each
//! column as wide as its widest cell or its header plus two (tabulate's "simple" layout).
//!
//! Unlike az, `id`, `type` and `etag` columns are kept: with --query they were asked for.

use serde_json::{Map, Value};

use crate::exit::UsageError;

pub fn render(v: &Value) -> Result<String, UsageError> {
    let rows: Vec<Vec<(String, String)>> = match v {
        Value::Null => return Ok(String::new()),
        Value::Array(items) => items.iter().map(row).collect(),
        one => vec![row(one)],
    };
    if rows.is_empty() {
        return Ok(String::new());
    }
    // Columns in order of first appearance, as tabulate does for a list of dicts.
    let mut headers: Vec<String> = Vec::new();
    for r in &rows {
        for (h, _) in r {
            if !headers.contains(h) {
                headers.push(h.clone());
            }
        }
    }
    if headers.is_empty() {
        return Err(UsageError(
            "the --query result has no scalar fields to show as a table: pick fields in the query \
             (e.g. \"[].{name:name, state:state}\") or use -o json, yaml or tsv"
                .to_string(),
        ));
    }
    let cells: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| {
            headers
                .iter()
                .map(|h| r.iter().find(|(k, _)| k == h).map_or("", |(_, v)| v.as_str()))
                .collect()
        })
        .collect();
    let width = |s: &str| s.chars().count();
    let widths: Vec<usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| cells.iter().map(|r| width(r[i])).fold(width(h) + 2, usize::max))
        .collect();
    let line = |fields: Vec<&str>| {
        let padded: Vec<String> = fields
            .iter()
            .zip(&widths)
            .map(|(f, w)| format!("{f}{}", " ".repeat(w.saturating_sub(width(f)))))
            .collect();
        let mut l = padded.join("  ").trim_end().to_string();
        l.push('\n');
        l
    };
    let mut out = line(headers.iter().map(String::as_str).collect());
    let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&line(rules.iter().map(String::as_str).collect()));
    for r in cells {
        out.push_str(&line(r));
    }
    Ok(out)
}

/// The cells of one item: an object's scalar fields, a list's values, or the value itself.
fn row(item: &Value) -> Vec<(String, String)> {
    match item {
        Value::Object(map) => object_row(map),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("Column{}", i + 1), cell(v)))
            .collect(),
        scalar => vec![("Result".to_string(), cell(scalar))],
    }
}

/// Nested objects and lists have no place in a cell, and az leaves nulls out.
fn object_row(map: &Map<String, Value>) -> Vec<(String, String)> {
    map.iter()
        .filter(|(_, v)| !(v.is_null() || v.is_object() || v.is_array()))
        .map(|(k, v)| (capitalise(k), cell(v)))
        .collect()
}

fn capitalise(k: &str) -> String {
    let mut chars = k.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn cell(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tabulate_simple_layout() {
        let v = json!([{"zone": "1", "ready": 3, "id": "/x"}, {"zone": "22", "ready": null, "nested": {"a": 1}}]);
        assert_eq!(
            render(&v).unwrap(),
            "Zone    Ready    Id\n------  -------  ----\n1       3        /x\n22\n"
        );
    }

    #[test]
    fn scalars_and_lists() {
        assert_eq!(render(&json!(9)).unwrap(), "Result\n--------\n9\n");
        assert_eq!(
            render(&json!([["a", true]])).unwrap(),
            "Column1    Column2\n---------  ---------\na          true\n"
        );
        assert_eq!(render(&json!([])).unwrap(), "");
        assert!(render(&json!({"a": {"b": 1}})).is_err());
    }
}
