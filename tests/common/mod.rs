//! Test support: the fake ARM (`fake`), raw misbehaving listeners (`raw`), and a
//! hermetic way to run the real binary that fails any run whose output holds a secret.
#![allow(dead_code)]

pub mod exporter;
mod fake;
mod graph;
pub mod logs;
pub mod members;
mod raw;
pub mod require;

// Each test crate uses its own subset.
#[allow(unused_imports)]
pub use fake::{FakeArm, Reply, Seen};
#[allow(unused_imports)]
pub use graph::FleetPool;
#[allow(unused_imports)]
pub use raw::{RawMode, RawServer};
#[allow(unused_imports)]
pub use require::require;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// The command most tests run.
pub const STATUS: [&str; 6] = ["vm-pool", "status", "-g", "rg", "-n", "pool"];
pub const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";
pub const TOKEN: &str = "test-token-5f1e3c9a-never-print-me";
pub const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
pub const CLIENT_ID: &str = "11111111-2222-3333-4444-555555555555";
pub const CLIENT_SECRET: &str = "test-secret-8c2d-never-print-me";
/// What the token endpoint hands out to the service principal.
pub const SP_TOKEN: &str = "sp-token-7b4e-never-print-me";
/// The federated token a workload identity presents, and what it gets for it.
pub const FEDERATED_TOKEN: &str = "federated-jwt-3a9d-never-print-me";
pub const WI_TOKEN: &str = "wi-token-c41f-never-print-me";
/// Managed identity (App Service flavour): the secret header and the token.
pub const IDENTITY_HEADER: &str = "identity-header-e07b-never-print-me";
pub const MI_TOKEN: &str = "mi-token-9d2a-never-print-me";
/// What the fake `az` and `azd` on PATH hand out.
pub const CLI_TOKEN: &str = "cli-token-51ab-never-print-me";
pub const AZD_TOKEN: &str = "azd-token-0c7e-never-print-me";
/// Every token an ARM request may carry.
pub const ARM_TOKENS: [&str; 6] = [TOKEN, SP_TOKEN, WI_TOKEN, MI_TOKEN, CLI_TOKEN, AZD_TOKEN];

