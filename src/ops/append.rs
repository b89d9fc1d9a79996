//! Appending entries to customers' logs (the `log-*`, `add-person`, `add-date` and
//! `resolve` commands): one at a time from flags or many from NDJSON on stdin, each record
//! read and sealed once under the store lock. What each entry did is written to `out`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::credit::Ledger;
use crate::model::record::Customer;
use crate::model::validate::validate;
use crate::ops::session::Session;

/// One line of a batch: its number, and the customer key with the checked entry, or
/// what is wrong with it.
pub type Line<B> = (usize, Result<(String, B)>);

/// Reads NDJSON entries from stdin and checks each with `build`: `(line number,
/// (customer key, entry))` or the line's error.
pub fn read_ndjson<T: DeserializeOwned, B>(
    session: &Session,
    build: impl Fn(T, &Session) -> Result<B>,
) -> Result<Vec<Line<B>>> {
    let text = crate::store::read_stdin_text(fl!("error-read-ndjson-stdin"), fl!("hint-pipe-ndjson"))?;
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            let parsed = parse_line::<T>(l)
                .map_err(Error::new)
                .and_then(|(key, fields)| Ok((key, build(fields, session)?)))
                .map_err(|e| {
                    Error::new(fl!(
                        "error-at-line",
                        line = (n + 1).to_string(),
                        error = e.message
                    ))
                });
            (n + 1, parsed)
        })
        .collect())
}

/// One line: an object naming its customer (`"customer"`: id or ref) and the entry's
/// fields; unknown fields are an error, not silently dropped.
fn parse_line<T: DeserializeOwned>(line: &str) -> std::result::Result<(String, T), String> {
    let mut obj: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(line).map_err(|e| describe_json_error(&e))?;
    let customer = match obj.remove("customer") {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        _ => return Err(fl!("error-ndjson-no-customer")),
    };
    let fields =
        serde_json::from_value(serde_json::Value::Object(obj)).map_err(|e| describe_json_error(&e))?;
    Ok((customer, fields))
}

/// A serde_json message without where in the line it is, in the language of the run.
fn describe_json_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let text = text.split(" at line ").next().unwrap_or(&text);
    crate::i18n::serde_message(text)
}

/// What to do to one record for one entry; returns a short description for the status line.
pub type Apply<'a, T> = dyn Fn(&mut Customer, T, &Session) -> Result<String> + 'a;

/// The shape every log command shares: one entry from flags for the customer `query`
/// names, or (`--json -`) many from NDJSON on stdin, each checked by `build` before the
/// store is touched.
pub fn run<E: DeserializeOwned, B>(
    session: &Session,
    out: &mut dyn Write,
    query: Option<&str>,
    json: Option<&str>,
    entry: E,
    build: impl Fn(E, &Session) -> Result<B>,
    apply: &Apply<B>,
) -> Result<u8> {
    match require_query(query, json)? {
        Some(q) => one(session, out, q, build(entry, session)?, apply),
        None => batch(session, out, read_ndjson(session, build)?, apply),
    }
}

/// Appends one entry to the customer `query` names.
pub fn one<T>(session: &Session, out: &mut dyn Write, query: &str, entry: T, apply: &Apply<T>) -> Result<u8> {
    let _lock = session.lock()?;
    let loaded = session.resolve_to_write(query, true)?;
    let mut c = loaded.customer.clone();
    let said = apply(&mut c, entry, session)?;
    session.update(&loaded, c, false)?;
    writeln!(out, "{said}").map_err(Error::stdout)?;
    Ok(0)
}

