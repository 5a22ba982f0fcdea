//! Memory over a long `watch`: peak RSS after 100 and after 1,000 polls at a fast
//! interval, each poll a changed view (so each prints a line). Flat means the second is
//! not meaningfully above the first. Run by hand (needs /usr/bin/time):
//!
//!     cargo test --release --test bench live:: -- --ignored --nocapture

use crate::common;

use common::{Env, FakeArm, Reply, fixture, json};
use std::process::{Command, Stdio};

fn peak_rss_kib(fake: &FakeArm, env: &Env, polls: u32) -> u64 {
    let mut time = Command::new("/usr/bin/time");
    let out = env
        .apply(&mut time, fake)
        .arg("-v")
        .arg(assert_cmd::cargo::cargo_bin("standby"))
        .args([
            "vm-pool",
            "watch",
            "-g",
            "rg",
            "-n",
            "pool",
            "--interval",
            "0.1",
            "--count",
        ])
        .arg(polls.to_string())
        .stdout(Stdio::null())
        .output()
        .expect("/usr/bin/time");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = String::from_utf8_lossy(&out.stderr);
    report
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes): "))
        .and_then(|v| v.trim().parse().ok())
        .expect("time -v reports the peak RSS")
}

#[test]
#[ignore = "a benchmark: run by hand with --ignored --nocapture"]
fn watch_memory_stays_flat() {
    let fake = FakeArm::start();
    let env = Env::new();
    let base = json(&fixture("vmpool-runtime.json", "rg", "pool"));
    let replies = |n: usize| {
        (0..n)
            .map(|i| {
                let mut v = base.clone();
                v["properties"]["instanceCountSummary"][0]["instanceCountsByState"][4]["count"] = (i as i64).into();
                Reply::json(200, v)
            })
            .collect::<Vec<_>>()
    };
    fake.script("/runtimeViews/latest", replies(100));
    let hundred = peak_rss_kib(&fake, &env, 100);
    let fake = FakeArm::start();
    fake.script("/runtimeViews/latest", replies(1000));
    let thousand = peak_rss_kib(&fake, &env, 1000);
    println!("peak RSS of `watch --interval 0.1`, a changed view every poll:");
    println!("  after  100 polls  {hundred:7} KiB");
    println!(
        "  after 1000 polls  {thousand:7} KiB   ratio {:.2}",
        thousand as f64 / hundred as f64
    );
    assert_eq!(fake.count("/runtimeViews/latest"), 1000);
}
