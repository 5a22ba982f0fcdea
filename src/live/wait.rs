//! `vm-pool wait` / `container-pool wait`: poll until every condition holds (exit 0) or
//! the deadline passes (exit 4), for pipelines that must not scale out onto a cold pool.

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::Write;
use std::time::{Duration, Instant};

use super::{TARGET_EVERY, human, next_delay, printable, transient};
use crate::cli::WaitArgs;
use crate::cmd::pool::{PoolKind, PoolReader};
use crate::context::Context;
use crate::exit::Code;
use crate::log;
use crate::model::ready::{PoolType, Target, readiness};
use crate::model::runtime_view::{Health, RuntimeView};
use crate::model::{properties, view};
use crate::output::{Outcome, Output};
use crate::render;
use crate::term::{self, Written};

/// `--timeout` when none is given.
const DEFAULT_DEADLINE: Duration = Duration::from_secs(600);

/// What `--ready`, `--ready-percent`, `--healthy` and `--zone` ask for.
#[derive(Debug, Clone)]
struct Goal {
    ready: Option<i64>,
    percent: Option<u8>,
    healthy: bool,
    zone: Option<String>,
}

/// What one runtime view says about the goal.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    /// Ready instances, in `--zone` when one is given.
    ready: i64,
    /// Ready instances of the whole pool.
    ready_total: i64,
    /// The count `--ready` and `--ready-percent` ask for together.
    need: Option<i64>,
    healthy: bool,
    health: String,
    provisioning: String,
}

impl Goal {
    fn of(args: &WaitArgs) -> Goal {
        Goal {
            ready: args.ready.map(|n| i64::try_from(n).unwrap_or(i64::MAX)),
            percent: args.ready_percent,
            healthy: args.healthy,
            zone: args.zone.clone(),
        }
    }

    fn needs_target(&self) -> bool {
        self.ready.is_some() || self.percent.is_some()
    }

    /// Ready instances that `--ready-percent` asks for: P % of maxReadyCapacity, rounded up.
    fn percent_need(&self, target: &Target) -> Result<Option<i64>> {
        let Some(p) = self.percent else { return Ok(None) };
        let Some(max) = target.max else {
            anyhow::bail!("--ready-percent: the pool sets no maxReadyCapacity to take a percentage of");
        };
        let need = (i128::from(max.max(0)) * i128::from(p) + 99) / 100;
        Ok(Some(i64::try_from(need).unwrap_or(i64::MAX)))
    }

    fn check(&self, rv: &RuntimeView, pool: PoolType, target: &Target) -> Result<Seen> {
        let ready_total = readiness(rv, pool, target, None).ready;
        let ready = match &self.zone {
            Some(z) => readiness(rv, pool, target, Some(z)).ready,
            None => ready_total,
        };
        let summary = rv.status.as_ref().and_then(|s| s.summary());
        let provisioning = rv.provisioning_state.clone().unwrap_or_else(|| "-".into());
        Ok(Seen {
            ready,
            ready_total,
            need: self.ready.max(self.percent_need(target)?),
            healthy: summary.as_ref().is_some_and(|(_, h)| *h == Health::Healthy)
                && provisioning.eq_ignore_ascii_case("Succeeded"),
            health: summary.map_or_else(|| "-".to_string(), |(word, _)| word),
            provisioning,
        })
    }

    fn met(&self, seen: &Seen, target: &Target) -> Result<bool> {
        let ready_ok = self.ready.is_none_or(|n| seen.ready >= n);
        let percent_ok = self.percent_need(target)?.is_none_or(|n| seen.ready_total >= n);
        Ok(ready_ok && percent_ok && (!self.healthy || seen.healthy))
    }

    /// `8 ready instances in zone 2 and a healthy pool`.
    fn describe(&self, target: Option<&Target>) -> String {
        let mut wants = Vec::new();
        if let Some(n) = self.ready {
            let zone = self.zone.as_ref().map(|z| format!(" in zone {z}")).unwrap_or_default();
            wants.push(format!("{n} ready instances{zone}"));
        }
        if let Some(p) = self.percent {
            match target.and_then(|t| self.percent_need(t).ok().flatten().zip(t.max)) {
                Some((need, max)) => wants.push(format!("{need} ready instances ({p}% of {max})")),
                None => wants.push(format!("{p}% of maxReadyCapacity ready")),
            }
        }
        if self.healthy {
            wants.push("health healthy and provisioning Succeeded".to_string());
        }
        wants.join(" and ")
    }

    fn report(&self, seen: &Seen) -> String {
        let mut parts = Vec::new();
        if self.needs_target() {
            parts.push(match &self.zone {
                Some(z) => format!("{} ready in zone {z} ({} in the pool)", seen.ready, seen.ready_total),
                None => format!("{} ready", seen.ready),
            });
        }
        if self.healthy {
            parts.push(format!("health {}, provisioning {}", seen.health, seen.provisioning));
        }
        printable(&parts.join(", "))
    }
}

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

