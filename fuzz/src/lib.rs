//! The harnesses behind the fuzz targets (`fuzz_targets/*.rs`), and behind the stable
//! smoke test (`tests/smoke.rs`).
//!
//! The harnesses link the `crmfile` library like any crate and call the functions the
//! commands call, in the same order:
//!
//! - `record`: a record file's bytes → `Keyring::decrypt` (a fixed test identity) →
//!   UTF-8 → `store::parse_record`, as `store::load` does after its size check;
//! - `csv_import`, `vcard_import`, `ndjson_import`: input → the parser crmfile uses
//!   (the text decoding of `model::sheet`, csv with the same settings, `model::vcard`'s
//!   card reader, serde_json) → the field mapping of `model::sheet` and `model::import`
//!   → `model::sheet::customer_from_row` (or serde for NDJSON) → `validate`, as
//!   `crmfile import customers` builds records.
//!
//! Every record that is read or accepted must then survive what a write does: rendered
//! (`render_record`) and read back (`parse_record`), with the same text when rendered
//! again. A panic anywhere (or an assertion of that invariant) is a finding.

use crmfile::{crypt, error, model, store};
use std::sync::OnceLock;

use chrono::NaiveDate;

use crmfile::model::config::Config;
use crmfile::model::date::Timestamp;
use crmfile::model::record::Customer;
use crmfile::model::validate::validate;

/// The identity the `record` target decrypts with: the X25519 test key of the C2SP CCTV
/// vectors (public: it opens only test data). Seeds are encrypted to
/// [`TEST_RECIPIENT`].
pub const TEST_IDENTITY: &str = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0";

/// The public key of [`TEST_IDENTITY`].
pub const TEST_RECIPIENT: &str = "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef";

/// Inputs larger than this are skipped: a record file is at most 1 MiB, and libFuzzer's
/// own inputs are far smaller.
const MAX_INPUT: usize = 1 << 20;

/// The clock every harness sees, as `CRMFILE_NOW` fixes it in the tests.
fn now() -> Timestamp {
    "2026-11-22T09:30:00+08:00".parse().expect("a timestamp")
}

fn today() -> NaiveDate {
    now().date()
}

/// A store's config with every setting at its default, as `crmfile init` writes it.
fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(Config::default)
}

struct NoPassphrase;

impl crypt::Passphrase for NoPassphrase {
    fn ask(&self, _: &str) -> error::Result<age::secrecy::SecretString> {
        Err(error::Error::new("no passphrase in the fuzz harness"))
    }
}

/// The keyring, loaded once from an identity file the way crmfile loads the user's.
pub fn keyring() -> &'static crypt::Keyring {
    static RING: OnceLock<crypt::Keyring> = OnceLock::new();
    RING.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("identity.txt");
        std::fs::write(&path, format!("# crmfile fuzz test key\n{TEST_IDENTITY}\n")).expect("write identity");
        // crmfile refuses a key file others can read, as ssh does.
        #[cfg(unix)]
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .expect("chmod identity");
        let ring = crypt::Keyring::load(&path, &NoPassphrase).unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(
            ring.public_keys,
            [TEST_RECIPIENT],
            "TEST_RECIPIENT is not TEST_IDENTITY's key"
        );
        ring
    })
}

/// What a write does to a record it read or accepted: render it, and read it back. A
/// record crmfile writes but cannot read again is lost to its user.
pub fn must_survive_a_rewrite(c: &Customer) {
    let text =
        store::render_record(c).unwrap_or_else(|e| panic!("a valid record does not render: {}", e.message));
    let again = store::parse_record(&text, true).unwrap_or_else(|p| {
        panic!(
            "crmfile would write a record it cannot read again ({p}):\n{}",
            &*text
        )
    });
    let text2 =
        store::render_record(&again).unwrap_or_else(|e| panic!("does not render again: {}", e.message));
    assert_eq!(&*text, &*text2, "rendering a record read back changes it");
}

/// Decrypted record text through the read path, and what a rewrite does to it.
pub fn record_text(text: &str) {
    match store::parse_record(text, true) {
        Ok(c) => must_survive_a_rewrite(&c),
        // The message is shown to the user: it must at least format.
        Err(problem) => drop(problem.to_string()),
    }
}

