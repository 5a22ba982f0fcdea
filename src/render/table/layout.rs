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

mod plan;
mod text;

pub use text::{shorten, width, wrap_prose, wrap_words};

use plan::Plan;

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
        let mut out = String::new();
        self.push_headers(&mut out, &plan, p);
        for (row, texts) in self.rows.iter().zip(&cells) {
            self.push_row(&mut out, &plan, row, texts, p);
        }
        if plan.short {
            self.push_key(&mut out, &plan, p);
        }
        out
    }

    fn aligns(&self, plan: &Plan) -> Vec<Align> {
        plan.shown.iter().map(|&c| self.columns[c].align).collect()
    }

    /// The headers, wrapped at spaces, and the rule under them.
    fn push_headers(&self, out: &mut String, plan: &Plan, p: &Palette) {
        let widths = &plan.widths;
        let headers: Vec<Vec<String>> = plan
            .shown
            .iter()
            .zip(widths)
            .map(|(&c, &w)| wrap_words(&p.plain_text(self.header(c, plan.short)), w))
            .collect();
        let header_tones: Vec<(Tone, bool)> = plan.shown.iter().map(|&c| (self.columns[c].tone, true)).collect();
        push_lines(out, &headers, widths, &self.aligns(plan), &header_tones, p);
        let rule: Vec<String> = widths.iter().map(|w| "─".repeat(w + 1)).collect();
        out.push_str(rule.join(" ").trim_end());
        out.push('\n');
    }

    /// One row, each cell given way as its column may, then its spilled values under it.
    fn push_row(&self, out: &mut String, plan: &Plan, row: &[Cell], texts: &[String], p: &Palette) {
        let widths = &plan.widths;
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
        push_lines(out, &lines, widths, &self.aligns(plan), &tones, p);
        for &c in &plan.spilled {
            out.push_str(&spill(&self.columns[c].header, &texts[c], row[c].tone, p));
        }
    }

    /// The key under a table with short headers: what each stands for.
    fn push_key(&self, out: &mut String, plan: &Plan, p: &Palette) {
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
