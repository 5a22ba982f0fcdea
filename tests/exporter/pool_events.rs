//! `exporter --events`: the pools' resource-log events as counters and the last hour's
//! reuse hit rate, from one query per workspace per refresh, each row counted once.

use crate::common;

use common::exporter::{Exporter, pool_id};
use common::{Env, FakeArm, Reply, SUBSCRIPTION};
use serde_json::json;
use std::time::Duration;

const SETTINGS: &str = "/standbyVirtualMachinePools/pool/providers/Microsoft.Insights/diagnosticSettings";
const WORKSPACE: &str = "/providers/Microsoft.OperationalInsights/workspaces/ws1";
const WORKSPACE_QUERY: &str = "/v1/workspaces/5b02755b-1111-2222-3333-444455556666/query";

fn minutes_ago(m: i64) -> String {
    azure_core::time::to_rfc3339(
        &(azure_core::time::OffsetDateTime::now_utc() - azure_core::time::Duration::minutes(m)),
    )
}

fn rows(rows: serde_json::Value) -> Reply {
    Reply::json(
        200,
        json!({"tables": [{"name": "PrimaryResult", "columns": [
            {"name": "TimeGenerated", "type": "datetime"}, {"name": "EventName", "type": "string"},
            {"name": "_ResourceId", "type": "string"}, {"name": "IngestedAt", "type": "datetime"}],
            "rows": rows}]}),
    )
}

/// The fake's answers for `name`'s logs: its diagnostic setting, the workspace, and a
/// first query that finds 3 reuses served and 2 not (one of them over an hour ago), then
/// nothing new.
pub(super) fn serve_logs(fake: &FakeArm, name: &str) {
    let ws = format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/rg{WORKSPACE}");
    fake.script(
        &format!("/standbyVirtualMachinePools/{name}/providers/Microsoft.Insights/diagnosticSettings"),
        vec![Reply::json(
            200,
            json!({"value": [{"name": "standby-logs", "properties": {"workspaceId": ws,
                "logs": [{"categoryGroup": "allLogs", "enabled": true}]}}]}),
        )],
    );
    fake.script(
        WORKSPACE,
        vec![Reply::json(
            200,
            json!({"properties": {"customerId": "5b02755b-1111-2222-3333-444455556666"}}),
        )],
    );
    // Log Analytics lowercases the ids it stores.
    let pool = pool_id(name).to_lowercase();
    let ingested = minutes_ago(1);
    fake.script(
        WORKSPACE_QUERY,
        vec![
            rows(json!([
                [minutes_ago(30), "StandbyPoolReuseSuccess", pool, ingested],
                [minutes_ago(29), "StandbyPoolReuseSuccess", pool, ingested],
                [minutes_ago(28), "StandbyPoolReuseSuccess", pool, ingested],
                [minutes_ago(27), "StandbyPoolReuseFailure", pool, ingested],
                [minutes_ago(90), "StandbyPoolReuseFailure", pool, ingested]
            ])),
            rows(json!([])),
        ],
    );
}

#[test]
fn the_logs_become_counters_and_a_hit_rate_each_row_counted_once() {
    let fake = FakeArm::start();
    serve_logs(&fake, "pool");
    let e = Exporter::spawn(
        &fake,
        Env::new(),
        &["--ids", &pool_id("pool"), "--refresh", "1", "--events"],
    );
    let labels = format!("subscription=\"{SUBSCRIPTION}\",resource_group=\"rg\",pool=\"pool\",kind=\"vm\"");
    let served = format!("standby_pool_events_total{{{labels},event=\"StandbyPoolReuseSuccess\"}} 3");
    let missed = format!("standby_pool_events_total{{{labels},event=\"StandbyPoolReuseFailure\"}} 2");
    let m = e.wait_for(Duration::from_secs(20), |m| m.contains(&served));
    assert!(m.contains(&missed), "{m}");
    // The last hour: 3 served of 4 asked.
    assert!(
        m.contains(&format!("standby_pool_reuse_hit_ratio{{{labels}}} 0.75")),
        "{m}"
    );
    assert!(m.contains("# TYPE standby_pool_events_total counter"), "{m}");
    // Later refreshes ask only for what was ingested since; nothing is counted twice.
    let posts = || {
        fake.seen()
            .into_iter()
            .filter(|s| s.method == "POST" && s.path == WORKSPACE_QUERY)
            .collect::<Vec<_>>()
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while posts().len() < 3 {
        assert!(
            std::time::Instant::now() < deadline,
            "the workspace was not queried again"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let all = posts();
    assert!(!all[0].body.contains("IngestedAt > datetime("), "{}", all[0].body);
    assert!(all[1].body.contains("IngestedAt > datetime("), "{}", all[1].body);
    assert!(all[1].body.contains("_ResourceId in~"), "{}", all[1].body);
    let m = e.wait_for(Duration::from_secs(5), |m| m.contains(&served));
    assert!(m.contains(&missed), "{m}");
    super::check_with_promtool(&m);
    let (code, log) = e.stop();
    assert_eq!(code, 0, "{log}");
}

#[test]
fn a_pool_without_a_setting_is_said_once_and_the_rest_goes_on() {
    let fake = FakeArm::start();
    fake.script(SETTINGS, vec![Reply::json(200, json!({"value": []}))]);
    let e = Exporter::spawn(
        &fake,
        Env::new(),
        &["--ids", &pool_id("pool"), "--refresh", "1", "--events"],
    );
    let m = e.wait_for(Duration::from_secs(20), |m| m.contains("standby_pool_ready_instances{"));
    assert!(!m.contains("standby_pool_events_total"), "{m}");
    std::thread::sleep(Duration::from_millis(1500));
    let (code, log) = e.stop();
    assert_eq!(code, 0, "{log}");
    assert_eq!(log.matches("event=events_unavailable").count(), 1, "{log}");
    assert!(
        log.contains("no diagnostic setting sends its logs to a workspace"),
        "{log}"
    );
}
