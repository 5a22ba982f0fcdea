//! `events`: a pool's events from its resource logs.

use clap::Args;
use std::time::Duration;

use super::target::PoolArgs;

macro_rules! events_words {
    () => {
        "\
Was the scale-out served from the pool, and why not: the pool's events from its resource \
logs, oldest first, under a summary (reuses served and not served, the reuse hit rate, \
time spent degraded, exhaustions, settings changes).

The logs exist only where a diagnostic setting sends the pool's logs to a Log Analytics \
workspace (they arrive about 30 minutes after it is made). The query goes to the pool \
first (its Reader role is enough), else to the workspace its setting names (Log Analytics \
Reader there). Without a setting, it says so and prints the az command that makes one.

-o json prints the rows with the service's own TimeGenerated and EventName beside the \
plain words, and the summary; --query applies to that.

Examples:
"
    };
}

pub(super) const VM_EVENTS_SHORT: &str = "\
Examples:
  standby vm-pool events -g my-rg -n my-pool
  standby vm-pool events -g my-rg -n my-pool --since 7d -o json";

pub(super) const VM_EVENTS_HELP: &str = concat!(
    events_words!(),
    "  standby vm-pool events -g my-rg -n my-pool\n",
    "  standby vm-pool events -g my-rg -n my-pool --since 7d -o json\n",
    "  standby vm-pool events -g my-rg -n my-pool \\\n",
    "    --start 2026-12-01T00:00:00Z --end 2026-12-02T00:00:00Z\n",
    "  standby vm-pool events -g my-rg -n my-pool -o tsv --query summary.hitRate\n",
    "  standby vm-pool events -g my-rg -n my-pool --follow --interval 30 -o json"
);

pub(super) const CG_EVENTS_SHORT: &str = "\
Examples:
  standby container-pool events -g my-rg -n my-cg-pool
  standby container-pool events -g my-rg -n my-cg-pool --since 7d -o json";

pub(super) const CG_EVENTS_HELP: &str = concat!(
    events_words!(),
    "  standby container-pool events -g my-rg -n my-cg-pool\n",
    "  standby container-pool events -g my-rg -n my-cg-pool --since 7d -o json\n",
    "  standby container-pool events -g my-rg -n my-cg-pool -o tsv --query summary.hitRate"
);

/// Which pool, and which stretch of its logs.
#[derive(Debug, Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub pool: PoolArgs,

    /// How far back from now: 90m, 24h, 7d.
    #[arg(long, value_name = "DURATION", value_parser = parse_span, default_value = "24h",
          conflicts_with = "start")]
    pub since: Duration,

    /// From this time (RFC 3339, e.g. 2026-12-01T00:00:00Z) instead of --since.
    #[arg(long, value_name = "TIME")]
    pub start: Option<String>,

    /// Up to this time (RFC 3339) [default: now].
    #[arg(long, value_name = "TIME", requires = "start")]
    pub end: Option<String>,

    /// Keep reading: print each new event as it arrives, one line each (JSON lines off a
    /// terminal or with -o json), until Ctrl-C.
    #[arg(long, conflicts_with = "end")]
    pub follow: bool,

    /// With --follow: seconds between queries (at least 10; the logs arrive minutes late).
    #[arg(long, value_name = "SECONDS", default_value = "60", value_parser = parse_follow_interval, requires = "follow")]
    pub interval: Duration,

    /// With --follow: stop after N queries; default: until interrupted.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..), requires = "follow")]
    pub count: Option<u64>,
}

/// A polling interval for the query API: 10 s at least, so one follower stays far
/// inside its 200 queries in 30 s.
fn parse_follow_interval(text: &str) -> Result<Duration, String> {
    let d = super::live::parse_interval(text)?;
    if d < Duration::from_secs(10) {
        return Err(format!("'{text}': the interval must be at least 10 seconds"));
    }
    Ok(d)
}

/// A span back from now: a number with m, h or d (90m, 24h, 7d), or seconds.
pub fn parse_span(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let bad = || format!("'{text}' is not a span of time: use a number with m, h or d (90m, 24h, 7d)");
    let (number, scale) = match t.char_indices().last() {
        Some((i, 'd')) => (&t[..i], 86_400u64),
        Some((i, 'h')) => (&t[..i], 3_600),
        Some((i, 'm')) => (&t[..i], 60),
        Some((i, 's')) => (&t[..i], 1),
        _ => (t, 1),
    };
    let n: u64 = number.trim().parse().map_err(|_| bad())?;
    // Beyond ten years no workspace keeps logs.
    match n.checked_mul(scale) {
        Some(s) if s > 0 && s <= 10 * 366 * 86_400 => Ok(Duration::from_secs(s)),
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_in_minutes_hours_and_days() {
        assert_eq!(parse_span("90m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_span("7d"), Ok(Duration::from_secs(7 * 86_400)));
        assert!(parse_span("0h").is_err());
        assert!(parse_span("-1d").is_err());
        assert!(parse_span("99999999999d").is_err());
        assert!(parse_span("soon").is_err());
    }
}
