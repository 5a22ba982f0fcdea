//! `vm-pool` and `container-pool`: the same three verbs on the two StandbyPool types.

use anyhow::{Context as _, Result};
use serde_json::Value;

use super::{NameRule, ResourceType, STANDBY_POOL_API, api_version, fetch_each, read_input, saved, targets};
use crate::cli::{ListArgs, TargetArgs};
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::{Kind, Output};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolKind {
    Vm,
    Container,
}

impl PoolKind {
    fn resource_type(self) -> ResourceType {
        ResourceType {
            namespace: "Microsoft.StandbyPool",
            kind: match self {
                PoolKind::Vm => "standbyVirtualMachinePools",
                PoolKind::Container => "standbyContainerGroupPools",
            },
            noun: match self {
                PoolKind::Vm => "standby VM pool",
                PoolKind::Container => "standby container group pool",
            },
            name_rule: NameRule::Pool,
        }
    }

    fn status_kind(self) -> Kind {
        match self {
            PoolKind::Vm => Kind::VmPoolStatus,
            PoolKind::Container => Kind::ContainerPoolStatus,
        }
    }

    fn pool_kind(self) -> Kind {
        match self {
            PoolKind::Vm => Kind::VmPool,
            PoolKind::Container => Kind::ContainerPool,
        }
    }
}

pub async fn status(pk: PoolKind, args: &TargetArgs, ctx: &Context) -> Result<Output> {
    if let Some(out) = saved(args.input.as_deref(), pk.status_kind())? {
        return Ok(out);
    }
    let version = api_version(ctx, STANDBY_POOL_API);
    let mut requests = Vec::new();
    for id in targets(args, ctx, pk.resource_type())? {
        // --ids takes the pool's id or its runtime view's.
        let view = match id.segments.len() {
            1 => id.clone().child("runtimeViews", "latest"),
            2 if id.segments[1].0.eq_ignore_ascii_case("runtimeViews") => id.clone(),
            _ => {
                return Err(UsageError(format!("--ids: '{id}' is neither a pool id nor its runtime view id")).into());
            }
        };
        let url = ctx.client()?.url(&view.to_string(), &[("api-version", version)])?;
        requests.push((url, format!("reading the runtime view of pool '{}'", id.name())));
    }
    fetch_each(ctx, pk.status_kind(), requests).await
}

pub async fn show(pk: PoolKind, args: &TargetArgs, ctx: &Context) -> Result<Output> {
    if let Some(out) = saved(args.input.as_deref(), pk.pool_kind())? {
        return Ok(out);
    }
    let version = api_version(ctx, STANDBY_POOL_API);
    let mut requests = Vec::new();
    for id in targets(args, ctx, pk.resource_type())? {
        if id.segments.len() != 1 {
            return Err(UsageError(format!("--ids: '{id}' is not a pool id")).into());
        }
        let url = ctx.client()?.url(&id.to_string(), &[("api-version", version)])?;
        requests.push((url, format!("reading pool '{}'", id.name())));
    }
    fetch_each(ctx, pk.pool_kind(), requests).await
}

pub async fn list(pk: PoolKind, args: &ListArgs, ctx: &Context) -> Result<Output> {
    let kind = pk.pool_kind();
    if let Some(path) = &args.input {
        let items = match read_input(path)? {
            Value::Array(items) => items,
            Value::Object(mut page) => match page.remove("value") {
                Some(Value::Array(items)) => items,
                _ => anyhow::bail!(
                    "{} is neither a list response ({{\"value\": [...]}}) nor an array",
                    path.display()
                ),
            },
            _ => anyhow::bail!(
                "{} is neither a list response ({{\"value\": [...]}}) nor an array",
                path.display()
            ),
        };
        return Ok(Output::many(kind, items));
    }
    let rt = pk.resource_type();
    let subscription = ctx.subscription()?;
    let path = match &args.resource_group {
        Some(rg) => {
            super::check_list_group(rg)?;
            format!(
                "/subscriptions/{subscription}/resourceGroups/{rg}/providers/{}/{}",
                rt.namespace, rt.kind
            )
        }
        None => format!("/subscriptions/{subscription}/providers/{}/{}", rt.namespace, rt.kind),
    };
    let client = ctx.client()?;
    let url = client.url(&path, &[("api-version", api_version(ctx, STANDBY_POOL_API))])?;
    let items = client
        .list_all(url)
        .await
        .with_context(|| format!("listing {}s", rt.noun))?;
    Ok(Output::many(kind, items))
}
