//! `standby exporter`: a long-running process that reads pools in the background and
//! serves what it read as Prometheus metrics. A refresh loop fills the bodies; the
//! HTTP endpoint only hands them out, so a scrape never reaches ARM.

mod encode;
mod events;
mod interval;
mod metrics;
mod own;
mod pool_logs;
mod pools;
mod ready;
mod select;
mod server;

use anyhow::{Context as _, Result};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::watch;

use crate::arm::versions::STANDBY_POOL_API;
use crate::arm::{ArmClient, deadline};
use crate::cli::ExporterArgs;
use crate::context::Context;
use crate::exit::Code;
use crate::fleet::{self, scale_sets};
use crate::id::ResourceId;
use crate::model::ready::{PoolConfig, PoolType};
use crate::model::runtime_view::RuntimeView;
use crate::model::{properties, view};
use crate::output::Outcome;
use events::Log;
use pools::{Pool, ReadChange};
use select::{Discovered, Selection};
use server::Bodies;

pub async fn run(args: &ExporterArgs, ctx: &Context) -> Result<Outcome> {
    let selection = Selection::from_args(args, ctx)?;
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
        version: ctx.api_version_or(STANDBY_POOL_API).to_string(),
        selection,
        pools: Vec::new(),
        discovered_before: false,
        own: own::Own {
            interval_seconds: args.refresh,
            ..own::Own::default()
        },
        readiness: ready::Readyz::default(),
        log,
        publish,
        logs: if args.events {
            Some((ctx.logs_client()?, pool_logs::PoolLogs::default()))
        } else {
            None
        },
    };
    // Served from the first scrape: the exporter's own figures (nothing discovered yet,
    // not ready), never an empty body.
    exporter.encode();
    // The address bound, not the one asked for: with port 0 the system picks one.
    let bound = listener.local_addr().map_or(args.listen, |a| a);
    log.info("listening", &[("address", bound.to_string())]);
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

struct Exporter<'a> {
    client: &'a ArmClient,
    version: String,
    selection: Selection,
    pools: Vec<Pool>,
    discovered_before: bool,
    own: own::Own,
    readiness: ready::Readyz,
    log: Log,
    publish: watch::Sender<Arc<Bodies>>,
    /// `--events`: the Log Analytics client and what the logs said so far.
    logs: Option<(&'a ArmClient, pool_logs::PoolLogs)>,
}

