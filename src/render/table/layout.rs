//! Tables fitted to a width without splitting a value.
//!
//! Each column says how it may give way when the table is too wide: `Whole` values (ids,
//! names, resource groups, images, addresses) stay on one line and lose their tail to an
//! ellipsis only when nothing else helps; `Prose` wraps at spaces; `Fixed` (counts,
//! short words) never shrinks. Headers wrap at spaces only, never inside a word.
//!
//! Colour is applied after measuring, from the terminal's own 16 colours (see style.rs).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::render::style::{Palette, Tone};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Whole,
    Prose,
    Fixed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub fit: Fit,
    pub align: Align,
    pub tone: Tone,
}

impl Column {
    pub fn new(header: impl Into<String>, fit: Fit) -> Column {
        Column {
            header: header.into(),
            fit,
            align: Align::Left,
            tone: Tone::Plain,
        }
    }

    pub fn right(mut self) -> Column {
        self.align = Align::Right;
        self
    }

    pub fn tone(mut self, tone: Tone) -> Column {
        self.tone = tone;
        self
    }
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    pub bold: bool,
}

impl Cell {
    pub fn new(text: impl ToString, tone: Tone) -> Cell {
        Cell {
            text: text.to_string(),
            tone,
            bold: false,
        }
    }

    pub fn plain(text: impl ToString) -> Cell {
        Cell::new(text, Tone::Plain)
    }

    pub fn bold(mut self) -> Cell {
        self.bold = true;
        self
    }
}

/// Two characters between columns: the cell's padding and the junction.
const GAP: usize = 2;
/// A `Whole` value keeps at least this much of itself (and its header's longest word).
const MIN_WHOLE: usize = 8;

pub struct Table {
    pub columns: Vec<Column>,
    rows: Vec<Vec<Cell>>,
}

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            columns,
            rows: Vec::new(),
        }
    }

    pub fn add_row(&mut self, mut row: Vec<Cell>) {
        row.resize_with(self.columns.len(), || Cell::plain(""));
        self.rows.push(row);
    }

    fn natural(&self, p: &Palette, c: usize) -> usize {
        let header = width(&self.columns[c].header);
        self.rows
            .iter()
            .flat_map(|r| p.plain_text(&r[c].text).lines().map(width).max())
            .fold(header, usize::max)
    }

    /// The width the table takes with nothing wrapped or shortened.
    pub fn natural_width(&self, p: &Palette) -> usize {
        let n = self.columns.len();
        // The rule under the last header runs one past its column.
        (0..n).map(|c| self.natural(p, c)).sum::<usize>() + GAP * n.saturating_sub(1) + 1
    }

    pub fn render(&self, p: &Palette) -> String {
        let n = self.columns.len();
        if n == 0 {
            return String::new();
        }
        let cells: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| p.plain_text(&c.text)).collect())
            .collect();
        let widths = self.fit(&cells, p);

        let mut out = String::new();
        let headers: Vec<Vec<String>> = self
            .columns
            .iter()
            .zip(&widths)
            .map(|(col, &w)| wrap_words(&p.plain_text(&col.header), w))
            .collect();
        let header_tones: Vec<(Tone, bool)> = self.columns.iter().map(|c| (c.tone, true)).collect();
        let header_aligns: Vec<Align> = self.columns.iter().map(|c| c.align).collect();
        push_lines(&mut out, &headers, &widths, &header_aligns, &header_tones, p);
        let rule: Vec<String> = widths.iter().map(|w| "─".repeat(w + 1)).collect();
        out.push_str(rule.join(" ").trim_end());
        out.push('\n');
        let aligns: Vec<Align> = self.columns.iter().map(|c| c.align).collect();
        for (row, texts) in self.rows.iter().zip(&cells) {
            let lines: Vec<Vec<String>> = texts
                .iter()
                .zip(&widths)
                .zip(&self.columns)
                .map(|((t, &w), col)| match col.fit {
                    Fit::Prose => t.lines().flat_map(|l| wrap_words(l, w)).collect(),
                    Fit::Whole => t.lines().map(|l| shorten(l, w)).collect(),
                    Fit::Fixed => t.lines().map(str::to_string).collect(),
                })
                .collect();
            let tones: Vec<(Tone, bool)> = row.iter().map(|c| (c.tone, c.bold)).collect();
            push_lines(&mut out, &lines, &widths, &aligns, &tones, p);
        }
        out
    }

    /// Column widths for the palette's width: prose wraps first, then the widest whole
    /// values are shortened, never below what keeps them recognisable.
    fn fit(&self, cells: &[Vec<String>], p: &Palette) -> Vec<usize> {
        let n = self.columns.len();
        let longest_word = |s: &str| s.split_whitespace().map(width).max().unwrap_or(0);
        let header_floor = |c: usize| longest_word(&self.columns[c].header);
        let mut widths: Vec<usize> = (0..n)
            .map(|c| {
                cells
                    .iter()
                    .flat_map(|r| r[c].lines().map(width).max())
                    .fold(header_floor(c), usize::max)
            })
            .collect();
        let Some(limit) = p.width.map(usize::from) else {
            // Nothing to fit into: headers still stay on one line.
            for (c, w) in widths.iter_mut().enumerate() {
                *w = (*w).max(width(&self.columns[c].header));
            }
            return widths;
        };
        let total = |w: &[usize]| w.iter().sum::<usize>() + GAP * (n - 1) + 1;
        // A header wider than its values takes its full width only when there is room.
        for c in 0..n {
            let full = width(&self.columns[c].header);
            if full > widths[c] && total(&widths) + (full - widths[c]) <= limit {
                widths[c] = full;
            }
        }
        let floors: Vec<usize> = (0..n)
            .map(|c| match self.columns[c].fit {
                Fit::Fixed => widths[c],
                Fit::Prose => cells
                    .iter()
                    .map(|r| longest_word(&r[c]))
                    .fold(header_floor(c), usize::max)
                    .min(widths[c]),
                Fit::Whole => header_floor(c).max(MIN_WHOLE).min(widths[c]),
            })
            .collect();
        // Prose wraps first; then whole values give way, the widest first, and the first
        // column (it names the row) only when nothing else can.
        for (pass, first_too) in [(Fit::Prose, true), (Fit::Whole, false), (Fit::Whole, true)] {
            // One character at a time from the widest column that may give way, so that
            // the loss is shared rather than taken from one column.
            while total(&widths) > limit {
                let Some(c) = (0..n)
                    .filter(|&c| (first_too || c > 0) && self.columns[c].fit == pass && widths[c] > floors[c])
                    .max_by_key(|&c| (widths[c], c))
                else {
                    break;
                };
                widths[c] -= 1;
            }
        }
        widths
    }
}

