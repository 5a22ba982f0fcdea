//! `--demo`: a simulated Azure answered inside the process, in the shapes the service
//! sends, so that every command can be tried with no login and no network. The ARM
//! client hands each request here instead of to HTTP (`ArmClient::demo`); the host it
//! names is one that never resolves, so nothing could leave even by mistake.

mod bodies;
mod graph;
mod logs;
mod vms;
mod world;

use reqwest::Url;
use serde_json::{Value, json};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use world::{Behaviour, DemoPool, POOLS, SUBSCRIPTIONS};

/// `.invalid` never resolves (RFC 2606): the demo's requests have nowhere else to go.
pub const ENDPOINT: &str = "https://demo.standby.invalid/";

/// The demo's subscriptions, id and name; the first is the default.
pub fn subscriptions() -> Vec<(&'static str, &'static str)> {
    SUBSCRIPTIONS.iter().map(|s| (s.id, s.name)).collect()
}

/// What the simulated service answered.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

pub struct Azure {
    started: Instant,
    /// Reads of a throttled pool's view: every third answers 429.
    throttled_reads: AtomicU64,
}

impl Default for Azure {
    fn default() -> Self {
        Azure {
            started: Instant::now(),
            throttled_reads: AtomicU64::new(0),
        }
    }
}

impl Azure {
    pub fn answer(&self, url: &Url, body: Option<&[u8]>) -> Reply {
        let seconds = self.started.elapsed().as_secs();
        let parts: Vec<&str> = url.path().trim_matches('/').split('/').collect();
        let lower: Vec<String> = parts.iter().map(|p| p.to_ascii_lowercase()).collect();
        let l: Vec<&str> = lower.iter().map(String::as_str).collect();
        let answer = match l.as_slice() {
            ["subscriptions"] => Ok(list(SUBSCRIPTIONS.iter().map(|s| bodies::subscription(s)).collect())),
            ["providers", "microsoft.resourcegraph", "resources"] => {
                let request: Value = body.and_then(|b| serde_json::from_slice(b).ok()).unwrap_or_default();
                Ok(graph::answer(&request, seconds))
            }
            ["v1", "workspaces", id, "query"] if id.eq_ignore_ascii_case(logs::WORKSPACE_ID) => {
                let request: Value = body.and_then(|b| serde_json::from_slice(b).ok()).unwrap_or_default();
                Ok(logs::workspace_answer(
                    &request,
                    &POOLS.iter().collect::<Vec<_>>(),
                    now(),
                ))
            }
            [
                "v1",
                "subscriptions",
                sub,
                "resourcegroups",
                rg,
                "providers",
                "microsoft.standbypool",
                kind,
                name,
                "query",
            ] => {
                let request: Value = body.and_then(|b| serde_json::from_slice(b).ok()).unwrap_or_default();
                logs_of(sub, rg, kind, name, &request)
            }
            ["subscriptions", sub, rest @ ..] => self.in_subscription(sub, &parts[2..], rest, url, seconds),
            _ => Err(not_found("InvalidResourceType", "The demo does not serve this path.")),
        };
        match answer {
            Ok(value) => reply(200, value),
            Err(r) => r,
        }
    }

    fn in_subscription(&self, sub: &str, parts: &[&str], l: &[&str], url: &Url, t: u64) -> Result<Value, Reply> {
        if !SUBSCRIPTIONS.iter().any(|s| s.id.eq_ignore_ascii_case(sub)) {
            let message = format!("The subscription '{sub}' could not be found.");
            return Err(not_found("SubscriptionNotFound", &message));
        }
        let in_sub = |p: &&DemoPool| p.subscription.id.eq_ignore_ascii_case(sub);
        match l {
            ["providers", "microsoft.standbypool", kind] => Ok(list(pools_of(kind, |p| in_sub(&p)))),
            ["providers", "microsoft.compute", "virtualmachines"] => scale_set_vms(url, t),
            ["resourcegroups", rg, rest @ ..] => {
                if !POOLS
                    .iter()
                    .filter(in_sub)
                    .any(|p| p.resource_group.eq_ignore_ascii_case(rg))
                {
                    let message = format!("Resource group '{}' could not be found.", parts[1]);
                    return Err(not_found("ResourceGroupNotFound", &message));
                }
                let here = |p: &DemoPool| in_sub(&p) && p.resource_group.eq_ignore_ascii_case(rg);
                self.in_group(here, parts[1], &parts[2..], rest, t)
            }
            _ => Err(not_found("InvalidResourceType", "The demo does not serve this path.")),
        }
    }

