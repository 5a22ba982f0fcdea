//! The demo's Azure: two subscriptions, five pools, and how each pool's counts move with
//! the seconds since the process started. The clock starts at zero in every process, so
//! a one-shot command always shows the same picture and `watch` sees it change.

/// A subscription of the demo's tenant.
pub struct DemoSubscription {
    pub id: &'static str,
    pub name: &'static str,
}

pub const TENANT: &str = "5f1c2a9e-0b7d-4c3e-9a8f-6d2e1b0c4a7f";
pub const PROD: DemoSubscription = DemoSubscription {
    id: "6b1f3c2e-0d4a-4e8b-9c3d-5a2b3c4d5e6f",
    name: "Contoso Prod",
};
pub const DEV: DemoSubscription = DemoSubscription {
    id: "9e2d8c6b-1f3a-4b7c-8d9e-0f1a2b3c4d5e",
    name: "Contoso Dev",
};
pub const SUBSCRIPTIONS: [&DemoSubscription; 2] = [&PROD, &DEV];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    /// Fills to its target, gives VMs to a scale-out, refills after the scale-in.
    FillAndDrain,
    /// Full, a VM now and then leaving; every third read of its view answers 429.
    Throttled,
    /// Its scale set holds the pool's max: the target is 0.
    Exhausted,
    /// Stuck below its target, health degraded.
    Degraded,
}

pub struct DemoPool {
    pub subscription: &'static DemoSubscription,
    pub resource_group: &'static str,
    pub name: &'static str,
    /// A VM pool's scale set; None for a container group pool.
    pub scale_set: Option<&'static str>,
    /// `virtualMachineState` (VM pools).
    pub vm_state: &'static str,
    pub max: i64,
    pub min: i64,
    /// The scale set's instances when no scale-out is under way.
    pub base_capacity: i64,
    pub location: &'static str,
    pub behaviour: Behaviour,
}

pub const POOLS: [DemoPool; 5] = [
    DemoPool {
        subscription: &PROD,
        resource_group: "web-rg",
        name: "web-pool",
        scale_set: Some("web-vmss"),
        vm_state: "Deallocated",
        max: 10,
        min: 2,
        base_capacity: 4,
        location: "westeurope",
        behaviour: Behaviour::FillAndDrain,
    },
    DemoPool {
        subscription: &PROD,
        resource_group: "batch-rg",
        name: "batch-pool",
        scale_set: Some("batch-vmss"),
        vm_state: "Mix",
        max: 20,
        min: 5,
        base_capacity: 10,
        location: "westeurope",
        behaviour: Behaviour::Throttled,
    },
    DemoPool {
        subscription: &PROD,
        resource_group: "jobs-rg",
        name: "jobs-pool",
        scale_set: None,
        vm_state: "",
        max: 8,
        min: 0,
        base_capacity: 0,
        location: "northeurope",
        behaviour: Behaviour::FillAndDrain,
    },
    DemoPool {
        subscription: &DEV,
        resource_group: "dev-rg",
        name: "dev-pool",
        scale_set: Some("dev-vmss"),
        vm_state: "Deallocated",
        max: 4,
        min: 0,
        base_capacity: 5,
        location: "eastus2",
        behaviour: Behaviour::Exhausted,
    },
    DemoPool {
        subscription: &DEV,
        resource_group: "dev-rg",
        name: "ci-pool",
        scale_set: None,
        vm_state: "",
        max: 6,
        min: 0,
        base_capacity: 0,
        location: "eastus2",
        behaviour: Behaviour::Degraded,
    },
];

/// A Mix pool's split: Running, Deallocated, Hibernated percent.
pub const MIX: (i64, i64, i64) = (20, 80, 0);
/// Seconds per new instance while a pool refills.
const FILL_STEP: u64 = 2;
/// One fill, hold, scale-out, scale-in round.
const CYCLE: u64 = 60;
const SCALE_OUT_AT: u64 = 30;
const SCALE_IN_AT: u64 = 45;

/// Where a pool stands at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    /// Instances in the scale set (serving).
    pub capacity: i64,
    /// Per state, the pool's instances (all zones together).
    pub states: Vec<(&'static str, i64)>,
}

impl DemoPool {
    pub fn is_vm(&self) -> bool {
        self.scale_set.is_some()
    }

    /// The service's target: a VM pool keeps `max − the scale set's instances`, floored
    /// by its minimum; a container group pool keeps its max.
    pub fn target(&self, capacity: i64) -> i64 {
        if self.is_vm() {
            (self.max - capacity).max(self.min).max(0)
        } else {
            self.max
        }
    }

