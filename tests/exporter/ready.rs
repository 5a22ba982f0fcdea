//! The exporter from its first second: a valid body before any refresh, alive but not
//! ready without a credential (and why, on one clean log line per event), discovery
//! retried within seconds, ready once a credential appears.

use crate::common;

use common::exporter::{Exporter, PROMETHEUS_ACCEPT, pool_id};
use common::{Env, FakeArm};
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn the_first_scrape_is_a_valid_body_with_the_exporters_own_metrics() {
    let fake = FakeArm::start();
    // Every answer takes seconds: the first scrapes come before the first refresh ends.
    fake.set_latency(Duration::from_secs(3));
    let e = Exporter::spawn(&fake, Env::new(), &["--ids", &pool_id("alpha"), "--refresh", "1"]);
    let (status, headers, body) = e.get("/metrics", PROMETHEUS_ACCEPT);
    let om = String::from_utf8(body).unwrap();
    assert_eq!(status, 200, "{headers}");
    assert!(om.ends_with("# EOF\n"), "not OpenMetrics:\n{om}");
    assert!(om.contains("\nstandby_exporter_pools_discovered 0\n"), "{om}");
    assert!(om.contains("\nstandby_exporter_ready 0\n"), "{om}");
    assert!(om.contains("standby_exporter_refresh_failures_total 0\n"), "{om}");
    let (status, text) = e.text("/metrics");
    assert_eq!(status, 200);
    assert!(text.contains("\nstandby_exporter_pools_discovered 0\n"), "{text}");
    assert!(!text.contains("standby_pool_"), "{text}");
    promtool(&text);
    // Alive, not ready, and it says why.
    assert_eq!(e.text("/healthz"), (200, "ok\n".to_string()));
    let (status, why) = e.text("/readyz");
    assert_eq!(
        (status, why.as_str()),
        (503, "not ready: no discovery has finished yet\n")
    );
    // Then ready, once the pool was read.
    let m = e.wait_for(Duration::from_secs(30), |m| m.contains("\nstandby_exporter_ready 1\n"));
    assert!(m.contains("standby_pool_ready_instances{"), "{m}");
    assert_eq!(e.text("/readyz"), (200, "ready\n".to_string()));
    e.stop();
}

fn promtool(text: &str) {
    let Ok(mut child) = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        eprintln!("SKIPPED: promtool is not installed (Debian package prometheus)");
        return;
    };
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success() && !said.contains("error"), "promtool: {said}");
}

/// What the fake `az` on PATH answers `az account get-access-token` with.
fn az_token() -> String {
    common::az_token(3600)
}

#[test]
fn without_a_credential_it_is_alive_not_ready_and_tries_again_within_seconds() {
    let fake = FakeArm::start();
    let env = Env::new();
    let mut cmd = env.child(&fake);
    cmd.env_remove("STANDBY_ACCESS_TOKEN");
    let port = common::exporter::free_port();
    cmd.args(["exporter", "--listen", &format!("127.0.0.1:{port}")])
        .args(["--ids", &pool_id("alpha"), "--refresh", "1", "--discover", "300"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let e = Exporter::spawn_with(cmd, port, env);
    let started = Instant::now();
    assert_eq!(e.text("/healthz").0, 200);
    let deadline = started + Duration::from_secs(10);
    let why = loop {
        let (status, why) = e.text("/readyz");
        assert_eq!(status, 503, "{why}");
        if why.contains("discovery failed") || Instant::now() > deadline {
            break why;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(why.contains("no credential gave a token"), "{why}");
    assert_eq!(why.lines().count(), 1, "{why}");
    // A login appears: the next try (seconds away, not --discover's 300) finds it.
    std::thread::sleep(Duration::from_secs(3));
    e.env.fake_tool("az", &az_token());
    let ready_by = Instant::now() + Duration::from_secs(15);
    while e.text("/readyz").0 != 200 {
        assert!(Instant::now() < ready_by, "never ready: {:?}", e.text("/readyz"));
        std::thread::sleep(Duration::from_millis(200));
    }
    let (_, stderr) = e.stop();
    let failures: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("event=discovery_failed"))
        .collect();
    assert!(failures.len() >= 2, "tried once only:\n{stderr}");
    for line in &failures {
        // One line, each part a field of its own; no escaped line break inside a value.
        assert!(!line.contains("\\n"), "{line}");
        assert!(line.contains(" error=\"") && line.contains(" tried_"), "{line}");
    }
    assert!(stderr.contains("event=refresh_interval"), "{stderr}");
}
