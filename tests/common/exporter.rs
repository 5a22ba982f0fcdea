//! A running `standby exporter` for tests: started against the fake, scraped over raw
//! HTTP/1.1, stopped with SIGTERM.

use super::{Env, FakeArm, SUBSCRIPTION};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn pool_id(name: &str) -> String {
    format!(
        "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/{name}"
    )
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct Exporter {
    pub child: Child,
    pub port: u16,
    pub env: Env,
}

impl Exporter {
    /// Started, and listening; nothing waited for beyond that.
    pub fn spawn(fake: &FakeArm, env: Env, args: &[&str]) -> Exporter {
        let port = free_port();
        let mut cmd = env.child(fake);
        cmd.args(["exporter", "--listen", &format!("127.0.0.1:{port}")])
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        Exporter::spawn_with(cmd, port, env)
    }

    pub fn spawn_with(mut cmd: Command, port: u16, env: Env) -> Exporter {
        let child = cmd.spawn().unwrap();
        let e = Exporter { child, port, env };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "the exporter never listened");
            std::thread::sleep(Duration::from_millis(20));
        }
        e
    }

    /// A raw HTTP/1.1 GET: status, headers and body.
    pub fn get(&self, path: &str, extra: &str) -> (u16, String, Vec<u8>) {
        self.request(&format!(
            "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{extra}\r\n"
        ))
    }

    /// A raw HTTP/1.1 exchange (`head` is the whole request): status, headers and body.
    pub fn request(&self, head: &str) -> (u16, String, Vec<u8>) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        s.write_all(head.as_bytes()).unwrap();
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a full answer");
        let headers = String::from_utf8_lossy(&raw[..split]).to_string();
        let status = headers[9..12].parse().unwrap();
        (status, headers, raw[split + 4..].to_vec())
    }

    pub fn text(&self, path: &str) -> (u16, String) {
        let (status, _, body) = self.get(path, "");
        (status, String::from_utf8(body).unwrap())
    }

    /// Scrapes until `ok` holds, for up to `within`.
    pub fn wait_for(&self, within: Duration, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + within;
        loop {
            let (_, body) = self.text("/metrics");
            if ok(&body) {
                return body;
            }
            assert!(
                Instant::now() < deadline,
                "the exporter never served what was waited for; last:\n{body}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// SIGTERM; the exit code and everything logged.
    pub fn stop(mut self) -> (i32, String) {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let status = self.child.wait().unwrap();
        let mut stderr = String::new();
        if let Some(mut s) = self.child.stderr.take() {
            s.read_to_string(&mut stderr).unwrap();
        }
        (status.code().unwrap_or(-1), stderr)
    }
}

/// Prometheus' Accept header, as it sends it.
pub const PROMETHEUS_ACCEPT: &str = "Accept: application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1\r\n";
