//! Resolves the environment once: subscription, cloud and endpoint, credential
//! settings, output format, colour and width. Nothing below this reads environment
//! variables or asks whether stdout is a terminal.

use anyhow::Result;
use azure_core::credentials::Secret;
use reqwest::Url;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use crate::arm::auth::token_cache::CacheSettings;
use crate::arm::auth::{AuthSettings, Method};
use crate::arm::cloud::Cloud;
use crate::arm::retry::RetryPolicy;
use crate::arm::{ArmClient, ArmSettings, Connection};
use crate::azcli;
use crate::cli::{AuthArg, CloudArg, ColorArg, GlobalArgs, OutputFormat};
use crate::exit::UsageError;
use crate::log;
use crate::render::{self, Format, Query};

/// The process environment, captured once so that resolution is testable.
#[derive(Debug, Default, Clone)]
pub struct Env(HashMap<String, String>);

impl Env {
    pub fn capture() -> Env {
        Env(std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .collect())
    }

    #[cfg(test)]
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Env {
        Env(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    /// A set, non-empty variable.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str).filter(|v| !v.is_empty())
    }
}

/// What the terminal is, asked once.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub stdout_is_tty: bool,
    pub width: Option<u16>,
}

impl Terminal {
    pub fn detect() -> Terminal {
        let stdout_is_tty = std::io::stdout().is_terminal();
        let width = if stdout_is_tty {
            // comfy-table asks the terminal itself when it is one.
            comfy_table::Table::new().width()
        } else {
            None
        };
        Terminal { stdout_is_tty, width }
    }
}

/// Each request's limit when `--timeout` does not set one.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How many subscriptions a command addresses: one, or (fleet) any number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    One,
    /// `--subscription` may repeat, and names are resolved by the command against the
    /// subscriptions ARM lists rather than against az's profile.
    Many,
}

pub struct Context {
    pub render: render::Settings,
    /// For commands that draw over time: a full-screen view needs a terminal.
    pub terminal: Terminal,
    pub api_version: Option<String>,
    /// `--subscription` as given, for commands of `Reach::Many`.
    pub subscriptions_given: Vec<String>,
    subscription: Option<String>,
    subscription_source: &'static str,
    arm: Connection,
}

impl Context {
    /// The api-version to send: the user's `--api-version`, else the one pinned.
    pub fn api_version_or<'a>(&'a self, pinned: &'a str) -> &'a str {
        self.api_version.as_deref().unwrap_or(pinned)
    }

    pub fn resolve(args: &GlobalArgs, env: &Env, term: Terminal) -> Result<Context> {
        Context::resolve_for(args, env, term, Reach::One)
    }

