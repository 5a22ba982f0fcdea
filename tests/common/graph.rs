//! The fake's fleet: the tenant's subscriptions (paged), pools across them, Azure
//! Resource Graph over those pools (the query's types and resource group, the
//! subscriptions filter, `$top`/`$skipToken` paging, the per-user quota headers), the
//! pools' lists and runtime views, and a per-subscription read bucket that answers 429
//! when it is empty and reports what is left on every answer.
//!
//! Nothing here answers until a test configures it, so the other tests see the fake
//! they always saw.

use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::fake::Reply;

pub const REMAINING_READS: &str = "x-ms-ratelimit-remaining-subscription-reads";
const QUOTA: usize = 15;
const QUOTA_WINDOW: Duration = Duration::from_secs(5);

/// One pool of the fake fleet, and what its runtime view says.
#[derive(Debug, Clone)]
pub struct FleetPool {
    pub subscription: String,
    pub resource_group: String,
    pub name: String,
    pub container: bool,
    /// `virtualMachineState` (VM pools).
    pub state: String,
    pub max: i64,
    /// Instances in the state the pool keeps them in.
    pub ready: i64,
    pub creating: i64,
    /// `healthy` or `degraded`.
    pub health: String,
    pub provisioning: String,
    /// Instances in the VM pool's scale set (`{name}-vmss`): the pool's target is
    /// `max` less these, at least its minimum of 1.
    pub in_scale_set: i64,
}

impl FleetPool {
    pub fn vm(subscription: &str, resource_group: &str, name: &str) -> FleetPool {
        FleetPool {
            subscription: subscription.into(),
            resource_group: resource_group.into(),
            name: name.into(),
            container: false,
            state: "Deallocated".into(),
            max: 10,
            ready: 10,
            creating: 0,
            health: "healthy".into(),
            provisioning: "Succeeded".into(),
            in_scale_set: 0,
        }
    }

    pub fn container(subscription: &str, resource_group: &str, name: &str) -> FleetPool {
        FleetPool {
            container: true,
            state: "Running".into(),
            ..FleetPool::vm(subscription, resource_group, name)
        }
    }

    pub fn counts(mut self, ready: i64, max: i64, creating: i64) -> FleetPool {
        (self.ready, self.max, self.creating) = (ready, max, creating);
        self
    }

    pub fn in_scale_set(mut self, n: i64) -> FleetPool {
        self.in_scale_set = n;
        self
    }

    /// The VM pool's scale set, as its `attachedVirtualMachineScaleSetId` names it.
    pub fn scale_set_id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Compute/virtualMachineScaleSets/{}-vmss",
            self.subscription, self.resource_group, self.name
        )
    }

    /// The scale set as a GET (or, with fewer columns, Resource Graph) answers it.
    pub fn scale_set(&self) -> Value {
        json!({"id": self.scale_set_id(), "name": format!("{}-vmss", self.name), "type": "Microsoft.Compute/virtualMachineScaleSets",
               "location": "westus", "sku": {"capacity": self.in_scale_set}})
    }

    pub fn health(mut self, health: &str) -> FleetPool {
        self.health = health.into();
        self
    }

    fn kind(&self) -> &'static str {
        if self.container {
            "standbyContainerGroupPools"
        } else {
            "standbyVirtualMachinePools"
        }
    }

    pub fn id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.StandbyPool/{}/{}",
            self.subscription,
            self.resource_group,
            self.kind(),
            self.name
        )
    }

    /// The pool resource as a GET answers it.
    pub fn resource(&self) -> Value {
        let properties = if self.container {
            json!({"elasticityProfile": {"maxReadyCapacity": self.max, "refillPolicy": "always"},
                   "containerGroupProperties": {"containerGroupProfile": {"id": format!("/subscriptions/{}/resourceGroups/{}/providers/Microsoft.ContainerInstance/containerGroupProfiles/profile", self.subscription, self.resource_group), "revision": 1}},
                   "zones": ["1"], "provisioningState": self.provisioning})
        } else {
            json!({"elasticityProfile": {"maxReadyCapacity": self.max, "minReadyCapacity": 1},
                   "virtualMachineState": self.state,
                   "attachedVirtualMachineScaleSetId": self.scale_set_id(),
                   "provisioningState": self.provisioning})
        };
        json!({"id": self.id(), "name": self.name, "type": format!("Microsoft.StandbyPool/{}", self.kind()),
               "location": "westus", "tags": {"team": "fleet"}, "properties": properties,
               "systemData": {"createdAt": "2026-01-01T00:00:00Z", "createdBy": "someone@example.com", "createdByType": "User"}})
    }

    pub fn runtime_view(&self) -> Value {
        let ready_state = if self.container { "Running" } else { self.state.as_str() };
        json!({"id": format!("{}/runtimeViews/latest", self.id()), "name": "latest",
               "type": format!("Microsoft.StandbyPool/{}/runtimeViews", self.kind()),
               "properties": {
                   "instanceCountSummary": [{"zone": 1, "instanceCountsByState": [
                       {"state": ready_state, "count": self.ready}, {"state": "Creating", "count": self.creating}]}],
                   "provisioningState": "Succeeded",
                   "status": {"code": format!("HealthState/{}", self.health), "message": format!("The pool is {}.", self.health)}}})
    }
}

