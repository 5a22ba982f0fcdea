//! What the exporter knows about each pool between refreshes, and the rule for how long
//! a pool that stopped answering keeps its last values.

use std::time::{Duration, Instant, SystemTime};

use crate::id::ResourceId;
use crate::model::ready::{PoolConfig, PoolFacts, PoolType, ScaleSet};
use crate::model::runtime_view::RuntimeView;

/// A pool whose refresh fails keeps its last values this many refreshes, or this long,
/// whichever is more; then its series go away (its last-refresh time tells their age).
pub const KEEP_REFRESHES: u32 = 5;
pub const KEEP_FOR: Duration = Duration::from_secs(300);

#[derive(Debug)]
pub struct Pool {
    /// The pool resource's id (top level).
    pub id: ResourceId,
    pub kind: PoolType,
    /// The pool resource's settings, as discovery last read them.
    pub config: PoolConfig,
    /// Its scale set, as the last refresh read it.
    pub scale_set: ScaleSet,
    pub view: Option<RuntimeView>,
    pub last_success: Option<SystemTime>,
    pub failing: Option<Failing>,
}

#[derive(Debug, Clone, Copy)]
pub struct Failing {
    pub since: Instant,
    pub refreshes: u32,
}

/// What one refresh of one pool changed, for the log: an event when a pool starts
/// failing and when it recovers, never one per failed refresh.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadChange {
    Steady,
    StartedFailing,
    Recovered,
    /// Its last values are now too old to show.
    Dropped,
}

impl Pool {
    pub fn new(id: ResourceId, kind: PoolType, config: PoolConfig) -> Pool {
        Pool {
            id,
            kind,
            config,
            scale_set: ScaleSet::None,
            view: None,
            last_success: None,
            failing: None,
        }
    }

    pub fn kind_label(&self) -> &'static str {
        self.kind.label()
    }

    /// What the pool's target is made of, as of the last refresh.
    pub fn facts(&self) -> PoolFacts {
        PoolFacts {
            kind: self.kind,
            config: self.config.clone(),
            scale_set: self.scale_set.clone(),
        }
    }

    pub fn succeeded(&mut self, view: RuntimeView, now: SystemTime) -> ReadChange {
        self.view = Some(view);
        self.last_success = Some(now);
        match self.failing.take() {
            Some(_) => ReadChange::Recovered,
            None => ReadChange::Steady,
        }
    }

    pub fn failed(&mut self, now: Instant) -> ReadChange {
        let failing = self.failing.get_or_insert(Failing {
            since: now,
            refreshes: 0,
        });
        failing.refreshes += 1;
        let first = failing.refreshes == 1;
        let expired = failing.refreshes > KEEP_REFRESHES && now.duration_since(failing.since) >= KEEP_FOR;
        if expired && self.view.take().is_some() {
            return ReadChange::Dropped;
        }
        if first {
            ReadChange::StartedFailing
        } else {
            ReadChange::Steady
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool() -> Pool {
        let id = ResourceId::new("s", "rg", "Microsoft.StandbyPool", "standbyVirtualMachinePools", "p");
        Pool::new(id, PoolType::Vm, PoolConfig::default())
    }

    #[test]
    fn last_values_outlive_five_refreshes_and_five_minutes() {
        let mut p = pool();
        let t0 = Instant::now();
        assert_eq!(
            p.succeeded(RuntimeView::default(), SystemTime::now()),
            ReadChange::Steady
        );
        assert_eq!(p.failed(t0), ReadChange::StartedFailing);
        // Many fast refreshes: values stay until five minutes have passed.
        for _ in 0..10 {
            assert_eq!(p.failed(t0 + Duration::from_secs(10)), ReadChange::Steady);
        }
        assert!(p.view.is_some());
        assert_eq!(p.failed(t0 + KEEP_FOR), ReadChange::Dropped);
        assert!(p.view.is_none());
        assert_eq!(
            p.succeeded(RuntimeView::default(), SystemTime::now()),
            ReadChange::Recovered
        );

        // Slow refreshes: five of them, however long they took.
        let mut p = pool();
        p.succeeded(RuntimeView::default(), SystemTime::now());
        for n in 1..=KEEP_REFRESHES {
            p.failed(t0 + KEEP_FOR * n);
            assert!(p.view.is_some(), "refresh {n}");
        }
        assert_eq!(p.failed(t0 + KEEP_FOR * 6), ReadChange::Dropped);
    }
}
