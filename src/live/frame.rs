//! What the full-screen `watch` shows, as lines: the `status` table as `status` draws
//! it, then what only a live view can show. No terminal here, so it is testable.

use std::collections::{BTreeMap, VecDeque};
use std::time::{Duration, Instant};


use super::{human, printable};
use crate::model::ready::{PoolType, Target, readiness};
use crate::model::runtime_view::RuntimeView;
use crate::model::{properties, view};
use crate::output::Output;
use crate::render::spark;
use crate::render::style::{Palette, Tone};
use crate::render::table;
use crate::render::table::layout::{Cell, Column, Fit, Table};

/// Ready counts kept for the sparkline: a long watch forgets its oldest polls.
const HISTORY: usize = 240;

/// Counts by (zone, state), compared from poll to poll.
type Cells = BTreeMap<(String, String), i64>;

/// One cell that changed at the last change, and by how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Change {
    zone: String,
    state: String,
    now: i64,
    delta: i64,
}

/// Everything the watch has seen; each poll updates it, each frame reads it.
pub(super) struct Session {
    pub title: String,
    pub pool_type: PoolType,
    pub started: Instant,
    pub polls: u64,
    pub status: Option<Output>,
    cells: Option<Cells>,
    changes: Vec<Change>,
    changed_at: Option<(Instant, String)>,
    ready: VecDeque<i64>,
    pub target: Option<Target>,
    pub last_poll: Option<String>,
    pub next_poll: Option<Instant>,
    /// The last poll's failure, shown in the status line until a poll succeeds.
    pub error: Option<String>,
}

impl Session {
    pub fn new(title: String, pool_type: PoolType, started: Instant) -> Session {
        Session {
            title,
            pool_type,
            started,
            polls: 0,
            status: None,
            cells: None,
            changes: Vec::new(),
            changed_at: None,
            ready: VecDeque::with_capacity(HISTORY),
            target: None,
            last_poll: None,
            next_poll: None,
            error: None,
        }
    }

    /// A new runtime view: what changed since the last one, and the ready count.
    pub fn observe(&mut self, out: Output, at: Instant, clock: String) {
        let rv = out
            .items
            .first()
            .and_then(|item| view::<RuntimeView>(properties(item), "runtime view").ok());
        if let Some(rv) = &rv {
            let cells = cells_of(rv);
            if let Some(before) = &self.cells {
                let changes = diff(before, &cells);
                if !changes.is_empty() {
                    self.changes = changes;
                    self.changed_at = Some((at, clock.clone()));
                }
            }
            self.cells = Some(cells);
            let target = self.target.clone().unwrap_or_default();
            if self.ready.len() == HISTORY {
                self.ready.pop_front();
            }
            self.ready.push_back(readiness(rv, self.pool_type, &target, None).ready);
        }
        self.status = Some(out);
        self.last_poll = Some(clock);
        self.error = None;
    }

    /// The frame for a terminal of `p.width` columns, at `now`.
    pub fn lines(&self, p: &Palette, now: Instant) -> Vec<String> {
        let mut lines = vec![p.bold(&self.title), String::new()];
        match &self.status {
            Some(out) => match table::render(out, p) {
                Ok(text) => lines.extend(text.lines().map(str::to_string)),
                Err(e) => lines.push(printable(&format!("{e:#}"))),
            },
            None => lines.push(p.paint("waiting for the first answer…", Tone::Faint)),
        }
        lines.push(String::new());
        if let Some(rv) = self.runtime_view() {
            lines.push(self.ready_line(&rv, p));
            lines.extend(forecast_lines(&rv));
        }
        lines.extend(self.change_lines(p, now));
        lines.push(String::new());
        lines.push(self.status_line(p, now));
        lines
    }

    fn runtime_view(&self) -> Option<RuntimeView> {
        let item = self.status.as_ref()?.items.first()?;
        view::<RuntimeView>(properties(item), "runtime view").ok()
    }

    fn ready_line(&self, rv: &RuntimeView, p: &Palette) -> String {
        let known = self.target.is_some();
        let target = self.target.clone().unwrap_or_default();
        let r = readiness(rv, self.pool_type, &target, None);
        let mut line = format!("{:<10}{}", "Ready", r.ready);
        match (r.max, known) {
            (Some(max), _) => line.push_str(&format!(" of {max}")),
            (None, true) => {}
            (None, false) => line.push_str(" (target not read yet)"),
        }
        if let Some(min) = r.min {
            line.push_str(&format!(", min {min}"));
        }
        let tone = if r.below_min() {
            Tone::Bad
        } else if r.shortfall() > 0 {
            Tone::Busy
        } else {
            Tone::Good
        };
        let history: Vec<i64> = self.ready.iter().copied().collect();
        let top = history.iter().copied().max().unwrap_or(0).max(r.max.unwrap_or(0));
        let curve = spark::scaled(&history, 0, top);
        format!(
            "{}   {}  {}",
            p.paint(&line, tone),
            curve,
            p.paint(&format!("over {}", human_round(self.started.elapsed())), Tone::Faint)
        )
    }

