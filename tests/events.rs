//! `events`: the pool's resource logs through the Log Analytics query API on the fake
//! (raw rows in the published schema), the workspace found through the pool's diagnostic
//! settings where the pool's own query finds nothing, and each failure one clear line.

use crate::common::{self, Env, FakeArm, Reply, SUBSCRIPTION, json, run};
use serde_json::{Value, json};
use std::time::{Duration, Instant};

const POOL_QUERY: &str = "/standbyVirtualMachinePools/pool/query";
const SETTINGS: &str = "/standbyVirtualMachinePools/pool/providers/Microsoft.Insights/diagnosticSettings";
const WORKSPACE: &str = "/providers/Microsoft.OperationalInsights/workspaces/ws1";
const CUSTOMER_ID: &str = "5b02755b-1111-2222-3333-444455556666";
const WORKSPACE_QUERY: &str = "/v1/workspaces/5b02755b-1111-2222-3333-444455556666/query";
const EVENTS: [&str; 6] = ["vm-pool", "events", "-g", "rg", "-n", "pool"];

/// The POSTs whose path ends with `suffix`.
fn posts(fake: &FakeArm, suffix: &str) -> usize {
    fake.seen()
        .iter()
        .filter(|s| s.method == "POST" && s.path.ends_with(suffix))
        .count()
}

fn pool_id() -> String {
    format!(
        "/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool"
    )
}

/// An answer of the union query: the columns of both tables, raw rows as the service
/// sends them (a number as a string, as one of its examples has it).
fn rows(rows: Value) -> Reply {
    common::logs::answer(rows)
}

fn a_day_of_events() -> Reply {
    rows(json!([
        [
            "2026-12-04T10:00:00Z",
            "StandbyPoolReuseSuccess",
            "Vm moved to the scale set",
            "",
            null,
            null,
            ""
        ],
        [
            "2026-12-04T10:00:01Z",
            "StandbyPoolReuseSuccess",
            "",
            "",
            null,
            null,
            ""
        ],
        [
            "2026-12-04T10:00:02Z",
            "StandbyPoolReuseSuccess",
            "",
            "",
            null,
            null,
            ""
        ],
        [
            "2026-12-04T10:00:03Z",
            "StandbyPoolReuseFailure",
            "",
            "no instance ready\u{1b}[2J in zone 2",
            null,
            null,
            ""
        ],
        [
            "2026-12-04T11:00:00Z",
            "StandbyPoolDegradedPool",
            "",
            "",
            null,
            null,
            ""
        ],
        [
            "2026-12-04T11:00:20Z",
            "StandbyPoolExitDegradedPool",
            "",
            "",
            null,
            null,
            ""
        ],
        [
            "2026-12-04T12:00:00Z",
            "StandbyPoolSettingsUpdated",
            "",
            "",
            "20",
            5,
            "Deallocated"
        ],
        [
            "2026-12-04T09:00:00Z",
            "StandbyPoolExhaustedPool",
            "",
            "",
            null,
            null,
            ""
        ]
    ]))
}

fn events(fake: &FakeArm, extra: &[&str]) -> common::Run {
    let mut args = EVENTS.to_vec();
    args.extend_from_slice(&["--start", "2026-12-04T00:00:00Z", "--end", "2026-12-05T00:00:00Z"]);
    args.extend_from_slice(extra);
    run(&mut Env::new().cmd(fake), &args)
}