    pub fn resolve_for(args: &GlobalArgs, env: &Env, term: Terminal, reach: Reach) -> Result<Context> {
        log::set_level(if args.debug {
            log::Level::Debug
        } else if args.verbose {
            log::Level::Verbose
        } else {
            log::Level::Quiet
        });
        log::set_warnings(!args.only_show_errors);

        let config_dir = env.get("AZURE_CONFIG_DIR").map(PathBuf::from).or_else(|| {
            env.get("HOME")
                .or(env.get("USERPROFILE"))
                .map(|h| PathBuf::from(h).join(".azure"))
        });
        let read_config = |name: &str| {
            config_dir
                .as_ref()
                .and_then(|d| std::fs::read_to_string(d.join(name)).ok())
        };
        let az_config = read_config("config").unwrap_or_default();

        let format = match args.output {
            Some(f) => f,
            None => default_format(env, &az_config, term)?,
        };
        let query = args.query.as_deref().map(Query::compile).transpose()?;
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
        let width = env.get("COLUMNS").and_then(|c| c.parse().ok()).or(term.width);

        let cloud = match args.cloud {
            Some(CloudArg::Public) => Cloud::Public,
            Some(CloudArg::China) => Cloud::China,
            Some(CloudArg::UsGovernment) => Cloud::UsGov,
            None => azcli::ini_value(&az_config, "cloud", "name")
                .and_then(|n| Cloud::from_az_name(&n))
                .unwrap_or(Cloud::Public),
        };
        let demo = args.demo
            || env
                .get("STANDBY_DEMO")
                .is_some_and(|v| !matches!(v.to_ascii_lowercase().as_str(), "0" | "false" | "no" | "off"));
        if demo {
            log::warn(format_args!(
                "demo: a simulated Azure answers inside this process; no login is used and no request leaves it"
            ));
        }
        let endpoint_text = match (demo, env.get("STANDBY_ARM_ENDPOINT")) {
            (true, _) => crate::demo::ENDPOINT,
            (false, Some(given)) => given,
            (false, None) => cloud.arm_endpoint(),
        };
        let endpoint = Url::parse(endpoint_text)
            .map_err(|e| UsageError(format!("STANDBY_ARM_ENDPOINT '{endpoint_text}' is not a URL: {e}")))?;
        if endpoint.scheme() != "https" {
            return Err(UsageError(format!(
                "the ARM endpoint must use https (the token travels with every request): '{endpoint_text}'"
            ))
            .into());
        }

        let profile = read_config("azureProfile.json").unwrap_or_default();
        let subscriptions = if demo {
            demo_subscriptions()
        } else {
            azcli::subscriptions(&profile)
        };
        let subscriptions_given: Vec<String> = args.subscription.iter().map(|s| s.trim().to_string()).collect();
        let single = match (reach, subscriptions_given.as_slice()) {
            (Reach::One, [one]) => Some(one),
            (Reach::One, [_, _, ..]) => {
                return Err(UsageError(format!(
                    "--subscription is given {} times; only 'fleet' reads several subscriptions",
                    subscriptions_given.len()
                ))
                .into());
            }
            _ => None,
        };
        // The demo's subscriptions are the only ones it knows: a real default would not be found.
        let from_env = env.get("AZURE_SUBSCRIPTION_ID").filter(|_| !demo);
        let (subscription, subscription_source) = match (single, from_env) {
            (Some(given), _) => {
                let given = given.trim();
                if azcli::is_guid(given) {
                    (Some(given.to_string()), "--subscription")
                } else if let Some(s) = subscriptions.iter().find(|s| s.name.eq_ignore_ascii_case(given)) {
                    (Some(s.id.clone()), "--subscription")
                } else if demo {
                    let names: Vec<String> = subscriptions.iter().map(|s| format!("'{}'", s.name)).collect();
                    return Err(UsageError(format!(
                        "--subscription '{given}' is not one of the demo's subscriptions: {}",
                        names.join(", ")
                    ))
                    .into());
                } else {
                    return Err(UsageError(format!(
                        "--subscription '{given}' is neither a subscription id (a GUID) nor the name of a subscription az knows; run 'az account list -o table' to see them"
                    ))
                    .into());
                }
            }
            (None, Some(from_env)) => (Some(from_env.to_string()), "AZURE_SUBSCRIPTION_ID"),
            (None, None) => (
                subscriptions.iter().find(|s| s.is_default).map(|s| s.id.clone()),
                "az's default subscription",
            ),
        };

        let auth = AuthSettings {
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
            cache: token_cache(args, env, config_dir.clone(), profile),
        };

        let proxy = proxy_for(env, &endpoint);
        Ok(Context {
            subscriptions_given,
            render: render::Settings {
                format: format_of(format),
                color,
                width,
                query,
            },
            terminal: term,
            api_version: args.api_version.clone(),
            subscription,
            subscription_source,
            arm: Connection::new(ArmSettings {
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
                proxy,
                forced_api_version: args.api_version.clone(),
                demo,
            }),
        })
    }

    /// The subscription to address, or a usage error saying how to name one.
    pub fn subscription(&self) -> Result<&str> {
        if let Some(s) = &self.subscription {
            // It becomes a path segment: `x/../../evil?` must not reach the URL.
            crate::id::check_segment(s).map_err(|why| {
                UsageError(format!(
                    "the subscription '{}' (from {}) cannot be used: {why}",
                    s.escape_debug(),
                    self.subscription_source
                ))
            })?;
            log::verbose(format_args!("subscription {s} (from {})", self.subscription_source));
        }
        self.subscription.as_deref().ok_or_else(|| {
            UsageError(
                "no subscription: pass --subscription ID (or a name az knows), or set AZURE_SUBSCRIPTION_ID; \
                 both work without az. With az, 'az account set -s ID' picks a default"
                    .to_string(),
            )
            .into()
        })
    }

    /// What the ARM client is built from (the credential chain's settings among them).
    pub fn arm_settings(&self) -> &ArmSettings {
        self.arm.settings()
    }

    /// How long each request may take.
    pub fn request_timeout(&self) -> Duration {
        self.arm.settings().timeout
    }

