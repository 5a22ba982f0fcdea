//! YAML 1.1 quoting, as az's PyYAML does it.
//!
//! serde_norway emits YAML 1.2, where `2025-03-27T23:45:00Z`, `yes` and `on` are plain
//! strings. az's PyYAML follows YAML 1.1 and quotes them, and YAML 1.1 readers (PyYAML,
//! Ruby, older yq) would read them back as dates and booleans; so after emitting, such
//! plain scalars are put in single quotes, which makes the output match az's.

use std::borrow::Cow;

/// A plain scalar that YAML 1.1 would not read as a string gets single quotes.
pub fn quote(scalar: &str) -> Cow<'_, str> {
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

/// az's PyYAML keeps lines to 80 columns where it can: in a plain or single-quoted
/// scalar, a lone space once the line is past column 80 becomes a line break, and the
/// scalar goes on indented by `indent`. `head` is how many columns precede the value.
pub fn fold(head: usize, value: &str, indent: usize) -> String {
    const BEST_WIDTH: usize = 80;
    let chars: Vec<char> = value.chars().collect();
    // Within single quotes, a space next to a quote is never a break.
    let (first, end) = if value.starts_with('\'') {
        (1, chars.len().saturating_sub(1))
    } else {
        (0, chars.len())
    };
    let mut out = String::with_capacity(value.len() + 8);
    let mut column = head;
    for (i, &c) in chars.iter().enumerate() {
        let lone_space = c == ' ' && i > first && i + 1 < end && chars[i - 1] != ' ' && chars[i + 1] != ' ';
        if lone_space && column > BEST_WIDTH {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', indent));
            column = indent;
            continue;
        }
        out.push(c);
        column += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::yaml::to_text;
    use serde_json::json;

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
