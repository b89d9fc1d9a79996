//! The store checked: files that do not decrypt or parse, seals, records not encrypted to
//! their folder's recipients, stray files, identity permissions, invalid fields, likely
//! duplicates, overdue contacts and complaints, merge conflicts, retention; and with `fix`,
//! the safe fixes. `crmfile audit` renders what this finds.

use std::collections::HashSet;
use std::path::PathBuf;

use rayon::prelude::*;

use super::session::Session;
use crate::crypt::DecryptFailure;
use crate::error::Result;
use crate::i18n::{Both, both, fl};
use crate::model::audit::{Finding, Found, Severity, check_record};
use crate::model::id::IdList;
use crate::model::phone::Phone;
use crate::model::query::{DedupKey, DedupKind, DedupPrint, dedup_keys};
use crate::store::trust::Standing;
use crate::store::{FileProblem, Mode, PathList, Store, Stray, stanza_count};

/// What an audit found and fixed.
pub struct Audit<'s> {
    /// Most severe first, then by record and code.
    pub findings: Findings<'s>,
    /// What `fix` changed, one line each.
    pub fixed: Vec<String>,
    /// How many records were read.
    pub records: usize,
}

fn problem_finding(p: &FileProblem, id: &str) -> (Severity, &'static str, Both) {
    let hint = match p {
        FileProblem::Decrypt(DecryptFailure::NotForYou) => both!("audit-hint-not-for-you"),
        FileProblem::Decrypt(DecryptFailure::Forged) => both!("audit-hint-forged"),
        FileProblem::Decrypt(DecryptFailure::Damaged(_)) | FileProblem::TooLarge(_) => {
            both!("audit-hint-restore")
        }
        FileProblem::NotUtf8 | FileProblem::NotToml(_) | FileProblem::Schema(_) => {
            both!("audit-hint-edit-or-restore", id = id.to_string())
        }
        FileProblem::Newer(_) => both!("audit-hint-newer"),
        FileProblem::IdMismatch(_) => both!("audit-hint-rename", id = id.to_string()),
        FileProblem::Symlink => both!("audit-hint-symlink"),
        FileProblem::Unreadable(_) => both!("audit-hint-permissions"),
    };
    let code = match p {
        FileProblem::Decrypt(DecryptFailure::NotForYou) => "not-for-you",
        FileProblem::Decrypt(DecryptFailure::Damaged(_)) => "damaged",
        FileProblem::Decrypt(DecryptFailure::Forged) => "forged",
        FileProblem::TooLarge(_) => "too-large",
        FileProblem::NotUtf8 | FileProblem::NotToml(_) => "not-toml",
        FileProblem::Schema(_) | FileProblem::Newer(_) => "schema",
        FileProblem::IdMismatch(_) => "id-mismatch",
        FileProblem::Symlink => "symlink",
        FileProblem::Unreadable(_) => "unreadable",
    };
    let severity = if matches!(p, FileProblem::Decrypt(DecryptFailure::NotForYou)) {
        Severity::Warning
    } else {
        Severity::Error
    };
    (severity, code, hint)
}

/// What the checks of one record found, kept instead of the record. A million of these
/// are held until the whole store is read: the record's path is its place in the scan's
/// list, its id the scan's, and what its checks found is kept as facts ([`Found`]).
struct Audited {
    /// Where its path is in the scan's list.
    at: u32,
    /// Recipient stanzas in the file's header, when it can be told.
    stanzas: Option<u32>,
    /// The header carries a seal ([`crate::crypt::seal`]); whether it matches was
    /// checked as the record was read.
    sealed: bool,
    untidy_phones: bool,
    found: Box<[Found]>,
    /// Its duplicate keys, in their order ([`dedup_keys`]); taken when pairs are made.
    keys: Box<[DedupPrint]>,
    /// The documents the record lists.
    attachments: Box<[crate::model::record::Attachment]>,
}

