//! The runtime views of many pools, paced per subscription.

use futures_util::future::join_all;
use std::collections::BTreeMap;
use std::time::Duration;

use super::Observer;
use crate::arm::client::Fetched;
use crate::arm::{ArmClient, ArmError, deadline, each};
use crate::id::ResourceId;

/// One runtime view per pool, in the pools' order. Each subscription has its own read
/// budget, so each gets its own bound of `--concurrency` requests in flight, and the
/// client paces each by what its answers say is left. With a `budget`, a read (its
/// retries included) that runs past it fails, so that one slow pool holds up no other.
pub async fn read_views(
    client: &ArmClient,
    pools: &[ResourceId],
    api_version: &str,
    budget: Option<Duration>,
    progress: &dyn Observer,
) -> Vec<Result<Fetched, ArmError>> {
    let mut by_subscription: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in pools.iter().enumerate() {
        by_subscription
            .entry(p.subscription.to_ascii_lowercase())
            .or_default()
            .push(i);
    }
    let read_one = |i: usize| async move {
        let path = pools[i].top().child("runtimeViews", "latest").to_string();
        let result = match client.url(&path, &[("api-version", api_version)]) {
            Ok(url) => match budget {
                None => client.get(url).await,
                Some(limit) => {
                    let shown = url.to_string();
                    deadline::request(limit, &shown, client.get(url)).await
                }
            },
            Err(e) => Err(e),
        };
        progress.read(client.budgets().stats());
        (i, result)
    };
    let groups = by_subscription
        .into_values()
        .map(|indices| each::each(indices, client.concurrency(), read_one));
    let mut slots: Vec<Option<Result<Fetched, ArmError>>> = pools.iter().map(|_| None).collect();
    for (i, result) in join_all(groups).await.into_iter().flatten() {
        slots[i] = Some(result);
    }
    slots
        .into_iter()
        .map(|s| {
            s.unwrap_or_else(|| {
                Err(ArmError::Decode {
                    message: "internal error: a pool's runtime view was never read".to_string(),
                    request_id: None,
                })
            })
        })
        .collect()
}
