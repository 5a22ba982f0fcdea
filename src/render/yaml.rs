//! YAML as az prints it: block style, two-space indent, lists flush with their key.
//!
//! serde_norway emits YAML 1.2, where `2025-03-27T23:45:00Z`, `yes` and `on` are plain
//! strings. az's PyYAML follows YAML 1.1 and quotes them, and YAML 1.1 readers (PyYAML,
//! Ruby, older yq) would read them back as dates and booleans; so after emitting, such
//! plain scalars are put in single quotes, which makes the output match az's.

use anyhow::{Context as _, Result};
use serde_json::Value;
use std::borrow::Cow;

pub fn to_text(v: &Value) -> Result<String> {
    let text = serde_norway::to_string(v).context("writing YAML")?;
    Ok(rewrite(&text, quote_for_yaml11, quote_for_yaml11, |l| l.into()))
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

/// A plain scalar that YAML 1.1 would not read as a string gets single quotes.
fn quote_for_yaml11(scalar: &str) -> Cow<'_, str> {
    if yaml11_non_string(scalar) {
        format!("'{}'", scalar.replace('\'', "''")).into()
    } else {
        scalar.into()
    }
}

/// What YAML 1.1's implicit resolvers (PyYAML's) read as something other than a string,
/// beyond what serde_norway already quotes.
fn yaml11_non_string(s: &str) -> bool {
    const BOOLS: [&str; 12] = [
        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
    ];
    BOOLS.contains(&s) || s == "=" || s == "<<" || is_timestamp(s) || is_sexagesimal_or_underscored(s)
}

fn digits(s: &str, min: usize, max: usize) -> Option<&str> {
    let n = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
    (n >= min).then(|| &s[n..])
}

/// `2025-03-27`, `2025-03-27T23:45:00Z`, `2001-12-14 21:59:43.10 -5`.
fn is_timestamp(s: &str) -> bool {
    let date = |s: &str, short: bool| -> Option<usize> {
        let min = if short { 1 } else { 2 };
        let r = digits(s, 4, 4)?.strip_prefix('-')?;
        let r = digits(r, min, 2)?.strip_prefix('-')?;
        let r = digits(r, min, 2)?;
        Some(s.len() - r.len())
    };
    if date(s, false) == Some(s.len()) {
        return true;
    }
    let Some(n) = date(s, true) else { return false };
    let r = &s[n..];
    let r = match r.strip_prefix(['T', 't']) {
        Some(r) => r,
        None if r.starts_with([' ', '\t']) => r.trim_start_matches([' ', '\t']),
        None => return false,
    };
    let time = || -> Option<&str> {
        let r = digits(r, 1, 2)?.strip_prefix(':')?;
        let r = digits(r, 2, 2)?.strip_prefix(':')?;
        let mut r = digits(r, 2, 2)?;
        if let Some(frac) = r.strip_prefix('.') {
            r = frac.trim_start_matches(|c: char| c.is_ascii_digit());
        }
        let r = r.trim_start_matches([' ', '\t']);
        if r.is_empty() || r == "Z" {
            return Some("");
        }
        let r = digits(r.strip_prefix(['+', '-'])?, 1, 2)?;
        match r.strip_prefix(':') {
            Some(m) => digits(m, 2, 2),
            None => Some(r),
        }
    };
    time() == Some("")
}

/// YAML 1.1 numbers that YAML 1.2 reads as strings: `1_000`, `1_0.5`, `190:20:30`.
fn is_sexagesimal_or_underscored(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if !body.starts_with(|c: char| c.is_ascii_digit()) || !(body.contains('_') || body.contains(':')) {
        return false;
    }
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if frac.is_some_and(|f| !f.chars().all(|c| c.is_ascii_digit() || c == '_')) {
        return false;
    }
    let mut parts = int.split(':');
    let head = parts.next().unwrap_or_default();
    head.chars().all(|c| c.is_ascii_digit() || c == '_')
        && parts.all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()) && p < "60")
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
    fn yaml11_lookalikes_are_quoted() {
        let v = json!({"t": "2025-03-27T23:45:00Z", "d": "2024-02-14", "y": "yes", "on": "off", "s": "1:20",
                       "u": "1_000", "v": "2.10.0.8", "w": "22.04.202407010", "x": "10:99", "id": "0f47b100-583c"});
        assert_eq!(
            to_text(&v).unwrap(),
            "t: '2025-03-27T23:45:00Z'\nd: '2024-02-14'\ny: 'yes'\n'on': 'off'\ns: '1:20'\nu: '1_000'\n\
             v: 2.10.0.8\nw: 22.04.202407010\nx: 10:99\nid: 0f47b100-583c\n"
        );
    }

    #[test]
    fn block_scalars_are_left_alone() {
        let v = json!({"m": "yes\n2024-01-01: x", "n": ["a\nno", "no"]});
        assert_eq!(
            to_text(&v).unwrap(),
            "m: |-\n  yes\n  2024-01-01: x\nn:\n- |-\n  a\n  no\n- 'no'\n"
        );
    }

    #[test]
    fn timestamps() {
        for t in [
            "2001-12-14",
            "2001-12-14t21:59:43.10-05:00",
            "2001-12-14 21:59:43.10 -5",
            "2001-12-15T02:59:43.1Z",
            "2024-08-02T17:20:00.1234567+00:00",
        ] {
            assert!(is_timestamp(t), "{t}");
        }
        for t in [
            "2001-12-1",
            "2001-12-14T",
            "20011-12-14",
            "2001-12-14T1:2:3",
            "2001-12-14x",
        ] {
            assert!(!is_timestamp(t), "{t}");
        }
    }
}
