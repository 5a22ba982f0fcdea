//! What an answer is: which resource (or our own object) a body holds, so that each
//! renderer and shape check knows what to read from it.

use super::pool_type::PoolType;

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
    /// A pool's events from its resource logs and their summary: our own object.
    PoolEvents,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
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
        Kind::PoolEvents,
    ];

    /// The answer that holds a pool type's runtime view.
    pub fn status_of(t: PoolType) -> Kind {
        match t {
            PoolType::Vm => Kind::VmPoolStatus,
            PoolType::ContainerGroup => Kind::ContainerPoolStatus,
        }
    }

    /// The answer that holds a pool type's pool resource.
    pub fn pool_of(t: PoolType) -> Kind {
        match t {
            PoolType::Vm => Kind::VmPool,
            PoolType::ContainerGroup => Kind::ContainerPool,
        }
    }

    /// The pool type an answer is about, if it is about one pool.
    pub fn pool_type(self) -> Option<PoolType> {
        PoolType::ALL
            .into_iter()
            .find(|&t| Kind::status_of(t) == self || Kind::pool_of(t) == self)
    }

    /// What a person calls the resource, in headings and messages.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::VmPoolStatus | Kind::VmPool => PoolType::Vm.noun(),
            Kind::ContainerPoolStatus | Kind::ContainerPool => PoolType::ContainerGroup.noun(),
            Kind::Vm | Kind::PoolMembers => "VM",
            Kind::VmssInstanceView => "scale set",
            Kind::ContainerGroup => "container group",
            Kind::AuthStatus => "credential",
            Kind::Fleet => "standby pool",
            Kind::PoolEvents => "pool's events",
        }
    }
}
