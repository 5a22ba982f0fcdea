//! `standby exporter` against the fake ARM: what is scraped equals the runtime views,
//! pools come and go between discoveries, a 429 storm changes nothing, hostile text
//! stays inside its label, SIGTERM ends it; promtool and a real Prometheus read it.

mod labels;
mod pacing;
mod pool_events;
mod ready;

use crate::common;

use common::exporter::{self as running, free_port, pool_id as pool};
use common::{Env, FakeArm, FleetPool, Reply, SUBSCRIPTION, TOKEN, fixture, require};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The exporter as these tests run it: refreshing every second, its first discovery done.
struct Exporter {
    running: running::Exporter,
    port: u16,
}

impl Exporter {
    fn start(fake: &FakeArm, args: &[&str]) -> Exporter {
        let env = Env::new();
        let port = free_port();
        let mut cmd = env.child(fake);
        cmd.args(["exporter", "--listen", &format!("127.0.0.1:{port}"), "--refresh", "1"])
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let e = Exporter {
            running: running::Exporter::spawn_with(cmd, port, env),
            port,
        };
        e.wait_for(|m| m.contains("standby_exporter_pools_discovered"));
        e
    }

    fn request(&self, head: &str) -> (u16, String, Vec<u8>) {
        self.running.request(head)
    }

    fn get(&self, path: &str, extra: &str) -> (u16, String, Vec<u8>) {
        self.running.get(path, extra)
    }

    fn metrics(&self) -> String {
        let (status, body) = self.running.text("/metrics");
        assert_eq!(status, 200);
        body
    }

    fn wait_for(&self, ok: impl Fn(&str) -> bool) -> String {
        self.running.wait_for(Duration::from_secs(20), ok)
    }

    /// SIGTERM ends it within two seconds: the exit code and what it logged.
    fn stop(self) -> (i32, String) {
        let started = Instant::now();
        let stopped = self.running.stop();
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "stopping took {:?}",
            started.elapsed()
        );
        stopped
    }
}

fn labels(name: &str) -> String {
    format!("subscription=\"{SUBSCRIPTION}\",resource_group=\"rg\",pool=\"{name}\",kind=\"vm\"")
}

#[test]
fn scraped_values_equal_the_runtime_views() {
    let fake = FakeArm::start();
    let e = Exporter::start(&fake, &["--ids", &pool("alpha"), &pool("beta")]);
    let m = e.wait_for(|m| m.contains("standby_pool_ready_instances{"));
    let l = labels("alpha");
    for line in [
        format!("standby_pool_instances{{{l},zone=\"1\",state=\"Deallocated\"}} 3"),
        format!("standby_pool_instances{{{l},zone=\"2\",state=\"Creating\"}} 1"),
        format!("standby_pool_ready_instances{{{l}}} 8"),
        format!("standby_pool_max_ready_capacity{{{l}}} 10"),
        // max 10 − 2 in the scale set: the service keeps 8.
        format!("standby_pool_target_instances{{{l}}} 8"),
        format!("standby_pool_scale_set_instances{{{l}}} 2"),
        // The forecast as the service sends it: hourly values from its start, the hours
        // before it, and its accuracy as a ratio.
        format!("standby_pool_forecast_instances{{{l},offset_seconds=\"0\"}} 8"),
        format!("standby_pool_forecast_instances{{{l},offset_seconds=\"3600\"}} 9"),
        format!("standby_pool_requested_instances{{{l},offset_seconds=\"-43200\"}} 9"),
        format!("standby_pool_requested_instances{{{l},offset_seconds=\"-3600\"}} 6"),
        format!("standby_pool_forecast_interval_seconds{{{l}}} 3600"),
        format!("standby_pool_forecast_accuracy_ratio{{{l}}} 0.85"),
        format!("standby_pool_min_ready_capacity{{{l}}} 5"),
        format!("standby_pool_healthy{{{l}}} 1"),
        "standby_exporter_pools_discovered 2".to_string(),
    ] {
        assert!(m.contains(&line), "missing {line}:\n{m}");
    }
    assert!(m.contains(&format!("standby_pool_ready_instances{{{}}} 8", labels("beta"))));
    assert!(m.contains("standby_pool_forecast_instances{"), "{m}");
    assert!(m.contains("standby_exporter_arm_requests_total{code=\"200\"}"), "{m}");
    // Scrapes are answered from memory: they add no request to ARM.
    let before = fake.seen().len();
    for _ in 0..20 {
        e.metrics();
    }
    assert!(fake.seen().len() - before <= 4, "scrapes must not reach ARM");
    let (code, stderr) = e.stop();
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains(TOKEN));
}

