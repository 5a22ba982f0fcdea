//! One attempt at a request: sent over the wire, or answered by the simulated Azure of
//! `--demo`, and what came back.

use reqwest::Url;
use reqwest::header::HeaderMap;
use std::time::Instant;

use super::ArmClient;
use crate::arm::body::{BodyError, read_body};
use crate::arm::error::ArmError;
use crate::arm::transport::{self, root_cause};
use crate::log;

pub(super) enum Attempt {
    Answer {
        status: u16,
        headers: HeaderMap,
        content_type: Option<String>,
        body: Vec<u8>,
        request_id: Option<String>,
    },
    Failed {
        err: ArmError,
        retryable: bool,
    },
}

impl ArmClient {
    pub(super) async fn send_once(&self, url: &Url, token: &str, post: Option<&[u8]>) -> Attempt {
        let method = if post.is_some() { "POST" } else { "GET" };
        if let Some(demo) = &self.demo {
            return demo_answer(demo, method, url, post);
        }
        let client_request_id = uuid::Uuid::new_v4().to_string();
        log::debug(format_args!(
            "{method} {url}  (x-ms-client-request-id: {client_request_id})"
        ));
        let started = Instant::now();
        let sent = self.request(url, token, post, &client_request_id).send().await;
        match sent {
            Ok(response) => answer(response, started).await,
            Err(e) => self.unanswered(&e, url, started),
        }
    }

    fn request(&self, url: &Url, token: &str, post: Option<&[u8]>, client_request_id: &str) -> reqwest::RequestBuilder {
        let request = match post {
            None => self.http.get(url.clone()),
            Some(body) => self
                .http
                .post(url.clone())
                .header("content-type", "application/json")
                .body(body.to_vec()),
        };
        request
            .bearer_auth(token)
            .header("x-ms-client-request-id", client_request_id)
            .header("accept", "application/json")
    }

    /// The request got no answer: the error names the proxy, if one was in the way.
    fn unanswered(&self, e: &reqwest::Error, url: &Url, started: Instant) -> Attempt {
        log::debug(format_args!(
            "no answer after {} ms: {}",
            started.elapsed().as_millis(),
            root_cause(e)
        ));
        let failure = transport::classify(e);
        Attempt::Failed {
            err: transport::error(e, &failure, url, self.proxy.as_deref()),
            retryable: failure.retryable(),
        }
    }
}

/// The answer and its body; a body cut off on the way is worth another try, one too
/// big is not.
async fn answer(response: reqwest::Response, started: Instant) -> Attempt {
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
        Ok(body) => Attempt::Answer {
            status,
            headers,
            content_type,
            body,
            request_id,
        },
        Err(BodyError::TooBig(err)) => Attempt::Failed { err, retryable: false },
        Err(BodyError::Cut(err)) => Attempt::Failed { err, retryable: true },
    }
}

/// The simulated service's answer, as a real one would arrive.
fn demo_answer(demo: &crate::demo::Azure, method: &str, url: &Url, post: Option<&[u8]>) -> Attempt {
    let reply = demo.answer(url, post);
    let mut headers = HeaderMap::new();
    for (name, value) in &reply.headers {
        if let Ok(value) = reqwest::header::HeaderValue::from_str(value) {
            headers.insert(*name, value);
        }
    }
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let (content_type, request_id) = (text("content-type"), text("x-ms-request-id"));
    log::debug(format_args!(
        "{method} {url} answered {} by the demo (x-ms-request-id: {})",
        reply.status,
        request_id.as_deref().unwrap_or("-")
    ));
    Attempt::Answer {
        status: reply.status,
        headers,
        content_type,
        body: reply.body,
        request_id,
    }
}
