//! What a hostile server, a broken answer or an odd input can do to the output side:
//! terminal control sequences in server text, `--query` nested thousands deep, views
//! that cost the square of their size, bodies of the wrong shape, `--input` given the
//! wrong document, fields lost in flattening, and container groups shown too briefly.

use crate::common;

use common::{Env, FakeArm, Reply, STATUS, json, run};
use serde_json::{Value, json};
use std::path::Path;
use std::time::{Duration, Instant};

/// An OSC title, a screen clear, a disguised OSC 8 link, a forged line start, reversed text.
const TITLE: &str = "\u{1b}]0;pwned\u{7}";
const CLEAR: &str = "\u{1b}[2J";
const LINK: &str = "\u{1b}]8;;https://evil.example/\u{1b}\\click\u{1b}]8;;\u{1b}\\";
const CR: &str = "ok\rforged";
const RLO: &str = "abc\u{202e}fed";

fn hostile(i: usize) -> String {
    let all = [TITLE, CLEAR, LINK, CR, RLO];
    format!("x{}{}", all[i % all.len()], all[(i + 1) % all.len()])
}

/// Nothing that could steer a terminal: ESC, BEL, CR, DEL, C1 and the bidi controls.
fn assert_inert(text: &str, what: &str) {
    assert_inert_but(text, &[], what);
}

/// As `assert_inert`, but `allowed` may appear too (tsv's own tabs).
fn assert_inert_but(text: &str, allowed: &[char], what: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && !allowed.contains(&c))
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(bad.is_empty(), "{what} let {bad:?} through:\n{text}");
}

fn hostile_runtime_view() -> Value {
    json!({
        "name": hostile(0),
        "type": "Microsoft.StandbyPool/standbyVirtualMachinePools/runtimeViews",
        "properties": {
            "instanceCountSummary": [
                {"zone": hostile(1), "instanceCountsByState": [{"state": hostile(2), "count": 3}, {"state": "Running", "count": 1}]},
                {"zone": 2, "instanceCountsByState": [{"state": hostile(3), "count": 0}]}
            ],
            "provisioningState": hostile(4),
            "status": {"code": format!("HealthState/{}", hostile(0)), "message": hostile(1)},
            "prediction": {"forecastStartTime": hostile(2), "forecastInfo": "{}"}
        }
    })
}

#[test]
fn server_text_cannot_control_the_terminal() {
    let fake = FakeArm::start();
    let body = hostile_runtime_view();
    fake.script("/runtimeViews/latest", vec![Reply::json(200, body.clone())]);
    let env = Env::new();
    for format in ["table", "tsv"] {
        let mut argv = STATUS.to_vec();
        argv.extend(["-o", format]);
        let r = run(env.cmd(&fake).env("COLUMNS", "400"), &argv);
        assert_eq!(r.code, 0, "{format}: {}", r.stderr);
        assert_inert_but(&r.stdout, &['\t'], format);
        assert_inert(&r.stderr, format);
        // What was escaped stays visible.
        assert!(r.stdout.contains("\\x1b]0;pwned\\x07"), "{format}:\n{}", r.stdout);
        assert!(r.stdout.contains("\\u{202e}"), "{format}:\n{}", r.stdout);
    }
    // A --query table prints the keys and values the query picked.
    let mut argv = STATUS.to_vec();
    argv.extend([
        "-o",
        "table",
        "--query",
        "instanceCountSummary[].{zone: zone, state: instanceCountsByState[0].state}",
    ]);
    let r = run(env.cmd(&fake).env("COLUMNS", "400"), &argv);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_inert(&r.stdout, "the --query table");
    // Our own colours still reach the terminal; the server's sequences do not.
    let mut argv = STATUS.to_vec();
    argv.extend(["-o", "table", "--color", "always"]);
    let r = run(env.cmd(&fake).env("COLUMNS", "400"), &argv);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\u{1b}["), "no colours:\n{}", r.stdout);
    for raw in [TITLE, CLEAR, LINK, "\r", "\u{202e}", "\u{7}"] {
        assert!(!r.stdout.contains(raw), "{raw:?} reached the terminal:\n{}", r.stdout);
    }
    // JSON stays exact: the strings are the service's, escaped as JSON escapes them.
    let mut argv = STATUS.to_vec();
    argv.extend(["-o", "json"]);
    let r = run(env.cmd(&fake).env("COLUMNS", "400"), &argv);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r.stdout);
    assert_eq!(v["name"], body["name"]);
    assert_eq!(v["instanceCountSummary"], body["properties"]["instanceCountSummary"]);
    assert_eq!(v["status"], body["properties"]["status"]);
}

