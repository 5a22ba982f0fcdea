//! The one definition of "ready" that status, watch, wait, fleet and the exporter share:
//! instances in the state the pool keeps its members in, against the pool's target.
//!
//! A VM pool keeps its members Running, Deallocated or Hibernated
//! (`virtualMachineState`); a `Mix` pool keeps them in any of the three. A container
//! group pool keeps them Running. The target is `elasticityProfile.maxReadyCapacity`,
//! with `minReadyCapacity` as the floor where the pool sets one.

use serde_json::Value;

use super::properties;
use super::runtime_view::{RuntimeView, sum};
use super::state::{Phase, PoolState};

/// Which pool type: the two keep their members in different states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolType {
    Vm,
    ContainerGroup,
}

/// What the pool resource says about readiness.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Target {
    /// `virtualMachineState` as the service spelled it (`None` for container pools,
    /// or a VM pool body without it).
    pub configured_state: Option<String>,
    pub max: Option<i64>,
    pub min: Option<i64>,
}

impl Target {
    pub fn of_pool(pool: &Value) -> Target {
        let props = properties(pool);
        let elasticity = props.get("elasticityProfile");
        let number = |key: &str| elasticity.and_then(|e| e.get(key)).and_then(Value::as_i64);
        Target {
            configured_state: props
                .get("virtualMachineState")
                .and_then(Value::as_str)
                .map(str::to_string),
            max: number("maxReadyCapacity"),
            min: number("minReadyCapacity"),
        }
    }

    /// Whether an instance in `state` counts as ready for this pool.
    pub fn counts_as_ready(&self, pool: PoolType, state: &PoolState) -> bool {
        match pool {
            PoolType::ContainerGroup => *state == PoolState::Running,
            PoolType::Vm => match self.configured_state.as_deref().map(PoolState::parse) {
                Some(PoolState::Other(s)) if s.eq_ignore_ascii_case("Mix") => state.phase() == Phase::Ready,
                Some(configured @ (PoolState::Running | PoolState::Deallocated | PoolState::Hibernated)) => {
                    *state == configured
                }
                // Unknown configuration: any of the ready states, as `Mix` does.
                _ => state.phase() == Phase::Ready,
            },
        }
    }
}

/// Ready instances against the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    pub ready: i64,
    pub max: Option<i64>,
    pub min: Option<i64>,
}

impl Readiness {
    /// `ready` below the pool's floor (`minReadyCapacity`), where it sets one.
    pub fn below_min(&self) -> bool {
        self.min.is_some_and(|min| self.ready < min)
    }

    /// How far below the target it is (0 when at or above it, or without a target).
    pub fn shortfall(&self) -> i64 {
        self.max.map_or(0, |max| max.saturating_sub(self.ready).max(0))
    }
}

/// Ready instances of the whole pool, or of one zone (`zone` as the service labels it).
pub fn readiness(view: &RuntimeView, pool: PoolType, target: &Target, zone: Option<&str>) -> Readiness {
    let ready = sum(view
        .instance_count_summary
        .iter()
        .filter(|z| zone.is_none_or(|want| zone_is(z.zone.as_ref(), want)))
        .flat_map(|z| &z.instance_counts_by_state)
        .filter(|sc| target.counts_as_ready(pool, &sc.state))
        .map(|sc| &sc.count));
    Readiness {
        ready,
        max: target.max,
        min: target.min,
    }
}

fn zone_is(zone: Option<&Value>, want: &str) -> bool {
    match zone {
        Some(Value::String(s)) => s == want,
        Some(Value::Number(n)) => n.to_string() == want,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn view(v: Value) -> RuntimeView {
        serde_json::from_value(v).unwrap()
    }

    fn sample() -> RuntimeView {
        view(json!({"instanceCountSummary": [
            {"zone": 1, "instanceCountsByState": [{"state": "Running", "count": 2}, {"state": "Deallocated", "count": 3}, {"state": "Creating", "count": 1}]},
            {"zone": 2, "instanceCountsByState": [{"state": "hibernated", "count": 4}, {"state": "Deallocated", "count": 1}]}
        ]}))
    }

    fn pool(state: &str) -> Target {
        Target::of_pool(&json!({"properties": {"virtualMachineState": state,
            "elasticityProfile": {"maxReadyCapacity": 10, "minReadyCapacity": 5}}}))
    }

    #[test]
    fn ready_is_the_configured_state() {
        let v = sample();
        assert_eq!(readiness(&v, PoolType::Vm, &pool("Deallocated"), None).ready, 4);
        assert_eq!(readiness(&v, PoolType::Vm, &pool("Running"), None).ready, 2);
        assert_eq!(readiness(&v, PoolType::Vm, &pool("Hibernated"), None).ready, 4);
        assert_eq!(readiness(&v, PoolType::Vm, &pool("Mix"), None).ready, 10);
        assert_eq!(
            readiness(&v, PoolType::ContainerGroup, &Target::default(), None).ready,
            2
        );
    }

    #[test]
    fn one_zone_and_the_target() {
        let r = readiness(&sample(), PoolType::Vm, &pool("Deallocated"), Some("2"));
        assert_eq!(
            r,
            Readiness {
                ready: 1,
                max: Some(10),
                min: Some(5)
            }
        );
        assert!(r.below_min());
        assert_eq!(r.shortfall(), 9);
        let none = Readiness {
            ready: 3,
            max: None,
            min: None,
        };
        assert!(!none.below_min());
        assert_eq!(none.shortfall(), 0);
    }
}
