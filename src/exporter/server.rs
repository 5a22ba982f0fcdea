//! The scrape endpoint. It only hands out bodies the refresh loop encoded: a scrape
//! never reaches ARM, so a hundred scrapers cost ARM nothing.

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{ACCEPT, ACCEPT_ENCODING, ALLOW, CONTENT_ENCODING, CONTENT_TYPE, HeaderValue, VARY};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;

pub const TEXT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";
pub const OPEN_METRICS_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";
/// A client that has not sent its request's headers by then is dropped.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// hyper's smallest read buffer, and the most header bytes a request may send.
const MAX_HEADER_BYTES: usize = 8 * 1024;

/// One refresh's metrics, in both formats, plain and gzipped, and whether they are
/// worth scraping yet.
#[derive(Debug, Default)]
pub struct Bodies {
    pub text: Bytes,
    pub text_gz: Bytes,
    pub open_metrics: Bytes,
    pub open_metrics_gz: Bytes,
    /// Why `/readyz` answers 503 (escaped, one line), or None when ready.
    pub not_ready: Option<String>,
}

impl Bodies {
    pub fn encode(text: String, open_metrics: String) -> std::io::Result<Bodies> {
        Ok(Bodies {
            text_gz: gzip(text.as_bytes())?,
            open_metrics_gz: gzip(open_metrics.as_bytes())?,
            text: text.into(),
            open_metrics: open_metrics.into(),
            not_ready: None,
        })
    }
}

fn gzip(data: &[u8]) -> std::io::Result<Bytes> {
    let mut enc = flate2::write::GzEncoder::new(Vec::with_capacity(data.len() / 4), flate2::Compression::default());
    enc.write_all(data)?;
    Ok(enc.finish()?.into())
}

/// Accepts connections until the listener fails; each connection is its own task, so
/// a slow or idle client never holds up another's scrape.
pub async fn serve(listener: TcpListener, bodies: watch::Receiver<Arc<Bodies>>) -> std::io::Result<()> {
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(conn) => conn,
            // Out of file descriptors and the like: wait a moment rather than spin.
            Err(e) if is_transient(&e) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
            Err(e) => return Err(e),
        };
        let _ = stream.set_nodelay(true);
        let bodies = bodies.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let current = bodies.borrow().clone();
                async move { Ok::<_, Infallible>(answer(&req, &current)) }
            });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .max_buf_size(MAX_HEADER_BYTES);
            // A client that hangs up or times out ends its own connection only.
            let _ = builder.serve_connection(TokioIo::new(stream), service).await;
        });
    }
}

fn is_transient(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(e.kind(), ConnectionAborted | ConnectionReset | Interrupted | WouldBlock)
        || e.raw_os_error().is_some_and(|c| c == 23 || c == 24)
}

fn answer(req: &Request<Incoming>, bodies: &Bodies) -> Response<Full<Bytes>> {
    let path = req.uri().path();
    if !["/metrics", "/healthz", "/readyz"].contains(&path) {
        return plain(
            StatusCode::NOT_FOUND,
            "not found: this exporter serves /metrics, /healthz and /readyz\n",
        );
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed: use GET\n");
        r.headers_mut().insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    // Alive: the process serves. Ready: a discovery and a refresh succeeded.
    if path == "/healthz" {
        return plain(StatusCode::OK, "ok\n");
    }
    if path == "/readyz" {
        return match &bodies.not_ready {
            None => plain(StatusCode::OK, "ready\n"),
            Some(why) => text(StatusCode::SERVICE_UNAVAILABLE, format!("not ready: {why}\n")),
        };
    }
    let header = |name| {
        req.headers()
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
            .unwrap_or("")
    };
    let open_metrics = wants_open_metrics(header(ACCEPT));
    let gz = quality(header(ACCEPT_ENCODING), "gzip").is_some_and(|q| q > 0.0);
    let (body, kind) = match (open_metrics, gz) {
        (true, true) => (&bodies.open_metrics_gz, OPEN_METRICS_TYPE),
        (true, false) => (&bodies.open_metrics, OPEN_METRICS_TYPE),
        (false, true) => (&bodies.text_gz, TEXT_TYPE),
        (false, false) => (&bodies.text, TEXT_TYPE),
    };
    let mut r = Response::new(Full::new(body.clone()));
    let h = r.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static(kind));
    h.insert(VARY, HeaderValue::from_static("Accept, Accept-Encoding"));
    if gz {
        h.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    r
}

fn plain(status: StatusCode, body: &'static str) -> Response<Full<Bytes>> {
    text(status, Bytes::from_static(body.as_bytes()))
}

fn text(status: StatusCode, body: impl Into<Bytes>) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(body.into()));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    r
}

/// OpenMetrics when the scraper ranks it at least as high as the text format.
fn wants_open_metrics(accept: &str) -> bool {
    let om = quality(accept, "application/openmetrics-text").unwrap_or(0.0);
    let text = quality(accept, "text/plain").unwrap_or(0.0);
    om > 0.0 && om >= text
}

/// The highest `q` given to `token` (a media type or coding) in an Accept-style header.
fn quality(header: &str, token: &str) -> Option<f32> {
    header
        .split(',')
        .filter_map(|part| {
            let mut fields = part.split(';').map(str::trim);
            let name = fields.next()?;
            if !name.eq_ignore_ascii_case(token) {
                return None;
            }
            let q = fields
                .find_map(|f| f.strip_prefix("q=").or_else(|| f.strip_prefix("Q=")))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            Some(q)
        })
        .reduce(f32::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prometheus_accept_header_picks_open_metrics() {
        let prom = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
        assert!(wants_open_metrics(prom));
        assert!(!wants_open_metrics("text/plain;version=0.0.4"));
        assert!(!wants_open_metrics(""));
        assert!(!wants_open_metrics("*/*"));
        assert!(!wants_open_metrics(
            "application/openmetrics-text;q=0.2,text/plain;q=0.9"
        ));
        assert_eq!(quality("deflate, gzip;q=0.5", "gzip"), Some(0.5));
        assert_eq!(quality("gzip;q=0", "gzip"), Some(0.0));
        assert_eq!(quality("identity", "gzip"), None);
    }
}
