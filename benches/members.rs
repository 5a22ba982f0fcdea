//! How long `vm-pool members` takes for a pool of 200 VMs when every request costs 50 ms
//! (a far-away ARM), against baselines run in the same session: the same members read
//! one GET each (a list that leaves the flag out), the same one GET at a time
//! (`--concurrency 1`, what a loop of az calls does, without az's start-up), and a
//! single `vm-pool status` call. Run by hand:
//!
//!     cargo test --release --test bench members:: -- --ignored --nocapture

use crate::common;

use common::{Env, FakeArm};
use std::time::{Duration, Instant};

const RUNS: u32 = 3;
const LATENCY: Duration = Duration::from_millis(50);

/// Mean wall time and requests of one run.
fn measure(fake: &FakeArm, env: &Env, args: &[&str]) -> (Duration, usize) {
    let before = fake.seen().len();
    let started = Instant::now();
    for _ in 0..RUNS {
        let out = env.cmd(fake).args(args).output().expect("spawn");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    (started.elapsed() / RUNS, (fake.seen().len() - before) / RUNS as usize)
}

#[test]
#[ignore = "a benchmark: run by hand with --ignored --nocapture"]
fn members_of_200_vms_at_50_ms_per_request() {
    let fake = FakeArm::start();
    fake.set_latency(LATENCY);
    let env = Env::new();
    let members = |pool: &'static str, extra: &'static [&'static str]| {
        let mut a = vec![
            "vm-pool",
            "members",
            "-g",
            "rg",
            "-n",
            pool,
            "-o",
            "json",
            "--only-show-errors",
        ];
        a.extend(extra);
        a
    };
    let runs = [
        ("members (lists answer)", members("members-200", &[])),
        ("members, one GET per VM", members("members-200-noflag", &[])),
        (
            "the same, --concurrency 1",
            members("members-200-noflag", &["--concurrency", "1"]),
        ),
        (
            "vm-pool status (1 GET)",
            vec!["vm-pool", "status", "-g", "rg", "-n", "pool", "-o", "json"],
        ),
    ];
    let results: Vec<(&str, Duration, usize)> = runs
        .iter()
        .map(|(name, args)| {
            let (t, n) = measure(&fake, &env, args);
            (*name, t, n)
        })
        .collect();
    let fast = results[0].1.as_secs_f64();
    println!(
        "200 members, {} ms per request, mean of {RUNS} runs:",
        LATENCY.as_millis()
    );
    for (name, t, n) in &results {
        println!(
            "  {name:28} {:8.0} ms  {n:4} requests  {:6.2} x members",
            t.as_secs_f64() * 1000.0,
            t.as_secs_f64() / fast
        );
    }
}
