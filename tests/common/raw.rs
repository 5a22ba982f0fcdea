//! Misbehaviour below TLS and HTTP: connections reset or left hanging.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawMode {
    /// Closes each connection with the client's bytes unread, so the kernel answers RST.
    Reset,
    /// Accepts and never says a word.
    Silent,
}

/// A TCP listener on 127.0.0.1 that fails the client below TLS and HTTP.
pub struct RawServer {
    pub url: String,
    accepted: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl RawServer {
    pub fn start(mode: RawMode) -> RawServer {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let url = format!("https://127.0.0.1:{}", listener.local_addr().expect("addr").port());
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
                        }
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        RawServer { url, accepted, stop }
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
