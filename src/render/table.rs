//! Tables for people. Unlike az's, the status tables show the counts.

use anyhow::Result;
use comfy_table::{Cell, CellAlignment};
use serde_json::Value;

use super::style::{Palette, Tone};
use crate::model::container::container_group_summary;
use crate::model::pool::pool_summary;
use crate::model::runtime_view::RuntimeView;
use crate::model::vm::{PoolMembership, vm_summary, vmss_status_rows};
use crate::model::{properties, resource_group_of, view};
use crate::output::{Kind, Output};

pub fn render(out: &Output, p: &Palette) -> Result<String> {
    match out.kind {
        Kind::VmPoolStatus | Kind::ContainerPoolStatus => {
            let blocks: Result<Vec<String>> = out.items.iter().map(|item| status(item, out.kind, p)).collect();
            Ok(blocks?.join("\n"))
        }
        Kind::VmPool | Kind::ContainerPool => Ok(pools(&out.items, out.kind, p)),
        Kind::Vm => Ok(vms(&out.items, p)),
        Kind::VmssInstanceView => Ok(vmss(&out.items, p)),
        Kind::ContainerGroup => Ok(container_groups(&out.items, p)),
    }
}

fn or_dash(s: Option<String>) -> String {
    s.unwrap_or_else(|| "-".to_string())
}

fn finish(t: &comfy_table::Table) -> String {
    let mut s = t.trim_fmt();
    s.push('\n');
    s
}

/// The pool's name from a runtime view id (`…/standbyVirtualMachinePools/{pool}/runtimeViews/latest`).
fn pool_name_of(item: &Value) -> Option<String> {
    let id = item.get("id").and_then(Value::as_str)?;
    let parts: Vec<&str> = id.split('/').collect();
    let i = parts.iter().rposition(|p| p.eq_ignore_ascii_case("runtimeViews"))?;
    i.checked_sub(1).and_then(|j| parts.get(j)).map(|s| s.to_string())
}

