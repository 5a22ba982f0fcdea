//! `fleet status`: every standby pool in scope, found with one Resource Graph query
//! (or, where that is refused, the per-subscription lists), then one runtime view per
//! pool, read with bounded concurrency and paced per subscription.
//!
//! Scope, discovery and reads are separate functions that return data, so that a
//! long-running refresher (the exporter) can call them again and again on one client.

mod discover;

use anyhow::{Context as _, Result};
use futures_util::future::join_all;
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::Duration;

pub use discover::{Discovery, Source, discover};

use super::{STANDBY_POOL_API, api_version, scale_set};
use crate::arm::client::Fetched;
use crate::arm::pace::PaceStats;
use crate::arm::{ArmClient, ArmError, each};
use crate::azcli;
use crate::cli::{FleetArgs, FleetKind};
use crate::context::Context;
use crate::exit::UsageError;
use crate::id::{self, ResourceId};
use crate::log;
use crate::model::fleet;
use crate::model::ready::{PoolConfig, PoolFacts, PoolType, ScaleSet};
use crate::output::{Kind, Output};
use crate::term;

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
pub struct Pool {
    pub id: ResourceId,
    pub kind: PoolType,
    pub body: Value,
    pub subscription_name: Option<String>,
}

/// Told as the work goes on, for a progress bar or an exporter's counters.
pub trait Progress: Sync {
    fn found(&self, _pools: usize) {}
    /// One more runtime view was read (or given up on); what pacing has cost so far.
    fn read(&self, _stats: PaceStats) {}
}

/// No one is watching.
pub struct Quiet;
impl Progress for Quiet {}

pub fn kinds(k: FleetKind) -> Vec<PoolType> {
    match k {
        FleetKind::Vm => vec![PoolType::Vm],
        FleetKind::Container => vec![PoolType::ContainerGroup],
        FleetKind::All => vec![PoolType::Vm, PoolType::ContainerGroup],
    }
}

/// Every subscription the credential can see, as ARM lists them (paged). Disabled and
/// deleted ones hold no pools that can be read.
pub async fn subscriptions(client: &ArmClient) -> Result<Vec<Subscription>, ArmError> {
    let url = client.url("/subscriptions", &[("api-version", SUBSCRIPTIONS_API)])?;
    let items = client.list_all(url).await?;
    Ok(items
        .iter()
        .filter(|s| {
            let state = s.get("state").and_then(Value::as_str).unwrap_or_default();
            !state.eq_ignore_ascii_case("disabled") && !state.eq_ignore_ascii_case("deleted")
        })
        .filter_map(|s| {
            let id = s
                .get("subscriptionId")
                .and_then(Value::as_str)
                .or_else(|| s.get("id").and_then(Value::as_str).map(id::leaf_name))?;
            Some(Subscription {
                id: id.to_string(),
                name: s.get("displayName").and_then(Value::as_str).map(str::to_string),
            })
        })
        .collect())
}

/// The subscriptions to read: those named (ids, or display names as ARM lists them),
/// else the default one when a resource group narrows the scope, else every one visible.
pub async fn resolve_scope(
    client: &ArmClient,
    given: &[String],
    default: impl FnOnce() -> Result<String>,
    resource_group: Option<&str>,
    kinds: Vec<PoolType>,
) -> Result<Scope> {
    if let Some(rg) = resource_group {
        id::check_resource_group(rg).map_err(UsageError)?;
    }
    let wanted: Vec<String> = if !given.is_empty() {
        given.to_vec()
    } else if resource_group.is_some() {
        vec![default()?]
    } else {
        Vec::new()
    };
    let listed = subscriptions(client).await;
    let names_needed = wanted.is_empty() || wanted.iter().any(|w| !azcli::is_guid(w));
    let listed = match listed {
        Ok(l) => l,
        Err(e) if !names_needed => {
            log::verbose(format_args!("subscription names unknown (listing subscriptions: {e})"));
            Vec::new()
        }
        Err(e) => return Err(anyhow::Error::new(e).context("listing the subscriptions the credential can see")),
    };
    let subscriptions = if wanted.is_empty() {
        listed
    } else {
        let mut chosen: Vec<Subscription> = Vec::new();
        for w in &wanted {
            let s = pick(&listed, w)?;
            if !chosen.iter().any(|c| c.id.eq_ignore_ascii_case(&s.id)) {
                chosen.push(s);
            }
        }
        chosen
    };
    Ok(Scope {
        subscriptions,
        resource_group: resource_group.map(str::to_string),
        kinds,
    })
}

