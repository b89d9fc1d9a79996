//! Where a command's time goes: with `CRMFILE_TIMINGS=1`, each phase of a bulk read
//! (walk, records, index shards, a command's own steps, the whole command) is printed to stderr as
//! `timing: PHASE MS ms, peak MIB MiB` when it ends, the peak being the process's so far.
//! Off, a phase costs one check of a value read once.

use std::sync::OnceLock;
use std::time::Instant;

fn on() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var("CRMFILE_TIMINGS").is_ok_and(|v| v == "1"))
}

/// A phase being timed; printed when dropped.
pub struct Phase {
    name: &'static str,
    started: Option<Instant>,
}

/// Starts timing `name` (a no-op unless `CRMFILE_TIMINGS=1`).
pub fn phase(name: &'static str) -> Phase {
    Phase {
        name,
        started: on().then(Instant::now),
    }
}

impl Drop for Phase {
    fn drop(&mut self) {
        if let Some(started) = self.started {
            eprintln!(
                "timing: {} {:.1} ms, peak {} MiB",
                self.name,
                started.elapsed().as_secs_f64() * 1e3,
                peak_mib()
            );
        }
    }
}

/// The process's peak resident memory so far (Linux; 0 elsewhere).
fn peak_mib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .map_or(0, |kib| kib / 1024)
}

/// Work done on many threads at once, summed over them (thread time, not wall time).
#[derive(Clone, Copy)]
pub enum Work {
    /// Looking up each record file's size and times.
    Stat,
    /// Decrypting and splitting index shards.
    Shards,
    /// Decoding index entries into records.
    Decode,
    /// Decrypting and parsing record files the index could not answer for.
    Records,
    /// The command's own work on each record (matching, rules, keeping results).
    Command,
}

const WORK: [&str; 5] = ["stat", "shards", "decode", "records", "command"];

static SUMS: [std::sync::atomic::AtomicU64; 5] = [const { std::sync::atomic::AtomicU64::new(0) }; 5];

/// Runs `f`, adding its time to `work`'s sum when timings are on.
pub fn time<R>(work: Work, f: impl FnOnce() -> R) -> R {
    if !on() {
        return f();
    }
    let started = Instant::now();
    let r = f();
    let ns = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
    SUMS[work as usize].fetch_add(ns, std::sync::atomic::Ordering::Relaxed);
    r
}

/// Prints the sums of [`time`] so far, as `timing: thread STAT ms, …`.
pub fn report_work() {
    if !on() {
        return;
    }
    let parts: Vec<String> = WORK
        .iter()
        .zip(&SUMS)
        .map(|(name, sum)| {
            let ms = sum.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1e6;
            format!("{name} {ms:.1} ms")
        })
        .collect();
    eprintln!("timing: thread time: {}", parts.join(", "));
}
