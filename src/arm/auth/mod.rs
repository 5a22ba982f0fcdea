//! Credentials: the chain built on azure_identity (which has no default chain of its own),
//! the token cache it reads through, and Entra ID's answers made readable.

use azure_core::cloud::{CloudConfiguration, CustomConfiguration};
use azure_core::credentials::{AccessToken, Secret, TokenCredential, TokenRequestOptions};
use azure_core::http::{ClientOptions, ExponentialRetryOptions, RetryOptions, Transport};
use azure_core::time::to_rfc3339;
use azure_core::time::{Duration, OffsetDateTime};
use azure_identity::{
    AzureCliCredential, AzureDeveloperCliCredential, ClientAssertionCredentialOptions, ClientSecretCredential,
    ClientSecretCredentialOptions, ManagedIdentityCredential, ManagedIdentityCredentialOptions, UserAssignedId,
    WorkloadIdentityCredential, WorkloadIdentityCredentialOptions,
};
use std::sync::{Arc, Mutex};
use std::time::Instant;

pub mod cached;
mod entra;
mod sources;
pub mod token_cache;

use super::error::ArmError;
use crate::log;
pub use sources::{AuthSettings, Method, Source};
use token_cache::TokenCache;

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

/// A fresh credential for `source`: azure_identity's keep their own token in memory,
/// so one ARM refused is rebuilt rather than asked again.
fn build(source: Source, settings: &AuthSettings, http: &reqwest::Client) -> Result<Arc<dyn TokenCredential>, String> {
    let options = || client_options(settings, http);
    match source {
        Source::StaticToken => settings
            .static_token
            .clone()
            .map(|t| Arc::new(StaticToken(t)) as Arc<dyn TokenCredential>)
            .ok_or_else(|| "STANDBY_ACCESS_TOKEN is not set".to_string()),
        Source::ServicePrincipal => service_principal(settings, options()),
        Source::WorkloadIdentity => {
            let o = WorkloadIdentityCredentialOptions {
                credential_options: ClientAssertionCredentialOptions {
                    client_options: options(),
                },
                client_id: settings.client_id.clone(),
                tenant_id: settings.tenant_id.clone(),
                token_file_path: settings.federated_token_file.clone(),
            };
            WorkloadIdentityCredential::new(Some(o))
                .map(erase)
                .map_err(|e| e.to_string())
        }
        Source::ManagedIdentity => {
            let o = ManagedIdentityCredentialOptions {
                client_options: options(),
                user_assigned_id: settings.client_id.clone().map(UserAssignedId::ClientId),
            };
            ManagedIdentityCredential::new(Some(o))
                .map(erase)
                .map_err(|e| e.to_string())
        }
        Source::Cli => AzureCliCredential::new(None).map(erase).map_err(|e| e.to_string()),
        Source::Azd => AzureDeveloperCliCredential::new(None)
            .map(erase)
            .map_err(|e| e.to_string()),
    }
}

type Credential = Result<Arc<dyn TokenCredential>, String>;

/// Tries its sources in order and sticks with the first that gives a token. Each source
/// that is slow to ask looks in the token cache first.
pub struct Chain {
    settings: AuthSettings,
    http: reqwest::Client,
    cache: Option<TokenCache>,
    sources: Vec<(Source, Mutex<Credential>)>,
    chosen: Mutex<Option<usize>>,
}

impl std::fmt::Debug for Chain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sources: Vec<Source> = self.sources.iter().map(|(s, _)| *s).collect();
        f.debug_struct("Chain")
            .field("sources", &sources)
            .finish_non_exhaustive()
    }
}

const LOGIN_HINT: &str = "Run 'az login', or set STANDBY_ACCESS_TOKEN, or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET for a service principal.";

impl Chain {
    pub fn new(settings: &AuthSettings, http: &reqwest::Client) -> Chain {
        let sources = Source::chain(settings)
            .into_iter()
            .map(|s| (s, Mutex::new(build(s, settings, http))))
            .collect();
        Chain {
            settings: settings.clone(),
            http: http.clone(),
            cache: TokenCache::open(&settings.cache),
            sources,
            chosen: Mutex::new(None),
        }
    }

