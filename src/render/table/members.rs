//! `vm-pool members`: one row per VM of the pool and a summary line. The rows that need
//! a look (failed, in transition, serving) come last, just above the summary, where a
//! terminal shows them without scrolling; within a group, rows go by name.

use std::collections::BTreeMap;

use super::layout::{Cell, Column, Fit, Table};
use super::or_dash;
use super::vms::legend;
use crate::model::vm::{PoolMembership, Vm, VmSummary, vm_summary};
use crate::render::style::{Palette, Tone, membership_word};

pub fn render(vms: &[&Vm], p: &Palette) -> String {
    if vms.is_empty() {
        return "No VMs.\n".to_string();
    }
    let mut rows: Vec<VmSummary> = vms.iter().map(|vm| vm_summary(vm)).collect();
    rows.sort_by_cached_key(|s| (rank(s), s.name.as_deref().unwrap_or_default().to_lowercase()));
    let succeeded = super::all_succeeded(rows.iter().map(|s| s.provisioning.as_deref()));
    let mut t = Table::new(vec![
        Column::new("Name", Fit::Whole),
        Column::new("Zone", Fit::Fixed),
        Column::new("Power state", Fit::Fixed),
        Column::new("Provisioning", Fit::Fixed)
            .short("Prov.")
            .optional_if(succeeded, 1),
        Column::new("Standby pool", Fit::Fixed),
    ]);
    for s in &rows {
        let prov = s.provisioning.clone().unwrap_or_else(|| "-".into());
        t.add_row(vec![
            Cell::plain(or_dash(s.name.clone())),
            Cell::plain(or_dash(s.zone.clone())),
            Cell::new(or_dash(s.power_code.clone()), power_tone(s)),
            Cell::new(&prov, Tone::of_provisioning(&prov)),
            Cell::new(membership_word(s.membership), Tone::of_membership(s.membership)).bold(),
        ]);
    }
    let mut text = t.render(p);
    text.push_str(&summary(&rows, p));
    text.push_str(&legend(p));
    text
}

/// 0 for VMs parked in the pool as expected, up to 4 for failures.
fn rank(s: &VmSummary) -> u8 {
    let prov = s.provisioning.as_deref().map(Tone::of_provisioning);
    if prov == Some(Tone::Bad) {
        4
    } else if prov == Some(Tone::Busy) || matches!(power_tone(s), Tone::Busy | Tone::Odd) {
        3
    } else {
        match s.membership {
            PoolMembership::Serving => 2,
            PoolMembership::Unknown => 1,
            PoolMembership::InPool => 0,
        }
    }
}

fn power_tone(s: &VmSummary) -> Tone {
    s.power_code.as_deref().map(Tone::of_power).unwrap_or(Tone::Faint)
}

/// `40 VMs: 28 in pool, 9 serving, 3 unknown, 1 failed; power: 26 deallocated, 11 running, 3 starting`
/// On two lines, the power counts on the second, when one is too wide for the terminal.
fn summary(rows: &[VmSummary], p: &Palette) -> String {
    let line = summary_line(rows, p);
    let plain = summary_line(
        rows,
        &Palette {
            color: false,
            width: p.width,
        },
    );
    match p.width {
        Some(w) if super::layout::width(plain.trim_end()) > usize::from(w) => {
            line.replacen("; power: ", ";\npower: ", 1)
        }
        _ => line,
    }
}

fn summary_line(rows: &[VmSummary], p: &Palette) -> String {
    let count = |m: PoolMembership| rows.iter().filter(|s| s.membership == m).count();
    let mut parts = Vec::new();
    for m in [PoolMembership::InPool, PoolMembership::Serving, PoolMembership::Unknown] {
        let n = count(m);
        if n > 0 || m != PoolMembership::Unknown {
            let tone = if n == 0 { Tone::Faint } else { Tone::of_membership(m) };
            parts.push(p.paint(&format!("{n} {}", membership_word(m)), tone));
        }
    }
    let failed = rows.iter().filter(|s| rank(s) == 4).count();
    if failed > 0 {
        parts.push(p.paint(&format!("{failed} failed"), Tone::Bad));
    }
    let mut power: BTreeMap<String, usize> = BTreeMap::new();
    for s in rows {
        *power.entry(or_dash(s.power_code.clone())).or_default() += 1;
    }
    let mut power: Vec<(String, usize)> = power.into_iter().collect();
    power.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let power: Vec<String> = power
        .iter()
        .map(|(code, n)| p.paint(&format!("{n} {code}"), Tone::of_power(code)))
        .collect();
    let noun = if rows.len() == 1 { "VM" } else { "VMs" };
    format!(
        "{}: {}; power: {}\n",
        p.bold(&format!("{} {noun}", rows.len())),
        parts.join(", "),
        power.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;
    use serde_json::json;

    fn vm(name: &str, power: &str, prov: &str, flag: Value) -> Value {
        json!({"name": name, "zones": ["1"], "properties": {"provisioningState": prov, "instanceView": {
            "isVMInStandbyPool": flag,
            "statuses": [{"code": format!("PowerState/{power}")}]
        }}})
    }

    #[test]
    fn rows_that_need_a_look_come_last() {
        let items = [
            vm("e-failed", "running", "Failed", json!(false)),
            vm("d-starting", "starting", "Succeeded", json!(true)),
            vm("c-serving", "running", "Succeeded", json!(false)),
            vm("b-parked", "deallocated", "Succeeded", json!(true)),
            vm("a-parked", "deallocated", "Succeeded", json!(true)),
            vm("f-new", "running", "Succeeded", Value::Null),
        ];
        let vms: Vec<Vm> = items.iter().map(|v| crate::model::vm::read(v).unwrap()).collect();
        let text = render(
            &vms.iter().collect::<Vec<_>>(),
            &Palette {
                color: false,
                width: None,
            },
        );
        let names: Vec<&str> = text
            .lines()
            .skip(2)
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        assert_eq!(
            names,
            [
                "a-parked",
                "b-parked",
                "f-new",
                "c-serving",
                "d-starting",
                "e-failed",
                "6"
            ],
            "{text}"
        );
        let last = text.lines().last().unwrap();
        assert_eq!(
            last,
            "6 VMs: 3 in pool, 2 serving, 1 unknown, 1 failed; power: 3 running, 2 deallocated, 1 starting"
        );
    }

    #[test]
    fn an_empty_pool_says_so() {
        assert_eq!(
            render(
                &[],
                &Palette {
                    color: true,
                    width: Some(80)
                }
            ),
            "No VMs.\n"
        );
    }
}
