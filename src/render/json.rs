//! JSON text as az prints it: two-space indent, a trailing newline.

use serde_json::Value;

/// Pretty JSON with a trailing newline, as az prints it.
pub fn to_text(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "null".to_string());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn floats_print_like_python() {
        assert_eq!(
            to_text(&json!({"cpu": 1.0, "n": 3})),
            "{\n  \"cpu\": 1.0,\n  \"n\": 3\n}\n"
        );
    }
}
