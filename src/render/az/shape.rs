//! az's JSON shape: `properties` flattened, `resourceGroup` added from ids, keys
//! sorted. Unlike az, fields outside the schema are kept.

use serde_json::{Map, Value};

use crate::id;

/// The whole az transformation of one response body.
pub fn az_shape(body: &Value) -> Value {
    let mut v = flatten(body);
    add_resource_group(&mut v);
    sort_keys(v)
}

/// Resource-like objects (those with an `id`, `name` or `type`) carry their fields
/// in `properties`; az's SDK models lift them to the top, at every depth.
fn flatten(v: &Value) -> Value {
    match v {
        Value::Array(items) => Value::Array(items.iter().map(flatten).collect()),
        Value::Object(map) => {
            let resource_like = ["id", "name", "type"]
                .iter()
                .any(|k| map.get(*k).is_some_and(Value::is_string));
            let props = map
                .get("properties")
                .and_then(Value::as_object)
                .filter(|_| resource_like);
            let mut out = Map::new();
            for (k, child) in map {
                if props.is_some() && k == "properties" {
                    continue;
                }
                // Tags are user data: never reshaped.
                let shaped = if k == "tags" { child.clone() } else { flatten(child) };
                out.insert(k.clone(), shaped);
            }
            // A property named like a top-level field is renamed, as the SDK models name
            // it (a VM extension's `properties.type` is `typePropertiesType`); the
            // top-level field keeps its name. Nothing the service sent is dropped.
            for (k, child) in props.into_iter().flatten() {
                let mut key = k.clone();
                if out.contains_key(&key) {
                    key = format!("{k}Properties{}", capitalise(k));
                    while out.contains_key(&key) {
                        key.push('_');
                    }
                }
                out.insert(key, flatten(child));
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn capitalise(k: &str) -> String {
    let mut chars = k.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// az adds `resourceGroup` to every object with an `id` it can read one from,
/// except under `sourceVault` and where the object already has the key.
fn add_resource_group(v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(add_resource_group),
        Value::Object(map) => {
            if !map.contains_key("resourceGroup") {
                let rg = map
                    .get("id")
                    .and_then(Value::as_str)
                    .and_then(id::resource_group)
                    .map(str::to_string);
                if let Some(rg) = rg {
                    map.insert("resourceGroup".to_string(), Value::String(rg));
                }
            }
            for (k, child) in map.iter_mut() {
                if k != "sourceVault" {
                    add_resource_group(child);
                }
            }
        }
        _ => {}
    }
}

pub fn sort_keys(v: Value) -> Value {
    match v {
        Value::Array(items) => Value::Array(items.into_iter().map(sort_keys).collect()),
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sort_keys(v))).collect())
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flattens_sorts_and_adds_resource_group() {
        let body = json!({
            "properties": {"provisioningState": "Succeeded", "profile": {"id": "/subscriptions/s/resourceGroups/G2/providers/N/t/x"}},
            "name": "latest",
            "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p/runtimeViews/latest",
            "tags": {"properties": {"keep": "as is"}}
        });
        let shaped = az_shape(&body);
        assert_eq!(
            shaped,
            json!({
                "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/p/runtimeViews/latest",
                "name": "latest",
                "profile": {"id": "/subscriptions/s/resourceGroups/G2/providers/N/t/x", "resourceGroup": "G2"},
                "provisioningState": "Succeeded",
                "resourceGroup": "rg",
                "tags": {"properties": {"keep": "as is"}}
            })
        );
        let keys: Vec<&String> = shaped.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["id", "name", "profile", "provisioningState", "resourceGroup", "tags"]
        );
    }

    #[test]
    fn nested_resources_flatten_and_plain_objects_do_not() {
        let body = json!({"containers": [{"name": "c", "properties": {"image": "i"}}], "settings": {"properties": 1}});
        let shaped = az_shape(&body);
        assert_eq!(shaped["containers"][0]["image"], "i");
        assert_eq!(shaped["settings"]["properties"], 1);
    }

    #[test]
    fn colliding_properties_are_renamed_not_dropped() {
        let vm = json!({"name": "vm", "type": "Microsoft.Compute/virtualMachines", "properties": {"resources": [
            {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm/extensions/ade",
             "name": "ade", "type": "Microsoft.Compute/virtualMachines/extensions",
             "properties": {"type": "AzureDiskEncryption", "publisher": "Microsoft.Azure.Security", "name": "inner"}}]}});
        let ext = &az_shape(&vm)["resources"][0];
        assert_eq!(ext["type"], "Microsoft.Compute/virtualMachines/extensions");
        assert_eq!(ext["typePropertiesType"], "AzureDiskEncryption");
        assert_eq!(ext["name"], "ade");
        assert_eq!(ext["namePropertiesName"], "inner");
        assert_eq!(ext["publisher"], "Microsoft.Azure.Security");
        let odd = json!({"id": "x", "properties": {"id": "inner"}, "idPropertiesId": "already"});
        let shaped = az_shape(&odd);
        assert_eq!(shaped["idPropertiesId"], "already");
        assert_eq!(shaped["idPropertiesId_"], "inner");
    }

    #[test]
    fn resource_group_rules() {
        let mut v = json!({"a": {"id": "/subscriptions/s/resourceGroups/rg/providers/n/t/x", "resourceGroup": "mine"},
                           "sourceVault": {"id": "/subscriptions/s/resourceGroups/rg/providers/n/t/x"},
                           "b": {"id": ""}, "c": {"id": 5}});
        add_resource_group(&mut v);
        assert_eq!(v["a"]["resourceGroup"], "mine");
        assert!(v["sourceVault"].get("resourceGroup").is_none());
        assert!(v["b"].get("resourceGroup").is_none());
        assert!(v["c"].get("resourceGroup").is_none());
    }
}