/// A hermetic environment: nothing from the developer's machine leaks in, and
/// no az or azd on PATH.
pub struct Env {
    pub home: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join(".azure")).unwrap();
        std::fs::create_dir_all(home.path().join("bin")).unwrap();
        Env { home }
    }

    pub fn bare(&self) -> Command {
        let mut cmd = Command::cargo_bin("standby").unwrap();
        cmd.env_clear()
            .env("HOME", self.home.path())
            .env("AZURE_CONFIG_DIR", self.home.path().join(".azure"))
            .env("XDG_CACHE_HOME", self.home.path().join(".cache"))
            .env("PATH", self.home.path().join("bin"))
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .env("NO_PROXY", "127.0.0.1,localhost")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .timeout(Duration::from_secs(60));
        // Windows' sockets cannot start in a process without SystemRoot.
        #[cfg(windows)]
        if let Some(root) = std::env::var_os("SystemRoot") {
            cmd.env("SystemRoot", root);
        }
        cmd
    }

    /// What `cmd` sets, on a `std::process::Command`: for a child that runs on (the
    /// exporter) or a program put in front of the binary (`/usr/bin/time`).
    pub fn apply<'c>(&self, c: &'c mut std::process::Command, fake: &FakeArm) -> &'c mut std::process::Command {
        c.env_clear()
            .env("HOME", self.home.path())
            .env("AZURE_CONFIG_DIR", self.home.path().join(".azure"))
            .env("XDG_CACHE_HOME", self.home.path().join(".cache"))
            .env("PATH", self.home.path().join("bin"))
            .env("NO_PROXY", "127.0.0.1,localhost")
            .env("STANDBY_ARM_ENDPOINT", &fake.url)
            .env("STANDBY_LOGS_ENDPOINT", &fake.url)
            .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
            .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
            .env("STANDBY_ACCESS_TOKEN", TOKEN)
    }

    /// The binary, with `cmd`'s environment, as a child process to spawn.
    #[allow(dead_code)]
    pub fn child(&self, fake: &FakeArm) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("standby"));
        self.apply(&mut c, fake);
        c
    }

    /// Writes az's config file (`$AZURE_CONFIG_DIR/config`).
    pub fn az_config(&self, text: &str) {
        std::fs::write(self.home.path().join(".azure/config"), text).unwrap();
    }

    /// Talks to `fake` (endpoint, its CA, a subscription) with no credential yet.
    pub fn against(&self, fake: &FakeArm) -> Command {
        let mut cmd = self.bare();
        cmd.env("STANDBY_ARM_ENDPOINT", &fake.url)
            .env("STANDBY_LOGS_ENDPOINT", &fake.url)
            .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
            .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION);
        cmd
    }

    /// Talks to `fake` with a static token.
    pub fn cmd(&self, fake: &FakeArm) -> Command {
        let mut cmd = self.against(fake);
        cmd.env("STANDBY_ACCESS_TOKEN", TOKEN);
        cmd
    }

    /// Puts an executable `name` on the command's PATH that prints `stdout` and exits 0,
    /// and logs its arguments to `name.calls` in the home directory. Shell builtins only:
    /// PATH holds nothing else.
    pub fn fake_tool(&self, name: &str, stdout: &str) {
        let script = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '{}'\nprintf '%s' '{stdout}'\n",
            self.home.path().join(format!("{name}.calls")).display()
        );
        let path = self.home.path().join("bin").join(name);
        std::fs::write(&path, script).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }

    /// As `fake_tool`, answering only after `seconds`, as the real az does (~0.6 s).
    pub fn slow_tool(&self, name: &str, stdout: &str, seconds: f64) {
        self.fake_tool(name, stdout);
        let path = self.home.path().join("bin").join(name);
        let script = std::fs::read_to_string(&path).unwrap();
        let script = script.replacen("#!/bin/sh\n", &format!("#!/bin/sh\n/bin/sleep {seconds}\n"), 1);
        std::fs::write(&path, script).unwrap();
    }

    /// The argument lines the fake tool `name` was called with.
    pub fn tool_calls(&self, name: &str) -> Vec<String> {
        std::fs::read_to_string(self.home.path().join(format!("{name}.calls")))
            .map(|s| s.lines().map(str::to_string).collect())
            .unwrap_or_default()
    }

    /// Talks to `fake` as a service principal, through its token endpoint.
    pub fn service_principal(&self, fake: &FakeArm, secret: &str) -> Command {
        let mut cmd = self.against(fake);
        cmd.env("AZURE_AUTHORITY_HOST", &fake.url)
            .env("AZURE_TENANT_ID", TENANT)
            .env("AZURE_CLIENT_ID", CLIENT_ID)
            .env("AZURE_CLIENT_SECRET", secret);
        cmd
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// What `az account get-access-token` prints: CLI_TOKEN, good for `seconds` from now.
pub fn az_token(seconds: u64) -> String {
    let expires = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + seconds;
    format!(
        r#"{{"accessToken": "{CLI_TOKEN}", "expiresOn": "2099-01-01 00:00:00.000000", "expires_on": {expires}, "subscription": "{SUBSCRIPTION}", "tenant": "{TENANT}", "tokenType": "Bearer"}}"#
    )
}

pub fn run(cmd: &mut Command, args: &[&str]) -> Run {
    let out = cmd.args(args).output().unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    for text in [&run.stdout, &run.stderr] {
        for secret in ARM_TOKENS
            .iter()
            .chain(&[CLIENT_SECRET, FEDERATED_TOKEN, IDENTITY_HEADER])
        {
            assert!(
                !text.contains(secret),
                "a secret leaked into the output of {args:?}:\n{text}"
            );
        }
    }
    run
}

pub fn az(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/az")
            .join(name),
    )
    .unwrap()
}

pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// A fixture with its placeholders filled, as the fake serves it.
pub fn fixture(name: &str, resource_group: &str, resource: &str) -> String {
    let text = std::fs::read_to_string(fake::fixtures_dir().join(name)).expect("fixture");
    fake::fill(&text, SUBSCRIPTION, resource_group, resource)
}

/// Every identifier of `ids` is shown whole or not at all (its column left out); one
/// longer than 64 columns may lose its middle, keeping 64. `must` are always shown. No
/// line is wider than `width`, and only the long identifiers are ever shortened.
pub fn assert_identifiers_whole(text: &str, width: usize, ids: &[&str], must: &[&str], what: &str) {
    let columns = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(columns <= width, "{what} at {width}: a line is wider\n{text}");
    let shown = |id: &str| {
        text.contains(id)
            || (id.chars().count() > 64
                && text.lines().any(|l| {
                    let head: String = id.chars().take(16).collect();
                    let tail: String = id
                        .chars()
                        .rev()
                        .take(16)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    l.contains(&head) && l.contains('…') && l.contains(&tail) && l.trim().chars().count() >= 64
                }))
    };
    for id in ids {
        let tail: String = id
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if text.contains(&tail) || must.contains(id) {
            assert!(shown(id), "{what} at {width}: {id} is cut\n{text}");
        }
    }
    for line in text.lines().filter(|l| l.contains('…')) {
        let long = ids
            .iter()
            .any(|id| id.chars().count() > 64 && line.contains(&id[id.len() - 12..]));
        assert!(
            long,
            "{what} at {width}: something shorter than 64 columns was cut\n{text}"
        );
    }
}
