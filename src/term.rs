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

/// A progress bar on stderr for work that takes a while (a fleet's reads). It draws only
/// when stderr is a terminal, and never when asked not to (`--verbose` prints lines instead).
pub struct Progress {
    bar: indicatif::ProgressBar,
}

impl Progress {
    pub fn start(show: bool) -> Progress {
        let bar = if show {
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr())
        } else {
            indicatif::ProgressBar::hidden()
        };
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.set_message("finding pools");
        bar.enable_steady_tick(std::time::Duration::from_millis(100));
        Progress { bar }
    }

    /// The work is known: `total` items.
    pub fn set_total(&self, total: u64) {
        self.bar.set_length(total);
        self.bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} views read [{bar:30}] {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        self.bar.set_message(format!("{total} pools found"));
    }

    /// One more item done; `waits` is how often the work was held back so far.
    pub fn step(&self, waits: u64) {
        self.bar.inc(1);
        if waits > 0 {
            let total = self.bar.length().unwrap_or(0);
            self.bar
                .set_message(format!("{total} pools found, {waits} throttling waits"));
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
