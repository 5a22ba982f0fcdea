//! Access tokens kept between processes, so that a script calling `standby` in a loop
//! pays for `az account get-access-token` (or a POST to Entra ID) once an hour, not once
//! a call. Only access tokens and their expiry are kept: never a refresh token, a secret
//! or an assertion.
//!
//! One JSON file in the per-user cache directory (0600 in a 0700 directory) lists the
//! entries. Where the OS has a credential store (Keychain, Credential Manager, the
//! Secret Service), the tokens themselves live there and the file holds only what they
//! are and when they expire; elsewhere the file holds the tokens too — the trust level of
//! az's own token cache (plain files in ~/.azure). A file that is unreadable, corrupt,
//! not ours or writable by others is never trusted and never an error: it is replaced.
//! Writers replace the file atomically; when two processes write at once, the last wins
//! and the other's token is simply asked for again.

use aws_lc_rs::{hmac, rand::SecureRandom};
use azure_core::credentials::{AccessToken, Secret};
use azure_core::time::OffsetDateTime;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::log;

/// A token is used until this many seconds before it expires.
pub const MARGIN_SECONDS: i64 = 300;
const FILE: &str = "tokens.json";
const KEYRING_SERVICE: &str = "standby";
const VERSION: u32 = 1;

/// Where the cache lives and what identifies the Azure CLI and azd logins, resolved by
/// `context`; nothing here reads the environment.
#[derive(Debug, Clone, Default)]
pub struct CacheSettings {
    /// False with `STANDBY_TOKEN_CACHE=0` or `--no-token-cache`: nothing read or written.
    pub enabled: bool,
    /// This tool's per-user cache directory (`$XDG_CACHE_HOME/standby` and the like).
    pub dir: Option<PathBuf>,
    /// Whether the OS credential store is worth asking: on Linux only when a session
    /// bus is there to carry the Secret Service.
    pub os_store: bool,
    /// az's configuration directory and the text of its azureProfile.json: any change
    /// of account, tenant or subscription changes the text and so the key.
    pub az_config_dir: Option<PathBuf>,
    pub az_profile: String,
    /// azd's configuration directory (`AZD_CONFIG_DIR`, default ~/.azd).
    pub azd_config_dir: Option<PathBuf>,
}

/// Where the tokens are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    File,
    Keyring,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::File => "file",
            Backend::Keyring => "OS credential store",
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Doc {
    version: u32,
    /// Key for the HMAC that names entries: an entry's name tells nothing about the
    /// identity (or secret) behind it without this.
    salt: String,
    entries: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    /// Which credential gave it, for `auth status`.
    source: String,
    /// Unix seconds.
    expires_on: i64,
    /// Absent when the token is in the OS credential store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    token: Option<String>,
}

/// What a cached token is for: every part of the identity that must match (cloud,
/// tenant, scope, credential kind, account, a secret's fingerprint…). Never stored:
/// only its HMAC is.
pub struct Identity(pub Vec<Vec<u8>>);

pub struct TokenCache {
    dir: PathBuf,
    /// Whether to try the OS store. It is asked only when a token is written, or read
    /// back from it: connecting to it costs more than reading the file, and a token that
    /// went to the file (no Secret Service behind the bus) is served without it.
    os_store: bool,
}

impl TokenCache {
    /// The cache, or None when it is off or there is no directory for it.
    pub fn open(settings: &CacheSettings) -> Option<TokenCache> {
        if !settings.enabled {
            return None;
        }
        let dir = settings.dir.clone()?;
        Some(TokenCache {
            dir,
            os_store: settings.os_store,
        })
    }

