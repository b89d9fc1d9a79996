//! age in and out. Identities are read and unlocked once per run; plaintext lives only in
//! zeroizing buffers.

use std::io::{BufRead, BufReader, Read, Write};
use std::iter;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::i18n::fl;

/// Records larger than this are refused before any decryption is tried.
pub const MAX_RECORD_BYTES: u64 = 1 << 20;

type BoxedIdentity = Box<dyn age::Identity + Send + Sync>;
type BoxedRecipient = Box<dyn age::Recipient + Send + Sync>;

/// The user's private keys, parsed once.
pub struct Keyring {
    identities: Vec<BoxedIdentity>,
    /// Public keys of the identities, where they can be derived (`age1…`).
    pub public_keys: Vec<String>,
    pub path: PathBuf,
    /// The store's seal key, once opened ([`seal`]): records are sealed and checked with it.
    seal: std::sync::RwLock<Option<std::sync::Arc<seal::SealKey>>>,
    /// Records read in this run that carry no seal although the store requires one.
    unsealed: std::sync::Mutex<Vec<PathBuf>>,
    /// The store has a seal key this run could not open: seals go unchecked.
    unchecked: std::sync::atomic::AtomicBool,
    /// Set with the first record put in `unsealed`.
    any_unsealed: std::sync::atomic::AtomicBool,
}

/// How a passphrase is obtained when an identity file is protected by one.
pub trait Passphrase {
    fn ask(&self, what: &str) -> Result<SecretString>;
}

/// Why a record file did not decrypt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecryptFailure {
    /// A well-formed age file, but none of its recipients is one of the user's identities.
    NotForYou,
    /// Not an age file at all, or a truncated or altered one, or one that cannot be read.
    Damaged(Damage),
    /// A record whose seal does not match: not written by a member, or altered since.
    Forged,
}

impl DecryptFailure {
    /// The failure in the language of `loader` (see `FileProblem::text`).
    pub fn text(&self, loader: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        match self {
            DecryptFailure::NotForYou => i18n_embed_fl::fl!(loader, "problem-not-for-you"),
            DecryptFailure::Damaged(Damage::Missing) => i18n_embed_fl::fl!(loader, "problem-missing"),
            DecryptFailure::Damaged(why) => {
                i18n_embed_fl::fl!(loader, "problem-damaged", why = why.text(loader))
            }
            DecryptFailure::Forged => i18n_embed_fl::fl!(loader, "problem-forged"),
        }
    }
}

impl std::fmt::Display for DecryptFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(&crate::i18n::ENGLISH))
    }
}

/// What is wrong with a file that did not decrypt, said in a language when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// Not an age file: its header does not read as one.
    BadHeader,
    /// The header's MAC does not match: it was altered.
    HeaderAltered,
    /// A chunk of the payload did not authenticate.
    PayloadAltered,
    /// The payload ends before its last chunk.
    Truncated,
    /// The file is not there (any more).
    Missing,
    /// The system would not let it be read: its reason, as the system says it.
    Unreadable(crate::i18n::OsReason),
    /// What the age library said, for anything else.
    Other(String),
}

impl Damage {
    pub fn text(&self, loader: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        match self {
            Damage::BadHeader => i18n_embed_fl::fl!(loader, "damage-bad-header"),
            Damage::HeaderAltered => i18n_embed_fl::fl!(loader, "damage-header-altered"),
            Damage::PayloadAltered => i18n_embed_fl::fl!(loader, "damage-payload-altered"),
            Damage::Truncated => i18n_embed_fl::fl!(loader, "damage-truncated"),
            Damage::Missing => i18n_embed_fl::fl!(loader, "problem-missing"),
            Damage::Unreadable(why) => {
                i18n_embed_fl::fl!(loader, "damage-unreadable", why = why.text(loader))
            }
            Damage::Other(why) => why.clone(),
        }
    }

