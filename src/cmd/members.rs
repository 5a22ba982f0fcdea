//! `vm-pool members`: every VM of a standby pool, those waiting in it and those that
//! left it to serve, each as `vm instance-view` reads it.
//!
//! Who is a member: every VM the pool lists (in the pool or on its way in) and every VM
//! of the pool's attached scale set (those that left to serve). Whether the pool's list
//! keeps a VM after it left is not documented, so neither list is trusted alone.
//!
//! The requests: the pool (for its scale set) and the pool's member list at once; then
//! the scale set's VMs with their instance views in one filtered list (the scale set is
//! Flexible, which has no VM list or instance view of its own); then one GET, the one
//! `vm instance-view` sends, for each member the list did not answer for: not in it, or
//! in it without the in-pool flag.

use anyhow::{Context as _, Result};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

use super::{STANDBY_POOL_API, compute, input, resource_path, targets};
use crate::arm::{ArmClient, ArmError};
use crate::cli::{MemberState, MembersArgs};
use crate::context::Context;
use crate::id::ResourceId;
use crate::model::ready::PoolType;
use crate::model::vm::{PoolMembership, membership_of};
use crate::output::{Kind, Output};

pub async fn members(args: &MembersArgs, ctx: &Context) -> Result<Output> {
    let (mut vms, mut warnings, mut failures) = (Vec::new(), Vec::new(), Vec::new());
    if let Some(path) = &args.target.input {
        vms = input::saved_list(path, Kind::Vm)
            .await?
            .answer
            .raws()
            .into_iter()
            .cloned()
            .collect();
    } else {
        let pools = targets(
            &args.target,
            ctx,
            super::pool::resource_type(PoolType::Vm),
            Kind::VmPool.noun(),
        )?;
        for pool in &pools {
            resource_path(pool)?;
        }
        let client = ctx.client()?;
        let standby_api = ctx.api_version_or(STANDBY_POOL_API);
        // One pool after another: each already keeps --concurrency requests in flight.
        for pool in &pools {
            match of_pool(client, standby_api, pool)
                .await
                .with_context(|| format!("reading the members of pool '{}'", pool.name()))
            {
                Ok(found) => {
                    vms.extend(found.vms);
                    warnings.extend(found.warnings);
                    failures.extend(found.failures);
                }
                Err(e) if pools.len() == 1 => return Err(e),
                Err(e) => failures.push(e),
            }
        }
    }
    vms.retain(|vm| wanted(args.state, vm));
    vms.sort_by_cached_key(|vm| {
        let text = |k: &str| vm.get(k).and_then(Value::as_str).unwrap_or_default().to_lowercase();
        (text("name"), text("id"))
    });
    let mut out = Output::many(Kind::PoolMembers, vms)?;
    out.warnings = warnings;
    out.failures = failures;
    Ok(out)
}

fn wanted(state: MemberState, vm: &Value) -> bool {
    let membership = membership_of(vm);
    match state {
        MemberState::All => true,
        MemberState::Standby => membership == PoolMembership::InPool,
        MemberState::Serving => membership == PoolMembership::Serving,
    }
}

/// One pool's VMs, the members that vanished (warnings), and the reads that failed.
struct Found {
    vms: Vec<Value>,
    warnings: Vec<String>,
    failures: Vec<anyhow::Error>,
}

/// A pool's VMs: the pool's own list and its scale set's, side by side; then each VM
/// once, in the pool's order, its instance view read where the scale set's list did not
/// carry one.
async fn of_pool(client: &ArmClient, standby_api: &str, pool: &ResourceId) -> Result<Found> {
    let list_url = client.url(
        &format!("{pool}/standbyVirtualMachines"),
        &[("api-version", standby_api)],
    )?;
    let listed = async { client.list_all(list_url).await.context("listing the pool's VMs") };
    let (scale_set, listed) = tokio::join!(scale_set_vms(client, standby_api, pool), listed);
    let (scale_set_vms, odd_scale_set) = scale_set?;
    let mut found = Found {
        vms: Vec::new(),
        warnings: odd_scale_set.into_iter().collect(),
        failures: Vec::new(),
    };
    let (members, mut bodies) = merge(&listed?, scale_set_vms, &mut found.warnings);
    read_unanswered(client, pool, &members, &mut bodies, &mut found).await?;
    found.vms = members.iter().filter_map(|id| bodies.remove(&id.key())).collect();
    Ok(found)
}

/// The VMs of the scale set the pool names (with their instance views), or why it names
/// none that can be listed.
async fn scale_set_vms(
    client: &ArmClient,
    standby_api: &str,
    pool: &ResourceId,
) -> Result<(Vec<Value>, Option<String>)> {
    let pool_url = client.url(&pool.to_string(), &[("api-version", standby_api)])?;
    let body = client.get(pool_url).await.context("reading the pool")?.body;
    let Some(raw) = body
        .pointer("/properties/attachedVirtualMachineScaleSetId")
        .and_then(Value::as_str)
    else {
        return Ok((Vec::new(), None));
    };
    let vmss = match ResourceId::parse(raw) {
        Ok(id) if id.is_kind("Microsoft.Compute", "virtualMachineScaleSets") && id.is_top_level() => id,
        _ => {
            let why = format!(
                "the pool's attachedVirtualMachineScaleSetId '{}' is not a scale set id; only the VMs the pool lists are shown",
                raw.escape_debug()
            );
            return Ok((Vec::new(), Some(why)));
        }
    };
    let vms = client
        .list_all(scale_set_vms_url(client, &vmss)?)
        .await
        .with_context(|| format!("listing the VMs of scale set '{}'", vmss.name()))?;
    Ok((vms, None))
}