/// The table of a hostile view is laid out exactly as the table of a view whose text
/// already is the escaped form: widths count what is seen, not the escape bytes.
#[test]
fn widths_count_what_is_seen() {
    fn escaped(v: &Value) -> Value {
        match v {
            Value::String(s) => Value::String(
                s.chars()
                    .map(|c| match c as u32 {
                        n if c.is_control() => format!("\\x{n:02x}"),
                        n @ (0x202a..=0x202e | 0x2066..=0x2069) => format!("\\u{{{n:x}}}"),
                        _ => c.to_string(),
                    })
                    .collect(),
            ),
            Value::Array(a) => Value::Array(a.iter().map(escaped).collect()),
            Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), escaped(v))).collect()),
            other => other.clone(),
        }
    }
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/pool/runtimeViews/latest",
        vec![Reply::json(200, hostile_runtime_view())],
    );
    fake.script(
        "/standbyVirtualMachinePools/safe/runtimeViews/latest",
        vec![Reply::json(200, escaped(&hostile_runtime_view()))],
    );
    let env = Env::new();
    let table = |name: &str| {
        let r = run(
            env.cmd(&fake).env("COLUMNS", "60"),
            &["vm-pool", "status", "-g", "rg", "-n", name, "-o", "table"],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let hostile = table("pool");
    assert_eq!(hostile, table("safe"));
    assert!(hostile.contains("\\x1b]0;pwned"), "{hostile}");
}

#[test]
fn other_tables_and_errors_are_sanitised_too() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/pool",
        vec![Reply::json(
            200,
            json!({"name": hostile(0), "location": hostile(1), "properties": {"provisioningState": hostile(2),
                "virtualMachineState": hostile(3), "attachedVirtualMachineScaleSetId": format!("/x/{}", hostile(4))}}),
        )],
    );
    fake.script(
        "/containerGroups/cg",
        vec![Reply::json(
            200,
            json!({"name": hostile(1), "properties": {"provisioningState": hostile(2), "instanceView": {"state": hostile(3)},
                "containers": [{"name": "c", "properties": {"image": hostile(4)}}], "osType": hostile(0)}}),
        )],
    );
    fake.script(
        "/virtualMachines/vm",
        vec![Reply::json(
            200,
            json!({"name": hostile(2), "properties": {"instanceView": {"statuses": [{"code": "PowerState/running", "displayStatus": hostile(3)}]}}}),
        )],
    );
    fake.script(
        "/virtualMachineScaleSets/ss/instanceView",
        vec![Reply::json(
            200,
            json!({"virtualMachine": {"statusesSummary": [{"code": hostile(4), "count": 1}]},
                   "extensions": [{"name": hostile(0), "statusesSummary": [{"code": "x", "count": 2}]}]}),
        )],
    );
    let env = Env::new();
    for args in [
        &["vm-pool", "show", "-g", "rg", "-n", "pool"][..],
        &["container", "show", "-g", "rg", "-n", "cg"],
        &["vm", "instance-view", "-g", "rg", "-n", "vm"],
        &["vmss", "instance-view", "-g", "rg", "-n", "ss"],
    ] {
        let r = run(env.cmd(&fake).env("COLUMNS", "400"), &[args, &["-o", "table"]].concat());
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_inert(&r.stdout, &format!("{args:?}"));
        assert!(r.stdout.contains("\\x1b"), "{args:?}:\n{}", r.stdout);
    }
    // An ARM error: its code and message, and the hint built from them.
    fake.script(
        "/runtimeViews/latest",
        vec![Reply::error(
            403,
            &format!("AuthorizationFailed{CLEAR}"),
            &format!("{TITLE} does not have authorization to perform action '{LINK}{RLO}' over scope '/s'{CR}"),
        )],
    );
    let r = run(&mut env.cmd(&fake), &STATUS);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_inert(&r.stderr, "an ARM error");
    assert!(r.stderr.contains("\\x1b]0;pwned"), "{}", r.stderr);
}

