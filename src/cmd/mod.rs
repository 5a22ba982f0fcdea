//! Commands: each turns its arguments into requests and returns data. None prints.

pub mod compute;
pub mod container;
pub mod pool;

use anyhow::{Context as _, Result};
use serde_json::Value;
use std::io::Read;
use std::path::Path;

use crate::arm::ResourceId;
use crate::cli::TargetArgs;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::{Kind, Output};

/// api-versions pinned per provider (what az uses today); `--api-version` overrides.
pub const STANDBY_POOL_API: &str = "2025-10-01";
pub const COMPUTE_API: &str = "2025-04-01";
pub const CONTAINER_INSTANCE_API: &str = "2025-09-01";

/// A resource type the commands address: `namespace/type`, and the rule for its names.
#[derive(Debug, Clone, Copy)]
pub struct ResourceType {
    pub namespace: &'static str,
    pub kind: &'static str,
    /// What the user calls it, for messages.
    pub noun: &'static str,
    pub name_rule: NameRule,
}

#[derive(Debug, Clone, Copy)]
pub enum NameRule {
    /// `^[a-zA-Z0-9-]{3,24}$` (standby pools).
    Pool,
    /// Anything ARM can put in a path segment, 1 to 80 characters.
    Generic,
}

fn check_name(rule: NameRule, noun: &str, name: &str) -> Result<(), UsageError> {
    let ok = match rule {
        NameRule::Pool => (3..=24).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
        NameRule::Generic => {
            (1..=80).contains(&name.chars().count())
                && !name
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "/\\?#%&:*<>\"".contains(c))
        }
    };
    if ok {
        return Ok(());
    }
    let rule_text = match rule {
        NameRule::Pool => "3 to 24 letters, digits or hyphens",
        NameRule::Generic => "1 to 80 characters without spaces or any of / \\ ? # % & : * < > \"",
    };
    Err(UsageError(format!(
        "'{name}' is not a valid {noun} name: it must be {rule_text}"
    )))
}

/// Resource group names: 1–90 letters, digits, `-_.()`, not ending in a period.
fn check_resource_group(name: &str) -> Result<(), UsageError> {
    let ok = (1..=90).contains(&name.chars().count())
        && !name.ends_with('.')
        && name.chars().all(|c| c.is_alphanumeric() || "-_.()".contains(c));
    if ok {
        Ok(())
    } else {
        Err(UsageError(format!(
            "'{name}' is not a valid resource group name: it must be 1 to 90 letters, digits, '-', '_', '.', '(' or ')', not ending in '.'"
        )))
    }
}

/// The resources named by `-g/-n` or `--ids`, checked before anything is sent.
pub fn targets(args: &TargetArgs, ctx: &Context, rt: ResourceType) -> Result<Vec<ResourceId>> {
    if !args.ids.is_empty() {
        return args
            .ids
            .iter()
            .map(|raw| {
                let id = ResourceId::parse(raw).map_err(|e| UsageError(format!("--ids: {e}")))?;
                if !id.is_kind(rt.namespace, rt.kind) {
                    return Err(UsageError(format!(
                        "--ids: '{raw}' is not the id of a {} ({}/{})",
                        rt.noun, rt.namespace, rt.kind
                    ))
                    .into());
                }
                check_resource_group(&id.resource_group)?;
                check_name(rt.name_rule, rt.noun, id.name())?;
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
    check_resource_group(rg)?;
    check_name(rt.name_rule, rt.noun, name)?;
    Ok(vec![ResourceId::new(
        ctx.subscription()?,
        rg,
        rt.namespace,
        rt.kind,
        name,
    )])
}

pub fn check_list_group(rg: &str) -> Result<()> {
    check_resource_group(rg).map_err(Into::into)
}

/// A saved response body, from a file or `-` (stdin).
pub fn read_input(path: &Path) -> Result<Value> {
    let mut text = String::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_string(&mut text)
            .context("reading the response body from stdin")?;
    } else {
        text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    }
    serde_json::from_str(text.trim_start_matches('\u{feff}')).with_context(|| {
        format!(
            "{} is not a JSON document",
            if path == Path::new("-") {
                "stdin".into()
            } else {
                path.display().to_string()
            }
        )
    })
}

/// A saved body given with `--input`: one object, or an array of them (what `-o json`
/// printed for several ids).
pub fn saved(input: Option<&Path>, kind: Kind) -> Result<Option<Output>> {
    let Some(path) = input else { return Ok(None) };
    Ok(Some(match read_input(path)? {
        Value::Array(items) => Output::many(kind, items),
        one => Output::one(kind, one),
    }))
}

/// One GET per target, all at once, results in the order asked; several targets print
/// as a JSON array, one as an object.
pub async fn fetch_each(ctx: &Context, kind: Kind, requests: Vec<(reqwest::Url, String)>) -> Result<Output> {
    let client = ctx.client()?;
    let many = requests.len() > 1;
    let items = futures_util::future::try_join_all(
        requests
            .into_iter()
            .map(|(url, what)| async move { client.get(url).await.map(|f| f.body).with_context(|| what) }),
    )
    .await?;
    Ok(Output { kind, items, many })
}

pub fn api_version<'a>(ctx: &'a Context, pinned: &'a str) -> &'a str {
    ctx.api_version.as_deref().unwrap_or(pinned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool_names_follow_the_service_rule() {
        assert!(check_name(NameRule::Pool, "pool", "my-pool-01").is_ok());
        for bad in ["ab", "a".repeat(25).as_str(), "my_pool", "pool/x", "pööl"] {
            assert!(check_name(NameRule::Pool, "pool", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn generic_names_reject_path_breakers() {
        assert!(check_name(NameRule::Generic, "VM", "web_01.a").is_ok());
        for bad in ["", "a/b", "a?b", "a b", "a#b", "x%2f"] {
            assert!(check_name(NameRule::Generic, "VM", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn resource_group_rule() {
        assert!(check_resource_group("rg-1_(prod).eu").is_ok());
        assert!(check_resource_group("rg.").is_err());
        assert!(check_resource_group("r/g").is_err());
        assert!(check_resource_group(&"r".repeat(91)).is_err());
    }
}
