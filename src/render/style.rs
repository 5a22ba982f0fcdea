//! Colour by meaning, in one place. Whether to colour at all is the context's call.
//!
//! Only the terminal's own 16 colours (SGR 31–35, dim, bold): every theme maps them for
//! its background, where a fixed 256-colour index (bright yellow, 11) can vanish on a
//! light one.

use owo_colors::OwoColorize;

use crate::model::runtime_view::Health;
use crate::model::state::Phase;
use crate::model::vm::PoolMembership;

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

    /// Text as it will be seen, uncoloured (after what `paint` does to server text), so
    /// that tables measure what they print.
    pub fn plain_text(&self, text: &str) -> String {
        Palette {
            color: false,
            width: self.width,
        }
        .paint(text, Tone::Plain)
    }

    /// Colour for text that `plain_text` already made safe; tables use it after measuring.
    pub fn tint(&self, text: &str, tone: Tone, bold: bool) -> String {
        if !self.color || text.is_empty() {
            return text.to_string();
        }
        let coloured = match tone {
            Tone::Good => text.green().to_string(),
            Tone::Busy => text.yellow().to_string(),
            Tone::Bad => text.red().to_string(),
            Tone::Odd => text.magenta().to_string(),
            Tone::Plain => text.to_string(),
            Tone::Faint => text.dimmed().to_string(),
        };
        if bold { coloured.bold().to_string() } else { coloured }
    }

    pub fn bold(&self, text: &str) -> String {
        if self.color {
            text.bold().to_string()
        } else {
            text.to_string()
        }
    }
}

/// Where an instance stands with its standby pool, in the words every view uses (VMs,
/// container groups, pool members, fleets): short enough for a narrow column.
pub fn membership_word(m: PoolMembership) -> &'static str {
    match m {
        PoolMembership::InPool => "in pool",
        PoolMembership::Serving => "serving",
        PoolMembership::Unknown => "unknown",
    }
}

/// What the words mean, printed under a table that shows them at a terminal.
pub const MEMBERSHIP_LEGEND: &str = "in pool: waiting in its standby pool · serving: it left the pool and \
now belongs to its scale set or is in use · unknown: the service did not say";

/// A container group's `isCreatedFromStandbyPool`, in the same words: one that came from
/// a pool has left it and serves; one created directly was never in a pool.
pub fn container_membership(created_from_pool: Option<bool>) -> Option<PoolMembership> {
    match created_from_pool {
        Some(true) => Some(PoolMembership::Serving),
        Some(false) => None,
        None => Some(PoolMembership::Unknown),
    }
}
