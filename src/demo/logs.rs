//! The demo's resource logs, answered as the Log Analytics query API answers the
//! resource-centric query `events` sends: rows of the union of a pool's execution and
//! request tables in their published columns, for the range asked. Each pool's hours
//! follow its behaviour: the web pool serves most scale-outs, the exhausted pool none,
//! the degraded pool now and then cannot create instances.

use azure_core::time::{Duration, OffsetDateTime};
use serde_json::{Value, json};

use super::world::{Behaviour, DemoPool};

/// The rows for `pool` inside the request's timespan (`start/end`; the last day if the
/// request names none), oldest first.
pub fn answer(pool: &DemoPool, request: &Value, now: OffsetDateTime) -> Value {
    let (start, end) = timespan(request).unwrap_or((now - Duration::days(1), now));
    let end = end.min(now);
    let mut rows = Vec::new();
    let mut hour = start
        .replace_minute(0)
        .and_then(|t| t.replace_second(0))
        .and_then(|t| t.replace_nanosecond(0))
        .unwrap_or(start);
    // Logs are kept for a month at most here, as a workspace might.
    hour = hour.max(now - Duration::days(31));
    while hour < end {
        for (offset, event, message, error) in hour_of(pool, hour) {
            let at = hour + Duration::seconds(offset);
            if at >= start && at < end {
                let time = azure_core::time::to_rfc3339(&at);
                rows.push(json!([time, event, message, error, null, null, ""]));
            }
        }
        hour += Duration::hours(1);
    }
    if pool.behaviour == Behaviour::FillAndDrain {
        let changed = now - Duration::hours(20);
        if changed >= start && changed < end {
            let time = azure_core::time::to_rfc3339(&changed);
            rows.push(json!([
                time,
                "StandbyPoolSettingsUpdated",
                "",
                "",
                pool.max,
                pool.min,
                pool.vm_state
            ]));
        }
    }
    json!({"tables": [{"name": "PrimaryResult", "columns": [
        {"name": "TimeGenerated", "type": "datetime"}, {"name": "EventName", "type": "string"},
        {"name": "Message", "type": "string"}, {"name": "ErrorMessage", "type": "string"},
        {"name": "NewMaxCapacity", "type": "int"}, {"name": "NewMinCapacity", "type": "int"},
        {"name": "NewResourceState", "type": "string"}],
        "rows": rows}]})
}

/// The demo's Log Analytics workspace, which every pool's diagnostic setting names.
pub const WORKSPACE: &str = "contoso-logs";
pub const WORKSPACE_ID: &str = "3f8e1c2a-7b4d-4e9f-a0c1-5d6e7f8a9b0c";

/// A pool's diagnostic settings: one, sending all its logs to the demo's workspace.
pub fn settings(pool: &DemoPool) -> Value {
    let workspace = format!(
        "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.OperationalInsights/workspaces/{WORKSPACE}",
        pool.subscription.id, pool.resource_group
    );
    json!({"value": [{"name": "standby-logs", "type": "Microsoft.Insights/diagnosticSettings",
        "properties": {"workspaceId": workspace, "logs": [{"categoryGroup": "allLogs", "enabled": true}]}}]})
}

