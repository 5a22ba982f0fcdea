//! The package definitions must install every completion script and man page. The .deb is
//! installed for real by packaging/test-packages.sh (in .ci/run); Homebrew cannot run here,
//! so its formula is read: its install block must name each file, and its test block check
//! for them.

mod generated;

use crate::common::require::require;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

fn man_pages() -> Vec<String> {
    let mut pages: Vec<String> = std::fs::read_dir(root().join("man"))
        .expect("reading man/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".1"))
        .collect();
    pages.sort();
    pages
}

#[test]
fn homebrew_formula_installs_the_binary_completions_and_man_pages() {
    let formula = read("packaging/homebrew/standby.rb");
    let install = formula
        .split("def install")
        .nth(1)
        .and_then(|rest| rest.split("test do").next())
        .expect("the formula has an install block before its test block");
    for line in [
        r#"bin.install "standby""#,
        // Homebrew runs `standby completions bash`, `… zsh` and `… fish` and installs the output.
        r#"generate_completions_from_executable(bin/"standby", "completions")"#,
        // A glob: pages of commands added later are installed without editing the formula.
        r#"man1.install Dir["man/*.1"]"#,
    ] {
        assert!(install.contains(line), "the formula's install block lacks {line}");
    }
    assert!(
        !install.contains("shells:"),
        "the formula narrows the shells; the test block below expects bash, zsh and fish"
    );
    assert!(
        !man_pages().is_empty(),
        "no pages in man/ for the formula's glob to install"
    );

    let test = formula.split("test do").nth(1).expect("the formula has a test block");
    for check in [
        r##"shell_output("#{bin}/standby --version")"##,
        r#"assert_path_exists bash_completion/"standby""#,
        r#"assert_path_exists zsh_completion/"_standby""#,
        r#"assert_path_exists fish_completion/"standby.fish""#,
        r#"assert_path_exists man1/"standby.1""#,
        r#"assert_path_exists man1/"standby-vm-pool-status.1""#,
    ] {
        assert!(test.contains(check), "the formula's test block lacks {check}");
    }
    assert!(
        man_pages().contains(&"standby-vm-pool-status.1".to_string()),
        "the formula's test block checks for a page that man/ no longer has"
    );
}

#[test]
fn homebrew_formula_placeholders_are_all_filled_by_the_release() {
    let formula = read("packaging/homebrew/standby.rb");
    let workflow = read(".github/workflows/publish-homebrew.yml");
    let dist = read("dist-workspace.toml");
    let targets: Vec<&str> = formula
        .split("@SHA256_")
        .skip(1)
        .filter_map(|rest| rest.split('@').next())
        // The header comment names the pattern as @SHA256_<target>@.
        .filter(|target| !target.starts_with('<'))
        .collect();
    assert_eq!(
        targets.len(),
        4,
        "one checksum per macOS and Linux archive: {targets:?}"
    );
    for target in targets {
        assert!(
            formula.contains(&format!("/azure-standby-{target}.tar.xz")),
            "no url for {target}"
        );
        assert!(
            dist.contains(&format!("\"{target}\"")),
            "dist builds no archive for {target}"
        );
        assert!(
            workflow.contains(target),
            "publish-homebrew.yml does not fill in the checksum of {target}"
        );
    }
    assert!(formula.contains(r#"version "@VERSION@""#) && workflow.contains("@VERSION@"));
    assert!(
        dist.contains(r#"publish-jobs = ["./publish-homebrew"]"#),
        "the release does not run publish-homebrew.yml"
    );
}

#[test]
fn homebrew_formula_is_valid_ruby() {
    let Some(ruby) = require("ruby", "ruby") else {
        return;
    };
    let out = Command::new(ruby)
        .arg("-c")
        .arg(root().join("packaging/homebrew/standby.rb"))
        .output()
        .expect("running ruby -c");
    assert!(
        out.status.success(),
        "ruby -c rejects the formula: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn deb_and_rpm_install_the_completions_every_man_page_and_the_examples() {
    let manifest = read("Cargo.toml");
    let section = |name: &str| -> String {
        let start = manifest
            .find(&format!("[package.metadata.{name}]"))
            .unwrap_or_else(|| panic!("Cargo.toml has no [package.metadata.{name}]"));
        let rest = &manifest[start + 1..];
        rest[..rest.find("\n[").unwrap_or(rest.len())].to_string()
    };
    let deb = section("deb");
    for asset in [
        r#"["completions/standby.bash", "usr/share/bash-completion/completions/standby", "644"]"#,
        r#"["completions/_standby", "usr/share/zsh/vendor-completions/_standby", "644"]"#,
        r#"["completions/standby.fish", "usr/share/fish/vendor_completions.d/standby.fish", "644"]"#,
        r#"["man/*.1", "usr/share/man/man1/", "644"]"#,
    ] {
        assert!(deb.contains(asset), "[package.metadata.deb] lacks {asset}");
    }
    let rpm = section("generate-rpm");
    for (source, dest) in [
        (
            "completions/standby.bash",
            "/usr/share/bash-completion/completions/standby",
        ),
        ("completions/_standby", "/usr/share/zsh/site-functions/_standby"),
        (
            "completions/standby.fish",
            "/usr/share/fish/vendor_completions.d/standby.fish",
        ),
        ("target/pkg/man/*.1.gz", "/usr/share/man/man1/"),
    ] {
        assert!(
            rpm.contains(&format!(r#"source = "{source}", dest = "{dest}""#)),
            "[package.metadata.generate-rpm] lacks {source} -> {dest}"
        );
    }
    for file in [
        "completions/standby.bash",
        "completions/_standby",
        "completions/standby.fish",
    ] {
        assert!(root().join(file).is_file(), "{file} is packaged but missing");
    }

    // The examples in the package's doc directory: the saved responses for --input and
    // the monitoring files (dashboard, alert rules), readable by everyone.
    for asset in [
        r#"["examples/*.json", "usr/share/doc/azure-standby/examples/", "644"]"#,
        r#"["examples/monitoring/*", "usr/share/doc/azure-standby/examples/monitoring/", "644"]"#,
    ] {
        assert!(deb.contains(asset), "[package.metadata.deb] lacks {asset}");
    }
    for (source, dest) in [
        ("examples/*.json", "/usr/share/doc/azure-standby/examples/"),
        (
            "examples/monitoring/*",
            "/usr/share/doc/azure-standby/examples/monitoring/",
        ),
    ] {
        assert!(
            rpm.contains(&format!(r#"source = "{source}", dest = "{dest}", mode = "644""#)),
            "[package.metadata.generate-rpm] lacks {source} -> {dest} (mode 644)"
        );
    }
    let examples = |dir: &str, ext: Option<&str>| -> Vec<String> {
        std::fs::read_dir(root().join(dir))
            .unwrap_or_else(|e| panic!("reading {dir}: {e}"))
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_file())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| ext.is_none_or(|x| n.ends_with(x)))
            .collect()
    };
    assert!(
        !examples("examples", Some(".json")).is_empty(),
        "no examples/*.json to package"
    );
    assert!(
        !examples("examples/monitoring", None).is_empty(),
        "no examples/monitoring/* to package"
    );
    // packaging/test-packages.sh expects the same files installed, by the same globs.
    let script = read("packaging/test-packages.sh");
    assert!(
        script.contains("for example in examples/*.json examples/monitoring/*; do"),
        "packaging/test-packages.sh does not expect the examples the packages install"
    );
    for doc in ["README.md", "docs/install.md", "docs/commands.md"] {
        assert!(
            read(doc).contains("/usr/share/doc/azure-standby/examples/"),
            "{doc} does not say where the packages install the examples"
        );
    }
}

/// CI installs every Debian package a test asks for with `require(program, package)`,
/// so that under CI=true none of them fails for want of it. The benchmarks (benches/) run
/// by hand only, and what they need is not installed.
#[test]
fn ci_installs_every_package_the_tests_require() {
    let listed: BTreeSet<String> = read(".ci/apt-packages")
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let mut required = BTreeSet::new();
    for name in rust_files("tests") {
        let code = read(&name);
        for call in code.split("require(\"").skip(1) {
            // require(PROGRAM, PACKAGE), both string literals
            let package = call
                .split('"')
                .nth(2)
                .unwrap_or_else(|| panic!("{name}: a require( call without a package: {call:.60}"));
            required.insert(package.to_string());
        }
    }
    assert!(
        required.contains("prometheus"),
        "found no require() calls: {required:?}"
    );
    let missing: Vec<_> = required.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "tests require the Debian packages {missing:?}, which .ci/apt-packages does not list"
    );
}

/// `standby` on crates.io is another project's: the crate and the Linux packages are
/// azure-standby, the command and the library's Rust name are standby, and every
/// `cargo install` the README shows is --locked.
#[test]
fn the_crate_is_azure_standby_and_the_command_standby() {
    let manifest = read("Cargo.toml");
    assert!(manifest.contains("[package]\n") && manifest.contains("\nname = \"azure-standby\"\n"));
    assert!(
        manifest.contains("[lib]\nname = \"standby\"\n"),
        "the library is not `standby`"
    );
    assert!(
        manifest.contains("[[bin]]\nname = \"standby\"\n"),
        "the binary is not `standby`"
    );
    let readme = read("README.md");
    assert!(readme.contains("cargo install --locked azure-standby\n"));
    for line in readme.lines().filter(|l| l.contains("cargo install ")) {
        for call in line.split("cargo install ").skip(1) {
            assert!(
                call.starts_with("--locked"),
                "README: an install without --locked: {line}"
            );
        }
    }
    let script = read("packaging/test-packages.sh");
    assert!(
        script.contains("\npkg=azure-standby\n"),
        "packaging/test-packages.sh tries another package"
    );
}

/// The `.rs` files under `dir` (relative to the checkout), at any depth.
fn rust_files(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_string()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(root().join(&d)).unwrap_or_else(|e| panic!("reading {d}: {e}")) {
            let entry = entry.unwrap();
            let name = format!("{d}/{}", entry.file_name().to_string_lossy());
            if entry.file_type().unwrap().is_dir() {
                todo.push(name);
            } else if name.ends_with(".rs") {
                out.push(name);
            }
        }
    }
    out
}
