//! The token cache across processes, through the real azure_identity credentials: fake
//! `az` and `azd` on PATH, the fake Entra token endpoint for service principals. The
//! environment has no session bus, so the cache is the file under the test's home.

use crate::common;

use common::{
    AZD_TOKEN, CLI_TOKEN, CLIENT_ID, CLIENT_SECRET, Env, FEDERATED_TOKEN, FakeArm, Reply, STATUS, SUBSCRIPTION, TENANT,
    az, fixture, json, run,
};
use std::path::PathBuf;

const USER: &str = "someone@example.com";

/// A fake `az` that hands out CLI_TOKEN expiring `seconds` from now.
fn fake_az(env: &Env, seconds: u64) {
    env.fake_tool("az", &common::az_token(seconds));
}

/// az's record of who is signed in; `az account set` and `az login` rewrite it.
fn az_profile(env: &Env, tenant: &str) {
    std::fs::write(
        env.home.path().join(".azure/azureProfile.json"),
        format!(
            "\u{feff}{{\"installationId\": \"i\", \"subscriptions\": [{{\"id\": \"{SUBSCRIPTION}\", \"name\": \"Dev\", \"state\": \"Enabled\", \"user\": {{\"name\": \"{USER}\", \"type\": \"user\"}}, \"isDefault\": true, \"tenantId\": \"{tenant}\", \"environmentName\": \"AzureCloud\"}}]}}"
        ),
    )
    .unwrap();
}

fn cache_file(env: &Env) -> PathBuf {
    env.home.path().join(".cache/standby/tokens.json")
}

fn cli(env: &Env, fake: &FakeArm) -> assert_cmd::Command {
    let mut cmd = env.against(fake);
    cmd.args(["--auth", "cli"]);
    cmd
}

fn status_ok(cmd: &mut assert_cmd::Command) {
    let r = run(cmd, &STATUS);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
}

#[test]
fn az_is_asked_once_across_processes_and_again_after_clear() {
    let fake = FakeArm::start();
    let env = Env::new();
    fake_az(&env, 3600);
    az_profile(&env, TENANT);
    for _ in 0..3 {
        status_ok(&mut cli(&env, &fake));
    }
    assert_eq!(env.tool_calls("az").len(), 1);
    // auto finds the same cached token: az is the source it would ask.
    status_ok(&mut env.against(&fake));
    assert_eq!(env.tool_calls("az").len(), 1);
    for s in fake.seen() {
        assert_eq!(s.authorization.as_deref(), Some(format!("Bearer {CLI_TOKEN}").as_str()));
    }
    // Several processes at once: all succeed, and the file stays whole.
    let children: Vec<_> = (0..4)
        .map(|_| {
            cli(&env, &fake)
                .args(["--no-token-cache"])
                .args(STATUS)
                .output()
                .unwrap()
        })
        .collect();
    assert!(children.iter().all(|o| o.status.success()));
    assert!(serde_json::from_slice::<serde_json::Value>(&std::fs::read(cache_file(&env)).unwrap()).is_ok());

    let r = run(&mut cli(&env, &fake), &["auth", "clear"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
    assert!(!cache_file(&env).exists());
    // Only ours: az's directory is untouched.
    assert!(env.home.path().join(".azure/azureProfile.json").exists());
    let before = env.tool_calls("az").len();
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), before + 1);
}

#[test]
fn concurrent_processes_leave_a_whole_cache() {
    let fake = FakeArm::start();
    let env = Env::new();
    fake_az(&env, 3600);
    az_profile(&env, TENANT);
    let children: Vec<_> = (0..6)
        .map(|_| {
            let mut c = env.child(&fake);
            c.env_remove("STANDBY_ACCESS_TOKEN")
                .args(["--auth", "cli"])
                .args(STATUS)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            c.spawn().unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let text = std::fs::read(cache_file(&env)).unwrap();
    assert!(serde_json::from_slice::<serde_json::Value>(&text).is_ok());
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(cache_file(&env).parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["tokens.json"]);
}

#[test]
fn a_change_of_az_login_is_never_served_the_old_token() {
    let fake = FakeArm::start();
    let env = Env::new();
    fake_az(&env, 3600);
    az_profile(&env, TENANT);
    status_ok(&mut cli(&env, &fake));
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), 1);
    // `az account set` to another tenant rewrites azureProfile.json.
    az_profile(&env, "99999999-9999-9999-9999-999999999999");
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), 2);
    // Another AZURE_CONFIG_DIR is another login.
    let other = env.home.path().join("other-azure");
    std::fs::create_dir_all(&other).unwrap();
    status_ok(cli(&env, &fake).env("AZURE_CONFIG_DIR", &other));
    assert_eq!(env.tool_calls("az").len(), 3);
}

