//! The demo's answers, in the shapes the service sends (api-version 2026-04-01 for
//! the pools, the Compute and Container Instances shapes for the rest).

use azure_core::time::{OffsetDateTime, to_rfc3339};
use serde_json::{Value, json};

use super::world::{DemoPool, DemoSubscription, MIX, Moment, TENANT};

const SYSTEM_DATA_AT: &str = "2026-11-02T09:12:44.102Z";

fn system_data() -> Value {
    json!({
        "createdBy": "ops@contoso.com",
        "createdByType": "User",
        "createdAt": SYSTEM_DATA_AT,
        "lastModifiedBy": "ops@contoso.com",
        "lastModifiedByType": "User",
        "lastModifiedAt": SYSTEM_DATA_AT
    })
}

pub fn subscription(s: &DemoSubscription) -> Value {
    json!({
        "id": format!("/subscriptions/{}", s.id),
        "subscriptionId": s.id,
        "tenantId": TENANT,
        "displayName": s.name,
        "state": "Enabled"
    })
}

pub fn pool(p: &DemoPool) -> Value {
    let properties = if p.is_vm() {
        let mut props = json!({
            "elasticityProfile": {
                "maxReadyCapacity": p.max,
                "minReadyCapacity": p.min,
                "postProvisioningDelay": "PT30S",
                "dynamicSizing": {"enabled": false}
            },
            "virtualMachineState": p.vm_state,
            "attachedVirtualMachineScaleSetId": p.scale_set_id(),
            "provisioningState": "Succeeded"
        });
        if p.vm_state == "Mix" {
            props["vmStateDistribution"] = json!({
                "runningPercent": MIX.0, "deallocatedPercent": MIX.1, "hibernatedPercent": MIX.2
            });
        }
        props
    } else {
        let rg = format!(
            "/subscriptions/{}/resourceGroups/{}",
            p.subscription.id, p.resource_group
        );
        json!({
            "elasticityProfile": {"maxReadyCapacity": p.max, "refillPolicy": "always", "dynamicSizing": {"enabled": true}},
            "containerGroupProperties": {
                "containerGroupProfile": {
                    "id": format!("{rg}/providers/Microsoft.ContainerInstance/containerGroupProfiles/{}-profile", p.name),
                    "revision": 1
                },
                "subnetIds": [{"id": format!("{rg}/providers/Microsoft.Network/virtualNetworks/{}-vnet/subnets/pool", p.name)}]
            },
            "zones": p.zones().iter().map(|z| z.to_string()).collect::<Vec<_>>(),
            "provisioningState": "Succeeded"
        })
    };
    json!({
        "properties": properties,
        "tags": {},
        "location": p.location,
        "id": p.id(),
        "name": p.name,
        "type": format!("Microsoft.StandbyPool/{}", pool_kind(p)),
        "systemData": system_data()
    })
}

fn pool_kind(p: &DemoPool) -> &'static str {
    if p.is_vm() {
        "standbyVirtualMachinePools"
    } else {
        "standbyContainerGroupPools"
    }
}

/// `runtimeViews/latest`: the counts spread over the pool's zones, health, forecast.
pub fn runtime_view(p: &DemoPool, m: &Moment, now: OffsetDateTime) -> Value {
    let zones = p.zones();
    let share = |n: i64, i: usize| n / zones.len() as i64 + i64::from((i as i64) < n % zones.len() as i64);
    let summary: Vec<Value> = zones
        .iter()
        .enumerate()
        .map(|(i, zone)| {
            let counts: Vec<Value> = m
                .states
                .iter()
                .map(|(state, n)| json!({"state": state, "count": share(*n, i)}))
                .collect();
            json!({"zone": zone, "instanceCountsByState": counts})
        })
        .collect();
    let status = match p.behaviour {
        super::world::Behaviour::Degraded => json!({
            "code": "HealthState/degraded",
            "message": "Container groups cannot be created: subnet 'pool' has no free addresses."
        }),
        _ => json!({"code": "HealthState/healthy", "message": "The pool is healthy."}),
    };
    let mut properties = json!({
        "instanceCountSummary": summary,
        "provisioningState": "Succeeded",
        "status": status
    });
    if p.behaviour != super::world::Behaviour::Exhausted {
        properties["prediction"] = prediction(p, now);
    }
    json!({
        "properties": properties,
        "id": format!("{}/runtimeViews/latest", p.id()),
        "name": "latest",
        "type": format!("Microsoft.StandbyPool/{}/runtimeViews", pool_kind(p)),
        "systemData": system_data()
    })
}

