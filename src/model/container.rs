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
    // The ports with whatever address there is: the IP, else the FQDN (a group whose IP
    // is not assigned yet, or that is reached by name).
    let address = props.get("ipAddress").and_then(|ip| {
        let addr = text(ip, "ip").or_else(|| text(ip, "fqdn"));
        let ports: Vec<String> = ip
            .get("ports")
            .and_then(Value::as_array)
            .map(|ps| ps.iter().filter_map(|p| p.get("port")).map(Value::to_string).collect())
            .unwrap_or_default();
        match (addr, ports.is_empty()) {
            (Some(addr), true) => Some(addr),
            (addr, false) => Some(format!("{}:{}", addr.as_deref().unwrap_or("-"), ports.join(","))),
            (None, true) => None,
        }
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

impl ContainerGroupSummary {
    /// The group's state, with the provisioning state beside it when that says more
    /// (`Unknown (Repairing)`); the provisioning state alone when there is no state.
    /// `Succeeded`, or the same word as the state, says nothing more.
    pub fn shown_state(&self) -> Option<String> {
        match (&self.state, &self.provisioning) {
            (Some(state), Some(prov))
                if !prov.eq_ignore_ascii_case("Succeeded") && !prov.eq_ignore_ascii_case(state) =>
            {
                Some(format!("{state} ({prov})"))
            }
            (Some(state), _) => Some(state.clone()),
            (None, prov) => prov.clone(),
        }
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
        assert_eq!(s.shown_state().as_deref(), Some("Running"));
    }

    #[test]
    fn says_more_when_the_service_does() {
        let cg = json!({"properties": {"provisioningState": "Repairing", "instanceView": {"state": "Unknown"},
            "ipAddress": {"fqdn": "cg.westus.azurecontainer.io", "ports": [{"port": 80}]}}});
        let s = container_group_summary(&cg);
        assert_eq!(s.shown_state().as_deref(), Some("Unknown (Repairing)"));
        assert_eq!(s.address.as_deref(), Some("cg.westus.azurecontainer.io:80"));
        let s = container_group_summary(
            &json!({"properties": {"provisioningState": "Pending", "instanceView": {"state": "Pending"},
            "ipAddress": {"ports": [{"port": 443}]}}}),
        );
        assert_eq!(s.shown_state().as_deref(), Some("Pending"));
        assert_eq!(s.address.as_deref(), Some("-:443"));
        let s = container_group_summary(&json!({"properties": {"provisioningState": "Creating"}}));
        assert_eq!(s.shown_state().as_deref(), Some("Creating"));
        let s = container_group_summary(&json!({"properties": {"ipAddress": {"fqdn": "x.io"}}}));
        assert_eq!(s.address.as_deref(), Some("x.io"));
    }
}
