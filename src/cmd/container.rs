//! `container show` (Microsoft.ContainerInstance).

use super::{CONTAINER_INSTANCE_API, ResourceType, Spec, resource_path};
use crate::id::NameRule;
use crate::output::Kind;

const CONTAINER_GROUP: ResourceType = ResourceType {
    namespace: "Microsoft.ContainerInstance",
    kind: "containerGroups",
    name_rule: NameRule::Generic,
};

pub const SHOW: Spec = Spec {
    resource: CONTAINER_GROUP,
    output: Kind::ContainerGroup,
    api_version: CONTAINER_INSTANCE_API,
    path: resource_path,
    query: &[],
    reading: "reading container group",
};