    fn change_lines(&self, p: &Palette, now: Instant) -> Vec<String> {
        let Some((at, clock)) = &self.changed_at else {
            return vec![format!(
                "{:<10}none since the watch began {} ago",
                "Changed",
                human_round(now.saturating_duration_since(self.started))
            )];
        };
        let mut lines = vec![format!(
            "{:<10}{} ago, at {clock}",
            "Changed",
            human_round(now.saturating_duration_since(*at))
        )];
        // The changed cells laid out as in the table above: zones down, states across.
        let mut states: Vec<&str> = Vec::new();
        let mut zones: Vec<&str> = Vec::new();
        for c in &self.changes {
            if !states.contains(&c.state.as_str()) {
                states.push(&c.state);
            }
            if !zones.contains(&c.zone.as_str()) {
                zones.push(&c.zone);
            }
        }
        let mut columns = vec![Column::new("Zone", Fit::Whole)];
        columns.extend(states.iter().map(|s| Column::new(*s, Fit::Whole).right()));
        let mut t = Table::new(columns);
        for zone in &zones {
            let mut row = vec![Cell::plain(zone)];
            for state in &states {
                let cell = self.changes.iter().find(|c| c.zone == *zone && c.state == *state);
                row.push(match cell {
                    Some(c) => Cell::new(marker(c), if c.delta > 0 { Tone::Good } else { Tone::Busy }),
                    None => Cell::plain(""),
                });
            }
            t.add_row(row);
        }
        lines.extend(t.render(p).lines().map(|l| format!("{:<10}{l}", "")));
        lines
    }

    fn status_line(&self, p: &Palette, now: Instant) -> String {
        let mut parts = Vec::new();
        match &self.last_poll {
            Some(clock) => parts.push(format!("polled {clock}")),
            None => parts.push("polling…".to_string()),
        }
        if let Some(next) = self.next_poll {
            parts.push(format!("next in {}", human_round(next.saturating_duration_since(now))));
        }
        parts.push(format!("{} polls", self.polls));
        parts.push("q quits".to_string());
        let mut line = p.paint(&parts.join(" · "), Tone::Faint);
        if let Some(err) = &self.error {
            line.push_str("  ");
            line.push_str(&p.paint(&format!("⚠ {err}"), Tone::Bad));
        }
        line
    }
}

fn marker(c: &Change) -> String {
    match c.delta {
        d if d > 0 => format!("{} ▲{d}", c.now),
        d => format!("{} ▼{}", c.now, d.unsigned_abs()),
    }
}

fn cells_of(rv: &RuntimeView) -> Cells {
    let grid = rv.grid();
    let mut cells = Cells::new();
    for (zone, counts) in &grid.rows {
        for (state, n) in grid.states.iter().zip(counts) {
            let zone = zone.clone().unwrap_or_else(|| "none".into());
            cells.insert((zone, state.as_str().to_string()), *n);
        }
    }
    cells
}

/// Cells whose count moved; a cell that appeared or went counts from or to 0.
fn diff(before: &Cells, after: &Cells) -> Vec<Change> {
    let keys: std::collections::BTreeSet<&(String, String)> = before.keys().chain(after.keys()).collect();
    keys.into_iter()
        .filter_map(|key| {
            let old = before.get(key).copied().unwrap_or(0);
            let now = after.get(key).copied().unwrap_or(0);
            (old != now).then(|| Change {
                zone: key.0.clone(),
                state: key.1.clone(),
                now,
                delta: now.saturating_sub(old),
            })
        })
        .collect()
}

