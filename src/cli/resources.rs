//! The commands that read one kind of resource: pools, VMs, scale sets, container groups.

use clap::{Args, Subcommand, ValueEnum};

use super::events::{CG_EVENTS_HELP, CG_EVENTS_SHORT, EventsArgs, VM_EVENTS_HELP, VM_EVENTS_SHORT};
use super::live::{
    CG_WAIT_HELP, CG_WAIT_SHORT, CG_WATCH_HELP, CG_WATCH_SHORT, VM_WAIT_HELP, VM_WAIT_SHORT, VM_WATCH_HELP,
    VM_WATCH_SHORT, WaitArgs, WatchArgs,
};
use super::target::{ListArgs, StatusArgs, TargetArgs};

#[derive(Debug, Subcommand)]
pub enum VmPoolCommand {
    /// The pool's runtime view: instance counts per zone and state, health, ready against target, forecast.
    #[command(
        override_usage = "standby vm-pool status (-g RG -n NAME | --ids ID... | --input FILE) [--version VIEW] [OPTIONS]",
        after_help = "Examples:\n  standby vm-pool status -g my-rg -n my-pool\n  standby vm-pool status -g my-rg -n my-pool --version latest -o json\n  standby vm-pool status --demo -g web-rg -n web-pool",
        after_long_help = "Examples:\n  standby vm-pool status -g my-rg -n my-pool\n  standby vm-pool status -g my-rg -n my-pool --version latest -o json\n  standby vm-pool status \\\n    --ids \"$(standby vm-pool show -g my-rg -n my-pool --query id -o tsv)\"\n  standby vm-pool status --demo -g web-rg -n web-pool\n  standby vm-pool status --demo -g web-rg -n web-pool -o json \\\n    | standby vm-pool status --input - -o table\n  standby vm-pool status -g my-rg -n my-pool -o tsv \\\n    --query \"sum(instanceCountSummary[].instanceCountsByState[].count)\""
    )]
    Status(StatusArgs),
    /// The pool resource: VM state, ready capacity, attached scale set.
    #[command(
        override_usage = "standby vm-pool show (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby vm-pool show -g my-rg -n my-pool\n  standby vm-pool show --demo -g batch-rg -n batch-pool"
    )]
    Show(TargetArgs),
    /// Pools in a resource group, or in the whole subscription.
    #[command(
        override_usage = "standby vm-pool list [-g RG | --input FILE] [OPTIONS]",
        after_help = "Examples:\n  standby vm-pool list -g my-rg\n  standby vm-pool list -o json\n  standby vm-pool list --demo"
    )]
    List(ListArgs),
    /// Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise.
    #[command(
        override_usage = "standby vm-pool watch (-g RG -n NAME | --ids ID) [OPTIONS]",
        after_help = VM_WATCH_SHORT,
        after_long_help = VM_WATCH_HELP
    )]
    Watch(WatchArgs),
    /// Wait until the pool is ready (exit 0), or until --timeout (exit 4).
    #[command(
        override_usage = "standby vm-pool wait (-g RG -n NAME | --ids ID) (--ready N | --ready-percent P | --healthy)... [OPTIONS]",
        after_help = VM_WAIT_SHORT,
        after_long_help = VM_WAIT_HELP
    )]
    Wait(WaitArgs),
    /// Every VM of the pool: those waiting in it and those that left it to serve, with power state.
    #[command(
        override_usage = "standby vm-pool members (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = MEMBERS_SHORT,
        after_long_help = MEMBERS_HELP
    )]
    Members(MembersArgs),
    /// The pool's events from its resource logs: reuses served or not, the hit rate, degraded spells.
    #[command(
        override_usage = "standby vm-pool events (-g RG -n NAME | --ids ID) [--since DURATION | --start TIME [--end TIME]] [OPTIONS]",
        after_help = VM_EVENTS_SHORT,
        after_long_help = VM_EVENTS_HELP
    )]
    Events(EventsArgs),
}

const MEMBERS_SHORT: &str = "\
Examples:
  standby vm-pool members -g my-rg -n my-pool
  standby vm-pool members -g my-rg -n my-pool --state serving
  standby vm-pool members --demo -g web-rg -n web-pool";

const MEMBERS_HELP: &str = "\
Members are the VMs the pool lists and the VMs of its attached scale set; `-o json` prints \
each one as `vm instance-view -o json` does.

Examples:
  standby vm-pool members -g my-rg -n my-pool
  standby vm-pool members -g my-rg -n my-pool --state serving
  standby vm-pool members --demo -g web-rg -n web-pool
  standby vm-pool members -g my-rg -n my-pool -o tsv \\
    --query 'length([?instanceView.isVMInStandbyPool==`false`])'";

