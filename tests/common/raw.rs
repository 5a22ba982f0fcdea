//! Misbehaviour below TLS and HTTP: connections reset, left hanging, or closed mid-answer.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawMode {
    /// Closes each connection with the client's bytes unread, so the kernel answers RST.
    Reset,
    /// Accepts and never says a word.
    Silent,
    /// Completes TLS, reads the request, then closes TCP without a TLS close_notify.
    HangUp,
    /// Completes TLS, reads the request, sends half a status line's headers and closes
    /// cleanly (close_notify): an incomplete HTTP message.
    Incomplete,
    /// Sends the headers and the start of the body, then says nothing more.
    StallBody,
    /// Serves a CA certificate (trusted through `ca_file`) as its own.
    CaAsLeaf,
}

/// A TCP listener on 127.0.0.1 that fails the client below TLS and HTTP, or in the
/// middle of HTTP. Its certificate (for 127.0.0.1) is in `ca_file`.
pub struct RawServer {
    pub url: String,
    pub ca_file: PathBuf,
    accepted: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    _dir: tempfile::TempDir,
}

fn tls_config(mode: RawMode) -> (Arc<rustls::ServerConfig>, String) {
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let key = rcgen::KeyPair::generate().expect("key");
    let mut params = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()]).expect("params");
    if mode == RawMode::CaAsLeaf {
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    }
    let cert = params.self_signed(&key).expect("certificate");
    let der = rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der()).expect("key der");
    let config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![cert.der().clone()], der)
        .expect("server config");
    (Arc::new(config), cert.pem())
}

fn serve_tls(stream: std::net::TcpStream, config: Arc<rustls::ServerConfig>, mode: RawMode, halt: Arc<AtomicBool>) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(conn) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut tls = rustls::StreamOwned::new(conn, stream);
    let mut request = Vec::new();
    let mut buf = [0u8; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match tls.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    match mode {
        RawMode::HangUp => {
            let _ = tls.sock.shutdown(std::net::Shutdown::Both);
        }
        RawMode::Incomplete => {
            let _ = tls.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: appli");
            tls.conn.send_close_notify();
            let _ = tls.flush();
            let _ = tls.sock.shutdown(std::net::Shutdown::Write);
            std::thread::sleep(Duration::from_millis(200));
        }
        RawMode::StallBody => {
            let _ = tls.write_all(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"id\": ",
            );
            let _ = tls.flush();
            while !halt.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        _ => {}
    }
}

impl RawServer {
    pub fn start(mode: RawMode) -> RawServer {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let url = format!("https://127.0.0.1:{}", listener.local_addr().expect("addr").port());
        let (config, pem) = tls_config(mode);
        let dir = tempfile::tempdir().expect("tempdir");
        let ca_file = dir.path().join("raw-ca.pem");
        std::fs::write(&ca_file, pem).expect("write CA");
        let accepted = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (count, halt) = (accepted.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut held = Vec::new();
            while !halt.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        count.fetch_add(1, Ordering::SeqCst);
                        match mode {
                            RawMode::Reset => {
                                // Let the ClientHello arrive, then drop it unread.
                                std::thread::sleep(Duration::from_millis(50));
                                drop(stream);
                            }
                            RawMode::Silent => held.push(stream),
                            _ => {
                                let (config, halt) = (config.clone(), halt.clone());
                                std::thread::spawn(move || serve_tls(stream, config, mode, halt));
                            }
                        }
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        RawServer {
            url,
            ca_file,
            accepted,
            stop,
            _dir: dir,
        }
    }

    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}
