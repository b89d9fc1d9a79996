//! The index cache: what bulk reads need of every record, in one file encrypted to the
//! user's own keys only, so that `find`, `remind`, `report` and `add`'s duplicate check
//! decrypt one file instead of the whole store.
//!
//! It is an optimization only. Each entry is keyed by the record file's path, inode,
//! size, modification and change times; a record whose file changed is read again and its
//! entry replaced, an entry whose file is gone is dropped, and an index that is missing,
//! damaged, from another version or not readable with the user's identity is rebuilt.
//! Commands get the same answers with or without it (the tests compare both).
//!
//! The file lives in `.crmfile/` (which git ignores) and is named after a hash of the
//! user's public keys, so two people working in one checkout do not overwrite each
//! other's. Set `CRMFILE_INDEX=off` to keep no index on disk.

use std::collections::HashMap;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::{Datelike, FixedOffset, NaiveDate, TimeZone};
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::Digest;
use zeroize::Zeroizing;

use super::record_io::{self, FileError, Loaded};
use super::{Store, StoreLock};
use crate::crypt::{self, Keyring};
use crate::model::date::{Date, Timestamp};
use crate::model::record::*;
use crate::model::span::Span;

/// First line of the plaintext: the layout, crmfile's version, and the enumerations
/// (stored by position), so an index made by any other build is rebuilt, not misread.
static MAGIC: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
    fn names<E: Copy + std::fmt::Display>(all: &[E]) -> String {
        all.iter().map(E::to_string).collect::<Vec<_>>().join(",")
    }
    let enums = [
        names(Kind::ALL),
        names(Tier::ALL),
        names(Lifecycle::ALL),
        names(Stage::ALL),
        names(Channel::ALL),
        names(FeedbackKind::ALL),
        names(FeedbackStatus::ALL),
        names(Role::ALL),
        names(Purpose::ALL),
        names(ConsentStatus::ALL),
        names(Relation::ALL),
        names(PhoneKind::ALL),
    ]
    .join(";");
    let digest = sha2::Sha256::digest(enums.as_bytes());
    let tag: String = crate::crypt::hex(&digest[..8]);
    format!("crmfile-index 8 {} {tag}\n", env!("CARGO_PKG_VERSION")).into_bytes()
});

/// A file changed this recently may change again within the same timestamp tick without
/// its size or times showing it; its entry waits until it is older (git's "racy" rule).
const RACY_NS: i128 = 2_000_000_000;

/// What identifies one version of a record file without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct FileKey {
    inode: u64,
    size: u64,
    mtime_ns: i128,
    ctime_ns: i128,
}

impl FileKey {
    fn of(path: &Path) -> Option<FileKey> {
        let meta = std::fs::symlink_metadata(path).ok()?;
        if !meta.file_type().is_file() {
            return None;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
            Some(FileKey {
                inode: meta.ino(),
                size: meta.size(),
                mtime_ns: ns(meta.mtime(), meta.mtime_nsec()),
                ctime_ns: ns(meta.ctime(), meta.ctime_nsec()),
            })
        }
        #[cfg(not(unix))]
        {
            let ns = |t: std::io::Result<std::time::SystemTime>| {
                t.ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos() as i128)
            };
            Some(FileKey {
                inode: 0,
                size: meta.len(),
                mtime_ns: ns(meta.modified()),
                ctime_ns: ns(meta.created()),
            })
        }
    }
}

/// The head of one entry: which file, which version of it.
#[derive(Serialize, Deserialize)]
struct EntryHead {
    path: String,
    key: FileKey,
}

/// The index as read from disk: its plaintext, and where each file's record lies in it.
struct Cached {
    plain: Zeroizing<Vec<u8>>,
    entries: HashMap<String, (FileKey, Range<usize>)>,
}

impl Cached {
    /// Splits the plaintext into entries; `None` when it is not a whole index of this
    /// version (it is then rebuilt).
    fn parse(plain: Zeroizing<Vec<u8>>) -> Option<Cached> {
        let mut rest = plain.strip_prefix(MAGIC.as_slice())?;
        let mut entries = HashMap::new();
        while !rest.is_empty() {
            let (head, after): (EntryHead, &[u8]) = postcard::take_from_bytes(rest).ok()?;
            let (len, after): (u32, &[u8]) = postcard::take_from_bytes(after).ok()?;
            let len = len as usize;
            if after.len() < len {
                return None;
            }
            let start = plain.len() - after.len();
            entries.insert(head.path, (head.key, start..start + len));
            rest = &after[len..];
        }
        Some(Cached { plain, entries })
    }

