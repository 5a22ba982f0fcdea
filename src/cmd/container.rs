//! `container show` (Microsoft.ContainerInstance).

use anyhow::Result;

use super::{CONTAINER_INSTANCE_API, NameRule, ResourceType, api_version, get_many, read_input, targets};
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
    if let Some(path) = &args.input {
        return Ok(super::saved_body(Kind::ContainerGroup, read_input(path)?));
    }
    let version = api_version(ctx, CONTAINER_INSTANCE_API);
    let mut requests = Vec::new();
    for id in targets(args, ctx, CONTAINER_GROUP)? {
        let url = ctx.client()?.url(&id.to_string(), &[("api-version", version)])?;
        requests.push((url, format!("reading container group '{}'", id.name())));
    }
    let many = requests.len() > 1;
    Ok(Output {
        kind: Kind::ContainerGroup,
        items: get_many(ctx, requests).await?,
        many,
    })
}
