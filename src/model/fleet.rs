//! One pool of a fleet, as `fleet status` holds it: the pool resource, its runtime view
//! (or why it could not be read), and what a row shows of them.
//!
//! The item is a JSON object so that it travels in `Output` like every other answer:
//! `{"pool": <resource>, "runtimeView": <view or null>, "subscriptionName": <name or
//! null>, "error": {"code", "message"} or null}`. Both bodies are kept as the service sent them.

use serde_json::{Value, json};

use super::properties;
use super::ready::{PoolConfig, PoolFacts, PoolType, Readiness, ScaleSet, readiness};
use super::runtime_view::{Health, RuntimeView, sum};
use super::state::Phase;
use crate::id;

pub const POOL: &str = "pool";
pub const VIEW: &str = "runtimeView";
pub const SUBSCRIPTION_NAME: &str = "subscriptionName";
pub const ERROR: &str = "error";
/// What was learnt of a VM pool's scale set: `{"instances": n}` or `{"error": why}`.
pub const SCALE_SET: &str = "scaleSet";

/// Builds the item for one pool.
pub fn item(pool: Value, view: Result<Value, (String, String)>, subscription_name: Option<&str>) -> Value {
    let (view, error) = match view {
        Ok(v) => (v, Value::Null),
        Err((code, message)) => (Value::Null, json!({"code": code, "message": message})),
    };
    json!({POOL: pool, VIEW: view, SUBSCRIPTION_NAME: subscription_name, ERROR: error})
}

/// Notes beside the item what its scale set holds, or why it could not be read.
pub fn set_scale_set(item: &mut Value, scale_set: &ScaleSet) {
    let value = match scale_set {
        ScaleSet::None => Value::Null,
        ScaleSet::Instances(n) => json!({"instances": n}),
        ScaleSet::Unreadable(why) => json!({"error": why}),
    };
    if let Some(obj) = item.as_object_mut() {
        obj.insert(SCALE_SET.into(), value);
    }
}

fn scale_set_of(item: &Value) -> ScaleSet {
    let Some(s) = item.get(SCALE_SET).filter(|s| s.is_object()) else {
        return ScaleSet::None;
    };
    match (
        s.get("instances").and_then(Value::as_i64),
        s.get("error").and_then(Value::as_str),
    ) {
        (Some(n), _) => ScaleSet::Instances(n),
        (None, Some(why)) => ScaleSet::Unreadable(why.to_string()),
        (None, None) => ScaleSet::Unreadable("its size is not known".to_string()),
    }
}

/// What a table row and the JSON's computed fields show of one pool.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolRow {
    pub name: String,
    pub resource_group: Option<String>,
    /// The subscription's name where the list of subscriptions gave one, else its id.
    pub subscription: Option<String>,
    pub kind: PoolType,
    pub configured_state: Option<String>,
    /// The pool's target (`model::target`), known from the pool resource and its scale
    /// set even when its view is not; `None` when it cannot be known.
    pub target: Option<i64>,
    /// `maxReadyCapacity`: the most the target can be.
    pub max: Option<i64>,
    /// Instances in the attached scale set, where it was read.
    pub scale_set_instances: Option<i64>,
    /// `None` when the runtime view was not read.
    pub readiness: Option<Readiness>,
    /// Instances on their way to ready (creating, starting, deallocating, hibernating).
    pub transition: Option<i64>,
    pub health: Option<(String, Health)>,
    pub provisioning: Option<String>,
    /// Why the runtime view could not be read: `(code, message)`.
    pub error: Option<(String, String)>,
}

impl PoolRow {
    pub fn of(item: &Value) -> PoolRow {
        let pool = item.get(POOL).unwrap_or(&Value::Null);
        let kind = PoolType::of_pool(pool);
        let facts = PoolFacts {
            kind,
            config: PoolConfig::of_pool(pool),
            scale_set: scale_set_of(item),
        };
        let target = facts.target();
        let pool_id = pool.get("id").and_then(Value::as_str);
        let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
        let view = item
            .get(VIEW)
            .filter(|v| v.is_object())
            .and_then(|v| serde_json::from_value::<RuntimeView>(properties(v).clone()).ok());
        let error = item.get(ERROR).filter(|e| e.is_object()).map(|e| {
            (
                text(e.get("code")).unwrap_or_default(),
                text(e.get("message")).unwrap_or_default(),
            )
        });
        let transition = view.as_ref().map(|v| {
            sum(v
                .instance_count_summary
                .iter()
                .flat_map(|z| &z.instance_counts_by_state)
                .filter(|sc| sc.state.phase() == Phase::Transition)
                .map(|sc| &sc.count))
        });
        PoolRow {
            name: text(pool.get("name"))
                .or_else(|| pool_id.map(|i| id::leaf_name(i).to_string()))
                .unwrap_or_default(),
            resource_group: text(pool.get("resourceGroup"))
                .or_else(|| pool_id.and_then(id::resource_group).map(str::to_string)),
            subscription: text(item.get(SUBSCRIPTION_NAME)).or_else(|| {
                pool_id
                    .and_then(|i| id::ResourceId::parse(i).ok())
                    .map(|i| i.subscription)
            }),
            kind,
            configured_state: facts.config.configured_state.clone(),
            target: target.value,
            max: target.max,
            scale_set_instances: match facts.scale_set {
                ScaleSet::Instances(n) => Some(n),
                _ => None,
            },
            readiness: view.as_ref().map(|v| readiness(v, &facts)),
            transition,
            health: view.as_ref().and_then(|v| v.status.as_ref()).and_then(|s| s.summary()),
            provisioning: text(properties(pool).get("provisioningState"))
                .or_else(|| view.as_ref().and_then(|v| v.provisioning_state.clone())),
            error,
        }
    }

