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

    /// A warning about `err`: its parts as fields of their own (see `error_fields`).
    pub fn warn_error(&self, event: &str, fields: &[(&str, String)], err: &anyhow::Error) {
        let parts = error_fields(err);
        let mut all: Vec<(&str, String)> = fields.to_vec();
        all.extend(parts.iter().map(|(k, v)| (k.as_str(), v.clone())));
        self.emit("warn", event, &all);
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

/// An error that runs over several lines (the credential chain's: what failed, what to
/// do, each source tried) as fields: `error` its first line, a heading's items (`Tried:`
/// then `  cli: …`) as `tried_cli`, any other line as `error_2`, `error_3`… A reader
/// of logs gets one line per event and each part by name; no value holds a line break.
pub fn error_fields(err: &anyhow::Error) -> Vec<(String, String)> {
    let text = format!("{err:#}");
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut heading: Option<String> = None;
    for line in text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()) {
        let indented = line.starts_with(char::is_whitespace);
        let line = line.trim();
        if fields.is_empty() {
            fields.push(("error".into(), line.to_string()));
            continue;
        }
        if let Some(h) = line.strip_suffix(':').filter(|h| !h.contains(' ')) {
            heading = Some(key(h));
            continue;
        }
        let item = heading.as_ref().filter(|_| indented).and_then(|h| {
            line.split_once(": ")
                .map(|(name, rest)| (format!("{h}_{}", key(name)), rest))
        });
        match item {
            Some((k, rest)) if !fields.iter().any(|(seen, _)| *seen == k) => fields.push((k, rest.to_string())),
            _ => {
                heading = None;
                fields.push((format!("error_{}", fields.len() + 1), line.to_string()));
            }
        }
    }
    fields
}

/// A field name from free text: lower-case ASCII words joined by `_` ("Azure CLI (az
/// login)" → `azure_cli_az_login`).
fn key(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("_")
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

    #[test]
    fn a_multi_line_error_becomes_fields() {
        let err = anyhow::anyhow!(
            "no credential gave a token for Azure Resource Manager.\nRun 'az login'.\nTried:\n  Azure CLI (az login): az not found\n  azd: \"x\"\u{1b}[2J"
        )
        .context("finding the pools");
        let fields = error_fields(&err);
        let keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["error", "error_2", "tried_azure_cli_az_login", "tried_azd"]);
        assert_eq!(fields[2].1, "az not found");
        let log = Log {
            format: LogFormat::Text,
        };
        let refs: Vec<(&str, String)> = fields.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let line = log.line("T", "warn", "discovery_failed", &refs);
        assert!(
            !line.contains("\\n") && !line.contains('\n') && !line.contains('\u{1b}'),
            "{line}"
        );
        assert!(line.contains(" tried_azure_cli_az_login=\"az not found\""), "{line}");
        assert!(line.contains(" tried_azd=\"\\\"x\\\"\\u{1b}[2J\""), "{line}");
    }
}