    pub fn at(&self, seconds: u64) -> Moment {
        let t = seconds % CYCLE;
        let scaled_out = self.behaviour == Behaviour::FillAndDrain && (SCALE_OUT_AT..SCALE_IN_AT).contains(&t);
        // A scale-out takes four of the pool's instances into the scale set (a VM pool)
        // or into use (a container group pool, which then refills them).
        let capacity = self.base_capacity + if scaled_out && self.is_vm() { 4 } else { 0 };
        let target = self.target(capacity);
        let (ready, pending) = match self.behaviour {
            Behaviour::FillAndDrain if scaled_out && self.is_vm() => (target, 0),
            Behaviour::FillAndDrain => {
                // A VM pool waits out the scale-in at its minimum, then refills; a
                // container group pool refills from the moment its groups are taken.
                let (low, since) = match (self.is_vm(), t) {
                    (true, t) if t >= SCALE_IN_AT => (self.min, 0),
                    (true, t) => (self.min, t),
                    (false, t) if t >= SCALE_OUT_AT => (3, t - SCALE_OUT_AT),
                    (false, t) => (3, t),
                };
                let ready = (low + (since / FILL_STEP) as i64).min(target);
                (ready, target - ready)
            }
            Behaviour::Throttled => {
                let leaving = (t / 20) % 2 == 1 && t % 20 < 6;
                (target - i64::from(leaving), i64::from(leaving))
            }
            Behaviour::Exhausted => (0, 0),
            Behaviour::Degraded => (2, target - 2),
        };
        Moment {
            capacity,
            states: self.states(ready, pending, t),
        }
    }

    /// The counts per state: ready instances in the pool's state, the rest on their way.
    fn states(&self, ready: i64, pending: i64, t: u64) -> Vec<(&'static str, i64)> {
        if !self.is_vm() {
            return vec![("Creating", pending), ("Running", ready), ("Deleting", 0)];
        }
        let mut states: Vec<(&'static str, i64)> = [
            "Creating",
            "Starting",
            "Running",
            "Deallocating",
            "Deallocated",
            "Deleting",
            "Hibernating",
            "Hibernated",
        ]
        .into_iter()
        .map(|s| (s, 0))
        .collect();
        let mut add = |state: &str, n: i64| {
            if let Some(slot) = states.iter_mut().find(|(s, _)| *s == state) {
                slot.1 += n;
            }
        };
        if self.vm_state == "Mix" {
            let running = (ready * MIX.0 + 50) / 100;
            add("Running", running);
            add("Deallocated", ready - running);
        } else {
            add(self.vm_state, ready);
        }
        // The newest instance is still being created; the one before it is settling.
        let settling = i64::from(pending > 1 && t.is_multiple_of(2));
        add("Creating", pending - settling);
        add(
            if self.vm_state == "Running" {
                "Starting"
            } else {
                "Deallocating"
            },
            settling,
        );
        states
    }

    pub fn id(&self) -> String {
        let kind = if self.is_vm() {
            "standbyVirtualMachinePools"
        } else {
            "standbyContainerGroupPools"
        };
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.StandbyPool/{kind}/{}",
            self.subscription.id, self.resource_group, self.name
        )
    }

    pub fn scale_set_id(&self) -> Option<String> {
        self.scale_set.map(|name| {
            format!(
                "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Compute/virtualMachineScaleSets/{name}",
                self.subscription.id, self.resource_group
            )
        })
    }

    /// The pool's zones: the demo's VM pools spread over three, container pools over two.
    pub fn zones(&self) -> &'static [i64] {
        if self.is_vm() { &[1, 2, 3] } else { &[1, 2] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ready(pool: &DemoPool, t: u64) -> (i64, i64) {
        let m = pool.at(t);
        let state = if pool.is_vm() { "Deallocated" } else { "Running" };
        let ready = m.states.iter().filter(|(s, _)| *s == state).map(|(_, n)| n).sum();
        (ready, pool.target(m.capacity))
    }

    #[test]
    fn the_web_pool_fills_gives_to_a_scale_out_and_refills() {
        let web = &POOLS[0];
        assert_eq!(ready(web, 0), (2, 6));
        assert!(ready(web, 5).0 > 2);
        assert_eq!(ready(web, 20), (6, 6));
        assert_eq!(ready(web, 35), (2, 2));
        assert_eq!(ready(web, 50), (2, 6));
        assert_eq!(ready(web, 61), ready(web, 1));
    }

    #[test]
    fn the_exhausted_pool_has_no_target_and_the_degraded_one_stays_short() {
        assert_eq!(ready(&POOLS[3], 10), (0, 0));
        for t in [0, 17, 44] {
            assert_eq!(ready(&POOLS[4], t), (2, 6));
        }
    }

    #[test]
    fn counts_never_go_negative_and_never_pass_the_max() {
        for pool in &POOLS {
            for t in 0..CYCLE {
                let m = pool.at(t);
                let total: i64 = m.states.iter().map(|(_, n)| n).sum();
                assert!(m.states.iter().all(|(_, n)| *n >= 0), "{} at {t}", pool.name);
                assert!(total <= pool.max, "{} at {t}: {total}", pool.name);
            }
        }
    }
}