    /// Where new tokens go (this asks the OS store whether it is there).
    pub fn backend(&self) -> Backend {
        if self.os_store && keyring_available() {
            Backend::Keyring
        } else {
            Backend::File
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    /// A token for `identity` that is good for more than the margin, if one is kept.
    pub fn get(&self, identity: &Identity) -> Option<AccessToken> {
        let doc = self.load()?;
        let name = entry_name(&doc, identity)?;
        let entry = doc.entries.get(&name).filter(|e| fresh(e.expires_on))?;
        let token = match &entry.token {
            Some(t) => t.clone(),
            // With the OS store off (STANDBY_TOKEN_CACHE=file, no bus), it is not asked.
            None if self.os_store => keyring_entry(&name)?.get_password().ok()?,
            None => return None,
        };
        let expires_on = OffsetDateTime::from_unix_timestamp(entry.expires_on).ok()?;
        Some(AccessToken::new(Secret::new(token), expires_on))
    }

    /// When the kept token for `identity` expires, without reading the token itself.
    pub fn expiry(&self, identity: &Identity) -> Option<OffsetDateTime> {
        let doc = self.load()?;
        let entry = doc.entries.get(&entry_name(&doc, identity)?)?;
        OffsetDateTime::from_unix_timestamp(entry.expires_on).ok()
    }

    /// Keeps `token` for `identity`. Failing to is not an error: the next process asks again.
    pub fn put(&self, identity: &Identity, source: &str, token: &AccessToken) {
        let mut doc = self.load().unwrap_or_else(new_doc);
        let Some(name) = entry_name(&doc, identity) else {
            return;
        };
        let secret = token.token.secret();
        let in_os_store = self.backend() == Backend::Keyring
            && keyring_entry(&name).is_some_and(|e| match e.set_password(secret) {
                Ok(()) => true,
                Err(e) => {
                    log::debug(format_args!(
                        "the OS credential store refused the token ({e}); keeping it in the file"
                    ));
                    false
                }
            });
        let now = OffsetDateTime::now_utc().unix_timestamp();
        doc.entries.retain(|_, e| e.expires_on > now);
        doc.entries.insert(
            name,
            Entry {
                source: source.to_string(),
                expires_on: token.expires_on.unix_timestamp(),
                token: (!in_os_store).then(|| secret.to_string()),
            },
        );
        self.save(&doc);
    }

    /// Forgets the token for `identity` (ARM refused it).
    pub fn remove(&self, identity: &Identity) {
        let Some(mut doc) = self.load() else {
            return;
        };
        let Some(name) = entry_name(&doc, identity) else {
            return;
        };
        if let Some(entry) = doc.entries.remove(&name) {
            if entry.token.is_none() {
                delete_from_keyring(&name);
            }
            self.save(&doc);
        }
    }

    /// Deletes every token this tool kept, and nothing else; says how many there were.
    pub fn clear(&self) -> std::io::Result<usize> {
        let count = match self.load() {
            Some(doc) => {
                for (name, entry) in &doc.entries {
                    if entry.token.is_none() {
                        delete_from_keyring(name);
                    }
                }
                doc.entries.len()
            }
            None => 0,
        };
        match std::fs::remove_file(self.path()) {
            Ok(()) => Ok(count),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(count),
            Err(e) => Err(e),
        }
    }

    /// The entries, if the file is there and trusted.
    fn load(&self) -> Option<Doc> {
        let text = store::read_trusted(&self.path())?;
        match serde_json::from_slice::<Doc>(&text) {
            Ok(doc) if doc.version == VERSION && !doc.salt.is_empty() => Some(doc),
            _ => {
                log::debug(format_args!(
                    "ignoring the token cache {}: not one this version wrote",
                    self.path().display()
                ));
                None
            }
        }
    }

    fn save(&self, doc: &Doc) {
        let Ok(text) = serde_json::to_vec(doc) else {
            return;
        };
        if let Err(e) = store::write_private(&self.dir, FILE, &text) {
            log::debug(format_args!(
                "could not write the token cache in {}: {e}",
                self.dir.display()
            ));
        }
    }
}

fn fresh(expires_on: i64) -> bool {
    expires_on - MARGIN_SECONDS > OffsetDateTime::now_utc().unix_timestamp()
}

fn new_doc() -> Doc {
    let mut salt = [0u8; 32];
    // Without randomness no salt can be made, and nothing is written (see `entry_name`).
    let salt = match aws_lc_rs::rand::SystemRandom::new().fill(&mut salt) {
        Ok(()) => hex(&salt),
        Err(_) => String::new(),
    };
    Doc {
        version: VERSION,
        salt,
        entries: BTreeMap::new(),
    }
}

/// HMAC-SHA256 of the identity's parts, each length-prefixed so that no two
/// identities run together into the same bytes.
fn entry_name(doc: &Doc, identity: &Identity) -> Option<String> {
    if doc.salt.is_empty() {
        return None;
    }
    let key = hmac::Key::new(hmac::HMAC_SHA256, doc.salt.as_bytes());
    let mut ctx = hmac::Context::with_key(&key);
    for part in &identity.0 {
        ctx.update(&(part.len() as u64).to_le_bytes());
        ctx.update(part);
    }
    Some(hex(ctx.sign().as_ref()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn keyring_available() -> bool {
    match keyring::Entry::store_status() {
        Ok(()) => true,
        Err(e) => {
            log::debug(format_args!("no OS credential store ({e}); keeping tokens in a file"));
            false
        }
    }
}

fn keyring_entry(name: &str) -> Option<keyring::Entry> {
    keyring::Entry::new(KEYRING_SERVICE, &format!("arm-token-{name}")).ok()
}

fn delete_from_keyring(name: &str) {
    if let Some(e) = keyring_entry(name) {
        let _ = e.delete_credential();
    }
}

/// The file itself: reading only what is safe to trust, writing atomically and privately.
mod store {
    use super::*;
    use std::io::Write;

    /// The file's bytes, if it is a regular file that we own and nobody else can write.
    pub fn read_trusted(path: &Path) -> Option<Vec<u8>> {
        let meta = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => return untrusted(path, &e.to_string()),
        };
        if !meta.is_file() {
            return untrusted(path, "not a regular file");
        }
        if let Some(why) = foreign(&meta) {
            return untrusted(path, why);
        }
        match std::fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(e) => untrusted(path, &e.to_string()),
        }
    }

    fn untrusted(path: &Path, why: &str) -> Option<Vec<u8>> {
        log::debug(format_args!("ignoring the token cache {}: {why}", path.display()));
        None
    }

    #[cfg(unix)]
    fn foreign(meta: &std::fs::Metadata) -> Option<&'static str> {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        if meta.uid() != me {
            Some("owned by another user")
        } else if meta.mode() & 0o022 != 0 {
            Some("writable by other users")
        } else {
            None
        }
    }

    #[cfg(not(unix))]
    fn foreign(_: &std::fs::Metadata) -> Option<&'static str> {
        None
    }

