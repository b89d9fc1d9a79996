//! `crmfile`: everything is in the library; see `crmfile::main`.

fn main() -> std::process::ExitCode {
    return_freed_memory_sooner();
    crmfile::main()
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc 3's list of options (libmimalloc-sys names no
/// constant for it); the test below checks it against the default it must have.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Memory freed goes back to the system after 10 ms, not a whole second (mimalloc 3's
/// default): a bulk command frees each index shard's plaintext, tens of MB at a million
/// customers, while it reads the next, and what a scan frees at its end is freed just
/// as the command makes its next large list; those pages were still counted as the
/// process's memory. Measured at a million customers against 100 ms: `remind --format
/// json` 277-283 MiB against 298-319, the calendar 281 against 314, the same times; at
/// 100,000, warm `find` and `report` within 2% (21 pairs). `MIMALLOC_PURGE_DELAY` (or
/// its older name `MIMALLOC_RESET_DELAY`) in the environment still decides.
fn return_freed_memory_sooner() {
    if !delay_set_by_environment() {
        // SAFETY: sets a plain integer option; called first thing in `main`, before any
        // other thread exists (mimalloc's options are not synchronised).
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 10) };
    }
}

/// Whether the environment sets the purge delay (`MIMALLOC_RESET_DELAY` is its older name).
fn delay_set_by_environment() -> bool {
    ["MIMALLOC_PURGE_DELAY", "MIMALLOC_RESET_DELAY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The option at `PURGE_DELAY` is the purge delay: mimalloc 3's default of 1000 ms
    /// (unless the environment sets it). A mimalloc that renumbers its options fails this.
    #[test]
    fn the_purge_delay_is_the_option_set() {
        if !delay_set_by_environment() {
            // SAFETY: reads an option; no other thread sets options in this test binary.
            assert_eq!(unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }, 1000);
        }
    }
}
