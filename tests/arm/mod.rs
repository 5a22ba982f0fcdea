//! The real binary against the fake ARM and token endpoint over TLS on loopback.

mod api_versions;
mod each;
mod resilience;

use crate::common;

use common::{Env, STATUS, az, json, run};
use common::{FakeArm, Reply, SUBSCRIPTION, TOKEN};
use std::path::Path;

// ---- JSON parity with az ---------------------------------------------------------------

#[test]
fn status_json_is_what_az_prints() {
    let fake = FakeArm::start();
    let env = Env::new();
    for (args, expected) in [
        (
            ["vm-pool", "status", "-g", "rg", "-n", "pool"],
            "vmpool-status.json.stdout",
        ),
        (
            ["container-pool", "status", "-g", "rg", "-n", "cgpool"],
            "cgpool-status.json.stdout",
        ),
        (["vm-pool", "show", "-g", "rg", "-n", "pool"], "vmpool-show.json.stdout"),
        (
            ["container-pool", "show", "-g", "rg", "-n", "cgpool"],
            "cgpool-show.json.stdout",
        ),
        (
            ["vm", "instance-view", "-g", "rg", "-n", "myInstance"],
            "vm-get-instance-view.json.stdout",
        ),
        (
            ["vmss", "instance-view", "-g", "rg", "-n", "myScaleSet"],
            "vmss-get-instance-view.json.stdout",
        ),
    ] {
        let r = run(env.cmd(&fake).args(["-o", "json"]), &args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_eq!(r.stdout, az(expected), "{args:?} differs from az");
        assert_eq!(r.stderr, "");
    }
}

#[test]
fn json_is_the_default_when_piped() {
    let fake = FakeArm::start();
    let r = run(&mut Env::new().cmd(&fake), &STATUS);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
}

#[test]
fn requests_carry_token_api_version_and_client_request_id() {
    let fake = FakeArm::start();
    let env = Env::new();
    run(&mut env.cmd(&fake), &STATUS);
    run(&mut env.cmd(&fake), &["vm", "instance-view", "-g", "rg", "-n", "vm1"]);
    run(&mut env.cmd(&fake), &["container", "show", "-g", "rg", "-n", "cg1"]);
    let seen = fake.seen();
    assert_eq!(seen.len(), 3);
    assert_eq!(
        seen[0].path,
        format!(
            "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool/runtimeViews/latest"
        )
    );
    assert_eq!(seen[0].query, "api-version=2026-04-01");
    assert_eq!(seen[1].query, "%24expand=instanceView&api-version=2025-04-01");
    assert_eq!(seen[2].query, "api-version=2025-09-01");
    for s in &seen {
        assert_eq!(s.authorization.as_deref(), Some(format!("Bearer {TOKEN}").as_str()));
        assert_eq!(s.client_request_id.as_deref().map(str::len), Some(36));
    }
}

#[test]
fn api_version_override_and_old_lowercase_states() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        &mut env.cmd(&fake),
        &[&STATUS[..], &["--api-version", "2024-03-01", "-o", "table"]].concat(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(fake.seen()[0].query.contains("api-version=2024-03-01"));
    insta::assert_snapshot!("status_2024_03_01_table", r.stdout);
    // JSON passes the service's spelling through untouched.
    let r = run(
        &mut env.cmd(&fake),
        &[&STATUS[..], &["--api-version", "2024-03-01"]].concat(),
    );
    assert_eq!(
        json(&r.stdout)["instanceCountSummary"][0]["instanceCountsByState"][0]["state"],
        "creating"
    );
}

#[test]
fn container_pool_without_zones_renders_one_row() {
    let fake = FakeArm::start();
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "container-pool",
            "status",
            "-g",
            "rg",
            "-n",
            "cgpool",
            "--api-version",
            "2024-03-01",
            "-o",
            "table",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!("cgpool_status_2024_03_01_table", r.stdout);
}

#[test]
fn unknown_states_and_fields_pass_through() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        &mut env.cmd(&fake),
        &["vm-pool", "status", "-g", "rg", "-n", "future", "-o", "table"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!("status_future_table", r.stdout);
    let r = run(&mut env.cmd(&fake), &["vm-pool", "status", "-g", "rg", "-n", "future"]);
    let v = json(&r.stdout);
    assert_eq!(v["newFieldFromTheFuture"]["enabled"], true);
    assert_eq!(
        v["instanceCountSummary"][0]["instanceCountsByState"][3]["state"],
        "Rebooting"
    );
    assert_eq!(v["provisioningState"], "Updating");
}

#[test]
fn mix_state_pool_from_2026_04_01() {
    let fake = FakeArm::start();
    let env = Env::new();
    let args = ["vm-pool", "show", "-g", "rg", "-n", "mix"];
    let r = run(&mut env.cmd(&fake), &args);
    let v = json(&r.stdout);
    assert_eq!(v["virtualMachineState"], "Mix");
    assert_eq!(v["vmStateDistribution"]["deallocatedPercent"], 80);
    let r = run(env.cmd(&fake).args(["-o", "table"]), &args);
    insta::assert_snapshot!("vmpool_show_mix_table", r.stdout);
}

// ---- tables ------------------------------------------------------------------------------

#[test]
fn tables_for_every_command() {
    let fake = FakeArm::start();
    let env = Env::new();
    for (name, args) in [
        (
            "vmpool_status_table",
            vec!["vm-pool", "status", "-g", "rg", "-n", "pool"],
        ),
        (
            "cgpool_status_table",
            vec!["container-pool", "status", "-g", "rg", "-n", "cgpool"],
        ),
        ("vmpool_show_table", vec!["vm-pool", "show", "-g", "rg", "-n", "pool"]),
        (
            "cgpool_show_table",
            vec!["container-pool", "show", "-g", "rg", "-n", "cgpool"],
        ),
        ("vmpool_list_table", vec!["vm-pool", "list", "-g", "rg"]),
        ("cgpool_list_table", vec!["container-pool", "list"]),
        (
            "vm_instance_view_table",
            vec!["vm", "instance-view", "-g", "rg", "-n", "myInstance"],
        ),
        (
            "vmss_instance_view_table",
            vec!["vmss", "instance-view", "-g", "rg", "-n", "myScaleSet"],
        ),
        (
            "container_show_table",
            vec!["container", "show", "-g", "rg", "-n", "mycg"],
        ),
    ] {
        let r = run(env.cmd(&fake).args(["-o", "table"]), &args);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        insta::assert_snapshot!(name, r.stdout);
    }
}

#[test]
fn colour_only_when_asked() {
    let fake = FakeArm::start();
    let env = Env::new();
    let args = ["vm-pool", "status", "-g", "rg", "-n", "pool", "-o", "table"];
    let plain = run(&mut env.cmd(&fake), &args);
    assert!(!plain.stdout.contains('\x1b'));
    let forced = run(env.cmd(&fake).args(["--color", "always"]), &args);
    assert!(
        forced.stdout.contains("\x1b[32m") || forced.stdout.contains("\x1b[38;5;10m"),
        "{}",
        forced.stdout
    );
    let clicolor = run(env.cmd(&fake).env_remove("NO_COLOR").env("CLICOLOR_FORCE", "1"), &args);
    assert!(clicolor.stdout.contains('\x1b'));
    // JSON for scripts never carries colour.
    let j = run(env.cmd(&fake).args(["--color", "always", "-o", "json"]), &STATUS);
    assert!(!j.stdout.contains('\x1b'));
}

// ---- ids and lists -------------------------------------------------------------------------

#[test]
fn several_ids_give_an_array_in_order() {
    let fake = FakeArm::start();
    let pool = |n: &str| {
        format!(
            "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/{n}"
        )
    };
    let view = format!("{}/runtimeViews/latest", pool("beta"));
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "status", "--ids", &pool("alpha"), &view],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r.stdout);
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [format!("{}/runtimeViews/latest", pool("alpha")), view]);
    // One id prints one object, like az.
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "status", "--ids", &pool("alpha")],
    );
    assert!(json(&r.stdout).is_object());
}

