//! What a hostile server, a broken connection or an odd environment can do at the HTTP,
//! transport and auth layer: never a panic, a retry only where another try can help, and
//! errors that say what really happened without repeating a secret.

use crate::common;

use assert_cmd::Command;
use common::{
    CLIENT_ID, Env, FakeArm, RawMode, RawServer, Reply, STATUS, SUBSCRIPTION, TENANT, TOKEN, az, fixture, run,
};
use serde_json::json;

fn runtime_view() -> Reply {
    Reply::raw(
        200,
        "application/json",
        fixture("vmpool-runtime.json", "rg", "pool").as_bytes(),
    )
}

fn against_raw(env: &Env, raw: &RawServer) -> Command {
    let mut cmd = env.bare();
    cmd.env("STANDBY_ARM_ENDPOINT", &raw.url)
        .env("REQUESTS_CA_BUNDLE", &raw.ca_file)
        .env("STANDBY_ACCESS_TOKEN", TOKEN)
        .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION);
    cmd
}

// ---- waits the service asks for -----------------------------------------------------------

#[test]
fn unrepresentable_retry_after_is_longer_than_the_cap_not_a_crash() {
    for (header, value) in [
        ("retry-after", "1e20"),
        ("retry-after", "99999999999999999999"),
        ("retry-after-ms", "1e25"),
    ] {
        let fake = FakeArm::start();
        fake.script(
            "/runtimeViews/latest",
            vec![Reply::error(429, "TooManyRequests", "Rate limit exceeded.").header(header, value)],
        );
        let r = run(&mut Env::new().cmd(&fake), &STATUS);
        assert_eq!(r.code, 1, "{header}: {value}: {}", r.stderr);
        assert!(r.stderr.contains("more than --max-retry-wait allows"), "{}", r.stderr);
        assert!(r.stderr.contains("try again later"), "{}", r.stderr);
        assert_eq!(fake.count("/runtimeViews/latest"), 1);
    }
}

// ---- transport errors by their type -----------------------------------------------------------

#[test]
fn a_connection_closed_without_an_answer_is_retried_like_a_reset() {
    for mode in [RawMode::HangUp, RawMode::Incomplete] {
        let raw = RawServer::start(mode);
        let env = Env::new();
        let r = run(&mut against_raw(&env, &raw), &STATUS);
        assert_eq!(r.code, 1, "{mode:?}: {}", r.stderr);
        assert_eq!(raw.accepted(), 4, "{mode:?} was not retried: {}", r.stderr);
        assert!(r.stderr.contains("closed the connection"), "{mode:?}: {}", r.stderr);
        assert!(!r.stderr.contains("TLS connection"), "{mode:?}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    }
}

#[test]
fn permanent_tls_failures_are_not_retried_and_say_what_they_are() {
    let env = Env::new();
    // Nobody vouches for the certificate.
    let fake = FakeArm::start();
    let r = run(
        env.cmd(&fake).env_remove("REQUESTS_CA_BUNDLE").arg("--verbose"),
        &STATUS,
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("not signed by a trusted"), "{}", r.stderr);
    assert!(r.stderr.contains("REQUESTS_CA_BUNDLE"), "{}", r.stderr);
    assert!(!r.stderr.contains("INFO: retry"), "retried: {}", r.stderr);

    // A certificate for other names.
    let fake = FakeArm::start_as(&["management.example.invalid"]);
    let r = run(env.cmd(&fake).arg("--verbose"), &STATUS);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("is not valid for 127.0.0.1"), "{}", r.stderr);
    assert!(!r.stderr.contains("INFO: retry"), "retried: {}", r.stderr);

    // A CA's certificate presented as the server's own.
    let raw = RawServer::start(RawMode::CaAsLeaf);
    let r = run(against_raw(&env, &raw).arg("--verbose"), &STATUS);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("a CA certificate"), "{}", r.stderr);
    assert!(!r.stderr.contains("INFO: retry"), "retried: {}", r.stderr);
    assert_eq!(raw.accepted(), 1, "{}", r.stderr);
}

