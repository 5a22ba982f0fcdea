//! Many requests at once, within a bound: a result per target, in the order asked.
//! One failure never throws away the others, and no command puts more than the bound
//! in flight against a subscription's read budget.

use futures_util::StreamExt;
use std::future::Future;

/// What `--concurrency` defaults to: well inside ARM's burst of reads, wide enough that
/// a few dozen targets cost a few round trips.
pub const DEFAULT_CONCURRENCY: usize = 16;

/// Runs `work` for every target with at most `limit` running at once; results come back
/// in the targets' order.
pub async fn each<T, R, F, Fut>(targets: Vec<T>, limit: usize, work: F) -> Vec<R>
where
    F: Fn(T) -> Fut,
    Fut: Future<Output = R>,
{
    futures_util::stream::iter(targets.into_iter().map(work))
        .buffered(limit.max(1))
        .collect()
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn keeps_order_and_bound() {
        let running = AtomicUsize::new(0);
        let peak = AtomicUsize::new(0);
        let out = each((0..50u64).collect(), 4, |i| {
            let (running, peak) = (&running, &peak);
            async move {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                tokio::time::sleep(std::time::Duration::from_millis(50 - i)).await;
                running.fetch_sub(1, Ordering::SeqCst);
                if i % 7 == 3 { Err(i) } else { Ok(i) }
            }
        })
        .await;
        assert_eq!(out.len(), 50);
        assert!(
            out.iter()
                .enumerate()
                .all(|(n, r)| *r.as_ref().unwrap_or_else(|e| e) == n as u64)
        );
        assert_eq!(out.iter().filter(|r| r.is_err()).count(), 7);
        assert!(peak.load(Ordering::SeqCst) <= 4);
        assert_eq!(peak.load(Ordering::SeqCst), 4);
    }
}
