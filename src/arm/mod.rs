//! The HTTP layer, and the credentials it sends (`auth`). Knows nothing about clap, the
//! context or rendering.

pub mod auth;
mod body;
pub mod client;
pub mod cloud;
pub mod connect;
pub mod deadline;
pub mod each;
pub mod error;
pub mod graph;
pub mod pace;
pub mod retry;
pub mod stats;
mod transport;
pub mod versions;

pub use client::ArmClient;
pub use connect::{ArmSettings, Audience, Connection};
pub use error::ArmError;
