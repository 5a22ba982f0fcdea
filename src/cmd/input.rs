//! `--input`: a saved response body instead of a request.

use anyhow::{Context as _, Result};
use serde_json::Value;
use std::io::Read;
use std::path::Path;

use crate::output::{Kind, Output};

/// A saved response body, from a file or `-` (stdin).
pub fn read_input(path: &Path) -> Result<Value> {
    let mut text = String::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_string(&mut text)
            .context("reading the response body from stdin")?;
    } else {
        text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    }
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

/// A saved body given with `--input`: one object, or an array of them (what `-o json`
/// printed for several ids).
pub fn saved(input: Option<&Path>, kind: Kind) -> Result<Option<Output>> {
    let Some(path) = input else { return Ok(None) };
    Ok(Some(match read_input(path)? {
        Value::Array(items) => Output::many(kind, items),
        one => Output::one(kind, one),
    }))
}

/// A saved list body: `{"value": [...]}` as ARM sends it, or the array `-o json` printed.
pub fn saved_list(path: &Path, kind: Kind) -> Result<Output> {
    let items = match read_input(path)? {
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
