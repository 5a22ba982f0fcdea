//! Building and parsing ARM resource ids.
//!
//! ids are compared and parsed case-insensitively on their fixed segments
//! (`subscriptions`, `resourceGroups`, `providers`) because ARM itself is
//! case-insensitive there and users paste ids from many tools.

use std::fmt;

/// A resource under a resource group: `/subscriptions/{s}/resourceGroups/{g}/providers/{ns}/{type}/{name}[/{child}/{childName}]...`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceId {
    pub subscription: String,
    pub resource_group: String,
    pub namespace: String,
    /// `(type, name)` pairs, the top-level resource first.
    pub segments: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{id}' is not a resource id: {why}")]
pub struct IdError {
    pub id: String,
    pub why: &'static str,
}

impl ResourceId {
    pub fn new(subscription: &str, resource_group: &str, namespace: &str, kind: &str, name: &str) -> Self {
        ResourceId {
            subscription: subscription.to_string(),
            resource_group: resource_group.to_string(),
            namespace: namespace.to_string(),
            segments: vec![(kind.to_string(), name.to_string())],
        }
    }

    pub fn child(mut self, kind: &str, name: &str) -> Self {
        self.segments.push((kind.to_string(), name.to_string()));
        self
    }

    pub fn parse(id: &str) -> Result<Self, IdError> {
        let err = |why| IdError {
            id: id.to_string(),
            why,
        };
        let trimmed = id.trim();
        let rest = trimmed
            .strip_prefix('/')
            .ok_or(err("it must start with /subscriptions/"))?;
        let parts: Vec<&str> = rest.trim_end_matches('/').split('/').collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Err(err("it has an empty segment"));
        }
        if parts.len() < 2 || !parts[0].eq_ignore_ascii_case("subscriptions") {
            return Err(err("it must start with /subscriptions/"));
        }
        if parts.len() < 4 || !parts[2].eq_ignore_ascii_case("resourceGroups") {
            return Err(err("it has no /resourceGroups/ segment"));
        }
        if parts.len() < 8 || !parts[4].eq_ignore_ascii_case("providers") {
            return Err(err("it must name a resource: /providers/{namespace}/{type}/{name}"));
        }
        let tail = &parts[6..];
        if !tail.len().is_multiple_of(2) {
            return Err(err("its type and name segments do not pair up"));
        }
        Ok(ResourceId {
            subscription: parts[1].to_string(),
            resource_group: parts[3].to_string(),
            namespace: parts[5].to_string(),
            segments: tail.chunks(2).map(|c| (c[0].to_string(), c[1].to_string())).collect(),
        })
    }

    pub fn name(&self) -> &str {
        self.segments.first().map(|(_, n)| n.as_str()).unwrap_or_default()
    }

    /// `true` when the top-level resource is of `namespace/kind`.
    pub fn is_kind(&self, namespace: &str, kind: &str) -> bool {
        self.namespace.eq_ignore_ascii_case(namespace)
            && self.segments.first().is_some_and(|(t, _)| t.eq_ignore_ascii_case(kind))
    }
}

impl fmt::Display for ResourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "/subscriptions/{}/resourceGroups/{}/providers/{}",
            self.subscription, self.resource_group, self.namespace
        )?;
        for (kind, name) in &self.segments {
            write!(f, "/{kind}/{name}")?;
        }
        Ok(())
    }
}

/// The resource group of an id the way az derives it: split on `/`, the fourth part
/// is `resourceGroups` (any case) and there are at least nine parts (a resource, not a
/// group). az adds `resourceGroup` to every object whose `id` passes this test.
pub fn az_resource_group(id: &str) -> Option<&str> {
    let parts: Vec<&str> = id.split('/').collect();
    (parts.len() > 8 && parts[3].eq_ignore_ascii_case("resourceGroups")).then(|| parts[4])
}

#[cfg(test)]
mod tests {
    use super::*;

    const POOL: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool";

    #[test]
    fn round_trips_a_pool_id() {
        let id = ResourceId::parse(POOL).unwrap();
        assert_eq!(id.subscription, "00000000-0000-0000-0000-000000000000");
        assert_eq!(id.resource_group, "rg");
        assert_eq!(id.name(), "pool");
        assert!(id.is_kind("microsoft.standbypool", "standbyvirtualmachinepools"));
        assert_eq!(id.to_string(), POOL);
    }

    #[test]
    fn parses_child_resources_and_trailing_slash() {
        let id = ResourceId::parse(&format!("{POOL}/runtimeViews/latest/")).unwrap();
        assert_eq!(id.segments.len(), 2);
        assert_eq!(id.segments[1], ("runtimeViews".into(), "latest".into()));
    }

    #[test]
    fn fixed_segments_are_case_insensitive() {
        let id = ResourceId::parse("/SUBSCRIPTIONS/s/RESOURCEGROUPS/g/PROVIDERS/ns/t/n").unwrap();
        assert_eq!(id.resource_group, "g");
    }

    #[test]
    fn rejects_malformed_ids() {
        for bad in [
            "",
            "pool",
            "subscriptions/s/resourceGroups/g/providers/ns/t/n",
            "/subscriptions/s",
            "/subscriptions/s/resourceGroups/g",
            "/subscriptions/s/resourceGroups/g/providers/ns/t",
            "/subscriptions/s/resourceGroups/g/providers/ns/t/n/child",
            "/subscriptions//resourceGroups/g/providers/ns/t/n",
            "/subscriptions/s/groups/g/providers/ns/t/n",
        ] {
            assert!(ResourceId::parse(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn az_resource_group_follows_az_rules() {
        assert_eq!(az_resource_group(POOL), Some("rg"));
        assert_eq!(
            az_resource_group("/subscriptions/s/resourcegroups/g/providers/n/t/x"),
            Some("g")
        );
        assert_eq!(az_resource_group("/subscriptions/s/resourceGroups/g"), None);
        assert_eq!(az_resource_group("/subscriptions/s"), None);
        assert_eq!(az_resource_group("not an id"), None);
    }
}
