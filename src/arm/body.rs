//! Reading a response body with a cap on its size, and decoding it as the JSON object an
//! ARM answer is; public for `--input`, which caps its files the same way, and for the
//! fuzz target.

use serde_json::Value;

use super::error::ArmError;

/// A successful response body with the id ARM gave the request.
#[derive(Debug)]
pub struct Fetched {
    pub body: Value,
    pub request_id: Option<String>,
}
use super::transport::root_cause;

/// ARM bodies for these commands are kilobytes, and a full list page (1000 pools of
/// 1-2 KB) about 2 MB; anything past this is not ARM.
pub const MAX_BODY: usize = 8 * 1024 * 1024;
/// JSON values in one body, objects counted as OBJECT_WEIGHT. Parsed, a value costs
/// 70-100 bytes whatever its size in the text, so this (not the bytes) is what bounds
/// memory: a 1000-pool page holds about 25,000 values in 6,000 objects (some 70,000
/// counted so), a body of `[0,0,…]` at the byte cap four million; sixteen bodies at
/// this cap in flight peak at about 260 MB.
pub const MAX_VALUES: usize = 150_000;
/// What an object costs parsed, in values (see `more_values_than`).
const OBJECT_WEIGHT: usize = 8;

pub(super) enum BodyError {
    TooBig(ArmError),
    /// The connection dropped mid-body: worth another try.
    Cut(ArmError),
}

pub(super) async fn read_body(
    mut response: reqwest::Response,
    request_id: Option<String>,
) -> Result<Vec<u8>, BodyError> {
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
    // Sized from the header when there is one, so the buffer is not regrown (and copied)
    // on the way up.
    let mut body = Vec::with_capacity(response.content_length().unwrap_or(0) as usize);
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
                let message = if e.is_timeout() {
                    "the response body did not arrive in time (see --timeout): the read timed out".to_string()
                } else {
                    format!("the response body was cut off: {}", root_cause(&e))
                };
                return Err(BodyError::Cut(ArmError::Decode { message, request_id }));
            }
        }
    }
}

/// Refuses a body of more than MAX_VALUES JSON values before it is parsed.
pub(super) fn check_size(body: &[u8], request_id: Option<String>) -> Result<(), ArmError> {
    if more_values_than(body, MAX_VALUES) {
        return Err(ArmError::Decode {
            message: format!(
                "the response holds more than {MAX_VALUES} JSON values, far more than an ARM resource; refusing to read it"
            ),
            request_id,
        });
    }
    Ok(())
}

/// Whether `body` holds more than `limit` JSON values, by one pass over its bytes: each
/// comma, `[` or `{` outside a string starts a value. Parsed, a value costs 70-100 bytes
/// whatever its size in the text, so this bounds the memory a parse can take. An object
/// counts as OBJECT_WEIGHT values: serde_json's map allocates a B-tree node of eleven
/// slots (some 600 bytes) for even one key, and 500,000 one-key objects parsed into
/// 330 MB when they counted as one.
pub fn more_values_than(body: &[u8], limit: usize) -> bool {
    let (mut values, mut in_string, mut escaped) = (1usize, false, false);
    for &b in body {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b',' | b'[' => values += 1,
            b'{' => values += OBJECT_WEIGHT,
            _ => {}
        }
        if values > limit {
            return true;
        }
    }
    false
}

/// Public for the fuzz target, which feeds it arbitrary bytes.
pub fn decode(
    body: &[u8],
    status: u16,
    content_type: Option<&str>,
    request_id: Option<String>,
) -> Result<Fetched, ArmError> {
    // az reads bodies that start with a byte order mark, as --input does.
    let body = body.strip_prefix("\u{feff}".as_bytes()).unwrap_or(body);
    // Only the start is looked at: no copy of the whole body.
    let head = &body[..body.len().min(64)];
    let text = String::from_utf8_lossy(head);
    let trimmed = text.trim_start();
    let blank = body.iter().all(u8::is_ascii_whitespace);
    // 204 No Content says there is nothing (the Log Analytics query API's answer for a
    // workspace with no data): an empty object, not a broken answer.
    if blank && status == 204 {
        return Ok(Fetched {
            body: Value::Object(serde_json::Map::new()),
            request_id,
        });
    }
    let json_type = content_type.is_none_or(|t| t.to_ascii_lowercase().contains("json"));
    let what = if blank {
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
    fn no_content_is_an_empty_object_and_an_empty_200_is_not() {
        let none = decode(b"", 204, None, None).unwrap();
        assert_eq!(none.body, serde_json::json!({}));
        assert!(decode_err(b"").contains("an empty body"));
    }

    #[test]
    fn decode_reads_a_byte_order_mark() {
        assert!(decode("\u{feff}{\"a\":1}".as_bytes(), 200, None, None).is_ok());
        assert!(decode_err("\u{feff}".as_bytes()).contains("empty body"));
    }

    #[test]
    fn objects_weigh_more_than_numbers() {
        let objects = format!("[{}{{}}]", "{},".repeat(MAX_VALUES / OBJECT_WEIGHT));
        assert!(more_values_than(objects.as_bytes(), MAX_VALUES));
        let numbers = format!("[{}0]", "0,".repeat(MAX_VALUES / OBJECT_WEIGHT));
        assert!(!more_values_than(numbers.as_bytes(), MAX_VALUES));
    }

    #[test]
    fn values_are_counted_outside_strings_only() {
        let many = format!("[{}0]", "0,".repeat(MAX_VALUES));
        assert!(check_size(many.as_bytes(), None).is_err());
        let quoted = format!("{{\"a\": \"{}\\\"\", \"b\": 1}}", ",".repeat(MAX_VALUES * 2));
        assert!(check_size(quoted.as_bytes(), None).is_ok());
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
