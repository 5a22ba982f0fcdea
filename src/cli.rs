//! What the user can type. clap derive only; meaning is resolved in `context`.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

const AFTER_HELP: &str = "\
Examples:
  standby vm-pool status -g my-rg -n my-pool
  standby vm-pool status --input examples/vmpool-status.json
  standby container-pool status -g my-rg -n my-cg-pool -o json
  standby vm instance-view -g my-rg -n my-vm
  standby vm-pool list -o json
  standby vm-pool status -g my-rg -n my-pool --query 'instanceCountSummary[].{zone:zone}' -o tsv
  standby vm-pool watch -g my-rg -n my-pool
  standby vm-pool wait -g my-rg -n my-pool --ready-percent 80 --timeout 15m

Each command's --help lists its own options first, then these global options.

Exit codes: 0 success; 1 error (the service, credentials, the network, or an --input file
that is missing or not JSON); 2 wrong command line (a flag, name, id or --query);
3 resource not found; 4 timed out (wait); 130 interrupted (Ctrl-C).";

#[derive(Debug, Parser)]
#[command(
    name = "standby",
    version,
    about = "Status of Azure standby pools, fast: per-zone instance states, VM and scale-set instance views",
    after_help = AFTER_HELP,
    propagate_version = true,
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
        Cli::parse().settled()
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

/// Options every command takes, before or after the subcommand; `--help` shows them after
/// the command's own.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az's `[core] output`, then json.
    #[arg(short, long, global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,

    /// JMESPath query applied to the JSON that `-o json` prints (see each command's examples).
    #[arg(long, global = true, value_name = "JMESPATH")]
    pub query: Option<String>,

    /// Print errors only: no warnings on stderr.
    #[arg(long, global = true)]
    pub only_show_errors: bool,

    /// Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az's default subscription).
    /// `fleet` takes several, and without any reads every subscription you can see.
    #[arg(long, global = true, value_name = "ID_OR_NAME", action = clap::ArgAction::Append)]
    pub subscription: Vec<String>,

    /// How to get a token for Azure Resource Manager.
    #[arg(long, global = true, value_enum, default_value_t = AuthArg::Auto)]
    pub auth: AuthArg,

    /// Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does).
    #[arg(long, global = true)]
    pub no_token_cache: bool,

    /// Azure cloud (default: az's active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it.
    #[arg(long, global = true, value_enum)]
    pub cloud: Option<CloudArg>,

    /// When to colour the output.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,

    /// Use this api-version for the request instead of the pinned one.
    #[arg(long, global = true, value_name = "YYYY-MM-DD[-preview]")]
    pub api_version: Option<String>,

    /// Seconds to wait for each request's answer (default 30). On `wait` it is the overall
    /// deadline instead: see `standby vm-pool wait --help`.
    // No clap default: `wait` shadows this flag with its own (see `Cli::parse_args`), and
    // clap would copy a default from here into it.
    #[arg(long, global = true, value_name = "SECONDS", value_parser = parse_duration)]
    pub timeout: Option<Duration>,

    /// Most requests in flight at once when a command reads several resources.
    #[arg(long, global = true, value_name = "N", default_value_t = crate::arm::each::DEFAULT_CONCURRENCY,
          value_parser = clap::builder::TypedValueParser::map(clap::value_parser!(u16).range(1..=256), usize::from))]
    pub concurrency: usize,

    /// Longest total wait between retries of throttled or failed requests, in seconds.
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 60)]
    pub max_retry_wait: u64,

    /// Print the requests and responses' status, timing and request ids on stderr (tokens redacted).
    #[arg(long, global = true)]
    pub debug: bool,

    /// Print progress on stderr.
    #[arg(long, global = true)]
    pub verbose: bool,
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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Standby pools for virtual machine scale sets.
    #[command(
        subcommand,
        name = "vm-pool",
        after_help = "Examples:\n  standby vm-pool status -g my-rg -n my-pool\n  standby vm-pool show -g my-rg -n my-pool\n  standby vm-pool list -g my-rg"
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
        after_help = "Examples:\n  standby exporter --ids /subscriptions/…/standbyVirtualMachinePools/my-pool\n  standby exporter --listen 0.0.0.0:9775 --refresh 30 --log-format json\n\nEndpoints: GET /metrics (Prometheus text 0.0.4, or OpenMetrics 1.0 when asked for), GET /healthz."
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