#[test]
fn http_contract() {
    let fake = FakeArm::start();
    let e = Exporter::start(&fake, &["--ids", &pool("alpha")]);
    e.wait_for(|m| m.contains("standby_pool_ready_instances{"));
    let (s, h, _) = e.get("/metrics", "");
    assert_eq!(s, 200);
    assert!(h.contains("text/plain; version=0.0.4"), "{h}");
    let prom = "Accept: application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1\r\n";
    let (s, h, body) = e.get("/metrics", prom);
    assert_eq!(s, 200);
    assert!(h.contains("application/openmetrics-text; version=1.0.0"), "{h}");
    assert!(String::from_utf8(body).unwrap().ends_with("# EOF\n"));
    let (s, h, body) = e.get("/metrics", &format!("{prom}Accept-Encoding: gzip\r\n"));
    assert_eq!(s, 200);
    assert!(h.to_ascii_lowercase().contains("content-encoding: gzip"), "{h}");
    let mut text = String::new();
    flate2::read::GzDecoder::new(&body[..])
        .read_to_string(&mut text)
        .unwrap();
    assert!(text.ends_with("# EOF\n"));
    assert_eq!(e.get("/healthz", "").0, 200);
    assert_eq!(e.get("/nope", "").0, 404);
    let (s, h, _) = e.request("POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    assert_eq!(s, 405);
    assert!(h.to_ascii_lowercase().contains("allow: get, head"), "{h}");
    // Headers past 8 KiB are refused, not read forever.
    let big = format!("X-Big: {}\r\n", "a".repeat(16 * 1024));
    assert_eq!(e.get("/metrics", &big).0, 431);
    // A client that never sends its headers is dropped; others are served meanwhile.
    let mut idle = TcpStream::connect(("127.0.0.1", e.port)).unwrap();
    idle.write_all(b"GET /metrics HTTP/1.1\r\n").unwrap();
    assert_eq!(e.get("/healthz", "").0, 200);
    idle.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let _ = idle.read_to_end(&mut rest);
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(8) && waited < Duration::from_secs(14),
        "{waited:?}"
    );
    e.stop();
}

#[test]
fn pools_come_and_go_and_throttling_changes_nothing() {
    let fake = FakeArm::start();
    let e = Exporter::start(&fake, &["--ids", &pool("alpha"), &pool("gone-soon"), "--discover", "1"]);
    e.wait_for(|m| m.contains(&labels("gone-soon")) && m.contains(&labels("alpha")));
    // The pool is deleted: at the next discovery its series vanish.
    fake.script(
        "/standbyVirtualMachinePools/gone-soon",
        vec![Reply::error(404, "ResourceNotFound", "deleted")],
    );
    e.wait_for(|m| !m.contains(&labels("gone-soon")) && m.contains("standby_exporter_pools_discovered 1"));
    // A storm of 429s on alpha's runtime view: its last values stay.
    fake.script(
        "/standbyVirtualMachinePools/alpha/runtimeViews/latest",
        vec![Reply::error(429, "TooManyRequests", "slow down").header("Retry-After", "0")],
    );
    e.wait_for(|m| m.contains("standby_exporter_arm_requests_total{code=\"429\"}"));
    std::thread::sleep(Duration::from_secs(2));
    let m = e.metrics();
    assert!(
        m.contains(&format!("standby_pool_ready_instances{{{}}} 8", labels("alpha"))),
        "{m}"
    );
    assert!(m.contains("standby_exporter_refresh_failures_total"), "{m}");
    let (code, stderr) = e.stop();
    assert_eq!(code, 0);
    // Logged when the pool started failing, not once per failed refresh.
    assert_eq!(stderr.matches("event=pool_failing").count(), 1, "{stderr}");
    assert!(stderr.contains("event=pool_gone"), "{stderr}");
}