#[test]
fn a_token_near_its_expiry_is_not_served() {
    let fake = FakeArm::start();
    let env = Env::new();
    // Inside the five-minute margin: good for this process, not kept for the next.
    fake_az(&env, 200);
    az_profile(&env, TENANT);
    status_ok(&mut cli(&env, &fake));
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), 2);
}

#[test]
fn the_cache_off_asks_every_time_and_writes_nothing() {
    let fake = FakeArm::start();
    let env = Env::new();
    fake_az(&env, 3600);
    az_profile(&env, TENANT);
    status_ok(cli(&env, &fake).arg("--no-token-cache"));
    status_ok(cli(&env, &fake).env("STANDBY_TOKEN_CACHE", "0"));
    assert!(!env.home.path().join(".cache").exists());
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), 3);
    // Off means not read either.
    status_ok(cli(&env, &fake).arg("--no-token-cache"));
    assert_eq!(env.tool_calls("az").len(), 4);
}

#[test]
fn a_401_drops_the_cached_token_and_asks_once_more() {
    let fake = FakeArm::start();
    let env = Env::new();
    fake_az(&env, 3600);
    az_profile(&env, TENANT);
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), 1);
    // ARM refuses the cached token once (revoked, say): the next answer is the fixture.
    let body = fixture("vmpool-runtime.json", "rg", "pool");
    fake.script(
        "/runtimeViews/latest",
        vec![
            Reply::error(401, "InvalidAuthenticationToken", "The access token is invalid."),
            Reply::raw(200, "application/json", body.as_bytes()),
        ],
    );
    let r = run(cli(&env, &fake).arg("--debug"), &STATUS);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("token from the token cache (Azure CLI (az login))"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("token from Azure CLI (az login) in"), "{}", r.stderr);
    assert_eq!(env.tool_calls("az").len(), 2);
    // What the fresh credential gave is what the next process is served.
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), 2);
}

#[test]
fn service_principal_tokens_are_keyed_by_the_secret() {
    let fake = FakeArm::start();
    let env = Env::new();
    let sp = |secret: &str| {
        let mut c = env.service_principal(&fake, secret);
        c.args(["--auth", "service-principal"]);
        c
    };
    status_ok(&mut sp(CLIENT_SECRET));
    status_ok(&mut sp(CLIENT_SECRET));
    assert_eq!(fake.token_posts(), 1);
    // A wrong secret is not served the right one's token: Entra says no.
    let r = run(&mut sp("wrong-secret-never-print-me"), &STATUS);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("AADSTS7000215"), "{}", r.stderr);
    assert!(!r.stderr.contains("wrong-secret-never-print-me"));
    assert_eq!(fake.token_posts(), 2);
    let text = std::fs::read_to_string(cache_file(&env)).unwrap();
    assert!(!text.contains(CLIENT_SECRET) && !text.contains(CLIENT_ID), "{text}");
}

