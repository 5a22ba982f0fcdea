//! `fleet status`: one row per pool, the pools that need attention first, and a total.

use std::collections::HashSet;

use super::layout::{Cell, Column, Fit, Table, wrap_prose};
use crate::model::fleet::PoolRow;
use crate::model::ready::Standing;
use crate::model::runtime_view::sum;
use crate::render::style::{Palette, Tone};

/// The rows arrive with the text the service sent already escaped (`output::Answer`).
pub fn render(mut rows: Vec<PoolRow>, p: &Palette) -> String {
    if rows.is_empty() {
        return "No standby pools found.\n".to_string();
    }
    rows.sort_by_cached_key(|r| {
        (
            r.attention(),
            r.subscription.clone().unwrap_or_default().to_lowercase(),
            r.resource_group.clone().unwrap_or_default().to_lowercase(),
            r.name.to_lowercase(),
        )
    });
    let mut t = Table::new(columns(&rows));
    for r in &rows {
        t.add_row(cells(r));
    }
    let mut out = t.render(p);
    out.push_str(&wrap_prose("", 0, &total(&rows), 0, p.width));
    out
}

fn columns(rows: &[PoolRow]) -> Vec<Column> {
    // One subscription in scope: its column tells nothing the total line does not.
    let subscriptions: HashSet<String> = rows
        .iter()
        .map(|r| r.subscription.clone().unwrap_or_default().to_lowercase())
        .collect();
    let succeeded = super::all_succeeded(rows.iter().map(|r| r.provisioning.as_deref()));
    vec![
        // The pool first: it names the row, and stays in it however narrow the terminal.
        Column::new("Pool", Fit::Whole),
        Column::new("Group", Fit::Whole),
        Column::new("Subscription", Fit::Whole).optional_if(subscriptions.len() <= 1, 1),
        Column::new("Kind", Fit::Fixed),
        Column::new("State", Fit::Fixed),
        Column::new("Ready", Fit::Fixed).right(),
        Column::new("Transition", Fit::Fixed).right().short("Trans."),
        Column::new("Health", Fit::Prose),
        Column::new("Provisioning", Fit::Fixed)
            .short("Prov.")
            .optional_if(succeeded, 2),
    ]
}

fn cells(r: &PoolRow) -> Vec<Cell> {
    let dash = || "-".to_string();
    // An unreadable pool shows why in place of its health; the message is on stderr.
    let health = match (&r.health, &r.error) {
        (Some((word, h)), _) => Cell::new(word, Tone::of_health(*h)),
        (None, Some((code, _))) => Cell::new(if code.is_empty() { "unreadable" } else { code }, Tone::Bad),
        (None, None) => Cell::new(dash(), Tone::Faint),
    };
    let prov = r.provisioning.clone().unwrap_or_else(dash);
    vec![
        Cell::plain(&r.name),
        Cell::plain(r.resource_group.clone().unwrap_or_else(dash)),
        Cell::plain(r.subscription.clone().unwrap_or_else(dash)),
        Cell::plain(r.kind.label()),
        Cell::plain(r.configured_state.clone().unwrap_or_else(dash)),
        ready_cell(r),
        Cell::plain(r.transition.map_or_else(dash, |n| n.to_string())),
        health,
        Cell::new(&prov, Tone::of_provisioning(&prov)),
    ]
}

/// Ready against target, coloured by how the pool stands; an unknown target shows its
/// upper bound, at most maxReadyCapacity.
fn ready_cell(r: &PoolRow) -> Cell {
    match (&r.readiness, &r.error) {
        (Some(rd), _) => {
            let tone = match rd.standing() {
                Standing::BelowMin => Tone::Bad,
                Standing::Short if rd.ready == 0 => Tone::Bad,
                Standing::Short => Tone::Busy,
                Standing::Full => Tone::Good,
                Standing::Unknown => Tone::Plain,
            };
            let target = match (r.target, r.max) {
                (Some(t), _) => t.to_string(),
                (None, Some(max)) => format!("≤{max}"),
                (None, None) => "-".to_string(),
            };
            Cell::new(format!("{}/{target}", rd.ready), tone)
        }
        (None, Some(_)) => Cell::new("error", Tone::Bad),
        (None, None) => Cell::new("-", Tone::Faint),
    }
}

fn total(rows: &[PoolRow]) -> String {
    let subscriptions: HashSet<String> = rows
        .iter()
        .filter_map(|r| r.subscription.as_deref().map(str::to_lowercase))
        .collect();
    let read: Vec<&PoolRow> = rows.iter().filter(|r| r.readiness.is_some()).collect();
    let ready = sum(read.iter().filter_map(|r| r.readiness.as_ref().map(|rd| &rd.ready)));
    let target = sum(read.iter().filter_map(|r| r.target.as_ref().or(r.max.as_ref())));
    let transition = sum(rows.iter().filter_map(|r| r.transition.as_ref()));
    let attention = rows.iter().filter(|r| r.needs_attention()).count();
    let unreadable = rows.len() - read.len();
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut line = format!(
        "Total: {} in {}, {ready}/{target} ready, {transition} in transition; {} attention",
        plural(rows.len(), "pool", "pools"),
        plural(subscriptions.len(), "subscription", "subscriptions"),
        plural(attention, "needs", "need"),
    );
    if unreadable > 0 {
        line.push_str(&format!(", {} could not be read", unreadable));
    }
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use crate::output::{Kind, Output};
    use crate::render::style::Palette;
    use serde_json::json;

    /// Text from the service never reaches the terminal as control characters: the rows
    /// are read from an escaped copy of the body.
    #[test]
    fn control_characters_in_a_pool_are_escaped() {
        let id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p";
        let item = json!({"pool": {"id": id, "name": "a\u{1b}[2Jb", "type": "Microsoft.StandbyPool/standbyVirtualMachinePools",
            "properties": {"provisioningState": "Succ\u{202e}eeded"}}});
        let out = Output::many(Kind::Fleet, vec![item]).unwrap();
        let text = super::super::render(
            &out,
            &Palette {
                color: false,
                width: None,
            },
        );
        assert!(text.contains("a\\x1b[2Jb"), "{text}");
        assert!(text.contains("Succ\\u{202e}eeded"), "{text}");
        assert!(!text.contains('\u{1b}') && !text.contains('\u{202e}'), "{text}");
    }
}
