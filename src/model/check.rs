//! The shape of each kind of answer, checked before anything is rendered in any format,
//! so that a body of the wrong shape is an error everywhere rather than a wrong table or
//! a JSON document passed on with exit 0.
//!
//! Only the fields the views read are checked, and only their types: unknown fields,
//! unknown enum values and `null` pass; `null` reads as absent, as ARM means it.

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use serde_json::Value;

use super::kind::Kind;
use super::runtime_view::RuntimeView;

/// `Ok` when `item` has the shape `kind` is rendered from; otherwise the first field
/// that does not, by its path: `properties.instanceCountSummary[0].instanceCountsByState[1].count: …`.
pub fn check(kind: Kind, item: &Value) -> anyhow::Result<()> {
    if kind == Kind::Fleet {
        return check_fleet_row(item);
    }
    if !item.is_object() {
        anyhow::bail!(
            "the {} in the response is not a JSON object but {}",
            kind.noun(),
            kind_of_json(item)
        );
    }
    let (prefix, body) = match item.get("properties") {
        Some(p @ Value::Object(_)) => ("properties.", p),
        None | Some(Value::Null) => ("", item),
        Some(other) => anyhow::bail!(
            "the {} in the response has an unexpected shape: properties: expected an object, found {}",
            kind.noun(),
            kind_of_json(other)
        ),
    };
    let fail = |prefix: &str, e: serde_path_to_error::Error<serde_json::Error>| {
        let path = e.path().to_string();
        let path = if path == "." {
            String::new()
        } else {
            format!("{prefix}{path}: ")
        };
        anyhow::anyhow!(
            "the {} in the response has an unexpected shape: {path}{}",
            kind.noun(),
            e.into_inner()
        )
    };
    fn shape<'a, T: Deserialize<'a>>(v: &'a Value) -> Result<(), serde_path_to_error::Error<serde_json::Error>> {
        serde_path_to_error::deserialize::<_, T>(v).map(|_| ())
    }
    shape::<Top>(item).map_err(|e| fail("", e))?;
    match kind {
        Kind::VmPoolStatus | Kind::ContainerPoolStatus => shape::<RuntimeView>(body),
        Kind::VmPool | Kind::ContainerPool => shape::<Pool>(body),
        // Either the VM with its instance view expanded, or the bare instance view.
        Kind::Vm | Kind::PoolMembers => shape::<VmBody>(body).and_then(|_| shape::<VmInstanceView>(body)),
        Kind::VmssInstanceView => shape::<VmssInstanceView>(body),
        Kind::ContainerGroup => shape::<ContainerGroup>(body),
        Kind::Fleet => Ok(()),
        // Our own object, built by `auth status`.
        Kind::AuthStatus => Ok(()),
    }
    .map_err(|e| fail(prefix, e))
}

/// A fleet row is our own envelope (`model::fleet::item`): what it holds is checked
/// as what it is, the pool as a pool and the view (when one was read) as a runtime view,
/// each error named by its place in the row.
fn check_fleet_row(item: &Value) -> anyhow::Result<()> {
    use super::fleet::{POOL, VIEW};
    if !item.is_object() {
        anyhow::bail!(
            "the {} in the response is not a JSON object but {}",
            Kind::Fleet.noun(),
            kind_of_json(item)
        );
    }
    let inner = |key: &str, kind: Kind| match item.get(key) {
        None | Some(Value::Null) => Ok(()),
        Some(v) => check(kind, v).map_err(|e| anyhow::anyhow!("{key}: {e}")),
    };
    let pool_type = item.get(POOL).map(super::pool_type::PoolType::of_pool);
    let pool_type = pool_type.unwrap_or(super::pool_type::PoolType::Vm);
    inner(POOL, Kind::pool_of(pool_type))?;
    inner(VIEW, Kind::status_of(pool_type))
}

