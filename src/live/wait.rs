//! `vm-pool wait` / `container-pool wait`: poll until every condition holds (exit 0) or
//! the deadline passes (exit 4), for pipelines that must not scale out onto a cold pool.

mod goal;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::Write;
use std::time::{Duration, Instant};

use super::{TARGET_EVERY, human, next_delay, printable, transient};
use crate::arm::deadline;
use crate::cli::WaitArgs;
use crate::cmd::pool::PoolReader;
use crate::context::Context;
use crate::exit::Code;
use crate::log;
use crate::model::ready::{PoolConfig, PoolFacts, PoolType, Target};
use crate::output::{Outcome, Output, TargetFacts};
use crate::render;
use crate::term::{self, Written};
use goal::{Goal, Seen};

/// `--timeout` when none is given.
const DEFAULT_DEADLINE: Duration = Duration::from_secs(600);

/// The one line on stderr that redraws in place; hidden when stderr is not a terminal.
fn progress(goal: &Goal) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(1), ProgressDrawTarget::stderr());
    let template = if goal.needs_target() {
        "{bar:30} {msg}  {elapsed}"
    } else {
        "{spinner} {msg}  {elapsed}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("█▌░"));
    }
    bar
}

/// What the polls have learnt of the pool's target.
#[derive(Default)]
struct Known {
    config: Option<(PoolConfig, Instant)>,
    facts: Option<PoolFacts>,
    /// Whether the unreadable scale set has been reported (once, not at every poll).
    warned: bool,
}

impl Known {
    /// The settings to poll with: none when they are due to be read again.
    fn config(&self, goal: &Goal) -> Option<PoolConfig> {
        match &self.config {
            Some((c, at)) if at.elapsed() < TARGET_EVERY || !goal.needs_target() => Some(c.clone()),
            _ => None,
        }
    }
}

/// One poll: the view, and (when the goal needs a target) the pool's settings when
/// due and its scale set. `--ready` beyond the pool's size fails here, once it is known.
async fn poll_once(reader: &PoolReader<'_>, goal: &Goal, known: &mut Known) -> Result<Output> {
    if !goal.needs_target() {
        return reader.status().await;
    }
    let polled = reader.poll(known.config(goal)).await;
    if let Some(pool) = polled.pool {
        let config = pool?;
        goal.possible(&config, reader.name())?;
        known.config = Some((config, Instant::now()));
    }
    if let Some(facts) = polled.facts {
        if let Some(line) = crate::cmd::pool::scale_set_warning(&facts, reader.name()).filter(|_| !known.warned) {
            log::warn(format_args!("{line}"));
            known.warned = true;
        }
        known.facts = Some(facts);
    }
    polled.status
}

pub async fn wait(pk: PoolType, args: &WaitArgs, ctx: &Context) -> Result<Outcome> {
    let goal = Goal::of(args);
    let reader = PoolReader::new(pk, &args.pool.target(), ctx)?;
    let deadline_after = args.timeout.unwrap_or(DEFAULT_DEADLINE);
    let deadline = Instant::now() + deadline_after;
    let bar = progress(&goal);
    let mut polls = Polls::default();
    loop {
        polls.count += 1;
        let bound = request_bound(ctx.request_timeout(), deadline, deadline_after);
        let result = deadline::work(bound, poll_once(&reader, &goal, &mut polls.known)).await;
        if let Some(out) = polls.record(result, &goal, pk, &bar)? {
            bar.finish_and_clear();
            return finish(&out, ctx, Code::Success);
        }
        if !pause(deadline, args.interval, polls.failures).await {
            break;
        }
    }
    bar.finish_and_clear();
    let target = polls.known.facts.as_ref().map(PoolFacts::target);
    timed_out(
        &goal,
        &reader,
        deadline_after,
        target.as_ref(),
        polls.last.as_ref().map(|(_, s)| s),
        polls.last_error.as_ref(),
    );
    match &polls.last {
        Some((out, _)) => finish(out, ctx, Code::Timeout),
        None => Ok(Outcome::Done(Code::Timeout)),
    }
}

/// Each request gets the usual limit or the time left, whichever is less; a single check
/// (--timeout 0) gets the usual limit.
fn request_bound(usual: Duration, deadline: Instant, deadline_after: Duration) -> Duration {
    let left = deadline.saturating_duration_since(Instant::now());
    if deadline_after.is_zero() {
        usual
    } else {
        usual.min(left)
    }
}

