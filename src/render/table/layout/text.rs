//! Measuring, wrapping and shortening plain text, in and around tables.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `text` in lines of at most `limit` columns, broken at spaces; a word longer than
/// the limit keeps its own line whole.
pub fn wrap_words(text: &str, limit: usize) -> Vec<String> {
    wrap_words_after(text, limit, limit)
}

/// As `wrap_words`, with a first line of `first` columns.
fn wrap_words_after(text: &str, first: usize, limit: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let room = if lines.is_empty() { first } else { limit };
        if !line.is_empty() && width(&line) + 1 + width(word) > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A labelled line of prose outside a table: `lead` (already styled, `lead_width`
/// columns wide), then `text` wrapped at spaces to the width, continuation lines indented
/// by `indent` columns so that they line up under the text.
pub fn wrap_prose(lead: &str, lead_width: usize, text: &str, indent: usize, limit: Option<u16>) -> String {
    let Some(limit) = limit.map(usize::from) else {
        return format!("{lead}{}", text.split_whitespace().collect::<Vec<_>>().join(" "))
            .trim_end()
            .to_string()
            + "\n";
    };
    // Never narrower than a few words, however small the terminal says it is.
    let room = |used: usize| limit.saturating_sub(used).max(20);
    let lines = wrap_words_after(text, room(lead_width), room(indent));
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        let mut line = if i == 0 { lead.to_string() } else { " ".repeat(indent) };
        line.push_str(l);
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A value cut to `limit` columns, or whole when it fits. The ellipsis goes in the
/// middle: the end of an image, an id or a name (`…/aci-helloworld:latest`, `…-pool-3`)
/// tells it from its neighbours more often than the start does.
pub fn shorten(text: &str, limit: usize) -> String {
    if width(text) <= limit {
        return text.to_string();
    }
    let room = limit.saturating_sub(1);
    let head_room = room / 3;
    let mut head = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > head_room {
            break;
        }
        head.push(ch);
        used += w;
    }
    let mut tail: Vec<char> = Vec::new();
    for ch in text.chars().rev() {
        let w = ch.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        tail.push(ch);
        used += w;
    }
    head.push('…');
    head.extend(tail.into_iter().rev());
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_at_spaces_and_long_words_stay_whole() {
        assert_eq!(wrap_words("a bb ccc", 4), ["a bb", "ccc"]);
        assert_eq!(wrap_words("abcdefgh x", 4), ["abcdefgh", "x"]);
        assert_eq!(wrap_words("", 4), [""]);
        assert_eq!(shorten("abcdefghij", 6), "a…ghij");
        assert_eq!(shorten("abc", 6), "abc");
    }

    #[test]
    fn prose_wraps_with_a_hanging_indent() {
        let text = wrap_prose("Label  ", 7, "one two three four five six", 7, Some(27));
        assert_eq!(text, "Label  one two three four\n       five six\n");
        assert_eq!(wrap_prose("L ", 2, "a  b", 2, None), "L a b\n");
    }
}
