//! What a person meets in the first minute at a terminal: help, tables at 80 and 120
//! columns, plain words, readable colours, ready against target, and the README's and
//! the help's examples, each run as written.

mod common;

use common::{Env, FakeArm, Reply, TOKEN, run};
use serde_json::json;
use std::path::Path;

/// Every table view on a bundled sample: (snapshot name, arguments).
const VIEWS: &[(&str, &[&str])] = &[
    (
        "vmpool_status",
        &["vm-pool", "status", "--input", "examples/vmpool-status.json"],
    ),
    (
        "vmpool_status_every_state",
        &[
            "vm-pool",
            "status",
            "--input",
            "examples/vmpool-status-every-state.json",
        ],
    ),
    (
        "cgpool_status",
        &["container-pool", "status", "--input", "examples/cgpool-status.json"],
    ),
    ("vmpool_show", &["vm-pool", "show", "--input", "examples/vmpool.json"]),
    (
        "vmpool_show_mix",
        &["vm-pool", "show", "--input", "examples/vmpool-mix.json"],
    ),
    (
        "cgpool_show",
        &["container-pool", "show", "--input", "examples/cgpool.json"],
    ),
    (
        "vmpool_list",
        &["vm-pool", "list", "--input", "examples/vmpool-list.json"],
    ),
    (
        "cgpool_list",
        &["container-pool", "list", "--input", "examples/cgpool-list.json"],
    ),
    (
        "vm_instance_view",
        &["vm", "instance-view", "--input", "examples/vm-instance-view.json"],
    ),
    (
        "vmss_instance_view",
        &["vmss", "instance-view", "--input", "examples/vmss-instance-view.json"],
    ),
    (
        "vmss_instance_view_large",
        &[
            "vmss",
            "instance-view",
            "--input",
            "examples/vmss-instance-view-large.json",
        ],
    ),
    (
        "container_show",
        &["container", "show", "--input", "examples/container-group.json"],
    ),
];

fn columns(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

// ---- tables at 80 and 120 columns ----------------------------------------------------------

#[test]
fn every_view_fits_80_and_120_columns() {
    let env = Env::new();
    for (name, args) in VIEWS {
        for width in ["80", "120"] {
            let r = run(env.bare().env("COLUMNS", width).args(["-o", "table"]), args);
            assert_eq!(r.code, 0, "{name}: {}", r.stderr);
            let limit: usize = width.parse().unwrap();
            assert!(columns(&r.stdout) <= limit, "{name} at {width}:\n{}", r.stdout);
            insta::assert_snapshot!(format!("{name}_{width}"), r.stdout);
        }
    }
}

#[test]
fn status_with_its_target_at_80_and_120_columns() {
    let fake = FakeArm::start();
    let env = Env::new();
    for (name, args) in [
        ("vmpool_status_ready", ["vm-pool", "status", "-g", "rg", "-n", "pool"]),
        (
            "cgpool_status_ready",
            ["container-pool", "status", "-g", "rg", "-n", "cgpool"],
        ),
    ] {
        for width in ["80", "120"] {
            let r = run(env.cmd(&fake).env("COLUMNS", width).args(["-o", "table"]), &args);
            assert_eq!(r.code, 0, "{name}: {}", r.stderr);
            assert!(columns(&r.stdout) <= width.parse().unwrap(), "{}", r.stdout);
            insta::assert_snapshot!(format!("{name}_{width}"), r.stdout);
        }
    }
}

#[test]
fn headers_and_values_are_never_split() {
    let env = Env::new();
    let r = run(env.bare().env("COLUMNS", "80").args(["-o", "table"]), VIEWS[1].1);
    // One header line: the rule follows it directly.
    let lines: Vec<&str> = r.stdout.lines().collect();
    let header = lines.iter().position(|l| l.starts_with("Zone")).unwrap();
    assert!(lines[header + 1].starts_with('─'), "{}", r.stdout);
    for state in ["Deal'g", "Deal'd", "Hib'g", "Hib'd"] {
        assert!(lines[header].contains(state), "{}", r.stdout);
    }
    // The key says what they stand for; prose wraps at spaces.
    assert!(r.stdout.contains("Deal'd Deallocated"), "{}", r.stdout);
    assert!(r.stdout.contains("\nForecast      12 14 18"), "{}", r.stdout);
    let c = run(
        env.bare().env("COLUMNS", "80").args(["-o", "table"]),
        &["container", "show", "--input", "examples/container-group.json"],
    );
    assert!(c.stdout.contains("10.0.2.4:80 "), "{}", c.stdout);
    // The image stays on its row's one line, losing its middle rather than its name.
    let row = c.stdout.lines().find(|l| l.starts_with("mycg")).unwrap();
    assert!(row.contains("helloworld") && row.contains("serving"), "{}", c.stdout);
}

#[test]
fn known_states_stay_columns_with_dim_zeros() {
    let env = Env::new();
    let r = run(env.bare().env("COLUMNS", "200").args(["-o", "table"]), VIEWS[0].1);
    let header = r.stdout.lines().find(|l| l.starts_with("Zone")).unwrap();
    let names: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(
        names,
        [
            "Zone",
            "Creating",
            "Starting",
            "Running",
            "Deallocating",
            "Deallocated",
            "Hibernating",
            "Hibernated",
            "Deleting",
            "Total"
        ]
    );
    let cg = run(env.bare().args(["-o", "table"]), VIEWS[2].1);
    let header = cg.stdout.lines().find(|l| l.starts_with("Zone")).unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["Zone", "Creating", "Running", "Deleting", "Total"]
    );
    let coloured = run(env.bare().args(["-o", "table", "--color", "always"]), VIEWS[0].1);
    assert!(coloured.stdout.contains("\x1b[2m0\x1b[0m"), "{:?}", coloured.stdout);
}

