//! Reading what the Azure CLI left on disk: `config` (INI) and `azureProfile.json`.
//! Pure functions over file contents; `context` does the reading.

use serde_json::Value;

/// The value of `key` in `[section]` of an INI text like az's `config` file.
pub fn ini_value(text: &str, section: &str, key: &str) -> Option<String> {
    let mut in_section = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            in_section = name.trim().eq_ignore_ascii_case(section);
            continue;
        }
        if !in_section {
            continue;
        }
        if let Some((k, v)) = line.split_once('=').or_else(|| line.split_once(':'))
            && k.trim().eq_ignore_ascii_case(key)
        {
            return Some(v.trim().to_string());
        }
    }
    None
}

/// A subscription as az stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileSubscription {
    pub id: String,
    pub name: String,
    pub tenant_id: Option<String>,
    pub is_default: bool,
}

/// The subscriptions in an `azureProfile.json` text (az writes it with a UTF-8 BOM).
pub fn subscriptions(profile: &str) -> Vec<ProfileSubscription> {
    let text = profile.trim_start_matches('\u{feff}');
    let Ok(doc) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    let Some(items) = doc.get("subscriptions").and_then(Value::as_array) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|s| {
            Some(ProfileSubscription {
                id: s.get("id")?.as_str()?.to_string(),
                name: s.get("name").and_then(Value::as_str).unwrap_or_default().to_string(),
                tenant_id: s.get("tenantId").and_then(Value::as_str).map(str::to_string),
                is_default: s.get("isDefault").and_then(Value::as_bool).unwrap_or(false),
            })
        })
        .collect()
}

/// The signed-in account (user or service principal name) and tenant of az's default
/// subscription.
pub fn default_account(profile: &str) -> Option<(Option<String>, Option<String>)> {
    let doc: Value = serde_json::from_str(profile.trim_start_matches('\u{feff}')).ok()?;
    let default = doc
        .get("subscriptions")?
        .as_array()?
        .iter()
        .find(|s| s.get("isDefault").and_then(Value::as_bool) == Some(true))?;
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    Some((text(default.pointer("/user/name")), text(default.get("tenantId"))))
}

pub fn is_guid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ini_sections() {
        let cfg = "[core]\noutput = yamlc\n\n[cloud]\nname = AzureChinaCloud\n";
        assert_eq!(ini_value(cfg, "cloud", "name").as_deref(), Some("AzureChinaCloud"));
        assert_eq!(ini_value(cfg, "core", "output").as_deref(), Some("yamlc"));
        assert_eq!(ini_value(cfg, "core", "name"), None);
    }

    #[test]
    fn reads_profile_with_bom() {
        let profile = "\u{feff}{\"subscriptions\":[{\"id\":\"a\",\"name\":\"Dev\",\"isDefault\":false},{\"id\":\"b\",\"name\":\"Prod\",\"isDefault\":true,\"tenantId\":\"t\"}]}";
        let subs = subscriptions(profile);
        assert_eq!(subs.len(), 2);
        assert!(subs[1].is_default);
        assert_eq!(subs[1].tenant_id.as_deref(), Some("t"));
        assert!(subscriptions("not json").is_empty());
    }

    #[test]
    fn recognises_guids() {
        assert!(is_guid("00000000-0000-0000-0000-000000000000"));
        assert!(is_guid("0f47b100-583c-48e3-A4C0-aefc2c9bbcc1"));
        assert!(!is_guid("my-subscription"));
        assert!(!is_guid("0000000-00000-0000-0000-000000000000"));
    }
}
