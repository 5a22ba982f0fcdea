//! What the full-screen `watch` shows, as lines: the `status` table as `status` draws
//! it, then what only a live view can show. No terminal here, so it is testable.

use std::collections::{BTreeMap, VecDeque};
use std::time::{Duration, Instant};

use super::human;
use crate::model::ready::{PoolConfig, PoolFacts, PoolType, readiness, ready_count};
use crate::model::runtime_view::RuntimeView;
use crate::output::{Output, TargetFacts};
use crate::render::spark;
use crate::render::style::{Palette, Tone};
use crate::render::table;
use crate::render::table::layout::{Cell, Column, Fit, Table, wrap_prose};

/// Ready counts kept for the sparkline: a long watch forgets its oldest polls.
const HISTORY: usize = 240;

/// Counts by (zone, state), compared from poll to poll.
type Cells = BTreeMap<(String, String), i64>;

/// One cell that changed at the last change, and by how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CellChange {
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
    changes: Vec<CellChange>,
    changed_at: Option<(Instant, String)>,
    ready: VecDeque<i64>,
    /// The pool's settings, as last read.
    pub config: Option<PoolConfig>,
    /// The target as of the last poll that could tell it.
    facts: Option<PoolFacts>,
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
            config: None,
            facts: None,
            last_poll: None,
            next_poll: None,
            error: None,
        }
    }

    /// A new runtime view: what changed since the last one, and the ready count.
    /// `facts` is what its target is made of, when this poll could tell.
    pub fn observe(&mut self, mut out: Output, facts: Option<PoolFacts>, at: Instant, clock: String) {
        if facts.is_some() {
            self.facts = facts;
        }
        let rv = out.first_view().cloned();
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
            if self.ready.len() == HISTORY {
                self.ready.pop_front();
            }
            let ready = match &self.facts {
                Some(f) => readiness(rv, f).ready,
                None => ready_count(rv, self.pool_type, &PoolConfig::default(), None),
            };
            self.ready.push_back(ready);
        }
        // The status table draws the Ready line from what is beside the view.
        out.set_targets([TargetFacts::of(self.facts.clone())]);
        self.status = Some(out);
        self.last_poll = Some(clock);
        self.error = None;
    }

    /// The frame for a terminal of `p.width` columns and `height` rows, at `now`: the
    /// status table as `status` draws it (Ready, the forecast), then how ready moved and
    /// what changed. When it would not fit, the changes shrink to one line and the
    /// blank separators go, so that what changed stays on the screen.
    pub fn lines(&self, p: &Palette, now: Instant, height: Option<usize>) -> Vec<String> {
        let mut table = Vec::new();
        match &self.status {
            Some(out) => table.extend(table::render(out, p).lines().map(str::to_string)),
            None => table.push(p.paint("waiting for the first answer…", Tone::Faint)),
        }
        let trend: Vec<String> = (!self.ready.is_empty())
            .then(|| self.trend_line(p))
            .into_iter()
            .collect();
        let assemble = |changes: Vec<String>, blanks: bool| {
            let mut frame = vec![p.bold(&self.title)];
            for section in [
                table.clone(),
                [trend.clone(), changes].concat(),
                vec![self.status_line(p, now)],
            ] {
                if blanks {
                    frame.push(String::new());
                }
                frame.extend(section);
            }
            frame
        };
        let fits = |f: &Vec<String>| height.is_none_or(|h| f.len() <= h);
        let full = assemble(self.change_lines(p, now), true);
        if fits(&full) {
            return full;
        }
        let compact = assemble(self.change_line(p, now), true);
        if fits(&compact) {
            return compact;
        }
        assemble(self.change_line(p, now), false)
    }

    /// Ready over the watch, as a curve up to the target: as much of it as fits.
    fn trend_line(&self, p: &Palette) -> String {
        let label = format!("ready over {}", human_round(self.started.elapsed()));
        let room = p
            .width
            .map_or(HISTORY, |w| usize::from(w).saturating_sub(10 + 2 + label.len()).max(8));
        let skip = self.ready.len().saturating_sub(room);
        let history: Vec<i64> = self.ready.iter().copied().skip(skip).collect();
        let target = self.facts.as_ref().and_then(|f| f.target().upper_bound()).unwrap_or(0);
        let top = history.iter().copied().max().unwrap_or(0).max(target);
        format!(
            "{:<10}{}  {}",
            "Trend",
            spark::scaled(&history, 0, top),
            p.paint(&label, Tone::Faint)
        )
    }

    /// The last change on one line (wrapped to the width): each cell with its marker.
    fn change_line(&self, p: &Palette, now: Instant) -> Vec<String> {
        let Some((at, clock)) = &self.changed_at else {
            return self.change_lines(p, now);
        };
        let cells: Vec<String> = self
            .changes
            .iter()
            // No space inside a cell's marker: a line wraps between cells, never inside one.
            .map(|c| format!("zone {} {} {}", c.zone, c.state, marker(c).replace(' ', "")))
            .collect();
        let text = format!(
            "{} ago, at {clock}: {}",
            human_round(now.saturating_duration_since(*at)),
            cells.join(", ")
        );
        wrap_prose(&format!("{:<10}", "Changed"), 10, &text, 10, p.width)
            .lines()
            .map(str::to_string)
            .collect()
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
        // Counts and short words: nothing to shorten, nothing to move under a row.
        let mut columns = vec![Column::new("Zone", Fit::Fixed)];
        columns.extend(states.iter().map(|s| Column::new(*s, Fit::Fixed).right()));
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

fn marker(c: &CellChange) -> String {
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
fn diff(before: &Cells, after: &Cells) -> Vec<CellChange> {
    let keys: std::collections::BTreeSet<&(String, String)> = before.keys().chain(after.keys()).collect();
    keys.into_iter()
        .filter_map(|key| {
            let old = before.get(key).copied().unwrap_or(0);
            let now = after.get(key).copied().unwrap_or(0);
            (old != now).then(|| CellChange {
                zone: key.0.clone(),
                state: key.1.clone(),
                now,
                delta: now.saturating_sub(old),
            })
        })
        .collect()
}

/// Whole seconds: a clock people glance at.
fn human_round(d: Duration) -> String {
    human(Duration::from_secs(d.as_secs()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ready::ScaleSet;
    use crate::output::Kind;
    use serde_json::json;

    const INFO: &str = "{\"forecastAccuracy\": 85, \"seriesUnitIntervalInMins\": 60, \"instancesRequestedCount_recentHistory\": \"[9, 4, 2, 8]\"}";

    fn out(deallocated: i64, creating: i64) -> Output {
        Output::one(
            Kind::VmPoolStatus,
            json!({"name": "latest", "properties": {"instanceCountSummary": [{"zone": 1, "instanceCountsByState": [
                {"state": "Deallocated", "count": deallocated}, {"state": "Creating", "count": creating}]}],
                "prediction": {"forecastValues": {"instancesRequestedCount": [8, 9, 10, 9]},
                  "forecastStartTime": "2025-03-27T23:45:00Z", "forecastInfo": INFO}}}),
        )
        .unwrap()
    }

    fn facts(in_scale_set: i64) -> Option<PoolFacts> {
        Some(PoolFacts {
            kind: PoolType::Vm,
            config: PoolConfig::of_pool(&json!({"properties": {"virtualMachineState": "Deallocated",
                "elasticityProfile": {"maxReadyCapacity": 15},
                "attachedVirtualMachineScaleSetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/web"}})),
            scale_set: ScaleSet::Instances(in_scale_set),
        })
    }

    #[test]
    fn changes_are_marked_and_kept_until_the_next() {
        let t0 = Instant::now();
        let p = Palette {
            color: false,
            width: Some(80),
        };
        let mut s = Session::new("watch".into(), PoolType::Vm, t0);
        s.observe(out(5, 2), facts(5), t0, "12:00:00 UTC".into());
        let text = s.lines(&p, t0, None).join("\n");
        assert!(text.contains("none since the watch began"), "{text}");
        assert!(
            text.contains("Ready         5 of 10 (max 15 − 5 in scale set web)"),
            "{text}"
        );
        s.observe(out(7, 0), facts(8), t0 + Duration::from_secs(10), "12:00:10 UTC".into());
        let later = t0 + Duration::from_secs(75);
        // A poll that could not tell the target keeps the last one.
        s.observe(out(7, 0), None, later, "12:01:15 UTC".into());
        let text = s.lines(&p, later, None).join("\n");
        assert!(text.contains("7 ▲2"), "{text}");
        assert!(text.contains("0 ▼2"), "{text}");
        assert!(text.contains("1m5s ago, at 12:00:10 UTC"), "{text}");
        assert!(
            text.contains("Ready         7 of 7 (max 15 − 8 in scale set web)"),
            "{text}"
        );
        // One forecast: the status table's, with its history.
        assert_eq!(text.matches("Forecast").count(), 1, "{text}");
        assert!(text.contains("  last 4h"), "{text}");
        assert!(text.contains("Trend"), "{text}");
        // A screen a row short of the frame: the change grid becomes one line.
        let rows = s.lines(&p, later, None).len() - 1;
        let small = s.lines(&p, later, Some(rows));
        assert!(small.len() <= rows, "{}", small.join("\n"));
        let text = small.join("\n");
        assert!(
            text.contains("Changed   1m5s ago, at 12:00:10 UTC: zone 1 Creating 0▼2, zone 1 Deallocated 7▲2\n"),
            "{text}"
        );
        assert!(small.iter().all(|l| l.chars().count() <= 80), "{text}");
    }
}
