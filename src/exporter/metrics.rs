//! The metric families, built afresh from what the last refresh read. Names follow
//! Prometheus' conventions: base units, `_total` only on counters, `_info` for facts.

use std::time::SystemTime;

use super::encode::{Family, Type};
use super::own::Own;

use super::pool_logs::PoolLogs;
use super::pools::Pool;
use crate::arm::stats::Stats;
use crate::model::forecast::Forecast;
use crate::model::ready::{Readiness, ScaleSet, readiness};
use crate::model::runtime_view::{Health, RuntimeView};

type Labels = Vec<(&'static str, String)>;

pub fn families(pools: &[Pool], own: &Own, arm: &Stats, events: Option<&PoolLogs>) -> Vec<Family> {
    let mut instances = InstanceFamilies::new();
    let mut targets = TargetFamilies::new();
    let mut states = StateFamilies::new();
    let mut forecasts = ForecastFamilies::new();
    let mut refreshed = Family::new(
        "standby_pool_last_refresh_timestamp_seconds",
        Type::Gauge,
        "When the pool's runtime view was last read successfully (Unix time).",
    );
    for pool in pools {
        let Some(view) = &pool.view else { continue };
        let labels = pool_labels(pool);
        let r = readiness(view, &pool.facts());
        instances.add(view, r.ready, &labels);
        targets.add(pool, &r, &labels);
        states.add(pool, view, &labels);
        forecasts.add(view, &labels);
        if let Some(t) = pool.last_success {
            refreshed.push(labels, unix_seconds(t));
        }
    }
    let mut families = instances.into_vec();
    families.extend(targets.into_vec());
    families.extend(states.into_vec());
    families.extend(forecasts.into_vec());
    families.push(refreshed);
    if let Some(events) = events {
        families.extend(event_families(pools, events));
    }
    families.extend(exporter_families(pools.len(), own, arm));
    families.extend(super::own::families(own, arm));
    families
}

/// `--events`: rows of the pools' resource logs by event name, and the last hour's
/// reuse hit rate (absent for a pool no scale-out asked in that hour).
fn event_families(pools: &[Pool], events: &PoolLogs) -> Vec<Family> {
    let mut counted = Family::new(
        "standby_pool_events",
        Type::Counter,
        "Rows of the pool's resource logs by EventName (StandbyPoolReuseSuccess, StandbyPoolReuseFailure, …), counted since the exporter started.",
    );
    let mut ratio = Family::new(
        "standby_pool_reuse_hit_ratio",
        Type::Gauge,
        "Reuses served from the pool over the last hour, of those asked (StandbyPoolReuseSuccess / (Success + Failure)).",
    );
    let rates = events.hit_rates();
    for pool in pools {
        let key = pool.id.key();
        let labels = pool_labels(pool);
        for ((_, name), n) in events
            .counts
            .range((key.clone(), String::new())..)
            .take_while(|((k, _), _)| *k == key)
        {
            counted.push(with(&labels, &[("event", name.clone())]), *n as f64);
        }
        if let Some(rate) = rates.get(&key) {
            ratio.push(labels, *rate);
        }
    }
    vec![counted, ratio]
}

fn pool_labels(pool: &Pool) -> Labels {
    vec![
        ("subscription", pool.id.subscription.clone()),
        ("resource_group", pool.id.resource_group.clone()),
        ("pool", pool.id.name().to_string()),
        ("kind", pool.kind_label().to_string()),
    ]
}

fn with(base: &Labels, extra: &[(&'static str, String)]) -> Labels {
    let mut l = base.clone();
    l.extend(extra.iter().cloned());
    l
}

/// What the pool holds: its instances by zone and state, and how many of them are ready.
struct InstanceFamilies {
    instances: Family,
    ready: Family,
}

impl InstanceFamilies {
    fn new() -> InstanceFamilies {
        InstanceFamilies {
            instances: Family::new(
                "standby_pool_instances",
                Type::Gauge,
                "Instances of the pool, per zone (none for a pool without zones) and state.",
            ),
            ready: Family::new(
                "standby_pool_ready_instances",
                Type::Gauge,
                "Instances in the state the pool keeps them in (Running, Deallocated or Hibernated; all three for Mix; Running for container pools).",
            ),
        }
    }

    fn add(&mut self, view: &RuntimeView, ready: i64, base: &Labels) {
        let grid = view.grid();
        for (zone, counts) in &grid.rows {
            for (state, count) in grid.states.iter().zip(counts) {
                let mut l = base.clone();
                if let Some(zone) = zone {
                    l.push(("zone", zone.clone()));
                }
                l.push(("state", state.as_str().to_string()));
                self.instances.push(l, *count as f64);
            }
        }
        self.ready.push(base.clone(), ready as f64);
    }

    fn into_vec(self) -> Vec<Family> {
        vec![self.instances, self.ready]
    }
}

/// What the pool should hold, and what that target is made of: the scale set's size and
/// the pool's ceiling and floor.
struct TargetFamilies {
    target: Family,
    state_target: Family,
    scale_set: Family,
    max: Family,
    min: Family,
}

impl TargetFamilies {
    fn new() -> TargetFamilies {
        TargetFamilies {
            target: Family::new(
                "standby_pool_target_instances",
                Type::Gauge,
                "Ready instances the service keeps in the pool: maxReadyCapacity minus the scale set's instances, at least minReadyCapacity (container pools: maxReadyCapacity). Absent while the scale set cannot be read.",
            ),
            state_target: Family::new(
                "standby_pool_state_target_instances",
                Type::Gauge,
                "A Mix pool's target per ready state, split by vmStateDistribution.",
            ),
            scale_set: Family::new(
                "standby_pool_scale_set_instances",
                Type::Gauge,
                "Instances in the VM pool's attached scale set (sku.capacity).",
            ),
            max: Family::new(
                "standby_pool_max_ready_capacity",
                Type::Gauge,
                "The pool's elasticityProfile.maxReadyCapacity: the most it ever holds.",
            ),
            min: Family::new(
                "standby_pool_min_ready_capacity",
                Type::Gauge,
                "The pool's floor of ready instances (elasticityProfile.minReadyCapacity), where it sets one.",
            ),
        }
    }

    fn add(&mut self, pool: &Pool, r: &Readiness, base: &Labels) {
        if let Some(t) = r.target.value {
            self.target.push(base.clone(), t as f64);
        }
        for share in &r.shares {
            self.state_target.push(
                with(base, &[("state", share.state.as_str().to_string())]),
                share.target as f64,
            );
        }
        if let ScaleSet::Instances(n) = pool.scale_set {
            self.scale_set.push(base.clone(), n as f64);
        }
        if let Some(m) = r.target.max {
            self.max.push(base.clone(), m as f64);
        }
        if let Some(m) = r.target.min {
            self.min.push(base.clone(), m as f64);
        }
    }

    fn into_vec(self) -> Vec<Family> {
        vec![self.target, self.state_target, self.scale_set, self.max, self.min]
    }
}

/// The pool's health, and its states as labels of an info metric.
struct StateFamilies {
    healthy: Family,
    info: Family,
}

impl StateFamilies {
    fn new() -> StateFamilies {
        StateFamilies {
            healthy: Family::new(
                "standby_pool_healthy",
                Type::Gauge,
                "1 when the runtime view's health code is healthy, else 0.",
            ),
            info: Family::new(
                "standby_pool",
                Type::Info,
                "The pool's provisioning state, health code and configured VM state.",
            ),
        }
    }

    fn add(&mut self, pool: &Pool, view: &RuntimeView, base: &Labels) {
        let health = view.status.as_ref().and_then(|s| s.summary());
        if let Some((_, h)) = &health {
            self.healthy
                .push(base.clone(), if *h == Health::Healthy { 1.0 } else { 0.0 });
        }
        self.info.push(
            with(
                base,
                &[
                    (
                        "provisioning_state",
                        view.provisioning_state.clone().unwrap_or_default(),
                    ),
                    (
                        "health_code",
                        view.status.as_ref().and_then(|s| s.code.clone()).unwrap_or_default(),
                    ),
                    ("vm_state", pool.config.configured_state.clone().unwrap_or_default()),
                ],
            ),
            1.0,
        );
    }

    fn into_vec(self) -> Vec<Family> {
        vec![self.healthy, self.info]
    }
}

/// The exporter's own traffic and refreshes, exposed after the pools'.
fn exporter_families(discovered_pools: usize, own: &Own, arm: &Stats) -> Vec<Family> {
    let mut requests = Family::new(
        "standby_exporter_arm_requests",
        Type::Counter,
        "Requests to Azure Resource Manager by the status code of the answer (none: no answer).",
    );
    for (code, n) in arm.answers() {
        let code = code.map_or_else(|| "none".to_string(), |c| c.to_string());
        requests.push(vec![("code", code)], n as f64);
    }
    let mut waits = Family::new(
        "standby_exporter_retry_waits",
        Type::Counter,
        "Waits before retrying a throttled or failed request.",
    );
    waits.push(vec![], arm.retry_waits() as f64);
    let mut duration = Family::new(
        "standby_exporter_refresh_duration_seconds",
        Type::Gauge,
        "How long the last refresh of every pool's runtime view took.",
    );
    duration.push(vec![], own.refresh_seconds);
    let mut discovered = Family::new(
        "standby_exporter_pools_discovered",
        Type::Gauge,
        "Pools found by the last discovery.",
    );
    discovered.push(vec![], discovered_pools as f64);
    let mut failures = Family::new(
        "standby_exporter_refresh_failures",
        Type::Counter,
        "Reads of a pool (runtime view or the pool itself) that failed after their retries.",
    );
    failures.push(vec![], (own.refresh_failures + own.discovery_failures) as f64);
    vec![requests, waits, duration, discovered, failures]
}

/// The forecast as the service sends it: values `offset_seconds` after its start,
/// spaced by its interval; the recent history before it (negative offsets); its accuracy.
struct ForecastFamilies {
    values: Family,
    history: Family,
    start: Family,
    interval: Family,
    accuracy: Family,
}

impl ForecastFamilies {
    fn new() -> ForecastFamilies {
        ForecastFamilies {
            values: Family::new(
                "standby_pool_forecast_instances",
                Type::Gauge,
                "The service's forecast of instances requested per interval, offset_seconds after the forecast start.",
            ),
            history: Family::new(
                "standby_pool_requested_instances",
                Type::Gauge,
                "Instances requested per interval before the forecast start (offset_seconds is negative), as the service reports its recent history.",
            ),
            start: Family::new(
                "standby_pool_forecast_start_timestamp_seconds",
                Type::Gauge,
                "When the service's current forecast starts (Unix time).",
            ),
            interval: Family::new(
                "standby_pool_forecast_interval_seconds",
                Type::Gauge,
                "The time between two values of the forecast (seriesUnitIntervalInMins).",
            ),
            accuracy: Family::new(
                "standby_pool_forecast_accuracy_ratio",
                Type::Gauge,
                "How accurate the service says its forecast is (forecastAccuracy, 0 to 1).",
            ),
        }
    }

    fn add(&mut self, view: &RuntimeView, base: &Labels) {
        let Some(p) = &view.prediction else { return };
        let forecast = Forecast::of(p);
        if let Some(start) = forecast.start {
            self.start.push(base.clone(), start.unix_timestamp() as f64);
        }
        if let Some(i) = forecast.interval {
            self.interval.push(base.clone(), i.as_secs_f64());
        }
        if let Some(a) = forecast.accuracy {
            self.accuracy.push(base.clone(), a / 100.0);
        }
        // Without the interval the values have no time; they are left out rather than guessed.
        let series = [
            (&mut self.values, forecast.offsets(), &forecast.values),
            (&mut self.history, forecast.history_offsets(), &forecast.history),
        ];
        for (family, offsets, values) in series {
            for (offset, v) in offsets.unwrap_or_default().iter().zip(values) {
                let mut labels = base.clone();
                labels.push(("offset_seconds", offset.to_string()));
                family.push(labels, *v as f64);
            }
        }
    }

    fn into_vec(self) -> Vec<Family> {
        vec![self.values, self.history, self.start, self.interval, self.accuracy]
    }
}

fn unix_seconds(t: SystemTime) -> f64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}
