//! The exit-code table and how an error is told on stderr.

use crate::arm::ArmError;
use std::io::Write;

/// What the process exits with; the README's exit-code table lists the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Success = 0,
    /// Any failure that is not one of the below (service errors, auth, network, an
    /// `--input` file that is missing or not JSON).
    Error = 1,
    /// The command line, a flag's value or the `--query` is wrong.
    Usage = 2,
    /// ARM answered 404: the resource (or its group) does not exist.
    NotFound = 3,
    /// `wait` gave up: the condition did not hold before its deadline.
    Timeout = 4,
    /// Ctrl-C.
    Interrupted = 130,
}

impl Code {
    /// Every code, in the order the help and the man page list them.
    pub const ALL: [Code; 6] = [
        Code::Success,
        Code::Error,
        Code::Usage,
        Code::NotFound,
        Code::Timeout,
        Code::Interrupted,
    ];

    /// What the code means, in a few words: a row of `--help`'s table.
    pub fn summary(self) -> &'static str {
        match self {
            Code::Success => "success",
            Code::Error => "error: service, credentials, network, --input file missing or not JSON",
            Code::Usage => "wrong command line: a flag, a name, an id or the --query",
            Code::NotFound => "not found: the resource or its group does not exist",
            Code::Timeout => "wait timed out: the condition did not hold in time",
            Code::Interrupted => "interrupted (Ctrl-C)",
        }
    }

    /// What the code means, in full: the man page's EXIT STATUS and the README's table.
    pub fn description(self) -> &'static str {
        match self {
            Code::Success => "Success.",
            Code::Error => {
                "Any other failure: the service refused (403, 5xx after retries), no credential, the network \
                 or TLS, an answer that is not ARM's JSON, or an --input file that is missing or not JSON."
            }
            Code::Usage => {
                "The command line is wrong: a flag or value, a missing -g/-n, a malformed --ids, a name, an \
                 unknown subscription or the --query. Found before anything is sent, except a --query that \
                 fails only on the answer's data."
            }
            Code::NotFound => "Azure Resource Manager answered 404: the resource or its group does not exist.",
            Code::Timeout => "wait timed out: the condition did not hold before --timeout.",
            Code::Interrupted => "Interrupted (Ctrl-C). The full-screen watch ends with q or Ctrl-C and exits 0.",
        }
    }

    pub fn of(err: &anyhow::Error) -> Code {
        if err.downcast_ref::<UsageError>().is_some() {
            return Code::Usage;
        }
        match err.downcast_ref::<ArmError>() {
            Some(ArmError::Http { status: 404, .. }) => Code::NotFound,
            _ => Code::Error,
        }
    }

    /// Several targets failed: their common code, or 1 when they failed differently.
    pub fn of_all<'a>(errors: impl IntoIterator<Item = &'a anyhow::Error>) -> Option<Code> {
        let mut codes = errors.into_iter().map(Code::of);
        let first = codes.next()?;
        Some(if codes.all(|c| c == first) { first } else { Code::Error })
    }
}

/// The exit codes as the root's `--help` shows them: an aligned table, one code a line.
pub fn table() -> String {
    let mut out = String::from("Exit codes:");
    for code in Code::ALL {
        out.push_str(&format!("\n  {:<5}{}", code as u8, code.summary()));
    }
    out
}

/// The exit codes as a Markdown table, for the README and docs/scripting.md (written
/// there and checked by tests/packaging/generated.rs, as man/ is).
pub fn markdown() -> String {
    let mut out = String::from("| code | meaning |\n|---|---|\n");
    for code in Code::ALL {
        out.push_str(&format!("| {} | {} |\n", code as u8, code.description()));
    }
    out
}

impl From<Code> for std::process::ExitCode {
    fn from(code: Code) -> Self {
        std::process::ExitCode::from(code as u8)
    }
}

