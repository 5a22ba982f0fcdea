//! Every integration test, in one binary: each feature is a module, so `cargo test`
//! links the crate into one test program instead of one per file, and a newcomer finds a
//! feature's tests under its name. Run one feature with a filter, `cargo test --test all
//! exporter::`, or one test by name.
//!
//! Each test starts its own fake Azure Resource Manager (and token endpoint, Resource
//! Graph) on 127.0.0.1 over TLS (`common`) and runs the real binary against it; no test
//! reaches the internet. Under `CI=true` a test whose program is missing fails and names
//! the package (`common::require`). Benchmarks are a binary of their own, `benches/`.

mod common;

/// The HTTP contract: JSON parity with az, paging, api-versions, retries, concurrency.
mod arm;
/// The credential chain, the token cache and `auth status`.
mod auth;
/// `--demo`: every command against the simulated Azure, with no network.
mod demo;
/// `events`: the pools' resource logs through the Log Analytics query API.
mod events;
/// The exporter: metrics, labels, pacing many pools, readiness from the first second.
mod exporter;
/// `fleet status` over Resource Graph and the per-subscription lists.
mod fleet;
/// Output formats: json, yaml, tsv, table, `--query`, colours.
mod formats;
/// Hostile servers and bodies: slow, huge, malformed, escapes, memory bounds.
mod hardening;
/// Help that fits, help examples and the examples of the README and docs/ run as written.
mod help;
/// `watch` and `wait`.
mod live;
/// `vm-pool members`.
mod members;
/// Packages, completions and man pages.
mod packaging;
/// `status`: the target, `--version`.
mod status;
/// Every table at 80, 100 and 120 columns: identifiers whole, plain words, colours.
mod tables;
