//! Memory with many big-but-allowed bodies in flight: run by hand with
//! `cargo test --release --test bench arm:: -- --ignored --nocapture`. Needs GNU time
//! (`/usr/bin/time`); reports peak RSS rather than asserting a figure.

use crate::common;

use common::{Env, FakeArm, Reply, SUBSCRIPTION, fixture};

/// A runtime view padded to just under both caps: bytes and values.
fn big_view(values: usize) -> Vec<u8> {
    let view = fixture("vmpool-runtime.json", "rg", "pool");
    let mut body = view.trim_end().trim_end_matches('}').as_bytes().to_vec();
    body.extend_from_slice(b", \"pad\": [");
    for i in 0..values {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(format!("\"{i:014}\"").as_bytes());
    }
    body.extend_from_slice(b"]}");
    body
}

fn peak_rss_kb(fake: &FakeArm, env: &Env, args: &[String]) -> Option<u64> {
    let mut time = std::process::Command::new("/usr/bin/time");
    let out = env
        .apply(&mut time, fake)
        .arg("-v")
        .arg(assert_cmd::cargo::cargo_bin("standby"))
        .args(args)
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = out.status.code();
    let line = stderr.lines().find(|l| l.contains("Maximum resident set size"))?;
    eprintln!("  exit {code:?}, {}", line.trim());
    line.rsplit(':').next()?.trim().parse().ok()
}

#[test]
#[ignore]
fn memory_with_sixteen_bodies_at_the_cap() {
    let values = std::env::var("VALUES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150_000);
    let body = big_view(values);
    eprintln!("body: {} bytes, {} values", body.len(), values);
    let fake = FakeArm::start();
    fake.script("/runtimeViews/latest", vec![Reply::raw(200, "application/json", &body)]);
    let env = Env::new();
    let ids: Vec<String> = (0..16)
        .map(|n| format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool{n}"))
        .collect();
    for (label, format) in [("one, -o none", "none"), ("one, -o json", "json")] {
        eprintln!("{label}:");
        let args: Vec<String> = ["vm-pool", "status", "-o", format, "--ids", &ids[0]]
            .iter()
            .map(|s| s.to_string())
            .collect();
        peak_rss_kb(&fake, &env, &args);
    }
    for format in ["none", "json", "table"] {
        eprintln!("sixteen, --concurrency 16, -o {format}:");
        let mut args: Vec<String> = ["vm-pool", "status", "--concurrency", "16", "-o", format, "--ids"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        args.extend(ids.iter().cloned());
        peak_rss_kb(&fake, &env, &args);
    }
}
