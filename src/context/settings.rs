//! The settings each layer gets, from the flags, the environment and az's config: how
//! to render, which cloud and endpoint, the credential chain's settings, the client's.

use anyhow::Result;
use azure_core::credentials::Secret;
use reqwest::Url;
use std::path::PathBuf;
use std::time::Duration;

use super::{DEFAULT_REQUEST_TIMEOUT, Env, Terminal};
use crate::arm::auth::token_cache::CacheSettings;
use crate::arm::auth::{AuthSettings, Method};
use crate::arm::cloud::Cloud;
use crate::arm::retry::RetryPolicy;
use crate::arm::{ArmSettings, Audience};
use crate::azcli;
use crate::cli::{AuthArg, CloudArg, ColorArg, GlobalArgs, OutputFormat};
use crate::exit::UsageError;
use crate::log;
use crate::render::{self, Format, Query};

/// Format (the flag, else the default for who reads), `--query` compiled before anything
/// is sent, colour by `--color`, then NO_COLOR / CLICOLOR_FORCE, then the terminal, width.
pub(super) fn render(args: &GlobalArgs, env: &Env, az_config: &str, term: Terminal) -> Result<render::Settings> {
    let format = match args.output {
        Some(f) => f,
        None => default_format(env, az_config, term)?,
    };
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            if env.get("NO_COLOR").is_some() {
                false
            } else if env.get("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                true
            } else {
                term.stdout_is_tty && env.get("TERM") != Some("dumb")
            }
        }
    };
    Ok(render::Settings {
        format: format_of(format),
        color,
        width: env.get("COLUMNS").and_then(|c| c.parse().ok()).or(term.width),
        query: args.query.as_deref().map(Query::compile).transpose()?,
    })
}

/// `--cloud`, else az's configured cloud, else the public one.
pub(super) fn cloud(args: &GlobalArgs, az_config: &str) -> Cloud {
    match args.cloud {
        Some(CloudArg::Public) => Cloud::Public,
        Some(CloudArg::China) => Cloud::China,
        Some(CloudArg::UsGovernment) => Cloud::UsGov,
        None => azcli::ini_value(az_config, "cloud", "name")
            .and_then(|n| Cloud::from_az_name(&n))
            .unwrap_or(Cloud::Public),
    }
}

/// Where ARM is: the demo's, STANDBY_ARM_ENDPOINT, else the cloud's; https only.
pub(super) fn endpoint(demo: bool, env: &Env, cloud: Cloud) -> Result<Url> {
    let given = env.get("STANDBY_ARM_ENDPOINT");
    https(demo, ("STANDBY_ARM_ENDPOINT", given), cloud.arm_endpoint(), "ARM")
}

/// Where the Log Analytics query API is: the demo's, STANDBY_LOGS_ENDPOINT, else the
/// cloud's; https only.
pub(super) fn logs_endpoint(demo: bool, env: &Env, cloud: Cloud) -> Result<Url> {
    let given = env.get("STANDBY_LOGS_ENDPOINT");
    https(
        demo,
        ("STANDBY_LOGS_ENDPOINT", given),
        cloud.logs_endpoint(),
        "Log Analytics",
    )
}

/// The demo's endpoint, else the variable's, else the cloud's; https only.
fn https(demo: bool, (variable, given): (&str, Option<&str>), default: &str, what: &str) -> Result<Url> {
    let text = match (demo, given) {
        (true, _) => crate::demo::ENDPOINT,
        (false, Some(given)) => given,
        (false, None) => default,
    };
    let endpoint = Url::parse(text).map_err(|e| UsageError(format!("{variable} '{text}' is not a URL: {e}")))?;
    if endpoint.scheme() != "https" {
        return Err(UsageError(format!(
            "the {what} endpoint must use https (the token travels with every request): '{text}'"
        ))
        .into());
    }
    Ok(endpoint)
}

/// What the credential chain is built from.
pub(super) fn auth(args: &GlobalArgs, env: &Env, cloud: Cloud, cache: CacheSettings) -> AuthSettings {
    AuthSettings {
        method: match args.auth {
            AuthArg::Auto => Method::Auto,
            AuthArg::Token => Method::Token,
            AuthArg::ServicePrincipal => Method::ServicePrincipal,
            AuthArg::WorkloadIdentity => Method::WorkloadIdentity,
            AuthArg::ManagedIdentity => Method::ManagedIdentity,
            AuthArg::Cli => Method::Cli,
            AuthArg::Azd => Method::Azd,
        },
        static_token: env.get("STANDBY_ACCESS_TOKEN").map(|t| Secret::new(t.to_string())),
        tenant_id: env.get("AZURE_TENANT_ID").map(str::to_string),
        client_id: env.get("AZURE_CLIENT_ID").map(str::to_string),
        client_secret: env.get("AZURE_CLIENT_SECRET").map(|t| Secret::new(t.to_string())),
        federated_token_file: env.get("AZURE_FEDERATED_TOKEN_FILE").map(PathBuf::from),
        managed_identity_env: env.get("IDENTITY_ENDPOINT").is_some() || env.get("MSI_ENDPOINT").is_some(),
        authority_host: env
            .get("AZURE_AUTHORITY_HOST")
            .unwrap_or(cloud.authority_host())
            .trim_end_matches('/')
            .to_string(),
        cache,
    }
}

