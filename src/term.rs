//! The one writer for stdout. A reader that went away (`standby … | head`) is not an
//! error: the command ends quietly with exit 0, as other Unix tools do. Commands that
//! draw many frames or lines use the same writer, so the rule holds for them too.

use std::io::{ErrorKind, Write};

/// Whether the text reached its reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Yes,
    /// stdout is a closed pipe: stop producing output, and exit 0.
    ReaderGone,
}

/// Writes `text` to stdout and flushes it, so that a line a script follows arrives when
/// it is produced rather than when a buffer fills.
pub fn print(text: &str) -> std::io::Result<Written> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(Written::Yes),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(Written::ReaderGone),
        Err(e) => Err(e),
    }
}

/// A line for the person at the terminal, on stderr (stdout carries only the result).
pub fn note(text: &str) {
    // A closed stderr is not worth failing over.
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
