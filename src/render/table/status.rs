//! `status`: a pool's runtime view as a grid of zones by states, with health, ready
//! capacity against the target, and the forecast.
//!
//! The known states of the pool's kind are always columns (zeros dimmed), so a column
//! stays where it was from one call to the next; states the service adds come after
//! them as they appear. When the full names do not fit the width, the headers are
//! abbreviated (`Dealloc'd`, then `Deal'd`) rather than split, and a key says what the
//! abbreviations stand for.

use std::collections::{HashMap, HashSet};

use super::layout::{self, Cell, Column, Fit, Table, wrap_prose, wrap_words};
use super::ready::{LABEL, forecast_lines, ready_line, settings_line};
use crate::id;
use crate::model::ready::PoolType;
use crate::model::resource::{Resource, Top};
use crate::model::runtime_view::{Grid, RuntimeView, sum};
use crate::model::state::PoolState;
use crate::output::TargetFacts;
use crate::render::style::{Palette, Tone};

const VM_STATES: [PoolState; 8] = [
    PoolState::Creating,
    PoolState::Starting,
    PoolState::Running,
    PoolState::Deallocating,
    PoolState::Deallocated,
    PoolState::Hibernating,
    PoolState::Hibernated,
    PoolState::Deleting,
];

/// `PoolContainerGroupState` in the 2025 api-versions.
const CONTAINER_STATES: [PoolState; 3] = [PoolState::Creating, PoolState::Running, PoolState::Deleting];

/// A pool's runtime view: the title, provisioning and health, the Ready line when the
/// target was asked for, the grid of zones by states (with a key to abbreviations), and
/// the forecast.
pub fn render(view: &Resource<RuntimeView>, target: &TargetFacts, pool_type: PoolType, p: &Palette) -> String {
    let rv = &view.props;
    let mut out = title(&view.top, pool_type.noun(), p);
    out.push_str(&health_lines(rv, p));
    // Not read (JSON, --input): no Ready line; unreadable: the line says so.
    let facts = match target {
        TargetFacts::NotRead => None,
        TargetFacts::Unreadable => Some(None),
        TargetFacts::Read(f) => Some(Some(f)),
    };
    if let Some(facts) = facts {
        out.push_str(&ready_line(rv, pool_type, facts, p));
        if let Some(settings) = facts.and_then(|f| settings_line(f, p)) {
            out.push_str(&settings);
        }
    }
    out.push('\n');
    out.push_str(&grid_with_key(rv, pool_type, p));
    if rv.prediction.is_some() {
        out.push('\n');
        out.push_str(&forecast_lines(rv, p));
    }
    out
}

/// The pool's name in bold, then what it is and where. The resource group goes on a line
/// of its own rather than past the width; only one longer than that line (and than 64
/// columns) loses its middle.
fn title(top: &Top, noun: &str, p: &Palette) -> String {
    let item_id = top.id.as_deref();
    let name = item_id.and_then(id::top_level_name).or_else(|| top.name.clone());
    let rg = item_id.and_then(id::resource_group);
    let name = name.as_deref().unwrap_or("(unnamed pool)");
    let mut out = p.bold(name);
    let title = format!("{name}  {noun} in {}", rg.unwrap_or_default());
    out.push_str(&match rg {
        Some(rg) if p.width.is_some_and(|w| layout::width(&title) > usize::from(w)) => {
            format!(
                "  {noun}\n  in {}\n",
                layout::shorten(
                    rg,
                    p.width
                        .map_or(usize::MAX, |w| usize::from(w).saturating_sub(5).max(layout::KEEP))
                )
            )
        }
        Some(rg) => format!("  {noun} in {rg}\n"),
        None => format!("  {noun}\n"),
    });
    out
}

/// Provisioning, and health with the service's message wrapped under it.
fn health_lines(rv: &RuntimeView, p: &Palette) -> String {
    let prov = rv.provisioning_state.clone().unwrap_or_else(|| "-".into());
    let mut out = format!(
        "{:LABEL$}{}\n",
        "Provisioning",
        p.paint(&prov, Tone::of_provisioning(&prov))
    );
    if let Some((word, health)) = rv.status.as_ref().and_then(|s| s.summary()) {
        let message = rv.status.as_ref().and_then(|s| s.message.clone()).unwrap_or_default();
        let shown = p.plain_text(&word);
        let lead = format!("{:LABEL$}{}  ", "Health", p.paint(&word, Tone::of_health(health)));
        out.push_str(&wrap_prose(
            &lead,
            LABEL + shown.chars().count() + 2,
            &message,
            LABEL,
            p.width,
        ));
    }
    out
}

/// The grid, and the key to the headers it abbreviated.
fn grid_with_key(rv: &RuntimeView, pool_type: PoolType, p: &Palette) -> String {
    let (mut out, abbreviated) = grid_table(rv, pool_type, p);
    if !abbreviated.is_empty() {
        let key = abbreviated
            .iter()
            .map(|(short, full)| format!("{short} {full}"))
            .collect::<Vec<_>>()
            .join(", ");
        for line in wrap_words(&key, p.width.map_or(usize::MAX, usize::from)) {
            out.push_str(&p.paint(&line, Tone::Faint));
            out.push('\n');
        }
    }
    out
}

