//! The pool's target: how many ready instances the service keeps in it.
//!
//! Not a field of any response; the docs define it (arm-contract §1.4a). A VM pool holds
//! `maxReadyCapacity − the attached scale set's instances`, never fewer than
//! `minReadyCapacity` (nor than 0). A container group pool has no scale set: its target
//! is `maxReadyCapacity`. A `Mix` pool splits its target across Running, Deallocated and
//! Hibernated by `vmStateDistribution`.

use serde_json::Value;

use super::pool::{self, Percentages, PoolProps};
pub use super::pool_type::PoolType;
use super::resource::ShapeError;
use super::state::PoolState;
use crate::id;

/// `vmStateDistribution` (2026-04-01): the share of a `Mix` pool's target per state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Distribution {
    pub running: i64,
    pub deallocated: i64,
    pub hibernated: i64,
}

impl Distribution {
    /// The split a `Mix` pool's percentages say, when they are percentages and one is set.
    fn of(p: &Percentages) -> Option<Distribution> {
        let pct = |v: Option<i64>| v.filter(|p| (0..=100).contains(p));
        let parsed = Distribution {
            running: pct(p.running_percent).unwrap_or(0),
            deallocated: pct(p.deallocated_percent).unwrap_or(0),
            hibernated: pct(p.hibernated_percent).unwrap_or(0),
        };
        (parsed.shares().iter().any(|(_, p)| *p > 0)).then_some(parsed)
    }

    /// The ready states and their percentages, in the service's order.
    pub fn shares(&self) -> [(PoolState, i64); 3] {
        [
            (PoolState::Running, self.running),
            (PoolState::Deallocated, self.deallocated),
            (PoolState::Hibernated, self.hibernated),
        ]
    }

    /// `total` split by the percentages: each state its floor, then the instances left
    /// over go to the largest remainders, so the parts add up to the whole when the
    /// percentages add up to 100.
    pub fn split(&self, total: i64) -> [(PoolState, i64); 3] {
        let total = i128::from(total.max(0));
        let shares = self.shares();
        let exact: Vec<(i128, i128)> = shares
            .iter()
            .map(|(_, p)| (total * i128::from(*p) / 100, total * i128::from(*p) % 100))
            .collect();
        let mut parts: Vec<i128> = exact.iter().map(|(floor, _)| *floor).collect();
        let sum_pct: i64 = shares.iter().map(|(_, p)| *p).sum();
        if sum_pct == 100 {
            let mut left = total - parts.iter().sum::<i128>();
            let mut order: Vec<usize> = (0..3).collect();
            order.sort_by_key(|&i| std::cmp::Reverse(exact[i].1));
            for i in order {
                if left <= 0 {
                    break;
                }
                if exact[i].1 > 0 {
                    parts[i] += 1;
                    left -= 1;
                }
            }
        }
        let clamp = |n: i128| i64::try_from(n).unwrap_or(i64::MAX);
        [
            (PoolState::Running, clamp(parts[0])),
            (PoolState::Deallocated, clamp(parts[1])),
            (PoolState::Hibernated, clamp(parts[2])),
        ]
    }
}

/// What the pool resource says about readiness.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoolConfig {
    /// `virtualMachineState` as the service spelled it (`None` for container pools).
    pub configured_state: Option<String>,
    pub max: Option<i64>,
    pub min: Option<i64>,
    /// Set for a `Mix` pool that says how to split.
    pub distribution: Option<Distribution>,
    /// `attachedVirtualMachineScaleSetId`.
    pub scale_set_id: Option<String>,
    /// `elasticityProfile.postProvisioningDelay` (2025-10-01), ISO-8601 as sent.
    pub post_provisioning_delay: Option<String>,
    /// `elasticityProfile.dynamicSizing.enabled` (2025-10-01).
    pub dynamic_sizing: Option<bool>,
}

impl PoolConfig {
    /// What a pool resource says about readiness, or where its body is not a pool's shape.
    pub fn read(pool: &Value) -> Result<PoolConfig, ShapeError> {
        Ok(PoolConfig::of_props(pool::read(pool)?.props))
    }

    /// The same, for a body that is shown anyway (a fleet row, the exporter's pool): one
    /// of the wrong shape says nothing about readiness, and its target is unknown.
    pub fn of_pool(pool: &Value) -> PoolConfig {
        PoolConfig::read(pool).unwrap_or_default()
    }

