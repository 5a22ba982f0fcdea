//! Which credentials the token cache serves, under what identity, and what `auth status`
//! can tell without asking any of them for a token.

use azure_core::time::OffsetDateTime;
use std::path::{Path, PathBuf};

use super::sources::{AuthSettings, Source};
use super::token_cache::{Backend, Identity, MARGIN_SECONDS, TokenCache};

/// Everything a token kept for `source` must match before it is served again, or None
/// for sources not worth caching: a static token is already in hand, and a managed
/// identity endpoint is on the host itself.
pub fn identity(source: Source, settings: &AuthSettings, scope: &str) -> Option<Identity> {
    let mut parts: Vec<Vec<u8>> = vec![
        b"standby-token-cache-v1".to_vec(),
        source.kind().as_bytes().to_vec(),
        settings.authority_host.as_bytes().to_vec(),
        scope.as_bytes().to_vec(),
    ];
    let text = |s: &Option<String>| s.as_deref().unwrap_or_default().as_bytes().to_vec();
    match source {
        Source::ServicePrincipal => {
            parts.push(text(&settings.tenant_id));
            parts.push(text(&settings.client_id));
            // A rotated or wrong secret must never be served the old token; the cache
            // keeps only an HMAC of this (see token_cache).
            parts.push(settings.client_secret.as_ref()?.secret().as_bytes().to_vec());
        }
        Source::WorkloadIdentity => {
            parts.push(text(&settings.tenant_id));
            parts.push(text(&settings.client_id));
            let file = settings.federated_token_file.as_ref()?;
            parts.push(file.as_os_str().as_encoded_bytes().to_vec());
            // The assertion is this identity's credential, as a secret is a service principal's.
            parts.push(std::fs::read(file).ok()?);
        }
        Source::Cli => {
            let dir = settings.cache.az_config_dir.as_ref()?;
            parts.push(dir.as_os_str().as_encoded_bytes().to_vec());
            // az rewrites it on login, logout and `az account set`.
            parts.push(settings.cache.az_profile.as_bytes().to_vec());
        }
        Source::Azd => {
            let dir = settings.cache.azd_config_dir.as_ref()?;
            parts.push(dir.as_os_str().as_encoded_bytes().to_vec());
            parts.push(std::fs::read(dir.join("config.json")).unwrap_or_default());
        }
        Source::StaticToken | Source::ManagedIdentity => return None,
    }
    Some(Identity(parts))
}

/// One source as `auth status` sees it.
#[derive(Debug, Clone)]
pub struct SourceState {
    pub source: Source,
    /// Its settings are there (a login on disk, variables set); whether they work is
    /// only known by asking, which status does not do.
    pub configured: bool,
    /// When the kept token expires (it is served until five minutes before).
    pub cached_until: Option<OffsetDateTime>,
}

impl SourceState {
    pub fn cached_and_fresh(&self) -> bool {
        self.cached_until
            .is_some_and(|t| t.unix_timestamp() - MARGIN_SECONDS > OffsetDateTime::now_utc().unix_timestamp())
    }
}

/// What the chain holds for these settings, without asking any credential.
pub struct ChainStatus {
    pub sources: Vec<SourceState>,
    /// The cache's file and where tokens are kept; None when the cache is off.
    pub cache: Option<(PathBuf, Backend)>,
}

impl ChainStatus {
    /// The source the chain would use: the first with a token to serve, or configured.
    pub fn chosen(&self) -> Option<&SourceState> {
        self.sources.iter().find(|s| s.cached_and_fresh() || s.configured)
    }
}

pub fn status(settings: &AuthSettings, scope: &str) -> ChainStatus {
    let cache = TokenCache::open(&settings.cache);
    let sources = Source::chain(settings)
        .into_iter()
        .map(|source| SourceState {
            source,
            configured: configured(source, settings),
            cached_until: cache
                .as_ref()
                .zip(identity(source, settings, scope))
                .and_then(|(c, id)| c.expiry(&id)),
        })
        .collect();
    ChainStatus {
        sources,
        cache: cache.map(|c| (c.path(), c.backend())),
    }
}

/// Deletes this tool's kept tokens; says how many there were.
pub fn clear(settings: &AuthSettings) -> std::io::Result<Option<(PathBuf, usize)>> {
    match TokenCache::open(&settings.cache) {
        Some(cache) => Ok(Some((cache.path(), cache.clear()?))),
        None => Ok(None),
    }
}

fn configured(source: Source, s: &AuthSettings) -> bool {
    match source {
        Source::StaticToken => s.static_token.is_some(),
        Source::ServicePrincipal => s.tenant_id.is_some() && s.client_id.is_some() && s.client_secret.is_some(),
        Source::WorkloadIdentity => {
            s.tenant_id.is_some()
                && s.client_id.is_some()
                && s.federated_token_file.as_deref().is_some_and(Path::is_file)
        }
        Source::ManagedIdentity => s.managed_identity_env,
        // az keeps the subscriptions of the signed-in account here; none after `az logout`.
        Source::Cli => serde_json::from_str::<serde_json::Value>(s.cache.az_profile.trim_start_matches('\u{feff}'))
            .ok()
            .and_then(|v| v.get("subscriptions")?.as_array().map(|a| !a.is_empty()))
            .unwrap_or(false),
        Source::Azd => s
            .cache
            .azd_config_dir
            .as_ref()
            .and_then(|d| std::fs::read_to_string(d.join("config.json")).ok())
            .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
            .is_some_and(|v| v.pointer("/auth/account").is_some()),
    }
}