/// The columns: the kind's known states, then any others the service sent, in lifecycle
/// order (unknown ones in the order they came).
fn columns(grid: &Grid, pool_type: PoolType) -> Vec<PoolState> {
    let known: &[PoolState] = match pool_type {
        PoolType::ContainerGroup => &CONTAINER_STATES,
        PoolType::Vm => &VM_STATES,
    };
    let mut states = known.to_vec();
    // By hash: a view may name thousands of states, and each is looked up once.
    let mut seen: HashSet<PoolState> = states.iter().cloned().collect();
    for s in &grid.states {
        if seen.insert(s.clone()) {
            states.push(s.clone());
        }
    }
    states.sort_by_key(PoolState::rank);
    states
}

/// A state's header at a level of abbreviation: 0 the name, 1 the long pairs cut to
/// `Dealloc'g`/`Dealloc'd`, 2 every `-ing`/`-ed` cut to a short stem.
fn header(state: &PoolState, level: usize) -> String {
    use PoolState::*;
    let short = match (level, state) {
        (0, _) | (_, Running) | (_, Other(_)) => return state.as_str().to_string(),
        (1, Deallocating) => "Dealloc'g",
        (1, Deallocated) => "Dealloc'd",
        (1, Hibernating) => "Hibern'g",
        (1, Hibernated) => "Hibern'd",
        (1, _) => return state.as_str().to_string(),
        (_, Creating) => "Creat'g",
        (_, Starting) => "Start'g",
        (_, Deallocating) => "Deal'g",
        (_, Deallocated) => "Deal'd",
        (_, Hibernating) => "Hib'g",
        (_, Hibernated) => "Hib'd",
        (_, Deleting) => "Delet'g",
    };
    short.to_string()
}

/// The grid at the least abbreviation that fits, and the (short, full) headers used.
fn grid_table(rv: &RuntimeView, pool_type: PoolType, p: &Palette) -> (String, Vec<(String, String)>) {
    let grid = rv.grid();
    let states = columns(&grid, pool_type);
    let fits = |t: &Table| p.width.is_none_or(|w| t.natural_width(p) <= usize::from(w));
    let mut level = 0;
    let mut table = build(&grid, &states, 0);
    while level < 2 && !fits(&table) {
        level += 1;
        table = build(&grid, &states, level);
    }
    let abbreviated = states
        .iter()
        .map(|s| (header(s, level), s.as_str().to_string()))
        .filter(|(short, full)| short != full)
        .collect();
    (table.render(p), abbreviated)
}

fn build(grid: &Grid, states: &[PoolState], level: usize) -> Table {
    // Each table column's place in the grid's counts (None: a known state with no instances).
    let index: HashMap<&PoolState, usize> = grid.states.iter().enumerate().map(|(i, s)| (s, i)).collect();
    let places: Vec<Option<usize>> = states.iter().map(|s| index.get(s).copied()).collect();
    let at = |counts: &[i64], c: usize| places[c].map_or(0, |i| counts[i]);
    let tones: Vec<Tone> = states.iter().map(|s| Tone::of_phase(s.phase())).collect();
    let mut columns = vec![Column::new("Zone", Fit::Fixed)];
    columns.extend(
        states
            .iter()
            .zip(&tones)
            .map(|(s, tone)| Column::new(header(s, level), Fit::Fixed).right().tone(*tone)),
    );
    columns.push(Column::new("Total", Fit::Fixed).right());
    let mut t = Table::new(columns);
    let count = |n: i64, tone: Tone| Cell::new(n, if n == 0 { Tone::Faint } else { tone });
    let cells = |counts: &[i64]| {
        (0..states.len())
            .map(|c| count(at(counts, c), tones[c]))
            .collect::<Vec<_>>()
    };
    for (zone, counts) in &grid.rows {
        let mut row = vec![Cell::plain(zone.clone().unwrap_or_else(|| "none".into()))];
        row.extend(cells(counts));
        row.push(count(sum(counts), Tone::Plain).bold());
        t.add_row(row);
    }
    let totals = grid.column_totals();
    let mut total_row = vec![Cell::plain("Total").bold()];
    total_row.extend(cells(&totals));
    total_row.push(count(grid.total(), Tone::Plain).bold());
    t.add_row(total_row);
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn rv(v: Value) -> RuntimeView {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn known_states_are_stable_columns_and_new_ones_follow() {
        let v = rv(json!({"instanceCountSummary": [{"instanceCountsByState": [
            {"state": "Rebooting", "count": 1}, {"state": "running", "count": 2}]}]}));
        let vm = columns(&v.grid(), PoolType::Vm);
        assert_eq!(vm.len(), 9);
        assert_eq!(vm[..8], VM_STATES);
        assert_eq!(vm[8], PoolState::Other("Rebooting".into()));
        let cg = columns(&rv(json!({})).grid(), PoolType::ContainerGroup);
        assert_eq!(cg, CONTAINER_STATES);
    }

    #[test]
    fn headers_abbreviate_without_splitting_and_fit_80_columns() {
        let v = rv(json!({"instanceCountSummary": [
            {"zone": 1, "instanceCountsByState": [{"state": "Deallocated", "count": 3}]}]}));
        for width in [80u16, 120] {
            let p = Palette {
                color: false,
                width: Some(width),
            };
            let (text, _) = grid_table(&v, PoolType::Vm, &p);
            assert!(text.lines().all(|l| l.chars().count() <= usize::from(width)), "{text}");
            // One header line: nothing was split.
            assert!(text.lines().nth(1).unwrap().starts_with('─'), "{text}");
        }
        let p = Palette {
            color: false,
            width: None,
        };
        let (text, abbreviated) = grid_table(&v, PoolType::Vm, &p);
        assert!(text.contains("Deallocating"), "{text}");
        assert!(abbreviated.is_empty());
    }
}
