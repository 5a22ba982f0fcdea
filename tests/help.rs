//! The first minute at a terminal, part two: help that helps, every example in `--help`,
//! the README and `docs/` run as written, and `--input -` at a real terminal (tmux).

use crate::common;

use common::{Env, FakeArm, FleetPool, SUBSCRIPTION, TOKEN, run};
use std::path::Path;

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
    &["vm-pool", "members"],
    &["vm-pool", "watch"],
    &["vm-pool", "wait"],
    &["container-pool", "watch"],
    &["container-pool", "wait"],
    &["fleet", "status"],
    &["exporter"],
    &["auth", "status"],
    &["auth", "clear"],
    &["completions"],
    &["man"],
];

/// The fake ARM with the subscriptions and pools that the examples name, so that
/// `fleet status --subscription Prod` finds something.
fn fake_for_examples() -> FakeArm {
    let fake = FakeArm::start();
    fake.graph().set_subscriptions(&[
        (SUBSCRIPTION, "Prod"),
        ("11111111-aaaa-4aaa-8aaa-000000000002", "Staging"),
    ]);
    fake.graph().set_pools(vec![
        FleetPool::vm(SUBSCRIPTION, "my-rg", "my-pool"),
        FleetPool::container(SUBSCRIPTION, "my-rg", "my-cg-pool").counts(2, 4, 0),
    ]);
    fake
}

/// The lines under "Examples:", each example on one line: `\` continuations (and any
/// line that help wrapped) joined again.
fn examples(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut continued = false;
    for line in text
        .lines()
        .skip_while(|l| l.trim() != "Examples:")
        .skip(1)
        .take_while(|l| l.starts_with("  "))
    {
        let part = line.trim();
        let joined = part.strip_suffix('\\').map(str::trim_end).unwrap_or(part);
        match out.last_mut() {
            Some(last) if continued || !part.starts_with("standby ") => {
                last.push(' ');
                last.push_str(joined);
            }
            _ => out.push(joined.to_string()),
        }
        continued = part.ends_with('\\');
    }
    out
}

#[test]
fn own_options_first_then_the_global_ones() {
    let text = help(&["vm-pool", "status"]);
    assert!(
        text.contains(
            "Usage: standby vm-pool status (-g RG -n NAME | --ids ID... | --input FILE) [--version VIEW] [OPTIONS]"
        ),
        "{text}"
    );
    let own = text.find("--resource-group").unwrap();
    let global = text.find("Global options (").unwrap();
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
        // Only the pool's runtime view (status, and watch, which follows it) has one.
        if matches!(leaf.last(), Some(&("show" | "list" | "instance-view"))) {
            assert!(!text.contains("instanceCountSummary"), "{own}:\n{text}");
        }
    }
}

// ---- help that fits --------------------------------------------------------------------------

/// `standby ARGS FLAG` at a terminal of `columns` columns.
fn help_at(args: &[&str], flag: &str, columns: usize) -> String {
    let env = Env::new();
    let flags: &[&str] = if flag.is_empty() { &[] } else { &[flag] };
    let r = run(env.bare().env("COLUMNS", columns.to_string()), &[args, flags].concat());
    assert_eq!(r.code, 0, "{args:?} {flag}: {}", r.stderr);
    r.stdout
}

/// The command groups, as typed (the root is `&[]`).
const GROUPS: &[&[&str]] = &[
    &[],
    &["vm-pool"],
    &["container-pool"],
    &["vm"],
    &["vmss"],
    &["container"],
    &["auth"],
    &["fleet"],
];

fn every_command() -> impl Iterator<Item = &'static [&'static str]> {
    GROUPS.iter().chain(LEAVES).copied()
}

/// The global options' flags as a help line starts with them: `-o, --output`, `--query`.
fn global_flags() -> Vec<String> {
    use clap::CommandFactory;
    let cmd = standby::cli::Cli::command();
    let flags: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| match a.get_short() {
            Some(s) => format!("-{s}, --{}", a.get_long().unwrap()),
            None => format!("--{}", a.get_long().unwrap()),
        })
        .collect();
    assert!(flags.len() >= 10, "{flags:?}");
    flags
}

