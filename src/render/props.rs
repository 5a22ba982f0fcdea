//! Property: no ARM body, however odd, makes a renderer panic. Bodies are built from
//! the keys and values ARM uses, in any shape and type, so that the renderers'
//! lenient reading is exercised where it matters.

use proptest::prelude::*;
use serde_json::{Map, Value};

use super::{Format, Settings, render};
use crate::output::{Kind, Output};

const KEYS: &[&str] = &[
    "properties",
    "instanceCountSummary",
    "zone",
    "instanceCountsByState",
    "state",
    "count",
    "status",
    "code",
    "message",
    "prediction",
    "forecastValues",
    "instancesRequestedCount",
    "forecastStartTime",
    "forecastInfo",
    "id",
    "name",
    "type",
    "location",
    "provisioningState",
    "instanceView",
    "statuses",
    "displayStatus",
    "isVMInStandbyPool",
    "isVmInStandbyPool",
    "virtualMachine",
    "statusesSummary",
    "extensions",
    "orchestrationServices",
    "serviceName",
    "serviceState",
    "containers",
    "image",
    "ipAddress",
    "ip",
    "ports",
    "port",
    "elasticityProfile",
    "maxReadyCapacity",
    "minReadyCapacity",
    "zones",
    "virtualMachineState",
    "vmStateDistribution",
    "runningPercent",
    "attachedVirtualMachineScaleSetId",
    "containerGroupProperties",
    "containerGroupProfile",
    "resources",
    "requests",
    "memoryInGB",
    "currentState",
    "startTime",
    "tags",
    "sourceVault",
    "resourceGroup",
    "value",
    "nextLink",
    "isCreatedFromStandbyPool",
    "osType",
    "",
];

const STRINGS: &[&str] = &[
    "",
    "Running",
    "deallocated",
    "Hibernated",
    "Mix",
    "Rebooting",
    "HealthState/healthy",
    "HealthState/",
    "PowerState/running",
    "ProvisioningState/failed",
    "PT15M",
    "PT",
    "2024-08-02T17:30:00.000Z",
    "2024-13-99T99:99:99Z",
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p/runtimeViews/latest",
    "/subscriptions/s/resourceGroups",
    "/",
    "//////////",
    "{\"forecastAccuracy\": 1e308}",
    "{\"forecastAccuracy\": -5}",
    "<html>",
    "\u{1b}[31mred",
    "zoné ünïcode 区域",
    "\t\n\r",
    "NaN",
    "-0",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop_oneof![Just(i64::MAX), Just(i64::MIN), Just(0), Just(-1)].prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Value::from),
        prop::sample::select(STRINGS).prop_map(|s| Value::String(s.to_string())),
        ".{0,12}".prop_map(Value::String),
    ]
}

fn body() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|pairs| {
                let map: Map<String, Value> = pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
                Value::Object(map)
            }),
        ]
    })
}

/// Runtime views of the right shape with extreme counts, odd zones and states.
fn runtime_view() -> impl Strategy<Value = Value> {
    let count = prop_oneof![any::<i64>(), Just(i64::MAX), Just(i64::MIN), 0i64..10];
    let state = prop_oneof![prop::sample::select(STRINGS).prop_map(str::to_string), ".{0,8}"];
    let by_state = prop::collection::vec((state, count), 0..6).prop_map(|pairs| {
        Value::Array(
            pairs
                .into_iter()
                .map(|(s, c)| serde_json::json!({"state": s, "count": c}))
                .collect(),
        )
    });
    let zone = prop_oneof![
        Just(Value::Null),
        any::<i64>().prop_map(Value::from),
        ".{0,3}".prop_map(Value::String)
    ];
    let summary =
        (zone, by_state).prop_map(|(z, counts)| serde_json::json!({"zone": z, "instanceCountsByState": counts}));
    (prop::collection::vec(summary, 0..5), leaf(), leaf()).prop_map(|(summaries, info, start)| {
        serde_json::json!({"properties": {
            "instanceCountSummary": summaries,
            "status": {"code": "HealthState/degraded", "message": info},
            "prediction": {"forecastValues": {"instancesRequestedCount": [i64::MAX, -1]}, "forecastStartTime": start, "forecastInfo": info}
        }})
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn renderers_never_panic(items in prop::collection::vec(body(), 1..3), many in any::<bool>(), color in any::<bool>(), width in prop::option::of(0u16..200)) {
        for kind in Kind::ALL {
            // An error is a fine answer to a strange body; a panic is not.
            let Ok(out) = Output::of(kind, items.clone(), many) else { continue };
            for format in Format::ALL {
                let settings = Settings { format, color, width, query: None };
                let _ = render(&out, &settings);
            }
        }
    }

    #[test]
    fn status_tables_survive_extreme_counts(view in runtime_view(), color in any::<bool>()) {
        for kind in [Kind::VmPoolStatus, Kind::ContainerPoolStatus] {
            let Ok(out) = Output::one(kind, view.clone()) else { continue };
            for format in Format::ALL {
                let settings = Settings { format, color, width: Some(80), query: None };
                let _ = render(&out, &settings);
            }
        }
    }
}
