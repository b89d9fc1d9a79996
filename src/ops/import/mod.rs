//! Importing customers and transactions: reading the input (CSV in any encoding, Excel
//! workbooks, vCards, NDJSON), mapping columns, building and checking records, planning
//! what is new, a duplicate or an update, and writing in parts. `crmfile import` (in
//! `cmd/`) turns its flags into [`CustomerImport`] / [`TransactionImport`] and prints the
//! ids this hands back.

mod input;
mod rejects;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use input::{Row, customer_rows, input_format, ndjson_rows, parse_maps, read_input, read_sheet, vcard_rows};
use rejects::Rejects;

use super::session::Session;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::{Date, Timestamp};
use crate::model::id::{self, IdKind};
use crate::model::query::{DedupKey, dedup_keys};
use crate::model::record::{Customer, Transaction};
use crate::model::sheet::{self, TextEncoding};
use crate::model::validate::{normalize_email, normalize_phone, validate};
use crate::model::when::{parse_date, parse_past_date};
use crate::store::Mode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnDuplicate {
    Skip,
    Update,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MatchBy {
    Ref,
    Id,
    Phone,
    Email,
    Company,
}

impl MatchBy {
    /// The name as typed on the command line.
    fn name(self) -> &'static str {
        match self {
            MatchBy::Ref => "ref",
            MatchBy::Id => "id",
            MatchBy::Phone => "phone",
            MatchBy::Email => "email",
            MatchBy::Company => "company",
        }
    }

    /// What rows are matched on, in the language of this run.
    fn label(self) -> String {
        match self {
            MatchBy::Ref => fl!("match-by-ref"),
            MatchBy::Id => fl!("match-by-id"),
            MatchBy::Phone => fl!("match-by-phone"),
            MatchBy::Email => fl!("match-by-email"),
            MatchBy::Company => fl!("match-by-company"),
        }
    }
}

/// The formats import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Csv,
    /// An Excel workbook (.xlsx; .xls and .ods too).
    Xlsx,
    Vcard,
    Ndjson,
}

/// What `import customers` was asked to do.
#[derive(Debug)]
pub struct CustomerImport {
    pub file: PathBuf,
    pub format: Option<Input>,
    pub maps: Vec<String>,
    pub on_duplicate: OnDuplicate,
    pub dry_run: bool,
    pub folder: Option<String>,
    pub force: bool,
    pub encoding: Option<TextEncoding>,
    pub keep_unmapped: bool,
    pub rejects: Option<PathBuf>,
    pub sheet: Option<String>,
}

/// What `import transactions` was asked to do.
#[derive(Debug)]
pub struct TransactionImport {
    pub file: PathBuf,
    pub format: Option<Input>,
    pub sheet: Option<String>,
    pub by: MatchBy,
    pub maps: Vec<String>,
    pub dry_run: bool,
    pub encoding: Option<TextEncoding>,
    pub rejects: Option<PathBuf>,
}

/// What building a record needs of the run: shared by threads that build in parallel.
struct Stamp<'a> {
    config: &'a crate::model::config::Config,
    now: Timestamp,
    today: chrono::NaiveDate,
}

/// Builds a record from a row; every error names the field.
fn build(row: Row, stamp: &Stamp) -> Result<Customer> {
    if let Some(problem) = row.problem {
        return Err(Error::new(problem));
    }
    if let Some(text) = row.record {
        let value = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .filter(serde_json::Value::is_object)
            .ok_or_else(|| Error::new(fl!("error-not-json-object")))?;
        let value =
            crate::model::import::record_json(value, stamp.now, &mut rand::rng()).map_err(Error::new)?;
        return crate::ops::add::record_from_json(value, stamp.config, stamp.now, &mut rand::rng());
    }
    sheet::customer_from_row(row.fields, stamp.config, stamp.now, stamp.today, &mut rand::rng())
        .map_err(Error::new)
}

