//! The pool's target as the service defines it (max − the scale set's instances, at
//! least min; container pools: max), read the same way by status, wait, fleet and the
//! exporter: against the fake ARM over TLS, with the service's own example payloads.

mod version;

use crate::common;

use common::{Env, FakeArm, FleetPool, Reply, STATUS, SUBSCRIPTION, json, run};
use serde_json::{Value, json};

const POOL: &str = "/standbyVirtualMachinePools/pool";
const SCALE_SET: &str = "/virtualMachineScaleSets/web-vmss";

/// A VM pool with this elasticity, attached to `web-vmss`.
fn vm_pool(max: i64, min: Option<i64>) -> Value {
    let mut elasticity = json!({"maxReadyCapacity": max});
    if let Some(m) = min {
        elasticity["minReadyCapacity"] = json!(m);
    }
    json!({"id": format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool"),
           "name": "pool", "type": "Microsoft.StandbyPool/standbyVirtualMachinePools", "location": "westus",
           "properties": {"elasticityProfile": elasticity, "virtualMachineState": "Deallocated", "provisioningState": "Succeeded",
               "attachedVirtualMachineScaleSetId": format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss")}})
}

fn scale_set(capacity: i64) -> Reply {
    Reply::json(
        200,
        json!({"id": format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss"),
               "name": "web-vmss", "type": "Microsoft.Compute/virtualMachineScaleSets", "location": "westus",
               "sku": {"capacity": capacity}}),
    )
}

/// The fake with this pool and scale set; the runtime view is the fixture's (8 ready).
fn fake_with(pool: Value, scale_set_reply: Reply) -> FakeArm {
    let fake = FakeArm::start();
    fake.script(POOL, vec![Reply::json(200, pool)]);
    fake.script(SCALE_SET, vec![scale_set_reply]);
    fake
}

fn status_table(fake: &FakeArm) -> common::Run {
    run(Env::new().cmd(fake).args(["-o", "table"]), &STATUS)
}

fn ready_line(stdout: &str) -> String {
    let start = stdout.find("Ready ").expect("a Ready line");
    let rest = &stdout[start..];
    // The line and any continuation indented under it.
    let mut lines = rest.lines();
    let mut text = lines.next().unwrap_or_default().to_string();
    for l in lines.take_while(|l| l.starts_with("              ")) {
        text.push(' ');
        text.push_str(l.trim());
    }
    text
}

#[test]
fn the_docs_example_max_20_with_10_in_the_scale_set_keeps_10() {
    let fake = fake_with(vm_pool(20, None), scale_set(10));
    let r = status_table(&fake);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    assert_eq!(
        ready_line(&r.stdout),
        "Ready         8 of 10 (max 20 − 10 in scale set web-vmss)"
    );
    // The view and the pool in one batch, then the scale set the pool names: one each.
    assert_eq!(fake.count("/runtimeViews/latest"), 1);
    assert_eq!(fake.count(POOL), 1);
    assert_eq!(fake.count(SCALE_SET), 1);
    let vmss = fake.seen().into_iter().find(|s| s.path.ends_with(SCALE_SET)).unwrap();
    assert!(vmss.query.contains("api-version=2025-04-01"), "{}", vmss.query);
}

#[test]
fn the_minimum_is_the_floor_and_an_exhausted_pool_is_not_a_shortfall() {
    let fake = fake_with(vm_pool(15, Some(2)), scale_set(10));
    assert_eq!(
        ready_line(&status_table(&fake).stdout),
        "Ready         8 of 5 (max 15 − 10 in scale set web-vmss; min 2)"
    );
    let fake = fake_with(vm_pool(15, Some(9)), scale_set(14));
    assert_eq!(
        ready_line(&status_table(&fake).stdout),
        "Ready         8 of 9 (min 9, the floor: max 15 − 14 in scale set web-vmss leaves less)"
    );
    let fake = fake_with(vm_pool(15, None), scale_set(20));
    let r = status_table(&fake);
    assert_eq!(
        ready_line(&r.stdout),
        "Ready         8 of 0 (max 15 − 20 in scale set web-vmss, no minimum): exhausted as configured, not a shortfall"
    );
    // Full (green), not short (yellow) nor below the minimum (red).
    let fake = fake_with(vm_pool(15, None), scale_set(20));
    let coloured = run(
        Env::new().cmd(&fake).args(["-o", "table", "--color", "always"]),
        &STATUS,
    );
    assert!(
        coloured.stdout.contains("\x1b[32m8 of 0\x1b[39m"),
        "{:?}",
        coloured.stdout
    );
}

#[test]
fn an_unreadable_scale_set_leaves_the_target_unknown_and_says_why() {
    for (reply, why) in [
        (
            Reply::error(403, "AuthorizationFailed", "The client does not have authorization."),
            "HTTP 403 AuthorizationFailed",
        ),
        (
            Reply::error(404, "ResourceNotFound", "gone"),
            "HTTP 404 ResourceNotFound",
        ),
        (
            Reply::error(429, "TooManyRequests", "slow down").header("Retry-After", "0"),
            "HTTP 429 TooManyRequests",
        ),
    ] {
        let fake = fake_with(vm_pool(15, Some(2)), reply);
        let r = status_table(&fake);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(
            ready_line(&r.stdout),
            format!("Ready         8 (target unknown, at most max 15: scale set web-vmss could not be read: {why})")
        );
        let warnings: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(warnings.len(), 1, "{}", r.stderr);
        assert!(
            warnings[0].contains(&format!(
                "could not read scale set 'web-vmss' of pool 'pool' ({why}): the pool's target is unknown, at most maxReadyCapacity 15"
            )),
            "{}",
            r.stderr
        );
    }
}

/// A pool body of the wrong shape is not read as an empty pool: the target is unknown,
/// and one warning says which field (the value quoted escaped, as the service sent it).
#[test]
fn a_pool_of_the_wrong_shape_leaves_the_target_unknown_and_says_which_field() {
    let mut pool = vm_pool(15, Some(2));
    pool["properties"]["elasticityProfile"]["maxReadyCapacity"] = json!("fifteen\u{1b}[2J");
    let fake = fake_with(pool, scale_set(10));
    let r = status_table(&fake);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        ready_line(&r.stdout),
        "Ready         8 (target unknown: the pool could not be read)"
    );
    let warnings: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(warnings.len(), 1, "{}", r.stderr);
    assert!(
        warnings[0].contains("reading pool 'pool' for its ready target: the pool has an unexpected shape: properties.elasticityProfile.maxReadyCapacity: invalid type: string \"fifteen\\u{1b}[2J\", expected an integer"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_mix_pool_from_the_service_examples_is_read_per_state() {
    // The 2026-04-01 spec examples, verbatim: max 304, min 300, Running 20 % and
    // Deallocated 80 %; three zones of 20 Running and 100 Deallocated. The scale set
    // (the fixture's, 2 instances) leaves 302: 60 Running and 242 Deallocated.
    let fake = FakeArm::start();
    let r = run(
        Env::new().cmd(&fake).args(["-o", "table"]),
        &["vm-pool", "status", "-g", "rgstandbypool", "-n", "mix"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        ready_line(&r.stdout),
        "Ready         360 of 302: Running 60 of 60, Deallocated 300 of 242 (max 304 − 2 in scale set myVmss; min 300)"
    );
    assert!(
        r.stdout
            .contains("Settings      dynamic sizing on: the service may size the pool from its prediction;"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("ready 2s after provisioning"), "{}", r.stdout);
    // The spec's forecastInfo, verbatim: hourly, 85 %, twelve hours of history.
    assert!(
        r.stdout
            .contains("Forecast      every 1h from 2025-02-14 01:34 UTC, accuracy 85%\n"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("  last 12h    "), "{}", r.stdout);
    assert!(r.stdout.contains(" 9 4 2 8 8 2 3 6 5 3 2 6\n"), "{}", r.stdout);
    assert!(
        r.stdout.contains(" 24 10 200 12 5 10 15 23 56 38 12 19\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_container_pool_is_ready_against_its_max_and_has_no_scale_set() {
    let fake = FakeArm::start();
    let r = run(
        Env::new().cmd(&fake).args(["-o", "table"]),
        &["container-pool", "status", "-g", "rg", "-n", "cgpool"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(ready_line(&r.stdout), "Ready         4 of 5");
    assert_eq!(fake.count("/virtualMachineScaleSets/myScaleSet"), 0);
    assert_eq!(fake.seen().len(), 2);
}

#[test]
fn json_stays_one_request_and_azs_bytes() {
    let fake = FakeArm::start();
    let r = run(Env::new().cmd(&fake).args(["-o", "json"]), &STATUS);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, common::az("vmpool-status.json.stdout"));
    assert_eq!(fake.seen().len(), 1);
}

#[test]
fn wait_measures_against_the_target_and_refuses_the_impossible() {
    // max 20 − 10 in the scale set: the target is 10, and 8 are ready.
    let wait = |args: &[&str], fake: &FakeArm| {
        let mut all = vec!["vm-pool", "wait", "-g", "rg", "-n", "pool", "--timeout", "0"];
        all.extend_from_slice(args);
        run(&mut Env::new().cmd(fake), &all)
    };
    let fake = fake_with(vm_pool(20, None), scale_set(10));
    // 80 % of the target (8), not of max (16): met at once.
    let r = wait(&["--ready-percent", "80", "-o", "none"], &fake);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = wait(&["--ready-percent", "90", "-o", "none"], &fake);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains("9 ready instances (90% of the target 10)"),
        "{}",
        r.stderr
    );
    // More than the pool can ever hold: refused, with a sentence, exit 2.
    let r = wait(&["--ready", "21"], &fake);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("--ready 21: pool 'pool' never holds more than 20 ready instances"),
        "{}",
        r.stderr
    );
    assert_eq!(wait(&["--ready", "8", "-o", "none"], &fake).code, 0);
}

#[test]
fn fleet_reads_the_scale_sets_from_resource_graph_and_else_one_by_one() {
    const PROD: &str = "11111111-aaaa-4aaa-8aaa-000000000001";
    let setup = || {
        let fake = FakeArm::start();
        fake.graph().set_subscriptions(&[(PROD, "Prod")]);
        fake.graph().set_pools(vec![
            FleetPool::vm(PROD, "rg-a", "web").counts(4, 10, 0).in_scale_set(6),
            FleetPool::vm(PROD, "rg-a", "api").counts(3, 10, 0).in_scale_set(12),
            FleetPool::container(PROD, "rg-b", "jobs").counts(5, 5, 0),
        ]);
        fake
    };
    let check = |out: &Value| {
        let by_name = |n: &str| out.as_array().unwrap().iter().find(|p| p["name"] == n).unwrap().clone();
        let web = by_name("web");
        assert_eq!((web["ready"].clone(), web["target"].clone()), (json!(4), json!(4)));
        assert_eq!(web["scaleSetInstances"], 6);
        // 10 − 12 is below the minimum of 1: the floor.
        let api = by_name("api");
        assert_eq!(
            (api["target"].clone(), api["scaleSetInstances"].clone()),
            (json!(1), json!(12))
        );
        let jobs = by_name("jobs");
        assert_eq!(
            (jobs["target"].clone(), jobs["scaleSetInstances"].clone()),
            (json!(5), Value::Null)
        );
    };
    let fake = setup();
    let r = run(&mut Env::new().cmd(&fake), &["fleet", "status", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    check(&json(&r.stdout));
    // One query for the pools, one for their scale sets; no scale set read on its own.
    assert_eq!(fake.graph().queries(), 2);
    assert_eq!(fake.count("-vmss"), 0);

    // Resource Graph refused: the lists, and one GET per scale set.
    let fake = setup();
    fake.script(
        "/providers/Microsoft.ResourceGraph/resources",
        vec![Reply::error(403, "AuthorizationFailed", "no Resource Graph for you")],
    );
    let r = run(&mut Env::new().cmd(&fake), &["fleet", "status", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    check(&json(&r.stdout));
    assert_eq!(fake.count("-vmss"), 2);

    // The table says the same: the pools ready against the same targets.
    let fake = setup();
    let r = run(
        Env::new().cmd(&fake).env("COLUMNS", "200").args(["-o", "table"]),
        &["fleet", "status"],
    );
    let row = |n: &str| {
        r.stdout
            .lines()
            .find(|l| l.starts_with(&format!("{n} ")))
            .unwrap()
            .to_string()
    };
    assert!(row("web").contains(" 4/4 "), "{}", r.stdout);
    assert!(row("api").contains(" 3/1 "), "{}", r.stdout);
    assert!(row("jobs").contains(" 5/5 "), "{}", r.stdout);
}

/// The view and the pool go out together; the scale set the pool names goes once they
/// are answered: two round trips, however far away ARM is.
#[test]
fn the_status_table_costs_two_round_trips() {
    let fake = FakeArm::start();
    let latency = std::time::Duration::from_millis(300);
    fake.set_latency(latency);
    let r = run(Env::new().cmd(&fake).args(["-o", "table"]), &STATUS);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let seen = fake.seen();
    let at = |suffix: &str| seen.iter().find(|s| s.path.ends_with(suffix)).expect(suffix).at;
    let (view, pool, vmss) = (
        at("/runtimeViews/latest"),
        at(POOL),
        at("/virtualMachineScaleSets/myScaleSet"),
    );
    let apart = |a: std::time::Instant, b: std::time::Instant| a.max(b) - a.min(b);
    assert!(
        apart(view, pool) < latency / 2,
        "the view and the pool were not read together"
    );
    assert!(
        vmss - view.max(pool) >= latency,
        "the scale set was read before the pool was answered"
    );
    assert_eq!(seen.len(), 3);
}

/// A scale set that cannot be read leaves the target unknown everywhere it is shown,
/// with one line on stderr that says so: in `wait` (measured against max meanwhile) and
/// in `fleet status` (the JSON's target null, the table's `≤max`).
#[test]
fn an_unreadable_scale_set_is_said_once_in_wait_and_fleet() {
    let fake = fake_with(vm_pool(20, None), Reply::error(403, "AuthorizationFailed", "denied"));
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool",
            "wait",
            "-g",
            "rg",
            "-n",
            "pool",
            "--ready-percent",
            "40",
            "--timeout",
            "0",
            "-o",
            "none",
        ],
    );
    // 40 % of max 20 (the bound while the target is unknown): 8, and 8 are ready.
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("could not read scale set 'web-vmss'"), "{}", r.stderr);

    const PROD: &str = "11111111-aaaa-4aaa-8aaa-000000000001";
    let fake = FakeArm::start();
    fake.graph().set_subscriptions(&[(PROD, "Prod")]);
    fake.graph().set_pools(vec![
        FleetPool::vm(PROD, "rg-a", "web").counts(4, 10, 0).in_scale_set(6),
    ]);
    fake.script(
        "/providers/Microsoft.ResourceGraph/resources",
        vec![Reply::error(403, "AuthorizationFailed", "no Resource Graph for you")],
    );
    fake.script("/web-vmss", vec![Reply::error(403, "AuthorizationFailed", "denied")]);
    let r = run(&mut Env::new().cmd(&fake), &["fleet", "status", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(json(&r.stdout)[0]["target"], Value::Null);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("the scale sets of 1 pool(s) could not be read (HTTP 403 AuthorizationFailed)"),
        "{}",
        r.stderr
    );
}