    fn in_group(
        &self,
        here: impl Fn(&DemoPool) -> bool,
        group: &str,
        parts: &[&str],
        l: &[&str],
        t: u64,
    ) -> Result<Value, Reply> {
        let g = Group { here, group, parts, t };
        match l {
            ["providers", "microsoft.standbypool", rest @ ..] => self.standby_pools(&g, rest),
            ["providers", "microsoft.operationalinsights", "workspaces", name]
                if name.eq_ignore_ascii_case(logs::WORKSPACE) =>
            {
                Ok(
                    json!({"name": logs::WORKSPACE, "type": "Microsoft.OperationalInsights/workspaces",
                    "properties": {"customerId": logs::WORKSPACE_ID, "provisioningState": "Succeeded"}}),
                )
            }
            ["providers", "microsoft.compute", rest @ ..] => g.compute(rest),
            ["providers", "microsoft.containerinstance", "containergroups", name] => g.container_group(name),
            _ => Err(g.missing()),
        }
    }

    /// `…/providers/Microsoft.StandbyPool/…` in a group: its pools, one pool, its runtime
    /// views and its standby VMs.
    fn standby_pools(&self, g: &Group<impl Fn(&DemoPool) -> bool>, l: &[&str]) -> Result<Value, Reply> {
        let t = g.t;
        match l {
            [kind] => Ok(list(pools_of(kind, &g.here))),
            [kind, name] => Ok(bodies::pool(g.pool(kind, name)?)),
            [kind, name, "runtimeviews"] => {
                let p = g.pool(kind, name)?;
                Ok(list(vec![bodies::runtime_view(p, &p.at(t), now())]))
            }
            [kind, name, "runtimeviews", "latest"] => self.view(g.pool(kind, name)?, t),
            [kind, name, "providers", "microsoft.insights", "diagnosticsettings"] => {
                Ok(logs::settings(g.pool(kind, name)?))
            }
            [kind, name, "standbyvirtualmachines"] => {
                let p = g.pool(kind, name)?;
                let members = vms::of(p, &p.at(t))
                    .iter()
                    .filter(|v| vms::in_pool(v))
                    .map(|v| vms::member(p, v))
                    .collect();
                Ok(list(members))
            }
            _ => Err(g.missing()),
        }
    }

    /// The runtime view, and now and then a throttled read for the pool that shows it.
    fn view(&self, p: &DemoPool, t: u64) -> Result<Value, Reply> {
        if p.behaviour == Behaviour::Throttled && self.throttled_reads.fetch_add(1, Ordering::Relaxed).is_multiple_of(3)
        {
            let mut r = reply(
                429,
                json!({"error": {"code": "TooManyRequests", "message": "Too many reads of this subscription; retry after 1 second. (The demo throttles this pool on purpose.)"}}),
            );
            r.headers.push(("retry-after", "1".to_string()));
            return Err(r);
        }
        Ok(bodies::runtime_view(p, &p.at(t), now()))
    }
}

/// A resource group's requests: the pools in it, the time the demo has run, and the path
/// after the group's name for ARM's "not found".
struct Group<'a, F> {
    here: F,
    group: &'a str,
    parts: &'a [&'a str],
    t: u64,
}

