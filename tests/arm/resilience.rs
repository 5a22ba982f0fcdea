//! Throttling, slow and dead servers, dropped connections, hostile bodies: the tool
//! degrades clearly, bounded in time, and never hangs or panics.

use crate::common;

use common::{CLIENT_SECRET, Env, FakeArm, RawMode, RawServer, Reply, STATUS, SUBSCRIPTION, az, fixture, run};
use std::time::{Duration, Instant};

fn runtime_view() -> Reply {
    Reply::raw(
        200,
        "application/json",
        fixture("vmpool-runtime.json", "rg", "pool").as_bytes(),
    )
}

fn timed(f: impl FnOnce() -> common::Run) -> (common::Run, Duration) {
    let started = Instant::now();
    let r = f();
    (r, started.elapsed())
}

#[test]
fn throttled_then_ok_waits_what_retry_after_says() {
    let fake = FakeArm::start();
    fake.script(
        "/runtimeViews/latest",
        vec![
            Reply::error(429, "TooManyRequests", "Rate limit exceeded.").header("retry-after", "1"),
            runtime_view(),
        ],
    );
    let (r, took) = timed(|| run(&mut Env::new().cmd(&fake), &STATUS));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
    assert_eq!(fake.count("/runtimeViews/latest"), 2);
    assert!(
        took >= Duration::from_millis(950) && took < Duration::from_secs(15),
        "took {took:?}"
    );
}

#[test]
fn retry_after_as_http_date_and_in_milliseconds() {
    let fake = FakeArm::start();
    let soon = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    fake.script(
        "/runtimeViews/latest",
        vec![
            Reply::error(503, "ServiceUnavailable", "busy").header("retry-after", &soon),
            Reply::error(503, "ServiceUnavailable", "busy").header("x-ms-retry-after-ms", "200"),
            runtime_view(),
        ],
    );
    let (r, took) = timed(|| run(&mut Env::new().cmd(&fake), &STATUS));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(fake.count("/runtimeViews/latest"), 3);
    // The date is whole seconds: at least one of the two seconds is waited.
    assert!(
        took >= Duration::from_millis(1000) && took < Duration::from_secs(15),
        "took {took:?}"
    );
}

#[test]
fn unavailable_four_times_gives_up_after_three_retries_with_backoff() {
    let fake = FakeArm::start();
    fake.script(
        "/runtimeViews/latest",
        vec![Reply::error(503, "ServiceUnavailable", "The service is unavailable.")],
    );
    let (r, took) = timed(|| run(Env::new().cmd(&fake).arg("--verbose"), &STATUS));
    assert_eq!(r.code, 1);
    assert_eq!(fake.count("/runtimeViews/latest"), 4);
    assert!(
        r.stderr
            .contains("ERROR: (ServiceUnavailable) The service is unavailable."),
        "{}",
        r.stderr
    );
    // --verbose tells each retry; az is silent.
    for n in 1..=3 {
        assert!(r.stderr.contains(&format!("INFO: retry {n} of 3 in")), "{}", r.stderr);
    }
    assert!(r.stderr.contains("HTTP 503 (ServiceUnavailable)"), "{}", r.stderr);
    // 0.8 s, 1.6 s, 3.2 s, each within ±25 % jitter.
    assert!(
        took >= Duration::from_millis(4000) && took < Duration::from_secs(30),
        "took {took:?}"
    );
}

