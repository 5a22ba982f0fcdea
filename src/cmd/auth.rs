//! `auth status` and `auth clear`: what the credential chain holds, told without asking
//! any credential for a token, and forgetting the tokens this tool kept.

use anyhow::{Context as _, Result};
use azure_core::time::{OffsetDateTime, to_rfc3339};
use serde_json::{Value, json};

use crate::arm::auth::cached::{self, SourceState};
use crate::arm::auth::{AuthSettings, Source};
use crate::azcli;
use crate::context::Context;
use crate::exit::Code;
use crate::log;
use crate::output::{Kind, Outcome, Output};

pub fn status(ctx: &Context) -> Result<Output> {
    let arm = ctx.arm_settings();
    let auth = &arm.auth;
    let status = cached::status(auth, &arm.cloud.arm_scope());
    let chosen = status.chosen();
    let (account, tenant) = chosen.map(|s| who(s.source, auth)).unwrap_or_default();
    let time = |t: Option<OffsetDateTime>| t.map(|t| to_rfc3339(&t));
    let (store, path) = match &status.cache {
        Some((path, backend)) => (backend.name(), Some(path.display().to_string())),
        None => ("off", None),
    };
    let sources: Vec<Value> = status
        .sources
        .iter()
        .map(|s| {
            json!({
                "credential": s.source.name(),
                "kind": s.source.kind(),
                "configured": s.configured,
                "cachedUntil": time(s.cached_until),
            })
        })
        .collect();
    Output::one(
        Kind::AuthStatus,
        json!({
            "credential": chosen.map(|s| s.source.name()),
            "kind": chosen.map(|s| s.source.kind()),
            "account": account,
            "tenantId": tenant,
            "cachedToken": chosen.is_some_and(SourceState::cached_and_fresh),
            "expiresOn": time(chosen.filter(|s| s.cached_and_fresh()).and_then(|s| s.cached_until)),
            "tokenCache": store,
            "tokenCachePath": path,
            "sources": sources,
        }),
    )
}

/// Deletes this tool's cached tokens (and nothing of az's or azd's): quiet, as `az logout` is.
pub fn clear(ctx: &Context) -> Result<Outcome> {
    match cached::clear(&ctx.arm_settings().auth).context("clearing the token cache")? {
        Some((path, n)) => log::verbose(format_args!("removed {n} cached token(s) from {}", path.display())),
        None => log::verbose(format_args!("the token cache is off; nothing to clear")),
    }
    Ok(Outcome::Done(Code::Success))
}

/// The account and tenant behind a source, as far as the settings tell.
fn who(source: Source, auth: &AuthSettings) -> (Option<String>, Option<String>) {
    match source {
        Source::ServicePrincipal | Source::WorkloadIdentity => (auth.client_id.clone(), auth.tenant_id.clone()),
        Source::ManagedIdentity => (
            Some(auth.client_id.clone().unwrap_or_else(|| "system-assigned".to_string())),
            None,
        ),
        Source::Cli => azcli::default_account(&auth.cache.az_profile).unwrap_or_default(),
        Source::StaticToken | Source::Azd => (None, None),
    }
}
