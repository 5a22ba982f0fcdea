//! A container group (`az container show`), reduced to a table row.

use serde_json::Value;

use super::properties;
use crate::id;

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

#[derive(Debug, PartialEq)]
pub struct ContainerGroupSummary {
    pub name: Option<String>,
    pub resource_group: Option<String>,
    pub location: Option<String>,
    pub provisioning: Option<String>,
    pub state: Option<String>,
    pub images: Vec<String>,
    /// `10.0.2.4:80,443`
    pub address: Option<String>,
    pub os_type: Option<String>,
    pub from_standby_pool: Option<bool>,
}

pub fn container_group_summary(cg: &Value) -> ContainerGroupSummary {
    let props = properties(cg);
    let containers: &[Value] = props
        .get("containers")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let address = props.get("ipAddress").and_then(|ip| {
        let addr = text(ip, "ip")?;
        let ports: Vec<String> = ip
            .get("ports")
            .and_then(Value::as_array)
            .map(|ps| ps.iter().filter_map(|p| p.get("port")).map(Value::to_string).collect())
            .unwrap_or_default();
        Some(if ports.is_empty() {
            addr
        } else {
            format!("{addr}:{}", ports.join(","))
        })
    });
    ContainerGroupSummary {
        name: text(cg, "name"),
        resource_group: text(cg, "resourceGroup").or_else(|| {
            cg.get("id")
                .and_then(Value::as_str)
                .and_then(id::resource_group)
                .map(str::to_string)
        }),
        location: text(cg, "location"),
        provisioning: text(props, "provisioningState"),
        state: props.get("instanceView").and_then(|iv| text(iv, "state")),
        images: containers.iter().filter_map(|c| text(properties(c), "image")).collect(),
        address,
        os_type: text(props, "osType"),
        from_standby_pool: props.get("isCreatedFromStandbyPool").and_then(Value::as_bool),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_container_group() {
        let cg = json!({"name": "mycg", "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerInstance/containerGroups/mycg",
            "properties": {"provisioningState": "Succeeded", "osType": "Linux", "isCreatedFromStandbyPool": true,
              "instanceView": {"state": "Running"},
              "ipAddress": {"ip": "10.0.2.4", "ports": [{"port": 80}, {"port": 443}]},
              "containers": [{"name": "a", "properties": {"image": "img:1"}}]}});
        let s = container_group_summary(&cg);
        assert_eq!(s.resource_group.as_deref(), Some("rg"));
        assert_eq!(s.state.as_deref(), Some("Running"));
        assert_eq!(s.address.as_deref(), Some("10.0.2.4:80,443"));
        assert_eq!(s.images, ["img:1"]);
        assert_eq!(s.from_standby_pool, Some(true));
        assert_eq!(container_group_summary(&json!({})).address, None);
    }
}
