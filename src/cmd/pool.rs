//! `vm-pool` and `container-pool`: status, show and list on the two StandbyPool types.

use anyhow::{Context as _, Result};

use super::{ResourceType, STANDBY_POOL_API, Spec, api_version, input, resource_path};
use crate::cli::ListArgs;
use crate::context::Context;
use crate::exit::UsageError;
use crate::id::{self, NameRule, ResourceId};
use crate::output::{Kind, Output};

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

    fn pool_kind(self) -> Kind {
        match self {
            PoolKind::Vm => Kind::VmPool,
            PoolKind::Container => Kind::ContainerPool,
        }
    }
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
        return input::saved_list(path, kind);
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
