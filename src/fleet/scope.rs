//! Which subscriptions a many-pool read covers.

use anyhow::Result;
use serde_json::Value;

use super::{SUBSCRIPTIONS_API, Scope, Subscription};
use crate::arm::{ArmClient, ArmError};
use crate::azcli;
use crate::exit::UsageError;
use crate::id;
use crate::log;
use crate::model::ready::PoolType;

/// Every subscription the credential can see, as ARM lists them (paged). Disabled and
/// deleted ones hold no pools that can be read.
pub async fn subscriptions(client: &ArmClient) -> Result<Vec<Subscription>, ArmError> {
    let url = client.url("/subscriptions", &[("api-version", SUBSCRIPTIONS_API)])?;
    let items = client.list_all(url).await?;
    Ok(items
        .iter()
        .filter(|s| {
            let state = s.get("state").and_then(Value::as_str).unwrap_or_default();
            !state.eq_ignore_ascii_case("disabled") && !state.eq_ignore_ascii_case("deleted")
        })
        .filter_map(|s| {
            let id = s
                .get("subscriptionId")
                .and_then(Value::as_str)
                .or_else(|| s.get("id").and_then(Value::as_str).map(id::leaf_name))?;
            Some(Subscription {
                id: id.to_string(),
                name: s.get("displayName").and_then(Value::as_str).map(str::to_string),
            })
        })
        .collect())
}

/// The subscriptions to read: those named (ids, or display names as ARM lists them),
/// else the default one when a resource group narrows the scope, else every one visible.
pub async fn resolve_scope(
    client: &ArmClient,
    given: &[String],
    default: impl FnOnce() -> Result<String>,
    resource_group: Option<&str>,
    kinds: Vec<PoolType>,
) -> Result<Scope> {
    if let Some(rg) = resource_group {
        id::check_resource_group(rg).map_err(UsageError)?;
    }
    let wanted: Vec<String> = if !given.is_empty() {
        given.to_vec()
    } else if resource_group.is_some() {
        vec![default()?]
    } else {
        Vec::new()
    };
    let listed = subscriptions(client).await;
    let names_needed = wanted.is_empty() || wanted.iter().any(|w| !azcli::is_guid(w));
    let listed = match listed {
        Ok(l) => l,
        Err(e) if !names_needed => {
            log::verbose(format_args!("subscription names unknown (listing subscriptions: {e})"));
            Vec::new()
        }
        Err(e) => return Err(anyhow::Error::new(e).context("listing the subscriptions the credential can see")),
    };
    let subscriptions = if wanted.is_empty() {
        listed
    } else {
        let mut chosen: Vec<Subscription> = Vec::new();
        for w in &wanted {
            let s = pick(&listed, w)?;
            if !chosen.iter().any(|c| c.id.eq_ignore_ascii_case(&s.id)) {
                chosen.push(s);
            }
        }
        chosen
    };
    Ok(Scope {
        subscriptions,
        resource_group: resource_group.map(str::to_string),
        kinds,
    })
}

fn pick(listed: &[Subscription], wanted: &str) -> Result<Subscription> {
    if azcli::is_guid(wanted) {
        return Ok(listed
            .iter()
            .find(|s| s.id.eq_ignore_ascii_case(wanted))
            .cloned()
            .unwrap_or(Subscription {
                id: wanted.to_string(),
                name: None,
            }));
    }
    let matches: Vec<&Subscription> = listed
        .iter()
        .filter(|s| s.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(wanted)))
        .collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(UsageError(format!(
            "--subscription '{wanted}' is neither a subscription id (a GUID) nor the name of a subscription the credential can see"
        ))
        .into()),
        many => Err(UsageError(format!(
            "--subscription '{wanted}' names {} subscriptions; give its id instead ({})",
            many.len(),
            many.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", ")
        ))
        .into()),
    }
}
