//! Pacing against ARM's read budget. Each subscription (for each principal) has a token
//! bucket of reads — 250, refilled at 25 a second — and every answer says what is left in
//! `x-ms-ratelimit-remaining-subscription-reads`. A client that only waits out the 429s
//! keeps hitting the wall; this one mirrors the bucket from those headers and slows down
//! as it empties, so that many reads at once stay inside it.
//!
//! Requests that carry no subscription (the tenant's subscription list, Resource Graph)
//! are not paced here, and a subscription whose answers never carry the header is never
//! slowed down.

use reqwest::Url;
use reqwest::header::HeaderMap;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use super::retry::server_delay;

/// ARM's documented refill rate. The real rate may be higher; assuming the documented
/// one only makes the tool a little slower than it could be once the bucket is empty.
pub const REFILL_PER_SEC: f64 = 25.0;
/// Below this many reads left, requests go no faster than the bucket refills.
const RESERVE: f64 = 5.0;
/// Below this many, requests are spaced out more and more as the budget falls.
const SOFT: f64 = 50.0;
/// A 429 without a Retry-After still means "not now".
const DEFAULT_THROTTLE: Duration = Duration::from_secs(1);
/// The longest a throttled subscription's other reads are held back, whatever was asked.
const LONGEST_HOLD: Duration = Duration::from_secs(60);

pub const REMAINING_READS: &str = "x-ms-ratelimit-remaining-subscription-reads";

/// The budgets of every subscription this client has talked to.
#[derive(Debug, Default)]
pub struct Budgets {
    subscriptions: Mutex<HashMap<String, Budget>>,
    paced: AtomicU64,
    throttled: AtomicU64,
}

/// What pacing has cost so far: for progress lines and the exporter's counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PaceStats {
    /// Requests held back because the budget ran low.
    pub paced: u64,
    /// Answers that were 429 (throttled) anyway.
    pub throttled: u64,
}

#[derive(Debug)]
struct Budget {
    /// What the last answer said was left, and when it said so; `None` until one did.
    remaining: Option<(f64, Instant)>,
    /// Sent and not yet answered: each has taken a read from the bucket already.
    in_flight: u32,
    /// No request before this: a 429's Retry-After, or the spacing of a falling budget.
    not_before: Instant,
}

impl Budget {
    fn new(now: Instant) -> Budget {
        Budget {
            remaining: None,
            in_flight: 0,
            not_before: now,
        }
    }

    /// How long to wait before the next request, or `None` to send it now (and then
    /// the request is counted as in flight).
    fn try_take(&mut self, now: Instant) -> Option<Duration> {
        if self.not_before > now {
            return Some(self.not_before - now);
        }
        if let Some((left, at)) = self.remaining {
            let available =
                left + REFILL_PER_SEC * now.saturating_duration_since(at).as_secs_f64() - f64::from(self.in_flight);
            if available < RESERVE {
                return Some(
                    Duration::from_secs_f64((RESERVE - available) / REFILL_PER_SEC).max(Duration::from_millis(1)),
                );
            }
            if available < SOFT {
                // From no spacing at SOFT to the refill rate at RESERVE.
                let share = (SOFT - available) / (SOFT - RESERVE);
                self.not_before = now + Duration::from_secs_f64(share / REFILL_PER_SEC);
            }
        }
        self.in_flight += 1;
        None
    }

    fn answered(&mut self, now: Instant, status: Option<u16>, headers: Option<&HeaderMap>) {
        self.in_flight = self.in_flight.saturating_sub(1);
        let Some(headers) = headers else { return };
        if status == Some(429) {
            // A hostile or broken Retry-After (1e20 s) must neither overflow the clock nor
            // stall the subscription's other reads for days: the request that got it is
            // retried or failed by the retry rules; pacing holds the rest a bounded while.
            let wait = server_delay(headers, SystemTime::now())
                .unwrap_or(DEFAULT_THROTTLE)
                .min(LONGEST_HOLD);
            let until = now.checked_add(wait).unwrap_or(now);
            self.not_before = self.not_before.max(until);
            self.remaining = Some((0.0, until));
            return;
        }
        let left = headers
            .get(REMAINING_READS)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|v| v.is_finite() && *v >= 0.0);
        if let Some(left) = left {
            self.remaining = Some((left, now));
        }
    }
}

/// The subscription a request is addressed to: `/subscriptions/{id}/…`.
fn subscription_of(url: &Url) -> Option<String> {
    let mut parts = url.path_segments()?;
    let first = parts.next()?;
    let id = parts.next().filter(|s| !s.is_empty())?;
    first
        .eq_ignore_ascii_case("subscriptions")
        .then(|| id.to_ascii_lowercase())
}

