//! Tables for people, one file per view. Unlike az's, the status tables show the counts.

mod auth;
mod containers;
mod fleet;
pub mod layout;
mod members;
mod pools;
mod ready;
mod sizing;
mod status;
mod vms;
mod vmss;

use anyhow::Result;

use super::style::Palette;
use crate::output::{Kind, Output};

pub fn render(out: &Output, p: &Palette) -> Result<String> {
    match out.kind {
        Kind::VmPoolStatus | Kind::ContainerPoolStatus => {
            let blocks: Result<Vec<String>> = out
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    // No pools at all: nobody asked (JSON, --input), so no target line.
                    let pool = (!out.pools.is_empty()).then(|| out.pools.get(i).and_then(Option::as_ref));
                    status::render(item, pool, out.kind, p)
                })
                .collect();
            Ok(blocks?.join("\n"))
        }
        Kind::VmPool | Kind::ContainerPool => Ok(pools::render(&out.items, out.kind, !out.many, p)),
        Kind::Vm => Ok(vms::render(&out.items, p)),
        Kind::VmssInstanceView => Ok(vmss::render(&out.items, p)),
        Kind::ContainerGroup => Ok(containers::render(&out.items, p)),
        Kind::AuthStatus => Ok(out.items.iter().map(|item| auth::render(item, p)).collect()),
        Kind::Fleet => Ok(fleet::render(&out.items, p)),
        Kind::PoolMembers => Ok(members::render(&out.items, p)),
    }
}

/// Whether every provisioning state shown says Succeeded: then the column tells nothing
/// and may go when the table is narrow.
fn all_succeeded<'a>(states: impl IntoIterator<Item = Option<&'a str>>) -> bool {
    states
        .into_iter()
        .all(|s| s.is_some_and(|s| s.eq_ignore_ascii_case("Succeeded")))
}

fn or_dash(s: Option<String>) -> String {
    s.unwrap_or_else(|| "-".to_string())
}
