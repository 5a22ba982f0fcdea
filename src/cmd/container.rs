//! `container show` (Microsoft.ContainerInstance).

use anyhow::Result;

use super::{CONTAINER_INSTANCE_API, NameRule, ResourceType, api_version, fetch_each, saved, targets};
use crate::cli::TargetArgs;
use crate::context::Context;
use crate::output::{Kind, Output};

const CONTAINER_GROUP: ResourceType = ResourceType {
    namespace: "Microsoft.ContainerInstance",
    kind: "containerGroups",
    noun: "container group",
    name_rule: NameRule::Generic,
};

pub async fn show(args: &TargetArgs, ctx: &Context) -> Result<Output> {
    if let Some(out) = saved(args.input.as_deref(), Kind::ContainerGroup)? {
        return Ok(out);
    }
    let version = api_version(ctx, CONTAINER_INSTANCE_API);
    let mut requests = Vec::new();
    for id in targets(args, ctx, CONTAINER_GROUP)? {
        let url = ctx.client()?.url(&id.to_string(), &[("api-version", version)])?;
        requests.push((url, format!("reading container group '{}'", id.name())));
    }
    fetch_each(ctx, Kind::ContainerGroup, requests).await
}
