//! The root page's own sections, which clap does not know: the description's details,
//! EXIT STATUS, ENVIRONMENT and FILES.

use roff::{Roff, bold, italic, roman};

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

pub(super) fn description_details() -> Roff {
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

pub(super) fn exit_status(roff: &mut Roff) {
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
        "STANDBY_LOGS_ENDPOINT",
        "Base URL of the Log Analytics query API that events reads the pools' resource logs from (https \
         only). Overrides the cloud's (api.loganalytics.io, .azure.cn, .us).",
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

pub(super) fn environment(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, text) in ENVIRONMENT {
        item(roff, name, text);
    }
}

pub(super) fn files(roff: &mut Roff) {
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
