//! The fake Azure Resource Manager and Entra ID token endpoint: one HTTPS server on
//! 127.0.0.1 with a certificate made at test time, serving the fixtures in
//! tests/fixtures/arm and whatever faults a test scripts into it.

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::*;

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: String,
    pub authorization: Option<String>,
    pub client_request_id: Option<String>,
    /// A POST's body (a Resource Graph or Log Analytics query), as text.
    pub body: String,
    /// When it arrived: which requests went out together, which waited for others,
    /// and each pool's read intervals.
    pub at: std::time::Instant,
}

/// A scripted answer.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub delay: Duration,
}

impl Reply {
    pub fn json(status: u16, body: Value) -> Reply {
        Reply {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
            delay: Duration::ZERO,
        }
    }

    pub fn raw(status: u16, content_type: &str, body: &[u8]) -> Reply {
        Reply {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.to_vec(),
            delay: Duration::ZERO,
        }
    }

    pub fn error(status: u16, code: &str, message: &str) -> Reply {
        Reply::json(status, json!({"error": {"code": code, "message": message}}))
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn after(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }
}

#[derive(Default)]
struct Shared {
    seen: Mutex<Vec<Seen>>,
    /// Path suffix → replies, used in order; the last one repeats.
    scripted: Mutex<Vec<(String, VecDeque<Reply>)>>,
    token_posts: AtomicUsize,
    /// Seconds the token endpoint's tokens are good for (0: the usual hour).
    token_lifetime: std::sync::atomic::AtomicU64,
    counter: AtomicUsize,
    base: Mutex<String>,
    /// Items per page for list responses.
    page_size: AtomicUsize,
    /// Requests being answered now, and the most there ever were at once.
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    /// api-versions this ARM's region does not serve, and how it refuses each.
    refused: Mutex<Vec<(String, Reply)>>,
    /// Added to every answer, as a far-away ARM would.
    latency: Mutex<Duration>,
    graph: super::graph::Graph,
}

/// Counts a request as in flight until it is answered.
struct InFlight<'a>(&'a Shared);

