//! What a saved body is: by its `type` when it has one, by its shape when not (az
//! flattens `properties`, and instance views have no `type`). `--input` uses this to say
//! which command renders a document given to the wrong one.

use serde_json::Value;

use super::kind::Kind;
use super::properties;

/// What a JSON document was recognised as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    /// One of these kinds (a runtime view without `type` may be either pool's).
    Of(Vec<Kind>),
    /// A list response (`{"value": [...]}`) or an array, of what its first item is.
    List(Box<Document>),
    /// A resource of a type no command renders.
    Foreign(String),
    /// An object that has neither a `type` nor the fields of anything known.
    Unknown,
    /// Not an object: `null`, a number, a string.
    NotAnObject(&'static str),
}

/// ARM resource types, as ARM spells them (compared case-insensitively).
const TYPES: &[(&str, Kind)] = &[
    (
        "Microsoft.StandbyPool/standbyVirtualMachinePools/runtimeViews",
        Kind::VmPoolStatus,
    ),
    (
        "Microsoft.StandbyPool/standbyContainerGroupPools/runtimeViews",
        Kind::ContainerPoolStatus,
    ),
    ("Microsoft.StandbyPool/standbyVirtualMachinePools", Kind::VmPool),
    ("Microsoft.StandbyPool/standbyContainerGroupPools", Kind::ContainerPool),
    ("Microsoft.Compute/virtualMachines", Kind::Vm),
    ("Microsoft.ContainerInstance/containerGroups", Kind::ContainerGroup),
];

pub fn recognise(doc: &Value) -> Document {
    let Value::Object(map) = doc else {
        return Document::NotAnObject(match doc {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            _ => "an array",
        });
    };
    if let Some(Value::Array(items)) = map.get("value") {
        return Document::List(Box::new(items.first().map_or(Document::Unknown, recognise)));
    }
    if let Some(t) = map.get("type").and_then(Value::as_str) {
        return match TYPES.iter().find(|(name, _)| name.eq_ignore_ascii_case(t)) {
            Some((_, kind)) => Document::Of(vec![*kind]),
            None => Document::Foreign(t.to_string()),
        };
    }
    let props = properties(doc);
    let has = |key: &str| props.get(key).is_some() || doc.get(key).is_some();
    let kinds = if has("instanceCountSummary") || has("prediction") {
        vec![Kind::VmPoolStatus, Kind::ContainerPoolStatus]
    } else if has("virtualMachineState") || has("attachedVirtualMachineScaleSetId") {
        vec![Kind::VmPool]
    } else if has("containerGroupProperties") {
        vec![Kind::ContainerPool]
    } else if has("elasticityProfile") {
        vec![Kind::VmPool, Kind::ContainerPool]
    } else if has("containers") || has("isCreatedFromStandbyPool") {
        vec![Kind::ContainerGroup]
    } else if has("virtualMachine") || has("orchestrationServices") {
        vec![Kind::VmssInstanceView]
    } else if [
        "instanceView",
        "hardwareProfile",
        "storageProfile",
        "osProfile",
        "vmId",
        "computerName",
        "vmAgent",
    ]
    .iter()
    .any(|k| has(k))
        || has("isVMInStandbyPool")
        || has("isVmInStandbyPool")
        || has("statuses")
    {
        vec![Kind::Vm]
    } else {
        return Document::Unknown;
    };
    Document::Of(kinds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn by_type_then_by_shape() {
        assert_eq!(
            recognise(&json!({"type": "microsoft.compute/virtualmachines"})),
            Document::Of(vec![Kind::Vm])
        );
        assert_eq!(
            recognise(&json!({"type": "Microsoft.Network/virtualNetworks"})),
            Document::Foreign("Microsoft.Network/virtualNetworks".into())
        );
        assert_eq!(
            recognise(&json!({"instanceCountSummary": []})),
            Document::Of(vec![Kind::VmPoolStatus, Kind::ContainerPoolStatus])
        );
        assert_eq!(
            recognise(&json!({"virtualMachine": {}, "statuses": []})),
            Document::Of(vec![Kind::VmssInstanceView])
        );
        assert_eq!(
            recognise(&json!({"properties": {"containers": []}})),
            Document::Of(vec![Kind::ContainerGroup])
        );
        assert_eq!(
            recognise(&json!({"computerName": "c", "statuses": []})),
            Document::Of(vec![Kind::Vm])
        );
        assert_eq!(
            recognise(&json!({"value": [{"type": "Microsoft.StandbyPool/standbyVirtualMachinePools"}]})),
            Document::List(Box::new(Document::Of(vec![Kind::VmPool])))
        );
        assert_eq!(recognise(&json!({"a": 1})), Document::Unknown);
        assert_eq!(recognise(&json!(42)), Document::NotAnObject("a number"));
        assert_eq!(recognise(&json!(null)), Document::NotAnObject("null"));
    }
}
