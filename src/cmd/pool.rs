//! `vm-pool` and `container-pool`: status, show and list on the two StandbyPool types.

use anyhow::{Context as _, Result};
use reqwest::Url;

use super::{ResourceType, STANDBY_POOL_API, Spec, input, resource_path};
use crate::arm::ArmClient;
use crate::cli::{ListArgs, StatusArgs, TargetArgs};
use crate::context::Context;
use crate::exit::UsageError;
use crate::fleet::scale_sets;
use crate::id::{self, NameRule, ResourceId};
use crate::log;
use crate::model::pool_type::{self, PoolType};
use crate::model::ready::{PoolConfig, PoolFacts, ScaleSet};
use crate::output::{Kind, Output, TargetFacts};

/// A pool type as the commands address it.
pub fn resource_type(pt: PoolType) -> ResourceType {
    ResourceType {
        namespace: pool_type::NAMESPACE,
        kind: pt.resource_kind(),
        name_rule: NameRule::Pool,
    }
}

impl PoolType {
    pub fn status(self) -> Spec {
        Spec {
            resource: resource_type(self),
            output: Kind::status_of(self),
            api_version: STANDBY_POOL_API,
            path: runtime_view_path,
            query: &[],
            reading: "reading the runtime view of pool",
        }
    }

    pub fn show(self) -> Spec {
        Spec {
            resource: resource_type(self),
            output: Kind::pool_of(self),
            api_version: STANDBY_POOL_API,
            path: pool_path,
            query: &[],
            reading: "reading pool",
        }
    }
}

/// `status`: the runtime view. A table for people (not JSON, not a `--query`, not a
/// saved body) also shows ready capacity against the pool's target, so it reads the
/// pool resource in the same batch as the view, then the scale set the pool names: two
/// round trips. What cannot be read costs the table its target, never the command.
pub async fn status(pk: PoolType, args: &StatusArgs, ctx: &Context) -> Result<Output> {
    let spec = pk.status();
    if let Some(out) = input::saved(args.input.as_deref(), spec.output).await? {
        return Ok(out);
    }
    let targets = super::targets(args, ctx, spec.resource, spec.output.noun())?;
    let ids = views(targets, args.view.as_deref())?;
    if !ctx.render.for_people() {
        let results = ctx.client()?.get_each(super::urls(&spec, &ids, ctx)?).await;
        return super::collect(&spec, &ids, results);
    }
    let pool_ids: Vec<ResourceId> = ids.iter().map(ResourceId::top).collect();
    let mut urls = super::urls(&spec, &ids, ctx)?;
    urls.extend(super::urls(&pk.show(), &pool_ids, ctx)?);
    let client = ctx.client()?;
    let mut views = client.get_each(urls).await;
    let pools = views.split_off(ids.len());
    let read: Vec<bool> = views.iter().map(Result::is_ok).collect();
    let mut out = super::collect(&spec, &ids, views)?;
    let mut configs: Vec<(String, Option<PoolConfig>)> = Vec::new();
    for ((pool, id), _) in pools.into_iter().zip(&pool_ids).zip(read).filter(|(_, read)| *read) {
        let config = pool
            .map_err(anyhow::Error::from)
            .and_then(|fetched| {
                PoolConfig::read(&fetched.body).map_err(|e| anyhow::anyhow!("the pool has an unexpected shape: {e}"))
            })
            .map_err(|e| log::warn(format_args!("reading pool '{}' for its ready target: {e:#}", id.name())))
            .ok();
        configs.push((id.name().to_string(), config));
    }
    let known: Vec<(PoolType, PoolConfig)> = configs.iter().filter_map(|(_, c)| c.clone().map(|c| (pk, c))).collect();
    let mut facts = scale_sets::read_each(client, &known).await.into_iter();
    let mut targets = Vec::new();
    for (name, config) in configs {
        let fact = config.and_then(|_| facts.next());
        if let Some(w) = fact.as_ref().and_then(|f| scale_set_warning(f, &name)) {
            out.warnings.push(w);
        }
        targets.push(TargetFacts::of(fact));
    }
    out.set_targets(targets);
    Ok(out)
}

/// One line on stderr for a scale set that could not be read: the target is unknown.
pub fn scale_set_warning(facts: &PoolFacts, pool: &str) -> Option<String> {
    let ScaleSet::Unreadable(why) = &facts.scale_set else {
        return None;
    };
    let name = facts.config.scale_set_name().unwrap_or("(unnamed)");
    let bound = facts
        .config
        .max
        .map_or_else(String::new, |m| format!(", at most maxReadyCapacity {m}"));
    Some(
        crate::term::sanitize(&format!(
            "could not read scale set '{name}' of pool '{pool}' ({why}): the pool's target is unknown{bound}"
        ))
        .into_owned(),
    )
}

/// One pool read again and again (watch, wait): its runtime view exactly as `status`
/// reads it, the pool resource, which holds the target's settings, and its scale set.
pub struct PoolReader<'a> {
    client: &'a ArmClient,
    kind: Kind,
    pool_type: PoolType,
    reading: &'static str,
    name: String,
    view_url: Url,
    pool_url: Url,
}

