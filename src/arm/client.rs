//! One client for all ARM calls: token, headers, retries, error mapping, paging.
//! Cheap to share across concurrent requests (`&ArmClient` is all a command needs).

mod send;

use reqwest::Url;
use reqwest::header::HeaderMap;
use serde_json::Value;
use std::collections::HashSet;
use std::time::{Duration, SystemTime};

use super::auth::Chain;
use super::body::check_size;
use super::error::ArmError;
use super::retry::{RetryPolicy, jitter, retryable_status, server_delay, with_retry_advice};
use super::stats::Wait;
use crate::log;
use send::Attempt;

// Their callers (`--input`, the fuzz target) name them here.
pub use super::body::{Fetched, decode, more_values_than};

/// A nextLink chain longer than this is a loop the service did not mean.
const MAX_PAGES: usize = 1000;

pub struct ArmClient {
    http: reqwest::Client,
    base: Url,
    scope: String,
    credential: Chain,
    /// The token in use and when to renew it.
    token: tokio::sync::Mutex<Option<(azure_core::credentials::AccessToken, azure_core::time::OffsetDateTime)>>,
    retry: RetryPolicy,
    concurrency: usize,
    budgets: super::pace::Budgets,
    /// The proxy requests to ARM go through, named for errors ("host:port (HTTPS_PROXY)").
    proxy: Option<String>,
    stats: super::stats::Stats,
    versions: super::versions::Versions,
    /// `--demo`: requests are answered by the simulated Azure, never sent.
    demo: Option<crate::demo::Azure>,
}

impl ArmClient {
    pub fn new(
        http: reqwest::Client,
        base: Url,
        scope: String,
        credential: Chain,
        retry: RetryPolicy,
        concurrency: usize,
    ) -> Self {
        ArmClient {
            http,
            base,
            scope,
            credential,
            token: tokio::sync::Mutex::new(None),
            retry,
            concurrency,
            budgets: super::pace::Budgets::default(),
            proxy: None,
            stats: super::stats::Stats::default(),
            versions: super::versions::Versions::default(),
            demo: None,
        }
    }

    /// Answers every request from the simulated Azure of `--demo`: no token is asked
    /// for and nothing is sent.
    pub fn with_demo(mut self, demo: bool) -> Self {
        self.demo = demo.then(crate::demo::Azure::default);
        self
    }

    /// The read budgets of the subscriptions this client has talked to.
    pub fn budgets(&self) -> &super::pace::Budgets {
        &self.budgets
    }

    /// The bound on requests in flight (`--concurrency`).
    pub fn concurrency(&self) -> usize {
        self.concurrency
    }

    /// Names the proxy in connection errors; reqwest itself finds and uses it.
    pub fn with_proxy(mut self, proxy: Option<String>) -> Self {
        self.proxy = proxy;
        self
    }

    /// The user's `--api-version`: requests carrying it are never sent with another.
    pub fn with_forced_api_version(mut self, version: Option<String>) -> Self {
        self.versions = super::versions::Versions::new(version);
        self
    }

    /// This client's traffic so far, for a process that reports on itself.
    pub fn stats(&self) -> &super::stats::Stats {
        &self.stats
    }

    /// GETs every URL with at most `--concurrency` in flight: a result per URL, in order.
    pub async fn get_each(&self, urls: Vec<Url>) -> Vec<Result<Fetched, ArmError>> {
        super::each::each(urls, self.concurrency, |url| self.get(url)).await
    }

    pub fn url(&self, path: &str, query: &[(&str, &str)]) -> Result<Url, ArmError> {
        let mut url = self.base.join(path).map_err(|e| ArmError::Transport {
            message: format!("cannot build a request URL from '{path}': {e}"),
            url: self.base.to_string(),
        })?;
        url.query_pairs_mut().extend_pairs(query);
        Ok(url)
    }

    async fn bearer(&self, refresh: bool) -> Result<String, ArmError> {
        if self.demo.is_some() {
            return Ok(String::new());
        }
        // Held across the renewal: requests that find the token due wait for the one
        // renewal under way instead of each asking for their own.
        let mut cached = self.token.lock().await;
        if refresh {
            *cached = None;
        }
        let now = azure_core::time::OffsetDateTime::now_utc();
        if let Some((t, _)) = cached.as_ref().filter(|(_, renew_at)| now < *renew_at) {
            return Ok(t.token.secret().to_string());
        }
        // The chain says on --debug where the token came from (the cache or which credential).
        let token = if refresh {
            self.credential.refresh(&self.scope).await?
        } else {
            self.credential.token(&self.scope).await?
        };
        let secret = token.token.secret().to_string();
        let renew_at = renew_at(now, token.expires_on);
        *cached = Some((token, renew_at));
        Ok(secret)
    }

