//! Opaque ids: a one-letter prefix, a dash and 8 random Crockford base32 characters.
//! Ids never carry personal data, so they are safe in file names, logs and commits.

use rand::Rng;

const CROCKFORD: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// The kinds of things that get ids, by prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Customer,
    Transaction,
    Contact,
    Feedback,
    Person,
    Date,
    Payment,
    Consent,
    Attachment,
}

impl IdKind {
    pub fn prefix(self) -> char {
        match self {
            IdKind::Customer => 'c',
            IdKind::Transaction => 't',
            IdKind::Contact => 'k',
            IdKind::Feedback => 'f',
            IdKind::Person => 'p',
            IdKind::Date => 'd',
            IdKind::Payment => 'r',
            IdKind::Consent => 'n',
            IdKind::Attachment => 'a',
        }
    }
}

pub fn new_id(kind: IdKind, rng: &mut impl Rng) -> String {
    let mut id = String::with_capacity(10);
    id.push(kind.prefix());
    id.push('-');
    for _ in 0..8 {
        id.push(CROCKFORD[rng.random_range(0..32)] as char);
    }
    id
}

/// True when `text` is a well-formed id of `kind`; the only ids ever used to build paths.
pub fn is_id(kind: IdKind, text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[0] == kind.prefix() as u8
        && b[1] == b'-'
        && b[2..].iter().all(|c| CROCKFORD.contains(c))
}

/// A well-formed customer id to give a record whose id is broken: derived from the broken
/// one, so audit suggests the same fix on every run.
pub fn replacement_id(broken: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(broken.as_bytes());
    let mut id = String::from("c-");
    for b in digest.iter().take(8) {
        id.push(CROCKFORD[(*b as usize) % 32] as char);
    }
    id
}

/// The file name a customer's record is kept under.
pub fn file_name(id: &str) -> String {
    format!("{id}.toml.age")
}

/// The id a record file name claims, if it is one of ours.
pub fn id_from_file_name(name: &str) -> Option<&str> {
    name.strip_suffix(".toml.age")
}

/// The id a record file's path claims, by its name.
pub fn id_of_path(path: &std::path::Path) -> Option<&str> {
    path.file_name()?.to_str().and_then(id_from_file_name)
}

/// Ids in one buffer, in the order pushed: a bulk read notes every record it saw (a
/// million at a time), and one `String` each cost 40 bytes and an allocation apiece.
pub type IdList = super::packed::Packed<str>;

/// A record id's length (`c-` and 8 characters): what an [`IdList`] makes room for.
pub const ID_LEN: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replacement_id_is_well_formed_and_stable() {
        let a = replacement_id("CANARY");
        assert!(is_id(IdKind::Customer, &a), "{a}");
        assert_eq!(a, replacement_id("CANARY"));
    }

    #[test]
    fn new_ids_are_well_formed_and_distinct() {
        let mut rng = rand::rng();
        let a = new_id(IdKind::Customer, &mut rng);
        let b = new_id(IdKind::Customer, &mut rng);
        assert!(is_id(IdKind::Customer, &a), "{a}");
        assert_ne!(a, b);
        assert!(is_id(IdKind::Contact, &new_id(IdKind::Contact, &mut rng)));
    }

    #[test]
    fn each_kind_has_its_own_prefix() {
        let mut rng = rand::rng();
        for (kind, prefix) in [
            (IdKind::Customer, "c-"),
            (IdKind::Transaction, "t-"),
            (IdKind::Contact, "k-"),
            (IdKind::Feedback, "f-"),
            (IdKind::Person, "p-"),
            (IdKind::Date, "d-"),
        ] {
            let id = new_id(kind, &mut rng);
            assert!(id.starts_with(prefix) && id.len() == 10, "{id}");
            assert!(is_id(kind, &id));
        }
    }

    #[test]
    fn ids_never_use_the_letters_i_l_o_u() {
        for bad in ["c-abcdefgi", "c-abcdefgl", "c-abcdefgo", "c-abcdefgu"] {
            assert!(!is_id(IdKind::Customer, bad), "{bad}");
        }
    }

    #[test]
    fn file_names_and_ids_convert_both_ways() {
        assert_eq!(file_name("c-7k3m9q2x"), "c-7k3m9q2x.toml.age");
        assert_eq!(id_from_file_name("c-7k3m9q2x.toml.age"), Some("c-7k3m9q2x"));
        assert_eq!(id_from_file_name("c-7k3m9q2x.toml"), None);
    }

    #[test]
    fn rejects_paths_and_wrong_alphabet() {
        for bad in [
            "c-../../et",
            "c-ABCDEFGH",
            "c-abcdefgi",
            "c-abcdefg",
            "k-abcdefgh",
            "c-abcdefgh/",
        ] {
            assert!(!is_id(IdKind::Customer, bad), "{bad}");
        }
        assert!(is_id(IdKind::Customer, "c-7k3m9q2x"));
    }
}
