//! Shell completions and man pages, generated from the clap definition.
//!
//! `standby completions SHELL`, `standby man DIR` and the drift test (tests/packaging/generated.rs) all go
//! through these functions, so the files committed under completions/ and man/ are exactly what
//! the code would produce.

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
        add(&|w| description_details().to_writer(w))?;
    }
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        add(&|w| man.render_options_section(w))?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        add(&|w| man.render_subcommands_section(w))?;
    }

    let mut roff = Roff::new();
    if is_root {
        exit_status(&mut roff);
        environment(&mut roff);
        files(&mut roff);
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

fn paragraph(roff: &mut Roff, text: &str) {
    roff.control("PP", []);
    roff.text([roman(text)]);
}

/// Tagged paragraph: a bold term, then its explanation indented.
fn item(roff: &mut Roff, term: &str, text: &str) {
    roff.control("TP", []);
    roff.text([bold(term)]);
    roff.text([roman(text)]);
}

fn description_details() -> Roff {
    let mut roff = Roff::new();
    paragraph(
        &mut roff,
        "standby reads Azure standby pools (for virtual machine scale sets and for container groups) and the \
         resources around them through Azure Resource Manager, and prints them the way the Azure CLI's standby-pool \
         extension does: JSON shaped like az's, or tables of instance counts per zone and state.",
    );
    paragraph(
        &mut roff,
        "Credentials come from the first source that is configured (see --auth and ENVIRONMENT): a bearer token, \
         a service principal, workload identity, the host's managed identity, then the logins of az and azd. The \
         subscription comes from --subscription, then AZURE_SUBSCRIPTION_ID, then az's default subscription.",
    );
    paragraph(
        &mut roff,
        "Every command can render a saved ARM response body with --input instead of calling Azure.",
    );
    paragraph(
        &mut roff,
        "A status table also reads the pool resource and shows ready capacity against its target: Ready 8 of 10 \
         (min 5), where ready means instances in the state the pool keeps them in (its virtualMachineState; any of \
         Running, Deallocated and Hibernated for Mix; Running for container group pools). The known states are \
         always columns; when the full names do not fit the width they are abbreviated (Dealloc'd, then Deal'd) \
         and a key under the table says what they stand for.",
    );
    paragraph(
        &mut roff,
        &format!(
            "The Standby pool column of the VM and container group tables says where an instance stands: {}.",
            crate::render::style::MEMBERSHIP_LEGEND
        ),
    );
    roff
}

fn exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for code in crate::exit::Code::ALL {
        item(roff, &(code as u8).to_string(), code.description());
    }
}

/// The man page's ENVIRONMENT entries: variable, then what it does. Kept in step with
/// what context/ reads: tests/packaging/generated.rs fails when the code reads a variable
/// that is not listed here.
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "STANDBY_OUTPUT",
        "Output format when -o is not given and stdout is not a terminal (one of the values of --output). \
         On a terminal the default is table.",
    ),
    (
        "AZURE_CORE_OUTPUT",
        "az's default output format, used after STANDBY_OUTPUT and before output in [core] of az's config.",
    ),
    (
        "STANDBY_ARM_ENDPOINT",
        "Base URL of Azure Resource Manager (https only). Overrides the cloud's endpoint.",
    ),
    (
        "STANDBY_DEMO",
        "Set to 1 (or any value but 0, false, no, off) for --demo: a simulated Azure answered inside the \
         process, with no login and no network; STANDBY_ARM_ENDPOINT, AZURE_SUBSCRIPTION_ID and az's default \
         subscription are then ignored.",
    ),
    (
        "STANDBY_ACCESS_TOKEN",
        "A bearer token for Azure Resource Manager, used as is (--auth token; tried first by --auth auto).",
    ),
    (
        "AZURE_SUBSCRIPTION_ID",
        "Subscription to use when --subscription is not given.",
    ),
    (
        "AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET",
        "A service principal (--auth service-principal). AZURE_CLIENT_ID also picks a user-assigned managed \
         identity.",
    ),
    (
        "AZURE_FEDERATED_TOKEN_FILE",
        "A federated token file for workload identity, with AZURE_TENANT_ID and AZURE_CLIENT_ID.",
    ),
    (
        "AZURE_AUTHORITY_HOST",
        "Microsoft Entra authority host (https only), for sovereign or private clouds.",
    ),
    (
        "IDENTITY_ENDPOINT, MSI_ENDPOINT",
        "Set by Azure hosts that have a managed identity; --auth auto then tries it.",
    ),
    (
        "AZURE_CONFIG_DIR",
        "The Azure CLI's configuration directory (default: ~/.azure). See FILES.",
    ),
    (
        "HOME, USERPROFILE",
        "Where ~/.azure is looked for when AZURE_CONFIG_DIR is not set.",
    ),
    (
        "STANDBY_TOKEN_CACHE",
        "0 (or off, false, no) turns the token cache off, as --no-token-cache does: no token is read from it or \
         written to it. file keeps tokens in the cache file even where the OS has a credential store.",
    ),
    (
        "XDG_CACHE_HOME, LOCALAPPDATA",
        "Where the token cache file is kept: $XDG_CACHE_HOME/standby (default ~/.cache/standby) on Linux, \
         ~/Library/Caches/standby on macOS, %LOCALAPPDATA%\\standby on Windows. See FILES.",
    ),
    (
        "DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR",
        "On Linux, the token cache keeps tokens in the Secret Service only when a session bus is there \
         (this variable, or $XDG_RUNTIME_DIR/bus); otherwise, in the cache file.",
    ),
    (
        "AZD_CONFIG_DIR",
        "The Azure Developer CLI's configuration directory (default: ~/.azd); a change of its login changes \
         which cached token is used.",
    ),
    (
        "REQUESTS_CA_BUNDLE, SSL_CERT_FILE",
        "A PEM file of extra certificate authorities to trust, for TLS-inspecting proxies.",
    ),
    (
        "HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY",
        "Proxy to send requests through, and hosts to reach directly (lower-case names work too).",
    ),
    ("NO_COLOR", "When set, never colour the output (unless --color always)."),
    (
        "CLICOLOR_FORCE",
        "When set and not 0, colour the output even when it is not a terminal.",
    ),
    ("TERM", "When dumb, do not colour the output."),
    (
        "COLUMNS",
        "Width of tables in characters (default: the terminal's width).",
    ),
];

fn environment(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, text) in ENVIRONMENT {
        item(roff, name, text);
    }
}

fn files(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    roff.control("TP", []);
    roff.text([
        italic("$AZURE_CONFIG_DIR/config"),
        roman(" (default "),
        italic("~/.azure/config"),
        roman(")"),
    ]);
    roff.text([roman(
        "The Azure CLI's settings: the active cloud (name in [cloud]) and the default output format when stdout \
         is not a terminal (output in [core]).",
    )]);
    roff.control("TP", []);
    roff.text([italic("$AZURE_CONFIG_DIR/azureProfile.json")]);
    roff.text([roman(
        "The Azure CLI's accounts: the default subscription, and subscription names accepted by --subscription.",
    )]);
    roff.control("TP", []);
    roff.text([
        italic("$XDG_CACHE_HOME/standby/tokens.json"),
        roman(" (default "),
        italic("~/.cache/standby/tokens.json"),
        roman(")"),
    ]);
    roff.text([roman(
        "The token cache: access tokens of the Azure CLI, azd, service principal and workload identity \
         credentials, with their expiry (never a refresh token or secret), mode 0600 in a 0700 directory. Where the \
         OS credential store is used, the tokens are there and this file lists only their expiry. standby auth \
         clear deletes it.",
    )]);
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