#[test]
fn bad_ids_and_names_are_usage_errors_before_any_request() {
    let fake = FakeArm::start();
    let env = Env::new();
    for args in [
        vec!["vm-pool", "status", "--ids", "not-an-id"],
        vec![
            "vm-pool",
            "status",
            "--ids",
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/x",
        ],
        vec!["vm-pool", "status", "-g", "rg", "-n", "no"],
        vec!["vm-pool", "status", "-g", "rg", "-n", "bad_name"],
        vec!["vm-pool", "status", "-g", "r/g", "-n", "pool"],
        vec!["vm", "instance-view", "-g", "rg", "-n", "a/b"],
        vec!["vm-pool", "status", "-g", "rg"],
        vec!["vm-pool", "status", "-n", "pool"],
    ] {
        let r = run(&mut env.cmd(&fake), &args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.starts_with("ERROR: "), "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "{args:?}: {}", r.stderr);
        assert_eq!(r.stdout, "");
    }
    assert!(fake.seen().is_empty());
    let r = run(&mut env.cmd(&fake), &["vm-pool", "status", "-g", "rg"]);
    assert_eq!(
        r.stderr,
        "ERROR: the following arguments are required: -n/--name (or --ids, or --input)\n"
    );
}

#[test]
fn lists_follow_next_link() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(&mut env.cmd(&fake), &["vm-pool", "list", "-g", "rg"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names: Vec<String> = json(&r.stdout)
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["pool", "pool-2"]);
    assert_eq!(fake.count("/standbyVirtualMachinePools"), 2);
    let r = run(&mut env.cmd(&fake), &["container-pool", "list"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(json(&r.stdout).as_array().unwrap().len(), 2);
    assert!(
        fake.seen()
            .last()
            .unwrap()
            .path
            .starts_with(&format!("/subscriptions/{SUBSCRIPTION}/providers/"))
    );
}

#[test]
fn next_link_to_another_host_is_refused() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools",
        vec![Reply::json(
            200,
            serde_json::json!({"value": [], "nextLink": "https://evil.example.com/steal?api-version=1"}),
        )],
    );
    let r = run(&mut Env::new().cmd(&fake), &["vm-pool", "list", "-g", "rg"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("another host (evil.example.com); not sending the token there"),
        "{}",
        r.stderr
    );
}

// ---- errors ------------------------------------------------------------------------------

#[test]
fn not_found_is_exit_3_with_azs_message() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(&mut env.cmd(&fake), &["vm-pool", "status", "-g", "rg", "-n", "missing"]);
    assert_eq!(r.code, 3);
    assert_eq!(r.stdout, "");
    let az_lines = az("err.vmpool-404.stderr");
    assert!(r.stderr.starts_with(&az_lines), "{}\nvs az:\n{az_lines}", r.stderr);
    assert!(r.stderr.ends_with("Request ID: fake-request-0000\n"), "{}", r.stderr);
    let r = run(
        &mut env.cmd(&fake),
        &["vm", "instance-view", "-g", "rg", "-n", "missing"],
    );
    assert_eq!(r.code, 3);
    assert!(r.stderr.starts_with(&az("err.vm-404.stderr")), "{}", r.stderr);
}

#[test]
fn errors_keep_their_exit_code_in_every_format() {
    let fake = FakeArm::start();
    let env = Env::new();
    for format in ["none", "table", "tsv", "yaml"] {
        let r = run(
            env.cmd(&fake).args(["-o", format]),
            &["vm-pool", "status", "-g", "rg", "-n", "missing"],
        );
        assert_eq!(r.code, 3, "-o {format}");
        assert_eq!(r.stdout, "", "-o {format}");
        assert!(
            r.stderr.starts_with("ERROR: (ResourceNotFound)"),
            "-o {format}: {}",
            r.stderr
        );
    }
    let r = run(env.cmd(&fake).args(["-o", "none"]), &STATUS);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
}

#[test]
fn forbidden_is_exit_1_and_not_retried() {
    let fake = FakeArm::start();
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "status", "-g", "rg", "-n", "forbidden"],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.starts_with(&az("err.vmpool-403.stderr")), "{}", r.stderr);
    assert_eq!(fake.count("/runtimeViews/latest"), 1);
}

