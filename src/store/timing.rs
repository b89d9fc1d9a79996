//! Where a command's time goes: with `CRMFILE_TIMINGS=1`, each phase of a bulk read
//! (walk, records, index shards, the whole command) is printed to stderr as
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
