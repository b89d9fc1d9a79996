//! `crmfile generate` (hidden): realistic made-up customers, reproducible from a seed, for
//! the demo store and the benchmarks.

use std::path::PathBuf;

use rand::SeedableRng;
use rand::rngs::StdRng;
use rayon::prelude::*;

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::id;
use crate::model::record::Customer;
use crate::model::sample::customer;
use crate::store::Mode;

/// Fill the store with N made-up customers (for demos and benchmarks).
///
/// Examples:
///   crmfile generate --count 10000 --seed 7
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// How many customers
    #[arg(long, default_value_t = 30)]
    pub count: usize,
    /// Seed: the same seed gives the same customers
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Most log entries per customer
    #[arg(long, default_value_t = 40)]
    pub max_entries: usize,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    if args.count == 0 {
        return Err(Error::usage(fl!("error-count-zero")));
    }
    let store = ctx.store()?;
    ctx.keyring()?;
    let _lock = ctx.lock()?;
    // A part at a time, made in parallel and sealed with batched syncs, so a million
    // customers never sit in memory at once.
    let (today, root) = (ctx.today, &store.root);
    let indices: Vec<usize> = (0..args.count).collect();
    for part in indices.chunks(4096) {
        let items: Vec<(PathBuf, Customer)> = part
            .par_iter()
            .map(|&n| {
                let mut rng = StdRng::seed_from_u64(args.seed.wrapping_mul(1_000_003).wrapping_add(n as u64));
                let c = customer(&mut rng, today, args.max_entries, n);
                (root.join(id::file_name(&c.id)), c)
            })
            .collect();
        for result in ctx.seal_many(&items, Mode::Create, false)? {
            result?;
        }
    }
    ctx.status(fl!("status-generated", count = args.count));
    Ok(0)
}
