//! `--events`: what the pools' resource logs say, as metrics. Each pool's workspace is
//! found once (its diagnostic setting, the workspace's id); each refresh sends one query
//! per workspace for the rows ingested since the last one, so a row is counted once
//! however late it arrives. The counters are per pool and event name; the hit rate is
//! the reuses served over the last hour.

use azure_core::time::{Duration, OffsetDateTime};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::arm::ArmClient;
use crate::arm::graph;
use crate::id::ResourceId;
use crate::logs::query::{self, Pace, QueryAt};
use crate::logs::workspace;
use crate::model::events::EventKind;
use crate::model::pool_type::PoolType;

/// The hit rate's window.
const HOUR: Duration = Duration::hours(1);
/// How far back a refresh looks for rows ingested late (the timespan of its query).
const LATE: Duration = Duration::days(1);
/// Event names a pool may have as label values: the service has seven; names past this
/// many count as `other`, so a server that invents names cannot grow the series forever.
const NAMES_PER_POOL: usize = 32;
const OTHER: &str = "other";

#[derive(Default)]
pub struct PoolLogs {
    /// customerId → the pools whose logs go there, and the newest ingestion time seen.
    workspaces: BTreeMap<String, Workspace>,
    /// Pools whose workspace was looked for (found or not), by key.
    looked: HashSet<String>,
    /// (pool key, EventName as sent) → rows counted.
    pub counts: BTreeMap<(String, String), u64>,
    /// Reuses of the last hour: when, which pool, served or not.
    recent: Vec<(OffsetDateTime, String, bool)>,
    pace: Pace,
}

#[derive(Default)]
struct Workspace {
    pools: Vec<ResourceId>,
    ingested: Option<OffsetDateTime>,
}

