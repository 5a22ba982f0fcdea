//! Many targets at once: a result per target, and never more than `--concurrency`
//! requests in flight at the fake ARM.

use crate::common;

use common::{Env, FakeArm, Reply, SUBSCRIPTION, json, run};
use std::time::Duration;

fn pool(name: &str) -> String {
    format!(
        "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/{name}"
    )
}

fn names_in(stdout: &str) -> Vec<String> {
    json(stdout)
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v["id"].as_str().unwrap().split('/').nth(8).unwrap().to_string())
        .collect()
}

#[test]
fn one_failing_target_leaves_the_others_printed() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/beta/runtimeViews/latest",
        vec![Reply::error(404, "ResourceNotFound", "The pool 'beta' was not found.")],
    );
    let (a, b, c) = (pool("alpha"), pool("beta"), pool("gamma"));
    let r = run(&mut Env::new().cmd(&fake), &["vm-pool", "status", "--ids", &a, &b, &c]);
    assert_eq!(r.code, 3, "the failure's own code: {}", r.stderr);
    assert_eq!(names_in(&r.stdout), ["alpha", "gamma"]);
    assert!(
        r.stderr
            .starts_with("ERROR: (ResourceNotFound) The pool 'beta' was not found."),
        "{}",
        r.stderr
    );
    // Every other format prints the same survivors.
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "status", "-o", "table", "--ids", &a, &b, &c],
    );
    assert_eq!(r.code, 3);
    assert!(
        r.stdout.contains("alpha") && r.stdout.contains("gamma") && !r.stdout.contains("beta"),
        "{}",
        r.stdout
    );
}

#[test]
fn failures_of_different_kinds_exit_1_and_are_each_reported() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/beta/runtimeViews/latest",
        vec![Reply::error(404, "ResourceNotFound", "no beta")],
    );
    fake.script(
        "/standbyVirtualMachinePools/gamma/runtimeViews/latest",
        vec![Reply::error(403, "AuthorizationFailed", "no gamma")],
    );
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool",
            "status",
            "--ids",
            &pool("alpha"),
            &pool("beta"),
            &pool("gamma"),
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(names_in(&r.stdout), ["alpha"]);
    assert!(
        r.stderr.contains("no beta") && r.stderr.contains("no gamma"),
        "{}",
        r.stderr
    );
    // All of them failing: nothing on stdout, every error on stderr.
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "status", "--ids", &pool("beta"), &pool("gamma")],
    );
    assert_eq!((r.code, r.stdout.as_str()), (1, ""));
    assert!(
        r.stderr.contains("no beta") && r.stderr.contains("no gamma"),
        "{}",
        r.stderr
    );
}

#[test]
fn requests_in_flight_stay_within_the_bound() {
    let fake = FakeArm::start();
    fake.set_latency(Duration::from_millis(150));
    let ids: Vec<String> = (0..24).map(|i| pool(&format!("pool-{i:02}"))).collect();
    let mut args = vec!["vm-pool", "status", "--concurrency", "4", "--ids"];
    args.extend(ids.iter().map(String::as_str));
    let r = run(&mut Env::new().cmd(&fake), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(names_in(&r.stdout).len(), 24);
    assert_eq!(fake.count("/runtimeViews/latest"), 24);
    assert_eq!(fake.max_in_flight(), 4, "the bound is reached and never passed");

    // The default bound is 16.
    let fake = FakeArm::start();
    fake.set_latency(Duration::from_millis(150));
    let ids: Vec<String> = (0..40).map(|i| pool(&format!("pool-{i:02}"))).collect();
    let mut args = vec!["vm-pool", "status", "--ids"];
    args.extend(ids.iter().map(String::as_str));
    let r = run(&mut Env::new().cmd(&fake), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(names_in(&r.stdout).len(), 40);
    assert!((2..=16).contains(&fake.max_in_flight()), "{}", fake.max_in_flight());
}

#[test]
fn concurrency_must_be_positive() {
    let r = run(
        &mut Env::new().bare(),
        &["vm-pool", "status", "--concurrency", "0", "-g", "rg", "-n", "pool"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
}