/// A wrong command line (a flag, a name, an id, a query): exit 2. Most are found before
/// any request; a `--query` that fails only on the answer's data is found after. A
/// missing or unreadable `--input` file is not one of these: it exits 1.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The lines printed for an error, az's layout for service errors:
/// `ERROR: (Code) message`, then `Code:` and `Message:`.
///
/// Errors carry what servers sent (ARM's and Entra's codes and messages, and the hints
/// built from them), so every line is sanitised: no control character reaches stderr.
/// Only our own usage errors may run over several lines (a `--query` with a caret under
/// the failure); each of their lines is sanitised on its own.
pub fn describe(err: &anyhow::Error) -> Vec<String> {
    // Ours alone put line breaks in these (a credential's text is made one line first).
    let multiline =
        err.downcast_ref::<UsageError>().is_some() || matches!(err.downcast_ref::<ArmError>(), Some(ArmError::Auth(_)));
    describe_raw(err)
        .iter()
        .flat_map(|line| {
            let parts: Vec<&str> = if multiline {
                line.split('\n').collect()
            } else {
                vec![line.as_str()]
            };
            parts.into_iter().map(|p| crate::term::sanitize(p).into_owned())
        })
        .collect()
}

fn describe_raw(err: &anyhow::Error) -> Vec<String> {
    let mut lines = Vec::new();
    match err.downcast_ref::<ArmError>() {
        Some(ArmError::Http {
            code,
            message,
            request_id,
            ..
        }) => {
            lines.push(format!("ERROR: ({code}) {message}"));
            lines.push(format!("Code: {code}"));
            lines.push(format!("Message: {message}"));
            if let Some(id) = request_id {
                lines.push(format!("Request ID: {id}"));
            }
            lines.extend(hint(code, message));
        }
        Some(e @ ArmError::Decode { request_id, .. }) => {
            let context: Vec<String> = err
                .chain()
                .take_while(|c| c.downcast_ref::<ArmError>().is_none())
                .map(|c| c.to_string())
                .collect();
            let prefix = if context.is_empty() {
                String::new()
            } else {
                format!("{}: ", context.join(": "))
            };
            let rid = request_id
                .as_deref()
                .map(|r| format!(" (request id {r})"))
                .unwrap_or_default();
            lines.push(format!("ERROR: {prefix}{e}{rid}"));
        }
        _ => {
            let chain: Vec<String> = err.chain().map(|c| c.to_string()).collect();
            lines.push(format!("ERROR: {}", chain.join(": ")));
        }
    }
    lines
}

/// What to do about the errors users actually hit.
fn hint(code: &str, message: &str) -> Option<String> {
    let quoted_after = |marker: &str| {
        let rest = &message[message.find(marker)? + marker.len()..];
        let rest = rest.trim_start().strip_prefix('\'')?;
        rest.split('\'').next().map(str::to_string)
    };
    match code {
        "MissingSubscriptionRegistration" | "MissingRegistrationForType" | "SubscriptionNotRegistered" => {
            let namespace = quoted_after("namespace").unwrap_or_else(|| "Microsoft.StandbyPool".to_string());
            Some(format!(
                "Hint: the subscription is not registered for {namespace}; register it with 'az provider register -n {namespace}' (takes a few minutes)"
            ))
        }
        "InvalidResourceType" | "NoRegisteredProviderFound" | "InvalidApiVersionParameter" => {
            match crate::arm::versions::listed(message) {
                Some(versions) => {
                    let offered: Vec<String> = versions.split(',').map(|v| v.trim().to_string()).collect();
                    // Any version is older than this: the newest offered, stable first.
                    let newest = crate::arm::versions::newest_below(&offered, "9999-12-31")?;
                    Some(format!(
                        "Hint: this location does not serve the api-version asked for; try --api-version {newest} (the service offers: {versions})"
                    ))
                }
                None => Some("Hint: the service does not know this resource type or api-version here; try an older --api-version".to_string()),
            }
        }
        "AuthorizationFailed" => {
            let action = quoted_after("perform action").unwrap_or_else(|| "read".to_string());
            Some(format!(
                "Hint: the signed-in identity may not perform '{action}'. The Reader role on the pool, its resource group or the subscription is enough (az role assignment create --role Reader --assignee <identity> --scope <pool id>)"
            ))
        }
        _ => None,
    }
}