/// `record` target. The first byte picks the layer: even, the rest is a record file
/// (age, binary or armored) decrypted with the test key; odd, the rest is decrypted
/// record text (random bytes almost never get past age's MACs, so the TOML layer is
/// fuzzed directly too).
pub fn record(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if rest.len() > MAX_INPUT {
        return;
    }
    if mode % 2 == 0 {
        let Ok(plain) = keyring().decrypt(rest) else {
            return;
        };
        if let Ok(text) = std::str::from_utf8(&plain) {
            record_text(text);
        }
    } else if let Ok(text) = std::str::from_utf8(rest) {
        record_text(text);
    }
}

/// A record from mapped fields, as `crmfile import customers` builds one from a CSV row or
/// a vCard; `None` where import reports the row as invalid.
fn build_from_fields(fields: Vec<(String, String)>) -> Option<Customer> {
    let c = model::sheet::customer_from_row(fields, config(), now(), today(), &mut rand::rng()).ok()?;
    validate(&c, config()).is_empty().then_some(c)
}

/// `csv_import` target: a CSV file as `import customers --format csv` reads it (decoded
/// from its guessed encoding, strict row lengths, at most 1000 columns, headers mapped by
/// `sheet::plan` with unmapped columns kept).
pub fn csv_import(data: &[u8]) {
    if data.len() > MAX_INPUT {
        return;
    }
    let Ok(decoded) = model::sheet::decode(data, None) else {
        return;
    };
    let delimiter = model::sheet::delimiter(&decoded.text);
    let text = decoded.text.as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .delimiter(delimiter)
        .from_reader(text);
    let Ok(headers) = reader.headers().cloned() else {
        return;
    };
    if headers.len() > 1000 {
        return;
    }
    let names: Vec<&str> = headers.iter().collect();
    let plan = model::sheet::plan(&names, &Default::default(), &|_| false, true);
    if !plan.has_name() {
        return;
    }
    let columns = plan.fields;
    for rec in reader.records() {
        let Ok(rec) = rec else {
            return;
        };
        let fields = rec
            .iter()
            .zip(&columns)
            .filter_map(|(v, c)| c.as_ref().map(|c| (c.clone(), v.to_string())))
            .filter(|(_, v)| !v.trim().is_empty())
            .collect();
        if let Some(c) = build_from_fields(fields) {
            must_survive_a_rewrite(&c);
        }
    }
}

/// `vcard_import` target: cards as `import customers --format vcard` reads them
/// (`parse_cards`, properties mapped by `vcard_fields`).
pub fn vcard_import(data: &[u8]) {
    if data.len() > MAX_INPUT {
        return;
    }
    let Ok(decoded) = model::sheet::decode(data, None) else {
        return;
    };
    let cards = model::vcard::parse_cards(&decoded.text);
    // A card set aside gives back the lines it was read from.
    for bad in &cards.bad {
        let _ = model::vcard::card_text(&decoded.text, bad.span);
    }
    for props in cards.cards.into_iter().take(256) {
        let fields = model::import::vcard_fields(&props)
            .into_iter()
            .map(|(f, v)| (f.to_string(), v))
            .collect();
        if let Some(c) = build_from_fields(fields) {
            must_survive_a_rewrite(&c);
        }
    }
}

/// `ndjson_import` target: one JSON record per line, as `import customers --format ndjson`
/// and `add --json -` take them (schema, id, created and updated filled in when absent,
/// typed custom fields normalized, the record validated).
pub fn ndjson_import(data: &[u8]) {
    if data.len() > MAX_INPUT {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(serde_json::Value::Object(obj)) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Ok(value) = model::import::record_json(serde_json::Value::Object(obj), now(), &mut rand::rng())
        else {
            continue;
        };
        let Ok(mut c) = serde_json::from_value::<Customer>(value) else {
            continue;
        };
        model::config::normalize_extra(config(), &mut c.extra);
        if validate(&c, config()).is_empty() {
            must_survive_a_rewrite(&c);
        }
    }
}