#[test]
fn a_dead_proxy_is_named() {
    let fake = FakeArm::start();
    let env = Env::new();
    for var in ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"] {
        let r = run(
            env.cmd(&fake)
                .env_remove("NO_PROXY")
                .env(var, "http://127.0.0.1:9")
                .args(["--max-retry-wait", "0"]),
            &STATUS,
        );
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(
            r.stderr
                .contains(&format!("cannot connect to the proxy 127.0.0.1:9 ({var})")),
            "{var}: {}",
            r.stderr
        );
    }
    assert!(fake.seen().is_empty());
}

#[test]
fn a_body_that_stalls_says_it_timed_out_and_is_retried() {
    let raw = RawServer::start(RawMode::StallBody);
    let env = Env::new();
    let r = run(
        against_raw(&env, &raw).args(["--timeout", "1", "--max-retry-wait", "1"]),
        &STATUS,
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("timed out"), "{}", r.stderr);
    assert!(!r.stderr.contains("cut off"), "{}", r.stderr);
    assert_eq!(raw.accepted(), 2, "{}", r.stderr);
}

// ---- paging -----------------------------------------------------------------------------------

#[test]
fn past_the_page_limit_list_says_so() {
    let fake = FakeArm::start();
    let list = format!(
        "{}/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools",
        fake.url
    );
    // Every page links to a new one, without end.
    let pages = (1..=1001)
        .map(|n| {
            Reply::json(
                200,
                json!({"value": [], "nextLink": format!("{list}?api-version=2025-10-01&page={n}")}),
            )
        })
        .collect();
    fake.script("/standbyVirtualMachinePools", pages);
    let r = run(&mut Env::new().cmd(&fake), &["vm-pool", "list", "-g", "rg"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("more than 1000 pages"), "{}", r.stderr);
    assert!(!r.stderr.contains("already read"), "{}", r.stderr);
    assert_eq!(fake.count("/standbyVirtualMachinePools"), 1000);
}

#[test]
fn a_plain_http_next_link_is_refused_for_what_it_is() {
    let fake = FakeArm::start();
    let http = fake.url.replacen("https://", "http://", 1);
    fake.script(
        "/standbyVirtualMachinePools",
        vec![Reply::json(
            200,
            json!({"value": [], "nextLink": format!("{http}/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools?page=1")}),
        )],
    );
    let r = run(&mut Env::new().cmd(&fake), &["vm-pool", "list", "-g", "rg"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("not https"), "{}", r.stderr);
    assert!(!r.stderr.contains("another host"), "{}", r.stderr);
    assert_eq!(fake.count("/standbyVirtualMachinePools"), 1);
}

// ---- bodies -----------------------------------------------------------------------------------

#[test]
fn a_body_just_over_the_cap_is_refused() {
    let fake = FakeArm::start();
    let mut body = b"{\"pad\": \"".to_vec();
    body.resize(8 * 1024 * 1024 + 1 - 2, b'x');
    body.extend_from_slice(b"\"}");
    fake.script("/runtimeViews/latest", vec![Reply::raw(200, "application/json", &body)]);
    let r = run(&mut Env::new().cmd(&fake), &STATUS);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("larger than 8 MiB"), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        fake.count("/runtimeViews/latest"),
        1,
        "a body over the cap is not retried"
    );
}

#[test]
fn a_body_of_millions_of_tiny_values_is_refused_before_it_is_parsed() {
    // 2 MiB, well under the byte cap, but a million values: what would take memory.
    let fake = FakeArm::start();
    let mut body = b"{\"value\": [0".to_vec();
    body.extend(std::iter::repeat_n(b",0".as_slice(), 1_000_000).flatten());
    body.extend_from_slice(b"]}");
    fake.script("/runtimeViews/latest", vec![Reply::raw(200, "application/json", &body)]);
    let r = run(&mut Env::new().cmd(&fake), &STATUS);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("more than"), "{}", r.stderr);
    assert!(r.stderr.contains("values"), "{}", r.stderr);
    assert_eq!(r.stdout, "");
}

#[test]
fn a_body_with_a_byte_order_mark_is_read() {
    let fake = FakeArm::start();
    let body = format!("\u{feff}{}", fixture("vmpool-runtime.json", "rg", "pool"));
    fake.script(
        "/runtimeViews/latest",
        vec![Reply::raw(200, "application/json; charset=utf-8", body.as_bytes())],
    );
    let r = run(&mut Env::new().cmd(&fake), &STATUS);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
    let _ = runtime_view;
}