/// Appends many entries: groups them by customer so each record is written once. A bad
/// line is reported with its number and nothing of it is written; the rest goes in.
pub fn batch<T>(session: &Session, out: &mut dyn Write, lines: Vec<Line<T>>, apply: &Apply<T>) -> Result<u8> {
    let store = session.store()?;
    session.keyring()?;
    let mut failed = 0usize;
    let mut report = |e: Error| {
        failed += 1;
        session.report().error(&e);
    };
    let _lock = session.lock()?;

    // Customer keys are ids (found by file name, one walk) or refs (found by one scan
    // that keeps only each record's ref).
    let by_id: BTreeMap<String, PathBuf> = store
        .record_paths()
        .0
        .into_iter()
        .filter_map(|p| {
            let id = crate::model::id::id_of_path(&p)?.to_string();
            Some((id, p))
        })
        .collect();
    let mut by_ref: Option<BTreeMap<String, PathBuf>> = None;
    let mut groups: BTreeMap<PathBuf, Vec<(usize, T)>> = BTreeMap::new();
    for (n, parsed) in lines {
        let (key, fields) = match parsed {
            Ok(x) => x,
            Err(e) => {
                report(e);
                continue;
            }
        };
        let path = match by_id.get(key.trim()) {
            Some(p) => Some(p.clone()),
            None => {
                if by_ref.is_none() {
                    let (refs, _) =
                        session.scan_heads(|path, c| c.reference.map(|r| (r, path.to_path_buf())))?;
                    by_ref = Some(refs.into_iter().collect());
                }
                by_ref.as_ref().and_then(|refs| refs.get(key.trim()).cloned())
            }
        };
        match path {
            Some(p) => groups.entry(p).or_default().push((n, fields)),
            None => report(Error::new(fl!(
                "error-line-no-customer",
                line = n.to_string(),
                key = key.to_string()
            ))),
        }
    }

    let mut written = 0usize;
    let mut customers = 0usize;
    for (path, entries) in groups {
        let loaded = match session
            .load(&path, true)
            .map_err(|e| session.file_error(e))
            .and_then(|l| {
                session.refuse_unsealed(&l.path)?;
                Ok(l)
            }) {
            Ok(l) => l,
            Err(e) => {
                let lines: Vec<String> = entries.iter().map(|(n, _)| n.to_string()).collect();
                report(e.cause(fl!("cause-lines-not-written", lines = lines.join(", "))));
                continue;
            }
        };
        let mut c = loaded.customer.clone();
        let mut added = 0usize;
        let mut said = String::new();
        for (n, fields) in entries {
            let before = c.clone();
            match apply(&mut c, fields, session).and_then(|line| {
                let problems = validate(&c, &store.config);
                match problems.first() {
                    None => Ok(line),
                    Some(p) => Err(Error::new(p.to_string())),
                }
            }) {
                Ok(line) => {
                    added += 1;
                    said.push_str(&line);
                    said.push('\n');
                }
                Err(e) => {
                    c = before;
                    report(Error::new(fl!(
                        "error-at-line",
                        line = n.to_string(),
                        error = e.message
                    )));
                }
            }
        }
        if added > 0 {
            match session.update(&loaded, c, false) {
                Ok(()) => {
                    written += added;
                    customers += 1;
                    out.write_all(said.as_bytes()).map_err(Error::stdout)?;
                }
                Err(e) => report(e),
            }
        }
    }
    session.status(fl!(
        "status-entries-written",
        entries = written,
        customers = customers
    ));
    if failed > 0 {
        return Err(
            Error::new(fl!("error-lines-not-written", count = failed)).hint(fl!("hint-fix-lines-send"))
        );
    }
    Ok(0)
}

/// A customer query from flags, or `--json -` for a batch; exactly one of them.
pub fn require_query<'a>(query: Option<&'a str>, json: Option<&str>) -> Result<Option<&'a str>> {
    match (query, json) {
        (_, Some(j)) if j != "-" => Err(Error::usage(fl!("error-json-stdin-only", value = j.to_string()))),
        (Some(_), Some(_)) => Err(Error::usage(fl!("error-customer-and-json"))),
        (None, None) => Err(Error::usage(fl!("error-customer-or-json"))),
        (q, _) => Ok(q),
    }
}

/// Says what an entry in the store's currency did to `c`'s account, against the account
/// `before` it: money beyond what was owed kept as credit on account (a warning), then
/// the balance now (`log-payment`, and `log-purchase --refund` on account).
pub fn tell_balance(session: &Session, c: &Customer, before: &Ledger) -> Result<()> {
    let config = &session.store()?.config;
    let after = Ledger::of(c, &config.currency, session.today);
    let currency = config.currency.clone();
    if after.credit > before.credit {
        session.warn(fl!(
            "warn-credit-on-account",
            extra = (after.credit - before.credit).to_string(),
            credit = after.credit.to_string(),
            currency = currency.clone(),
            name = c.name.clone()
        ));
    }
    session.status(fl!(
        "status-balance",
        name = c.name.clone(),
        balance = after.balance.max(rust_decimal::Decimal::ZERO).to_string(),
        overdue = after.overdue.to_string(),
        currency = currency
    ));
    Ok(())
}