/// A line of an options list (clap's or the globals block) for `flag`; an example's
/// continuation line (four spaces, then `--query …`) is not one.
fn is_flag_line(line: &str, flag: &str) -> bool {
    if !(line.starts_with("  -") || line.starts_with("      --")) {
        return false;
    }
    let rest = line.trim_start();
    rest.strip_prefix(flag)
        .is_some_and(|after| after.is_empty() || after.starts_with([' ', '=']))
}

#[test]
fn short_help_fits_a_screen_and_leaves_the_global_options_out() {
    let globals = global_flags();
    for cmd in every_command() {
        let text = help_at(cmd, "-h", 80);
        let lines = text.lines().count();
        assert!(lines <= 40, "standby {} -h: {lines} lines:\n{text}", cmd.join(" "));
        assert!(!text.contains("Global options"), "{cmd:?}:\n{text}");
        for line in text.lines() {
            // `wait` has a --timeout of its own (the deadline), which shadows the global one.
            for flag in globals
                .iter()
                .filter(|f| !(cmd.ends_with(&["wait"]) && *f == "--timeout"))
            {
                assert!(!is_flag_line(line, flag), "{cmd:?} -h shows {flag}:\n{text}");
            }
        }
        let ex = examples(&text);
        assert!(
            (1..=4).contains(&ex.len()),
            "{cmd:?} -h: {} examples:\n{text}",
            ex.len()
        );
        // What -h shows, --help shows too (so the run-every-example test covers both).
        let all = examples(&help_at(cmd, "--help", 80));
        for e in &ex {
            assert!(all.contains(e), "{cmd:?}: `{e}` is in -h only");
        }
    }
}

#[test]
fn long_help_lists_the_global_options_once_at_the_end() {
    let globals = global_flags();
    let block = standby::cli::globals_block();
    for cmd in every_command() {
        let text = help_at(cmd, "--help", 80);
        assert_eq!(text.matches("Global options (").count(), 1, "{cmd:?}:\n{text}");
        // Verbatim: every line of the block fits, so help does not wrap it again. (On
        // `wait`, whose own --timeout shadows the global one, without that entry.)
        if !cmd.ends_with(&["wait"]) {
            assert!(text.contains(&block), "{cmd:?}:\n{text}");
        }
        let at = text.find("Global options (").unwrap();
        assert!(text.find("Examples:").is_none_or(|e| e < at), "{cmd:?}:\n{text}");
        for flag in &globals {
            let n = text.lines().filter(|l| is_flag_line(l, flag)).count();
            assert_eq!(n, 1, "{cmd:?} --help lists {flag} {n} times:\n{text}");
        }
    }
    // In full, once, on a page of their own (and in the man page).
    let full = help_at(&["help", "globals"], "", 80);
    for flag in &globals {
        assert!(full.lines().any(|l| is_flag_line(l, flag)), "{flag}:\n{full}");
    }
    assert!(full.contains("Possible values:"), "{full}");
    // Typed as a command, the same page.
    assert_eq!(help_at(&["globals"], "", 80), full);
}

#[test]
fn examples_are_never_wrapped_mid_command() {
    for cmd in every_command() {
        for flag in ["-h", "--help"] {
            let text = help_at(cmd, flag, 80);
            let lines: Vec<&str> = text
                .lines()
                .skip_while(|l| l.trim() != "Examples:")
                .skip(1)
                .take_while(|l| l.starts_with("  "))
                .collect();
            assert!(!lines.is_empty(), "{cmd:?} {flag}: no examples");
            for (i, line) in lines.iter().enumerate() {
                let width = line.chars().count();
                assert!(
                    width <= 80 || line.ends_with(" \\"),
                    "{cmd:?} {flag}: {width} columns:\n{line}"
                );
                let continues = i > 0 && lines[i - 1].ends_with(" \\");
                assert!(
                    line.starts_with("  standby ") || (continues && line.starts_with("    ")),
                    "{cmd:?} {flag}: a wrapped example:\n{}",
                    lines.join("\n")
                );
            }
        }
    }
}

#[test]
fn the_exit_code_table_is_exit_code() {
    use standby::exit::Code;
    let text = help_at(&[], "--help", 80);
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| l.trim() != "Exit codes:")
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert_eq!(table.len(), Code::ALL.len(), "{text}");
    let column = table[0].find(Code::ALL[0].summary()).unwrap();
    for (line, code) in table.iter().zip(Code::ALL) {
        let number = line.split_whitespace().next().unwrap();
        assert_eq!(number, (code as u8).to_string(), "{line}");
        assert_eq!(&line[column..], code.summary(), "not aligned: {line:?}");
    }
    // The command groups' and leaves' --help leave it to the root's.
    assert!(!help_at(&["vm-pool", "status"], "--help", 80).contains("Exit codes:"));
}

