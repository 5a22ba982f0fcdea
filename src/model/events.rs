//! A pool's events, from its resource logs (`SVMPoolExecutionLog`/`SVMPoolRequestLog`, or
//! the `SCG…` tables for container group pools): what each row says in plain words, and
//! the summary an operator asks for after a scale-out — were reuses served from the pool,
//! how often not, how long it was degraded, how often exhausted, what settings changed.
//!
//! Built on the tables' published columns (`TimeGenerated`, `EventName`, `Message`,
//! `ErrorMessage`, `NewMaxCapacity`, …), never on the columns the docs' sample queries
//! use and the schema lacks. Rows are aggregated here: nothing depends on a server-side
//! `summarize`.

use azure_core::time::{Duration, OffsetDateTime};
use serde_json::{Map, Value};

/// How long the docs say a pool stays degraded when no event says it recovered.
pub const DEGRADED_FOR: Duration = Duration::seconds(30);

/// What an event is, by its `EventName`; names the service adds pass through as `Other`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    ReuseSuccess,
    ReuseFailure,
    Exhausted,
    Degraded,
    ExitDegraded,
    MaxReady,
    SettingsUpdated,
    Other(String),
}

impl EventKind {
    pub fn of(name: &str) -> EventKind {
        match name {
            "StandbyPoolReuseSuccess" => EventKind::ReuseSuccess,
            "StandbyPoolReuseFailure" => EventKind::ReuseFailure,
            // The container sample query spells it without "Pool" (logs contract §1.3).
            n if n.starts_with("StandbyPoolExhausted") => EventKind::Exhausted,
            "StandbyPoolDegradedPool" => EventKind::Degraded,
            "StandbyPoolExitDegradedPool" => EventKind::ExitDegraded,
            "StandbyPoolMaxReadyPool" => EventKind::MaxReady,
            "StandbyPoolSettingsUpdated" => EventKind::SettingsUpdated,
            other => EventKind::Other(other.to_string()),
        }
    }
}

/// One row of either table, with the service's own values kept for JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// `TimeGenerated` as sent.
    pub time_generated: String,
    pub at: Option<OffsetDateTime>,
    /// `EventName` as sent.
    pub name: String,
    pub kind: EventKind,
    pub message: Option<String>,
    pub error: Option<String>,
    /// Request-log rows: the settings as the user set them.
    pub new_max: Option<i64>,
    pub new_min: Option<i64>,
    pub new_state: Option<String>,
}

impl Event {
    /// A row of a query's table, as column name → value.
    pub fn of_row(row: &Map<String, Value>) -> Option<Event> {
        let text = |k: &str| match row.get(k) {
            Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            _ => None,
        };
        // Numbers may arrive as strings (logs contract §3.2).
        let number = |k: &str| match row.get(k) {
            Some(Value::Number(n)) => n.as_i64(),
            Some(Value::String(s)) => s.trim().parse().ok(),
            _ => None,
        };
        let time_generated = text("TimeGenerated")?;
        let name = text("EventName").unwrap_or_default();
        Some(Event {
            at: azure_core::time::parse_rfc3339(&time_generated).ok(),
            time_generated,
            kind: EventKind::of(&name),
            name,
            message: text("Message"),
            error: text("ErrorMessage"),
            new_max: number("NewMaxCapacity"),
            new_min: number("NewMinCapacity"),
            new_state: text("NewResourceState"),
        })
    }

    /// The event in plain words.
    pub fn words(&self) -> String {
        match &self.kind {
            EventKind::ReuseSuccess => "reused from the pool".to_string(),
            EventKind::ReuseFailure => "not served: created new".to_string(),
            EventKind::Exhausted => "pool exhausted".to_string(),
            EventKind::Degraded => "degraded: instances cannot be created".to_string(),
            EventKind::ExitDegraded => "recovered from degraded".to_string(),
            EventKind::MaxReady => "refilled to max".to_string(),
            EventKind::SettingsUpdated => self.settings_words(),
            EventKind::Other(name) => name.clone(),
        }
    }

    fn settings_words(&self) -> String {
        let parts: Vec<String> = [
            self.new_max.map(|n| format!("max {n}")),
            self.new_min.map(|n| format!("min {n}")),
            self.new_state.as_ref().map(|s| format!("state {s}")),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            "settings changed".to_string()
        } else {
            format!("settings changed to {}", parts.join(", "))
        }
    }

    /// The message or error text beside the event (the service's free text).
    pub fn detail(&self) -> Option<&str> {
        self.error.as_deref().or(self.message.as_deref())
    }
}