    /// The ARM client, connected on first use so that `--input` never needs TLS or credentials.
    pub fn client(&self) -> Result<&ArmClient> {
        Ok(self.arm.client()?)
    }
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

/// The token cache: on unless STANDBY_TOKEN_CACHE=0 or --no-token-cache; in the OS
/// credential store where there is one (on Linux, only when a session bus could carry
/// the Secret Service: asking for one that is not there would cost every call), else in
/// a file in the per-user cache directory. STANDBY_TOKEN_CACHE=file skips the OS store.
fn token_cache(args: &GlobalArgs, env: &Env, az_config_dir: Option<PathBuf>, az_profile: String) -> CacheSettings {
    let setting = env.get("STANDBY_TOKEN_CACHE").map(str::to_ascii_lowercase);
    let off = matches!(setting.as_deref(), Some("0" | "false" | "off" | "no"));
    let home = env.get("HOME").or(env.get("USERPROFILE")).map(PathBuf::from);
    let dir = if cfg!(windows) {
        env.get("LOCALAPPDATA").map(|d| PathBuf::from(d).join("standby"))
    } else if cfg!(target_os = "macos") {
        home.as_ref().map(|h| h.join("Library/Caches/standby"))
    } else {
        env.get("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .filter(|d| d.is_absolute())
            .or_else(|| home.as_ref().map(|h| h.join(".cache")))
            .map(|d| d.join("standby"))
    };
    let session_bus = env.get("DBUS_SESSION_BUS_ADDRESS").is_some()
        || env
            .get("XDG_RUNTIME_DIR")
            .is_some_and(|d| std::path::Path::new(d).join("bus").exists());
    let os_has_store = cfg!(any(windows, target_os = "macos")) || session_bus;
    CacheSettings {
        enabled: !off && !args.no_token_cache,
        dir,
        os_store: os_has_store && setting.as_deref() != Some("file"),
        az_config_dir,
        az_profile,
        azd_config_dir: env
            .get("AZD_CONFIG_DIR")
            .map(PathBuf::from)
            .or_else(|| home.map(|h| h.join(".azd"))),
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
fn default_format(env: &Env, az_config: &str, term: Terminal) -> Result<OutputFormat> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn resolve(argv: &[&str], env: &[(&str, &str)], tty: bool) -> Result<Context> {
        let mut full = vec!["standby"];
        full.extend_from_slice(argv);
        full.extend_from_slice(&["vm-pool", "status", "-g", "rg", "-n", "pool"]);
        let cli = crate::cli::Cli::try_parse_from(full).unwrap();
        let term = Terminal {
            stdout_is_tty: tty,
            width: tty.then_some(120),
        };
        Context::resolve(&cli.global, &Env::from_pairs(env), term)
    }

    #[test]
    fn format_defaults_follow_the_terminal() {
        assert_eq!(resolve(&[], &[], true).unwrap().render.format, Format::Table);
        assert_eq!(resolve(&[], &[], false).unwrap().render.format, Format::Json);
        assert_eq!(resolve(&["-o", "json"], &[], true).unwrap().render.format, Format::Json);
    }

    #[test]
    fn format_defaults_for_scripts() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config"), "[core]\noutput = yamlc\n").unwrap();
        let d = dir.path().to_str().unwrap();
        let fmt = |argv: &[&str], env: &[(&str, &str)], tty: bool| resolve(argv, env, tty).unwrap().render.format;
        assert_eq!(fmt(&[], &[("AZURE_CONFIG_DIR", d)], false), Format::Yamlc);
        assert_eq!(fmt(&[], &[("AZURE_CONFIG_DIR", d)], true), Format::Table);
        assert_eq!(
            fmt(&[], &[("AZURE_CONFIG_DIR", d), ("AZURE_CORE_OUTPUT", "tsv")], false),
            Format::Tsv
        );
        assert_eq!(
            fmt(&[], &[("AZURE_CONFIG_DIR", d), ("STANDBY_OUTPUT", "YAML")], false),
            Format::Yaml
        );
        assert_eq!(
            fmt(
                &["-o", "none"],
                &[("AZURE_CONFIG_DIR", d), ("STANDBY_OUTPUT", "yaml")],
                false
            ),
            Format::None
        );
        assert_eq!(fmt(&[], &[("AZURE_CORE_OUTPUT", "nonsense")], false), Format::Json);
        let err = resolve(&[], &[("STANDBY_OUTPUT", "xml")], false).err().unwrap();
        assert!(err.downcast_ref::<UsageError>().is_some());
    }

    #[test]
    fn a_bad_query_is_a_usage_error() {
        let err = resolve(&["--query", "a[?"], &[], false).err().unwrap();
        assert!(err.downcast_ref::<UsageError>().is_some());
        assert!(resolve(&["--query", "a[?b==`c`]"], &[], false).is_ok());
    }

    #[test]
    fn colour_policy() {
        assert!(resolve(&[], &[], true).unwrap().render.color);
        assert!(!resolve(&[], &[("NO_COLOR", "1")], true).unwrap().render.color);
        assert!(!resolve(&[], &[], false).unwrap().render.color);
        assert!(resolve(&[], &[("CLICOLOR_FORCE", "1")], false).unwrap().render.color);
        assert!(
            resolve(&["--color", "always"], &[("NO_COLOR", "1")], false)
                .unwrap()
                .render
                .color
        );
        assert!(!resolve(&["--color", "never"], &[], true).unwrap().render.color);
        assert!(!resolve(&[], &[("TERM", "dumb")], true).unwrap().render.color);
    }

    #[test]
    fn endpoint_and_cloud() {
        let ctx = resolve(&["--cloud", "AzureChinaCloud"], &[], false).unwrap();
        assert_eq!(
            ctx.arm.settings().endpoint.as_str(),
            "https://management.chinacloudapi.cn/"
        );
        assert_eq!(ctx.arm.settings().auth.authority_host, "https://login.chinacloudapi.cn");
        let ctx = resolve(&[], &[("STANDBY_ARM_ENDPOINT", "https://127.0.0.1:8443")], false).unwrap();
        assert_eq!(ctx.arm.settings().endpoint.as_str(), "https://127.0.0.1:8443/");
        assert!(resolve(&[], &[("STANDBY_ARM_ENDPOINT", "http://127.0.0.1:8080")], false).is_err());
    }

    #[test]
    fn az_config_picks_the_cloud_and_default_subscription() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config"), "[cloud]\nname = AzureUSGovernment\n").unwrap();
        std::fs::write(
            dir.path().join("azureProfile.json"),
            "\u{feff}{\"subscriptions\":[{\"id\":\"11111111-1111-1111-1111-111111111111\",\"name\":\"Prod\",\"isDefault\":true}]}",
        )
        .unwrap();
        let d = dir.path().to_str().unwrap();
        let ctx = resolve(&[], &[("AZURE_CONFIG_DIR", d)], false).unwrap();
        assert_eq!(
            ctx.arm.settings().endpoint.as_str(),
            "https://management.usgovcloudapi.net/"
        );
        assert_eq!(ctx.subscription().unwrap(), "11111111-1111-1111-1111-111111111111");
        let ctx = resolve(&["--subscription", "prod"], &[("AZURE_CONFIG_DIR", d)], false).unwrap();
        assert_eq!(ctx.subscription().unwrap(), "11111111-1111-1111-1111-111111111111");
        let ctx = resolve(
            &[],
            &[("AZURE_CONFIG_DIR", d), ("AZURE_SUBSCRIPTION_ID", "s-env")],
            false,
        )
        .unwrap();
        assert_eq!(ctx.subscription().unwrap(), "s-env");
        assert!(resolve(&["--subscription", "nope"], &[("AZURE_CONFIG_DIR", d)], false).is_err());
    }

    #[test]
    fn several_subscriptions_only_for_many() {
        let parse = |argv: &[&str]| {
            let mut full = vec!["standby"];
            full.extend_from_slice(argv);
            crate::cli::Cli::try_parse_from(full).unwrap()
        };
        let term = Terminal {
            stdout_is_tty: false,
            width: None,
        };
        let env = Env::from_pairs(&[("AZURE_SUBSCRIPTION_ID", "s-env")]);
        let cli = parse(&[
            "fleet",
            "status",
            "--subscription",
            "Prod",
            "--subscription",
            "Nowhere az knows",
        ]);
        let ctx = Context::resolve_for(&cli.global, &env, term, Reach::Many).unwrap();
        assert_eq!(ctx.subscriptions_given, ["Prod", "Nowhere az knows"]);
        assert_eq!(ctx.subscription().unwrap(), "s-env");
        let err = Context::resolve_for(&cli.global, &env, term, Reach::One).err().unwrap();
        assert!(err.downcast_ref::<UsageError>().is_some());
    }

    #[test]
    fn missing_subscription_is_a_usage_error() {
        let ctx = resolve(&[], &[("AZURE_CONFIG_DIR", "/nonexistent")], false).unwrap();
        let err = ctx.subscription().unwrap_err();
        assert!(err.downcast_ref::<UsageError>().is_some());
    }
}