struct Bucket {
    size: f64,
    refill_per_sec: f64,
    level: HashMap<String, (f64, Instant)>,
}

#[derive(Default)]
pub struct Graph {
    subscriptions: Mutex<Vec<(String, String)>>,
    pools: Mutex<Vec<FleetPool>>,
    bucket: Mutex<Option<Bucket>>,
    throttled: AtomicUsize,
    queries: AtomicUsize,
    /// Rows per Resource Graph page at most (0: as many as `$top` asks).
    page_rows: AtomicUsize,
    quota: Mutex<Option<(Instant, usize)>>,
}

impl Graph {
    /// The tenant's subscriptions: (id, display name).
    pub fn set_subscriptions(&self, subs: &[(&str, &str)]) {
        *self.subscriptions.lock().unwrap() = subs.iter().map(|(i, n)| (i.to_string(), n.to_string())).collect();
    }

    pub fn set_pools(&self, pools: Vec<FleetPool>) {
        *self.pools.lock().unwrap() = pools;
    }

    /// A read bucket per subscription: `size` reads, refilled at `refill_per_sec`.
    pub fn set_read_bucket(&self, size: u32, refill_per_sec: f64) {
        *self.bucket.lock().unwrap() = Some(Bucket {
            size: f64::from(size),
            refill_per_sec,
            level: HashMap::new(),
        });
    }

    pub fn set_page_rows(&self, n: usize) {
        self.page_rows.store(n, Ordering::SeqCst);
    }

    /// Reads answered 429 because a subscription's bucket was empty.
    pub fn throttled(&self) -> usize {
        self.throttled.load(Ordering::SeqCst)
    }

    /// Resource Graph requests (pages) answered.
    pub fn queries(&self) -> usize {
        self.queries.load(Ordering::SeqCst)
    }

    /// Takes a read from the request's subscription: what is left, or the 429.
    pub fn take_read(&self, method: &str, path: &str) -> Result<Option<u64>, Reply> {
        let mut guard = self.bucket.lock().unwrap();
        let Some(bucket) = guard.as_mut() else { return Ok(None) };
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        if method != "GET" || parts.len() < 3 || !parts[0].eq_ignore_ascii_case("subscriptions") {
            return Ok(None);
        }
        let now = Instant::now();
        let (size, refill) = (bucket.size, bucket.refill_per_sec);
        let (level, at) = bucket.level.entry(parts[1].to_ascii_lowercase()).or_insert((size, now));
        *level = (*level + refill * now.duration_since(*at).as_secs_f64()).min(size);
        *at = now;
        if *level >= 1.0 {
            *level -= 1.0;
            return Ok(Some(*level as u64));
        }
        self.throttled.fetch_add(1, Ordering::SeqCst);
        let secs = ((1.0 - *level) / refill).ceil().max(1.0) as u64;
        Err(Reply::error(
            429,
            "SubscriptionRequestsThrottled",
            &format!(
                "Number of 'read' requests for subscription '{}' exceeded. Please try again after '{secs}' seconds.",
                parts[1]
            ),
        )
        .header("retry-after", &secs.to_string())
        .header(REMAINING_READS, "0"))
    }