#[derive(Debug, Subcommand)]
pub enum VmPoolCommand {
    /// The pool's runtime view: instance counts per zone and state, health, ready against target, forecast.
    #[command(
        override_usage = "standby vm-pool status (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby vm-pool status -g my-rg -n my-pool\n  standby vm-pool status -g my-rg -n my-pool -o json\n  standby vm-pool status --ids \"$(standby vm-pool show -g my-rg -n my-pool --query id -o tsv)\"\n  standby vm-pool status --input examples/vmpool-status.json -o table\n  standby vm-pool status -g my-rg -n my-pool -o tsv --query \"sum(instanceCountSummary[].instanceCountsByState[].count)\""
    )]
    Status(TargetArgs),
    /// The pool resource: VM state, ready capacity, attached scale set.
    #[command(
        override_usage = "standby vm-pool show (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby vm-pool show -g my-rg -n my-pool\n  standby vm-pool show --input examples/vmpool.json -o table"
    )]
    Show(TargetArgs),
    /// Pools in a resource group, or in the whole subscription.
    #[command(
        override_usage = "standby vm-pool list [-g RG | --input FILE] [OPTIONS]",
        after_help = "Examples:\n  standby vm-pool list -g my-rg\n  standby vm-pool list -o json\n  standby vm-pool list --input examples/vmpool-list.json -o table"
    )]
    List(ListArgs),
    /// Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise.
    #[command(after_help = WATCH_HELP)]
    Watch(WatchArgs),
    /// Wait until the pool is ready (exit 0), or until --timeout (exit 4).
    #[command(after_help = WAIT_HELP)]
    Wait(WaitArgs),
}

#[derive(Debug, Subcommand)]
pub enum ContainerPoolCommand {
    /// The pool's runtime view: instance counts per zone and state, health, ready against target, forecast.
    #[command(
        override_usage = "standby container-pool status (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby container-pool status -g my-rg -n my-cg-pool\n  standby container-pool status -g my-rg -n my-cg-pool -o json\n  standby container-pool status --ids \"$(standby container-pool show -g my-rg -n my-cg-pool --query id -o tsv)\"\n  standby container-pool status --input examples/cgpool-status.json -o table"
    )]
    Status(TargetArgs),
    /// The pool resource: ready capacity, container group profile, zones.
    #[command(
        override_usage = "standby container-pool show (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby container-pool show -g my-rg -n my-cg-pool\n  standby container-pool show --input examples/cgpool.json -o table"
    )]
    Show(TargetArgs),
    /// Pools in a resource group, or in the whole subscription.
    #[command(
        override_usage = "standby container-pool list [-g RG | --input FILE] [OPTIONS]",
        after_help = "Examples:\n  standby container-pool list -g my-rg\n  standby container-pool list -o json\n  standby container-pool list --input examples/cgpool-list.json -o table"
    )]
    List(ListArgs),
    /// Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise.
    #[command(after_help = WATCH_HELP)]
    Watch(WatchArgs),
    /// Wait until the pool is ready (exit 0), or until --timeout (exit 4).
    #[command(after_help = WAIT_HELP)]
    Wait(WaitArgs),
}

#[derive(Debug, Subcommand)]
pub enum FleetCommand {
    /// One row per pool: ready against target, instances in transition, health; pools
    /// that need attention first. Exits 1 when a pool's runtime view could not be read.
    #[command(
        after_help = "Examples:\n  standby fleet status\n  standby fleet status -g my-rg --kind container\n  standby fleet status -o json --query '[?ready < target].name'"
    )]
    Status(FleetArgs),
}

/// Which pools a fleet command covers.
#[derive(Debug, Args)]
pub struct FleetArgs {
    /// Only pools in this resource group: in the subscriptions given with --subscription,
    /// else in the default subscription.
    #[arg(short = 'g', long = "resource-group", value_name = "NAME")]
    pub resource_group: Option<String>,

