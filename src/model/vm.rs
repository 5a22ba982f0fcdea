//! Virtual machine and scale-set instance views: what is read of them, and their rows.

use serde::Deserialize;
use serde_json::Value;

use super::null_default;
use super::resource::{self, Resource, ShapeError, Text, read_at};

/// Whether a VM still waits in a standby pool or has been handed out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolMembership {
    InPool,
    Serving,
    Unknown,
}

/// A VM's `properties` as `?$expand=instanceView` gives them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VmProps {
    pub provisioning_state: Text,
    pub instance_view: Option<VmInstanceView>,
}

/// A VM's instance view, expanded in the VM or on its own (`…/instanceView`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VmInstanceView {
    pub computer_name: Text,
    #[serde(deserialize_with = "null_default")]
    pub statuses: Vec<Status>,
    /// The REST name; az and IMDS have spelled it `isVmInStandbyPool` (below).
    #[serde(rename = "isVMInStandbyPool")]
    pub in_standby_pool: Option<bool>,
    #[serde(rename = "isVmInStandbyPool")]
    pub in_standby_pool_az: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Status {
    pub code: Text,
    pub display_status: Text,
}

impl Status {
    /// What a person reads: the display status, else the code.
    fn shown(&self) -> Option<String> {
        self.display_status.clone().or_else(|| self.code.clone())
    }
}

/// A VM read: its top and properties, and its instance view (expanded, else the body
/// itself when it is a bare instance view).
#[derive(Debug, Clone, Default)]
pub struct Vm {
    pub resource: Resource<VmProps>,
    pub view: VmInstanceView,
}

pub fn read(vm: &Value) -> Result<Vm, ShapeError> {
    let mut resource = resource::read::<VmProps>(vm)?;
    let view = match resource.props.instance_view.take() {
        Some(iv) => iv,
        None => {
            let (props, prefix) = resource::properties_of(vm)?;
            read_at::<VmInstanceView>(props, prefix)?
        }
    };
    Ok(Vm { resource, view })
}

#[derive(Debug, PartialEq)]
pub struct VmSummary {
    pub name: Option<String>,
    pub resource_group: Option<String>,
    pub location: Option<String>,
    /// The VM's availability zones, comma separated (`None` for a regional VM).
    pub zone: Option<String>,
    pub provisioning: Option<String>,
    pub power: Option<String>,
    /// `PowerState/running` → `running`, for colouring.
    pub power_code: Option<String>,
    pub membership: PoolMembership,
}

/// A VM's row.
pub fn vm_summary(vm: &Vm) -> VmSummary {
    let Vm {
        resource: Resource { top, props },
        view: iv,
    } = vm.clone();
    let status_with = |prefix: &str| {
        iv.statuses
            .iter()
            .find(|s| s.code.as_deref().is_some_and(|c| c.starts_with(prefix)))
    };
    let power = status_with("PowerState/");
    VmSummary {
        resource_group: top.resource_group(),
        name: top.name.or_else(|| iv.computer_name.clone()),
        location: top.location,
        zone: Some(top.zones.join(",")).filter(|z| !z.is_empty()),
        provisioning: props
            .provisioning_state
            .or_else(|| status_with("ProvisioningState/").and_then(Status::shown)),
        power: power.and_then(Status::shown),
        power_code: power
            .and_then(|s| s.code.as_deref())
            .map(|c| c.trim_start_matches("PowerState/").to_string()),
        membership: match iv.in_standby_pool.or(iv.in_standby_pool_az) {
            Some(true) => PoolMembership::InPool,
            Some(false) => PoolMembership::Serving,
            None => PoolMembership::Unknown,
        },
    }
}

/// Whether a VM body says it is in a standby pool; one that cannot be read says nothing.
pub fn membership_of(vm: &Value) -> PoolMembership {
    read(vm).map_or(PoolMembership::Unknown, |vm| vm_summary(&vm).membership)
}