#[test]
fn help_says_what_the_exporter_needs_how_watch_quits_and_what_wait_refuses() {
    let exporter = help_at(&["exporter"], "--help", 80);
    for words in [
        "Reader on the subscriptions or resource groups",
        "Resource Graph",
        "managed identity",
        "service principal",
        "standby_pool_",
        "standby_exporter_",
        "\"Prometheus exporter\"",
    ] {
        assert!(exporter.contains(words), "exporter --help lacks {words:?}:\n{exporter}");
    }
    for pool in ["vm-pool", "container-pool"] {
        let watch = help_at(&[pool, "watch"], "--help", 80).replace('\n', " ");
        assert!(watch.contains("q, Esc or Ctrl-C quits"), "{watch}");
        assert!(watch.contains("printed only for a poll whose view changed"), "{watch}");
        let wait = help_at(&[pool, "wait"], "--help", 80).replace('\n', " ");
        assert!(wait.contains("--ready above the pool's size (maxReadyCapacity) can never be met: it is refused with exit 2 once the pool is read"), "{wait}");
    }
}

#[test]
fn short_help_snapshots() {
    for (name, cmd) in [
        ("root", &[][..]),
        ("vm_pool_status", &["vm-pool", "status"][..]),
        ("vm_pool_wait", &["vm-pool", "wait"][..]),
        ("exporter", &["exporter"][..]),
    ] {
        insta::assert_snapshot!(format!("help_{name}_80"), help_at(cmd, "-h", 80));
    }
}

/// Longer than any example that ends by itself takes against the fake.
const SHELL_LIMIT: &str = "20";

/// `watch` without `--count` and the exporter serve until they are stopped; such an
/// example passes when it is still running, having printed, after a few seconds.
fn runs_until_interrupted(line: &str) -> bool {
    ((line.contains(" watch ") || line.contains(" --follow")) && !line.contains("--count")) || is_exporter(line)
}

/// `standby exporter …`, or the demo's `standby --demo exporter …`.
fn is_exporter(line: &str) -> bool {
    line.starts_with("standby exporter") || line.starts_with("standby --demo exporter")
}

fn shell(env: &Env, fake: &FakeArm, line: &str) -> common::Run {
    shell_for(env, fake, line, SHELL_LIMIT)
}

/// Runs a line as a shell would, with `standby` on PATH, against the fake ARM, for at
/// most `limit` seconds (then exit 124, as timeout(1) says).
fn shell_for(env: &Env, fake: &FakeArm, line: &str, limit: &str) -> common::Run {
    // The fake gives a pool members when its name says how many (tests/common/members.rs).
    let line = &if line.contains("vm-pool members") {
        line.replace("-n my-pool", "-n members-12")
    } else if is_exporter(line) {
        // Any free port: examples run side by side, and 9775 may be taken on this machine.
        let line = line.replace("0.0.0.0:9775", "127.0.0.1:0");
        if line.contains("--listen") {
            line
        } else {
            format!("{line} --listen 127.0.0.1:0")
        }
    } else {
        line.to_string()
    };
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
    // Bounded, so that an example that runs until interrupted cannot hang the suite.
    let out = std::process::Command::new("timeout")
        .args([limit, "/bin/sh", "-c", line])
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
        .env("STANDBY_LOGS_ENDPOINT", &fake.url)
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
    let fake = fake_for_examples();
    let env = Env::new();
    let mut all: Vec<String> = examples(&help(&[]));
    for leaf in LEAVES {
        all.extend(examples(&help(leaf)));
    }
    for group in ["vm-pool", "container-pool", "vm", "vmss", "container", "fleet", "auth"] {
        all.extend(examples(&help(&[group])));
    }
    assert!(all.len() > 20, "{all:?}");
    for line in &all {
        if runs_until_interrupted(line) {
            let r = shell_for(&env, &fake, line, "3");
            assert_eq!(r.code, 124, "`{line}` ended by itself: {}", r.stderr);
            // A pipe's last command may hold its output in a buffer when it is stopped;
            // the exporter logs on stderr.
            assert!(
                line.contains('|') || !r.stdout.is_empty() || r.stderr.contains("listening"),
                "`{line}` printed nothing: {}",
                r.stderr
            );
            continue;
        }
        let r = shell(&env, &fake, line);
        assert_eq!(r.code, 0, "`{line}` failed: {}", r.stderr);
    }
}

