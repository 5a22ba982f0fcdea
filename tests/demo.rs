//! `--demo`: every command against the simulated Azure inside the process, with no
//! login, no network, and nothing sent to the endpoint, the proxy or a token service.

use crate::common;

use common::exporter::{Exporter, free_port};
use common::{Env, FakeArm, run};
use std::time::{Duration, Instant};

const NOTICE: &str = "demo: a simulated Azure answers inside this process";

/// The binary with a real endpoint, proxy and subscription set, none of which the demo
/// may use, and no credential at all.
fn demo_cmd(env: &Env, fake: &FakeArm) -> assert_cmd::Command {
    let mut cmd = env.bare();
    cmd.env("STANDBY_ARM_ENDPOINT", &fake.url)
        .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
        .env("HTTPS_PROXY", &fake.url)
        .env("NO_PROXY", "")
        .env("AZURE_SUBSCRIPTION_ID", common::SUBSCRIPTION)
        .env("COLUMNS", "100");
    cmd
}

#[test]
fn every_command_answers_without_a_login_and_sends_nothing() {
    let fake = FakeArm::start();
    let env = Env::new();
    let web = ["-g", "web-rg", "-n", "web-pool"];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["fleet", "status"], "batch-pool"),
        (
            vec!["vm-pool", "status"],
            "Ready         2 of 6 (max 10 − 4 in scale set web-vmss; min 2)",
        ),
        (vec!["vm-pool", "show"], "web-vmss"),
        (vec!["vm-pool", "list"], "batch-pool"),
        (vec!["vm-pool", "members"], "serving"),
        (vec!["vm-pool", "events"], "Reuses        96 served, 5 not served"),
        (
            vec!["container-pool", "events", "-g", "jobs-rg", "-n", "jobs-pool"],
            "reused from the pool",
        ),
        (vec!["vm-pool", "watch", "--count", "1"], "web-pool"),
        (
            vec!["vm-pool", "wait", "--ready-percent", "30", "--timeout", "0"],
            "Ready         2 of 6",
        ),
        (
            vec!["vm-pool", "status", "-g", "batch-rg", "-n", "batch-pool"],
            "Running 2 of 2, Deallocated 8 of 8",
        ),
        (
            vec!["container-pool", "status", "-g", "jobs-rg", "-n", "jobs-pool"],
            "Ready         3 of 8",
        ),
        (vec!["container-pool", "list"], "jobs-pool"),
        (
            vec!["vm", "instance-view", "-g", "web-rg", "-n", "web-vmss_43d2def9"],
            "serving",
        ),
        (
            vec!["vmss", "instance-view", "-g", "web-rg", "-n", "web-vmss"],
            "Provisioning succeeded",
        ),
        (
            vec!["container", "show", "-g", "jobs-rg", "-n", "jobs-pool-0"],
            "aci-helloworld",
        ),
    ];
    for (mut args, expect) in cases {
        let needs_pool = matches!(
            args.as_slice(),
            [
                "vm-pool",
                "status" | "show" | "members" | "events" | "watch" | "wait",
                ..
            ]
        ) && !args.contains(&"-g");
        if needs_pool {
            args.extend(web);
        }
        args.extend(["--demo", "-o", "table"]);
        let r = run(&mut demo_cmd(&env, &fake), &args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(r.stdout.contains(expect), "{args:?} lacks {expect:?}:\n{}", r.stdout);
        assert!(r.stderr.contains(NOTICE), "{args:?}: {}", r.stderr);
    }
    // Also by the environment, and in the other subscription, by its name.
    let r = run(
        demo_cmd(&env, &fake).env("STANDBY_DEMO", "1"),
        &[
            "vm-pool",
            "status",
            "-g",
            "dev-rg",
            "-n",
            "dev-pool",
            "--subscription",
            "Contoso Dev",
            "-o",
            "table",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("exhausted as"), "{}", r.stdout);
    let r = run(
        &mut demo_cmd(&env, &fake),
        &[
            "--demo",
            "container-pool",
            "status",
            "-g",
            "dev-rg",
            "-n",
            "ci-pool",
            "--subscription",
            "Contoso Dev",
        ],
    );
    assert!(r.stdout.contains("HealthState/degraded"), "{}", r.stdout);
    assert!(fake.seen().is_empty(), "the demo sent {:?}", fake.seen());
}

#[test]
fn what_the_demo_lacks_is_an_error_as_arm_would_give() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        &mut demo_cmd(&env, &fake),
        &["--demo", "vm-pool", "status", "-g", "web-rg", "-n", "nope"],
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("ResourceNotFound"), "{}", r.stderr);
    let r = run(
        &mut demo_cmd(&env, &fake),
        &[
            "--demo",
            "vm-pool",
            "status",
            "-g",
            "web-rg",
            "-n",
            "web-pool",
            "--subscription",
            "Prod",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("'Contoso Prod', 'Contoso Dev'"), "{}", r.stderr);
    assert!(fake.seen().is_empty());
}

