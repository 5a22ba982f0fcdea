//! The runtime view of a standby pool (`…/runtimeViews/latest`), VM or container group.

use serde::Deserialize;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

use super::null_default;
use super::state::PoolState;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RuntimeView {
    #[serde(deserialize_with = "null_default")]
    pub instance_count_summary: Vec<ZoneSummary>,
    pub provisioning_state: Option<String>,
    pub status: Option<PoolHealth>,
    pub prediction: Option<Prediction>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ZoneSummary {
    /// int64 in the spec; absent when the pool is not zonal.
    pub zone: Option<Value>,
    #[serde(deserialize_with = "null_default")]
    pub instance_counts_by_state: Vec<StateCount>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct StateCount {
    pub state: PoolState,
    #[serde(default, deserialize_with = "super::resource::integer")]
    pub count: i64,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PoolHealth {
    pub code: Option<String>,
    pub message: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Prediction {
    pub forecast_values: Option<ForecastValues>,
    pub forecast_start_time: Option<String>,
    /// A JSON document in a string; read best-effort.
    pub forecast_info: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ForecastValues {
    #[serde(deserialize_with = "super::resource::integers")]
    pub instances_requested_count: Vec<i64>,
}

/// Health as the service states it (`HealthState/healthy`), reduced to its meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    Healthy,
    Degraded,
    Other,
}

impl PoolHealth {
    /// `HealthState/degraded` → ("degraded", Degraded); unknown codes keep their text.
    pub fn summary(&self) -> Option<(String, Health)> {
        let code = self.code.as_deref()?;
        let word = code.rsplit('/').next().unwrap_or(code);
        let health = match word.to_ascii_lowercase().as_str() {
            "healthy" => Health::Healthy,
            "degraded" => Health::Degraded,
            _ => Health::Other,
        };
        Some((word.to_string(), health))
    }
}

/// Counts laid out for a table: one row per zone, one column per state.
#[derive(Debug, PartialEq, Eq)]
pub struct Grid {
    pub states: Vec<PoolState>,
    /// (zone label, count per column); the label is `None` for a non-zonal pool.
    pub rows: Vec<(Option<String>, Vec<i64>)>,
}

/// Counts come from the service as int64: sums saturate rather than wrap or panic.
pub fn sum<'a>(counts: impl IntoIterator<Item = &'a i64>) -> i64 {
    counts.into_iter().fold(0i64, |acc, n| acc.saturating_add(*n))
}

impl Grid {
    pub fn column_totals(&self) -> Vec<i64> {
        (0..self.states.len())
            .map(|c| sum(self.rows.iter().map(|(_, counts)| &counts[c])))
            .collect()
    }

    pub fn total(&self) -> i64 {
        sum(self.rows.iter().flat_map(|(_, c)| c))
    }
}

impl RuntimeView {
    /// States are merged case-insensitively (2024-03-01 says `running`, later
    /// versions `Running`) and ordered by lifecycle; a zone reported twice is summed.
    pub fn grid(&self) -> Grid {
        // Indexed by hash, so that a view with many zones or states costs in proportion
        // to its size, not to its square.
        let mut states: Vec<PoolState> = Vec::new();
        let mut seen: HashSet<&PoolState> = HashSet::new();
        for s in self
            .instance_count_summary
            .iter()
            .flat_map(|z| &z.instance_counts_by_state)
        {
            if seen.insert(&s.state) {
                states.push(s.state.clone());
            }
        }
        // Stable sort: unknown states keep the order the service sent them in.
        states.sort_by_key(PoolState::rank);
        let column: HashMap<&PoolState, usize> = states.iter().enumerate().map(|(i, s)| (s, i)).collect();

        let mut rows: Vec<(Option<String>, Vec<i64>)> = Vec::new();
        let mut row_of: HashMap<Option<String>, usize> = HashMap::new();
        for summary in &self.instance_count_summary {
            let label = summary.zone.as_ref().and_then(zone_label);
            let idx = *row_of.entry(label.clone()).or_insert_with(|| {
                rows.push((label, vec![0; states.len()]));
                rows.len() - 1
            });
            for sc in &summary.instance_counts_by_state {
                if let Some(&c) = column.get(&sc.state) {
                    rows[idx].1[c] = rows[idx].1[c].saturating_add(sc.count);
                }
            }
        }
        rows.sort_by_cached_key(|a| zone_key(&a.0));
        Grid { states, rows }
    }
}

fn zone_label(zone: &Value) -> Option<String> {
    match zone {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Zones sort numerically when they are numbers; a non-zonal row comes first.
fn zone_key(z: &Option<String>) -> (bool, u64, String) {
    match z {
        None => (false, 0, String::new()),
        Some(s) => (true, s.parse().unwrap_or(u64::MAX), s.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn view(v: Value) -> RuntimeView {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn grid_merges_case_orders_states_and_sums_zones() {
        let rv = view(json!({
            "instanceCountSummary": [
                {"zone": 2, "instanceCountsByState": [{"state": "deleting", "count": 1}, {"state": "Running", "count": 2}]},
                {"zone": 1, "instanceCountsByState": [{"state": "running", "count": 3}, {"state": "Mix", "count": 4}]},
                {"zone": 2, "instanceCountsByState": [{"state": "Running", "count": 5}]}
            ]
        }));
        let g = rv.grid();
        assert_eq!(
            g.states,
            [PoolState::Running, PoolState::Deleting, PoolState::Other("Mix".into())]
        );
        assert_eq!(
            g.rows,
            [(Some("1".into()), vec![3, 0, 4]), (Some("2".into()), vec![7, 1, 0])]
        );
        assert_eq!(g.column_totals(), [10, 1, 4]);
        assert_eq!(g.total(), 15);
        assert_eq!(sum(&[i64::MAX, 1]), i64::MAX);
        assert_eq!(sum(&[i64::MIN, -1]), i64::MIN);
    }

    #[test]
    fn non_zonal_pool_has_one_unlabelled_row() {
        let rv = view(json!({"instanceCountSummary": [{"instanceCountsByState": [{"state": "Running", "count": 4}]}]}));
        let g = rv.grid();
        assert_eq!(g.rows, [(None, vec![4])]);
    }

    #[test]
    fn nulls_and_absent_fields_read_as_empty() {
        let rv = view(json!({"instanceCountSummary": null, "status": null}));
        assert!(rv.grid().rows.is_empty());
        let rv = view(json!({}));
        assert!(rv.status.is_none());
    }

    #[test]
    fn health_summary() {
        let h = PoolHealth {
            code: Some("HealthState/degraded".into()),
            message: None,
        };
        assert_eq!(h.summary(), Some(("degraded".into(), Health::Degraded)));
    }
}