/// Where a customer the import knows is: on disk, or among the new records not written
/// yet.
struct Target {
    id: String,
    path: Option<PathBuf>,
    /// Its place in [`Batch::new`] while it waits to be written.
    pending: Option<usize>,
    /// Made by this import: a later row merged into it leaves it counted as new.
    created: bool,
}

/// Records waiting to be written: written a part at a time, so memory holds one part.
#[derive(Default)]
struct Batch {
    new: Vec<Customer>,
    /// The targets of the new records, in the same order.
    new_targets: Vec<usize>,
    /// Existing customers an input row updated, by target: as read, and as merged.
    changed: BTreeMap<usize, (Customer, Customer)>,
}

/// Input rows read and built (in parallel) at a time, and records written at a time.
const PART: usize = 256;

/// Rows whose kept values are named one by one; the rest are counted.
const MAX_SAID: usize = 20;

/// Imports customers; `written` gets the ids of each part's new records once they are
/// on disk (nothing in a dry run). Returns the exit code.
pub fn customers(
    args: &CustomerImport,
    ctx: &Session,
    written: &mut dyn FnMut(&[String]) -> Result<()>,
) -> Result<u8> {
    let format = input_format(args.format, &args.file, || {
        Error::usage(fl!("error-import-format")).hint(fl!("hint-import-format"))
    })?;
    let store = ctx.store()?;
    let folder = store.folder(args.folder.as_deref())?;
    let maps = parse_maps(&args.maps)?;
    // Records of NDJSON and vCard name their own fields: a --map would be ignored unsaid.
    if !maps.is_empty() && matches!(format, Input::Ndjson | Input::Vcard) {
        return Err(Error::usage(fl!("error-map-sheets-only")));
    }
    // CSV and vCard are read whole and checked before anything is written; NDJSON (whole
    // records, the large inputs) is read a line at a time.
    let mut header = Vec::new();
    let mut rows: Box<dyn Iterator<Item = Result<Row>>> = match format {
        Input::Csv | Input::Xlsx => {
            let bytes = read_input(&args.file)?;
            let sheet = read_sheet(
                &bytes,
                format,
                &args.file,
                args.encoding,
                args.sheet.as_deref(),
                ctx,
            )?;
            header = sheet.header.clone();
            Box::new(customer_rows(sheet, args, &maps, ctx)?.into_iter().map(Ok))
        }
        Input::Vcard => Box::new(
            vcard_rows(&read_input(&args.file)?, args, ctx)?
                .into_iter()
                .map(Ok),
        ),
        Input::Ndjson => Box::new(ndjson_rows(&args.file)?),
    };
    let what = match format {
        Input::Vcard => "card",
        Input::Xlsx => "row",
        _ => "line",
    };
    let mut rejects = Rejects::new(args.rejects.as_deref(), format, header, ctx)?;

    ctx.keyring()?;
    let _lock = if args.dry_run { None } else { Some(ctx.lock()?) };
    // The store as the index knows it: ids, files and duplicate keys, no whole records.
    let (existing, errors) =
        ctx.scan_heads(|path, c| Some((c.id.clone(), path.to_path_buf(), dedup_keys(&c))))?;
    ctx.report_file_errors(&errors);
    let erasures = ctx.erasures()?;
    let mut seen: HashMap<DedupKey, usize> = HashMap::new();
    let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut targets: Vec<Target> = Vec::with_capacity(existing.len());
    for (id, path, keys) in existing {
        for k in keys {
            seen.insert(k, targets.len());
        }
        ids.insert(id.clone());
        targets.push(Target {
            id,
            path: Some(path),
            pending: None,
            created: false,
        });
    }
    let stamp = Stamp {
        config: &store.config,
        now: ctx.timestamp(),
        today: ctx.today,
    };
    let (mut added, mut skipped, mut invalid, mut dup_errors) = (0usize, 0usize, 0usize, 0usize);
    // Rows of --on-duplicate update whose values differ from the record's: each said (the
    // first MAX_SAID), then counted.
    let mut differing = 0usize;
    let mut updated: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut problems = 0usize;
    let mut report = |e: Error| {
        problems += 1;
        if !args.dry_run || problems <= 10 {
            ctx.report().error(&e);
        }
    };
    let mut rows_seen = 0usize;
    loop {
        let part: Vec<Row> = rows.by_ref().take(PART).collect::<Result<_>>()?;
        if part.is_empty() {
            break;
        }
        rows_seen += part.len();
        for row in &part {
            rejects.keep(row);
        }
        // A sheet's total line (`None`) is no customer: left out and said, not a mistake.
        let built: Vec<(usize, Option<Result<Customer>>)> = part
            .into_par_iter()
            .map(|row| {
                let line = row.line;
                let total = row
                    .fields
                    .iter()
                    .any(|(f, v)| f == "name" && sheet::is_total_label(v));
                if total {
                    return (line, None);
                }
                let r = build(row, &stamp).and_then(|c| match validate(&c, stamp.config).first() {
                    None => Ok(c),
                    Some(p) => Err(Error::new(p.to_string())),
                });
                (line, Some(r))
            })
            .collect();
        let mut batch = Batch::default();
        for (line, r) in built {
            let mut c = match r {
                None => {
                    let why = fl!("reject-total-row");
                    rejects.add(line, &why, Some(why.clone()));
                    ctx.warn(fl!(
                        "error-unit",
                        unit = what,
                        line = line.to_string(),
                        error = why
                    ));
                    continue;
                }
                Some(Ok(c)) => c,
                Some(Err(e)) => {
                    invalid += 1;
                    // The reason with its causes ("not a valid record: contact.phones[0]: …"),
                    // so the row can be mended from what the list says.
                    let why = std::iter::once(e.message.as_str())
                        .chain(e.causes.iter().map(String::as_str))
                        .collect::<Vec<_>>()
                        .join(": ");
                    rejects.add(
                        line,
                        &why,
                        Some(crate::ops::import::rejects::reason_key(&e.message)),
                    );
                    report(
                        Error::new(fl!(
                            "error-unit",
                            unit = what,
                            line = line.to_string(),
                            error = why
                        ))
                        .hint(fl!("hint-skipped")),
                    );
                    continue;
                }
            };
            let keys = dedup_keys(&c);
            if !args.force
                && let Some(t) = erasures.matching(&keys)
            {
                invalid += 1;
                rejects.add(
                    line,
                    &fl!("reject-erased", id = t.id.to_string(), date = t.date.to_string()),
                    Some(fl!("reason-erased")),
                );
                report(
                    Error::new(fl!(
                        "error-unit-erased",
                        unit = what,
                        line = line.to_string(),
                        id = t.id.to_string(),
                        date = t.date.to_string()
                    ))
                    .hint(fl!("hint-import-consent")),
                );
                continue;
            }
            let dup = keys.iter().find_map(|k| seen.get(k).copied());
            match (dup, args.on_duplicate) {
                (None, _) => {
                    if ids.contains(&c.id) {
                        c.id = id::new_id(IdKind::Customer, &mut rand::rng());
                    }
                    for k in keys {
                        seen.insert(k, targets.len());
                    }
                    ids.insert(c.id.clone());
                    batch.new_targets.push(targets.len());
                    targets.push(Target {
                        id: c.id.clone(),
                        path: None,
                        pending: Some(batch.new.len()),
                        created: true,
                    });
                    batch.new.push(c);
                }
                (Some(i), OnDuplicate::Skip) => {
                    skipped += 1;
                    rejects.add(
                        line,
                        &fl!("reject-duplicate", other = targets[i].id.clone()),
                        Some(fl!("reason-duplicate")),
                    );
                }
                (Some(i), OnDuplicate::Error) => {
                    dup_errors += 1;
                    rejects.add(
                        line,
                        &fl!("reject-duplicate", other = targets[i].id.clone()),
                        Some(fl!("reason-duplicate")),
                    );
                    report(Error::new(fl!(
                        "error-unit-duplicate",
                        unit = what,
                        line = line.to_string(),
                        other = targets[i].id.clone()
                    )));
                }
                (Some(i), OnDuplicate::Update) => {
                    let t = &targets[i];
                    // The file's values where the record has others are kept out, and said.
                    let mut kept = Vec::new();
                    let mut fold = |existing: &Customer| {
                        let (merged, differ) = crate::ops::merge::fold_into(existing, &c)?;
                        kept = differ;
                        Ok::<_, Error>(merged)
                    };
                    // A record that cannot be read or merged is this row's problem only.
                    let merged = if let Some(p) = t.pending {
                        fold(&batch.new[p]).map(|m| batch.new[p] = m)
                    } else if let Some((_, merged)) = batch.changed.get_mut(&i) {
                        fold(merged).map(|m| *merged = m)
                    } else if let Some(path) = &t.path {
                        // Read in full, with the keys this build does not know, to update.
                        ctx.load(path, true).map_err(|e| ctx.file_error(e)).and_then(|l| {
                            let merged = fold(&l.customer)?;
                            batch.changed.insert(i, (l.customer, merged));
                            Ok(())
                        })
                    } else {
                        // A new record of this dry run, already counted.
                        Ok(())
                    };
                    if merged.is_ok() && !kept.is_empty() {
                        differing += 1;
                        if differing <= MAX_SAID {
                            ctx.warn(fl!(
                                "warn-update-kept",
                                unit = what,
                                line = line.to_string(),
                                id = t.id.clone(),
                                fields = crate::i18n::joined(&kept)
                            ));
                        }
                    }
                    if let Err(e) = merged {
                        invalid += 1;
                        rejects.add(line, &e.message, None);
                        report(Error::new(fl!(
                            "error-unit",
                            unit = what,
                            line = line.to_string(),
                            error = e.message
                        )));
                    }
                }
            }
        }
        rejects.end_part();
        // Written (or, in a dry run, counted) part by part.
        let changed: Vec<(PathBuf, Customer)> = std::mem::take(&mut batch.changed)
            .into_iter()
            .filter(|(_, (original, merged))| merged != original)
            .map(|(i, (_, mut c))| {
                if !targets[i].created {
                    updated.insert(i);
                }
                c.updated = ctx.timestamp().max(c.created);
                (targets[i].path.clone().expect("an existing record has a file"), c)
            })
            .collect();
        added += batch.new.len();
        for &i in &batch.new_targets {
            let t = &mut targets[i];
            t.pending = None;
            if !args.dry_run {
                t.path = Some(folder.join(id::file_name(&t.id)));
            }
        }
        if !args.dry_run {
            write_all(ctx, &folder, &batch.new, &changed)?;
            written(&batch.new.iter().map(|c| c.id.clone()).collect::<Vec<_>>())?;
        }
    }
    if rows_seen == 0 {
        return Err(Error::usage(fl!(
            "error-empty-input",
            path = args.file.display().to_string()
        )));
    }
    let summary = fl!(
        "import-summary",
        new = added,
        updated = updated.len(),
        duplicates = (skipped + dup_errors).to_string(),
        skipped = (args.on_duplicate == OnDuplicate::Skip).to_string(),
        invalid = invalid
    );
    if args.dry_run {
        ctx.status(fl!("status-dry-run", summary = summary));
    } else {
        ctx.status(fl!("status-imported", summary = summary));
    }
    if differing > 0 {
        ctx.warn(fl!("warn-update-kept-count", count = differing, unit = what));
    }
    rejects.finish(ctx)?;
    if invalid + dup_errors > 0 || !errors.is_empty() {
        return Err(Error::new(fl!(
            "error-units-not-imported",
            count = (invalid + dup_errors).to_string(),
            unit = what
        ))
        .hint(fl!("hint-import-again")));
    }
    Ok(0)
}

