//! The shape of each kind of answer, checked before anything is rendered in any format,
//! so that a body of the wrong shape is an error everywhere rather than a wrong table or
//! a JSON document passed on with exit 0.
//!
//! Each kind is checked by the read its views make of it (`model::resource`): a field is
//! checked exactly when something reads it, and only its type: unknown fields, unknown
//! enum values and `null` pass; `null` reads as absent, as ARM means it.

use serde_json::Value;

use super::kind::Kind;
use super::resource::{self, ShapeError, Top, json_kind, read_at};
use super::runtime_view::RuntimeView;
use super::{container, pool, vm};

/// `Ok` when `item` has the shape `kind` is rendered from; otherwise the first field
/// that does not, by its path: `properties.instanceCountSummary[0].instanceCountsByState[1].count: …`.
pub fn check(kind: Kind, item: &Value) -> anyhow::Result<()> {
    shape(kind, item).map_err(|e| error(kind, item, e))
}

/// The error for a body of `kind` that is not of its shape, in words.
pub fn error(kind: Kind, item: &Value, e: ShapeError) -> anyhow::Error {
    match e.path.is_empty() && !item.is_object() {
        true => anyhow::anyhow!("the {} in the response is {}", kind.noun(), e.message),
        false => anyhow::anyhow!("the {} in the response has an unexpected shape: {e}", kind.noun()),
    }
}

fn shape(kind: Kind, item: &Value) -> Result<(), ShapeError> {
    match kind {
        Kind::VmPoolStatus | Kind::ContainerPoolStatus => resource::read::<RuntimeView>(item).map(drop),
        Kind::VmPool | Kind::ContainerPool => pool::read(item).map(drop),
        Kind::Vm | Kind::PoolMembers => vm::read(item).map(drop),
        Kind::VmssInstanceView => vm::read_vmss(item).map(drop),
        Kind::ContainerGroup => container::read(item).map(drop),
        Kind::Fleet => fleet_row(item),
        // Our own objects, built by `auth status` and `events`.
        Kind::AuthStatus | Kind::PoolEvents => object(item).and_then(|_| read_at::<Top>(item, "")).map(drop),
    }
}

fn object(item: &Value) -> Result<(), ShapeError> {
    match item.is_object() {
        true => Ok(()),
        false => Err(ShapeError {
            path: String::new(),
            message: format!("not a JSON object but {}", json_kind(item)),
        }),
    }
}

/// A fleet row is our own envelope (`model::fleet::item`): what it holds is checked
/// as what it is, the pool as a pool and the view (when one was read) as a runtime view,
/// each error named by its place in the row.
fn fleet_row(item: &Value) -> Result<(), ShapeError> {
    use super::fleet::{POOL, VIEW};
    use super::pool_type::PoolType;
    object(item)?;
    let inner = |key: &str, kind: Kind| match item.get(key) {
        None | Some(Value::Null) => Ok(()),
        Some(v) => shape(kind, v).map_err(|e| ShapeError {
            path: if e.path.is_empty() {
                key.to_string()
            } else {
                format!("{key}.{}", e.path)
            },
            message: e.message,
        }),
    };
    let pool_type = item.get(POOL).map(PoolType::of_pool).unwrap_or(PoolType::Vm);
    inner(POOL, Kind::pool_of(pool_type))?;
    inner(VIEW, Kind::status_of(pool_type))
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
            e.contains("shape: pool.properties.provisioningState: invalid type"),
            "{e}"
        );
        let e = err(
            Kind::Fleet,
            json!({"pool": {}, "runtimeView": {"properties": {"instanceCountSummary": "x"}}}),
        );
        assert!(e.contains("runtimeView.properties.instanceCountSummary"), "{e}");
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
