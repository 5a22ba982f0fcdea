//! standby's parts, for the binary in `main.rs` and for the fuzz targets: clap
//! definitions, context resolution, the ARM client, models and renderers.
#![cfg_attr(not(test), deny(clippy::print_stdout, clippy::print_stderr))]

pub mod arm;
pub mod azcli;
pub mod cli;
pub mod cmd;
pub mod context;
pub mod demo;
pub mod exit;
pub mod exporter;
pub mod fleet;
pub mod generate;
pub mod id;
pub mod live;
pub mod log;
pub mod logs;
pub mod model;
pub mod output;
pub mod render;
pub mod term;
