//! Commands that run over time: `watch` (frames or JSON lines) and `wait` (a condition).
//! Both read the pool through `cmd::pool::PoolReader`, the code path `status` uses,
//! draw with `render`, and write through `term`. They return `Outcome::Done(code)`.

mod follow;
mod frame;
mod lines;
mod screen;
mod wait;
mod watch;

pub use follow::follow;
pub use wait::wait;
pub use watch::watch;

use std::time::Duration;

use crate::arm::ArmError;
use crate::arm::deadline::Overdue;
use crate::arm::retry::{RetryPolicy, retryable_status};

/// How often the pool resource (the target) is read again during a long watch or wait.
const TARGET_EVERY: Duration = Duration::from_secs(300);
/// The longest a failing poll backs off, however many failed in a row.
const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// A failure worth polling again after: throttling, a server error, the network, or an
/// answer that was cut short. A pool that is gone (404), a denied identity, a bad
/// request or no credential end the command at once.
pub(crate) fn transient(err: &anyhow::Error) -> bool {
    match err.downcast_ref::<ArmError>() {
        Some(ArmError::Http { status, .. }) => retryable_status(*status),
        Some(ArmError::Transport { .. } | ArmError::Decode { .. }) => true,
        Some(ArmError::Auth(_) | ArmError::Setup(_)) => false,
        // A poll cut short by the time left, and anything else not from ARM.
        None => err.downcast_ref::<Overdue>().is_some(),
    }
}

/// The wait before the next poll after `failures` failed polls in a row: the interval,
/// or the retry rules' backoff once that is longer.
pub(crate) fn next_delay(interval: Duration, failures: u32) -> Duration {
    if failures == 0 {
        return interval;
    }
    let backoff = RetryPolicy::default().backoff(failures.saturating_sub(1), 0.5);
    interval.max(backoff).min(MAX_BACKOFF.max(interval))
}

/// Now, as RFC 3339 in UTC.
pub(crate) fn now_rfc3339() -> String {
    azure_core::time::to_rfc3339(&azure_core::time::OffsetDateTime::now_utc())
}

pub(crate) use crate::model::duration::human;

/// Control characters in what the service sent, escaped before they reach a terminal.
pub(crate) fn printable(text: &str) -> String {
    crate::term::sanitize(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_after_failures() {
        let i = Duration::from_secs(1);
        assert_eq!(next_delay(i, 0), i);
        assert_eq!(next_delay(i, 1), i);
        assert_eq!(next_delay(i, 3), Duration::from_millis(3200));
        assert_eq!(next_delay(i, 30), MAX_BACKOFF);
        assert_eq!(next_delay(Duration::from_secs(600), 30), Duration::from_secs(600));
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(printable("a\u{1b}[2Jb\n\u{202e}"), "a\\x1b[2Jb\\x0a\\u{202e}");
    }

    #[test]
    fn what_is_worth_another_poll() {
        let http = |s: u16| -> anyhow::Error { ArmError::from_response(s, b"{}", None).into() };
        assert!(transient(&http(429)));
        assert!(transient(&http(503)));
        assert!(!transient(&http(404)));
        assert!(!transient(&http(403)));
        assert!(!transient(&ArmError::Auth("no".into()).into()));
        assert!(transient(
            &anyhow::Error::from(ArmError::Transport {
                message: "m".into(),
                url: "u".into()
            })
            .context("reading")
        ));
    }
}
