//! `show` and `list`: pool resources, one row each.

use comfy_table::Cell;
use serde_json::Value;

use super::{finish, or_dash};
use crate::model::pool::pool_summary;
use crate::output::Kind;
use crate::render::style::{Palette, Tone};

pub fn render(items: &[Value], kind: Kind, p: &Palette) -> String {
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
