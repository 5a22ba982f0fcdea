//! Keys and size of the terminal the full-screen view runs in (crossterm).

use crossterm::event::{Event, EventStream, KeyCode, KeyEventKind, KeyModifiers};
use futures_util::StreamExt;

/// What the person at the terminal did.
pub(super) enum Input {
    Quit,
    Resized,
    /// The terminal sends no more events (its input was closed).
    Gone,
    Other,
}

pub(super) struct Keys {
    events: EventStream,
}

impl Keys {
    pub fn new() -> Keys {
        Keys {
            events: EventStream::new(),
        }
    }

    pub async fn next(&mut self) -> Input {
        match self.events.next().await {
            Some(Ok(Event::Key(key))) if key.kind != KeyEventKind::Release => {
                let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
                match key.code {
                    KeyCode::Char('q' | 'Q') | KeyCode::Esc => Input::Quit,
                    _ if ctrl_c => Input::Quit,
                    _ => Input::Other,
                }
            }
            Some(Ok(Event::Resize(..))) => Input::Resized,
            Some(Ok(_)) => Input::Other,
            Some(Err(_)) | None => Input::Gone,
        }
    }
}

/// Columns and rows; a terminal that will not say is taken as 80 × 24.
pub(super) fn size() -> (u16, u16) {
    crossterm::terminal::size()
        .ok()
        .filter(|&(w, h)| w > 0 && h > 0)
        .unwrap_or((80, 24))
}