pub async fn wait(pk: PoolKind, args: &WaitArgs, ctx: &Context) -> Result<Outcome> {
    let goal = Goal::of(args);
    let reader = PoolReader::new(pk, &args.pool.target(), ctx)?;
    let deadline_after = args.timeout.unwrap_or(DEFAULT_DEADLINE);
    let started = Instant::now();
    let deadline = started + deadline_after;
    let bar = progress(&goal);
    let mut target: Option<(Target, Instant)> = None;
    let mut last: Option<(Output, Seen)> = None;
    let mut last_error: Option<anyhow::Error> = None;
    let mut failures = 0u32;
    let mut polls = 0u64;
    loop {
        polls += 1;
        // Each request gets the usual limit or the time left, whichever is less; a
        // single check (--timeout 0) gets the usual limit.
        let left = deadline.saturating_duration_since(Instant::now());
        let bound = if deadline_after.is_zero() {
            ctx.request_timeout()
        } else {
            ctx.request_timeout().min(left)
        };
        let refresh = goal.needs_target() && target.as_ref().is_none_or(|(_, at)| at.elapsed() >= TARGET_EVERY);
        let result = tokio::time::timeout(bound, async {
            let pool = if refresh { Some(reader.pool().await?) } else { None };
            Ok::<_, anyhow::Error>((pool, reader.status().await?))
        })
        .await
        .map_err(anyhow::Error::from)
        .and_then(|r| r);
        match result {
            Ok((pool, out)) => {
                failures = 0;
                if let Some(pool) = pool {
                    target = Some((Target::of_pool(&pool), Instant::now()));
                }
                let t = target.as_ref().map(|(t, _)| t.clone()).unwrap_or_default();
                let item = out.items.first().cloned().unwrap_or_default();
                let rv: RuntimeView = view(properties(&item), "runtime view")?;
                let seen = goal.check(&rv, pk.pool_type(), &t)?;
                let met = goal.met(&seen, &t)?;
                show(&bar, &goal, &seen);
                bar.suspend(|| log::verbose(format_args!("poll {polls}: {}", goal.report(&seen))));
                if met {
                    bar.finish_and_clear();
                    return finish(&out, ctx, Code::Success);
                }
                last = Some((out, seen));
            }
            Err(e) if transient(&e) => {
                failures += 1;
                bar.suspend(|| {
                    log::verbose(format_args!(
                        "poll {polls} failed; polling on: {}",
                        printable(&format!("{e:#}"))
                    ))
                });
                last_error = Some(e);
            }
            Err(e) => {
                bar.finish_and_clear();
                return Err(e);
            }
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        tokio::time::sleep(next_delay(args.interval, failures).min(left)).await;
        if Instant::now() >= deadline {
            break;
        }
    }
    bar.finish_and_clear();
    let seen = match (&last, &last_error) {
        (Some((_, seen)), _) => goal.report(seen),
        (None, Some(e)) => format!("no status read; last error: {}", printable(&format!("{e:#}"))),
        (None, None) => "no status read".to_string(),
    };
    let line = format!(
        "timed out after {} waiting for {} of pool {}: {seen}\n",
        human(deadline_after),
        goal.describe(target.as_ref().map(|(t, _)| t)),
        reader.name()
    );
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
    match &last {
        Some((out, _)) => finish(out, ctx, Code::Timeout),
        None => Ok(Outcome::Done(Code::Timeout)),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rv(deallocated: i64, zone2: i64, health: &str) -> RuntimeView {
        serde_json::from_value(json!({"provisioningState": "Succeeded", "status": {"code": health},
            "instanceCountSummary": [
              {"zone": 1, "instanceCountsByState": [{"state": "Deallocated", "count": deallocated}]},
              {"zone": 2, "instanceCountsByState": [{"state": "Deallocated", "count": zone2}, {"state": "Running", "count": 4}]}]}))
        .unwrap()
    }

    fn target() -> Target {
        Target::of_pool(&json!({"properties": {"virtualMachineState": "Deallocated",
            "elasticityProfile": {"maxReadyCapacity": 10}}}))
    }

    fn goal(ready: Option<i64>, percent: Option<u8>, healthy: bool, zone: Option<&str>) -> Goal {
        Goal {
            ready,
            percent,
            healthy,
            zone: zone.map(str::to_string),
        }
    }

    #[test]
    fn conditions_all_hold() {
        let t = target();
        let g = goal(Some(5), None, false, None);
        let seen = g.check(&rv(3, 2, "HealthState/healthy"), PoolType::Vm, &t).unwrap();
        assert_eq!(seen.ready, 5);
        assert!(g.met(&seen, &t).unwrap());
        // 75 % of 10, rounded up: 8.
        let g = goal(None, Some(75), false, None);
        let seen = g.check(&rv(5, 2, "HealthState/healthy"), PoolType::Vm, &t).unwrap();
        assert_eq!(seen.need, Some(8));
        assert!(!g.met(&seen, &t).unwrap());
        let g = goal(Some(3), None, true, Some("2"));
        let seen = g.check(&rv(9, 2, "HealthState/healthy"), PoolType::Vm, &t).unwrap();
        assert!(!g.met(&seen, &t).unwrap());
        let seen = g.check(&rv(0, 3, "HealthState/degraded"), PoolType::Vm, &t).unwrap();
        assert!(!g.met(&seen, &t).unwrap());
        let seen = g.check(&rv(0, 3, "HealthState/healthy"), PoolType::Vm, &t).unwrap();
        assert!(g.met(&seen, &t).unwrap());
        assert!(
            goal(None, Some(50), false, None)
                .percent_need(&Target::default())
                .is_err()
        );
    }

    #[test]
    fn the_timeout_line_says_what_was_awaited() {
        let t = target();
        let g = goal(Some(8), None, false, None);
        assert_eq!(g.describe(Some(&t)), "8 ready instances");
        let seen = g.check(&rv(3, 2, "HealthState/healthy"), PoolType::Vm, &t).unwrap();
        assert_eq!(g.report(&seen), "5 ready");
        let g = goal(Some(2), Some(80), true, Some("1"));
        assert_eq!(
            g.describe(Some(&t)),
            "2 ready instances in zone 1 and 8 ready instances (80% of 10) and health healthy and provisioning Succeeded"
        );
    }
}
