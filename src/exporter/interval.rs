//! The refresh interval the exporter can keep. Each refresh reads every pool's runtime
//! view, one read each from its subscription's budget, which ARM refills at 25 reads a
//! second. More pools in a subscription than that carries in `--refresh` cannot all be
//! read that often: pacing would stretch each refresh silently. The exporter refreshes at
//! the interval the budget carries instead, and says so.

use std::collections::HashMap;
use std::time::Duration;

use super::pools::Pool;
use crate::arm::pace::REFILL_PER_SEC;

/// Reads one refresh takes from a subscription's budget, per pool: its runtime view.
/// The scale sets' sizes come from Resource Graph, whose quota is the user's, not the
/// subscription's; only where Graph refuses is each VM pool's scale set read too.
const READS_PER_POOL: f64 = 1.0;

#[derive(Debug, Clone, PartialEq)]
pub struct RefreshPlan {
    pub asked: Duration,
    pub effective: Duration,
    /// The subscription with the most pools, and how many, when it sets the interval.
    pub limited_by: Option<(String, usize)>,
}

pub fn plan(asked: Duration, pools: &[Pool]) -> RefreshPlan {
    let mut per_subscription: HashMap<String, usize> = HashMap::new();
    for p in pools {
        *per_subscription
            .entry(p.id.subscription.to_ascii_lowercase())
            .or_default() += 1;
    }
    let busiest = per_subscription.into_iter().max_by_key(|(_, n)| *n);
    let floor = busiest.as_ref().map_or(Duration::ZERO, |(_, n)| {
        Duration::from_secs_f64(*n as f64 * READS_PER_POOL / REFILL_PER_SEC)
    });
    RefreshPlan {
        asked,
        effective: asked.max(floor),
        limited_by: busiest.filter(|_| floor > asked),
    }
}

impl RefreshPlan {
    /// The log line's fields: the interval in use and, when it is not the one asked
    /// for, why.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        let mut f = vec![
            ("asked_seconds", format!("{:.3}", self.asked.as_secs_f64())),
            ("effective_seconds", format!("{:.3}", self.effective.as_secs_f64())),
        ];
        if let Some((sub, n)) = &self.limited_by {
            f.push((
                "reason",
                format!(
                    "{n} pools in subscription {sub}: ARM refills its read budget at {REFILL_PER_SEC} reads a second"
                ),
            ));
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::ResourceId;
    use crate::model::ready::{PoolConfig, PoolType};

    fn pools(sub: &str, n: usize) -> Vec<Pool> {
        (0..n)
            .map(|i| {
                let id = ResourceId::new(
                    sub,
                    "rg",
                    "Microsoft.StandbyPool",
                    "standbyVirtualMachinePools",
                    &format!("p{i}"),
                );
                Pool::new(id, PoolType::Vm, PoolConfig::default())
            })
            .collect()
    }

    #[test]
    fn the_busiest_subscription_sets_the_floor() {
        let two = Duration::from_secs(2);
        assert_eq!(plan(two, &pools("a", 50)).effective, two);
        assert!(plan(two, &pools("a", 50)).limited_by.is_none());
        let mut many = pools("a", 40);
        many.extend(pools("b", 100));
        let p = plan(two, &many);
        assert_eq!(p.effective, Duration::from_secs(4));
        assert_eq!(p.limited_by, Some(("b".to_string(), 100)));
        assert!(
            p.fields()
                .iter()
                .any(|(k, v)| *k == "reason" && v.contains("100 pools"))
        );
        assert_eq!(plan(two, &[]).effective, two);
    }
}