impl Audited {
    fn of(
        at: u32,
        l: crate::store::Loaded,
        config: &crate::model::config::Config,
        today: chrono::NaiveDate,
    ) -> Audited {
        let c = &l.customer;
        // The header is at the start of a binary file; an armored one is read whole.
        let head = crate::store::record_header(&l.path);
        Audited {
            at,
            found: check_record(c, config, today).into(),
            keys: dedup_keys(c).iter().map(DedupKey::print).collect(),
            untidy_phones: tidy_phones(&c.contact.phones) != c.contact.phones,
            stanzas: stanza_count(&head).map(|n| u32::try_from(n).unwrap_or(u32::MAX)),
            sealed: crate::crypt::seal::header_stanza(&head, crate::crypt::seal::MAC_TAG).is_some(),
            attachments: l.customer.attachments.into(),
        }
    }
}

/// One finding in a few bytes: what it is and which record it is about. Its words are
/// made as it is written ([`Findings::words`]): at a million records an audit finds a
/// million and a half things, and the audit that kept their words in two languages
/// peaked at 2 GB.
#[derive(Clone, Copy, Debug)]
enum Row {
    /// A finding already in words (files, keys, folders, documents): `said[i]`.
    Said(u32),
    /// The `nth` fact [`check_record`] found in record `rec`.
    Found { rec: u32, nth: u32 },
    /// Record `rec`'s header names `stanzas` recipients, not its folder's; `unsealed`:
    /// the record is held back for carrying no seal, so no fix reaches it.
    Mismatch { rec: u32, stanzas: u32, unsealed: bool },
    /// Record `rec` carries no seal; an error once seals are required.
    Unsealed { rec: u32, required: bool },
    /// Record `rec`'s phone numbers are not written the one way.
    PhoneFormat(u32),
    /// Records `a` and `b` (`a`'s id the lower) share a duplicate key of this kind.
    Duplicate { a: u32, b: u32, kind: DedupKind },
}

const _: () = assert!(std::mem::size_of::<Row>() == 12);

/// What an audit found, in order, put into words as they are read.
pub struct Findings<'s> {
    rows: Vec<Row>,
    said: Vec<Finding>,
    records: Vec<Audited>,
    /// The scan's paths, and the id of each record read (`records[k]`'s is `ids[k]`).
    paths: PathList,
    ids: IdList,
    store: &'s Store,
}