/// `vm-pool members`: the pool (as for `show`), and which of its VMs to print.
#[derive(Debug, Args)]
pub struct MembersArgs {
    #[command(flatten)]
    pub target: TargetArgs,

    /// Only the VMs still in the pool (standby), only those that left it (serving), or all.
    #[arg(long, value_enum, default_value_t = MemberState::All)]
    pub state: MemberState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MemberState {
    /// VMs whose instance view says they are in the standby pool.
    Standby,
    /// VMs that left the pool and serve (isVMInStandbyPool false).
    Serving,
    /// Every member, those whose flag is unknown too.
    All,
}

#[derive(Debug, Subcommand)]
pub enum ContainerPoolCommand {
    /// The pool's runtime view: instance counts per zone and state, health, ready against target, forecast.
    #[command(
        override_usage = "standby container-pool status (-g RG -n NAME | --ids ID... | --input FILE) [--version VIEW] [OPTIONS]",
        after_help = "Examples:\n  standby container-pool status -g my-rg -n my-cg-pool\n  standby container-pool status -g my-rg -n my-cg-pool --version latest -o json\n  standby container-pool status --demo -g jobs-rg -n jobs-pool",
        after_long_help = "Examples:\n  standby container-pool status -g my-rg -n my-cg-pool\n  standby container-pool status -g my-rg -n my-cg-pool --version latest -o json\n  standby container-pool status --ids \\\n    \"$(standby container-pool show -g my-rg -n my-cg-pool --query id -o tsv)\"\n  standby container-pool status --demo -g jobs-rg -n jobs-pool"
    )]
    Status(StatusArgs),
    /// The pool resource: ready capacity, container group profile, zones.
    #[command(
        override_usage = "standby container-pool show (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby container-pool show -g my-rg -n my-cg-pool\n  standby container-pool show --demo -g jobs-rg -n jobs-pool"
    )]
    Show(TargetArgs),
    /// Pools in a resource group, or in the whole subscription.
    #[command(
        override_usage = "standby container-pool list [-g RG | --input FILE] [OPTIONS]",
        after_help = "Examples:\n  standby container-pool list -g my-rg\n  standby container-pool list -o json\n  standby container-pool list --demo"
    )]
    List(ListArgs),
    /// Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise.
    #[command(
        override_usage = "standby container-pool watch (-g RG -n NAME | --ids ID) [OPTIONS]",
        after_help = CG_WATCH_SHORT,
        after_long_help = CG_WATCH_HELP
    )]
    Watch(WatchArgs),
    /// Wait until the pool is ready (exit 0), or until --timeout (exit 4).
    #[command(
        override_usage = "standby container-pool wait (-g RG -n NAME | --ids ID) (--ready N | --ready-percent P | --healthy)... [OPTIONS]",
        after_help = CG_WAIT_SHORT,
        after_long_help = CG_WAIT_HELP
    )]
    Wait(WaitArgs),
    /// The pool's events from its resource logs: reuses served or not, the hit rate, degraded spells.
    #[command(
        override_usage = "standby container-pool events (-g RG -n NAME | --ids ID) [--since DURATION | --start TIME [--end TIME]] [OPTIONS]",
        after_help = CG_EVENTS_SHORT,
        after_long_help = CG_EVENTS_HELP
    )]
    Events(EventsArgs),
}

#[derive(Debug, Subcommand)]
pub enum VmCommand {
    /// A VM's instance view: provisioning and power state, and whether it is still in a standby pool.
    #[command(
        name = "instance-view",
        override_usage = "standby vm instance-view (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby vm instance-view -g my-rg -n my-vm\n  standby vm instance-view --demo -g web-rg -n web-vmss_43d2def9\n  standby vm instance-view -g my-rg -n my-vm -o tsv \\\n    --query \"instanceView.isVMInStandbyPool\""
    )]
    InstanceView(TargetArgs),
}

#[derive(Debug, Subcommand)]
pub enum VmssCommand {
    /// A scale set's instance view: status summaries of its VMs and extensions.
    #[command(
        name = "instance-view",
        override_usage = "standby vmss instance-view (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby vmss instance-view -g my-rg -n my-scale-set\n  standby vmss instance-view --demo -g web-rg -n web-vmss"
    )]
    InstanceView(TargetArgs),
}

#[derive(Debug, Subcommand)]
pub enum ContainerCommand {
    /// A container group: state, images, address, and whether it came from a standby pool.
    #[command(
        override_usage = "standby container show (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]",
        after_help = "Examples:\n  standby container show -g my-rg -n my-container-group\n  standby container show --demo -g jobs-rg -n jobs-pool-0"
    )]
    Show(TargetArgs),
}
