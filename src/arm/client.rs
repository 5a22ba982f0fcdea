//! One client for all ARM calls: token, headers, retries, error mapping, paging.
//! Cheap to share across concurrent requests (`&ArmClient` is all a command needs).

use reqwest::Url;
use serde_json::Value;
use std::collections::HashSet;
use std::time::{Duration, Instant, SystemTime};

use super::auth::Chain;
use super::error::ArmError;
use super::retry::{RetryPolicy, retryable_status, server_delay};
use crate::log;

/// ARM bodies for these commands are kilobytes; anything past this is not ARM.
pub const MAX_BODY: usize = 64 * 1024 * 1024;
/// A nextLink chain longer than this is a loop the service did not mean.
const MAX_PAGES: usize = 1000;

pub struct ArmClient {
    http: reqwest::Client,
    base: Url,
    scope: String,
    credential: Chain,
    token: tokio::sync::Mutex<Option<azure_core::credentials::AccessToken>>,
    retry: RetryPolicy,
    concurrency: usize,
}

/// A successful response body with the id ARM gave the request.
#[derive(Debug)]
pub struct Fetched {
    pub body: Value,
    pub request_id: Option<String>,
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
        }
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
        let mut cached = self.token.lock().await;
        if refresh {
            *cached = None;
        }
        let fresh_until = azure_core::time::OffsetDateTime::now_utc() + azure_core::time::Duration::seconds(60);
        if let Some(t) = cached.as_ref().filter(|t| t.expires_on > fresh_until) {
            return Ok(t.token.secret().to_string());
        }
        // The chain says on --debug where the token came from (the cache or which credential).
        let token = if refresh {
            self.credential.refresh(&self.scope).await?
        } else {
            self.credential.token(&self.scope).await?
        };
        let secret = token.token.secret().to_string();
        *cached = Some(token);
        Ok(secret)
    }

    /// GET a URL and decode its JSON body, with retries on throttling, server errors
    /// and dropped connections (the GETs are idempotent).
    pub async fn get(&self, url: Url) -> Result<Fetched, ArmError> {
        let mut attempt = 0u32;
        let mut waited = Duration::ZERO;
        let mut refreshed = false;
        loop {
            let token = self.bearer(false).await?;
            let (err, asked) = match self.send_once(&url, &token).await {
                Outcome::Answer { status: 401, .. } if !refreshed => {
                    // The cached token may have lapsed or been revoked: one fresh try.
                    refreshed = true;
                    self.bearer(true).await?;
                    continue;
                }
                Outcome::Answer {
                    status,
                    content_type,
                    body,
                    request_id,
                    ..
                } if (200..300).contains(&status) => return decode(&body, status, content_type.as_deref(), request_id),
                Outcome::Answer {
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
                    (err, server_delay(&headers, SystemTime::now()))
                }
                Outcome::Failed { err, retryable } => {
                    if !retryable {
                        return Err(err);
                    }
                    (err, None)
                }
            };
            if attempt >= self.retry.max_retries {
                return Err(err);
            }
            let delay = asked.unwrap_or_else(|| self.retry.backoff(attempt, jitter()));
            if waited + delay > self.retry.max_wait {
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
            tokio::time::sleep(delay).await;
            waited += delay;
            attempt += 1;
        }
    }

    async fn send_once(&self, url: &Url, token: &str) -> Outcome {
        let client_request_id = uuid::Uuid::new_v4().to_string();
        log::debug(format_args!("GET {url}  (x-ms-client-request-id: {client_request_id})"));
        let started = Instant::now();
        let sent = self
            .http
            .get(url.clone())
            .bearer_auth(token)
            .header("x-ms-client-request-id", &client_request_id)
            .header("accept", "application/json")
            .send()
            .await;
        let response = match sent {
            Ok(r) => r,
            Err(e) => {
                log::debug(format_args!(
                    "no answer after {} ms: {}",
                    started.elapsed().as_millis(),
                    root_cause(&e)
                ));
                let retryable = e.is_timeout() || e.is_connect() || is_reset(&e);
                return Outcome::Failed {
                    err: transport_error(&e, url),
                    retryable,
                };
            }
        };
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let request_id = headers
            .get("x-ms-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let content_type = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        log::debug(format_args!(
            "{status} in {} ms (x-ms-request-id: {})",
            started.elapsed().as_millis(),
            request_id.as_deref().unwrap_or("-")
        ));
        match read_body(response, request_id.clone()).await {
            Ok(body) => Outcome::Answer {
                status,
                headers,
                content_type,
                body,
                request_id,
            },
            Err(BodyError::TooBig(err)) => Outcome::Failed { err, retryable: false },
            Err(BodyError::Cut(err)) => Outcome::Failed { err, retryable: true },
        }
    }

    /// GET a list and follow `nextLink` to the end. Links must stay on the ARM host
    /// (the bearer token goes with them) and must not repeat.
    pub async fn list_all(&self, first: Url) -> Result<Vec<Value>, ArmError> {
        let mut items = Vec::new();
        let mut seen = HashSet::new();
        let mut next = Some(first);
        while let Some(url) = next.take() {
            if !seen.insert(url.to_string()) || seen.len() > MAX_PAGES {
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
        let same = url.scheme() == self.base.scheme()
            && url.host_str() == self.base.host_str()
            && url.port_or_known_default() == self.base.port_or_known_default();
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

/// The service asked for a longer wait than the user allows: say when to come back.
fn with_retry_advice(err: ArmError, delay: Duration) -> ArmError {
    match err {
        ArmError::Http {
            status,
            code,
            message,
            request_id,
        } => ArmError::Http {
            status,
            code,
            message: format!(
                "{message} (the service asked to wait {:.0}s before retrying, more than --max-retry-wait allows; try again later)",
                delay.as_secs_f64()
            ),
            request_id,
        },
        other => other,
    }
}

enum Outcome {
    Answer {
        status: u16,
        headers: reqwest::header::HeaderMap,
        content_type: Option<String>,
        body: Vec<u8>,
        request_id: Option<String>,
    },
    Failed {
        err: ArmError,
        retryable: bool,
    },
}

enum BodyError {
    TooBig(ArmError),
    /// The connection dropped mid-body: worth another try.
    Cut(ArmError),
}

fn summary(err: &ArmError) -> String {
    match err {
        ArmError::Http { status, code, .. } => format!("HTTP {status} ({code})"),
        other => other.to_string(),
    }
}

async fn read_body(mut response: reqwest::Response, request_id: Option<String>) -> Result<Vec<u8>, BodyError> {
    let too_big = || {
        BodyError::TooBig(ArmError::Decode {
            message: format!(
                "the response body is larger than {} MiB; refusing to read it",
                MAX_BODY / (1024 * 1024)
            ),
            request_id: request_id.clone(),
        })
    };
    if response.content_length().is_some_and(|n| n > MAX_BODY as u64) {
        return Err(too_big());
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > MAX_BODY {
                    return Err(too_big());
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(e) => {
                return Err(BodyError::Cut(ArmError::Decode {
                    message: format!("the response body was cut off: {}", root_cause(&e)),
                    request_id,
                }));
            }
        }
    }
}

/// Public for the fuzz target, which feeds it arbitrary bytes.
pub fn decode(
    body: &[u8],
    status: u16,
    content_type: Option<&str>,
    request_id: Option<String>,
) -> Result<Fetched, ArmError> {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start();
    let json_type = content_type.is_none_or(|t| t.to_ascii_lowercase().contains("json"));
    let what = if trimmed.is_empty() {
        "an empty body".to_string()
    } else if trimmed.starts_with('<') {
        "an HTML page instead of JSON (a proxy or captive portal?)".to_string()
    } else if !json_type {
        format!("content of type '{}' instead of JSON", content_type.unwrap_or_default())
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(body @ Value::Object(_)) => return Ok(Fetched { body, request_id }),
            Ok(_) => "JSON that is not an object".to_string(),
            Err(e) if e.is_eof() => format!("truncated JSON ({e})"),
            Err(e) => format!("a body that is not valid JSON ({e})"),
        }
    };
    Err(ArmError::Decode {
        message: format!("the service answered HTTP {status} with {what}"),
        request_id,
    })
}

fn jitter() -> f64 {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    f64::from(nanos % 1000) / 1000.0
}

fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

fn is_reset(e: &reqwest::Error) -> bool {
    let text = root_cause(e).to_lowercase();
    text.contains("reset") || text.contains("connection closed") || text.contains("broken pipe")
}

fn transport_error(e: &reqwest::Error, url: &Url) -> ArmError {
    let host = url.host_str().unwrap_or("?");
    let cause = root_cause(e);
    let lower = cause.to_lowercase();
    let message = if e.is_timeout() {
        format!("no answer from {host} in time (see --timeout)")
    } else if lower.contains("not valid for name") || lower.contains("notvalidforname") {
        format!(
            "the TLS certificate that answered is not valid for {host}: {cause}. Check STANDBY_ARM_ENDPOINT and --cloud, or whether a proxy is answering in the service's place"
        )
    } else if lower.contains("certificate") || lower.contains("unknownissuer") || lower.contains("tls") {
        format!(
            "the TLS connection to {host} failed: {cause}. If a proxy inspects TLS, point REQUESTS_CA_BUNDLE or SSL_CERT_FILE at a PEM file with its CA certificate"
        )
    } else if e.is_connect() {
        format!("cannot connect to {host}: {cause}")
    } else {
        format!("the request to {host} failed: {cause}")
    };
    ArmError::Transport {
        message,
        url: url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_err(body: &[u8]) -> String {
        match decode(body, 200, Some("application/json"), Some("rid".into())) {
            Err(ArmError::Decode { message, request_id }) => {
                assert_eq!(request_id.as_deref(), Some("rid"));
                message
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn decode_names_what_was_wrong() {
        assert!(decode_err(b"").contains("empty body"));
        assert!(decode_err(b"  <!DOCTYPE html><html>").contains("HTML"));
        assert!(decode_err(br#"{"properties": {"instanceCountSummary": ["#).contains("truncated"));
        assert!(decode_err(b"[1,2]").contains("not an object"));
        assert!(decode_err(b"{nope}").contains("not valid JSON"));
        assert!(decode(br#"{"a":1}"#, 200, None, None).is_ok());
        assert!(decode(br#"{"a":1}"#, 200, Some("application/json; charset=utf-8"), None).is_ok());
        let err = decode(br#"{"a":1}"#, 200, Some("text/plain"), None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("'text/plain' instead of JSON"), "{err}");
    }
}
