//! `events --follow`: the pool's events as they arrive, one line each. Each query reaches
//! back an hour before the last one's end, because rows reach the logs minutes late;
//! what was printed already is remembered for that hour and not printed again.

use anyhow::Result;
use azure_core::time::Duration as Span;
use std::collections::HashSet;

use super::{next_delay, printable, transient};
use crate::cli::EventsArgs;
use crate::cmd::events::{self as cmd, row};
use crate::context::Context;
use crate::exit::Code;
use crate::log;
use crate::logs::{Reader, query};
use crate::model::events::Event;
use crate::model::pool_type::PoolType;
use crate::output::Outcome;
use crate::render::{self, Format};
use crate::term::{self, Written};

/// How far back each query reaches past the last one's end: rows arrive late.
const LATE: Span = Span::hours(1);

pub async fn follow(pt: PoolType, args: &EventsArgs, ctx: &Context) -> Result<Outcome> {
    let pool = cmd::pool(pt, args, ctx)?;
    let pace = query::Pace::default();
    let reader = Reader {
        arm: ctx.client()?,
        logs: ctx.logs_client()?,
        pace: &pace,
    };
    let (mut start, mut end) = cmd::range(args, cmd::now())?;
    let mut printed: HashSet<(String, String, String)> = HashSet::new();
    let (mut queries, mut failures) = (0u64, 0u32);
    loop {
        queries += 1;
        match reader.events(&pool, pt, (start, end)).await {
            Ok(found) => {
                failures = 0;
                for note in found.notes.iter().chain(&found.partial) {
                    log::warn(format_args!("{note}"));
                }
                // Rows outside the range asked are not this query's news (the service does
                // not send them; a row that slipped through would print twice).
                let asked = |e: &&Event| e.at.is_none_or(|t| t >= start && t < end);
                for e in found.events.iter().filter(asked).filter(|e| printed.insert(key(e))) {
                    if let Written::ReaderGone = print(e, ctx)? {
                        return Ok(Outcome::Done(Code::Success));
                    }
                }
            }
            Err(e) if transient(&e) => {
                failures += 1;
                log::warn(format_args!(
                    "query {queries} failed; following on: {}",
                    printable(&format!("{e:#}"))
                ));
            }
            Err(e) => return Err(e),
        }
        if args.count.is_some_and(|n| queries >= n) {
            return Ok(Outcome::Done(Code::Success));
        }
        tokio::time::sleep(next_delay(args.interval, failures)).await;
        start = end - LATE;
        end = cmd::now();
        // Only the last hour can still arrive: what is older is never printed twice.
        printed.retain(|(t, _, _)| azure_core::time::parse_rfc3339(t).map_or(true, |t| t >= start));
    }
}

fn key(e: &Event) -> (String, String, String) {
    (
        e.time_generated.clone(),
        e.name.clone(),
        e.detail().unwrap_or_default().to_string(),
    )
}

/// One event: a JSON line for scripts, a line of the table's words for people.
fn print(e: &Event, ctx: &Context) -> Result<Written> {
    let line = if ctx.render.for_people() {
        let time = e
            .time_generated
            .get(..19)
            .unwrap_or(&e.time_generated)
            .replace('T', " ");
        let detail = e.detail().map(|d| format!("  {d}")).unwrap_or_default();
        format!("{time}  {}{}\n", e.words(), term::sanitize(&detail))
    } else if ctx.render.format == Format::None {
        return Ok(Written::Yes);
    } else {
        match render::json_line(&row(e), &ctx.render)? {
            Some(line) => line,
            None => return Ok(Written::Yes),
        }
    };
    Ok(term::print(&line)?)
}