/// A scale set's instance view (`az vmss get-instance-view`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VmssInstanceView {
    pub virtual_machine: Option<Summaries>,
    #[serde(deserialize_with = "null_default")]
    pub extensions: Vec<Extension>,
    #[serde(deserialize_with = "null_default")]
    pub statuses: Vec<Status>,
    #[serde(deserialize_with = "null_default")]
    pub orchestration_services: Vec<Service>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Summaries {
    #[serde(deserialize_with = "null_default")]
    pub statuses_summary: Vec<Summary>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Extension {
    pub name: Text,
    #[serde(deserialize_with = "null_default")]
    pub statuses_summary: Vec<Summary>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Summary {
    pub code: Text,
    #[serde(deserialize_with = "resource::opt_integer")]
    pub count: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Service {
    pub service_name: Text,
    pub service_state: Text,
}

/// A scale set's instance view read: the shape check of `vmss instance-view`.
pub fn read_vmss(iv: &Value) -> Result<Resource<VmssInstanceView>, ShapeError> {
    resource::read::<VmssInstanceView>(iv)
}

/// One line of a scale set's instance view: where the status comes from, its code, how many.
#[derive(Debug, PartialEq)]
pub struct StatusRow {
    pub source: String,
    pub code: String,
    pub count: Option<i64>,
    pub display: Option<String>,
}

pub fn vmss_status_rows(iv: &VmssInstanceView) -> Vec<StatusRow> {
    let counted = |source: String, s: &Summary| StatusRow {
        source,
        code: s.code.clone().unwrap_or_default(),
        count: s.count,
        display: None,
    };
    let mut rows: Vec<StatusRow> = Vec::new();
    for s in iv.virtual_machine.iter().flat_map(|vm| &vm.statuses_summary) {
        rows.push(counted("virtual machines".into(), s));
    }
    for ext in &iv.extensions {
        let name = ext.name.as_deref().unwrap_or("extension");
        rows.extend(
            ext.statuses_summary
                .iter()
                .map(|s| counted(format!("extension {name}"), s)),
        );
    }
    rows.extend(iv.statuses.iter().map(|s| StatusRow {
        source: "scale set".into(),
        code: s.code.clone().unwrap_or_default(),
        count: None,
        display: s.display_status.clone(),
    }));
    rows.extend(iv.orchestration_services.iter().map(|o| StatusRow {
        source: format!("service {}", o.service_name.as_deref().unwrap_or_default()),
        code: o.service_state.clone().unwrap_or_default(),
        count: None,
        display: None,
    }));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_expanded_vm() {
        let vm = json!({
            "name": "vm1", "location": "westus",
            "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1",
            "properties": {"provisioningState": "Succeeded", "instanceView": {
                "isVMInStandbyPool": false,
                "statuses": [{"code": "ProvisioningState/succeeded"}, {"code": "PowerState/running", "displayStatus": "VM running"}]
            }}
        });
        let s = vm_summary(&read(&vm).unwrap());
        assert_eq!(s.resource_group.as_deref(), Some("rg"));
        assert_eq!(s.zone, None);
        assert_eq!(
            vm_summary(&read(&json!({"zones": ["2"]})).unwrap()).zone.as_deref(),
            Some("2")
        );
        assert_eq!(s.power.as_deref(), Some("VM running"));
        assert_eq!(s.power_code.as_deref(), Some("running"));
        assert_eq!(s.membership, PoolMembership::Serving);
    }

    #[test]
    fn reads_bare_instance_view_and_az_spelling() {
        let iv = json!({"computerName": "c1", "isVmInStandbyPool": true,
            "statuses": [{"code": "ProvisioningState/succeeded", "displayStatus": "Provisioning succeeded"}]});
        let s = vm_summary(&read(&iv).unwrap());
        assert_eq!(s.name.as_deref(), Some("c1"));
        assert_eq!(s.provisioning.as_deref(), Some("Provisioning succeeded"));
        assert_eq!(s.power, None);
        assert_eq!(s.membership, PoolMembership::InPool);
        assert_eq!(
            vm_summary(&read(&json!({"isVMInStandbyPool": null})).unwrap()).membership,
            PoolMembership::Unknown
        );
    }

    #[test]
    fn vmss_rows_cover_every_section() {
        let iv = json!({
            "virtualMachine": {"statusesSummary": [{"code": "ProvisioningState/succeeded", "count": 8}]},
            "extensions": [{"name": "ext", "statusesSummary": [{"code": "ProvisioningState/failed", "count": 1}]}],
            "statuses": [{"code": "ProvisioningState/succeeded", "displayStatus": "Provisioning succeeded"}],
            "orchestrationServices": [{"serviceName": "AutomaticRepairs", "serviceState": "Running"}]
        });
        let rows = vmss_status_rows(&read_vmss(&iv).unwrap().props);
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0].count, Some(8));
        assert_eq!(rows[1].source, "extension ext");
        assert_eq!(rows[3].code, "Running");
        assert!(vmss_status_rows(&read_vmss(&json!({})).unwrap().props).is_empty());
    }
}
