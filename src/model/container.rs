//! A container group (`az container show`): what is read of it, and its table row.

use serde::Deserialize;
use serde_json::Value;

use super::null_default;
use super::resource::{self, Resource, ShapeError, Text};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContainerGroupProps {
    pub provisioning_state: Text,
    pub os_type: Text,
    pub is_created_from_standby_pool: Option<bool>,
    pub instance_view: Option<GroupInstanceView>,
    pub ip_address: Option<IpAddress>,
    #[serde(deserialize_with = "null_default")]
    pub containers: Vec<Container>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GroupInstanceView {
    pub state: Text,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct IpAddress {
    pub ip: Text,
    pub fqdn: Text,
    #[serde(deserialize_with = "null_default")]
    pub ports: Vec<Port>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Port {
    #[serde(deserialize_with = "resource::opt_integer")]
    pub port: Option<i64>,
}

/// A container, as the service nests it (`properties.image`) or az flattens it (`image`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Container {
    pub image: Text,
    pub properties: Option<ContainerProperties>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ContainerProperties {
    pub image: Text,
}

/// A container group read: the shape check of `container show`.
pub fn read(cg: &Value) -> Result<Resource<ContainerGroupProps>, ShapeError> {
    resource::read::<ContainerGroupProps>(cg)
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

/// A group's row.
pub fn container_group_summary(cg: &Resource<ContainerGroupProps>) -> ContainerGroupSummary {
    let Resource { top, props } = cg.clone();
    // The ports with whatever address there is: the IP, else the FQDN (a group whose IP
    // is not assigned yet, or that is reached by name).
    let address = props.ip_address.as_ref().and_then(|ip| {
        let addr = ip.ip.clone().or_else(|| ip.fqdn.clone());
        let ports: Vec<String> = ip.ports.iter().filter_map(|p| p.port).map(|p| p.to_string()).collect();
        match (addr, ports.is_empty()) {
            (Some(addr), true) => Some(addr),
            (addr, false) => Some(format!("{}:{}", addr.as_deref().unwrap_or("-"), ports.join(","))),
            (None, true) => None,
        }
    });
    ContainerGroupSummary {
        resource_group: top.resource_group(),
        name: top.name,
        location: top.location,
        provisioning: props.provisioning_state,
        state: props.instance_view.and_then(|iv| iv.state),
        images: props
            .containers
            .into_iter()
            .filter_map(|c| c.properties.and_then(|p| p.image).or(c.image))
            .collect(),
        address,
        os_type: props.os_type,
        from_standby_pool: props.is_created_from_standby_pool,
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
        let s = container_group_summary(&read(&cg).unwrap());
        assert_eq!(s.resource_group.as_deref(), Some("rg"));
        assert_eq!(s.state.as_deref(), Some("Running"));
        assert_eq!(s.address.as_deref(), Some("10.0.2.4:80,443"));
        assert_eq!(s.images, ["img:1"]);
        assert_eq!(s.from_standby_pool, Some(true));
        assert_eq!(container_group_summary(&read(&json!({})).unwrap()).address, None);
        assert_eq!(s.shown_state().as_deref(), Some("Running"));
    }

    #[test]
    fn says_more_when_the_service_does() {
        let cg = json!({"properties": {"provisioningState": "Repairing", "instanceView": {"state": "Unknown"},
            "ipAddress": {"fqdn": "cg.westus.azurecontainer.io", "ports": [{"port": 80}]}}});
        let s = container_group_summary(&read(&cg).unwrap());
        assert_eq!(s.shown_state().as_deref(), Some("Unknown (Repairing)"));
        assert_eq!(s.address.as_deref(), Some("cg.westus.azurecontainer.io:80"));
        let s = container_group_summary(
            &read(
                &json!({"properties": {"provisioningState": "Pending", "instanceView": {"state": "Pending"},
            "ipAddress": {"ports": [{"port": 443}]}}}),
            )
            .unwrap(),
        );
        assert_eq!(s.shown_state().as_deref(), Some("Pending"));
        assert_eq!(s.address.as_deref(), Some("-:443"));
        let s = container_group_summary(&read(&json!({"properties": {"provisioningState": "Creating"}})).unwrap());
        assert_eq!(s.shown_state().as_deref(), Some("Creating"));
        let s = container_group_summary(&read(&json!({"properties": {"ipAddress": {"fqdn": "x.io"}}})).unwrap());
        assert_eq!(s.address.as_deref(), Some("x.io"));
    }
}