/// Seals new and changed records in parallel, after checking the recipients once.
fn write_all(ctx: &Session, folder: &Path, new: &[Customer], changed: &[(PathBuf, Customer)]) -> Result<()> {
    let created: Vec<(PathBuf, Customer)> = new
        .iter()
        .map(|c| {
            let mut c = c.clone();
            ctx.stamp_created(&mut c);
            (folder.join(id::file_name(&c.id)), c)
        })
        .collect();
    // New files and changed ones, each sealed with batched syncs.
    let mut results = ctx.seal_many(&created, Mode::Create, false)?;
    results.extend(ctx.seal_many(changed, Mode::Replace, false)?);
    let failed: Vec<Error> = results.into_iter().filter_map(Result::err).collect();
    for e in &failed {
        ctx.report().error(e);
    }
    if !failed.is_empty() {
        return Err(Error::new(fl!("error-not-written", count = failed.len())));
    }
    Ok(())
}

/// The key under which an NDJSON line that is not a JSON object carries serde's reason.
const NOT_JSON: &str = "\u{0}not-json";

/// Imports transactions into the customers the rows name. Returns the exit code.
pub fn transactions(args: &TransactionImport, ctx: &Session) -> Result<u8> {
    let format = input_format(args.format, &args.file, || {
        Error::usage(fl!("error-import-tx-format")).hint(fl!("hint-import-format"))
    })?;
    let store = ctx.store()?;
    let maps = parse_maps(&args.maps)?;
    let bytes = read_input(&args.file)?;
    // Each row as field → value, with the row as it was for `--rejects`.
    let mut header = Vec::new();
    let rows: Vec<(BTreeMap<String, String>, input::Row)> = match format {
        Input::Csv | Input::Xlsx => {
            let sheet = read_sheet(
                &bytes,
                format,
                &args.file,
                args.encoding,
                args.sheet.as_deref(),
                ctx,
            )?;
            input::warn_headless_cells(&sheet, ctx);
            let columns = crate::model::import::transaction_columns(&sheet.header, &maps, args.by.name());
            let unmapped: Vec<&str> = sheet
                .header
                .iter()
                .zip(&columns)
                .filter(|(h, c)| c.is_none() && !h.trim().is_empty())
                .map(|(h, _)| h.as_str())
                .collect();
            if !unmapped.is_empty() {
                ctx.warn(fl!("warn-unmapped", columns = crate::i18n::joined(&unmapped)));
            }
            warn_same_field(&sheet.header, &columns, ctx);
            if !columns.iter().flatten().any(|c| c == "customer") {
                return Err(Error::usage(fl!("error-no-customer-column", by = args.by.name()))
                    .hint(fl!("hint-map-customer")));
            }
            header = sheet.header;
            sheet
                .rows
                .into_iter()
                .map(|(line, cells)| {
                    let map = cells
                        .iter()
                        .zip(&columns)
                        .filter_map(|(v, c)| Some((c.clone()?, v.trim().to_string())))
                        .collect();
                    let raw = input::Row {
                        line,
                        fields: Vec::new(),
                        record: None,
                        raw: cells,
                        problem: None,
                    };
                    (map, raw)
                })
                .collect()
        }
        Input::Ndjson => {
            let text = std::str::from_utf8(&bytes).map_err(|_| Error::new(fl!("error-not-utf8")))?;
            // Each line's keys are read as a sheet's header is, so an entries export comes
            // back whole; keys nothing takes are said once, as a sheet's columns are.
            let mut unmapped = std::collections::BTreeSet::new();
            let mut doubled = std::collections::BTreeSet::new();
            let lines: Vec<(usize, String)> = match input::json_list(text, &args.file)? {
                Some(records) => records.into_iter().map(|(i, t)| (i - 1, t)).collect(),
                None => text.lines().map(str::to_string).enumerate().collect(),
            };
            let rows = lines
                .iter()
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(i, l)| {
                    let (i, l) = (*i, l.as_str());
                    let map = match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(l) {
                        Ok(m) => {
                            let keys: Vec<String> = m.keys().cloned().collect();
                            let columns =
                                crate::model::import::transaction_columns(&keys, &maps, args.by.name());
                            for (field, names) in same_field(&keys, &columns) {
                                doubled.insert((field, names));
                            }
                            m.into_iter()
                                .zip(columns)
                                .filter_map(|((k, v), c)| {
                                    if c.is_none() {
                                        unmapped.insert(k);
                                        return None;
                                    }
                                    let v = match v {
                                        serde_json::Value::Null => String::new(),
                                        serde_json::Value::String(s) => s,
                                        other => other.to_string(),
                                    };
                                    Some((c?, v))
                                })
                                .collect()
                        }
                        // Kept to be reported with its line, not taken for a row without a customer.
                        Err(e) => BTreeMap::from([(NOT_JSON.to_string(), e.to_string())]),
                    };
                    let raw = input::Row {
                        line: i + 1,
                        fields: Vec::new(),
                        record: Some(l.to_string()),
                        raw: Vec::new(),
                        problem: None,
                    };
                    (map, raw)
                })
                .collect();
            if !unmapped.is_empty() {
                let keys: Vec<String> = unmapped.into_iter().collect();
                ctx.warn(fl!("warn-unmapped-keys", keys = crate::i18n::joined(&keys)));
            }
            for (field, names) in doubled {
                ctx.warn(fl!("warn-same-field", field = field, names = names));
            }
            rows
        }
        _ => return Err(Error::usage(fl!("error-import-tx-reads"))),
    };

    let mut rejects = Rejects::new(args.rejects.as_deref(), format, header, ctx)?;
    ctx.keyring()?;
    let _lock = if args.dry_run { None } else { Some(ctx.lock()?) };
    // Customers are matched through the index; only those that get entries are read in
    // full, a part at a time, when they are written.
    let by = args.by;
    let (known, errors) = ctx.scan_heads(|path, c| {
        let keys: Vec<String> = match by {
            MatchBy::Id => vec![c.id.clone()],
            MatchBy::Ref => c.reference.iter().map(|r| r.trim().to_string()).collect(),
            MatchBy::Phone => c
                .contact
                .phones
                .iter()
                .filter_map(|p| normalize_phone(&p.number).ok())
                .collect(),
            MatchBy::Email => c.contact.emails.iter().map(|e| normalize_email(e)).collect(),
            // A company customer by its name, a person by the company they work for.
            MatchBy::Company => {
                let mut keys: Vec<String> =
                    c.company.iter().map(|n| crate::model::query::folded(n)).collect();
                if c.kind == crate::model::record::Kind::Company {
                    keys.push(crate::model::query::folded(&c.name));
                }
                keys.dedup();
                keys
            }
        };
        Some((path.to_path_buf(), keys, c.id))
    })?;
    ctx.report_file_errors(&errors);
    // A key more than one customer has (a company with several contacts, a shared
    // phone) names none of them: its rows are reported, not given to one at random.
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    let mut paths: Vec<PathBuf> = Vec::with_capacity(known.len());
    // A customer column holding crmfile ids (an entries export) names customers by id.
    let mut by_id: HashMap<String, usize> = HashMap::with_capacity(known.len());
    for (i, (path, keys, customer_id)) in known.into_iter().enumerate() {
        by_id.insert(customer_id, i);
        for k in keys {
            let ids = index.entry(k).or_default();
            if ids.last() != Some(&i) {
                ids.push(i);
            }
        }
        paths.push(path);
    }
    let mut groups: BTreeMap<usize, Vec<Transaction>> = BTreeMap::new();
    let mut bad = 0usize;
    for (row, raw) in rows {
        let line = raw.line;
        match entry_of(&row, args.by, &index, &by_id, ctx) {
            Ok((i, t)) => groups.entry(i).or_default().push(t),
            Err(e) => {
                bad += 1;
                rejects.keep(&raw);
                rejects.add(line, &e.message, None);
                ctx.report()
                    .error(&e.context(|m| fl!("error-at-line", line = line.to_string(), error = m)));
            }
        }
    }
    rejects.end_part();
    let summary = |entries: usize, customers: usize| {
        fl!(
            "import-tx-summary",
            entries = entries,
            customers = customers,
            bad = bad
        )
    };
    if args.dry_run {
        let entries: usize = groups.values().map(Vec::len).sum();
        ctx.status(fl!("status-dry-run", summary = summary(entries, groups.len())));
    } else {
        let groups: Vec<(usize, Vec<Transaction>)> = groups.into_iter().collect();
        // What was added, and to whom: a purchase already recorded is counted apart.
        let (mut already, mut added, mut customers) = (0usize, 0usize, 0usize);
        for part in groups.chunks(PART) {
            let targets: Vec<PathBuf> = part.iter().map(|(i, _)| paths[*i].clone()).collect();
            let (loaded, failed) = ctx.load_all(&targets, true)?;
            if let Some(e) = failed.into_iter().next() {
                return Err(ctx.file_error(e));
            }
            // A purchase already recorded (an order file imported again) is not added twice.
            // An order number names one purchase, in the file too. Without one, each
            // recorded purchase stands for one row: two equal rows of one file (the same
            // coffee bought twice that day) are two purchases, and imported again add
            // nothing.
            let changed: Vec<(PathBuf, Customer)> = loaded
                .into_iter()
                .zip(part)
                .filter_map(|(l, (_, ts))| {
                    let mut c = l.customer;
                    let before = c.transactions.len();
                    let mut matched = vec![false; before];
                    for t in ts {
                        let ordered = t.reference.as_deref().is_some_and(|r| !r.trim().is_empty());
                        let recorded = if ordered {
                            c.transactions.iter().any(|x| x.same_purchase(t))
                        } else {
                            let k = (0..before).find(|&k| !matched[k] && c.transactions[k].same_purchase(t));
                            k.map(|k| matched[k] = true).is_some()
                        };
                        if recorded {
                            already += 1;
                        } else {
                            c.transactions.push(t.clone());
                        }
                    }
                    if c.transactions.len() == before {
                        return None;
                    }
                    added += c.transactions.len() - before;
                    customers += 1;
                    c.transactions.sort_by_key(|t| t.date);
                    c.updated = ctx.timestamp().max(c.created);
                    Some((l.path, c))
                })
                .collect();
            write_all(ctx, &store.root, &[], &changed)?;
        }
        ctx.status(fl!("status-imported-tx", summary = summary(added, customers)));
        if already > 0 {
            ctx.status(fl!("status-tx-already", count = already));
        }
    }
    rejects.finish(ctx)?;
    if bad > 0 {
        return Err(Error::new(fl!("error-rows-not-imported", count = bad)).hint(fl!("hint-import-again")));
    }
    Ok(0)
}

