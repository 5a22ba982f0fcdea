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

/// The full-screen view of a live command: the alternate screen, the cursor hidden,
/// keys read raw. Dropping it gives the terminal back as it was, on every way out:
/// `q`, an error returned, or the command's future dropped at a signal.
pub struct FullScreen {
    _entered: (),
}

impl FullScreen {
    pub fn enter() -> std::io::Result<FullScreen> {
        crossterm::terminal::enable_raw_mode()?;
        // From here on, a failure still restores what was changed.
        let screen = FullScreen { _entered: () };
        crossterm::execute!(
            std::io::stdout(),
            crossterm::terminal::EnterAlternateScreen,
            crossterm::cursor::Hide
        )?;
        Ok(screen)
    }

    /// Draws `lines` from the top-left corner over the previous frame: each line cut to
    /// `width` columns and the frame to `height` rows, so the terminal never scrolls.
    pub fn draw(&self, lines: &[String], width: u16, height: u16) -> std::io::Result<()> {
        use crossterm::{cursor::MoveTo, queue, style::Print, terminal};
        let mut out = std::io::stdout().lock();
        queue!(out, terminal::BeginSynchronizedUpdate)?;
        let rows = lines.len().min(usize::from(height));
        for (row, line) in lines.iter().take(rows).enumerate() {
            let row = u16::try_from(row).unwrap_or(u16::MAX);
            queue!(
                out,
                MoveTo(0, row),
                Print(fit(line, usize::from(width))),
                terminal::Clear(terminal::ClearType::UntilNewLine)
            )?;
        }
        queue!(
            out,
            MoveTo(0, u16::try_from(rows).unwrap_or(u16::MAX)),
            terminal::Clear(terminal::ClearType::FromCursorDown),
            terminal::EndSynchronizedUpdate
        )?;
        out.flush()
    }
}

impl Drop for FullScreen {
    fn drop(&mut self) {
        // Nothing more can be done if the terminal is gone.
        let _ = crossterm::execute!(
            std::io::stdout(),
            crossterm::cursor::Show,
            crossterm::terminal::LeaveAlternateScreen
        );
        let _ = crossterm::terminal::disable_raw_mode();
    }
}

/// `line` cut to `width` visible characters; colour escapes pass through uncounted,
/// and a cut line ends with a reset so that its colour does not run on.
fn fit(line: &str, width: usize) -> String {
    let mut out = String::with_capacity(line.len());
    let mut visible = 0;
    let mut styled = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            styled = true;
            out.push(c);
            // CSI: ESC [ parameters… final byte in @..~
            for e in chars.by_ref() {
                out.push(e);
                if e != '[' && ('@'..='~').contains(&e) {
                    break;
                }
            }
            continue;
        }
        if visible == width {
            if styled {
                out.push_str("\u{1b}[0m");
            }
            break;
        }
        out.push(c);
        visible += 1;
    }
    out
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

/// Server-controlled text made harmless for a terminal, as fd does for file names: C0
/// and C1 controls and DEL become `\xHH` (ESC is `\x1b`, CR `\x0d`, U+009B `\x9b`), and the
/// bidirectional controls U+202A–U+202E and U+2066–U+2069 become `\u{202e}` and the like.
/// Everything else, tabs and line breaks included, is escaped only as those are; printable
/// text (any script, emoji) is kept. Borrowed when there is nothing to escape, which is
/// nearly always.
pub fn sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_char(c, &mut out);
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `c` is one of the characters `sanitize` escapes.
pub fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Appends `c`, escaped if `sanitize` would escape it.
pub fn push_char(c: char, out: &mut String) {
    use std::fmt::Write as _;
    if !needs_escape(c) {
        out.push(c);
    } else if (c as u32) < 0x100 {
        let _ = write!(out, "\\x{:02x}", c as u32);
    } else {
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    }
}

/// A copy of a JSON value whose strings and keys are sanitised, for views that draw
/// text from it (tables, az's `--query` table). JSON and YAML print the value itself.
pub fn sanitize_value(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::String(s) => Value::String(sanitize(s).into_owned()),
        Value::Array(items) => Value::Array(items.iter().map(sanitize_value).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, child)| (sanitize(k).into_owned(), sanitize_value(child)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cut_by_what_shows() {
        assert_eq!(fit("abcdef", 3), "abc");
        assert_eq!(fit("ab", 3), "ab");
        assert_eq!(fit("\u{1b}[32mabcd\u{1b}[0m", 2), "\u{1b}[32mab\u{1b}[0m");
        assert_eq!(fit("▁▂▃▄", 2), "▁▂");
    }

    #[test]
    fn controls_and_bidi_become_visible_escapes() {
        assert_eq!(sanitize("plain zone 1 ünï 🚀"), "plain zone 1 ünï 🚀");
        assert!(matches!(sanitize("plain"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(sanitize("\x1b]0;pwned\x07"), "\\x1b]0;pwned\\x07");
        assert_eq!(sanitize("\x1b[2J"), "\\x1b[2J");
        assert_eq!(sanitize("a\rb\nc\td\x7f"), "a\\x0db\\x0ac\\x09d\\x7f");
        assert_eq!(sanitize("\u{9b}31m"), "\\x9b31m");
        assert_eq!(
            sanitize("abc\u{202e}fed\u{2066}\u{2069}"),
            "abc\\u{202e}fed\\u{2066}\\u{2069}"
        );
        // The escaped form has nothing left to escape.
        let once = sanitize("\x1b\u{202e}\u{85}").into_owned();
        assert_eq!(sanitize(&once), once);
    }

    #[test]
    fn values_are_sanitised_keys_and_all() {
        let v = serde_json::json!({"n\x1b": ["\r", 1, null, {"k": "\u{202e}"}]});
        assert_eq!(
            sanitize_value(&v),
            serde_json::json!({"n\\x1b": ["\\x0d", 1, null, {"k": "\\u{202e}"}]})
        );
    }
}
