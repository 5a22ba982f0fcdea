//! What a person meets in the first minute at a terminal: help, tables at 80 and 120
//! columns, plain words, readable colours, ready against target, and the README's and
//! the help's examples, each run as written.

use crate::common;

use common::{Env, FakeArm, Reply, TOKEN, assert_identifiers_whole, run};
use serde_json::json;

/// Every table view on a bundled sample: (snapshot name, arguments).
const VIEWS: &[(&str, &[&str])] = &[
    (
        "vmpool_status",
        &["vm-pool", "status", "--input", "examples/vmpool-status.json"],
    ),
    (
        "vmpool_status_every_state",
        &[
            "vm-pool",
            "status",
            "--input",
            "examples/vmpool-status-every-state.json",
        ],
    ),
    (
        "cgpool_status",
        &["container-pool", "status", "--input", "examples/cgpool-status.json"],
    ),
    ("vmpool_show", &["vm-pool", "show", "--input", "examples/vmpool.json"]),
    (
        "vmpool_show_mix",
        &["vm-pool", "show", "--input", "examples/vmpool-mix.json"],
    ),
    (
        "cgpool_show",
        &["container-pool", "show", "--input", "examples/cgpool.json"],
    ),
    (
        "vmpool_list",
        &["vm-pool", "list", "--input", "examples/vmpool-list.json"],
    ),
    (
        "cgpool_list",
        &["container-pool", "list", "--input", "examples/cgpool-list.json"],
    ),
    (
        "vm_instance_view",
        &["vm", "instance-view", "--input", "examples/vm-instance-view.json"],
    ),
    (
        "vmss_instance_view",
        &["vmss", "instance-view", "--input", "examples/vmss-instance-view.json"],
    ),
    (
        "vmss_instance_view_large",
        &[
            "vmss",
            "instance-view",
            "--input",
            "examples/vmss-instance-view-large.json",
        ],
    ),
    (
        "container_show",
        &["container", "show", "--input", "examples/container-group.json"],
    ),
    (
        "vmpool_show_dynamic_sizing",
        &["vm-pool", "show", "--input", "examples/vmpool-dynamic-sizing.json"],
    ),
];

