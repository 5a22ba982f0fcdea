//! The lines under a status heading that say what the pool holds against what the
//! service keeps in it: Ready (with how its target came about), the settings that
//! change what ready means, and the forecast beside its recent history. Watch draws
//! the status table, so these are drawn here only.

use super::layout::wrap_prose;
use crate::model::duration::{self, human};
use crate::model::forecast::Forecast;
use crate::model::ready::{PoolConfig, PoolFacts, Readiness, Share, Standing, readiness, ready_count};
use crate::model::runtime_view::RuntimeView;
use crate::model::target::{Basis, PoolType};
use crate::render::spark;
use crate::render::style::{Palette, Tone};
use crate::term::sanitize;

/// Labels of the lines above and below the table, padded to this width.
pub const LABEL: usize = 14;

/// `Ready  5 of 5 (max 15 − 10 in scale set web-vmss; min 2)`: red below the minimum,
/// yellow below the target, green at it. `facts` is `None` when the pool could not be read.
pub fn ready_line(rv: &RuntimeView, kind: PoolType, facts: Option<&PoolFacts>, p: &Palette) -> String {
    let Some(facts) = facts else {
        let counted = ready_count(rv, kind, &PoolConfig::default(), None);
        return format!(
            "{:LABEL$}{counted} (target unknown: the pool could not be read)\n",
            "Ready"
        );
    };
    let r = readiness(rv, facts);
    let mut count = match r.target.value {
        Some(t) => format!("{} of {t}", r.ready),
        None => r.ready.to_string(),
    };
    let split = shares(&r.shares);
    if !split.is_empty() {
        count.push(':');
    }
    let tone = match r.standing() {
        Standing::BelowMin => Tone::Bad,
        Standing::Short => Tone::Busy,
        Standing::Full => Tone::Good,
        Standing::Unknown => Tone::Plain,
    };
    let painted = if r.standing() == Standing::BelowMin {
        p.bold(&p.paint(&count, tone))
    } else {
        p.paint(&count, tone)
    };
    let lead = format!("{:LABEL$}{painted} ", "Ready");
    let text = [split, explain(&r, facts)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    wrap_prose(&lead, LABEL + count.chars().count() + 1, &text, LABEL, p.width)
}

/// How the target came about.
fn explain(r: &Readiness, facts: &PoolFacts) -> String {
    let scale_set = sanitize(facts.config.scale_set_name().unwrap_or("(unnamed)")).into_owned();
    let max = r.target.max.unwrap_or(0);
    let min = r.target.min.filter(|m| *m > 0);
    let min_part = min.map(|m| format!("; min {m}")).unwrap_or_default();
    match &r.target.basis {
        Basis::Max => match facts.kind {
            PoolType::ContainerGroup => String::new(),
            PoolType::Vm => format!("(max {max}{min_part}; no scale set attached)"),
        },
        Basis::ScaleSet { instances } => format!("(max {max} − {instances} in scale set {scale_set}{min_part})"),
        Basis::Floor { instances } => format!(
            "(min {}, the floor: max {max} − {instances} in scale set {scale_set} leaves less)",
            min.unwrap_or(0)
        ),
        Basis::Exhausted { instances } => format!(
            "(max {max} − {instances} in scale set {scale_set}, no minimum): exhausted as configured, not a shortfall"
        ),
        Basis::Unknown { why } => format!(
            "(target unknown, at most max {max}: scale set {scale_set} could not be read: {})",
            sanitize(why)
        ),
        Basis::NoMax => "(target unknown: the pool sets no maxReadyCapacity)".to_string(),
    }
}

/// `Running 1 of 2, Deallocated 8 of 8`: states with nothing asked and nothing held are left out.
fn shares(shares: &[Share]) -> String {
    let parts: Vec<String> = shares
        .iter()
        .filter(|s| s.target > 0 || s.ready > 0)
        .map(|s| format!("{} {} of {}", s.state.as_str(), s.ready, s.target))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        parts.join(", ")
    }
}

/// The pool's settings that change what ready means, where it sets them.
pub fn settings_line(facts: &PoolFacts, p: &Palette) -> Option<String> {
    let mut notes = Vec::new();
    if facts.config.dynamic_sizing == Some(true) {
        notes.push("dynamic sizing on: the service may size the pool from its prediction".to_string());
    }
    if let Some(delay) = facts
        .config
        .post_provisioning_delay
        .as_deref()
        .and_then(duration::iso8601)
        .filter(|d| !d.is_zero())
    {
        notes.push(format!("instances count as ready {} after provisioning", human(delay)));
    }
    (!notes.is_empty()).then(|| {
        wrap_prose(
            &format!("{:LABEL$}", "Settings"),
            LABEL,
            &notes.join("; "),
            LABEL,
            p.width,
        )
    })
}