/// The workspace's answer to the exporter's query: the rows of the pools the query
/// names, as the union of their tables with `_ResourceId` and `IngestedAt`, ingested
/// after the watermark the query carries (the demo ingests a row when it happens).
pub fn workspace_answer(request: &Value, pools: &[&DemoPool], now: OffsetDateTime) -> Value {
    let text = request.get("query").and_then(Value::as_str).unwrap_or_default();
    let after = text
        .split_once("IngestedAt > datetime(")
        .and_then(|(_, rest)| rest.split_once(')'))
        .and_then(|(t, _)| azure_core::time::parse_rfc3339(t).ok());
    let mut rows = Vec::new();
    for pool in pools {
        let id = pool.id();
        if !text.to_ascii_lowercase().contains(&id.to_ascii_lowercase()) {
            continue;
        }
        let own = answer(pool, request, now);
        for r in own["tables"][0]["rows"].as_array().into_iter().flatten() {
            let at = r[0].as_str().and_then(|t| azure_core::time::parse_rfc3339(t).ok());
            if after.is_some_and(|after| at.is_none_or(|at| at <= after)) {
                continue;
            }
            rows.push(json!([r[0], r[1], id.to_ascii_lowercase(), r[0]]));
        }
    }
    json!({"tables": [{"name": "PrimaryResult", "columns": [
        {"name": "TimeGenerated", "type": "datetime"}, {"name": "EventName", "type": "string"},
        {"name": "_ResourceId", "type": "string"}, {"name": "IngestedAt", "type": "datetime"}],
        "rows": rows}]})
}

fn timespan(request: &Value) -> Option<(OffsetDateTime, OffsetDateTime)> {
    let (start, end) = request.get("timespan")?.as_str()?.split_once('/')?;
    Some((
        azure_core::time::parse_rfc3339(start).ok()?,
        azure_core::time::parse_rfc3339(end).ok()?,
    ))
}

type Row = (i64, &'static str, &'static str, &'static str);

/// One hour of a pool's events: (seconds into the hour, EventName, Message, ErrorMessage).
fn hour_of(pool: &DemoPool, hour: OffsetDateTime) -> Vec<Row> {
    let n = i64::from(hour.hour());
    let served = ("StandbyPoolReuseSuccess", "", "");
    let missed = (
        "StandbyPoolReuseFailure",
        "",
        if pool.is_vm() {
            "No ready VM in the pool; the scale set created a new one"
        } else {
            "No ready container group in the pool; a new one was created"
        },
    );
    let mut rows: Vec<Row> = Vec::new();
    let mut add = |offset: i64, (event, message, error): (&'static str, &'static str, &'static str)| {
        rows.push((offset, event, message, error));
    };
    match pool.behaviour {
        Behaviour::FillAndDrain | Behaviour::Throttled => {
            for i in 0..4 {
                add(120 + i, served);
            }
            // A scale-out larger than the pool every fifth hour.
            if n % 5 == 0 {
                add(124, missed);
            }
            add(
                900,
                ("StandbyPoolMaxReadyPool", "The pool is refilled to its target", ""),
            );
        }
        Behaviour::Exhausted => {
            add(
                60,
                (
                    "StandbyPoolExhaustedPool",
                    "",
                    "maxReadyCapacity is not above the scale set's instances",
                ),
            );
            add(120, missed);
            add(121, missed);
        }
        Behaviour::Degraded => {
            add(120, served);
            add(121, missed);
            if n % 2 == 0 {
                add(
                    600,
                    (
                        "StandbyPoolDegradedPool",
                        "",
                        "Container groups cannot be created: image pull failed",
                    ),
                );
                add(630, ("StandbyPoolExitDegradedPool", "Retrying creation", ""));
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::world::POOLS;

    #[test]
    fn a_day_of_the_web_pool_has_reuses_and_a_settings_change() {
        let now = azure_core::time::parse_rfc3339("2026-12-05T07:30:00Z").unwrap();
        let body = answer(&POOLS[0], &json!({}), now);
        let rows = body["tables"][0]["rows"].as_array().unwrap();
        let count = |name: &str| rows.iter().filter(|r| r[1] == name).count();
        assert_eq!(count("StandbyPoolReuseSuccess"), 4 * 24);
        assert_eq!(count("StandbyPoolReuseFailure"), 5);
        assert_eq!(count("StandbyPoolSettingsUpdated"), 1);
        let request = json!({"timespan": "2026-12-05T06:00:00Z/2026-12-05T07:00:00Z"});
        let hour = answer(&POOLS[3], &request, now);
        assert_eq!(hour["tables"][0]["rows"].as_array().map(Vec::len), Some(3));
    }
}