#[test]
fn the_pools_own_query_gives_the_rows_and_the_hit_rate() {
    let fake = FakeArm::start();
    fake.script(POOL_QUERY, vec![a_day_of_events()]);
    let r = events(&fake, &["-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let s = &doc["summary"];
    assert_eq!(
        (s["reusesServed"].as_u64(), s["reusesNotServed"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(s["hitRate"], json!(0.75));
    assert_eq!(
        (s["degraded"].as_u64(), s["degradedSeconds"].as_i64()),
        (Some(1), Some(20))
    );
    assert_eq!(
        (s["exhaustions"].as_u64(), s["settingsChanges"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(doc["source"], "pool");
    assert_eq!(doc["complete"], true);
    // Oldest first, the service's values beside the plain words.
    let first = &doc["events"][0];
    assert_eq!(first["TimeGenerated"], "2026-12-04T09:00:00Z");
    assert_eq!(first["EventName"], "StandbyPoolExhaustedPool");
    assert_eq!(first["event"], "pool exhausted");
    let settings = &doc["events"][7];
    assert_eq!(
        settings["event"],
        "settings changed to max 20, min 5, state Deallocated"
    );
    // One POST to the pool's own query, on the published columns, no server-side summarize;
    // no request for the diagnostic settings.
    let seen = fake.seen();
    let posts: Vec<_> = seen.iter().filter(|s| s.path.ends_with("/query")).collect();
    assert_eq!(posts.len(), 1, "{:?}", seen.iter().map(|s| &s.path).collect::<Vec<_>>());
    assert_eq!(posts[0].method, "POST");
    assert_eq!(posts[0].path, format!("/v1{}/query", pool_id()));
    let body: Value = serde_json::from_str(&posts[0].body).unwrap();
    let query = body["query"].as_str().unwrap();
    assert!(
        query.contains("_ResourceId =~") && query.contains("SVMPoolExecutionLog"),
        "{query}"
    );
    assert!(!query.contains("summarize") && !query.contains("Details"), "{query}");
    assert_eq!(body["timespan"], "2026-12-04T00:00:00Z/2026-12-05T00:00:00Z");
    assert!(seen.iter().all(|s| !s.path.contains("diagnosticSettings")));
}

#[test]
fn the_table_leads_with_the_summary_escapes_the_service_and_fits_80_columns() {
    let fake = FakeArm::start();
    fake.script(POOL_QUERY, vec![a_day_of_events()]);
    let mut args = EVENTS.to_vec();
    args.extend_from_slice(&["--since", "7d", "-o", "table"]);
    let r = run(Env::new().cmd(&fake).env("COLUMNS", "80"), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Reuses        3 served, 1 not served: hit rate 75%"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Degraded      1 time(s), 20s in all"), "{}", r.stdout);
    assert!(r.stdout.contains("not served: created new"), "{}", r.stdout);
    assert!(r.stdout.contains("\\x1b[2J"), "{}", r.stdout);
    assert!(!r.stdout.contains('\u{1b}'), "{}", r.stdout);
    assert!(r.stdout.lines().all(|l| l.chars().count() <= 80), "{}", r.stdout);
}

#[test]
fn a_partial_answer_is_shown_and_flagged() {
    let fake = FakeArm::start();
    let mut body: Value = serde_json::from_slice(&a_day_of_events().body).unwrap();
    body["error"] = json!({"code": "PartialError", "message": "There were some errors when processing your query.",
        "details": [{"code": "EngineError", "message": "Query result set has exceeded the internal data size limit"}]});
    fake.script(POOL_QUERY, vec![Reply::json(200, body)]);
    let r = events(&fake, &["-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["complete"], false);
    assert_eq!(doc["events"].as_array().map(Vec::len), Some(8));
    assert!(
        r.stderr
            .contains("the service answered in part (PartialError: There were some errors"),
        "{}",
        r.stderr
    );
}

#[test]
fn throttling_is_waited_out_as_retry_after_says() {
    let fake = FakeArm::start();
    fake.script(
        POOL_QUERY,
        vec![
            Reply::error(429, "TooManyRequests", "Too many requests").header("Retry-After", "1"),
            a_day_of_events(),
        ],
    );
    let started = Instant::now();
    let r = events(&fake, &["-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(posts(&fake, POOL_QUERY), 2);
    assert_eq!(json(&r.stdout)["summary"]["reusesServed"], 3);
}

#[test]
fn without_a_diagnostic_setting_it_says_so_with_the_command_that_makes_one() {
    let fake = FakeArm::start();
    fake.script(POOL_QUERY, vec![rows(json!([]))]);
    fake.script(SETTINGS, vec![Reply::json(200, json!({"value": []}))]);
    let r = events(&fake, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    assert!(
        lines[0].contains("no diagnostic setting sends pool 'pool''s logs to a Log Analytics workspace"),
        "{}",
        r.stderr
    );
    assert!(
        lines[0].contains("az monitor diagnostic-settings create"),
        "{}",
        r.stderr
    );
    assert!(lines[0].contains(&pool_id()), "{}", r.stderr);
}

fn setting(created: &str) -> Reply {
    let ws = format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/rg{WORKSPACE}");
    Reply::json(
        200,
        json!({"value": [{"name": "standby-logs", "type": "Microsoft.Insights/diagnosticSettings",
            "properties": {"workspaceId": ws, "logs": [{"categoryGroup": "allLogs", "enabled": true}]},
            "systemData": {"createdAt": created}}]}),
    )
}

fn workspace() -> Reply {
    Reply::json(
        200,
        json!({"name": "ws1", "type": "Microsoft.OperationalInsights/workspaces",
            "properties": {"customerId": CUSTOMER_ID, "provisioningState": "Succeeded"}}),
    )
}

#[test]
fn refused_at_the_pool_it_reads_the_workspace_its_setting_names() {
    let fake = FakeArm::start();
    fake.script(
        POOL_QUERY,
        vec![Reply::error(
            403,
            "InsufficientAccessError",
            "The provided credentials have insufficient access.",
        )],
    );
    fake.script(SETTINGS, vec![setting("2026-01-01T00:00:00Z")]);
    fake.script(WORKSPACE, vec![workspace()]);
    fake.script(WORKSPACE_QUERY, vec![a_day_of_events()]);
    let r = events(&fake, &["-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["source"], "workspace");
    assert_eq!(doc["workspace"], "ws1");
    assert_eq!(doc["summary"]["reusesNotServed"], 1);
    assert_eq!(posts(&fake, WORKSPACE_QUERY), 1);
}

#[test]
fn a_workspace_without_the_table_and_a_young_setting_are_said() {
    let fake = FakeArm::start();
    fake.script(POOL_QUERY, vec![rows(json!([]))]);
    let just_now = azure_core::time::to_rfc3339(
        &(azure_core::time::OffsetDateTime::now_utc() - azure_core::time::Duration::minutes(5)),
    );
    fake.script(SETTINGS, vec![setting(&just_now)]);
    fake.script(WORKSPACE, vec![workspace()]);
    fake.script(
        WORKSPACE_QUERY,
        vec![Reply::error(
            400,
            "BadArgumentError",
            "The request had some invalid properties",
        )],
    );
    let r = events(&fake, &["-o", "table"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("No events in this range."), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("workspace 'ws1' has no SVMPoolExecutionLog table yet"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("diagnostic setting 'standby-logs' was made 5 minute(s) ago"),
        "{}",
        r.stderr
    );
}

#[test]
fn bad_ranges_are_usage_errors_before_anything_is_sent() {
    let fake = FakeArm::start();
    for args in [
        vec!["--start", "yesterday"],
        vec!["--start", "2026-12-05T00:00:00Z", "--end", "2026-12-04T00:00:00Z"],
        vec!["--since", "soon"],
        vec!["--end", "2026-12-04T00:00:00Z"],
    ] {
        let mut all = EVENTS.to_vec();
        all.extend(args.iter().copied());
        let r = run(&mut Env::new().cmd(&fake), &all);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
    }
    assert!(fake.seen().is_empty());
}

#[test]
fn a_workspace_with_no_data_answers_204_and_there_are_no_events() {
    let fake = FakeArm::start();
    fake.script(POOL_QUERY, vec![rows(json!([]))]);
    fake.script(SETTINGS, vec![setting("2026-01-01T00:00:00Z")]);
    fake.script(WORKSPACE, vec![workspace()]);
    fake.script(WORKSPACE_QUERY, vec![Reply::raw(204, "application/json", b"")]);
    let r = events(&fake, &["-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["events"], json!([]));
    assert_eq!(doc["summary"]["hitRate"], Value::Null);
    assert_eq!(doc["complete"], true);
}

/// The Log Analytics audience is a second scope for the same credential: az is asked for
/// it once, its token is cached apart from ARM's, and the next call pays nothing.
#[test]
fn the_logs_token_is_a_second_audience_cached_like_arms() {
    let fake = FakeArm::start();
    let env = Env::new();
    env.fake_tool("az", &common::az_token(3600));
    let mut args = EVENTS.to_vec();
    args.extend_from_slice(&["--auth", "cli", "-o", "json"]);
    for _ in 0..2 {
        let r = run(&mut env.against(&fake), &args);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let calls = env.tool_calls("az");
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(calls[0].contains("https://api.loganalytics.io/.default"), "{calls:?}");
    // ARM's scope is a token of its own.
    let r = run(env.against(&fake).args(["--auth", "cli"]), &common::STATUS);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let calls = env.tool_calls("az");
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert!(calls[1].contains("https://management.azure.com/.default"), "{calls:?}");
    let cache = std::fs::read_to_string(env.home.path().join(".cache/standby/tokens.json")).unwrap();
    assert!(
        !cache.contains(common::CLI_TOKEN) || cache.matches("expires").count() >= 2,
        "{cache}"
    );
}

/// `--follow`: each event printed once as a JSON line, the late one when it arrives;
/// each query after the first reaches back an hour for rows that arrive late.
#[test]
fn follow_prints_each_event_once_as_it_arrives() {
    let fake = FakeArm::start();
    let ago = |m: i64| {
        let t = azure_core::time::OffsetDateTime::now_utc() - azure_core::time::Duration::minutes(m);
        azure_core::time::to_rfc3339(&t)
    };
    let row = |t: String, name: &str| json!([t, name, "", "", null, null, ""]);
    let a = row(ago(20), "StandbyPoolReuseSuccess");
    let b = row(ago(19), "StandbyPoolReuseFailure");
    // Generated before the others, it reaches the logs only by the second query.
    let late = row(ago(25), "StandbyPoolDegradedPool");
    // Older than any range asked: not printed, whatever the server sends.
    let stale = row("2026-01-01T00:00:00Z".to_string(), "StandbyPoolExhaustedPool");
    fake.script(POOL_QUERY, vec![rows(json!([a, b])), rows(json!([late, a, b, stale]))]);
    let mut args = EVENTS.to_vec();
    args.extend_from_slice(&["--since", "2h", "--follow", "--interval", "10", "--count", "2"]);
    args.extend_from_slice(&["-o", "json"]);
    let r = run(&mut Env::new().cmd(&fake), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names: Vec<String> = r
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["EventName"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        names,
        [
            "StandbyPoolReuseSuccess",
            "StandbyPoolReuseFailure",
            "StandbyPoolDegradedPool"
        ],
        "{}",
        r.stdout
    );
    let queries: Vec<Value> = fake
        .seen()
        .iter()
        .filter(|s| s.method == "POST" && s.path.ends_with(POOL_QUERY))
        .map(|s| serde_json::from_str(&s.body).unwrap())
        .collect();
    assert_eq!(queries.len(), 2);
    let span = |q: &Value| {
        let (s, e) = q["timespan"].as_str().unwrap().split_once('/').unwrap();
        (
            azure_core::time::parse_rfc3339(s).unwrap(),
            azure_core::time::parse_rfc3339(e).unwrap(),
        )
    };
    let (first, second) = (span(&queries[0]), span(&queries[1]));
    assert_eq!(second.0, first.1 - azure_core::time::Duration::hours(1));
}
