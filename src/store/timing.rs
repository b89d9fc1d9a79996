//! Where a command's time goes: with `CRMFILE_TIMINGS=1`, each phase of a bulk read
//! (walk, records, index shards, a command's own steps, the whole command) is printed to stderr as
//! `timing: PHASE MS ms, peak MIB MiB` when it ends, the peak being the process's so far;
//! a phase repeated one part after another (output written in parts) is printed once,
//! as `PHASE MS ms in N parts`.
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

/// Phases started and not yet ended.
static OPEN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Starts timing `name` (a no-op unless `CRMFILE_TIMINGS=1`).
pub fn phase(name: &'static str) -> Phase {
    let started = on().then(|| {
        OPEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Instant::now()
    });
    Phase { name, started }
}

/// A phase that ended right after another of its name (output written a part at a time)
/// is added to it and printed once, when a phase of another name ends.
static REPEATED: std::sync::Mutex<Option<Ended>> = std::sync::Mutex::new(None);

/// A phase (or phases of one name, one after another) ended: its name, milliseconds, how
/// many, and the process's peak memory in MiB when the last ended.
type Ended = (&'static str, f64, usize, u64);

impl Drop for Phase {
    fn drop(&mut self) {
        let Some(started) = self.started else {
            return;
        };
        let (ms, peak) = (started.elapsed().as_secs_f64() * 1e3, peak_mib());
        let outermost = OPEN.fetch_sub(1, std::sync::atomic::Ordering::Relaxed) == 1;
        let mut repeated = REPEATED.lock().unwrap_or_else(|p| p.into_inner());
        match &mut *repeated {
            Some((name, sum, times, at_end)) if *name == self.name => {
                *sum += ms;
                *times += 1;
                *at_end = peak;
            }
            other => {
                print_repeated(other);
                *other = Some((self.name, ms, 1, peak));
            }
        }
        // The outermost phase (the whole command) ends last: nothing follows to print it.
        if outermost {
            print_repeated(&mut repeated);
        }
    }
}

/// Prints the phase waiting for one of another name to end, if any.
fn print_repeated(repeated: &mut Option<Ended>) {
    if let Some((name, ms, times, peak)) = repeated.take() {
        let parts = if times > 1 {
            format!(" in {times} parts")
        } else {
            String::new()
        };
        eprintln!("timing: {name} {ms:.1} ms{parts}, peak {peak} MiB");
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
    print_repeated(&mut REPEATED.lock().unwrap_or_else(|p| p.into_inner()));
    eprintln!("timing: thread time: {}", parts.join(", "));
}
