//! How long a status call takes, as ratios against baselines run in the same session
//! (machines are noisy, so no bare time is ever asserted). Run by hand:
//!
//!     cargo test --release --test bench status:: -- --ignored --nocapture
//!
//! Baselines: curl making the same HTTPS GET to the same fake ARM (the floor for any
//! client that starts a process per call), and `python3 -c pass` (what every az call
//! pays before az's own imports; the recorded az calls took about 0.6 s each).

use crate::common;

use common::{Env, FakeArm, SUBSCRIPTION, TENANT, TOKEN};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: u32 = 30;

fn time(mut make: impl FnMut() -> Command) -> Duration {
    // One warm-up run: page cache, dynamic loader.
    let _ = make().stdout(Stdio::null()).stderr(Stdio::null()).status();
    let started = Instant::now();
    for _ in 0..RUNS {
        let status = make()
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("spawn");
        assert!(status.success(), "a measured run failed");
    }
    started.elapsed() / RUNS
}

#[test]
#[ignore = "a benchmark: run by hand with --ignored --nocapture"]
fn status_call_against_baselines() {
    let fake = FakeArm::start();
    let env = Env::new();
    let path = format!(
        "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool/runtimeViews/latest?api-version=2026-04-01"
    );
    let standby = time(|| {
        let mut c = Command::new(assert_cmd::cargo::cargo_bin("standby"));
        c.env("HOME", env.home.path())
            .env("AZURE_CONFIG_DIR", env.home.path().join(".azure"))
            .env("STANDBY_ARM_ENDPOINT", &fake.url)
            .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
            .env("STANDBY_ACCESS_TOKEN", TOKEN)
            .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
            .env("NO_PROXY", "127.0.0.1")
            .args(["vm-pool", "status", "-g", "rg", "-n", "pool", "-o", "json"]);
        c
    });
    let curl = time(|| {
        let mut c = Command::new("curl");
        c.args(["-sS", "--fail", "--noproxy", "127.0.0.1", "--cacert"])
            .arg(&fake.ca_file)
            .args(["-H", &format!("Authorization: Bearer {TOKEN}")])
            .arg(format!("{}{path}", fake.url));
        c
    });
    let python = time(|| {
        let mut c = Command::new("python3");
        c.args(["-c", "pass"]);
        c
    });
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("per call, mean of {RUNS}:");
    println!("  standby vm-pool status  {:8.2} ms", ms(standby));
    println!(
        "  curl, same GET          {:8.2} ms   standby/curl = {:.2}",
        ms(curl),
        ms(standby) / ms(curl)
    );
    println!(
        "  python3 -c pass         {:8.2} ms   python/standby = {:.1}",
        ms(python),
        ms(python) / ms(standby)
    );
}

/// The token cache: repeated `--auth cli` calls against a fake `az` that takes 0.3 s to
/// answer (the real one takes about 0.6 s), beside the same call with STANDBY_ACCESS_TOKEN,
/// measured in the same run. The cached calls must cost no more than 1.2 times the
/// static-token ones.
#[test]
#[ignore = "a benchmark: run by hand with --ignored --nocapture"]
fn cached_cli_token_against_a_static_token() {
    let fake = FakeArm::start();
    let env = Env::new();
    env.slow_tool("az", &common::az_token(3600), 0.3);
    std::fs::write(
        env.home.path().join(".azure/azureProfile.json"),
        format!(r#"{{"subscriptions": [{{"id": "{SUBSCRIPTION}", "isDefault": true, "tenantId": "{TENANT}", "user": {{"name": "someone@example.com"}}}}]}}"#),
    )
    .unwrap();
    let base = || {
        let mut c = Command::new(assert_cmd::cargo::cargo_bin("standby"));
        c.env_clear()
            .env("HOME", env.home.path())
            .env("AZURE_CONFIG_DIR", env.home.path().join(".azure"))
            .env("XDG_CACHE_HOME", env.home.path().join(".cache"))
            .env("PATH", env.home.path().join("bin"))
            .env("STANDBY_ARM_ENDPOINT", &fake.url)
            .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
            .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
            .env("NO_PROXY", "127.0.0.1")
            .args(["vm-pool", "status", "-g", "rg", "-n", "pool", "-o", "json"]);
        c
    };
    let cli = || {
        let mut c = base();
        c.args(["--auth", "cli"]);
        c
    };
    // The cold call: nothing cached, az asked.
    let started = Instant::now();
    assert!(cli().stdout(Stdio::null()).status().expect("spawn").success());
    let cold = started.elapsed();
    let uncached = {
        let started = Instant::now();
        assert!(
            cli()
                .arg("--no-token-cache")
                .stdout(Stdio::null())
                .status()
                .expect("spawn")
                .success()
        );
        started.elapsed()
    };
    // Interleaved rounds, so that both see the same machine.
    let (mut cached, mut token) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..3 {
        cached += time(cli);
        token += time(|| {
            let mut c = base();
            c.args(["--auth", "token"]).env("STANDBY_ACCESS_TOKEN", TOKEN);
            c
        });
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let ratio = ms(cached) / ms(token);
    println!("--auth cli against a fake az that answers in 0.3 s, per call:");
    println!("  cold (az asked, token cached)   {:8.2} ms", ms(cold));
    println!("  --no-token-cache (az asked)     {:8.2} ms", ms(uncached));
    println!("  cached, mean of {} calls        {:8.2} ms", 3 * RUNS, ms(cached / 3));
    println!(
        "  STANDBY_ACCESS_TOKEN, same      {:8.2} ms   cached/token = {ratio:.2}",
        ms(token / 3)
    );
    assert!(
        ratio <= 1.2,
        "cached --auth cli calls cost {ratio:.2}x a static-token call"
    );
}

/// The status table's price for its target: with every answer 20 ms away, the table
/// (view and pool together, then the scale set) against `-o json` (the view alone), and
/// both against the same calls answered at once, in the same run. What each pays for
/// the distance, over what one request pays, counts its round trips: 2 for the table.
#[test]
#[ignore = "a benchmark: run by hand with --ignored --nocapture"]
fn status_table_round_trips_against_one_request() {
    let fake = FakeArm::start();
    let env = Env::new();
    let call = |format: &'static str| {
        let mut c = Command::new(assert_cmd::cargo::cargo_bin("standby"));
        c.env("HOME", env.home.path())
            .env("AZURE_CONFIG_DIR", env.home.path().join(".azure"))
            .env("STANDBY_ARM_ENDPOINT", &fake.url)
            .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
            .env("STANDBY_ACCESS_TOKEN", TOKEN)
            .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
            .env("NO_PROXY", "127.0.0.1")
            .args(["vm-pool", "status", "-g", "rg", "-n", "pool", "-o", format]);
        c
    };
    let (json_near, table_near) = (time(|| call("json")), time(|| call("table")));
    fake.set_latency(Duration::from_millis(20));
    let (json_far, table_far) = (time(|| call("json")), time(|| call("table")));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let one = ms(json_far) - ms(json_near);
    let table = ms(table_far) - ms(table_near);
    println!("per call, mean of {RUNS}, answers at once / 20 ms away:");
    println!("  -o json   {:7.2} / {:7.2} ms", ms(json_near), ms(json_far));
    println!("  -o table  {:7.2} / {:7.2} ms", ms(table_near), ms(table_far));
    println!(
        "  the distance costs the table {:.2} times what it costs one request; table/json at 20 ms = {:.2}",
        table / one,
        ms(table_far) / ms(json_far)
    );
    assert!(
        table / one < 2.5,
        "the status table costs {:.2} round trips",
        table / one
    );
}