#[test]
fn tsv_values_never_break_their_row() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pool.json");
    let pool = json!({"name": "a\tb", "location": "line1\nline2", "id": "c:\\path", "type": "Microsoft.StandbyPool/standbyVirtualMachinePools"});
    std::fs::write(&file, pool.to_string()).unwrap();
    let r = run(
        &mut Env::new().bare(),
        &["vm-pool", "show", "--input", file.to_str().unwrap(), "-o", "tsv"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 1, "{:?}", r.stdout);
    assert_eq!(
        r.stdout,
        "c:\\\\path\tline1\\nline2\ta\\tb\tMicrosoft.StandbyPool/standbyVirtualMachinePools\n"
    );
}

#[test]
fn deep_queries_are_usage_errors() {
    let shapes = [
        ("a 20,000-name dotted path", vec!["a"; 20_000].join(".")),
        (
            "5,000 nested abs(",
            format!("{}@{}", "abs(".repeat(5_000), ")".repeat(5_000)),
        ),
        (
            "10,000 brackets",
            format!("{}0{}", "[".repeat(10_000), "]".repeat(10_000)),
        ),
        (
            "10,000 parentheses",
            format!("{}a{}", "(".repeat(10_000), ")".repeat(10_000)),
        ),
        ("40,000 ||", vec!["a"; 40_001].join("||")),
    ];
    let env = Env::new();
    for (what, q) in &shapes {
        let r = run(
            &mut env.bare(),
            &[
                "vm-pool",
                "status",
                "--input",
                "examples/vmpool-status.json",
                "--query",
                q,
            ],
        );
        assert_eq!(r.code, 2, "{what}: {}", &r.stderr[..r.stderr.len().min(300)]);
        assert!(r.stderr.contains("nests too deeply"), "{what}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{what}");
    }
}

fn runtime_view(zones: usize, states: usize) -> Value {
    let summary: Vec<Value> = (0..zones)
        .map(|z| {
            let counts: Vec<Value> = (0..states.max(1))
                .map(|s| json!({"state": if states > 1 { format!("State{}", z * states + s) } else { "Running".into() }, "count": 1}))
                .collect();
            json!({"zone": z.to_string(), "instanceCountsByState": counts})
        })
        .collect();
    json!({"type": "Microsoft.StandbyPool/standbyVirtualMachinePools/runtimeViews",
           "properties": {"instanceCountSummary": summary, "provisioningState": "Succeeded"}})
}

/// The faster of two runs of the status table for `doc`, from a file.
fn table_time(env: &Env, dir: &Path, name: &str, doc: &Value) -> Duration {
    let file = dir.join(name);
    std::fs::write(&file, doc.to_string()).unwrap();
    (0..2)
        .map(|_| {
            let started = Instant::now();
            let r = run(
                env.bare().timeout(Duration::from_secs(300)),
                &["vm-pool", "status", "--input", file.to_str().unwrap(), "-o", "table"],
            );
            assert_eq!(r.code, 0, "{}", r.stderr);
            started.elapsed()
        })
        .min()
        .unwrap()
}

/// Ten times the zones (or states) costs about ten times as much, not a hundred: the
/// ratio is asserted, never a time, so a loaded machine does not fail it.
#[test]
fn big_views_cost_in_proportion() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    for (what, small, big) in [
        ("zones", runtime_view(4_000, 1), runtime_view(40_000, 1)),
        ("states", runtime_view(1, 4_000), runtime_view(1, 40_000)),
    ] {
        let t_small = table_time(&env, dir.path(), "small.json", &small);
        let t_big = table_time(&env, dir.path(), "big.json", &big);
        let ratio = t_big.as_secs_f64() / t_small.as_secs_f64();
        eprintln!("{what}: 10x the {what} took {ratio:.1}x as long ({t_small:?} → {t_big:?})");
        assert!(
            ratio < 20.0,
            "10x the {what} took {ratio:.1}x as long ({t_small:?} → {t_big:?})"
        );
    }
}

