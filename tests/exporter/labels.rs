//! A state name with a quote, a backslash, a line break and non-ASCII letters comes back
//! from a real Prometheus, scraping the exporter and queried over its HTTP API, with the
//! very value and count it had in the runtime view.

use crate::common;

use common::exporter::{Exporter, free_port, pool_id};
use common::{Env, FakeArm, Reply};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const HOSTILE: &str = "Zustand-ü€ \"x\" \\n\n";

fn prometheus_query(port: u16, query: &str) -> Option<Value> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    let q: String = query
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'_' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let head = format!("GET /api/v1/query?query={q} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    s.write_all(head.as_bytes()).ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    serde_json::from_str(text.split_once("\r\n\r\n")?.1).ok()
}

#[test]
fn a_hostile_state_reads_back_from_a_real_prometheus_unchanged() {
    if Command::new("prometheus").arg("--version").output().is_err() {
        eprintln!("SKIPPED: the prometheus server is not installed (Debian package prometheus)");
        return;
    }
    let fake = FakeArm::start();
    let view = json!({"properties": {
        "provisioningState": "Succeeded",
        "instanceCountSummary": [{"zone": 1, "instanceCountsByState": [
            {"state": HOSTILE, "count": 7},
            {"state": "Running", "count": 2}
        ]}]
    }});
    fake.script(
        "/standbyVirtualMachinePools/evil/runtimeViews/latest",
        vec![Reply::json(200, view)],
    );
    let e = Exporter::spawn(&fake, Env::new(), &["--ids", &pool_id("evil"), "--refresh", "1"]);
    e.wait_for(Duration::from_secs(20), |m| m.contains("standby_pool_instances{"));
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
    let mut prom = Command::new("prometheus")
        .arg(format!("--config.file={}", config.display()))
        .arg(format!("--storage.tsdb.path={}", dir.path().join("data").display()))
        .arg(format!("--web.listen-address=127.0.0.1:{web}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let series = loop {
        let answer = prometheus_query(web, "standby_pool_instances{pool=\"evil\"}");
        let found = answer.as_ref().and_then(|a| a["data"]["result"].as_array()).cloned();
        if let Some(found) = found.filter(|f| f.len() >= 2) {
            break found;
        }
        if Instant::now() > deadline {
            let _ = prom.kill();
            panic!("Prometheus never had the series: {answer:?}");
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    let _ = prom.kill();
    let _ = prom.wait();
    e.stop();
    let states: Vec<(&str, &str)> = series
        .iter()
        .map(|s| (s["metric"]["state"].as_str().unwrap(), s["value"][1].as_str().unwrap()))
        .collect();
    assert!(states.contains(&(HOSTILE, "7")), "Prometheus has {states:?}");
    assert!(states.contains(&("Running", "2")), "Prometheus has {states:?}");
    assert_eq!(states.len(), 2, "{states:?}");
}
