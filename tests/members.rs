//! `vm-pool members` against the fake ARM: who is a member (both lists, each VM once),
//! what it costs in requests, the JSON `vm instance-view` prints byte for byte, the
//! state filter, VMs that vanish, a pool that does not exist, the table in a real
//! terminal, and the examples in docs/commands.md.

use crate::common;

use common::members::{Vm, names_where};
use common::{Env, FakeArm, SUBSCRIPTION, json, run};
use std::path::Path;
use std::time::{Duration, Instant};

fn names(stdout: &str) -> Vec<String> {
    json(stdout)
        .as_array()
        .expect("an array")
        .iter()
        .map(|vm| vm["name"].as_str().expect("a name").to_string())
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn members_are_both_lists_each_vm_once_and_the_gone_are_warned_about() {
    let fake = FakeArm::start();
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "members", "-g", "rg", "-n", "members-40", "-o", "json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let expected = names_where("members-40", 40, |vm| vm != Vm::Gone);
    assert_eq!(names(&r.stdout), sorted(expected.clone()));
    // Serving VMs the pool no longer lists came from the scale set's list.
    let dropped = names_where("members-40", 40, |vm| vm == (Vm::Serving { kept: false }));
    assert!(!dropped.is_empty() && dropped.iter().all(|n| expected.contains(n)));
    let gone = names_where("members-40", 40, |vm| vm == Vm::Gone);
    assert!(!gone.is_empty());
    for name in &gone {
        assert!(
            r.stderr
                .contains(&format!("WARNING: VM '{name}' of pool 'members-40' was not found")),
            "{}",
            r.stderr
        );
    }
    assert_eq!(r.stderr.lines().count(), gone.len(), "{}", r.stderr);

    // The requests: the pool, two pages of its list, two pages of the scale set's VMs,
    // and one GET for each VM the scale set's list did not hold or held without the flag.
    let unlisted = names_where("members-40", 40, |vm| {
        matches!(vm, Vm::Creating | Vm::Gone | Vm::NoFlag)
    });
    let seen = fake.seen();
    assert_eq!(fake.count("/standbyVirtualMachinePools/members-40"), 1);
    assert_eq!(fake.count("/members-40/standbyVirtualMachines"), 2);
    assert_eq!(fake.count("/providers/Microsoft.Compute/virtualMachines"), 2);
    let gets: Vec<&str> = seen
        .iter()
        .filter(|s| s.path.contains("/virtualMachines/members-40-vm-"))
        .map(|s| s.path.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(sorted(gets.iter().map(|s| s.to_string()).collect()), sorted(unlisted));
    assert_eq!(seen.len(), 5 + gets.len());
    // The list asks for the scale set's VMs with their instance views.
    let list = seen
        .iter()
        .find(|s| s.path.ends_with("/providers/Microsoft.Compute/virtualMachines"))
        .unwrap();
    let q: Vec<(String, String)> = url::form_urlencoded::parse(list.query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let scale_set = format!(
        "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/members-40-vmss"
    );
    assert!(q.contains(&(
        "$filter".into(),
        format!("'virtualMachineScaleSet/id' eq '{scale_set}'")
    )));
    assert!(q.contains(&("$expand".into(), "instanceView".into())));
    assert!(q.contains(&("api-version".into(), "2025-04-01".into())));
}

#[test]
fn json_is_what_vm_instance_view_prints_for_the_same_ids() {
    let fake = FakeArm::start();
    let env = Env::new();
    for pool in ["members-30", "members-30-noflag"] {
        let members = run(
            &mut env.cmd(&fake),
            &["vm-pool", "members", "-g", "rg", "-n", pool, "-o", "json"],
        );
        assert_eq!(members.code, 0, "{}", members.stderr);
        let ids: Vec<String> = json(&members.stdout)
            .as_array()
            .unwrap()
            .iter()
            .map(|vm| vm["id"].as_str().unwrap().to_string())
            .collect();
        assert!(ids.len() > 20);
        let mut args = vec!["vm", "instance-view", "-o", "json", "--ids"];
        args.extend(ids.iter().map(String::as_str));
        let each = run(&mut env.cmd(&fake), &args);
        assert_eq!(each.code, 0, "{}", each.stderr);
        assert_eq!(members.stdout, each.stdout, "{pool}: the two JSON texts differ");
        // And a query written for one answers the same on the other, in every format.
        let query = "[?instanceView.isVMInStandbyPool==`false`].{name: name, zone: zones[0]}";
        for format in ["json", "yaml", "tsv", "table"] {
            let a = run(
                &mut env.cmd(&fake),
                &[
                    "vm-pool", "members", "-g", "rg", "-n", pool, "-o", format, "--query", query,
                ],
            );
            let mut b_args = vec!["vm", "instance-view", "-o", format, "--query", query, "--ids"];
            b_args.extend(ids.iter().map(String::as_str));
            let b = run(&mut env.cmd(&fake), &b_args);
            assert_eq!((a.code, &a.stdout), (0, &b.stdout), "{pool} -o {format}");
        }
    }
}

#[test]
fn without_the_flag_in_the_list_each_member_is_read_within_the_bound() {
    let fake = FakeArm::start();
    fake.set_latency(Duration::from_millis(20));
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool",
            "members",
            "-g",
            "rg",
            "-n",
            "members-60-noflag",
            "--concurrency",
            "4",
            "-o",
            "json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        names(&r.stdout),
        sorted(names_where("members-60-noflag", 60, |vm| vm != Vm::Gone))
    );
    // Every member once: the scale set's list answered for none of them.
    let gets = fake
        .seen()
        .iter()
        .filter(|s| s.path.contains("/virtualMachines/members-60-noflag-vm-"))
        .count();
    assert_eq!(gets, 60);
    assert!(fake.max_in_flight() <= 4, "{} in flight", fake.max_in_flight());
    // The flag read one by one is the flag printed.
    let flags = json(&r.stdout)
        .as_array()
        .unwrap()
        .iter()
        .filter(|vm| vm["instanceView"]["isVMInStandbyPool"] == false)
        .count();
    let serving = names_where("members-60-noflag", 60, |vm| {
        matches!(vm, Vm::Serving { .. } | Vm::Starting)
    });
    assert_eq!(flags, serving.len());
}

#[test]
fn state_filters_by_the_flag_in_every_format() {
    let fake = FakeArm::start();
    let env = Env::new();
    let serving = names_where("members-40", 40, |vm| matches!(vm, Vm::Serving { .. } | Vm::Starting));
    let standby = names_where("members-40", 40, |vm| {
        !matches!(vm, Vm::Serving { .. } | Vm::Starting | Vm::NoFlag | Vm::Gone)
    });
    for (state, want) in [("serving", &serving), ("standby", &standby)] {
        let r = run(
            &mut env.cmd(&fake),
            &[
                "vm-pool",
                "members",
                "-g",
                "rg",
                "-n",
                "members-40",
                "--state",
                state,
                "-o",
                "json",
            ],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(names(&r.stdout), sorted(want.clone()), "--state {state}");
    }
    for format in ["jsonc", "yaml", "yamlc", "tsv", "table", "none"] {
        let r = run(
            &mut env.cmd(&fake),
            &[
                "vm-pool",
                "members",
                "-g",
                "rg",
                "-n",
                "members-40",
                "--state",
                "serving",
                "-o",
                format,
            ],
        );
        assert_eq!(r.code, 0, "-o {format}: {}", r.stderr);
        let shown = serving.iter().filter(|n| r.stdout.contains(n.as_str())).count();
        let expected = if format == "none" { 0 } else { serving.len() };
        assert_eq!(shown, expected, "-o {format}:\n{}", r.stdout);
        assert!(
            !r.stdout.contains("members-40-vm-000"),
            "-o {format}: a parked VM shown"
        );
    }
}

#[test]
fn a_pool_that_does_not_exist_exits_3_and_bad_ids_exit_2_before_sending() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        &mut env.cmd(&fake),
        &["vm-pool", "members", "-g", "rg", "-n", "missing"],
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.starts_with("ERROR: (ResourceNotFound)"), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    let sent = fake.seen().len();
    let runtime_view = format!(
        "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p1/runtimeViews/latest"
    );
    for args in [
        vec!["vm-pool", "members", "--ids", runtime_view.as_str()],
        vec!["vm-pool", "members", "-g", "rg", "-n", "x"],
        vec!["vm-pool", "members", "-g", "rg"],
    ] {
        let r = run(&mut env.cmd(&fake), &args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
    }
    assert_eq!(fake.seen().len(), sent, "nothing is sent for a usage error");
}

#[test]
fn several_pool_ids_give_one_array() {
    let fake = FakeArm::start();
    let id = |name: &str| {
        format!(
            "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/{name}"
        )
    };
    let (a, b, gone) = (id("members-6"), id("members-9"), id("missing"));
    let r = run(
        &mut Env::new().cmd(&fake),
        &["vm-pool", "members", "--ids", &a, &b, &gone],
    );
    assert_eq!(r.code, 3, "the missing pool's code: {}", r.stderr);
    let mut want = names_where("members-6", 6, |vm| vm != Vm::Gone);
    want.extend(names_where("members-9", 9, |vm| vm != Vm::Gone));
    assert_eq!(names(&r.stdout), sorted(want));
    assert!(r.stderr.contains("ERROR: (ResourceNotFound)"), "{}", r.stderr);
}

#[test]
fn the_table_puts_the_rows_that_need_a_look_last_with_a_summary() {
    let fake = FakeArm::start();
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool",
            "members",
            "-g",
            "rg",
            "-n",
            "members-24",
            "-o",
            "table",
            "--only-show-errors",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "", "--only-show-errors silences the warnings");
    insta::assert_snapshot!("members_table", r.stdout);
}

#[test]
fn saved_output_renders_with_input_and_the_filter() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        &mut env.cmd(&fake),
        &["vm-pool", "members", "-g", "rg", "-n", "members-12", "-o", "json"],
    );
    let saved = env.home.path().join("members.json");
    std::fs::write(&saved, &r.stdout).unwrap();
    let again = run(
        &mut env.bare(),
        &["vm-pool", "members", "--input", saved.to_str().unwrap(), "-o", "json"],
    );
    assert_eq!((again.code, &again.stdout), (0, &r.stdout));
    let serving = run(
        &mut env.bare(),
        &[
            "vm-pool",
            "members",
            "--input",
            saved.to_str().unwrap(),
            "--state",
            "serving",
            "-o",
            "tsv",
            "--query",
            "[].name",
        ],
    );
    let want = names_where("members-12", 12, |vm| matches!(vm, Vm::Serving { .. } | Vm::Starting));
    assert_eq!(
        serving.stdout,
        want.iter().map(|n| format!("{n}\n")).collect::<String>()
    );
}

