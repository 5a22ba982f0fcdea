//! What the user can type. clap derive only; meaning is resolved in `context`.

use clap::{Args, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

mod events;
mod help;
mod live;
mod resources;
mod serve;
mod target;

pub use events::EventsArgs;
pub use help::{command, globals_block, globals_help};
pub use live::{WaitArgs, WatchArgs, parse_duration, parse_interval};
pub use resources::{
    ContainerCommand, ContainerPoolCommand, MemberState, MembersArgs, VmCommand, VmPoolCommand, VmssCommand,
};
pub use serve::{ExporterArgs, FleetArgs, FleetCommand, KindFilter, LogFormat};
pub use target::{ListArgs, PoolArgs, StatusArgs, TargetArgs};

const AFTER_HELP: &str = "\
Examples:
  standby vm-pool status -g my-rg -n my-pool
  standby vm-pool watch -g my-rg -n my-pool
  standby fleet status
  standby --demo fleet status

standby COMMAND -h: its options and examples; --help: all of them, then the global options.";

const AFTER_LONG_HELP: &str = "\
Examples:
  standby vm-pool status -g my-rg -n my-pool
  standby --demo fleet status
  standby container-pool status -g my-rg -n my-cg-pool -o json
  standby vm instance-view -g my-rg -n my-vm
  standby vm-pool list -o json
  standby vm-pool status -g my-rg -n my-pool -o tsv \\
    --query 'instanceCountSummary[].{zone:zone}'
  standby vm-pool watch -g my-rg -n my-pool
  standby vm-pool wait -g my-rg -n my-pool --ready-percent 80 --timeout 15m
  standby fleet status

standby COMMAND -h: its options and examples; --help: all of them, then the global options.";

#[derive(Debug, Parser)]
#[command(
    name = "standby",
    version,
    about = "Status of Azure standby pools, fast: per-zone instance states, VM and scale-set instance views",
    after_help = AFTER_HELP,
    after_long_help = AFTER_LONG_HELP,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// Parses the command line. `wait` has a `--timeout` of its own (the deadline) that
    /// shadows the global one; clap allows that only when both share an id, and then
    /// copies the value typed into both. So the value is taken back from the global
    /// flag here: on `wait`, each request keeps the usual limit.
    pub fn parse_args() -> Cli {
        let mut matches = command().get_matches();
        if matches.subcommand_name() == Some(help::GLOBALS) {
            // Typed as a command rather than as `standby help globals`: the same page.
            let _ = crate::term::print(&globals_help());
            std::process::exit(0);
        }
        Cli::from_arg_matches_mut(&mut matches)
            .unwrap_or_else(|e| e.format(&mut command()).exit())
            .settled()
    }

    pub fn settled(mut self) -> Cli {
        if let Command::VmPool(VmPoolCommand::Wait(_)) | Command::ContainerPool(ContainerPoolCommand::Wait(_)) =
            &self.command
        {
            self.global.timeout = None;
        }
        self
    }
}

