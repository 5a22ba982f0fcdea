//! The exporter against ARM's limits, on the fake: refreshes at the interval asked for
//! while the read budget carries it (and says what it uses when not), counts the waits
//! pacing and throttling cost it, and renews its token five minutes before expiry.

use crate::common;

use common::exporter::{Exporter, pool_id};
use common::{CLIENT_ID, CLIENT_SECRET, Env, FakeArm, FleetPool, Reply, SUBSCRIPTION, TENANT, fixture};
use std::collections::BTreeMap;
use std::process::Stdio;
use std::time::Duration;

/// The median interval between two reads of the same pool's runtime view.
fn median_read_interval(fake: &FakeArm) -> f64 {
    let mut by_pool: BTreeMap<String, Vec<std::time::Instant>> = BTreeMap::new();
    for s in fake.seen() {
        if s.method == "GET" && s.path.ends_with("/runtimeViews/latest") {
            by_pool.entry(s.path.clone()).or_default().push(s.at);
        }
    }
    let mut gaps: Vec<f64> = by_pool
        .values()
        .flat_map(|t| t.windows(2).map(|w| (w[1] - w[0]).as_secs_f64()).collect::<Vec<_>>())
        .collect();
    assert!(gaps.len() > 20, "too few reads: {}", gaps.len());
    gaps.sort_by(f64::total_cmp);
    gaps[gaps.len() / 2]
}

fn fleet(fake: &FakeArm, n: usize, bucket: u32) {
    fake.graph().set_subscriptions(&[(SUBSCRIPTION, "Prod")]);
    fake.graph().set_pools(
        (0..n)
            .map(|i| FleetPool::vm(SUBSCRIPTION, "rg", &format!("p{i:03}")).counts(3, 5, 0))
            .collect(),
    );
    // ARM's documented refill, 25 reads a second; a bucket smaller than its 250 so
    // that a short run reaches the steady state, where the refill is all there is.
    fake.graph().set_read_bucket(bucket, 25.0);
}

/// Runs the exporter over `n` pools with `--refresh 2` for `seconds`: the median read
/// interval and what it logged.
fn run_fleet(n: usize, seconds: u64) -> (f64, String) {
    let fake = FakeArm::start();
    fleet(&fake, n, 100);
    fake.set_latency(Duration::from_millis(300));
    let e = Exporter::spawn(&fake, Env::new(), &["--refresh", "2"]);
    std::thread::sleep(Duration::from_secs(seconds));
    let (_, stderr) = e.stop();
    let median = median_read_interval(&fake);
    // For docs/benchmarks.md: run with --nocapture.
    println!(
        "{n} pools, --refresh 2: median read interval {median:.2} s, {} reads throttled",
        fake.graph().throttled()
    );
    (median, stderr)
}

#[test]
fn refreshes_at_the_interval_asked_for_while_the_budget_carries_it() {
    let (median, stderr) = run_fleet(40, 14);
    assert!(
        (1.8..=2.3).contains(&median),
        "median read interval {median:.2} s\n{stderr}"
    );
    assert!(
        stderr.contains("event=refresh_interval asked_seconds=2.000 effective_seconds=2.000"),
        "{stderr}"
    );
}

#[test]
fn where_the_budget_cannot_carry_it_the_interval_used_is_said() {
    // 60 reads every 2 s is 30 a second, more than the 25 ARM refills.
    let (median, stderr) = run_fleet(60, 40);
    let line = stderr
        .lines()
        .find(|l| l.contains("event=refresh_interval"))
        .unwrap_or_else(|| panic!("no refresh_interval line:\n{stderr}"));
    assert!(line.contains("asked_seconds=2.000 effective_seconds=2.400"), "{line}");
    assert!(line.contains("60 pools in subscription"), "{line}");
    assert!(
        (2.3..=2.8).contains(&median),
        "median read interval {median:.2} s\n{stderr}"
    );
}

#[test]
fn waits_on_throttling_and_pacing_are_counted_by_reason() {
    let fake = FakeArm::start();
    let ok = fixture("vmpool-runtime.json", "rg", "alpha");
    fake.script(
        "/standbyVirtualMachinePools/alpha/runtimeViews/latest",
        vec![
            Reply::error(429, "TooManyRequests", "slow down").header("Retry-After", "1"),
            Reply::raw(200, "application/json", ok.as_bytes()),
        ],
    );
    // A small budget: reads of the other pool are paced.
    fake.graph().set_read_bucket(6, 4.0);
    let e = Exporter::spawn(
        &fake,
        Env::new(),
        &["--ids", &pool_id("alpha"), &pool_id("beta"), "--refresh", "0.2"],
    );
    let value = |m: &str, series: &str| -> f64 {
        m.lines()
            .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
            .unwrap_or(0.0)
    };
    let m = e.wait_for(Duration::from_secs(20), |m| {
        value(m, "standby_exporter_arm_waits_total{reason=\"retry_after\"}") >= 1.0
            && value(m, "standby_exporter_arm_waits_total{reason=\"pacing\"}") >= 1.0
    });
    let retry_secs = value(&m, "standby_exporter_arm_wait_seconds_total{reason=\"retry_after\"}");
    assert!((1.0..2.0).contains(&retry_secs), "{m}");
    assert!(
        value(&m, "standby_exporter_arm_wait_seconds_total{reason=\"pacing\"}") > 0.0,
        "{m}"
    );
    assert!(
        m.contains("standby_exporter_arm_waits_total{reason=\"backoff\"} 0\n"),
        "{m}"
    );
    e.stop();
}

#[test]
fn tokens_are_renewed_five_minutes_before_expiry_once_not_per_request() {
    let fake = FakeArm::start();
    // Good for 311 s: five minutes before expiry is 11 s after issue.
    fake.set_token_lifetime(311);
    let env = Env::new();
    let mut cmd = env.child(&fake);
    cmd.env_remove("STANDBY_ACCESS_TOKEN")
        .env("AZURE_AUTHORITY_HOST", &fake.url)
        .env("AZURE_TENANT_ID", TENANT)
        .env("AZURE_CLIENT_ID", CLIENT_ID)
        .env("AZURE_CLIENT_SECRET", CLIENT_SECRET);
    let port = common::exporter::free_port();
    cmd.args(["exporter", "--listen", &format!("127.0.0.1:{port}")])
        .args(["--ids", &pool_id("alpha"), &pool_id("beta"), "--refresh", "0.25"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let e = Exporter::spawn_with(cmd, port, env);
    // Issued at about 0 s, 11 s and 22 s.
    std::thread::sleep(Duration::from_secs(26));
    let (_, stderr) = e.stop();
    let reads = fake.count("/runtimeViews/latest");
    assert!(reads > 100, "{reads} reads\n{stderr}");
    assert_eq!(fake.token_posts(), 3, "{reads} reads\n{stderr}");
}