    /// Answers what the fleet knows: the subscription list, Resource Graph, the pools'
    /// lists and runtime views. `None` leaves the request to the fixtures.
    pub fn answer(&self, method: &str, path: &str, query: &str, body: &[u8], base: &str) -> Option<Reply> {
        let lower = path.to_ascii_lowercase();
        if method == "POST" && lower == "/providers/microsoft.resourcegraph/resources" {
            return Some(self.resource_graph(body));
        }
        if method != "GET" {
            return None;
        }
        if lower == "/subscriptions" {
            return self.subscription_list(query, base);
        }
        let pools = self.pools.lock().unwrap();
        if pools.is_empty() {
            return None;
        }
        let parts: Vec<&str> = lower.trim_start_matches('/').split('/').collect();
        match parts.as_slice() {
            [
                "subscriptions",
                sub,
                "resourcegroups",
                rg,
                "providers",
                "microsoft.standbypool",
                kind,
                name,
                "runtimeviews",
                "latest",
            ] => pools
                .iter()
                .find(|p| {
                    p.subscription.eq_ignore_ascii_case(sub)
                        && p.resource_group.eq_ignore_ascii_case(rg)
                        && p.kind().eq_ignore_ascii_case(kind)
                        && p.name.eq_ignore_ascii_case(name)
                })
                .map(|p| Reply::json(200, p.runtime_view())),
            [
                "subscriptions",
                _,
                "resourcegroups",
                _,
                "providers",
                "microsoft.compute",
                "virtualmachinescalesets",
                _,
            ] => pools
                .iter()
                .find(|p| !p.container && p.scale_set_id().eq_ignore_ascii_case(path))
                .map(|p| Reply::json(200, p.scale_set())),
            ["subscriptions", sub, "providers", "microsoft.standbypool", kind] => Some(list(&pools, sub, None, kind)),
            [
                "subscriptions",
                sub,
                "resourcegroups",
                rg,
                "providers",
                "microsoft.standbypool",
                kind,
            ] => Some(list(&pools, sub, Some(rg), kind)),
            _ => None,
        }
    }