/// Options every command takes, before or after the subcommand. Hidden from every
/// command's help: `--help` ends with them one line each (help.rs), and `standby help
/// globals` and the man page give them in full. The first paragraph of each is that line.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Output: json, jsonc, yaml, yamlc, tsv, table or none.
    ///
    /// Default: table on a terminal; otherwise STANDBY_OUTPUT, then az's `[core] output`, then json.
    #[arg(
        short,
        long,
        global = true,
        value_enum,
        value_name = "FORMAT",
        hide_short_help = true,
        hide_long_help = true
    )]
    pub output: Option<OutputFormat>,

    /// JMESPath query on the JSON that `-o json` prints.
    ///
    /// Each command's examples show one.
    #[arg(
        long,
        global = true,
        value_name = "JMESPATH",
        hide_short_help = true,
        hide_long_help = true
    )]
    pub query: Option<String>,

    /// Print errors only: no warnings on stderr.
    #[arg(long, global = true, hide_short_help = true, hide_long_help = true)]
    pub only_show_errors: bool,

    /// Subscription id or name.
    ///
    /// Default: AZURE_SUBSCRIPTION_ID, then az's default subscription. `fleet` takes several,
    /// and without any reads every subscription you can see.
    #[arg(long, global = true, value_name = "ID_OR_NAME", action = clap::ArgAction::Append,
          hide_short_help = true, hide_long_help = true)]
    pub subscription: Vec<String>,

    /// Token source: auto, token, service-principal, workload-identity, managed-identity,
    /// cli or azd.
    ///
    /// How to get a token for Azure Resource Manager.
    #[arg(long, global = true, value_enum, default_value_t = AuthArg::Auto,
          hide_short_help = true, hide_long_help = true)]
    pub auth: AuthArg,

    /// Neither read nor keep cached tokens.
    ///
    /// As STANDBY_TOKEN_CACHE=0 does.
    #[arg(long, global = true, hide_short_help = true, hide_long_help = true)]
    pub no_token_cache: bool,

    /// Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az's
    /// active cloud, else AzureCloud).
    ///
    /// STANDBY_ARM_ENDPOINT overrides it.
    #[arg(long, global = true, value_enum, hide_short_help = true, hide_long_help = true)]
    pub cloud: Option<CloudArg>,

    /// When to colour the output: auto, always or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, hide_short_help = true, hide_long_help = true)]
    pub color: ColorArg,

    /// Use this api-version instead of the pinned one.
    #[arg(
        long,
        global = true,
        value_name = "YYYY-MM-DD[-preview]",
        hide_short_help = true,
        hide_long_help = true
    )]
    pub api_version: Option<String>,

    /// Seconds to wait for each request's answer (default 30); on `wait`, the deadline.
    ///
    /// On `wait` it is the overall deadline instead: see `standby vm-pool wait --help`.
    // No clap default: `wait` shadows this flag with its own (see `Cli::parse_args`), and
    // clap would copy a default from here into it.
    #[arg(long, global = true, value_name = "SECONDS", value_parser = parse_duration,
          hide_short_help = true, hide_long_help = true)]
    pub timeout: Option<Duration>,

    /// Most requests in flight at once.
    ///
    /// When a command reads several resources.
    #[arg(long, global = true, value_name = "N", default_value_t = crate::arm::each::DEFAULT_CONCURRENCY,
          value_parser = clap::builder::TypedValueParser::map(clap::value_parser!(u16).range(1..=256), usize::from),
          hide_short_help = true, hide_long_help = true)]
    pub concurrency: usize,

    /// Longest total wait between retries, in seconds.
    ///
    /// Retries of throttled or failed requests.
    #[arg(
        long,
        global = true,
        value_name = "SECONDS",
        default_value_t = 60,
        hide_short_help = true,
        hide_long_help = true
    )]
    pub max_retry_wait: u64,

    /// Print requests' status, timing and ids on stderr.
    ///
    /// The requests and responses' status, timing and request ids; tokens are redacted.
    #[arg(long, global = true, hide_short_help = true, hide_long_help = true)]
    pub debug: bool,

    /// Print progress on stderr.
    #[arg(long, global = true, hide_short_help = true, hide_long_help = true)]
    pub verbose: bool,

    /// Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1).
    ///
    /// Subscriptions 'Contoso Prod' (the default) and 'Contoso Dev'; pools web-rg/web-pool,
    /// batch-rg/batch-pool, jobs-rg/jobs-pool, dev-rg/dev-pool and dev-rg/ci-pool.
    #[arg(long, global = true, hide_short_help = true, hide_long_help = true)]
    pub demo: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// az's JSON: properties flattened, resourceGroup added, keys sorted.
    Json,
    /// The same JSON, coloured on a terminal.
    Jsonc,
    /// YAML in block style, keys sorted, as az prints it.
    Yaml,
    /// The same YAML, coloured on a terminal.
    Yamlc,
    /// Tab-separated values of the top-level fields (sorted by key), one line per item.
    Tsv,
    /// Human-readable tables, coloured on a terminal; with --query, az's table of the query's columns.
    Table,
    /// Nothing on stdout: for commands run only for their exit code.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuthArg {
    /// Try each source in turn: token, service principal, workload identity, managed identity, az, azd.
    Auto,
    /// The bearer token in STANDBY_ACCESS_TOKEN, used as is.
    Token,
    /// AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET.
    ServicePrincipal,
    /// AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID.
    WorkloadIdentity,
    /// The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one).
    ManagedIdentity,
    /// The Azure CLI's login (`az login`).
    Cli,
    /// The Azure Developer CLI's login (`azd auth login`).
    Azd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CloudArg {
    #[value(name = "AzureCloud")]
    Public,
    #[value(name = "AzureChinaCloud")]
    China,
    #[value(name = "AzureUSGovernment")]
    UsGovernment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when stdout is a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

const EXPORTER_HELP: &str = "\
Endpoints: GET /metrics (Prometheus text 0.0.4, or OpenMetrics 1.0 when asked for), GET \
/healthz (200 while the process runs), GET /readyz (200 once a discovery and a refresh have \
succeeded; 503 with the reason until then).

Metrics: standby_pool_* for each pool (ready_instances, target_instances, instances by zone \
and state, healthy, capacities, forecast) and standby_exporter_* about the exporter itself. \
The README's \"Prometheus exporter\" section lists each one.

Access: the identity needs Reader on the subscriptions or resource groups it reads (Reader \
includes the Resource Graph reads that discover pools). It signs in as every command does \
(--auth): on Azure, a managed identity (AZURE_CLIENT_ID picks a user-assigned one); \
elsewhere, a service principal or workload identity from the environment, or az's login.

Examples:
  standby exporter
  standby exporter --demo
  standby exporter --subscription Prod -g my-rg --kind vm
  standby exporter \\
    --ids \"$(standby vm-pool show -g my-rg -n my-pool --query id -o tsv)\"
  standby exporter --listen 0.0.0.0:9775 --refresh 30 --log-format json";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Standby pools for virtual machine scale sets.
    #[command(
        subcommand,
        name = "vm-pool",
        after_help = "Examples:\n  standby vm-pool status -g my-rg -n my-pool\n  standby vm-pool show -g my-rg -n my-pool\n  standby vm-pool list -g my-rg\n  standby vm-pool members -g my-rg -n my-pool --state serving"
    )]
    VmPool(VmPoolCommand),
    /// Standby pools for container groups.
    #[command(
        subcommand,
        name = "container-pool",
        after_help = "Examples:\n  standby container-pool status -g my-rg -n my-cg-pool\n  standby container-pool show -g my-rg -n my-cg-pool\n  standby container-pool list -o json"
    )]
    ContainerPool(ContainerPoolCommand),
    /// Virtual machines.
    #[command(subcommand, after_help = "Examples:\n  standby vm instance-view -g my-rg -n my-vm")]
    Vm(VmCommand),
    /// Virtual machine scale sets.
    #[command(
        subcommand,
        after_help = "Examples:\n  standby vmss instance-view -g my-rg -n my-scale-set"
    )]
    Vmss(VmssCommand),
    /// Container groups.
    #[command(
        subcommand,
        after_help = "Examples:\n  standby container show -g my-rg -n my-container-group"
    )]
    Container(ContainerCommand),
    /// The credential in use and the token cache: which credential, whether a token is kept, clearing it.
    #[command(
        subcommand,
        after_help = "Examples:\n  standby auth status\n  standby auth status -o json\n  standby auth clear"
    )]
    Auth(AuthCommand),
    /// Every standby pool you can see, at once: which are not ready, or not healthy.
    #[command(
        subcommand,
        after_help = "Examples:\n  standby fleet status\n  standby fleet status --subscription Prod --subscription Staging --kind vm\n  standby fleet status -o json --query '[?ready < target].name'"
    )]
    Fleet(FleetCommand),
    /// Serve standby pool metrics for Prometheus, refreshed in the background.
    #[command(
