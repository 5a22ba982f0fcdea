//! What `show` prints under a pool's row: how the service sizes the pool, from the
//! elasticity profile's `postProvisioningDelay` and `dynamicSizing` (api-version
//! 2025-10-01 on). Pools from older versions have neither, and get nothing.

use serde_json::Value;

const DELAY: &str = "Post-provisioning delay";
const DYNAMIC: &str = "Dynamic sizing";

/// The lines for one pool: a blank line, then a label and a value per field present.
/// Values arrive sanitised (render::render escapes every string of the body).
pub fn block(pool: &Value) -> String {
    let profile = crate::model::properties(pool).get("elasticityProfile");
    let mut lines = Vec::new();
    if let Some(delay) = profile.and_then(|p| p.get("postProvisioningDelay")) {
        lines.push((DELAY, delay_text(delay)));
    }
    if let Some(sizing) = profile.and_then(|p| p.get("dynamicSizing")) {
        lines.push((DYNAMIC, dynamic_text(sizing)));
    }
    if lines.is_empty() {
        return String::new();
    }
    let width = DELAY.len().max(DYNAMIC.len());
    let mut out = String::from("\n");
    for (label, value) in lines {
        out.push_str(&format!("{label:<width$}  {value}\n"));
    }
    out
}

/// `PT2S` → "2 s after provisioning"; what is not an ISO-8601 duration is shown as sent.
fn delay_text(delay: &Value) -> String {
    match delay {
        Value::String(s) => match seconds(s) {
            Some(secs) => format!("{} after provisioning", spoken(secs)),
            None => format!("{s} (not an ISO-8601 duration)"),
        },
        other => format!("{other} (not an ISO-8601 duration)"),
    }
}

fn dynamic_text(sizing: &Value) -> String {
    match sizing.get("enabled") {
        Some(Value::Bool(true)) => "on: the service may size the pool from its prediction".to_string(),
        Some(Value::Bool(false)) => "off".to_string(),
        None | Some(Value::Null) => "-".to_string(),
        Some(other) => other.to_string(),
    }
}

/// Seconds in an ISO-8601 duration of days, hours, minutes and seconds (`P1DT2H`,
/// `PT1M30S`, `PT0.5S`). Years and months have no fixed length: not read.
fn seconds(text: &str) -> Option<f64> {
    let rest = text.strip_prefix('P')?;
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) if !t.is_empty() => (d, Some(t)),
        Some(_) => return None,
        None => (rest, None),
    };
    let mut total = parts(date, &[('W', 604_800.0), ('D', 86_400.0)])?;
    if let Some(t) = time {
        total += parts(t, &[('H', 3_600.0), ('M', 60.0), ('S', 1.0)])?;
    }
    let any = date.len() + time.map_or(0, str::len) > 0;
    (any && total.is_finite()).then_some(total)
}

/// `3H15M` with units allowed in this order only; each number may have a fraction.
fn parts(mut text: &str, units: &[(char, f64)]) -> Option<f64> {
    let mut total = 0.0;
    let mut allowed = units.iter();
    while !text.is_empty() {
        let end = text.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
        let number: f64 = text[..end].replace(',', ".").parse().ok()?;
        let unit = text[end..].chars().next()?;
        let (_, size) = allowed.by_ref().find(|(u, _)| *u == unit)?;
        total += number * size;
        text = &text[end + unit.len_utf8()..];
    }
    Some(total)
}

/// 2 → "2 s", 90 → "1 min 30 s", 3600 → "1 h", 0.5 → "0.5 s".
fn spoken(secs: f64) -> String {
    if secs < 60.0 {
        let rounded = (secs * 1000.0).round() / 1000.0;
        return format!("{rounded} s");
    }
    let whole = secs.round().min(u64::MAX as f64) as u64;
    let (d, h, m, s) = (whole / 86_400, whole % 86_400 / 3_600, whole % 3_600 / 60, whole % 60);
    [(d, "d"), (h, "h"), (m, "min"), (s, "s")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, unit)| format!("{n} {unit}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_iso_durations() {
        assert_eq!(seconds("PT2S"), Some(2.0));
        assert_eq!(seconds("PT1M30S"), Some(90.0));
        assert_eq!(seconds("P1DT2H"), Some(93_600.0));
        assert_eq!(seconds("PT0.5S"), Some(0.5));
        assert_eq!(seconds("P1W"), Some(604_800.0));
        for bad in [
            "", "P", "PT", "2S", "PT2X", "PT2S3M", "P1Y", "P1M", "PTS", "PT1..2S", "Pé", "PT1e999S",
        ] {
            assert_eq!(seconds(bad), None, "{bad}");
        }
    }

    #[test]
    fn says_durations_in_words() {
        assert_eq!(spoken(2.0), "2 s");
        assert_eq!(spoken(0.0), "0 s");
        assert_eq!(spoken(0.5), "0.5 s");
        assert_eq!(spoken(90.0), "1 min 30 s");
        assert_eq!(spoken(3_600.0), "1 h");
        assert_eq!(spoken(93_600.0), "1 d 2 h");
        assert!(!spoken(f64::MAX).is_empty());
    }

    #[test]
    fn block_for_the_2026_example_and_odd_values() {
        let pool = json!({"properties": {"elasticityProfile": {"maxReadyCapacity": 304,
            "postProvisioningDelay": "PT2S", "dynamicSizing": {"enabled": true}}}});
        assert_eq!(
            block(&pool),
            "\nPost-provisioning delay  2 s after provisioning\nDynamic sizing           on: the service may size the pool from its prediction\n"
        );
        let odd = json!({"properties": {"elasticityProfile": {"postProvisioningDelay": 5, "dynamicSizing": {"enabled": "yes"}}}});
        assert_eq!(
            block(&odd),
            "\nPost-provisioning delay  5 (not an ISO-8601 duration)\nDynamic sizing           \"yes\"\n"
        );
        assert_eq!(
            block(&json!({"properties": {"elasticityProfile": {"maxReadyCapacity": 1}}})),
            ""
        );
        assert_eq!(block(&json!("not a pool")), "");
        let off = json!({"properties": {"elasticityProfile": {"dynamicSizing": {"enabled": false}}}});
        assert!(
            block(&off).ends_with("Dynamic sizing           off\n"),
            "{}",
            block(&off)
        );
    }
}
