//! Classification of every customer: RFM scores, value tier and lifecycle from the
//! store's rules (`model::classify`), and the records whose class changes sealed again.

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::classify::{Totals, complaint_counts, first_match, metrics, standings, totals};
use crate::model::date::Date;
use crate::model::record::{Lifecycle, Tier};
use crate::model::texts::Texts;
use crate::ops::session::Session;
use crate::store::{FileError, Mode, Projection};

/// What classify shows of a class.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Shown<'a> {
    pub tier: Option<Tier>,
    pub lifecycle: Option<Lifecycle>,
    pub rfm: Option<&'a str>,
}

/// One customer's class before and after a run. A million are kept until they are
/// listed: the id, the name and the RFM scores the record had share one allocation, moved
/// from what was read, and the new scores are three digits.
#[derive(Debug)]
pub struct Change {
    /// Id, name and old RFM scores.
    texts: Texts<3>,
    pub changed: bool,
    old: (Option<Tier>, Option<Lifecycle>),
    new: Verdict,
}

/// What the rules made of one customer.
#[derive(Clone, Copy, Debug)]
struct Verdict {
    tier: Option<Tier>,
    lifecycle: Option<Lifecycle>,
    /// The RFM scores as their digits.
    rfm: Option<[u8; 3]>,
}

impl Change {
    pub fn id(&self) -> &str {
        self.texts.get(0).unwrap_or_default()
    }

    pub fn name(&self) -> &str {
        self.texts.get(1).unwrap_or_default()
    }

    pub fn before(&self) -> Shown<'_> {
        Shown {
            tier: self.old.0,
            lifecycle: self.old.1,
            rfm: self.texts.get(2),
        }
    }

    pub fn after(&self) -> Shown<'_> {
        Shown {
            tier: self.new.tier,
            lifecycle: self.new.lifecycle,
            rfm: self.new.rfm.as_ref().map(digits_text),
        }
    }
}

/// RFM digits as text.
fn digits_text(digits: &[u8; 3]) -> &str {
    std::str::from_utf8(digits).unwrap_or_default()
}

/// What a change is in JSON: the class before (`old`) and after (`new`).
#[derive(Serialize)]
struct ChangeFields<'a> {
    id: &'a str,
    name: &'a str,
    changed: bool,
    old: Shown<'a>,
    new: Shown<'a>,
}

impl Serialize for Change {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        ChangeFields {
            id: self.id(),
            name: self.name(),
            changed: self.changed,
            old: self.before(),
            new: self.after(),
        }
        .serialize(serializer)
    }
}

/// What classify needs of one record, kept while the store is read (96 bytes and one
/// allocation a record: small enough to be made in the scan's own list).
struct Summary {
    /// Where the record's path is in the scan's list.
    at: u32,
    /// Id, name and RFM scores ([`Change`]'s).
    texts: Texts<3>,
    tier: Option<Tier>,
    lifecycle: Option<Lifecycle>,
    /// The tier is the user's: the rules leave it.
    pin: bool,
    totals: Option<Totals>,
    foreign: u32,
    last_contact: Option<chrono::NaiveDate>,
    created: chrono::NaiveDate,
    /// Complaints in the window, and unresolved now.
    complaints: (u32, u32),
}

const _: () = assert!(std::mem::size_of::<Summary>() <= 96);

impl Summary {
    fn id(&self) -> &str {
        self.texts.get(0).unwrap_or_default()
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
    let (paths, mut summaries, unreadable) = session.scan_numbered(Projection::Tally, |at, c| {
        let (totals, foreign) = totals(&c, currency, today, window);
        Some(Summary {
            at,
            texts: Texts::new([Some(&c.id), Some(&c.name), c.class.rfm.as_deref()]),
            tier: c.class.tier,
            lifecycle: c.class.lifecycle,
            pin: c.class.pin,
            totals,
            foreign: u32::try_from(foreign).unwrap_or(u32::MAX),
            last_contact: c.last_contact(),
            created: c.created.date(),
            complaints: complaint_counts(&c, today, window),
        })
    })?;
    let _rules = crate::store::timing::phase("rules");
    summaries.sort_by(|a, b| a.id().cmp(b.id()));

    let foreign: usize = summaries.iter().map(|s| s.foreign as usize).sum();
    let (scores, tops) = standings(
        &summaries.iter().map(|s| s.totals.as_ref()).collect::<Vec<_>>(),
        today,
    );

    // Each customer's rules are applied apart from the others': in parallel, in order.
    let verdicts: Vec<Verdict> = summaries
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            let mut m = metrics(
                s.last_contact,
                s.created,
                s.totals.as_ref(),
                scores[i],
                tops[i],
                today,
            );
            m.insert("complaints", s.complaints.0.into());
            m.insert("open_complaints", s.complaints.1.into());
            Verdict {
                tier: if s.pin {
                    s.tier
                } else {
                    first_match(&config.classify.tier, &m)
                },
                lifecycle: first_match(&config.classify.lifecycle, &m),
                rfm: scores[i].map(|(r, f, m)| [r, f, m].map(|score| b'0' + score)),
            }
        })
        .collect();
    drop((scores, tops));
    // Each summary becomes its change where it lies (the list's memory is taken over);
    // the changed records' paths are kept to write.
    let mut to_write: Vec<(u32, Verdict)> = Vec::new();
    let changes: Vec<Change> = summaries
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let new = verdicts[i];
            let old_rfm = s.texts.get(2);
            let changed = (s.tier, s.lifecycle, old_rfm)
                != (new.tier, new.lifecycle, new.rfm.as_ref().map(digits_text));
            if changed && write {
                to_write.push((s.at, new));
            }
            Change {
                texts: s.texts,
                changed,
                old: (s.tier, s.lifecycle),
                new,
            }
        })
        .collect();
    drop(verdicts);

    drop(_rules);
    let mut failed: Vec<Error> = Vec::new();
    if write {
        // A part at a time: read the changed records in full in parallel, update their
        // class, seal them with batched syncs.
        let now = session.timestamp();
        for part in to_write.chunks(1024) {
            let (loaded, unreadable): (Vec<_>, Vec<_>) = part
                .par_iter()
                .map(|&(at, new)| {
                    let path = paths.get(at as usize);
                    let loaded = crate::store::load(&path, keyring, true)?;
                    let mut c = loaded.customer;
                    c.class.tier = new.tier;
                    c.class.lifecycle = new.lifecycle;
                    c.class.rfm = new.rfm.as_ref().map(|d| digits_text(d).to_string());
                    c.class.classified = Some(Date(today));
                    c.updated = now.max(c.created);
                    Ok((path, c))
                })
                .partition(Result::is_ok);
            failed.extend(
                unreadable
                    .into_iter()
                    .filter_map(Result::err)
                    .map(|e| session.file_error(e)),
            );
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
