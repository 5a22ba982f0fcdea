//! The service's prediction, read the way it sends it (arm-contract §1.4): values from
//! `forecastStartTime` on, and `forecastInfo`, a JSON document in a string holding
//! `forecastAccuracy` (a percent), `seriesUnitIntervalInMins` and
//! `instancesRequestedCount_recentHistory` (a JSON array in a string of its own).
//!
//! All of it came from the server: only numbers and a parsed time are kept, so nothing
//! in it can reach a terminal or a label as text. What does not parse, or has the
//! wrong type or an impossible value, is left out.

use azure_core::time::OffsetDateTime;
use serde_json::Value;
use std::time::Duration;

use super::runtime_view::Prediction;

/// The longest step between two values that is believed: a week.
const MAX_INTERVAL_MINUTES: u64 = 7 * 24 * 60;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Forecast {
    /// `forecastStartTime`, where it parses as RFC 3339.
    pub start: Option<OffsetDateTime>,
    /// Instances requested per interval, from `start` on.
    pub values: Vec<i64>,
    /// `seriesUnitIntervalInMins`: the time between two values.
    pub interval: Option<Duration>,
    /// `forecastAccuracy`, in percent (0–100).
    pub accuracy: Option<f64>,
    /// `instancesRequestedCount_recentHistory`: the intervals before `start`, oldest first.
    pub history: Vec<i64>,
}

impl Forecast {
    pub fn of(p: &Prediction) -> Forecast {
        let info = p
            .forecast_info
            .as_deref()
            .and_then(|t| serde_json::from_str::<Value>(t).ok())
            .filter(Value::is_object)
            .unwrap_or(Value::Null);
        Forecast {
            start: p
                .forecast_start_time
                .as_deref()
                .and_then(|t| azure_core::time::parse_rfc3339(t).ok()),
            values: p
                .forecast_values
                .as_ref()
                .map(|f| f.instances_requested_count.clone())
                .unwrap_or_default(),
            interval: info
                .get("seriesUnitIntervalInMins")
                .and_then(Value::as_u64)
                .filter(|m| (1..=MAX_INTERVAL_MINUTES).contains(m))
                .map(|m| Duration::from_secs(m * 60)),
            accuracy: info
                .get("forecastAccuracy")
                .and_then(Value::as_f64)
                .filter(|a| (0.0..=100.0).contains(a)),
            history: info
                .get("instancesRequestedCount_recentHistory")
                .map(counts)
                .unwrap_or_default(),
        }
    }

    /// Seconds from the start for each value; `None` without an interval, as the
    /// values then have no time.
    pub fn offsets(&self) -> Option<Vec<i64>> {
        let step = i64::try_from(self.interval?.as_secs()).ok()?;
        Some((0..self.values.len()).map(|i| step.saturating_mul(i as i64)).collect())
    }

    /// Seconds before the start for each value of the history (negative), oldest first.
    pub fn history_offsets(&self) -> Option<Vec<i64>> {
        let step = i64::try_from(self.interval?.as_secs()).ok()?;
        let n = self.history.len() as i64;
        Some((0..n).map(|i| step.saturating_mul(i - n)).collect())
    }
}

/// An array of counts, or a string holding one; anything else, or an array with
/// anything but non-negative integers in it, is no history.
fn counts(v: &Value) -> Vec<i64> {
    let parsed;
    let array = match v {
        Value::String(s) => match serde_json::from_str::<Value>(s) {
            Ok(Value::Array(a)) => {
                parsed = a;
                &parsed
            }
            _ => return Vec::new(),
        },
        Value::Array(a) => a,
        _ => return Vec::new(),
    };
    array
        .iter()
        .map(|n| n.as_i64().filter(|n| *n >= 0))
        .collect::<Option<Vec<i64>>>()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::runtime_view::ForecastValues;

    /// The 2026-04-01 spec example's prediction, verbatim.
    const SPEC_INFO: &str = "{\"forecastAccuracy\": 85, \"seriesUnitIntervalInMins\": 60, \"instancesRequestedCount_recentHistory\": \"[9, 4, 2, 8, 8, 2, 3, 6, 5, 3, 2, 6]\"}";

    fn prediction(info: &str) -> Prediction {
        Prediction {
            forecast_values: Some(ForecastValues {
                instances_requested_count: vec![24, 10, 200, 12, 5, 10, 15, 23, 56, 38, 12, 19],
            }),
            forecast_start_time: Some("2025-02-14T01:34:59.228Z".into()),
            forecast_info: Some(info.into()),
        }
    }

    #[test]
    fn reads_the_spec_example() {
        let f = Forecast::of(&prediction(SPEC_INFO));
        assert_eq!(f.accuracy, Some(85.0));
        assert_eq!(f.interval, Some(Duration::from_secs(3600)));
        assert_eq!(f.history, [9, 4, 2, 8, 8, 2, 3, 6, 5, 3, 2, 6]);
        assert_eq!(f.values.len(), 12);
        assert_eq!(f.start.map(|s| s.unix_timestamp()), Some(1_739_496_899));
        let offsets = f.offsets().unwrap();
        assert_eq!((offsets[0], offsets[1], offsets[11]), (0, 3600, 11 * 3600));
        let before = f.history_offsets().unwrap();
        assert_eq!((before[0], before[11]), (-12 * 3600, -3600));
    }

    #[test]
    fn what_does_not_parse_is_left_out() {
        for info in [
            "{not json",
            "[1, 2]",
            "\"text\"",
            r#"{"forecastAccuracy": "85", "seriesUnitIntervalInMins": "60", "instancesRequestedCount_recentHistory": "[1, \"x\"]"}"#,
            r#"{"forecastAccuracy": 850, "seriesUnitIntervalInMins": 0, "instancesRequestedCount_recentHistory": "[-1]"}"#,
            r#"{"forecastAccuracy": -1, "seriesUnitIntervalInMins": 99999999999, "instancesRequestedCount_recentHistory": 5}"#,
            "{\"forecastSampleRate\": \"\u{1b}]0;pwned\u{7}\"}",
        ] {
            let f = Forecast::of(&prediction(info));
            assert_eq!((f.accuracy, f.interval, f.history.len()), (None, None, 0), "{info}");
            assert_eq!(f.offsets(), None);
        }
        let mut p = prediction(SPEC_INFO);
        p.forecast_start_time = Some("\u{1b}[2J yesterday".into());
        assert_eq!(Forecast::of(&p).start, None);
        let direct = prediction(r#"{"instancesRequestedCount_recentHistory": [3, 4]}"#);
        assert_eq!(Forecast::of(&direct).history, [3, 4]);
    }
}
