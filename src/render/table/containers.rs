//! `container show`: one row per container group.

use super::layout::{Cell, Column, Fit, Table};
use super::or_dash;
use crate::model::container::{ContainerGroupProps, container_group_summary};
use crate::model::resource::Resource;
use crate::render::style::{Palette, Tone, container_membership, membership_word};

pub fn render(groups: &[&Resource<ContainerGroupProps>], p: &Palette) -> String {
    let mut t = Table::new(vec![
        Column::new("Name", Fit::Whole),
        Column::new("Resource group", Fit::Whole),
        Column::new("State", Fit::Fixed),
        Column::new("Image", Fit::Whole),
        Column::new("IP:ports", Fit::Whole),
        Column::new("OS", Fit::Fixed).optional(2),
        Column::new("Location", Fit::Whole).optional(1),
        Column::new("Standby pool", Fit::Fixed),
    ]);
    let mut any_membership = false;
    for group in groups {
        let s = container_group_summary(group);
        let state = or_dash(s.shown_state());
        let state_tone = match s.state.as_deref().unwrap_or(state.as_str()) {
            "Running" | "Succeeded" => Tone::Good,
            "Failed" | "Stopped" => Tone::Bad,
            "-" => Tone::Faint,
            _ => Tone::Busy,
        };
        let membership = match container_membership(s.from_standby_pool) {
            Some(m) => {
                any_membership = true;
                Cell::new(membership_word(m), Tone::of_membership(m)).bold()
            }
            None => Cell::new("-", Tone::Faint),
        };
        t.add_row(vec![
            Cell::plain(or_dash(s.name)),
            Cell::plain(or_dash(s.resource_group)),
            Cell::new(state, state_tone),
            // One image per line: each stays whole.
            Cell::plain(if s.images.is_empty() {
                "-".into()
            } else {
                s.images.join("\n")
            }),
            Cell::plain(or_dash(s.address)),
            Cell::plain(or_dash(s.os_type)),
            Cell::plain(or_dash(s.location)),
            membership,
        ]);
    }
    let mut out = t.render(p);
    if any_membership {
        out.push_str(&super::vms::legend(p));
    }
    out
}
