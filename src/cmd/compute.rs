//! `vm instance-view` and `vmss instance-view` (Microsoft.Compute).

use anyhow::Result;

use super::{COMPUTE_API, NameRule, ResourceType, api_version, fetch_each, saved, targets};
use crate::cli::TargetArgs;
use crate::context::Context;
use crate::output::{Kind, Output};

const VM: ResourceType = ResourceType {
    namespace: "Microsoft.Compute",
    kind: "virtualMachines",
    noun: "VM",
    name_rule: NameRule::Generic,
};

const VMSS: ResourceType = ResourceType {
    namespace: "Microsoft.Compute",
    kind: "virtualMachineScaleSets",
    noun: "scale set",
    name_rule: NameRule::Generic,
};

/// What `az vm get-instance-view` calls: the VM with its instance view expanded.
pub async fn vm_instance_view(args: &TargetArgs, ctx: &Context) -> Result<Output> {
    if let Some(out) = saved(args.input.as_deref(), Kind::Vm)? {
        return Ok(out);
    }
    let version = api_version(ctx, COMPUTE_API);
    let mut requests = Vec::new();
    for id in targets(args, ctx, VM)? {
        let url = ctx.client()?.url(
            &id.to_string(),
            &[("$expand", "instanceView"), ("api-version", version)],
        )?;
        requests.push((url, format!("reading the instance view of VM '{}'", id.name())));
    }
    fetch_each(ctx, Kind::Vm, requests).await
}

pub async fn vmss_instance_view(args: &TargetArgs, ctx: &Context) -> Result<Output> {
    if let Some(out) = saved(args.input.as_deref(), Kind::VmssInstanceView)? {
        return Ok(out);
    }
    let version = api_version(ctx, COMPUTE_API);
    let mut requests = Vec::new();
    for id in targets(args, ctx, VMSS)? {
        let url = ctx
            .client()?
            .url(&format!("{id}/instanceView"), &[("api-version", version)])?;
        requests.push((url, format!("reading the instance view of scale set '{}'", id.name())));
    }
    fetch_each(ctx, Kind::VmssInstanceView, requests).await
}