/// The scripting examples of docs/commands.md ("vm-pool members"), run as written in
/// bash (with the fake's pool for `-n my-pool`).
#[test]
fn docs_examples_run() {
    let page = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/commands.md")).unwrap();
    let count = "standby vm-pool members -g my-rg -n my-pool -o tsv --query 'length([?instanceView.isVMInStandbyPool==`false`])'";
    let loop_ = "standby vm-pool members -g my-rg -n my-pool --state serving -o tsv --query '[].[name, resourceGroup, zones[0]]' |\n    while IFS=$'\\t' read -r name group zone; do echo \"$name ($group, zone $zone) left the pool\"; done";
    for example in [count, loop_] {
        assert!(page.contains(example), "docs/commands.md no longer holds:\n{example}");
    }
    let fake = FakeArm::start();
    let env = Env::new();
    let bin = Path::new(env!("CARGO_BIN_EXE_standby")).parent().unwrap();
    let serving = names_where("members-40", 40, |vm| matches!(vm, Vm::Serving { .. } | Vm::Starting));
    let r = shell_in_bash(&env, &fake, bin, count);
    assert_eq!(
        (r.code, r.stdout.trim()),
        (0, serving.len().to_string().as_str()),
        "{}",
        r.stderr
    );
    let r = shell_in_bash(&env, &fake, bin, loop_);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), serving.len(), "{}", r.stdout);
    for (line, name) in lines.iter().zip(sorted(serving)) {
        assert!(
            line.starts_with(&format!("{name} (my-rg, zone ")) && line.ends_with(") left the pool"),
            "{line}"
        );
    }
}

