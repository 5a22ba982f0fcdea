//! Entra ID's error answers, made readable and safe before azure_identity sees them.
//!
//! azure_identity 1.0 borrows `error_description` as `&str`, so any description with an
//! escape in it (Entra's real ones hold `\r\n`) fails to parse and the user gets serde's
//! `expected a borrowed string` around the raw body; and an endpoint that echoes what it
//! was sent would put the secret on stderr. The credentials' transport goes through here:
//! a failed token request's body is rewritten into Entra's shape with a one-line
//! description that needs no escapes, every secret the request carried redacted.

use azure_core::http::{AsyncRawResponse, Body, HttpClient, Request, Url};
use serde_json::{Value, json};

const REDACTED: &str = "(redacted)";
/// Form fields and headers of a token request that hold a secret.
const SECRET_FIELDS: [&str; 5] = [
    "client_secret",
    "client_assertion",
    "assertion",
    "refresh_token",
    "password",
];
const SECRET_HEADERS: [&str; 4] = ["authorization", "x-identity-header", "secret", "metadata-secret"];
/// An error body longer than this is not Entra's.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// Our reqwest client as the credentials' transport.
#[derive(Debug)]
pub struct Readable {
    http: reqwest::Client,
    /// Secrets we hold that a token request may not carry itself.
    secrets: Vec<String>,
}

impl Readable {
    pub fn new(http: reqwest::Client, secrets: Vec<String>) -> Readable {
        Readable { http, secrets }
    }
}

#[async_trait::async_trait]
impl HttpClient for Readable {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
        let response = self.http.execute_request(request).await?;
        if response.status().is_success() || !request.url().path().ends_with("/oauth2/v2.0/token") {
            return Ok(response);
        }
        let (status, headers, body) = response.deconstruct();
        let bytes = body.collect().await?;
        let mut secrets = request_secrets(request);
        secrets.extend(self.secrets.iter().cloned());
        let body = rewrite(u16::from(status), &bytes, &secrets);
        Ok(AsyncRawResponse::from_bytes(status, headers, body))
    }
}

fn request_secrets(request: &Request) -> Vec<String> {
    let mut out: Vec<String> = request
        .headers()
        .iter()
        .filter(|(name, _)| SECRET_HEADERS.contains(&name.as_str().to_ascii_lowercase().as_str()))
        .map(|(_, value)| value.as_str().trim_start_matches("Bearer ").to_string())
        .collect();
    if let Body::Bytes(bytes) = request.body()
        && let Ok(mut url) = Url::parse("https://form.invalid/")
    {
        url.set_query(Some(&String::from_utf8_lossy(bytes)));
        out.extend(
            url.query_pairs()
                .filter(|(k, _)| SECRET_FIELDS.contains(&k.as_ref()))
                .map(|(_, v)| v.into_owned()),
        );
    }
    out
}

/// Entra's error shape, `{"error", "error_description", "error_codes"}`, whatever came.
pub fn rewrite(status: u16, body: &[u8], secrets: &[String]) -> Vec<u8> {
    let parsed: Option<Value> = (body.len() <= MAX_ERROR_BODY)
        .then(|| serde_json::from_slice(body.strip_prefix("\u{feff}".as_bytes()).unwrap_or(body)).ok())
        .flatten();
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let (code, description, codes) = match &parsed {
        Some(v) => (
            text(v.get("error")).or(text(v.pointer("/error/code"))),
            text(v.get("error_description"))
                .or(text(v.pointer("/error/message")))
                .or(text(v.get("message"))),
            v.get("error_codes").filter(|c| c.is_array()).cloned(),
        ),
        None => (None, None, None),
    };
    let description = description.unwrap_or_else(|| {
        let what = if body.iter().all(u8::is_ascii_whitespace) {
            "an empty body"
        } else if body.trim_ascii_start().starts_with(b"<") {
            "an HTML page (a proxy?)"
        } else {
            "a body that is not an Entra ID error"
        };
        format!("the token endpoint answered HTTP {status} with {what}")
    });
    let mut out = json!({
        "error": one_line(&redact(&code.unwrap_or_else(|| "http_error".to_string()), secrets)),
        "error_description": one_line(&redact(&description, secrets)),
    });
    if let Some(codes) = codes {
        out["error_codes"] = codes;
    }
    serde_json::to_vec(&out).unwrap_or_default()
}

fn redact(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    // Longest first, so that a secret containing another is not half-redacted.
    let mut secrets: Vec<&String> = secrets.iter().filter(|s| s.len() >= 4).collect();
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for secret in secrets {
        out = out.replace(secret.as_str(), REDACTED);
    }
    // Tokens we never held: anything shaped like a JWT.
    out.split(' ')
        .map(|word| if looks_like_jwt(word) { REDACTED } else { word })
        .collect::<Vec<_>>()
        .join(" ")
}

fn looks_like_jwt(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    word.starts_with("eyJ") && word.matches('.').count() == 2 && word.len() > 40
}

/// One line with nothing a JSON string must escape: azure_identity can borrow it.
fn one_line(text: &str) -> String {
    text.replace(['"', '`'], "'")
        .replace('\\', "/")
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn description(body: &[u8], secrets: &[&str]) -> String {
        let secrets: Vec<String> = secrets.iter().map(|s| s.to_string()).collect();
        let out = rewrite(401, body, &secrets);
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains('\\'), "needs escapes: {text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        v["error_description"].as_str().unwrap().to_string()
    }

    #[test]
    fn entra_descriptions_become_one_line_with_secrets_redacted() {
        let body = br#"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Got \"s3cret-value\".\r\nTrace ID: t\r\nCorrelation ID: c","error_codes":[7000215]}"#;
        assert_eq!(
            description(body, &["s3cret-value"]),
            "AADSTS7000215: Invalid client secret provided. Got '(redacted)'. Trace ID: t Correlation ID: c"
        );
        let jwt = format!("eyJhbGciOiJSUzI1NiJ9.{}.sig", "a".repeat(40));
        let body = json!({"error_description": format!("bad assertion {jwt}")}).to_string();
        assert_eq!(description(body.as_bytes(), &[]), "bad assertion (redacted)");
    }

    #[test]
    fn other_bodies_are_described_not_dumped() {
        assert!(description(b"<html>s3cret-value</html>", &[]).contains("HTML page"));
        assert!(description(b"", &[]).contains("empty body"));
        assert!(description(b"s3cret-value", &[]).contains("not an Entra ID error"));
        assert_eq!(
            description(br#"{"error":{"code":"x","message":"m\u001b[2J"}}"#, &[]),
            "m [2J"
        );
    }
}
