//! Pool resources (`show`, `list`) reduced to what a table row shows.

use serde_json::Value;

use super::properties;
use crate::id;

fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

#[derive(Debug, PartialEq)]
pub struct PoolSummary {
    pub name: Option<String>,
    pub resource_group: Option<String>,
    pub location: Option<String>,
    pub provisioning: Option<String>,
    /// VM pools: the state members wait in (Deallocated, Hibernated, Running, Mix…).
    pub vm_state: Option<String>,
    pub min_ready: Option<String>,
    pub max_ready: Option<String>,
    /// The attached scale set (VM pools) or container group profile, by name.
    pub target: Option<String>,
    pub zones: Vec<String>,
}

pub fn pool_summary(pool: &Value) -> PoolSummary {
    let props = properties(pool);
    let elasticity = props.get("elasticityProfile");
    let target_id = props
        .get("attachedVirtualMachineScaleSetId")
        .and_then(Value::as_str)
        .or_else(|| {
            props
                .pointer("/containerGroupProperties/containerGroupProfile/id")
                .and_then(Value::as_str)
        });
    PoolSummary {
        name: text(pool.get("name")),
        resource_group: text(pool.get("resourceGroup")).or_else(|| {
            pool.get("id")
                .and_then(Value::as_str)
                .and_then(id::resource_group)
                .map(str::to_string)
        }),
        location: text(pool.get("location")),
        provisioning: text(props.get("provisioningState")),
        vm_state: text(props.get("virtualMachineState")).map(|state| {
            match mix_split(props.get("vmStateDistribution")) {
                Some(split) => format!("{state} ({split})"),
                None => state,
            }
        }),
        min_ready: text(elasticity.and_then(|e| e.get("minReadyCapacity"))),
        max_ready: text(elasticity.and_then(|e| e.get("maxReadyCapacity"))),
        target: target_id.map(|t| id::leaf_name(t).to_string()),
        zones: props
            .get("zones")
            .or_else(|| pool.get("zones"))
            .and_then(Value::as_array)
            .map(|z| z.iter().filter_map(|v| text(Some(v))).collect())
            .unwrap_or_default(),
    }
}

/// `Mix` pools split members across states: `20% running, 80% deallocated`.
fn mix_split(distribution: Option<&Value>) -> Option<String> {
    let d = distribution?.as_object()?;
    let parts: Vec<String> = [
        ("runningPercent", "running"),
        ("deallocatedPercent", "deallocated"),
        ("hibernatedPercent", "hibernated"),
    ]
    .iter()
    .filter_map(|(key, word)| {
        let pct = d.get(*key)?.as_i64()?;
        (pct > 0).then(|| format!("{pct}% {word}"))
    })
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_vm_and_container_pools() {
        let vm = json!({"name": "p", "location": "westus",
            "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p",
            "properties": {"virtualMachineState": "Hibernated", "provisioningState": "Succeeded",
              "elasticityProfile": {"maxReadyCapacity": 10, "minReadyCapacity": 5},
              "attachedVirtualMachineScaleSetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/ss"}});
        let s = pool_summary(&vm);
        assert_eq!(s.resource_group.as_deref(), Some("rg"));
        assert_eq!(s.max_ready.as_deref(), Some("10"));
        assert_eq!(s.target.as_deref(), Some("ss"));
        let cg = json!({"name": "c", "properties": {"zones": ["1", "2"],
            "containerGroupProperties": {"containerGroupProfile": {"id": "/x/containerGroupProfiles/prof"}}}});
        let s = pool_summary(&cg);
        assert_eq!(s.zones, ["1", "2"]);
        assert_eq!(s.target.as_deref(), Some("prof"));
        assert_eq!(s.vm_state, None);
        let mix = json!({"properties": {"virtualMachineState": "Mix",
            "vmStateDistribution": {"runningPercent": 20, "deallocatedPercent": 80, "hibernatedPercent": 0}}});
        assert_eq!(
            pool_summary(&mix).vm_state.as_deref(),
            Some("Mix (20% running, 80% deallocated)")
        );
    }
}
