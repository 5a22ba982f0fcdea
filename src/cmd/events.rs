//! `vm-pool events` and `container-pool events`: a pool's events from its resource logs
//! and what they add up to, as our own JSON object (the service's values beside the plain
//! words) that the table and `--query` read alike.

use anyhow::Result;
use azure_core::time::{Duration, OffsetDateTime};
use serde_json::{Value, json};

use super::pool::resource_type;
use crate::cli::EventsArgs;
use crate::context::Context;
use crate::exit::UsageError;
use crate::id::ResourceId;
use crate::logs::{EventsRead, ReadFrom, Reader, query};
use crate::model::events::{Event, EventSummary};
use crate::model::pool_type::PoolType;
use crate::output::{Kind, Output};

pub async fn events(pt: PoolType, args: &EventsArgs, ctx: &Context) -> Result<Output> {
    let pool = pool(pt, args, ctx)?;
    let range = range(args, now())?;
    let pace = query::Pace::default();
    let reader = Reader {
        arm: ctx.client()?,
        logs: ctx.logs_client()?,
        pace: &pace,
    };
    let found = reader.events(&pool, pt, range).await?;
    let mut out = Output::one(Kind::PoolEvents, document(&pool, range, &found))?;
    out.warnings.extend(
        found
            .partial
            .iter()
            .map(|p| format!("the service answered in part ({p}): the events and the summary are not complete")),
    );
    out.warnings.extend(found.notes);
    Ok(out)
}

/// The one pool named, checked before anything is sent.
pub fn pool(pt: PoolType, args: &EventsArgs, ctx: &Context) -> Result<ResourceId> {
    let ids = super::targets(&args.pool.target(), ctx, resource_type(pt), pt.noun())?;
    let [id] = ids.as_slice() else {
        return Err(UsageError("name one pool".to_string()).into());
    };
    Ok(id.top())
}

/// Now, in whole seconds: the range is printed, and sent as the query's timespan.
pub fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}

/// `--since` back from `now`, or `--start` to `--end` (default now).
pub fn range(args: &EventsArgs, now: OffsetDateTime) -> Result<(OffsetDateTime, OffsetDateTime)> {
    let time = |flag: &str, text: &str| {
        azure_core::time::parse_rfc3339(text.trim()).map_err(|_| {
            UsageError(format!(
                "{flag} '{text}' is not a time: use RFC 3339, e.g. 2026-12-01T00:00:00Z"
            ))
        })
    };
    let Some(start) = &args.start else {
        let back = Duration::seconds(i64::try_from(args.since.as_secs()).unwrap_or(i64::MAX / 2));
        return Ok((now - back, now));
    };
    let start = time("--start", start)?;
    let end = match &args.end {
        Some(end) => time("--end", end)?,
        None => now,
    };
    if start >= end {
        return Err(UsageError("--start must come before --end (or before now)".to_string()).into());
    }
    Ok((start, end))
}

/// The events and their summary as `-o json` prints them.
fn document(pool: &ResourceId, (start, end): (OffsetDateTime, OffsetDateTime), found: &EventsRead) -> Value {
    let summary = EventSummary::of(&found.events, end);
    let (workspace, setting) = match &found.source {
        ReadFrom::Pool => (Value::Null, Value::Null),
        ReadFrom::Workspace { setting, workspace } => (json!(workspace), json!(setting)),
    };
    json!({
        "id": pool.to_string(),
        "name": pool.name(),
        "resourceGroup": pool.resource_group,
        "start": azure_core::time::to_rfc3339(&start),
        "end": azure_core::time::to_rfc3339(&end),
        "source": if found.source == ReadFrom::Pool { "pool" } else { "workspace" },
        "workspace": workspace,
        "diagnosticSetting": setting,
        "complete": found.partial.is_none(),
        "partialError": found.partial,
        "notes": found.notes,
        "summary": {
            "reusesServed": summary.served,
            "reusesNotServed": summary.not_served,
            "hitRate": summary.hit_rate(),
            "degraded": summary.degraded_times,
            "degradedSeconds": summary.degraded_seconds,
            "exhaustions": summary.exhaustions,
            "settingsChanges": summary.settings_changes,
        },
        "events": found.events.iter().map(row).collect::<Vec<_>>(),
    })
}

/// One event as `-o json` prints it (and `--follow` prints it, a line each).
pub fn row(e: &Event) -> Value {
    let mut row = json!({
        "TimeGenerated": e.time_generated,
        "EventName": e.name,
        "event": e.words(),
        "message": e.message,
        "errorMessage": e.error,
    });
    for (key, value) in [("newMaxCapacity", e.new_max), ("newMinCapacity", e.new_min)] {
        if let Some(v) = value {
            row[key] = json!(v);
        }
    }
    if let Some(state) = &e.new_state {
        row["newResourceState"] = json!(state);
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::PoolArgs;

    fn args(since: u64, start: Option<&str>, end: Option<&str>) -> EventsArgs {
        EventsArgs {
            pool: PoolArgs {
                resource_group: None,
                name: None,
                ids: None,
            },
            since: std::time::Duration::from_secs(since),
            start: start.map(str::to_string),
            end: end.map(str::to_string),
            follow: false,
            interval: std::time::Duration::from_secs(60),
            count: None,
        }
    }

    #[test]
    fn the_range_is_since_or_start_to_end() {
        let now = azure_core::time::parse_rfc3339("2026-12-05T07:00:00Z").unwrap();
        let (start, end) = range(&args(3600, None, None), now).unwrap();
        assert_eq!((end - start).whole_seconds(), 3600);
        let (start, end) = range(&args(3600, Some("2026-12-01T00:00:00Z"), None), now).unwrap();
        assert_eq!((start.day(), end), (1, now));
        assert!(range(&args(0, Some("yesterday"), None), now).is_err());
        assert!(range(&args(0, Some("2026-12-06T00:00:00Z"), None), now).is_err());
    }
}
