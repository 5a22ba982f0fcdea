//! Credentials through azure_identity against the fake token endpoints, and how the
//! subscription is found.

mod token_cache;

use crate::common;

use common::{
    AZD_TOKEN, CLI_TOKEN, CLIENT_ID, CLIENT_SECRET, Env, FEDERATED_TOKEN, FakeArm, IDENTITY_HEADER, MI_TOKEN, SP_TOKEN,
    STATUS, SUBSCRIPTION, TENANT, WI_TOKEN, az, run,
};
use std::time::{Duration, Instant};

#[test]
fn service_principal_through_azure_identity() {
    let fake = FakeArm::start();
    let env = Env::new();
    let sp = |secret: &str| env.service_principal(&fake, secret);
    let r = run(&mut sp(CLIENT_SECRET), &STATUS);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
    assert_eq!(fake.token_posts(), 1);
    let arm = fake.seen().into_iter().find(|s| s.method == "GET").unwrap();
    assert_eq!(
        arm.authorization.as_deref(),
        Some(format!("Bearer {SP_TOKEN}").as_str())
    );

    // A wrong secret: Entra's answer, once, quickly, and never the secret itself.
    let started = Instant::now();
    let r = run(
        &mut sp("wrong-secret-never-print-me"),
        &[&STATUS[..], &["--auth", "service-principal"]].concat(),
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("AADSTS7000215"), "{}", r.stderr);
    assert!(!r.stderr.contains("wrong-secret-never-print-me"));
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn workload_identity_through_azure_identity() {
    let fake = FakeArm::start();
    let env = Env::new();
    let token_file = env.home.path().join("federated-token");
    std::fs::write(&token_file, FEDERATED_TOKEN).unwrap();
    let r = run(
        env.against(&fake)
            .env("AZURE_AUTHORITY_HOST", &fake.url)
            .env("AZURE_TENANT_ID", TENANT)
            .env("AZURE_CLIENT_ID", CLIENT_ID)
            .env("AZURE_FEDERATED_TOKEN_FILE", &token_file),
        &STATUS,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let arm = fake.seen().into_iter().find(|s| s.method == "GET").unwrap();
    assert_eq!(
        arm.authorization.as_deref(),
        Some(format!("Bearer {WI_TOKEN}").as_str())
    );
}

#[test]
fn managed_identity_when_the_host_says_so() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        env.against(&fake)
            .env("IDENTITY_ENDPOINT", format!("{}/msi/token", fake.url))
            .env("IDENTITY_HEADER", IDENTITY_HEADER),
        &["vm", "instance-view", "-g", "rg", "-n", "myInstance"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(fake.token_posts(), 1);
    let arm = fake
        .seen()
        .into_iter()
        .find(|s| s.path.contains("virtualMachines"))
        .unwrap();
    assert_eq!(
        arm.authorization.as_deref(),
        Some(format!("Bearer {MI_TOKEN}").as_str())
    );
}

#[test]
fn dead_token_endpoint_fails_in_seconds() {
    let fake = FakeArm::start();
    let env = Env::new();
    let started = Instant::now();
    let r = run(
        env.service_principal(&fake, CLIENT_SECRET)
            .env("AZURE_AUTHORITY_HOST", "https://127.0.0.1:9"),
        &[&STATUS[..], &["--auth", "service-principal"]].concat(),
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("service principal"), "{}", r.stderr);
    // azure_identity's own default would retry for about a minute.
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn proxies_are_honoured() {
    let fake = FakeArm::start();
    let env = Env::new();
    let args = ["vm-pool", "status", "-g", "rg", "-n", "pool"];
    let r = run(
        env.cmd(&fake)
            .env_remove("NO_PROXY")
            .env("HTTPS_PROXY", "http://127.0.0.1:9")
            .args(["--max-retry-wait", "0"]),
        &args,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(fake.seen().is_empty(), "the request went around the proxy");
    let r = run(env.cmd(&fake).env("HTTPS_PROXY", "http://127.0.0.1:9"), &args);
    assert_eq!(r.code, 0, "NO_PROXY was not honoured: {}", r.stderr);
}

#[test]
#[cfg_attr(windows, ignore = "the fake az is a /bin/sh script, which Windows cannot run")]
fn azure_cli_login_is_asked_once_per_process() {
    let fake = FakeArm::start();
    let env = Env::new();
    env.fake_tool(
        "az",
        &format!(
            r#"{{"accessToken": "{CLI_TOKEN}", "expiresOn": "2099-01-01 00:00:00.000000", "expires_on": 4070908800, "subscription": "{SUBSCRIPTION}", "tenant": "{TENANT}", "tokenType": "Bearer"}}"#
        ),
    );
    let pool = |n: &str| {
        format!(
            "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/{n}"
        )
    };
    let r = run(
        &mut env.against(&fake),
        &["vm-pool", "status", "--ids", &pool("alpha"), &pool("beta")],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    for s in fake.seen() {
        assert_eq!(s.authorization.as_deref(), Some(format!("Bearer {CLI_TOKEN}").as_str()));
    }
    assert_eq!(fake.seen().len(), 2);
    // az costs more than half a second a call: two requests, one az.
    let calls = env.tool_calls("az");
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(
        calls[0].starts_with("account get-access-token -o json --scope https://management.azure.com/.default"),
        "{calls:?}"
    );
}

#[test]
#[cfg_attr(windows, ignore = "the fake azd is a /bin/sh script, which Windows cannot run")]
fn azure_developer_cli_when_asked() {
    let fake = FakeArm::start();
    let env = Env::new();
    env.fake_tool(
        "azd",
        &format!(r#"{{"token": "{AZD_TOKEN}", "expiresOn": "2099-01-01T00:00:00Z"}}"#),
    );
    let r = run(env.against(&fake).args(["--auth", "azd"]), &STATUS);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        fake.seen()[0].authorization.as_deref(),
        Some(format!("Bearer {AZD_TOKEN}").as_str())
    );
    assert_eq!(env.tool_calls("azd").len(), 1);
}

#[test]
fn no_credential_says_what_was_tried_and_what_to_do() {
    let fake = FakeArm::start();
    let env = Env::new();
    let started = Instant::now();
    let r = run(&mut env.against(&fake), &STATUS);
    assert_eq!(r.code, 1);
    // What to do, then one line per source tried (auth::token_cache checks the layout).
    assert_eq!(r.stderr.lines().count(), 5, "{}", r.stderr);
    for needle in [
        "Azure CLI",
        "Azure Developer CLI",
        "az login",
        "STANDBY_ACCESS_TOKEN",
        "AZURE_CLIENT_SECRET",
    ] {
        assert!(r.stderr.contains(needle), "missing {needle}: {}", r.stderr);
    }
    assert!(fake.seen().is_empty());
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );

    let r = run(
        env.cmd(&fake)
            .env_remove("STANDBY_ACCESS_TOKEN")
            .args(["--auth", "token"]),
        &STATUS,
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("STANDBY_ACCESS_TOKEN is not set"), "{}", r.stderr);
}

#[test]
fn subscription_from_az_profile_by_default_and_by_name() {
    let fake = FakeArm::start();
    let env = Env::new();
    std::fs::write(
        env.home.path().join(".azure/azureProfile.json"),
        "\u{feff}{\"subscriptions\": [{\"id\": \"22222222-2222-2222-2222-222222222222\", \"name\": \"Dev\", \"isDefault\": true}, {\"id\": \"33333333-3333-3333-3333-333333333333\", \"name\": \"Prod West\", \"isDefault\": false}]}",
    )
    .unwrap();
    let cmd = || {
        let mut c = env.cmd(&fake);
        c.env_remove("AZURE_SUBSCRIPTION_ID");
        c
    };
    run(&mut cmd(), &["vm-pool", "show", "-g", "rg", "-n", "pool"]);
    run(
        cmd().args(["--subscription", "prod west"]),
        &["vm-pool", "show", "-g", "rg", "-n", "pool"],
    );
    let paths: Vec<String> = fake.seen().into_iter().map(|s| s.path).collect();
    assert!(paths[0].starts_with("/subscriptions/22222222-2222-2222-2222-222222222222/"));
    assert!(paths[1].starts_with("/subscriptions/33333333-3333-3333-3333-333333333333/"));
    let r = run(
        cmd().args(["--subscription", "Nope"]),
        &["vm-pool", "show", "-g", "rg", "-n", "pool"],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("'Nope' is neither a subscription id"), "{}", r.stderr);
}

#[test]
fn no_subscription_is_a_usage_error() {
    let fake = FakeArm::start();
    let env = Env::new();
    let mut cmd = env.cmd(&fake);
    cmd.env_remove("AZURE_SUBSCRIPTION_ID");
    let r = run(&mut cmd, &STATUS);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no subscription"), "{}", r.stderr);
}

#[test]
fn debug_trace_shows_requests_but_never_the_token() {
    let fake = FakeArm::start();
    let r = run(
        &mut Env::new().cmd(&fake),
        &["--debug", "vm-pool", "status", "-g", "rg", "-n", "pool"],
    );
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("DEBUG: GET https://127.0.0.1:"), "{}", r.stderr);
    assert!(r.stderr.contains("x-ms-request-id: fake-request-0000"), "{}", r.stderr);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
}