    /// Which pool type.
    #[arg(long, value_enum, default_value_t = FleetKind::All)]
    pub kind: FleetKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FleetKind {
    /// Standby VM pools.
    Vm,
    /// Standby container group pools.
    Container,
    /// Both.
    All,
}

#[derive(Debug, Subcommand)]
pub enum VmCommand {
    /// A VM's instance view: provisioning and power state, and whether it is still in a standby pool.
    #[command(
        name = "instance-view",
        override_usage = "standby vm instance-view (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby vm instance-view -g my-rg -n my-vm\n  standby vm instance-view --input examples/vm-instance-view.json -o table\n  standby vm instance-view -g my-rg -n my-vm -o tsv --query \"instanceView.isVMInStandbyPool\""
    )]
    InstanceView(TargetArgs),
}

#[derive(Debug, Subcommand)]
pub enum VmssCommand {
    /// A scale set's instance view: status summaries of its VMs and extensions.
    #[command(
        name = "instance-view",
        override_usage = "standby vmss instance-view (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby vmss instance-view -g my-rg -n my-scale-set\n  standby vmss instance-view --input examples/vmss-instance-view-large.json -o table"
    )]
    InstanceView(TargetArgs),
}

#[derive(Debug, Subcommand)]
pub enum ContainerCommand {
    /// A container group: state, images, address, and whether it came from a standby pool.
    #[command(
        override_usage = "standby container show (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby container show -g my-rg -n my-container-group\n  standby container show --input examples/container-group.json -o table"
    )]
    Show(TargetArgs),
}

/// Which resource(s): by group and name, by full ids, or a saved response body.
#[derive(Debug, Args)]
pub struct TargetArgs {
    /// Resource group name.
    #[arg(short = 'g', long = "resource-group", value_name = "RG")]
    pub resource_group: Option<String>,

    /// Resource name.
    #[arg(short, long, value_name = "NAME")]
    pub name: Option<String>,

    /// One or more full resource ids (instead of -g/-n); several give a JSON array.
    #[arg(long, num_args = 1.., value_name = "ID", conflicts_with_all = ["resource_group", "name", "input"])]
    pub ids: Vec<String>,

    /// Render a saved ARM response body (`-` for stdin) instead of calling Azure.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["resource_group", "name"])]
    pub input: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Resource group name (default: the whole subscription).
    #[arg(short = 'g', long = "resource-group", value_name = "RG")]
    pub resource_group: Option<String>,

    /// Render a saved ARM list body (`-` for stdin) instead of calling Azure.
    #[arg(long, value_name = "FILE", conflicts_with = "resource_group")]
    pub input: Option<PathBuf>,
}

const WATCH_HELP: &str = "\
At a terminal: the status table redrawn in place, what changed in each cell, ready against
the pool's target, sparklines of ready and of the forecast. q or Ctrl-C quits (exit 0).
Off a terminal, or with -o json: one JSON object per line for each poll whose view changed
(the first always): what `status -o json` prints, plus observedAt. --query applies to each.
Ctrl-C ends it with 130. A pool that disappears ends it with exit 3.

Examples:
  standby vm-pool watch -g my-rg -n my-pool
  standby vm-pool watch -g my-rg -n my-pool --interval 30 -o json | jq -c '.instanceCountSummary'";

const WAIT_HELP: &str = "\
Every condition given must hold. Ready instances are those in the state the pool keeps its
members in (virtualMachineState; Mix: any of Running, Deallocated, Hibernated; container
pools: Running). Prints the final status (-o none: nothing) and exits 0 as soon as the
conditions hold; after --timeout prints the last status seen and exits 4. A missing pool
exits 3 at once, a denied one 1; throttling and network failures are retried.

Examples:
  standby vm-pool wait -g my-rg -n my-pool --ready 8
  standby vm-pool wait -g my-rg -n my-pool --ready-percent 80 --healthy --timeout 15m -o none
  standby container-pool wait -g my-rg -n my-cg-pool --ready 2 --zone 1 --interval 30";

/// One pool, by group and name or by id.
#[derive(Debug, Args)]
pub struct PoolArgs {
    /// Resource group name.
    #[arg(short = 'g', long = "resource-group", value_name = "NAME")]
    pub resource_group: Option<String>,

    /// Pool name.
    #[arg(short, long, value_name = "NAME")]
    pub name: Option<String>,

