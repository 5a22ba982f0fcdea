//! `vm-pool watch` / `container-pool watch`: the full-screen view at a terminal, JSON
//! lines elsewhere (lines.rs).

use anyhow::Result;
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use super::frame::Session;
use super::screen::{self, Input, Keys};
use super::{TARGET_EVERY, lines, next_delay, printable, transient};
use crate::arm::ArmError;
use crate::cli::WatchArgs;
use crate::cmd::pool::Polled;
use crate::cmd::pool::PoolReader;
use crate::context::Context;
use crate::exit::Code;
use crate::model::ready::{PoolConfig, PoolType};
use crate::output::Outcome;
use crate::render::style::Palette;
use crate::term::FullScreen;

pub async fn watch(pk: PoolType, args: &WatchArgs, ctx: &Context) -> Result<Outcome> {
    let reader = PoolReader::new(pk, &args.pool.target(), ctx)?;
    // People at a terminal get the view; scripts, pipes and -o json get lines.
    if !ctx.terminal.stdout_is_tty || !ctx.render.for_people() {
        return lines::run(&reader, args, ctx).await;
    }
    full_screen(pk, &reader, args, ctx).await
}

fn clock() -> String {
    let now = azure_core::time::OffsetDateTime::now_utc();
    format!("{:02}:{:02}:{:02} UTC", now.hour(), now.minute(), now.second())
}

/// A failure shown in the status line: short, and safe for the terminal.
fn short(err: &anyhow::Error) -> String {
    let text = match err.downcast_ref::<ArmError>() {
        Some(ArmError::Http { status, code, .. }) => format!("HTTP {status} ({code})"),
        _ => format!("{err:#}"),
    };
    printable(&text)
}

async fn full_screen(pk: PoolType, reader: &PoolReader<'_>, args: &WatchArgs, ctx: &Context) -> Result<Outcome> {
    let mut session = Session::new(title(pk, reader, args), pk, Instant::now());
    let screen = FullScreen::enter()?;
    let mut keys = Keys::new();
    let mut keys_open = true;
    let mut polling = Polling::default();
    let mut pending: Option<Pin<Box<dyn Future<Output = Polled> + '_>>> = Some(Box::pin(reader.poll(None)));
    let mut next = tokio::time::Instant::now();
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    loop {
        draw(&screen, &session, ctx)?;
        tokio::select! {
            polled = async {
                match pending.as_mut() {
                    Some(p) => p.await,
                    None => std::future::pending().await,
                }
            }, if pending.is_some() => {
                pending = None;
                polling.take_in(&mut session, polled)?;
                if args.count.is_some_and(|n| session.polls >= n) {
                    return Ok(Outcome::Done(Code::Success));
                }
                let delay = next_delay(args.interval, polling.failures);
                next = tokio::time::Instant::now() + delay;
                session.next_poll = Some(Instant::now() + delay);
            }
            _ = tokio::time::sleep_until(next), if pending.is_none() => {
                pending = Some(Box::pin(reader.poll(polling.known(&session))));
                session.next_poll = None;
            }
            input = keys.next(), if keys_open => match input {
                Input::Quit => return Ok(Outcome::Done(Code::Success)),
                Input::Gone => keys_open = false,
                Input::Resized | Input::Other => {}
            },
            _ = tick.tick() => {}
        }
    }
}

/// `standby vm-pool watch · web-pool · every 10s`
fn title(pk: PoolType, reader: &PoolReader<'_>, args: &WatchArgs) -> String {
    let noun = match pk {
        PoolType::Vm => "vm-pool",
        PoolType::ContainerGroup => "container-pool",
    };
    format!(
        "standby {noun} watch · {} · every {}",
        reader.name(),
        super::human(args.interval)
    )
}

/// The session as a frame at the terminal's size as of now, so a resize shows at the
/// next tick.
fn draw(screen: &FullScreen, session: &Session, ctx: &Context) -> Result<()> {
    let (width, height) = screen::size();
    let palette = Palette {
        color: ctx.render.color,
        width: Some(width),
    };
    let frame = session.lines(&palette, Instant::now(), Some(usize::from(height)));
    screen.draw(&frame, width, height)?;
    Ok(())
}

/// What the polls so far say about the next one.
#[derive(Default)]
struct Polling {
    /// Failed polls in a row, which lengthen the wait before the next.
    failures: u32,
    /// When the pool's settings (its target) were last read.
    target_read: Option<Instant>,
}

impl Polling {
    /// The settings to poll with: none when they are due to be read again.
    fn known(&self, session: &Session) -> Option<PoolConfig> {
        let due = self.target_read.is_none_or(|at| at.elapsed() >= TARGET_EVERY);
        if due { None } else { session.config.clone() }
    }

    /// A poll into the session. A failure that may pass is shown and polled past; a pool
    /// that is gone, or any other failure, ends the watch.
    fn take_in(&mut self, session: &mut Session, polled: Polled) -> Result<()> {
        session.polls += 1;
        match polled.status {
            Ok(out) => {
                self.failures = 0;
                session.observe(out, polled.facts, Instant::now(), clock());
            }
            Err(e) if transient(&e) => {
                self.failures += 1;
                session.error = Some(format!("{}; polling on", short(&e)));
            }
            // full_screen's `screen` restores the terminal as it drops, before main reports.
            Err(e) => return Err(e),
        }
        match polled.pool {
            Some(Ok(config)) => {
                session.config = Some(config);
                self.target_read = Some(Instant::now());
            }
            Some(Err(e)) if Code::of(&e) == Code::NotFound => return Err(e),
            Some(Err(e)) => session.error = Some(format!("target not read: {}", short(&e))),
            None => {}
        }
        Ok(())
    }
}
