//! `container show`: one row per container group.

use comfy_table::Cell;
use serde_json::Value;

use super::{finish, or_dash};
use crate::model::container::container_group_summary;
use crate::render::style::{Palette, Tone};

pub fn render(items: &[Value], p: &Palette) -> String {
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
        let state = or_dash(s.shown_state());
        let state_tone = match s.state.as_deref().unwrap_or(state.as_str()) {
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