    /// The pool's full resource id (or its runtime view's), instead of -g/-n.
    #[arg(long, value_name = "ID", conflicts_with_all = ["resource_group", "name"])]
    pub ids: Option<String>,
}

impl PoolArgs {
    /// The same target as `status` takes it.
    pub fn target(&self) -> TargetArgs {
        TargetArgs {
            resource_group: self.resource_group.clone(),
            name: self.name.clone(),
            ids: self.ids.iter().cloned().collect(),
            input: None,
        }
    }
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub pool: PoolArgs,

    /// Seconds between polls; fractions allowed (at least 0.1).
    #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = parse_interval)]
    pub interval: Duration,

    /// Stop after N polls (failed ones included); default: until interrupted.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("condition").required(true).multiple(true).args(["ready", "ready_percent", "healthy"]))]
pub struct WaitArgs {
    #[command(flatten)]
    pub pool: PoolArgs,

    /// At least N ready instances (in --zone, if given).
    #[arg(long, value_name = "N")]
    pub ready: Option<u64>,

    /// At least P percent of maxReadyCapacity ready, rounded up.
    #[arg(long, value_name = "P", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub ready_percent: Option<u8>,

    /// The runtime view's health is healthy and its provisioning state Succeeded.
    #[arg(long)]
    pub healthy: bool,

    /// Count --ready in this zone only.
    #[arg(long, value_name = "ZONE", requires = "ready")]
    pub zone: Option<String>,

    /// Seconds between polls; fractions allowed (at least 0.1).
    #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = parse_interval)]
    pub interval: Duration,

    /// The overall deadline (default 10m): seconds, or 90s, 10m, 1h; 0 checks once. Here,
    /// unlike on other commands, --timeout is not per request: each request gets the usual
    /// 30 s or the time left, whichever is less.
    // Shares the global flag's id so that clap lets it shadow that flag.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<Duration>,
}

/// `--interval`: decimal seconds, at least 0.1 (ARM's read budget is the real limit).
pub fn parse_interval(text: &str) -> Result<Duration, String> {
    let secs: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("'{text}' is not a number of seconds"))?;
    if !secs.is_finite() || secs < 0.1 {
        return Err(format!("'{text}': the interval must be at least 0.1 seconds"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// A duration: seconds (`90`, `1.5`), or a number with a unit: `90s`, `10m`, `1h`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let (number, scale) = match t.char_indices().last() {
        Some((i, 's')) => (&t[..i], 1.0),
        Some((i, 'm')) => (&t[..i], 60.0),
        Some((i, 'h')) => (&t[..i], 3600.0),
        _ => (t, 1.0),
    };
    let bad = || format!("'{text}' is not a duration: use seconds, or a number with s, m or h (90s, 10m, 1h)");
    let n: f64 = number.trim().parse().map_err(|_| bad())?;
    if !n.is_finite() || n < 0.0 || n * scale > 1e9 || number.trim().starts_with(['+', '-']) {
        return Err(bad());
    }
    Ok(Duration::from_secs_f64(n * scale))
}

/// How the exporter reads pools and serves what it read.
#[derive(Debug, Args)]
pub struct ExporterArgs {
    /// Pool ids to export (VM or container group pools), instead of discovering them.
    #[arg(long, num_args = 1.., value_name = "ID")]
    pub ids: Vec<String>,

    /// Address to serve on. The default is loopback: expose it on purpose.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:9775")]
    pub listen: std::net::SocketAddr,

    /// Seconds between reads of the pools' runtime views (fractions allowed, at least 0.1).
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0, value_parser = at_least_a_tenth)]
    pub refresh: f64,

    /// Seconds between reads of the pools themselves (their targets; which pools exist).
    #[arg(long, value_name = "SECONDS", default_value_t = 300,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub discover: u64,

    /// How events are logged on stderr: one line each.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// `key=value` pairs, for people and journald.
    Text,
    /// One JSON object per line, for log pipelines.
    Json,
}

fn at_least_a_tenth(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if (0.1..=86_400.0).contains(&s) => Ok(s),
        _ => Err(format!("'{text}' is not a number of seconds from 0.1 to 86400")),
    }
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
