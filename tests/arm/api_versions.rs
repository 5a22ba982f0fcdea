//! A region that does not serve the pinned api-version yet: the real binary against the
//! fake ARM over TLS steps down to the newest version the refusal names, once per run.

use crate::common;

use common::{Env, FakeArm, Reply, STATUS, az, run};

const PINNED: &str = "2026-04-01";

/// How ARM refuses a version a region lacks, in both phrasings seen.
const REFUSALS: [(&str, &str); 2] = [
    (
        "NoRegisteredProviderFound",
        "No registered resource provider found for location 'westus' and API version '2026-04-01' for type 'standbyVirtualMachinePools'. The supported api-versions are '2024-03-01, 2025-03-01, 2025-10-01'. The supported locations are 'westus'.",
    ),
    (
        "InvalidApiVersionParameter",
        "The api-version '2026-04-01' is invalid. The supported versions are '2024-03-01-preview,2025-10-01,2026-01-01-preview'.",
    ),
];

/// The api-versions the StandbyPool requests asked for, in order.
fn standby_versions(fake: &FakeArm) -> Vec<String> {
    fake.seen()
        .iter()
        .filter(|s| s.path.contains("/Microsoft.StandbyPool/"))
        .map(|s| {
            s.query
                .split('&')
                .find_map(|kv| kv.strip_prefix("api-version="))
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

#[test]
fn status_steps_down_once_and_later_requests_go_straight_there() {
    for (code, message) in REFUSALS {
        let fake = FakeArm::start();
        fake.refuse_api_version(PINNED, Reply::error(400, code, message));
        // The table reads the runtime view and the pool side by side: each is refused
        // once and asked again at 2025-10-01, in two round trips as in a region that
        // serves 2026-04-01 (the scale set, Compute's, is not StandbyPool's).
        let r = run(
            &mut Env::new().cmd(&fake),
            &[&STATUS[..], &["-o", "table", "--verbose"]].concat(),
        );
        assert_eq!(r.code, 0, "{code}: {}", r.stderr);
        assert!(r.stdout.contains("Running"), "{}", r.stdout);
        assert_eq!(
            r.stderr.matches("falling back to 2025-10-01").count(),
            1,
            "{code}: {}",
            r.stderr
        );
        assert!(
            r.stderr.contains("api-version 2026-04-01 is not served here"),
            "{}",
            r.stderr
        );
        let mut versions = standby_versions(&fake);
        versions.sort();
        assert_eq!(versions, ["2025-10-01", "2025-10-01", PINNED, PINNED], "{code}");
    }
}

#[test]
fn the_answer_is_the_same_as_from_a_region_that_serves_it() {
    let fake = FakeArm::start();
    fake.refuse_api_version(PINNED, Reply::error(400, REFUSALS[0].0, REFUSALS[0].1));
    let r = run(&mut Env::new().cmd(&fake), &[&STATUS[..], &["-o", "json"]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
    // Without --verbose the step down is silent.
    assert_eq!(r.stderr, "");
}

#[test]
fn list_pages_follow_the_version_that_answered() {
    let fake = FakeArm::start();
    fake.refuse_api_version(PINNED, Reply::error(400, REFUSALS[0].0, REFUSALS[0].1));
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "list", "-g", "rg", "-o", "json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pools = common::json(&r.stdout);
    assert_eq!(pools.as_array().map(Vec::len), Some(2), "{}", r.stdout);
    assert_eq!(standby_versions(&fake), [PINNED, "2025-10-01", "2025-10-01"]);
}

#[test]
fn a_forced_version_is_not_stepped_down_from() {
    let fake = FakeArm::start();
    fake.refuse_api_version(PINNED, Reply::error(400, REFUSALS[0].0, REFUSALS[0].1));
    let r = run(
        &mut Env::new().cmd(&fake),
        &[&STATUS[..], &["--api-version", PINNED, "--verbose"]].concat(),
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("ERROR: (NoRegisteredProviderFound)"), "{}", r.stderr);
    assert!(r.stderr.contains("try --api-version 2025-10-01"), "{}", r.stderr);
    assert!(!r.stderr.contains("falling back"), "{}", r.stderr);
    assert_eq!(standby_versions(&fake), [PINNED]);
}

#[test]
fn a_refusal_that_names_no_versions_is_the_error() {
    let fake = FakeArm::start();
    fake.refuse_api_version(
        PINNED,
        Reply::error(
            400,
            "NoRegisteredProviderFound",
            "No registered resource provider found for location 'westus' and API version '2026-04-01' for type 'standbyVirtualMachinePools'.",
        ),
    );
    let r = run(&mut Env::new().cmd(&fake), &STATUS);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("ERROR: (NoRegisteredProviderFound)"), "{}", r.stderr);
    assert!(r.stderr.contains("try an older --api-version"), "{}", r.stderr);
    assert_eq!(standby_versions(&fake), [PINNED]);
}

#[test]
fn a_refusal_naming_only_newer_versions_is_the_error() {
    let fake = FakeArm::start();
    fake.refuse_api_version(
        PINNED,
        Reply::error(
            400,
            "InvalidApiVersionParameter",
            "The api-version '2026-04-01' is invalid. The supported versions are '2026-04-01,2027-01-01'.",
        ),
    );
    let r = run(&mut Env::new().cmd(&fake), &STATUS);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(standby_versions(&fake), [PINNED]);
}
