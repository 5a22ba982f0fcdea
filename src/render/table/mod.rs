//! Tables for people, one file per view. Unlike az's, the status tables show the counts.

mod auth;
mod containers;
mod events;
mod fleet;
pub mod layout;
mod members;
mod pools;
mod ready;
mod sizing;
mod status;
mod vms;
mod vmss;

use super::style::Palette;
use crate::output::{Answer, Body, Output};

pub fn render(out: &Output, p: &Palette) -> String {
    fn reads<T>(bodies: &[Body<T>]) -> Vec<&T> {
        bodies.iter().map(|b| &b.read).collect()
    }
    match &out.answer {
        Answer::Status { pool_type, views } => views
            .iter()
            .map(|v| status::render(&v.body.read, &v.target, *pool_type, p))
            .collect::<Vec<_>>()
            .join("\n"),
        Answer::Pools { pool_type, pools } => pools::render(&reads(pools), *pool_type, !out.many, p),
        Answer::Vms { members: false, vms } => vms::render(&reads(vms), p),
        Answer::Vms { members: true, vms } => members::render(&reads(vms), p),
        Answer::ScaleSets(views) => vmss::render(&reads(views), p),
        Answer::ContainerGroups(groups) => containers::render(&reads(groups), p),
        Answer::Auth(items) => items.iter().map(|item| auth::render(item, p)).collect(),
        Answer::Events(items) => items.iter().map(|item| events::render(item, p)).collect(),
        Answer::Fleet(rows) => fleet::render(reads(rows).into_iter().cloned().collect(), p),
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
