//! What went wrong below HTTP, told by the errors' types (their source chain), never by
//! searching their text: what is worth another try, and how to explain it.

use reqwest::Url;
use rustls::CertificateError;
use std::error::Error;
use std::io::ErrorKind;

use super::error::ArmError;

/// A transport failure, by what it means for the user.
#[derive(Debug)]
pub enum Failure {
    /// No answer within --timeout.
    Timeout,
    /// The server (or something between) closed or reset the connection without an answer.
    Dropped,
    /// The TLS certificate was refused: permanent, another try gets the same certificate.
    Certificate(CertificateError),
    /// TLS failed for another reason (an alert, a protocol error): permanent too.
    Tls(String),
    /// The TCP connection could not be made (refused, unreachable, DNS).
    Connect,
    Other,
}

impl Failure {
    pub fn retryable(&self) -> bool {
        matches!(self, Failure::Timeout | Failure::Dropped | Failure::Connect)
    }
}

/// Every error in the chain, looking inside `io::Error`s too: their `source()` skips the
/// error they wrap (a rustls error travels inside one).
fn chain<'a>(e: &'a (dyn Error + 'static)) -> Vec<&'a (dyn Error + 'static)> {
    let mut out = Vec::new();
    let mut cur = Some(e);
    while let Some(err) = cur {
        out.push(err);
        cur = match err.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref()) {
            Some(inner) => Some(inner as &(dyn Error + 'static)),
            None => err.source(),
        };
    }
    out
}

pub fn classify(e: &reqwest::Error) -> Failure {
    let causes = chain(e);
    for cause in &causes {
        if let Some(tls) = cause.downcast_ref::<rustls::Error>() {
            return match tls {
                rustls::Error::InvalidCertificate(c) => Failure::Certificate(c.clone()),
                other => Failure::Tls(other.to_string()),
            };
        }
    }
    if e.is_timeout() {
        return Failure::Timeout;
    }
    for cause in &causes {
        if cause
            .downcast_ref::<hyper::Error>()
            .is_some_and(|h| h.is_incomplete_message())
        {
            return Failure::Dropped;
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            match io.kind() {
                ErrorKind::ConnectionReset
                | ErrorKind::ConnectionAborted
                | ErrorKind::BrokenPipe
                | ErrorKind::UnexpectedEof => return Failure::Dropped,
                ErrorKind::TimedOut => return Failure::Timeout,
                _ => {}
            }
        }
    }
    if e.is_connect() {
        Failure::Connect
    } else {
        Failure::Other
    }
}

pub fn root_cause(e: &(dyn Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// The error for a request that got no answer. `proxy` names the proxy the request went
/// through, when one was set for the ARM host.
pub fn error(e: &reqwest::Error, failure: &Failure, url: &Url, proxy: Option<&str>) -> ArmError {
    let host = url.host_str().unwrap_or("?");
    let cause = root_cause(e);
    let trust_hint =
        "If a proxy inspects TLS, point REQUESTS_CA_BUNDLE or SSL_CERT_FILE at a PEM file with its CA certificate";
    let message = match failure {
        Failure::Timeout => format!("no answer from {host} in time (see --timeout)"),
        Failure::Dropped => {
            format!("{host} closed the connection without an answer ({cause}); tried again, as for a reset")
        }
        Failure::Certificate(c) => certificate_message(c, host, trust_hint),
        Failure::Tls(what) => format!("the TLS connection to {host} failed: {what}"),
        Failure::Connect => match proxy {
            Some(proxy) => format!("cannot connect to the proxy {proxy}: {cause}. Check the proxy, or NO_PROXY"),
            None => format!("cannot connect to {host}: {cause}"),
        },
        Failure::Other => format!("the request to {host} failed: {cause}"),
    };
    ArmError::Transport {
        message,
        url: url.to_string(),
    }
}

fn certificate_message(c: &CertificateError, host: &str, trust_hint: &str) -> String {
    match c {
        CertificateError::UnknownIssuer => format!(
            "the TLS certificate that answered for {host} is not signed by a trusted certificate authority. {trust_hint}"
        ),
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => format!(
            "the TLS certificate that answered is not valid for {host}. Check STANDBY_ARM_ENDPOINT and --cloud, or whether a proxy is answering in the service's place"
        ),
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
            format!("the TLS certificate that answered for {host} has expired")
        }
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            format!("the TLS certificate that answered for {host} is not valid yet (is the clock right?)")
        }
        CertificateError::Revoked => format!("the TLS certificate that answered for {host} has been revoked"),
        CertificateError::Other(other)
            if matches!(
                other.0.downcast_ref::<webpki::Error>(),
                Some(webpki::Error::CaUsedAsEndEntity)
            ) =>
        {
            format!(
                "the TLS certificate that answered for {host} is a CA certificate, not a server's own: the server is misconfigured (or a proxy presents its CA)"
            )
        }
        other => format!("the TLS certificate that answered for {host} was refused: {other}. {trust_hint}"),
    }
}