impl<F: Fn(&DemoPool) -> bool> Group<'_, F> {
    /// As ARM words it: the top-level resource, under its group.
    fn missing(&self) -> Reply {
        let resource = self.parts.get(1..4).unwrap_or_default().join("/");
        let message = format!(
            "The Resource '{resource}' under resource group '{}' was not found.",
            self.group
        );
        not_found("ResourceNotFound", &message)
    }

    fn pool(&self, kind: &str, name: &str) -> Result<&'static DemoPool, Reply> {
        POOLS
            .iter()
            .find(|p| (self.here)(p) && p.name.eq_ignore_ascii_case(name) && kind_matches(p, kind))
            .ok_or_else(|| self.missing())
    }

    /// The pool whose scale set has this name.
    fn scale_set(&self, name: &str) -> Result<&'static DemoPool, Reply> {
        POOLS
            .iter()
            .find(|p| (self.here)(p) && p.scale_set.is_some_and(|s| s.eq_ignore_ascii_case(name)))
            .ok_or_else(|| self.missing())
    }

    /// `…/providers/Microsoft.Compute/…` in a group: the pools' scale sets, their
    /// instance views and their VMs.
    fn compute(&self, l: &[&str]) -> Result<Value, Reply> {
        let t = self.t;
        match l {
            ["virtualmachinescalesets", name] => {
                let p = self.scale_set(name)?;
                Ok(bodies::scale_set(p, &p.at(t)))
            }
            ["virtualmachinescalesets", name, "instanceview"] => {
                Ok(bodies::scale_set_instance_view(&self.scale_set(name)?.at(t)))
            }
            ["virtualmachines", name] => POOLS
                .iter()
                .filter(|p| (self.here)(p))
                .find_map(|p| {
                    vms::of(p, &p.at(t))
                        .into_iter()
                        .find(|v| v.name.eq_ignore_ascii_case(name))
                        .map(|v| vms::body(p, &v))
                })
                .ok_or_else(|| self.missing()),
            _ => Err(self.missing()),
        }
    }

    /// A container group a container group pool has handed out.
    fn container_group(&self, name: &str) -> Result<Value, Reply> {
        POOLS
            .iter()
            .filter(|p| (self.here)(p) && !p.is_vm())
            .find(|p| handed_out(p, name))
            .map(|p| bodies::container_group(p, self.parts[3]))
            .ok_or_else(|| self.missing())
    }
}

fn now() -> azure_core::time::OffsetDateTime {
    azure_core::time::OffsetDateTime::now_utc()
}

/// A pool's resource logs, as the resource-centric Log Analytics query answers.
fn logs_of(sub: &str, rg: &str, kind: &str, name: &str, request: &Value) -> Result<Value, Reply> {
    let pool = POOLS.iter().find(|p| {
        p.subscription.id.eq_ignore_ascii_case(sub)
            && p.resource_group.eq_ignore_ascii_case(rg)
            && p.name.eq_ignore_ascii_case(name)
            && kind_matches(p, kind)
    });
    match pool {
        Some(p) => Ok(logs::answer(p, request, now())),
        None => Err(not_found(
            "ResourceNotFoundError",
            "The resource was not found, or it sends no logs to a workspace you can read.",
        )),
    }
}

fn kind_matches(p: &DemoPool, kind: &str) -> bool {
    let vm = kind.eq_ignore_ascii_case("standbyVirtualMachinePools");
    let container = kind.eq_ignore_ascii_case("standbyContainerGroupPools");
    (vm && p.is_vm()) || (container && !p.is_vm())
}

fn pools_of(kind: &str, keep: impl Fn(&DemoPool) -> bool) -> Vec<Value> {
    POOLS
        .iter()
        .filter(|p| keep(p) && kind_matches(p, kind))
        .map(bodies::pool)
        .collect()
}

/// A container group pool's groups are named `{pool}-{n}`, n below its max.
fn handed_out(p: &DemoPool, name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower
        .strip_prefix(&format!("{}-", p.name))
        .and_then(|n| n.parse::<i64>().ok())
        .is_some_and(|n| (0..p.max).contains(&n))
}

/// Compute's list of a subscription's VMs, filtered to one scale set.
fn scale_set_vms(url: &Url, t: u64) -> Result<Value, Reply> {
    let filter = url
        .query_pairs()
        .find(|(k, _)| k == "$filter")
        .map(|(_, v)| v.to_ascii_lowercase());
    let Some(filter) = filter else {
        return Ok(list(Vec::new()));
    };
    let vms = POOLS
        .iter()
        .filter(|p| {
            p.scale_set_id()
                .is_some_and(|id| filter.contains(&id.to_ascii_lowercase()))
        })
        .flat_map(|p| vms::of(p, &p.at(t)).iter().map(|v| vms::body(p, v)).collect::<Vec<_>>())
        .collect();
    Ok(list(vms))
}

fn list(values: Vec<Value>) -> Value {
    json!({ "value": values })
}

fn not_found(code: &str, message: &str) -> Reply {
    reply(404, json!({"error": {"code": code, "message": message}}))
}

fn reply(status: u16, body: Value) -> Reply {
    Reply {
        status,
        headers: vec![
            ("content-type", "application/json; charset=utf-8".to_string()),
            ("x-ms-request-id", uuid::Uuid::new_v4().to_string()),
            ("x-ms-ratelimit-remaining-subscription-reads", "249".to_string()),
        ],
        body: body.to_string().into_bytes(),
    }
}
