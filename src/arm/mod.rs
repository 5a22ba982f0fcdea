//! The HTTP layer. Knows nothing about clap, the context or rendering.

pub mod auth;
pub mod cached;
pub mod client;
pub mod cloud;
pub mod connect;
pub mod each;
pub mod error;
pub mod retry;
pub mod token_cache;

pub use client::ArmClient;
pub use connect::{ArmSettings, Connection};
pub use error::ArmError;