/// Sleeps until the next poll, never past the deadline; false once the deadline has come.
async fn pause(deadline: Instant, interval: Duration, failures: u32) -> bool {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return false;
    }
    tokio::time::sleep(next_delay(interval, failures).min(left)).await;
    Instant::now() < deadline
}

/// What the polls so far have left, for the next poll and for the timeout line.
#[derive(Default)]
struct Polls {
    count: u64,
    /// Failed polls in a row, which lengthen the wait before the next.
    failures: u32,
    known: Known,
    last: Option<(Output, Seen)>,
    last_error: Option<anyhow::Error>,
}

impl Polls {
    /// One poll's result: the status when it meets the goal. A failure that may pass is
    /// kept for the timeout line; any other ends the wait.
    fn record(
        &mut self,
        result: Result<Output>,
        goal: &Goal,
        pk: PoolType,
        bar: &ProgressBar,
    ) -> Result<Option<Output>> {
        match result {
            Ok(out) => self.seen(out, goal, pk, bar),
            Err(e) if transient(&e) => {
                self.failures += 1;
                let polls = self.count;
                bar.suspend(|| {
                    log::verbose(format_args!(
                        "poll {polls} failed; polling on: {}",
                        printable(&format!("{e:#}"))
                    ))
                });
                self.last_error = Some(e);
                Ok(None)
            }
            Err(e) => {
                bar.finish_and_clear();
                Err(e)
            }
        }
    }

    fn seen(&mut self, mut out: Output, goal: &Goal, pk: PoolType, bar: &ProgressBar) -> Result<Option<Output>> {
        self.failures = 0;
        // The final table says ready against target, as status does.
        if self.known.facts.is_some() {
            out.set_targets([TargetFacts::of(self.known.facts.clone())]);
        }
        let rv = out.first_view().cloned().unwrap_or_default();
        let seen = goal.check(&rv, pk, self.known.facts.as_ref())?;
        show(bar, goal, &seen);
        let polls = self.count;
        bar.suspend(|| log::verbose(format_args!("poll {polls}: {}", goal.report(&seen))));
        if goal.met(&seen) {
            return Ok(Some(out));
        }
        self.last = Some((out, seen));
        Ok(None)
    }
}

/// The one line on stderr that says what was awaited and what was seen last.
fn timed_out(
    goal: &Goal,
    reader: &PoolReader<'_>,
    after: Duration,
    target: Option<&Target>,
    seen: Option<&Seen>,
    error: Option<&anyhow::Error>,
) {
    let seen = match (seen, error) {
        (Some(seen), _) => goal.report(seen),
        (None, Some(e)) => format!("no status read; last error: {}", printable(&format!("{e:#}"))),
        (None, None) => "no status read".to_string(),
    };
    let line = format!(
        "timed out after {} waiting for {} of pool {}: {seen}\n",
        human(after),
        goal.describe(target),
        reader.name()
    );
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}

fn show(bar: &ProgressBar, goal: &Goal, seen: &Seen) {
    match seen.need {
        Some(need) => {
            bar.set_length(u64::try_from(need.max(1)).unwrap_or(1));
            bar.set_position(u64::try_from(seen.ready.clamp(0, need.max(1))).unwrap_or(0));
            let zone = goal.zone.as_ref().map(|z| format!(" in zone {z}")).unwrap_or_default();
            let mut msg = format!("{}/{need} ready{zone}", seen.ready);
            if goal.healthy {
                msg.push_str(&format!(", health {}", printable(&seen.health)));
            }
            bar.set_message(msg);
        }
        None => {
            bar.set_message(format!(
                "health {}, provisioning {}",
                printable(&seen.health),
                printable(&seen.provisioning)
            ));
            bar.tick();
        }
    }
}

/// The status in the chosen format on stdout, as `status` prints it, then `code`.
fn finish(out: &Output, ctx: &Context, code: Code) -> Result<Outcome> {
    let text = render::render(out, &ctx.render)?;
    // A reader that went away changes nothing: the exit code is what was waited for.
    let _: Written = term::print(&text)?;
    Ok(Outcome::Done(code))
}
