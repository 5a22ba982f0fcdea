//! `--verbose` and `--debug` lines on stderr. Callers pass no secrets: tokens never
//! reach a format string here (requests are logged by URL and request id only).

use std::fmt::Arguments;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Quiet = 0,
    Verbose = 1,
    Debug = 2,
}

static LEVEL: AtomicU8 = AtomicU8::new(0);
static WARNINGS: AtomicBool = AtomicBool::new(true);

pub fn set_level(level: Level) {
    LEVEL.store(level as u8, Ordering::Relaxed);
}

fn enabled(level: Level) -> bool {
    LEVEL.load(Ordering::Relaxed) >= level as u8
}

/// Whether `--verbose` (or `--debug`) lines are printed: progress bars give way to them.
pub fn verbose_enabled() -> bool {
    enabled(Level::Verbose)
}

fn emit(prefix: &str, args: Arguments<'_>) {
    // Lines quote what servers sent (hosts, request ids, error text): sanitised, one line each.
    let line = args.to_string();
    let line = crate::term::sanitize(&line);
    // A closed stderr is not worth failing over.
    let _ = writeln!(std::io::stderr().lock(), "{prefix}{line}");
}

pub fn verbose(args: Arguments<'_>) {
    if enabled(Level::Verbose) {
        emit("INFO: ", args);
    }
}

pub fn debug(args: Arguments<'_>) {
    if enabled(Level::Debug) {
        emit("DEBUG: ", args);
    }
}

/// `--only-show-errors` turns these off; errors are printed by `exit::report` regardless.
pub fn set_warnings(on: bool) {
    WARNINGS.store(on, Ordering::Relaxed);
}

pub fn warn(args: Arguments<'_>) {
    if WARNINGS.load(Ordering::Relaxed) {
        emit("WARNING: ", args);
    }
}