impl<'a> InFlight<'a> {
    fn enter(shared: &'a Shared) -> InFlight<'a> {
        let now = shared.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        shared.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(shared)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

pub struct FakeArm {
    pub url: String,
    pub ca_file: PathBuf,
    shared: Arc<Shared>,
    handle: axum_server::Handle<SocketAddr>,
    _dir: tempfile::TempDir,
    _runtime: tokio::runtime::Runtime,
}

pub(crate) fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/arm")
}

impl FakeArm {
    pub fn start() -> FakeArm {
        FakeArm::start_as(&["127.0.0.1", "localhost"])
    }

    /// A server whose certificate names only these hosts.
    pub fn start_as(names: &[&str]) -> FakeArm {
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let cert = rcgen::generate_simple_self_signed(names).expect("certificate");
        let cert_pem = cert.cert.pem();
        let key_pem = cert.signing_key.serialize_pem();
        let dir = tempfile::tempdir().expect("tempdir");
        let ca_file = dir.path().join("fake-arm-ca.pem");
        std::fs::write(&ca_file, &cert_pem).expect("write CA");

        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("addr");
        let url = format!("https://127.0.0.1:{}", addr.port());

        let shared = Arc::new(Shared::default());
        *shared.base.lock().unwrap() = url.clone();
        shared.page_size.store(1, Ordering::SeqCst);
        let handle = axum_server::Handle::new();
        let app = axum::Router::new().fallback(handle_request).with_state(shared.clone());
        let server_handle = handle.clone();
        runtime.spawn(async move {
            let config = axum_server::tls_rustls::RustlsConfig::from_pem(cert_pem.into_bytes(), key_pem.into_bytes())
                .await
                .expect("tls config");
            // TCP_NODELAY, as a real front end sets it: without it, the second of two
            // answers on one HTTP/2 connection waits out the client's delayed ACK (40 ms).
            let acceptor = axum_server::tls_rustls::RustlsAcceptor::new(config)
                .acceptor(axum_server::accept::NoDelayAcceptor::new());
            axum_server::from_tcp(listener)
                .expect("server")
                .acceptor(acceptor)
                .handle(server_handle)
                .serve(app.into_make_service())
                .await
                .expect("serve");
        });
        FakeArm {
            url,
            ca_file,
            shared,
            handle,
            _dir: dir,
            _runtime: runtime,
        }
    }

    /// Requests whose path ends with `suffix` get these replies in turn; the last repeats.
    pub fn script(&self, suffix: &str, replies: Vec<Reply>) {
        self.shared
            .scripted
            .lock()
            .unwrap()
            .push((suffix.to_string(), replies.into_iter().collect()));
    }

    /// Every ARM request asking for `api_version` gets `reply`, as from a region that
    /// does not serve that version yet.
    pub fn refuse_api_version(&self, api_version: &str, reply: Reply) {
        self.shared
            .refused
            .lock()
            .unwrap()
            .push((api_version.to_string(), reply));
    }

    /// The api-version each ARM request (token requests excluded) asked for, in order.
    pub fn api_versions(&self) -> Vec<String> {
        self.seen()
            .iter()
            .filter(|s| s.path.starts_with("/subscriptions"))
            .map(|s| {
                s.query
                    .split('&')
                    .find_map(|kv| kv.strip_prefix("api-version="))
                    .unwrap_or_default()
                    .to_string()
            })
            .collect()
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.shared.seen.lock().unwrap().clone()
    }

    /// ARM requests (token posts excluded) whose path ends with `suffix`.
    pub fn count(&self, suffix: &str) -> usize {
        self.seen()
            .iter()
            .filter(|s| s.method == "GET" && s.path.ends_with(suffix))
            .count()
    }

    /// The token endpoint's tokens are good for `seconds` from now on.
    pub fn set_token_lifetime(&self, seconds: u64) {
        self.shared.token_lifetime.store(seconds, Ordering::SeqCst);
    }

    pub fn token_posts(&self) -> usize {
        self.shared.token_posts.load(Ordering::SeqCst)
    }

    /// The most requests the server was answering at one time.
    pub fn max_in_flight(&self) -> usize {
        self.shared.max_in_flight.load(Ordering::SeqCst)
    }

    /// Every answer waits this long first.
    pub fn set_latency(&self, latency: Duration) {
        *self.shared.latency.lock().unwrap() = latency;
    }

    /// The fleet: subscriptions, pools, Resource Graph and read buckets.
    pub fn graph(&self) -> &super::graph::Graph {
        &self.shared.graph
    }

    pub fn set_page_size(&self, n: usize) {
        self.shared.page_size.store(n.max(1), Ordering::SeqCst);
    }
}

impl Drop for FakeArm {
    fn drop(&mut self) {
        self.handle.shutdown();
    }
}

async fn handle_request(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    let query = uri.query().unwrap_or_default().to_string();
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    shared.seen.lock().unwrap().push(Seen {
        method: method.to_string(),
        path: path.clone(),
        query: query.clone(),
        authorization: header("authorization"),
        client_request_id: header("x-ms-client-request-id"),
        body: String::from_utf8_lossy(&body).into_owned(),
        at: std::time::Instant::now(),
    });
    let n = shared.counter.fetch_add(1, Ordering::SeqCst);
    let request_id = format!("fake-request-{n:04}");
    let _in_flight = InFlight::enter(&shared);
    let latency = *shared.latency.lock().unwrap();
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }

    if method == Method::POST && path.ends_with("/oauth2/v2.0/token") {
        shared.token_posts.fetch_add(1, Ordering::SeqCst);
        let lifetime = match shared.token_lifetime.load(Ordering::SeqCst) {
            0 => 3599,
            n => n,
        };
        return respond(token_reply(&path, &body, lifetime), &request_id).await;
    }

    let scripted = {
        let mut scripts = shared.scripted.lock().unwrap();
        scripts
            .iter_mut()
            .find(|(suffix, _)| path.ends_with(suffix.as_str()))
            .map(|(_, replies)| {
                if replies.len() > 1 {
                    replies.pop_front().expect("non-empty")
                } else {
                    replies.front().cloned().expect("a scripted reply")
                }
            })
    };
    if let Some(reply) = scripted {
        return respond(reply, &request_id).await;
    }

    if method == Method::GET && path == "/msi/token" {
        shared.token_posts.fetch_add(1, Ordering::SeqCst);
        return respond(
            managed_identity_reply(&query, header("x-identity-header").as_deref()),
            &request_id,
        )
        .await;
    }

    let bearer = header("authorization");
    if !ARM_TOKENS
        .iter()
        .any(|t| bearer.as_deref() == Some(format!("Bearer {t}").as_str()))
    {
        return respond(
            Reply::error(
                401,
                "AuthenticationFailed",
                "Authentication failed. The 'Authorization' header is missing or invalid.",
            ),
            &request_id,
        )
        .await;
    }
    // The Log Analytics query API (STANDBY_LOGS_ENDPOINT points here too): a day of a
    // pool's events, unless a test scripted another answer.
    if method == Method::POST && path.starts_with("/v1/") && path.ends_with("/query") {
        return respond(super::logs::default_answer(), &request_id).await;
    }
    let api_version = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("api-version="))
        .unwrap_or_default()
        .to_string();
    if api_version.is_empty() {
        return respond(
            Reply::error(
                400,
                "MissingApiVersionParameter",
                "The api-version query parameter (?api-version=) is required for all requests.",
            ),
            &request_id,
        )
        .await;
    }
    let refusal = (shared.refused.lock().unwrap().iter())
        .find(|(version, _)| *version == api_version)
        .map(|(_, reply)| reply.clone());
    if let Some(reply) = refusal {
        return respond(reply, &request_id).await;
    }
    let base = shared.base.lock().unwrap().clone();
    let page_size = shared.page_size.load(Ordering::SeqCst);
    if let Some(reply) = super::members::route(&path, &query, &base) {
        return respond(reply, &request_id).await;
    }
    let left = match shared.graph.take_read(method.as_str(), &path) {
        Ok(left) => left,
        Err(throttled) => return respond(throttled, &request_id).await,
    };
    let reply = (shared.graph.answer(method.as_str(), &path, &query, &body, &base))
        .unwrap_or_else(|| route(&path, &query, &api_version, &base, page_size));
    respond(super::graph::stamp(reply, left), &request_id).await
}

