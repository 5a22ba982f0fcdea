//! Tab-separated values, az's rules: one line per item of a list (one line for anything
//! else); an object prints its values in key order (sorted, or as a --query named them),
//! a list its values; nested, an object is an empty field and a list its length.
//!
//! Two deliberate departures from az, whose output here is Python's `str()`: booleans are
//! `true`/`false` (az: `True`/`False`) and null is an empty field (az: `None`), so that
//! scripts can test them the way they test JSON.
//!
//! A third: a value never breaks its row or reaches the terminal raw. A backslash is
//! written `\\`, a tab `\t`, a line feed `\n`, a carriage return `\r`; other control
//! characters and the bidi controls as `term::sanitize` writes them (`\x1b`, `\u{202e}`).
//! Values without any of these, which is nearly all, print as they are.

use serde_json::Value;

pub fn to_text(v: &Value) -> String {
    let mut out = String::new();
    match v {
        // az prints nothing at all for an empty result.
        Value::Null => {}
        Value::Array(rows) => {
            for row in rows {
                write_row(row, &mut out);
                out.push('\n');
            }
        }
        one => {
            write_row(one, &mut out);
            out.push('\n');
        }
    }
    out
}

fn write_row(row: &Value, out: &mut String) {
    let fields: Box<dyn Iterator<Item = &Value>> = match row {
        Value::Object(map) => Box::new(map.values()),
        Value::Array(items) => Box::new(items.iter()),
        scalar => Box::new(std::iter::once(scalar)),
    };
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push('\t');
        }
        write_field(field, out);
    }
}

fn write_field(v: &Value, out: &mut String) {
    match v {
        Value::Null | Value::Object(_) => {}
        Value::Array(items) => out.push_str(&items.len().to_string()),
        Value::String(s) => push_escaped(s, out),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
    }
}

fn push_escaped(s: &str, out: &mut String) {
    if !s.chars().any(|c| c == '\\' || crate::term::needs_escape(c)) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => crate::term::push_char(c, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rows_fields_and_nesting() {
        assert_eq!(
            to_text(&json!({"a": "x", "b": {"c": 1}, "d": [1, 2], "e": true, "f": null, "g": 1.5})),
            "x\t\t2\ttrue\t\t1.5\n"
        );
        assert_eq!(to_text(&json!(["a", "b"])), "a\nb\n");
        assert_eq!(to_text(&json!([["a", 1], ["b", 2]])), "a\t1\nb\t2\n");
        assert_eq!(to_text(&json!([{"z": 1, "a": 2}])), "1\t2\n");
        assert_eq!(to_text(&json!(9)), "9\n");
        assert_eq!(to_text(&json!(null)), "");
        assert_eq!(to_text(&json!([])), "");
        assert_eq!(to_text(&json!([null, "x"])), "\nx\n");
    }

    #[test]
    fn values_never_break_a_row() {
        assert_eq!(
            to_text(&json!({"a": "x\ty\nz\r", "b": "c:\\d", "c": "\u{1b}[2J\u{202e}"})),
            "x\\ty\\nz\\r\tc:\\\\d\t\\x1b[2J\\u{202e}\n"
        );
    }
}