/// In a network namespace of its own there is no network at all, not even loopback.
#[test]
fn it_runs_with_no_network_at_all() {
    let Some(unshare) = common::require("unshare", "util-linux") else {
        return;
    };
    let env = Env::new();
    let out = std::process::Command::new(unshare)
        .args(["--user", "--map-root-user", "--net"])
        .arg(env!("CARGO_BIN_EXE_standby"))
        .args(["--demo", "fleet", "status", "-o", "json", "--query", "length(@)"])
        .env_clear()
        .env("HOME", env.home.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "5", "{stderr}");
}

#[test]
fn the_throttled_pool_is_retried_as_arm_asks() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        &mut demo_cmd(&env, &fake),
        &[
            "--demo",
            "--verbose",
            "vm-pool",
            "status",
            "-g",
            "batch-rg",
            "-n",
            "batch-pool",
            "-o",
            "json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("retry 1 of") && r.stderr.contains("429"),
        "{}",
        r.stderr
    );
}

/// Off a terminal, watch prints only views that changed: the demo's pool fills within
/// seconds, so several arrive.
#[test]
fn watch_sees_the_pool_fill_within_seconds() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        &mut demo_cmd(&env, &fake),
        &[
            "--demo",
            "vm-pool",
            "watch",
            "-g",
            "web-rg",
            "-n",
            "web-pool",
            "--interval",
            "1",
            "--count",
            "5",
            "-o",
            "json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.lines().count() >= 2, "{}", r.stdout);
}

#[test]
fn wait_returns_when_the_pool_is_full_and_refuses_the_impossible() {
    let fake = FakeArm::start();
    let env = Env::new();
    let started = Instant::now();
    let r = run(
        &mut demo_cmd(&env, &fake),
        &[
            "--demo",
            "vm-pool",
            "wait",
            "-g",
            "web-rg",
            "-n",
            "web-pool",
            "--ready-percent",
            "100",
            "--interval",
            "1",
            "-o",
            "none",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(started.elapsed() < Duration::from_secs(30));
    let r = run(
        &mut demo_cmd(&env, &fake),
        &[
            "--demo", "vm-pool", "wait", "-g", "web-rg", "-n", "web-pool", "--ready", "11",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn the_exporter_serves_the_demo_fleet() {
    let env = Env::new();
    let port = free_port();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_standby"));
    cmd.env_clear()
        .env("HOME", env.home.path())
        .args([
            "--demo",
            "exporter",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--refresh",
            "1",
            "--events",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let exporter = Exporter::spawn_with(cmd, port, env);
    let web = |body: &str, metric: &str| {
        body.lines()
            .find(|l| l.starts_with(metric) && l.contains("pool=\"web-pool\""))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse::<f64>().ok())
    };
    let body = exporter.wait_for(Duration::from_secs(20), |b| {
        b.matches("standby_pool_ready_instances{").count() == 5
    });
    assert_eq!(web(&body, "standby_pool_target_instances{"), Some(6.0), "{body}");
    let first = web(&body, "standby_pool_ready_instances{");
    // The pool fills: a later scrape sees more ready.
    let body = exporter.wait_for(Duration::from_secs(20), |b| {
        web(b, "standby_pool_ready_instances{") > first
    });
    // --events: the demo's workspace holds the last hour of each pool's logs.
    assert!(
        body.contains("standby_pool_events_total{") && body.contains("event=\"StandbyPoolReuseSuccess\""),
        "{body}"
    );
    let (code, log) = exporter.stop();
    assert_eq!(code, 0, "{log}");
    assert!(log.contains(NOTICE), "{log}");
    assert!(
        !log.contains("events_unreadable") && !log.contains("events_unavailable"),
        "{log}"
    );
}

/// `watch` in a real 80×24 terminal: within seconds a change is marked on screen, and
/// the frame fits.
#[test]
fn watch_at_80_by_24_marks_a_change_within_seconds() {
    if common::require("tmux", "tmux").is_none() {
        return;
    }
    let env = Env::new();
    let socket = format!("standby-demo-{}", std::process::id());
    let tmux = |args: &[&str]| {
        let out = std::process::Command::new("tmux")
            .args(["-L", &socket])
            .args(args)
            .output()
            .expect("tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let command = format!(
        "env -i HOME='{}' TERM=xterm-256color NO_COLOR=1 '{}' --demo vm-pool watch -g web-rg -n web-pool --interval 1; sleep 60",
        env.home.path().display(),
        env!("CARGO_BIN_EXE_standby")
    );
    tmux(&["new-session", "-d", "-s", "demo", "-x", "80", "-y", "24", &command]);
    let deadline = Instant::now() + Duration::from_secs(20);
    let screen = loop {
        let screen = tmux(&["capture-pane", "-p", "-t", "demo"]);
        if screen.contains('▲') || Instant::now() > deadline {
            break screen;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    tmux(&["kill-server"]);
    assert!(screen.contains('▲'), "no change marked within 20 s:\n{screen}");
    assert!(screen.contains("Ready "), "{screen}");
    assert!(screen.trim_end().ends_with("q quits"), "{screen}");
    assert!(screen.lines().all(|l| l.chars().count() <= 80), "{screen}");
}
