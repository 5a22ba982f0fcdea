//! The HTTP layer. Knows nothing about clap or rendering.

pub mod auth;
pub mod client;
pub mod cloud;
pub mod error;
pub mod id;
pub mod retry;

pub use client::ArmClient;
pub use error::ArmError;
pub use id::ResourceId;
