//! The one writer for stdout. A reader that went away (`standby … | head`) is not an
//! error: the command ends quietly with exit 0, as other Unix tools do. Commands that
//! draw many frames or lines use the same writer, so the rule holds for them too.

use std::io::{ErrorKind, Write};

/// Whether the text reached its reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Yes,
    /// stdout is a closed pipe: stop producing output, and exit 0.
    ReaderGone,
}

/// Writes `text` to stdout and flushes it, so that a line a script follows arrives when
/// it is produced rather than when a buffer fills.
pub fn print(text: &str) -> std::io::Result<Written> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(Written::Yes),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(Written::ReaderGone),
        Err(e) => Err(e),
    }
}

/// Server-controlled text made harmless for a terminal, as fd does for file names: C0
/// and C1 controls and DEL become `\xHH` (ESC is `\x1b`, CR `\x0d`, U+009B `\x9b`), and the
/// bidirectional controls U+202A–U+202E and U+2066–U+2069 become `\u{202e}` and the like.
/// Everything else, tabs and line breaks included, is escaped only as those are; printable
/// text (any script, emoji) is kept. Borrowed when there is nothing to escape, which is
/// nearly always.
pub fn sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_char(c, &mut out);
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `c` is one of the characters `sanitize` escapes.
pub fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Appends `c`, escaped if `sanitize` would escape it.
pub fn push_char(c: char, out: &mut String) {
    use std::fmt::Write as _;
    if !needs_escape(c) {
        out.push(c);
    } else if (c as u32) < 0x100 {
        let _ = write!(out, "\\x{:02x}", c as u32);
    } else {
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    }
}

/// A copy of a JSON value whose strings and keys are sanitised, for views that draw
/// text from it (tables, az's `--query` table). JSON and YAML print the value itself.
pub fn sanitize_value(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::String(s) => Value::String(sanitize(s).into_owned()),
        Value::Array(items) => Value::Array(items.iter().map(sanitize_value).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, child)| (sanitize(k).into_owned(), sanitize_value(child)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_become_visible_escapes() {
        assert_eq!(sanitize("plain zone 1 ünï 🚀"), "plain zone 1 ünï 🚀");
        assert!(matches!(sanitize("plain"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(sanitize("\x1b]0;pwned\x07"), "\\x1b]0;pwned\\x07");
        assert_eq!(sanitize("\x1b[2J"), "\\x1b[2J");
        assert_eq!(sanitize("a\rb\nc\td\x7f"), "a\\x0db\\x0ac\\x09d\\x7f");
        assert_eq!(sanitize("\u{9b}31m"), "\\x9b31m");
        assert_eq!(
            sanitize("abc\u{202e}fed\u{2066}\u{2069}"),
            "abc\\u{202e}fed\\u{2066}\\u{2069}"
        );
        // The escaped form has nothing left to escape.
        let once = sanitize("\x1b\u{202e}\u{85}").into_owned();
        assert_eq!(sanitize(&once), once);
    }

    #[test]
    fn values_are_sanitised_keys_and_all() {
        let v = serde_json::json!({"n\x1b": ["\r", 1, null, {"k": "\u{202e}"}]});
        assert_eq!(
            sanitize_value(&v),
            serde_json::json!({"n\\x1b": ["\\x0d", 1, null, {"k": "\\u{202e}"}]})
        );
    }
}
