//! The committed completions/ and man/ must be what the code generates today.
//!
//! After changing the CLI, regenerate them with:
//!
//!     UPDATE_GENERATED=1 cargo test --test all generated
//!
//! The other tests here check that the generated files work: bash completes with the script,
//! `man` renders the pages, and the man page names every environment variable the code reads.

use crate::common::require::require;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// (value of `standby completions`, committed file name: each shell's own convention, so the
/// files can be dropped into the shell's completion directory as they are).
const SHELLS: &[(&str, &str)] = &[
    ("bash", "standby.bash"),
    ("zsh", "_standby"),
    ("fish", "standby.fish"),
    ("powershell", "_standby.ps1"),
    ("elvish", "standby.elv"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn standby(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_standby"))
        .args(args)
        // Generation must not depend on the machine's Azure setup.
        .env("AZURE_CONFIG_DIR", root().join("target/nonexistent-azure-config"))
        .output()
        .expect("running standby");
    assert!(
        out.status.success(),
        "standby {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GENERATED").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Compares one generated file with the committed one, or writes it when updating.
/// Returns a description of the difference, if any.
fn check(committed: &Path, generated: &[u8]) -> Option<String> {
    if updating() {
        std::fs::write(committed, generated).expect("writing generated file");
        return None;
    }
    match std::fs::read(committed) {
        Ok(old) if old == generated => None,
        Ok(old) => {
            let old = String::from_utf8_lossy(&old);
            let new = String::from_utf8_lossy(generated);
            let first = old
                .lines()
                .zip(new.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(old.lines().count().min(new.lines().count()));
            Some(format!(
                "{} differs from the code, first at line {}:\n  committed: {:?}\n  generated: {:?}",
                committed.display(),
                first + 1,
                old.lines().nth(first).unwrap_or("<end of file>"),
                new.lines().nth(first).unwrap_or("<end of file>"),
            ))
        }
        Err(e) => Some(format!("{} is missing ({e})", committed.display())),
    }
}

fn fail_on(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{}\n\nThe CLI changed: regenerate with `UPDATE_GENERATED=1 cargo test --test all generated` and commit the result.",
        problems.join("\n")
    );
}

#[test]
fn completions_match_the_code() {
    let dir = root().join("completions");
    if updating() {
        std::fs::create_dir_all(&dir).expect("creating completions/");
    }
    let problems = SHELLS
        .iter()
        .filter_map(|(shell, file)| check(&dir.join(file), &standby(&["completions", shell]).stdout))
        .collect();
    fail_on(problems);
}

#[test]
fn man_pages_match_the_code() {
    let fresh = tempfile::tempdir().expect("temp dir");
    standby(&["man", fresh.path().to_str().expect("utf-8 temp path")]);
    let dir = root().join("man");
    if updating() {
        std::fs::create_dir_all(&dir).expect("creating man/");
    }

    let generated = pages(fresh.path());
    let mut problems: Vec<String> = generated
        .iter()
        .filter_map(|name| {
            let text = std::fs::read(fresh.path().join(name)).expect("reading generated page");
            check(&dir.join(name), &text)
        })
        .collect();
    // A page for a command that no longer exists would be installed and lie.
    for stale in pages(&dir).difference(&generated) {
        if updating() {
            std::fs::remove_file(dir.join(stale)).expect("removing stale page");
        } else {
            problems.push(format!("man/{stale} is no longer generated"));
        }
    }
    assert!(generated.contains("standby.1"), "no standby.1 among {generated:?}");
    assert!(
        generated.contains("standby-vm-pool-status.1"),
        "no page per subcommand: {generated:?}"
    );
    fail_on(problems);
}

fn pages(dir: &Path) -> BTreeSet<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeSet::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".1"))
        .collect()
}

#[test]
fn every_command_has_examples_and_the_version_is_printed() {
    let out = standby(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("standby {}", env!("CARGO_PKG_VERSION"))
    );
    // One page per command, each with an EXAMPLES section drawn from its `--help`.
    let fresh = tempfile::tempdir().expect("temp dir");
    standby(&["man", fresh.path().to_str().expect("utf-8 temp path")]);
    for page in pages(fresh.path()) {
        let text = std::fs::read_to_string(fresh.path().join(&page)).expect("reading page");
        assert!(
            text.contains(".SH EXAMPLES"),
            "{page}: its command's --help has no \"Examples:\""
        );
    }
}

