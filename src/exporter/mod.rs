//! `standby exporter`: a long-running process that reads pools in the background and
//! serves what it read as Prometheus metrics. A refresh loop fills the bodies; the
//! HTTP endpoint only hands them out, so a scrape never reaches ARM.

mod encode;
mod events;
mod metrics;
mod pools;
mod server;

use anyhow::{Context as _, Result};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::watch;

use crate::arm::ArmClient;
use crate::cli::ExporterArgs;
use crate::cmd::{STANDBY_POOL_API, api_version, pool::PoolKind};
use crate::context::Context;
use crate::exit::{Code, UsageError};
use crate::id::{self, ResourceId};
use crate::model::ready::{PoolType, Target};
use crate::model::runtime_view::RuntimeView;
use crate::model::{properties, view};
use crate::output::Outcome;
use events::Log;
use pools::{Change, Pool};
use server::Bodies;

pub async fn run(args: &ExporterArgs, ctx: &Context) -> Result<Outcome> {
    let wanted = pool_ids(&args.ids)?;
    let log = Log {
        format: args.log_format,
    };
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("listening on {}", args.listen))?;
    let client = ctx.client()?;
    let (publish, bodies) = watch::channel(Arc::new(Bodies::default()));
    let mut exporter = Exporter {
        client,
        version: api_version(ctx, STANDBY_POOL_API).to_string(),
        wanted,
        pools: Vec::new(),
        own: metrics::Own::default(),
        log,
        publish,
    };
    log.info("listening", &[("address", args.listen.to_string())]);
    let refresh = Duration::from_secs_f64(args.refresh);
    let discover = Duration::from_secs(args.discover);
    tokio::select! {
        biased;
        _ = shutdown() => {
            log.info("stopping", &[]);
            Ok(Outcome::Done(Code::Success))
        }
        served = server::serve(listener, bodies) => {
            served.with_context(|| format!("serving on {}", args.listen))?;
            Ok(Outcome::Done(Code::Error))
        }
        () = exporter.run(refresh, discover) => Ok(Outcome::Done(Code::Error)),
    }
}

/// SIGTERM (containers, systemd) or Ctrl-C: both are the normal way to stop.
async fn shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The pools given with `--ids`, checked before anything is sent.
fn pool_ids(raw: &[String]) -> Result<Vec<(ResourceId, PoolType)>> {
    if raw.is_empty() {
        return Err(UsageError("the exporter needs the pools to export: --ids POOL_ID...".into()).into());
    }
    raw.iter()
        .map(|r| {
            let id = ResourceId::parse(r).map_err(|e| UsageError(format!("--ids: {e}")))?;
            let kind = [PoolKind::Vm, PoolKind::Container]
                .into_iter()
                .find(|k| {
                    let rt = k.resource_type();
                    id.is_kind(rt.namespace, rt.kind)
                })
                .ok_or_else(|| UsageError(format!("--ids: '{r}' is not the id of a standby pool")))?;
            if !id.is_top_level() {
                return Err(UsageError(format!("--ids: '{r}' is not a pool id")).into());
            }
            id::check_name(id::NameRule::Pool, "standby pool", id.name()).map_err(UsageError)?;
            let kind = match kind {
                PoolKind::Vm => PoolType::Vm,
                PoolKind::Container => PoolType::ContainerGroup,
            };
            Ok((id, kind))
        })
        .collect()
}

struct Exporter<'a> {
    client: &'a ArmClient,
    version: String,
    wanted: Vec<(ResourceId, PoolType)>,
    pools: Vec<Pool>,
    own: metrics::Own,
    log: Log,
    publish: watch::Sender<Arc<Bodies>>,
}

