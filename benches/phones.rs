//! What reading phone numbers costs on import: `Phone::parse` (libphonenumber's plans,
//! the kind, the one written form) over numbers typed as spreadsheets hold them, single
//! threaded, best of several rounds. Set against a whole `import customers` of the same
//! number of rows in BENCHMARKS.md.
//!
//! Usage: cargo bench --bench phones -- [NUMBERS] [ROUNDS]

use std::time::Instant;

use crmfile::model::phone::Phone;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let count: usize = args.first().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let rounds: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(5);
    // As sheets hold them: bare mobiles, spaced and dashed ones, landlines with their
    // area code, numbers with a country code, and a kind named before a colon.
    let numbers: Vec<String> = (0..count)
        .map(|i| match i % 6 {
            0 => format!("138{:08}", i),
            1 => format!("139 {:04} {:04}", i % 10_000, (i / 7) % 10_000),
            2 => format!("010-6{:03}-{:04}", i % 1000, (i / 3) % 10_000),
            3 => format!("+86 137 {:04} {:04}", i % 10_000, (i / 5) % 10_000),
            4 => format!("电话(公):021 5{:03} {:04}", i % 1000, (i / 11) % 10_000),
            _ => format!("0755-8{:03}{:04}", i % 1000, (i / 13) % 10_000),
        })
        .collect();
    let best_of = |numbers: &[String]| {
        let mut best = f64::MAX;
        let mut refused = 0;
        for _ in 0..rounds {
            let start = Instant::now();
            refused = numbers.iter().filter(|n| Phone::parse(n).is_err()).count();
            best = best.min(start.elapsed().as_secs_f64());
        }
        (best, refused)
    };
    let (best, refused) = best_of(&numbers);
    println!(
        "{count} numbers: best of {rounds} rounds {best:.3} s, {:.1} µs per number ({refused} refused)",
        best * 1e6 / count as f64
    );
    // Mobile numbers (the first, second and fourth style) apart from landlines.
    for (what, mobile) in [("mobile", true), ("landline", false)] {
        let part: Vec<String> = numbers
            .iter()
            .enumerate()
            .filter(|(i, _)| matches!(i % 6, 0 | 1 | 3) == mobile)
            .map(|(_, n)| n.clone())
            .collect();
        let (best, _) = best_of(&part);
        println!("  {what}: {:.1} µs per number", best * 1e6 / part.len() as f64);
    }
    // The cheap reading of a stored plain number, done on every read of an older record.
    let start = Instant::now();
    let mobiles = numbers
        .iter()
        .filter(|n| Phone::stored(n).kind == crmfile::model::phone::PhoneKind::Mobile)
        .count();
    println!(
        "stored (kind from the digits): {:.2} µs per number ({mobiles} mobile)",
        start.elapsed().as_secs_f64() * 1e6 / count as f64
    );
}
