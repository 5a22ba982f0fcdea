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

impl Settings {
    /// Whether a person's table will be drawn: our own tables, not az's JSON reshaped
    /// or a `--query`'s answer. Commands ask this (never the format) to decide whether
    /// to read what only a table shows, such as a pool's target.
    pub fn for_people(&self) -> bool {
        self.format == Format::Table && self.query.is_none()
    }
}

/// What `status -o json` would print for `out`, as a value: what a live view compares
/// from poll to poll.
pub fn json_value(out: &Output) -> serde_json::Value {
    az::json(out)
}

/// One line for scripts (`watch` off a terminal, `events --follow`): `value` through
/// `--query`, as compact JSON; `None` when nothing is printed (`-o none`, or a query that
/// selects nothing, as with `status`).
pub fn json_line(value: &serde_json::Value, settings: &Settings) -> Result<Option<String>> {
    if settings.format == Format::None {
        return Ok(None);
    }
    let line = match &settings.query {
        Some(q) => q.apply(value)?,
        None => value.clone(),
    };
    if line.is_null() {
        return Ok(None);
    }
    let mut text = serde_json::to_string(&line)?;
    text.push('\n');
    Ok(Some(text))
}

pub fn render(out: &Output, settings: &Settings) -> Result<String> {
    // A body of the wrong shape was refused when the output was made (`Answer::parse`),
    // in every format, `none` included.
    if settings.format == Format::None {
        return Ok(String::new());
    }
    // Our own tables draw from the typed reads, whose text the server sent is escaped
    // (so widths count what is seen, and our colours still work); az's JSON is built
    // from the raw bodies only when printed or queried.
    if settings.for_people() {
        return Ok(table::render(
            out,
            &style::Palette {
                color: settings.color,
                width: settings.width,
            },
        ));
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
