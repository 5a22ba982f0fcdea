//! api-versions a region does not serve yet. A provider's newest api-version reaches
//! regions one by one; until it does, ARM refuses it there and names the versions it
//! has. Rather than fail, a request steps down to the newest of those (never newer than
//! asked) and the choice is kept for the process, so that one refusal costs one extra
//! round trip, not one per request. A version the user forces is sent as it is.

use reqwest::Url;
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::{Mutex, PoisonError};

use super::error::ArmError;
use crate::log;

/// api-versions pinned per provider; `--api-version` overrides. A region that does not
/// serve the pinned one yet gets the newest it names instead (below).
pub const STANDBY_POOL_API: &str = "2026-04-01";
pub const COMPUTE_API: &str = "2025-04-01";
pub const CONTAINER_INSTANCE_API: &str = "2025-09-01";

/// A refused version that keeps being refused (each region naming older ones) is not
/// worth following further than this.
const MAX_STEPS: usize = 3;

/// Codes ARM answers a version it does not serve with; their messages list what it does.
const REFUSALS: &[&str] = &[
    "NoRegisteredProviderFound",
    "InvalidResourceType",
    "InvalidApiVersionParameter",
    "UnsupportedApiVersion",
];

/// Provider namespace and the version asked: what a request's version is settled by.
type Asked = (String, String);

/// What each provider answered when asked for a version, for the rest of the process.
#[derive(Default)]
pub struct Versions {
    /// The user's `--api-version`: requests carrying it never step down.
    forced: Option<String>,
    /// (provider namespace, version asked) → the version that was served instead (or
    /// the one asked). Requests sent before it is known go out at once, side by side,
    /// each stepping down for itself if refused: a batch costs its round trips, not
    /// one after another; the requests after it go straight to the version served.
    settled: Mutex<HashMap<Asked, String>>,
    /// The refusals already reported under `--verbose`.
    told: Mutex<HashSet<Asked>>,
}

impl Versions {
    pub fn new(forced: Option<String>) -> Versions {
        Versions {
            forced,
            settled: Mutex::default(),
            told: Mutex::default(),
        }
    }

    /// Sends a GET through `send`, stepping down when the version is refused.
    pub async fn get<T, F, Fut>(&self, url: Url, send: F) -> Result<T, ArmError>
    where
        F: Fn(Url) -> Fut,
        Fut: Future<Output = Result<T, ArmError>>,
    {
        let Some(asked) = version_of(&url) else {
            return send(url).await;
        };
        if self.forced.as_deref() == Some(asked.as_str()) {
            return send(url).await;
        }
        let key = (namespace_of(&url), asked);
        let known = self.settled().get(&key).cloned();
        let url = match &known {
            Some(version) => with_version(&url, version),
            None => url,
        };
        let (result, used) = self.stepping_down(url, &send).await;
        // No answer at all (the network, the token) says nothing about versions.
        let answered = !matches!(
            result,
            Err(ArmError::Transport { .. } | ArmError::Auth(_) | ArmError::Setup(_))
        );
        if known.is_none() && answered {
            self.settled().entry(key).or_insert(used);
        }
        result
    }

    fn settled(&self) -> std::sync::MutexGuard<'_, HashMap<Asked, String>> {
        self.settled.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The answer, and the version it was got with.
    async fn stepping_down<T, F, Fut>(&self, mut url: Url, send: &F) -> (Result<T, ArmError>, String)
    where
        F: Fn(Url) -> Fut,
        Fut: Future<Output = Result<T, ArmError>>,
    {
        let mut tried = version_of(&url).unwrap_or_default();
        for _ in 0..MAX_STEPS {
            let result = send(url.clone()).await;
            let Err(ArmError::Http {
                status, code, message, ..
            }) = &result
            else {
                return (result, tried);
            };
            let Some(next) = refused(*status, code, message).and_then(|offered| newest_below(&offered, &tried)) else {
                return (result, tried);
            };
            // Said once, however many requests of a batch were refused side by side.
            let first_time = self
                .told
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert((namespace_of(&url), tried.clone()));
            if first_time {
                log::verbose(format_args!(
                    "api-version {tried} is not served here ({code}); falling back to {next}, the newest the service offers, for the rest of this run"
                ));
            }
            url = with_version(&url, &next);
            tried = next;
        }
        (send(url).await, tried)
    }
}

/// The versions ARM names when it refuses one (400 or 404 with a refusal code), if it
/// names any.
pub fn refused(status: u16, code: &str, message: &str) -> Option<Vec<String>> {
    let refusal =
        REFUSALS.iter().any(|r| r.eq_ignore_ascii_case(code)) || code.to_ascii_lowercase().contains("apiversion");
    if !matches!(status, 400 | 404) || !refusal {
        return None;
    }
    let offered: Vec<String> = listed(message)?
        .split(',')
        .map(str::trim)
        .filter(|v| is_version(v))
        .map(str::to_string)
        .collect();
    (!offered.is_empty()).then_some(offered)
}

/// The quoted list after "supported api-versions are" or "supported versions are".
pub fn listed(message: &str) -> Option<&str> {
    let lower = message.to_ascii_lowercase();
    let at = ["supported api-versions are", "supported versions are"]
        .iter()
        .find_map(|marker| lower.find(marker).map(|i| i + marker.len()))?;
    let rest = message.get(at..)?.trim_start().strip_prefix('\'')?;
    rest.split('\'').next()
}

