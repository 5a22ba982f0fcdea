//! `vm instance-view`: one row per VM, with its place in or out of a standby pool.

use super::layout::{Cell, Column, Fit, Table, wrap_prose};
use super::or_dash;
use crate::model::vm::{Vm, vm_summary};
use crate::render::style::{MEMBERSHIP_LEGEND, Palette, Tone, membership_word};

pub fn render(vms: &[&Vm], p: &Palette) -> String {
    let summaries: Vec<_> = vms.iter().map(|vm| vm_summary(vm)).collect();
    let succeeded = super::all_succeeded(summaries.iter().map(|s| s.provisioning.as_deref()));
    let mut t = Table::new(vec![
        Column::new("Name", Fit::Whole),
        Column::new("Resource group", Fit::Whole),
        Column::new("Location", Fit::Whole).optional(1),
        Column::new("Provisioning", Fit::Fixed)
            .short("Prov.")
            .optional_if(succeeded, 2),
        Column::new("Power state", Fit::Fixed),
        Column::new("Standby pool", Fit::Fixed),
    ]);
    for s in summaries {
        let prov = or_dash(s.provisioning);
        let power_tone = s.power_code.as_deref().map(Tone::of_power).unwrap_or(Tone::Faint);
        t.add_row(vec![
            Cell::plain(or_dash(s.name)),
            Cell::plain(or_dash(s.resource_group)),
            Cell::plain(or_dash(s.location)),
            Cell::new(&prov, Tone::of_provisioning(&prov)),
            Cell::new(or_dash(s.power), power_tone),
            Cell::new(membership_word(s.membership), Tone::of_membership(s.membership)).bold(),
        ]);
    }
    let mut out = t.render(p);
    out.push_str(&legend(p));
    out
}

/// The membership words explained, at a terminal (a known width): a pipe gets the bare table.
pub(super) fn legend(p: &Palette) -> String {
    if p.width.is_none() {
        return String::new();
    }
    let text = wrap_prose("", 0, MEMBERSHIP_LEGEND, 0, p.width);
    let mut out = String::from("\n");
    for line in text.lines() {
        out.push_str(&p.paint(line, Tone::Faint));
        out.push('\n');
    }
    out
}