// ---- colours and words -----------------------------------------------------------------------

#[test]
fn colours_are_the_terminals_own_sixteen() {
    let env = Env::new();
    for (name, args) in VIEWS {
        let r = run(env.bare().args(["-o", "table", "--color", "always"]), args);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert!(r.stdout.contains('\x1b'), "{name}: no colour at all");
        assert!(
            !r.stdout.contains("38;5;"),
            "{name}: 256-colour escape in {:?}",
            r.stdout
        );
        assert!(
            !r.stdout.contains("38;2;"),
            "{name}: true-colour escape in {:?}",
            r.stdout
        );
    }
}

#[test]
fn show_colours_the_vm_state_and_vmss_says_it_in_words() {
    let env = Env::new();
    let r = run(env.bare().args(["-o", "table", "--color", "always"]), VIEWS[3].1);
    assert!(r.stdout.contains("\x1b[32mDeallocated"), "{:?}", r.stdout);
    let r = run(env.bare().args(["-o", "table"]), VIEWS[10].1);
    assert!(r.stdout.contains("Provisioning succeeded"), "{}", r.stdout);
    assert!(r.stdout.contains("VM deallocated"), "{}", r.stdout);
    assert!(!r.stdout.contains("ProvisioningState/"), "{}", r.stdout);
}

#[test]
fn one_vocabulary_for_pool_membership_with_a_legend_at_a_terminal() {
    let env = Env::new();
    let vm = run(env.bare().args(["-o", "table"]), VIEWS[8].1);
    assert!(vm.stdout.contains("in pool"), "{}", vm.stdout);
    assert!(vm.stdout.contains("serving: it left the pool"), "{}", vm.stdout);
    let cg = run(env.bare().args(["-o", "table"]), VIEWS[11].1);
    assert!(cg.stdout.contains("serving"), "{}", cg.stdout);
    assert!(!cg.stdout.contains(" yes"), "{}", cg.stdout);
    // A pipe with no width gets the bare table.
    let piped = run(env.bare().env_remove("COLUMNS").args(["-o", "table"]), VIEWS[8].1);
    assert!(piped.stdout.contains("in pool"));
    assert!(!piped.stdout.contains("serving: it left"), "{}", piped.stdout);
}