/// Fields that more than one column (or key) fills, with those columns: the last one's
/// value is taken.
fn same_field(names: &[String], columns: &[Option<String>]) -> Vec<(String, String)> {
    let mut by_field: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, field) in names.iter().zip(columns) {
        if let Some(f) = field {
            by_field.entry(f.as_str()).or_default().push(name.as_str());
        }
    }
    by_field
        .into_iter()
        .filter(|(_, n)| n.len() > 1)
        .map(|(f, n)| (f.to_string(), crate::i18n::joined(&n)))
        .collect()
}

/// Says which fields more than one column fills (the last one is taken).
fn warn_same_field(names: &[String], columns: &[Option<String>], ctx: &Session) {
    for (field, names) in same_field(names, columns) {
        ctx.warn(fl!("warn-same-field", field = field, names = names));
    }
}

/// The customer a row names (its place in the index) and the transaction it holds; or
/// why it is not taken, without its line.
fn entry_of(
    row: &BTreeMap<String, String>,
    by: MatchBy,
    index: &HashMap<String, Vec<usize>>,
    by_id: &HashMap<String, usize>,
    ctx: &Session,
) -> Result<(usize, Transaction)> {
    if let Some(reason) = row.get(NOT_JSON) {
        return Err(Error::new(format!("{}: {reason}", fl!("error-not-json-object"))));
    }
    let key = row.get("customer").cloned().unwrap_or_default();
    let key = match by {
        MatchBy::Phone => normalize_phone(&key).unwrap_or(key),
        MatchBy::Email => normalize_email(&key),
        MatchBy::Company => crate::model::query::folded(&key),
        _ => key.trim().to_string(),
    };
    let own_id = by_id.get(key.trim()).map(std::slice::from_ref);
    let found = index.get(&key).map(Vec::as_slice).or(own_id).unwrap_or_default();
    if found.len() > 1 {
        return Err(Error::new(fl!(
            "error-several-customers-by",
            by = by.label(),
            count = found.len()
        ))
        .hint(fl!("hint-match-narrower")));
    }
    let Some(&i) = found.first() else {
        // Masked as customer imports' messages are: errors reach logs and mails.
        return Err(Error::new(fl!(
            "error-no-customer-by",
            by = by.label(),
            key = match by {
                MatchBy::Phone | MatchBy::Email => crate::model::validate::mask(&key),
                _ => key.to_string(),
            }
        )));
    };
    Ok((i, transaction(row, ctx)?))
}

