//! Authenticated records. age makes a record secret, not authentic: anyone who knows the
//! store's public keys (they are in `.age-recipients`, in git) can write a record every
//! member's crmfile opens. So each record also carries a MAC: HMAC-SHA256 over its
//! plaintext, keyed with the store's *seal key* (32 random bytes that only members can
//! open, `.crmfile/seal-key.age`), written in the age header as a
//! `-> crmfile-mac <base64>` stanza that identities pass over (age and rage read the file
//! as before). A record whose MAC does not match was not written by a member, or was
//! altered: it is refused. A record without one (written by age or rage by hand, by a
//! crmfile from before sealing, or by someone outside) is read and flagged, once the
//! store's records have all been sealed (`required`).

use base64::Engine;
use hmac::{KeyInit, Mac};
use zeroize::Zeroizing;

/// The tag of the header stanza that carries a record's MAC.
pub const MAC_TAG: &str = "crmfile-mac";

/// What the key file holds: this line, the key, then one byte of flags.
const MAGIC: &[u8] = b"crmfile-seal-key-1\n";
/// A key file while records are sealed again with a new key: this line, one byte of
/// flags, the number of earlier keys, the key, then each earlier key.
const MAGIC_2: &[u8] = b"crmfile-seal-key-2\n";

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// The store's seal key, and whether every record must carry a seal.
pub struct SealKey {
    key: Zeroizing<[u8; 32]>,
    /// Every record of the store was sealed (a new store, or `audit --fix` sealed the
    /// older ones): a record without a seal is flagged.
    pub required: bool,
    /// Keys this one replaces, still accepted while the records are sealed again with it
    /// (someone was removed); dropped once they are.
    previous: Vec<Zeroizing<[u8; 32]>>,
}

/// How a record's seal stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seal {
    /// It carries a seal that matches: written by a member.
    Valid,
    /// It carries none.
    Missing,
    /// It carries one that does not match: not written by a member, or altered.
    Invalid,
}

impl SealKey {
    pub fn generate(required: bool) -> SealKey {
        use rand::RngCore;
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rng().fill_bytes(&mut key[..]);
        SealKey {
            key,
            required,
            previous: Vec::new(),
        }
    }

    /// A new key that replaces this one; this one is still accepted until
    /// [`SealKey::settled`].
    pub fn rotated(&self) -> SealKey {
        let mut next = SealKey::generate(self.required);
        next.previous.push(self.key.clone());
        next.previous.extend(self.previous.iter().cloned());
        next
    }

    /// This key alone: every record is sealed with it.
    pub fn settled(&self) -> SealKey {
        SealKey {
            key: self.key.clone(),
            required: self.required,
            previous: Vec::new(),
        }
    }

    /// This key, with every record of the store required to carry a seal.
    pub fn requiring(&self) -> SealKey {
        SealKey {
            key: self.key.clone(),
            required: true,
            previous: self.previous.clone(),
        }
    }

    /// The key file's plaintext.
    pub fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(MAGIC_2.len() + 34 + 32 * self.previous.len()));
        if self.previous.is_empty() {
            out.extend_from_slice(MAGIC);
            out.extend_from_slice(&self.key[..]);
            out.push(u8::from(self.required));
            return out;
        }
        let previous = &self.previous[..self.previous.len().min(usize::from(u8::MAX))];
        out.extend_from_slice(MAGIC_2);
        out.push(u8::from(self.required));
        out.push(u8::try_from(previous.len()).unwrap_or(u8::MAX));
        out.extend_from_slice(&self.key[..]);
        for k in previous {
            out.extend_from_slice(&k[..]);
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<SealKey> {
        let take = |b: &[u8]| {
            let mut key = Zeroizing::new([0u8; 32]);
            key.copy_from_slice(b);
            key
        };
        if let Some(rest) = bytes.strip_prefix(MAGIC) {
            if rest.len() != 33 || rest[32] > 1 {
                return None;
            }
            return Some(SealKey {
                key: take(&rest[..32]),
                required: rest[32] == 1,
                previous: Vec::new(),
            });
        }
        let rest = bytes.strip_prefix(MAGIC_2)?;
        let (&flags, rest) = rest.split_first()?;
        let (&count, rest) = rest.split_first()?;
        if flags > 1 || rest.len() != 32 * (1 + usize::from(count)) {
            return None;
        }
        let mut keys = rest.chunks_exact(32).map(take);
        Some(SealKey {
            key: keys.next()?,
            required: flags == 1,
            previous: keys.collect(),
        })
    }

    /// Whether keys this one replaces are still accepted.
    pub fn is_rotating(&self) -> bool {
        !self.previous.is_empty()
    }

    fn hmac(&self, plaintext: &[u8]) -> HmacSha256 {
        hmac_with(&self.key, plaintext)
    }

    /// The MAC of a record's plaintext, as the stanza carries it.
    pub fn mac(&self, plaintext: &[u8]) -> String {
        base64::engine::general_purpose::STANDARD_NO_PAD.encode(self.hmac(plaintext).finalize().into_bytes())
    }

    /// How a record stands: `carried` is the MAC its header holds, if any. Compared in
    /// constant time.
    pub fn check(&self, plaintext: &[u8], carried: Option<&str>) -> Seal {
        let Some(text) = carried else {
            return Seal::Missing;
        };
        let Ok(tag) = base64::engine::general_purpose::STANDARD_NO_PAD.decode(text) else {
            return Seal::Invalid;
        };
        let matches = |key: &[u8; 32]| hmac_with(key, plaintext).verify_slice(&tag).is_ok();
        if matches(&self.key) || self.previous.iter().any(|k| matches(k)) {
            Seal::Valid
        } else {
            Seal::Invalid
        }
    }

    /// A short, non-secret name of the key file's content (the key, whether seals are
    /// required, the earlier keys still accepted), to tell one from another: the same key
    /// put back with `required` off, or with a replaced key accepted again, is another.
    pub fn fingerprint(&self) -> String {
        let mut what = b"fingerprint".to_vec();
        what.push(u8::from(self.required));
        for k in &self.previous {
            what.extend_from_slice(&hmac_with(k, b"previous").finalize().into_bytes());
        }
        super::hex(&self.hmac(&what).finalize().into_bytes()[..8])
    }
}