fn kind_of_json(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An int64 field, in words people read (`expected an integer`, not `expected i64`);
/// `null` reads as 0.
pub(crate) fn integer<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    struct Integer;
    impl<'de> Visitor<'de> for Integer {
        type Value = i64;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an integer")
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
            Ok(v)
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
            i64::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &"an integer within int64"))
        }
        fn visit_unit<E: de::Error>(self) -> Result<i64, E> {
            Ok(0)
        }
        fn visit_none<E: de::Error>(self) -> Result<i64, E> {
            Ok(0)
        }
    }
    d.deserialize_any(Integer)
}

/// A list of int64s (`null` is empty).
pub(crate) fn integers<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<i64>, D::Error> {
    #[derive(Deserialize)]
    struct Int(#[serde(deserialize_with = "integer")] i64);
    Ok(Option::<Vec<Int>>::deserialize(d)?
        .unwrap_or_default()
        .into_iter()
        .map(|i| i.0)
        .collect())
}

/// An integer that may be absent or null: the type is all that is checked.
#[derive(Deserialize)]
struct Int(
    #[serde(deserialize_with = "integer")]
    #[allow(dead_code)]
    i64,
);

type Text = Option<String>;
type List<T> = Option<Vec<T>>;

/// What every resource has at the top.
#[derive(Deserialize)]
#[serde(default)]
#[allow(dead_code)]
#[derive(Default)]
struct Top {
    id: Text,
    name: Text,
    #[serde(rename = "type")]
    kind: Text,
    location: Text,
    #[serde(rename = "resourceGroup")]
    resource_group: Text,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct Pool {
    provisioning_state: Text,
    virtual_machine_state: Text,
    vm_state_distribution: Option<Distribution>,
    elasticity_profile: Option<Elasticity>,
    attached_virtual_machine_scale_set_id: Text,
    container_group_properties: Option<ContainerGroupProperties>,
    zones: List<String>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct Distribution {
    running_percent: Option<Int>,
    deallocated_percent: Option<Int>,
    hibernated_percent: Option<Int>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct Elasticity {
    min_ready_capacity: Option<Int>,
    max_ready_capacity: Option<Int>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct ContainerGroupProperties {
    container_group_profile: Option<Reference>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
#[allow(dead_code)]
struct Reference {
    id: Text,
}

/// A VM with its instance view expanded, or the bare instance view.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct VmBody {
    provisioning_state: Text,
    instance_view: Option<VmInstanceView>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct VmInstanceView {
    computer_name: Text,
    statuses: List<Status>,
    #[serde(rename = "isVMInStandbyPool")]
    in_pool: Option<bool>,
    #[serde(rename = "isVmInStandbyPool")]
    in_pool_az: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct Status {
    code: Text,
    display_status: Text,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct VmssInstanceView {
    virtual_machine: Option<Summaries>,
    extensions: List<Extension>,
    statuses: List<Status>,
    orchestration_services: List<Service>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct Summaries {
    statuses_summary: List<Summary>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct Extension {
    name: Text,
    statuses_summary: List<Summary>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
#[allow(dead_code)]
struct Summary {
    code: Text,
    count: Option<Int>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct Service {
    service_name: Text,
    service_state: Text,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
#[allow(dead_code)]
struct ContainerGroup {
    provisioning_state: Text,
    os_type: Text,
    is_created_from_standby_pool: Option<bool>,
    instance_view: Option<ContainerGroupInstanceView>,
    ip_address: Option<IpAddress>,
    containers: List<Container>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
#[allow(dead_code)]
struct ContainerGroupInstanceView {
    state: Text,
}

#[derive(Deserialize, Default)]
#[serde(default)]
#[allow(dead_code)]
struct IpAddress {
    ip: Text,
    fqdn: Text,
    ports: List<Port>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
#[allow(dead_code)]
struct Port {
    port: Option<Int>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
#[allow(dead_code)]
struct Container {
    name: Text,
    image: Text,
    properties: Option<ContainerProperties>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
#[allow(dead_code)]
struct ContainerProperties {
    image: Text,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(kind: Kind, v: Value) -> String {
        check(kind, &v).unwrap_err().to_string()
    }

    #[test]
    fn wrong_types_are_named_by_their_path() {
        let e = err(
            Kind::VmPoolStatus,
            json!({"properties": {"instanceCountSummary": [{"instanceCountsByState": [
                {"state": "Running", "count": 1}, {"state": "Creating", "count": "2"}]}]}}),
        );
        assert!(
            e.contains("properties.instanceCountSummary[0].instanceCountsByState[1].count: invalid type: string \"2\", expected an integer"),
            "{e}"
        );
        let e = err(
            Kind::ContainerPoolStatus,
            json!({"properties": {"instanceCountSummary": "x"}}),
        );
        assert!(
            e.contains("properties.instanceCountSummary: invalid type: string"),
            "{e}"
        );
        let e = err(
            Kind::VmPoolStatus,
            json!({"instanceCountSummary": [{"instanceCountsByState": [{"state": "Running", "count": 1.5}]}]}),
        );
        assert!(
            e.contains("instanceCountSummary[0].instanceCountsByState[0].count: invalid type: floating point"),
            "{e}"
        );
        let e = err(Kind::VmPool, json!({"name": 5}));
        assert!(e.contains("name: invalid type: integer"), "{e}");
        let e = err(Kind::VmPool, json!({"properties": "x"}));
        assert!(e.contains("properties: expected an object, found a string"), "{e}");
        let e = err(
            Kind::Vm,
            json!({"properties": {"instanceView": {"statuses": [{"code": 1}]}}}),
        );
        assert!(e.contains("properties.instanceView.statuses[0].code"), "{e}");
        let e = err(
            Kind::VmssInstanceView,
            json!({"virtualMachine": {"statusesSummary": [{"count": "x"}]}}),
        );
        assert!(e.contains("virtualMachine.statusesSummary[0].count"), "{e}");
        let e = err(
            Kind::ContainerGroup,
            json!({"properties": {"ipAddress": {"ports": [{"port": "80"}]}}}),
        );
        assert!(e.contains("properties.ipAddress.ports[0].port"), "{e}");
        assert!(err(Kind::ContainerGroup, json!(42)).contains("not a JSON object but a number"));
        assert!(err(Kind::VmPool, json!(null)).contains("not a JSON object but null"));
        let e = err(
            Kind::VmPoolStatus,
            json!({"instanceCountSummary": [{"instanceCountsByState": [{"state": "Running", "count": u64::MAX}]}]}),
        );
        assert!(e.contains("int64"), "{e}");
    }

    #[test]
    fn a_fleet_row_checks_its_pool_and_its_view() {
        let e = err(Kind::Fleet, json!({"pool": {"properties": {"provisioningState": 5}}}));
        assert!(
            e.contains("pool: ") && e.contains("properties.provisioningState"),
            "{e}"
        );
        let e = err(
            Kind::Fleet,
            json!({"pool": {}, "runtimeView": {"properties": {"instanceCountSummary": "x"}}}),
        );
        assert!(e.contains("runtimeView: ") && e.contains("instanceCountSummary"), "{e}");
        check(
            Kind::Fleet,
            &json!({"pool": {}, "runtimeView": null, "error": {"code": "X"}}),
        )
        .unwrap();
    }

    #[test]
    fn unknown_fields_values_and_nulls_pass() {
        for kind in Kind::ALL {
            check(kind, &json!({})).unwrap();
            check(kind, &json!({"properties": null, "brandNew": {"x": [1]}})).unwrap();
        }
        check(
            Kind::VmPoolStatus,
            &json!({"properties": {"instanceCountSummary": [{"zone": 1, "instanceCountsByState": [
                {"state": "Teleporting", "count": 3, "extra": true}, {"state": "Running", "count": null}]}],
                "status": null, "prediction": {"forecastValues": null}}}),
        )
        .unwrap();
    }
}
