//! Peak memory of one status call, as a ratio against curl making the same HTTPS GET to
//! the same fake ARM in the same run (a bare figure says little across machines). Run
//! by hand on a release build:
//!
//!     cargo test --release --test bench rss:: -- --ignored --nocapture
//!
//! Needs GNU time (`/usr/bin/time`, Debian package `time`). `STANDBY_BIN` measures
//! another build of the binary beside this one (say, main's), in the same run.

use crate::common;

use common::{Env, FakeArm, SUBSCRIPTION, TOKEN};
use std::process::Command;

const RUNS: usize = 15;

/// Peak RSS in KiB of the command, by GNU time.
fn peak_kib(cmd: Command) -> u64 {
    let mut time = Command::new("/usr/bin/time");
    time.arg("-v").arg(cmd.get_program()).args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => time.env(k, v),
            None => time.env_remove(k),
        };
    }
    let out = time.output().expect("/usr/bin/time (Debian package time)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr
        .lines()
        .find(|l| l.contains("Maximum resident set size"))
        .expect("GNU time's report");
    line.rsplit(':')
        .next()
        .and_then(|n| n.trim().parse().ok())
        .expect("a number")
}

fn median(mut make: impl FnMut() -> Command) -> u64 {
    let mut peaks: Vec<u64> = (0..RUNS).map(|_| peak_kib(make())).collect();
    peaks.sort_unstable();
    peaks[RUNS / 2]
}

#[test]
#[ignore = "a benchmark: run by hand with --release --ignored --nocapture"]
fn status_call_peak_rss_against_curl() {
    let fake = FakeArm::start();
    let env = Env::new();
    let path = format!(
        "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool/runtimeViews/latest?api-version=2025-10-01"
    );
    let status = |bin: std::path::PathBuf, args: &[&str]| {
        let mut c = Command::new(bin);
        env.apply(&mut c, &fake).args(args);
        c
    };
    let curl = median(|| {
        let mut c = Command::new("curl");
        c.args(["-sS", "--fail", "-o", "/dev/null", "--noproxy", "127.0.0.1", "--cacert"])
            .arg(&fake.ca_file)
            .args(["-H", &format!("Authorization: Bearer {TOKEN}")])
            .arg(format!("{}{path}", fake.url));
        c
    });
    let mut bins = vec![("this build", assert_cmd::cargo::cargo_bin("standby"))];
    if let Some(other) = std::env::var_os("STANDBY_BIN") {
        bins.push(("STANDBY_BIN", other.into()));
    }
    println!("peak RSS, median of {RUNS} runs; curl (same GET): {curl} KiB");
    for (name, bin) in bins {
        for args in [
            &["--version"][..],
            &["vm-pool", "status", "-g", "rg", "-n", "pool", "-o", "none"][..],
            &["vm-pool", "status", "-g", "rg", "-n", "pool", "-o", "json"][..],
            &["vm-pool", "status", "-g", "rg", "-n", "pool"][..],
        ] {
            let kib = median(|| status(bin.clone(), args));
            println!(
                "  {name:11} {:45} {kib:6} KiB  /curl = {:.2}",
                args.join(" "),
                kib as f64 / curl as f64
            );
        }
    }
}
