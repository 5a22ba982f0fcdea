//! The commands that cover many pools: `fleet status` and the exporter.

use clap::{Args, Subcommand, ValueEnum};

use crate::model::pool_type::PoolType;

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
    #[arg(long, value_enum, default_value_t = KindFilter::All)]
    pub kind: KindFilter,
}

/// Which pool types a many-pool command covers: a filter over `PoolType`, with `all`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindFilter {
    /// Standby VM pools.
    Vm,
    /// Standby container group pools.
    Container,
    /// Both.
    All,
}

impl KindFilter {
    pub fn types(self) -> Vec<PoolType> {
        match self {
            KindFilter::Vm => vec![PoolType::Vm],
            KindFilter::Container => vec![PoolType::ContainerGroup],
            KindFilter::All => PoolType::ALL.to_vec(),
        }
    }
}

/// How the exporter reads pools and serves what it read.
#[derive(Debug, Args)]
pub struct ExporterArgs {
    /// Pool ids to export (VM or container group pools), instead of discovering them.
    #[arg(long, num_args = 1.., value_name = "ID", conflicts_with_all = ["resource_group", "kind"])]
    pub ids: Vec<String>,

    /// Discover the pools of this resource group only.
    ///
    /// In the subscriptions given with --subscription, else in the default one. Without
    /// --ids, -g or --subscription, every pool in every subscription the credential can see.
    #[arg(short = 'g', long = "resource-group", value_name = "NAME")]
    pub resource_group: Option<String>,

    /// Which pool type to discover (default: all).
    #[arg(long, value_enum)]
    pub kind: Option<KindFilter>,

    /// Address to serve on.
    ///
    /// The default is loopback: expose it on purpose.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:9775")]
    pub listen: std::net::SocketAddr,

    /// Seconds between reads of the pools' runtime views (fractions allowed, at least 0.1).
    ///
    /// Each refresh starts this long after the last one started (at once, if that one ran
    /// longer). ARM refills each subscription's read budget at 25 reads a second: with more
    /// pools in one subscription than that carries in this interval (50 pools at 2 s), the
    /// exporter reads every pools/25 seconds instead, and logs the interval it uses
    /// (event=refresh_interval).
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0, value_parser = at_least_a_tenth)]
    pub refresh: f64,

    /// Seconds between reads of the pools themselves (their targets; which pools exist).
    ///
    /// A discovery that fails is tried again after 2 s, then 4, 8… up to this.
    #[arg(long, value_name = "SECONDS", default_value_t = 300,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub discover: u64,

    /// Also export the pools' resource-log events: standby_pool_events_total per pool and
    /// event name, and standby_pool_reuse_hit_ratio over the last hour.
    ///
    /// Read from the Log Analytics workspace each pool's diagnostic setting names, one
    /// query per workspace per refresh for the rows ingested since the last. Needs Log
    /// Analytics Reader (or Reader) on the workspaces too.
    #[arg(long)]
    pub events: bool,

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
