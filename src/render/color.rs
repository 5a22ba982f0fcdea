//! `jsonc` and `yamlc`: the same text as `json` and `yaml`, coloured. Keys blue, strings
//! green, numbers cyan, booleans and null yellow (close to az's Pygments colours).
//! Without colour (a pipe, NO_COLOR) they are exactly `json` and `yaml`.

use owo_colors::OwoColorize;
use serde_json::Value;

use super::yaml;

pub fn json(v: &Value) -> String {
    let mut out = String::new();
    write_json(v, 0, &mut out);
    out.push('\n');
    out
}

fn scalar(v: &Value) -> String {
    let text = serde_json::to_string(v).unwrap_or_default();
    match v {
        Value::String(_) => text.green().to_string(),
        Value::Number(_) => text.cyan().to_string(),
        _ => text.yellow().to_string(),
    }
}

/// The layout of `serde_json::to_string_pretty`, so only the colour differs from `-o json`.
fn write_json(v: &Value, depth: usize, out: &mut String) {
    let pad = |d: usize| "  ".repeat(d);
    match v {
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write_json(item, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            out.push_str("{\n");
            for (i, (k, item)) in map.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                let key = serde_json::to_string(k).unwrap_or_default();
                out.push_str(&key.blue().to_string());
                out.push_str(": ");
                write_json(item, depth + 1, out);
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
        Value::Array(_) => out.push_str("[]"),
        Value::Object(_) => out.push_str("{}"),
        other => out.push_str(&scalar(other)),
    }
}

/// Colours the text `yaml::to_text` produced, line by line.
pub fn yaml(text: &str) -> String {
    yaml::rewrite(
        text,
        |k| k.blue().to_string().into(),
        |v| yaml_scalar(v).into(),
        |l| l.green().to_string().into(),
    )
}

fn yaml_scalar(value: &str) -> String {
    match value {
        "" | "{}" | "[]" => value.to_string(),
        "true" | "false" | "null" => value.yellow().to_string(),
        v if v.parse::<f64>().is_ok() => v.cyan().to_string(),
        v => v.green().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut in_escape = false;
        for c in s.chars() {
            match (in_escape, c) {
                (false, '\u{1b}') => in_escape = true,
                (true, 'm') => in_escape = false,
                (true, _) => {}
                (false, c) => out.push(c),
            }
        }
        out
    }

    #[test]
    fn colour_is_the_only_difference() {
        let v = json!({"a": [1, "x", {"b": null}], "c": {}, "d": [], "e": true, "f": 1.0});
        let coloured = json(&v);
        assert!(coloured.contains('\u{1b}'));
        assert_eq!(strip(&coloured), super::super::json::to_text(&v));
        let text = yaml::to_text(&v).unwrap();
        assert_eq!(strip(&yaml(&text)), text);
    }
}
