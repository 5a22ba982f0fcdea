//! From command output to text. No HTTP here.

pub mod json;
pub mod style;
pub mod table;

use anyhow::Result;
use serde_json::Value;

use crate::cli::OutputFormat;
use crate::context::RenderSettings;
use crate::output::Output;

/// The JSON that `-o json` prints: what scripts (and later `--query`) see.
pub fn az_json(out: &Output) -> Value {
    if out.many {
        Value::Array(out.items.iter().map(json::az_shape).collect())
    } else {
        out.items.first().map(json::az_shape).unwrap_or(Value::Null)
    }
}

pub fn render(out: &Output, settings: &RenderSettings) -> Result<String> {
    match settings.format {
        OutputFormat::Json => Ok(json::to_text(&az_json(out))),
        OutputFormat::Table => table::render(
            out,
            &style::Palette {
                color: settings.color,
                width: settings.width,
            },
        ),
    }
}
