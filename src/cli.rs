//! What the user can type. clap derive only; meaning is resolved in `context`.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  standby vm-pool status -g my-rg -n my-pool
  standby vm-pool status --input examples/vmpool-status.json
  standby container-pool status -g my-rg -n my-cg-pool -o json
  standby vm instance-view -g my-rg -n my-vm
  standby vm-pool list -o json
  standby vm-pool status -g my-rg -n my-pool --query 'instanceCountSummary[].{zone:zone}' -o tsv

Exit codes: 0 success, 1 error, 2 usage, 3 resource not found, 130 interrupted.";

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

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az's `[core] output`, then json.
    #[arg(short, long, global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,

    /// JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}".
    #[arg(long, global = true, value_name = "JMESPATH")]
    pub query: Option<String>,

    /// Print errors only: no warnings on stderr.
    #[arg(long, global = true)]
    pub only_show_errors: bool,

    /// Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az's default subscription).
    #[arg(long, global = true, value_name = "ID_OR_NAME")]
    pub subscription: Option<String>,

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

    /// Seconds to wait for each request's answer.
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 30)]
    pub timeout: u64,

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
    /// Print the completion script for a shell (packagers: see README, "Shell completions").
    #[command(
        hide = true,
        after_help = "Examples:\n  standby completions bash > ~/.local/share/bash-completion/completions/standby\n  standby completions zsh > ~/.zfunc/_standby"
    )]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the man pages (one per command) into DIR.
    #[command(hide = true, after_help = "Examples:\n  standby man man/")]
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
    /// The pool's runtime view: instance counts per zone and state, health, forecast.
    #[command(
        after_help = "Examples:\n  standby vm-pool status -g my-rg -n my-pool\n  standby vm-pool status -g my-rg -n my-pool -o json\n  standby vm-pool status --ids /subscriptions/…/standbyVirtualMachinePools/my-pool"
    )]
    Status(TargetArgs),
    /// The pool resource: capacity, state, attached scale set or container profile.
    #[command(after_help = "Examples:\n  standby vm-pool show -g my-rg -n my-pool")]
    Show(TargetArgs),
    /// Pools in a resource group, or in the whole subscription.
    #[command(after_help = "Examples:\n  standby vm-pool list -g my-rg\n  standby vm-pool list -o json")]
    List(ListArgs),
}

#[derive(Debug, Subcommand)]
pub enum ContainerPoolCommand {
    /// The pool's runtime view: instance counts per zone and state, health, forecast.
    #[command(
        after_help = "Examples:\n  standby container-pool status -g my-rg -n my-cg-pool\n  standby container-pool status -g my-rg -n my-cg-pool -o json\n  standby container-pool status --ids /subscriptions/…/standbyContainerGroupPools/my-cg-pool"
    )]
    Status(TargetArgs),
    /// The pool resource: capacity, state, attached scale set or container profile.
    #[command(after_help = "Examples:\n  standby container-pool show -g my-rg -n my-cg-pool")]
    Show(TargetArgs),
    /// Pools in a resource group, or in the whole subscription.
    #[command(after_help = "Examples:\n  standby container-pool list -g my-rg\n  standby container-pool list -o json")]
    List(ListArgs),
}

#[derive(Debug, Subcommand)]
pub enum VmCommand {
    /// A VM's instance view: provisioning and power state, and whether it is still in a standby pool.
    #[command(
        name = "instance-view",
        after_help = "Examples:\n  standby vm instance-view -g my-rg -n my-vm"
    )]
    InstanceView(TargetArgs),
}

#[derive(Debug, Subcommand)]
pub enum VmssCommand {
    /// A scale set's instance view: status summaries of its VMs and extensions.
    #[command(
        name = "instance-view",
        after_help = "Examples:\n  standby vmss instance-view -g my-rg -n my-scale-set"
    )]
    InstanceView(TargetArgs),
}

#[derive(Debug, Subcommand)]
pub enum ContainerCommand {
    /// A container group: state, containers, addresses.
    #[command(after_help = "Examples:\n  standby container show -g my-rg -n my-container-group")]
    Show(TargetArgs),
}

/// Which resource(s): by group and name, by full ids, or a saved response body.
#[derive(Debug, Args)]
pub struct TargetArgs {
    /// Resource group name.
    #[arg(short = 'g', long = "resource-group", value_name = "NAME")]
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
    #[arg(short = 'g', long = "resource-group", value_name = "NAME")]
    pub resource_group: Option<String>,

    /// Render a saved ARM list body (`-` for stdin) instead of calling Azure.
    #[arg(long, value_name = "FILE", conflicts_with = "resource_group")]
    pub input: Option<PathBuf>,
}
