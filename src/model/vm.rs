//! Virtual machine and scale-set instance views.

use serde_json::Value;

use super::properties;
use crate::id;

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// Whether a VM still waits in a standby pool or has been handed out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolMembership {
    InPool,
    Serving,
    Unknown,
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

/// Reads a VM (`?$expand=instanceView`) or a bare instance view (`…/instanceView`).
pub fn vm_summary(vm: &Value) -> VmSummary {
    let props = properties(vm);
    let iv = props.get("instanceView").filter(|v| v.is_object()).unwrap_or(props);
    let statuses: &[Value] = iv
        .get("statuses")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let status_with = |prefix: &str| {
        statuses.iter().find(|s| {
            s.get("code")
                .and_then(Value::as_str)
                .is_some_and(|c| c.starts_with(prefix))
        })
    };
    let power = status_with("PowerState/");
    // The REST name is isVMInStandbyPool; az and IMDS have spelled it isVmInStandbyPool.
    let flag = iv
        .get("isVMInStandbyPool")
        .or_else(|| iv.get("isVmInStandbyPool"))
        .and_then(Value::as_bool);
    VmSummary {
        name: text(vm, "name").or_else(|| text(iv, "computerName")),
        resource_group: text(vm, "resourceGroup").or_else(|| {
            vm.get("id")
                .and_then(Value::as_str)
                .and_then(id::resource_group)
                .map(str::to_string)
        }),
        location: text(vm, "location"),
        zone: vm
            .get("zones")
            .and_then(Value::as_array)
            .map(|zones| zones.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(","))
            .filter(|z| !z.is_empty()),
        provisioning: text(props, "provisioningState").or_else(|| {
            status_with("ProvisioningState/").and_then(|s| text(s, "displayStatus").or_else(|| text(s, "code")))
        }),
        power: power.and_then(|s| text(s, "displayStatus").or_else(|| text(s, "code"))),
        power_code: power
            .and_then(|s| text(s, "code"))
            .map(|c| c.trim_start_matches("PowerState/").to_string()),
        membership: match flag {
            Some(true) => PoolMembership::InPool,
            Some(false) => PoolMembership::Serving,
            None => PoolMembership::Unknown,
        },
    }
}

/// One line of a scale set's instance view: where the status comes from, its code, how many.
#[derive(Debug, PartialEq)]
pub struct StatusRow {
    pub source: String,
    pub code: String,
    pub count: Option<i64>,
    pub display: Option<String>,
}

pub fn vmss_status_rows(iv: &Value) -> Vec<StatusRow> {
    let iv = properties(iv);
    let mut rows = Vec::new();
    let summaries = |v: &Value| -> Vec<(String, Option<i64>)> {
        v.get("statusesSummary")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|s| {
                        (
                            text(s, "code").unwrap_or_default(),
                            s.get("count").and_then(Value::as_i64),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    if let Some(vm) = iv.get("virtualMachine") {
        for (code, count) in summaries(vm) {
            rows.push(StatusRow {
                source: "virtual machines".into(),
                code,
                count,
                display: None,
            });
        }
    }
    for ext in iv.get("extensions").and_then(Value::as_array).into_iter().flatten() {
        let name = text(ext, "name").unwrap_or_else(|| "extension".into());
        for (code, count) in summaries(ext) {
            rows.push(StatusRow {
                source: format!("extension {name}"),
                code,
                count,
                display: None,
            });
        }
    }
    for s in iv.get("statuses").and_then(Value::as_array).into_iter().flatten() {
        rows.push(StatusRow {
            source: "scale set".into(),
            code: text(s, "code").unwrap_or_default(),
            count: None,
            display: text(s, "displayStatus"),
        });
    }
    for o in iv
        .get("orchestrationServices")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        rows.push(StatusRow {
            source: format!("service {}", text(o, "serviceName").unwrap_or_default()),
            code: text(o, "serviceState").unwrap_or_default(),
            count: None,
            display: None,
        });
    }
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
        let s = vm_summary(&vm);
        assert_eq!(s.resource_group.as_deref(), Some("rg"));
        assert_eq!(s.zone, None);
        assert_eq!(vm_summary(&json!({"zones": ["2"]})).zone.as_deref(), Some("2"));
        assert_eq!(s.power.as_deref(), Some("VM running"));
        assert_eq!(s.power_code.as_deref(), Some("running"));
        assert_eq!(s.membership, PoolMembership::Serving);
    }

    #[test]
    fn reads_bare_instance_view_and_az_spelling() {
        let iv = json!({"computerName": "c1", "isVmInStandbyPool": true,
            "statuses": [{"code": "ProvisioningState/succeeded", "displayStatus": "Provisioning succeeded"}]});
        let s = vm_summary(&iv);
        assert_eq!(s.name.as_deref(), Some("c1"));
        assert_eq!(s.provisioning.as_deref(), Some("Provisioning succeeded"));
        assert_eq!(s.power, None);
        assert_eq!(s.membership, PoolMembership::InPool);
        assert_eq!(
            vm_summary(&json!({"isVMInStandbyPool": null})).membership,
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
        let rows = vmss_status_rows(&iv);
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0].count, Some(8));
        assert_eq!(rows[1].source, "extension ext");
        assert_eq!(rows[3].code, "Running");
        assert!(vmss_status_rows(&json!({})).is_empty());
    }
}
