//! The metric families, built afresh from what the last refresh read. Names follow
//! Prometheus' conventions: base units, `_total` only on counters, `_info` for facts.

use std::time::SystemTime;

use super::encode::{Family, Type};

type Labels = Vec<(&'static str, String)>;
use super::pools::Pool;
use crate::arm::stats::Stats;
use crate::model::ready::readiness;
use crate::model::runtime_view::{Health, RuntimeView};

/// The exporter's own figures, kept across refreshes.
#[derive(Debug, Default, Clone)]
pub struct Own {
    pub refresh_seconds: f64,
    pub refresh_failures: u64,
    pub discovery_failures: u64,
    /// What `/readyz` says, as a gauge.
    pub ready: bool,
    /// The refresh interval in use (see `super::interval`).
    pub interval_seconds: f64,
}

pub fn families(pools: &[Pool], own: &Own, arm: &Stats) -> Vec<Family> {
    let mut instances = Family::new(
        "standby_pool_instances",
        Type::Gauge,
        "Instances of the pool, per zone (none for a pool without zones) and state.",
    );
    let mut ready = Family::new(
        "standby_pool_ready_instances",
        Type::Gauge,
        "Instances in the state the pool keeps them in (Running, Deallocated or Hibernated; all three for Mix; Running for container pools).",
    );
    let mut max = Family::new(
        "standby_pool_max_ready_capacity",
        Type::Gauge,
        "The pool's target of ready instances (elasticityProfile.maxReadyCapacity).",
    );
    let mut min = Family::new(
        "standby_pool_min_ready_capacity",
        Type::Gauge,
        "The pool's floor of ready instances (elasticityProfile.minReadyCapacity), where it sets one.",
    );
    let mut healthy = Family::new(
        "standby_pool_healthy",
        Type::Gauge,
        "1 when the runtime view's health code is healthy, else 0.",
    );
    let mut info = Family::new(
        "standby_pool",
        Type::Info,
        "The pool's provisioning state, health code and configured VM state.",
    );
    let mut forecast = Family::new(
        "standby_pool_forecast_instances",
        Type::Gauge,
        "The service's forecast of instances requested, offset_seconds after the forecast start.",
    );
    let mut forecast_start = Family::new(
        "standby_pool_forecast_start_timestamp_seconds",
        Type::Gauge,
        "When the service's current forecast starts (Unix time).",
    );
    let mut refreshed = Family::new(
        "standby_pool_last_refresh_timestamp_seconds",
        Type::Gauge,
        "When the pool's runtime view was last read successfully (Unix time).",
    );

    for pool in pools {
        let Some(view) = &pool.view else { continue };
        let labels = || {
            vec![
                ("subscription", pool.id.subscription.clone()),
                ("resource_group", pool.id.resource_group.clone()),
                ("pool", pool.id.name().to_string()),
                ("kind", pool.kind_label().to_string()),
            ]
        };
        let with = |extra: &[(&'static str, String)]| {
            let mut l = labels();
            l.extend(extra.iter().cloned());
            l
        };
        let grid = view.grid();
        for (zone, counts) in &grid.rows {
            for (state, count) in grid.states.iter().zip(counts) {
                let mut l = labels();
                if let Some(zone) = zone {
                    l.push(("zone", zone.clone()));
                }
                l.push(("state", state.as_str().to_string()));
                instances.push(l, *count as f64);
            }
        }
        let r = readiness(view, pool.kind, &pool.target, None);
        ready.push(labels(), r.ready as f64);
        if let Some(m) = r.max {
            max.push(labels(), m as f64);
        }
        if let Some(m) = r.min {
            min.push(labels(), m as f64);
        }
        let health = view.status.as_ref().and_then(|s| s.summary());
        if let Some((_, h)) = &health {
            healthy.push(labels(), if *h == Health::Healthy { 1.0 } else { 0.0 });
        }
        info.push(
            with(&[
                (
                    "provisioning_state",
                    view.provisioning_state.clone().unwrap_or_default(),
                ),
                (
                    "health_code",
                    view.status.as_ref().and_then(|s| s.code.clone()).unwrap_or_default(),
                ),
                ("vm_state", pool.target.configured_state.clone().unwrap_or_default()),
            ]),
            1.0,
        );
        forecasts(view, &labels(), &mut forecast, &mut forecast_start);
        if let Some(t) = pool.last_success {
            refreshed.push(labels(), unix_seconds(t));
        }
    }

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
    discovered.push(vec![], pools.len() as f64);
    let mut failures = Family::new(
        "standby_exporter_refresh_failures",
        Type::Counter,
        "Reads of a pool (runtime view or the pool itself) that failed after their retries.",
    );
    failures.push(vec![], (own.refresh_failures + own.discovery_failures) as f64);

    let own_families = super::own::families(own, arm);
    [
        instances,
        ready,
        max,
        min,
        healthy,
        info,
        forecast,
        forecast_start,
        refreshed,
        requests,
        waits,
        duration,
        discovered,
        failures,
    ]
    .into_iter()
    .chain(own_families)
    .collect()
}

fn forecasts(view: &RuntimeView, base: &Labels, forecast: &mut Family, forecast_start: &mut Family) {
    let Some(p) = &view.prediction else { return };
    if let Some(start) = p
        .forecast_start_time
        .as_deref()
        .and_then(|t| azure_core::time::parse_rfc3339(t).ok())
    {
        forecast_start.push(base.clone(), start.unix_timestamp() as f64);
    }
    // Without the sample rate the values have no time; they are left out rather than guessed.
    let Some(step) = p.info().sample_rate.as_deref().and_then(iso_seconds) else {
        return;
    };
    let values = p
        .forecast_values
        .as_ref()
        .map(|f| f.instances_requested_count.as_slice());
    for (i, v) in values.unwrap_or_default().iter().enumerate() {
        let offset = step.saturating_mul(i as u64);
        let mut labels = base.clone();
        labels.push(("offset_seconds", offset.to_string()));
        forecast.push(labels, *v as f64);
    }
}

/// `PT15M` → 900; the forms the service uses for its sample rate.
fn iso_seconds(iso: &str) -> Option<u64> {
    let rest = iso.strip_prefix("PT")?;
    let (num, unit) = rest.split_at(rest.len().checked_sub(1)?);
    let n: u64 = num.parse().ok()?;
    match unit {
        "S" => Some(n),
        "M" => n.checked_mul(60),
        "H" => n.checked_mul(3600),
        _ => None,
    }
}

fn unix_seconds(t: SystemTime) -> f64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_rates() {
        assert_eq!(iso_seconds("PT15M"), Some(900));
        assert_eq!(iso_seconds("PT1H"), Some(3600));
        assert_eq!(iso_seconds("PT30S"), Some(30));
        assert_eq!(iso_seconds("P1D"), None);
        assert_eq!(iso_seconds("PT"), None);
        assert_eq!(iso_seconds("PT99999999999999999999M"), None);
    }
}
