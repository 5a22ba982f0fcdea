//! Colour by meaning, in one place. Whether to colour at all is the context's call.

use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, ContentLineStyle, LineStyle, Table, TableStyle,
};
use owo_colors::OwoColorize;

use crate::model::runtime_view::Health;
use crate::model::state::Phase;
use crate::model::vm::PoolMembership;

/// A rule under the header and two spaces between columns: quiet, and easy to read
/// at a glance or to copy from.
const STYLE: TableStyle = TableStyle::new()
    .header_lines(ContentLineStyle::none().junction(' '))
    .header_separator(LineStyle::none().fill('─').junction(' '))
    .content_lines(ContentLineStyle::none().junction(' '));

#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub color: bool,
    pub width: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Busy,
    Bad,
    Odd,
    Plain,
    Faint,
}

/// The word for a VM's place in or out of its standby pool, in every table that shows it.
pub fn membership_word(m: PoolMembership) -> &'static str {
    match m {
        PoolMembership::InPool => "standby pool",
        PoolMembership::Serving => "serving",
        PoolMembership::Unknown => "unknown",
    }
}

impl Tone {
    pub fn of_phase(p: Phase) -> Tone {
        match p {
            Phase::Ready => Tone::Good,
            Phase::Transition => Tone::Busy,
            Phase::Leaving => Tone::Bad,
            Phase::Unknown => Tone::Odd,
        }
    }

    pub fn of_health(h: Health) -> Tone {
        match h {
            Health::Healthy => Tone::Good,
            Health::Degraded => Tone::Busy,
            // A code this build does not know: shown as unknown, like unknown states.
            Health::Other => Tone::Odd,
        }
    }

    pub fn of_membership(m: PoolMembership) -> Tone {
        match m {
            PoolMembership::InPool => Tone::Good,
            PoolMembership::Serving => Tone::Busy,
            PoolMembership::Unknown => Tone::Faint,
        }
    }

    /// Provisioning states: `Succeeded` is good, failures bad, the rest in motion.
    pub fn of_provisioning(s: &str) -> Tone {
        let s = s.to_ascii_lowercase();
        if s.contains("succeeded") {
            Tone::Good
        } else if s.contains("fail") || s.contains("cancel") {
            Tone::Bad
        } else {
            Tone::Busy
        }
    }

    /// Power states of a VM: running or parked (ready to serve), or moving.
    pub fn of_power(code: &str) -> Tone {
        match code.to_ascii_lowercase().as_str() {
            "running" => Tone::Good,
            "deallocated" | "stopped" | "hibernated" => Tone::Plain,
            "starting" | "stopping" | "deallocating" | "hibernating" => Tone::Busy,
            _ => Tone::Odd,
        }
    }
}

impl Palette {
    pub fn table(&self, header: Vec<Cell>) -> Table {
        let mut t = Table::new();
        t.load_style(STYLE);
        t.force_no_tty();
        if self.color {
            t.enforce_styling();
        }
        match self.width {
            Some(w) => {
                t.set_width(w);
                t.set_content_arrangement(ContentArrangement::Dynamic);
            }
            None => {
                t.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        let n = header.len();
        t.set_header(
            header
                .into_iter()
                .map(|c| c.add_attribute(Attribute::Bold))
                .collect::<Vec<_>>(),
        );
        for i in 0..n {
            if let Some(col) = t.column_mut(i) {
                col.set_padding((0, 1));
            }
        }
        t
    }

    /// Never let the first column wrap: it names the row.
    pub fn keep_first_column(&self, t: &mut Table) {
        if let Some(col) = t.column_mut(0) {
            col.set_constraint(ColumnConstraint::ContentWidth);
        }
    }

    pub fn cell(&self, text: impl ToString, tone: Tone) -> Cell {
        let cell = Cell::new(text);
        match tone {
            Tone::Good => cell.fg(Color::Green),
            Tone::Busy => cell.fg(Color::Yellow),
            Tone::Bad => cell.fg(Color::Red),
            Tone::Odd => cell.fg(Color::Magenta),
            Tone::Plain => cell,
            Tone::Faint => cell.add_attribute(Attribute::Dim),
        }
    }

    /// Text outside tables.
    pub fn paint(&self, text: &str, tone: Tone) -> String {
        if !self.color {
            return text.to_string();
        }
        match tone {
            Tone::Good => text.green().to_string(),
            Tone::Busy => text.yellow().to_string(),
            Tone::Bad => text.red().to_string(),
            Tone::Odd => text.magenta().to_string(),
            Tone::Plain => text.to_string(),
            Tone::Faint => text.dimmed().to_string(),
        }
    }

    pub fn bold(&self, text: &str) -> String {
        if self.color {
            text.bold().to_string()
        } else {
            text.to_string()
        }
    }
}
