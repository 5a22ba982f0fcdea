//! Which subscription a command addresses: `--subscription` (an id, or a name az's
//! profile knows), else AZURE_SUBSCRIPTION_ID, else az's default.

use anyhow::Result;

use super::{Env, Reach};
use crate::azcli;
use crate::exit::UsageError;

/// The subscription chosen, and what chose it (for messages).
pub(super) struct SubscriptionChoice {
    pub id: Option<String>,
    pub source: &'static str,
}

pub(super) fn choose(
    reach: Reach,
    given: &[String],
    env: &Env,
    demo: bool,
    az_profile: &str,
) -> Result<SubscriptionChoice> {
    let known = if demo {
        demo_subscriptions()
    } else {
        azcli::subscriptions(az_profile)
    };
    let single = match (reach, given) {
        (Reach::One, [one]) => Some(one),
        (Reach::One, [_, _, ..]) => {
            return Err(UsageError(format!(
                "--subscription is given {} times; only 'fleet' reads several subscriptions",
                given.len()
            ))
            .into());
        }
        _ => None,
    };
    // The demo's subscriptions are the only ones it knows: a real default would not be found.
    let from_env = env.get("AZURE_SUBSCRIPTION_ID").filter(|_| !demo);
    Ok(match (single, from_env) {
        (Some(given), _) => SubscriptionChoice {
            id: Some(by_id_or_name(given.trim(), &known, demo)?),
            source: "--subscription",
        },
        (None, Some(from_env)) => SubscriptionChoice {
            id: Some(from_env.to_string()),
            source: "AZURE_SUBSCRIPTION_ID",
        },
        (None, None) => SubscriptionChoice {
            id: known.iter().find(|s| s.is_default).map(|s| s.id.clone()),
            source: if demo {
                "the demo's default subscription"
            } else {
                "az's default subscription"
            },
        },
    })
}

fn by_id_or_name(given: &str, known: &[azcli::ProfileSubscription], demo: bool) -> Result<String> {
    if azcli::is_guid(given) {
        return Ok(given.to_string());
    }
    if let Some(s) = known.iter().find(|s| s.name.eq_ignore_ascii_case(given)) {
        return Ok(s.id.clone());
    }
    if demo {
        let names: Vec<String> = known.iter().map(|s| format!("'{}'", s.name)).collect();
        return Err(UsageError(format!(
            "--subscription '{given}' is not one of the demo's subscriptions: {}",
            names.join(", ")
        ))
        .into());
    }
    Err(UsageError(format!(
        "--subscription '{given}' is neither a subscription id (a GUID) nor the name of a subscription az knows; run 'az account list -o table' to see them"
    ))
    .into())
}

/// The demo's tenant as az's profile would list it, the first subscription the default.
fn demo_subscriptions() -> Vec<azcli::ProfileSubscription> {
    crate::demo::subscriptions()
        .into_iter()
        .enumerate()
        .map(|(i, (id, name))| azcli::ProfileSubscription {
            id: id.to_string(),
            name: name.to_string(),
            tenant_id: None,
            is_default: i == 0,
        })
        .collect()
}
