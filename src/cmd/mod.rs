//! Commands: each turns its arguments into requests and returns data. None prints.
//!
//! Most commands read one resource per target: they are described by a `Spec` (what
//! resource, which request, what the answer is) and run by `read`.

pub mod auth;
pub mod compute;
pub mod container;
pub mod events;
pub mod fleet;
pub mod input;
pub mod members;
pub mod pool;

use anyhow::{Context as _, Result};

use crate::arm::ArmError;
use crate::arm::client::Fetched;
use crate::cli::TargetArgs;
use crate::context::Context;
use crate::exit::UsageError;
use crate::id::{self, NameRule, ResourceId};
use crate::output::{Kind, Output};

pub use crate::arm::versions::{COMPUTE_API, CONTAINER_INSTANCE_API, STANDBY_POOL_API};

/// A resource type the commands address: `namespace/type`, and the rule for its names.
#[derive(Debug, Clone, Copy)]
pub struct ResourceType {
    pub namespace: &'static str,
    pub kind: &'static str,
    pub name_rule: NameRule,
}

/// One command that reads one resource per target.
pub struct Spec {
    pub resource: ResourceType,
    /// What the answer is; its noun names the resource in messages.
    pub output: Kind,
    pub api_version: &'static str,
    /// The path to GET for a target (the resource itself, a child, or a suffix).
    pub path: fn(&ResourceId) -> Result<String, UsageError>,
    /// Query parameters besides the api-version.
    pub query: &'static [(&'static str, &'static str)],
    /// Says what was being read, for the error: `reading pool`.
    pub reading: &'static str,
}

/// Runs a `Spec`: a saved body with `--input`, else one GET per target with bounded
/// concurrency. With several targets, those that failed are reported beside the rest.
pub async fn read(spec: &Spec, args: &TargetArgs, ctx: &Context) -> Result<Output> {
    if let Some(out) = input::saved(args.input.as_deref(), spec.output).await? {
        return Ok(out);
    }
    let ids = targets(args, ctx, spec.resource, spec.output.noun())?;
    let urls = urls(spec, &ids, ctx)?;
    let results = ctx.client()?.get_each(urls).await;
    collect(spec, &ids, results)
}

/// The URL to GET for each target of `spec`.
pub fn urls(spec: &Spec, ids: &[ResourceId], ctx: &Context) -> Result<Vec<reqwest::Url>> {
    let paths = ids.iter().map(spec.path).collect::<Result<Vec<_>, _>>()?;
    let client = ctx.client()?;
    let mut query = spec.query.to_vec();
    query.push(("api-version", ctx.api_version_or(spec.api_version)));
    Ok(paths
        .iter()
        .map(|p| client.url(p, &query))
        .collect::<Result<Vec<_>, ArmError>>()?)
}

/// The answers for `ids`, in order: with one target its error is the command's, with
/// several each failure is kept beside the rest.
pub fn collect(spec: &Spec, ids: &[ResourceId], results: Vec<Result<Fetched, ArmError>>) -> Result<Output> {
    let many = ids.len() > 1;
    let (mut bodies, mut failures) = (Vec::new(), Vec::new());
    for (id, result) in ids.iter().zip(results) {
        match result.with_context(|| format!("{} '{}'", spec.reading, id.name())) {
            Ok(fetched) => bodies.push(fetched.body),
            // One target: its error is the command's, as it always was.
            Err(e) if !many => return Err(e),
            Err(e) => failures.push(e),
        }
    }
    let mut out = Output::of(spec.output, bodies, many)?;
    out.failures = failures;
    Ok(out)
}

/// The resources named by `-g/-n` or `--ids`, checked before anything is sent.
pub fn targets(args: &TargetArgs, ctx: &Context, rt: ResourceType, noun: &str) -> Result<Vec<ResourceId>> {
    let usage = |e: String| UsageError(e);
    if !args.ids.is_empty() {
        return args
            .ids
            .iter()
            .map(|raw| {
                let id = ResourceId::parse(raw).map_err(|e| UsageError(format!("--ids: {e}")))?;
                if !id.is_kind(rt.namespace, rt.kind) {
                    return Err(UsageError(format!(
                        "--ids: '{raw}' is not the id of a {noun} ({}/{})",
                        rt.namespace, rt.kind
                    ))
                    .into());
                }
                id::check_resource_group(&id.resource_group).map_err(usage)?;
                id::check_name(rt.name_rule, noun, id.name()).map_err(usage)?;
                Ok(id)
            })
            .collect();
    }
    let missing: Vec<&str> = [
        args.resource_group.is_none().then_some("-g/--resource-group"),
        args.name.is_none().then_some("-n/--name"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let (Some(rg), Some(name)) = (&args.resource_group, &args.name) else {
        return Err(UsageError(format!(
            "the following arguments are required: {} (or --ids, or --input)",
            missing.join(", ")
        ))
        .into());
    };
    id::check_resource_group(rg).map_err(usage)?;
    id::check_name(rt.name_rule, noun, name).map_err(usage)?;
    Ok(vec![ResourceId::new(
        ctx.subscription()?,
        rg,
        rt.namespace,
        rt.kind,
        name,
    )])
}

/// The path of a top-level resource itself.
pub fn resource_path(id: &ResourceId) -> Result<String, UsageError> {
    if !id.is_top_level() {
        return Err(UsageError(format!(
            "--ids: '{id}' names a child resource, not the resource itself"
        )));
    }
    Ok(id.to_string())
}