after_help = "Examples:\n  standby exporter\n  standby exporter --subscription Prod -g my-rg --kind vm\n  standby exporter --listen 0.0.0.0:9775 --refresh 30 --log-format json",
        after_long_help = EXPORTER_HELP
    )]
    Exporter(ExporterArgs),
    /// Other commands: print the completion script for a shell (see README, "Shell completions").
    #[command(
        after_help = "Examples:\n  standby completions bash > ~/.local/share/bash-completion/completions/standby\n  standby completions zsh > ~/.zfunc/_standby"
    )]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Other commands: write the man pages (one per command) into DIR.
    #[command(after_help = "Examples:\n  standby man ~/.local/share/man/man1")]
    Man {
        /// Directory to write the pages into; created if missing.
        #[arg(value_hint = clap::ValueHint::DirPath)]
        dir: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential).
    #[command(after_help = "Examples:\n  standby auth status\n  standby auth status --auth cli -o json")]
    Status,
    /// Delete the access tokens this tool cached (never az's, azd's or another tool's files).
    #[command(after_help = "Examples:\n  standby auth clear")]
    Clear,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("standby").chain(args.iter().copied())).map(Cli::settled)
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("10m"), Ok(Duration::from_secs(600)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_duration("0.5s"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("0"), Ok(Duration::ZERO));
        for bad in ["", "m", "10x", "-1", "ten", "1e99", "inf", "10 m s"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
        assert!(parse_interval("0").is_err());
        assert!(parse_interval("0.05").is_err());
        assert_eq!(parse_interval("0.2"), Ok(Duration::from_millis(200)));
    }

    #[test]
    fn wait_has_its_own_timeout_and_the_others_keep_theirs() {
        let wait = |cli: &Cli| match &cli.command {
            Command::VmPool(VmPoolCommand::Wait(w)) => w.timeout,
            _ => panic!("not wait"),
        };
        let cli = parse(&[
            "vm-pool",
            "wait",
            "-g",
            "rg",
            "-n",
            "p",
            "--ready",
            "1",
            "--timeout",
            "10m",
        ])
        .unwrap();
        assert_eq!(wait(&cli), Some(Duration::from_secs(600)));
        assert_eq!(cli.global.timeout, None);
        let cli = parse(&["vm-pool", "wait", "-g", "rg", "-n", "p", "--healthy"]).unwrap();
        assert_eq!((wait(&cli), cli.global.timeout), (None, None));
        let cli = parse(&["vm-pool", "status", "-g", "rg", "-n", "p", "--timeout", "5"]).unwrap();
        assert_eq!(cli.global.timeout, Some(Duration::from_secs(5)));
        let cli = parse(&["--timeout", "5", "vm-pool", "status", "-g", "rg", "-n", "p"]).unwrap();
        assert_eq!(cli.global.timeout, Some(Duration::from_secs(5)));
        // No condition: a usage error before anything is sent.
        assert!(parse(&["vm-pool", "wait", "-g", "rg", "-n", "p"]).is_err());
        assert!(parse(&["vm-pool", "wait", "-g", "rg", "-n", "p", "--zone", "1", "--healthy"]).is_err());
        assert!(parse(&["vm-pool", "wait", "-g", "rg", "-n", "p", "--healthy", "--interval", "0"]).is_err());
        assert!(
            parse(&[
                "vm-pool",
                "wait",
                "-g",
                "rg",
                "-n",
                "p",
                "--healthy",
                "--timeout",
                "soon"
            ])
            .is_err()
        );
    }
}
