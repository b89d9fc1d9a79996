//! An X25519 identity that knows its public key. age's own identity derives the public
//! key from the secret key again for every stanza it tries (a scalar multiplication,
//! about a fifth of the cost of reading a record); this one computes it once. Stanzas
//! are unwrapped by the rules of <https://c2sp.org/age#x25519-recipient-stanza>, with
//! age-core's HKDF and ChaCha20-Poly1305, and are checked against the same C2SP test
//! vectors as every other decryption (`vectors.rs`).

use age::DecryptError;
use age::secrecy::ExposeSecret;
use age_core::format::{FileKey, Stanza};
use age_core::primitives::{aead_decrypt, hkdf};
use base64::Engine;
use base64::prelude::BASE64_STANDARD_NO_PAD;
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::{Zeroize, Zeroizing};

const TAG: &str = "X25519";
const LABEL: &[u8] = b"age-encryption.org/v1/X25519";
const FILE_KEY_BYTES: usize = 16;
/// The wrapped file key and its Poly1305 tag.
const BODY_BYTES: usize = FILE_KEY_BYTES + 16;

pub struct Identity {
    /// Zeroized when dropped.
    secret: StaticSecret,
    public: PublicKey,
}

impl Identity {
    /// The same key as `id`, which age's parser has already checked.
    pub fn from_age(id: &age::x25519::Identity) -> Identity {
        let text = id.to_string();
        let (_, bytes) = bech32::decode(text.expose_secret()).expect("age writes valid Bech32");
        let bytes = Zeroizing::new(bytes);
        let mut key: [u8; 32] = bytes[..].try_into().expect("an age secret key is 32 bytes");
        let secret = StaticSecret::from(key);
        key.zeroize();
        let public = PublicKey::from(&secret);
        Identity { secret, public }
    }
}

/// An ephemeral share: exactly 32 bytes in canonical unpadded base64.
fn share(arg: &str) -> Option<[u8; 32]> {
    let mut buf = [0u8; 33];
    match BASE64_STANDARD_NO_PAD.decode_slice(arg, &mut buf) {
        Ok(32) => buf[..32].try_into().ok(),
        _ => None,
    }
}

impl age::Identity for Identity {
    fn unwrap_stanza(&self, stanza: &Stanza) -> Option<Result<FileKey, DecryptError>> {
        if stanza.tag != TAG {
            return None;
        }
        let epk = match &stanza.args[..] {
            [arg] => match share(arg) {
                Some(bytes) => PublicKey::from(bytes),
                None => return Some(Err(DecryptError::InvalidHeader)),
            },
            _ => return Some(Err(DecryptError::InvalidHeader)),
        };
        if stanza.body.len() != BODY_BYTES {
            return Some(Err(DecryptError::InvalidHeader));
        }
        let shared = self.secret.diffie_hellman(&epk);
        // A low-order share gives an all-zero secret: refused, as age does.
        if !shared.was_contributory() {
            return Some(Err(DecryptError::InvalidHeader));
        }
        let mut salt = [0u8; 64];
        salt[..32].copy_from_slice(epk.as_bytes());
        salt[32..].copy_from_slice(self.public.as_bytes());
        let mut key = hkdf(&salt, LABEL, shared.as_bytes());
        // Not this key: another identity may open the stanza.
        let opened = aead_decrypt(&key, FILE_KEY_BYTES, &stanza.body).ok();
        key.zeroize();
        opened.map(|mut plain| {
            Ok(FileKey::init_with_mut(|file_key| {
                file_key.copy_from_slice(&plain);
                plain.zeroize();
            }))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::str::FromStr;

    /// What age's own identity opens, this one opens to the same bytes; what it refuses,
    /// this one refuses.
    #[test]
    fn opens_what_age_opens_and_only_that() {
        let mine = age::x25519::Identity::generate();
        let other = age::x25519::Identity::generate();
        let seal = |to: &age::x25519::Identity| {
            let e = age::Encryptor::with_recipients(std::iter::once(&to.to_public() as &dyn age::Recipient))
                .unwrap();
            let mut out = Vec::new();
            let mut w = e.wrap_output(&mut out).unwrap();
            w.write_all(b"secret record").unwrap();
            w.finish().unwrap();
            out
        };
        let open = |id: &dyn age::Identity, file: &[u8]| {
            let d = age::Decryptor::new_buffered(file).unwrap();
            let mut plain = Vec::new();
            d.decrypt(std::iter::once(id))
                .ok()
                .map(|mut r| r.read_to_end(&mut plain).map(|_| plain))
        };
        let fast = Identity::from_age(&mine);
        // The public key, as age derives it, through its text form.
        let r = age::x25519::Recipient::from_str(&mine.to_public().to_string()).unwrap();
        let (_, derived) = bech32::decode(&r.to_string()).unwrap();
        assert_eq!(fast.public.as_bytes()[..], derived[..]);
        let file = seal(&mine);
        assert_eq!(open(&fast, &file).unwrap().unwrap(), b"secret record");
        assert_eq!(open(&mine, &file).unwrap().unwrap(), b"secret record");
        let theirs = seal(&other);
        assert!(open(&fast, &theirs).is_none());
        assert!(open(&mine, &theirs).is_none());
    }
}
