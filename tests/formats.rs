//! The scripting contract: every output format for every command (from saved ARM bodies,
//! so no network), az's recorded outputs reproduced byte for byte, --query, streams and
//! exit codes.

use crate::common;

use common::{Env, Run, az};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run_in(env: &Env, args: &[&str]) -> Run {
    common::run(&mut env.bare(), args)
}

fn run(args: &[&str]) -> Run {
    run_in(&Env::new(), args)
}

/// Every command, as `--input` takes it, with a query that suits its data.
const COMMANDS: &[(&str, &[&str], &str)] = &[
    (
        "vm_pool_status",
        &["vm-pool", "status", "--input", "examples/vmpool-status.json"],
        "instanceCountSummary[].{zone:zone, ready:instanceCountsByState[?state=='Deallocated'].count | [0], creating:instanceCountsByState[?state=='Creating'].count | [0]}",
    ),
    (
        "vm_pool_show",
        &["vm-pool", "show", "--input", "examples/vmpool.json"],
        "{name:name, state:provisioningState, max:elasticityProfile.maxReadyCapacity, id:id}",
    ),
    (
        "vm_pool_list",
        &["vm-pool", "list", "--input", "tests/fixtures/formats/vmpool-list.json"],
        "[].{name:name, group:resourceGroup, state:provisioningState}",
    ),
    (
        "container_pool_status",
        &["container-pool", "status", "--input", "examples/cgpool-status.json"],
        "{health:status.code, counts:instanceCountSummary[0].instanceCountsByState[].count, total:sum(instanceCountSummary[].instanceCountsByState[].count)}",
    ),
    (
        "container_pool_show",
        &["container-pool", "show", "--input", "examples/cgpool.json"],
        "{name:name, profile:containerGroupProperties.containerGroupProfile.id, zones:zones}",
    ),
    (
        "container_pool_list",
        &[
            "container-pool",
            "list",
            "--input",
            "tests/fixtures/formats/cgpool-list.json",
        ],
        "[].name",
    ),
    (
        "vm_instance_view",
        &["vm", "instance-view", "--input", "examples/vm-instance-view.json"],
        "instanceView.statuses[].code",
    ),
    (
        "vmss_instance_view",
        &["vmss", "instance-view", "--input", "examples/vmss-instance-view.json"],
        "virtualMachine.statusesSummary[].[code, count]",
    ),
    (
        "container_show",
        &["container", "show", "--input", "examples/container-group.json"],
        "containers[].{name:name, image:image, cpu:resources.requests.cpu, fromPool:`true`}",
    ),
];

const FORMATS: &[&str] = &["json", "jsonc", "yaml", "yamlc", "tsv", "table", "none"];

/// All formats of one command in one snapshot, each under a heading.
fn all_formats(args: &[&str], query: Option<&str>) -> String {
    let env = Env::new();
    let mut report = String::new();
    for format in FORMATS {
        let mut argv = args.to_vec();
        argv.extend(["-o", format]);
        if let Some(q) = query {
            argv.extend(["--query", q]);
        }
        let r = run_in(&env, &argv);
        assert_eq!(r.code, 0, "{argv:?}: {}", r.stderr);
        assert_eq!(r.stderr, "", "{argv:?}");
        report.push_str(&format!("===== -o {format}\n{}", r.stdout));
    }
    report
}

#[test]
fn every_command_in_every_format() {
    for (name, args, _) in COMMANDS {
        insta::assert_snapshot!(*name, all_formats(args, None));
    }
}

#[test]
fn every_command_in_every_format_with_query() {
    for (name, args, query) in COMMANDS {
        insta::assert_snapshot!(format!("{name}_query"), all_formats(args, Some(query)));
    }
}

/// `standby <cmd> --input <the body az was served> -o <fmt>` against what az printed.
#[test]
fn az_reference_outputs_byte_for_byte() {
    let cases: &[(&str, &[&str])] = &[
        (
            "vmpool-status",
            &["vm-pool", "status", "--input", "examples/vmpool-status.json"],
        ),
        (
            "cgpool-status",
            &["container-pool", "status", "--input", "examples/cgpool-status.json"],
        ),
        (
            "vm-get-instance-view",
            &["vm", "instance-view", "--input", "examples/vm-instance-view.json"],
        ),
        (
            "vmss-get-instance-view",
            &["vmss", "instance-view", "--input", "examples/vmss-instance-view.json"],
        ),
    ];
    for (case, args) in cases {
        for format in ["json", "yaml", "tsv"] {
            let mut argv = args.to_vec();
            argv.extend(["-o", format]);
            let r = run(&argv);
            assert_eq!(r.code, 0, "{case} {format}: {}", r.stderr);
            assert_eq!(r.stdout, az(&format!("{case}.{format}.stdout")), "{case} -o {format}");
        }
    }
    for (case, args) in [
        ("vmpool-show", ["vm-pool", "show", "--input", "examples/vmpool.json"]),
        (
            "cgpool-show",
            ["container-pool", "show", "--input", "examples/cgpool.json"],
        ),
    ] {
        let mut argv = args.to_vec();
        argv.extend(["-o", "json"]);
        assert_eq!(run(&argv).stdout, az(&format!("{case}.json.stdout")), "{case}");
    }
}