#[test]
fn server_errors_are_retried_three_times_then_reported() {
    let fake = FakeArm::start();
    fake.script(
        "/boom/runtimeViews/latest",
        vec![
            Reply::error(500, "InternalServerError", "Encountered internal server error.")
                .header("retry-after-ms", "10"),
        ],
    );
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "status", "-g", "rg", "-n", "boom"],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.starts_with(&az("err.vmpool-500.stderr")), "{}", r.stderr);
    assert_eq!(fake.count("/boom/runtimeViews/latest"), 4);
}

#[test]
fn broken_success_bodies_are_clear_errors_with_request_id() {
    for (reply, expect) in [
        (
            Reply::raw(200, "text/html", b"<html><body>Sign in to the proxy</body></html>"),
            "an HTML page instead of JSON",
        ),
        (
            Reply::raw(200, "application/json", br#"{"properties": {"instanceCountSummary": ["#),
            "truncated JSON",
        ),
        (Reply::raw(200, "application/json", b""), "an empty body"),
        (
            Reply::json(
                200,
                serde_json::json!({"properties": {"instanceCountSummary": "three"}}),
            ),
            "unexpected shape",
        ),
    ] {
        let fake = FakeArm::start();
        fake.script("/runtimeViews/latest", vec![reply]);
        let r = run(
            &mut Env::new().cmd(&fake),
            &["vm-pool", "status", "-g", "rg", "-n", "pool", "-o", "table"],
        );
        assert_eq!(r.code, 1, "{expect}: {}", r.stderr);
        assert!(r.stderr.contains(expect), "{expect}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
        assert_eq!(r.stdout, "");
        if expect != "unexpected shape" {
            // The table reads the pool beside the runtime view: either may reach the fake first.
            assert!(r.stderr.contains("(request id fake-request-000"), "{}", r.stderr);
        }
    }
}

#[test]
fn untrusted_certificate_is_explained() {
    let fake = FakeArm::start();
    let env = Env::new();
    let mut cmd = env.cmd(&fake);
    cmd.env_remove("REQUESTS_CA_BUNDLE").args(["--max-retry-wait", "0"]);
    let r = run(&mut cmd, &STATUS);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("REQUESTS_CA_BUNDLE"), "{}", r.stderr);
    assert!(fake.seen().is_empty());
}

#[test]
fn certificate_for_another_host_is_explained() {
    let fake = FakeArm::start_as(&["management.example.invalid"]);
    let env = Env::new();
    let r = run(env.cmd(&fake).args(["--max-retry-wait", "0"]), &STATUS);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("is not valid for 127.0.0.1"), "{}", r.stderr);
    assert!(r.stderr.contains("STANDBY_ARM_ENDPOINT"), "{}", r.stderr);
    assert!(fake.seen().is_empty());
}

#[test]
fn plain_http_endpoint_is_refused() {
    let r = run(
        Env::new()
            .bare()
            .env("STANDBY_ARM_ENDPOINT", "http://127.0.0.1:9")
            .env("STANDBY_ACCESS_TOKEN", TOKEN),
        &STATUS,
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("must use https"), "{}", r.stderr);
}

// ---- saved bodies --------------------------------------------------------------------------

#[test]
fn input_needs_no_network_or_credentials() {
    let env = Env::new();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/vmpool-status.json");
    let r = run(
        &mut env.bare(),
        &["vm-pool", "status", "--input", example.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
    let body = std::fs::read(&example).unwrap();
    let r = env
        .bare()
        .args(["vm-pool", "status", "--input", "-", "-o", "table"])
        .write_stdin(body)
        .output()
        .unwrap();
    assert!(r.status.success());
    assert!(String::from_utf8(r.stdout).unwrap().contains("Deallocated"));
    let r = run(
        &mut env.bare(),
        &["vm-pool", "status", "--input", "does-not-exist.json"],
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.starts_with("ERROR: reading does-not-exist.json"),
        "{}",
        r.stderr
    );
}
