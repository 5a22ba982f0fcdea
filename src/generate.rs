//! Shell completions and man pages, generated from the clap definition.
//!
//! `standby completions SHELL`, `standby man DIR` and the drift test (tests/packaging/generated.rs) all go
//! through these functions, so the files committed under completions/ and man/ are exactly what
//! the code would produce.

mod root;

use anyhow::Context as _;
use clap::CommandFactory;
use clap_complete::Shell;
use clap_mangen::Man;
use roff::{Roff, bold, italic, roman};
use std::path::Path;

use crate::cli::Cli;

const BIN: &str = "standby";

/// The completion script for one shell.
pub fn completion(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), BIN, &mut buf);
    // Built from Rust strings, so always UTF-8; lossy only to avoid a panic path.
    String::from_utf8_lossy(&buf).into_owned()
}

/// Write one man page per visible command (git's layout: standby.1, standby-vm-pool.1,
/// standby-vm-pool-status.1, …) into `dir`, creating it if needed.
pub fn write_man_pages(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for (name, page) in man_pages()? {
        let path = dir.join(&name);
        std::fs::write(&path, page).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// Every man page as (file name, roff text).
pub fn man_pages() -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    // The `help` pseudo-command has nothing a man page could add.
    // The global options are hidden from clap's help (each `--help` ends with a compact
    // block instead), and clap_mangen would drop their descriptions: here they show.
    let mut root = Cli::command()
        .disable_help_subcommand(true)
        .mut_args(|a| a.hide_short_help(false).hide_long_help(false));
    root.build();
    let mut pages = Vec::new();
    collect(&root, true, &mut pages)?;
    Ok(pages)
}

fn collect(cmd: &clap::Command, is_root: bool, pages: &mut Vec<(String, Vec<u8>)>) -> anyhow::Result<()> {
    pages.push(page(cmd, is_root)?);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, false, pages)?;
    }
    Ok(())
}

fn page(cmd: &clap::Command, is_root: bool) -> anyhow::Result<(String, Vec<u8>)> {
    let examples = examples(cmd);
    // The examples get a section of their own below; clap_mangen would print after_help
    // verbatim under "EXTRA".
    let man = Man::new(cmd.clone().after_help(None::<&str>).after_long_help(None::<&str>));
    let name = man.get_filename();

    // Every piece below is rendered on its own and starts with the same preamble (the
    // definition of the apostrophe string); the page needs it once, at the top.
    let preamble = Roff::new().render();
    let mut out = preamble.clone().into_bytes();
    // Written by hand: clap_mangen drops the empty date argument, which shifts the version
    // and the manual's name into the wrong places of the header and footer. No date, so the
    // page only changes when the CLI does.
    out.extend_from_slice(
        format!(
            ".TH {} 1 \"\" \"standby {}\" \"User Commands\"\n",
            name.trim_end_matches(".1").to_uppercase(),
            env!("CARGO_PKG_VERSION")
        )
        .as_bytes(),
    );
    let mut add = |render: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| -> std::io::Result<()> {
        let mut buf = Vec::new();
        render(&mut buf)?;
        out.extend_from_slice(buf.strip_prefix(preamble.as_bytes()).unwrap_or(&buf));
        Ok(())
    };
    add(&|w| man.render_name_section(w))?;
    add(&|w| synopsis(cmd).to_writer(w))?;
    add(&|w| man.render_description_section(w))?;
    if is_root {
        add(&|w| root::description_details().to_writer(w))?;
    }
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        add(&|w| man.render_options_section(w))?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        add(&|w| man.render_subcommands_section(w))?;
    }

    let mut roff = Roff::new();
    if is_root {
        root::exit_status(&mut roff);
        root::environment(&mut roff);
        root::files(&mut roff);
    }
    if !examples.is_empty() {
        roff.control("SH", ["EXAMPLES"]);
        roff.control("nf", []);
        for line in &examples {
            roff.text([roman(line.as_str())]);
        }
        roff.control("fi", []);
    }
    see_also(&mut roff, cmd, is_root);
    add(&|w| roff.to_writer(w))?;
    Ok((name, out))
}

