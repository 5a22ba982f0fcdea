//! `watch` and `wait`: one pool, polled.

use clap::Args;
use std::time::Duration;

use super::target::PoolArgs;

// Each pool type's help has its own examples: the words are shared, the commands not.
// The words are paragraphs on one line each: clap wraps them to the terminal.
macro_rules! watch_words {
    () => {
        "\
At a terminal: the status table redrawn in place (ready against the pool's target, the \
forecast), a sparkline of ready, and what changed in each cell. q, Esc or Ctrl-C quits \
(exit 0).

Off a terminal, or with -o json: one JSON object per line, printed only for a poll whose \
view changed (the first always): what `status -o json` prints, plus observedAt. --query \
applies to each. Ctrl-C ends it with 130. A pool that disappears ends it with exit 3.

Examples:
"
    };
}

macro_rules! wait_words {
    () => {
        "\
Every condition given must hold. Ready instances are those in the state the pool keeps its \
members in (virtualMachineState; Mix: any of Running, Deallocated, Hibernated; container \
pools: Running). The target is what the service keeps in the pool: maxReadyCapacity less \
the scale set's instances, at least minReadyCapacity.

--ready above the pool's size (maxReadyCapacity) can never be met: it is refused with exit \
2 once the pool is read.

Prints the final status (-o none: nothing) and exits 0 as soon as the conditions hold; \
after --timeout prints the last status seen and exits 4. A missing pool exits 3 at once, \
a denied one 1; throttling and network failures are retried.

Examples:
"
    };
}

pub(super) const VM_WATCH_SHORT: &str = "\
Examples:
  standby vm-pool watch -g my-rg -n my-pool
  standby vm-pool watch -g my-rg -n my-pool --count 1 -o json
  standby vm-pool watch --demo -g web-rg -n web-pool --interval 2";

pub(super) const VM_WATCH_HELP: &str = concat!(
    watch_words!(),
    "  standby vm-pool watch -g my-rg -n my-pool\n",
    "  standby vm-pool watch -g my-rg -n my-pool --count 1 -o json\n",
    "  standby vm-pool watch --demo -g web-rg -n web-pool --interval 2\n",
    "  standby vm-pool watch -g my-rg -n my-pool --interval 30 -o json \\\n",
    "    | jq -c '.instanceCountSummary'"
);

pub(super) const CG_WATCH_SHORT: &str = "\
Examples:
  standby container-pool watch -g my-rg -n my-cg-pool
  standby container-pool watch -g my-rg -n my-cg-pool --count 1 -o json";

pub(super) const CG_WATCH_HELP: &str = concat!(
    watch_words!(),
    "  standby container-pool watch -g my-rg -n my-cg-pool\n",
    "  standby container-pool watch -g my-rg -n my-cg-pool --count 1 -o json"
);

pub(super) const VM_WAIT_SHORT: &str = "\
Examples:
  standby vm-pool wait -g my-rg -n my-pool --ready 8
  standby vm-pool wait -g my-rg -n my-pool --ready-percent 80 --timeout 15m
  standby vm-pool wait --demo -g web-rg -n web-pool --ready-percent 100";

pub(super) const VM_WAIT_HELP: &str = concat!(
    wait_words!(),
    "  standby vm-pool wait -g my-rg -n my-pool --ready 8\n",
    "  standby vm-pool wait -g my-rg -n my-pool --ready-percent 80 --timeout 15m\n",
    "  standby vm-pool wait --demo -g web-rg -n web-pool --ready-percent 100\n",
    "  standby vm-pool wait -g my-rg -n my-pool --ready-percent 80 --healthy \\\n",
    "    --timeout 15m -o none"
);

pub(super) const CG_WAIT_SHORT: &str = "\
Examples:
  standby container-pool wait -g my-rg -n my-cg-pool --ready 2
  standby container-pool wait -g my-rg -n my-cg-pool --ready 2 --timeout 0";

pub(super) const CG_WAIT_HELP: &str = concat!(
    wait_words!(),
    "  standby container-pool wait -g my-rg -n my-cg-pool --ready 2\n",
    "  standby container-pool wait -g my-rg -n my-cg-pool --ready 2 --timeout 0\n",
    "  standby container-pool wait -g my-rg -n my-cg-pool --ready 2 --zone 1 \\\n",
    "    --interval 30 --timeout 0"
);

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

    /// At least P percent of the pool's target ready, rounded up.
    ///
    /// The target follows the scale set; while it cannot be read, maxReadyCapacity stands in.
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

    /// The overall deadline (default 10m): seconds, or 90s, 10m, 1h; 0 checks once.
    ///
    /// Here, unlike on other commands, --timeout is not per request: each request gets the
    /// usual 30 s or the time left, whichever is less.
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
