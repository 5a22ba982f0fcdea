//! Liveness is not readiness: `/healthz` says the process runs, `/readyz` says whether
//! what it serves is worth scraping. An exporter with no credential is alive and not
//! ready, and says why. A discovery that failed is tried again soon, not a whole
//! `--discover` interval later.

use std::time::Duration;

/// The first retry of a failed discovery: soon enough that a credential fixed (or a
/// network back) shows within seconds, long enough not to hammer Entra ID or ARM.
pub const FIRST_RETRY: Duration = Duration::from_secs(2);

#[derive(Debug, Default)]
pub struct Readyz {
    discovered: bool,
    refreshed: bool,
    /// Why the last discovery or refresh failed, for `/readyz` while not ready.
    problem: Option<String>,
}

impl Readyz {
    pub fn discovery(&mut self, outcome: &Result<(), String>) {
        match outcome {
            Ok(()) => self.discovered = true,
            Err(e) => self.problem = Some(format!("discovery failed: {e}")),
        }
    }

    /// `read`: pools whose runtime view was read this refresh; `of`: pools there are.
    pub fn refresh(&mut self, read: usize, of: usize, failure: Option<String>) {
        if !self.discovered {
            return;
        }
        // No pools found is a true answer: there is nothing to read.
        if read > 0 || of == 0 {
            self.refreshed = true;
            self.problem = None;
        } else if let Some(e) = failure {
            self.problem = Some(format!("no runtime view could be read: {e}"));
        }
    }

    pub fn is_ready(&self) -> bool {
        self.discovered && self.refreshed
    }

    /// Why the exporter is not ready, or None when it is.
    pub fn reason(&self) -> Option<String> {
        if self.is_ready() {
            return None;
        }
        Some(match (&self.problem, self.discovered) {
            (Some(p), _) => p.clone(),
            (None, false) => "no discovery has finished yet".to_string(),
            (None, true) => "no refresh has finished yet".to_string(),
        })
    }
}

/// Waits between retries of a failing discovery: doubling from FIRST_RETRY, never past
/// the discovery interval itself.
#[derive(Debug)]
pub struct Backoff {
    next: Duration,
    cap: Duration,
}

impl Backoff {
    pub fn new(cap: Duration) -> Backoff {
        Backoff {
            next: FIRST_RETRY.min(cap),
            cap,
        }
    }

    pub fn failed(&mut self) -> Duration {
        let wait = self.next;
        self.next = self.next.saturating_mul(2).min(self.cap);
        wait
    }

    pub fn succeeded(&mut self) {
        self.next = FIRST_RETRY.min(self.cap);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_after_a_discovery_and_a_refresh() {
        let mut r = Readyz::default();
        assert_eq!(r.reason().as_deref(), Some("no discovery has finished yet"));
        r.discovery(&Err("no credential".into()));
        r.refresh(0, 0, None);
        assert_eq!(r.reason().as_deref(), Some("discovery failed: no credential"));
        r.discovery(&Ok(()));
        r.refresh(0, 3, Some("HTTP 403".into()));
        assert_eq!(r.reason().as_deref(), Some("no runtime view could be read: HTTP 403"));
        r.refresh(1, 3, Some("HTTP 403".into()));
        assert!(r.is_ready() && r.reason().is_none());
    }

    #[test]
    fn backoff_doubles_up_to_the_discovery_interval() {
        let mut b = Backoff::new(Duration::from_secs(10));
        let waits: Vec<u64> = (0..5).map(|_| b.failed().as_secs()).collect();
        assert_eq!(waits, [2, 4, 8, 10, 10]);
        b.succeeded();
        assert_eq!(b.failed(), FIRST_RETRY);
        assert_eq!(Backoff::new(Duration::from_secs(1)).failed(), Duration::from_secs(1));
    }
}
