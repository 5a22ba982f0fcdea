//! The credential chain, built on azure_identity (which has no default chain of its own).

use azure_core::cloud::{CloudConfiguration, CustomConfiguration};
use azure_core::credentials::{AccessToken, Secret, TokenCredential, TokenRequestOptions};
use azure_core::http::{ClientOptions, ExponentialRetryOptions, RetryOptions, Transport};
use azure_core::time::{Duration, OffsetDateTime};
use azure_identity::{
    AzureCliCredential, AzureDeveloperCliCredential, ClientAssertionCredentialOptions, ClientSecretCredential,
    ClientSecretCredentialOptions, ManagedIdentityCredential, ManagedIdentityCredentialOptions, UserAssignedId,
    WorkloadIdentityCredential, WorkloadIdentityCredentialOptions,
};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::error::ArmError;

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
#[derive(Debug)]
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
}

/// A bearer token handed to us, used as is.
#[derive(Debug)]
struct StaticToken(Secret);

#[async_trait::async_trait]
impl TokenCredential for StaticToken {
    async fn get_token(&self, _: &[&str], _: Option<TokenRequestOptions<'_>>) -> azure_core::Result<AccessToken> {
        // Expiry is unknown; ARM will say 401 when it lapses.
        Ok(AccessToken::new(
            self.0.clone(),
            OffsetDateTime::now_utc() + Duration::hours(1),
        ))
    }
}

type Source = (&'static str, Result<Arc<dyn TokenCredential>, String>);

/// Tries its sources in order and sticks with the first that gives a token.
#[derive(Debug)]
pub struct Chain {
    sources: Vec<Source>,
    chosen: Mutex<Option<usize>>,
    hint: &'static str,
}

const LOGIN_HINT: &str = "Run 'az login', or set STANDBY_ACCESS_TOKEN, or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET for a service principal.";

impl Chain {
    pub fn new(settings: &AuthSettings, http: &reqwest::Client) -> Chain {
        let options = || client_options(settings, http);
        let mut sources: Vec<Source> = Vec::new();
        let m = settings.method;
        let auto = m == Method::Auto;

        if m == Method::Token || (auto && settings.static_token.is_some()) {
            sources.push((
                "STANDBY_ACCESS_TOKEN",
                settings
                    .static_token
                    .clone()
                    .map(|t| Arc::new(StaticToken(t)) as Arc<dyn TokenCredential>)
                    .ok_or_else(|| "STANDBY_ACCESS_TOKEN is not set".to_string()),
            ));
        }
        let sp_ready = settings.tenant_id.is_some() && settings.client_id.is_some() && settings.client_secret.is_some();
        if m == Method::ServicePrincipal || (auto && sp_ready) {
            sources.push((
                "service principal (AZURE_CLIENT_SECRET)",
                service_principal(settings, options()),
            ));
        }
        let wi_ready =
            settings.federated_token_file.is_some() && settings.tenant_id.is_some() && settings.client_id.is_some();
        if m == Method::WorkloadIdentity || (auto && wi_ready) {
            let o = WorkloadIdentityCredentialOptions {
                credential_options: ClientAssertionCredentialOptions {
                    client_options: options(),
                },
                client_id: settings.client_id.clone(),
                tenant_id: settings.tenant_id.clone(),
                token_file_path: settings.federated_token_file.clone(),
            };
            sources.push((
                "workload identity (AZURE_FEDERATED_TOKEN_FILE)",
                WorkloadIdentityCredential::new(Some(o))
                    .map(erase)
                    .map_err(|e| e.to_string()),
            ));
        }
        if m == Method::ManagedIdentity || (auto && settings.managed_identity_env) {
            let o = ManagedIdentityCredentialOptions {
                client_options: options(),
                user_assigned_id: settings.client_id.clone().map(UserAssignedId::ClientId),
            };
            sources.push((
                "managed identity",
                ManagedIdentityCredential::new(Some(o))
                    .map(erase)
                    .map_err(|e| e.to_string()),
            ));
        }
        if m == Method::Cli || auto {
            sources.push((
                "Azure CLI (az login)",
                AzureCliCredential::new(None).map(erase).map_err(|e| e.to_string()),
            ));
        }
        if m == Method::Azd || auto {
            sources.push((
                "Azure Developer CLI (azd auth login)",
                AzureDeveloperCliCredential::new(None)
                    .map(erase)
                    .map_err(|e| e.to_string()),
            ));
        }
        Chain {
            sources,
            chosen: Mutex::new(None),
            hint: LOGIN_HINT,
        }
    }

    pub async fn token(&self, scope: &str) -> Result<AccessToken, ArmError> {
        let chosen = *self.chosen.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((name, Ok(cred))) = chosen.map(|i| &self.sources[i]) {
            {
                return cred
                    .get_token(&[scope], None)
                    .await
                    .map_err(|e| ArmError::Auth(format!("{name}: {}", one_line(&e.to_string()))));
            }
        }
        let mut tried = Vec::new();
        for (i, (name, cred)) in self.sources.iter().enumerate() {
            let outcome = match cred {
                Ok(cred) => cred.get_token(&[scope], None).await.map_err(|e| e.to_string()),
                Err(e) => Err(e.clone()),
            };
            match outcome {
                Ok(token) => {
                    *self.chosen.lock().unwrap_or_else(|p| p.into_inner()) = Some(i);
                    return Ok(token);
                }
                Err(e) => tried.push(format!("{name}: {}", one_line(&e))),
            }
        }
        Err(ArmError::Auth(format!(
            "no credential gave a token for Azure Resource Manager. Tried: {}. {}",
            tried.join("; "),
            self.hint
        )))
    }
}

fn erase<T: TokenCredential + 'static>(c: Arc<T>) -> Arc<dyn TokenCredential> {
    c
}

fn service_principal(
    settings: &AuthSettings,
    client_options: ClientOptions,
) -> Result<Arc<dyn TokenCredential>, String> {
    let (Some(tenant), Some(client), Some(secret)) =
        (&settings.tenant_id, &settings.client_id, &settings.client_secret)
    else {
        return Err("needs AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET".to_string());
    };
    ClientSecretCredential::new(
        tenant,
        client.clone(),
        secret.clone(),
        Some(ClientSecretCredentialOptions { client_options }),
    )
    .map(erase)
    .map_err(|e| e.to_string())
}

/// Our own HTTP client (extra CA, proxy, timeouts) and a retry budget of seconds:
/// azure_identity's default retries for a minute before it reports a dead endpoint.
fn client_options(settings: &AuthSettings, http: &reqwest::Client) -> ClientOptions {
    let mut custom = CustomConfiguration::default();
    custom.authority_host = settings.authority_host.clone();
    ClientOptions {
        // Entra's error answers are made readable and stripped of our secrets on the way in.
        transport: Some(Transport::new(Arc::new(super::entra::Readable::new(
            http.clone(),
            settings.client_secret.iter().map(|s| s.secret().to_string()).collect(),
        )))),
        retry: RetryOptions::exponential(ExponentialRetryOptions {
            initial_delay: Duration::milliseconds(200),
            max_retries: 2,
            max_total_elapsed: Duration::seconds(10),
            max_delay: Duration::seconds(2),
        }),
        cloud: Some(Arc::new(CloudConfiguration::Custom(custom))),
        ..Default::default()
    }
}

/// azure_identity errors run over several lines (troubleshooting links, az's stderr).
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