fn pick(listed: &[Subscription], wanted: &str) -> Result<Subscription> {
    if azcli::is_guid(wanted) {
        return Ok(listed
            .iter()
            .find(|s| s.id.eq_ignore_ascii_case(wanted))
            .cloned()
            .unwrap_or(Subscription {
                id: wanted.to_string(),
                name: None,
            }));
    }
    let matches: Vec<&Subscription> = listed
        .iter()
        .filter(|s| s.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(wanted)))
        .collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(UsageError(format!(
            "--subscription '{wanted}' is neither a subscription id (a GUID) nor the name of a subscription the credential can see"
        ))
        .into()),
        many => Err(UsageError(format!(
            "--subscription '{wanted}' names {} subscriptions; give its id instead ({})",
            many.len(),
            many.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", ")
        ))
        .into()),
    }
}

/// One runtime view per pool, in the pools' order. Each subscription has its own read
/// budget, so each gets its own bound of `--concurrency` requests in flight, and the
/// client paces each by what its answers say is left. With a `budget`, a read (its
/// retries included) that runs past it fails, so that one slow pool holds up no other.
pub async fn read_views(
    client: &ArmClient,
    pools: &[ResourceId],
    api_version: &str,
    budget: Option<Duration>,
    progress: &dyn Progress,
) -> Vec<Result<Fetched, ArmError>> {
    let mut by_subscription: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in pools.iter().enumerate() {
        by_subscription
            .entry(p.subscription.to_ascii_lowercase())
            .or_default()
            .push(i);
    }
    let read_one = |i: usize| async move {
        let path = pools[i].top().child("runtimeViews", "latest").to_string();
        let result = match client.url(&path, &[("api-version", api_version)]) {
            Ok(url) => match budget {
                None => client.get(url).await,
                Some(limit) => {
                    let shown = url.to_string();
                    tokio::time::timeout(limit, client.get(url)).await.unwrap_or_else(|_| {
                        Err(ArmError::Transport {
                            message: format!("no answer within {:.1} s", limit.as_secs_f64()),
                            url: shown,
                        })
                    })
                }
            },
            Err(e) => Err(e),
        };
        progress.read(client.budgets().stats());
        (i, result)
    };
    let groups = by_subscription
        .into_values()
        .map(|indices| each::each(indices, client.concurrency(), read_one));
    let mut slots: Vec<Option<Result<Fetched, ArmError>>> = pools.iter().map(|_| None).collect();
    for (i, result) in join_all(groups).await.into_iter().flatten() {
        slots[i] = Some(result);
    }
    slots
        .into_iter()
        .map(|s| {
            s.unwrap_or_else(|| {
                Err(ArmError::Decode {
                    message: "internal error: a pool's runtime view was never read".to_string(),
                    request_id: None,
                })
            })
        })
        .collect()
}

/// The fleet as items for the renderers; each pool whose view failed is also a failure.
pub fn items(pools: Vec<Pool>, views: Vec<Result<Fetched, ArmError>>) -> (Vec<Value>, Vec<anyhow::Error>) {
    let mut items = Vec::with_capacity(pools.len());
    let mut failures = Vec::new();
    for (pool, view) in pools.into_iter().zip(views) {
        let view = match view {
            Ok(f) => Ok(f.body),
            Err(e) => {
                let code_message = match &e {
                    ArmError::Http { code, message, .. } => (code.clone(), message.clone()),
                    other => (String::new(), other.to_string()),
                };
                // Exit 1 whatever the failure (a pool deleted since it was found is not the
                // command's "not found"), with the request id where there is one.
                let request = match &e {
                    ArmError::Http {
                        request_id: Some(r), ..
                    }
                    | ArmError::Decode {
                        request_id: Some(r), ..
                    } => {
                        format!(" (request id {r})")
                    }
                    _ => String::new(),
                };
                failures.push(anyhow::anyhow!(
                    "reading the runtime view of pool '{}' in {}/{}: {e}{request}",
                    pool.id.name(),
                    pool.subscription_name.as_deref().unwrap_or(&pool.id.subscription),
                    pool.id.resource_group
                ));
                Err(code_message)
            }
        };
        items.push(fleet::item(pool.body, view, pool.subscription_name.as_deref()));
    }
    (items, failures)
}

