//! `vm instance-view` and `vmss instance-view` (Microsoft.Compute).

use super::{COMPUTE_API, ResourceType, Spec, resource_path};
use crate::exit::UsageError;
use crate::id::{NameRule, ResourceId};
use crate::output::Kind;

pub const VM: ResourceType = ResourceType {
    namespace: "Microsoft.Compute",
    kind: "virtualMachines",
    name_rule: NameRule::Generic,
};

const VMSS: ResourceType = ResourceType {
    namespace: "Microsoft.Compute",
    kind: "virtualMachineScaleSets",
    name_rule: NameRule::Generic,
};

/// What `az vm get-instance-view` calls: the VM with its instance view expanded.
pub const VM_INSTANCE_VIEW: Spec = Spec {
    resource: VM,
    output: Kind::Vm,
    api_version: COMPUTE_API,
    path: resource_path,
    query: &[("$expand", "instanceView")],
    reading: "reading the instance view of VM",
};

pub const VMSS_INSTANCE_VIEW: Spec = Spec {
    resource: VMSS,
    output: Kind::VmssInstanceView,
    api_version: COMPUTE_API,
    path: scale_set_instance_view,
    query: &[],
    reading: "reading the instance view of scale set",
};

fn scale_set_instance_view(id: &ResourceId) -> Result<String, UsageError> {
    Ok(format!("{}/instanceView", resource_path(id)?))
}
