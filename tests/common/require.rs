//! The programs some tests drive (tmux, promtool, man, ruby, jq, …). A test asks for one
//! with `require`: where it is missing, CI fails (on Linux, where .ci/run installs every
//! Debian package in .ci/apt-packages) and elsewhere the test ends early, saying so where
//! it can be seen. Standalone, so that test crates without the fake ARM can include it
//! with `#[path = "common/require.rs"] mod require;`.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

/// `program` as found on PATH. When it is missing: under CI=true on Linux this panics,
/// failing the test, with the Debian `package` to install; anywhere else it prints a note
/// that libtest does not hide and returns None, for the test to return early.
pub fn require(program: &str, package: &str) -> Option<PathBuf> {
    if let Some(found) = on_path(program) {
        return Some(found);
    }
    let missing = format!("{program} is not installed (Debian package {package}: apt-get install {package})");
    if strict() {
        panic!(
            "{missing}; CI=true, where .ci/run installs it (.ci/apt-packages), so the test fails instead of skipping"
        );
    }
    skip(&missing);
    None
}

/// Whether a missing program fails the test: in CI on Linux, whose tools are Debian's.
pub fn strict() -> bool {
    cfg!(target_os = "linux") && std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Says that (part of) the running test was skipped, and why. Written straight to the
/// standard error stream, past libtest's capture, which would hide an `eprintln!` of a
/// test that passes.
pub fn skip(why: &str) {
    let test = std::thread::current().name().unwrap_or("a test").to_string();
    let _ = writeln!(std::io::stderr(), "\nSKIPPED in {test}: {why}");
}

fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    let names: &[String] = if cfg!(windows) {
        &[
            format!("{program}.exe"),
            format!("{program}.cmd"),
            format!("{program}.bat"),
        ]
    } else {
        &[program.to_string()]
    };
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| executable(p))
}

#[cfg(unix)]
fn executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn executable(path: &Path) -> bool {
    path.is_file()
}
