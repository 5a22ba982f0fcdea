//! Instance states of pool members. Open: ARM adds states between api-versions and
//! 2024-03-01 spells them in lowercase, so unknown values pass through as themselves.

use std::fmt;

/// What a state means for an operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Warm and waiting (or running, for container groups): capacity the pool can hand out.
    Ready,
    /// On its way to ready.
    Transition,
    /// On its way out of the pool.
    Leaving,
    /// A state this build has not heard of.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PoolState {
    Creating,
    Starting,
    Running,
    Deallocating,
    Deallocated,
    Hibernating,
    Hibernated,
    Deleting,
    Other(String),
}

const KNOWN: [PoolState; 8] = [
    PoolState::Creating,
    PoolState::Starting,
    PoolState::Running,
    PoolState::Deallocating,
    PoolState::Deallocated,
    PoolState::Hibernating,
    PoolState::Hibernated,
    PoolState::Deleting,
];

impl PoolState {
    pub fn parse(s: &str) -> PoolState {
        KNOWN
            .iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
            .cloned()
            .unwrap_or_else(|| PoolState::Other(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        match self {
            PoolState::Creating => "Creating",
            PoolState::Starting => "Starting",
            PoolState::Running => "Running",
            PoolState::Deallocating => "Deallocating",
            PoolState::Deallocated => "Deallocated",
            PoolState::Hibernating => "Hibernating",
            PoolState::Hibernated => "Hibernated",
            PoolState::Deleting => "Deleting",
            PoolState::Other(s) => s,
        }
    }

    /// Lifecycle order for columns: known states first in the order an instance
    /// passes through them, unknown ones after.
    pub fn rank(&self) -> usize {
        KNOWN.iter().position(|k| k == self).unwrap_or(KNOWN.len())
    }

    pub fn phase(&self) -> Phase {
        match self {
            PoolState::Running | PoolState::Deallocated | PoolState::Hibernated => Phase::Ready,
            PoolState::Creating | PoolState::Starting | PoolState::Deallocating | PoolState::Hibernating => {
                Phase::Transition
            }
            PoolState::Deleting => Phase::Leaving,
            PoolState::Other(_) => Phase::Unknown,
        }
    }
}

impl<'de> serde::Deserialize<'de> for PoolState {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(|s| PoolState::parse(&s))
    }
}

impl fmt::Display for PoolState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_any_case_and_keeps_unknown_states() {
        assert_eq!(PoolState::parse("deallocated"), PoolState::Deallocated);
        assert_eq!(PoolState::parse("HIBERNATED"), PoolState::Hibernated);
        assert_eq!(PoolState::parse("Mix"), PoolState::Other("Mix".into()));
        assert_eq!(PoolState::parse("Mix").to_string(), "Mix");
        assert_eq!(PoolState::parse("Mix").phase(), Phase::Unknown);
    }

    #[test]
    fn phases_and_order() {
        assert_eq!(PoolState::Deallocated.phase(), Phase::Ready);
        assert_eq!(PoolState::Starting.phase(), Phase::Transition);
        assert_eq!(PoolState::Deleting.phase(), Phase::Leaving);
        assert!(PoolState::Creating.rank() < PoolState::Deleting.rank());
        assert!(PoolState::Deleting.rank() < PoolState::Other("X".into()).rank());
    }
}
