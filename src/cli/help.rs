//! What `-h` and `--help` print around clap's own text.
//!
//! The global options are hidden from every command's help (`-h` and `--help` alike):
//! clap would repeat ~90 lines of them under each command. Instead each `--help` ends
//! with one compact block, one line per global option, generated here from the same
//! definitions; `standby help globals` prints them in full, as the man page does.

use clap::{Args, CommandFactory};

use super::{Cli, GlobalArgs};

/// Columns the generated blocks are laid out for: each line fits an 80-column terminal.
const WIDTH: usize = 80;

/// The name of the hidden command that `standby help globals` shows.
pub const GLOBALS: &str = "globals";

/// The command line as parsed and as helped: `Cli`'s, with the globals block at the end
/// of every `--help` and the hidden `globals` page. `--help` of the root also carries
/// the exit-code table.
pub fn command() -> clap::Command {
    let mut root = with_globals_block(Cli::command(), true);
    root = root.subcommand(globals_page());
    root
}

fn with_globals_block(cmd: clap::Command, is_root: bool) -> clap::Command {
    let base = cmd
        .get_after_long_help()
        .or_else(|| cmd.get_after_help())
        .map(|t| t.to_string())
        .unwrap_or_default();
    let mut text = base.trim_end().to_string();
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    // A command's own flag that shadows a global one (`wait --timeout`) is listed with its
    // own options, not again here.
    let own: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    text.push_str(&globals_block_except(&own));
    if is_root {
        text.push_str("\n\n");
        text.push_str(&crate::exit::table());
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    let mut cmd = cmd.after_long_help(text);
    for name in names {
        cmd = cmd.mut_subcommand(name, |sub| with_globals_block(sub, false));
    }
    cmd
}

/// `standby help globals`: the global options with their whole help, as clap prints
/// options. Hidden from the command list; the globals block points to it.
fn globals_page() -> clap::Command {
    // augment_args would give the page GlobalArgs's doc comment as its about: set after.
    GlobalArgs::augment_args(clap::Command::new(GLOBALS))
        .mut_args(|a| a.global(false).hide_short_help(false).hide_long_help(false))
        .about("The options every command takes, before or after the command's name")
        .long_about(None::<&str>)
        .override_usage("standby [GLOBAL OPTIONS] COMMAND ... [GLOBAL OPTIONS]")
        .hide(true)
}

/// The long help of the `globals` page, for `standby globals` typed as a command.
pub fn globals_help() -> String {
    let mut root = command();
    root.build();
    root.find_subcommand_mut(GLOBALS)
        .map(|g| g.render_long_help().to_string())
        .unwrap_or_default()
}

/// One line per global option: `  -o, --output FORMAT   Output format: …`, the summary
/// being the first paragraph of the option's help, wrapped under itself.
pub fn globals_block() -> String {
    globals_block_except(&[])
}

fn globals_block_except(own: &[String]) -> String {
    let cmd = GlobalArgs::augment_args(clap::Command::new("standby"));
    let rows: Vec<(String, String)> = cmd
        .get_arguments()
        .filter(|arg| !own.iter().any(|id| id == arg.get_id().as_str()))
        .map(|arg| (flag(arg), summary(arg)))
        .collect();
    // The widest flag that still leaves the summaries room; wider ones put theirs below.
    let column = rows
        .iter()
        .map(|(f, _)| f.len())
        .filter(|&n| n <= 22)
        .max()
        .unwrap_or(0)
        + 4;
    let mut out = String::from("Global options (any command; in full: standby help globals or man standby):");
    for (flag, help) in rows {
        push_row(&mut out, &flag, &help, column);
    }
    out
}

/// `-o, --output FORMAT`: the option's names and, if it takes one, its value.
fn flag(arg: &clap::Arg) -> String {
    let mut flag = match (arg.get_short(), arg.get_long()) {
        (Some(s), Some(l)) => format!("-{s}, --{l}"),
        (Some(s), None) => format!("-{s}"),
        (None, Some(l)) => format!("    --{l}"),
        (None, None) => arg.get_id().to_string(),
    };
    if arg.get_action().takes_values() {
        flag.push(' ');
        flag.push_str(&value_placeholder(arg));
    }
    flag
}

fn value_placeholder(arg: &clap::Arg) -> String {
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .map(|v| v.get_name().to_string())
        .collect();
    match arg.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" "),
        // A few short values are their own placeholder: auto|always|never.
        None if !values.is_empty() && values.join("|").len() <= 20 => values.join("|"),
        None => arg.get_id().as_str().to_uppercase(),
    }
}

/// The option's help, its default added when the help does not already speak of one.
fn summary(arg: &clap::Arg) -> String {
    let mut help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    help = help.trim_end_matches('.').to_string();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !help.contains("default") {
        help.push_str(&format!(" (default {})", defaults.join(",")));
    }
    help
}

/// The flag, then its summary wrapped in the column; a flag that reaches into the column
/// puts its summary on the lines below.
fn push_row(out: &mut String, flag: &str, help: &str, column: usize) {
    out.push_str("\n  ");
    out.push_str(flag);
    let mut at = 2 + flag.len();
    if at + 2 > column {
        out.push('\n');
        at = 0;
    }
    let mut first = true;
    for line in wrap(help, WIDTH - column) {
        if !first {
            out.push('\n');
            at = 0;
        }
        out.push_str(&" ".repeat(column - at));
        out.push_str(&line);
        first = false;
    }
}

/// Words into lines of at most `width` characters (a longer word stands alone).
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_globals_block_fits_80_columns_and_names_every_global_once() {
        let block = globals_block();
        for line in block.lines() {
            assert!(line.chars().count() <= WIDTH, "{line:?}");
        }
        let cmd = GlobalArgs::augment_args(clap::Command::new("standby"));
        for arg in cmd.get_arguments() {
            let long = format!("--{} ", arg.get_long().unwrap());
            let n = block.lines().filter(|l| format!("{l} ").contains(&long)).count();
            assert_eq!(n, 1, "{long}:\n{block}");
            // The values of an option are in its entry: its line and those under it.
            let entry: String = block
                .lines()
                .skip_while(|l| !format!("{l} ").contains(&long))
                .enumerate()
                .take_while(|(i, l)| *i == 0 || l.starts_with("    "))
                .map(|(_, l)| l)
                .collect::<Vec<_>>()
                .join(" ");
            let values = if arg.get_action().takes_values() {
                arg.get_possible_values()
            } else {
                Vec::new()
            };
            for value in values {
                assert!(
                    entry.contains(value.get_name()),
                    "{long} lacks {}:\n{block}",
                    value.get_name()
                );
            }
        }
    }

    #[test]
    fn help_globals_prints_every_global_in_full() {
        let text = globals_help();
        assert!(text.contains("Possible values:"), "{text}");
        assert!(text.contains("--max-retry-wait"), "{text}");
    }
}