impl<'a> PoolReader<'a> {
    /// Checks the target before anything is sent; `args` name one pool.
    pub fn new(pk: PoolType, args: &TargetArgs, ctx: &'a Context) -> Result<PoolReader<'a>> {
        let spec = pk.status();
        let ids = super::targets(args, ctx, spec.resource, spec.output.noun())?;
        let [id] = ids.as_slice() else {
            return Err(UsageError("name one pool".to_string()).into());
        };
        let view_path = (spec.path)(id)?;
        let pool_path = pool_path(&id.top())?;
        let client = ctx.client()?;
        let query = [("api-version", ctx.api_version_or(spec.api_version))];
        Ok(PoolReader {
            client,
            kind: spec.output,
            pool_type: pk,
            reading: spec.reading,
            name: id.name().to_string(),
            view_url: client.url(&view_path, &query)?,
            pool_url: client.url(&pool_path, &query)?,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn pool_type(&self) -> PoolType {
        self.pool_type
    }

    /// The runtime view, as `status` prints it.
    pub async fn status(&self) -> Result<Output> {
        let fetched = self
            .client
            .get(self.view_url.clone())
            .await
            .with_context(|| format!("{} '{}'", self.reading, self.name))?;
        Output::one(self.kind, fetched.body)
    }

    /// The pool resource's settings that make its target.
    pub async fn pool(&self) -> Result<PoolConfig> {
        let fetched = self
            .client
            .get(self.pool_url.clone())
            .await
            .with_context(|| format!("reading pool '{}'", self.name))?;
        PoolConfig::read(&fetched.body)
            .map_err(|e| anyhow::anyhow!("pool '{}' has an unexpected shape: {e}", self.name))
    }

    /// One poll: the view and what its target is made of now. The scale set is read at
    /// every poll, beside the view (it is what scales). The pool's settings change
    /// rarely: given `known` ones, the pool is not read; without, it is read beside the
    /// view and its scale set after it.
    pub async fn poll(&self, known: Option<PoolConfig>) -> Polled {
        let facts_of = |config: PoolConfig| async move {
            let pools = [(self.pool_type, config)];
            scale_sets::read_each(self.client, &pools).await.into_iter().next()
        };
        match known {
            Some(config) => {
                let (status, facts) = tokio::join!(self.status(), facts_of(config));
                Polled {
                    status,
                    pool: None,
                    facts,
                }
            }
            None => {
                let (status, pool) = tokio::join!(self.status(), self.pool());
                let facts = match &pool {
                    Ok(config) => facts_of(config.clone()).await,
                    Err(_) => None,
                };
                Polled {
                    status,
                    pool: Some(pool),
                    facts,
                }
            }
        }
    }
}

/// What one poll of a pool read.
pub struct Polled {
    pub status: Result<Output>,
    /// The pool's settings, when they were read this time.
    pub pool: Option<Result<PoolConfig>>,
    /// The view's target as of this poll; `None` when the pool's settings are unknown.
    pub facts: Option<PoolFacts>,
}

/// The runtime view `--version` names (az's option; `latest` without it) of each pool.
/// An id that names a runtime view already keeps it; a `--version` naming another is a
/// usage error rather than one silently winning over the other.
fn views(ids: Vec<ResourceId>, view: Option<&str>) -> Result<Vec<ResourceId>, UsageError> {
    ids.into_iter()
        .map(|id| {
            if id.is_top_level() {
                return Ok(id.child("runtimeViews", view.unwrap_or("latest")));
            }
            let named = id.to_string();
            let named = id::leaf_name(&named);
            match view {
                Some(v) if id.is_child("runtimeViews") && !v.eq_ignore_ascii_case(named) => Err(UsageError(format!(
                    "--version {v} and --ids name different runtime views ('{named}'); give one of them"
                ))),
                _ => Ok(id),
            }
        })
        .collect()
}

/// `--ids` takes the pool's id or its runtime view's.
fn runtime_view_path(id: &ResourceId) -> Result<String, UsageError> {
    if id.is_top_level() {
        Ok(id.clone().child("runtimeViews", "latest").to_string())
    } else if id.is_child("runtimeViews") {
        Ok(id.to_string())
    } else {
        Err(UsageError(format!(
            "--ids: '{id}' is neither a pool id nor its runtime view id"
        )))
    }
}

fn pool_path(id: &ResourceId) -> Result<String, UsageError> {
    resource_path(id).map_err(|_| UsageError(format!("--ids: '{id}' is not a pool id")))
}

pub async fn list(pk: PoolType, args: &ListArgs, ctx: &Context) -> Result<Output> {
    let kind = Kind::pool_of(pk);
    if let Some(path) = &args.input {
        return input::saved_list(path, kind).await;
    }
    if let Some(rg) = &args.resource_group {
        id::check_resource_group(rg).map_err(UsageError)?;
    }
    let path = pk.list_path(ctx.subscription()?, args.resource_group.as_deref());
    let client = ctx.client()?;
    let url = client.url(&path, &[("api-version", ctx.api_version_or(STANDBY_POOL_API))])?;
    let items = client
        .list_all(url)
        .await
        .with_context(|| format!("listing {}s", kind.noun()))?;
    Output::many(kind, items)
}
