//! Many pools at once: which subscriptions are in scope, the pools found there (one
//! Resource Graph query, or the per-subscription lists where that is refused), their
//! runtime views read with bounded concurrency and paced per subscription, and the
//! sizes of their scale sets. `fleet status` and the exporter both read through here;
//! each call returns data, so a long-running refresher can call again on one client.

mod discover;
pub mod scale_sets;
mod scope;
mod views;

use serde_json::Value;

pub use discover::{Discovery, FoundThrough, discover};
pub use scope::{resolve_scope, subscriptions};
pub use views::read_views;

use crate::arm::pace::PaceStats;
use crate::id::ResourceId;
use crate::model::ready::PoolType;

/// The api-version of the tenant's subscription list.
const SUBSCRIPTIONS_API: &str = "2022-12-01";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub id: String,
    /// `displayName`, where the list of subscriptions gave it.
    pub name: Option<String>,
}

/// Which pools: the subscriptions, optionally one resource group in each, the types.
#[derive(Debug, Clone)]
pub struct Scope {
    pub subscriptions: Vec<Subscription>,
    pub resource_group: Option<String>,
    pub kinds: Vec<PoolType>,
}

/// One pool found: its id, type, the resource as found, its subscription's name.
#[derive(Debug, Clone)]
pub struct FleetPool {
    pub id: ResourceId,
    pub kind: PoolType,
    pub body: Value,
    pub subscription_name: Option<String>,
}

/// Told as the work goes on, for a progress bar or an exporter's counters.
pub trait Observer: Sync {
    fn found(&self, _pools: usize) {}
    /// One more runtime view was read (or given up on); what pacing has cost so far.
    fn read(&self, _stats: PaceStats) {}
}

/// No one is watching.
pub struct Quiet;
impl Observer for Quiet {}