impl Budgets {
    /// Waits until the request's subscription has room for it. The ticket must be told
    /// the answer (or dropped, when there was none).
    pub async fn acquire(&self, url: &Url) -> Ticket<'_> {
        let Some(key) = subscription_of(url) else {
            return Ticket {
                budgets: self,
                key: None,
                waited: Duration::ZERO,
            };
        };
        let mut counted = false;
        let mut waited = Duration::ZERO;
        loop {
            let wait = {
                let mut subs = self.subscriptions.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                subs.entry(key.clone())
                    .or_insert_with(|| Budget::new(now))
                    .try_take(now)
            };
            match wait {
                None => {
                    return Ticket {
                        budgets: self,
                        key: Some(key),
                        waited,
                    };
                }
                Some(wait) => {
                    if !counted {
                        self.paced.fetch_add(1, Ordering::Relaxed);
                        counted = true;
                    }
                    let slept = Instant::now();
                    tokio::time::sleep(wait).await;
                    waited += slept.elapsed();
                }
            }
        }
    }

    pub fn stats(&self) -> PaceStats {
        PaceStats {
            paced: self.paced.load(Ordering::Relaxed),
            throttled: self.throttled.load(Ordering::Relaxed),
        }
    }

    fn answered(&self, key: &str, status: Option<u16>, headers: Option<&HeaderMap>) {
        if status == Some(429) {
            self.throttled.fetch_add(1, Ordering::Relaxed);
        }
        let mut subs = self.subscriptions.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(b) = subs.get_mut(key) {
            b.answered(Instant::now(), status, headers);
        }
    }
}

/// One request's place in its subscription's budget.
pub struct Ticket<'a> {
    budgets: &'a Budgets,
    key: Option<String>,
    /// How long the request was held back for its budget.
    pub waited: Duration,
}

impl Ticket<'_> {
    /// The answer came: its headers say what is left.
    pub fn answered(mut self, status: u16, headers: &HeaderMap) {
        if let Some(key) = self.key.take() {
            self.budgets.answered(&key, Some(status), Some(headers));
        }
    }
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        if let Some(key) = self.key.take() {
            self.budgets.answered(&key, None, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn remaining(n: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(REMAINING_READS, HeaderValue::from_str(n).unwrap());
        h
    }

    #[test]
    fn subscriptions_are_read_from_the_path() {
        let url = |p: &str| Url::parse(&format!("https://m.example{p}")).unwrap();
        assert_eq!(
            subscription_of(&url("/subscriptions/ABC/resourceGroups/rg?x=1")),
            Some("abc".into())
        );
        assert_eq!(subscription_of(&url("/subscriptions?api-version=1")), None);
        assert_eq!(
            subscription_of(&url("/providers/Microsoft.ResourceGraph/resources")),
            None
        );
    }

    #[test]
    fn full_budget_goes_at_once_and_a_low_one_waits_for_the_refill() {
        let now = Instant::now();
        let mut b = Budget::new(now);
        // Nothing known yet: no reason to wait.
        assert_eq!(b.try_take(now), None);
        b.answered(now, Some(200), Some(&remaining("200")));
        assert_eq!(b.try_take(now), None);
        b.answered(now, Some(200), Some(&remaining("2")));
        let wait = b.try_take(now).expect("a wait");
        // 3 reads short of the reserve at 25 a second.
        assert!((wait.as_secs_f64() - 3.0 / 25.0).abs() < 0.01, "{wait:?}");
        assert_eq!(b.try_take(now + wait), None);
    }

    #[test]
    fn spacing_grows_as_the_budget_falls() {
        let now = Instant::now();
        let mut b = Budget::new(now);
        b.answered(now, Some(200), Some(&remaining("40")));
        assert_eq!(b.try_take(now), None);
        let gap_at_40 = b.not_before - now;
        let mut c = Budget::new(now);
        c.answered(now, Some(200), Some(&remaining("10")));
        assert_eq!(c.try_take(now), None);
        let gap_at_10 = c.not_before - now;
        assert!(gap_at_10 > gap_at_40, "{gap_at_10:?} vs {gap_at_40:?}");
        assert!(gap_at_10 <= Duration::from_secs_f64(1.0 / REFILL_PER_SEC));
    }

    #[test]
    fn in_flight_requests_count_against_the_budget() {
        let now = Instant::now();
        let mut b = Budget::new(now);
        b.answered(now, Some(200), Some(&remaining("60")));
        let mut sent = 0;
        while b.try_take(now).is_none() {
            sent += 1;
            // Spacing aside: sent while at least the reserve is left of the 60.
            b.not_before = now;
        }
        assert_eq!(sent, 56);
    }

    #[test]
    fn a_429_blocks_for_its_retry_after() {
        let now = Instant::now();
        let mut b = Budget::new(now);
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("2"));
        b.answered(now, Some(429), Some(&h));
        let wait = b.try_take(now).expect("blocked");
        assert!(wait > Duration::from_millis(1900), "{wait:?}");
    }
}
