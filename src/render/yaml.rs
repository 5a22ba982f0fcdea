//! YAML as az prints it: block style, two-space indent, lists flush with their key.
//!
//! serde_norway emits YAML 1.2; the scalars YAML 1.1 would misread are then quoted as
//! az does (`az::yaml11`).

use anyhow::{Context as _, Result};
use serde_json::Value;
use std::borrow::Cow;

pub fn to_text(v: &Value) -> Result<String> {
    let text = serde_norway::to_string(v).context("writing YAML")?;
    let quoted = rewrite(&text, super::az::yaml11::quote, super::az::yaml11::quote, |l| l.into());
    Ok(fold_long_lines(&quoted))
}

/// Long plain and single-quoted values folded as az's PyYAML folds them; the value goes
/// on two columns in from where its key (or its list item's dash) starts.
fn fold_long_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in lines(text) {
        match line {
            Line::Structured {
                prefix,
                key,
                sep,
                value,
            } => {
                let head = format!("{prefix}{}{sep}", key.unwrap_or_default());
                let foldable = !value.starts_with(['"', '|', '>', '[', '{', '&', '*', '!']);
                let width = head.chars().count() + value.chars().count();
                out.push_str(&head);
                if foldable && width > 80 {
                    let base = if key.is_some() {
                        prefix.len()
                    } else {
                        prefix.len().saturating_sub(2)
                    };
                    out.push_str(&super::az::yaml11::fold(head.chars().count(), value, base + 2));
                } else {
                    out.push_str(value);
                }
            }
            Line::Verbatim(l) => out.push_str(l),
        }
        out.push('\n');
    }
    out
}

/// Rebuilds block-style YAML line by line, passing each key, each scalar value and each
/// line of a block scalar through its own function; structure is kept as it is. The
/// one walk serves both the az quoting here and `yamlc`'s colours.
pub fn rewrite<'t>(
    text: &'t str,
    key: impl Fn(&'t str) -> Cow<'t, str>,
    value: impl Fn(&'t str) -> Cow<'t, str>,
    verbatim: impl Fn(&'t str) -> Cow<'t, str>,
) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in lines(text) {
        match line {
            Line::Structured {
                prefix,
                key: k,
                sep,
                value: v,
            } => {
                out.push_str(prefix);
                if let Some(k) = k {
                    out.push_str(&key(k));
                    out.push_str(sep);
                }
                out.push_str(&value(v));
            }
            Line::Verbatim(l) => out.push_str(&verbatim(l)),
        }
        out.push('\n');
    }
    out
}

/// One line of serde_norway's block-style output, split into its parts.
#[derive(Debug, PartialEq, Eq)]
enum Line<'a> {
    /// Indentation and `- ` markers, then `key:` + separator, then a scalar (possibly empty).
    Structured {
        prefix: &'a str,
        key: Option<&'a str>,
        sep: &'a str,
        value: &'a str,
    },
    /// Content of a literal block scalar (`|-`): text, not structure.
    Verbatim(&'a str),
}

/// Splits block-style YAML into lines and their parts; also used to colour it.
fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    // Inside a block scalar, lines indented deeper than this belong to it.
    let mut block_parent: Option<usize> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(parent) = block_parent {
            if line.trim().is_empty() || indent > parent {
                out.push(Line::Verbatim(line));
                continue;
            }
            block_parent = None;
        }
        let mut rest = &line[indent..];
        let mut prefix_len = indent;
        while let Some(r) = rest.strip_prefix("- ") {
            rest = r;
            prefix_len += 2;
        }
        if rest == "-" {
            out.push(Line::Verbatim(line));
            continue;
        }
        let prefix = &line[..prefix_len];
        let (key, sep, value) = match split_key(rest) {
            Some((k, s, v)) => (Some(k), s, v),
            None => (None, "", rest),
        };
        if value.starts_with('|') || value.starts_with('>') {
            block_parent = Some(prefix_len.saturating_sub(if key.is_some() { 0 } else { 2 }));
        }
        out.push(Line::Structured {
            prefix,
            key,
            sep,
            value,
        });
    }
    out
}

/// `key: value` or `key:` at the start of `s`: the key, the separator and the value.
fn split_key(s: &str) -> Option<(&str, &str, &str)> {
    let key_end = match s.chars().next()? {
        q @ ('\'' | '"') => closing_quote(s, q)? + 1,
        _ => s.find(": ").or_else(|| s.strip_suffix(':').map(str::len))?,
    };
    let after = &s[key_end..];
    if after == ":" {
        Some((&s[..key_end], ":", ""))
    } else {
        after.strip_prefix(": ").map(|value| (&s[..key_end], ": ", value))
    }
}

fn closing_quote(s: &str, q: char) -> Option<usize> {
    let mut chars = s.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if q == '"' => {
                chars.next();
            }
            c if c == q => {
                // '' is an escaped quote inside single quotes.
                if q == '\'' && chars.peek().is_some_and(|(_, n)| *n == '\'') {
                    chars.next();
                } else {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn block_style_like_pyyaml() {
        let v = json!({"a": [{"count": 1, "state": "Creating"}], "b": {}, "c": [], "d": null, "e": 1.0,
                       "f": "x: y", "g": "22.04", "h": "", "i": true});
        assert_eq!(
            to_text(&v).unwrap(),
            "a:\n- count: 1\n  state: Creating\nb: {}\nc: []\nd: null\ne: 1.0\nf: 'x: y'\ng: '22.04'\nh: ''\ni: true\n"
        );
    }

    #[test]
    fn long_values_fold_as_pyyaml_folds_them() {
        let info = "{\"forecastAccuracy\": 85, \"seriesUnitIntervalInMins\": 60, \"instancesRequestedCount_recentHistory\": \"[9, 4, 2]\"}";
        let v = json!({"prediction": {"forecastInfo": info}, "m": ["word ".repeat(30).trim()]});
        let text = to_text(&v).unwrap();
        assert!(
            text.contains("  forecastInfo: '{\"forecastAccuracy\": 85, \"seriesUnitIntervalInMins\": 60, \"instancesRequestedCount_recentHistory\":\n    \"[9, 4, 2]\"}'\n"),
            "{text}"
        );
        let item = text.lines().find(|l| l.starts_with("- word")).unwrap();
        assert_eq!(item.chars().count(), 81, "{text}");
        assert!(text.contains("word\n  word word"), "{text}");
        let short = json!({"k": "a b"});
        assert_eq!(to_text(&short).unwrap(), "k: a b\n");
    }

    #[test]
    fn block_scalars_are_left_alone() {
        let v = json!({"m": "yes\n2024-01-01: x", "n": ["a\nno", "no"]});
        assert_eq!(
            to_text(&v).unwrap(),
            "m: |-\n  yes\n  2024-01-01: x\nn:\n- |-\n  a\n  no\n- 'no'\n"
        );
    }
}
