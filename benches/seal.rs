//! What checking a record's seal costs, in process and single-threaded so the figure is
//! not lost in a whole run's noise: the same record files decrypted alone, and decrypted
//! with their seal checked (`Keyring::open_record`), in alternating rounds, beside what
//! parsing them costs; and what escaping control characters for a terminal costs over
//! the whole text of each record (more than a command ever prints of it). See
//! BENCHMARKS.md.
//!
//! Usage: cargo bench --bench seal -- STORE IDENTITY_FILE [RECORDS] [ROUNDS]

use std::path::Path;
use std::time::Instant;

use crmfile::crypt::{Keyring, Passphrase};
use crmfile::store::seal_key::{self, KeyState};

struct NoPassphrase;

impl Passphrase for NoPassphrase {
    fn ask(&self, _: &str) -> crmfile::error::Result<age::secrecy::SecretString> {
        eprintln!("this benchmark takes an identity without a passphrase");
        std::process::exit(2);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if args.len() < 2 {
        eprintln!("usage: seal STORE IDENTITY_FILE [RECORDS] [ROUNDS]");
        std::process::exit(2);
    }
    let store = Path::new(&args[0]);
    let count: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(5000);
    let rounds: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(5);
    let keyring = Keyring::load(Path::new(&args[1]), &NoPassphrase).expect("identity");
    match seal_key::open(&store.join(".crmfile"), &keyring).expect("seal key file") {
        KeyState::Open(key) => keyring.use_seal_key(key),
        _ => {
            eprintln!("the store has no seal key this identity opens");
            std::process::exit(2);
        }
    }
    let files: Vec<(std::path::PathBuf, Vec<u8>)> = std::fs::read_dir(store)
        .expect("list store")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".toml.age"))
        .take(count)
        .map(|p| {
            let bytes = std::fs::read(&p).expect("read record");
            (p, bytes)
        })
        .collect();
    let plain_bytes: usize = files
        .iter()
        .map(|(_, b)| keyring.decrypt(b).expect("decrypts").len())
        .sum();
    let plains: Vec<_> = files
        .iter()
        .map(|(_, b)| keyring.decrypt(b).expect("decrypts"))
        .collect();
    let key = keyring.seal_key().expect("opened above");
    let (mut decrypt, mut checked, mut parse, mut mac) = (f64::MAX, f64::MAX, f64::MAX, f64::MAX);
    let mut escape = f64::MAX;
    for _ in 0..rounds {
        let t = Instant::now();
        for (_, b) in &files {
            std::hint::black_box(keyring.decrypt(b).expect("decrypts"));
        }
        decrypt = decrypt.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for (p, b) in &files {
            std::hint::black_box(keyring.open_record(b, p).expect("sealed by a member"));
        }
        checked = checked.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for (_, b) in &files {
            let plain = keyring.decrypt(b).expect("decrypts");
            let text = std::str::from_utf8(&plain).expect("UTF-8");
            std::hint::black_box(crmfile::store::parse_record(text, false).expect("parses"));
        }
        parse = parse.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for p in &plains {
            std::hint::black_box(key.mac(p));
        }
        mac = mac.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for p in &plains {
            let text = std::str::from_utf8(p).expect("UTF-8");
            std::hint::black_box(crmfile::output::terminal_safe(text));
        }
        escape = escape.min(t.elapsed().as_secs_f64());
    }
    let per = |s: f64| s / files.len() as f64 * 1e6;
    let seal = per(checked) - per(decrypt);
    println!(
        "{{\"records\": {}, \"plaintext_bytes_avg\": {}, \"decrypt_us\": {:.1}, \"decrypt_and_check_us\": {:.1}, \"decrypt_and_parse_us\": {:.1}, \"check_us\": {:.2}, \"hmac_alone_us\": {:.2}, \"check_share_of_decrypt_and_parse\": {:.4}, \"escape_whole_record_us\": {:.2}, \"escape_share_of_decrypt_and_parse\": {:.4}}}",
        files.len(),
        plain_bytes / files.len().max(1),
        per(decrypt),
        per(checked),
        per(parse),
        seal,
        per(mac),
        seal / per(parse),
        per(escape),
        per(escape) / per(parse)
    );
}
