//! Resource ids: parsing, building, and the checks every segment passes before it
//! reaches a URL. The one place ids are understood.
//!
//! Fixed segments (`subscriptions`, `resourceGroups`, `providers`) compare
//! case-insensitively because ARM itself does and users paste ids from many tools.

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
    pub why: String,
}

/// A name that breaks out of its path segment (`..`, `?`, `#`, `%`, a slash) would
/// address another resource than the one named, so none is ever sent.
pub fn check_segment(segment: &str) -> Result<(), String> {
    if segment.is_empty() {
        return Err("it has an empty segment".into());
    }
    if segment == "." || segment == ".." {
        return Err(format!("the segment '{segment}' would leave its place in the path"));
    }
    if let Some(c) = segment
        .chars()
        .find(|c| c.is_control() || c.is_whitespace() || "/\\?#%".contains(*c))
    {
        return Err(format!(
            "the segment '{}' holds {c:?}, which ARM paths do not allow",
            segment.escape_debug()
        ));
    }
    Ok(())
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
        let err = |why: &str| IdError {
            id: id.to_string(),
            why: why.to_string(),
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
        if let Some(why) = parts.iter().find_map(|p| check_segment(p).err()) {
            return Err(err(&why));
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

    /// `true` for the top-level resource itself, `false` for one of its children.
    pub fn is_top_level(&self) -> bool {
        self.segments.len() == 1
    }

    /// `true` when this is the top-level resource's child of type `kind`.
    pub fn is_child(&self, kind: &str) -> bool {
        self.segments.len() == 2 && self.segments[1].0.eq_ignore_ascii_case(kind)
    }

    /// What two ids of the same resource share whatever their spelling: ARM ids compare
    /// case-insensitively, and services return them in more than one case.
    pub fn key(&self) -> String {
        self.to_string().to_ascii_lowercase()
    }

    /// The top-level resource this id is, or lies under.
    pub fn top(&self) -> ResourceId {
        ResourceId {
            segments: self.segments.iter().take(1).cloned().collect(),
            ..self.clone()
        }
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

/// The resource group of an id as az derives it: split on `/`, the fourth part is
/// `resourceGroups` (any case) and there are at least nine parts (a resource, not a
/// group). az adds `resourceGroup` to every object whose `id` passes this test, and
/// tables show the same.
pub fn resource_group(id: &str) -> Option<&str> {
    let parts: Vec<&str> = id.split('/').collect();
    (parts.len() > 8 && parts[3].eq_ignore_ascii_case("resourceGroups")).then(|| parts[4])
}

/// The top-level resource's name in an id that may point at one of its children
/// (a runtime view's id names its pool).
pub fn top_level_name(id: &str) -> Option<String> {
    ResourceId::parse(id).ok().map(|id| id.name().to_string())
}

/// The last segment of an id: the name of the resource it points at, whatever its depth.
pub fn leaf_name(id: &str) -> &str {
    id.trim_end_matches('/').rsplit('/').next().unwrap_or(id)
}

/// How a resource type's names are checked.
#[derive(Debug, Clone, Copy)]
pub enum NameRule {
    /// `^[a-zA-Z0-9-]{3,24}$` (standby pools).
    Pool,
    /// Anything ARM can put in a path segment, 1 to 80 characters.
    Generic,
}

pub fn check_name(rule: NameRule, noun: &str, name: &str) -> Result<(), String> {
    let ok = match rule {
        NameRule::Pool => (3..=24).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
        NameRule::Generic => {
            (1..=80).contains(&name.chars().count())
                && name != "."
                && name != ".."
                && !name
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "/\\?#%&:*<>\"".contains(c))
        }
    };
    if ok {
        return Ok(());
    }
    let rule_text = match rule {
        NameRule::Pool => "3 to 24 letters, digits or hyphens",
        NameRule::Generic => "1 to 80 characters without spaces or any of / \\ ? # % & : * < > \"",
    };
    Err(format!("'{name}' is not a valid {noun} name: it must be {rule_text}"))
}

/// Resource group names: 1–90 letters, digits, `-_.()`, not ending in a period.
pub fn check_resource_group(name: &str) -> Result<(), String> {
    let ok = (1..=90).contains(&name.chars().count())
        && !name.ends_with('.')
        && name.chars().all(|c| c.is_alphanumeric() || "-_.()".contains(c));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "'{name}' is not a valid resource group name: it must be 1 to 90 letters, digits, '-', '_', '.', '(' or ')', not ending in '.'"
        ))
    }
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
    fn keys_ignore_case() {
        let a = ResourceId::parse("/subscriptions/S/resourceGroups/RG/providers/Microsoft.Compute/virtualMachines/VM1")
            .unwrap();
        let b = ResourceId::parse("/subscriptions/s/resourcegroups/rg/providers/microsoft.compute/virtualmachines/vm1")
            .unwrap();
        assert_eq!(a.key(), b.key());
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
    fn resource_group_follows_az_rules() {
        assert_eq!(resource_group(POOL), Some("rg"));
        assert_eq!(
            resource_group("/subscriptions/s/resourcegroups/g/providers/n/t/x"),
            Some("g")
        );
        assert_eq!(resource_group("/subscriptions/s/resourceGroups/g"), None);
        assert_eq!(resource_group("/subscriptions/s"), None);
        assert_eq!(resource_group("not an id"), None);
    }

    #[test]
    fn segments_that_leave_their_place_are_refused() {
        for bad in ["..", ".", "a?b", "a#b", "a%2fb", "a b", "a\u{1b}b"] {
            let id = format!("/subscriptions/s/resourceGroups/g/providers/ns/t/{bad}");
            assert!(ResourceId::parse(&id).is_err(), "{bad:?} parsed");
        }
        let child = format!("{POOL}/runtimeViews/..");
        assert!(ResourceId::parse(&child).is_err());
    }

    #[test]
    fn leaf_names() {
        assert_eq!(leaf_name(POOL), "pool");
        assert_eq!(leaf_name("/x/containerGroupProfiles/prof/"), "prof");
        assert_eq!(leaf_name("plain"), "plain");
    }

    #[test]
    fn runtime_view_ids_name_their_pool() {
        assert_eq!(
            top_level_name(&format!("{POOL}/runtimeViews/latest")).as_deref(),
            Some("pool")
        );
        assert_eq!(top_level_name("x"), None);
    }

    #[test]
    fn pool_names_follow_the_service_rule() {
        assert!(check_name(NameRule::Pool, "pool", "my-pool-01").is_ok());
        for bad in ["ab", "a".repeat(25).as_str(), "my_pool", "pool/x", "pööl"] {
            assert!(check_name(NameRule::Pool, "pool", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn generic_names_reject_path_breakers() {
        assert!(check_name(NameRule::Generic, "VM", "web_01.a").is_ok());
        for bad in ["", "a/b", "a?b", "a b", "a#b", "x%2f", "..", "."] {
            assert!(check_name(NameRule::Generic, "VM", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn resource_group_rule() {
        assert!(check_resource_group("rg-1_(prod).eu").is_ok());
        assert!(check_resource_group("rg.").is_err());
        assert!(check_resource_group("r/g").is_err());
        assert!(check_resource_group(&"r".repeat(91)).is_err());
    }
}