async fn respond(reply: Reply, request_id: &str) -> Response {
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    let mut response = Response::new(Body::from(reply.body));
    *response.status_mut() = StatusCode::from_u16(reply.status).expect("status");
    let h = response.headers_mut();
    h.insert("x-ms-request-id", HeaderValue::from_str(request_id).expect("header"));
    for (k, v) in reply.headers {
        h.insert(
            axum::http::HeaderName::from_bytes(k.as_bytes()).expect("name"),
            HeaderValue::from_str(&v).expect("value"),
        );
    }
    response
}

fn token_reply(path: &str, body: &[u8], lifetime: u64) -> Reply {
    let form: Vec<(String, String)> = url_decode_form(body);
    let get = |k: &str| form.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    let tenant_ok = path.trim_start_matches('/').starts_with(TENANT);
    let common = tenant_ok
        && get("client_id") == Some(CLIENT_ID)
        && get("grant_type") == Some("client_credentials")
        && get("scope").is_some_and(|s| s.ends_with("/.default"));
    let issued = if common && get("client_secret") == Some(CLIENT_SECRET) {
        Some(SP_TOKEN)
    } else if common
        && get("client_assertion") == Some(FEDERATED_TOKEN)
        && get("client_assertion_type") == Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    {
        Some(WI_TOKEN)
    } else {
        None
    };
    if let Some(token) = issued {
        Reply::json(
            200,
            json!({"token_type": "Bearer", "expires_in": lifetime, "ext_expires_in": lifetime, "access_token": token}),
        )
    } else {
        entra_error(get("client_secret").or(get("client_assertion")).unwrap_or_default())
    }
}

/// Entra's answer to a wrong secret, as it really looks: the description runs over
/// several lines. A secret with "echo" in it is repeated back, as a hostile or careless
/// endpoint might.
fn entra_error(presented: &str) -> Reply {
    let echo = if presented.contains("echo") {
        format!(" The secret '{presented}' is not the one on record.")
    } else {
        String::new()
    };
    let description = format!(
        "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{CLIENT_ID}'.{echo}\r\nTrace ID: 6a3f0c1e-8d2b-4c7a-9e1f-3b5d7a9c1e00\r\nCorrelation ID: 1c2d3e4f-5a6b-7c8d-9e0f-a1b2c3d4e5f6\r\nTimestamp: 2026-12-01 10:00:00Z"
    );
    Reply::json(
        401,
        json!({"error": "invalid_client", "error_description": description, "error_codes": [7000215], "timestamp": "2026-12-01 10:00:00Z", "trace_id": "6a3f0c1e-8d2b-4c7a-9e1f-3b5d7a9c1e00", "correlation_id": "1c2d3e4f-5a6b-7c8d-9e0f-a1b2c3d4e5f6", "error_uri": "https://login.microsoftonline.com/error?code=7000215"}),
    )
}