    /// Why a file could not be opened or read.
    fn of_io(e: &std::io::Error) -> Damage {
        match e.kind() {
            std::io::ErrorKind::NotFound => Damage::Missing,
            std::io::ErrorKind::UnexpectedEof => Damage::Truncated,
            _ => Damage::Unreadable(crate::i18n::OsReason::of(e)),
        }
    }
}

fn describe(e: &age::DecryptError) -> Damage {
    match e {
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => Damage::BadHeader,
        age::DecryptError::InvalidMac => Damage::HeaderAltered,
        age::DecryptError::DecryptionFailed => Damage::PayloadAltered,
        age::DecryptError::Io(io) => Damage::of_io(io),
        other => Damage::Other(other.to_string()),
    }
}

impl Keyring {
    /// Reads an identity file: age identities (`AGE-SECRET-KEY-1…`), an age-encrypted
    /// identity file (passphrase-protected), or an OpenSSH ed25519/RSA private key.
    pub fn load(path: &Path, passphrase: &dyn Passphrase) -> Result<Keyring> {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| {
            Error::new(fl!("error-read-identity", path = shown.clone()))
                .caused_by(e)
                .hint(fl!("hint-identity"))
        })?;
        // Like ssh: a key others can read is not a secret any more.
        if meta.is_file()
            && let Some(mode) = open_to_others(path)
        {
            return Err(Error::new(fl!(
                "error-identity-permissions",
                path = shown.clone(),
                mode = format!("{mode:o}")
            ))
            .hint(fl!("hint-identity-permissions", path = shown.clone())));
        }
        // Never read past the cap: a device (`/dev/zero`) or a pipe has no size to check.
        let mut bytes = Zeroizing::new(Vec::new());
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_IDENTITY_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| Error::new(fl!("error-read-identity", path = shown.clone())).cause(e))?;
        if meta.len() > MAX_IDENTITY_BYTES || bytes.len() as u64 > MAX_IDENTITY_BYTES {
            return Err(Error::new(fl!("error-identity-too-large", path = shown.clone())));
        }
        let bad = |why: String| {
            Error::new(fl!("error-identity-unusable", path = shown.clone()))
                .cause(why)
                .hint(fl!("hint-identity-format"))
        };
        let (identities, public_keys) = if bytes.starts_with(b"age-encryption.org/")
            || bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----")
        {
            let pass = passphrase.ask(&fl!("ask-passphrase", path = shown.clone()))?;
            let armored = age::armor::ArmoredReader::new(&bytes[..]);
            let decryptor = age::Decryptor::new_buffered(BufReader::new(armored))
                .map_err(|e| bad(describe(&e).text(&crate::i18n::LOADER)))?;
            let scrypt = age::scrypt::Identity::new(pass);
            let mut reader = decryptor
                .decrypt(iter::once(&scrypt as &dyn age::Identity))
                .map_err(|e| match e {
                    age::DecryptError::NoMatchingKeys
                    | age::DecryptError::KeyDecryptionFailed
                    | age::DecryptError::DecryptionFailed => {
                        Error::new(fl!("error-wrong-passphrase", path = shown.clone()))
                    }
                    other => bad(describe(&other).text(&crate::i18n::LOADER)),
                })?;
            let mut inner = Zeroizing::new(Vec::new());
            reader.read_to_end(&mut inner).map_err(|e| bad(e.to_string()))?;
            parse_age_identities(&inner).map_err(bad)?
        } else if bytes.starts_with(b"-----BEGIN OPENSSH PRIVATE KEY-----")
            || bytes.starts_with(b"-----BEGIN RSA PRIVATE KEY-----")
        {
            let key = age::ssh::Identity::from_buffer(&bytes[..], Some(shown.clone()))
                .map_err(|_| bad(fl!("cause-identity-bad-ssh")))?;
            let key = match key {
                age::ssh::Identity::Encrypted(enc) => {
                    let pass = passphrase.ask(&fl!("ask-ssh-passphrase", path = shown.clone()))?;
                    let plain = enc
                        .decrypt(pass)
                        .map_err(|_| Error::new(fl!("error-wrong-ssh-passphrase", path = shown.clone())))?;
                    age::ssh::Identity::from(plain)
                }
                age::ssh::Identity::Unsupported(k) => {
                    return Err(bad(fl!(
                        "cause-identity-ssh-type",
                        kind = format!("{:?}", std::mem::discriminant(&k))
                    )));
                }
                unencrypted => unencrypted,
            };
            let public = ssh_public_key(path);
            (vec![Box::new(key) as BoxedIdentity], public.into_iter().collect())
        } else {
            parse_age_identities(&bytes).map_err(bad)?
        };
        if identities.is_empty() {
            return Err(bad(fl!("cause-identity-empty")));
        }
        Ok(Keyring {
            identities,
            public_keys,
            path: path.to_path_buf(),
            seal: std::sync::RwLock::new(None),
            unsealed: std::sync::Mutex::new(Vec::new()),
            unchecked: std::sync::atomic::AtomicBool::new(false),
            any_unsealed: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// Whether every identity's public key is known, so that a recipients list without
    /// any of them means the files it covers are not for this keyring.
    pub fn knows_all_public_keys(&self) -> bool {
        !self.public_keys.is_empty() && self.public_keys.len() >= self.identities.len()
    }

    /// From now on, records are sealed with `key` and checked against it.
    pub fn use_seal_key(&self, key: seal::SealKey) {
        *self.seal.write().unwrap_or_else(|p| p.into_inner()) = Some(std::sync::Arc::new(key));
    }

    pub fn seal_key(&self) -> Option<std::sync::Arc<seal::SealKey>> {
        self.seal.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Decrypts a record and checks its seal: a seal that does not match is
    /// [`DecryptFailure::Forged`]; a missing one, where the store requires it, is noted
    /// against `path` ([`Keyring::unsealed`]) and the record returned. Without a seal key
    /// (a store from before sealing, or one whose key is not sealed to this identity)
    /// nothing can be checked.
    pub fn open_record(
        &self,
        ciphertext: &[u8],
        path: &Path,
    ) -> std::result::Result<Zeroizing<Vec<u8>>, DecryptFailure> {
        let plain = self.decrypt(ciphertext)?;
        if let Some(key) = self.seal_key() {
            let carried = seal::header_stanza(ciphertext, seal::MAC_TAG);
            match key.check(&plain, carried.as_deref()) {
                seal::Seal::Valid => {}
                seal::Seal::Invalid => return Err(DecryptFailure::Forged),
                seal::Seal::Missing if key.required => {
                    self.unsealed
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .push(path.to_path_buf());
                    self.any_unsealed
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                }
                seal::Seal::Missing => {}
            }
        }
        Ok(plain)
    }

    /// The records read so far that carry no seal in a store that requires one.
    pub fn unsealed(&self) -> Vec<PathBuf> {
        let mut list = self.unsealed.lock().unwrap_or_else(|p| p.into_inner()).clone();
        list.sort();
        list.dedup();
        list
    }

    /// Marks this run as one that reads records without checking their seals.
    pub fn seals_unchecked(&self) {
        self.unchecked.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// Whether the record at `path` was flagged for carrying no seal in this run, or
    /// could not be checked at all: either way it is not cached as checked.
    pub fn not_checked(&self, path: &Path) -> bool {
        self.unchecked.load(std::sync::atomic::Ordering::Relaxed) || self.flagged(path)
    }

    /// Whether the record at `path` was flagged for carrying no seal in this run. Asked
    /// for every record an index build reads: without a flagged record (the usual run) it
    /// takes no lock.
    pub fn flagged(&self, path: &Path) -> bool {
        self.any_unsealed.load(std::sync::atomic::Ordering::Relaxed)
            && self
                .unsealed
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .iter()
                .any(|p| p == path)
    }

    /// The MAC stanza's argument for a record's plaintext, when there is a seal key.
    pub fn mac(&self, plaintext: &[u8]) -> Option<String> {
        self.seal_key().map(|k| k.mac(plaintext))
    }

    /// Decrypts one age file held in memory (binary, or ASCII-armored as `age -a` writes).
    pub fn decrypt(&self, ciphertext: &[u8]) -> std::result::Result<Zeroizing<Vec<u8>>, DecryptFailure> {
        if ciphertext.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----") {
            return self.decrypt_from(age::armor::ArmoredReader::new(ciphertext), ciphertext.len());
        }
        self.decrypt_from(ciphertext, ciphertext.len())
    }

    /// Decrypts a binary age file as it is read, without holding its ciphertext.
    pub fn decrypt_file(&self, path: &Path) -> std::result::Result<Zeroizing<Vec<u8>>, DecryptFailure> {
        let file = std::fs::File::open(path).map_err(|e| DecryptFailure::Damaged(Damage::of_io(&e)))?;
        let size = file.metadata().map_or(0, |m| m.len() as usize);
        self.decrypt_from(std::io::BufReader::with_capacity(1 << 16, file), size)
    }

    /// Decrypts a binary age file into `out` as it is read: memory does not grow with the
    /// file. Returns the plaintext's length and SHA-256 (hex).
    pub fn decrypt_stream(
        &self,
        path: &Path,
        out: &mut dyn Write,
    ) -> std::result::Result<(u64, String), DecryptFailure> {
        use sha2::Digest;
        let file = std::fs::File::open(path).map_err(|e| DecryptFailure::Damaged(Damage::of_io(&e)))?;
        let mut reader = self.reader(std::io::BufReader::with_capacity(1 << 16, file))?;
        let mut hash = sha2::Sha256::new();
        let mut buf = Zeroizing::new(vec![0u8; 1 << 16]);
        let mut total = 0u64;
        loop {
            let n = std::io::Read::read(&mut reader, &mut buf).map_err(payload_failure)?;
            if n == 0 {
                break;
            }
            hash.update(&buf[..n]);
            out.write_all(&buf[..n])
                .map_err(|e| DecryptFailure::Damaged(Damage::of_io(&e)))?;
            total += n as u64;
        }
        Ok((total, hex(&hash.finalize())))
    }

    /// The plaintext of an age file as a reader: the header opened with this keyring's
    /// identities, the payload decrypted (and authenticated) a chunk at a time as it is read.
    fn reader<R: BufRead>(&self, input: R) -> std::result::Result<impl std::io::Read, DecryptFailure> {
        let decryptor =
            age::Decryptor::new_buffered(input).map_err(|e| DecryptFailure::Damaged(describe(&e)))?;
        decryptor
            .decrypt(self.identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
            .map_err(|e| match e {
                // At this stage DecryptionFailed means a stanza did not open with the key
                // or passphrase given (a passphrase stanza says so); the payload comes later.
                age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                    DecryptFailure::NotForYou
                }
                other => DecryptFailure::Damaged(describe(&other)),
            })
    }

    fn decrypt_from<R: BufRead>(
        &self,
        input: R,
        size: usize,
    ) -> std::result::Result<Zeroizing<Vec<u8>>, DecryptFailure> {
        let mut reader = self.reader(input)?;
        let mut plain = Zeroizing::new(Vec::with_capacity(size));
        // What was read before a failing chunk is dropped (and zeroized) with `plain`.
        reader.read_to_end(&mut plain).map_err(payload_failure)?;
        Ok(plain)
    }
}

/// Why a payload could not be read to its end.
fn payload_failure(e: std::io::Error) -> DecryptFailure {
    DecryptFailure::Damaged(match e.kind() {
        std::io::ErrorKind::UnexpectedEof => Damage::Truncated,
        _ => Damage::PayloadAltered,
    })
}

/// The `.pub` next to an SSH private key, if present: its recipient line.
fn ssh_public_key(private: &Path) -> Option<String> {
    let mut name = private.as_os_str().to_owned();
    name.push(".pub");
    let text = std::fs::read_to_string(PathBuf::from(name)).ok()?;
    let line = text.lines().next()?.trim();
    let mut parts = line.split_whitespace();
    Some(format!("{} {}", parts.next()?, parts.next()?))
}

fn parse_age_identities(bytes: &[u8]) -> std::result::Result<(Vec<BoxedIdentity>, Vec<String>), String> {
    let mut identities: Vec<BoxedIdentity> = Vec::new();
    let mut public = Vec::new();
    for (n, line) in bytes.lines().enumerate() {
        let line =
            Zeroizing::new(line.map_err(|_| fl!("identity-line-not-utf8", line = (n + 1).to_string()))?);
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let id = age::x25519::Identity::from_str(t)
            .map_err(|_| fl!("identity-line-not-age", line = (n + 1).to_string()))?;
        public.push(id.to_public().to_string());
        identities.push(Box::new(x25519::Identity::from_age(&id)));
    }
    Ok((identities, public))
}

/// A fresh identity as the text of an identity file, and its public key.
pub fn generate_identity(now: &str) -> (Zeroizing<String>, String) {
    let id = age::x25519::Identity::generate();
    let public = id.to_public().to_string();
    let text = Zeroizing::new(format!(
        "# created: {now}\n# public key: {public}\n{}\n",
        id.to_string().expose_secret()
    ));
    (text, public)
}

/// One line of a `.age-recipients` file.
pub struct RecipientKey {
    /// The key as written (type and key, without a trailing label).
    pub text: String,
    pub key: BoxedRecipient,
}

/// Parses a recipients file: `age1…` and `ssh-ed25519`/`ssh-rsa` keys, `#` comments,
/// blank lines. A passphrase (scrypt) recipient is not supported for records.
pub fn parse_recipients(text: &str, path: &Path) -> Result<Vec<RecipientKey>> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let key: BoxedRecipient = if line.starts_with("age1") {
            Box::new(age::x25519::Recipient::from_str(line).map_err(|e| {
                Error::new(fl!(
                    "error-bad-age-recipient",
                    path = path.display().to_string(),
                    line = (n + 1).to_string()
                ))
                .cause(e)
            })?)
        } else if line.starts_with("ssh-") {
            Box::new(age::ssh::Recipient::from_str(line).map_err(|e| {
                Error::new(fl!(
                    "error-bad-ssh-recipient",
                    path = path.display().to_string(),
                    line = (n + 1).to_string()
                ))
                .cause(format!("{e:?}"))
            })?)
        } else {
            return Err(Error::new(fl!(
                "error-not-a-recipient",
                path = path.display().to_string(),
                line = (n + 1).to_string()
            ))
            .hint(fl!("hint-recipients-format")));
        };
        let text = line.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        out.push(RecipientKey { text, key });
    }
    if out.is_empty() {
        return Err(
            Error::new(fl!("error-no-recipient", path = path.display().to_string()))
                .hint(fl!("hint-add-recipient")),
        );
    }
    Ok(out)
}