    /// Sort key: the pools that need attention first — unhealthy, then failed (its view
    /// unreadable, or its provisioning failed), then the rest — and within each, those
    /// furthest below their target first.
    pub fn attention(&self) -> (u8, i64) {
        let unhealthy = self.health.as_ref().is_some_and(|(_, h)| *h != Health::Healthy);
        let failed = self.error.is_some()
            || self
                .provisioning
                .as_deref()
                .is_some_and(|p| p.eq_ignore_ascii_case("failed") || p.eq_ignore_ascii_case("canceled"));
        let tier = if unhealthy {
            0
        } else if failed {
            1
        } else {
            2
        };
        (tier, -self.readiness.as_ref().map_or(0, Readiness::shortfall))
    }

    pub fn needs_attention(&self) -> bool {
        let (tier, shortfall) = self.attention();
        tier < 2 || shortfall < 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(name: &str, state: &str, max: i64) -> Value {
        json!({"id": format!("/subscriptions/s1/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/{name}"),
               "name": name, "type": "microsoft.standbypool/standbyvirtualmachinepools",
               "properties": {"virtualMachineState": state, "elasticityProfile": {"maxReadyCapacity": max}, "provisioningState": "Succeeded"}})
    }

    fn view(health: &str, counts: Value) -> Value {
        json!({"properties": {"instanceCountSummary": [{"zone": 1, "instanceCountsByState": counts}], "status": {"code": health}}})
    }

    #[test]
    fn a_row_counts_ready_and_transition() {
        let it = item(
            pool("p1", "Deallocated", 10),
            Ok(view(
                "HealthState/healthy",
                json!([{"state": "Deallocated", "count": 4}, {"state": "Creating", "count": 2}, {"state": "Running", "count": 1}]),
            )),
            Some("Prod"),
        );
        let row = PoolRow::of(&it);
        assert_eq!(row.name, "p1");
        assert_eq!(row.resource_group.as_deref(), Some("rg"));
        assert_eq!(row.subscription.as_deref(), Some("Prod"));
        assert_eq!(row.kind, PoolType::Vm);
        assert_eq!(
            row.readiness.as_ref().map(|r| (r.ready, r.target.value)),
            Some((4, Some(10)))
        );
        assert_eq!(row.transition, Some(2));
        assert_eq!(row.attention(), (2, -6));
        assert!(row.needs_attention());
    }

    #[test]
    fn the_target_follows_the_scale_set() {
        let mut it = item(
            pool("p1", "Deallocated", 15),
            Ok(view(
                "HealthState/healthy",
                json!([{"state": "Deallocated", "count": 5}]),
            )),
            None,
        );
        set_scale_set(&mut it, &ScaleSet::Instances(10));
        let row = PoolRow::of(&it);
        assert_eq!(
            (row.target, row.max, row.scale_set_instances),
            (Some(5), Some(15), Some(10))
        );
        assert!(!row.needs_attention());
        set_scale_set(&mut it, &ScaleSet::Unreadable("HTTP 403".into()));
        let row = PoolRow::of(&it);
        assert_eq!((row.target, row.max), (None, Some(15)));
    }

    #[test]
    fn unreadable_and_unhealthy_pools_come_first() {
        let failed = PoolRow::of(&item(pool("p2", "Running", 3), Err(("Boom".into(), "no".into())), None));
        assert_eq!(failed.subscription.as_deref(), Some("s1"));
        assert_eq!(failed.readiness, None);
        assert_eq!(failed.error, Some(("Boom".into(), "no".into())));
        let degraded = PoolRow::of(&item(
            pool("p3", "Running", 3),
            Ok(view("HealthState/degraded", json!([{"state": "Running", "count": 3}]))),
            None,
        ));
        let fine = PoolRow::of(&item(
            pool("p4", "Running", 3),
            Ok(view("HealthState/healthy", json!([{"state": "Running", "count": 3}]))),
            None,
        ));
        assert!(degraded.attention() < failed.attention());
        assert!(failed.attention() < fine.attention());
        assert!(!fine.needs_attention());
    }

    #[test]
    fn strange_items_do_not_panic() {
        for v in [
            json!(null),
            json!([]),
            json!({"pool": 3, "runtimeView": "x", "error": 1}),
        ] {
            let row = PoolRow::of(&v);
            assert_eq!(row.readiness, None);
        }
    }
}