    /// The entry of `path` when it is for this version of the file.
    fn record(&self, path: &str, key: FileKey) -> Option<(&[u8], Range<usize>)> {
        let (k, range) = self.entries.get(path)?;
        (*k == key).then(|| (&self.plain[range.clone()], range.clone()))
    }
}

/// One record file's entry in the index to be written.
enum Entry {
    /// The entry as it was in the index read.
    Old(Range<usize>),
    New(Zeroizing<Vec<u8>>),
}

/// What one record file gave this scan: its id, what the command kept, and its entry
/// (`None` for a file replaced while it was read: it is read again next time).
type Scanned<T> = std::result::Result<(String, Option<T>, Option<(FileKey, Entry)>, bool), Box<FileError>>;

impl Store {
    /// Where this user's index lives, or `None` when the keys give no public key to
    /// encrypt it to or `CRMFILE_INDEX=off`.
    fn index_path(&self, keyring: &Keyring) -> Option<PathBuf> {
        if std::env::var("CRMFILE_INDEX").is_ok_and(|v| v == "off" || v == "0") {
            return None;
        }
        if keyring.public_keys.is_empty() {
            return None;
        }
        let mut keys = keyring.public_keys.clone();
        keys.sort();
        let digest = sha2::Sha256::digest(keys.join("\n").as_bytes());
        let tag: String = crate::crypt::hex(&digest[..8]);
        Some(self.state_dir().join(format!("index-{tag}.age")))
    }

