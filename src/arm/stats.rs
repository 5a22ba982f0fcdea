//! What a long-running process reports about its own traffic to ARM: answers by
//! status code and the waits it made, by why it waited. Cheap enough to keep always.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Why a request waited before it was sent: what operators need to tell ARM's pacing
/// (the service asked; the budget ran low) from failures being retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// A throttled or failed answer said how long to wait (`Retry-After` and kin).
    RetryAfter,
    /// A failed answer said nothing: exponential backoff.
    Backoff,
    /// The subscription's read budget ran low (or a 429 held its other reads back).
    Pacing,
}

impl Wait {
    pub const ALL: [Wait; 3] = [Wait::RetryAfter, Wait::Backoff, Wait::Pacing];

    pub fn label(self) -> &'static str {
        match self {
            Wait::RetryAfter => "retry_after",
            Wait::Backoff => "backoff",
            Wait::Pacing => "pacing",
        }
    }
}

#[derive(Debug, Default)]
pub struct Stats {
    /// HTTP status → answers; `None` for requests that got no answer.
    answers: Mutex<BTreeMap<Option<u16>, u64>>,
    retry_waits: AtomicU64,
    /// By `Wait as usize`: how many waits, and their total in microseconds.
    waits: [AtomicU64; 3],
    waited_micros: [AtomicU64; 3],
}

impl Stats {
    pub fn answered(&self, status: Option<u16>) {
        if let Ok(mut answers) = self.answers.lock() {
            *answers.entry(status).or_default() += 1;
        }
    }

    /// A wait of `how_long` before a request, for `why`.
    pub fn waited(&self, why: Wait, how_long: Duration) {
        if why != Wait::Pacing {
            self.retry_waits.fetch_add(1, Ordering::Relaxed);
        }
        let micros = u64::try_from(how_long.as_micros()).unwrap_or(u64::MAX);
        self.waits[why as usize].fetch_add(1, Ordering::Relaxed);
        self.waited_micros[why as usize].fetch_add(micros, Ordering::Relaxed);
    }

    pub fn answers(&self) -> Vec<(Option<u16>, u64)> {
        self.answers
            .lock()
            .map(|a| a.iter().map(|(k, v)| (*k, *v)).collect())
            .unwrap_or_default()
    }

    pub fn retry_waits(&self) -> u64 {
        self.retry_waits.load(Ordering::Relaxed)
    }

    /// Waits for `why` so far, and the seconds they took.
    pub fn waits(&self, why: Wait) -> (u64, f64) {
        (
            self.waits[why as usize].load(Ordering::Relaxed),
            self.waited_micros[why as usize].load(Ordering::Relaxed) as f64 / 1e6,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_add_up_by_reason() {
        let s = Stats::default();
        s.waited(Wait::RetryAfter, Duration::from_millis(1500));
        s.waited(Wait::RetryAfter, Duration::from_millis(500));
        s.waited(Wait::Pacing, Duration::from_millis(40));
        assert_eq!(s.waits(Wait::RetryAfter), (2, 2.0));
        assert_eq!(s.waits(Wait::Pacing), (1, 0.04));
        assert_eq!(s.waits(Wait::Backoff), (0, 0.0));
        // Pacing is not a retry: the older counter keeps its meaning.
        assert_eq!(s.retry_waits(), 2);
    }
}
