//! What `show` prints under a pool's row: how the service sizes the pool, from the
//! elasticity profile's `postProvisioningDelay` and `dynamicSizing` (api-version
//! 2025-10-01 on). Pools from older versions have neither, and get nothing.

use serde_json::Value;

use crate::model::duration::{human, iso8601};
use crate::model::pool::Elasticity;

const DELAY: &str = "Post-provisioning delay";
const DYNAMIC: &str = "Dynamic sizing";

/// The lines for one pool: a blank line, then a label and a value per field present.
/// Values arrive sanitised (the table's copy of the body has its strings escaped).
pub fn block(profile: Option<&Elasticity>) -> String {
    let mut lines = Vec::new();
    if let Some(delay) = profile.and_then(|p| p.post_provisioning_delay.as_ref()) {
        lines.push((DELAY, delay_text(delay)));
    }
    if let Some(sizing) = profile.and_then(|p| p.dynamic_sizing.as_ref()) {
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

/// `PT2S` → "2s after provisioning"; what is not an ISO-8601 duration is shown as sent.
fn delay_text(delay: &Value) -> String {
    match delay {
        Value::String(s) => match iso8601(s) {
            Some(d) => format!("{} after provisioning", human(d)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn of(pool: &Value) -> String {
        let read = crate::model::pool::read(pool).ok();
        block(read.and_then(|r| r.props.elasticity_profile).as_ref())
    }

    #[test]
    fn block_for_the_2026_example_and_odd_values() {
        let pool = json!({"properties": {"elasticityProfile": {"maxReadyCapacity": 304,
            "postProvisioningDelay": "PT2S", "dynamicSizing": {"enabled": true}}}});
        assert_eq!(
            of(&pool),
            "\nPost-provisioning delay  2s after provisioning\nDynamic sizing           on: the service may size the pool from its prediction\n"
        );
        let odd = json!({"properties": {"elasticityProfile": {"postProvisioningDelay": 5, "dynamicSizing": {"enabled": "yes"}}}});
        assert_eq!(
            of(&odd),
            "\nPost-provisioning delay  5 (not an ISO-8601 duration)\nDynamic sizing           \"yes\"\n"
        );
        assert_eq!(
            of(&json!({"properties": {"elasticityProfile": {"maxReadyCapacity": 1}}})),
            ""
        );
        assert_eq!(of(&json!("not a pool")), "");
        let off = json!({"properties": {"elasticityProfile": {"dynamicSizing": {"enabled": false}}}});
        assert!(of(&off).ends_with("Dynamic sizing           off\n"), "{}", of(&off));
    }
}
