//! `status`: a pool's runtime view as a grid of zones by states, with health and forecast.

use anyhow::Result;
use comfy_table::{Cell, CellAlignment};
use serde_json::Value;

use super::finish;
use crate::id;
use crate::model::runtime_view::{RuntimeView, sum};
use crate::model::{properties, view};
use crate::output::Kind;
use crate::render::spark;
use crate::render::style::{Palette, Tone};

pub fn render(item: &Value, kind: Kind, p: &Palette) -> Result<String> {
    let rv: RuntimeView = view(properties(item), "runtime view")?;
    let grid = rv.grid();
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
        "Provisioning  {}\n",
        p.paint(&prov, Tone::of_provisioning(&prov))
    ));
    if let Some((word, health)) = rv.status.as_ref().and_then(|s| s.summary()) {
        let message = rv.status.as_ref().and_then(|s| s.message.clone()).unwrap_or_default();
        let line = format!("Health        {}  {message}", p.paint(&word, Tone::of_health(health)));
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push('\n');

    // Only states with instances get a column; the others are named below the table.
    let totals = grid.column_totals();
    let shown: Vec<usize> = (0..grid.states.len()).filter(|&c| totals[c] != 0).collect();
    let mut header = vec![Cell::new("Zone")];
    header.extend(
        shown
            .iter()
            .map(|&c| p.cell(&grid.states[c], Tone::of_phase(grid.states[c].phase()))),
    );
    header.push(Cell::new("Total"));
    let mut t = p.table(header);
    let count_cell = |n: i64, tone: Tone| {
        let tone = if n == 0 { Tone::Faint } else { tone };
        p.cell(n, tone).set_alignment(CellAlignment::Right)
    };
    for (zone, counts) in &grid.rows {
        let mut row = vec![Cell::new(zone.clone().unwrap_or_else(|| "none".into()))];
        row.extend(
            shown
                .iter()
                .map(|&c| count_cell(counts[c], Tone::of_phase(grid.states[c].phase()))),
        );
        row.push(count_cell(sum(counts), Tone::Plain).add_attribute(comfy_table::Attribute::Bold));
        t.add_row(row);
    }
    let mut total_row = vec![Cell::new("Total").add_attribute(comfy_table::Attribute::Bold)];
    total_row.extend(
        shown
            .iter()
            .map(|&c| count_cell(totals[c], Tone::of_phase(grid.states[c].phase()))),
    );
    total_row.push(count_cell(grid.total(), Tone::Plain).add_attribute(comfy_table::Attribute::Bold));
    t.add_row(total_row);
    for i in 1..=shown.len() + 1 {
        if let Some(col) = t.column_mut(i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    p.keep_first_column(&mut t);
    out.push_str(&finish(&t));

    let empty: Vec<&str> = (0..grid.states.len())
        .filter(|&c| totals[c] == 0)
        .map(|c| grid.states[c].as_str())
        .collect();
    if !empty.is_empty() {
        out.push_str(&p.paint(&format!("No instances in: {}", empty.join(", ")), Tone::Faint));
        out.push('\n');
    }

    if let Some(pred) = &rv.prediction {
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
        let mut line = format!("\nForecast      {}", if values.is_empty() { "-" } else { &values });
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
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
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

    #[test]
    fn durations_read_naturally() {
        assert_eq!(human_duration("PT15M"), "15 min");
        assert_eq!(human_duration("PT1H"), "1 h");
        assert_eq!(human_duration("P1D"), "P1D");
        assert_eq!(human_duration("PT"), "PT");
    }
}
