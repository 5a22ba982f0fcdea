//! `watch` off a terminal, or with `-o json`: one compact JSON object per poll whose
//! view changed, flushed as it is observed, for a log pipeline or `jq` to follow.

use anyhow::Result;
use serde_json::Value;

use super::{next_delay, now_rfc3339, printable, transient};
use crate::cli::WatchArgs;
use crate::cmd::pool::PoolReader;
use crate::context::Context;
use crate::exit::Code;
use crate::log;
use crate::output::Outcome;
use crate::render;
use crate::term::{self, Written};

pub(super) async fn run(reader: &PoolReader<'_>, args: &WatchArgs, ctx: &Context) -> Result<Outcome> {
    // Only the last view is kept: memory stays flat however long the watch runs.
    let mut last: Option<Value> = None;
    let mut polls = 0u64;
    let mut failures = 0u32;
    loop {
        polls += 1;
        match reader.status().await {
            Ok(out) => {
                failures = 0;
                // "Changed" compares what `status -o json` prints, not the time it was seen.
                let view = render::json_value(&out);
                if last.as_ref() != Some(&view) {
                    if let Written::ReaderGone = emit(&view, ctx)? {
                        return Ok(Outcome::Done(Code::Success));
                    }
                    last = Some(view);
                }
            }
            Err(e) if transient(&e) => {
                failures += 1;
                log::warn(format_args!(
                    "poll {polls} failed; polling on: {}",
                    printable(&format!("{e:#}"))
                ));
            }
            Err(e) => return Err(e),
        }
        if args.count.is_some_and(|n| polls >= n) {
            return Ok(Outcome::Done(Code::Success));
        }
        tokio::time::sleep(next_delay(args.interval, failures)).await;
    }
}

/// One line: the view with `observedAt`, through `--query` when there is one.
fn emit(view: &Value, ctx: &Context) -> Result<Written> {
    let mut object = view.clone();
    if let Value::Object(fields) = &mut object {
        fields.insert("observedAt".to_string(), Value::String(now_rfc3339()));
    }
    match render::json_line(&object, &ctx.render)? {
        Some(text) => Ok(term::print(&text)?),
        None => Ok(Written::Yes),
    }
}