    /// GET a URL and decode its JSON body, with retries on throttling, server errors
    /// and dropped connections (the GETs are idempotent), and an older api-version where
    /// the region does not serve the one asked (arm/versions.rs).
    pub async fn get(&self, url: Url) -> Result<Fetched, ArmError> {
        self.versions
            .get(url, |url| async move {
                self.call(url, None).await.map(|(fetched, _)| fetched)
            })
            .await
    }

    /// POST a JSON body (a query: safe to repeat) and decode the answer; its headers
    /// come back too, for the quota they report.
    pub async fn post_json(&self, url: Url, body: &Value) -> Result<(Fetched, HeaderMap), ArmError> {
        self.call(url, Some(body.to_string().into_bytes())).await
    }

    async fn call(&self, url: Url, post: Option<Vec<u8>>) -> Result<(Fetched, HeaderMap), ArmError> {
        let mut attempt = 0u32;
        let mut waited = Duration::ZERO;
        let mut refreshed = false;
        loop {
            let outcome = self.paced_attempt(&url, post.as_deref()).await?;
            if !refreshed && matches!(outcome, Attempt::Answer { status: 401, .. }) {
                // The cached token may have lapsed or been revoked: one fresh try.
                refreshed = true;
                self.bearer(true).await?;
                continue;
            }
            let (err, asked) = match settle(outcome)? {
                Settled::Done(fetched, headers) => return Ok((fetched, headers)),
                Settled::Retry { err, asked } => (err, asked),
            };
            let delay = self.retry_delay(err, asked, attempt, waited)?;
            let why = if asked.is_some() {
                Wait::RetryAfter
            } else {
                Wait::Backoff
            };
            self.stats.waited(why, delay);
            tokio::time::sleep(delay).await;
            waited += delay;
            attempt += 1;
        }
    }

    /// One attempt with a token, paced by the subscription's read budget; every answer
    /// reports what is left of the budget.
    async fn paced_attempt(&self, url: &Url, post: Option<&[u8]>) -> Result<Attempt, ArmError> {
        let token = self.bearer(false).await?;
        let ticket = self.budgets.acquire(url).await;
        if !ticket.waited.is_zero() {
            self.stats.waited(Wait::Pacing, ticket.waited);
        }
        let outcome = self.send_once(url, &token, post).await;
        if let Attempt::Answer { status, headers, .. } = &outcome {
            ticket.answered(*status, headers);
        }
        self.stats.answered(match &outcome {
            Attempt::Answer { status, .. } => Some(*status),
            Attempt::Failed { .. } => None,
        });
        Ok(outcome)
    }

    /// How long to wait before trying again after `attempt` retries that waited `waited`
    /// in all, or the error to stop with when the retries or the wait allowed run out.
    fn retry_delay(
        &self,
        err: ArmError,
        asked: Option<Duration>,
        attempt: u32,
        waited: Duration,
    ) -> Result<Duration, ArmError> {
        if attempt >= self.retry.max_retries {
            return Err(err);
        }
        let delay = asked.unwrap_or_else(|| self.retry.backoff(attempt, jitter()));
        if waited.saturating_add(delay) > self.retry.max_wait {
            return Err(match asked {
                Some(asked) => with_retry_advice(err, asked),
                None => err,
            });
        }
        log::verbose(format_args!(
            "retry {} of {} in {:.1}s after: {}",
            attempt + 1,
            self.retry.max_retries,
            delay.as_secs_f64(),
            summary(&err)
        ));
        Ok(delay)
    }

    /// GET a list and follow `nextLink` to the end. Links must stay on the ARM host
    /// (the bearer token goes with them) and must not repeat.
    pub async fn list_all(&self, first: Url) -> Result<Vec<Value>, ArmError> {
        let mut items = Vec::new();
        let mut seen = HashSet::new();
        let mut next = Some(first);
        while let Some(url) = next.take() {
            if seen.len() >= MAX_PAGES {
                return Err(ArmError::Decode {
                    message: format!(
                        "the list runs to more than {MAX_PAGES} pages (the service's nextLink still points on, to {url}); stopped at the page limit"
                    ),
                    request_id: None,
                });
            }
            if !seen.insert(url.to_string()) {
                return Err(ArmError::Decode {
                    message: format!("the service's nextLink leads back to a page already read ({url}); stopped"),
                    request_id: None,
                });
            }
            let page = self.get(url).await?;
            match page.body.get("value") {
                Some(Value::Array(values)) => items.extend(values.iter().cloned()),
                None | Some(Value::Null) => {}
                Some(_) => {
                    return Err(ArmError::Decode {
                        message: "the list response's 'value' is not an array".to_string(),
                        request_id: page.request_id,
                    });
                }
            }
            next = match page.body.get("nextLink") {
                Some(Value::String(link)) if !link.is_empty() => Some(self.same_host(link, page.request_id)?),
                _ => None,
            };
        }
        Ok(items)
    }