/// What the ARM client is built from.
pub(super) fn arm(
    args: &GlobalArgs,
    env: &Env,
    endpoint: Url,
    cloud: Cloud,
    auth: AuthSettings,
    demo: bool,
) -> ArmSettings {
    client(args, env, (endpoint, Audience::Arm), cloud, auth, demo)
}

/// What a client is built from, for the API at `endpoint` and its audience.
pub(super) fn client(
    args: &GlobalArgs,
    env: &Env,
    (endpoint, audience): (Url, Audience),
    cloud: Cloud,
    auth: AuthSettings,
    demo: bool,
) -> ArmSettings {
    ArmSettings {
        audience,
        proxy: proxy_for(env, &endpoint),
        endpoint,
        cloud,
        auth,
        ca_bundle: env
            .get("REQUESTS_CA_BUNDLE")
            .or(env.get("SSL_CERT_FILE"))
            .map(PathBuf::from),
        timeout: args
            .timeout
            .unwrap_or(DEFAULT_REQUEST_TIMEOUT)
            .max(Duration::from_secs(1)),
        retry: RetryPolicy {
            max_wait: Duration::from_secs(args.max_retry_wait),
            ..RetryPolicy::default()
        },
        concurrency: args.concurrency,
        forced_api_version: args.api_version.clone(),
        demo,
    }
}

/// The proxy reqwest picks for the ARM endpoint (the variables it reads, in its order),
/// unless NO_PROXY exempts the host: only to name it when it cannot be reached.
fn proxy_for(env: &Env, endpoint: &Url) -> Option<String> {
    let host = endpoint.host_str()?.trim_start_matches('[').trim_end_matches(']');
    let no_proxy = env.get("NO_PROXY").or(env.get("no_proxy")).unwrap_or_default();
    let exempt = no_proxy.split(',').map(str::trim).any(|entry| {
        let entry = entry.trim_start_matches('.');
        entry == "*"
            || (!entry.is_empty()
                && (host.eq_ignore_ascii_case(entry)
                    || host
                        .to_ascii_lowercase()
                        .ends_with(&format!(".{}", entry.to_ascii_lowercase()))))
    });
    if exempt {
        return None;
    }
    let (var, value) = ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]
        .into_iter()
        .find_map(|var| env.get(var).map(|v| (var, v)))?;
    // A proxy URL may carry a password: only its host and port are named.
    let named = Url::parse(value)
        .ok()
        .or_else(|| Url::parse(&format!("http://{value}")).ok())
        .and_then(|u| Some(format!("{}:{}", u.host_str()?, u.port_or_known_default()?)))
        .unwrap_or_else(|| "given".to_string());
    Some(format!("{named} ({var})"))
}

fn format_of(f: OutputFormat) -> Format {
    match f {
        OutputFormat::Json => Format::Json,
        OutputFormat::Jsonc => Format::Jsonc,
        OutputFormat::Yaml => Format::Yaml,
        OutputFormat::Yamlc => Format::Yamlc,
        OutputFormat::Tsv => Format::Tsv,
        OutputFormat::Table => Format::Table,
        OutputFormat::None => Format::None,
    }
}

/// Without `-o`: tables for a person at a terminal; for scripts STANDBY_OUTPUT, then az's
/// own default (AZURE_CORE_OUTPUT, then `[core] output` in its config), then json.
/// az's default is honoured only off a terminal because people who set it to json for
/// their scripts still want to read tables.
pub(super) fn default_format(env: &Env, az_config: &str, term: Terminal) -> Result<OutputFormat> {
    use clap::ValueEnum;
    if term.stdout_is_tty {
        return Ok(OutputFormat::Table);
    }
    if let Some(v) = env.get("STANDBY_OUTPUT") {
        return OutputFormat::from_str(v.trim(), true).map_err(|_| {
            UsageError(format!(
                "STANDBY_OUTPUT='{v}' is not an output format: use json, jsonc, yaml, yamlc, tsv, table or none"
            ))
            .into()
        });
    }
    let az_default = env
        .get("AZURE_CORE_OUTPUT")
        .map(|v| (v.to_string(), "AZURE_CORE_OUTPUT"))
        .or_else(|| azcli::ini_value(az_config, "core", "output").map(|v| (v, "[core] output in az's config")));
    if let Some((v, source)) = az_default {
        match OutputFormat::from_str(v.trim(), true) {
            Ok(f) => return Ok(f),
            Err(_) => log::warn(format_args!(
                "ignoring {source} = '{v}': not an output format; using json"
            )),
        }
    }
    Ok(OutputFormat::Json)
}
