//! `show` and `list`: pool resources, one row each; `show` of one pool adds how the
//! service sizes it (sizing.rs), which is prose, too long for a column.

use super::layout::{Cell, Column, Fit, Table};
use super::or_dash;
use crate::model::pool::{PoolProps, PoolSummary, pool_summary};
use crate::model::pool_type::PoolType;
use crate::model::resource::Resource;
use crate::model::state::{Phase, PoolState};
use crate::render::style::{Palette, Tone};

pub fn render(pools: &[&Resource<PoolProps>], pool_type: PoolType, one: bool, p: &Palette) -> String {
    let vm = pool_type == PoolType::Vm;
    let summaries: Vec<_> = pools.iter().map(|pool| pool_summary(pool)).collect();
    let succeeded = super::all_succeeded(summaries.iter().map(|s| s.provisioning.as_deref()));
    let mut t = Table::new(columns(vm, succeeded));
    for s in summaries {
        t.add_row(cells(s, vm));
    }
    let mut text = t.render(p);
    if one {
        text.extend(
            pools
                .iter()
                .map(|pool| super::sizing::block(pool.props.elasticity_profile.as_ref())),
        );
    }
    text
}

/// VM pools show the state their members wait in and the scale set; container group
/// pools their profile and zones.
fn columns(vm: bool, succeeded: bool) -> Vec<Column> {
    let mut columns = vec![
        Column::new("Name", Fit::Whole),
        Column::new("Resource group", Fit::Whole),
        Column::new("Location", Fit::Whole).optional(1),
    ];
    if vm {
        columns.push(Column::new("VM state", Fit::Prose));
    }
    columns.push(Column::new("Ready capacity", Fit::Fixed));
    columns.push(Column::new(if vm { "Scale set" } else { "Profile" }, Fit::Whole).optional(2));
    if !vm {
        columns.push(Column::new("Zones", Fit::Fixed));
    }
    columns.push(
        Column::new("Provisioning", Fit::Fixed)
            .short("Prov.")
            .optional_if(succeeded, 3),
    );
    columns
}

fn cells(s: PoolSummary, vm: bool) -> Vec<Cell> {
    let capacity = match (&s.min_ready, &s.max_ready) {
        (Some(min), Some(max)) => format!("{min}–{max}"),
        (None, Some(max)) => format!("up to {max}"),
        _ => "-".into(),
    };
    let prov = or_dash(s.provisioning);
    let mut row = vec![
        Cell::plain(or_dash(s.name)),
        Cell::plain(or_dash(s.resource_group)),
        Cell::plain(or_dash(s.location)),
    ];
    if vm {
        let tone = s.vm_state.as_deref().map(vm_state_tone).unwrap_or(Tone::Faint);
        row.push(Cell::new(or_dash(s.vm_state), tone));
    }
    row.push(Cell::plain(capacity));
    row.push(Cell::plain(or_dash(s.target)));
    if !vm {
        row.push(Cell::plain(if s.zones.is_empty() {
            "-".into()
        } else {
            s.zones.join(",")
        }));
    }
    row.push(Cell::new(&prov, Tone::of_provisioning(&prov)));
    row
}

/// The state a pool keeps its members in is ready capacity (green), `Mix` included;
/// a state this build does not know is shown as unknown.
fn vm_state_tone(state: &str) -> Tone {
    let word = state.split_whitespace().next().unwrap_or(state);
    match PoolState::parse(word) {
        PoolState::Other(s) if s.eq_ignore_ascii_case("Mix") => Tone::Good,
        s if s.phase() == Phase::Ready => Tone::Good,
        s => Tone::of_phase(s.phase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_states_are_ready() {
        assert_eq!(vm_state_tone("Deallocated"), Tone::Good);
        assert_eq!(vm_state_tone("Mix (20% running, 80% deallocated)"), Tone::Good);
        assert_eq!(vm_state_tone("Sleeping"), Tone::Odd);
    }

    #[test]
    fn one_pool_shown_says_how_it_is_sized() {
        let cg = serde_json::json!({"name": "c", "properties": {"elasticityProfile":
            {"maxReadyCapacity": 688, "refillPolicy": "always", "dynamicSizing": {"enabled": true}}}});
        let p = Palette {
            color: false,
            width: None,
        };
        let cg = crate::model::pool::read(&cg).unwrap();
        let shown = render(&[&cg], PoolType::ContainerGroup, true, &p);
        assert!(
            shown.ends_with("Dynamic sizing           on: the service may size the pool from its prediction\n"),
            "{shown}"
        );
        assert!(!shown.contains("Post-provisioning"), "{shown}");
        let listed = render(&[&cg, &cg], PoolType::ContainerGroup, false, &p);
        assert!(!listed.contains("Dynamic sizing"), "{listed}");
    }
}