impl Exporter<'_> {
    async fn run(&mut self, refresh: Duration, discover: Duration) {
        let mut next_discovery = Instant::now();
        let mut tick = tokio::time::interval(refresh);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if Instant::now() >= next_discovery {
                self.discover(refresh.max(Duration::from_secs(10))).await;
                next_discovery = Instant::now() + discover;
            }
            // Each read may take the interval, and never less than 10 s: a slow answer
            // is still an answer, and the next tick waits for this refresh to end.
            self.refresh(refresh.max(Duration::from_secs(10))).await;
            self.encode();
        }
    }

    /// Reads each pool resource: its target, and whether it still exists.
    async fn discover(&mut self, budget: Duration) {
        let paths = self.wanted.iter().map(|(id, _)| id.to_string()).collect();
        let answers = self.read_each(paths, budget).await;
        let mut found = Vec::new();
        for ((id, kind), answer) in self.wanted.iter().zip(answers) {
            let existing = self
                .pools
                .iter()
                .position(|p| &p.id == id)
                .map(|i| self.pools.swap_remove(i));
            match answer {
                Ok(fetched) => {
                    let target = Target::of_pool(&fetched.body);
                    let mut pool = existing.unwrap_or_else(|| Pool::new(id.clone(), *kind, target.clone()));
                    pool.target = target;
                    found.push(pool);
                }
                Err(e) if is_not_found(&e) => {
                    if existing.is_some() {
                        self.log.warn("pool_gone", &[("pool", id.to_string())]);
                    }
                }
                Err(e) => {
                    self.own.discovery_failures += 1;
                    self.log.warn(
                        "discovery_failed",
                        &[("pool", id.to_string()), ("error", format!("{e:#}"))],
                    );
                    // A pool that cannot be read now keeps what was known of it.
                    found.extend(existing);
                }
            }
        }
        self.pools = found;
    }

    async fn refresh(&mut self, budget: Duration) {
        let started = Instant::now();
        let paths = self
            .pools
            .iter()
            .map(|p| p.id.clone().child("runtimeViews", "latest").to_string())
            .collect();
        let answers = self.read_each(paths, budget).await;
        let now = Instant::now();
        for (pool, answer) in self.pools.iter_mut().zip(answers) {
            let read = answer.and_then(|fetched| view::<RuntimeView>(properties(&fetched.body), "runtime view"));
            let change = match read {
                Ok(v) => pool.succeeded(v, SystemTime::now()),
                Err(e) => {
                    self.own.refresh_failures += 1;
                    let change = pool.failed(now);
                    if change == Change::StartedFailing {
                        self.log.warn(
                            "pool_failing",
                            &[("pool", pool.id.to_string()), ("error", format!("{e:#}"))],
                        );
                    }
                    change
                }
            };
            match change {
                Change::Recovered => self.log.info("pool_recovered", &[("pool", pool.id.to_string())]),
                Change::Dropped => self.log.warn("pool_dropped", &[("pool", pool.id.to_string())]),
                Change::Steady | Change::StartedFailing => {}
            }
        }
        self.own.refresh_seconds = started.elapsed().as_secs_f64();
    }

    /// GETs every path, at most `--concurrency` at once, each within `budget`: a pool whose
    /// retries run past it counts as failed this round, so it never holds up the others.
    async fn read_each(&self, paths: Vec<String>, budget: Duration) -> Vec<Result<crate::arm::client::Fetched>> {
        let limit = self.client.concurrency();
        crate::arm::each::each(paths, limit, |path| async move {
            let url = self.client.url(&path, &[("api-version", &self.version)])?;
            match tokio::time::timeout(budget, self.client.get(url)).await {
                Ok(answer) => Ok(answer?),
                Err(_) => Err(anyhow::anyhow!("no answer within the refresh interval")),
            }
        })
        .await
    }

    fn encode(&self) {
        let families = metrics::families(&self.pools, &self.own, self.client.stats());
        match Bodies::encode(encode::prometheus_text(&families), encode::open_metrics(&families)) {
            Ok(bodies) => {
                let _ = self.publish.send(Arc::new(bodies));
            }
            Err(e) => self.log.warn("encode_failed", &[("error", e.to_string())]),
        }
    }
}

fn is_not_found(e: &anyhow::Error) -> bool {
    matches!(e.downcast_ref(), Some(crate::arm::ArmError::Http { status: 404, .. }))
}
