//! `fleet status` against the fake ARM's fleet: subscriptions, Resource Graph, read
//! buckets and runtime views, through the real binary over TLS.

use crate::common;

use common::{Env, FakeArm, FleetPool, Reply, SUBSCRIPTION, json, run};
use serde_json::Value;
use std::collections::BTreeSet;

const PROD: &str = "11111111-aaaa-4aaa-8aaa-000000000001";
const STAGING: &str = "11111111-aaaa-4aaa-8aaa-000000000002";
const DEV: &str = "11111111-aaaa-4aaa-8aaa-000000000003";

/// Three subscriptions (the list comes in two pages), none of them the default one.
fn fleet() -> FakeArm {
    let fake = FakeArm::start();
    fake.graph()
        .set_subscriptions(&[(PROD, "Prod"), (STAGING, "Staging"), (DEV, "Dev")]);
    fake.graph().set_pools(vec![
        FleetPool::vm(PROD, "rg-a", "web"),
        FleetPool::vm(PROD, "rg-a", "api").counts(3, 10, 4),
        FleetPool::container(PROD, "rg-b", "jobs").counts(5, 5, 0),
        FleetPool::vm(STAGING, "rg-a", "web")
            .health("degraded")
            .counts(10, 10, 0),
        FleetPool::container(STAGING, "rg-c", "batch").counts(0, 8, 2),
        FleetPool::vm(DEV, "rg-d", "dev-pool").counts(1, 2, 0),
    ]);
    fake
}

