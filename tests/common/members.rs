//! Standby pools with members, for `vm-pool members`. A pool named `members-N` holds N
//! VMs (`members-N-vm-000`, …) in a Flexible scale set `members-N-vmss` (`members-N-anything`
//! the same with longer names); `members-N-noflag`
//! is the same pool where Compute's VM list leaves `isVMInStandbyPool` out of the instance
//! views, so that only a VM's own GET tells. What each VM is follows from its number
//! (see `Vm::of`): parked in the pool, serving, starting, deallocating, failed, without
//! a flag, still being created (not yet in the scale set's list), or gone (listed by the
//! pool, then 404).
//!
//! Served: the pool, its member list (two pages, linked by nextLink), the subscription's
//! VM list filtered to the scale set (two pages; instance views with
//! `$expand=instanceView`), and each VM's GET.

use serde_json::{Value, json};

use super::fake::{Reply, fill, fixtures_dir};

/// A pool the names encode.
struct Pool {
    name: String,
    size: usize,
    /// Whether Compute's VM list carries the in-pool flag.
    list_has_flag: bool,
}

impl Pool {
    fn parse(name: &str) -> Option<Pool> {
        let rest = name.strip_prefix("members-")?;
        // `members-N`, `members-N-noflag`, or `members-N-<anything>` for longer names.
        let (size, suffix) = rest.split_once('-').unwrap_or((rest, ""));
        let list_has_flag = suffix != "noflag";
        Some(Pool {
            name: name.to_string(),
            size: size.parse().ok()?,
            list_has_flag,
        })
    }

