//! Azure Resource Graph: one query over many subscriptions, its rows paged with
//! `$skipToken`, the subscriptions sent in batches, and the per-user quota
//! (`x-ms-user-quota-remaining`, `x-ms-user-quota-resets-after`) honoured between pages.

use reqwest::header::HeaderMap;
use serde_json::{Value, json};
use std::collections::HashSet;
use std::time::Duration;

use super::client::ArmClient;
use super::error::ArmError;
use crate::log;

pub const API_VERSION: &str = "2024-04-01";
const PATH: &str = "/providers/Microsoft.ResourceGraph/resources";
/// Subscriptions per request: the service takes more, but large scopes answer slowly.
pub const BATCH: usize = 250;
/// Rows per page: the most the service hands out at once.
const TOP: u32 = 1000;
/// A skip-token chain longer than this is a loop the service did not mean.
const MAX_PAGES: usize = 1000;
/// The longest wait for the quota to come back that is still worth it.
const MAX_QUOTA_WAIT: Duration = Duration::from_secs(60);

/// What the per-user quota said after a request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quota {
    pub remaining: Option<u64>,
    pub resets_after: Option<Duration>,
}

impl Quota {
    pub fn of(headers: &HeaderMap) -> Quota {
        let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
        Quota {
            remaining: text("x-ms-user-quota-remaining").and_then(|v| v.parse().ok()),
            resets_after: text("x-ms-user-quota-resets-after").and_then(parse_clock),
        }
    }

    /// How long to wait before the next query: only when the quota is spent.
    pub fn wait(&self) -> Option<Duration> {
        (self.remaining == Some(0)).then(|| self.resets_after.unwrap_or(Duration::from_secs(1)).min(MAX_QUOTA_WAIT))
    }
}

/// `hh:mm:ss` (seconds may have a fraction), as the quota header writes it.
fn parse_clock(text: &str) -> Option<Duration> {
    let parts: Vec<&str> = text.split(':').collect();
    let [h, m, s] = parts.as_slice() else { return None };
    let secs = h.parse::<u64>().ok()? as f64 * 3600.0 + m.parse::<u64>().ok()? as f64 * 60.0 + s.parse::<f64>().ok()?;
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs))
}

/// Every row the query gives over these subscriptions, batch after batch, page after page.
pub async fn query(client: &ArmClient, subscriptions: &[String], query: &str) -> Result<Vec<Value>, ArmError> {
    let url = client.url(PATH, &[("api-version", API_VERSION)])?;
    let mut rows = Vec::new();
    let mut quota: Option<Quota> = None;
    for batch in subscriptions.chunks(BATCH) {
        let mut token: Option<String> = None;
        let mut seen = HashSet::new();
        loop {
            if let Some(wait) = quota.and_then(|q| q.wait()) {
                log::verbose(format_args!(
                    "Resource Graph quota spent; waiting {:.1}s for it to reset",
                    wait.as_secs_f64()
                ));
                tokio::time::sleep(wait).await;
            }
            let mut options = json!({"$top": TOP, "resultFormat": "objectArray"});
            if let Some(t) = &token {
                options["$skipToken"] = json!(t);
            }
            let body = json!({"subscriptions": batch, "query": query, "options": options});
            let (page, headers) = client.post_json(url.clone(), &body).await?;
            quota = Some(Quota::of(&headers));
            match page.body.get("data") {
                Some(Value::Array(data)) => rows.extend(data.iter().cloned()),
                None | Some(Value::Null) => {}
                Some(_) => {
                    return Err(ArmError::Decode {
                        message: "the Resource Graph answer's 'data' is not an array of rows".to_string(),
                        request_id: page.request_id,
                    });
                }
            }
            token = match page.body.get("$skipToken") {
                Some(Value::String(t)) if !t.is_empty() => Some(t.clone()),
                _ => None,
            };
            let Some(t) = &token else { break };
            if !seen.insert(t.clone()) || seen.len() > MAX_PAGES {
                return Err(ArmError::Decode {
                    message: "Resource Graph's $skipToken leads back to a page already read; stopped".to_string(),
                    request_id: page.request_id,
                });
            }
        }
    }
    Ok(rows)
}

/// A KQL string literal: single quotes, with quotes and backslashes escaped.
pub fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn quota_headers() {
        let mut h = HeaderMap::new();
        h.insert("x-ms-user-quota-remaining", HeaderValue::from_static("0"));
        h.insert("x-ms-user-quota-resets-after", HeaderValue::from_static("00:00:03"));
        let q = Quota::of(&h);
        assert_eq!(q.remaining, Some(0));
        assert_eq!(q.wait(), Some(Duration::from_secs(3)));
        h.insert("x-ms-user-quota-remaining", HeaderValue::from_static("14"));
        assert_eq!(Quota::of(&h).wait(), None);
        assert_eq!(Quota::of(&HeaderMap::new()).wait(), None);
        assert_eq!(parse_clock("01:02:03.5"), Some(Duration::from_secs_f64(3723.5)));
        assert_eq!(parse_clock("soon"), None);
        assert_eq!(parse_clock("00:-1:00"), None);
    }

    #[test]
    fn literals_cannot_break_out() {
        assert_eq!(literal("rg"), "'rg'");
        assert_eq!(literal("a'b\\"), "'a\\'b\\\\'");
    }
}