fn names(out: &Value) -> BTreeSet<String> {
    out.as_array()
        .expect("an array")
        .iter()
        .map(|p| {
            format!(
                "{}/{}",
                p["resourceGroup"].as_str().unwrap(),
                p["name"].as_str().unwrap()
            )
        })
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn status(fake: &FakeArm, args: &[&str]) -> common::Run {
    let mut all = vec!["fleet", "status"];
    all.extend_from_slice(args);
    run(&mut Env::new().cmd(fake), &all)
}

#[test]
fn every_pool_is_found_across_pages_and_subscriptions() {
    let fake = fleet();
    fake.graph().set_page_rows(2);
    let r = status(&fake, &["-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "", "nothing on stderr off a terminal");
    let out = json(&r.stdout);
    assert_eq!(
        names(&out),
        set(&[
            "rg-a/web",
            "rg-a/api",
            "rg-b/jobs",
            "rg-a/web",
            "rg-c/batch",
            "rg-d/dev-pool"
        ])
    );
    assert_eq!(out.as_array().unwrap().len(), 6);
    // Six rows two at a time, then the four VM pools' scale sets two at a time, and
    // one runtime view per pool; no scale set is read on its own.
    assert_eq!(fake.graph().queries(), 5);
    assert_eq!(fake.count("-vmss"), 0);
    assert_eq!(fake.count("/runtimeViews/latest"), 6);
    // The default subscription does not narrow the scope, and none of its pools are asked for.
    assert!(fake.seen().iter().all(|s| !s.path.contains(SUBSCRIPTION)));
}

#[test]
fn subscription_and_resource_group_narrow_it() {
    let fake = fleet();
    let r = status(
        &fake,
        &["-o", "json", "--subscription", "prod", "--subscription", STAGING],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        names(&json(&r.stdout)),
        set(&["rg-a/web", "rg-a/api", "rg-b/jobs", "rg-c/batch"])
    );
    let r = status(
        &fake,
        &["-o", "json", "--subscription", "Prod", "-g", "rg-a", "--kind", "vm"],
    );
    assert_eq!(names(&json(&r.stdout)), set(&["rg-a/web", "rg-a/api"]));
    let r = status(&fake, &["-o", "json", "--subscription", "Dev", "--kind", "container"]);
    assert_eq!(r.stdout, "[]\n");
    // -g alone: the default subscription, which holds no pools here.
    let r = status(&fake, &["-o", "json", "-g", "rg-a"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "[]\n");
    let r = status(&fake, &["--subscription", "Nope"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("'Nope'"), "{}", r.stderr);
}

#[test]
fn several_subscriptions_are_for_fleet_only() {
    let fake = fleet();
    let r = run(
        &mut Env::new().cmd(&fake),
        &[
            "vm-pool",
            "status",
            "-g",
            "rg",
            "-n",
            "pool",
            "--subscription",
            PROD,
            "--subscription",
            DEV,
        ],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("only 'fleet'"), "{}", r.stderr);
    assert!(fake.seen().is_empty());
}

#[test]
fn a_pool_that_cannot_be_read_stays_in_the_output_and_exits_1() {
    let fake = fleet();
    fake.script(
        &format!("/subscriptions/{PROD}/resourceGroups/rg-a/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/api/runtimeViews/latest"),
        vec![Reply::error(403, "AuthorizationFailed", "not allowed")],
    );
    // Wide enough that the error's code is not wrapped.
    let r = run(
        Env::new().cmd(&fake).env("COLUMNS", "160"),
        &["fleet", "status", "-o", "table"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let row = r
        .stdout
        .lines()
        .find(|l| l.starts_with("api "))
        .expect("the pool's row");
    assert!(row.contains(" error ") && row.contains("AuthorizationFailed"), "{row}");
    assert_eq!(
        r.stdout
            .lines()
            .filter(|l| [" Prod ", " Staging ", " Dev "].iter().any(|s| l.contains(s)))
            .count(),
        6
    );
    assert!(
        r.stderr
            .contains("ERROR: reading the runtime view of pool 'api' in Prod/rg-a"),
        "{}",
        r.stderr
    );
    let r = status(&fake, &["-o", "json"]);
    assert_eq!(r.code, 1);
    let out = json(&r.stdout);
    let api = out.as_array().unwrap().iter().find(|p| p["name"] == "api").unwrap();
    assert_eq!(api["error"]["code"], "AuthorizationFailed");
    assert_eq!(api["ready"], Value::Null);
    assert_eq!(api["runtimeView"], Value::Null);
    assert_eq!(out.as_array().unwrap().len(), 6);
}

#[test]
fn resource_graph_refused_falls_back_to_list_calls() {
    let fake = fleet();
    fake.script(
        "/providers/Microsoft.ResourceGraph/resources",
        vec![Reply::error(403, "AuthorizationFailed", "no Resource Graph for you")],
    );
    let r = status(&fake, &["-o", "json", "--verbose"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("Resource Graph refused the query (HTTP 403"),
        "{}",
        r.stderr
    );
    assert_eq!(json(&r.stdout).as_array().unwrap().len(), 6);
    // Both pool types in each of the three subscriptions.
    assert_eq!(
        fake.count("/providers/Microsoft.StandbyPool/standbyVirtualMachinePools"),
        3
    );
    assert_eq!(
        fake.count("/providers/Microsoft.StandbyPool/standbyContainerGroupPools"),
        3
    );
}

#[test]
fn pacing_keeps_429s_rare_under_a_small_bucket() {
    let fake = FakeArm::start();
    fake.graph().set_subscriptions(&[(PROD, "Prod"), (STAGING, "Staging")]);
    let pools = (0..120)
        .flat_map(|i| {
            [
                FleetPool::vm(PROD, "rg", &format!("pool-{i:03}")),
                FleetPool::vm(STAGING, "rg", &format!("pool-{i:03}")),
            ]
        })
        .collect();
    fake.graph().set_pools(pools);
    fake.graph().set_read_bucket(60, 40.0);
    let r = status(&fake, &["-o", "json", "--query", "length(@)"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.trim(), "240");
    let requests = fake.seen().len();
    let throttled = fake.graph().throttled();
    // Under 1 %: waiting out each 429 is not pacing.
    assert!(
        throttled * 100 < requests,
        "{throttled} of {requests} requests were throttled"
    );
}

#[test]
fn table_puts_pools_that_need_attention_first() {
    let fake = fleet();
    let r = status(&fake, &["-o", "table"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!("fleet_table", r.stdout);
    let pools: Vec<&str> = r
        .stdout
        .lines()
        .skip(2)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    // Degraded first, then furthest below target, the pools at their target last.
    assert_eq!(pools[..3], ["web", "batch", "api"]);
    assert!(
        r.stdout
            .ends_with("Total: 6 pools in 3 subscriptions, 29/45 ready, 6 in transition; 4 need attention\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn json_is_the_pool_with_its_view_and_the_numbers() {
    let fake = fleet();
    let r = status(
        &fake,
        &["-o", "json", "--subscription", "Prod", "-g", "rg-a", "--kind", "vm"],
    );
    let out = json(&r.stdout);
    let api = &out.as_array().unwrap()[0];
    assert_eq!(api["name"], "api");
    // The pool as `show -o json` prints it: flattened, resourceGroup, type as a GET spells it.
    assert_eq!(api["type"], "Microsoft.StandbyPool/standbyVirtualMachinePools");
    assert_eq!(api["elasticityProfile"]["maxReadyCapacity"], 10);
    assert_eq!(api["virtualMachineState"], "Deallocated");
    assert_eq!(api["resourceGroup"], "rg-a");
    // Its runtime view as `status -o json` prints it.
    let view = &api["runtimeView"];
    assert_eq!(view["name"], "latest");
    assert_eq!(view["status"]["code"], "HealthState/healthy");
    assert_eq!(view["instanceCountSummary"][0]["instanceCountsByState"][1]["count"], 4);
    assert_eq!((api["ready"].as_i64(), api["target"].as_i64()), (Some(3), Some(10)));
    let keys: Vec<&String> = api.as_object().unwrap().keys().collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "keys sorted as az sorts them");

    let r = status(&fake, &["-o", "tsv", "--query", "[?ready < target].name"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let short: BTreeSet<&str> = r.stdout.lines().collect();
    assert_eq!(short, ["api", "batch", "dev-pool"].into_iter().collect());
}

/// A tmux session on its own socket, ended when dropped.
struct Tmux {
    socket: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmux {
    fn start(command: &str) -> Option<Tmux> {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("tmux.sock");
        let started = std::process::Command::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args(["new-session", "-d", "-x", "160", "-y", "40", command])
            .status()
            .expect("running tmux");
        started.success().then_some(Tmux { socket, _dir: dir })
    }

    fn screen(&self) -> String {
        let out = std::process::Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["capture-pane", "-p"])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = std::process::Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .status();
    }
}

#[test]
fn at_a_terminal_a_progress_bar_then_the_table() {
    let fake = fleet();
    fake.set_latency(std::time::Duration::from_millis(300));
    let env = Env::new();
    let command = format!(
        "env -i HOME={home} AZURE_CONFIG_DIR={home}/.azure PATH=/usr/bin:/bin TERM=xterm NO_COLOR=1 NO_PROXY=127.0.0.1 \
         STANDBY_ARM_ENDPOINT={url} REQUESTS_CA_BUNDLE={ca} STANDBY_ACCESS_TOKEN={token} AZURE_SUBSCRIPTION_ID={SUBSCRIPTION} \
         {bin} fleet status; echo EXIT=$?; sleep 60",
        home = env.home.path().display(),
        url = fake.url,
        ca = fake.ca_file.display(),
        token = common::TOKEN,
        bin = assert_cmd::cargo::cargo_bin("standby").display(),
    );
    if common::require("tmux", "tmux").is_none() {
        return;
    }
    let tmux = Tmux::start(&command).expect("starting a tmux session");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let mut progress_seen = false;
    let screen = loop {
        let screen = tmux.screen();
        progress_seen |= screen.contains("finding pools") || screen.contains("views read");
        if screen.contains("EXIT=") || std::time::Instant::now() > deadline {
            break screen;
        }
        std::thread::sleep(std::time::Duration::from_millis(30));
    };
    assert!(progress_seen, "no progress bar was drawn:\n{screen}");
    assert!(screen.contains("EXIT=0"), "{screen}");
    assert!(screen.contains("Total: 6 pools in 3 subscriptions"), "{screen}");
    // The bar is cleared once the table is printed.
    assert!(!screen.contains("views read"), "{screen}");
    assert!(!screen.contains(common::TOKEN));
}

/// Real-length names: pools of 24 characters (the spec's limit), groups up to 90 (ARM's),
/// subscriptions by their display names.
const RG90: &str = "rg-contoso-commerce-platform-production-westeurope-frontend-web-tier-standby-pools-000001x";
const LONG_POOLS: [&str; 4] = [
    "web-frontend-eastus2-p01",
    "web-hibernated-westus3-a",
    "ci-runners-windows-weu-7",
    "batch-mix-workers-neu-01",
];
const LONG_GROUPS: [&str; 2] = [RG90, "batch-processing-westeurope-production-workers"];

fn long_fleet(subscriptions: &[(&str, &str)]) -> FakeArm {
    let fake = FakeArm::start();
    fake.graph().set_subscriptions(subscriptions);
    let last = subscriptions.last().unwrap().0;
    fake.graph().set_pools(vec![
        FleetPool::vm(subscriptions[0].0, RG90, LONG_POOLS[0]).counts(3, 10, 4),
        FleetPool::vm(subscriptions[0].0, RG90, LONG_POOLS[1]).health("degraded"),
        FleetPool::container(last, LONG_GROUPS[1], LONG_POOLS[2]).counts(5, 5, 0),
        FleetPool::vm(last, LONG_GROUPS[1], LONG_POOLS[3]).counts(0, 8, 2),
    ]);
    fake
}

#[test]
fn long_names_stay_whole_at_80_100_and_120_columns() {
    let two = [
        (PROD, "Contoso Commerce Production"),
        (STAGING, "Contoso Commerce Staging"),
    ];
    let one = [(PROD, "Contoso Commerce Production")];
    for (name, subscriptions) in [("two", &two[..]), ("one", &one[..])] {
        let fake = long_fleet(subscriptions);
        let mut ids: Vec<&str> = LONG_POOLS.iter().chain(&LONG_GROUPS).copied().collect();
        ids.extend(subscriptions.iter().map(|s| s.1));
        let mut must: Vec<&str> = LONG_POOLS.iter().chain(&LONG_GROUPS).copied().collect();
        if subscriptions.len() > 1 {
            must.extend(subscriptions.iter().map(|s| s.1));
        }
        for width in [80, 100, 120] {
            let r = run(
                Env::new().cmd(&fake).env("COLUMNS", width.to_string()),
                &["fleet", "status", "-o", "table"],
            );
            assert_eq!(r.code, 0, "{}", r.stderr);
            common::assert_identifiers_whole(&r.stdout, width, &ids, &must, name);
            insta::assert_snapshot!(format!("fleet_long_{name}_{width}"), r.stdout);
        }
    }
}