/// Prints the error on stderr and gives the exit code.
pub fn report(err: &anyhow::Error) -> Code {
    let mut stderr = std::io::stderr().lock();
    for line in describe(err) {
        let _ = writeln!(stderr, "{line}");
    }
    Code::of(err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn all_lists_every_code_once_and_the_table_is_aligned() {
        // A new variant breaks this match, and so is added to ALL too.
        let position = |c: Code| match c {
            Code::Success => 0,
            Code::Error => 1,
            Code::Usage => 2,
            Code::NotFound => 3,
            Code::Timeout => 4,
            Code::Interrupted => 5,
        };
        for (i, code) in Code::ALL.into_iter().enumerate() {
            assert_eq!(position(code), i, "{code:?}");
        }
        let table = table();
        for line in table.lines().skip(1) {
            assert!(line.len() <= 80 && line.as_bytes()[7] != b' ', "{line:?}");
        }
    }

    #[test]
    fn not_found_is_three_and_usage_is_two() {
        let nf: anyhow::Error =
            ArmError::from_response(404, br#"{"error":{"code":"ResourceNotFound","message":"m"}}"#, None).into();
        assert_eq!(Code::of(&nf), Code::NotFound);
        let forbidden: anyhow::Error = ArmError::from_response(403, b"{}", None).into();
        assert_eq!(Code::of(&forbidden), Code::Error);
        assert_eq!(Code::of_all([&nf, &nf]), Some(Code::NotFound));
        assert_eq!(Code::of_all([&nf, &forbidden]), Some(Code::Error));
        assert_eq!(Code::of_all([]), None);
        let usage: anyhow::Error = UsageError("bad".into()).into();
        assert_eq!(Code::of(&usage), Code::Usage);
        let wrapped = Err::<(), _>(usage).context("while doing x").unwrap_err();
        assert_eq!(Code::of(&wrapped), Code::Usage);
    }

    #[test]
    fn service_errors_read_like_az() {
        let e: anyhow::Error = ArmError::from_response(
            500,
            br#"{"error":{"code":"InternalServerError","message":"Encountered internal server error."}}"#,
            Some("r-1".into()),
        )
        .into();
        assert_eq!(
            describe(&e),
            [
                "ERROR: (InternalServerError) Encountered internal server error.",
                "Code: InternalServerError",
                "Message: Encountered internal server error.",
                "Request ID: r-1"
            ]
        );
    }

    #[test]
    fn hints_for_what_users_hit() {
        let h = hint(
            "MissingSubscriptionRegistration",
            "The subscription is not registered to use namespace 'Microsoft.StandbyPool'. See https://aka.ms/rps-not-found",
        )
        .unwrap();
        assert!(h.contains("az provider register -n Microsoft.StandbyPool"), "{h}");
        let h = hint(
            "NoRegisteredProviderFound",
            "No registered resource provider found for location 'westus' and API version '2025-10-01' for type 'standbyVirtualMachinePools'. The supported api-versions are '2023-12-01-preview, 2024-03-01, 2025-03-01'. The supported locations are 'westus'.",
        )
        .unwrap();
        assert!(h.contains("--api-version 2025-03-01"), "{h}");
        assert!(h.contains("2023-12-01-preview, 2024-03-01, 2025-03-01"), "{h}");
        let h = hint(
            "InvalidApiVersionParameter",
            "The api-version '2026-04-01' is invalid. The supported versions are '2025-10-01, 2026-01-01-preview'.",
        )
        .unwrap();
        assert!(h.contains("--api-version 2025-10-01 "), "{h}");
        let h = hint(
            "AuthorizationFailed",
            "The client 'x' does not have authorization to perform action 'Microsoft.StandbyPool/standbyVirtualMachinePools/runtimeViews/read' over scope '/s'",
        )
        .unwrap();
        assert!(
            h.contains("'Microsoft.StandbyPool/standbyVirtualMachinePools/runtimeViews/read'"),
            "{h}"
        );
        assert!(h.contains("Reader role"), "{h}");
        assert_eq!(hint("ResourceNotFound", "gone"), None);
    }

    #[test]
    fn decode_errors_keep_context_and_request_id() {
        let e = Err::<(), _>(ArmError::Decode {
            message: "the service answered HTTP 200 with an empty body".into(),
            request_id: Some("r-2".into()),
        })
        .context("reading the runtime view of pool p")
        .unwrap_err();
        assert_eq!(
            describe(&e),
            [
                "ERROR: reading the runtime view of pool p: the service answered HTTP 200 with an empty body (request id r-2)"
            ]
        );
    }
}