/// App Service's managed identity endpoint: `GET ?api-version=2019-08-01&resource=…`
/// with the secret header; `expires_on` is a string of epoch seconds.
fn managed_identity_reply(query: &str, secret: Option<&str>) -> Reply {
    let form = url_decode_form(query.as_bytes());
    let has_resource = form.iter().any(|(k, v)| k == "resource" && v.starts_with("https://"));
    if secret != Some(IDENTITY_HEADER) || !has_resource {
        return Reply::error(400, "invalid_request", "missing or wrong X-IDENTITY-HEADER or resource");
    }
    let expires = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() + 3600)
        .unwrap_or(0);
    Reply::json(
        200,
        json!({"access_token": MI_TOKEN, "expires_on": expires.to_string(), "resource": "https://management.azure.com", "token_type": "Bearer"}),
    )
}

fn url_decode_form(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Finds the fixture for an ARM path and fills its placeholders.
fn route(path: &str, query: &str, api_version: &str, base: &str, page_size: usize) -> Reply {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let lower: Vec<String> = parts.iter().map(|p| p.to_ascii_lowercase()).collect();
    let l: Vec<&str> = lower.iter().map(String::as_str).collect();
    let not_found = |what: &str, name: &str, rg: &str| {
        Reply::error(
            404,
            "ResourceNotFound",
            &format!(
                "The Resource '{what}/{name}' under resource group '{rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"
            ),
        )
    };
    // /subscriptions/{s}/resourceGroups/{g}/providers/{ns}/{type}/{name}[/...]
    let (sub, rg, rest): (&str, Option<&str>, &[&str]) = match l.as_slice() {
        ["subscriptions", _, "resourcegroups", _, "providers", ..] => (parts[1], Some(parts[3]), &parts[5..]),
        ["subscriptions", _, "providers", ..] => (parts[1], None, &parts[3..]),
        _ => return Reply::error(400, "InvalidRequestUri", "not an ARM path"),
    };
    let rest_l: Vec<String> = rest.iter().map(|p| p.to_ascii_lowercase()).collect();
    let rest_l: Vec<&str> = rest_l.iter().map(String::as_str).collect();
    let rg_name = rg.unwrap_or("");
    let (fixture, name) = match rest_l.as_slice() {
        ["microsoft.standbypool", "standbyvirtualmachinepools"] => {
            return list("vmpool-list", query, api_version, base, path, sub, rg_name, page_size);
        }
        ["microsoft.standbypool", "standbycontainergrouppools"] => {
            return list("cgpool-list", query, api_version, base, path, sub, rg_name, page_size);
        }
        // The service has one runtime view; any other name is not found.
        ["microsoft.standbypool", _, _, "runtimeviews", view] if *view != "latest" => {
            return not_found(
                &format!("{}/{}/{}", rest[0], rest[1], rest[3]),
                &format!("{}/{}", rest[2], rest[4]),
                rg_name,
            );
        }
        [
            "microsoft.standbypool",
            "standbyvirtualmachinepools",
            _,
            "runtimeviews",
            "latest",
        ] => ("vmpool-runtime", rest[2]),
        [
            "microsoft.standbypool",
            "standbycontainergrouppools",
            _,
            "runtimeviews",
            "latest",
        ] => ("cgpool-runtime", rest[2]),
        ["microsoft.standbypool", "standbyvirtualmachinepools", _] => ("vmpool", rest[2]),
        ["microsoft.standbypool", "standbycontainergrouppools", _] => ("cgpool", rest[2]),
        ["microsoft.compute", "virtualmachines", _] => ("vm-expand", rest[2]),
        ["microsoft.compute", "virtualmachines", _, "instanceview"] => ("vm-instanceview", rest[2]),
        ["microsoft.compute", "virtualmachinescalesets", _, "instanceview"] => ("vmss-instanceview", rest[2]),
        // A pool's scale set: its sku.capacity is what the pool's target is computed from.
        ["microsoft.compute", "virtualmachinescalesets", _] => ("vmss", rest[2]),
        ["microsoft.containerinstance", "containergroups", _] => ("containergroup", rest[2]),
        _ => {
            return Reply::error(
                400,
                "InvalidResourceType",
                &format!("The resource type could not be found: {path}"),
            );
        }
    };
    let what = format!("{}/{}", rest[0], rest[1..rest.len() - 1].join("/"));
    match name {
        "missing" => {
            let what = if rest.len() > 3 {
                // az's message names the child type: …/runtimeViews/{pool}/latest
                format!("{}/{}/{}", rest[0], rest[1], rest[3])
            } else {
                what
            };
            let name = if rest.len() > 3 {
                format!("{name}/{}", rest[4])
            } else {
                name.to_string()
            };
            return not_found(&what, &name, rg_name);
        }
        "forbidden" => {
            return Reply::error(
                403,
                "AuthorizationFailed",
                &format!(
                    "The client '11111111-1111-1111-1111-111111111111' with object id '11111111-1111-1111-1111-111111111111' does not have authorization to perform action '{}/read' over scope '{path}' or the scope is invalid. If access was recently granted, please refresh your credentials.",
                    if rest.len() > 3 {
                        format!("{}/{}/{}", rest[0], rest[1], rest[3])
                    } else {
                        format!("{}/{}", rest[0], rest[1])
                    }
                ),
            );
        }
        "boom" => return Reply::error(500, "InternalServerError", "Encountered internal server error."),
        _ => {}
    }
    match load(fixture, api_version, Some(name)) {
        Some(text) => Reply::raw(
            200,
            "application/json; charset=utf-8",
            fill(&text, sub, rg_name, name).as_bytes(),
        ),
        None => not_found(&what, name, rg_name),
    }
}

/// `NAME.POOL.json`, then `NAME@API.json`, then `NAME.json`.
fn load(fixture: &str, api_version: &str, name: Option<&str>) -> Option<String> {
    let dir = fixtures_dir();
    let mut candidates = Vec::new();
    if let Some(n) = name {
        candidates.push(format!("{fixture}.{n}.json"));
    }
    candidates.push(format!("{fixture}@{api_version}.json"));
    candidates.push(format!("{fixture}.json"));
    candidates
        .into_iter()
        .find_map(|c| std::fs::read_to_string(dir.join(c)).ok())
}

pub(crate) fn fill(text: &str, sub: &str, rg: &str, name: &str) -> String {
    text.replace("{{subscriptionId}}", sub)
        .replace("{{resourceGroup}}", rg)
        .replace("{{name}}", name)
}

/// Serves a list fixture `page_size` items at a time, linking pages with `nextLink`.
#[allow(clippy::too_many_arguments)]
fn list(
    fixture: &str,
    query: &str,
    api_version: &str,
    base: &str,
    path: &str,
    sub: &str,
    rg: &str,
    page_size: usize,
) -> Reply {
    let Some(text) = load(fixture, api_version, None) else {
        return Reply::error(500, "NoFixture", fixture);
    };
    let rg = if rg.is_empty() { "rg" } else { rg };
    let doc: Value = serde_json::from_str(&fill(&text, sub, rg, "pool")).expect("fixture JSON");
    let mut items: Vec<Value> = doc["value"].as_array().cloned().unwrap_or_default();
    // Two distinct pools make paging visible.
    let mut second = items.first().cloned().unwrap_or(json!({}));
    if let Some(obj) = second.as_object_mut() {
        let id = obj
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .replace("/pool", "/pool-2");
        obj.insert("id".into(), json!(id));
        obj.insert("name".into(), json!("pool-2"));
    }
    items.push(second);
    let page: usize = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("page="))
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    let start = page * page_size;
    let chunk: Vec<Value> = items.iter().skip(start).take(page_size).cloned().collect();
    let mut body = json!({ "value": chunk });
    if start + page_size < items.len() {
        body["nextLink"] = json!(format!("{base}{path}?api-version={api_version}&page={}", page + 1));
    }
    Reply::json(200, body)
}