#[test]
fn workload_identity_and_azd_tokens_are_cached() {
    let fake = FakeArm::start();
    let env = Env::new();
    let token_file = env.home.path().join("federated-token");
    std::fs::write(&token_file, FEDERATED_TOKEN).unwrap();
    for _ in 0..2 {
        status_ok(
            env.against(&fake)
                .env("AZURE_AUTHORITY_HOST", &fake.url)
                .env("AZURE_TENANT_ID", TENANT)
                .env("AZURE_CLIENT_ID", CLIENT_ID)
                .env("AZURE_FEDERATED_TOKEN_FILE", &token_file),
        );
    }
    assert_eq!(fake.token_posts(), 1);

    env.fake_tool(
        "azd",
        &format!(r#"{{"token": "{AZD_TOKEN}", "expiresOn": "2099-01-01T00:00:00Z"}}"#),
    );
    let azd_dir = env.home.path().join(".azd");
    std::fs::create_dir_all(&azd_dir).unwrap();
    std::fs::write(
        azd_dir.join("config.json"),
        r#"{"auth":{"account":{"currentUser":{"homeAccountId":"a"}}}}"#,
    )
    .unwrap();
    let azd = || {
        let mut c = env.against(&fake);
        c.args(["--auth", "azd"]);
        c
    };
    status_ok(&mut azd());
    status_ok(&mut azd());
    assert_eq!(env.tool_calls("azd").len(), 1);
    // Its own login, not az's: another account in azd's config is another key.
    std::fs::write(
        azd_dir.join("config.json"),
        r#"{"auth":{"account":{"currentUser":{"homeAccountId":"b"}}}}"#,
    )
    .unwrap();
    status_ok(&mut azd());
    assert_eq!(env.tool_calls("azd").len(), 2);
}

#[test]
#[cfg(unix)]
fn the_cache_is_private_and_an_untrusted_one_is_replaced() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let fake = FakeArm::start();
    let env = Env::new();
    fake_az(&env, 3600);
    az_profile(&env, TENANT);
    status_ok(&mut cli(&env, &fake));
    let file = cache_file(&env);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);

    // Corrupt: ignored (az asked again), never an error, and replaced.
    std::fs::write(&file, b"{\"version\": 1, \"salt\": ").unwrap();
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), 2);
    assert!(serde_json::from_slice::<serde_json::Value>(&std::fs::read(&file).unwrap()).is_ok());
    assert_eq!(mode(&file), 0o600);

    // Owned by someone else: never trusted, and replaced by one of ours.
    let me = std::fs::metadata(&file).unwrap().uid();
    if me != 0 {
        common::require::skip("the half with a file someone else owns: changing a file's owner needs root");
        return;
    }
    std::os::unix::fs::chown(&file, Some(4242), Some(4242)).unwrap();
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), 3);
    assert_eq!(std::fs::metadata(&file).unwrap().uid(), me);
    status_ok(&mut cli(&env, &fake));
    assert_eq!(env.tool_calls("az").len(), 3);
}

#[test]
fn auth_status_tells_without_asking() {
    let fake = FakeArm::start();
    let env = Env::new();
    fake_az(&env, 3600);
    az_profile(&env, TENANT);
    let status = |env: &Env| json(&run(env.against(&fake).args(["auth", "status", "-o", "json"]), &[]).stdout);
    let s = status(&env);
    assert_eq!(s["kind"], "cli", "{s}");
    assert_eq!(s["account"], USER);
    assert_eq!(s["tenantId"], TENANT);
    assert_eq!(s["cachedToken"], false);
    assert_eq!(s["tokenCache"], "file");
    assert!(
        s["tokenCachePath"].as_str().unwrap().ends_with("standby/tokens.json"),
        "{s}"
    );
    assert!(env.tool_calls("az").is_empty(), "status asked az for a token");

    status_ok(&mut env.against(&fake));
    let s = status(&env);
    assert_eq!(s["cachedToken"], true, "{s}");
    assert!(s["expiresOn"].as_str().is_some_and(|t| t.starts_with("20")), "{s}");
    assert_eq!(env.tool_calls("az").len(), 1);

    // For a person: the same, in words.
    let r = run(env.against(&fake).args(["auth", "status", "-o", "table"]), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for needle in [
        "Azure CLI (az login)",
        USER,
        "yes, until",
        "Sources, in the order tried",
    ] {
        assert!(r.stdout.contains(needle), "missing {needle}:\n{}", r.stdout);
    }
    let s = json(
        &run(
            env.against(&fake)
                .args(["--no-token-cache", "auth", "status", "-o", "json"]),
            &[],
        )
        .stdout,
    );
    assert_eq!(s["tokenCache"], "off");
    assert_eq!(s["cachedToken"], false);
}

#[test]
fn no_credential_leads_with_what_to_do_then_a_line_per_source() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(&mut env.against(&fake), &STATUS);
    assert_eq!(r.code, 1);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(
        lines[0].ends_with("no credential gave a token for Azure Resource Manager."),
        "{}",
        r.stderr
    );
    assert!(
        lines[1].starts_with("Run 'az login'") && lines[1].contains("AZURE_CLIENT_SECRET"),
        "{}",
        r.stderr
    );
    assert_eq!(lines[2], "Tried:");
    assert!(lines[3].starts_with("  Azure CLI (az login): "), "{}", r.stderr);
    assert!(
        lines[4].starts_with("  Azure Developer CLI (azd auth login): "),
        "{}",
        r.stderr
    );
    assert_eq!(lines.len(), 5, "{}", r.stderr);
    for line in &lines {
        assert!(line.chars().count() < 220, "a long line: {line}");
        assert!(!line.contains("To troubleshoot"), "{line}");
    }
}