impl Exporter<'_> {
    /// Discovery on its own clock (retried with backoff when it fails); refreshes at a
    /// fixed rate, each started a whole interval after the last one started, not after it
    /// ended, at the interval ARM's read budget can carry (see `interval`).
    async fn run(&mut self, refresh: Duration, discover: Duration) {
        let mut backoff = ready::Backoff::new(discover);
        let mut plan: Option<interval::RefreshPlan> = None;
        let mut tick = fixed_rate(refresh);
        let mut next_discovery = tokio::time::Instant::now();
        loop {
            tokio::select! {
                biased;
                () = tokio::time::sleep_until(next_discovery) => {
                    let outcome = self.discover(refresh.max(Duration::from_secs(10))).await;
                    let wait = match &outcome {
                        Ok(()) => {
                            backoff.succeeded();
                            discover
                        }
                        Err(_) => backoff.failed(),
                    };
                    next_discovery = tokio::time::Instant::now() + wait;
                    self.readiness.discovery(&outcome);
                    self.locate_logs().await;
                    let now = interval::plan(refresh, &self.pools);
                    if plan.as_ref() != Some(&now) {
                        self.log.info("refresh_interval", &now.fields());
                        self.own.interval_seconds = now.effective.as_secs_f64();
                        tick = fixed_rate(now.effective);
                        plan = Some(now);
                    }
                    // Pools just found are read now, not an interval later.
                    tick.reset_immediately();
                    self.encode();
                }
                _ = tick.tick() => {
                    // Each read may take the interval, and never less than 10 s: a slow
                    // answer is still an answer.
                    self.refresh(refresh.max(Duration::from_secs(10))).await;
                    self.refresh_logs().await;
                    self.encode();
                }
            }
        }
    }

    /// Ok when the pools could be listed (or read), else why not.
    async fn discover(&mut self, budget: Duration) -> Result<(), String> {
        match &self.selection {
            Selection::Ids(wanted) => {
                let wanted = wanted.clone();
                self.discover_ids(&wanted, budget).await
            }
            Selection::Scope(scope) => {
                // Discovery pages through Resource Graph or the lists: more than one read's time.
                let limit = budget.max(Duration::from_secs(60));
                let answer = deadline::work(limit, scope.discover(self.client, &self.version)).await;
                self.follow(answer)
            }
        }
    }

    /// Reads each pool named: its target, and whether it still exists.
    async fn discover_ids(&mut self, wanted: &[(ResourceId, PoolType)], budget: Duration) -> Result<(), String> {
        let paths = wanted.iter().map(|(id, _)| id.to_string()).collect();
        let answers = self.read_each(paths, budget).await;
        let mut found = Vec::new();
        let (mut answered, mut failure) = (false, None);
        for ((id, kind), answer) in wanted.iter().zip(answers) {
            let existing = self.take(id);
            match answer {
                Ok(fetched) => {
                    answered = true;
                    found.push(Self::updated(existing, id, *kind, &fetched.body));
                }
                Err(e) if is_not_found(&e) => {
                    answered = true;
                    if existing.is_some() {
                        self.log.warn("pool_gone", &[("pool", id.to_string())]);
                    }
                }
                Err(e) => {
                    self.own.discovery_failures += 1;
                    self.log.warn_error("discovery_failed", &[("pool", id.to_string())], &e);
                    failure.get_or_insert_with(|| one_line(&e));
                    // A pool that cannot be read now keeps what was known of it.
                    found.extend(existing);
                }
            }
        }
        self.pools = found;
        match failure {
            Some(e) if !answered => Err(e),
            _ => Ok(()),
        }
    }

    /// Takes what a scope's discovery found. A pool no longer found is gone; when the
    /// answer was not whole (or not there at all), every known pool is kept.
    fn follow(&mut self, answer: Result<Discovered>) -> Result<(), String> {
        let discovered = match answer {
            Ok(d) => d,
            Err(e) => {
                self.own.discovery_failures += 1;
                self.log.warn_error("discovery_failed", &[], &e);
                return Err(one_line(&e));
            }
        };
        for e in &discovered.failures {
            self.own.discovery_failures += 1;
            self.log.warn_error("discovery_failed", &[], e);
        }
        let mut found = Vec::with_capacity(discovered.pools.len());
        for pool in &discovered.pools {
            let existing = self.take(&pool.id);
            // The first discovery finds every pool: that is not news worth a line each.
            if existing.is_none() && self.discovered_before {
                self.log.info("pool_found", &[("pool", pool.id.to_string())]);
            }
            found.push(Self::updated(existing, &pool.id, pool.kind, &pool.body));
        }
        for old in std::mem::take(&mut self.pools) {
            if discovered.failures.is_empty() {
                self.log.warn("pool_gone", &[("pool", old.id.to_string())]);
            } else {
                found.push(old);
            }
        }
        self.pools = found;
        self.discovered_before = true;
        Ok(())
    }

    fn take(&mut self, id: &ResourceId) -> Option<Pool> {
        self.pools
            .iter()
            .position(|p| &p.id == id)
            .map(|i| self.pools.swap_remove(i))
    }

    fn updated(existing: Option<Pool>, id: &ResourceId, kind: PoolType, body: &serde_json::Value) -> Pool {
        let config = PoolConfig::of_pool(body);
        let mut pool = existing.unwrap_or_else(|| Pool::new(id.clone(), kind, config.clone()));
        pool.config = config;
        pool
    }

    async fn refresh(&mut self, budget: Duration) {
        let started = Instant::now();
        let ids: Vec<ResourceId> = self.pools.iter().map(|p| p.id.clone()).collect();
        let configs: Vec<(PoolType, PoolConfig)> = self.pools.iter().map(|p| (p.kind, p.config.clone())).collect();
        // The scale sets are read beside the views: their size is what the targets follow.
        let (answers, facts) = tokio::join!(
            fleet::read_views(self.client, &ids, &self.version, Some(budget), &fleet::Quiet),
            scale_sets::read_fleet(self.client, &configs)
        );
        let now = Instant::now();
        let (mut views_read, mut failure) = (0, None);
        for ((pool, answer), facts) in self.pools.iter_mut().zip(answers).zip(facts) {
            pool.scale_set = facts.scale_set;
            let read = answer
                .map_err(anyhow::Error::new)
                .and_then(|fetched| view::<RuntimeView>(properties(&fetched.body), "runtime view"));
            let change = match read {
                Ok(v) => {
                    views_read += 1;
                    pool.succeeded(v, SystemTime::now())
                }
                Err(e) => {
                    self.own.refresh_failures += 1;
                    let change = pool.failed(now);
                    if change == ReadChange::StartedFailing {
                        self.log
                            .warn_error("pool_failing", &[("pool", pool.id.to_string())], &e);
                    }
                    failure.get_or_insert_with(|| one_line(&e));
                    change
                }
            };
            match change {
                ReadChange::Recovered => self.log.info("pool_recovered", &[("pool", pool.id.to_string())]),
                ReadChange::Dropped => self.log.warn("pool_dropped", &[("pool", pool.id.to_string())]),
                ReadChange::Steady | ReadChange::StartedFailing => {}
            }
        }
        self.own.refresh_seconds = started.elapsed().as_secs_f64();
        self.readiness.refresh(views_read, self.pools.len(), failure);
    }

    /// GETs every path, at most `--concurrency` at once, each within `budget`: a pool whose
    /// retries run past it counts as failed this round, so it never holds up the others.
    async fn read_each(&self, paths: Vec<String>, budget: Duration) -> Vec<Result<crate::arm::client::Fetched>> {
        let limit = self.client.concurrency();
        crate::arm::each::each(paths, limit, |path| async move {
            let url = self.client.url(&path, &[("api-version", &self.version)])?;
            let shown = url.to_string();
            Ok(deadline::request(budget, &shown, self.client.get(url)).await?)
        })
        .await
    }

    /// `--events`: the workspace of each pool found since the last discovery.
    async fn locate_logs(&mut self) {
        let pools: Vec<(ResourceId, PoolType)> = self.pools.iter().map(|p| (p.id.clone(), p.kind)).collect();
        if let Some((_, logs)) = &mut self.logs {
            let notes = logs.locate(self.client, &pools).await;
            self.note(notes);
        }
    }

    /// `--events`: one query per workspace for what was ingested since the last.
    async fn refresh_logs(&mut self) {
        if let Some((client, logs)) = &mut self.logs {
            let notes = logs.refresh(client, azure_core::time::OffsetDateTime::now_utc()).await;
            self.note(notes);
        }
    }

    fn note(&self, notes: pool_logs::Notes) {
        for (event, subject, why) in notes {
            self.log.warn(event, &[("subject", subject), ("error", why)]);
        }
    }

    fn encode(&mut self) {
        self.own.ready = self.readiness.is_ready();
        let events = self.logs.as_ref().map(|(_, logs)| logs);
        let families = metrics::families(&self.pools, &self.own, self.client.stats(), events);
        match Bodies::encode(encode::prometheus_text(&families), encode::open_metrics(&families)) {
            Ok(mut bodies) => {
                bodies.not_ready = self.readiness.reason();
                let _ = self.publish.send(Arc::new(bodies));
            }
            Err(e) => self.log.warn("encode_failed", &[("error", e.to_string())]),
        }
    }
}

/// Refreshes start `period` apart however long each takes (up to a period: one that
/// runs over starts the next at once, then the schedule goes on from there).
fn fixed_rate(period: Duration) -> tokio::time::Interval {
    let mut tick = tokio::time::interval(period);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tick
}

/// An error on one line, its parts joined, server text escaped: for `/readyz`.
fn one_line(e: &anyhow::Error) -> String {
    let parts: Vec<String> = events::error_fields(e).into_iter().map(|(_, v)| v).collect();
    crate::term::sanitize(&parts.join("; ")).into_owned()
}

fn is_not_found(e: &anyhow::Error) -> bool {
    matches!(e.downcast_ref(), Some(crate::arm::ArmError::Http { status: 404, .. }))
}