/// A hostile server's text in a label: escaped as the format requires, read back
/// exactly, and it forges no line.
fn hostile_view() -> String {
    fixture("vmpool-runtime.json", "rg", "evil").replacen(
        "\"state\": \"Creating\"",
        "\"state\": \"x\\\"} 999\\nstandby_forged 1\\n\\\\\"",
        1,
    )
}

#[test]
fn hostile_label_values_stay_inside_their_label() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/evil/runtimeViews/latest",
        vec![Reply::raw(200, "application/json", hostile_view().as_bytes())],
    );
    let e = Exporter::start(&fake, &["--ids", &pool("evil")]);
    let m = e.wait_for(|m| m.contains("standby_pool_ready_instances{"));
    assert!(!m.lines().any(|l| l.starts_with("standby_forged")), "{m}");
    assert!(m.contains(r#"state="x\"} 999\nstandby_forged 1\n\\"} 0"#), "{m}");
    check_with_promtool(&m);
    e.stop();
}

fn check_with_promtool(text: &str) {
    let Some(promtool) = require("promtool", "prometheus") else {
        return;
    };
    let mut child = Command::new(promtool)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("running promtool");
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "promtool: {said}");
    // promtool's lint passes: names, units, help and types follow the conventions.
    assert!(!said.contains("error"), "promtool: {said}");
}

#[test]
fn promtool_accepts_the_metrics() {
    let fake = FakeArm::start();
    let e = Exporter::start(&fake, &["--ids", &pool("alpha")]);
    let m = e.wait_for(|m| m.contains("standby_pool_ready_instances{"));
    check_with_promtool(&m);
    e.stop();
}

