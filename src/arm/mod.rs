//! The HTTP layer. Knows nothing about clap, the context or rendering.

pub mod auth;
pub mod cached;
pub mod client;
pub mod cloud;
pub mod connect;
pub mod each;
mod entra;
pub mod error;
pub mod graph;
pub mod pace;
pub mod retry;
mod sources;
pub mod stats;
pub mod token_cache;
mod transport;
pub mod versions;

pub use client::ArmClient;
pub use connect::{ArmSettings, Connection};
pub use error::ArmError;
