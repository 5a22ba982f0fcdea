//! `auth status` for people: the credential in use, then each source the chain would try.

use serde_json::Value;

use crate::render::style::{Palette, Tone};

pub fn render(item: &Value, p: &Palette) -> String {
    let mut out = credential_lines(item, p);
    out.push_str(&source_lines(item, p));
    out
}

/// The credential in use, its account and tenant, its cached token and where tokens are kept.
fn credential_lines(item: &Value, p: &Palette) -> String {
    let text = |key: &str| item.get(key).and_then(Value::as_str).map(sanitized);
    let mut out = String::new();
    let mut line = |label: &str, value: String| {
        out.push_str(&format!("{}  {value}\n", p.bold(&format!("{label:<12}"))));
    };
    line(
        "Credential",
        text("credential").unwrap_or_else(|| p.paint("none configured (run 'az login')", Tone::Bad)),
    );
    line("Account", text("account").unwrap_or_else(|| "-".to_string()));
    line("Tenant", text("tenantId").unwrap_or_else(|| "-".to_string()));
    let cached = match text("expiresOn") {
        Some(until) => p.paint(&format!("yes, until {until}"), Tone::Good),
        // These are quick to ask, so they are never cached.
        None if matches!(text("kind").as_deref(), Some("token" | "managed-identity")) => {
            "not kept for this credential".to_string()
        }
        None => "no (the next call asks the credential)".to_string(),
    };
    line("Cached token", cached);
    let store = text("tokenCache").unwrap_or_default();
    line(
        "Token cache",
        match text("tokenCachePath") {
            // A path is never cut: too long for the line, it goes whole under it.
            Some(path)
                if p.width
                    .is_some_and(|w| 14 + store.chars().count() + 2 + path.chars().count() > usize::from(w)) =>
            {
                format!("{store},\n{:14}{path}", "")
            }
            Some(path) => format!("{store}, {path}"),
            None => p.paint(&store, Tone::Faint),
        },
    );
    out
}

/// Each source the chain would try, in order, and whether it is configured.
fn source_lines(item: &Value, p: &Palette) -> String {
    let mut out = String::new();
    let sources = item
        .get("sources")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if sources.is_empty() {
        return out;
    }
    out.push_str("\nSources, in the order tried:\n");
    let width = sources
        .iter()
        .filter_map(|s| s.get("credential").and_then(Value::as_str))
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(0);
    for s in &sources {
        let name = sanitized(s.get("credential").and_then(Value::as_str).unwrap_or("?"));
        let configured = s.get("configured").and_then(Value::as_bool).unwrap_or(false);
        let mut state = if configured {
            p.paint("configured", Tone::Good)
        } else {
            p.paint("not configured", Tone::Faint)
        };
        if let Some(until) = s.get("cachedUntil").and_then(Value::as_str) {
            state.push_str(&format!(", token cached until {}", sanitized(until)));
        }
        out.push_str(&format!("  {name:<width$}  {state}\n"));
    }
    out
}

/// Account names come from files on disk; they still do not get to move the cursor.
fn sanitized(s: &str) -> String {
    crate::term::sanitize(s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_token_cache_path_goes_whole_under_its_label() {
        let path = format!("/home/{}/.cache/standby/tokens.json", "a-rather-long-user-name-0042");
        let item = serde_json::json!({"credential": "Azure CLI (az login)", "tokenCache": "file",
            "tokenCachePath": path});
        let narrow = render(
            &item,
            &Palette {
                color: false,
                width: Some(80),
            },
        );
        assert!(narrow.contains(&format!("\n              {path}\n")), "{narrow}");
        assert!(narrow.lines().all(|l| l.chars().count() <= 80), "{narrow}");
        let wide = render(
            &item,
            &Palette {
                color: false,
                width: Some(120),
            },
        );
        assert!(wide.contains(&format!("Token cache   file, {path}\n")), "{wide}");
    }
}