#[test]
fn wrong_shapes_fail_in_every_format() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/pool/runtimeViews/latest",
        vec![Reply::json(
            200,
            json!({"properties": {"instanceCountSummary": [{"zone": 1, "instanceCountsByState": [
                {"state": "Running", "count": 2}, {"state": "Creating", "count": "3"}]}]}}),
        )],
    );
    fake.script(
        "/standbyContainerGroupPools/pool/runtimeViews/latest",
        vec![Reply::json(
            200,
            json!({"properties": {"instanceCountSummary": "none"}}),
        )],
    );
    let env = Env::new();
    for format in ["json", "jsonc", "yaml", "yamlc", "tsv", "table", "none"] {
        let mut argv = STATUS.to_vec();
        argv.extend(["-o", format]);
        let r = run(env.cmd(&fake).env("COLUMNS", "400"), &argv);
        assert_eq!(r.code, 1, "{format}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{format}");
        assert!(
            r.stderr
                .contains("properties.instanceCountSummary[0].instanceCountsByState[1].count: invalid type: string \"3\", expected an integer"),
            "{format}: {}",
            r.stderr
        );
        let r = run(
            &mut env.cmd(&fake),
            &["container-pool", "status", "-g", "rg", "-n", "pool", "-o", format],
        );
        assert_eq!(r.code, 1, "{format}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{format}");
        assert!(
            r.stderr
                .contains("properties.instanceCountSummary: invalid type: string"),
            "{format}: {}",
            r.stderr
        );
    }
    // Unknown fields and unknown states still pass.
    let fake = FakeArm::start();
    fake.script(
        "/runtimeViews/latest",
        vec![Reply::json(
            200,
            json!({"properties": {"newField": {"x": 1}, "instanceCountSummary": [{"zone": 1, "instanceCountsByState": [
                {"state": "Teleporting", "count": 2, "since": "now"}]}]}}),
        )],
    );
    let r = run(&mut env.cmd(&fake), &[&STATUS[..], &["-o", "table"]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Teleporting"), "{}", r.stdout);
}

#[test]
fn input_must_be_what_the_command_renders() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let null = write("null.json", "null");
    let number = write("42.json", "42");
    let empty = write("empty.json", "{}");
    let cases: Vec<(Vec<&str>, String)> = vec![
        (
            vec!["vm-pool", "status", "--input", "tests/fixtures/formats/vmpool-list.json"],
            "is a list response of standby VM pools: use 'standby vm-pool list --input tests/fixtures/formats/vmpool-list.json'".into(),
        ),
        (
            vec!["container", "show", "--input", "examples/vmss-instance-view.json"],
            "examples/vmss-instance-view.json is a scale set's instance view: use 'standby vmss instance-view --input examples/vmss-instance-view.json'".into(),
        ),
        (
            vec!["vm-pool", "show", "--input", "examples/cgpool.json"],
            "is a standby container group pool: use 'standby container-pool show --input examples/cgpool.json'".into(),
        ),
        (
            vec!["vm", "instance-view", "--input", "examples/vmpool-status.json"],
            "is a standby pool's runtime view: use 'standby vm-pool status --input examples/vmpool-status.json'".into(),
        ),
        (
            vec!["container-pool", "list", "--input", "tests/fixtures/formats/vmpool-list.json"],
            "is a list of standby VM pools: use 'standby vm-pool list".into(),
        ),
        (vec!["vm-pool", "status", "--input", &null], "is null, not a".into()),
        (vec!["container", "show", "--input", &number], "is a number, not a".into()),
        (vec!["vmss", "instance-view", "--input", &empty], "has no \"type\"".into()),
    ];
    let env = Env::new();
    for (args, message) in &cases {
        for format in ["table", "json"] {
            let r = run(&mut env.bare(), &[&args[..], &["-o", format]].concat());
            assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
            assert_eq!(r.stdout, "", "{args:?}");
            assert!(r.stderr.contains(message.as_str()), "{args:?}: {}", r.stderr);
        }
    }
}

#[test]
fn colliding_properties_are_kept_as_az_names_them() {
    let fake = FakeArm::start();
    let ext = |name: &str, kind: &str| {
        json!({"id": format!("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm/extensions/{name}"),
               "name": name, "type": "Microsoft.Compute/virtualMachines/extensions", "location": "westus",
               "properties": {"type": kind, "publisher": "Microsoft.Azure.Security", "typeHandlerVersion": "1.0"}})
    };
    fake.script(
        "/virtualMachines/vm",
        vec![Reply::json(
            200,
            json!({"name": "vm", "type": "Microsoft.Compute/virtualMachines", "location": "westus",
                   "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm",
                   "resources": [ext("ade", "AzureDiskEncryption"), ext("access", "VMAccessForLinux")],
                   "properties": {"provisioningState": "Succeeded"}}),
        )],
    );
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm", "instance-view", "-g", "rg", "-n", "vm", "-o", "json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r.stdout);
    assert_eq!(v["resources"][0]["typePropertiesType"], "AzureDiskEncryption");
    assert_eq!(v["resources"][1]["typePropertiesType"], "VMAccessForLinux");
    assert_eq!(
        v["resources"][0]["type"],
        "Microsoft.Compute/virtualMachines/extensions"
    );
    assert_eq!(v["resources"][0]["typeHandlerVersion"], "1.0");
}

