//! The store checked: files that do not decrypt or parse, seals, records not encrypted to
//! their folder's recipients, stray files, identity permissions, invalid fields, likely
//! duplicates, overdue contacts and complaints, merge conflicts, retention; and with `fix`,
//! the safe fixes. `crmfile audit` renders what this finds.

use std::collections::{BTreeMap, HashMap};

use super::session::Session;
use crate::crypt::DecryptFailure;
use crate::error::Result;
use crate::i18n::{Both, both, fl};
use crate::model::audit::{Finding, Severity, check_record};
use crate::model::phone::Phone;
use crate::model::query::{DedupKey, dedup_keys};
use crate::store::trust::Standing;
use crate::store::{FileProblem, Mode, Stray, stanza_count};

/// What an audit found and fixed.
pub struct Audit {
    /// Most severe first, then by record and code.
    pub findings: Vec<Finding>,
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

/// What the checks of one record found, kept instead of the record.
struct Audited {
    id: String,
    path: std::path::PathBuf,
    /// Findings not yet tied to the record's id and path.
    findings: Vec<Finding>,
    /// Its duplicate keys, in their order ([`dedup_keys`]).
    keys: Vec<crate::model::query::DedupPrint>,
    untidy_phones: bool,
    /// Recipient stanzas in the file's header, when it can be told.
    stanzas: Option<usize>,
    /// The header carries a seal ([`crate::crypt::seal`]); whether it matches was
    /// checked as the record was read.
    sealed: bool,
    /// The documents the record lists.
    attachments: Vec<crate::model::record::Attachment>,
}

impl Audited {
    fn of(
        l: crate::store::Loaded,
        config: &crate::model::config::Config,
        today: chrono::NaiveDate,
    ) -> Audited {
        let c = &l.customer;
        // The header is at the start of a binary file; an armored one is read whole.
        let head = crate::store::record_header(&l.path);
        Audited {
            findings: check_record(c, config, today),
            keys: dedup_keys(c).iter().map(DedupKey::print).collect(),
            untidy_phones: tidy_phones(&c.contact.phones) != c.contact.phones,
            stanzas: stanza_count(&head),
            sealed: crate::crypt::seal::header_stanza(&head, crate::crypt::seal::MAC_TAG).is_some(),
            attachments: l.customer.attachments,
            id: l.customer.id,
            path: l.path,
        }
    }
}

/// Phone numbers written the one way crmfile writes them.
fn tidy_phones(phones: &[Phone]) -> Vec<Phone> {
    phones.iter().map(Phone::tidy).collect()
}

/// Checks every record and file of the store (never the index); with `fix`, under the
/// store's lock, applies the safe fixes and leaves out what they fixed.
pub fn run(ctx: &Session, fix: bool) -> Result<Audit> {
    let store = ctx.store()?;
    let keyring = ctx.keyring()?;
    let _lock = if fix { Some(ctx.lock()?) } else { None };
    // Every record is read in full (an audit never trusts the index) and reduced to what
    // the checks found as it is read.
    let today = ctx.today;
    let (records, errors) = ctx.scan_map(false, |l| Some(Audited::of(l, &store.config, today)))?;
    let mut findings: Vec<Finding> = Vec::new();
    let mut fixed: Vec<String> = Vec::new();

    // Integrity: files that cannot be used.
    for e in &errors {
        let id = crate::model::id::id_of_path(&e.path).unwrap_or("");
        let (severity, code, hint) = problem_finding(&e.problem, id);
        findings.push(
            Finding::new(severity, code, (e.problem.to_string(), e.problem.shown()), hint)
                .record(id, &store.rel(&e.path)),
        );
    }
    let mut by_id: BTreeMap<&str, Vec<&std::path::Path>> = BTreeMap::new();
    for r in &records {
        by_id.entry(r.id.as_str()).or_default().push(&r.path);
    }
    for (id, paths) in by_id.iter().filter(|(_, p)| p.len() > 1) {
        let list: Vec<String> = paths.iter().map(|p| store.rel(p).into_owned()).collect();
        findings.push(
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
    let mut erased_present: std::collections::HashSet<String> = std::collections::HashSet::new();
    match crate::store::erasures::Erasures::load(&store.state_dir()) {
        Err(e) => findings.push(Finding::new(
            Severity::Error,
            "erasures-unreadable",
            both!("audit-erasures-unreadable", why = e.message.clone()),
            both!("audit-hint-erasures-unreadable"),
        )),
        Ok(erasures) => {
            let readable = records.iter().map(|r| (r.id.as_str(), r.path.as_path(), true));
            let unreadable = errors
                .iter()
                .filter_map(|e| Some((crate::model::id::id_of_path(&e.path)?, e.path.as_path(), false)));
            for (id, path, read) in readable.chain(unreadable) {
                let Some(t) = erasures.of_id(id) else { continue };
                let rel = store.rel(path).into_owned();
                // One you cannot read is removed as a file: forget would have to read it.
                let hint = if read {
                    both!("audit-hint-erased-present", id = id.to_string())
                } else {
                    both!("audit-hint-erased-present-file", path = rel.clone())
                };
                findings.push(
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
                erased_present.insert(id.to_string());
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
                Err(e) => findings.push(at(Finding::new(
                    Severity::Warning,
                    "stray-temp-file",
                    both!("audit-cannot-remove", path = rel.clone(), error = e.to_string()),
                    both!("audit-hint-remove-by-hand"),
                ))),
            },
            Stray::TempFile => findings.push(at(Finding::new(
                Severity::Warning,
                "stray-temp-file",
                both!("audit-stray-temp", path = rel.clone()),
                both!("audit-hint-fix-removes"),
            ))),
            Stray::Plaintext => findings.push(at(Finding::new(
                Severity::Error,
                "plaintext-file",
                both!("audit-plaintext", path = rel.clone()),
                both!("audit-hint-plaintext"),
            ))),
            Stray::Symlink => findings.push(at(Finding::new(
                Severity::Warning,
                "symlink",
                both!("audit-symlink", path = rel.clone()),
                both!("audit-hint-replace-link"),
            ))),
        }
    }

    // Decrypted edit copies a killed `edit` left in memory-backed storage.
    for path in crate::store::edit_copy::stale_copies() {
        let shown = path.display().to_string();
        if fix && crate::store::edit_copy::remove_stale().contains(&path) {
            fixed.push(fl!("fixed-stale-edit-copy", path = shown));
            continue;
        }
        findings.push(Finding::new(
            Severity::Error,
            "stale-edit-copy",
            both!("audit-stale-edit-copy", path = shown.clone()),
            both!("audit-hint-stale-edit-copy"),
        ));
    }

    // Security: the identity file and the recipients.
    {
        if let Some(mode) = crate::crypt::open_to_others(&keyring.path) {
            findings.push(Finding::new(
                Severity::Error,
                "identity-permissions",
                both!(
                    "audit-identity-permissions",
                    path = keyring.path.display().to_string(),
                    mode = format!("{mode:o}")
                ),
                format!("chmod 600 {}", keyring.path.display()),
            ));
        }
    }
    for f in store.recipients_files() {
        let set = store.recipients.for_folder(f.parent().unwrap_or(&store.root))?;
        match ctx.standing(&set)? {
            Standing::Changed => findings.push(Finding::new(
                Severity::Error,
                "recipients-untrusted",
                both!("audit-recipients-untrusted", file = store.rel(&f).into_owned()),
                both!("audit-hint-recipients-untrusted"),
            )),
            Standing::FirstUse => findings.push(Finding::new(
                Severity::Warning,
                "recipients-first-use",
                both!("audit-recipients-first-use", file = store.rel(&f).into_owned()),
                both!("audit-hint-recipients-untrusted"),
            )),
            Standing::Trusted => {}
        }
    }
    let not_yours = store.not_yours();
    if not_yours > 0 {
        findings.push(Finding::new(
            Severity::Info,
            "not-yours",
            both!("audit-not-yours", count = not_yours.to_string()),
            both!("audit-hint-not-yours"),
        ));
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
        findings.push(Finding {
            path: Some(rel),
            ..Finding::new(severity, code, message, hint)
        });
    }
    // Documents: each listed one there and as attached, no file that no record lists.
    let listed: Vec<(&str, &std::path::Path, &[crate::model::record::Attachment])> = records
        .iter()
        .map(|r| (r.id.as_str(), r.path.as_path(), r.attachments.as_slice()))
        .collect();
    findings.extend(crate::ops::attach::audit(ctx, &listed));
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
    let flagged = |r: &Audited| (!r.sealed && seal == Some(true)) || erased_present.contains(&r.id);
    let mut reseal = Vec::new();
    for r in &records {
        let folder = r.path.parent().unwrap_or(&store.root);
        let Ok(set) = store.recipients.for_folder(folder) else {
            continue;
        };
        if let Some(count) = r.stanzas
            && count != set.1.len()
        {
            if fix && !flagged(r) {
                reseal.push(r.path.as_path());
            } else {
                findings.push(
                    Finding::new(
                        Severity::Warning,
                        "recipients-mismatch",
                        both!(
                            "audit-recipients-mismatch",
                            count = count.to_string(),
                            file = store.rel(&set.0).into_owned(),
                            listed = set.1.len().to_string()
                        ),
                        // Neither --fix nor reencrypt touches a record flagged above.
                        if flagged(r) && !erased_present.contains(&r.id) {
                            both!("audit-hint-recipients-mismatch-unsealed", id = r.id.clone())
                        } else {
                            both!("audit-hint-recipients-mismatch")
                        },
                    )
                    .record(&r.id, &store.rel(&r.path)),
                );
            }
        }
    }

    let mut unsealed = 0usize;
    let mut to_seal: std::collections::HashSet<&std::path::Path> = std::collections::HashSet::new();
    if seal.is_none() && !records.is_empty() {
        findings.push(Finding::new(
            Severity::Info,
            "no-seal-key",
            both!("audit-no-seal-key"),
            both!("audit-hint-no-seal-key"),
        ));
    }
    for r in records.iter().filter(|r| !r.sealed) {
        match seal {
            None => {}
            Some(false) if fix => {
                to_seal.insert(r.path.as_path());
            }
            Some(required) => {
                unsealed += 1;
                // Where every record is sealed, one without a seal may be planted: an
                // error, and no write touches it until the user accepts it.
                let (severity, hint) = if required {
                    (
                        Severity::Error,
                        both!("audit-hint-unsealed-required", id = r.id.clone()),
                    )
                } else {
                    (Severity::Info, both!("audit-hint-unsealed"))
                };
                findings.push(
                    Finding::new(severity, "unsealed", both!("audit-unsealed"), hint)
                        .record(&r.id, &store.rel(&r.path)),
                );
            }
        }
    }

    // Data quality and retention.
    let reseal: std::collections::HashSet<&std::path::Path> = reseal.into_iter().collect();
    for r in &records {
        let rel = store.rel(&r.path).into_owned();
        findings.extend(r.findings.iter().map(|f| f.clone().record(&r.id, &rel)));
        let needs_reseal = reseal.contains(r.path.as_path());
        let needs_seal = to_seal.contains(r.path.as_path());
        if r.untidy_phones || needs_reseal || needs_seal {
            if fix && !flagged(r) {
                // Read again in full, with the keys this build does not know, to rewrite.
                let c = ctx.load(&r.path, true).map_err(|e| ctx.file_error(e))?.customer;
                let tidy = tidy_phones(&c.contact.phones);
                let mut updated = c.clone();
                if tidy != c.contact.phones {
                    updated.contact.phones = tidy;
                    updated.updated = ctx.timestamp().max(updated.created);
                }
                ctx.seal(&r.path, &updated, Mode::Replace, false)?;
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
                findings.push(
                    Finding::new(
                        Severity::Info,
                        "phone-format",
                        both!("audit-phone-format"),
                        both!("audit-hint-phone-format"),
                    )
                    .record(&r.id, &rel),
                );
            }
        }
    }
    let paths_by_id: HashMap<&str, &std::path::Path> = records
        .iter()
        .map(|r| (r.id.as_str(), r.path.as_path()))
        .collect();
    let mut seen: HashMap<crate::model::query::DedupPrint, &str> = HashMap::new();
    let mut pairs = BTreeMap::new();
    for r in &records {
        for k in &r.keys {
            match seen.get(k) {
                Some(other) if *other != r.id => {
                    let (a, b) = if *other < r.id.as_str() {
                        (*other, r.id.as_str())
                    } else {
                        (r.id.as_str(), *other)
                    };
                    pairs.entry((a, b)).or_insert(k.kind);
                }
                _ => {
                    seen.insert(*k, &r.id);
                }
            }
        }
    }
    for ((a, b), why) in pairs {
        findings.push(
            Finding::new(
                Severity::Warning,
                "likely-duplicate",
                (
                    format!("{a} and {b}: {why}"),
                    if crate::i18n::Lang::current() == crate::i18n::Lang::En {
                        String::new()
                    } else {
                        fl!(
                            "audit-likely-duplicate",
                            a = a.to_string(),
                            b = b.to_string(),
                            why = why.label()
                        )
                    },
                ),
                both!(
                    "audit-hint-likely-duplicate",
                    a = a.to_string(),
                    b = b.to_string()
                ),
            )
            .record(
                a,
                &paths_by_id
                    .get(a)
                    .map_or_else(String::new, |p| store.rel(p).into_owned()),
            ),
        );
    }

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

    findings.sort_by(|x, y| {
        y.severity
            .cmp(&x.severity)
            .then_with(|| x.id.cmp(&y.id))
            .then_with(|| x.code.cmp(y.code))
    });
    Ok(Audit {
        findings,
        fixed,
        records: records.len(),
    })
}