    /// Removes every user's index in this store (after an erasure: no cached copy stays).
    /// Called under the store lock, which index writes take too.
    pub fn drop_indexes(&self) {
        self.remove_temporaries();
        let Ok(entries) = std::fs::read_dir(self.state_dir()) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("index-") && name.ends_with(".age") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// Temporary files left in `.crmfile/` by writes that were killed. Only called under
    /// the store lock, which every writer there holds: none of them is being written.
    fn remove_temporaries(&self) {
        let Ok(entries) = std::fs::read_dir(self.state_dir()) else {
            return;
        };
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(".crmfile-tmp-") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    fn read_index(&self, path: &Path, keyring: &Keyring) -> Option<Cached> {
        Cached::parse(keyring.decrypt_file(path).ok()?)
    }

    /// Every record as the index keeps it (see [`index_view`]), through `f`, which keeps
    /// what the command needs: from the index for files that did not change, decrypted
    /// for the others, in parallel. The index is brought up to date on the way. Returns
    /// what `f` kept, the ids of every record seen, and the files that could not be used.
    pub fn scan_indexed<T: Send>(
        &self,
        keyring: &Keyring,
        f: impl Fn(&Path, Customer) -> Option<T> + Sync,
    ) -> (Vec<T>, Vec<String>, Vec<FileError>) {
        let Some(index_path) = self.index_path(keyring) else {
            // No index: every record is read in full (the reference the tests compare with).
            return self.scan_map(keyring, false, |l| f(&l.path, l.customer));
        };
        let started = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as i128);
        let (paths, mut errors) = self.record_paths();
        let paths = self.readable_by(paths, keyring);
        let cached = self.read_index(&index_path, keyring);
        let results: Vec<Scanned<T>> = paths
            .par_iter()
            .map(|path| {
                let key = FileKey::of(path);
                if let (Some(c), Some(key)) = (&cached, key)
                    && let Some((bytes, range)) = c.record(&self.rel(path), key)
                    && let Some(customer) = decode(bytes)
                {
                    let id = customer.id.clone();
                    return Ok((id, f(path, customer), Some((key, Entry::Old(range))), false));
                }
                let Loaded { customer, .. } = record_io::load(path, keyring, false).map_err(Box::new)?;
                // What the index would hold, so the answer is the same read either way; a
                // record the index cannot hold exactly is passed whole and not cached, and
                // so is one flagged for carrying no seal, so every read flags it again.
                let encoded = encode(&customer).filter(|_| !keyring.not_checked(path));
                let Some((bytes, view)) = encoded.and_then(|b| decode(&b).map(|v| (b, v))) else {
                    return Ok((customer.id.clone(), f(path, customer), None, true));
                };
                let entry = key
                    .filter(|k| FileKey::of(path) == Some(*k))
                    .filter(|k| started - k.mtime_ns.max(k.ctime_ns) > RACY_NS)
                    .map(|k| (k, Entry::New(bytes)));
                Ok((view.id.clone(), f(path, view), entry, true))
            })
            .collect();

        let mut items = Vec::new();
        let mut ids = Vec::with_capacity(results.len());
        let mut entries = Vec::with_capacity(results.len());
        let mut changed = cached.is_none();
        for (path, r) in paths.iter().zip(results) {
            match r {
                Ok((id, item, entry, read)) => {
                    ids.push(id);
                    items.extend(item);
                    // A record read again changes the index only when its entry can be kept.
                    changed |= read && entry.is_some();
                    entries.extend(entry.map(|e| (path, e)));
                }
                // Unreadable files have no entry; an entry they had is dropped below.
                Err(e) => errors.push(*e),
            }
        }
        // Entries of files that are gone are dropped by writing the index again.
        changed |= cached.as_ref().is_some_and(|c| c.entries.len() != entries.len());
        if changed {
            // Written under the store lock (or not now, when a writer holds it), and only
            // with entries whose files are still as they were read: a record deleted
            // meanwhile (`forget`) does not come back through the cache.
            let _guard = if StoreLock::held() {
                None
            } else {
                match StoreLock::try_acquire(&self.state_dir()) {
                    Some(guard) => Some(guard),
                    None => return (items, ids, errors),
                }
            };
            let current: Vec<bool> = entries
                .par_iter()
                .map(|(path, (key, _))| FileKey::of(path) == Some(*key))
                .collect();
            let mut current = current.into_iter();
            entries.retain(|_| current.next().unwrap_or(false));
            self.remove_temporaries();
            // A cache that cannot be written costs speed next time, nothing else.
            let _ = self.write_index(&index_path, keyring, cached.as_ref(), &entries);
        }
        (items, ids, errors)
    }

    fn write_index(
        &self,
        path: &Path,
        keyring: &Keyring,
        cached: Option<&Cached>,
        entries: &[(&PathBuf, (FileKey, Entry))],
    ) -> crate::error::Result<()> {
        use crate::error::Error;
        let own = crypt::parse_recipients(&keyring.public_keys.join("\n"), path)?;
        // A cache: no fsync; an index torn by a crash fails to decrypt and is rebuilt.
        let dir = path.parent().unwrap_or(&self.root);
        let tmp = tempfile::Builder::new()
            .prefix(".crmfile-tmp-")
            .tempfile_in(dir)
            .map_err(|e| Error::io("create a temporary file in", dir, e))?;
        let failed = |e: std::io::Error| Error::io("write", tmp.path(), e);
        // Encrypted as it is written: the plaintext is never whole in memory twice.
        let mut out = crypt::encrypting_writer(&own, std::io::BufWriter::new(tmp.as_file()))?;
        out.write_all(&MAGIC).map_err(failed)?;
        let mut head_bytes = Vec::new();
        for (path, (key, entry)) in entries {
            let record: &[u8] = match entry {
                Entry::Old(range) => &cached.expect("old entries come from the index").plain[range.clone()],
                Entry::New(bytes) => bytes,
            };
            let head = EntryHead {
                path: self.rel(path).into_owned(),
                key: *key,
            };
            let len = u32::try_from(record.len()).expect("a record entry is far below 4 GiB");
            head_bytes.clear();
            postcard::to_io(&head, &mut head_bytes).expect("writing to memory");
            postcard::to_io(&len, &mut head_bytes).expect("writing to memory");
            out.write_all(&head_bytes).map_err(failed)?;
            out.write_all(record).map_err(failed)?;
        }
        out.finish().and_then(|mut w| w.flush()).map_err(failed)?;
        tmp.persist(path)
            .map(drop)
            .map_err(|e| Error::io("replace", path, e.error))
    }
}

/// What the index keeps of a record: every field a `--where` condition or a query can
/// name, the classification and follow-up, key people's and yearly dates, and of the
/// logs only what reminders, classification and reports count. Texts of contacts and
/// feedback (but an open complaint's), transaction details, notes on people, merge
/// conflicts and keys this build does not know are left out.
pub fn index_view(mut c: Customer) -> Customer {
    c.conflicts.clear();
    c.unknown = None;
    for p in &mut c.key_people {
        p.phone = None;
        p.email = None;
        p.notes = None;
    }
    for t in &mut c.transactions {
        // A purchase on account keeps its id: payments may name it.
        if t.due.is_none() {
            t.id.clear();
        }
        t.product = None;
        t.quantity = None;
        t.payment = None;
        t.reference = None;
    }
    for p in &mut c.payments {
        p.id.clear();
        p.method = None;
        p.reference = None;
        p.by = None;
    }
    let next = c.follow_up.next;
    for k in &mut c.contacts {
        k.id.clear();
        k.direction = None;
        k.outcome = None;
        // The entry that set the next step keeps its text: reminders say what it is.
        if next.is_none() || k.next != next {
            k.summary.clear();
            k.next = None;
        }
    }
    for l in &mut c.links {
        l.note = None;
    }
    // Bulk commands never read documents: `audit` and `attachment` read the record.
    c.attachments.clear();
    for k in &mut c.consents {
        k.id.clear();
        k.scope = None;
        k.channel = None;
        k.evidence = None;
        k.by = None;
    }
    for f in &mut c.feedback {
        if !(f.kind == FeedbackKind::Complaint && f.status.is_unresolved()) {
            f.text.clear();
        }
        f.resolution = None;
        f.callback_note = None;
        f.callback_rating = None;
    }
    c
}

/// An instant to the second with its UTC offset.
#[derive(Serialize, Deserialize)]
struct At(i64, i32);

impl From<Timestamp> for At {
    fn from(t: Timestamp) -> At {
        At(t.0.timestamp(), t.0.offset().local_minus_utc())
    }
}

impl At {
    fn get(&self) -> Option<Timestamp> {
        let offset = FixedOffset::east_opt(self.1)?;
        offset.timestamp_opt(self.0, 0).single().map(Timestamp)
    }
}

fn day(d: Date) -> i32 {
    d.0.num_days_from_ce()
}

fn from_day(n: i32) -> Option<Date> {
    NaiveDate::from_num_days_from_ce_opt(n).map(Date)
}

fn from_opt_day(n: Option<i32>) -> Option<Option<Date>> {
    n.map(from_day).map_or(Some(None), |d| d.map(Some))
}

/// A feedback entry: id, date, kind, rating, text, status, resolved, handler, and the
/// days of due, started, callback due and callback done.
type FeedbackEntry = (
    String,
    i32,
    FeedbackKind,
    Option<u8>,
    String,
    FeedbackStatus,
    Option<i32>,
    Option<String>,
    [Option<i32>; 4],
);

/// A yearly date: id, label, date, lunar (year, month, leap, day).
type DateEntry = (String, String, i32, Option<(Option<i32>, u8, bool, u8)>);

/// A key person: id, name, role, birthday, lunar birthday (year, month, leap, day).
type PersonEntry = (
    String,
    String,
    Role,
    Option<i32>,
    Option<(Option<i32>, u8, bool, u8)>,
);

/// A transaction: id (on account only), date, amount, currency, due, over limit.
type TransactionEntry = (String, i32, [u8; 16], String, Option<i32>, bool);

/// A contact: at, channel, by, and the next step it set with its text.
type ContactEntryRow = (At, Channel, Option<String>, Option<(i32, String)>);

#[derive(Serialize, Deserialize)]
struct Rec {
    id: String,
    name: String,
    kind: Kind,
    gender: Option<String>,
    company: Option<String>,
    title: Option<String>,
    birthday: Option<i32>,
    /// year, month, leap, day
    lunar_birthday: Option<(Option<i32>, u8, bool, u8)>,
    industry: Option<String>,
    region: Option<String>,
    size: Option<String>,
    tags: Vec<String>,
    owner: Option<String>,
    source: Option<String>,
    reference: Option<String>,
    created: At,
    updated: At,
    phones: Vec<(String, PhoneKind)>,
    emails: Vec<String>,
    wechat: Option<String>,
    qq: Option<String>,
    address: Option<String>,
    channel: Option<Channel>,
    products: Vec<String>,
    notes: Option<String>,
    tier: Option<Tier>,
    lifecycle: Option<Lifecycle>,
    rfm: Option<String>,
    stage: Option<Stage>,
    pin: bool,
    classified: Option<i32>,
    cadence: Option<Span>,
    next: Option<i32>,
    /// id, name, role, birthday, lunar birthday (year, month, leap, day)
    people: Vec<PersonEntry>,
    /// id, label, date, lunar (year, month, leap, day)
    dates: Vec<DateEntry>,
    verified: Option<i32>,
    /// limit, rating, terms
    credit: (Option<[u8; 16]>, Option<String>, Option<u32>),
    transactions: Vec<TransactionEntry>,
    /// date, amount, currency, the purchase it pays
    payments: Vec<(i32, [u8; 16], String, Option<String>)>,
    contacts: Vec<ContactEntryRow>,
    feedback: Vec<FeedbackEntry>,
    /// to, as
    links: Vec<(String, Relation)>,
    /// purpose, status, date
    consents: Vec<(Purpose, ConsentStatus, i32)>,
    /// Custom fields as TOML text.
    extra: String,
}

/// One record's index entry; `None` when custom fields cannot be written back as TOML.
fn encode(c: &Customer) -> Option<Zeroizing<Vec<u8>>> {
    let c = index_view(c.clone());
    let rec = Rec {
        birthday: c.birthday.map(day),
        lunar_birthday: c.lunar_birthday.map(|l| (l.year, l.month, l.leap, l.day)),
        created: c.created.into(),
        updated: c.updated.into(),
        phones: c.contact.phones.into_iter().map(|p| (p.number, p.kind)).collect(),
        emails: c.contact.emails,
        wechat: c.contact.wechat,
        qq: c.contact.qq,
        address: c.contact.address,
        channel: c.preferences.channel,
        products: c.preferences.products,
        notes: c.preferences.notes,
        tier: c.class.tier,
        lifecycle: c.class.lifecycle,
        rfm: c.class.rfm,
        stage: c.class.stage,
        pin: c.class.pin,
        classified: c.class.classified.map(day),
        cadence: c.follow_up.cadence,
        next: c.follow_up.next.map(day),
        people: c
            .key_people
            .into_iter()
            .map(|p| {
                let lunar = p.lunar_birthday.map(|l| (l.year, l.month, l.leap, l.day));
                (p.id, p.name, p.role, p.birthday.map(day), lunar)
            })
            .collect(),
        dates: c
            .dates
            .into_iter()
            .map(|d| {
                let lunar = d.lunar.map(|l| (l.year, l.month, l.leap, l.day));
                (d.id, d.label, day(d.date), lunar)
            })
            .collect(),
        verified: c.verified.map(day),
        credit: (
            c.credit.limit.map(|l| l.serialize()),
            c.credit.rating,
            c.credit.terms,
        ),
        transactions: c
            .transactions
            .into_iter()
            .map(|t| {
                (
                    t.id,
                    day(t.date),
                    t.amount.serialize(),
                    t.currency,
                    t.due.map(day),
                    t.over_limit,
                )
            })
            .collect(),
        payments: c
            .payments
            .into_iter()
            .map(|p| (day(p.date), p.amount.serialize(), p.currency, p.applies_to))
            .collect(),
        contacts: c
            .contacts
            .into_iter()
            .map(|k| {
                let next = k.next.map(|n| (day(n), k.summary));
                (k.at.into(), k.channel, k.by, next)
            })
            .collect(),
        feedback: c
            .feedback
            .into_iter()
            .map(|f| {
                (
                    f.id,
                    day(f.date),
                    f.kind,
                    f.rating,
                    f.text,
                    f.status,
                    f.resolved.map(day),
                    f.handler,
                    [f.due, f.started, f.callback_due, f.callback_done].map(|d| d.map(day)),
                )
            })
            .collect(),
        links: c.links.into_iter().map(|l| (l.to, l.relation)).collect(),
        consents: c
            .consents
            .into_iter()
            .map(|k| (k.purpose, k.status, day(k.date)))
            .collect(),
        extra: if c.extra.is_empty() {
            String::new()
        } else {
            toml::to_string(&c.extra).ok()?
        },
        id: c.id,
        name: c.name,
        kind: c.kind,
        gender: c.gender,
        company: c.company,
        title: c.title,
        industry: c.industry,
        region: c.region,
        size: c.size,
        tags: c.tags,
        owner: c.owner,
        source: c.source,
        reference: c.reference,
    };
    Some(Zeroizing::new(
        postcard::to_stdvec(&rec).expect("serializing to memory"),
    ))
}

/// A record from its index entry: [`index_view`] of the record it was made from.
fn decode(bytes: &[u8]) -> Option<Customer> {
    let r: Rec = postcard::from_bytes(bytes).ok()?;
    let mut c = Customer::new(r.id, r.name, r.created.get()?);
    c.updated = r.updated.get()?;
    c.kind = r.kind;
    c.gender = r.gender;
    c.company = r.company;
    c.title = r.title;
    c.birthday = from_opt_day(r.birthday)?;
    c.lunar_birthday = r
        .lunar_birthday
        .map(|(year, month, leap, day)| crate::model::lunar::LunarDate {
            calendar: crate::model::lunar::CalendarName::Chinese,
            year,
            month,
            leap,
            day,
        });
    c.industry = r.industry;
    c.region = r.region;
    c.size = r.size;
    c.tags = r.tags;
    c.owner = r.owner;
    c.source = r.source;
    c.reference = r.reference;
    c.contact = ContactInfo {
        phones: r
            .phones
            .into_iter()
            .map(|(number, kind)| crate::model::phone::Phone { number, kind })
            .collect(),
        emails: r.emails,
        wechat: r.wechat,
        qq: r.qq,
        address: r.address,
    };
    c.preferences = Preferences {
        channel: r.channel,
        products: r.products,
        notes: r.notes,
    };
    c.class = Class {
        tier: r.tier,
        lifecycle: r.lifecycle,
        rfm: r.rfm,
        stage: r.stage,
        pin: r.pin,
        classified: from_opt_day(r.classified)?,
    };
    c.follow_up = FollowUp {
        cadence: r.cadence,
        next: from_opt_day(r.next)?,
    };
    c.key_people = r
        .people
        .into_iter()
        .map(|(id, name, role, birthday, lunar)| {
            Some(KeyPerson {
                id,
                name,
                role,
                birthday: from_opt_day(birthday)?,
                lunar_birthday: lunar.map(|(year, month, leap, day)| crate::model::lunar::LunarDate {
                    calendar: crate::model::lunar::CalendarName::Chinese,
                    year,
                    month,
                    leap,
                    day,
                }),
                phone: None,
                email: None,
                notes: None,
            })
        })
        .collect::<Option<_>>()?;
    c.dates = r
        .dates
        .into_iter()
        .map(|(id, label, date, lunar)| {
            Some(ImportantDate {
                id,
                label,
                date: from_day(date)?,
                lunar: lunar.map(|(year, month, leap, day)| crate::model::lunar::LunarDate {
                    calendar: crate::model::lunar::CalendarName::Chinese,
                    year,
                    month,
                    leap,
                    day,
                }),
            })
        })
        .collect::<Option<_>>()?;
    c.verified = from_opt_day(r.verified)?;
    c.credit = Credit {
        limit: r.credit.0.map(Decimal::deserialize),
        rating: r.credit.1,
        terms: r.credit.2,
    };
    c.transactions = r
        .transactions
        .into_iter()
        .map(|(id, date, amount, currency, due, over_limit)| {
            Some(Transaction {
                id,
                date: from_day(date)?,
                product: None,
                quantity: None,
                amount: Decimal::deserialize(amount),
                currency,
                payment: None,
                reference: None,
                due: from_opt_day(due)?,
                over_limit,
            })
        })
        .collect::<Option<_>>()?;
    c.payments = r
        .payments
        .into_iter()
        .map(|(date, amount, currency, applies_to)| {
            Some(Payment {
                id: String::new(),
                date: from_day(date)?,
                amount: Decimal::deserialize(amount),
                currency,
                applies_to,
                method: None,
                reference: None,
                by: None,
            })
        })
        .collect::<Option<_>>()?;
    c.contacts = r
        .contacts
        .into_iter()
        .map(|(at, channel, by, next)| {
            let (next, summary) = match next {
                Some((n, summary)) => (Some(from_day(n)?), summary),
                None => (None, String::new()),
            };
            Some(ContactEntry {
                id: String::new(),
                at: at.get()?,
                channel,
                direction: None,
                by,
                summary,
                outcome: None,
                next,
            })
        })
        .collect::<Option<_>>()?;
    c.feedback = r
        .feedback
        .into_iter()
        .map(
            |(id, date, kind, rating, text, status, resolved, handler, days)| {
                let [due, started, callback_due, callback_done] = days.map(from_opt_day);
                Some(Feedback {
                    id,
                    date: from_day(date)?,
                    kind,
                    rating,
                    text,
                    status,
                    resolved: from_opt_day(resolved)?,
                    resolution: None,
                    handler,
                    due: due?,
                    started: started?,
                    callback_due: callback_due?,
                    callback_done: callback_done?,
                    callback_note: None,
                    callback_rating: None,
                })
            },
        )
        .collect::<Option<_>>()?;
    c.links = r
        .links
        .into_iter()
        .map(|(to, relation)| Link {
            to,
            relation,
            note: None,
        })
        .collect();
    c.consents = r
        .consents
        .into_iter()
        .map(|(purpose, status, date)| {
            Some(Consent {
                id: String::new(),
                purpose,
                status,
                date: from_day(date)?,
                scope: None,
                channel: None,
                evidence: None,
                by: None,
            })
        })
        .collect::<Option<_>>()?;
    if !r.extra.is_empty() {
        c.extra = toml::from_str(&r.extra).ok()?;
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Customer {
        let text = include_str!("../../fixtures/records/full.toml");
        record_io::parse_record(text, false).expect("the fixture parses")
    }

    #[test]
    fn an_entry_decodes_to_the_index_view() {
        let c = sample();
        assert_eq!(decode(&encode(&c).unwrap()), Some(index_view(c)));
    }

    proptest! {
        #[test]
        fn entries_round_trip(
            name in "\\PC{1,20}",
            phones in proptest::collection::vec("[0-9+ -]{3,15}", 0..3),
            amounts in proptest::collection::vec((-1_000_000_000i64..1_000_000_000, 0u32..6), 0..5),
            offset_min in -720i32..=840,
            secs in 0i64..4_000_000_000,
            extra in proptest::option::of("\\PC{0,12}"),
        ) {
            let mut c = sample();
            c.name = name;
            c.contact.phones = phones.iter().map(|p| p.as_str().into()).collect();
            let offset = FixedOffset::east_opt(offset_min * 60).unwrap();
            let at = Timestamp(offset.timestamp_opt(secs, 0).unwrap());
            c.updated = at;
            for k in &mut c.contacts {
                k.at = at;
            }
            c.transactions.truncate(1);
            let template = c.transactions.pop();
            if let Some(t) = template {
                for (n, scale) in amounts {
                    let mut t = t.clone();
                    t.amount = Decimal::new(n, scale);
                    c.transactions.push(t);
                }
            }
            if let Some(v) = extra {
                c.extra.insert("note".into(), toml::Value::String(v));
            }
            prop_assert_eq!(decode(&encode(&c).unwrap()), Some(index_view(c)));
        }
    }

    #[test]
    fn damaged_entries_and_indexes_are_refused() {
        let bytes = encode(&sample()).unwrap();
        assert!(decode(&bytes[..bytes.len() / 2]).is_none());
        assert!(Cached::parse(Zeroizing::new(b"crmfile-index 0\n".to_vec())).is_none());
        let mut plain = MAGIC.clone();
        postcard::to_io(
            &EntryHead {
                path: "c-7k3m9q2x.toml.age".into(),
                key: FileKey {
                    inode: 1,
                    size: 2,
                    mtime_ns: 3,
                    ctime_ns: 4,
                },
            },
            &mut plain,
        )
        .unwrap();
        postcard::to_io(&1000u32, &mut plain).unwrap();
        plain.extend_from_slice(&bytes[..10]);
        assert!(
            Cached::parse(Zeroizing::new(plain)).is_none(),
            "a truncated entry"
        );
    }
}