#[test]
fn container_groups_show_what_the_service_says() {
    let fake = FakeArm::start();
    fake.script(
        "/containerGroups/cg",
        vec![Reply::json(
            200,
            json!({"name": "cg", "location": "westus", "properties": {"provisioningState": "Repairing", "osType": "Linux",
                "instanceView": {"state": "Unknown"},
                "ipAddress": {"fqdn": "cg.westus.azurecontainer.io", "ports": [{"port": 80}, {"port": 443}]},
                "containers": [{"name": "c", "properties": {"image": "nginx"}}]}}),
        )],
    );
    let env = Env::new();
    let r = run(
        env.cmd(&fake).env("COLUMNS", "400"),
        &["container", "show", "-g", "rg", "-n", "cg", "-o", "table"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Unknown (Repairing)"), "{}", r.stdout);
    assert!(r.stdout.contains("cg.westus.azurecontainer.io:80,443"), "{}", r.stdout);
}

/// The forecast's strings are parsed out of a string, the target's words come from the
/// pool and its scale set: none of it reaches the terminal or stderr raw, with colours
/// or without, and nothing in forecastInfo that is not a number is printed at all.
#[test]
fn the_forecast_and_the_target_cannot_control_the_terminal() {
    let info = json!({"forecastAccuracy": CLEAR, "seriesUnitIntervalInMins": TITLE,
        "instancesRequestedCount_recentHistory": format!("[\"{CLEAR}\", 3]"), "forecastSampleRate": LINK});
    let view = json!({"name": "latest", "properties": {
        "instanceCountSummary": [{"instanceCountsByState": [{"state": "Deallocated", "count": 2}]}],
        "prediction": {"forecastValues": {"instancesRequestedCount": [1, 2]},
            "forecastStartTime": hostile(1), "forecastInfo": info.to_string()}}});
    let scale_set = format!(
        "/subscriptions/{}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/ss",
        common::SUBSCRIPTION
    );
    let fake = FakeArm::start();
    fake.script("/runtimeViews/latest", vec![Reply::json(200, view)]);
    fake.script(
        "/standbyVirtualMachinePools/pool",
        vec![Reply::json(
            200,
            json!({"name": "pool", "properties": {"virtualMachineState": "Deallocated",
                "elasticityProfile": {"maxReadyCapacity": 4, "postProvisioningDelay": TITLE},
                "attachedVirtualMachineScaleSetId": scale_set}}),
        )],
    );
    fake.script(
        "/virtualMachineScaleSets/ss",
        vec![Reply::error(403, &format!("Denied{CLEAR}"), &hostile(2))],
    );
    let env = Env::new();
    for color in ["never", "always"] {
        let mut argv = STATUS.to_vec();
        argv.extend(["-o", "table", "--color", color]);
        let r = run(env.cmd(&fake).env("COLUMNS", "80"), &argv);
        assert_eq!(r.code, 0, "{}", r.stderr);
        for raw in [TITLE, CLEAR, LINK, "\r", "\u{202e}", "\u{7}"] {
            assert!(!r.stdout.contains(raw), "{raw:?} reached stdout:\n{}", r.stdout);
            assert!(!r.stderr.contains(raw), "{raw:?} reached stderr:\n{}", r.stderr);
        }
        if color == "never" {
            assert_inert(&r.stdout, "the status table");
        }
        assert_inert(&r.stderr, "the scale set warning");
        // The forecast's values, and nothing of forecastInfo but what parses as numbers.
        assert!(r.stdout.contains("Forecast"), "{}", r.stdout);
        assert!(
            !r.stdout.contains("pwned") && !r.stdout.contains("evil"),
            "{}",
            r.stdout
        );
        assert!(
            !r.stdout.contains("last "),
            "a history of the wrong type was shown:\n{}",
            r.stdout
        );
        assert!(r.stderr.contains("could not read scale set 'ss'"), "{}", r.stderr);
    }
}
