//! The scale sets behind VM pools: how many instances each holds now (`sku.capacity`),
//! which is what a pool's target is computed from (`model::target`).
//!
//! One GET per scale set, deduplicated, with the client's bound on concurrency and its
//! per-subscription pacing; or, for a fleet, one Resource Graph query for all of them.

use serde_json::Value;
use std::collections::HashMap;

use crate::arm::versions::COMPUTE_API;
use crate::arm::{ArmClient, ArmError, graph};
use crate::id::ResourceId;
use crate::model::ready::{PoolConfig, PoolFacts, PoolType, ScaleSet};

/// Ids per Resource Graph query: keeps each query text well under its size limit.
const PER_QUERY: usize = 200;

/// The scale set's id, checked: it came from the server.
fn scale_set_id(config: &PoolConfig) -> Result<Option<ResourceId>, String> {
    let Some(raw) = config.scale_set_id.as_deref() else {
        return Ok(None);
    };
    match ResourceId::parse(raw) {
        Ok(id) if id.is_top_level() && id.is_kind("Microsoft.Compute", "virtualMachineScaleSets") => Ok(Some(id)),
        _ => Err("the pool's attachedVirtualMachineScaleSetId is not a scale set's id".to_string()),
    }
}

/// `sku.capacity` of a scale set as GET or Resource Graph gives it.
pub fn capacity(body: &Value) -> Result<i64, String> {
    body.pointer("/sku/capacity")
        .and_then(Value::as_i64)
        .filter(|n| *n >= 0)
        .ok_or_else(|| "its answer has no sku.capacity".to_string())
}

fn key(id: &ResourceId) -> String {
    id.to_string().to_ascii_lowercase()
}

/// The scale sets the VM pools name, each once.
fn unique(pools: &[(PoolType, PoolConfig)]) -> Vec<ResourceId> {
    let mut ids: Vec<ResourceId> = Vec::new();
    for (kind, config) in pools {
        if let (PoolType::Vm, Ok(Some(id))) = (kind, scale_set_id(config))
            && !ids.iter().any(|u| key(u) == key(&id))
        {
            ids.push(id);
        }
    }
    ids
}

/// Each pool with what was found of its scale set (by lowercased id).
fn facts_of(pools: &[(PoolType, PoolConfig)], found: &HashMap<String, ScaleSet>) -> Vec<PoolFacts> {
    pools
        .iter()
        .map(|(kind, config)| PoolFacts {
            kind: *kind,
            config: config.clone(),
            scale_set: match (kind, scale_set_id(config)) {
                (PoolType::ContainerGroup, _) | (PoolType::Vm, Ok(None)) => ScaleSet::None,
                (PoolType::Vm, Err(why)) => ScaleSet::Unreadable(why),
                (PoolType::Vm, Ok(Some(id))) => found
                    .get(&key(&id))
                    .cloned()
                    .unwrap_or_else(|| ScaleSet::Unreadable("it was not read".to_string())),
            },
        })
        .collect()
}

/// What is known of each pool's scale set: one GET per VM pool's scale set (the same
/// scale set once); container pools have none.
pub async fn read_each(client: &ArmClient, pools: &[(PoolType, PoolConfig)]) -> Vec<PoolFacts> {
    let ids = unique(pools);
    let answers = fetch(client, &ids).await;
    facts_of(pools, &ids.iter().map(key).zip(answers).collect())
}

/// One GET per scale set, in order.
async fn fetch(client: &ArmClient, ids: &[ResourceId]) -> Vec<ScaleSet> {
    let urls: Vec<Result<reqwest::Url, ArmError>> = ids
        .iter()
        .map(|id| client.url(&id.to_string(), &[("api-version", COMPUTE_API)]))
        .collect();
    crate::arm::each::each(urls, client.concurrency(), |url| async move {
        match url {
            Ok(url) => match client.get(url).await {
                Ok(f) => capacity(&f.body).map_or_else(ScaleSet::Unreadable, ScaleSet::Instances),
                Err(e) => ScaleSet::Unreadable(reason(&e)),
            },
            Err(e) => ScaleSet::Unreadable(reason(&e)),
        }
    })
    .await
}

/// Why a scale set could not be read, in a few words: the code where ARM gave one.
fn reason(e: &ArmError) -> String {
    match e {
        ArmError::Http { status, code, .. } if !code.is_empty() => format!("HTTP {status} {code}"),
        ArmError::Http { status, .. } => format!("HTTP {status}"),
        other => crate::term::sanitize(&other.to_string()).into_owned(),
    }
}

/// A fleet's scale sets: Resource Graph first (their `sku` for all of them, a query per
/// few hundred ids), then one paced GET for each that Graph refused or did not list.
pub async fn read_fleet(client: &ArmClient, pools: &[(PoolType, PoolConfig)]) -> Vec<PoolFacts> {
    let ids = unique(pools);
    let mut found = match from_graph(client, &ids).await {
        Ok(found) => found,
        Err(e) => {
            crate::log::verbose(format_args!(
                "Resource Graph did not give the scale sets' sizes ({}); reading each scale set instead",
                reason(&e)
            ));
            HashMap::new()
        }
    };
    // Resource Graph lags behind ARM: a scale set it does not list yet is read itself.
    let missing: Vec<ResourceId> = ids.into_iter().filter(|id| !found.contains_key(&key(id))).collect();
    let answers = fetch(client, &missing).await;
    found.extend(missing.iter().map(key).zip(answers));
    facts_of(pools, &found)
}

async fn from_graph(client: &ArmClient, ids: &[ResourceId]) -> Result<HashMap<String, ScaleSet>, ArmError> {
    let mut subscriptions: Vec<String> = Vec::new();
    for id in ids {
        if !subscriptions.iter().any(|s| s.eq_ignore_ascii_case(&id.subscription)) {
            subscriptions.push(id.subscription.clone());
        }
    }
    let mut found = HashMap::new();
    for chunk in ids.chunks(PER_QUERY) {
        let ids: Vec<String> = chunk.iter().map(|id| graph::literal(&id.to_string())).collect();
        let query = format!(
            "resources | where type =~ 'microsoft.compute/virtualmachinescalesets' | where id in~ ({}) | project id, sku",
            ids.join(", ")
        );
        for row in graph::query(client, &subscriptions, &query).await? {
            let Some(id) = row.get("id").and_then(Value::as_str) else {
                continue;
            };
            let state = capacity(&row).map_or_else(ScaleSet::Unreadable, ScaleSet::Instances);
            found.insert(id.to_ascii_lowercase(), state);
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn capacity_is_a_non_negative_integer() {
        assert_eq!(capacity(&json!({"sku": {"capacity": 10}})), Ok(10));
        assert!(capacity(&json!({"sku": {"capacity": -1}})).is_err());
        assert!(capacity(&json!({"sku": {"capacity": "10"}})).is_err());
        assert!(capacity(&json!({})).is_err());
    }

    #[test]
    fn only_a_scale_set_id_is_read() {
        let config = |id: &str| PoolConfig {
            scale_set_id: Some(id.to_string()),
            ..PoolConfig::default()
        };
        let ok = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/web";
        assert!(matches!(scale_set_id(&config(ok)), Ok(Some(_))));
        let vm = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/web";
        assert!(scale_set_id(&config(vm)).is_err());
        assert!(scale_set_id(&config("../../x")).is_err());
        assert_eq!(scale_set_id(&PoolConfig::default()), Ok(None));
    }
}