fn transaction(row: &BTreeMap<String, String>, ctx: &Session) -> Result<Transaction> {
    let get = |k: &str| row.get(k).map(|s| s.trim()).filter(|s| !s.is_empty());
    let amount_text = get("amount").ok_or_else(|| Error::new(fl!("error-missing", field = "amount")))?;
    // As typed elsewhere (¥1,000.50, 2万); a comma only between thousands, so a decimal
    // comma (12,5) is refused, never read as 125.
    let amount = crate::model::config::parse_money(amount_text)
        .ok_or_else(|| Error::new(fl!("error-amount-not-number", text = amount_text)))?;
    let date = match get("date") {
        Some(d) => {
            let iso = sheet::sheet_date(d).unwrap_or_else(|| d.to_string());
            parse_past_date(&iso, ctx.today).map_err(|e| Error::new(format!("date: {e}")))?
        }
        None => return Err(Error::new(fl!("error-missing", field = "date"))),
    };
    let currency = get("currency")
        .map(str::to_uppercase)
        .unwrap_or_else(|| ctx.store().map(|s| s.config.currency.clone()).unwrap_or_default());
    let quantity = match get("quantity") {
        Some(q) => Some(
            q.parse::<u32>()
                .ok()
                .filter(|q| *q > 0)
                .ok_or_else(|| Error::new(fl!("error-quantity-not-number", text = q.to_string())))?,
        ),
        None => None,
    };
    // An entry's own id (crmfile's export) is kept; another system's id for the row is
    // its reference when it has no other.
    let entry_id = get("entry_id");
    let kept_id = entry_id.filter(|i| id::is_id(IdKind::Transaction, i));
    let reference = get("ref").or(entry_id.filter(|_| kept_id.is_none()));
    // A purchase on account: when it is to be paid (none for a cash sale).
    let due = match get("due") {
        Some(d) => {
            let iso = sheet::sheet_date(d).unwrap_or_else(|| d.to_string());
            let due = parse_date(&iso, ctx.today).map_err(|e| Error::new(format!("due: {e}")))?;
            if due < date {
                return Err(Error::new(fl!(
                    "error-due-before-date",
                    due = due.to_string(),
                    date = date.to_string()
                )));
            }
            Some(Date(due))
        }
        None => None,
    };
    let over_limit = match get("over_limit").map(str::to_lowercase).as_deref() {
        None | Some("false" | "no" | "0" | "否") => false,
        Some("true" | "yes" | "1" | "是") => true,
        Some(other) => return Err(Error::new(fl!("error-over-limit-value", value = other))),
    };
    Ok(Transaction {
        id: kept_id.map_or_else(|| id::new_id(IdKind::Transaction, &mut rand::rng()), String::from),
        date: Date(date),
        product: get("product").map(String::from),
        quantity,
        amount,
        currency,
        payment: get("payment").map(String::from),
        reference: reference.map(String::from),
        due,
        over_limit,
    })
}
