//! The exporter's own figures, kept across refreshes, and the families that say whether
//! it is ready, the interval it really refreshes at, and how long ARM's pacing held its
//! reads back. Written from the first scrape on, before any pool was read.

use super::encode::{Family, Type};
use crate::arm::stats::{Stats, Wait};

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

pub fn families(own: &Own, arm: &Stats) -> Vec<Family> {
    let mut ready = Family::new(
        "standby_exporter_ready",
        Type::Gauge,
        "1 once a discovery and a refresh have succeeded (what /readyz answers 200 for), else 0.",
    );
    ready.push(vec![], if own.ready { 1.0 } else { 0.0 });
    let mut interval = Family::new(
        "standby_exporter_refresh_interval_seconds",
        Type::Gauge,
        "The interval between refreshes in use: --refresh, or longer where ARM's read budget cannot carry it.",
    );
    interval.push(vec![], own.interval_seconds);
    let mut waits = Family::new(
        "standby_exporter_arm_waits",
        Type::Counter,
        "Waits before requests to ARM, by reason: retry_after (the service said how long), backoff (a retry after a failure), pacing (the read budget ran low).",
    );
    let mut seconds = Family::new(
        "standby_exporter_arm_wait_seconds",
        Type::Counter,
        "Seconds spent waiting before requests to ARM, by reason (as standby_exporter_arm_waits_total).",
    );
    for why in Wait::ALL {
        let (n, secs) = arm.waits(why);
        waits.push(vec![("reason", why.label().to_string())], n as f64);
        seconds.push(vec![("reason", why.label().to_string())], secs);
    }
    vec![ready, interval, waits, seconds]
}
