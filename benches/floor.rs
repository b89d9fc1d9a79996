//! The reference floor for bulk commands: walk the store, read every record, decrypt and
//! parse it in parallel, with the plainest age calls and nothing else. Bulk commands are
//! measured against this in the same run (see benches/run.sh and BENCHMARKS.md).
//!
//! Usage: cargo bench --bench floor -- STORE IDENTITY_FILE [RUNS]

use std::io::Read;
use std::str::FromStr;
use std::time::Instant;

use rayon::prelude::*;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if args.len() < 2 {
        eprintln!("usage: floor STORE IDENTITY_FILE [RUNS]");
        std::process::exit(2);
    }
    let runs: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let key_text = std::fs::read_to_string(&args[1]).expect("identity file");
    let line = key_text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .expect("an age identity");
    let identity = age::x25519::Identity::from_str(line).expect("valid identity");

    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let paths: Vec<_> = walkdir::WalkDir::new(&args[0])
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && e.file_name().to_string_lossy().ends_with(".toml.age"))
            .map(|e| e.into_path())
            .collect();
        let parsed: usize = paths
            .par_iter()
            .map(|p| {
                let bytes = std::fs::read(p).expect("read");
                let decryptor = age::Decryptor::new_buffered(&bytes[..]).expect("header");
                let mut reader = decryptor
                    .decrypt(std::iter::once(&identity as &dyn age::Identity))
                    .expect("decrypt");
                let mut text = String::new();
                reader.read_to_string(&mut text).expect("payload");
                let table: toml::Table = toml::from_str(&text).expect("toml");
                table.len()
            })
            .filter(|n| *n > 0)
            .count();
        let secs = start.elapsed().as_secs_f64();
        best = best.min(secs);
        count = parsed;
    }
    println!(
        "{{\"files\": {count}, \"seconds\": {best:.4}, \"us_per_file\": {:.1}}}",
        best * 1e6 / count.max(1) as f64
    );
}