fn push_lines(
    out: &mut String,
    cells: &[Vec<String>],
    widths: &[usize],
    aligns: &[Align],
    tones: &[(Tone, bool)],
    p: &Palette,
) {
    let height = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    for i in 0..height {
        let mut line = String::new();
        for (c, lines) in cells.iter().enumerate() {
            let text = lines.get(i).map(String::as_str).unwrap_or("");
            let pad = " ".repeat(widths[c].saturating_sub(width(text)));
            let (tone, bold) = tones[c];
            let shown = p.tint(text, tone, bold);
            match aligns[c] {
                Align::Left => {
                    line.push_str(&shown);
                    line.push_str(&pad);
                }
                Align::Right => {
                    line.push_str(&pad);
                    line.push_str(&shown);
                }
            }
            if c + 1 < cells.len() {
                line.push_str(&" ".repeat(GAP));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
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

    fn palette(width: Option<u16>) -> Palette {
        Palette { color: false, width }
    }

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

    #[test]
    fn whole_values_shorten_last_and_prose_wraps_first() {
        let mut t = Table::new(vec![
            Column::new("Name", Fit::Whole),
            Column::new("Message", Fit::Prose),
            Column::new("Count", Fit::Fixed).right(),
        ]);
        t.add_row(vec![
            Cell::plain("a-rather-long-resource-name"),
            Cell::plain("several words of free text here"),
            Cell::plain(12),
        ]);
        let wide = t.render(&palette(None));
        assert_eq!(
            wide.lines().nth(2).unwrap(),
            "a-rather-long-resource-name  several words of free text here     12"
        );
        let narrow = t.render(&palette(Some(50)));
        assert!(narrow.lines().all(|l| width(l) <= 50), "{narrow}");
        assert!(narrow.contains("a-rather-long-resource-name"), "{narrow}");
        let tight = t.render(&palette(Some(30)));
        assert!(tight.contains('…'), "{tight}");
        for l in tight.lines() {
            assert!(!l.contains("Cou\n"), "{tight}");
        }
    }

    #[test]
    fn headers_break_only_between_words() {
        let mut t = Table::new(vec![
            Column::new("Resource group", Fit::Whole),
            Column::new("X", Fit::Fixed),
        ]);
        t.add_row(vec![Cell::plain("rg"), Cell::plain("1")]);
        let out = t.render(&palette(Some(12)));
        assert!(out.starts_with("Resource  X\ngroup\n"), "{out}");
    }
}