/// Runs a docs snippet in bash, with the real binary on PATH, against the fake.
fn shell_in_bash(env: &Env, fake: &FakeArm, bin: &Path, script: &str) -> common::Run {
    let mut cmd = assert_cmd::Command::new("bash");
    cmd.env_clear()
        .env("HOME", env.home.path())
        .env("AZURE_CONFIG_DIR", env.home.path().join(".azure"))
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .env("NO_COLOR", "1")
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("STANDBY_ARM_ENDPOINT", &fake.url)
        .env("STANDBY_LOGS_ENDPOINT", &fake.url)
        .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
        .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
        .env("STANDBY_ACCESS_TOKEN", common::TOKEN)
        .env("STANDBY_OUTPUT", "json")
        .timeout(Duration::from_secs(60));
    run(&mut cmd, &["-c", &script.replace("-n my-pool ", "-n members-40 ")])
}

/// The default view at a terminal: a table, coloured by meaning, in a real
/// pseudo-terminal (tmux).
#[test]
fn at_a_terminal_the_table_is_coloured() {
    if common::require("tmux", "tmux").is_none() {
        return;
    }
    let fake = FakeArm::start();
    let env = Env::new();
    let socket = format!("standby-members-{}", std::process::id());
    let command = format!(
        "env -i HOME='{home}' AZURE_CONFIG_DIR='{home}/.azure' TERM=xterm-256color NO_PROXY=127.0.0.1 \
         STANDBY_ARM_ENDPOINT='{url}' REQUESTS_CA_BUNDLE='{ca}' AZURE_SUBSCRIPTION_ID={SUBSCRIPTION} \
         STANDBY_ACCESS_TOKEN='{token}' '{bin}' vm-pool members -g rg -n members-12 --only-show-errors; sleep 30",
        home = env.home.path().display(),
        url = fake.url,
        ca = fake.ca_file.display(),
        token = common::TOKEN,
        bin = env!("CARGO_BIN_EXE_standby"),
    );
    let tmux = |args: &[&str]| {
        std::process::Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux")
    };
    assert!(
        tmux(&["new-session", "-d", "-x", "120", "-y", "40", &command])
            .status
            .success()
    );
    let started = Instant::now();
    let screen = loop {
        let out = tmux(&["capture-pane", "-p", "-e"]);
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        if text.contains(" VMs") || started.elapsed() > Duration::from_secs(20) {
            break text;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let _ = tmux(&["kill-server"]);
    assert!(screen.contains("11 VMs"), "no summary on screen:\n{screen}");
    // Green for VMs parked in the pool, yellow for those serving (tmux writes the
    // basic colours in their 256-colour form), in the rows and in the summary.
    // tmux may write the basic colours in their 256-colour form (10, 11) or as set (32, 33).
    for (word, colours) in [
        ("in pool", ["32m", "10m"]),
        ("serving", ["33m", "11m"]),
        ("8 in pool", ["32m", "10m"]),
        ("3 serving", ["33m", "11m"]),
    ] {
        assert!(
            colours.iter().any(|c| screen.contains(&format!("{c}{word}"))),
            "{word} not painted: {screen:?}"
        );
    }
}

#[test]
fn long_vm_names_stay_whole_at_80_100_and_120_columns() {
    // A 24-character pool (the spec's limit): its VMs are named `{pool}-vm-000`.
    let pool = "members-24-web-frontend1";
    let rg = "rg-contoso-commerce-platform-production-westeurope-frontend-web-tier-standby-pools-000001x";
    let fake = FakeArm::start();
    let names = names_where(pool, 24, |vm| vm != Vm::Gone && vm != Vm::Creating);
    let ids: Vec<&str> = names.iter().map(String::as_str).collect();
    for width in [80, 100, 120] {
        let r = run(
            Env::new().cmd(&fake).env("COLUMNS", width.to_string()),
            &[
                "vm-pool",
                "members",
                "-g",
                rg,
                "-n",
                pool,
                "-o",
                "table",
                "--only-show-errors",
            ],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        common::assert_identifiers_whole(&r.stdout, width, &ids, &ids, "members");
        insta::assert_snapshot!(format!("members_long_{width}"), r.stdout);
    }
}
