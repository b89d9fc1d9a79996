//! Classification of every customer: RFM scores, value tier and lifecycle from the
//! store's rules (`model::classify`), and the records whose class changes sealed again.

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::classify::{Totals, complaint_counts, first_match, metrics, standings, totals};
use crate::model::date::Date;
use crate::model::record::{Class, Lifecycle, Tier};
use crate::ops::session::Session;
use crate::store::{FileError, Mode, Projection};

#[derive(Serialize, Clone, PartialEq)]
pub struct Shown {
    pub tier: Option<Tier>,
    pub lifecycle: Option<Lifecycle>,
    pub rfm: Option<String>,
}

#[derive(Serialize)]
pub struct Change {
    pub id: String,
    pub name: String,
    pub changed: bool,
    pub old: Shown,
    pub new: Shown,
}

/// What classify needs of one record, kept while the store is read.
struct Summary {
    path: std::path::PathBuf,
    id: String,
    name: String,
    class: Class,
    totals: Option<Totals>,
    foreign: usize,
    last_contact: Option<chrono::NaiveDate>,
    created: chrono::NaiveDate,
    /// Complaints in the window, and unresolved now.
    complaints: (u32, u32),
}

fn shown(c: &Class) -> Shown {
    Shown {
        tier: c.tier,
        lifecycle: c.lifecycle,
        rfm: c.rfm.clone(),
    }
}

/// What a classification run found and did.
pub struct Outcome {
    /// Every customer read, in id order, changed or not.
    pub changes: Vec<Change>,
    /// Transactions in another currency, left out of the sums.
    pub foreign: usize,
    /// Files that could not be read.
    pub unreadable: Vec<FileError>,
    /// Records whose new class could not be written.
    pub failed: Vec<Error>,
}

/// Classifies every customer as of the session's today; with `write`, seals the records
/// whose class changed (the caller holds the lock).
pub fn run(session: &Session, write: bool) -> Result<Outcome> {
    let store = session.store()?;
    let keyring = session.keyring()?;
    let config = &store.config;
    let today = session.today;
    // Each record is reduced to what the rules read (through the index, of which a tally
    // read: the logs' texts stay there); changed records are read again in full, one at
    // a time, when they are written.
    let (currency, window) = (&config.currency, config.classify.window_days);
    let (mut summaries, unreadable) = session.scan_projected(Projection::Tally, |path, c| {
        let (totals, foreign) = totals(&c, currency, today, window);
        Some(Summary {
            path: path.to_path_buf(),
            id: c.id.clone(),
            name: c.name.clone(),
            class: c.class.clone(),
            totals,
            foreign,
            last_contact: c.last_contact(),
            created: c.created.date(),
            complaints: complaint_counts(&c, today, window),
        })
    })?;
    let _rules = crate::store::timing::phase("rules");
    summaries.sort_by(|a, b| a.id.cmp(&b.id));

    let foreign: usize = summaries.iter().map(|s| s.foreign).sum();
    let all_totals: Vec<Option<Totals>> = summaries.iter().map(|s| s.totals.clone()).collect();
    let (scores, tops) = standings(&all_totals, today);

    // Each customer's rules are applied apart from the others': in parallel, in order.
    // Each change takes its summary's id and name rather than a copy (at a million
    // customers the copies were 150 MB), and a new class is kept only to be written.
    let (changes, classes): (Vec<Change>, Vec<Option<Box<Class>>>) = summaries
        .par_iter_mut()
        .enumerate()
        .map(|(i, s)| {
            let mut m = metrics(
                s.last_contact,
                s.created,
                all_totals[i].as_ref(),
                scores[i],
                tops[i],
                today,
            );
            m.insert("complaints", s.complaints.0.into());
            m.insert("open_complaints", s.complaints.1.into());
            let old = Shown {
                tier: s.class.tier,
                lifecycle: s.class.lifecycle,
                rfm: s.class.rfm.take(),
            };
            let mut class = s.class.clone();
            if !class.pin {
                class.tier = first_match(&config.classify.tier, &m);
            }
            class.lifecycle = first_match(&config.classify.lifecycle, &m);
            class.rfm = scores[i].map(|(r, f, m)| format!("{r}{f}{m}"));
            let new = shown(&class);
            let changed = new != old;
            if changed {
                class.classified = Some(Date(today));
            }
            let change = Change {
                id: std::mem::take(&mut s.id),
                name: std::mem::take(&mut s.name),
                changed,
                old,
                new,
            };
            (change, (changed && write).then(|| Box::new(class)))
        })
        .unzip();
    let to_write: Vec<(&std::path::Path, Class)> = classes
        .into_iter()
        .zip(&summaries)
        .filter_map(|(class, s)| class.map(|c| (s.path.as_path(), *c)))
        .collect();

    drop(_rules);
    let mut failed: Vec<Error> = Vec::new();
    if write {
        // A part at a time: read the changed records in full in parallel, update their
        // class, seal them with batched syncs.
        let now = session.timestamp();
        for part in to_write.chunks(1024) {
            let (loaded, unreadable): (Vec<_>, Vec<_>) = part
                .par_iter()
                .map(|(path, class)| {
                    let loaded = crate::store::load(path, keyring, true)
                        .map_err(|e| Error::new(format!("{} {}", e.path.display(), e.problem)))?;
                    let mut c = loaded.customer;
                    c.class = class.clone();
                    c.updated = now.max(c.created);
                    Ok((path.to_path_buf(), c))
                })
                .partition(Result::is_ok);
            failed.extend(unreadable.into_iter().filter_map(Result::err));
            let items: Vec<_> = loaded.into_iter().filter_map(Result::ok).collect();
            let results = session.seal_many(&items, Mode::Replace, false)?;
            failed.extend(results.into_iter().filter_map(Result::err));
        }
    }

    Ok(Outcome {
        changes,
        foreign,
        unreadable,
        failed,
    })
}