/// SYNOPSIS with the placeholders clap_mangen leaves out (`[--query JMESPATH]`, not
/// `[--query]`). A command whose usage names alternatives (`-g RG -n NAME | --ids ID... |
/// --input FILE`) shows them first, then the options not among them.
fn synopsis(cmd: &clap::Command) -> Roff {
    let name = cmd.get_bin_name().unwrap_or_else(|| cmd.get_name());
    let mut line = vec![bold(name)];
    let forms = cmd.get_overridden_usage().map(|u| {
        let u = u.to_string();
        let u = u.strip_prefix(name).unwrap_or(&u).trim().to_string();
        u.strip_suffix("[OPTIONS]").unwrap_or(&u).trim().to_string()
    });
    let in_forms = |arg: &clap::Arg| {
        let Some(forms) = &forms else { return false };
        let flags = [
            arg.get_long().map(|l| format!("--{l}")),
            arg.get_short().map(|s| format!("-{s}")),
        ];
        forms
            .split(|c: char| c.is_whitespace() || "()[]|".contains(c))
            .any(|token| flags.iter().flatten().any(|f| f == token))
    };
    if let Some(forms) = &forms {
        line.push(roman(format!(" {forms}")));
    }
    for arg in cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_positional() && !in_forms(a))
    {
        line.push(roman(" ["));
        match (arg.get_short(), arg.get_long()) {
            (Some(short), Some(long)) => {
                line.push(bold(format!("-{short}")));
                line.push(roman("|"));
                line.push(bold(format!("--{long}")));
            }
            (Some(short), None) => line.push(bold(format!("-{short}"))),
            (None, Some(long)) => line.push(bold(format!("--{long}"))),
            (None, None) => {}
        }
        if arg.get_action().takes_values() {
            line.push(roman(" "));
            line.push(italic(placeholder(arg)));
        }
        line.push(roman("]"));
    }
    for arg in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
        line.push(roman(" "));
        line.push(italic(placeholder(arg)));
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        line.push(roman(" "));
        line.push(italic("COMMAND"));
    }
    let mut roff = Roff::new();
    roff.control("SH", ["SYNOPSIS"]);
    roff.text(line);
    roff
}

/// `JMESPATH`, `ID...`, or the values themselves (`auto|always|never`) when they are few.
fn placeholder(arg: &clap::Arg) -> String {
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let mut text = match arg.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" "),
        None if !values.is_empty() && values.len() <= 4 => values.join("|"),
        None => arg.get_id().as_str().to_uppercase(),
    };
    if arg.get_num_args().is_some_and(|n| n.max_values() > 1) {
        text.push_str("...");
    }
    text
}

/// The indented lines under "Examples:" in a command's after_help, so `--help` and the man
/// page show the same examples from one source.
fn examples(cmd: &clap::Command) -> Vec<String> {
    let Some(text) = cmd.get_after_long_help().or_else(|| cmd.get_after_help()) else {
        return Vec::new();
    };
    text.to_string()
        .lines()
        .skip_while(|l| l.trim() != "Examples:")
        .skip(1)
        .take_while(|l| l.starts_with(char::is_whitespace) && !l.trim().is_empty())
        // A `\` continuation keeps its indent under the line it continues.
        .map(|l| l.strip_prefix("  ").unwrap_or(l).trim_end().to_string())
        .collect()
}

fn see_also(roff: &mut Roff, cmd: &clap::Command, is_root: bool) {
    roff.control("SH", ["SEE ALSO"]);
    let mut refs: Vec<String> = Vec::new();
    if !is_root {
        refs.push(format!("{BIN}(1)"));
    }
    let display = cmd.get_display_name().unwrap_or_else(|| cmd.get_name());
    refs.extend(
        cmd.get_subcommands()
            .filter(|s| !s.is_hide_set())
            .map(|s| format!("{display}-{}(1)", s.get_name())),
    );
    if is_root {
        refs.push("az(1)".to_string());
    }
    roff.text([roman(refs.join(", "))]);
}
