//! The fleet's JSON: each pool as `show -o json` prints it, its runtime view under
//! `runtimeView` as `status -o json` prints it, and the computed `ready` and `target`
//! (what the service keeps in the pool: `maxReadyCapacity` less the scale set's
//! `scaleSetInstances`, at least `minReadyCapacity`; null when the scale set could not
//! be read), so that `--query '[?ready < target].name'` picks the pools short of it.

use serde_json::{Map, Value, json};

use super::shape::{az_shape, sort_keys};
use crate::model::fleet::{ERROR, POOL, PoolRow, VIEW};

pub fn item(raw: &Value) -> Value {
    let row = PoolRow::of(raw);
    let mut obj = match raw.get(POOL).map(az_shape) {
        Some(Value::Object(map)) => map,
        _ => Map::new(),
    };
    let view = raw.get(VIEW).filter(|v| !v.is_null()).map(az_shape);
    obj.insert(VIEW.into(), view.unwrap_or(Value::Null));
    obj.insert("ready".into(), json!(row.readiness.map(|r| r.ready)));
    obj.insert("target".into(), json!(row.target));
    obj.insert("scaleSetInstances".into(), json!(row.scale_set_instances));
    obj.insert(ERROR.into(), raw.get(ERROR).cloned().unwrap_or(Value::Null));
    sort_keys(Value::Object(obj))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fleet;

    #[test]
    fn pool_view_and_numbers_side_by_side() {
        let pool = json!({"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyContainerGroupPools/c",
                          "name": "c", "type": "Microsoft.StandbyPool/standbyContainerGroupPools",
                          "properties": {"elasticityProfile": {"maxReadyCapacity": 5}}});
        let view = json!({"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyContainerGroupPools/c/runtimeViews/latest",
                          "name": "latest", "properties": {"instanceCountSummary": [{"instanceCountsByState": [{"state": "Running", "count": 3}]}]}});
        let out = item(&fleet::item(pool.clone(), Ok(view), None));
        assert_eq!(out["elasticityProfile"]["maxReadyCapacity"], 5);
        assert_eq!(out["resourceGroup"], "rg");
        assert_eq!(
            out["runtimeView"]["instanceCountSummary"][0]["instanceCountsByState"][0]["count"],
            3
        );
        assert_eq!(out["runtimeView"]["resourceGroup"], "rg");
        assert_eq!((out["ready"].clone(), out["target"].clone()), (json!(3), json!(5)));
        assert_eq!(out["error"], Value::Null);
        let failed = item(&fleet::item(pool, Err(("Boom".into(), "m".into())), None));
        assert_eq!(failed["ready"], Value::Null);
        assert_eq!(failed["target"], 5);
        assert_eq!(failed["error"], json!({"code": "Boom", "message": "m"}));
    }
}