/// `YYYY-MM-DD`, or that with a suffix such as `-preview`: nothing else reaches a URL.
fn is_version(v: &str) -> bool {
    let b = v.as_bytes();
    let date = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    let suffix = &b[b.len().min(10)..];
    date && (suffix.is_empty()
        || (suffix.len() > 1 && suffix[0] == b'-' && suffix[1..].iter().all(u8::is_ascii_alphanumeric)))
}

/// Orders versions (checked by `is_version`, so ASCII) by date, a stable one after a
/// preview of the same date.
fn rank(v: &str) -> (&str, bool, &str) {
    let date = v.get(..10).unwrap_or(v);
    let suffix = v.get(10..).unwrap_or_default();
    (date, suffix.is_empty(), suffix)
}

/// The version to step down to: the newest stable one older than `tried`, else the
/// newest preview older than it. A stable version is preferred even over a newer
/// preview, whose shapes may change.
pub fn newest_below(offered: &[String], tried: &str) -> Option<String> {
    if !is_version(tried) {
        return None;
    }
    let older = || offered.iter().filter(|v| is_version(v) && rank(v) < rank(tried));
    older()
        .filter(|v| rank(v).1)
        .max_by(|a, b| rank(a).cmp(&rank(b)))
        .or_else(|| older().max_by(|a, b| rank(a).cmp(&rank(b))))
        .cloned()
}

fn version_of(url: &Url) -> Option<String> {
    url.query_pairs()
        .find(|(k, _)| k == "api-version")
        .map(|(_, v)| v.into_owned())
}

/// The same URL asking for `version`; the other query parameters keep their order.
fn with_version(url: &Url, version: &str) -> Url {
    if version_of(url).as_deref() == Some(version) {
        return url.clone();
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "api-version" {
                version.to_string()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    let mut url = url.clone();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    url
}

/// The provider a path addresses (`microsoft.standbypool`), or "" for paths outside
/// any provider (the subscription list).
fn namespace_of(url: &Url) -> String {
    let mut segments = url.path_segments().into_iter().flatten();
    segments
        .by_ref()
        .find(|s| s.eq_ignore_ascii_case("providers"))
        .and_then(|_| segments.next())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WESTUS: &str = "No registered resource provider found for location 'westus' and API version '2026-04-01' for type 'standbyVirtualMachinePools'. The supported api-versions are '2024-03-01, 2025-03-01, 2025-10-01'. The supported locations are 'westus'.";

    fn offered(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_the_versions_a_refusal_names() {
        assert_eq!(
            refused(400, "NoRegisteredProviderFound", WESTUS),
            Some(offered(&["2024-03-01", "2025-03-01", "2025-10-01"]))
        );
        let invalid =
            "The api-version '2026-04-01' is invalid. The supported versions are '2025-10-01,2024-03-01-preview'.";
        assert_eq!(
            refused(400, "InvalidApiVersionParameter", invalid),
            Some(offered(&["2025-10-01", "2024-03-01-preview"]))
        );
        assert_eq!(refused(404, "InvalidResourceType", WESTUS).map(|v| v.len()), Some(3));
        // Not a refusal, or one that names nothing usable.
        assert_eq!(refused(500, "NoRegisteredProviderFound", WESTUS), None);
        assert_eq!(refused(404, "ResourceNotFound", WESTUS), None);
        assert_eq!(refused(400, "NoRegisteredProviderFound", "no versions here"), None);
        assert_eq!(
            refused(
                400,
                "InvalidApiVersionParameter",
                "The supported versions are 'x&y=1, ../a'."
            ),
            None
        );
        assert_eq!(
            refused(400, "InvalidApiVersionParameter", "The supported versions are '"),
            None
        );
    }

    #[test]
    fn steps_down_to_the_newest_older_stable_version() {
        let list = offered(&["2024-03-01", "2025-03-01", "2025-10-01", "2027-01-01"]);
        assert_eq!(newest_below(&list, "2026-04-01").as_deref(), Some("2025-10-01"));
        let list = offered(&["2024-03-01-preview", "2024-03-01", "2025-12-01-preview"]);
        assert_eq!(newest_below(&list, "2026-04-01").as_deref(), Some("2024-03-01"));
        let list = offered(&["2023-12-01-preview", "2024-03-01-preview"]);
        assert_eq!(newest_below(&list, "2026-04-01").as_deref(), Some("2024-03-01-preview"));
        assert_eq!(newest_below(&offered(&["2026-04-01"]), "2026-04-01"), None);
        assert_eq!(
            newest_below(&offered(&["zoné ünïcode", "2025-10-01"]), "2026-04-01").as_deref(),
            Some("2025-10-01")
        );
        assert_eq!(
            newest_below(&offered(&["2026-04-01-preview"]), "2026-04-01").as_deref(),
            Some("2026-04-01-preview")
        );
    }

    #[test]
    fn rewrites_only_the_version() {
        let url = Url::parse("https://h/subscriptions/s/providers/Microsoft.StandbyPool/x?%24skipToken=a%26b&api-version=2026-04-01&page=2").unwrap();
        let moved = with_version(&url, "2025-10-01");
        assert_eq!(version_of(&moved).as_deref(), Some("2025-10-01"));
        assert_eq!(moved.query(), Some("%24skipToken=a%26b&api-version=2025-10-01&page=2"));
        assert_eq!(namespace_of(&url), "microsoft.standbypool");
        assert_eq!(
            namespace_of(&Url::parse("https://h/subscriptions?api-version=1").unwrap()),
            ""
        );
    }
}