    fn subscription_list(&self, query: &str, base: &str) -> Option<Reply> {
        let subs = self.subscriptions.lock().unwrap();
        if subs.is_empty() {
            return None;
        }
        // Two per page, so that paging is exercised.
        let page: usize = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("page="))
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        let value: Vec<Value> = subs
            .iter()
            .skip(page * 2)
            .take(2)
            .map(|(id, name)| {
                json!({"id": format!("/subscriptions/{id}"), "subscriptionId": id, "tenantId": super::TENANT,
                       "displayName": name, "state": "Enabled", "authorizationSource": "RoleBased"})
            })
            .collect();
        let mut body = json!({"value": value, "count": {"type": "Total", "value": subs.len()}});
        if (page + 1) * 2 < subs.len() {
            body["nextLink"] = json!(format!("{base}/subscriptions?api-version=2022-12-01&page={}", page + 1));
        }
        Some(Reply::json(200, body))
    }

    fn resource_graph(&self, body: &[u8]) -> Reply {
        self.queries.fetch_add(1, Ordering::SeqCst);
        let Ok(request) = serde_json::from_slice::<Value>(body) else {
            return Reply::error(400, "BadRequest", "the request body is not JSON");
        };
        let subs: Vec<String> = request["subscriptions"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_ascii_lowercase)
                    .collect()
            })
            .unwrap_or_default();
        if subs.is_empty() || subs.len() > 1000 {
            return Reply::error(400, "BadRequest", "subscriptions: 1 to 1000 expected");
        }
        let text = request["query"].as_str().unwrap_or_default().to_ascii_lowercase();
        let rg = text
            .split("resourcegroup =~ '")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .map(str::to_string);
        let pools = self.pools.lock().unwrap();
        let in_scope = pools
            .iter()
            .filter(|p| subs.contains(&p.subscription.to_ascii_lowercase()));
        // The scale sets of the pools, by the ids the query names.
        if text.contains("'microsoft.compute/virtualmachinescalesets'") {
            let rows: Vec<Value> = in_scope
                .filter(|p| !p.container && text.contains(&format!("'{}'", p.scale_set_id().to_ascii_lowercase())))
                .map(|p| json!({"id": p.scale_set_id(), "sku": p.scale_set()["sku"]}))
                .collect();
            drop(pools);
            return self.page(&request, rows);
        }
        let rows: Vec<Value> = in_scope
            .filter(|p| text.contains(&p.kind().to_ascii_lowercase()))
            .filter(|p| rg.as_ref().is_none_or(|g| p.resource_group.eq_ignore_ascii_case(g)))
            .map(|p| {
                let r = p.resource();
                // Resource Graph lowercases types and has no systemData column.
                json!({"id": r["id"], "name": r["name"], "type": r["type"].as_str().unwrap_or_default().to_ascii_lowercase(),
                       "location": r["location"], "tags": r["tags"], "properties": r["properties"]})
            })
            .collect();
        drop(pools);
        self.page(&request, rows)
    }

    /// One page of rows, with the paging token and the quota headers.
    fn page(&self, request: &Value, rows: Vec<Value>) -> Reply {
        let options = &request["options"];
        let mut top = options["$top"].as_u64().unwrap_or(100).clamp(1, 1000) as usize;
        let page_rows = self.page_rows.load(Ordering::SeqCst);
        if page_rows > 0 {
            top = top.min(page_rows);
        }
        let skip: usize = options["$skipToken"]
            .as_str()
            .and_then(|t| t.strip_prefix("skip-"))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let data: Vec<Value> = rows.iter().skip(skip).take(top).cloned().collect();
        let mut answer = json!({"totalRecords": rows.len(), "count": data.len(), "resultTruncated": "false", "facets": [], "data": data});
        if skip + top < rows.len() {
            answer["$skipToken"] = json!(format!("skip-{}", skip + top));
        }
        let remaining = {
            let mut q = self.quota.lock().unwrap();
            let now = Instant::now();
            let (start, used) = q.get_or_insert((now, 0));
            if now.duration_since(*start) > QUOTA_WINDOW {
                (*start, *used) = (now, 0);
            }
            *used += 1;
            QUOTA.saturating_sub(*used)
        };
        Reply::json(200, answer)
            .header("x-ms-user-quota-remaining", &remaining.to_string())
            .header("x-ms-user-quota-resets-after", "00:00:05")
    }
}

fn list(pools: &[FleetPool], sub: &str, rg: Option<&str>, kind: &str) -> Reply {
    let value: Vec<Value> = pools
        .iter()
        .filter(|p| p.subscription.eq_ignore_ascii_case(sub) && p.kind().eq_ignore_ascii_case(kind))
        .filter(|p| rg.is_none_or(|g| p.resource_group.eq_ignore_ascii_case(g)))
        .map(FleetPool::resource)
        .collect();
    Reply::json(200, json!({"value": value}))
}

/// Every answer under a subscription says what is left of its bucket.
pub fn stamp(reply: Reply, remaining: Option<u64>) -> Reply {
    match remaining {
        Some(n) => reply.header(REMAINING_READS, &n.to_string()),
        None => reply,
    }
}
