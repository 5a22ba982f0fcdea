//! Where a token can come from and the settings that choose: what the chain (`auth`)
//! and the token cache (`cached`) both need, kept apart so neither imports the other back.

use azure_core::credentials::Secret;
use std::path::PathBuf;

use super::token_cache::CacheSettings;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Auto,
    Token,
    ServicePrincipal,
    WorkloadIdentity,
    ManagedIdentity,
    Cli,
    Azd,
}

/// Everything the chain needs, resolved from the environment by `context`.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    pub method: Method,
    pub static_token: Option<Secret>,
    pub tenant_id: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<Secret>,
    pub federated_token_file: Option<PathBuf>,
    /// The host says a managed identity endpoint is there (App Service, Functions, Arc…).
    pub managed_identity_env: bool,
    /// `https://…` base URL of Entra ID.
    pub authority_host: String,
    pub cache: CacheSettings,
}

/// A place a token can come from, in the order `--auth auto` tries them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    StaticToken,
    ServicePrincipal,
    WorkloadIdentity,
    ManagedIdentity,
    Cli,
    Azd,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::StaticToken => "STANDBY_ACCESS_TOKEN",
            Source::ServicePrincipal => "service principal (AZURE_CLIENT_SECRET)",
            Source::WorkloadIdentity => "workload identity (AZURE_FEDERATED_TOKEN_FILE)",
            Source::ManagedIdentity => "managed identity",
            Source::Cli => "Azure CLI (az login)",
            Source::Azd => "Azure Developer CLI (azd auth login)",
        }
    }

    /// A short, stable name, for scripts (`auth status -o json`) and the cache's keys.
    pub fn kind(self) -> &'static str {
        match self {
            Source::StaticToken => "token",
            Source::ServicePrincipal => "service-principal",
            Source::WorkloadIdentity => "workload-identity",
            Source::ManagedIdentity => "managed-identity",
            Source::Cli => "cli",
            Source::Azd => "azd",
        }
    }

    /// The sources the chain tries for these settings, in order.
    pub fn chain(settings: &AuthSettings) -> Vec<Source> {
        let m = settings.method;
        let auto = m == Method::Auto;
        let sp_ready = settings.tenant_id.is_some() && settings.client_id.is_some() && settings.client_secret.is_some();
        let wi_ready =
            settings.federated_token_file.is_some() && settings.tenant_id.is_some() && settings.client_id.is_some();
        [
            (
                Source::StaticToken,
                m == Method::Token || (auto && settings.static_token.is_some()),
            ),
            (
                Source::ServicePrincipal,
                m == Method::ServicePrincipal || (auto && sp_ready),
            ),
            (
                Source::WorkloadIdentity,
                m == Method::WorkloadIdentity || (auto && wi_ready),
            ),
            (
                Source::ManagedIdentity,
                m == Method::ManagedIdentity || (auto && settings.managed_identity_env),
            ),
            (Source::Cli, m == Method::Cli || auto),
            (Source::Azd, m == Method::Azd || auto),
        ]
        .into_iter()
        .filter_map(|(source, tried)| tried.then_some(source))
        .collect()
    }
}