/// `standby fleet status`.
pub async fn status(args: &FleetArgs, ctx: &Context) -> Result<Output> {
    let client = ctx.client()?;
    let scope = resolve_scope(
        client,
        &ctx.subscriptions_given,
        || ctx.subscription().map(str::to_string),
        args.resource_group.as_deref(),
        kinds(args.kind),
    )
    .await?;
    let api = api_version(ctx, STANDBY_POOL_API);
    let bar = term::Progress::start(!log::verbose_enabled());
    log::verbose(format_args!(
        "finding pools in {} subscription(s)",
        scope.subscriptions.len()
    ));
    let found = discover(client, &scope, api).await.context("finding the pools")?;
    bar.found(found.pools.len());
    log::verbose(format_args!(
        "found {} pool(s) through {}",
        found.pools.len(),
        match found.source {
            Source::ResourceGraph => "Resource Graph",
            Source::Lists => "the per-subscription lists",
        }
    ));
    let ids: Vec<ResourceId> = found.pools.iter().map(|p| p.id.clone()).collect();
    let configs: Vec<(PoolType, PoolConfig)> = found
        .pools
        .iter()
        .map(|p| (p.kind, PoolConfig::of_pool(&p.body)))
        .collect();
    // The scale sets' sizes (for the targets) come beside the views, from Resource Graph.
    let (views, facts) = tokio::join!(
        read_views(client, &ids, api, None, &bar),
        scale_set::read_fleet(client, &configs)
    );
    bar.finish();
    let stats = client.budgets().stats();
    log::verbose(format_args!(
        "read {} runtime view(s); {} request(s) held back to stay inside the read budget, {} throttled (429)",
        views.iter().filter(|v| v.is_ok()).count(),
        stats.paced,
        stats.throttled
    ));
    let (mut items, failures) = items(found.pools, views);
    for (item, facts) in items.iter_mut().zip(&facts) {
        fleet::set_scale_set(item, &facts.scale_set);
    }
    let mut out = Output::many(Kind::Fleet, items);
    out.failures = found.failures;
    out.failures.extend(failures);
    out.warnings.extend(unknown_targets(&facts));
    Ok(out)
}

/// One line for the pools whose scale set could not be read: their targets are unknown
/// (the table shows `≤max`, the JSON `null`); `--verbose` names each scale set.
fn unknown_targets(facts: &[PoolFacts]) -> Option<String> {
    let unread: Vec<(&str, &str)> = facts
        .iter()
        .filter_map(|f| match &f.scale_set {
            ScaleSet::Unreadable(why) => Some((f.config.scale_set_name().unwrap_or("(unnamed)"), why.as_str())),
            _ => None,
        })
        .collect();
    let (_, first_why) = unread.first()?;
    for (name, why) in &unread {
        log::verbose(format_args!(
            "scale set '{}': {}",
            term::sanitize(name),
            term::sanitize(why)
        ));
    }
    Some(
        term::sanitize(&format!(
            "the scale sets of {} pool(s) could not be read ({first_why}{}): their targets are unknown, at most their maxReadyCapacity",
            unread.len(),
            if unread.len() > 1 { ", …; --verbose names each" } else { "" }
        ))
        .into_owned(),
    )
}

impl Progress for term::Progress {
    fn found(&self, pools: usize) {
        self.set_total(pools as u64);
    }

    fn read(&self, stats: PaceStats) {
        self.step(stats.paced + stats.throttled);
    }
}
