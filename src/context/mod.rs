//! Resolves the environment once: subscription, cloud and endpoint, credential
//! settings, output format, colour and width. Nothing below this reads environment
//! variables or asks whether stdout is a terminal.

use anyhow::Result;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use crate::arm::auth::token_cache::CacheSettings;
use crate::arm::{ArmClient, ArmSettings, Audience, Connection};
use crate::cli::GlobalArgs;
use crate::exit::UsageError;
use crate::log;

mod settings;
mod subscription;
use crate::render;

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
    /// The Log Analytics query API, for the pools' resource logs: its own endpoint and
    /// token audience, the same credential chain and token cache.
    logs: Connection,
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
        set_logging(args);
        let az = AzFiles::read(env);
        let render = settings::render(args, env, &az.config, term)?;
        let cloud = settings::cloud(args, &az.config);
        let demo = demo_on(args, env);
        let endpoint = settings::endpoint(demo, env, cloud)?;
        let subscriptions_given: Vec<String> = args.subscription.iter().map(|s| s.trim().to_string()).collect();
        let chosen = subscription::choose(reach, &subscriptions_given, env, demo, &az.profile)?;
        let logs_endpoint = settings::logs_endpoint(demo, env, cloud)?;
        let cache = token_cache(args, env, az.dir, az.profile);
        let auth = |cache| settings::auth(args, env, cloud, cache);
        let logs = (logs_endpoint, Audience::LogAnalytics);
        let logs = settings::client(args, env, logs, cloud, auth(cache.clone()), demo);
        let arm = settings::arm(args, env, endpoint, cloud, auth(cache), demo);
        Ok(Context {
            logs: Connection::new(logs),
            subscriptions_given,
            render,
            terminal: term,
            api_version: args.api_version.clone(),
            subscription: chosen.id,
            subscription_source: chosen.source,
            arm: Connection::new(arm),
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

    /// The Log Analytics query API's client, connected on first use.
    pub fn logs_client(&self) -> Result<&ArmClient> {
        Ok(self.logs.client()?)
    }
}

fn set_logging(args: &GlobalArgs) {
    log::set_level(if args.debug {
        log::Level::Debug
    } else if args.verbose {
        log::Level::Verbose
    } else {
        log::Level::Quiet
    });
    log::set_warnings(!args.only_show_errors);
}

/// What az keeps in its config directory that we read: its config and its profile.
struct AzFiles {
    dir: Option<PathBuf>,
    config: String,
    profile: String,
}

impl AzFiles {
    fn read(env: &Env) -> AzFiles {
        let dir = env.get("AZURE_CONFIG_DIR").map(PathBuf::from).or_else(|| {
            env.get("HOME")
                .or(env.get("USERPROFILE"))
                .map(|h| PathBuf::from(h).join(".azure"))
        });
        let read = |name: &str| {
            dir.as_ref()
                .and_then(|d| std::fs::read_to_string(d.join(name)).ok())
                .unwrap_or_default()
        };
        AzFiles {
            config: read("config"),
            profile: read("azureProfile.json"),
            dir,
        }
    }
}

/// `--demo`, or STANDBY_DEMO set to anything but a no; said on stderr when on.
fn demo_on(args: &GlobalArgs, env: &Env) -> bool {
    let demo = args.demo
        || env
            .get("STANDBY_DEMO")
            .is_some_and(|v| !matches!(v.to_ascii_lowercase().as_str(), "0" | "false" | "no" | "off"));
    if demo {
        log::warn(format_args!(
            "demo: a simulated Azure answers inside this process; no login is used and no request leaves it"
        ));
    }
    demo
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Format;
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
