//! The exporter's log: one line per event on stderr, as `key=value` pairs or as JSON
//! for log pipelines. Values from the service are quoted and escaped in both.

use serde_json::{Map, Value};
use std::io::Write;

use crate::cli::LogFormat;

#[derive(Debug, Clone, Copy)]
pub struct Log {
    pub format: LogFormat,
}

impl Log {
    pub fn info(&self, event: &str, fields: &[(&str, String)]) {
        self.emit("info", event, fields);
    }

    pub fn warn(&self, event: &str, fields: &[(&str, String)]) {
        self.emit("warn", event, fields);
    }

    fn emit(&self, level: &str, event: &str, fields: &[(&str, String)]) {
        let line = self.line(&now(), level, event, fields);
        // A closed stderr is no reason to stop serving metrics.
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }

    fn line(&self, ts: &str, level: &str, event: &str, fields: &[(&str, String)]) -> String {
        match self.format {
            LogFormat::Json => {
                let mut m = Map::new();
                m.insert("ts".into(), ts.into());
                m.insert("level".into(), level.into());
                m.insert("event".into(), event.into());
                for (k, v) in fields {
                    m.insert((*k).into(), Value::String(v.clone()));
                }
                Value::Object(m).to_string()
            }
            LogFormat::Text => {
                let mut s = format!("ts={ts} level={level} event={event}");
                for (k, v) in fields {
                    let plain = !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:".contains(c));
                    if plain {
                        s.push_str(&format!(" {k}={v}"));
                    } else {
                        // Debug quoting escapes quotes, newlines and every control character.
                        s.push_str(&format!(" {k}={v:?}"));
                    }
                }
                s
            }
        }
    }
}

fn now() -> String {
    azure_core::time::to_rfc3339(&azure_core::time::OffsetDateTime::now_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_per_event_whatever_the_values() {
        let hostile = "p\n\u{1b}]0;pwned\u{7}\"x".to_string();
        let text = Log {
            format: LogFormat::Text,
        }
        .line(
            "T",
            "warn",
            "pool_failing",
            &[("pool", hostile.clone()), ("n", "3".into())],
        );
        assert_eq!(
            text,
            "ts=T level=warn event=pool_failing pool=\"p\\n\\u{1b}]0;pwned\\u{7}\\\"x\" n=3"
        );
        let json = Log {
            format: LogFormat::Json,
        }
        .line("T", "warn", "pool_failing", &[("pool", hostile.clone())]);
        assert!(!json.contains('\n') && !json.contains('\u{1b}'));
        let back: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["pool"], hostile.as_str());
    }
}
