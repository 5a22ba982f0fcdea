//! Which Log Analytics workspace a pool's logs go to: its diagnostic settings (the
//! resource-scoped API has only a preview version), then the workspace's own id.

use azure_core::time::OffsetDateTime;
use serde_json::Value;

use crate::arm::{ArmClient, ArmError};
use crate::id::ResourceId;
use crate::model::pool_type::PoolType;

const DIAGNOSTIC_SETTINGS_API: &str = "2021-05-01-preview";
const WORKSPACES_API: &str = "2025-02-01";

/// A diagnostic setting that sends the pool's execution logs to a workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    pub name: String,
    pub workspace: ResourceId,
    /// `systemData.createdAt`, where the service says when it was made.
    pub created: Option<OffsetDateTime>,
}

/// The execution category of a pool type, as diagnostic settings name it.
fn category(pool_type: PoolType) -> &'static str {
    match pool_type {
        PoolType::Vm => "Execution",
        PoolType::ContainerGroup => "ContainerGroupExecution",
    }
}

/// The settings of `pool` that send its execution logs to a Log Analytics workspace.
pub async fn settings(arm: &ArmClient, pool: &ResourceId, pool_type: PoolType) -> Result<Vec<Setting>, ArmError> {
    let url = arm.url(
        &format!("{pool}/providers/Microsoft.Insights/diagnosticSettings"),
        &[("api-version", DIAGNOSTIC_SETTINGS_API)],
    )?;
    let listed = arm.list_all(url).await?;
    Ok(listed.iter().filter_map(|s| to_workspace(s, pool_type)).collect())
}

fn to_workspace(setting: &Value, pool_type: PoolType) -> Option<Setting> {
    let props = setting.get("properties")?;
    let sends = props
        .get("logs")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|l| l.get("enabled").and_then(Value::as_bool) == Some(true))
        .any(|l| {
            let is = |k: &str, v: &str| {
                l.get(k)
                    .and_then(Value::as_str)
                    .is_some_and(|x| x.eq_ignore_ascii_case(v))
            };
            is("categoryGroup", "allLogs") || is("category", category(pool_type))
        });
    let workspace = props
        .get("workspaceId")
        .and_then(Value::as_str)
        .filter(|w| !w.is_empty())
        .and_then(|w| ResourceId::parse(w).ok())?;
    sends.then(|| Setting {
        name: setting
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("(unnamed)")
            .to_string(),
        workspace,
        created: setting
            .pointer("/systemData/createdAt")
            .and_then(Value::as_str)
            .and_then(|t| azure_core::time::parse_rfc3339(t).ok()),
    })
}

/// The workspace's id for the query API (`properties.customerId`).
pub async fn customer_id(arm: &ArmClient, workspace: &ResourceId) -> Result<String, ArmError> {
    let url = arm.url(&workspace.to_string(), &[("api-version", WORKSPACES_API)])?;
    let fetched = arm.get(url).await?;
    fetched
        .body
        .pointer("/properties/customerId")
        .and_then(Value::as_str)
        .filter(|id| crate::azcli::is_guid(id))
        .map(str::to_string)
        .ok_or_else(|| ArmError::Decode {
            message: format!("workspace '{}' has no customerId to query it by", workspace.name()),
            request_id: fetched.request_id,
        })
}

/// What to run when no setting sends the logs anywhere they can be read.
pub fn create_command(pool: &ResourceId) -> String {
    format!(
        "az monitor diagnostic-settings create --name standby-logs --resource '{pool}' \
         --workspace WORKSPACE_ID --logs '[{{\"categoryGroup\":\"allLogs\",\"enabled\":true}}]'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_settings_that_send_the_execution_logs_to_a_workspace_count() {
        let ws = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/ws1";
        let all = json!({"name": "a", "properties": {"workspaceId": ws,
            "logs": [{"categoryGroup": "allLogs", "enabled": true}]},
            "systemData": {"createdAt": "2026-12-05T06:50:00Z"}});
        let s = to_workspace(&all, PoolType::Vm).unwrap();
        assert_eq!((s.name.as_str(), s.workspace.name()), ("a", "ws1"));
        assert!(s.created.is_some());
        let category = json!({"name": "b", "properties": {"workspaceId": ws,
            "logs": [{"category": "ContainerGroupExecution", "enabled": true}]}});
        assert!(to_workspace(&category, PoolType::ContainerGroup).is_some());
        assert!(to_workspace(&category, PoolType::Vm).is_none());
        let off = json!({"properties": {"workspaceId": ws, "logs": [{"categoryGroup": "allLogs", "enabled": false}]}});
        assert!(to_workspace(&off, PoolType::Vm).is_none());
        let storage = json!({"properties": {"workspaceId": "", "storageAccountId": "x",
            "logs": [{"categoryGroup": "allLogs", "enabled": true}]}});
        assert!(to_workspace(&storage, PoolType::Vm).is_none());
    }
}