/// What the events add up to over the range read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventSummary {
    pub served: u64,
    pub not_served: u64,
    pub exhaustions: u64,
    pub degraded_times: u64,
    pub degraded_seconds: i64,
    pub settings_changes: u64,
}

impl EventSummary {
    /// Served / (served + not served); `None` when no scale-out asked the pool.
    pub fn hit_rate(&self) -> Option<f64> {
        let asked = self.served + self.not_served;
        (asked > 0).then(|| self.served as f64 / asked as f64)
    }

    /// Over events in time order; `end` closes a degraded spell still open at the end.
    pub fn of(events: &[Event], end: OffsetDateTime) -> EventSummary {
        let mut s = EventSummary::default();
        let mut degraded_since: Option<OffsetDateTime> = None;
        let close = |since: OffsetDateTime, until: OffsetDateTime| (until - since).whole_seconds().max(0);
        for e in events {
            match e.kind {
                EventKind::ReuseSuccess => s.served += 1,
                EventKind::ReuseFailure => s.not_served += 1,
                EventKind::Exhausted => s.exhaustions += 1,
                EventKind::SettingsUpdated => s.settings_changes += 1,
                EventKind::Degraded => {
                    s.degraded_times += 1;
                    if let Some(since) = degraded_since.take() {
                        s.degraded_seconds += spell(since, e.at, end, close);
                    }
                    degraded_since = e.at;
                }
                EventKind::ExitDegraded => {
                    if let (Some(since), Some(at)) = (degraded_since.take(), e.at) {
                        s.degraded_seconds += close(since, at);
                    }
                }
                EventKind::MaxReady | EventKind::Other(_) => {}
            }
        }
        if let Some(since) = degraded_since {
            s.degraded_seconds += spell(since, None, end, close);
        }
        s
    }
}

/// A spell with no event that ended it: the docs' 30 seconds, cut short by what came
/// next or by the end of the range.
fn spell(
    since: OffsetDateTime,
    next: Option<OffsetDateTime>,
    end: OffsetDateTime,
    close: impl Fn(OffsetDateTime, OffsetDateTime) -> i64,
) -> i64 {
    let until = (since + DEGRADED_FOR).min(next.unwrap_or(end)).min(end.max(since));
    close(since, until)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(at: &str, name: &str) -> Event {
        let row = json!({"TimeGenerated": at, "EventName": name});
        Event::of_row(row.as_object().unwrap()).unwrap()
    }

    fn t(s: &str) -> OffsetDateTime {
        azure_core::time::parse_rfc3339(s).unwrap()
    }

    #[test]
    fn the_summary_counts_reuses_and_spells_of_degradation() {
        let events = [
            event("2026-12-01T10:00:00Z", "StandbyPoolReuseSuccess"),
            event("2026-12-01T10:00:01Z", "StandbyPoolReuseSuccess"),
            event("2026-12-01T10:00:02Z", "StandbyPoolReuseSuccess"),
            event("2026-12-01T10:00:03Z", "StandbyPoolReuseFailure"),
            event("2026-12-01T10:01:00Z", "StandbyPoolDegradedPool"),
            event("2026-12-01T10:01:20Z", "StandbyPoolExitDegradedPool"),
            event("2026-12-01T10:02:00Z", "StandbyPoolExhausted"),
            event("2026-12-01T10:03:00Z", "StandbyPoolDegradedPool"),
            event("2026-12-01T10:04:00Z", "StandbyPoolSomethingNew"),
        ];
        let s = EventSummary::of(&events, t("2026-12-01T10:03:10Z"));
        assert_eq!((s.served, s.not_served, s.exhaustions, s.degraded_times), (3, 1, 1, 2));
        assert_eq!(s.hit_rate(), Some(0.75));
        // 20 s closed by its exit, then 10 s until the end of the range.
        assert_eq!(s.degraded_seconds, 30);
        assert_eq!(EventSummary::default().hit_rate(), None);
        assert_eq!(events[8].words(), "StandbyPoolSomethingNew");
    }

    #[test]
    fn settings_rows_say_what_was_set_and_numbers_may_be_strings() {
        let row = json!({"TimeGenerated": "2026-12-01T10:00:00Z", "EventName": "StandbyPoolSettingsUpdated",
            "NewMaxCapacity": "20", "NewMinCapacity": 5, "NewResourceState": "Deallocated"});
        let e = Event::of_row(row.as_object().unwrap()).unwrap();
        assert_eq!(e.words(), "settings changed to max 20, min 5, state Deallocated");
        let row = json!({"EventName": "StandbyPoolReuseSuccess"});
        assert_eq!(Event::of_row(row.as_object().unwrap()), None);
    }
}