/// The tag of a stanza that opens nothing: it carries [`recipients_digest`] of the keys a
/// record was sealed to, so `reencrypt` tells from the header alone (no decryption)
/// whether a record still matches its folder's list. Identities pass over stanzas whose
/// tag they do not know (as with age's "grease" stanzas), so age, rage and older crmfile
/// builds read these files as before.
pub const RECIPIENTS_TAG: &str = "crmfile-recipients";

/// A short hash of a list of keys (order and repeats do not count).
pub fn recipients_digest<'a>(keys: impl IntoIterator<Item = &'a str>) -> String {
    use sha2::Digest;
    let mut keys: Vec<&str> = keys.into_iter().collect();
    keys.sort_unstable();
    keys.dedup();
    hex(&sha2::Sha256::digest(keys.join("\n").as_bytes())[..16])
}

/// Bytes as lower-case hex: digests in files, names and messages.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The recipient that writes crmfile's own stanzas: [`RECIPIENTS_TAG`], and a record's
/// [`seal::MAC_TAG`].
struct Marker(Vec<(&'static str, String)>);

impl age::Recipient for Marker {
    fn wrap_file_key(
        &self,
        _: &age_core::format::FileKey,
    ) -> std::result::Result<
        (Vec<age_core::format::Stanza>, std::collections::HashSet<String>),
        age::EncryptError,
    > {
        Ok((
            self.0
                .iter()
                .map(|(tag, arg)| age_core::format::Stanza {
                    tag: (*tag).into(),
                    args: vec![arg.clone()],
                    body: Vec::new(),
                })
                .collect(),
            std::collections::HashSet::new(),
        ))
    }
}

/// Encrypts in memory to every recipient; the result is a binary (not armored) age file.
/// Keys in `first` (the user's own) go first in the header: decrypting tries stanzas in
/// order, so this makes the user's own reads cheaper.
pub fn encrypt(recipients: &[RecipientKey], first: &[String], plaintext: &[u8]) -> Result<Vec<u8>> {
    encrypt_sealed(recipients, first, plaintext, None)
}

/// [`encrypt`], with a record's MAC in the header when there is one ([`seal`]).
pub fn encrypt_sealed(
    recipients: &[RecipientKey],
    first: &[String],
    plaintext: &[u8],
    mac: Option<String>,
) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(plaintext.len() + 350);
    let mut writer = stream_with(recipients, first, &mut out, mac)?;
    writer
        .write_all(plaintext)
        .map_err(|e| Error::new(fl!("error-encryption-failed")).caused_by(e))?;
    writer
        .finish()
        .map_err(|e| Error::new(fl!("error-encryption-failed")).caused_by(e))?;
    Ok(out)
}

/// [`encrypt`] as a stream: a writer that encrypts what it is given into `out` as it
/// goes, with the same header (the user's own keys first, the recipients-list marker), for
/// attachments whose size is not held in memory; `finish` it to write the last chunk.
pub fn encrypting_stream<W: Write>(
    recipients: &[RecipientKey],
    first: &[String],
    out: W,
) -> Result<age::stream::StreamWriter<W>> {
    stream_with(recipients, first, out, None)
}

fn stream_with<W: Write>(
    recipients: &[RecipientKey],
    first: &[String],
    out: W,
    mac: Option<String>,
) -> Result<age::stream::StreamWriter<W>> {
    let mut ordered: Vec<&RecipientKey> = recipients.iter().collect();
    ordered.sort_by_key(|r| !first.contains(&r.text));
    let mut stanzas = vec![(
        RECIPIENTS_TAG,
        recipients_digest(recipients.iter().map(|r| r.text.as_str())),
    )];
    stanzas.extend(mac.map(|m| (seal::MAC_TAG, m)));
    let marker = Marker(stanzas);
    let encryptor = age::Encryptor::with_recipients(
        ordered
            .iter()
            .map(|r| r.key.as_ref() as &dyn age::Recipient)
            .chain(std::iter::once(&marker as &dyn age::Recipient)),
    )
    .map_err(|e| Error::new(fl!("error-cannot-encrypt-to")).caused_by(e))?;
    encryptor
        .wrap_output(out)
        .map_err(|e| Error::new(fl!("error-encryption-failed")).caused_by(e))
}

/// A writer that encrypts what it is given into `out` as it goes (for files too large to
/// hold twice in memory); `finish` it to write the last chunk.
pub fn encrypting_writer<W: Write>(
    recipients: &[RecipientKey],
    out: W,
) -> Result<age::stream::StreamWriter<W>> {
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r.key.as_ref() as &dyn age::Recipient))
            .map_err(|e| Error::new(fl!("error-cannot-encrypt-to")).caused_by(e))?;
    encryptor
        .wrap_output(out)
        .map_err(|e| Error::new(fl!("error-encryption-failed")).caused_by(e))
}

