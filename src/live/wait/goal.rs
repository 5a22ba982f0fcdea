//! What `wait` waits for: the goal its flags set, what a runtime view says of it, and
//! the words for both on the progress line and the timeout line.

use anyhow::Result;

use crate::cli::WaitArgs;
use crate::exit::UsageError;
use crate::live::printable;
use crate::model::ready::{PoolConfig, PoolFacts, PoolType, Target, ready_count};
use crate::model::runtime_view::{Health, RuntimeView};

/// What `--ready`, `--ready-percent`, `--healthy` and `--zone` ask for.
#[derive(Debug, Clone)]
pub(super) struct Goal {
    ready: Option<i64>,
    percent: Option<u8>,
    pub(super) healthy: bool,
    pub(super) zone: Option<String>,
}

/// What one runtime view says about the goal.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Seen {
    /// Ready instances, in `--zone` when one is given.
    pub(super) ready: i64,
    /// Ready instances of the whole pool.
    ready_total: i64,
    /// The count `--ready` and `--ready-percent` ask for together.
    pub(super) need: Option<i64>,
    /// What `--ready-percent` asks for, against the target as of this poll.
    percent_need: Option<i64>,
    healthy: bool,
    pub(super) health: String,
    pub(super) provisioning: String,
}

impl Goal {
    pub(super) fn of(args: &WaitArgs) -> Goal {
        Goal {
            ready: args.ready.map(|n| i64::try_from(n).unwrap_or(i64::MAX)),
            percent: args.ready_percent,
            healthy: args.healthy,
            zone: args.zone.clone(),
        }
    }

    pub(super) fn needs_target(&self) -> bool {
        self.ready.is_some() || self.percent.is_some()
    }

    /// Ready instances that `--ready-percent` asks for: P % of the pool's target,
    /// rounded up; of `maxReadyCapacity`, its upper bound, while the target is unknown.
    fn percent_need(&self, target: &Target) -> Result<Option<i64>> {
        let Some(p) = self.percent else { return Ok(None) };
        let Some(whole) = target.upper_bound() else {
            anyhow::bail!("--ready-percent: the pool sets no maxReadyCapacity to take a percentage of");
        };
        let need = (i128::from(whole.max(0)) * i128::from(p) + 99) / 100;
        Ok(Some(i64::try_from(need).unwrap_or(i64::MAX)))
    }

    /// `--ready N` above what the pool can ever hold (its `maxReadyCapacity`) would wait
    /// for ever: it is refused once the pool has been read.
    pub(super) fn possible(&self, config: &PoolConfig, pool: &str) -> Result<()> {
        match (self.ready, config.max) {
            (Some(n), Some(max)) if n > max => Err(UsageError(format!(
                "--ready {n}: pool '{pool}' never holds more than {max} ready instances (its maxReadyCapacity); ask for {max} or fewer"
            ))
            .into()),
            _ => Ok(()),
        }
    }

    pub(super) fn check(&self, rv: &RuntimeView, kind: PoolType, facts: Option<&PoolFacts>) -> Result<Seen> {
        let config = facts.map(|f| f.config.clone()).unwrap_or_default();
        let ready_total = ready_count(rv, kind, &config, None);
        let ready = match &self.zone {
            Some(z) => ready_count(rv, kind, &config, Some(z)),
            None => ready_total,
        };
        let target = facts.map(PoolFacts::target);
        let percent = match &target {
            Some(t) => self.percent_need(t)?,
            None => None,
        };
        let summary = rv.status.as_ref().and_then(|s| s.summary());
        let provisioning = rv.provisioning_state.clone().unwrap_or_else(|| "-".into());
        Ok(Seen {
            ready,
            ready_total,
            need: self.ready.max(percent),
            percent_need: percent,
            healthy: summary.as_ref().is_some_and(|(_, h)| *h == Health::Healthy)
                && provisioning.eq_ignore_ascii_case("Succeeded"),
            health: summary.map_or_else(|| "-".to_string(), |(word, _)| word),
            provisioning,
        })
    }

    pub(super) fn met(&self, seen: &Seen) -> bool {
        let ready_ok = self.ready.is_none_or(|n| seen.ready >= n);
        let percent_ok = self.percent.is_none() || seen.percent_need.is_some_and(|n| seen.ready_total >= n);
        ready_ok && percent_ok && (!self.healthy || seen.healthy)
    }

    /// `8 ready instances in zone 2 and a healthy pool`.
    pub(super) fn describe(&self, target: Option<&Target>) -> String {
        let mut wants = Vec::new();
        if let Some(n) = self.ready {
            let zone = self.zone.as_ref().map(|z| format!(" in zone {z}")).unwrap_or_default();
            wants.push(format!("{n} ready instances{zone}"));
        }
        if let Some(p) = self.percent {
            match target.and_then(|t| self.percent_need(t).ok().flatten().zip(t.upper_bound())) {
                Some((need, whole)) => wants.push(format!("{need} ready instances ({p}% of the target {whole})")),
                None => wants.push(format!("{p}% of the pool's target ready")),
            }
        }
        if self.healthy {
            wants.push("health healthy and provisioning Succeeded".to_string());
        }
        wants.join(" and ")
    }