fn hmac_with(key: &[u8; 32], plaintext: &[u8]) -> HmacSha256 {
    let mut mac = <HmacSha256 as KeyInit>::new_from_slice(&key[..]).expect("HMAC takes any key length");
    mac.update(b"crmfile record v1\0");
    mac.update(plaintext);
    mac
}

/// The stanzas of an age file's header (binary or armored), each as its tag and first
/// argument; `None` when the bytes hold no header. The one reading of a header for
/// crmfile's own stanzas and the recipient count.
pub fn header_stanzas(ciphertext: &[u8]) -> Option<Vec<(String, Option<String>)>> {
    if ciphertext.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----") {
        use std::io::Read;
        let mut decoded = Vec::new();
        let _ = age::armor::ArmoredReader::new(ciphertext)
            .take(64 * 1024)
            .read_to_end(&mut decoded);
        return header_stanzas(&decoded).filter(|_| !decoded.starts_with(b"-----"));
    }
    let end = ciphertext.windows(4).position(|w| w == b"\n---")?;
    let header = std::str::from_utf8(&ciphertext[..end]).ok()?;
    Some(
        header
            .lines()
            .filter_map(|l| {
                let mut words = l.strip_prefix("-> ")?.split_whitespace();
                Some((words.next()?.to_string(), words.next().map(String::from)))
            })
            .collect(),
    )
}

/// The argument of the one stanza tagged `tag` in an age file's header; `None` when
/// there is none, or more than one (not a file crmfile wrote: trust neither).
pub fn header_stanza(ciphertext: &[u8], tag: &str) -> Option<String> {
    let mut found = header_stanzas(ciphertext)?
        .into_iter()
        .filter(|(t, _)| t == tag)
        .map(|(_, arg)| arg);
    let first = found.next()??;
    found.next().is_none().then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seal_matches_its_record_only() {
        let key = SealKey::generate(true);
        let mac = key.mac(b"name = \"a\"");
        assert_eq!(key.check(b"name = \"a\"", Some(&mac)), Seal::Valid);
        assert_eq!(key.check(b"name = \"b\"", Some(&mac)), Seal::Invalid);
        assert_eq!(key.check(b"name = \"a\"", None), Seal::Missing);
        assert_eq!(key.check(b"name = \"a\"", Some("not base64!")), Seal::Invalid);
        let other = SealKey::generate(true);
        assert_eq!(other.check(b"name = \"a\"", Some(&mac)), Seal::Invalid);
        assert_ne!(key.fingerprint(), other.fingerprint());
    }

    #[test]
    fn the_key_file_round_trips_and_refuses_anything_else() {
        let key = SealKey::generate(false);
        let back = SealKey::from_bytes(&key.to_bytes()).unwrap();
        assert_eq!(back.fingerprint(), key.fingerprint());
        assert!(!back.required);
        assert!(SealKey::from_bytes(b"crmfile-seal-key-1\nshort").is_none());
        let mut flags = key.to_bytes().to_vec();
        *flags.last_mut().unwrap() = 7;
        assert!(SealKey::from_bytes(&flags).is_none());
    }

    #[test]
    fn a_rotated_key_accepts_the_old_seals_until_settled() {
        let old = SealKey::generate(true);
        let sealed_before = old.mac(b"x");
        let next = old.rotated();
        assert!(next.is_rotating());
        assert_eq!(next.check(b"x", Some(&sealed_before)), Seal::Valid);
        assert_eq!(old.check(b"x", Some(&next.mac(b"x"))), Seal::Invalid);
        let back = SealKey::from_bytes(&next.to_bytes()).unwrap();
        assert_eq!(back.check(b"x", Some(&sealed_before)), Seal::Valid);
        assert_eq!(back.fingerprint(), next.fingerprint());
        assert!(back.required);
        let settled = SealKey::from_bytes(&next.settled().to_bytes()).unwrap();
        assert!(!settled.is_rotating());
        assert_eq!(settled.check(b"x", Some(&sealed_before)), Seal::Invalid);
        assert_eq!(settled.check(b"x", Some(&next.mac(b"x"))), Seal::Valid);
    }

    #[test]
    fn the_stanza_is_found_once_or_not_at_all() {
        let header = b"age-encryption.org/v1\n-> X25519 abc\nxyz\n-> crmfile-mac AAAA\n\n--- mac\n";
        assert_eq!(header_stanza(header, MAC_TAG).as_deref(), Some("AAAA"));
        let twice = b"age-encryption.org/v1\n-> crmfile-mac AAAA\n\n-> crmfile-mac BBBB\n\n--- mac\n";
        assert_eq!(header_stanza(twice, MAC_TAG), None);
        assert_eq!(header_stanza(b"not age", MAC_TAG), None);
    }
}
