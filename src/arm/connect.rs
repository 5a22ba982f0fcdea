//! Building the client from plain settings: the HTTP stack, trusted CAs and the
//! credential chain. The context resolves the values; nothing here reads the environment.

use reqwest::Url;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use super::auth::{AuthSettings, Chain};
use super::client::ArmClient;
use super::cloud::Cloud;
use super::error::ArmError;
use super::retry::RetryPolicy;

/// Everything needed to talk to ARM.
#[derive(Debug)]
pub struct ArmSettings {
    pub endpoint: Url,
    pub cloud: Cloud,
    pub auth: AuthSettings,
    /// Extra trusted CA certificates (a TLS-inspecting proxy's), as a PEM file.
    pub ca_bundle: Option<PathBuf>,
    /// For each request's answer; connecting gets at most 10 s of it.
    pub timeout: Duration,
    pub retry: RetryPolicy,
    /// Requests in flight at once when a command reads many resources.
    pub concurrency: usize,
    /// The proxy reqwest will use for the endpoint, named for errors: "host:port (VARIABLE)".
    pub proxy: Option<String>,
    /// `--api-version`: sent as given, never stepped down from (arm/versions.rs).
    pub forced_api_version: Option<String>,
    /// `--demo`: the simulated Azure answers; no credential, no network.
    pub demo: bool,
    /// Whose tokens the client sends: ARM's, or the Log Analytics query API's.
    pub audience: Audience,
}

/// The API a client talks to, which decides its token's scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Arm,
    LogAnalytics,
}

impl ArmClient {
    pub fn connect(settings: &ArmSettings) -> Result<ArmClient, ArmError> {
        // The demo sends nothing: a CA bundle the user set is not its business.
        let http = if settings.demo {
            reqwest::Client::builder()
                .build()
                .map_err(|e| ArmError::Setup(format!("setting up the HTTP client: {e}")))?
        } else {
            http_client(settings)?
        };
        let chain = Chain::new(&settings.auth, &http);
        Ok(ArmClient::new(
            http,
            settings.endpoint.clone(),
            match settings.audience {
                Audience::Arm => settings.cloud.arm_scope(),
                Audience::LogAnalytics => settings.cloud.logs_scope(),
            },
            chain,
            settings.retry,
            settings.concurrency,
        )
        .with_proxy(settings.proxy.clone())
        .with_forced_api_version(settings.forced_api_version.clone())
        .with_demo(settings.demo))
    }
}

fn http_client(settings: &ArmSettings) -> Result<reqwest::Client, ArmError> {
    let setup = |message: String| ArmError::Setup(message);
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("standby/", env!("CARGO_PKG_VERSION")))
        .timeout(settings.timeout)
        .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
        .redirect(reqwest::redirect::Policy::none());
    if let Some(path) = &settings.ca_bundle {
        let pem = std::fs::read(path).map_err(|e| {
            setup(format!(
                "reading the CA bundle {} (REQUESTS_CA_BUNDLE/SSL_CERT_FILE): {e}",
                path.display()
            ))
        })?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
            setup(format!(
                "the CA bundle {} is not a PEM file of certificates: {e}",
                path.display()
            ))
        })?;
        if certs.is_empty() {
            return Err(setup(format!("the CA bundle {} holds no certificates", path.display())));
        }
        builder = builder.tls_certs_merge(certs);
    }
    builder
        .build()
        .map_err(|e| setup(format!("setting up the HTTP client: {e}")))
}

/// The client, connected on first use so that `--input` never needs TLS or credentials.
pub struct Connection {
    settings: ArmSettings,
    client: OnceLock<ArmClient>,
}

impl Connection {
    pub fn new(settings: ArmSettings) -> Connection {
        Connection {
            settings,
            client: OnceLock::new(),
        }
    }

    pub fn settings(&self) -> &ArmSettings {
        &self.settings
    }

    pub fn client(&self) -> Result<&ArmClient, ArmError> {
        if let Some(c) = self.client.get() {
            return Ok(c);
        }
        let client = ArmClient::connect(&self.settings)?;
        Ok(self.client.get_or_init(|| client))
    }
}
