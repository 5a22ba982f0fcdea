//! What a command returns: raw ARM bodies tagged with what they are.
//! Renderers decide how they look; commands never print.

use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    VmPoolStatus,
    ContainerPoolStatus,
    VmPool,
    ContainerPool,
    Vm,
    VmssInstanceView,
    ContainerGroup,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::VmPoolStatus,
        Kind::ContainerPoolStatus,
        Kind::VmPool,
        Kind::ContainerPool,
        Kind::Vm,
        Kind::VmssInstanceView,
        Kind::ContainerGroup,
    ];
}

#[derive(Debug)]
pub struct Output {
    pub kind: Kind,
    /// Raw response bodies, one per resource.
    pub items: Vec<Value>,
    /// Printed as a JSON array (a list, or several `--ids`) rather than one object.
    pub many: bool,
}

impl Output {
    pub fn one(kind: Kind, item: Value) -> Output {
        Output {
            kind,
            items: vec![item],
            many: false,
        }
    }

    pub fn many(kind: Kind, items: Vec<Value>) -> Output {
        Output {
            kind,
            items,
            many: true,
        }
    }
}
