//! Which pools the exporter serves: those named with `--ids`, or those found in a scope
//! the way `fleet status` finds them (Resource Graph, else the lists), found again at
//! every discovery so that new pools appear and deleted ones go.

use anyhow::{Context as _, Result};
use serde_json::Value;

use crate::arm::ArmClient;
use crate::cli::{ExporterArgs, KindFilter};
use crate::context::Context;
use crate::exit::UsageError;
use crate::fleet;
use crate::id::{self, ResourceId};
use crate::model::pool_type::{NAMESPACE, PoolType};

pub enum Selection {
    Ids(Vec<(ResourceId, PoolType)>),
    Scope(ScopeArgs),
}

/// What `fleet::resolve_scope` is given, kept so that each discovery lists the
/// subscriptions again (one read): a subscription granted later is picked up.
pub struct ScopeArgs {
    given: Vec<String>,
    /// The default subscription, resolved at start, where `-g` needs it.
    default: Option<String>,
    resource_group: Option<String>,
    kind: KindFilter,
}

/// A pool that discovery found, with the resource it read (for its target).
pub struct Chosen {
    pub id: ResourceId,
    pub kind: PoolType,
    pub body: Value,
}

/// What one discovery learnt: the pools found, and whether the answer was whole. When
/// it was not (a subscription's list failed), pools that were not found are kept.
pub struct Discovered {
    pub pools: Vec<Chosen>,
    pub failures: Vec<anyhow::Error>,
}

impl Selection {
    /// Checked before anything is sent: ids are ids of pools, a resource group a name.
    pub fn from_args(args: &ExporterArgs, ctx: &Context) -> Result<Selection> {
        if !args.ids.is_empty() {
            return Ok(Selection::Ids(pool_ids(&args.ids)?));
        }
        if let Some(rg) = &args.resource_group {
            id::check_resource_group(rg).map_err(UsageError)?;
        }
        let given = ctx.subscriptions_given.clone();
        let default = match (&args.resource_group, given.is_empty()) {
            (Some(_), true) => Some(ctx.subscription()?.to_string()),
            _ => None,
        };
        Ok(Selection::Scope(ScopeArgs {
            given,
            default,
            resource_group: args.resource_group.clone(),
            kind: args.kind.unwrap_or(KindFilter::All),
        }))
    }
}

impl ScopeArgs {
    /// Finds the pools in scope (the scope itself resolved again).
    pub async fn discover(&self, client: &ArmClient, api_version: &str) -> Result<Discovered> {
        let ScopeArgs {
            given,
            default,
            resource_group,
            kind,
        } = self;
        let scope = fleet::resolve_scope(
            client,
            given,
            || {
                default
                    .clone()
                    .ok_or_else(|| anyhow::anyhow!("no default subscription"))
            },
            resource_group.as_deref(),
            kind.types(),
        )
        .await?;
        let found = fleet::discover(client, &scope, api_version)
            .await
            .context("finding the pools")?;
        Ok(Discovered {
            pools: found
                .pools
                .into_iter()
                .map(|p| Chosen {
                    id: p.id,
                    kind: p.kind,
                    body: p.body,
                })
                .collect(),
            failures: found.failures,
        })
    }
}

/// The pools given with `--ids`.
fn pool_ids(raw: &[String]) -> Result<Vec<(ResourceId, PoolType)>> {
    raw.iter()
        .map(|r| {
            let id = ResourceId::parse(r).map_err(|e| UsageError(format!("--ids: {e}")))?;
            let kind = PoolType::ALL
                .into_iter()
                .find(|k| id.is_kind(NAMESPACE, k.resource_kind()))
                .ok_or_else(|| UsageError(format!("--ids: '{r}' is not the id of a standby pool")))?;
            if !id.is_top_level() {
                return Err(UsageError(format!("--ids: '{r}' is not a pool id")).into());
            }
            id::check_name(id::NameRule::Pool, "standby pool", id.name()).map_err(UsageError)?;
            Ok((id, kind))
        })
        .collect()
}