/// The forecast as a curve over its time axis: start and end of the forecast window.
fn forecast_lines(rv: &RuntimeView) -> Vec<String> {
    let Some(pred) = &rv.prediction else { return Vec::new() };
    let counts = pred
        .forecast_values
        .as_ref()
        .map(|f| f.instances_requested_count.as_slice())
        .unwrap_or_default();
    if counts.is_empty() {
        return Vec::new();
    }
    // Each value at least 4 columns wide, so that the axis labels fit under the curve.
    let stretch = (32 / counts.len()).clamp(1, 4);
    let curve: String = spark::spark(counts)
        .chars()
        .flat_map(|c| std::iter::repeat_n(c, stretch))
        .collect();
    let lo = counts.iter().min().copied().unwrap_or(0);
    let hi = counts.iter().max().copied().unwrap_or(0);
    let range = if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}–{hi}")
    };
    let mut lines = vec![format!("{:<10}{curve}  {range} instances requested", "Forecast")];
    let info = pred.info();
    let step = info.sample_rate.as_deref().and_then(iso_duration);
    let start = pred
        .forecast_start_time
        .as_deref()
        .and_then(|t| azure_core::time::parse_rfc3339(t).ok());
    if let Some(start) = start {
        let width = curve.chars().count();
        let first = format!("{:02}:{:02}", start.hour(), start.minute());
        let mut axis = first.clone();
        // Checked: the service's numbers must not be able to overflow the clock.
        let end = step.and_then(|step| {
            let span = step.saturating_mul(u32::try_from(counts.len()).unwrap_or(u32::MAX));
            start.checked_add(azure_core::time::Duration::try_from(span).ok()?)
        });
        if let (Some(step), Some(end)) = (step, end) {
            let last = format!("{:02}:{:02}", end.hour(), end.minute());
            let gap = width.saturating_sub(first.len() + last.len()).max(1);
            axis.push_str(&" ".repeat(gap));
            axis.push_str(&last);
            axis.push_str(&format!("  UTC, every {}", human(step)));
        } else {
            axis.push_str("  UTC");
        }
        lines.push(format!("{:<10}{axis}", ""));
    }
    lines
}

/// `PT15M`, `PT1H`, `PT30S` → a duration; other forms are not read.
fn iso_duration(iso: &str) -> Option<Duration> {
    let rest = iso.strip_prefix("PT")?;
    let (num, unit) = rest.split_at(rest.len().checked_sub(1)?);
    let n: u64 = num.parse().ok()?;
    match unit {
        "H" => Some(Duration::from_secs(n.checked_mul(3600)?)),
        "M" => Some(Duration::from_secs(n.checked_mul(60)?)),
        "S" => Some(Duration::from_secs(n)),
        _ => None,
    }
}

/// Whole seconds: a clock people glance at.
fn human_round(d: Duration) -> String {
    human(Duration::from_secs(d.as_secs()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Kind;
    use serde_json::json;

    fn out(deallocated: i64, creating: i64) -> Output {
        Output::one(
            Kind::VmPoolStatus,
            json!({"name": "latest", "properties": {"instanceCountSummary": [{"zone": 1, "instanceCountsByState": [
                {"state": "Deallocated", "count": deallocated}, {"state": "Creating", "count": creating}]}],
                "prediction": {"forecastValues": {"instancesRequestedCount": [8, 9, 10, 9]},
                  "forecastStartTime": "2025-03-27T23:45:00Z", "forecastInfo": "{\"forecastSampleRate\":\"PT15M\"}"}}}),
        )
    }

    #[test]
    fn changes_are_marked_and_kept_until_the_next() {
        let t0 = Instant::now();
        let p = Palette {
            color: false,
            width: Some(80),
        };
        let mut s = Session::new("watch".into(), PoolType::Vm, t0);
        s.target = Some(Target::of_pool(
            &json!({"properties": {"virtualMachineState": "Deallocated",
            "elasticityProfile": {"maxReadyCapacity": 10}}}),
        ));
        s.observe(out(5, 2), t0, "12:00:00 UTC".into());
        let text = s.lines(&p, t0).join("\n");
        assert!(text.contains("none since the watch began"), "{text}");
        assert!(text.contains("Ready     5 of 10"), "{text}");
        s.observe(out(7, 0), t0 + Duration::from_secs(10), "12:00:10 UTC".into());
        let later = t0 + Duration::from_secs(75);
        s.observe(out(7, 0), later, "12:01:15 UTC".into());
        let text = s.lines(&p, later).join("\n");
        assert!(text.contains("7 ▲2"), "{text}");
        assert!(text.contains("0 ▼2"), "{text}");
        assert!(text.contains("1m5s ago, at 12:00:10 UTC"), "{text}");
        assert!(text.contains("Ready     7 of 10"), "{text}");
        assert!(text.contains("▁▅█▅"), "{text}");
        assert!(
            text.contains("23:45") && text.contains("00:45  UTC, every 15m"),
            "{text}"
        );
    }

    #[test]
    fn sample_rates() {
        assert_eq!(iso_duration("PT15M"), Some(Duration::from_secs(900)));
        assert_eq!(iso_duration("PT1H"), Some(Duration::from_secs(3600)));
        assert_eq!(iso_duration("P1D"), None);
        assert_eq!(iso_duration("PT"), None);
    }
}
