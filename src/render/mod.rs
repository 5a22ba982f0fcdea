//! From command output to text. No HTTP here.

pub mod azschema;
pub mod aztable;
pub mod color;
pub mod json;
#[cfg(test)]
mod props;
pub mod query;
pub mod style;
pub mod table;
pub mod tsv;
pub mod yaml;

use anyhow::Result;
use serde_json::Value;

use crate::cli::OutputFormat;
use crate::context::RenderSettings;
use crate::output::{Kind, Output};

/// The JSON that `-o json` prints: what scripts and `--query` see.
pub fn az_json(out: &Output) -> Value {
    let shape = |item: &Value| {
        let mut shaped = json::az_shape(item);
        // az's container commands print through SDK models; the others print raw bodies.
        if out.kind == Kind::ContainerGroup {
            azschema::container_group(&mut shaped);
            shaped = json::sort_keys(shaped);
        }
        shaped
    };
    if out.many {
        Value::Array(out.items.iter().map(shape).collect())
    } else {
        out.items.first().map(shape).unwrap_or(Value::Null)
    }
}

pub fn render(out: &Output, settings: &RenderSettings) -> Result<String> {
    if settings.format == OutputFormat::None {
        return Ok(String::new());
    }
    let value = match &settings.query {
        Some(q) => {
            let v = q.apply(&az_json(out))?;
            // az prints nothing when the query selects nothing.
            if v.is_null() {
                return Ok(String::new());
            }
            v
        }
        None => az_json(out),
    };
    Ok(match settings.format {
        OutputFormat::Json => json::to_text(&value),
        OutputFormat::Jsonc if settings.color => color::json(&value),
        OutputFormat::Jsonc => json::to_text(&value),
        OutputFormat::Yaml => yaml::to_text(&value)?,
        OutputFormat::Yamlc if settings.color => color::yaml(&yaml::to_text(&value)?),
        OutputFormat::Yamlc => yaml::to_text(&value)?,
        OutputFormat::Tsv => tsv::to_text(&value),
        OutputFormat::Table if settings.query.is_some() => aztable::render(&value)?,
        OutputFormat::Table => table::render(
            out,
            &style::Palette {
                color: settings.color,
                width: settings.width,
            },
        )?,
        OutputFormat::None => String::new(),
    })
}