impl Findings<'_> {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Each finding's severity, in order.
    pub fn severities(&self) -> impl Iterator<Item = Severity> + '_ {
        self.rows.iter().map(|row| self.severity(*row))
    }

    /// Findings `range` in words, made in parallel.
    pub fn words(&self, range: std::ops::Range<usize>) -> Vec<Finding> {
        self.rows[range].par_iter().map(|row| self.said(*row)).collect()
    }

    /// Finding `i` in words.
    pub fn word(&self, i: usize) -> Finding {
        self.said(self.rows[i])
    }

    fn id(&self, rec: u32) -> &str {
        self.ids.get(rec as usize)
    }

    fn path(&self, rec: u32) -> PathBuf {
        self.paths.get(self.records[rec as usize].at as usize)
    }

    fn severity(&self, row: Row) -> Severity {
        match row {
            Row::Said(i) => self.said[i as usize].severity,
            Row::Found { rec, nth } => self.records[rec as usize].found[nth as usize].severity(),
            Row::Mismatch { .. } | Row::Duplicate { .. } => Severity::Warning,
            Row::Unsealed { required: true, .. } => Severity::Error,
            Row::Unsealed { required: false, .. } | Row::PhoneFormat(_) => Severity::Info,
        }
    }

    /// What findings are put in order by: severity, the record's id, the code.
    fn key(&self, row: Row) -> (std::cmp::Reverse<Severity>, Option<&str>, &'static str) {
        let (id, code) = match row {
            Row::Said(i) => {
                let f = &self.said[i as usize];
                (f.id.as_deref(), f.code)
            }
            Row::Found { rec, nth } => (
                Some(self.id(rec)),
                self.records[rec as usize].found[nth as usize].code(),
            ),
            Row::Mismatch { rec, .. } => (Some(self.id(rec)), "recipients-mismatch"),
            Row::Unsealed { rec, .. } => (Some(self.id(rec)), "unsealed"),
            Row::PhoneFormat(rec) => (Some(self.id(rec)), "phone-format"),
            Row::Duplicate { a, .. } => (Some(self.id(a)), "likely-duplicate"),
        };
        (std::cmp::Reverse(self.severity(row)), id, code)
    }

    /// Puts the rows in order, ties in the order they were found. Each key is made
    /// again at each comparison: a list of them took 40 bytes a finding.
    fn sort(&mut self) {
        let mut rows = std::mem::take(&mut self.rows);
        rows.par_sort_by(|x, y| self.key(*x).cmp(&self.key(*y)));
        self.rows = rows;
    }

    /// A row in words.
    fn said(&self, row: Row) -> Finding {
        let store = self.store;
        let on = |rec: u32, f: Finding| f.record(self.id(rec), &store.rel(&self.path(rec)));
        match row {
            Row::Said(i) => self.said[i as usize].clone(),
            Row::Found { rec, nth } => on(
                rec,
                self.records[rec as usize].found[nth as usize].finding(self.id(rec), &store.config),
            ),
            Row::Mismatch {
                rec,
                stanzas,
                unsealed,
            } => {
                let path = self.path(rec);
                let folder = path.parent().unwrap_or(&store.root);
                let (file, listed) = store
                    .recipients
                    .for_folder(folder)
                    .map(|set| (store.rel(&set.0).into_owned(), set.1.len()))
                    .unwrap_or_default();
                on(
                    rec,
                    Finding::new(
                        Severity::Warning,
                        "recipients-mismatch",
                        both!(
                            "audit-recipients-mismatch",
                            count = stanzas.to_string(),
                            file = file.clone(),
                            listed = listed.to_string()
                        ),
                        // Neither --fix nor reencrypt touches a record held back.
                        if unsealed {
                            both!(
                                "audit-hint-recipients-mismatch-unsealed",
                                id = self.id(rec).to_string()
                            )
                        } else {
                            both!("audit-hint-recipients-mismatch")
                        },
                    ),
                )
            }
            // Where every record is sealed, one without a seal may be planted: an error,
            // and no write touches it until the user accepts it.
            Row::Unsealed { rec, required } => {
                let (severity, hint) = if required {
                    (
                        Severity::Error,
                        both!("audit-hint-unsealed-required", id = self.id(rec).to_string()),
                    )
                } else {
                    (Severity::Info, both!("audit-hint-unsealed"))
                };
                on(
                    rec,
                    Finding::new(severity, "unsealed", both!("audit-unsealed"), hint),
                )
            }
            Row::PhoneFormat(rec) => on(
                rec,
                Finding::new(
                    Severity::Info,
                    "phone-format",
                    both!("audit-phone-format"),
                    both!("audit-hint-phone-format"),
                ),
            ),
            Row::Duplicate { a, b, kind } => {
                let (a_id, b_id) = (self.id(a), self.id(b));
                on(
                    a,
                    Finding::new(
                        Severity::Warning,
                        "likely-duplicate",
                        crate::i18n::both_of(format!("{a_id} and {b_id}: {kind}"), || {
                            fl!(
                                "audit-likely-duplicate",
                                a = a_id.to_string(),
                                b = b_id.to_string(),
                                why = kind.label()
                            )
                        }),
                        both!(
                            "audit-hint-likely-duplicate",
                            a = a_id.to_string(),
                            b = b_id.to_string()
                        ),
                    ),
                )
            }
        }
    }
}

fn index(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 4 billion findings")
}

/// The likely duplicates among `records`: each record sharing a key with the first
/// record (in the walk's order) that has it, once a pair, with the kind of the first key
/// the later record shares (in its keys' order); in order of the pair's ids. Takes the
/// records' keys.
fn duplicates(records: &mut [Audited], ids: &IdList) -> Vec<Row> {
    // Every key by its record and place, sorted by the key: a key's records lie together.
    // (A list of the keys themselves, 24 bytes each, would stand beside the records'.)
    let mut keyed: Vec<(u32, u16)> = Vec::with_capacity(records.iter().map(|r| r.keys.len()).sum());
    for (rec, r) in records.iter().enumerate() {
        keyed.extend((0..r.keys.len()).map(|pos| (index(rec), u16::try_from(pos).unwrap_or(u16::MAX))));
    }
    let print = |(rec, pos): (u32, u16)| records[rec as usize].keys[usize::from(pos)];
    keyed.par_sort_unstable_by(|x, y| (print(*x), *x).cmp(&(print(*y), *y)));
    let id = |rec: u32| ids.get(rec as usize);
    // (lower id's record, the other's, where it was found: record and key) a pair.
    let mut found: Vec<(u32, u32, u32, u16, DedupKind)> = Vec::new();
    for group in keyed.chunk_by(|x, y| print(*x) == print(*y)) {
        let first = group[0].0;
        for &(rec, pos) in &group[1..] {
            if id(rec) != id(first) {
                let (a, b) = if id(first) < id(rec) {
                    (first, rec)
                } else {
                    (rec, first)
                };
                found.push((a, b, rec, pos, print((rec, pos)).kind()));
            }
        }
    }
    drop(keyed);
    for r in records.iter_mut() {
        r.keys = Box::new([]);
    }
    found.par_sort_unstable_by(|x, y| (id(x.0), id(x.1), x.2, x.3).cmp(&(id(y.0), id(y.1), y.2, y.3)));
    found.dedup_by(|later, first| id(later.0) == id(first.0) && id(later.1) == id(first.1));
    found
        .into_iter()
        .map(|(a, b, _, _, kind)| Row::Duplicate { a, b, kind })
        .collect()
}

