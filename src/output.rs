//! What a command returns: raw ARM bodies tagged with what they are, and the targets
//! that failed. Renderers decide how they look; commands never print.

use serde_json::Value;

use crate::exit::Code;
pub use crate::model::kind::Kind;
use crate::model::ready::PoolFacts;

/// What running a command leaves for `main`: data to render once, or, for a command
/// that printed over time through `term` (watch, wait, the exporter), its exit code.
#[derive(Debug)]
pub enum Outcome {
    Print(Output),
    Done(Code),
}

#[derive(Debug)]
pub struct Output {
    pub kind: Kind,
    /// Raw response bodies, one per resource that was read.
    pub items: Vec<Value>,
    /// Printed as a JSON array (a list, or several `--ids`) rather than one object.
    pub many: bool,
    /// Targets that could not be read, each with why; reported beside the items.
    pub failures: Vec<anyhow::Error>,
    /// For a status table only: the pool and its scale set beside each runtime view
    /// (same order), `None` where the pool could not be read. Empty when nobody asked
    /// (JSON, `--input`).
    pub pools: Vec<Option<PoolFacts>>,
    /// Printed on stderr as warnings; they do not change the exit code.
    pub warnings: Vec<String>,
}

impl Output {
    pub fn one(kind: Kind, item: Value) -> Output {
        Output {
            kind,
            items: vec![item],
            many: false,
            failures: Vec::new(),
            pools: Vec::new(),
            warnings: Vec::new(),
        }
    }

    pub fn many(kind: Kind, items: Vec<Value>) -> Output {
        Output {
            kind,
            items,
            many: true,
            failures: Vec::new(),
            pools: Vec::new(),
            warnings: Vec::new(),
        }
    }
}
