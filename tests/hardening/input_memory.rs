//! `--input` and ARM's answers hold memory under 300 MB whatever body the caps let through: the
//! largest file refused as the wrong document is refused under an address-space limit
//! that a 2 GB parse would break, and a real body still renders under it.

#![cfg(unix)]

use crate::common;

use common::Env;
use std::io::Write;

/// Under 300 MB of address space (the binary and its libraries take some 30 MB of it).
const LIMIT_KB: u64 = 300 * 1024;

fn capped(env: &Env, args: &[&str]) -> common::Run {
    let bin = assert_cmd::cargo::cargo_bin("standby");
    let script = format!("ulimit -v {LIMIT_KB} && exec \"$0\" \"$@\"");
    let mut cmd = assert_cmd::Command::new("/bin/sh");
    cmd.env_clear()
        .env("HOME", env.home.path())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["-c", &script])
        .arg(bin);
    common::run(&mut cmd, args)
}

/// A file of `size` bytes: `head`, then `item` repeated, then `tail`.
fn big_file(dir: &std::path::Path, name: &str, head: &str, item: &str, tail: &str, size: usize) -> String {
    let path = dir.join(name);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    f.write_all(head.as_bytes()).unwrap();
    let n = (size - head.len() - tail.len()) / item.len();
    let chunk = item.repeat(4096);
    for _ in 0..n / 4096 {
        f.write_all(chunk.as_bytes()).unwrap();
    }
    f.write_all(item.repeat(n % 4096).as_bytes()).unwrap();
    f.write_all(tail.as_bytes()).unwrap();
    f.flush().unwrap();
    path.display().to_string()
}

const SIZE: usize = 62 * 1000 * 1000;

#[test]
fn a_real_body_renders_under_the_limit() {
    let env = Env::new();
    let r = capped(&env, &["vm-pool", "status", "--input", "examples/vmpool-status.json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_62_mb_array_of_zeros_is_refused_within_the_limit() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let zeros = big_file(dir.path(), "zeros.json", "[0", ",0", "]", SIZE);
    let r = capped(&env, &["vm-pool", "status", "--input", &zeros]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("more than 1000000 JSON values"), "{}", r.stderr);
    // The same inside an object: the shape does not matter, the count does.
    let nested = big_file(
        dir.path(),
        "nested.json",
        "{\"properties\":{\"a\":[0",
        ",0",
        "]}}",
        SIZE,
    );
    let r = capped(&env, &["vm-pool", "status", "--input", &nested]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("more than 1000000 JSON values"), "{}", r.stderr);
}

/// Objects cost eight times a number parsed: half a million small ones are refused too.
#[test]
fn half_a_million_objects_are_refused_within_the_limit() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let item = ",{\"k\":\"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\"}";
    let objects = big_file(
        dir.path(),
        "objects.json",
        "{\"properties\":{\"a\":[0",
        item,
        "]}}",
        38 * 1000 * 1000,
    );
    let r = capped(&env, &["vm-pool", "status", "--input", &objects]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("more than 1000000 JSON values"), "{}", r.stderr);
}

#[test]
fn a_62_mb_file_of_the_digit_zero_is_refused_within_the_limit() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let digits = big_file(dir.path(), "digits.json", "", "0", "", SIZE);
    let r = capped(&env, &["vm-pool", "status", "--input", &digits]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("is not a JSON document"), "{}", r.stderr);
}

#[test]
fn more_than_64_mib_is_not_read() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let spaces = big_file(dir.path(), "spaces.json", "{", " ", "}", 65 * 1024 * 1024);
    let r = capped(&env, &["vm-pool", "status", "--input", &spaces]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("larger than 64 MiB"), "{}", r.stderr);
}

/// The same bound on ARM's answers: sixteen bodies of 74,000 small objects each, just
/// under the 8 MiB cap, in flight at once, under the same address-space limit.
#[test]
fn sixteen_answers_of_small_objects_are_refused_within_the_limit() {
    use common::{FakeArm, Reply, SUBSCRIPTION, TOKEN};
    let fake = FakeArm::start();
    let item =
        r#"{"k":"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"}"#;
    let body = format!(r#"{{"properties":{{"pad":[{}]}}}}"#, vec![item; 74_000].join(","));
    assert!(body.len() < 8 * 1024 * 1024);
    fake.script(
        "/runtimeViews/latest",
        vec![Reply::raw(200, "application/json", body.as_bytes())],
    );
    let ids: Vec<String> = (0..16)
        .map(|n| format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool{n}"))
        .collect();
    let env = Env::new();
    let bin = assert_cmd::cargo::cargo_bin("standby");
    let mut cmd = assert_cmd::Command::new("/bin/sh");
    cmd.env_clear()
        .env("HOME", env.home.path())
        .env("XDG_CACHE_HOME", env.home.path().join(".cache"))
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("STANDBY_ARM_ENDPOINT", &fake.url)
        .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
        .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
        .env("STANDBY_ACCESS_TOKEN", TOKEN)
        .args(["-c", &format!("ulimit -v {LIMIT_KB} && exec \"$0\" \"$@\"")])
        .arg(bin)
        .args(["vm-pool", "status", "--concurrency", "16", "-o", "none", "--ids"])
        .args(&ids);
    let r = common::run(&mut cmd, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("JSON values"), "{}", r.stderr);
}
