//! Tables fitted to a width without cutting an identifier.
//!
//! Each column says how it may give way when the table is too wide: `Whole` values (ids,
//! names, resource groups, images, addresses) stay on one line and whole; only one longer
//! than `KEEP` columns may lose its middle to an ellipsis. `Prose` wraps at spaces;
//! `Fixed` (counts, short words) never shrinks. Headers wrap at spaces only, never inside a
//! word.
//!
//! When the table still does not fit, in this order: the optional columns go, the lowest
//! rank first (`Column::optional`); headers with a short form take it, and a key under the
//! table says what they stand for (`Column::short`); then the widest `Whole` columns after
//! the first leave the row for a line of their own under it (`  Resource group: …`), so
//! that every identifier is still shown whole.
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
    /// 0: always shown; otherwise left out when the table does not fit, rank 1 first.
    pub optional: u8,
    /// The header's abbreviation, used (with a key) when the full headers do not fit.
    pub short: Option<String>,
}

impl Column {
    pub fn new(header: impl Into<String>, fit: Fit) -> Column {
        Column {
            header: header.into(),
            fit,
            align: Align::Left,
            tone: Tone::Plain,
            optional: 0,
            short: None,
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

    /// A column of less value, left out when the table does not fit: rank 1 goes first.
    pub fn optional(mut self, rank: u8) -> Column {
        self.optional = rank;
        self
    }

    /// As `optional` when `when` holds (a column only sometimes worth its width).
    pub fn optional_if(self, when: bool, rank: u8) -> Column {
        if when { self.optional(rank) } else { self }
    }

    /// The header's abbreviation for narrow terminals.
    pub fn short(mut self, short: impl Into<String>) -> Column {
        self.short = Some(short.into());
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
/// An identifier up to this many columns is never shortened; a longer one keeps at
/// least this much of itself, head and tail around an ellipsis.
pub const KEEP: usize = 64;
/// A spilled value's indent under its row.
const SPILL_INDENT: usize = 2;

pub struct Table {
    pub columns: Vec<Column>,
    rows: Vec<Vec<Cell>>,
}

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// How the table is laid out at a width: the columns in the table (in order) with their
/// widths, the columns moved under each row, and whether the short headers are used.
struct Plan {
    shown: Vec<usize>,
    widths: Vec<usize>,
    spilled: Vec<usize>,
    short: bool,
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

    fn header(&self, c: usize, short: bool) -> &str {
        let col = &self.columns[c];
        match (&col.short, short) {
            (Some(s), true) => s,
            _ => &col.header,
        }
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
        let plan = self.plan(&cells, p);
        let widths = &plan.widths;
        let cols: Vec<&Column> = plan.shown.iter().map(|&c| &self.columns[c]).collect();

        let mut out = String::new();
        let headers: Vec<Vec<String>> = plan
            .shown
            .iter()
            .zip(widths)
            .map(|(&c, &w)| wrap_words(&p.plain_text(self.header(c, plan.short)), w))
            .collect();
        let header_tones: Vec<(Tone, bool)> = cols.iter().map(|c| (c.tone, true)).collect();
        let aligns: Vec<Align> = cols.iter().map(|c| c.align).collect();
        push_lines(&mut out, &headers, widths, &aligns, &header_tones, p);
        let rule: Vec<String> = widths.iter().map(|w| "─".repeat(w + 1)).collect();
        out.push_str(rule.join(" ").trim_end());
        out.push('\n');
        for (row, texts) in self.rows.iter().zip(&cells) {
            let lines: Vec<Vec<String>> = plan
                .shown
                .iter()
                .zip(widths)
                .map(|(&c, &w)| {
                    let t = &texts[c];
                    match self.columns[c].fit {
                        Fit::Prose => t.lines().flat_map(|l| wrap_words(l, w)).collect(),
                        Fit::Whole => t.lines().map(|l| shorten(l, w)).collect(),
                        Fit::Fixed => t.lines().map(str::to_string).collect(),
                    }
                })
                .collect();
            let tones: Vec<(Tone, bool)> = plan.shown.iter().map(|&c| (row[c].tone, row[c].bold)).collect();
            push_lines(&mut out, &lines, widths, &aligns, &tones, p);
            for &c in &plan.spilled {
                out.push_str(&spill(&self.columns[c].header, &texts[c], row[c].tone, p));
            }
        }
        if plan.short {
            let key: Vec<String> = plan
                .shown
                .iter()
                .filter_map(|&c| {
                    let col = &self.columns[c];
                    col.short.as_ref().map(|s| format!("{s} {}", col.header))
                })
                .collect();
            if !key.is_empty() {
                for line in wrap_words(&key.join(", "), p.width.map_or(usize::MAX, usize::from)) {
                    out.push_str(&p.paint(&line, Tone::Faint));
                    out.push('\n');
                }
            }
        }
        out
    }

    /// The layout for the palette's width: the whole table if it fits; else without the
    /// optional columns, lowest rank first; else with short headers; else with the widest
    /// identifiers moved under their rows.
    fn plan(&self, cells: &[Vec<String>], p: &Palette) -> Plan {
        let n = self.columns.len();
        let mut shown: Vec<usize> = (0..n).collect();
        let Some(limit) = p.width.map(usize::from) else {
            let (widths, _) = self.fit(cells, None, &shown, false);
            return Plan {
                shown,
                widths,
                spilled: Vec::new(),
                short: false,
            };
        };
        let done = |shown: &[usize], spilled: Vec<usize>, short: bool| {
            let (widths, fits) = self.fit(cells, Some(limit), shown, short);
            fits.then(|| Plan {
                shown: shown.to_vec(),
                widths,
                spilled,
                short,
            })
        };
        if let Some(plan) = done(&shown, Vec::new(), false) {
            return plan;
        }
        let mut ranks: Vec<u8> = self.columns.iter().map(|c| c.optional).filter(|&r| r > 0).collect();
        ranks.sort_unstable();
        ranks.dedup();
        for rank in ranks {
            shown.retain(|&c| self.columns[c].optional != rank);
            if let Some(plan) = done(&shown, Vec::new(), false) {
                return plan;
            }
        }
        let short = shown.iter().any(|&c| self.columns[c].short.is_some());
        if let Some(plan) = done(&shown, Vec::new(), short) {
            return plan;
        }
        let mut spilled = Vec::new();
        loop {
            let widest = shown
                .iter()
                .skip(1)
                .copied()
                .filter(|&c| self.columns[c].fit == Fit::Whole)
                .max_by_key(|&c| (self.natural(p, c), c));
            let Some(c) = widest else { break };
            shown.retain(|&s| s != c);
            spilled.push(c);
            spilled.sort_unstable();
            // Full headers again if the room made is enough for them.
            for short in [false, short] {
                if let Some(plan) = done(&shown, spilled.clone(), short) {
                    return plan;
                }
            }
        }
        // Nothing more gives way: the lines run past the width.
        let (widths, _) = self.fit(cells, Some(limit), &shown, short);
        Plan {
            shown,
            widths,
            spilled,
            short,
        }
    }

    /// Widths of the `shown` columns, and whether they fit `limit`: prose wraps first, then
    /// identifiers longer than `KEEP` are shortened, never below it, the first column (it
    /// names the row) last.
    fn fit(&self, cells: &[Vec<String>], limit: Option<usize>, shown: &[usize], short: bool) -> (Vec<usize>, bool) {
        let n = shown.len();
        let longest_word = |s: &str| s.split_whitespace().map(width).max().unwrap_or(0);
        let header_floor = |c: usize| longest_word(self.header(c, short));
        let mut widths: Vec<usize> = shown
            .iter()
            .map(|&c| {
                cells
                    .iter()
                    .flat_map(|r| r[c].lines().map(width).max())
                    .fold(header_floor(c), usize::max)
            })
            .collect();
        let Some(limit) = limit else {
            // Nothing to fit into: headers still stay on one line.
            for (i, w) in widths.iter_mut().enumerate() {
                *w = (*w).max(width(self.header(shown[i], short)));
            }
            return (widths, true);
        };
        let total = |w: &[usize]| w.iter().sum::<usize>() + GAP * n.saturating_sub(1) + 1;
        // A header wider than its values takes its full width only when there is room.
        for (i, &c) in shown.iter().enumerate() {
            let full = width(self.header(c, short));
            if full > widths[i] && total(&widths) + (full - widths[i]) <= limit {
                widths[i] = full;
            }
        }
        let floors: Vec<usize> = shown
            .iter()
            .enumerate()
            .map(|(i, &c)| match self.columns[c].fit {
                Fit::Fixed => widths[i],
                Fit::Prose => cells
                    .iter()
                    .map(|r| longest_word(&r[c]))
                    .fold(header_floor(c), usize::max)
                    .min(widths[i]),
                Fit::Whole => header_floor(c).max(KEEP).min(widths[i]),
            })
            .collect();
        // Prose wraps first; then long identifiers give way, the widest first, and the
        // first column only when nothing else can.
        for (pass, first_too) in [(Fit::Prose, true), (Fit::Whole, false), (Fit::Whole, true)] {
            // One character at a time from the widest column that may give way, so that
            // the loss is shared rather than taken from one column.
            while total(&widths) > limit {
                let Some(i) = (0..n)
                    .filter(|&i| (first_too || i > 0) && self.columns[shown[i]].fit == pass && widths[i] > floors[i])
                    .max_by_key(|&i| (widths[i], i))
                else {
                    break;
                };
                widths[i] -= 1;
            }
        }
        let fits = total(&widths) <= limit;
        (widths, fits)
    }
}

/// A value moved out of its row: `  Header: value` under it, or the value on the next line
/// when both do not fit; only a value wider than the terminal is shortened.
fn spill(header: &str, text: &str, tone: Tone, p: &Palette) -> String {
    let limit = p.width.map_or(usize::MAX, usize::from);
    let values: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && l.trim() != "-")
        .collect();
    if values.is_empty() {
        return String::new();
    }
    let lead = format!("{}{header}: ", " ".repeat(SPILL_INDENT));
    let indent = SPILL_INDENT * 2;
    let longest = values.iter().map(|v| width(v)).max().unwrap_or(0);
    let mut out = String::new();
    if width(&lead) + longest <= limit {
        for (i, v) in values.iter().enumerate() {
            let pad = if i == 0 { lead.clone() } else { " ".repeat(width(&lead)) };
            out.push_str(&format!("{pad}{}\n", p.tint(v, tone, false)));
        }
    } else {
        out.push_str(lead.trim_end());
        out.push('\n');
        let room = limit.saturating_sub(indent).max(16);
        for v in values {
            out.push_str(&format!(
                "{}{}\n",
                " ".repeat(indent),
                p.tint(&shorten(v, room), tone, false)
            ));
        }
    }
    out
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
        // A name up to KEEP columns is never cut; a longer one keeps KEEP of itself.
        let tight = t.render(&palette(Some(30)));
        assert!(tight.contains("a-rather-long-resource-name"), "{tight}");
        assert!(!tight.contains('…'), "{tight}");
        let long = "x".repeat(40) + &"y".repeat(40);
        let mut t = Table::new(vec![Column::new("Name", Fit::Whole)]);
        t.add_row(vec![Cell::plain(&long)]);
        let cut = t.render(&palette(Some(70)));
        let row = cut.lines().nth(2).unwrap();
        assert_eq!(width(row), 69, "{cut}");
        let narrow = t.render(&palette(Some(40)));
        assert_eq!(width(narrow.lines().nth(2).unwrap()), KEEP, "{narrow}");
        assert!(
            row.starts_with("xxx") && row.ends_with("yyy") && row.contains('…'),
            "{cut}"
        );
    }

    #[test]
    fn optional_columns_go_then_headers_shorten_then_identifiers_move_under_their_row() {
        let mut t = Table::new(vec![
            Column::new("Name", Fit::Whole),
            Column::new("Resource group", Fit::Whole),
            Column::new("Location", Fit::Whole).optional(1),
            Column::new("Provisioning", Fit::Fixed).short("Prov"),
        ]);
        t.add_row(vec![
            Cell::plain("pool-with-a-long-name-24"),
            Cell::plain("rg-".repeat(12)),
            Cell::plain("westeurope"),
            Cell::plain("Failed"),
        ]);
        let all = t.render(&palette(Some(120)));
        assert!(all.contains("westeurope") && all.contains("Provisioning"), "{all}");
        let less = t.render(&palette(Some(77)));
        assert!(!less.contains("westeurope") && less.contains("Provisioning"), "{less}");
        let short = t.render(&palette(Some(71)));
        assert!(
            short.contains("Prov ") && short.ends_with("Prov Provisioning\n"),
            "{short}"
        );
        let spilled = t.render(&palette(Some(60)));
        assert!(
            spilled.contains(&format!("\n  Resource group: {}\n", "rg-".repeat(12))),
            "{spilled}"
        );
        for text in [&all, &less, &short, &spilled] {
            assert!(text.contains("pool-with-a-long-name-24"), "{text}");
            assert!(text.contains(&"rg-".repeat(12)), "{text}");
        }
        for (text, w) in [(&all, 120), (&less, 77), (&short, 71), (&spilled, 60)] {
            assert!(text.lines().all(|l| width(l) <= w), "{text}");
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
