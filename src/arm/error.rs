//! Typed errors at the HTTP boundary. Context is added above, in the commands.

use serde_json::Value;

#[derive(Debug, thiserror::Error)]
pub enum ArmError {
    /// ARM answered with a non-success status.
    #[error("({code}) {message}")]
    Http {
        status: u16,
        code: String,
        message: String,
        request_id: Option<String>,
    },
    /// No credential could produce a token.
    #[error("{0}")]
    Auth(String),
    /// The client could not be set up (a CA bundle that cannot be read or used).
    #[error("{0}")]
    Setup(String),
    /// The request never got an answer: DNS, TCP, TLS, timeout.
    #[error("{message}")]
    Transport { message: String, url: String },
    /// A 2xx answer whose body is not what ARM sends.
    #[error("{message}")]
    Decode {
        message: String,
        request_id: Option<String>,
    },
}

impl ArmError {
    /// Builds the error for a failed response from whatever body came back: ARM's
    /// `{"error":{code,message}}`, a bare `{code,message}`, or anything else (HTML from
    /// a proxy, nothing at all), which is summarised rather than dumped.
    pub fn from_response(status: u16, body: &[u8], request_id: Option<String>) -> Self {
        let parsed: Option<Value> = serde_json::from_slice(body).ok();
        let detail = parsed.as_ref().map(|v| v.get("error").unwrap_or(v));
        let field = |name: &str| {
            detail
                .and_then(|d| d.get(name))
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let code = field("code").unwrap_or_else(|| fallback_code(status).to_string());
        let message = field("message").unwrap_or_else(|| describe_body(status, body));
        ArmError::Http {
            status,
            code,
            message,
            request_id,
        }
    }
}

fn fallback_code(status: u16) -> &'static str {
    match status {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        408 => "RequestTimeout",
        409 => "Conflict",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => "HttpError",
    }
}

fn describe_body(status: u16, body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        format!("the service answered HTTP {status} with an empty body")
    } else if trimmed.starts_with('<') {
        format!("the service answered HTTP {status} with an HTML page (a proxy or gateway error?)")
    } else {
        format!("the service answered HTTP {status} with a body that is not an ARM error")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(e: ArmError) -> (String, String) {
        match e {
            ArmError::Http { code, message, .. } => (code, message),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn reads_arm_error_envelope() {
        let body = br#"{"error":{"code":"ResourceNotFound","message":"gone","details":[]}}"#;
        assert_eq!(
            parts(ArmError::from_response(404, body, None)),
            ("ResourceNotFound".into(), "gone".into())
        );
    }

    #[test]
    fn reads_bare_error_object() {
        let body = br#"{"code":"Throttled","message":"slow down"}"#;
        assert_eq!(parts(ArmError::from_response(429, body, None)).0, "Throttled");
    }

    #[test]
    fn summarises_html_and_empty_bodies() {
        let (code, msg) = parts(ArmError::from_response(
            502,
            b"<html><body>Bad gateway</body></html>",
            None,
        ));
        assert_eq!(code, "BadGateway");
        assert!(msg.contains("HTML"), "{msg}");
        let (_, msg) = parts(ArmError::from_response(500, b"", None));
        assert!(msg.contains("empty body"), "{msg}");
    }
}