    fn of_props(props: PoolProps) -> PoolConfig {
        let elasticity = props.elasticity_profile.unwrap_or_default();
        let is_mix = props.virtual_machine_state.as_deref().is_some_and(is_mix);
        PoolConfig {
            configured_state: props.virtual_machine_state,
            max: elasticity.max_ready_capacity,
            min: elasticity.min_ready_capacity,
            distribution: props
                .vm_state_distribution
                .as_ref()
                .and_then(Distribution::of)
                .filter(|_| is_mix),
            scale_set_id: props.attached_virtual_machine_scale_set_id.filter(|s| !s.is_empty()),
            post_provisioning_delay: elasticity
                .post_provisioning_delay
                .as_ref()
                .and_then(Value::as_str)
                .map(str::to_string),
            dynamic_sizing: elasticity
                .dynamic_sizing
                .as_ref()
                .and_then(|d| d.get("enabled"))
                .and_then(Value::as_bool),
        }
    }

    /// The scale set's name, as a person reads it.
    pub fn scale_set_name(&self) -> Option<&str> {
        self.scale_set_id.as_deref().map(id::leaf_name)
    }

    pub fn is_mix(&self) -> bool {
        self.configured_state.as_deref().is_some_and(is_mix)
    }
}

fn is_mix(state: &str) -> bool {
    state.eq_ignore_ascii_case("Mix")
}

/// What was learnt of the attached scale set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScaleSet {
    /// Container group pools, or a VM pool that names none.
    None,
    /// `sku.capacity`: the instances the scale set holds now.
    Instances(i64),
    /// It could not be read (denied, gone, throttled past retries): why, in one line.
    Unreadable(String),
}

/// The pool resource and its scale set, as a view is read beside them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolFacts {
    pub kind: PoolType,
    pub config: PoolConfig,
    pub scale_set: ScaleSet,
}

impl PoolFacts {
    pub fn target(&self) -> Target {
        target(self.kind, &self.config, &self.scale_set)
    }
}

/// How the target came about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// A container group pool (or a VM pool without a scale set): `maxReadyCapacity`.
    Max,
    /// `max − instances`, at or above the floor.
    ScaleSet { instances: i64 },
    /// The floor (`minReadyCapacity`) is above `max − instances`.
    Floor { instances: i64 },
    /// The scale set holds `max` or more and the pool sets no floor: the service keeps
    /// nothing in the pool, as configured.
    Exhausted { instances: i64 },
    /// The scale set could not be read: at most `max`.
    Unknown { why: String },
    /// The pool sets no `maxReadyCapacity` (or it could not be read).
    NoMax,
}

/// The pool's target of ready instances.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// `None` when it cannot be known.
    pub value: Option<i64>,
    pub max: Option<i64>,
    pub min: Option<i64>,
    pub basis: Basis,
}

impl Target {
    /// The most the target can be: itself when known, else `maxReadyCapacity`.
    pub fn upper_bound(&self) -> Option<i64> {
        self.value.or(self.max)
    }
}

