//! When to try a GET again and how long to wait first.

use reqwest::header::HeaderMap;
use std::time::{Duration, SystemTime};

use super::error::ArmError;

/// az retries these statuses three times.
pub fn retryable_status(status: u16) -> bool {
    matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
}

#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub max_retries: u32,
    /// The longest total time spent waiting between attempts.
    pub max_wait: Duration,
    pub base: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            max_wait: Duration::from_secs(60),
            base: Duration::from_millis(800),
        }
    }
}

impl RetryPolicy {
    /// Exponential backoff (base · 2^attempt) with up to 25 % jitter either way, so
    /// that many clients throttled at once do not come back in step.
    pub fn backoff(&self, attempt: u32, jitter: f64) -> Duration {
        let exp = self.base.as_secs_f64() * 2f64.powi(attempt.min(16) as i32);
        let factor = 1.0 + (jitter.clamp(0.0, 1.0) - 0.5) * 0.5;
        Duration::from_secs_f64(exp * factor)
    }
}

/// A wait in seconds; one too long to represent (`1e20`) saturates, and so is simply
/// longer than any --max-retry-wait.
fn seconds(secs: f64) -> Duration {
    Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX)
}

/// The wait the server asked for: `retry-after-ms`, `x-ms-retry-after-ms`, then
/// `Retry-After` as seconds or an HTTP date.
pub fn server_delay(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
    for name in ["retry-after-ms", "x-ms-retry-after-ms"] {
        if let Some(ms) = text(name)
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|v| v.is_finite() && *v >= 0.0)
        {
            return Some(seconds(ms / 1000.0));
        }
    }
    let value = text("retry-after")?;
    if let Ok(secs) = value.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then(|| seconds(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The jitter `backoff` takes, from the clock's nanoseconds: enough to keep clients
/// throttled at once out of step.
pub(super) fn jitter() -> f64 {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    f64::from(nanos % 1000) / 1000.0
}

/// The service asked for a longer wait than the user allows: say when to come back.
pub(super) fn with_retry_advice(err: ArmError, delay: Duration) -> ArmError {
    match err {
        ArmError::Http {
            status,
            code,
            message,
            request_id,
        } => ArmError::Http {
            status,
            code,
            message: if delay == Duration::MAX {
                format!(
                    "{message} (the service asked to wait longer than can be counted before retrying, more than --max-retry-wait allows; try again later)"
                )
            } else {
                format!(
                    "{message} (the service asked to wait {:.0}s before retrying, more than --max-retry-wait allows; try again later)",
                    delay.as_secs_f64()
                )
            },
            request_id,
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderName, HeaderValue};

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(HeaderName::from_static(k), HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn retry_after_in_seconds_and_ms() {
        let now = SystemTime::now();
        assert_eq!(
            server_delay(&headers(&[("retry-after", "7")]), now),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            server_delay(&headers(&[("retry-after", "7"), ("retry-after-ms", "250")]), now),
            Some(Duration::from_millis(250))
        );
        assert_eq!(
            server_delay(&headers(&[("x-ms-retry-after-ms", "1500")]), now),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(server_delay(&headers(&[("retry-after", "-3")]), now), None);
        assert_eq!(server_delay(&HeaderMap::new(), now), None);
    }

    #[test]
    fn unrepresentable_waits_saturate_instead_of_panicking() {
        let now = SystemTime::now();
        for (name, value) in [
            ("retry-after", "1e20"),
            ("retry-after", "99999999999999999999"),
            ("retry-after", "1.7976931348623157e308"),
            ("retry-after-ms", "1e25"),
            ("x-ms-retry-after-ms", "99999999999999999999999"),
        ] {
            assert_eq!(
                server_delay(&headers(&[(name, value)]), now),
                Some(Duration::MAX),
                "{name}: {value}"
            );
        }
        assert_eq!(server_delay(&headers(&[("retry-after", "inf")]), now), None);
        assert_eq!(server_delay(&headers(&[("retry-after-ms", "NaN")]), now), None);
    }

    #[test]
    fn retry_after_as_http_date() {
        let now = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        let h = headers(&[("retry-after", "Sun, 06 Nov 1994 08:50:07 GMT")]);
        assert_eq!(server_delay(&h, now), Some(Duration::from_secs(30)));
        let past = headers(&[("retry-after", "Sun, 06 Nov 1994 08:00:00 GMT")]);
        assert_eq!(server_delay(&past, now), Some(Duration::ZERO));
    }

    #[test]
    fn backoff_doubles_within_jitter() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(0, 0.5), Duration::from_millis(800));
        assert_eq!(p.backoff(2, 0.5), Duration::from_millis(3200));
        assert!(p.backoff(1, 0.0) >= Duration::from_millis(1200));
        assert!(p.backoff(1, 1.0) <= Duration::from_millis(2000));
    }

    #[test]
    fn retryable_statuses_match_az() {
        for s in [408, 429, 500, 502, 503, 504] {
            assert!(retryable_status(s));
        }
        for s in [400, 401, 403, 404, 409, 501] {
            assert!(!retryable_status(s));
        }
    }
}