#[test]
fn a_real_prometheus_scrapes_it() {
    let Some(prometheus) = require("prometheus", "prometheus") else {
        return;
    };
    let fake = FakeArm::start();
    let e = Exporter::start(&fake, &["--ids", &pool("alpha")]);
    e.wait_for(|m| m.contains("standby_pool_ready_instances{"));
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: standby\n    static_configs:\n      - targets: ['127.0.0.1:{}']\n",
            e.port
        ),
    )
    .unwrap();
    let web = free_port();
    let mut prom = Command::new(prometheus)
        .arg(format!("--config.file={}", config.display()))
        .arg(format!("--storage.tsdb.path={}", dir.path().join("data").display()))
        .arg(format!("--web.listen-address=127.0.0.1:{web}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let query = "GET /api/v1/query?query=standby_pool_ready_instances%7Bpool%3D%22alpha%22%7D HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    let deadline = Instant::now() + Duration::from_secs(60);
    let answer = loop {
        let text = TcpStream::connect(("127.0.0.1", web)).ok().and_then(|mut s| {
            s.write_all(query.as_bytes()).ok()?;
            let mut t = String::new();
            s.read_to_string(&mut t).ok()?;
            Some(t)
        });
        if let Some(t) = text.filter(|t| t.contains("\"value\"")) {
            break t;
        }
        if Instant::now() > deadline {
            let _ = prom.kill();
            panic!("Prometheus never had the ready count");
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    let _ = prom.kill();
    let _ = prom.wait();
    assert!(answer.contains("\"8\"]"), "Prometheus answered: {answer}");
    e.stop();
}

fn monitoring(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/monitoring")
        .join(name)
}

#[test]
fn alert_rules_pass_promtool() {
    let Some(promtool) = require("promtool", "prometheus") else {
        return;
    };
    let out = Command::new(promtool)
        .args(["check", "rules"])
        .arg(monitoring("standby-alerts.yml"))
        .output()
        .expect("running promtool");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Every metric the dashboard and the rules query is one the exporter writes.
#[test]
fn dashboard_and_rules_name_only_metrics_that_exist() {
    let fake = FakeArm::start();
    // With --events, so that the panels and rules on the pools' logs are covered too.
    pool_events::serve_logs(&fake, "alpha");
    let e = Exporter::start(&fake, &["--ids", &pool("alpha"), "--events"]);
    let scraped =
        e.wait_for(|m| m.contains("standby_pool_ready_instances{") && m.contains("standby_pool_reuse_hit_ratio{"));
    e.stop();
    let dashboard: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(monitoring("grafana-dashboard.json")).unwrap()).unwrap();
    let rules = std::fs::read_to_string(monitoring("standby-alerts.yml")).unwrap();
    let mut text = rules;
    for panel in dashboard["panels"].as_array().unwrap() {
        for t in panel["targets"].as_array().unwrap() {
            text.push_str(t["expr"].as_str().unwrap());
            text.push('\n');
        }
    }
    let names: std::collections::BTreeSet<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.starts_with("standby_"))
        .collect();
    assert!(names.len() >= 8, "{names:?}");
    for name in names {
        assert!(scraped.contains(&format!("\n{name}")), "{name} is not exported");
    }
}

const OTHER: &str = "11111111-aaaa-4aaa-8aaa-000000000002";

fn fleet_labels(subscription: &str, rg: &str, name: &str, kind: &str) -> String {
    format!("subscription=\"{subscription}\",resource_group=\"{rg}\",pool=\"{name}\",kind=\"{kind}\"")
}

/// Without --ids the exporter finds the pools as `fleet status` does: every subscription
/// the credential sees, through Resource Graph; a pool created later appears at the next
/// discovery, a deleted one goes, and -g/--kind/--subscription narrow the scope.
#[test]
fn without_ids_it_discovers_the_pools_and_follows_them() {
    let fake = FakeArm::start();
    fake.graph()
        .set_subscriptions(&[(SUBSCRIPTION, "Prod"), (OTHER, "Staging")]);
    fake.graph().set_pools(vec![
        FleetPool::vm(SUBSCRIPTION, "rg-a", "web").counts(7, 10, 1),
        FleetPool::container(OTHER, "rg-b", "jobs").counts(2, 4, 0),
    ]);
    let e = Exporter::start(&fake, &["--discover", "1"]);
    let web = fleet_labels(SUBSCRIPTION, "rg-a", "web", "vm");
    let jobs = fleet_labels(OTHER, "rg-b", "jobs", "container");
    let m = e.wait_for(|m| m.contains(&format!("standby_pool_ready_instances{{{web}}} 7")));
    assert!(m.contains(&format!("standby_pool_ready_instances{{{jobs}}} 2")), "{m}");
    assert!(
        m.contains(&format!("standby_pool_max_ready_capacity{{{web}}} 10")),
        "{m}"
    );
    assert!(m.contains("standby_exporter_pools_discovered 2"), "{m}");
    assert!(fake.graph().queries() >= 1, "Resource Graph was not asked");

    // A new pool, and one deleted: the next discovery follows both.
    fake.graph().set_pools(vec![
        FleetPool::vm(SUBSCRIPTION, "rg-a", "web").counts(7, 10, 1),
        FleetPool::vm(OTHER, "rg-c", "new").counts(3, 5, 0),
    ]);
    let new = fleet_labels(OTHER, "rg-c", "new", "vm");
    let m = e.wait_for(|m| m.contains(&format!("standby_pool_ready_instances{{{new}}} 3")) && !m.contains(&jobs));
    assert!(m.contains("standby_exporter_pools_discovered 2"), "{m}");
    let (code, stderr) = e.stop();
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("event=pool_found") && stderr.contains("event=pool_gone"),
        "{stderr}"
    );

    // Narrowed: one group of the default subscription, VM pools only.
    let e = Exporter::start(&fake, &["-g", "rg-a", "--kind", "vm"]);
    let m = e.wait_for(|m| m.contains("standby_pool_ready_instances{"));
    assert!(m.contains(&web) && !m.contains(&new), "{m}");
    e.stop();
    // Or one subscription, by its name.
    let e = Exporter::start(&fake, &["--subscription", "Staging"]);
    let m = e.wait_for(|m| m.contains("standby_pool_ready_instances{"));
    assert!(m.contains(&new) && !m.contains(&web), "{m}");
    e.stop();
}

#[test]
fn ids_and_a_scope_do_not_mix() {
    let env = Env::new();
    let r = common::run(&mut env.bare(), &["exporter", "--ids", &pool("alpha"), "-g", "rg"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("cannot be used with"), "{}", r.stderr);
}