/// The one definition of the target: `max(min, max − instances, 0)` for a VM pool.
pub fn target(kind: PoolType, config: &PoolConfig, scale_set: &ScaleSet) -> Target {
    let (max, min) = (config.max, config.min);
    let make = |value: Option<i64>, basis: Basis| Target { value, max, min, basis };
    let Some(m) = max else {
        return make(None, Basis::NoMax);
    };
    let floor = min.unwrap_or(0).max(0);
    match (kind, scale_set) {
        (PoolType::ContainerGroup, _) | (PoolType::Vm, ScaleSet::None) => make(Some(m.max(floor)), Basis::Max),
        (PoolType::Vm, ScaleSet::Unreadable(why)) => make(None, Basis::Unknown { why: why.clone() }),
        (PoolType::Vm, ScaleSet::Instances(n)) => {
            let left = m.saturating_sub((*n).max(0));
            if floor > left.max(0) {
                make(Some(floor), Basis::Floor { instances: *n })
            } else if left <= 0 {
                make(Some(0), Basis::Exhausted { instances: *n })
            } else {
                make(Some(left), Basis::ScaleSet { instances: *n })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn vm(max: i64, min: Option<i64>) -> PoolConfig {
        PoolConfig {
            configured_state: Some("Deallocated".into()),
            max: Some(max),
            min,
            scale_set_id: Some(
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/web".into(),
            ),
            ..PoolConfig::default()
        }
    }

    #[test]
    fn the_docs_example_max_20_with_10_in_the_scale_set_keeps_10() {
        let t = target(PoolType::Vm, &vm(20, None), &ScaleSet::Instances(10));
        assert_eq!(t.value, Some(10));
        assert_eq!(t.basis, Basis::ScaleSet { instances: 10 });
        // The scale set scales in to 5: the pool grows to 15.
        assert_eq!(
            target(PoolType::Vm, &vm(20, None), &ScaleSet::Instances(5)).value,
            Some(15)
        );
    }

    #[test]
    fn exhausted_floored_unknown_and_container() {
        let t = target(PoolType::Vm, &vm(15, None), &ScaleSet::Instances(20));
        assert_eq!((t.value, t.basis), (Some(0), Basis::Exhausted { instances: 20 }));
        let t = target(PoolType::Vm, &vm(15, Some(0)), &ScaleSet::Instances(15));
        assert_eq!(t.basis, Basis::Exhausted { instances: 15 });
        let t = target(PoolType::Vm, &vm(15, Some(2)), &ScaleSet::Instances(14));
        assert_eq!((t.value, t.basis), (Some(2), Basis::Floor { instances: 14 }));
        let t = target(PoolType::Vm, &vm(15, Some(2)), &ScaleSet::Instances(10));
        assert_eq!(t.value, Some(5));
        let t = target(PoolType::Vm, &vm(15, Some(2)), &ScaleSet::Unreadable("denied".into()));
        assert_eq!((t.value, t.upper_bound()), (None, Some(15)));
        let cg = PoolConfig {
            max: Some(5),
            ..PoolConfig::default()
        };
        assert_eq!(target(PoolType::ContainerGroup, &cg, &ScaleSet::None).value, Some(5));
        assert_eq!(
            target(PoolType::Vm, &PoolConfig::default(), &ScaleSet::Instances(3)).basis,
            Basis::NoMax
        );
        // int64 extremes neither wrap nor panic.
        let t = target(PoolType::Vm, &vm(i64::MIN, None), &ScaleSet::Instances(i64::MAX));
        assert_eq!(t.value, Some(0));
    }

    #[test]
    fn mix_split_adds_up() {
        let d = Distribution {
            running: 20,
            deallocated: 80,
            hibernated: 0,
        };
        let parts = |total| d.split(total).map(|(_, n)| n);
        assert_eq!(parts(10), [2, 8, 0]);
        assert_eq!(parts(4), [1, 3, 0]);
        assert_eq!(parts(3), [1, 2, 0]);
        assert_eq!(parts(0), [0, 0, 0]);
        let thirds = Distribution {
            running: 33,
            deallocated: 33,
            hibernated: 34,
        };
        assert_eq!(thirds.split(10).map(|(_, n)| n).iter().sum::<i64>(), 10);
    }

    #[test]
    fn reads_the_spec_examples() {
        let mix = json!({"properties": {"elasticityProfile": {"maxReadyCapacity": 304, "minReadyCapacity": 300,
            "postProvisioningDelay": "PT2S", "dynamicSizing": {"enabled": true}},
            "virtualMachineState": "Mix",
            "vmStateDistribution": {"runningPercent": 20, "deallocatedPercent": 80, "hibernatedPercent": 0},
            "attachedVirtualMachineScaleSetId": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/myVmss"}});
        let c = PoolConfig::of_pool(&mix);
        assert!(c.is_mix());
        assert_eq!(c.distribution.map(|d| d.running), Some(20));
        assert_eq!(c.scale_set_name(), Some("myVmss"));
        assert_eq!(c.post_provisioning_delay.as_deref(), Some("PT2S"));
        assert_eq!(c.dynamic_sizing, Some(true));
        // A distribution on a pool that is not Mix, or of the wrong type, is not read.
        let odd = json!({"properties": {"virtualMachineState": "Running",
            "vmStateDistribution": {"runningPercent": 20}}});
        assert_eq!(PoolConfig::of_pool(&odd).distribution, None);
        let junk = json!({"properties": {"virtualMachineState": "Mix",
            "vmStateDistribution": {"runningPercent": 101, "deallocatedPercent": 900}}});
        assert_eq!(PoolConfig::of_pool(&junk).distribution, None);
        // A body that is not a pool's shape is said so, by the field's path.
        let wrong = json!({"properties": {"vmStateDistribution": {"runningPercent": "x"}}});
        let e = PoolConfig::read(&wrong).unwrap_err();
        assert_eq!(e.path, "properties.vmStateDistribution.runningPercent");
    }
}