// ---- ready against target --------------------------------------------------------------------

#[test]
fn status_table_reads_the_pool_for_ready_against_target() {
    let fake = FakeArm::start();
    let env = Env::new();
    let r = run(
        env.cmd(&fake).args(["-o", "table"]),
        &["vm-pool", "status", "-g", "rg", "-n", "pool"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Ready         8 of 10 (min 5)\n"), "{}", r.stdout);
    assert_eq!(fake.count("/standbyVirtualMachinePools/pool"), 1);
    assert_eq!(fake.count("/runtimeViews/latest"), 1);

    // JSON, a query and a saved body send nothing more than before.
    for args in [vec!["-o", "json"], vec!["-o", "table", "--query", "provisioningState"]] {
        let fake = FakeArm::start();
        let r = run(
            env.cmd(&fake).args(&args),
            &["vm-pool", "status", "-g", "rg", "-n", "pool"],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(fake.count("/standbyVirtualMachinePools/pool"), 0, "{args:?}");
        assert_eq!(fake.seen().len(), 1, "{args:?}");
    }
    let saved = run(env.bare().args(["-o", "table"]), VIEWS[0].1);
    assert!(!saved.stdout.contains("Ready"), "{}", saved.stdout);

    let cg = run(
        env.cmd(&fake).args(["-o", "table"]),
        &["container-pool", "status", "-g", "rg", "-n", "cgpool"],
    );
    assert!(cg.stdout.contains("Ready         4 of 5"), "{}", cg.stdout);
}

#[test]
fn ready_below_the_minimum_is_highlighted() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/pool",
        vec![Reply::json(
            200,
            json!({"name": "pool", "properties": {"virtualMachineState": "Deallocated",
                "elasticityProfile": {"maxReadyCapacity": 12, "minReadyCapacity": 9}}}),
        )],
    );
    let r = run(
        Env::new().cmd(&fake).args(["-o", "table", "--color", "always"]),
        &["vm-pool", "status", "-g", "rg", "-n", "pool"],
    );
    assert!(r.stdout.contains("\x1b[31m8 of 12 (min 9)"), "{:?}", r.stdout);
    assert!(r.stdout.contains("\x1b[1m"), "{:?}", r.stdout);
}

#[test]
fn a_pool_that_cannot_be_read_costs_only_the_target() {
    let fake = FakeArm::start();
    fake.script(
        "/standbyVirtualMachinePools/pool",
        vec![Reply::error(403, "AuthorizationFailed", "no read on the pool")],
    );
    let r = run(
        Env::new().cmd(&fake).args(["-o", "table"]),
        &["vm-pool", "status", "-g", "rg", "-n", "pool"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("Ready         8 (target unknown: the pool could not be read)"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Zone"), "{}", r.stdout);
    assert!(r.stderr.contains("WARNING: reading pool 'pool'"), "{}", r.stderr);
}

// ---- help ------------------------------------------------------------------------------------

fn help(args: &[&str]) -> String {
    let env = Env::new();
    let r = run(&mut env.bare(), &[args, &["--help"]].concat());
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

/// Every leaf command, as typed.
const LEAVES: &[&[&str]] = &[
    &["vm-pool", "status"],
    &["vm-pool", "show"],
    &["vm-pool", "list"],
    &["container-pool", "status"],
    &["container-pool", "show"],
    &["container-pool", "list"],
    &["vm", "instance-view"],
    &["vmss", "instance-view"],
    &["container", "show"],
    &["completions"],
    &["man"],
];

/// The lines under "Examples:", with lines that help wrapped joined again.
fn examples(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text
        .lines()
        .skip_while(|l| l.trim() != "Examples:")
        .skip(1)
        .take_while(|l| l.starts_with("  "))
    {
        match out.last_mut() {
            Some(last) if !line.trim().starts_with("standby ") => {
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => out.push(line.trim().to_string()),
        }
    }
    out
}

#[test]
fn own_options_first_then_the_global_ones() {
    let text = help(&["vm-pool", "status"]);
    assert!(
        text.contains("Usage: standby vm-pool status (-g RG -n NAME | --ids ID... | --input FILE) [OPTIONS]"),
        "{text}"
    );
    let own = text.find("--resource-group").unwrap();
    let global = text.find("Global options:").unwrap();
    assert!(own < global && text.find("--output").unwrap() > global, "{text}");
    let list = help(&["vm-pool", "list"]);
    assert!(
        list.contains("Usage: standby vm-pool list [-g RG | --input FILE] [OPTIONS]"),
        "{list}"
    );
    let root = help(&[]);
    for other in ["completions", "man"] {
        assert!(
            root.lines().any(|l| l.trim_start().starts_with(other)),
            "{other} not listed:\n{root}"
        );
    }
}

#[test]
fn each_command_shows_its_own_examples() {
    for leaf in LEAVES {
        let text = help(leaf);
        let own = format!("standby {}", leaf.join(" "));
        let ex = examples(&text);
        assert!(!ex.is_empty(), "{own}: no examples");
        for e in &ex {
            assert!(e.starts_with(&own), "{own} shows another command's example: {e}");
        }
        if !leaf.contains(&"status") {
            assert!(!text.contains("instanceCountSummary"), "{own}:\n{text}");
        }
    }
}

/// Runs a line as a shell would, with `standby` on PATH, against the fake ARM.
fn shell(env: &Env, fake: &FakeArm, line: &str) -> common::Run {
    let bin = env.home.path().join("bin/standby");
    if !bin.exists() {
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_standby"), &bin).unwrap();
        for dir in [
            ".local/share/bash-completion/completions",
            ".local/share/man/man1",
            ".zfunc",
            ".config/fish/completions",
        ] {
            std::fs::create_dir_all(env.home.path().join(dir)).unwrap();
        }
    }
    let out = std::process::Command::new("/bin/sh")
        .args(["-c", line])
        .env_clear()
        .env("HOME", env.home.path())
        .env("AZURE_CONFIG_DIR", env.home.path().join(".azure"))
        .env(
            "PATH",
            format!("{}:/usr/bin:/bin", env.home.path().join("bin").display()),
        )
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("STANDBY_ARM_ENDPOINT", &fake.url)
        .env("REQUESTS_CA_BUNDLE", &fake.ca_file)
        .env("AZURE_SUBSCRIPTION_ID", common::SUBSCRIPTION)
        .env("STANDBY_ACCESS_TOKEN", TOKEN)
        // The README shows what a terminal shows.
        .env("STANDBY_OUTPUT", "table")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

#[test]
fn every_help_example_runs_as_written() {
    let fake = FakeArm::start();
    let env = Env::new();
    let mut all: Vec<String> = examples(&help(&[]));
    for leaf in LEAVES {
        all.extend(examples(&help(leaf)));
    }
    for group in ["vm-pool", "container-pool", "vm", "vmss", "container"] {
        all.extend(examples(&help(&[group])));
    }
    assert!(all.len() > 20, "{all:?}");
    for line in &all {
        let r = shell(&env, &fake, line);
        assert_eq!(r.code, 0, "`{line}` failed: {}", r.stderr);
    }
}

/// Commands in the README's code blocks: `standby …` (a `$ ` prompt is dropped, `\`
/// continuations joined) and `cargo run -- …` (run as the built binary), each with
/// the output the README shows after it, if any.
fn readme_examples() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut in_block = false;
    let mut lines = text.lines().peekable();
    let mut current: Option<(String, String)> = None;
    while let Some(line) = lines.next() {
        if line.starts_with("```") {
            in_block = !in_block;
            out.extend(current.take());
            continue;
        }
        if !in_block {
            continue;
        }
        let prompt = line.strip_prefix("$ ");
        let cmd = prompt.unwrap_or(line);
        let cmd = cmd
            .strip_prefix("cargo run -- ")
            .map(|rest| format!("standby {rest}"))
            .or_else(|| cmd.starts_with("standby ").then(|| cmd.to_string()));
        if let Some(mut cmd) = cmd {
            out.extend(current.take());
            while cmd.ends_with('\\') || cmd.ends_with('|') {
                if cmd.ends_with('\\') {
                    cmd.pop();
                }
                cmd.push(' ');
                cmd.push_str(lines.next().unwrap_or_default().trim_start());
            }
            // Without `$ ` the block lists commands, not a session with its output.
            current = Some((
                cmd,
                if prompt.is_some() {
                    String::new()
                } else {
                    "\u{0}".into()
                },
            ));
        } else if let Some((_, output)) = current.as_mut().filter(|(_, o)| o != "\u{0}") {
            if line.starts_with('#') || line.starts_with("$ ") {
                out.extend(current.take());
            } else {
                output.push_str(line);
                output.push('\n');
            }
        }
    }
    out.into_iter()
        .map(|(c, o)| {
            (
                c,
                if o == "\u{0}" {
                    String::new()
                } else {
                    o.trim_end().to_string()
                },
            )
        })
        .collect()
}

#[test]
fn every_readme_example_runs_and_prints_what_it_claims() {
    let fake = FakeArm::start();
    let env = Env::new();
    let examples = readme_examples();
    assert!(examples.len() >= 12, "{examples:?}");
    for (line, claimed) in &examples {
        let r = shell(&env, &fake, line);
        // The bad --query example is about its error, and exits 2 on purpose.
        let expect = if line.contains("instanceCountSummary[.zone") {
            2
        } else {
            0
        };
        assert_eq!(r.code, expect, "`{line}`: {}", r.stderr);
        // Outputs shortened with … in the README are checked by their other lines' tests.
        if !claimed.is_empty() && !claimed.contains('…') {
            let got = format!("{}{}", r.stdout, r.stderr);
            assert_eq!(got.trim_end(), claimed, "`{line}` prints something else");
        }
    }
}

// ---- man pages, exit codes, errors ------------------------------------------------------------

#[test]
fn man_synopsis_keeps_value_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let env = Env::new();
    let r = run(&mut env.bare(), &["man", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let page = std::fs::read_to_string(dir.path().join("standby-vm-pool-status.1")).unwrap();
    let synopsis = page.lines().skip_while(|l| *l != ".SH SYNOPSIS").nth(1).unwrap();
    assert!(synopsis.contains(r"[\fB\-\-query\fR \fIJMESPATH\fR]"), "{synopsis}");
    assert!(
        synopsis.contains(r"[\fB\-o\fR|\fB\-\-output\fR \fIFORMAT\fR]"),
        "{synopsis}"
    );
    assert!(
        synopsis.contains("(\\-g RG \\-n NAME | \\-\\-ids ID... | \\-\\-input FILE)"),
        "{synopsis}"
    );
    assert!(!synopsis.contains(r"[\fB\-\-ids\fR"), "{synopsis}");
    let root = std::fs::read_to_string(dir.path().join("standby.1")).unwrap();
    assert!(root.contains("serving"), "the man page explains the membership words");
}

#[test]
fn exit_code_words_agree_with_the_codes() {
    let env = Env::new();
    let help = help(&[]);
    assert!(
        help.contains("1 error (the service, credentials, the network, or an --input file"),
        "{help}"
    );
    let missing = run(&mut env.bare(), &["vm-pool", "status", "--input", "no-such-file.json"]);
    assert_eq!(missing.code, 1, "{}", missing.stderr);
    let broken = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(broken.path(), "{not json").unwrap();
    let r = run(
        &mut env.bare(),
        &["vm-pool", "status", "--input", broken.path().to_str().unwrap()],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
}

#[test]
fn no_subscription_says_what_works_without_az() {
    let env = Env::new();
    let r = run(
        env.bare().env("STANDBY_ACCESS_TOKEN", TOKEN),
        &["vm-pool", "status", "-g", "rg", "-n", "pool"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    for needle in [
        "--subscription",
        "AZURE_SUBSCRIPTION_ID",
        "without az",
        "az account set",
    ] {
        assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
    }
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

// ---- --input - at a terminal ------------------------------------------------------------------

fn have_tmux() -> bool {
    std::process::Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `standby ARGS` in a pseudo-terminal under its own tmux server; returns the
/// session's socket name and the file its exit code will be written to.
fn in_tmux(tag: &str, args: &str, dir: &Path) -> (String, std::path::PathBuf) {
    let socket = format!("standby-first-minute-{tag}-{}", std::process::id());
    let code = dir.join(format!("{tag}.code"));
    let script = format!(
        "cd '{}' && NO_COLOR=1 '{}' {args}; echo $? > '{}'; sleep 60",
        env!("CARGO_MANIFEST_DIR"),
        env!("CARGO_BIN_EXE_standby"),
        code.display()
    );
    let ok = std::process::Command::new("tmux")
        .args([
            "-L",
            &socket,
            "new-session",
            "-d",
            "-x",
            "100",
            "-y",
            "30",
            "bash",
            "-c",
            &script,
        ])
        .status()
        .unwrap();
    assert!(ok.success());
    (socket, code)
}

fn tmux(socket: &str, args: &[&str]) -> String {
    let out = std::process::Command::new("tmux")
        .args(["-L", socket])
        .args(args)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn wait_for(what: impl Fn() -> bool) -> bool {
    // Generous: other tests load the machine while this one waits.
    for _ in 0..400 {
        if what() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    false
}

#[test]
fn stdin_at_a_terminal_says_so_and_ctrl_c_ends_it_with_130() {
    if !have_tmux() {
        eprintln!("skipped: tmux is not installed (apt-get install tmux)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (socket, code) = in_tmux("ctrlc", "vm-pool status --input - -o table", dir.path());
    let screen = || tmux(&socket, &["capture-pane", "-p"]);
    assert!(
        wait_for(|| screen().contains("reading a response body from stdin (Ctrl-D to end)")),
        "{}",
        screen()
    );
    tmux(&socket, &["send-keys", "C-c"]);
    assert!(wait_for(|| code.exists()), "Ctrl-C did not end it:\n{}", screen());
    assert_eq!(std::fs::read_to_string(&code).unwrap().trim(), "130");
    tmux(&socket, &["kill-server"]);

    // Typed in and ended with Ctrl-D, the body renders.
    let (socket, code) = in_tmux("ctrld", "vm-pool status --input - -o table", dir.path());
    let screen = || tmux(&socket, &["capture-pane", "-p"]);
    assert!(wait_for(|| screen().contains("Ctrl-D to end")));
    tmux(
        &socket,
        &[
            "send-keys",
            "-l",
            r#"{"name": "typed", "properties": {"provisioningState": "Succeeded"}}"#,
        ],
    );
    tmux(&socket, &["send-keys", "Enter", "C-d"]);
    assert!(wait_for(|| code.exists()), "{}", screen());
    assert_eq!(std::fs::read_to_string(&code).unwrap().trim(), "0", "{}", screen());
    assert!(screen().contains("typed  standby VM pool"), "{}", screen());
    tmux(&socket, &["kill-server"]);
}

#[test]
fn stdin_from_a_pipe_is_read_silently() {
    let env = Env::new();
    let body =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/vmpool-status.json")).unwrap();
    let r = run(
        env.bare().write_stdin(body).args(["-o", "table"]),
        &["vm-pool", "status", "--input", "-"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    assert!(r.stdout.contains("Zone"));
}
