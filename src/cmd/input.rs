//! `--input`: a saved response body instead of a request.

use anyhow::{Context as _, Result};
use serde_json::Value;
use std::io::Read;
use std::path::Path;

use crate::output::{Kind, Output};

/// A saved response body, from a file or `-` (stdin).
pub async fn read_input(path: &Path) -> Result<Value> {
    let text = if path == Path::new("-") {
        read_stdin().await?
    } else {
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?
    };
    serde_json::from_str(text.trim_start_matches('\u{feff}')).with_context(|| {
        format!(
            "{} is not a JSON document",
            if path == Path::new("-") {
                "stdin".into()
            } else {
                path.display().to_string()
            }
        )
    })
}

/// All of stdin, read on a thread of its own so that the runtime stays free to notice
/// Ctrl-C (exit 130). The thread is not joined: when the process ends it ends with it.
/// At a terminal a person may not know it waits for them, so it says so on stderr.
async fn read_stdin() -> Result<String> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        crate::term::note("reading a response body from stdin (Ctrl-D to end)");
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let read = std::io::stdin().read_to_string(&mut text).map(|_| text);
        let _ = tx.send(read);
    });
    let read = rx
        .await
        .map_err(|_| anyhow::anyhow!("reading the response body from stdin: the reader stopped"))?;
    read.context("reading the response body from stdin")
}

/// A saved body given with `--input`: one object, or an array of them (what `-o json`
/// printed for several ids).
pub async fn saved(input: Option<&Path>, kind: Kind) -> Result<Option<Output>> {
    let Some(path) = input else { return Ok(None) };
    Ok(Some(match read_input(path).await? {
        Value::Array(items) => Output::many(kind, items),
        one => Output::one(kind, one),
    }))
}

/// A saved list body: `{"value": [...]}` as ARM sends it, or the array `-o json` printed.
pub async fn saved_list(path: &Path, kind: Kind) -> Result<Output> {
    let items = match read_input(path).await? {
        Value::Array(items) => items,
        Value::Object(mut page) => match page.remove("value") {
            Some(Value::Array(items)) => items,
            _ => anyhow::bail!(
                "{} is neither a list response ({{\"value\": [...]}}) nor an array",
                path.display()
            ),
        },
        _ => anyhow::bail!(
            "{} is neither a list response ({{\"value\": [...]}}) nor an array",
            path.display()
        ),
    };
    Ok(Output::many(kind, items))
}
