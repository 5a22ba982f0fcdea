//! `--input`: a saved response body instead of a request.

use anyhow::{Context as _, Result};
use serde_json::Value;
use std::io::Read;
use std::path::Path;

use crate::model::document::{Document, recognise};
use crate::output::{Kind, Output};

/// The most bytes `--input` reads: eight times the largest answer the client accepts
/// from ARM, for bodies saved from several pages or ids.
pub const MAX_INPUT: u64 = 64 * 1024 * 1024;
/// The most JSON values `--input` parses, objects counted as eight (see
/// `more_values_than`). What bounds memory is the values, not the bytes: 64 MiB of
/// `[0,0,…]` is 33 million of them, over 2 GB parsed. A million is fourteen times a
/// saved 1000-pool list, and parses in at most some 170 MB on top of the text.
pub const MAX_INPUT_VALUES: usize = 1_000_000;

/// A saved response body, from a file or `-` (stdin).
pub async fn read_input(path: &Path) -> Result<Value> {
    let bytes = if path == Path::new("-") {
        read_stdin().await?
    } else {
        let file = std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
        read_capped(file, path)?
    };
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    if crate::arm::client::more_values_than(body, MAX_INPUT_VALUES) {
        anyhow::bail!(
            "{} holds more than {MAX_INPUT_VALUES} JSON values, far more than any response a standby command renders; refusing to read it",
            name(path)
        );
    }
    serde_json::from_slice(body).with_context(|| format!("{} is not a JSON document", name(path)))
}

/// At most MAX_INPUT bytes, in one buffer sized from the file where it says its size.
fn read_capped(reader: impl Read, path: &Path) -> Result<Vec<u8>> {
    let size = (path != Path::new("-")).then(|| std::fs::metadata(path).ok()).flatten();
    let hint = size.map_or(0, |m| m.len().min(MAX_INPUT));
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0));
    reader
        .take(MAX_INPUT + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading {}", name(path)))?;
    if bytes.len() as u64 > MAX_INPUT {
        anyhow::bail!(
            "{} is larger than {} MiB, far more than any response a standby command renders; refusing to read it",
            name(path),
            MAX_INPUT / (1024 * 1024)
        );
    }
    Ok(bytes)
}

/// All of stdin, read on a thread of its own so that the runtime stays free to notice
/// Ctrl-C (exit 130). The thread is not joined: when the process ends it ends with it.
/// At a terminal a person may not know it waits for them, so it says so on stderr.
async fn read_stdin() -> Result<Vec<u8>> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        crate::term::note("reading a response body from stdin (Ctrl-D to end)");
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let _ = tx.send(read_capped(std::io::stdin(), Path::new("-")));
    });
    rx.await
        .map_err(|_| anyhow::anyhow!("reading the response body from stdin: the reader stopped"))?
}

/// A saved body given with `--input`: one object, or an array of them (what `-o json`
/// printed for several ids). Each must be what `kind` renders.
pub async fn saved(input: Option<&Path>, kind: Kind) -> Result<Option<Output>> {
    let Some(path) = input else { return Ok(None) };
    Ok(Some(match read_input(path).await? {
        Value::Array(items) => {
            for item in &items {
                expect(path, item, kind, false)?;
            }
            Output::many(kind, items)?
        }
        one => {
            expect(path, &one, kind, false)?;
            Output::one(kind, one)?
        }
    }))
}

/// A saved list body: `{"value": [...]}` as ARM sends it, or the array `-o json` printed.
pub async fn saved_list(path: &Path, kind: Kind) -> Result<Output> {
    let doc = read_input(path).await?;
    let items = match doc {
        Value::Array(items) => items,
        Value::Object(mut page) if matches!(page.get("value"), Some(Value::Array(_))) => match page.remove("value") {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        },
        other => {
            return Err(match recognise(&other) {
                Document::Of(kinds) => wrong(path, &kinds),
                _ => anyhow::anyhow!(
                    "{} is neither a list response ({{\"value\": [...]}}) nor an array",
                    name(path)
                ),
            });
        }
    };
    for item in &items {
        expect(path, item, kind, true)?;
    }
    Output::many(kind, items)
}

