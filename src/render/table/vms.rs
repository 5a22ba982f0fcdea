//! `vm instance-view`: one row per VM, with its place in or out of a standby pool.

use comfy_table::Cell;
use serde_json::Value;

use super::{finish, or_dash};
use crate::model::vm::vm_summary;
use crate::render::style::{Palette, Tone, membership_word};

pub fn render(items: &[Value], p: &Palette) -> String {
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
        let flag = membership_word(s.membership);
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