    fn vm_name(&self, i: usize) -> String {
        format!("{}-vm-{i:03}", self.name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vm {
    Parked,
    /// Left the pool; `kept` says whether the pool still lists it.
    Serving {
        kept: bool,
    },
    Starting,
    Deallocating,
    Failed,
    NoFlag,
    /// In the pool's list, not yet in the scale set's.
    Creating,
    /// In the pool's list, then deleted: 404.
    Gone,
}

impl Vm {
    pub fn of(i: usize) -> Vm {
        match i {
            i if i % 11 == 5 => Vm::Gone,
            i if i % 7 == 3 => Vm::Creating,
            i if i % 5 == 1 => Vm::Serving { kept: i % 2 == 0 },
            i if i % 19 == 18 => Vm::Failed,
            i if i % 13 == 9 => Vm::Deallocating,
            i if i % 17 == 15 => Vm::NoFlag,
            i if i % 23 == 22 => Vm::Starting,
            _ => Vm::Parked,
        }
    }

    fn in_pool_list(self) -> bool {
        !matches!(self, Vm::Serving { kept: false })
    }

    fn in_scale_set_list(self) -> bool {
        !matches!(self, Vm::Creating | Vm::Gone)
    }
}

/// Answers the paths this module owns; `None` leaves the request to the fake's router.
pub(crate) fn route(path: &str, query: &str, base: &str) -> Option<Reply> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let lower: Vec<String> = parts.iter().map(|p| p.to_ascii_lowercase()).collect();
    let l: Vec<&str> = lower.iter().map(String::as_str).collect();
    match l.as_slice() {
        [
            "subscriptions",
            _,
            "resourcegroups",
            _,
            "providers",
            "microsoft.standbypool",
            "standbyvirtualmachinepools",
            _,
        ] => {
            let pool = Pool::parse(parts[7])?;
            let text = std::fs::read_to_string(fixtures_dir().join("vmpool.json")).expect("vmpool fixture");
            let text =
                fill(&text, parts[1], parts[3], &pool.name).replace("myScaleSet", &format!("{}-vmss", pool.name));
            Some(Reply::raw(200, "application/json; charset=utf-8", text.as_bytes()))
        }
        [
            "subscriptions",
            _,
            "resourcegroups",
            _,
            "providers",
            "microsoft.standbypool",
            "standbyvirtualmachinepools",
            _,
            "standbyvirtualmachines",
        ] => Some(match Pool::parse(parts[7]) {
            Some(pool) => {
                let items = (0..pool.size)
                    .filter(|&i| Vm::of(i).in_pool_list())
                    .map(|i| member_entry(parts[1], parts[3], &pool, i))
                    .collect();
                page(items, base, path, query)
            }
            None => Reply::error(
                404,
                "ResourceNotFound",
                &format!(
                    "The Resource 'Microsoft.StandbyPool/standbyVirtualMachinePools/{}' under resource group '{}' was not found.",
                    parts[7], parts[3]
                ),
            ),
        }),
        ["subscriptions", _, "providers", "microsoft.compute", "virtualmachines"] => {
            let args = form(query);
            let filter = args.iter().find(|(k, _)| k == "$filter").map(|(_, v)| v.as_str())?;
            let expand = args
                .iter()
                .any(|(k, v)| k == "$expand" && v.eq_ignore_ascii_case("instanceView"));
            let (rg, pool) = scale_set_in(filter)?;
            let items = (0..pool.size)
                .filter(|&i| Vm::of(i).in_scale_set_list())
                .map(|i| {
                    let mut vm = vm_body(parts[1], &rg, &pool, i);
                    let props = vm["properties"].as_object_mut().expect("properties");
                    if !expand {
                        props.remove("instanceView");
                    } else if !pool.list_has_flag {
                        props["instanceView"]
                            .as_object_mut()
                            .expect("iv")
                            .remove("isVMInStandbyPool");
                    }
                    vm
                })
                .collect();
            Some(page(items, base, path, query))
        }
        [
            "subscriptions",
            _,
            "resourcegroups",
            _,
            "providers",
            "microsoft.compute",
            "virtualmachines",
            name,
        ] => {
            let (pool_name, number) = name.rsplit_once("-vm-")?;
            let pool = Pool::parse(pool_name)?;
            let i: usize = number.parse().ok().filter(|&i| i < pool.size)?;
            Some(if Vm::of(i) == Vm::Gone {
                Reply::error(
                    404,
                    "ResourceNotFound",
                    &format!(
                        "The Resource 'Microsoft.Compute/virtualMachines/{}' under resource group '{}' was not found.",
                        parts[7], parts[3]
                    ),
                )
            } else {
                Reply::json(200, vm_body(parts[1], parts[3], &pool, i))
            })
        }
        _ => None,
    }
}

/// `'virtualMachineScaleSet/id' eq '/subscriptions/…/resourceGroups/{rg}/…/virtualMachineScaleSets/{pool}-vmss'`
fn scale_set_in(filter: &str) -> Option<(String, Pool)> {
    let id = filter
        .strip_prefix("'virtualMachineScaleSet/id' eq '")?
        .strip_suffix('\'')?;
    let parts: Vec<&str> = id.split('/').collect();
    let rg = parts.get(4)?.to_string();
    let pool = Pool::parse(parts.last()?.strip_suffix("-vmss")?)?;
    Some((rg, pool))
}

fn member_entry(sub: &str, rg: &str, pool: &Pool, i: usize) -> Value {
    let vm = pool.vm_name(i);
    json!({
        "properties": {
            "virtualMachineResourceId": format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/virtualMachines/{vm}"),
            "provisioningState": "Succeeded"
        },
        "id": format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/{}/standbyVirtualMachines/{vm}", pool.name),
        "name": vm,
        "type": "Microsoft.StandbyPool/standbyVirtualMachinePools/standbyVirtualMachines"
    })
}

/// The VM as GET `?$expand=instanceView` returns it, in the state its number gives.
fn vm_body(sub: &str, rg: &str, pool: &Pool, i: usize) -> Value {
    let name = pool.vm_name(i);
    let text = std::fs::read_to_string(fixtures_dir().join("vm-expand.json")).expect("vm fixture");
    let text = fill(&text, sub, rg, &name).replace("myScaleSet", &format!("{}-vmss", pool.name));
    let mut vm: Value = serde_json::from_str(&text).expect("vm fixture JSON");
    let vm_state = Vm::of(i);
    let (provisioning, power, flag) = match vm_state {
        Vm::Parked => ("Succeeded", "deallocated", Some(true)),
        Vm::Serving { .. } => ("Succeeded", "running", Some(false)),
        Vm::Starting => ("Succeeded", "starting", Some(false)),
        Vm::Deallocating => ("Succeeded", "deallocating", Some(true)),
        Vm::Failed => ("Failed", "deallocated", Some(true)),
        Vm::NoFlag => ("Succeeded", "running", None),
        Vm::Creating | Vm::Gone => ("Creating", "starting", Some(true)),
    };
    vm["zones"] = json!([(1 + i % 3).to_string()]);
    let props = &mut vm["properties"];
    props["provisioningState"] = json!(provisioning);
    props["instanceView"]["computerName"] = json!(name);
    props["instanceView"]["statuses"] = json!([
        {"code": format!("ProvisioningState/{}", provisioning.to_lowercase()), "level": "Info", "displayStatus": format!("Provisioning {}", provisioning.to_lowercase())},
        {"code": format!("PowerState/{power}"), "level": "Info", "displayStatus": format!("VM {power}")}
    ]);
    match flag {
        Some(f) => props["instanceView"]["isVMInStandbyPool"] = json!(f),
        None => {
            props["instanceView"]
                .as_object_mut()
                .expect("iv")
                .remove("isVMInStandbyPool");
        }
    }
    vm
}

/// Two pages: the first half, then the rest behind a nextLink.
fn page(items: Vec<Value>, base: &str, path: &str, query: &str) -> Reply {
    let second = query.split('&').any(|kv| kv == "page=1");
    let half = items.len().div_ceil(2);
    if second {
        return Reply::json(200, json!({"value": items[half..]}));
    }
    Reply::json(
        200,
        json!({"value": items[..half], "nextLink": format!("{base}{path}?{query}&page=1")}),
    )
}

fn form(query: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The names of a pool's VMs in one state, for tests to expect.
pub fn names_where(pool: &str, size: usize, keep: impl Fn(Vm) -> bool) -> Vec<String> {
    (0..size)
        .filter(|&i| keep(Vm::of(i)))
        .map(|i| format!("{pool}-vm-{i:03}"))
        .collect()
}