    /// Writes `name` in `dir` through a temporary file and a rename, so that a reader
    /// sees the old file or the new one, never half of one.
    pub fn write_private(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        private_dir(dir)?;
        let nanos = OffsetDateTime::now_utc().unix_timestamp_nanos();
        let tmp = dir.join(format!(".{name}.{}.{nanos}.tmp", std::process::id()));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let written = options.open(&tmp).and_then(|mut f| f.write_all(bytes));
        let renamed = written.and_then(|()| std::fs::rename(&tmp, dir.join(name)));
        if renamed.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        renamed
    }

    /// Creates `dir` as 0700, or makes an existing one of ours 0700; refuses one that
    /// someone else owns.
    fn private_dir(dir: &Path) -> std::io::Result<()> {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::{MetadataExt, PermissionsExt};
            let meta = std::fs::symlink_metadata(dir)?;
            // SAFETY: as above.
            if !meta.is_dir() || meta.uid() != unsafe { libc::geteuid() } {
                return Err(std::io::Error::other("the directory is not ours"));
            }
            if meta.mode() & 0o777 != 0o700 {
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache(dir: &Path) -> TokenCache {
        TokenCache {
            dir: dir.join("standby"),
            os_store: false,
        }
    }

    fn token(secret: &str, seconds: i64) -> AccessToken {
        AccessToken::new(
            Secret::new(secret.to_string()),
            OffsetDateTime::now_utc() + azure_core::time::Duration::seconds(seconds),
        )
    }

    fn id(parts: &[&str]) -> Identity {
        Identity(parts.iter().map(|p| p.as_bytes().to_vec()).collect())
    }

    #[test]
    fn keeps_tokens_per_identity_until_the_margin() {
        let tmp = tempfile::tempdir().unwrap();
        let c = cache(tmp.path());
        assert!(c.get(&id(&["cli", "a"])).is_none());
        c.put(&id(&["cli", "a"]), "cli", &token("t-a", 3600));
        c.put(&id(&["cli", "b"]), "cli", &token("t-b", 200));
        assert_eq!(c.get(&id(&["cli", "a"])).unwrap().token.secret(), "t-a");
        // Inside the five-minute margin: not served, though still listed.
        assert!(c.get(&id(&["cli", "b"])).is_none());
        assert!(c.expiry(&id(&["cli", "b"])).is_some());
        // Parts do not run together.
        assert!(c.get(&id(&["cl", "ia"])).is_none());
        c.remove(&id(&["cli", "a"]));
        assert!(c.get(&id(&["cli", "a"])).is_none());
        assert_eq!(c.clear().unwrap(), 1);
        assert!(!c.path().exists());
    }

    #[test]
    fn the_file_names_no_identity_and_is_private() {
        let tmp = tempfile::tempdir().unwrap();
        let c = cache(tmp.path());
        c.put(
            &id(&["sp", "client", "the-secret"]),
            "service principal",
            &token("t", 3600),
        );
        let text = std::fs::read_to_string(c.path()).unwrap();
        assert!(!text.contains("the-secret") && !text.contains("client"), "{text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&c.path()), 0o600);
            assert_eq!(mode(&c.dir), 0o700);
        }
    }

    #[test]
    fn a_corrupt_or_shared_file_is_ignored_and_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let c = cache(tmp.path());
        std::fs::create_dir_all(&c.dir).unwrap();
        std::fs::write(c.path(), b"{not json").unwrap();
        assert!(c.get(&id(&["x"])).is_none());
        c.put(&id(&["x"]), "cli", &token("t", 3600));
        assert_eq!(c.get(&id(&["x"])).unwrap().token.secret(), "t");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(c.path(), std::fs::Permissions::from_mode(0o666)).unwrap();
            assert!(c.get(&id(&["x"])).is_none(), "a file others can write is not trusted");
        }
    }
}
