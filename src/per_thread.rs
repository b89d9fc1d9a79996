//! Counting in parallel without a shared lock: each thread adds to its own total, and the
//! totals are combined once the scan is done.

use std::sync::Mutex;

/// A total that can take in another counted the same way.
pub trait Merge {
    fn merge(&mut self, other: Self);
}

/// One `T` per thread of the scan's pool, and one for a thread outside it. A thread only
/// ever locks its own, so no thread waits for another while counting.
pub struct PerThread<T>(Vec<Mutex<T>>);

impl<T: Merge> PerThread<T> {
    pub fn new(make: impl Fn() -> T) -> PerThread<T> {
        PerThread(
            (0..=rayon::current_num_threads())
                .map(|_| Mutex::new(make()))
                .collect(),
        )
    }

    /// Runs `f` on this thread's own total.
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        let slot = rayon::current_thread_index().map_or(0, |i| i + 1) % self.0.len();
        f(&mut self.0[slot].lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Every thread's total combined, in the order of the threads (a total that depends
    /// on the order must sort itself when finished).
    pub fn combined(self) -> T {
        let mut totals = self
            .0
            .into_iter()
            .map(|m| m.into_inner().unwrap_or_else(|p| p.into_inner()));
        let mut total = totals.next().expect("one total at least");
        for t in totals {
            total.merge(t);
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;

    #[derive(Default)]
    struct Sum(u64, Vec<u64>);

    impl Merge for Sum {
        fn merge(&mut self, other: Sum) {
            self.0 += other.0;
            self.1.extend(other.1);
        }
    }

    #[test]
    fn every_thread_s_count_is_in_the_total() {
        let totals = PerThread::new(Sum::default);
        (1..=10_000u64).into_par_iter().for_each(|n| {
            totals.with(|t| {
                t.0 += n;
                t.1.push(n);
            })
        });
        totals.with(|t| t.0 += 1);
        let mut total = totals.combined();
        total.1.sort_unstable();
        assert_eq!(total.0, 10_000 * 10_001 / 2 + 1);
        assert_eq!(total.1, (1..=10_000).collect::<Vec<_>>());
    }
}