/// Twelve hours ahead from the current hour and twelve behind, hour by hour, in the
/// service's format: `forecastInfo` a JSON string holding another (the history).
fn prediction(p: &DemoPool, now: OffsetDateTime) -> Value {
    let day = [2, 2, 3, 4, 6, 8, 9, 9, 8, 7, 6, 5, 4, 4, 5, 6, 7, 6, 5, 4, 3, 3, 2, 2];
    let scale = p.max.max(1) as f64 / 10.0;
    let hour = usize::from(now.hour());
    let at = |h: usize| ((f64::from(day[h % 24]) * scale).round()) as i64;
    let forecast: Vec<i64> = (0..12).map(|i| at(hour + i)).collect();
    let history: Vec<String> = (0..12).map(|i| at(hour + 12 + i).to_string()).collect();
    let start = now
        .replace_minute(0)
        .and_then(|t| t.replace_second(0))
        .map(|t| t.replace_nanosecond(0));
    let start = match start {
        Ok(Ok(t)) => t,
        _ => now,
    };
    // Spaced as the service writes it (the examples in its API specification).
    let info = format!(
        "{{\"forecastAccuracy\": 85, \"seriesUnitIntervalInMins\": 60, \"instancesRequestedCount_recentHistory\": \"[{}]\"}}",
        history.join(", ")
    );
    json!({
        "forecastValues": {"instancesRequestedCount": forecast},
        "forecastStartTime": to_rfc3339(&start),
        "forecastInfo": info
    })
}

pub fn scale_set(p: &DemoPool, m: &Moment) -> Value {
    json!({
        "id": p.scale_set_id(),
        "name": p.scale_set,
        "type": "Microsoft.Compute/virtualMachineScaleSets",
        "location": p.location,
        "sku": {"name": "Standard_D2s_v5", "tier": "Standard", "capacity": m.capacity},
        "properties": {
            "orchestrationMode": "Flexible",
            "platformFaultDomainCount": 1,
            "provisioningState": "Succeeded"
        }
    })
}

pub fn scale_set_instance_view(m: &Moment) -> Value {
    json!({
        "virtualMachine": {"statusesSummary": [{"code": "ProvisioningState/succeeded", "count": m.capacity}]},
        "extensions": [],
        "statuses": [{
            "code": "ProvisioningState/succeeded",
            "level": "Info",
            "displayStatus": "Provisioning succeeded",
            "time": SYSTEM_DATA_AT
        }],
        "orchestrationServices": []
    })
}

/// A container group the pool handed out (`{pool}-{n}`).
pub fn container_group(p: &DemoPool, name: &str) -> Value {
    let rg = format!(
        "/subscriptions/{}/resourceGroups/{}",
        p.subscription.id, p.resource_group
    );
    json!({
        "id": format!("{rg}/providers/Microsoft.ContainerInstance/containerGroups/{name}"),
        "name": name,
        "type": "Microsoft.ContainerInstance/containerGroups",
        "location": p.location,
        "properties": {
            "sku": "Standard",
            "provisioningState": "Succeeded",
            "containers": [{
                "name": "worker",
                "properties": {
                    "image": "mcr.microsoft.com/azuredocs/aci-helloworld",
                    "ports": [{"protocol": "TCP", "port": 80}],
                    "environmentVariables": [],
                    "resources": {"requests": {"memoryInGB": 1.5, "cpu": 1.0}},
                    "instanceView": {
                        "restartCount": 0,
                        "currentState": {"state": "Running", "startTime": SYSTEM_DATA_AT, "detailStatus": ""},
                        "events": []
                    }
                }
            }],
            "initContainers": [],
            "restartPolicy": "Always",
            "osType": "Linux",
            "containerGroupProfile": {
                "id": format!("{rg}/providers/Microsoft.ContainerInstance/containerGroupProfiles/{}-profile", p.name),
                "revision": 1
            },
            "isCreatedFromStandbyPool": true,
            "instanceView": {"events": [], "state": "Running"}
        }
    })
}
