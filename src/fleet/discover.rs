//! Finding the pools: Resource Graph first (one query for both types, every
//! subscription at once), the per-subscription list calls where it is refused.

use anyhow::Context as _;
use serde_json::{Value, json};

use super::{FleetPool, Scope, Subscription};
use crate::arm::{ArmClient, ArmError, graph};
use crate::id::ResourceId;
use crate::log;
use crate::model::pool_type::{NAMESPACE, PoolType};

/// How the pools were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundThrough {
    ResourceGraph,
    /// Resource Graph refused: one list call per subscription and pool type.
    Lists,
}

#[derive(Debug)]
pub struct Discovery {
    pub pools: Vec<FleetPool>,
    pub source: FoundThrough,
    /// Subscriptions whose pools could not be listed (fallback only): reported beside the rest.
    pub failures: Vec<anyhow::Error>,
}

pub async fn discover(client: &ArmClient, scope: &Scope, api_version: &str) -> Result<Discovery, ArmError> {
    if scope.subscriptions.is_empty() {
        return Ok(Discovery {
            pools: Vec::new(),
            source: FoundThrough::ResourceGraph,
            failures: Vec::new(),
        });
    }
    let ids: Vec<String> = scope.subscriptions.iter().map(|s| s.id.clone()).collect();
    let mut found = match graph::query(client, &ids, &query_text(scope)).await {
        Ok(rows) => Discovery {
            pools: rows.into_iter().filter_map(|r| pool_of(r, scope)).collect(),
            source: FoundThrough::ResourceGraph,
            failures: Vec::new(),
        },
        Err(ArmError::Http { status, code, .. }) if matches!(status, 400 | 403 | 404 | 409) => {
            log::verbose(format_args!(
                "Resource Graph refused the query (HTTP {status}, {code}); listing the pools of each subscription instead"
            ));
            lists(client, scope, api_version).await
        }
        Err(e) => return Err(e),
    };
    found.pools.sort_by_cached_key(|p| {
        (
            p.subscription_name.clone().unwrap_or_default().to_lowercase(),
            p.id.subscription.to_ascii_lowercase(),
            p.id.resource_group.to_lowercase(),
            p.id.name().to_ascii_lowercase(),
        )
    });
    Ok(found)
}

/// One query for the pool types in scope; Resource Graph lowercases types and groups.
fn query_text(scope: &Scope) -> String {
    let types: Vec<String> = scope
        .kinds
        .iter()
        .map(|k| graph::literal(&format!("{NAMESPACE}/{}", k.resource_kind()).to_ascii_lowercase()))
        .collect();
    let mut q = format!("resources | where type in~ ({})", types.join(", "));
    if let Some(rg) = &scope.resource_group {
        q.push_str(&format!(" | where resourceGroup =~ {}", graph::literal(rg)));
    }
    // The columns a GET of the pool has; `id` also keeps the pages in a stable order.
    q.push_str(" | project id, name, type, location, tags, properties");
    q
}

/// A row (or a listed resource) as a pool in scope, with the type spelled as a GET
/// spells it; rows whose id is not a pool's are dropped.
fn pool_of(mut body: Value, scope: &Scope) -> Option<FleetPool> {
    let raw = body.get("id").and_then(Value::as_str)?;
    let id = match ResourceId::parse(raw) {
        Ok(id) => id,
        Err(e) => {
            log::verbose(format_args!("skipping a row that is not a pool: {e}"));
            return None;
        }
    };
    let kind = *scope
        .kinds
        .iter()
        .find(|k| id.is_top_level() && id.is_kind(NAMESPACE, k.resource_kind()))?;
    if let Some(obj) = body.as_object_mut() {
        obj.insert("type".into(), json!(format!("{NAMESPACE}/{}", kind.resource_kind())));
        if obj.get("tags").is_some_and(Value::is_null) {
            obj.remove("tags");
        }
    }
    let subscription_name = scope
        .subscriptions
        .iter()
        .find(|s| s.id.eq_ignore_ascii_case(&id.subscription))
        .and_then(|s| s.name.clone());
    Some(FleetPool {
        id,
        kind,
        body,
        subscription_name,
    })
}

/// The fallback: each subscription's pools of each type, subscriptions side by side.
async fn lists(client: &ArmClient, scope: &Scope, api_version: &str) -> Discovery {
    let calls: Vec<(&Subscription, PoolType)> = scope
        .subscriptions
        .iter()
        .flat_map(|s| scope.kinds.iter().map(move |k| (s, *k)))
        .collect();
    let answers = crate::arm::each::each(calls, client.concurrency(), |(sub, kind)| async move {
        let path = kind.list_path(&sub.id, scope.resource_group.as_deref());
        let listed = match client.url(&path, &[("api-version", api_version)]) {
            Ok(url) => client.list_all(url).await,
            Err(e) => Err(e),
        };
        (sub, kind, listed)
    })
    .await;
    let mut found = Discovery {
        pools: Vec::new(),
        source: FoundThrough::Lists,
        failures: Vec::new(),
    };
    for (sub, kind, listed) in answers {
        match listed {
            Ok(items) => found.pools.extend(items.into_iter().filter_map(|b| pool_of(b, scope))),
            // A subscription that never registered the provider has no pools.
            Err(ArmError::Http { code, .. }) if is_unregistered(&code) => {
                log::verbose(format_args!(
                    "subscription {} is not registered for Microsoft.StandbyPool: no pools there",
                    sub.id
                ));
            }
            Err(e) => found.failures.push(
                Err::<(), _>(e)
                    .with_context(|| {
                        format!(
                            "listing the {}s of subscription {}",
                            kind.resource_kind(),
                            sub.name.as_deref().unwrap_or(&sub.id)
                        )
                    })
                    .unwrap_err(),
            ),
        }
    }
    found
}

fn is_unregistered(code: &str) -> bool {
    [
        "MissingSubscriptionRegistration",
        "SubscriptionNotRegistered",
        "NoRegisteredProviderFound",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(kinds: Vec<PoolType>, rg: Option<&str>) -> Scope {
        Scope {
            subscriptions: vec![Subscription {
                id: "S1".into(),
                name: Some("Prod".into()),
            }],
            resource_group: rg.map(str::to_string),
            kinds,
        }
    }

    #[test]
    fn one_query_for_both_types() {
        let q = query_text(&scope(vec![PoolType::Vm, PoolType::ContainerGroup], Some("my'rg")));
        assert_eq!(
            q,
            "resources | where type in~ ('microsoft.standbypool/standbyvirtualmachinepools', 'microsoft.standbypool/standbycontainergrouppools') | where resourceGroup =~ 'my\\'rg' | project id, name, type, location, tags, properties"
        );
    }

    #[test]
    fn rows_become_pools_with_the_type_a_get_spells() {
        let s = scope(vec![PoolType::Vm], None);
        let row = json!({"id": "/subscriptions/s1/resourceGroups/RG/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p",
                         "name": "p", "type": "microsoft.standbypool/standbyvirtualmachinepools", "tags": null});
        let pool = pool_of(row, &s).unwrap();
        assert_eq!(pool.body["type"], "Microsoft.StandbyPool/standbyVirtualMachinePools");
        assert!(pool.body.get("tags").is_none());
        assert_eq!(pool.subscription_name.as_deref(), Some("Prod"));
        let container = json!({"id": "/subscriptions/s1/resourceGroups/RG/providers/Microsoft.StandbyPool/standbyContainerGroupPools/c"});
        assert!(pool_of(container, &s).is_none());
        assert!(pool_of(json!({"id": "nope"}), &s).is_none());
        assert!(pool_of(json!(5), &s).is_none());
    }
}
