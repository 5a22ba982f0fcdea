//! Benchmarks, one module each, all `#[ignore]`d so that `cargo test` does not run them.
//! Each reports ratios against a baseline run in the same session, never a bare time.
//! Run by hand, in release:
//!
//!     cargo test --release --test bench -- --ignored --nocapture
//!     cargo test --release --test bench fleet:: -- --ignored --nocapture

#[path = "../tests/common/mod.rs"]
mod common;

mod arm;
mod exporter;
mod fleet;
mod live;
mod members;
mod rss;
mod status;