/// Commands in a page's code blocks (the README's, or one in `docs/`): `standby …` (a `$ `
/// prompt is dropped, `\` continuations joined) and `cargo run -- …` (run as the built
/// binary), each with the output the page shows after it, if any.
fn page_examples(page: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(page))
        .unwrap_or_else(|e| panic!("reading {page}: {e}"));
    let mut out: Vec<(String, String)> = Vec::new();
    let mut in_block = false;
    // A ```text block is a picture of a screen, not commands to run.
    let mut picture = false;
    let mut lines = text.lines().peekable();
    let mut current: Option<(String, String)> = None;
    while let Some(line) = lines.next() {
        if line.starts_with("```") {
            in_block = !in_block;
            picture = in_block && line == "```text";
            out.extend(current.take());
            continue;
        }
        if !in_block || picture {
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
    let examples = page_examples("README.md");
    assert!(examples.len() >= 12, "{examples:?}");
    examples_run_and_print_what_they_claim("README.md", &examples);
}

/// The detail the README points to: the examples moved there from the README are held
/// to the same standard.
#[test]
fn every_docs_example_runs_and_prints_what_it_claims() {
    let mut pages: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".md"))
        .map(|n| format!("docs/{n}"))
        .collect();
    pages.sort();
    let mut count = 0;
    for page in &pages {
        let examples = page_examples(page);
        count += examples.len();
        examples_run_and_print_what_they_claim(page, &examples);
    }
    assert!(count >= 30, "only {count} examples in {pages:?}");
}

fn examples_run_and_print_what_they_claim(page: &str, examples: &[(String, String)]) {
    let fake = fake_for_examples();
    let env = Env::new();
    for (line, claimed) in examples {
        if runs_until_interrupted(line) {
            // What it prints is checked in live (the jq example) and exporter.
            let r = shell_for(&env, &fake, line, "3");
            assert_eq!(r.code, 124, "{page}: `{line}` ended by itself: {}", r.stderr);
            continue;
        }
        let r = shell(&env, &fake, line);
        // The bad --query example is about its error, and exits 2 on purpose.
        let expect: &[i32] = if line.contains("instanceCountSummary[.zone") {
            &[2]
        } else if line.contains(" wait ") && line.contains("--timeout 0") {
            // Checked once: 4 is its documented answer for a pool that is not ready yet.
            &[0, 4]
        } else {
            &[0]
        };
        assert!(
            expect.contains(&r.code),
            "{page}: `{line}` exited {}: {}",
            r.code,
            r.stderr
        );
        // Outputs shortened with … on the page are checked by their other lines' tests.
        if !claimed.is_empty() && !claimed.contains('…') {
            let got = format!("{}{}", r.stdout, r.stderr);
            assert_eq!(got.trim_end(), claimed, "{page}: `{line}` prints something else");
        }
    }
}

// ---- --input - at a terminal ------------------------------------------------------------------

/// Runs `standby ARGS` in a pseudo-terminal under its own tmux server; returns the
/// session's socket name and the file its exit code will be written to.
fn in_tmux(tag: &str, args: &str, dir: &Path) -> (String, std::path::PathBuf) {
    let socket = format!("standby-first-minute-{tag}-{}", std::process::id());
    let code = dir.join(format!("{tag}.code"));
    let script = format!(
        // Written whole, then moved into place: the test reads the file as soon as it exists.
        "cd '{}' && NO_COLOR=1 '{}' {args}; echo $? > '{code}.part'; mv '{code}.part' '{code}'; sleep 60",
        env!("CARGO_MANIFEST_DIR"),
        env!("CARGO_BIN_EXE_standby"),
        code = code.display()
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
    if common::require("tmux", "tmux").is_none() {
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
            r#"{"name": "typed", "type": "Microsoft.StandbyPool/standbyVirtualMachinePools/runtimeViews", "properties": {"provisioningState": "Succeeded"}}"#,
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
