//! `status`: a pool's runtime view as a grid of zones by states, with health, ready
//! capacity against the target, and the forecast.
//!
//! The known states of the pool's kind are always columns (zeros dimmed), so a column
//! stays where it was from one call to the next; states the service adds come after
//! them as they appear. When the full names do not fit the width, the headers are
//! abbreviated (`Dealloc'd`, then `Deal'd`) rather than split, and a key says what the
//! abbreviations stand for.

use anyhow::Result;
use serde_json::Value;

use super::layout::{Cell, Column, Fit, Table, wrap_prose, wrap_words};
use crate::id;
use crate::model::ready::{PoolType, Target, readiness};
use crate::model::runtime_view::{RuntimeView, sum};
use crate::model::state::PoolState;
use crate::model::{properties, view};
use crate::output::Kind;
use crate::render::spark;
use crate::render::style::{Palette, Tone};

/// Labels of the lines above and below the table, padded to this width.
const LABEL: usize = 14;

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

/// `pool`: `None` when nobody read the pool (JSON, `--input`), `Some(None)` when reading
/// it failed, `Some(Some(body))` when it was read.
pub fn render(item: &Value, pool: Option<Option<&Value>>, kind: Kind, p: &Palette) -> Result<String> {
    let rv: RuntimeView = view(properties(item), "runtime view")?;
    let mut out = String::new();

    let noun = kind.noun();
    let item_id = item.get("id").and_then(Value::as_str);
    let name = item_id
        .and_then(id::top_level_name)
        .or_else(|| item.get("name").and_then(Value::as_str).map(str::to_string));
    let rg = item_id.and_then(id::resource_group);
    out.push_str(&p.bold(name.as_deref().unwrap_or("(unnamed pool)")));
    out.push_str(&match rg {
        Some(rg) => format!("  {noun} in {rg}\n"),
        None => format!("  {noun}\n"),
    });
    let prov = rv.provisioning_state.clone().unwrap_or_else(|| "-".into());
    out.push_str(&format!(
        "{:LABEL$}{}\n",
        "Provisioning",
        p.paint(&prov, Tone::of_provisioning(&prov))
    ));
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
    if let Some(pool) = pool {
        out.push_str(&ready_line(&rv, pool, kind, p));
    }
    out.push('\n');

    let (table, abbreviated) = grid_table(&rv, kind, p);
    out.push_str(&table);
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

    if let Some(pred) = &rv.prediction {
        out.push('\n');
        out.push_str(&wrap_prose(
            &format!("{:LABEL$}", "Forecast"),
            LABEL,
            &forecast_text(pred),
            LABEL,
            p.width,
        ));
    }
    Ok(out)
}

/// `Ready  8 of 10 (min 5)`: red below the minimum, yellow below the target, green at it.
fn ready_line(rv: &RuntimeView, pool: Option<&Value>, kind: Kind, p: &Palette) -> String {
    let pool_type = match kind {
        Kind::ContainerPoolStatus => PoolType::ContainerGroup,
        _ => PoolType::Vm,
    };
    let Some(pool) = pool else {
        let r = readiness(rv, pool_type, &Target::default(), None);
        return format!(
            "{:LABEL$}{} (target unknown: the pool could not be read)\n",
            "Ready", r.ready
        );
    };
    let r = readiness(rv, pool_type, &Target::of_pool(pool), None);
    let mut text = r.ready.to_string();
    if let Some(max) = r.max {
        text.push_str(&format!(" of {max}"));
    }
    if let Some(min) = r.min {
        text.push_str(&format!(" (min {min})"));
    }
    let tone = if r.below_min() {
        Tone::Bad
    } else if r.shortfall() > 0 {
        Tone::Busy
    } else if r.max.is_some() {
        Tone::Good
    } else {
        Tone::Plain
    };
    let shown = if r.below_min() {
        p.bold(&p.paint(&text, tone))
    } else {
        p.paint(&text, tone)
    };
    format!("{:LABEL$}{shown}\n", "Ready")
}

