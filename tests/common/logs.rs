//! What the fake's Log Analytics query API answers by default: a pool's events in the
//! published schema of its tables, as raw rows.

use super::fake::Reply;
use serde_json::{Value, json};

/// The answer to the union query `events` sends, with `rows` in its column order.
pub fn answer(rows: Value) -> Reply {
    Reply::json(
        200,
        json!({"tables": [{"name": "PrimaryResult", "columns": [
            {"name": "TimeGenerated", "type": "datetime"}, {"name": "EventName", "type": "string"},
            {"name": "Message", "type": "string"}, {"name": "ErrorMessage", "type": "string"},
            {"name": "NewMaxCapacity", "type": "int"}, {"name": "NewMinCapacity", "type": "int"},
            {"name": "NewResourceState", "type": "string"}],
            "rows": rows}]}),
    )
}

pub fn default_answer() -> Reply {
    answer(json!([
        [
            "2026-12-04T10:00:00Z",
            "StandbyPoolReuseSuccess",
            "",
            "",
            null,
            null,
            ""
        ],
        [
            "2026-12-04T10:00:05Z",
            "StandbyPoolReuseFailure",
            "",
            "no instance ready in zone 2",
            null,
            null,
            ""
        ],
        [
            "2026-12-04T10:05:00Z",
            "StandbyPoolMaxReadyPool",
            "",
            "",
            null,
            null,
            ""
        ]
    ]))
}
