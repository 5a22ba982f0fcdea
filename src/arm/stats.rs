//! What a long-running process reports about its own traffic to ARM: answers by
//! status code and the waits it made before retrying. Cheap enough to keep always.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, Default)]
pub struct Stats {
    /// HTTP status → answers; `None` for requests that got no answer.
    answers: Mutex<BTreeMap<Option<u16>, u64>>,
    retry_waits: AtomicU64,
}

impl Stats {
    pub fn answered(&self, status: Option<u16>) {
        if let Ok(mut answers) = self.answers.lock() {
            *answers.entry(status).or_default() += 1;
        }
    }

    pub fn waited(&self) {
        self.retry_waits.fetch_add(1, Ordering::Relaxed);
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
}
