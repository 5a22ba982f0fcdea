//! The VMs of a demo VM pool's scale set: the serving ones first, then the pool's, in
//! the order of their numbers, so that a scale-out moves the same VMs from the pool
//! into service.

use serde_json::{Value, json};

use super::world::{DemoPool, Moment};

pub struct DemoVm {
    pub name: String,
    zone: i64,
    in_pool: bool,
    /// The pool's state word for it (`Deallocated`, `Creating`, …), or `Running` serving.
    state: &'static str,
}

pub fn of(p: &DemoPool, m: &Moment) -> Vec<DemoVm> {
    let Some(scale_set) = p.scale_set else {
        return Vec::new();
    };
    let serving = std::iter::repeat_n(("Running", false), m.capacity.max(0) as usize);
    let pooled = m
        .states
        .iter()
        .flat_map(|(state, n)| std::iter::repeat_n((*state, true), (*n).max(0) as usize));
    serving
        .chain(pooled)
        .enumerate()
        .map(|(i, (state, in_pool))| DemoVm {
            name: format!("{scale_set}_{:08x}", number(p.name, i)),
            zone: p.zones()[i % p.zones().len()],
            in_pool,
            state,
        })
        .collect()
}

/// A stable eight-hex-digit suffix per pool and VM, as Flexible scale sets name VMs.
fn number(pool: &str, i: usize) -> u32 {
    // FNV-1a: the same names in every run, no two alike in a pool.
    let mut h: u32 = 0x811c_9dc5;
    for b in pool.bytes().chain((i as u32).to_le_bytes()) {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

fn vm_id(p: &DemoPool, name: &str) -> String {
    format!(
        "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Compute/virtualMachines/{name}",
        p.subscription.id, p.resource_group
    )
}

/// A VM with its instance view, as Compute answers `?$expand=instanceView`.
pub fn body(p: &DemoPool, vm: &DemoVm) -> Value {
    let creating = vm.state == "Creating";
    let provisioning = if creating { "Creating" } else { "Succeeded" };
    let mut statuses = vec![json!({
        "code": format!("ProvisioningState/{}", provisioning.to_ascii_lowercase()),
        "level": "Info",
        "displayStatus": if creating { "Creating" } else { "Provisioning succeeded" }
    })];
    if !creating {
        let power = match vm.state {
            "Hibernated" => "deallocated",
            other => other,
        }
        .to_ascii_lowercase();
        statuses.push(json!({
            "code": format!("PowerState/{power}"),
            "level": "Info",
            "displayStatus": format!("VM {power}")
        }));
    }
    json!({
        "name": vm.name,
        "id": vm_id(p, &vm.name),
        "type": "Microsoft.Compute/virtualMachines",
        "location": p.location,
        "zones": [vm.zone.to_string()],
        "properties": {
            "hardwareProfile": {"vmSize": "Standard_D2s_v5"},
            "virtualMachineScaleSet": {"id": p.scale_set_id()},
            "provisioningState": provisioning,
            "instanceView": {
                "computerName": vm.name,
                "isVMInStandbyPool": vm.in_pool,
                "statuses": statuses
            }
        }
    })
}

/// The pool's entry for one of its VMs (`standbyVirtualMachines`).
pub fn member(p: &DemoPool, vm: &DemoVm) -> Value {
    json!({
        "id": format!("{}/standbyVirtualMachines/{}", p.id(), vm.name),
        "name": vm.name,
        "type": "Microsoft.StandbyPool/standbyVirtualMachinePools/standbyVirtualMachines",
        "properties": {"virtualMachineResourceId": vm_id(p, &vm.name), "provisioningState": "Succeeded"}
    })
}

pub fn in_pool(vm: &DemoVm) -> bool {
    vm.in_pool
}
