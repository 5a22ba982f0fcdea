//! The one model of readiness that status, watch, wait, fleet and the exporter share:
//! instances in the state the pool keeps its members in, against the pool's target
//! (`model::target`).
//!
//! A VM pool keeps its members Running, Deallocated or Hibernated
//! (`virtualMachineState`); a `Mix` pool keeps them in any of the three, split by
//! `vmStateDistribution`. A container group pool keeps them Running. Creating,
//! Starting, Deallocating… instances are not handed out, so they are not ready.

use serde_json::Value;

use super::runtime_view::{RuntimeView, sum};
use super::state::{Phase, PoolState};
pub use super::target::{PoolConfig, PoolFacts, PoolType, ScaleSet, Target};

/// Whether an instance in `state` counts as ready for this pool.
pub fn counts_as_ready(kind: PoolType, config: &PoolConfig, state: &PoolState) -> bool {
    match kind {
        PoolType::ContainerGroup => *state == PoolState::Running,
        PoolType::Vm => match config.configured_state.as_deref().map(PoolState::parse) {
            Some(configured @ (PoolState::Running | PoolState::Deallocated | PoolState::Hibernated)) => {
                *state == configured
            }
            // `Mix`, or a state this build does not know: any of the ready states.
            _ => state.phase() == Phase::Ready,
        },
    }
}

/// One state of a `Mix` pool: its ready instances against its share of the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub state: PoolState,
    pub ready: i64,
    pub target: i64,
}

/// Ready instances against the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    pub ready: i64,
    pub target: Target,
    /// A `Mix` pool with a known target: ready against target per state.
    pub shares: Vec<Share>,
}

impl Readiness {
    /// `ready` below the pool's floor (`minReadyCapacity`), where it sets one.
    pub fn below_min(&self) -> bool {
        self.target.min.is_some_and(|min| self.ready < min)
    }

    /// How far below the target it is (0 when at or above it, or when it is unknown).
    pub fn shortfall(&self) -> i64 {
        self.target.value.map_or(0, |t| t.saturating_sub(self.ready).max(0))
    }

    /// What the pool has against its target, as a colour says it.
    pub fn standing(&self) -> Standing {
        if self.below_min() {
            Standing::BelowMin
        } else if self.target.value.is_none() {
            Standing::Unknown
        } else if self.shortfall() > 0 {
            Standing::Short
        } else {
            Standing::Full
        }
    }
}

/// Where a pool stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    BelowMin,
    Short,
    Full,
    Unknown,
}

/// Ready instances of the whole pool, against its target.
pub fn readiness(view: &RuntimeView, facts: &PoolFacts) -> Readiness {
    let target = facts.target();
    let ready = ready_count(view, facts.kind, &facts.config, None);
    let shares = match (&facts.config.distribution, target.value) {
        (Some(d), Some(total)) if facts.kind == PoolType::Vm => d
            .split(total)
            .into_iter()
            .map(|(state, target)| Share {
                ready: in_state(view, &state),
                state,
                target,
            })
            .collect(),
        _ => Vec::new(),
    };
    Readiness { ready, target, shares }
}

/// Ready instances of the pool, or of one zone (`zone` as the service labels it).
pub fn ready_count(view: &RuntimeView, kind: PoolType, config: &PoolConfig, zone: Option<&str>) -> i64 {
    sum(view
        .instance_count_summary
        .iter()
        .filter(|z| zone.is_none_or(|want| zone_is(z.zone.as_ref(), want)))
        .flat_map(|z| &z.instance_counts_by_state)
        .filter(|sc| counts_as_ready(kind, config, &sc.state))
        .map(|sc| &sc.count))
}

fn in_state(view: &RuntimeView, state: &PoolState) -> i64 {
    sum(view
        .instance_count_summary
        .iter()
        .flat_map(|z| &z.instance_counts_by_state)
        .filter(|sc| sc.state == *state)
        .map(|sc| &sc.count))
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
    use crate::model::target::Distribution;
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

    fn facts(state: &str, scale_set: ScaleSet) -> PoolFacts {
        PoolFacts {
            kind: PoolType::Vm,
            config: PoolConfig::of_pool(&json!({"properties": {"virtualMachineState": state,
                "elasticityProfile": {"maxReadyCapacity": 10, "minReadyCapacity": 5}}})),
            scale_set,
        }
    }

    #[test]
    fn ready_is_the_configured_state() {
        let v = sample();
        let ready = |state: &str| readiness(&v, &facts(state, ScaleSet::None)).ready;
        assert_eq!(ready("Deallocated"), 4);
        assert_eq!(ready("Running"), 2);
        assert_eq!(ready("Hibernated"), 4);
        assert_eq!(ready("Mix"), 10);
        let cg = PoolFacts {
            kind: PoolType::ContainerGroup,
            config: PoolConfig::default(),
            scale_set: ScaleSet::None,
        };
        assert_eq!(readiness(&v, &cg).ready, 2);
        let f = facts("Deallocated", ScaleSet::None);
        assert_eq!(ready_count(&v, PoolType::Vm, &f.config, Some("2")), 1);
    }

    #[test]
    fn standing_against_the_target() {
        let v = sample();
        // Target max 10 − 7 in the scale set = 3, min 5 is the floor: 4 ready is below it.
        let r = readiness(&v, &facts("Deallocated", ScaleSet::Instances(7)));
        assert_eq!((r.ready, r.target.value), (4, Some(5)));
        assert_eq!(r.standing(), Standing::BelowMin);
        let r = readiness(&v, &facts("Mix", ScaleSet::Instances(0)));
        assert_eq!((r.ready, r.shortfall(), r.standing()), (10, 0, Standing::Full));
        let r = readiness(&v, &facts("Running", ScaleSet::Unreadable("denied".into())));
        assert_eq!(r.standing(), Standing::BelowMin);
        let unknown = Readiness {
            ready: 6,
            ..readiness(&v, &facts("Running", ScaleSet::Unreadable("denied".into())))
        };
        assert_eq!((unknown.standing(), unknown.shortfall()), (Standing::Unknown, 0));
    }

    #[test]
    fn a_mix_pool_is_read_per_state() {
        let v = view(json!({"instanceCountSummary": [{"instanceCountsByState": [
            {"state": "Running", "count": 1}, {"state": "Deallocated", "count": 8}, {"state": "Creating", "count": 1}]}]}));
        let mut f = facts("Mix", ScaleSet::Instances(0));
        f.config.min = None;
        f.config.distribution = Some(Distribution {
            running: 20,
            deallocated: 80,
            hibernated: 0,
        });
        let r = readiness(&v, &f);
        assert_eq!((r.ready, r.target.value), (9, Some(10)));
        let shares: Vec<(i64, i64)> = r.shares.iter().map(|s| (s.ready, s.target)).collect();
        assert_eq!(shares, [(1, 2), (8, 8), (0, 0)]);
    }
}