fn name(path: &Path) -> String {
    if path == Path::new("-") {
        "stdin".into()
    } else {
        path.display().to_string()
    }
}

/// The document must be what `kind` renders: a body saved from another command is
/// named for what it is, with the command that renders it. `in_list`: `doc` is an item
/// of the list `path` holds.
fn expect(path: &Path, doc: &Value, kind: Kind, in_list: bool) -> Result<()> {
    let file = name(path);
    match recognise(doc) {
        Document::Of(kinds) if kinds.contains(&kind) => Ok(()),
        Document::Of(kinds) if in_list => {
            let hint = match kinds[0] {
                Kind::VmPool | Kind::ContainerPool => format!(
                    ": use 'standby {} list --input {file}'",
                    command(kinds[0]).split(' ').next().unwrap_or_default()
                ),
                _ => String::new(),
            };
            Err(anyhow::anyhow!("{file} is a list of {}s{hint}", what(kinds[0])))
        }
        Document::Of(kinds) => Err(wrong(path, &kinds)),
        Document::List(item) => {
            let of = match &*item {
                Document::Of(kinds) => format!(" of {}s", what(kinds[0])),
                _ => String::new(),
            };
            let hint = match &*item {
                Document::Of(kinds) if matches!(kinds[0], Kind::VmPool | Kind::ContainerPool) => {
                    format!(
                        ": use 'standby {} list --input {}'",
                        command(kinds[0]).split(' ').next().unwrap_or_default(),
                        file
                    )
                }
                _ => format!("; give one {} (an item of its \"value\")", what(kind)),
            };
            Err(anyhow::anyhow!("{file} is a list response{of}{hint}"))
        }
        Document::Foreign(t) => Err(anyhow::anyhow!(
            "{file} is a {t}, not a {}; no standby command renders it",
            what(kind)
        )),
        Document::Unknown => Err(anyhow::anyhow!(
            "{file} is not a {}: it has no \"type\" and none of its fields",
            what(kind)
        )),
        Document::NotAnObject(t) => Err(anyhow::anyhow!("{file} is {t}, not a {} (a JSON object)", what(kind))),
    }
}

fn wrong(path: &Path, kinds: &[Kind]) -> anyhow::Error {
    let file = name(path);
    let uses: Vec<String> = kinds
        .iter()
        .map(|k| format!("'standby {} --input {file}'", command(*k)))
        .collect();
    anyhow::anyhow!("{file} is {}: use {}", article(what(kinds[0])), uses.join(" or "))
}

/// What a document of `kind` is, in words.
fn what(kind: Kind) -> &'static str {
    match kind {
        Kind::VmPoolStatus | Kind::ContainerPoolStatus => "standby pool's runtime view",
        Kind::VmPool => "standby VM pool",
        Kind::ContainerPool => "standby container group pool",
        Kind::Vm | Kind::PoolMembers => "VM",
        Kind::VmssInstanceView => "scale set's instance view",
        Kind::ContainerGroup => "container group",
        Kind::Fleet => "fleet listing",
        Kind::AuthStatus => "credential status",
        Kind::PoolEvents => "pool's events",
    }
}

fn article(noun: &str) -> String {
    format!(
        "{} {noun}",
        if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        }
    )
}

/// The command that renders `kind` from `--input`.
fn command(kind: Kind) -> &'static str {
    match kind {
        Kind::VmPoolStatus => "vm-pool status",
        Kind::ContainerPoolStatus => "container-pool status",
        Kind::VmPool => "vm-pool show",
        Kind::ContainerPool => "container-pool show",
        Kind::Vm => "vm instance-view",
        Kind::VmssInstanceView => "vmss instance-view",
        Kind::ContainerGroup => "container show",
        Kind::Fleet => "fleet status",
        Kind::PoolMembers => "vm-pool members",
        Kind::AuthStatus => "auth status",
        Kind::PoolEvents => "vm-pool events",
    }
}
