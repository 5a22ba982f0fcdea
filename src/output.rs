//! What a command returns: what it read, parsed once into the model's types, with each
//! body kept as the service sent it for az's JSON; and the targets that failed.
//! Renderers decide how it looks; commands never print.

use serde_json::Value;

use crate::exit::Code;
use crate::model::check;
use crate::model::container::{self, ContainerGroupProps};
use crate::model::fleet::PoolRow;
pub use crate::model::kind::Kind;
use crate::model::pool::{self, PoolProps};
use crate::model::pool_type::PoolType;
use crate::model::ready::PoolFacts;
use crate::model::resource::{self, Resource};
use crate::model::runtime_view::RuntimeView;
use crate::model::vm::{self, Vm, VmssInstanceView};
use crate::term;

/// What running a command leaves for `main`: data to render once, or, for a command
/// that printed over time through `term` (watch, wait, the exporter), its exit code.
#[derive(Debug)]
pub enum Outcome {
    Print(Output),
    Done(Code),
}

#[derive(Debug)]
pub struct Output {
    pub answer: Answer,
    /// Printed as a JSON array (a list, or several `--ids`) rather than one object.
    pub many: bool,
    /// Targets that could not be read, each with why; reported beside the answer.
    pub failures: Vec<anyhow::Error>,
    /// Printed on stderr as warnings; they do not change the exit code.
    pub warnings: Vec<String>,
}

/// A body as the service sent it (`raw`, what JSON prints) and as the model reads it
/// (`read`, from a copy whose text is escaped for a terminal: what tables draw).
#[derive(Debug, Clone)]
pub struct Body<T> {
    pub raw: Value,
    pub read: T,
}

/// One runtime view, and what its target is made of.
#[derive(Debug, Clone)]
pub struct StatusView {
    pub body: Body<Resource<RuntimeView>>,
    pub target: TargetFacts,
}

/// What `status` learnt of a view's target.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetFacts {
    /// Nobody asked (JSON, `--query`, a saved body): no Ready line.
    NotRead,
    /// The pool could not be read: the Ready line says the target is unknown.
    Unreadable,
    Read(PoolFacts),
}

/// What a command read, a variant per view.
#[derive(Debug)]
pub enum Answer {
    /// Runtime views (`status`).
    Status {
        pool_type: PoolType,
        views: Vec<StatusView>,
    },
    /// Pool resources (`show`, `list`).
    Pools {
        pool_type: PoolType,
        pools: Vec<Body<Resource<PoolProps>>>,
    },
    /// VMs with their instance views (`vm instance-view`), or a pool's (`members`).
    Vms {
        members: bool,
        vms: Vec<Body<Vm>>,
    },
    /// Scale-set instance views.
    ScaleSets(Vec<Body<Resource<VmssInstanceView>>>),
    ContainerGroups(Vec<Body<Resource<ContainerGroupProps>>>),
    /// `fleet status`: a row per pool, its view or why it could not be read.
    Fleet(Vec<Body<PoolRow>>),
    /// `auth status`: our own object.
    Auth(Vec<Value>),
    /// `events`: our own object, the events and their summary (cmd/events.rs).
    Events(Vec<Value>),
}

impl Answer {
    /// `raws` read as `kind`, once each: the read is the shape check, and the first body
    /// of the wrong shape is the error, by the path of its first wrong field. What a table
    /// draws is read from a copy whose text the service sent is escaped, so widths count
    /// what is seen; the types, and so the shape, are the raw body's.
    pub fn parse(kind: Kind, raws: Vec<Value>) -> anyhow::Result<Answer> {
        fn bodies<T>(
            kind: Kind,
            raws: Vec<Value>,
            read: impl Fn(&Value) -> Result<T, resource::ShapeError>,
        ) -> anyhow::Result<Vec<Body<T>>> {
            raws.into_iter()
                .map(|raw| {
                    let read = read(&term::sanitize_value(&raw)).map_err(|e| check::error(kind, &raw, e))?;
                    Ok(Body { raw, read })
                })
                .collect()
        }
        // Our own objects and the fleet's rows are checked as they are; a row is then
        // read leniently (a pool whose view failed has none).
        let checked = |raws: Vec<Value>| -> anyhow::Result<Vec<Value>> {
            for raw in &raws {
                check::check(kind, raw)?;
            }
            Ok(raws)
        };
        Ok(match kind {
            Kind::VmPoolStatus | Kind::ContainerPoolStatus => Answer::Status {
                pool_type: kind.pool_type().unwrap_or(PoolType::Vm),
                views: bodies(kind, raws, resource::read::<RuntimeView>)?
                    .into_iter()
                    .map(|body| StatusView {
                        body,
                        target: TargetFacts::NotRead,
                    })
                    .collect(),
            },
            Kind::VmPool | Kind::ContainerPool => Answer::Pools {
                pool_type: kind.pool_type().unwrap_or(PoolType::Vm),
                pools: bodies(kind, raws, pool::read)?,
            },
            Kind::Vm | Kind::PoolMembers => Answer::Vms {
                members: kind == Kind::PoolMembers,
                vms: bodies(kind, raws, vm::read)?,
            },
            Kind::VmssInstanceView => Answer::ScaleSets(bodies(kind, raws, vm::read_vmss)?),
            Kind::ContainerGroup => Answer::ContainerGroups(bodies(kind, raws, container::read)?),
            Kind::Fleet => Answer::Fleet(
                checked(raws)?
                    .into_iter()
                    .map(|raw| Body {
                        read: PoolRow::of(&term::sanitize_value(&raw)),
                        raw,
                    })
                    .collect(),
            ),
            Kind::AuthStatus => Answer::Auth(checked(raws)?),
            Kind::PoolEvents => Answer::Events(checked(raws)?),
        })
    }