fn status(item: &Value, kind: Kind, p: &Palette) -> Result<String> {
    let rv: RuntimeView = view(properties(item), "runtime view")?;
    let grid = rv.grid();
    let mut out = String::new();

    let noun = if kind == Kind::VmPoolStatus {
        "standby VM pool"
    } else {
        "standby container group pool"
    };
    let name = pool_name_of(item).or_else(|| item.get("name").and_then(Value::as_str).map(str::to_string));
    let rg = resource_group_of(item.get("id").and_then(Value::as_str));
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
        row.push(
            count_cell(crate::model::runtime_view::sum(counts), Tone::Plain)
                .add_attribute(comfy_table::Attribute::Bold),
        );
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
            .map(|f| {
                f.instances_requested_count
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(" ")
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

fn pools(items: &[Value], kind: Kind, p: &Palette) -> String {
    let vm = kind == Kind::VmPool;
    let mut header = vec![Cell::new("Name"), Cell::new("Resource group"), Cell::new("Location")];
    if vm {
        header.push(Cell::new("VM state"));
    }
    header.push(Cell::new("Ready capacity"));
    header.push(Cell::new(if vm { "Scale set" } else { "Profile" }));
    if !vm {
        header.push(Cell::new("Zones"));
    }
    header.push(Cell::new("Provisioning"));
    let mut t = p.table(header);
    for item in items {
        let s = pool_summary(item);
        let capacity = match (&s.min_ready, &s.max_ready) {
            (Some(min), Some(max)) => format!("{min}–{max}"),
            (None, Some(max)) => format!("up to {max}"),
            _ => "-".into(),
        };
        let prov = or_dash(s.provisioning);
        let mut row = vec![
            Cell::new(or_dash(s.name)),
            Cell::new(or_dash(s.resource_group)),
            Cell::new(or_dash(s.location)),
        ];
        if vm {
            row.push(Cell::new(or_dash(s.vm_state)));
        }
        row.push(Cell::new(capacity));
        row.push(Cell::new(or_dash(s.target)));
        if !vm {
            row.push(Cell::new(if s.zones.is_empty() {
                "-".into()
            } else {
                s.zones.join(",")
            }));
        }
        row.push(p.cell(&prov, Tone::of_provisioning(&prov)));
        t.add_row(row);
    }
    p.keep_first_column(&mut t);
    finish(&t)
}

fn vms(items: &[Value], p: &Palette) -> String {
    let header = [
        "Name",
        "Resource group",
        "Location",
        "Provisioning",
        "Power state",
        "Standby pool",
    ];
    let mut t = p.table(header.iter().map(Cell::new).collect());
    for item in items {
        let s = vm_summary(item);
        let prov = or_dash(s.provisioning);
        let flag = match s.membership {
            PoolMembership::InPool => "standby pool",
            PoolMembership::Serving => "serving",
            PoolMembership::Unknown => "unknown",
        };
        let power_tone = s.power_code.as_deref().map(Tone::of_power).unwrap_or(Tone::Faint);
        t.add_row(vec![
            Cell::new(or_dash(s.name)),
            Cell::new(or_dash(s.resource_group)),
            Cell::new(or_dash(s.location)),
            p.cell(&prov, Tone::of_provisioning(&prov)),
            p.cell(or_dash(s.power), power_tone),
            p.cell(flag, Tone::of_membership(s.membership))
                .add_attribute(comfy_table::Attribute::Bold),
        ]);
    }
    p.keep_first_column(&mut t);
    finish(&t)
}

fn vmss(items: &[Value], p: &Palette) -> String {
    let mut t = p.table(vec![Cell::new("Source"), Cell::new("Status"), Cell::new("Count")]);
    for item in items {
        for row in vmss_status_rows(item) {
            let tone = Tone::of_provisioning(&row.code);
            let status = match row.display {
                Some(d) if !d.is_empty() => format!("{} ({d})", row.code),
                _ => row.code,
            };
            t.add_row(vec![
                Cell::new(row.source),
                p.cell(status, tone),
                Cell::new(row.count.map(|c| c.to_string()).unwrap_or_else(|| "-".into()))
                    .set_alignment(CellAlignment::Right),
            ]);
        }
    }
    p.keep_first_column(&mut t);
    finish(&t)
}

fn container_groups(items: &[Value], p: &Palette) -> String {
    let header = [
        "Name",
        "Resource group",
        "State",
        "Image",
        "IP:ports",
        "OS",
        "Location",
        "From pool",
    ];
    let mut t = p.table(header.iter().map(Cell::new).collect());
    for item in items {
        let s = container_group_summary(item);
        let state = or_dash(s.state);
        let state_tone = match state.as_str() {
            "Running" | "Succeeded" => Tone::Good,
            "Failed" | "Stopped" => Tone::Bad,
            "-" => Tone::Faint,
            _ => Tone::Busy,
        };
        let from_pool = match s.from_standby_pool {
            Some(true) => p.cell("yes", Tone::Good),
            Some(false) => p.cell("no", Tone::Plain),
            None => p.cell("unknown", Tone::Faint),
        };
        t.add_row(vec![
            Cell::new(or_dash(s.name)),
            Cell::new(or_dash(s.resource_group)),
            p.cell(state, state_tone),
            Cell::new(if s.images.is_empty() {
                "-".into()
            } else {
                s.images.join(", ")
            }),
            Cell::new(or_dash(s.address)),
            Cell::new(or_dash(s.os_type)),
            Cell::new(or_dash(s.location)),
            from_pool,
        ]);
    }
    p.keep_first_column(&mut t);
    finish(&t)
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

    #[test]
    fn pool_name_comes_from_the_runtime_view_id() {
        let v = serde_json::json!({"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p1/runtimeViews/latest", "name": "latest"});
        assert_eq!(pool_name_of(&v).as_deref(), Some("p1"));
        assert_eq!(pool_name_of(&serde_json::json!({"id": "x"})), None);
    }
}