    fn same_host(&self, link: &str, request_id: Option<String>) -> Result<Url, ArmError> {
        let url = Url::parse(link).map_err(|e| ArmError::Decode {
            message: format!("the service's nextLink is not a URL ({e})"),
            request_id: request_id.clone(),
        })?;
        if url.scheme() != "https" {
            return Err(ArmError::Decode {
                message: format!(
                    "the service's nextLink is not https ({}://{}); not sending the token over it",
                    url.scheme(),
                    url.host_str().unwrap_or("?")
                ),
                request_id,
            });
        }
        let same =
            url.host_str() == self.base.host_str() && url.port_or_known_default() == self.base.port_or_known_default();
        if !same {
            return Err(ArmError::Decode {
                message: format!(
                    "the service's nextLink points to another host ({}); not sending the token there",
                    url.host_str().unwrap_or("?")
                ),
                request_id,
            });
        }
        Ok(url)
    }
}

/// What an attempt came to, short of an error to stop at.
enum Settled {
    Done(Fetched, HeaderMap),
    /// Worth another try, after the wait the service asked for if it asked.
    Retry {
        err: ArmError,
        asked: Option<Duration>,
    },
}

/// Throttling, server errors and dropped or cut connections are worth retrying; any
/// other failure, or a 2xx body that does not decode, is final.
fn settle(outcome: Attempt) -> Result<Settled, ArmError> {
    match outcome {
        Attempt::Answer {
            status,
            headers,
            content_type,
            body,
            request_id,
        } if (200..300).contains(&status) => {
            check_size(&body, request_id.clone())?;
            let fetched = decode(&body, status, content_type.as_deref(), request_id)?;
            Ok(Settled::Done(fetched, headers))
        }
        Attempt::Answer {
            status,
            headers,
            body,
            request_id,
            ..
        } => {
            let err = ArmError::from_response(status, &body, request_id);
            if !retryable_status(status) {
                return Err(err);
            }
            let asked = server_delay(&headers, SystemTime::now());
            Ok(Settled::Retry { err, asked })
        }
        Attempt::Failed { err, retryable } => {
            if !retryable {
                return Err(err);
            }
            Ok(Settled::Retry { err, asked: None })
        }
    }
}

fn summary(err: &ArmError) -> String {
    match err {
        ArmError::Http { status, code, .. } => format!("HTTP {status} ({code})"),
        other => other.to_string(),
    }
}

/// When a token got at `now` is renewed: MARGIN_SECONDS before it expires, as the
/// README promises and as the token cache and azure_identity judge freshness (so the
/// renewal gets a new token, not the same one back). A token that arrives with less than
/// ten seconds to use before that is used for half its life instead: renewing it on every
/// request would cost a token request per ARM request.
fn renew_at(
    now: azure_core::time::OffsetDateTime,
    expires_on: azure_core::time::OffsetDateTime,
) -> azure_core::time::OffsetDateTime {
    use azure_core::time::Duration;
    let margin = Duration::seconds(super::auth::token_cache::MARGIN_SECONDS);
    let at_margin = expires_on - margin;
    if at_margin - now >= Duration::seconds(10) {
        at_margin
    } else {
        now + (expires_on - now) / 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_renewed_five_minutes_before_they_expire() {
        use azure_core::time::{Duration, OffsetDateTime};
        let now = OffsetDateTime::now_utc();
        let hour = renew_at(now, now + Duration::seconds(3600));
        assert_eq!(hour - now, Duration::seconds(3300));
        assert_eq!(renew_at(now, now + Duration::seconds(320)) - now, Duration::seconds(20));
        // Too short for the margin: half its life, never at once.
        assert_eq!(
            renew_at(now, now + Duration::seconds(200)) - now,
            Duration::seconds(100)
        );
        assert_eq!(
            renew_at(now, now + Duration::seconds(305)) - now,
            Duration::seconds_f64(152.5)
        );
    }
}
