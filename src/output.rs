//! What a command returns: raw ARM bodies tagged with what they are, and the targets
//! that failed. Renderers decide how they look; commands never print.

use serde_json::Value;

use crate::exit::Code;
use crate::model::ready::PoolFacts;

/// What running a command leaves for `main`: data to render once, or, for a command
/// that printed over time through `term` (watch, wait, the exporter), its exit code.
#[derive(Debug)]
pub enum Outcome {
    Print(Output),
    Done(Code),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    VmPoolStatus,
    ContainerPoolStatus,
    VmPool,
    ContainerPool,
    Vm,
    VmssInstanceView,
    ContainerGroup,
    /// What the credential chain holds (`auth status`): our own object, not an ARM body.
    AuthStatus,
    /// `fleet status`: one item per pool, see `model::fleet`.
    Fleet,
    /// A pool's VMs: the bodies `Vm` has (and the same az JSON), in a table of their own.
    PoolMembers,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::VmPoolStatus,
        Kind::ContainerPoolStatus,
        Kind::VmPool,
        Kind::ContainerPool,
        Kind::Vm,
        Kind::VmssInstanceView,
        Kind::ContainerGroup,
        Kind::AuthStatus,
        Kind::Fleet,
        Kind::PoolMembers,
    ];

    /// What a person calls the resource, in headings and messages.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::VmPoolStatus | Kind::VmPool => "standby VM pool",
            Kind::ContainerPoolStatus | Kind::ContainerPool => "standby container group pool",
            Kind::Vm | Kind::PoolMembers => "VM",
            Kind::VmssInstanceView => "scale set",
            Kind::ContainerGroup => "container group",
            Kind::AuthStatus => "credential",
            Kind::Fleet => "standby pool",
        }
    }
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