    pub(super) fn report(&self, seen: &Seen) -> String {
        let mut parts = Vec::new();
        if self.needs_target() {
            parts.push(match &self.zone {
                Some(z) => format!("{} ready in zone {z} ({} in the pool)", seen.ready, seen.ready_total),
                None => format!("{} ready", seen.ready),
            });
        }
        if self.healthy {
            parts.push(format!("health {}, provisioning {}", seen.health, seen.provisioning));
        }
        printable(&parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exit::Code;
    use crate::model::ready::ScaleSet;
    use serde_json::json;

    fn rv(deallocated: i64, zone2: i64, health: &str) -> RuntimeView {
        serde_json::from_value(json!({"provisioningState": "Succeeded", "status": {"code": health},
            "instanceCountSummary": [
              {"zone": 1, "instanceCountsByState": [{"state": "Deallocated", "count": deallocated}]},
              {"zone": 2, "instanceCountsByState": [{"state": "Deallocated", "count": zone2}, {"state": "Running", "count": 4}]}]}))
        .unwrap()
    }

    fn facts(in_scale_set: i64) -> PoolFacts {
        PoolFacts {
            kind: PoolType::Vm,
            config: PoolConfig::of_pool(&json!({"properties": {"virtualMachineState": "Deallocated",
                "elasticityProfile": {"maxReadyCapacity": 20},
                "attachedVirtualMachineScaleSetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/web"}})),
            scale_set: ScaleSet::Instances(in_scale_set),
        }
    }

    fn goal(ready: Option<i64>, percent: Option<u8>, healthy: bool, zone: Option<&str>) -> Goal {
        Goal {
            ready,
            percent,
            healthy,
            zone: zone.map(str::to_string),
        }
    }

    #[test]
    fn conditions_all_hold() {
        // max 20 − 10 in the scale set: a target of 10.
        let f = facts(10);
        let check = |g: &Goal, v: RuntimeView| g.check(&v, PoolType::Vm, Some(&f)).unwrap();
        let g = goal(Some(5), None, false, None);
        let seen = check(&g, rv(3, 2, "HealthState/healthy"));
        assert_eq!(seen.ready, 5);
        assert!(g.met(&seen));
        // 75 % of the target 10, rounded up: 8 (not 75 % of max 20).
        let g = goal(None, Some(75), false, None);
        let seen = check(&g, rv(5, 2, "HealthState/healthy"));
        assert_eq!(seen.need, Some(8));
        assert!(!g.met(&seen));
        assert!(g.met(&check(&g, rv(6, 2, "HealthState/healthy"))));
        let g = goal(Some(3), None, true, Some("2"));
        assert!(!g.met(&check(&g, rv(9, 2, "HealthState/healthy"))));
        assert!(!g.met(&check(&g, rv(0, 3, "HealthState/degraded"))));
        assert!(g.met(&check(&g, rv(0, 3, "HealthState/healthy"))));
        // Without a target nothing a percentage asks for is met.
        let g = goal(None, Some(50), false, None);
        assert!(!g.met(&g.check(&rv(9, 9, "HealthState/healthy"), PoolType::Vm, None).unwrap()));
        let no_max = PoolFacts {
            config: PoolConfig::default(),
            ..facts(1)
        };
        assert!(g.check(&rv(1, 1, "h"), PoolType::Vm, Some(&no_max)).is_err());
    }

    #[test]
    fn ready_beyond_the_pools_size_is_refused() {
        let f = facts(10);
        assert!(goal(Some(20), None, false, None).possible(&f.config, "p").is_ok());
        let e = goal(Some(21), None, false, None).possible(&f.config, "p").unwrap_err();
        assert_eq!(Code::of(&e), Code::Usage);
        assert!(e.to_string().contains("never holds more than 20"), "{e}");
    }

    #[test]
    fn the_timeout_line_says_what_was_awaited() {
        let t = facts(10).target();
        let g = goal(Some(8), None, false, None);
        assert_eq!(g.describe(Some(&t)), "8 ready instances");
        let seen = g
            .check(&rv(3, 2, "HealthState/healthy"), PoolType::Vm, Some(&facts(10)))
            .unwrap();
        assert_eq!(g.report(&seen), "5 ready");
        let g = goal(Some(2), Some(80), true, Some("1"));
        assert_eq!(
            g.describe(Some(&t)),
            "2 ready instances in zone 1 and 8 ready instances (80% of the target 10) and health healthy and provisioning Succeeded"
        );
    }
}
