//! The pools' resource logs, read through the Log Analytics query API: first the
//! resource-centric query (no workspace to know, and the pool's own read permission is
//! enough); where that is refused or finds nothing, the pool's diagnostic settings name
//! the workspace, and the workspace is queried. What cannot be read is said in one line
//! with what to do about it.

pub mod query;
pub mod workspace;

use anyhow::{Context as _, Result};
use azure_core::time::{Duration, OffsetDateTime};

use crate::arm::{ArmClient, ArmError};
use crate::id::ResourceId;
use crate::log;
use crate::model::events::Event;
use crate::model::pool_type::PoolType;
use query::QueryAt;

/// How long after a diagnostic setting is made its first logs arrive, about.
pub const DELAY: Duration = Duration::minutes(30);

/// Where the events were read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadFrom {
    /// The resource-centric query.
    Pool,
    /// A workspace, by name, that the pool's diagnostic setting names.
    Workspace { setting: String, workspace: String },
}

/// A pool's events over a range, oldest first.
#[derive(Debug)]
pub struct EventsRead {
    pub events: Vec<Event>,
    /// The service's words when it answered only in part.
    pub partial: Option<String>,
    pub source: ReadFrom,
    /// Why there may be fewer events than expected (a young setting, a missing table).
    pub notes: Vec<String>,
}

/// The two clients the logs are read with, and the pace of the query API.
pub struct Reader<'a> {
    pub arm: &'a ArmClient,
    pub logs: &'a ArmClient,
    pub pace: &'a query::Pace,
}

impl Reader<'_> {
    pub async fn events(
        &self,
        pool: &ResourceId,
        pool_type: PoolType,
        range: (OffsetDateTime, OffsetDateTime),
    ) -> Result<EventsRead> {
        let text = query::text(pool, pool_type);
        match query::run(self.logs, self.pace, &QueryAt::Resource(pool.clone()), &text, range).await {
            Ok(answer) if !answer.rows.is_empty() => return Ok(found(answer, ReadFrom::Pool, Vec::new())),
            Ok(_) => log::verbose(format_args!(
                "the pool's own log query found nothing; reading its diagnostic settings"
            )),
            Err(e) if refused(&e) => log::verbose(format_args!(
                "the pool's own log query was refused ({e}); reading its diagnostic settings"
            )),
            Err(e) => return Err(anyhow::Error::new(e).context("querying the pool's resource logs")),
        }
        self.through_workspace(pool, pool_type, &text, range).await
    }

    async fn through_workspace(
        &self,
        pool: &ResourceId,
        pool_type: PoolType,
        text: &str,
        range: (OffsetDateTime, OffsetDateTime),
    ) -> Result<EventsRead> {
        let settings = workspace::settings(self.arm, pool, pool_type)
            .await
            .context("reading the pool's diagnostic settings")?;
        let Some(setting) = settings.first() else {
            anyhow::bail!(
                "no diagnostic setting sends pool '{}''s logs to a Log Analytics workspace, so it has no events to read; create one with: {}",
                pool.name(),
                workspace::create_command(pool)
            );
        };
        let customer_id = workspace::customer_id(self.arm, &setting.workspace)
            .await
            .with_context(|| format!("reading workspace '{}'", setting.workspace.name()))?;
        let source = ReadFrom::Workspace {
            setting: setting.name.clone(),
            workspace: setting.workspace.name().to_string(),
        };
        let mut notes = Vec::new();
        let answer = match query::run(self.logs, self.pace, &QueryAt::Workspace(customer_id), text, range).await {
            Ok(answer) => answer,
            // The query is fixed, so a workspace that refuses it does not know the tables:
            // nothing has been sent to it yet.
            Err(ArmError::Http { status: 400, .. }) => {
                let (execution, _) = query::tables(pool_type);
                notes.push(format!(
                    "workspace '{}' has no {execution} table yet: no event of this pool has reached it",
                    setting.workspace.name()
                ));
                query::Rows::default()
            }
            Err(e) => return Err(anyhow::Error::new(e).context("querying the workspace's logs")),
        };
        if answer.rows.is_empty() {
            notes.extend(young(setting, OffsetDateTime::now_utc()));
        }
        Ok(found(answer, source, notes))
    }
}

/// The answers after which the workspace is worth a try: the query was not understood
/// (the tables unknown there), not allowed, or the pool's logs not found.
fn refused(e: &ArmError) -> bool {
    matches!(
        e,
        ArmError::Http {
            status: 400 | 403 | 404,
            ..
        }
    )
}

fn found(answer: query::Rows, source: ReadFrom, notes: Vec<String>) -> EventsRead {
    let mut events: Vec<Event> = answer.rows.iter().filter_map(Event::of_row).collect();
    events.sort_by_key(|e| e.at);
    EventsRead {
        events,
        partial: answer.partial,
        source,
        notes,
    }
}

/// A setting younger than the logs' delay explains an empty answer.
fn young(setting: &workspace::Setting, now: OffsetDateTime) -> Option<String> {
    let age = now - setting.created?;
    (age < DELAY).then(|| {
        format!(
            "diagnostic setting '{}' was made {} minute(s) ago: logs arrive about 30 minutes after a setting is made, and earlier events are not sent",
            setting.name,
            age.whole_minutes().max(0)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_young_setting_explains_an_empty_answer() {
        let now = azure_core::time::parse_rfc3339("2026-12-05T07:00:00Z").unwrap();
        let setting = |created: Option<&str>| workspace::Setting {
            name: "logs".into(),
            workspace: ResourceId::parse(
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/ws",
            )
            .unwrap(),
            created: created.map(|c| azure_core::time::parse_rfc3339(c).unwrap()),
        };
        let note = young(&setting(Some("2026-12-05T06:50:00Z")), now).unwrap();
        assert!(note.contains("'logs' was made 10 minute(s) ago"), "{note}");
        assert_eq!(young(&setting(Some("2026-12-05T05:00:00Z")), now), None);
        assert_eq!(young(&setting(None), now), None);
    }
}
