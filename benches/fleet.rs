//! `fleet status` over 500 pools in 5 subscriptions, with 50 ms of latency on every
//! request, against baselines run in the same session. Run by hand:
//!
//!     cargo test --release --test bench fleet:: -- --ignored --nocapture
//!
//! Figures: wall time, requests, 429s and peak RSS (GNU time's %M) of one fleet run with
//! ARM's own bucket (250 reads, 25/s) and with a small one (60, 40/s); baselines: the
//! same pools read one process per pool with `vm-pool status` (what a script around az
//! does), and in one process with `vm-pool status --ids` (no pacing, one global bound).

use crate::common;

use common::{FakeArm, FleetPool, SUBSCRIPTION, TOKEN};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SUBSCRIPTIONS: usize = 5;
const PER_SUBSCRIPTION: usize = 100;
const LATENCY: Duration = Duration::from_millis(50);

fn subscription(i: usize) -> String {
    format!("22222222-bbbb-4bbb-8bbb-{i:012}")
}

fn fleet(bucket: (u32, f64)) -> (FakeArm, Vec<String>) {
    let fake = FakeArm::start();
    let subs: Vec<(String, String)> = (0..SUBSCRIPTIONS)
        .map(|i| (subscription(i), format!("Subscription {i}")))
        .collect();
    let named: Vec<(&str, &str)> = subs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    fake.graph().set_subscriptions(&named);
    let pools: Vec<FleetPool> = subs
        .iter()
        .flat_map(|(s, _)| {
            (0..PER_SUBSCRIPTION).map(move |n| FleetPool::vm(s, &format!("rg-{}", n % 7), &format!("pool-{n:03}")))
        })
        .collect();
    let ids = pools.iter().map(FleetPool::id).collect();
    fake.graph().set_pools(pools);
    fake.graph().set_read_bucket(bucket.0, bucket.1);
    fake.set_latency(LATENCY);
    (fake, ids)
}

fn standby(fake: &FakeArm, home: &Path) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("standby"));
    c.env_clear()
        .env("HOME", home)
        .env("AZURE_CONFIG_DIR", home.join(".azure"))
        .env("STANDBY_ARM_ENDPOINT", &fake.url)
        .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
        .env("STANDBY_ACCESS_TOKEN", TOKEN)
        .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
        .env("NO_PROXY", "127.0.0.1")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

struct Measured {
    wall: Duration,
    requests: usize,
    throttled: usize,
    peak_rss_kib: Option<u64>,
}

/// One run under GNU time (for the peak RSS), where it is installed.
fn measure(fake: &FakeArm, home: &Path, args: &[&str]) -> Measured {
    let before = (fake.seen().len(), fake.graph().throttled());
    let rss_file = home.join("rss");
    let timed = Path::new("/usr/bin/time").exists();
    let mut c = if timed {
        let inner = standby(fake, home);
        let mut t = Command::new("/usr/bin/time");
        t.arg("-f").arg("%M").arg("-o").arg(&rss_file).arg(inner.get_program());
        t.env_clear();
        for (k, v) in inner.get_envs() {
            if let Some(v) = v {
                t.env(k, v);
            }
        }
        t.stdout(Stdio::null()).stderr(Stdio::null());
        t
    } else {
        standby(fake, home)
    };
    let started = Instant::now();
    let status = c.args(args).status().expect("spawn");
    let wall = started.elapsed();
    assert!(status.success(), "{args:?} failed");
    Measured {
        wall,
        requests: fake.seen().len() - before.0,
        throttled: fake.graph().throttled() - before.1,
        peak_rss_kib: std::fs::read_to_string(&rss_file)
            .ok()
            .and_then(|t| t.trim().parse().ok()),
    }
}

fn report(label: &str, m: &Measured, baseline: Option<Duration>) {
    let rss = m
        .peak_rss_kib
        .map_or("-".to_string(), |k| format!("{:.1} MiB", k as f64 / 1024.0));
    let ratio = baseline.map_or(String::new(), |b| {
        format!("  baseline/fleet = {:.1}", b.as_secs_f64() / m.wall.as_secs_f64())
    });
    println!(
        "  {label:<44} {:7.2} s  {:5} requests  {:4} x 429  peak RSS {rss}{ratio}",
        m.wall.as_secs_f64(),
        m.requests,
        m.throttled
    );
}

#[test]
#[ignore = "a benchmark: run by hand with --ignored --nocapture"]
fn fleet_against_one_call_per_pool() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join(".azure")).unwrap();
    let total = SUBSCRIPTIONS * PER_SUBSCRIPTION;
    println!(
        "{total} pools over {SUBSCRIPTIONS} subscriptions, {} ms per request:",
        LATENCY.as_millis()
    );

    // Baselines first, each against a fresh fake so that its buckets start full.
    let (fake, ids) = fleet((250, 25.0));
    let started = Instant::now();
    let before = fake.seen().len();
    for id in &ids {
        let status = standby(&fake, home.path())
            .args(["vm-pool", "status", "--ids", id, "-o", "json"])
            .status()
            .expect("spawn");
        assert!(status.success());
    }
    let per_process = Measured {
        wall: started.elapsed(),
        requests: fake.seen().len() - before,
        throttled: fake.graph().throttled(),
        peak_rss_kib: None,
    };
    drop(fake);
    let (fake, ids) = fleet((250, 25.0));
    let mut args = vec!["vm-pool", "status", "-o", "json", "--ids"];
    args.extend(ids.iter().map(String::as_str));
    let one_process = measure(&fake, home.path(), &args);
    drop(fake);

    let (fake, _) = fleet((250, 25.0));
    let fleet_run = measure(&fake, home.path(), &["fleet", "status", "-o", "json"]);
    drop(fake);
    let (fake, _) = fleet((60, 40.0));
    let small = measure(&fake, home.path(), &["fleet", "status", "-o", "json"]);

    report("baseline: vm-pool status, one process a pool", &per_process, None);
    report("baseline: vm-pool status --ids (one process)", &one_process, None);
    report("fleet status (bucket 250, 25/s)", &fleet_run, Some(per_process.wall));
    report("fleet status (bucket 60, 40/s)", &small, Some(per_process.wall));
    println!(
        "  429s under the small bucket: {:.2} % of requests",
        small.throttled as f64 * 100.0 / small.requests as f64
    );
}