/// Phone numbers written the one way crmfile writes them.
fn tidy_phones(phones: &[Phone]) -> Vec<Phone> {
    phones.iter().map(Phone::tidy).collect()
}

/// Checks every record and file of the store (never the index); with `fix`, under the
/// store's lock, applies the safe fixes and leaves out what they fixed.
pub fn run(ctx: &Session, fix: bool) -> Result<Audit<'_>> {
    let store = ctx.store()?;
    let keyring = ctx.keyring()?;
    let _lock = if fix { Some(ctx.lock()?) } else { None };
    // Every record is read in full (an audit never trusts the index) and reduced to what
    // the checks found as it is read.
    let today = ctx.today;
    let (paths, mut records, ids, errors) =
        ctx.scan_listed(false, |at, l| Some(Audited::of(at, l, &store.config, today)))?;
    // Every record read yields its result: the k-th result is the k-th id's.
    assert_eq!(records.len(), ids.len(), "one result a record read");
    let _store_checks = crate::store::timing::phase("store checks");
    let id = |rec: usize| ids.get(rec);
    let path = |r: &Audited| paths.get(r.at as usize);
    let mut rows: Vec<Row> = Vec::new();
    let mut said: Vec<Finding> = Vec::new();
    let mut say = |rows: &mut Vec<Row>, f: Finding| {
        rows.push(Row::Said(index(said.len())));
        said.push(f);
    };
    let mut fixed: Vec<String> = Vec::new();

    // Integrity: files that cannot be used.
    for e in &errors {
        let id = crate::model::id::id_of_path(&e.path).unwrap_or("");
        let (severity, code, hint) = problem_finding(&e.problem, id);
        say(
            &mut rows,
            Finding::new(severity, code, (e.problem.to_string(), e.problem.shown()), hint)
                .record(id, &store.rel(&e.path)),
        );
    }
    // Records by id (a sort of their numbers, 4 bytes a record, where a map of every id
    // took an entry and a list apiece), to find an id held by two files.
    let mut by_id: Vec<u32> = (0..index(records.len())).collect();
    by_id.par_sort_by_key(|&rec| id(rec as usize));
    let by_id: Vec<(&str, Vec<PathBuf>)> = by_id
        .chunk_by(|x, y| id(*x as usize) == id(*y as usize))
        .filter(|same| same.len() > 1)
        .map(|same| {
            let paths: Vec<PathBuf> = same.iter().map(|&rec| path(&records[rec as usize])).collect();
            (id(same[0] as usize), paths)
        })
        .collect();
    for (id, paths) in by_id {
        let list: Vec<String> = paths.iter().map(|p| store.rel(p).into_owned()).collect();
        say(
            &mut rows,
            Finding::new(
                Severity::Error,
                "duplicate-id",
                both!(
                    "audit-duplicate-id",
                    id = id.to_string(),
                    files = list.join(" and ")
                ),
                both!("audit-hint-duplicate-id"),
            )
            .record(id, &list[0]),
        );
    }
    // A file of an erased customer is back (a merge kept the other side's edit, a
    // checkout restored it): found by its id, readable or not, and never written by a
    // fix (that would give it to today's readers). A tombstones file a git conflict
    // damaged is a finding of its own, not the end of the audit.
    let mut erased_present: HashSet<&str> = HashSet::new();
    match crate::store::erasures::Erasures::load(&store.state_dir()) {
        Err(e) => say(
            &mut rows,
            Finding::new(
                Severity::Error,
                "erasures-unreadable",
                both!("audit-erasures-unreadable", why = e.message.clone()),
                both!("audit-hint-erasures-unreadable"),
            ),
        ),
        Ok(erasures) => {
            let readable = records
                .iter()
                .enumerate()
                .map(|(rec, r)| (id(rec), path(r), true));
            let unreadable = errors
                .iter()
                .filter_map(|e| Some((crate::model::id::id_of_path(&e.path)?, e.path.clone(), false)));
            for (id, path, read) in readable.chain(unreadable) {
                let Some(t) = erasures.of_id(id) else { continue };
                let rel = store.rel(&path).into_owned();
                // One you cannot read is removed as a file: forget would have to read it.
                let hint = if read {
                    both!("audit-hint-erased-present", id = id.to_string())
                } else {
                    both!("audit-hint-erased-present-file", path = rel.clone())
                };
                say(
                    &mut rows,
                    Finding::new(
                        Severity::Error,
                        "erased-record-present",
                        both!(
                            "audit-erased-present",
                            id = id.to_string(),
                            date = t.date.to_string()
                        ),
                        hint,
                    )
                    .record(id, &rel),
                );
                erased_present.insert(id);
            }
        }
    }
    for (path, kind) in store.stray_files() {
        let rel = store.rel(&path).into_owned();
        let at = |f: Finding| Finding {
            path: Some(rel.clone()),
            ..f
        };
        match kind {
            Stray::TempFile if fix => match crate::store::remove_stray(&path) {
                Ok(()) => fixed.push(fl!("fixed-stray", path = rel.to_string())),
                Err(e) => say(
                    &mut rows,
                    at(Finding::new(
                        Severity::Warning,
                        "stray-temp-file",
                        both!("audit-cannot-remove", path = rel.clone(), error = e.to_string()),
                        both!("audit-hint-remove-by-hand"),
                    )),
                ),
            },
            Stray::TempFile => say(
                &mut rows,
                at(Finding::new(
                    Severity::Warning,
                    "stray-temp-file",
                    both!("audit-stray-temp", path = rel.clone()),
                    both!("audit-hint-fix-removes"),
                )),
            ),
            Stray::Plaintext => say(
                &mut rows,
                at(Finding::new(
                    Severity::Error,
                    "plaintext-file",
                    both!("audit-plaintext", path = rel.clone()),
                    both!("audit-hint-plaintext"),
                )),
            ),
            Stray::Symlink => say(
                &mut rows,
                at(Finding::new(
                    Severity::Warning,
                    "symlink",
                    both!("audit-symlink", path = rel.clone()),
                    both!("audit-hint-replace-link"),
                )),
            ),
        }
    }

    // Decrypted edit copies a killed `edit` left in memory-backed storage.
    for path in crate::store::edit_copy::stale_copies() {
        let shown = path.display().to_string();
        if fix && crate::store::edit_copy::remove_stale().contains(&path) {
            fixed.push(fl!("fixed-stale-edit-copy", path = shown));
            continue;
        }
        say(
            &mut rows,
            Finding::new(
                Severity::Error,
                "stale-edit-copy",
                both!("audit-stale-edit-copy", path = shown.clone()),
                both!("audit-hint-stale-edit-copy"),
            ),
        );
    }

    // Security: the identity file and the recipients.
    if let Some(mode) = crate::crypt::open_to_others(&keyring.path) {
        say(
            &mut rows,
            Finding::new(
                Severity::Error,
                "identity-permissions",
                both!(
                    "audit-identity-permissions",
                    path = keyring.path.display().to_string(),
                    mode = format!("{mode:o}")
                ),
                format!("chmod 600 {}", keyring.path.display()),
            ),
        );
    }
    for f in store.recipients_files() {
        let set = store.recipients.for_folder(f.parent().unwrap_or(&store.root))?;
        match ctx.standing(&set)? {
            Standing::Changed => say(
                &mut rows,
                Finding::new(
                    Severity::Error,
                    "recipients-untrusted",
                    both!("audit-recipients-untrusted", file = store.rel(&f).into_owned()),
                    both!("audit-hint-recipients-untrusted"),
                ),
            ),
            Standing::FirstUse => say(
                &mut rows,
                Finding::new(
                    Severity::Warning,
                    "recipients-first-use",
                    both!("audit-recipients-first-use", file = store.rel(&f).into_owned()),
                    both!("audit-hint-recipients-untrusted"),
                ),
            ),
            Standing::Trusted => {}
        }
    }
    let not_yours = store.not_yours();
    if not_yours > 0 {
        say(
            &mut rows,
            Finding::new(
                Severity::Info,
                "not-yours",
                both!("audit-not-yours", count = not_yours.to_string()),
                both!("audit-hint-not-yours"),
            ),
        );
    }
    for (path, broken) in crate::store::access_log::verify(&store.state_dir()) {
        use crate::store::access_log::Broken;
        let rel = store.rel(&path).into_owned();
        let (severity, code, message) = match broken {
            Broken::Symlink => (
                Severity::Error,
                "access-log-symlink",
                both!("audit-access-log-symlink", path = rel.clone()),
            ),
            Broken::TornTail => (
                Severity::Warning,
                "access-log-torn",
                both!("audit-access-log-torn", path = rel.clone()),
            ),
            Broken::Unreadable(line) => (
                Severity::Error,
                "access-log-tampered",
                both!(
                    "audit-access-log-unreadable",
                    path = rel.clone(),
                    line = line.to_string()
                ),
            ),
            Broken::ChainBroken(line) => (
                Severity::Error,
                "access-log-tampered",
                both!(
                    "audit-access-log-chain",
                    path = rel.clone(),
                    line = line.to_string()
                ),
            ),
        };
        let hint = if code == "access-log-torn" {
            both!("audit-hint-access-log-torn")
        } else {
            both!("audit-hint-access-log-tampered")
        };
        say(
            &mut rows,
            Finding {
                path: Some(rel),
                ..Finding::new(severity, code, message, hint)
            },
        );
    }
    // Documents: each listed one there and as attached, no file that no record lists.
    let listed = records
        .iter()
        .enumerate()
        .map(|(rec, r)| (id(rec), path(r), &*r.attachments));
    for f in crate::ops::attach::audit(ctx, listed) {
        say(&mut rows, f);
    }
    // Likely duplicates now, while the list of findings is short; it is grown once to its
    // full length below (grown a doubling at a time, it was held twice over while copied:
    // at a million records, audit peaked at 301 MiB that way, 294 this way).
    drop(_store_checks);
    let dups = crate::store::timing::phase("duplicates");
    let pairs = duplicates(&mut records, &ids);
    drop(dups);
    let record_checks = crate::store::timing::phase("record checks");
    // Records without a seal: written before sealing began, by hand with age, or by
    // someone outside. While the store is not yet sealed throughout, --fix seals them
    // (and then requires a seal of every record); once it is, an unsealed record is
    // an error, left for the user to check: no command writes it until `crmfile accept`.
    if fix && keyring.seal_key().is_none() {
        // A store from before sealing gets its key here (as on any first write).
        ctx.recipients_for_write(&store.root)?;
    }
    let seal = keyring.seal_key().map(|k| k.required);
    // A record flagged for carrying no seal is never sealed by a fix (for this or for
    // something else): the user checks it first.
    let flagged =
        |rec: usize| (!records[rec].sealed && seal == Some(true)) || erased_present.contains(id(rec));
    let mut reseal = HashSet::new();
    for (rec, r) in records.iter().enumerate() {
        let path = path(r);
        let folder = path.parent().unwrap_or(&store.root);
        let Ok(set) = store.recipients.for_folder(folder) else {
            continue;
        };
        if let Some(count) = r.stanzas
            && count as usize != set.1.len()
        {
            if fix && !flagged(rec) {
                reseal.insert(rec);
            } else {
                rows.push(Row::Mismatch {
                    rec: index(rec),
                    stanzas: count,
                    unsealed: flagged(rec) && !erased_present.contains(id(rec)),
                });
            }
        }
    }

    let mut unsealed = 0usize;
    let mut to_seal = HashSet::new();
    if seal.is_none() && !records.is_empty() {
        say(
            &mut rows,
            Finding::new(
                Severity::Info,
                "no-seal-key",
                both!("audit-no-seal-key"),
                both!("audit-hint-no-seal-key"),
            ),
        );
    }
    for (rec, _) in records.iter().enumerate().filter(|(_, r)| !r.sealed) {
        match seal {
            None => {}
            Some(false) if fix => {
                to_seal.insert(rec);
            }
            Some(required) => {
                unsealed += 1;
                rows.push(Row::Unsealed {
                    rec: index(rec),
                    required,
                });
            }
        }
    }

    let at_most = records
        .iter()
        .map(|r| r.found.len() + usize::from(r.untidy_phones))
        .sum::<usize>()
        + reseal.len()
        + to_seal.len()
        + pairs.len();
    rows.reserve_exact(at_most);

    // Data quality and retention.
    for (rec, r) in records.iter().enumerate() {
        rows.extend((0..r.found.len()).map(|nth| Row::Found {
            rec: index(rec),
            nth: index(nth),
        }));
        let needs_reseal = reseal.contains(&rec);
        let needs_seal = to_seal.contains(&rec);
        if r.untidy_phones || needs_reseal || needs_seal {
            if fix && !flagged(rec) {
                // Read again in full, with the keys this build does not know, to rewrite.
                let c = ctx.load(&path(r), true).map_err(|e| ctx.file_error(e))?.customer;
                let tidy = tidy_phones(&c.contact.phones);
                let mut updated = c.clone();
                if tidy != c.contact.phones {
                    updated.contact.phones = tidy;
                    updated.updated = ctx.timestamp().max(updated.created);
                }
                ctx.seal(&path(r), &updated, Mode::Replace, false)?;
                if needs_reseal {
                    fixed.push(fl!("fixed-resealed", id = c.id.clone()));
                }
                if needs_seal {
                    fixed.push(fl!("fixed-sealed", id = c.id.clone()));
                }
                if updated.contact.phones != c.contact.phones {
                    fixed.push(fl!("fixed-phones", id = c.id.clone()));
                }
            } else {
                rows.push(Row::PhoneFormat(index(rec)));
            }
        }
    }
    rows.extend(pairs);

    // Every record carries a seal now: from here on, one without is flagged. (Records in
    // folders this identity cannot read were not looked at: not yet.)
    if fix
        && seal == Some(false)
        && unsealed == 0
        && errors.is_empty()
        && ctx.not_yours() == 0
        && crate::ops::seal::require(ctx)?
    {
        fixed.push(fl!("fixed-seal-required"));
    }

    drop(record_checks);
    let count = records.len();
    let mut findings = Findings {
        rows,
        said,
        records,
        paths,
        ids,
        store,
    };
    let sort = crate::store::timing::phase("sort");
    findings.sort();
    drop(sort);
    Ok(Audit {
        findings,
        fixed,
        records: count,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn audited(keys: &[DedupKey]) -> Audited {
        Audited {
            at: 0,
            stanzas: None,
            sealed: true,
            untidy_phones: false,
            found: Box::new([]),
            keys: keys.iter().map(DedupKey::print).collect(),
            attachments: Box::new([]),
        }
    }

    #[test]
    fn a_pair_is_made_with_the_first_record_of_a_key_once_by_its_first_shared_key() {
        let phone = |n: &str| DedupKey::Phone(n.into(), None);
        let email = DedupKey::Email("zw@example.com".into());
        let mut records = vec![
            audited(&[phone("1"), email.clone()]),
            // Shares both with the first: the email comes first among its keys.
            audited(&[email.clone(), phone("1")]),
            audited(&[phone("1")]),
            // The first record's id again (a duplicate id): no pair with itself.
            audited(&[phone("1")]),
            audited(&[phone("2")]),
        ];
        let ids: IdList = ["c-b", "c-a", "c-c", "c-b", "c-d"].into_iter().collect();
        let pairs: Vec<(u32, u32, DedupKind)> = duplicates(&mut records, &ids)
            .into_iter()
            .map(|row| match row {
                Row::Duplicate { a, b, kind } => (a, b, kind),
                other => panic!("not a pair: {other:?}"),
            })
            .collect();
        // In the pairs' ids' order: (c-a, c-b), then (c-b, c-c).
        assert_eq!(pairs, [(1, 0, DedupKind::Email), (0, 2, DedupKind::Phone)]);
        assert!(records.iter().all(|r| r.keys.is_empty()), "the keys are taken");
    }
}