/// What bash's programmable completion offers for `line` (completing its last word, or a
/// new word when `line` ends with a space), using the committed script.
fn bash_complete(line: &str) -> Vec<String> {
    let script = r#"
source "$1" || exit 99
read -r -a COMP_WORDS <<< "$2"
case "$2" in *" ") COMP_WORDS+=("") ;; esac
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="$2"
COMP_POINT=${#COMP_LINE}
prev=""
(( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
_standby standby "${COMP_WORDS[COMP_CWORD]}" "$prev"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", script, "bash"])
        .arg(root().join("completions/standby.bash"))
        .arg(line)
        .output()
        .expect("running bash");
    assert!(
        out.status.success(),
        "bash failed completing {line:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
#[cfg_attr(windows, ignore = "`bash` may be the WSL launcher there, not a real bash")]
fn bash_completes_subcommands_flags_and_values() {
    if require("bash", "bash").is_none() {
        return;
    }
    let cases: &[(&str, &[&str])] = &[
        ("standby vm-pool st", &["status"]),
        ("standby vm", &["vm", "vm-pool", "vmss"]),
        ("standby vm-pool status --col", &["--color"]),
        ("standby vm-pool status --color ", &["auto", "always", "never"]),
        ("standby vm-pool status -o ", &["json", "table"]),
        (
            "standby vm-pool status --cloud ",
            &["AzureCloud", "AzureChinaCloud", "AzureUSGovernment"],
        ),
        (
            "standby vm-pool status --auth ",
            &["auto", "token", "service-principal", "cli"],
        ),
        ("standby completions ", &["bash", "zsh", "fish", "powershell", "elvish"]),
    ];
    for (line, expected) in cases {
        let offered = bash_complete(line);
        for want in *expected {
            assert!(
                offered.iter().any(|o| o == want),
                "`{line}<TAB>` offered {offered:?}, without {want:?}"
            );
        }
    }
    assert_eq!(
        bash_complete("standby vm-pool st"),
        ["status"],
        "only `status` starts with st"
    );
}

#[test]
#[cfg_attr(windows, ignore = "Windows has no man; --help carries the same text")]
fn man_pages_render() {
    if require("man", "man-db").is_none() {
        return;
    }
    let dir = root().join("man");
    let all = pages(&dir);
    assert!(!all.is_empty(), "no pages in man/");
    for page in all {
        let out = Command::new("man")
            .arg("-l")
            .arg(dir.join(&page))
            .env("MANPAGER", "cat")
            .env("MANWIDTH", "80")
            .env("LC_ALL", "C.UTF-8")
            .output()
            .expect("running man");
        let text = String::from_utf8_lossy(&out.stdout);
        let errors = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "man -l man/{page} failed: {errors}");
        assert!(errors.trim().is_empty(), "man -l man/{page} warned: {errors}");
        // EXAMPLES comes from the command's `--help` examples: every command must have some.
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "EXAMPLES", "SEE ALSO"] {
            assert!(text.contains(section), "man/{page} has no {section} section:\n{text}");
        }
        if page == "standby.1" {
            for section in [
                "OPTIONS",
                "EXIT STATUS",
                "ENVIRONMENT",
                "FILES",
                "EXAMPLES",
                "azureProfile.json",
            ] {
                assert!(text.contains(section), "man/standby.1 lacks {section}:\n{text}");
            }
        }
    }
}

/// Every `env.get("NAME")`, `var("NAME")` and `env = "NAME"` in src/ must be explained in
/// the man page's ENVIRONMENT section: users read the man page, not context/.
#[test]
fn man_page_names_every_environment_variable_the_code_reads() {
    // The freshly generated page, so this holds while UPDATE_GENERATED rewrites man/ in parallel.
    let fresh = tempfile::tempdir().expect("temp dir");
    standby(&["man", fresh.path().to_str().expect("utf-8 temp path")]);
    let page = std::fs::read_to_string(fresh.path().join("standby.1")).expect("reading standby.1");
    let environment = page
        .split(".SH ENVIRONMENT")
        .nth(1)
        .and_then(|rest| rest.split(".SH ").next())
        .expect("man/standby.1 has an ENVIRONMENT section");
    let mut read = BTreeSet::new();
    for file in rust_files(&root().join("src")) {
        let code = std::fs::read_to_string(&file).expect("reading source");
        // Unit tests set variables; only what the program itself reads counts.
        let code = code.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
        for opener in ["get(\"", "var(\"", "var_os(\"", "env = \""] {
            for (at, _) in code.match_indices(opener) {
                let name: String = code[at + opener.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                let closed = code[at + opener.len() + name.len()..].starts_with('"');
                if closed && name.len() > 1 && name.contains(|c: char| c.is_ascii_uppercase()) {
                    read.insert(name);
                }
            }
        }
    }
    assert!(
        read.contains("STANDBY_ARM_ENDPOINT"),
        "the scan found nothing: {read:?}"
    );
    let missing: Vec<_> = read
        .iter()
        .filter(|name| !environment.contains(&name.replace('_', "\\_")) && !environment.contains(name.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "the code reads {missing:?}, which man/standby.1's ENVIRONMENT section does not explain (src/generate.rs)"
    );
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("reading src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The exit codes' table in the README and docs/scripting.md is written from
/// `exit::Code`, between two markers, as the help's and the man page's are.
#[test]
fn the_exit_code_tables_in_the_docs_match_the_code() {
    const BEGIN: &str =
        "<!-- exit codes: written from src/exit.rs by UPDATE_GENERATED=1 cargo test --test all generated -->\n";
    const END: &str = "<!-- end of exit codes -->\n";
    let mut problems = Vec::new();
    for file in ["README.md", "docs/scripting.md"] {
        let path = root().join(file);
        let text = std::fs::read_to_string(&path).expect("reading the page");
        let (Some(start), Some(end)) = (text.find(BEGIN), text.find(END)) else {
            problems.push(format!("{file} has no exit-code table between the markers"));
            continue;
        };
        let start = start + BEGIN.len();
        let written = format!("{}{}{}", &text[..start], standby::exit::markdown(), &text[end..]);
        problems.extend(check(&path, written.as_bytes()));
    }
    fail_on(problems);
}