#[test]
fn az_reference_queries_byte_for_byte() {
    let vmpool = ["vm-pool", "status", "--input", "examples/vmpool-status.json"];
    let vm = ["vm", "instance-view", "--input", "examples/vm-instance-view.json"];
    let cases: &[(&str, &[&str], &str, &str)] = &[
        (
            "q.vmpool-zone-ready.table.stdout",
            &vmpool,
            "table",
            "instanceCountSummary[].{zone:zone, ready:instanceCountsByState[?state=='Deallocated'].count | [0], creating:instanceCountsByState[?state=='Creating'].count | [0]}",
        ),
        (
            "q.vmpool-total.tsv.stdout",
            &vmpool,
            "tsv",
            "sum(instanceCountSummary[].instanceCountsByState[].count)",
        ),
        (
            "q.vmpool-health.tsv.stdout",
            &vmpool,
            "tsv",
            "[status.code, provisioningState]",
        ),
        (
            "q.vm-power.tsv.stdout",
            &vm,
            "tsv",
            "instanceView.statuses[?starts_with(code,'PowerState/')].code | [0]",
        ),
    ];
    for (expected, args, format, query) in cases {
        let mut argv = args.to_vec();
        argv.extend(["-o", format, "--query", query]);
        let r = run(&argv);
        assert_eq!(r.code, 0, "{expected}: {}", r.stderr);
        assert_eq!(r.stdout, az(expected), "{expected}");
    }
}

/// az prints Python's `True`/`None` here; the contract says `true`, and null is empty.
#[test]
fn container_show_tsv_uses_json_booleans() {
    let r = run(&[
        "container",
        "show",
        "--input",
        "examples/container-group.json",
        "-o",
        "tsv",
    ]);
    assert_eq!(r.code, 0);
    let fields: Vec<&str> = r.stdout.trim_end_matches('\n').split('\t').collect();
    assert!(fields.contains(&"true"), "{}", r.stdout);
    assert!(!r.stdout.contains("True") && !r.stdout.contains("None"));
    assert_eq!(r.stdout.lines().count(), 1);
}

#[test]
fn query_keeps_the_expression_key_order_in_json_yaml_and_tsv() {
    let base = ["vm-pool", "status", "--input", "examples/vmpool-status.json", "--query"];
    let q = "{zone: instanceCountSummary[0].zone, name: name, code: status.code}";
    let out = |format: &str| {
        let mut argv = base.to_vec();
        argv.extend([q, "-o", format]);
        run(&argv).stdout
    };
    assert_eq!(
        out("json"),
        "{\n  \"zone\": 1,\n  \"name\": \"latest\",\n  \"code\": \"HealthState/healthy\"\n}\n"
    );
    assert_eq!(out("yaml"), "zone: 1\nname: latest\ncode: HealthState/healthy\n");
    assert_eq!(out("tsv"), "1\tlatest\tHealthState/healthy\n");
}

#[test]
fn unquoted_backtick_literals_work_as_in_az() {
    let r = run(&[
        "vm-pool",
        "status",
        "--input",
        "examples/vmpool-status.json",
        "--query",
        "instanceCountSummary[].instanceCountsByState[?state==`Creating`].count[]",
        "-o",
        "tsv",
    ]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "0\n1\n0\n", ""));
}

#[test]
fn a_query_that_selects_nothing_prints_nothing() {
    for format in FORMATS {
        let r = run(&[
            "vm-pool",
            "status",
            "--input",
            "examples/vmpool-status.json",
            "--query",
            "noSuchField",
            "-o",
            format,
        ]);
        assert_eq!((r.code, r.stdout.as_str()), (0, ""), "-o {format}");
    }
}

#[test]
fn jsonc_and_yamlc_colour_when_asked() {
    let base = [
        "vm-pool",
        "show",
        "--input",
        "examples/vmpool.json",
        "--color",
        "always",
        "-o",
    ];
    let mut report = String::new();
    for format in ["jsonc", "yamlc"] {
        let mut argv = base.to_vec();
        argv.push(format);
        let r = run(&argv);
        assert_eq!(r.code, 0);
        assert!(r.stdout.contains('\u{1b}'), "{format}");
        report.push_str(&format!("===== -o {format}\n{}", r.stdout.replace('\u{1b}', "␛")));
    }
    insta::assert_snapshot!("coloured_jsonc_yamlc", report);
}

// ---- defaults: STANDBY_OUTPUT and az's config

