//! `fleet status`: every standby pool in scope, found and read by `crate::fleet`, as
//! rows for the renderers.

use anyhow::{Context as _, Result};
use serde_json::Value;

use crate::arm::ArmError;
use crate::arm::client::Fetched;
use crate::arm::pace::PaceStats;
use crate::cli::FleetArgs;
use crate::context::Context;
use crate::fleet::{self as many, FleetPool, FoundThrough, Observer, scale_sets};
use crate::id::ResourceId;
use crate::log;
use crate::model::fleet;
use crate::model::ready::{PoolConfig, PoolFacts, PoolType, ScaleSet};
use crate::output::{Kind, Output};
use crate::term;

/// The fleet as items for the renderers; each pool whose view failed is also a failure.
pub fn items(pools: Vec<FleetPool>, views: Vec<Result<Fetched, ArmError>>) -> (Vec<Value>, Vec<anyhow::Error>) {
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
    let scope = many::resolve_scope(
        client,
        &ctx.subscriptions_given,
        || ctx.subscription().map(str::to_string),
        args.resource_group.as_deref(),
        args.kind.types(),
    )
    .await?;
    let api = ctx.api_version_or(crate::arm::versions::STANDBY_POOL_API);
    let bar = term::Progress::start(!log::verbose_enabled());
    log::verbose(format_args!(
        "finding pools in {} subscription(s)",
        scope.subscriptions.len()
    ));
    let discovered = many::discover(client, &scope, api).await.context("finding the pools")?;
    bar.found(discovered.pools.len());
    log::verbose(format_args!(
        "found {} pool(s) through {}",
        discovered.pools.len(),
        match discovered.source {
            FoundThrough::ResourceGraph => "Resource Graph",
            FoundThrough::Lists => "the per-subscription lists",
        }
    ));
    let ids: Vec<ResourceId> = discovered.pools.iter().map(|p| p.id.clone()).collect();
    let configs: Vec<(PoolType, PoolConfig)> = discovered
        .pools
        .iter()
        .map(|p| (p.kind, PoolConfig::of_pool(&p.body)))
        .collect();
    // The scale sets' sizes (for the targets) come beside the views, from Resource Graph.
    let (views, facts) = tokio::join!(
        many::read_views(client, &ids, api, None, &bar),
        scale_sets::read_fleet(client, &configs)
    );
    bar.finish();
    let stats = client.budgets().stats();
    log::verbose(format_args!(
        "read {} runtime view(s); {} request(s) held back to stay inside the read budget, {} throttled (429)",
        views.iter().filter(|v| v.is_ok()).count(),
        stats.paced,
        stats.throttled
    ));
    let (mut items, failures) = items(discovered.pools, views);
    for (item, facts) in items.iter_mut().zip(&facts) {
        fleet::set_scale_set(item, &facts.scale_set);
    }
    let mut out = Output::many(Kind::Fleet, items)?;
    out.failures = discovered.failures;
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

impl Observer for term::Progress {
    fn found(&self, pools: usize) {
        self.set_total(pools as u64);
    }

    fn read(&self, stats: PaceStats) {
        self.step(stats.paced + stats.throttled);
    }
}