#[test]
fn retry_after_beyond_the_cap_fails_at_once_and_says_when() {
    let fake = FakeArm::start();
    fake.script(
        "/runtimeViews/latest",
        vec![Reply::error(429, "TooManyRequests", "Rate limit exceeded.").header("retry-after", "120")],
    );
    let (r, took) = timed(|| run(Env::new().cmd(&fake).args(["--max-retry-wait", "30"]), &STATUS));
    assert_eq!(r.code, 1);
    assert_eq!(fake.count("/runtimeViews/latest"), 1);
    assert!(r.stderr.contains("asked to wait 120s"), "{}", r.stderr);
    assert!(r.stderr.contains("try again later"), "{}", r.stderr);
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn slow_answers_time_out_and_are_retried_within_the_cap() {
    let fake = FakeArm::start();
    fake.script(
        "/runtimeViews/latest",
        vec![runtime_view().after(Duration::from_secs(5))],
    );
    let (r, took) = timed(|| {
        run(
            Env::new().cmd(&fake).args(["--timeout", "1", "--max-retry-wait", "1"]),
            &STATUS,
        )
    });
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("no answer from 127.0.0.1 in time (see --timeout)"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    // Two tries of one second and one backoff of about 0.8 s.
    assert_eq!(fake.count("/runtimeViews/latest"), 2);
    assert!(
        took >= Duration::from_millis(2000) && took < Duration::from_secs(10),
        "took {took:?}"
    );
}

#[test]
fn a_server_that_never_answers_cannot_hang_the_tool() {
    let silent = RawServer::start(RawMode::Silent);
    let env = Env::new();
    let (r, took) = timed(|| {
        run(
            env.bare()
                .env("STANDBY_ARM_ENDPOINT", &silent.url)
                .env("STANDBY_ACCESS_TOKEN", common::TOKEN)
                .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
                .args(["--timeout", "1", "--max-retry-wait", "2"]),
            &STATUS,
        )
    });
    assert_eq!(r.code, 1);
    assert!(r.stderr.starts_with("ERROR: "), "{}", r.stderr);
    assert!(silent.accepted() >= 2, "retried {} times", silent.accepted());
    assert!(took < Duration::from_secs(15), "took {took:?}");
}

#[test]
fn connection_resets_are_retried_then_reported() {
    let reset = RawServer::start(RawMode::Reset);
    let env = Env::new();
    let (r, took) = timed(|| {
        run(
            env.bare()
                .env("STANDBY_ARM_ENDPOINT", &reset.url)
                .env("STANDBY_ACCESS_TOKEN", common::TOKEN)
                .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION),
            &STATUS,
        )
    });
    assert_eq!(r.code, 1);
    assert_eq!(reset.accepted(), 4, "{}", r.stderr);
    assert!(r.stderr.to_lowercase().contains("reset"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn unauthorized_gets_one_fresh_token() {
    let fake = FakeArm::start();
    fake.script(
        "/runtimeViews/latest",
        vec![
            Reply::error(401, "ExpiredAuthenticationToken", "The access token expiry has passed."),
            runtime_view(),
        ],
    );
    let env = Env::new();
    let r = run(&mut env.service_principal(&fake, CLIENT_SECRET), &STATUS);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(fake.count("/runtimeViews/latest"), 2);
    // azure_identity caches in-process; a 401 is the one reason to ask again.
    assert!(fake.token_posts() >= 1);

    let fake = FakeArm::start();
    fake.script(
        "/runtimeViews/latest",
        vec![Reply::error(
            401,
            "InvalidAuthenticationToken",
            "The access token is invalid.",
        )],
    );
    let r = run(&mut env.cmd(&fake), &STATUS);
    assert_eq!(r.code, 1);
    assert_eq!(fake.count("/runtimeViews/latest"), 2, "a second 401 is final");
    assert!(
        r.stderr.starts_with("ERROR: (InvalidAuthenticationToken)"),
        "{}",
        r.stderr
    );
}

#[test]
fn hostile_bodies_are_refused_clearly() {
    let huge = vec![b' '; 65 * 1024 * 1024];
    for (reply, expect) in [
        (Reply::raw(200, "application/json", &huge), "larger than 8 MiB"),
        (
            Reply::raw(200, "text/plain", br#"{"properties": {}}"#),
            "'text/plain' instead of JSON",
        ),
        (
            Reply::raw(200, "application/json", b"[1, 2, 3]"),
            "JSON that is not an object",
        ),
        (
            Reply::raw(502, "text/html", b"<html><h1>502 Bad Gateway</h1></html>"),
            "(BadGateway) the service answered HTTP 502 with an HTML page",
        ),
    ] {
        let fake = FakeArm::start();
        fake.script("/runtimeViews/latest", vec![reply.header("retry-after", "0")]);
        let r = run(&mut Env::new().cmd(&fake), &STATUS);
        assert_eq!(r.code, 1, "{expect}: {}", r.stderr);
        assert!(r.stderr.contains(expect), "{expect}: {}", r.stderr);
        assert!(r.stderr.contains("fake-request-"), "no request id: {}", r.stderr);
        assert_eq!(r.stdout, "");
    }
}

#[test]
fn next_link_loops_are_cut() {
    let fake = FakeArm::start();
    let again = format!(
        "{}/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools?api-version=2025-10-01&page=1",
        fake.url
    );
    fake.script(
        "/standbyVirtualMachinePools",
        vec![Reply::json(200, serde_json::json!({"value": [], "nextLink": again}))],
    );
    let r = run(&mut Env::new().cmd(&fake), &["vm-pool", "list", "-g", "rg"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("leads back to a page already read"), "{}", r.stderr);
    assert_eq!(fake.count("/standbyVirtualMachinePools"), 2);
}

#[test]
fn helpful_hints_for_common_service_errors() {
    for (reply, hint) in [
        (
            Reply::error(
                409,
                "MissingSubscriptionRegistration",
                "The subscription is not registered to use namespace 'Microsoft.StandbyPool'. See https://aka.ms/rps-not-found for how to register subscriptions.",
            ),
            "az provider register -n Microsoft.StandbyPool",
        ),
        (
            Reply::error(
                400,
                "NoRegisteredProviderFound",
                "No registered resource provider found for location 'westus' and API version '2025-10-01' for type 'standbyVirtualMachinePools'. The supported api-versions are '2024-03-01, 2025-03-01'. The supported locations are 'westus'.",
            ),
            "try --api-version 2025-03-01",
        ),
        (
            Reply::error(
                403,
                "AuthorizationFailed",
                "The client 'c' with object id 'o' does not have authorization to perform action 'Microsoft.StandbyPool/standbyVirtualMachinePools/runtimeViews/read' over scope '/x' or the scope is invalid.",
            ),
            "The Reader role on the pool",
        ),
    ] {
        let fake = FakeArm::start();
        fake.script("/runtimeViews/latest", vec![reply]);
        // Forced: a refused version is reported, not stepped down from.
        let forced = [&STATUS[..], &["--api-version", "2025-10-01"]].concat();
        let r = run(&mut Env::new().cmd(&fake), &forced);
        assert_eq!(r.code, 1);
        assert!(r.stderr.contains(hint), "{hint}: {}", r.stderr);
        assert_eq!(fake.count("/runtimeViews/latest"), 1);
    }
}

#[test]
#[cfg_attr(windows, ignore = "sends SIGINT with kill(1); Windows has neither")]
fn interrupt_exits_130_at_once() {
    let silent = RawServer::start(RawMode::Silent);
    let env = Env::new();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("standby"));
    cmd.env_clear()
        .env("HOME", env.home.path())
        .env("AZURE_CONFIG_DIR", env.home.path().join(".azure"))
        .env("STANDBY_ARM_ENDPOINT", &silent.url)
        .env("STANDBY_ACCESS_TOKEN", common::TOKEN)
        .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
        .args(STATUS)
        .args(["--timeout", "60"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = cmd.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while silent.accepted() == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let started = Instant::now();
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}