#[test]
fn standby_output_and_az_config_choose_the_format_off_a_terminal() {
    let args = ["vm-pool", "status", "--input", "examples/vmpool-status.json"];
    let env = Env::new();
    let json = run_in(&env, &args).stdout;
    assert_eq!(json, az("vmpool-status.json.stdout"));

    env.az_config("[core]\noutput = tsv\n");
    assert_eq!(run_in(&env, &args).stdout, az("vmpool-status.tsv.stdout"));

    let out = env.bare().args(args).env("STANDBY_OUTPUT", "yaml").output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), az("vmpool-status.yaml.stdout"));

    let mut argv = args.to_vec();
    argv.extend(["-o", "json"]);
    let out = env.bare().args(&argv).env("STANDBY_OUTPUT", "yaml").output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), json);

    let out = env.bare().args(args).env("STANDBY_OUTPUT", "xml").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8(out.stderr).unwrap().contains("STANDBY_OUTPUT"));
}

#[test]
fn only_show_errors_silences_warnings() {
    let env = Env::new();
    env.az_config("[core]\noutput = xml\n");
    let args = ["vm-pool", "status", "--input", "examples/vmpool-status.json"];
    let r = run_in(&env, &args);
    assert_eq!(r.code, 0);
    assert!(r.stderr.starts_with("WARNING: "), "{}", r.stderr);
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));

    let mut argv = args.to_vec();
    argv.push("--only-show-errors");
    let r = run_in(&env, &argv);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(r.stdout, az("vmpool-status.json.stdout"));
}

// ---- streams and exit codes

#[test]
fn exit_0_on_success_with_only_the_result_on_stdout() {
    let r = run(&[
        "vm-pool",
        "status",
        "--input",
        "examples/vmpool-status.json",
        "-o",
        "json",
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(serde_json::from_str::<serde_json::Value>(&r.stdout).is_ok());
}

#[test]
fn exit_1_on_an_error_even_with_output_none() {
    for format in ["json", "none"] {
        let r = run(&[
            "vm-pool",
            "status",
            "--input",
            "tests/fixtures/formats/missing.json",
            "-o",
            format,
        ]);
        assert_eq!((r.code, r.stdout.as_str()), (1, ""), "-o {format}");
        assert!(r.stderr.starts_with("ERROR: reading "), "{}", r.stderr);
    }
}

#[test]
fn exit_2_on_a_bad_query_showing_where() {
    let r = run(&[
        "vm-pool",
        "status",
        "--input",
        "examples/vmpool-status.json",
        "--query",
        "instanceCountSummary[.zone",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    insta::assert_snapshot!("bad_query_stderr", r.stderr);

    // Wrong types show up only when the query runs: still the expression's fault.
    let r = run(&[
        "vm-pool",
        "status",
        "--input",
        "examples/vmpool-status.json",
        "--query",
        "sum(name)",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert!(r.stderr.starts_with("ERROR: --query "), "{}", r.stderr);
}

#[test]
fn exit_2_on_a_bad_query_before_any_request() {
    // No credentials and no server: the query is rejected before either is needed.
    let r = run(&[
        "vm-pool",
        "status",
        "-g",
        "rg",
        "-n",
        "pool",
        "--subscription",
        "00000000-0000-0000-0000-000000000000",
        "--query",
        "a[?",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert!(
        r.stderr.contains("--query is not a valid JMESPath expression"),
        "{}",
        r.stderr
    );
}

#[test]
fn exit_2_on_missing_arguments() {
    let r = run(&["vm-pool", "status", "-g", "rg", "-o", "none"]);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert!(r.stderr.contains("-n/--name"), "{}", r.stderr);
    let r = run(&["vm-pool", "status", "-o", "xml"]);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
}

#[test]
fn table_query_with_only_nested_fields_is_a_usage_error() {
    let r = run(&[
        "vm-pool",
        "status",
        "--input",
        "examples/vmpool-status.json",
        "--query",
        "{s:status}",
        "-o",
        "table",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert!(r.stderr.contains("-o json"), "{}", r.stderr);
}

/// A large result into a reader that has gone away: quiet, exit 0.
#[test]
fn a_closed_reader_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let body: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("examples/vmpool-status.json")).unwrap()).unwrap();
    let big = serde_json::Value::Array(vec![body; 2000]);
    let input: PathBuf = dir.path().join("many.json");
    std::fs::write(&input, serde_json::to_string(&big).unwrap()).unwrap();

    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("standby"))
        .args(["vm-pool", "status", "-o", "json", "--input"])
        .arg(&input)
        .env_clear()
        .env("HOME", dir.path())
        .env("AZURE_CONFIG_DIR", dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[cfg(unix)]
#[test]
fn piping_into_head_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("standby");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(r#""$0" vm-pool list --input tests/fixtures/formats/vmpool-list.json -o yaml | head -1; exit "${PIPESTATUS[0]}""#)
        .arg(&bin)
        .current_dir(root())
        .env_clear()
        .env("HOME", dir.path())
        .env("AZURE_CONFIG_DIR", dir.path())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
