//! `vm-pool` and `container-pool`: status, show and list on the two StandbyPool types.

use anyhow::{Context as _, Result};
use reqwest::Url;
use serde_json::Value;

use super::{ResourceType, STANDBY_POOL_API, Spec, api_version, input, resource_path};
use crate::arm::ArmClient;
use crate::cli::{ListArgs, StatusArgs, TargetArgs};
use crate::context::Context;
use crate::exit::UsageError;
use crate::id::{self, NameRule, ResourceId};
use crate::log;
use crate::model::ready::PoolType;
use crate::output::{Kind, Output};
use crate::render::Format;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolKind {
    Vm,
    Container,
}

impl PoolKind {
    pub fn resource_type(self) -> ResourceType {
        ResourceType {
            namespace: "Microsoft.StandbyPool",
            kind: match self {
                PoolKind::Vm => "standbyVirtualMachinePools",
                PoolKind::Container => "standbyContainerGroupPools",
            },
            name_rule: NameRule::Pool,
        }
    }

    pub fn status(self) -> Spec {
        Spec {
            resource: self.resource_type(),
            output: match self {
                PoolKind::Vm => Kind::VmPoolStatus,
                PoolKind::Container => Kind::ContainerPoolStatus,
            },
            api_version: STANDBY_POOL_API,
            path: runtime_view_path,
            query: &[],
            reading: "reading the runtime view of pool",
        }
    }

    pub fn show(self) -> Spec {
        Spec {
            resource: self.resource_type(),
            output: self.pool_kind(),
            api_version: STANDBY_POOL_API,
            path: pool_path,
            query: &[],
            reading: "reading pool",
        }
    }

    /// Which members count as ready (model/ready.rs).
    pub fn pool_type(self) -> PoolType {
        match self {
            PoolKind::Vm => PoolType::Vm,
            PoolKind::Container => PoolType::ContainerGroup,
        }
    }

    fn pool_kind(self) -> Kind {
        match self {
            PoolKind::Vm => Kind::VmPool,
            PoolKind::Container => Kind::ContainerPool,
        }
    }
}

/// `status`: the runtime view. A table for people (not JSON, not a `--query`, not a
/// saved body) also shows ready capacity against the pool's target, so it reads the
/// pool resource too, in the same bounded batch. A pool that cannot be read costs the
/// table its target line, never the command.
pub async fn status(pk: PoolKind, args: &StatusArgs, ctx: &Context) -> Result<Output> {
    let spec = pk.status();
    if let Some(out) = input::saved(args.input.as_deref(), spec.output).await? {
        return Ok(out);
    }
    let targets = super::targets(args, ctx, spec.resource, spec.output.noun())?;
    let ids = views(targets, args.view.as_deref())?;
    let table = ctx.render.format == Format::Table && ctx.render.query.is_none();
    if !table {
        let results = ctx.client()?.get_each(super::urls(&spec, &ids, ctx)?).await;
        return super::collect(&spec, &ids, results);
    }
    let pool_ids: Vec<ResourceId> = ids.iter().map(ResourceId::top).collect();
    let pool_spec = pk.show();
    let mut urls = super::urls(&spec, &ids, ctx)?;
    urls.extend(super::urls(&pool_spec, &pool_ids, ctx)?);
    let mut views = ctx.client()?.get_each(urls).await;
    let pools = views.split_off(ids.len());
    let read: Vec<bool> = views.iter().map(Result::is_ok).collect();
    let mut out = super::collect(&spec, &ids, views)?;
    out.pools = pools
        .into_iter()
        .zip(&pool_ids)
        .zip(read)
        .filter(|(_, read)| *read)
        .map(|((pool, id), _)| match pool {
            Ok(fetched) => Some(fetched.body),
            Err(e) => {
                log::warn(format_args!("reading pool '{}' for its ready target: {e}", id.name()));
                None
            }
        })
        .collect();
    Ok(out)
}

/// One pool read again and again (watch, wait): its runtime view exactly as `status`
/// reads it, and the pool resource, which holds the target.
pub struct PoolReader<'a> {
    client: &'a ArmClient,
    kind: Kind,
    reading: &'static str,
    name: String,
    view_url: Url,
    pool_url: Url,
}

impl<'a> PoolReader<'a> {
    /// Checks the target before anything is sent; `args` name one pool.
    pub fn new(pk: PoolKind, args: &TargetArgs, ctx: &'a Context) -> Result<PoolReader<'a>> {
        let spec = pk.status();
        let ids = super::targets(args, ctx, spec.resource, spec.output.noun())?;
        let [id] = ids.as_slice() else {
            return Err(UsageError("name one pool".to_string()).into());
        };
        let view_path = (spec.path)(id)?;
        let pool_path = pool_path(&id.top())?;
        let client = ctx.client()?;
        let query = [("api-version", api_version(ctx, spec.api_version))];
        Ok(PoolReader {
            client,
            kind: spec.output,
            reading: spec.reading,
            name: id.name().to_string(),
            view_url: client.url(&view_path, &query)?,
            pool_url: client.url(&pool_path, &query)?,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The runtime view, as `status` prints it.
    pub async fn status(&self) -> Result<Output> {
        let fetched = self
            .client
            .get(self.view_url.clone())
            .await
            .with_context(|| format!("{} '{}'", self.reading, self.name))?;
        Ok(Output::one(self.kind, fetched.body))
    }

    /// The pool resource itself.
    pub async fn pool(&self) -> Result<Value> {
        let fetched = self
            .client
            .get(self.pool_url.clone())
            .await
            .with_context(|| format!("reading pool '{}'", self.name))?;
        Ok(fetched.body)
    }
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

pub async fn list(pk: PoolKind, args: &ListArgs, ctx: &Context) -> Result<Output> {
    let kind = pk.pool_kind();
    if let Some(path) = &args.input {
        return input::saved_list(path, kind).await;
    }
    if let Some(rg) = &args.resource_group {
        id::check_resource_group(rg).map_err(UsageError)?;
    }
    let path = list_path(pk, ctx.subscription()?, args.resource_group.as_deref());
    let client = ctx.client()?;
    let url = client.url(&path, &[("api-version", api_version(ctx, STANDBY_POOL_API))])?;
    let items = client
        .list_all(url)
        .await
        .with_context(|| format!("listing {}s", kind.noun()))?;
    Ok(Output::many(kind, items))
}

/// The list of a subscription's pools of one type, or of a resource group's (checked).
pub fn list_path(pk: PoolKind, subscription: &str, resource_group: Option<&str>) -> String {
    let rt = pk.resource_type();
    match resource_group {
        Some(rg) => format!(
            "/subscriptions/{subscription}/resourceGroups/{rg}/providers/{}/{}",
            rt.namespace, rt.kind
        ),
        None => format!("/subscriptions/{subscription}/providers/{}/{}", rt.namespace, rt.kind),
    }
}
