//! The two kinds of standby pool, in one place: every layer (the commands' resource
//! types and list paths, the renderers' state columns, discovery, the exporter's labels)
//! asks this type rather than keeping a copy of the mapping.

use serde_json::Value;

/// Which pool type: the two keep their members in different states, and only VM pools
/// have a scale set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PoolType {
    Vm,
    ContainerGroup,
}

/// The resource provider both pool types belong to.
pub const NAMESPACE: &str = "Microsoft.StandbyPool";

impl PoolType {
    pub const ALL: [PoolType; 2] = [PoolType::Vm, PoolType::ContainerGroup];

    /// The word a label or a column uses.
    pub fn label(self) -> &'static str {
        match self {
            PoolType::Vm => "vm",
            PoolType::ContainerGroup => "container",
        }
    }

    /// What a person calls the resource, in headings and messages.
    pub fn noun(self) -> &'static str {
        match self {
            PoolType::Vm => "standby VM pool",
            PoolType::ContainerGroup => "standby container group pool",
        }
    }

    /// The resource type under `Microsoft.StandbyPool`, as ARM spells it.
    pub fn resource_kind(self) -> &'static str {
        match self {
            PoolType::Vm => "standbyVirtualMachinePools",
            PoolType::ContainerGroup => "standbyContainerGroupPools",
        }
    }

    /// The type of a resource's `type` field (any case: Resource Graph lowercases it),
    /// or `None` when it names neither pool type.
    pub fn of_type_name(full: &str) -> Option<PoolType> {
        let lower = full.to_ascii_lowercase();
        PoolType::ALL
            .into_iter()
            .find(|t| lower.ends_with(&t.resource_kind().to_ascii_lowercase()))
    }

    /// The type of a pool resource by its `type` field; a body without one (a saved
    /// one, flattened) is read as a VM pool, the more common.
    pub fn of_pool(pool: &Value) -> PoolType {
        pool.get("type")
            .and_then(Value::as_str)
            .and_then(PoolType::of_type_name)
            .unwrap_or(PoolType::Vm)
    }

    /// The list of a subscription's pools of this type, or of a resource group's.
    pub fn list_path(self, subscription: &str, resource_group: Option<&str>) -> String {
        let kind = self.resource_kind();
        match resource_group {
            Some(rg) => format!("/subscriptions/{subscription}/resourceGroups/{rg}/providers/{NAMESPACE}/{kind}"),
            None => format!("/subscriptions/{subscription}/providers/{NAMESPACE}/{kind}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_name_in_any_case_names_its_pool_type() {
        assert_eq!(
            PoolType::of_type_name("microsoft.standbypool/standbycontainergrouppools"),
            Some(PoolType::ContainerGroup)
        );
        assert_eq!(
            PoolType::of_type_name("Microsoft.StandbyPool/standbyVirtualMachinePools"),
            Some(PoolType::Vm)
        );
        assert_eq!(
            PoolType::of_type_name("Microsoft.Compute/virtualMachineScaleSets"),
            None
        );
    }
}
