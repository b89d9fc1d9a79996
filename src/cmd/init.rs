//! `crmfile init`: make a store.

use std::io::Write;
use std::path::PathBuf;

use crate::crypt::{self, Keyring};
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::config::DEFAULT_CONFIG;
use crate::store::{CONFIG_FILE, RECIPIENTS_FILE, STATE_DIR};

/// Make a store: config, recipients and a .gitignore for local state.
///
/// Without --recipient the store is encrypted to your own identity; if you have none yet,
/// one is generated at the identity path (mode 0600) and its public key is printed.
///
/// Examples:
///   crmfile init acme-customers
///   crmfile init --recipient age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
///   crmfile --identity ~/.ssh/id_ed25519 init --recipient "$(cat ~/.ssh/id_ed25519.pub)"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Folder to make the store in [default: the current folder]
    pub dir: Option<PathBuf>,

    /// Public key (age1… or ssh-ed25519 …) to encrypt records to; repeat for a team
    #[arg(long = "recipient", short = 'r', value_name = "KEY")]
    pub recipients: Vec<String>,
}

pub fn run(args: Args, ctx: &super::Ctx) -> Result<u8> {
    let dir = args.dir.clone().unwrap_or_else(|| ctx.cwd.clone());
    let state = dir.join(STATE_DIR);
    let config = state.join(CONFIG_FILE);
    if config.exists() {
        return Err(
            Error::new(fl!("error-already-a-store", dir = dir.display().to_string()))
                .hint(fl!("hint-already-a-store")),
        );
    }
    let recipients_path = dir.join(RECIPIENTS_FILE);
    if recipients_path.exists() {
        return Err(Error::new(fl!(
            "error-already-exists",
            path = recipients_path.display().to_string()
        ))
        .hint(fl!("hint-remove-or-elsewhere")));
    }

    let keys = if args.recipients.is_empty() {
        own_public_keys(ctx)?
    } else {
        args.recipients.clone()
    };
    // Check every key before anything is written.
    crypt::parse_recipients(&keys.join("\n"), std::path::Path::new("--recipient"))?;

    let mut text = String::from("# Public keys every record in this folder and below is encrypted to.\n");
    for k in &keys {
        text.push_str(k.trim());
        text.push('\n');
    }
    let id = crate::store::trust::new_store_id();
    let config = format!("{}{DEFAULT_CONFIG}", crate::store::store_id_line(&id));
    let root = crate::store::create(&dir, &config, &text)?;
    // What init wrote is what the user trusts.
    let mut trust = crate::store::trust::Trust::load(&ctx.config_dir(), &root, Some(&id))?;
    trust.trust(&root.join(RECIPIENTS_FILE), &text);
    trust.save()?;
    ctx.status(fl!("status-store-created", dir = dir.display().to_string()));
    for k in &keys {
        ctx.status(format!("  {}", fl!("status-recipient", key = k.as_str())));
    }
    Ok(0)
}

/// The user's own public keys; generates an identity if there is none.
fn own_public_keys(ctx: &super::Ctx) -> Result<Vec<String>> {
    let (path, _) = ctx.identity_path();
    if path.exists() {
        let ring = ctx.keyring()?;
        if ring.public_keys.is_empty() {
            return Err(
                Error::new(fl!("error-no-public-key", path = ring.path.display().to_string()))
                    .hint(fl!("hint-pass-recipient")),
            );
        }
        return Ok(ring.public_keys.clone());
    }
    let (secret, public) = crypt::generate_identity(&ctx.now.to_rfc3339());
    crypt::write_identity(&path, secret.as_bytes())?;
    // Prove the new file loads before the store depends on it.
    Keyring::load(&path, &NoPassphrase)?;
    ctx.status(fl!("status-identity-created", path = path.display().to_string()));
    let _ = writeln!(
        std::io::stderr(),
        "{}",
        fl!("status-public-key", key = public.as_str())
    );
    Ok(vec![public])
}

struct NoPassphrase;

impl crypt::Passphrase for NoPassphrase {
    fn ask(&self, _: &str) -> Result<age::secrecy::SecretString> {
        Err(Error::new(fl!("error-new-identity-passphrase")))
    }
}