/// Each VM once, the pool's order first, and the bodies the scale set's list answered
/// for (those that say whether they are in the pool).
fn merge(
    listed: &[Value],
    scale_set_vms: Vec<Value>,
    warnings: &mut Vec<String>,
) -> (Vec<ResourceId>, HashMap<String, Value>) {
    let mut members: Vec<ResourceId> = Vec::new();
    let mut known = HashSet::new();
    let mut bodies: HashMap<String, Value> = HashMap::new();
    for item in listed {
        match member_id(item) {
            Ok(id) => {
                if known.insert(id.key()) {
                    members.push(id);
                }
            }
            Err(why) => warnings.push(why),
        }
    }
    for vm in scale_set_vms {
        let Some(id) = vm
            .get("id")
            .and_then(Value::as_str)
            .and_then(|raw| ResourceId::parse(raw).ok())
        else {
            continue;
        };
        let key = id.key();
        if known.insert(key.clone()) {
            members.push(id);
        }
        if membership_of(&vm) != PoolMembership::Unknown {
            bodies.insert(key, vm);
        }
    }
    (members, bodies)
}

/// The instance view of each member no list answered for; one deleted since it was
/// listed is a warning, any other failure is kept beside the rest.
async fn read_unanswered(
    client: &ArmClient,
    pool: &ResourceId,
    members: &[ResourceId],
    bodies: &mut HashMap<String, Value>,
    found: &mut Found,
) -> Result<()> {
    let unanswered: Vec<&ResourceId> = members.iter().filter(|id| !bodies.contains_key(&id.key())).collect();
    let spec = &compute::VM_INSTANCE_VIEW;
    let mut query = spec.query.to_vec();
    query.push(("api-version", spec.api_version));
    let urls = unanswered
        .iter()
        .map(|id| client.url(&id.to_string(), &query))
        .collect::<Result<Vec<_>, ArmError>>()?;
    for (id, result) in unanswered.iter().zip(client.get_each(urls).await) {
        match result {
            Ok(fetched) => {
                bodies.insert(id.key(), fetched.body);
            }
            Err(ArmError::Http { status: 404, .. }) => found.warnings.push(format!(
                "VM '{}' of pool '{}' was not found (deleted since the pool listed it); left out",
                id.name(),
                pool.name()
            )),
            Err(e) => found
                .failures
                .push(anyhow::Error::new(e).context(format!("{} '{}'", spec.reading, id.name()))),
        }
    }
    Ok(())
}

/// The VM a pool's member entry points at (`properties.virtualMachineResourceId`,
/// carried from api-version 2024-03-01).
fn member_id(item: &Value) -> Result<ResourceId, String> {
    let entry = || {
        item.get("id")
            .and_then(Value::as_str)
            .unwrap_or("(no id)")
            .escape_debug()
            .to_string()
    };
    let Some(raw) = item
        .pointer("/properties/virtualMachineResourceId")
        .and_then(Value::as_str)
    else {
        return Err(format!(
            "the pool lists a member without virtualMachineResourceId ({}); api-versions before 2024-03-01 do not carry it",
            entry()
        ));
    };
    match ResourceId::parse(raw) {
        Ok(id) if id.is_kind("Microsoft.Compute", "virtualMachines") && id.is_top_level() => Ok(id),
        _ => Err(format!(
            "the pool lists a member whose virtualMachineResourceId '{}' is not a VM id; left out",
            raw.escape_debug()
        )),
    }
}

/// Compute's list of the subscription's VMs, filtered to one scale set, with their
/// instance views (`$expand` is allowed only with the filter).
fn scale_set_vms_url(client: &ArmClient, vmss: &ResourceId) -> Result<reqwest::Url, ArmError> {
    // OData doubles a quote inside a quoted string.
    let filter = format!(
        "'virtualMachineScaleSet/id' eq '{}'",
        vmss.to_string().replace('\'', "''")
    );
    client.url(
        &format!(
            "/subscriptions/{}/providers/Microsoft.Compute/virtualMachines",
            vmss.subscription
        ),
        &[
            ("$filter", filter.as_str()),
            ("$expand", "instanceView"),
            ("api-version", compute::VM_INSTANCE_VIEW.api_version),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn member_ids_come_from_the_vm_resource_id() {
        let vm = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1";
        let id = member_id(&json!({"properties": {"virtualMachineResourceId": vm}})).unwrap();
        assert_eq!(id.name(), "vm1");
        let old = member_id(&json!({"id": "/x/standbyVirtualMachines/vm1\u{1b}[2J", "properties": {}})).unwrap_err();
        assert!(old.contains("2024-03-01") && !old.contains('\u{1b}'), "{old}");
        let odd = member_id(
            &json!({"properties": {"virtualMachineResourceId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/nics/n"}}),
        );
        assert!(odd.unwrap_err().contains("not a VM id"));
    }

    #[test]
    fn state_filter_reads_the_flag() {
        let vm = |flag: Value| json!({"properties": {"instanceView": {"isVMInStandbyPool": flag}}});
        assert!(wanted(MemberState::Standby, &vm(json!(true))));
        assert!(!wanted(MemberState::Standby, &vm(json!(false))));
        assert!(wanted(MemberState::Serving, &vm(json!(false))));
        assert!(!wanted(MemberState::Serving, &vm(Value::Null)));
        assert!(wanted(MemberState::All, &vm(Value::Null)));
    }
}