/// What a step said worth a log line: (event, pool or workspace, why).
pub type Notes = Vec<(&'static str, String, String)>;

impl PoolLogs {
    /// Finds the workspace of each pool not looked at yet.
    pub async fn locate(&mut self, arm: &ArmClient, pools: &[(ResourceId, PoolType)]) -> Notes {
        let mut notes = Notes::new();
        let mut ids: HashMap<String, String> = HashMap::new();
        for (id, pool_type) in pools {
            if !self.looked.insert(id.key()) {
                continue;
            }
            let setting = match workspace::settings(arm, id, *pool_type).await {
                Ok(settings) => settings.into_iter().next(),
                Err(e) => {
                    self.looked.remove(&id.key());
                    notes.push(("events_unreadable", id.to_string(), e.to_string()));
                    continue;
                }
            };
            let Some(setting) = setting else {
                notes.push((
                    "events_unavailable",
                    id.to_string(),
                    "no diagnostic setting sends its logs to a workspace".into(),
                ));
                continue;
            };
            let key = setting.workspace.key();
            let customer = match ids.get(&key) {
                Some(c) => c.clone(),
                None => match workspace::customer_id(arm, &setting.workspace).await {
                    Ok(c) => ids.entry(key).or_insert(c).clone(),
                    Err(e) => {
                        self.looked.remove(&id.key());
                        notes.push(("events_unreadable", id.to_string(), e.to_string()));
                        continue;
                    }
                },
            };
            self.workspaces.entry(customer).or_default().pools.push(id.clone());
        }
        notes
    }

    /// One query per workspace for the rows ingested since the last, counted.
    pub async fn refresh(&mut self, logs: &ArmClient, now: OffsetDateTime) -> Notes {
        let mut notes = Notes::new();
        let mut rows_of: Vec<(String, Vec<serde_json::Map<String, Value>>)> = Vec::new();
        for (customer, ws) in &self.workspaces {
            let since = ws.ingested;
            let start = since.map_or(now - HOUR, |_| now - LATE);
            let text = text(&ws.pools, since);
            let scope = QueryAt::Workspace(customer.clone());
            match query::run(logs, &self.pace, &scope, &text, (start, now)).await {
                Ok(answer) => rows_of.push((customer.clone(), answer.rows)),
                Err(e) => notes.push(("events_query_failed", customer.clone(), e.to_string())),
            }
        }
        for (customer, rows) in rows_of {
            self.count(&customer, &rows);
        }
        // Rows arrive in any order (late ones too): the hour is kept by time, not by place.
        self.recent.retain(|(at, _, _)| *at >= now - HOUR);
        notes
    }

    fn count(&mut self, customer: &str, rows: &[serde_json::Map<String, Value>]) {
        let text =
            |row: &serde_json::Map<String, Value>, k: &str| row.get(k).and_then(Value::as_str).map(str::to_string);
        let time = |t: Option<String>| t.and_then(|t| azure_core::time::parse_rfc3339(&t).ok());
        for row in rows {
            let (Some(name), Some(pool)) = (text(row, "EventName"), text(row, "_ResourceId")) else {
                continue;
            };
            let Ok(pool) = ResourceId::parse(&pool) else { continue };
            if let Some(ws) = self.workspaces.get_mut(customer) {
                let ingested = time(text(row, "IngestedAt"));
                ws.ingested = ws.ingested.max(ingested);
            }
            let kind = EventKind::of(&name);
            if let (EventKind::ReuseSuccess | EventKind::ReuseFailure, Some(at)) =
                (&kind, time(text(row, "TimeGenerated")))
            {
                self.recent.push((at, pool.key(), kind == EventKind::ReuseSuccess));
            }
            let key = pool.key();
            let known = self
                .counts
                .range((key.clone(), String::new())..)
                .take_while(|((k, _), _)| *k == key);
            let name = match known.clone().any(|((_, n), _)| *n == name) {
                true => name,
                false if known.count() < NAMES_PER_POOL => name,
                false => OTHER.to_string(),
            };
            *self.counts.entry((key, name)).or_default() += 1;
        }
    }

    /// Served ÷ (served + not served) over the last hour, per pool that was asked.
    pub fn hit_rates(&self) -> HashMap<String, f64> {
        let mut tally: HashMap<String, (u64, u64)> = HashMap::new();
        for (_, pool, served) in &self.recent {
            let t = tally.entry(pool.clone()).or_default();
            if *served {
                t.0 += 1;
            } else {
                t.1 += 1;
            }
        }
        tally
            .into_iter()
            .map(|(pool, (s, f))| (pool, s as f64 / (s + f) as f64))
            .collect()
    }
}

/// The rows of both tables of both pool types for these pools, ingested after `since`,
/// with when each was ingested: a watermark that late rows cannot slip under.
fn text(pools: &[ResourceId], since: Option<OffsetDateTime>) -> String {
    let ids: Vec<String> = pools.iter().map(|p| graph::literal(&p.to_string())).collect();
    let after = since.map_or(String::new(), |t| {
        format!(" | where IngestedAt > datetime({})", azure_core::time::to_rfc3339(&t))
    });
    format!(
        "union isfuzzy=true SVMPoolExecutionLog, SVMPoolRequestLog, SCGPoolExecutionLog, SCGPoolRequestLog \
         | where _ResourceId in~ ({}) | extend IngestedAt = ingestion_time(){after} \
         | project TimeGenerated, EventName, _ResourceId, IngestedAt",
        ids.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn id() -> ResourceId {
        ResourceId::parse(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p",
        )
        .unwrap()
    }

    #[test]
    fn invented_event_names_stop_growing_the_series() {
        let mut logs = PoolLogs::default();
        let rows: Vec<_> = (0..100)
            .map(|i| {
                json!({"TimeGenerated": "2026-12-05T06:50:00Z", "EventName": format!("Invented{i}"),
                    "_ResourceId": id().to_string()})
                .as_object()
                .unwrap()
                .clone()
            })
            .collect();
        logs.count("ws", &rows);
        assert_eq!(logs.counts.len(), NAMES_PER_POOL + 1);
        assert_eq!(
            logs.counts[&(id().key(), OTHER.to_string())],
            100 - NAMES_PER_POOL as u64
        );
    }

    #[test]
    fn rows_are_counted_once_and_the_hour_gives_the_hit_rate() {
        let mut logs = PoolLogs::default();
        logs.workspaces.entry("ws".into()).or_default().pools.push(id());
        let row = |t: &str, name: &str| {
            json!({"TimeGenerated": t, "EventName": name, "_ResourceId": id().to_string().to_lowercase(),
                "IngestedAt": "2026-12-05T07:00:00Z"})
            .as_object()
            .unwrap()
            .clone()
        };
        logs.count(
            "ws",
            &[
                row("2026-12-05T06:50:00Z", "StandbyPoolReuseSuccess"),
                row("2026-12-05T06:51:00Z", "StandbyPoolReuseSuccess"),
                row("2026-12-05T05:00:00Z", "StandbyPoolReuseFailure"),
                row("2026-12-05T06:52:00Z", "StandbyPoolReuseFailure"),
            ],
        );
        assert_eq!(logs.counts[&(id().key(), "StandbyPoolReuseFailure".to_string())], 2);
        let now = azure_core::time::parse_rfc3339("2026-12-05T07:00:00Z").unwrap();
        logs.recent.retain(|(at, _, _)| *at >= now - HOUR);
        let rate = logs.hit_rates()[&id().key()];
        assert!((rate - 2.0 / 3.0).abs() < 1e-9);
        assert!(text(&[id()], logs.workspaces["ws"].ingested).contains("IngestedAt > datetime(2026-12-05T07:00:00"));
    }
}
