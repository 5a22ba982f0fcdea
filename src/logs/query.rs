//! The Log Analytics query API: a KQL query on the published columns of a pool's tables,
//! POSTed to the resource (no workspace to know) or to a workspace, its answer's table
//! turned into rows, a partial answer kept as such, long ranges split.

use azure_core::time::{Duration, OffsetDateTime};
use serde_json::{Map, Value, json};
use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Instant;

use crate::arm::{ArmClient, ArmError, graph};
use crate::id::ResourceId;
use crate::log;
use crate::model::pool_type::PoolType;

/// The service's cap on the records one query returns; a window that reaches it is split.
pub const RECORD_LIMIT: usize = 500_000;
/// The longest window one query covers; a longer range is read window by window.
const WINDOW: Duration = Duration::days(7);
/// The query API's limit per user: 200 requests in any 30 seconds.
const REQUESTS: usize = 200;
const PER: std::time::Duration = std::time::Duration::from_secs(30);

/// Where a query is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryAt {
    /// `/v1{resourceId}/query`: every workspace the pool sends to that the caller can read.
    Resource(ResourceId),
    /// `/v1/workspaces/{customerId}/query`.
    Workspace(String),
}

/// Rows as column name → value, and whether the service said they are not all.
#[derive(Debug, Default)]
pub struct Rows {
    pub rows: Vec<Map<String, Value>>,
    /// `PartialError`'s message: what is missing, in the service's words.
    pub partial: Option<String>,
}

/// The execution and request tables of a pool type.
pub fn tables(pool_type: PoolType) -> (&'static str, &'static str) {
    match pool_type {
        PoolType::Vm => ("SVMPoolExecutionLog", "SVMPoolRequestLog"),
        PoolType::ContainerGroup => ("SCGPoolExecutionLog", "SCGPoolRequestLog"),
    }
}

/// One query for both tables of a pool, on the published columns only; `isfuzzy` lets a
/// workspace that has received one table and not yet the other answer.
pub fn text(pool: &ResourceId, pool_type: PoolType) -> String {
    let (execution, request) = tables(pool_type);
    let id = graph::literal(&pool.to_string());
    format!(
        "union isfuzzy=true \
         ({execution} | where _ResourceId =~ {id} | project TimeGenerated, EventName, Message, ErrorMessage), \
         ({request} | where _ResourceId =~ {id} | project TimeGenerated, EventName, NewMaxCapacity, NewMinCapacity, NewResourceState) \
         | order by TimeGenerated asc"
    )
}

/// Paces the queries of one process: at most 200 in any 30 seconds.
pub struct Pace {
    sent: Mutex<VecDeque<Instant>>,
    limit: usize,
    per: std::time::Duration,
}

impl Default for Pace {
    fn default() -> Pace {
        Pace::new(REQUESTS, PER)
    }
}

impl Pace {
    fn new(limit: usize, per: std::time::Duration) -> Pace {
        Pace {
            sent: Mutex::default(),
            limit,
            per,
        }
    }

    async fn admit(&self) {
        loop {
            let wait = {
                let mut sent = self.sent.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                let now = Instant::now();
                while sent.front().is_some_and(|t| now.duration_since(*t) >= self.per) {
                    sent.pop_front();
                }
                if sent.len() < self.limit {
                    sent.push_back(now);
                    return;
                }
                sent.front().map(|t| self.per.saturating_sub(now.duration_since(*t)))
            };
            if let Some(wait) = wait {
                log::verbose(format_args!(
                    "Log Analytics: {} queries in {} s; waiting {:.1} s",
                    self.limit,
                    self.per.as_secs(),
                    wait.as_secs_f64()
                ));
                tokio::time::sleep(wait).await;
            }
        }
    }
}

/// The rows of `query` between `start` and `end`, window by window, oldest first.
pub async fn run(
    client: &ArmClient,
    pace: &Pace,
    scope: &QueryAt,
    query: &str,
    (start, end): (OffsetDateTime, OffsetDateTime),
) -> Result<Rows, ArmError> {
    let mut answer = Rows::default();
    let mut todo = windows(start, end);
    while let Some((from, to)) = todo.pop_front() {
        pace.admit().await;
        let part = once(client, scope, query, from, to).await?;
        // A window that reached the cap may have lost rows: read it again in halves.
        if part.rows.len() >= RECORD_LIMIT && to - from > Duration::minutes(1) {
            let middle = from + (to - from) / 2;
            todo.push_front((middle, to));
            todo.push_front((from, middle));
            continue;
        }
        answer.rows.extend(part.rows);
        answer.partial = answer.partial.or(part.partial);
    }
    Ok(answer)
}

