//! `crmfile generate` (hidden): realistic made-up customers, reproducible from a seed, for
//! the demo store and the benchmarks.

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
    let store = ctx.store()?;
    let keyring = ctx.keyring()?;
    let recipients = ctx.recipients_for_write(&store.root)?;
    let _lock = ctx.lock()?;
    let made: Vec<Customer> = (0..args.count)
        .map(|n| {
            let mut rng = StdRng::seed_from_u64(args.seed.wrapping_mul(1_000_003).wrapping_add(n as u64));
            customer(&mut rng, ctx.today, args.max_entries, n)
        })
        .collect();
    made.par_iter().try_for_each(|c| {
        let path = store.root.join(id::file_name(&c.id));
        crate::store::seal(&path, c, &recipients, keyring, Mode::Create, false)
    })?;
    ctx.touch(made.iter().map(|c| store.root.join(id::file_name(&c.id))));
    if made.is_empty() {
        return Err(Error::usage(fl!("error-count-zero")));
    }
    ctx.status(fl!("status-generated", count = made.len()));
    Ok(0)
}
