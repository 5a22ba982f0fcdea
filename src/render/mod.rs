//! From command output to text. No HTTP, no context, no clap: what to draw comes in
//! `Settings`, what was fetched in `Output`.

pub mod az;
pub mod color;
pub mod json;
#[cfg(test)]
mod props;
pub mod spark;
pub mod style;
pub mod table;
pub mod tsv;
pub mod yaml;

pub use az::query::Query;

use anyhow::Result;

use crate::output::Output;
use crate::term;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Jsonc,
    Yaml,
    Yamlc,
    Tsv,
    Table,
    None,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Json,
        Format::Jsonc,
        Format::Yaml,
        Format::Yamlc,
        Format::Tsv,
        Format::Table,
        Format::None,
    ];
}

/// How results are written.
#[derive(Debug, Clone)]
pub struct Settings {
    pub format: Format,
    pub color: bool,
    /// Columns to fit tables into; `None` means no wrapping (a pipe or file).
    pub width: Option<u16>,
    /// `--query`, compiled before anything is sent so that a bad one costs no request.
    pub query: Option<Query>,
}

pub fn render(out: &Output, settings: &Settings) -> Result<String> {
    // A body of the wrong shape is an error in every format, `none` included: nothing
    // malformed is printed, or passed on with exit 0.
    for item in &out.items {
        crate::model::check::check(out.kind, item)?;
    }
    if settings.format == Format::None {
        return Ok(String::new());
    }
    // Our own tables read the bodies directly: az's JSON is built only when printed or queried.
    // Tables draw text the server sent: it is sanitised here, once, before any of it
    // becomes a cell or a line (so widths count what is seen, and our colours still work).
    if settings.format == Format::Table && settings.query.is_none() {
        let clean = Output {
            kind: out.kind,
            items: out.items.iter().map(term::sanitize_value).collect(),
            many: out.many,
            failures: Vec::new(),
            pools: out.pools.clone(),
            warnings: Vec::new(),
        };
        return table::render(
            &clean,
            &style::Palette {
                color: settings.color,
                width: settings.width,
            },
        );
    }
    let value = match &settings.query {
        Some(q) => {
            let v = q.apply(&az::json(out))?;
            // az prints nothing when the query selects nothing.
            if v.is_null() {
                return Ok(String::new());
            }
            v
        }
        None => az::json(out),
    };
    Ok(match settings.format {
        Format::Json => json::to_text(&value),
        Format::Jsonc if settings.color => color::json(&value),
        Format::Jsonc => json::to_text(&value),
        Format::Yaml => yaml::to_text(&value)?,
        Format::Yamlc if settings.color => color::yaml(&yaml::to_text(&value)?),
        Format::Yamlc => yaml::to_text(&value)?,
        Format::Tsv => tsv::to_text(&value),
        Format::Table => az::table::render(&term::sanitize_value(&value))?,
        Format::None => String::new(),
    })
}