/// The columns: the kind's known states, then any others the service sent, in lifecycle
/// order (unknown ones in the order they came).
fn columns(rv: &RuntimeView, kind: Kind) -> Vec<PoolState> {
    let known: &[PoolState] = match kind {
        Kind::ContainerPoolStatus => &CONTAINER_STATES,
        _ => &VM_STATES,
    };
    let mut states = known.to_vec();
    for s in rv.grid().states {
        if !states.contains(&s) {
            states.push(s);
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
fn grid_table(rv: &RuntimeView, kind: Kind, p: &Palette) -> (String, Vec<(String, String)>) {
    let states = columns(rv, kind);
    let fits = |t: &Table| p.width.is_none_or(|w| t.natural_width(p) <= usize::from(w));
    let mut level = 0;
    let mut table = build(rv, &states, 0);
    while level < 2 && !fits(&table) {
        level += 1;
        table = build(rv, &states, level);
    }
    let abbreviated = states
        .iter()
        .map(|s| (header(s, level), s.as_str().to_string()))
        .filter(|(short, full)| short != full)
        .collect();
    (table.render(p), abbreviated)
}

fn build(rv: &RuntimeView, states: &[PoolState], level: usize) -> Table {
    let grid = rv.grid();
    let at = |counts: &[i64], s: &PoolState| grid.states.iter().position(|g| g == s).map_or(0, |c| counts[c]);
    let tone_of = |s: &PoolState| Tone::of_phase(s.phase());
    let mut columns = vec![Column::new("Zone", Fit::Fixed)];
    columns.extend(
        states
            .iter()
            .map(|s| Column::new(header(s, level), Fit::Fixed).right().tone(tone_of(s))),
    );
    columns.push(Column::new("Total", Fit::Fixed).right());
    let mut t = Table::new(columns);
    let count = |n: i64, tone: Tone| Cell::new(n, if n == 0 { Tone::Faint } else { tone });
    for (zone, counts) in &grid.rows {
        let mut row = vec![Cell::plain(zone.clone().unwrap_or_else(|| "none".into()))];
        row.extend(states.iter().map(|s| count(at(counts, s), tone_of(s))));
        row.push(count(sum(counts), Tone::Plain).bold());
        t.add_row(row);
    }
    let totals = grid.column_totals();
    let mut total_row = vec![Cell::plain("Total").bold()];
    total_row.extend(states.iter().map(|s| count(at(&totals, s), tone_of(s))));
    total_row.push(count(grid.total(), Tone::Plain).bold());
    t.add_row(total_row);
    t
}

fn forecast_text(pred: &crate::model::runtime_view::Prediction) -> String {
    let values = pred
        .forecast_values
        .as_ref()
        .map(|f| &f.instances_requested_count)
        .filter(|counts| !counts.is_empty())
        .map(|counts| {
            let numbers: Vec<String> = counts.iter().map(i64::to_string).collect();
            format!("{}  {}", spark::spark(counts), numbers.join(" "))
        })
        .unwrap_or_default();
    let info = pred.info();
    let mut line = if values.is_empty() {
        "-".to_string()
    } else {
        values.clone()
    };
    if !values.is_empty() {
        line.push_str(" instances requested");
    }
    if let Some(start) = &pred.forecast_start_time {
        line.push_str(&format!(", from {start}"));
    }
    if let Some(rate) = &info.sample_rate {
        line.push_str(&format!(", every {}", human_duration(rate)));
    }
    if let Some(acc) = info.accuracy {
        // forecastAccuracy comes as a fraction (0.93) or a percentage (85).
        let pct = if acc <= 1.0 { acc * 100.0 } else { acc };
        line.push_str(&format!(" (accuracy {pct:.0}%)"));
    }
    line
}

/// `PT15M` → `15 min`; anything else as given.
fn human_duration(iso: &str) -> String {
    let Some(rest) = iso.strip_prefix("PT") else {
        return iso.to_string();
    };
    let (num, unit) = rest.split_at(rest.len().saturating_sub(1));
    match (num.parse::<u64>(), unit) {
        (Ok(n), "M") => format!("{n} min"),
        (Ok(n), "H") => format!("{n} h"),
        (Ok(n), "S") => format!("{n} s"),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(human_duration("PT15M"), "15 min");
        assert_eq!(human_duration("PT1H"), "1 h");
        assert_eq!(human_duration("P1D"), "P1D");
        assert_eq!(human_duration("PT"), "PT");
    }

    fn rv(v: Value) -> RuntimeView {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn known_states_are_stable_columns_and_new_ones_follow() {
        let v = rv(json!({"instanceCountSummary": [{"instanceCountsByState": [
            {"state": "Rebooting", "count": 1}, {"state": "running", "count": 2}]}]}));
        let vm = columns(&v, Kind::VmPoolStatus);
        assert_eq!(vm.len(), 9);
        assert_eq!(vm[..8], VM_STATES);
        assert_eq!(vm[8], PoolState::Other("Rebooting".into()));
        let cg = columns(&rv(json!({})), Kind::ContainerPoolStatus);
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
            let (text, _) = grid_table(&v, Kind::VmPoolStatus, &p);
            assert!(text.lines().all(|l| l.chars().count() <= usize::from(width)), "{text}");
            // One header line: nothing was split.
            assert!(text.lines().nth(1).unwrap().starts_with('─'), "{text}");
        }
        let p = Palette {
            color: false,
            width: None,
        };
        let (text, abbreviated) = grid_table(&v, Kind::VmPoolStatus, &p);
        assert!(text.contains("Deallocating"), "{text}");
        assert!(abbreviated.is_empty());
    }

    #[test]
    fn ready_line_against_target() {
        let v = rv(json!({"instanceCountSummary": [
            {"instanceCountsByState": [{"state": "Deallocated", "count": 3}, {"state": "Creating", "count": 2}]}]}));
        let p = Palette {
            color: false,
            width: Some(80),
        };
        let pool = json!({"properties": {"virtualMachineState": "Deallocated",
            "elasticityProfile": {"maxReadyCapacity": 10, "minReadyCapacity": 5}}});
        assert_eq!(
            ready_line(&v, Some(&pool), Kind::VmPoolStatus, &p),
            "Ready         3 of 10 (min 5)\n"
        );
        assert!(ready_line(&v, None, Kind::VmPoolStatus, &p).contains("target unknown"));
        let coloured = Palette {
            color: true,
            width: Some(80),
        };
        assert!(ready_line(&v, Some(&pool), Kind::VmPoolStatus, &coloured).contains("\x1b[31m"));
    }
}
