//! `vmss instance-view`: the scale set's status summaries, one row per status.

use comfy_table::{Cell, CellAlignment};
use serde_json::Value;

use super::finish;
use crate::model::vm::vmss_status_rows;
use crate::render::style::{Palette, Tone};

pub fn render(items: &[Value], p: &Palette) -> String {
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
