//! Exporter figures, by hand: `cargo test --release --test bench exporter:: -- --ignored --nocapture`.
//! 500 pools, wrk with 100 keep-alive connections for 10 s sending Prometheus's Accept
//! and gzip headers: scrape latency against `/healthz` on the same server (the baseline),
//! ARM requests during the window, peak RSS; then RSS after 100 and 1,000 refreshes.

use crate::common;

use common::{Env, FakeArm, SUBSCRIPTION};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn start(fake: &FakeArm, pools: usize, refresh: &str) -> (Child, u16, Env) {
    let env = Env::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let ids: Vec<String> = (0..pools)
        .map(|i| format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool-{i:04}"))
        .collect();
    let child = env
        .child(fake)
        .args([
            "exporter",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--refresh",
            refresh,
            "--ids",
        ])
        .args(&ids)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let want = format!("standby_exporter_pools_discovered {pools}");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let body = scrape(port);
        if body.contains(&want) && body.matches("standby_pool_ready_instances{").count() == pools {
            break;
        }
        assert!(Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(200));
    }
    (child, port, env)
}

fn scrape(port: u16) -> String {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return String::new();
    };
    let _ = s.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    let mut t = String::new();
    let _ = s.read_to_string(&mut t);
    t
}

fn rss_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix(field)
                .map(|v| v.trim().trim_end_matches(" kB").parse().unwrap_or(0))
        })
        .unwrap_or(0)
}

/// wrk's latency distribution: (p50, p99) in milliseconds, and requests per second.
fn wrk(port: u16, path: &str) -> (f64, f64, f64) {
    let out = Command::new("wrk")
        .args(["-t2", "-c100", "-d10s", "--latency"])
        .args(["-H", "Accept: application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"])
        .args(["-H", "Accept-Encoding: gzip"])
        .arg(format!("http://127.0.0.1:{port}{path}"))
        .output()
        .expect("wrk (Debian package wrk)");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let ms = |label: &str| {
        let v = text
            .lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .unwrap_or("")
            .trim()
            .to_string();
        if let Some(us) = v.strip_suffix("us") {
            us.parse::<f64>().unwrap_or(f64::NAN) / 1000.0
        } else if let Some(m) = v.strip_suffix("ms") {
            m.parse().unwrap_or(f64::NAN)
        } else if let Some(s) = v.strip_suffix('s') {
            s.parse::<f64>().unwrap_or(f64::NAN) * 1000.0
        } else {
            f64::NAN
        }
    };
    let rps = text
        .lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(f64::NAN);
    (ms("50%"), ms("99%"), rps)
}

#[test]
#[ignore]
fn scrapes_under_load_and_memory_over_refreshes() {
    if common::require("wrk", "wrk").is_none() {
        return;
    }
    let fake = FakeArm::start();
    let (mut child, port, _env) = start(&fake, 500, "60");
    let body = scrape(port);
    println!("500 pools: /metrics is {} bytes of text", body.len());
    let (h50, h99, hrps) = wrk(port, "/healthz");
    let before = fake.seen().len();
    let (m50, m99, mrps) = wrk(port, "/metrics");
    let during = fake.seen().len() - before;
    println!("/healthz (baseline): p50 {h50:.2} ms, p99 {h99:.2} ms, {hrps:.0} req/s");
    println!("/metrics:            p50 {m50:.2} ms, p99 {m99:.2} ms, {mrps:.0} req/s");
    println!(
        "ratio /metrics to /healthz: p50 {:.2}x, p99 {:.2}x",
        m50 / h50,
        m99 / h99
    );
    println!("ARM requests during the 10 s of scraping: {during} (refresh every 60 s)");
    println!("peak RSS: {} KiB", rss_kib(child.id(), "VmHWM:"));
    let _ = child.kill();
    let _ = child.wait();

    // Memory over refreshes: 50 pools refreshed every 0.1 s.
    let fake = FakeArm::start();
    let (mut child, port, _env) = start(&fake, 50, "0.1");
    let refreshes = |fake: &FakeArm| fake.count("/runtimeViews/latest") / 50;
    for target in [100, 1000] {
        while refreshes(&fake) < target {
            std::thread::sleep(Duration::from_millis(200));
            scrape(port);
        }
        println!(
            "after {target} refreshes: RSS {} KiB (peak {} KiB)",
            rss_kib(child.id(), "VmRSS:"),
            rss_kib(child.id(), "VmHWM:")
        );
    }
    let _ = child.kill();
    let _ = child.wait();
}