fn windows(start: OffsetDateTime, end: OffsetDateTime) -> VecDeque<(OffsetDateTime, OffsetDateTime)> {
    let mut out = VecDeque::new();
    let mut from = start;
    while from < end {
        let to = (from + WINDOW).min(end);
        out.push_back((from, to));
        from = to;
    }
    out
}

async fn once(
    client: &ArmClient,
    scope: &QueryAt,
    query: &str,
    from: OffsetDateTime,
    to: OffsetDateTime,
) -> Result<Rows, ArmError> {
    let path = match scope {
        QueryAt::Resource(id) => format!("/v1{id}/query"),
        QueryAt::Workspace(customer_id) => format!("/v1/workspaces/{customer_id}/query"),
    };
    let url = client.url(&path, &[])?;
    let timespan = format!(
        "{}/{}",
        azure_core::time::to_rfc3339(&from),
        azure_core::time::to_rfc3339(&to)
    );
    let (fetched, _) = client
        .post_json(url, &json!({"query": query, "timespan": timespan}))
        .await?;
    table(&fetched.body).map_err(|message| ArmError::Decode {
        message,
        request_id: fetched.request_id,
    })
}

/// The first table of an answer as rows, and the partial error beside it, if any. An
/// empty answer (the service's 204 for a workspace with no data) has no rows.
pub fn table(body: &Value) -> Result<Rows, String> {
    let partial = body.get("error").filter(|e| e.is_object()).map(|e| {
        let text = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
        format!("{}: {}", text("code"), text("message"))
    });
    let Some(first) = body.get("tables").and_then(Value::as_array).and_then(|t| t.first()) else {
        return Ok(Rows {
            rows: Vec::new(),
            partial,
        });
    };
    let columns: Vec<String> = first
        .get("columns")
        .and_then(Value::as_array)
        .ok_or("the Log Analytics answer's table has no columns")?
        .iter()
        .map(|c| c.get("name").and_then(Value::as_str).unwrap_or_default().to_string())
        .collect();
    let rows = first
        .get("rows")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(Value::as_array)
        .map(|cells| columns.iter().cloned().zip(cells.iter().cloned()).collect())
        .collect();
    Ok(Rows { rows, partial })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_named_by_their_columns_and_a_partial_answer_says_so() {
        let body = json!({"tables": [{"name": "PrimaryResult",
            "columns": [{"name": "TimeGenerated", "type": "datetime"}, {"name": "EventName", "type": "string"}],
            "rows": [["2026-12-01T10:00:00Z", "StandbyPoolReuseSuccess"], "not a row"]}],
            "error": {"code": "PartialError", "message": "There were some errors when processing your query."}});
        let a = table(&body).unwrap();
        assert_eq!(a.rows.len(), 1);
        assert_eq!(a.rows[0]["EventName"], "StandbyPoolReuseSuccess");
        assert_eq!(
            a.partial.as_deref(),
            Some("PartialError: There were some errors when processing your query.")
        );
        assert!(table(&json!({})).unwrap().rows.is_empty());
        assert!(table(&json!({"tables": [{"rows": []}]})).is_err());
    }

    #[test]
    fn the_query_reads_published_columns_and_quotes_the_id() {
        let id = ResourceId::parse(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p'x",
        )
        .unwrap();
        let q = text(&id, PoolType::Vm);
        assert!(q.contains("SVMPoolExecutionLog | where _ResourceId =~ '"), "{q}");
        assert!(q.contains("p\\'x'"), "{q}");
        assert!(
            !q.contains("summarize") && !q.contains("Details") && !q.contains(" ResourceId"),
            "{q}"
        );
        assert!(text(&id, PoolType::ContainerGroup).contains("SCGPoolRequestLog"));
    }

    #[tokio::test]
    async fn the_pace_holds_back_what_is_over_the_limit_until_the_window_moves() {
        let pace = Pace::new(2, std::time::Duration::from_millis(300));
        let started = Instant::now();
        pace.admit().await;
        pace.admit().await;
        assert!(started.elapsed() < std::time::Duration::from_millis(100));
        pace.admit().await;
        assert!(started.elapsed() >= std::time::Duration::from_millis(300));
    }

    #[test]
    fn long_ranges_go_window_by_window() {
        let start = azure_core::time::parse_rfc3339("2026-11-01T00:00:00Z").unwrap();
        let w = windows(start, start + Duration::days(30));
        assert_eq!(w.len(), 5);
        assert_eq!(w.back().map(|(_, to)| *to), Some(start + Duration::days(30)));
        assert!(windows(start, start).is_empty());
    }
}