// ---- path segments ----------------------------------------------------------------------------

#[test]
fn a_subscription_that_would_leave_its_place_in_the_path_is_refused() {
    let fake = FakeArm::start();
    let env = Env::new();
    for bad in ["x/../../evil?", "..", "a#b", "50%", "a b"] {
        let r = run(env.cmd(&fake).env("AZURE_SUBSCRIPTION_ID", bad), &STATUS);
        assert_eq!(r.code, 2, "{bad}: {}", r.stderr);
        assert!(r.stderr.contains("AZURE_SUBSCRIPTION_ID"), "{bad}: {}", r.stderr);
    }
    // az's profile is no more trusted than the environment.
    std::fs::write(
        env.home.path().join(".azure/azureProfile.json"),
        r#"{"subscriptions":[{"id":"x/../evil","name":"Prod","isDefault":true}]}"#,
    )
    .unwrap();
    let r = run(env.cmd(&fake).env_remove("AZURE_SUBSCRIPTION_ID"), &STATUS);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(
        env.cmd(&fake)
            .env_remove("AZURE_SUBSCRIPTION_ID")
            .args(["--subscription", "Prod"]),
        &STATUS,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(fake.seen().is_empty(), "{:?}", fake.seen());
}

#[test]
fn ids_with_odd_segments_are_refused_before_anything_is_sent() {
    let fake = FakeArm::start();
    let env = Env::new();
    let pool = format!(
        "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools"
    );
    for id in [
        format!("{pool}/pool/runtimeViews/.."),
        format!("{pool}/pool/runtimeViews/."),
        format!("{pool}/.."),
        format!("{pool}/po#ol"),
        format!("{pool}/po?ol"),
        format!("{pool}/po%2Fol"),
        format!("{pool}//pool"),
        format!(
            "/subscriptions/{SUBSCRIPTION}/resourceGroups/../providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool"
        ),
        "/subscriptions/../resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool"
            .to_string(),
    ] {
        let r = run(env.cmd(&fake).args(["vm-pool", "status", "--ids", &id]), &[]);
        assert_eq!(r.code, 2, "{id}: {}", r.stderr);
        assert!(r.stderr.contains("--ids"), "{id}: {}", r.stderr);
        assert_eq!(r.stdout, "");
    }
    assert!(fake.seen().is_empty(), "{:?}", fake.seen());
}

// ---- the token endpoint -------------------------------------------------------------------------

#[test]
fn entra_errors_show_the_aadsts_code_on_one_line() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        &mut env.service_principal(&fake, "wrong-secret-never-print-me"),
        &[&STATUS[..], &["--auth", "service-principal"]].concat(),
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("AADSTS7000215: Invalid client secret provided."),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("borrowed"), "{}", r.stderr);
    assert!(!r.stderr.contains("\\r\\n"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

#[test]
fn a_token_endpoint_that_echoes_a_secret_does_not_get_it_printed() {
    let fake = FakeArm::start();
    let env = Env::new();
    let secret = "client-echo-secret-3f9a-never-print-me";
    let r = run(
        &mut env.service_principal(&fake, secret),
        &[&STATUS[..], &["--auth", "service-principal"]].concat(),
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("AADSTS7000215"), "{}", r.stderr);
    assert!(!r.stderr.contains(secret), "{}", r.stderr);
    assert!(r.stderr.contains("(redacted)"), "{}", r.stderr);

    // The federated token of a workload identity, likewise.
    let federated = "federated-echo-jwt-77c1-never-print-me";
    let token_file = env.home.path().join("federated-token");
    std::fs::write(&token_file, federated).unwrap();
    let r = run(
        env.against(&fake)
            .env("AZURE_AUTHORITY_HOST", &fake.url)
            .env("AZURE_TENANT_ID", TENANT)
            .env("AZURE_CLIENT_ID", CLIENT_ID)
            .env("AZURE_FEDERATED_TOKEN_FILE", &token_file),
        &STATUS,
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("AADSTS"), "{}", r.stderr);
    assert!(!r.stderr.contains(federated), "{}", r.stderr);
}
