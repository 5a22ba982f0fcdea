//! Pool resources (`show`, `list`): the properties read from them (also what the target
//! is computed from, `target::PoolConfig`) and what a table row shows.

use serde::Deserialize;
use serde_json::Value;

use super::null_default;
use super::resource::{self, Resource, ShapeError, Text, opt_integer};

/// A pool's `properties`, both pool types: what any view reads of them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PoolProps {
    pub provisioning_state: Text,
    /// VM pools: the state members wait in (Deallocated, Hibernated, Running, Mix…).
    pub virtual_machine_state: Text,
    /// `Mix` pools (2026-04-01): the share of the target per state.
    pub vm_state_distribution: Option<Percentages>,
    pub elasticity_profile: Option<Elasticity>,
    pub attached_virtual_machine_scale_set_id: Text,
    pub container_group_properties: Option<ContainerGroupProperties>,
    #[serde(deserialize_with = "null_default")]
    pub zones: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Percentages {
    #[serde(deserialize_with = "opt_integer")]
    pub running_percent: Option<i64>,
    #[serde(deserialize_with = "opt_integer")]
    pub deallocated_percent: Option<i64>,
    #[serde(deserialize_with = "opt_integer")]
    pub hibernated_percent: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Elasticity {
    #[serde(deserialize_with = "opt_integer")]
    pub max_ready_capacity: Option<i64>,
    #[serde(deserialize_with = "opt_integer")]
    pub min_ready_capacity: Option<i64>,
    /// ISO-8601 (2025-10-01), kept as sent: `show` prints a value of another type as
    /// it came rather than refusing the pool over it.
    pub post_provisioning_delay: Option<Value>,
    /// `{"enabled": bool}` (2025-10-01), as sent, for the same reason.
    pub dynamic_sizing: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerGroupProperties {
    pub container_group_profile: Option<Reference>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Reference {
    pub id: Text,
}

/// A pool resource read: the shape check of `show` and `list`, and their rows.
pub fn read(pool: &Value) -> Result<Resource<PoolProps>, ShapeError> {
    resource::read::<PoolProps>(pool)
}

#[derive(Debug, PartialEq)]
pub struct PoolSummary {
    pub name: Option<String>,
    pub resource_group: Option<String>,
    pub location: Option<String>,
    pub provisioning: Option<String>,
    /// VM pools: the state members wait in, with a `Mix` pool's split.
    pub vm_state: Option<String>,
    pub min_ready: Option<String>,
    pub max_ready: Option<String>,
    /// The attached scale set (VM pools) or container group profile, by name.
    pub target: Option<String>,
    pub zones: Vec<String>,
}

/// A table row of a pool.
pub fn pool_summary(pool: &Resource<PoolProps>) -> PoolSummary {
    let Resource { top, props } = pool.clone();
    let elasticity = props.elasticity_profile.clone().unwrap_or_default();
    let target_id = props.attached_virtual_machine_scale_set_id.clone().or_else(|| {
        props
            .container_group_properties
            .as_ref()
            .and_then(|c| c.container_group_profile.as_ref())
            .and_then(|r| r.id.clone())
    });
    PoolSummary {
        resource_group: top.resource_group(),
        name: top.name,
        location: top.location,
        provisioning: props.provisioning_state,
        vm_state: props.virtual_machine_state.map(|state| {
            match props.vm_state_distribution.as_ref().and_then(mix_split) {
                Some(split) => format!("{state} ({split})"),
                None => state,
            }
        }),
        min_ready: elasticity.min_ready_capacity.map(|n| n.to_string()),
        max_ready: elasticity.max_ready_capacity.map(|n| n.to_string()),
        target: target_id.map(|t| crate::id::leaf_name(&t).to_string()),
        zones: if props.zones.is_empty() { top.zones } else { props.zones },
    }
}

/// `Mix` pools split members across states: `20% running, 80% deallocated`.
fn mix_split(d: &Percentages) -> Option<String> {
    let parts: Vec<String> = [
        (d.running_percent, "running"),
        (d.deallocated_percent, "deallocated"),
        (d.hibernated_percent, "hibernated"),
    ]
    .iter()
    .filter_map(|(pct, word)| pct.filter(|p| *p > 0).map(|p| format!("{p}% {word}")))
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
        let s = pool_summary(&read(&vm).unwrap());
        assert_eq!(s.resource_group.as_deref(), Some("rg"));
        assert_eq!(s.max_ready.as_deref(), Some("10"));
        assert_eq!(s.target.as_deref(), Some("ss"));
        let cg = json!({"name": "c", "properties": {"zones": ["1", "2"],
            "containerGroupProperties": {"containerGroupProfile": {"id": "/x/containerGroupProfiles/prof"}}}});
        let s = pool_summary(&read(&cg).unwrap());
        assert_eq!(s.zones, ["1", "2"]);
        assert_eq!(s.target.as_deref(), Some("prof"));
        assert_eq!(s.vm_state, None);
        let mix = json!({"properties": {"virtualMachineState": "Mix",
            "vmStateDistribution": {"runningPercent": 20, "deallocatedPercent": 80, "hibernatedPercent": 0}}});
        assert_eq!(
            pool_summary(&read(&mix).unwrap()).vm_state.as_deref(),
            Some("Mix (20% running, 80% deallocated)")
        );
    }
}