    pub fn kind(&self) -> Kind {
        match self {
            Answer::Status { pool_type, .. } => Kind::status_of(*pool_type),
            Answer::Pools { pool_type, .. } => Kind::pool_of(*pool_type),
            Answer::Vms { members: false, .. } => Kind::Vm,
            Answer::Vms { members: true, .. } => Kind::PoolMembers,
            Answer::ScaleSets(_) => Kind::VmssInstanceView,
            Answer::ContainerGroups(_) => Kind::ContainerGroup,
            Answer::Fleet(_) => Kind::Fleet,
            Answer::Auth(_) => Kind::AuthStatus,
            Answer::Events(_) => Kind::PoolEvents,
        }
    }

    /// The bodies as the service sent them, in order: what az's JSON is made from.
    pub fn raws(&self) -> Vec<&Value> {
        fn of<T>(b: &[Body<T>]) -> Vec<&Value> {
            b.iter().map(|b| &b.raw).collect()
        }
        match self {
            Answer::Status { views, .. } => views.iter().map(|v| &v.body.raw).collect(),
            Answer::Pools { pools, .. } => of(pools),
            Answer::Vms { vms, .. } => of(vms),
            Answer::ScaleSets(b) => of(b),
            Answer::ContainerGroups(b) => of(b),
            Answer::Fleet(b) => of(b),
            Answer::Auth(v) | Answer::Events(v) => v.iter().collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.raws().is_empty()
    }
}

impl Output {
    /// One body, printed as an object.
    pub fn one(kind: Kind, item: Value) -> anyhow::Result<Output> {
        Output::of(kind, vec![item], false)
    }

    /// Bodies printed as an array.
    pub fn many(kind: Kind, items: Vec<Value>) -> anyhow::Result<Output> {
        Output::of(kind, items, true)
    }

    pub fn of(kind: Kind, items: Vec<Value>, many: bool) -> anyhow::Result<Output> {
        Ok(Output {
            answer: Answer::parse(kind, items)?,
            many,
            failures: Vec::new(),
            warnings: Vec::new(),
        })
    }

    pub fn kind(&self) -> Kind {
        self.answer.kind()
    }

    /// What each runtime view's target is made of, in the views' order (`status`).
    pub fn set_targets(&mut self, targets: impl IntoIterator<Item = TargetFacts>) {
        if let Answer::Status { views, .. } = &mut self.answer {
            for (view, target) in views.iter_mut().zip(targets) {
                view.target = target;
            }
        }
    }

    /// The first runtime view read (`status`, `watch`, `wait`: one pool).
    pub fn first_view(&self) -> Option<&RuntimeView> {
        match &self.answer {
            Answer::Status { views, .. } => views.first().map(|v| &v.body.read.props),
            _ => None,
        }
    }

    /// The first body as the service sent it, if any.
    pub fn first_raw(&self) -> Option<&Value> {
        self.answer.raws().first().copied()
    }
}

impl TargetFacts {
    /// What a poll learnt: the facts, or that the pool could not be read.
    pub fn of(facts: Option<PoolFacts>) -> TargetFacts {
        facts.map_or(TargetFacts::Unreadable, TargetFacts::Read)
    }
}