/// The forecast beside what was asked for before it, on one scale so they compare:
///
/// ```text
/// Forecast      every 1h from 2025-02-14 01:34 UTC, accuracy 85%
///   last 12h    ▁▁▁▁▁▁▁▁▁▁▁▁ 9 4 2 8 8 2 3 6 5 3 2 6
///   next 12h    ▂▁█▁▁▁▂▂▃▂▁▂ 24 10 200 12 5 10 15 23 56 38 12 19
/// ```
pub fn forecast_lines(rv: &RuntimeView, p: &Palette) -> String {
    let Some(pred) = &rv.prediction else {
        return String::new();
    };
    let f = Forecast::of(pred);
    let mut head = Vec::new();
    if let Some(i) = f.interval {
        head.push(format!("every {}", human(i)));
    }
    if let Some(start) = f.start {
        head.push(format!(
            "from {}-{:02}-{:02} {:02}:{:02} UTC",
            start.year(),
            u8::from(start.month()),
            start.day(),
            start.hour(),
            start.minute()
        ));
    }
    let mut first = head.join(" ");
    if let Some(a) = f.accuracy {
        first.push_str(&format!("{}accuracy {a:.0}%", if first.is_empty() { "" } else { ", " }));
    }
    if f.values.is_empty() && f.history.is_empty() {
        first = "-".to_string();
    }
    let mut out = wrap_prose(&format!("{:LABEL$}", "Forecast"), LABEL, &first, LABEL, p.width);
    let all = f.history.iter().chain(&f.values);
    let (lo, hi) = (all.clone().min().copied().unwrap_or(0), all.max().copied().unwrap_or(0));
    for (word, series) in [("last", &f.history), ("next", &f.values)] {
        if series.is_empty() {
            continue;
        }
        let span = f
            .interval
            .and_then(|i| i.checked_mul(u32::try_from(series.len()).ok()?))
            .map_or_else(|| series.len().to_string(), human);
        let label = format!("  {word} {span}");
        let numbers: Vec<String> = series.iter().map(i64::to_string).collect();
        let text = format!("{} {}", spark::scaled(series, lo.min(0), hi), numbers.join(" "));
        out.push_str(&wrap_prose(
            &format!("{label:LABEL$}"),
            LABEL.max(label.len()),
            &text,
            LABEL,
            p.width,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ready::ScaleSet;
    use serde_json::{Value, json};

    fn rv(v: Value) -> RuntimeView {
        serde_json::from_value(v).unwrap()
    }

    fn plain() -> Palette {
        Palette {
            color: false,
            width: Some(80),
        }
    }

    fn facts(pool: Value, scale_set: ScaleSet) -> PoolFacts {
        PoolFacts {
            kind: PoolType::Vm,
            config: PoolConfig::of_pool(&pool),
            scale_set,
        }
    }

    fn pool(max: i64, min: Option<i64>) -> Value {
        let mut e = json!({"maxReadyCapacity": max});
        if let Some(m) = min {
            e["minReadyCapacity"] = json!(m);
        }
        json!({"properties": {"virtualMachineState": "Deallocated", "elasticityProfile": e,
            "attachedVirtualMachineScaleSetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss"}})
    }

    fn dealloc(n: i64) -> RuntimeView {
        rv(
            json!({"instanceCountSummary": [{"instanceCountsByState": [{"state": "Deallocated", "count": n}, {"state": "Creating", "count": 2}]}]}),
        )
    }

    #[test]
    fn ready_line_says_how_the_target_came_about() {
        let line = |n, pool, ss| ready_line(&dealloc(n), PoolType::Vm, Some(&facts(pool, ss)), &plain());
        assert_eq!(
            line(5, pool(15, Some(2)), ScaleSet::Instances(10)),
            "Ready         5 of 5 (max 15 − 10 in scale set web-vmss; min 2)\n"
        );
        assert_eq!(
            line(1, pool(15, Some(2)), ScaleSet::Instances(14)),
            "Ready         1 of 2 (min 2, the floor: max 15 − 14 in scale set web-vmss leaves\n              less)\n"
        );
        let exhausted = line(0, pool(15, None), ScaleSet::Instances(20));
        assert_eq!(
            exhausted,
            "Ready         0 of 0 (max 15 − 20 in scale set web-vmss, no minimum): exhausted\n              as configured, not a shortfall\n"
        );
        let unknown = line(
            3,
            pool(15, None),
            ScaleSet::Unreadable("HTTP 403 AuthorizationFailed".into()),
        );
        assert!(
            unknown.starts_with("Ready         3 (target unknown, at most max 15: scale set web-vmss could"),
            "{unknown}"
        );
        assert!(unknown.contains("403 AuthorizationFailed"), "{unknown}");
        assert!(ready_line(&dealloc(3), PoolType::Vm, None, &plain()).contains("target unknown"));
        let coloured = Palette {
            color: true,
            width: Some(80),
        };
        let below = ready_line(
            &dealloc(1),
            PoolType::Vm,
            Some(&facts(pool(15, Some(2)), ScaleSet::Instances(14))),
            &coloured,
        );
        assert!(below.contains("\x1b[31m"), "{below}");
    }

    #[test]
    fn a_container_pool_is_ready_against_its_max() {
        let f = PoolFacts {
            kind: PoolType::ContainerGroup,
            config: PoolConfig::of_pool(&json!({"properties": {"elasticityProfile": {"maxReadyCapacity": 5}}})),
            scale_set: ScaleSet::None,
        };
        let v = rv(json!({"instanceCountSummary": [{"instanceCountsByState": [{"state": "Running", "count": 3}]}]}));
        assert_eq!(
            ready_line(&v, PoolType::ContainerGroup, Some(&f), &plain()),
            "Ready         3 of 5\n"
        );
    }

    #[test]
    fn a_mix_pool_per_state() {
        let mix = json!({"properties": {"virtualMachineState": "Mix",
            "elasticityProfile": {"maxReadyCapacity": 15},
            "vmStateDistribution": {"runningPercent": 20, "deallocatedPercent": 80, "hibernatedPercent": 0},
            "attachedVirtualMachineScaleSetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss"}});
        let v = rv(json!({"instanceCountSummary": [{"instanceCountsByState": [
            {"state": "Running", "count": 1}, {"state": "Deallocated", "count": 8}]}]}));
        assert_eq!(
            ready_line(&v, PoolType::Vm, Some(&facts(mix, ScaleSet::Instances(5))), &plain()),
            "Ready         9 of 10: Running 1 of 2, Deallocated 8 of 8 (max 15 − 5 in scale\n              set web-vmss)\n"
        );
    }

    #[test]
    fn settings_that_change_what_ready_means() {
        let pool = json!({"properties": {"elasticityProfile": {"maxReadyCapacity": 4,
            "postProvisioningDelay": "PT2S", "dynamicSizing": {"enabled": true}}}});
        let line = settings_line(&facts(pool, ScaleSet::None), &plain()).unwrap();
        assert!(
            line.starts_with("Settings      dynamic sizing on: the service may size the pool"),
            "{line}"
        );
        assert!(line.contains("ready 2s after provisioning"), "{line}");
        assert_eq!(settings_line(&facts(json!({}), ScaleSet::None), &plain()), None);
    }

    #[test]
    fn the_spec_examples_forecast_with_its_history() {
        let v = rv(
            json!({"prediction": {"forecastValues": {"instancesRequestedCount": [24, 10, 200, 12, 5, 10, 15, 23, 56, 38, 12, 19]},
            "forecastStartTime": "2025-02-14T01:34:59.228Z",
            "forecastInfo": "{\"forecastAccuracy\": 85, \"seriesUnitIntervalInMins\": 60, \"instancesRequestedCount_recentHistory\": \"[9, 4, 2, 8, 8, 2, 3, 6, 5, 3, 2, 6]\"}"}}),
        );
        let text = forecast_lines(&v, &plain());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "Forecast      every 1h from 2025-02-14 01:34 UTC, accuracy 85%"
        );
        assert_eq!(lines[1], "  last 12h    ▁▁▁▁▁▁▁▁▁▁▁▁ 9 4 2 8 8 2 3 6 5 3 2 6");
        assert_eq!(
            lines[2],
            "  next 12h    ▂▁█▁▁▁▂▂▃▂▁▂ 24 10 200 12 5 10 15 23 56 38 12 19"
        );
    }
}