fn columns(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

// ---- tables at 80 and 120 columns ----------------------------------------------------------

#[test]
fn every_view_fits_80_100_and_120_columns() {
    let env = Env::new();
    for (name, args) in VIEWS {
        for width in ["80", "100", "120"] {
            let r = run(env.bare().env("COLUMNS", width).args(["-o", "table"]), args);
            assert_eq!(r.code, 0, "{name}: {}", r.stderr);
            let limit: usize = width.parse().unwrap();
            assert!(columns(&r.stdout) <= limit, "{name} at {width}:\n{}", r.stdout);
            insta::assert_snapshot!(format!("{name}_{width}"), r.stdout);
        }
    }
}

#[test]
fn status_with_its_target_at_80_and_120_columns() {
    let fake = FakeArm::start();
    let env = Env::new();
    for (name, args) in [
        ("vmpool_status_ready", ["vm-pool", "status", "-g", "rg", "-n", "pool"]),
        (
            "cgpool_status_ready",
            ["container-pool", "status", "-g", "rg", "-n", "cgpool"],
        ),
    ] {
        for width in ["80", "120"] {
            let r = run(env.cmd(&fake).env("COLUMNS", width).args(["-o", "table"]), &args);
            assert_eq!(r.code, 0, "{name}: {}", r.stderr);
            assert!(columns(&r.stdout) <= width.parse().unwrap(), "{}", r.stdout);
            insta::assert_snapshot!(format!("{name}_{width}"), r.stdout);
        }
    }
}

#[test]
fn headers_and_values_are_never_split() {
    let env = Env::new();
    let r = run(env.bare().env("COLUMNS", "80").args(["-o", "table"]), VIEWS[1].1);
    // One header line: the rule follows it directly.
    let lines: Vec<&str> = r.stdout.lines().collect();
    let header = lines.iter().position(|l| l.starts_with("Zone")).unwrap();
    assert!(lines[header + 1].starts_with('─'), "{}", r.stdout);
    for state in ["Deal'g", "Deal'd", "Hib'g", "Hib'd"] {
        assert!(lines[header].contains(state), "{}", r.stdout);
    }
    // The key says what they stand for; prose wraps at spaces.
    assert!(r.stdout.contains("Deal'd Deallocated"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("\nForecast      every 15m from 2025-03-27 23:45 UTC, accuracy 87%\n"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\n  next 2h     ▅▅▇█▇▆▅▄ 12 14 18"), "{}", r.stdout);
    let c = run(
        env.bare().env("COLUMNS", "80").args(["-o", "table"]),
        &["container", "show", "--input", "examples/container-group.json"],
    );
    assert!(c.stdout.contains("10.0.2.4:80 "), "{}", c.stdout);
    // The image is never cut: where the row has no room for it, it goes whole under it.
    let row = c.stdout.lines().find(|l| l.starts_with("mycg")).unwrap();
    assert!(row.contains("serving"), "{}", c.stdout);
    assert!(
        c.stdout
            .contains("\n  Image: mcr.microsoft.com/azuredocs/aci-helloworld\n"),
        "{}",
        c.stdout
    );
}

#[test]
fn known_states_stay_columns_with_dim_zeros() {
    let env = Env::new();
    let r = run(env.bare().env("COLUMNS", "200").args(["-o", "table"]), VIEWS[0].1);
    let header = r.stdout.lines().find(|l| l.starts_with("Zone")).unwrap();
    let names: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(
        names,
        [
            "Zone",
            "Creating",
            "Starting",
            "Running",
            "Deallocating",
            "Deallocated",
            "Hibernating",
            "Hibernated",
            "Deleting",
            "Total"
        ]
    );
    let cg = run(env.bare().args(["-o", "table"]), VIEWS[2].1);
    let header = cg.stdout.lines().find(|l| l.starts_with("Zone")).unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["Zone", "Creating", "Running", "Deleting", "Total"]
    );
    let coloured = run(env.bare().args(["-o", "table", "--color", "always"]), VIEWS[0].1);
    assert!(coloured.stdout.contains("\x1b[2m0\x1b[0m"), "{:?}", coloured.stdout);
}

// ---- colours and words -----------------------------------------------------------------------

#[test]
fn colours_are_the_terminals_own_sixteen() {
    let env = Env::new();
    for (name, args) in VIEWS {
        let r = run(env.bare().args(["-o", "table", "--color", "always"]), args);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert!(r.stdout.contains('\x1b'), "{name}: no colour at all");
        assert!(
            !r.stdout.contains("38;5;"),
            "{name}: 256-colour escape in {:?}",
            r.stdout
        );
        assert!(
            !r.stdout.contains("38;2;"),
            "{name}: true-colour escape in {:?}",
            r.stdout
        );
    }
}

#[test]
fn show_colours_the_vm_state_and_vmss_says_it_in_words() {
    let env = Env::new();
    let r = run(env.bare().args(["-o", "table", "--color", "always"]), VIEWS[3].1);
    assert!(r.stdout.contains("\x1b[32mDeallocated"), "{:?}", r.stdout);
    let r = run(env.bare().args(["-o", "table"]), VIEWS[10].1);
    assert!(r.stdout.contains("Provisioning succeeded"), "{}", r.stdout);
    assert!(r.stdout.contains("VM deallocated"), "{}", r.stdout);
    assert!(!r.stdout.contains("ProvisioningState/"), "{}", r.stdout);
}

#[test]
fn one_vocabulary_for_pool_membership_with_a_legend_at_a_terminal() {
    let env = Env::new();
    let vm = run(env.bare().args(["-o", "table"]), VIEWS[8].1);
    assert!(vm.stdout.contains("in pool"), "{}", vm.stdout);
    assert!(vm.stdout.contains("serving: it left the pool"), "{}", vm.stdout);
    let cg = run(env.bare().args(["-o", "table"]), VIEWS[11].1);
    assert!(cg.stdout.contains("serving"), "{}", cg.stdout);
    assert!(!cg.stdout.contains(" yes"), "{}", cg.stdout);
    // A pipe with no width gets the bare table.
    let piped = run(env.bare().env_remove("COLUMNS").args(["-o", "table"]), VIEWS[8].1);
    assert!(piped.stdout.contains("in pool"));
    assert!(!piped.stdout.contains("serving: it left"), "{}", piped.stdout);
}

// ---- ready against target --------------------------------------------------------------------

#[test]
fn status_table_reads_the_pool_for_ready_against_target() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        env.cmd(&fake).args(["-o", "table"]),
        &["vm-pool", "status", "-g", "rg", "-n", "pool"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("Ready         8 of 8 (max 10 − 2 in scale set myScaleSet; min 5)\n"),
        "{}",
        r.stdout
    );
    assert_eq!(fake.count("/standbyVirtualMachinePools/pool"), 1);
    assert_eq!(fake.count("/runtimeViews/latest"), 1);
    assert_eq!(fake.count("/virtualMachineScaleSets/myScaleSet"), 1);

    // JSON, a query and a saved body send nothing more than before.
    for args in [vec!["-o", "json"], vec!["-o", "table", "--query", "provisioningState"]] {
        let fake = FakeArm::start();
        let r = run(
            env.cmd(&fake).args(&args),
            &["vm-pool", "status", "-g", "rg", "-n", "pool"],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(fake.count("/standbyVirtualMachinePools/pool"), 0, "{args:?}");
        assert_eq!(fake.seen().len(), 1, "{args:?}");
    }
    let saved = run(env.bare().args(["-o", "table"]), VIEWS[0].1);
    assert!(!saved.stdout.contains("Ready"), "{}", saved.stdout);

    let cg = run(
        env.cmd(&fake).args(["-o", "table"]),
        &["container-pool", "status", "-g", "rg", "-n", "cgpool"],
    );
    assert!(cg.stdout.contains("Ready         4 of 5"), "{}", cg.stdout);
}

#[test]
fn ready_below_the_minimum_is_highlighted() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/pool",
        vec![Reply::json(
            200,
            json!({"name": "pool", "properties": {"virtualMachineState": "Deallocated",
                "elasticityProfile": {"maxReadyCapacity": 12, "minReadyCapacity": 9}}}),
        )],
    );
    let r = run(
        Env::new().cmd(&fake).args(["-o", "table", "--color", "always"]),
        &["vm-pool", "status", "-g", "rg", "-n", "pool"],
    );
    assert!(
        r.stdout
            .contains("\x1b[31m8 of 12\x1b[39m\x1b[0m (max 12; min 9; no scale set attached)"),
        "{:?}",
        r.stdout
    );
    assert!(r.stdout.contains("\x1b[1m"), "{:?}", r.stdout);
}

#[test]
fn a_pool_that_cannot_be_read_costs_only_the_target() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/pool",
        vec![Reply::error(403, "AuthorizationFailed", "no read on the pool")],
    );
    let r = run(
        Env::new().cmd(&fake).args(["-o", "table"]),
        &["vm-pool", "status", "-g", "rg", "-n", "pool"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("Ready         8 (target unknown: the pool could not be read)"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Zone"), "{}", r.stdout);
    assert!(r.stderr.contains("WARNING: reading pool 'pool'"), "{}", r.stderr);
}

// ---- man pages, exit codes, errors ------------------------------------------------------------

#[test]
fn man_synopsis_keeps_value_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let env = Env::new();
    let r = run(&mut env.bare(), &["man", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let page = std::fs::read_to_string(dir.path().join("standby-vm-pool-status.1")).unwrap();
    let synopsis = page.lines().skip_while(|l| *l != ".SH SYNOPSIS").nth(1).unwrap();
    assert!(synopsis.contains(r"[\fB\-\-query\fR \fIJMESPATH\fR]"), "{synopsis}");
    assert!(
        synopsis.contains(r"[\fB\-o\fR|\fB\-\-output\fR \fIFORMAT\fR]"),
        "{synopsis}"
    );
    assert!(
        synopsis.contains("(\\-g RG \\-n NAME | \\-\\-ids ID... | \\-\\-input FILE)"),
        "{synopsis}"
    );
    assert!(!synopsis.contains(r"[\fB\-\-ids\fR"), "{synopsis}");
    let root = std::fs::read_to_string(dir.path().join("standby.1")).unwrap();
    assert!(root.contains("serving"), "the man page explains the membership words");
}

#[test]
fn exit_code_words_agree_with_the_codes() {
    let env = Env::new();
    let help = run(&mut env.bare(), &["--help"]).stdout;
    assert!(
        help.contains("  1    error: service, credentials, network, --input file missing or not JSON"),
        "{help}"
    );
    let missing = run(&mut env.bare(), &["vm-pool", "status", "--input", "no-such-file.json"]);
    assert_eq!(missing.code, 1, "{}", missing.stderr);
    let broken = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(broken.path(), "{not json").unwrap();
    let r = run(
        &mut env.bare(),
        &["vm-pool", "status", "--input", broken.path().to_str().unwrap()],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
}

#[test]
fn no_subscription_says_what_works_without_az() {
    let env = Env::new();
    let r = run(
        env.bare().env("STANDBY_ACCESS_TOKEN", TOKEN),
        &["vm-pool", "status", "-g", "rg", "-n", "pool"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    for needle in [
        "--subscription",
        "AZURE_SUBSCRIPTION_ID",
        "without az",
        "az account set",
    ] {
        assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
    }
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

// ---- real-length names -----------------------------------------------------------------------

/// The identifiers of tests/fixtures/long (see make.py there): pools of 24 characters, a
/// resource group of 90, scale sets, VMs, container groups and profiles of about 35.
const RG90: &str = "rg-contoso-commerce-platform-production-westeurope-frontend-web-tier-standby-pools-000001x";
const LONG_IDS: &[&str] = &[
    RG90,
    "batch-processing-westeurope-production-workers",
    "rg-standby-pool-dynamic-sizing-eastus2",
    "web-frontend-eastus2-p01",
    "web-hibernated-westus3-a",
    "batch-mix-workers-neu-01",
    "build-agents-linux-eus01",
    "ci-runners-windows-weu-7",
    "build-agents-linux-eus01-cg-7f3a9b2c",
    "web-frontend-eastus2-vmss-3f2a1b9c",
    "web-hibernated-westus3-vmss-0a1b2c3",
    "batch-mix-workers-neu-vmss-9e8d7c6b",
    "dynamic-sizing-eastus2-vmss-5d4c3b2a",
    "build-agents-linux-container-profile",
    "ci-runners-windows-container-profile",
    "web-frontend-eastus2-vmss_3f2a1b9c",
];

/// (snapshot name, file under tests/fixtures/long, command, identifiers that always stay).
const LONG_VIEWS: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "vmpool_list",
        "vmpool-list",
        &["vm-pool", "list"],
        &[
            "web-frontend-eastus2-p01",
            "web-hibernated-westus3-a",
            "batch-mix-workers-neu-01",
            "batch-processing-westeurope-production-workers",
            RG90,
        ],
    ),
    (
        "cgpool_list",
        "cgpool-list",
        &["container-pool", "list"],
        &["build-agents-linux-eus01", "ci-runners-windows-weu-7", RG90],
    ),
    (
        "vmpool_show",
        "vmpool",
        &["vm-pool", "show"],
        &["web-frontend-eastus2-p01", RG90],
    ),
    (
        "vmpool_show_mix",
        "vmpool-mix",
        &["vm-pool", "show"],
        &["batch-mix-workers-neu-01", RG90],
    ),
    (
        "vmpool_show_dynamic_sizing",
        "vmpool-dynamic-sizing",
        &["vm-pool", "show"],
        &["web-frontend-eastus2-p01", "rg-standby-pool-dynamic-sizing-eastus2"],
    ),
    (
        "cgpool_show",
        "cgpool",
        &["container-pool", "show"],
        &["build-agents-linux-eus01", RG90],
    ),
    (
        "vmpool_status",
        "vmpool-status",
        &["vm-pool", "status"],
        &["web-frontend-eastus2-p01", RG90],
    ),
    (
        "vmpool_status_every_state",
        "vmpool-status-every-state",
        &["vm-pool", "status"],
        &["batch-mix-workers-neu-01", RG90],
    ),
    (
        "cgpool_status",
        "cgpool-status",
        &["container-pool", "status"],
        &["build-agents-linux-eus01", RG90],
    ),
    (
        "vm_instance_view",
        "vm-instance-view",
        &["vm", "instance-view"],
        &["web-frontend-eastus2-vmss_3f2a1b9c", RG90],
    ),
    (
        "container_show",
        "container-group",
        &["container", "show"],
        &["build-agents-linux-eus01-cg-7f3a9b2c", RG90],
    ),
];

#[test]
fn long_names_stay_whole_at_80_100_and_120_columns() {
    let env = Env::new();
    for (name, file, command, must) in LONG_VIEWS {
        let path = format!("tests/fixtures/long/{file}.json");
        for width in [80, 100, 120] {
            let mut args = command.to_vec();
            args.extend(["--input", path.as_str()]);
            let r = run(
                env.bare().env("COLUMNS", width.to_string()).args(["-o", "table"]),
                &args,
            );
            assert_eq!(r.code, 0, "{name}: {}", r.stderr);
            assert_identifiers_whole(&r.stdout, width, LONG_IDS, must, name);
            insta::assert_snapshot!(format!("long_{name}_{width}"), r.stdout);
        }
        // JSON keeps every identifier whole at any width.
        let mut args = command.to_vec();
        args.extend(["--input", path.as_str()]);
        let json = run(env.bare().env("COLUMNS", "80").args(["-o", "json"]), &args);
        for id in *must {
            assert!(json.stdout.contains(id), "{name}: {id}\n{}", json.stdout);
        }
    }
}