/// A key file's permission bits when its group or others may use it (ssh refuses such
/// a key); `None` when only the owner can.
/// The largest identity file read: a few keys, or an SSH key, are far smaller.
pub const MAX_IDENTITY_BYTES: u64 = 64 * 1024;

pub fn open_to_others(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
        (mode & 0o077 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Writes a new identity file (mode 0600, never over an existing file), making its folder.
pub fn write_identity(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(path).map_err(|e| Error::io("create", path, e))?;
    f.write_all(bytes)
        .and_then(|_| f.sync_all())
        .map_err(|e| Error::io("write", path, e))
}

/// Asks for a passphrase once: from the file in `CRMFILE_PASSPHRASE_FILE` (for cron),
/// else at the terminal.
pub struct AskPassphrase;

impl Passphrase for AskPassphrase {
    fn ask(&self, what: &str) -> Result<SecretString> {
        if let Some(file) = std::env::var_os("CRMFILE_PASSPHRASE_FILE") {
            let text = zeroize::Zeroizing::new(
                std::fs::read_to_string(&file)
                    .map_err(|e| Error::io("read passphrase file", std::path::Path::new(&file), e))?,
            );
            return Ok(SecretString::from(
                text.trim_end_matches(['\n', '\r']).to_string(),
            ));
        }
        rpassword::prompt_password(format!("{what}: "))
            .map(SecretString::from)
            .map_err(|e| {
                Error::new(crate::i18n::fl!("error-cannot-ask", what = what))
                    .caused_by(e)
                    .hint(crate::i18n::fl!("hint-passphrase-file"))
            })
    }
}

pub mod seal;
mod x25519;

/// The C2SP CCTV age test vectors, run through this decrypt path.
#[cfg(test)]
mod vectors;

#[cfg(test)]
mod tests {
    use super::*;

    struct NoPass;
    impl Passphrase for NoPass {
        fn ask(&self, _: &str) -> Result<SecretString> {
            Err(Error::new("no passphrase in tests"))
        }
    }

    fn keyring(text: &str) -> Keyring {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("id.txt");
        std::fs::write(&p, text).unwrap();
        std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
        Keyring::load(&p, &NoPass).unwrap()
    }

    #[test]
    fn round_trip_and_failure_classes() {
        let (text, public) = generate_identity("test");
        let ring = keyring(&text);
        assert_eq!(ring.public_keys, vec![public.clone()]);
        let recips = parse_recipients(&format!("# team\n\n{public}\n"), Path::new("r")).unwrap();
        let ct = encrypt(&recips, &[], "name = \"张伟\"".as_bytes()).unwrap();
        assert_eq!(&ring.decrypt(&ct).unwrap()[..], "name = \"张伟\"".as_bytes());

        let (other, _) = generate_identity("test");
        assert_eq!(
            keyring(&other).decrypt(&ct).unwrap_err(),
            DecryptFailure::NotForYou
        );
        assert!(matches!(
            ring.decrypt(&ct[..ct.len() - 5]),
            Err(DecryptFailure::Damaged(_))
        ));
        assert!(matches!(
            ring.decrypt(b"name = 1"),
            Err(DecryptFailure::Damaged(_))
        ));
        let mut flipped = ct.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(matches!(ring.decrypt(&flipped), Err(DecryptFailure::Damaged(_))));
    }

    #[test]
    fn recipients_file_errors_name_the_line() {
        let e = parse_recipients("age1abc\n", Path::new("x/.age-recipients"))
            .err()
            .unwrap();
        assert!(e.message.contains("x/.age-recipients:1"), "{}", e.message);
        assert!(parse_recipients("# only a comment\n", Path::new("r")).is_err());
    }
}
