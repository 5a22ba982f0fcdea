//! az's `--version VIEW` on `status` (the runtime view's name), and the tool's own
//! `--version`, which only the top level has.

use crate::common;

use common::{Env, FakeArm, STATUS, SUBSCRIPTION, az, run};

#[test]
fn version_latest_prints_what_az_prints() {
    let fake = FakeArm::start();
    let env = Env::new();
    for (args, expected) in [
        (STATUS, "vmpool-status.json.stdout"),
        (
            ["container-pool", "status", "-g", "rg", "-n", "cgpool"],
            "cgpool-status.json.stdout",
        ),
    ] {
        let plain = run(&mut env.cmd(&fake), &[&args[..], &["-o", "json"]].concat());
        // After the command: before it, --version is the tool's own.
        let latest = run(
            &mut env.cmd(&fake),
            &[&args[..], &["-o", "json", "--version", "latest"]].concat(),
        );
        assert_eq!(latest.code, 0, "{}", latest.stderr);
        assert_eq!(latest.stdout, plain.stdout);
        assert_eq!(latest.stdout, az(expected));
    }
    assert!(fake.seen().iter().all(|s| s.path.ends_with("/runtimeViews/latest")));
}

#[test]
fn another_view_is_requested_as_is_and_not_found() {
    let fake = FakeArm::start();
    for format in ["json", "table"] {
        let r = run(
            &mut Env::new().cmd(&fake),
            &[&STATUS[..], &["--version", "nope", "-o", format]].concat(),
        );
        assert_eq!(r.code, 3, "{}", r.stderr);
        assert!(r.stderr.contains("ERROR: (ResourceNotFound)"), "{}", r.stderr);
        assert_eq!(r.stdout, "");
    }
    let views = fake.count("/runtimeViews/nope");
    assert_eq!(views, 2, "{:?}", fake.seen());
}

#[test]
fn a_view_name_the_spec_does_not_allow_is_a_usage_error() {
    let fake = FakeArm::start();
    for bad in ["", "a/b", "latest?x=1", "naïve", &"x".repeat(25)] {
        let r = run(&mut Env::new().cmd(&fake), &[&STATUS[..], &["--version", bad]].concat());
        assert_eq!(r.code, 2, "{bad:?}: {}", r.stderr);
        assert!(r.stderr.contains("--version"), "{bad:?}: {}", r.stderr);
    }
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool",
            "status",
            "--input",
            "examples/vmpool-status.json",
            "--version",
            "latest",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(fake.seen().is_empty());
}

#[test]
fn a_runtime_view_id_and_another_version_conflict() {
    let fake = FakeArm::start();
    let env = Env::new();
    let id = format!(
        "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool/runtimeViews/latest"
    );
    let r = run(
        &mut env.cmd(&fake),
        &["vm-pool", "status", "--ids", &id, "--version", "other"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("name different runtime views"), "{}", r.stderr);
    assert!(fake.seen().is_empty());
    let r = run(
        &mut env.cmd(&fake),
        &["vm-pool", "status", "--ids", &id, "--version", "latest"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
}

#[test]
fn only_the_top_level_prints_the_tools_version() {
    let env = Env::new();
    for flag in ["--version", "-V"] {
        let r = run(&mut env.bare(), &[flag]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(r.stdout.trim(), format!("standby {}", env!("CARGO_PKG_VERSION")));
    }
    for args in [
        &["vm-pool", "show", "--version"][..],
        &["vm-pool", "show", "-g", "rg", "-n", "pool", "--version", "latest"],
        &["vm-pool", "status", "-V"],
        &["vm-pool", "--version"],
        &["fleet", "status", "--version"],
    ] {
        let r = run(&mut env.bare(), args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{args:?}");
    }
}