    pub async fn token(&self, scope: &str) -> Result<AccessToken, ArmError> {
        let chosen = *self.chosen.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(i) = chosen {
            return self
                .ask(i, scope)
                .await
                .map_err(|e| ArmError::Auth(format!("{}: {}", self.sources[i].0.name(), one_line(&e))));
        }
        let mut tried = Vec::new();
        for i in 0..self.sources.len() {
            match self.ask(i, scope).await {
                Ok(token) => {
                    *self.chosen.lock().unwrap_or_else(|p| p.into_inner()) = Some(i);
                    return Ok(token);
                }
                // One source (`--auth X`): the user chose it; its whole answer, on one line.
                Err(e) if self.sources.len() == 1 => {
                    return Err(ArmError::Auth(format!(
                        "{}: {}",
                        self.sources[i].0.name(),
                        one_line(&e)
                    )));
                }
                Err(e) => tried.push(format!("  {}: {}", self.sources[i].0.name(), capped(&e))),
            }
        }
        // What to do first; then one line per source, each trimmed of the SDK's boilerplate.
        Err(ArmError::Auth(format!(
            "no credential gave a token for Azure Resource Manager.\n{LOGIN_HINT}\nTried:\n{}",
            tried.join("\n")
        )))
    }

    /// ARM refused the token: forget the kept one, and ask a fresh credential once.
    pub async fn refresh(&self, scope: &str) -> Result<AccessToken, ArmError> {
        let chosen = *self.chosen.lock().unwrap_or_else(|p| p.into_inner());
        let Some(i) = chosen else {
            return self.token(scope).await;
        };
        let source = self.sources[i].0;
        if let (Some(cache), Some(identity)) = (&self.cache, cached::identity(source, &self.settings, scope)) {
            cache.remove(&identity);
        }
        *self.sources[i].1.lock().unwrap_or_else(|p| p.into_inner()) = build(source, &self.settings, &self.http);
        self.token(scope).await
    }

    /// A token from source `i`: from the cache if it keeps one, else from the credential.
    async fn ask(&self, i: usize, scope: &str) -> Result<AccessToken, String> {
        let (source, credential) = &self.sources[i];
        let identity = self
            .cache
            .as_ref()
            .and_then(|_| cached::identity(*source, &self.settings, scope));
        if let (Some(cache), Some(identity)) = (&self.cache, &identity)
            && let Some(token) = cache.get(identity)
        {
            log::debug(format_args!(
                "token from the token cache ({}), valid until {}",
                source.name(),
                to_rfc3339(&token.expires_on)
            ));
            return Ok(token);
        }
        let credential = credential.lock().unwrap_or_else(|p| p.into_inner()).clone()?;
        let started = Instant::now();
        let token = credential
            .get_token(&[scope], None)
            .await
            .map_err(|e| short(&e.to_string()))?;
        log::debug(format_args!(
            "token from {} in {} ms, valid until {}{}",
            source.name(),
            started.elapsed().as_millis(),
            to_rfc3339(&token.expires_on),
            if identity.is_some() {
                "; kept in the token cache"
            } else {
                ""
            }
        ));
        if let (Some(cache), Some(identity)) = (&self.cache, &identity) {
            cache.put(identity, source.name(), &token);
        }
        Ok(token)
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
        transport: Some(Transport::new(Arc::new(entra::Readable::new(
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

/// azure_identity errors run over several lines (troubleshooting links, az's stderr); and
/// the line breaks of an `ArmError::Auth` are ours alone (see `exit::describe`).
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One line from an azure_identity error: without the credential's name (the
/// line already says which source it was), troubleshooting links or run-on text.
fn short(s: &str) -> String {
    let kept: Vec<&str> = s
        .lines()
        .filter(|l| !l.trim_start().starts_with("To troubleshoot, visit"))
        .collect();
    let text = one_line(&kept.join(" "));
    match text.split_once("authentication failed.") {
        Some((name, rest)) if name.trim_end().ends_with("Credential") && !rest.trim().is_empty() => {
            rest.trim().to_string()
        }
        _ => text,
    }
}

/// A line of the list of sources tried: short enough to read them all at a glance.
fn capped(text: &str) -> String {
    const MAX: usize = 200;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
