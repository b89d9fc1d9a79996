//! The session every operation runs in: the clock, the store and the keys (opened on
//! first use, once), what the user trusted, and what this run read and wrote (for the
//! access log and git). It prints nothing: notices go to the [`Report`] it was given.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::crypt::{AskPassphrase, Keyring};
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Timestamp;
use crate::model::id::IdList;
use crate::model::query;
use crate::model::record::Customer;
use crate::store::trust::{Standing, Trust};
use crate::store::{FileError, Loaded, Mode, Passed, Projection, RecipientSet, Store, StoreLock, keys_text};

/// Where an operation's notices go: the command line prints them on stderr, tests keep
/// them.
pub trait Report: Sync {
    /// A status line (`-q` silences it).
    fn status(&self, message: &str);
    /// A warning: it may need action, never silenced.
    fn warn(&self, message: &str);
    /// A file that could not be read, by its path in the store and the reason.
    fn file_error(&self, path: &str, problem: &str);
    /// An error that does not end the run (one record of a batch).
    fn error(&self, error: &Error);
}

/// What the session is opened with (the global flags that name things).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `--store`: the store's folder, else found from the working folder.
    pub store: Option<PathBuf>,
    /// `--identity`: the identity file, else the default places.
    pub identity: Option<PathBuf>,
    /// `--today`: the date reminders and classification count from.
    pub today: Option<String>,
    /// `--wait`: how long a writer waits for the store's lock.
    pub wait: std::time::Duration,
    /// The command as typed, for the lock's holder note.
    pub command: String,
    /// The config folder (identity, trusted recipients), else `$XDG_CONFIG_HOME/crmfile`.
    pub config_dir: Option<PathBuf>,
}

pub struct Session {
    options: Options,
    report: Box<dyn Report>,
    pub cwd: PathBuf,
    /// The clock: `CRMFILE_NOW` (RFC 3339) when set, for reproducible runs.
    pub now: DateTime<FixedOffset>,
    /// `--today`, else the clock's date.
    pub today: NaiveDate,
    store: OnceCell<Store>,
    keyring: OnceCell<Keyring>,
    /// The store's seal key as opened with the keyring, and whether this run's writes
    /// found it ready ([`super::seal`]).
    seal: OnceCell<super::seal::Found>,
    seal_ready: OnceCell<()>,
    /// `.crmfile/team.toml`, read once (`None` inside: the store has no team).
    team: OnceCell<Option<crate::store::team::Team>>,
    trust: Mutex<Option<Trust>>,
    /// Record files this run wrote, for autocommit and the access log.
    touched: Mutex<Vec<PathBuf>>,
    /// Ids of the records this run decrypted, for the access log.
    read: Mutex<IdList>,
    /// Record files without a seal that the user accepted in this run (`crmfile accept`):
    /// the only ones such a file may be sealed over.
    accepted: Mutex<Vec<PathBuf>>,
}

impl Session {
    pub fn new(options: Options, report: Box<dyn Report>) -> Result<Session> {
        let cwd =
            std::env::current_dir().map_err(|e| Error::new(fl!("error-current-folder")).caused_by(e))?;
        let now = match std::env::var("CRMFILE_NOW") {
            Ok(text) => DateTime::parse_from_rfc3339(&text)
                .map_err(|_| Error::usage(fl!("error-bad-now", text = text.clone())))?,
            Err(_) => chrono::Local::now().fixed_offset(),
        };
        let today = match &options.today {
            Some(text) => crate::model::when::parse_date(text, now.date_naive())
                .map_err(|e| Error::usage(format!("--today: {e}")))?,
            None => now.date_naive(),
        };
        Ok(Session {
            options,
            report,
            cwd,
            now,
            today,
            store: OnceCell::new(),
            keyring: OnceCell::new(),
            seal: OnceCell::new(),
            seal_ready: OnceCell::new(),
            team: OnceCell::new(),
            trust: Mutex::new(None),
            touched: Mutex::new(Vec::new()),
            read: Mutex::new(IdList::default()),
            accepted: Mutex::new(Vec::new()),
        })
    }

    /// Where notices go.
    pub fn report(&self) -> &dyn Report {
        self.report.as_ref()
    }

    /// A status line (silenced by `-q`).
    pub fn status(&self, message: impl std::fmt::Display) {
        self.report.status(&message.to_string());
    }

    /// A warning (never silenced: it may need action).
    pub fn warn(&self, message: impl std::fmt::Display) {
        self.report.warn(&message.to_string());
    }

    /// The date something happened on, typed after `flag` (`--date 12月1日`: the last 1
    /// December); a day after today is taken as given, and said.
    pub fn event_date(&self, flag: &str, text: &str) -> Result<chrono::NaiveDate> {
        let date = crate::model::when::parse_past_date(text, self.today)
            .map_err(|e| Error::usage(format!("{flag}: {e}")))?;
        if date > self.today {
            self.warn(fl!(
                "warn-date-ahead",
                flag = flag,
                date = date.to_string(),
                today = self.today.to_string()
            ));
        }
        Ok(date)
    }

    /// Reports unreadable files, one notice each, by path in the store and reason.
    pub fn report_file_errors(&self, errors: &[FileError]) {
        use crate::crypt::DecryptFailure::NotForYou;
        let not_mine = |e: &&FileError| e.problem == crate::store::FileProblem::Decrypt(NotForYou);
        let not_for_me = errors.iter().filter(not_mine).count();
        // Many records no key of the user's opens is one thing to say (a wrong identity,
        // or not yet a reader), not a line a file.
        let grouped = not_for_me > Self::NAMED_NOT_MINE;
        for e in errors.iter().filter(|e| !grouped || !not_mine(e)) {
            self.report.file_error(&self.rel(&e.path), &e.problem.shown());
        }
        if grouped {
            let (id, _) = self.identity_path();
            self.report.error(
                &Error::new(fl!("error-many-not-for-you", count = not_for_me))
                    .hint(fl!("hint-not-for-you", identity = id.display().to_string())),
            );
        }
    }

    /// Up to this many records no key of the user's opens are named one by one.
    const NAMED_NOT_MINE: usize = 3;

    /// A path as the user knows it: relative to the store's root when inside it.
    pub fn rel(&self, path: &Path) -> String {
        self.store
            .get()
            .map_or_else(|| path.display().to_string(), |s| s.rel(path).into_owned())
    }

    /// Opens the store that holds `path` (for git drivers, which run at the top of the
    /// work tree), unless --store named one.
    pub fn use_store_near(&self, path: &Path) -> Result<&Store> {
        if self.store.get().is_none() && self.options.store.is_none() {
            let start = path.parent().unwrap_or(&self.cwd);
            let s = Store::discover(None, start)?;
            let _ = self.store.set(s);
        }
        self.store()
    }

    pub fn timestamp(&self) -> Timestamp {
        Timestamp::new(self.now)
    }

    pub fn store(&self) -> Result<&Store> {
        if let Some(s) = self.store.get() {
            return Ok(s);
        }
        let s = Store::discover(self.options.store.as_deref(), &self.cwd)?;
        Ok(self.store.get_or_init(|| s))
    }

    /// Where the identity is looked for: --identity / CRMFILE_IDENTITY, else the XDG
    /// config file, else ~/.ssh/id_ed25519. The second value says whether it was asked for
    /// explicitly.
    pub fn identity_path(&self) -> (PathBuf, bool) {
        if let Some(p) = &self.options.identity {
            return (p.clone(), true);
        }
        let xdg = self.config_dir().join("identity.txt");
        if xdg.is_file() {
            return (xdg, false);
        }
        if let Some(home) = std::env::var_os("HOME") {
            let ssh = Path::new(&home).join(".ssh").join("id_ed25519");
            if ssh.is_file() {
                return (ssh, false);
            }
        }
        (xdg, false)
    }

    pub fn keyring(&self) -> Result<&Keyring> {
        if let Some(k) = self.keyring.get() {
            return Ok(k);
        }
        let (path, _) = self.identity_path();
        let k = Keyring::load(&path, &AskPassphrase)?;
        let k = self.keyring.get_or_init(|| k);
        // Before any record is read: every read checks its seal.
        self.seal.get_or_init(|| super::seal::open(self, k));
        Ok(k)
    }

    /// Records read in this run that carry no seal where the store requires one, as
    /// paths in the store; a security notice (not hidden by -q) names them.
    pub fn warn_unsealed(&self) {
        let Some(k) = self.keyring.get() else { return };
        let mut unsealed = k.unsealed();
        let accepted = self.accepted.lock().unwrap_or_else(|p| p.into_inner());
        unsealed.retain(|p| !accepted.contains(p));
        drop(accepted);
        if unsealed.is_empty() {
            return;
        }
        let mut files: Vec<String> = unsealed.iter().take(5).map(|p| self.rel(p)).collect();
        if unsealed.len() > 5 {
            files.push("…".into());
        }
        self.warn(fl!(
            "warn-unsealed",
            count = unsealed.len(),
            files = files.join(", ")
        ));
    }

    /// Refuses to write what was read from `path` when it carries no seal where the
    /// store requires one, unless the user accepted it in this run: a write would seal
    /// what anyone with the public keys can plant as a member's record.
    pub fn refuse_unsealed(&self, path: &Path) -> Result<()> {
        let Some(k) = self.keyring.get() else {
            return Ok(());
        };
        if !k.flagged(path)
            || self
                .accepted
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .iter()
                .any(|p| p == path)
        {
            return Ok(());
        }
        let id = crate::model::id::id_of_path(path).unwrap_or_default().to_string();
        let file = self.rel(path);
        Err(Error::new(fl!(
            "error-unsealed-not-written",
            id = id.clone(),
            path = file.clone()
        ))
        .hint(fl!("hint-unsealed-accept", id = id, path = file)))
    }

    /// From now on in this run, the record file at `path` may be sealed although it
    /// was read without a seal: the user checked it and accepts it.
    pub fn accept_unsealed(&self, path: &Path) {
        self.accepted
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(path.to_path_buf());
    }

    /// The store's team, when it has a `team.toml`.
    pub fn team(&self) -> Result<Option<&crate::store::team::Team>> {
        if let Some(t) = self.team.get() {
            return Ok(t.as_ref());
        }
        let t = crate::store::team::Team::load(&self.store()?.state_dir())?;
        Ok(self.team.get_or_init(|| t).as_ref())
    }

    /// Warns when `name`, given as who handles something, is neither a member of the
    /// store's team nor the customer's account manager (a typo leaves a complaint with
    /// nobody). Without a team every name is taken.
    pub fn check_handler(&self, name: &str, owner: Option<&str>) {
        if let Ok(Some(team)) = self.team()
            && !team.members.contains_key(name)
            && owner != Some(name)
        {
            let members = team.members.keys().cloned().collect::<Vec<_>>().join(", ");
            self.warn(fl!(
                "warn-handler-unknown",
                name = name.to_string(),
                members = members
            ));
        }
    }

    /// Who is acting, for `by`, `created_by`, `updated_by` and the access trail: the
    /// member whose key the identity in use holds. In a store without a team, the login
    /// name as before; an identity the team does not list is named by the start of its
    /// key (never `$USER`, which anyone can set).
    /// `None` only without a team and without a login name.
    pub fn actor(&self) -> Option<String> {
        let Ok(Some(team)) = self.team() else {
            return current_user();
        };
        let Ok(keyring) = self.keyring() else {
            return current_user();
        };
        Some(match team.member_of(&keyring.public_keys) {
            Some(name) => name.to_string(),
            None => stranger_label(&keyring.public_keys),
        })
    }

    /// Whether the identity in use is a member of the store's team: only then are
    /// records in folders that do not list it skipped as not this member's (anyone else
    /// is told each file is not encrypted to their identity: likely the wrong one).
    pub fn is_member(&self) -> bool {
        match (self.team(), self.keyring()) {
            (Ok(Some(team)), Ok(keyring)) => team.member_of(&keyring.public_keys).is_some(),
            _ => false,
        }
    }

    /// Stamps a new record with who made it (and who changed it last).
    pub fn stamp_created(&self, customer: &mut Customer) {
        let Some(who) = self.actor() else { return };
        customer.created_by.get_or_insert_with(|| who.clone());
        customer.updated_by = Some(who);
    }

    /// Records the last scan left out because their folder's recipients do not list this
    /// identity (not this member's to read; not an error).
    pub fn not_yours(&self) -> usize {
        self.store.get().map_or(0, Store::not_yours)
    }

    /// Tells the store whether scans skip records not this member's (see
    /// [`Session::is_member`]).
    fn arm_not_yours(&self) -> Result<()> {
        let member = self.is_member();
        self.store()?.skip_not_yours(member);
        Ok(())
    }

    /// Takes the store's write lock.
    pub fn lock(&self) -> Result<StoreLock> {
        StoreLock::acquire(
            &self.store()?.state_dir(),
            self.options.wait,
            &self.options.command,
        )
    }

    /// The one customer an id or a query names. An id is found by file name without
    /// decrypting the rest of the store.
    /// Readies `find`'s filters for this run: relative dates against today, and the
    /// customer `--linked-to` names resolved to its id.
    pub fn prepare_filters(&self, filters: &mut crate::model::query::Filters) -> Result<()> {
        filters
            .resolve(self.today, &self.store()?.config)
            .map_err(Error::usage)?;
        if let Some(q) = &filters.linked_to {
            filters.linked_id = Some(self.resolve(q, false)?.customer.id);
        }
        Ok(())
    }

    /// [`Session::resolve`] for a command that will write the record: one that carries no
    /// seal where the store requires one is refused now, before anything is asked,
    /// printed or written ([`Session::refuse_unsealed`]).
    pub fn resolve_to_write(&self, query: &str, keep_unknown: bool) -> Result<Loaded> {
        let loaded = self.resolve(query, keep_unknown)?;
        self.refuse_unsealed(&loaded.path)?;
        Ok(loaded)
    }

    pub fn resolve(&self, query: &str, keep_unknown: bool) -> Result<Loaded> {
        let store = self.store()?;
        self.keyring()?;
        if let Some(path) = store.path_of(query.trim()) {
            return self.load(&path, keep_unknown).map_err(|e| self.file_error(e));
        }
        // Matched through the index; only the record chosen is decrypted in full.
        let mut filters = query::Filters::default();
        filters.query = Some(query.to_string());
        let (mut hits, errors) = self.scan_filtered(Projection::Head, &filters, |path, c| {
            Some(Loaded {
                path: path.to_path_buf(),
                customer: c,
            })
        })?;
        if hits.len() > 1 {
            let exact: Vec<usize> = hits
                .iter()
                .enumerate()
                .filter(|(_, l)| query::exact(&l.customer, query))
                .map(|(i, _)| i)
                .collect();
            if exact.len() == 1 {
                hits.swap(0, exact[0]);
                hits.truncate(1);
            }
        }
        match hits.len() {
            1 => {
                let path = hits.pop().expect("one hit").path;
                self.load(&path, keep_unknown).map_err(|e| self.file_error(e))
            }
            0 => {
                if !errors.is_empty() {
                    self.report_file_errors(&errors);
                }
                let mut e = Error::new(fl!("error-no-match", query = query));
                let not_yours = self.not_yours();
                if not_yours > 0 {
                    e = e.cause(fl!("cause-not-yours-searched", count = not_yours));
                }
                Err(e.hint(fl!("hint-no-match")))
            }
            n => {
                hits.sort_by(|a, b| {
                    a.customer
                        .name
                        .cmp(&b.customer.name)
                        .then(a.customer.id.cmp(&b.customer.id))
                });
                let mut e = Error::new(fl!("error-ambiguous", query = query, count = n));
                for l in hits.iter().take(20) {
                    let c = &l.customer;
                    e = e.detail(format!(
                        "{}  {}  {}",
                        c.id,
                        c.name,
                        c.company.as_deref().unwrap_or("")
                    ));
                }
                if n > 20 {
                    e = e.detail(fl!("error-ambiguous-more", count = (n - 20).to_string()));
                }
                Err(e.hint(fl!("hint-ambiguous")))
            }
        }
    }

    pub fn file_error(&self, e: FileError) -> Error {
        let path = self.rel(&e.path);
        let err = Error::new(format!("{path} {}", e.problem.shown()));
        match e.problem {
            crate::store::FileProblem::Decrypt(crate::crypt::DecryptFailure::NotForYou) => {
                let (id, _) = self.identity_path();
                err.hint(fl!("hint-not-for-you", identity = id.display().to_string()))
            }
            _ => err,
        }
    }

    /// Validates a changed record, stamps `updated` and seals it in place (the caller
    /// holds the lock); nothing is written when the record would not be valid.
    pub fn update(&self, loaded: &Loaded, mut customer: Customer, force: bool) -> Result<()> {
        // Numbers changed by hand (`edit`) or by a merge are written in their one form.
        // Only then: reading the numbering plans costs 0.16 s, too much for every
        // `log-contact`; an older record's numbers are left to `audit --fix`.
        if customer.contact.phones != loaded.customer.contact.phones {
            for p in &mut customer.contact.phones {
                *p = p.tidy();
            }
        }
        let problems = crate::model::validate::validate(&customer, &self.store()?.config);
        if !problems.is_empty() {
            let mut e = Error::new(fl!("error-invalid-nothing-written", id = customer.id.clone()));
            for p in problems {
                e = e.cause(p);
            }
            return Err(e);
        }
        customer.updated = self.timestamp().max(customer.created);
        if let Some(who) = self.actor() {
            customer.updated_by = Some(who);
        }
        self.save(loaded, &customer, force)
    }

    /// After asking the user without the lock held: each record must still be as it was
    /// read, or nothing is written (the caller holds the lock now).
    pub fn check_unchanged(&self, loaded: &[&Loaded]) -> Result<()> {
        for l in loaded {
            let now = self.load(&l.path, true).map_err(|e| self.file_error(e))?;
            if now.customer != l.customer {
                return Err(
                    Error::new(fl!("error-changed-meanwhile", id = l.customer.id.clone()))
                        .hint(fl!("hint-run-again")),
                );
            }
        }
        Ok(())
    }

    /// Validates and seals `customer` if it differs from what was loaded, and says which
    /// (the caller holds the lock).
    pub fn update_if_changed(&self, loaded: &Loaded, customer: Customer, force: bool) -> Result<()> {
        if customer == loaded.customer {
            self.status(fl!("status-nothing-changed", id = customer.id.clone()));
            return Ok(());
        }
        let id = customer.id.clone();
        self.update(loaded, customer, force)?;
        self.status(fl!("status-updated", id = id));
        Ok(())
    }

    /// Seals a changed record in place (the caller holds the lock).
    pub fn save(&self, loaded: &Loaded, customer: &Customer, force: bool) -> Result<()> {
        self.seal(&loaded.path, customer, Mode::Replace, force)
    }

    /// Encrypts `customer` to the recipients of its folder (checked against what the user
    /// trusted) and writes it atomically to `path`. The caller holds the lock.
    pub fn seal(&self, path: &Path, customer: &Customer, mode: Mode, force: bool) -> Result<()> {
        self.refuse_unsealed(path)?;
        let store = self.store()?;
        let recipients = self.recipients_for_write(path.parent().unwrap_or(&store.root))?;
        let stamped;
        let customer = if mode == Mode::Create && customer.created_by.is_none() {
            let mut c = customer.clone();
            self.stamp_created(&mut c);
            stamped = c;
            &stamped
        } else {
            customer
        };
        crate::store::seal(path, customer, &recipients, self.keyring()?, mode, force)?;
        self.touched
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(path.to_path_buf());
        Ok(())
    }

    /// Seals many records in place as [`Session::seal`] does one, with batched syncs
    /// ([`crate::store::seal_many`]); the caller holds the lock and stamps new records.
    /// Results in input order.
    pub fn seal_many(
        &self,
        items: &[(PathBuf, Customer)],
        mode: Mode,
        force: bool,
    ) -> Result<Vec<Result<()>>> {
        let store = self.store()?;
        let keyring = self.keyring()?;
        // Each folder's recipients, checked against what the user trusted, once.
        let mut sets: std::collections::HashMap<&Path, Result<RecipientSet>> =
            std::collections::HashMap::new();
        for (path, _) in items {
            let folder = path.parent().unwrap_or(&store.root);
            if !sets.contains_key(folder) {
                sets.insert(folder, self.recipients_for_write(folder));
            }
        }
        let set_of = |path: &Path| {
            let folder = path.parent().unwrap_or(&store.root);
            sets.get(folder).expect("looked up above")
        };
        // A record read without a seal where one is required is named, not sealed over.
        let refused: Vec<Result<()>> = items.iter().map(|(path, _)| self.refuse_unsealed(path)).collect();
        let batch: Vec<crate::store::ToSeal> = items
            .iter()
            .zip(&refused)
            .filter(|(_, r)| r.is_ok())
            .filter_map(|((path, customer), _)| {
                Some(crate::store::ToSeal {
                    path,
                    customer,
                    recipients: set_of(path).as_ref().ok()?,
                })
            })
            .collect();
        let mut sealed = crate::store::seal_many(&batch, keyring, mode, force).into_iter();
        let results: Vec<Result<()>> = items
            .iter()
            .zip(refused)
            .map(|((path, _), refused)| match (refused, set_of(path)) {
                (Err(e), _) => Err(e),
                (Ok(()), Ok(_)) => sealed.next().expect("one result per record sealed"),
                (Ok(()), Err(e)) => Err(e.again()),
            })
            .collect();
        self.touch(
            items
                .iter()
                .zip(&results)
                .filter(|(_, r)| r.is_ok())
                .map(|((p, _), _)| p.clone()),
        );
        Ok(results)
    }

    /// Decrypts every record and keeps what `f` makes of each (see [`Store::scan_map`]);
    /// notes what was read.
    pub fn scan_map<T: Send>(
        &self,
        keep_unknown: bool,
        f: impl Fn(Loaded) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<FileError>)> {
        self.arm_not_yours()?;
        let (items, ids, errors) = self.store()?.scan_map(self.keyring()?, keep_unknown, f);
        self.note_read_list(ids);
        Ok((items, errors))
    }

    /// [`Session::scan_map`] that tells `f` where the record's path is in the list it
    /// returns (see [`Store::scan_listed`]), with the ids read.
    pub fn scan_listed<T: Send>(
        &self,
        keep_unknown: bool,
        f: impl Fn(u32, Loaded) -> Option<T> + Sync,
    ) -> Result<(crate::store::PathList, Vec<T>, IdList, Vec<FileError>)> {
        self.arm_not_yours()?;
        let (paths, items, ids, errors) = self.store()?.scan_listed(self.keyring()?, keep_unknown, f);
        self.note_read_list(ids.clone());
        Ok((paths, items, ids, errors))
    }

    /// Every record as the index keeps it ([`crate::store::index_view`]), through `f`;
    /// from the index where files did not change (see [`Store::scan_indexed`]); notes what
    /// was read.
    pub fn scan_indexed<T: Send>(
        &self,
        f: impl Fn(&Path, Customer) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<FileError>)> {
        self.scan_projected(Projection::Full, f)
    }

    /// [`Session::scan_indexed`] for what reads only a record's own fields: key people,
    /// yearly dates and the logs come empty (see [`Projection::Head`]), so the index is
    /// read faster. For queries, filters and duplicate checks.
    pub fn scan_heads<T: Send>(
        &self,
        f: impl Fn(&Path, Customer) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<FileError>)> {
        self.scan_projected(Projection::Head, f)
    }

    /// [`Session::scan_projected`] called only with the records `filters` keeps: an
    /// indexed record their query, tags or owner turn down is not even decoded.
    pub fn scan_filtered<T: Send>(
        &self,
        projection: Projection,
        filters: &crate::model::query::Filters,
        f: impl Fn(&Path, Customer) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<FileError>)> {
        let (_, items, errors) = self.scan_filtered_numbered(projection, filters, |_, path, c| f(path, c))?;
        Ok((items, errors))
    }

    /// [`Session::scan_filtered`] that tells `f` where the record's path is in the list it
    /// returns: what keeps a result for each of a million matches can keep a number
    /// instead of a path.
    pub fn scan_filtered_numbered<T: Send>(
        &self,
        projection: Projection,
        filters: &crate::model::query::Filters,
        f: impl Fn(u32, &Path, Customer) -> Option<T> + Sync,
    ) -> Result<(crate::store::PathList, Vec<T>, Vec<FileError>)> {
        let pre = |said: &crate::model::query::Said| filters.may_keep(said);
        // Without a query, tag or owner every record passes: nothing to test first.
        let pre = filters.tests_said().then_some(&pre as &crate::store::Prefilter);
        let (paths, items, ids, errors) = self.scan_seeing(projection, pre, |at, path, c, passed| {
            // What the prefilter passed is not tested again (pinyin is not cheap).
            let kept = match passed {
                Passed::Yes => filters.keeps_rest(&c),
                Passed::Untested => filters.keeps(&c),
            };
            if kept { f(at, path, c) } else { None }
        })?;
        self.note_read_list(ids);
        Ok((paths, items, errors))
    }

    /// [`Session::scan_heads`] through a prefilter: the records `pre` turns down are
    /// neither decoded nor handed to `f`. Returns too the id of every record seen.
    pub fn scan_heads_probed<T: Send>(
        &self,
        pre: &crate::store::Prefilter<'_>,
        f: impl Fn(&Path, Customer, Passed) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, IdList, Vec<FileError>)> {
        let (_, items, ids, errors) =
            self.scan_seeing(Projection::Head, Some(pre), |_, path, c, passed| {
                f(path, c, passed)
            })?;
        self.note_read_list(ids.clone());
        Ok((items, ids, errors))
    }

    /// [`Session::scan_indexed`] with the projection chosen at run time.
    pub fn scan_projected<T: Send>(
        &self,
        projection: Projection,
        f: impl Fn(&Path, Customer) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<FileError>)> {
        self.scan_with(projection, None, |path, c, _| f(path, c))
    }

    /// [`Session::scan_projected`] that tells `f` where the record's path is in the list
    /// it returns (see [`Store::scan_indexed`]): what keeps a result for each of a million
    /// records can keep a number instead of a path.
    pub fn scan_numbered<T: Send>(
        &self,
        projection: Projection,
        f: impl Fn(u32, Customer) -> Option<T> + Sync,
    ) -> Result<(crate::store::PathList, Vec<T>, Vec<FileError>)> {
        let (paths, items, ids, errors) = self.scan_seeing(projection, None, |at, _, c, _| f(at, c))?;
        self.note_read_list(ids);
        Ok((paths, items, errors))
    }

    fn scan_with<T: Send>(
        &self,
        projection: Projection,
        pre: Option<&crate::store::Prefilter<'_>>,
        f: impl Fn(&Path, Customer, Passed) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<FileError>)> {
        let (_, items, ids, errors) =
            self.scan_seeing(projection, pre, |_, path, c, passed| f(path, c, passed))?;
        self.note_read_list(ids);
        Ok((items, errors))
    }

    /// The scan of the records this member may read, with the list of their paths and the
    /// id of every record seen (for the caller to note as read).
    fn scan_seeing<T: Send>(
        &self,
        projection: Projection,
        pre: Option<&crate::store::Prefilter<'_>>,
        f: impl Fn(u32, &Path, Customer, Passed) -> Option<T> + Sync,
    ) -> Result<(crate::store::PathList, Vec<T>, IdList, Vec<FileError>)> {
        self.arm_not_yours()?;
        Ok(self.store()?.scan_indexed(self.keyring()?, projection, pre, f))
    }

    /// Every record file this member may read (see [`Store::readable_by`]), and the
    /// files the walk could not use.
    pub fn readable_paths(&self) -> Result<(Vec<PathBuf>, Vec<FileError>)> {
        self.arm_not_yours()?;
        let store = self.store()?;
        let (paths, errors) = store.record_paths();
        Ok((store.readable_by(paths, self.keyring()?), errors))
    }

    /// Decrypts these record files in parallel and notes them.
    pub fn load_all(&self, paths: &[PathBuf], keep_unknown: bool) -> Result<(Vec<Loaded>, Vec<FileError>)> {
        let (loaded, ids, errors) = crate::store::load_map(
            paths.len(),
            |i| paths[i].as_path().into(),
            self.keyring()?,
            keep_unknown,
            |_, l| Some(l),
        );
        self.note_read_list(ids);
        Ok((loaded, errors))
    }

    /// Decrypts one record file and notes it.
    pub fn load(&self, path: &Path, keep_unknown: bool) -> std::result::Result<Loaded, FileError> {
        let keyring = self.keyring().map_err(|e| FileError {
            path: path.to_path_buf(),
            problem: crate::store::FileProblem::Unreadable(crate::i18n::OsReason::said(e.message)),
        })?;
        let loaded = crate::store::load(path, keyring, keep_unknown)?;
        self.note_read([loaded.customer.id.clone()]);
        Ok(loaded)
    }

    /// Decrypts one record file without parsing it (see [`crate::store::load_text`]) and
    /// notes it.
    pub fn load_text(&self, path: &Path) -> std::result::Result<zeroize::Zeroizing<String>, FileError> {
        let keyring = self.keyring().map_err(|e| FileError {
            path: path.to_path_buf(),
            problem: crate::store::FileProblem::Unreadable(crate::i18n::OsReason::said(e.message)),
        })?;
        let text = crate::store::load_text(path, keyring)?;
        if let Some(id) = crate::model::id::id_of_path(path) {
            self.note_read([id.to_string()]);
        }
        Ok(text)
    }

    pub fn note_read(&self, ids: impl IntoIterator<Item = String>) {
        self.read.lock().unwrap_or_else(|p| p.into_inner()).extend(ids);
    }

    /// [`Session::note_read`] for the ids a scan saw: the list itself is kept when nothing
    /// was read before (a million ids are not copied).
    pub fn note_read_list(&self, ids: IdList) {
        let mut read = self.read.lock().unwrap_or_else(|p| p.into_inner());
        if read.is_empty() {
            *read = ids;
        } else {
            read.append(&ids);
        }
    }

    /// Appends this run's line to the store's access log (when anything was read or
    /// written and the log is on). Failing to log is said, never fatal.
    pub fn log_access(&self, command: &str, failed: bool) {
        let Some(store) = self.store.get() else { return };
        if !store.config.access_log.enabled {
            return;
        }
        let _timed = crate::store::timing::phase("access log");
        let read = std::mem::take(&mut *self.read.lock().unwrap_or_else(|p| p.into_inner()));
        let touched = self.touched.lock().unwrap_or_else(|p| p.into_inner());
        let written: Vec<String> = touched
            .iter()
            .filter_map(|p| crate::model::id::id_of_path(p).map(String::from))
            .collect();
        let wrote_files = !touched.is_empty();
        drop(touched);
        if read.is_empty() && written.is_empty() {
            return;
        }
        let (read_count, written_count) = (read.len(), written.len());
        let (ids, distinct) =
            crate::store::access_log::first_ids(read.iter().chain(written.iter().map(String::as_str)));
        let more = distinct.saturating_sub(ids.len());
        let shared = store.config.access_log.shared && matches!(self.team(), Ok(Some(_)));
        let entry = crate::store::access_log::Access {
            at: self.now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            user: self.actor().unwrap_or_else(|| "unknown".into()),
            command: command.to_string(),
            read: read_count,
            written: written_count,
            ids,
            more,
            failed,
            prev: None,
        };
        let written = if shared {
            crate::store::access_log::append_shared(&store.state_dir(), &entry.user, &entry).map(|done| {
                if done.repaired > 0 {
                    self.warn(fl!(
                        "warn-access-log-repaired",
                        member = entry.user.clone(),
                        bytes = done.repaired
                    ));
                }
                // A command that changed files commits its line of the trail with them
                // (autocommit); a read alone makes no commit.
                if wrote_files {
                    self.touch([done.path]);
                }
            })
        } else {
            crate::store::access_log::append(&store.state_dir(), &entry)
        };
        if let Err(e) = written {
            self.warn(fl!("warn-access-not-logged", error = e.message));
        }
    }

    /// Notes files written outside [`Session::seal`] (parallel bulk writes).
    pub fn touch(&self, paths: impl IntoIterator<Item = PathBuf>) {
        self.touched
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(paths);
    }

    /// `$XDG_CONFIG_HOME/crmfile`: identity, trusted recipients.
    pub fn config_dir(&self) -> PathBuf {
        if let Some(dir) = &self.options.config_dir {
            return dir.clone();
        }
        default_identity_path()
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }

    /// The tombstones of erased customers, for checking that a new record is not one of
    /// them; a warning when they are locked and cannot be checked.
    pub fn erasures(&self) -> Result<crate::store::erasures::Erasures> {
        let erasures = crate::store::erasures::Erasures::open(&self.store()?.state_dir(), self.keyring()?)?;
        if erasures.locked() {
            self.warn(fl!("warn-erasures-locked"));
        }
        Ok(erasures)
    }

    /// The trust database of this store, loaded once.
    pub fn with_trust<T>(&self, f: impl FnOnce(&mut Trust) -> Result<T>) -> Result<T> {
        let store = self.store()?;
        let mut guard = self.trust.lock().unwrap_or_else(|p| p.into_inner());
        if guard.is_none() {
            *guard = Some(Trust::load(&self.config_dir(), &store.root, store.id())?);
        }
        f(guard.as_mut().expect("loaded above"))
    }

    /// How a recipients set stands against what the user trusted.
    pub fn standing(&self, set: &RecipientSet) -> Result<Standing> {
        self.with_trust(|t| Ok(t.standing(&set.0, &keys_text(set))))
    }

    /// The recipients a record in `folder` is sealed to, refused if their file changed
    /// since the user last trusted it, or if this store was never trusted on this machine
    /// (a copy or clone someone else prepared may list a stranger's key).
    pub fn recipients_for_write(&self, folder: &Path) -> Result<RecipientSet> {
        let store = self.store()?;
        let set = store.recipients.for_folder(folder)?;
        if store.id().is_none() {
            // An older store gets its id on its first write; what was trusted at its path
            // carries over.
            let id = store.assign_id()?;
            self.with_trust(|t| {
                t.adopt_id(&id);
                t.save()
            })?;
            self.touch([store.config_path()]);
        }
        let file = store.rel(&set.0).into_owned();
        match self.standing(&set)? {
            Standing::Trusted => {
                if self.seal_ready.get().is_none() {
                    self.keyring()?;
                    let found = self.seal.get().copied().unwrap_or_default();
                    super::seal::ensure(self, found)?;
                    let _ = self.seal_ready.set(());
                }
                Ok(set)
            }
            Standing::FirstUse => {
                let mut e = Error::new(fl!("error-recipients-first-use", file = file));
                for k in &set.1 {
                    e = e.cause(fl!("cause-recipient-key", key = k.text.as_str()));
                }
                Err(e.hint(fl!("hint-trust-first-use")))
            }
            Standing::Changed => {
                let mut e = Error::new(fl!("error-recipients-changed", file = file))
                    .cause(fl!("cause-unreviewed-keys"));
                for k in &set.1 {
                    e = e.cause(fl!("cause-recipient-key", key = k.text.as_str()));
                }
                Err(e.hint(fl!("hint-review-recipients")))
            }
        }
    }

    /// Trusts every recipients file of the store as it is now (the user asked for it).
    pub fn trust_all(&self) -> Result<usize> {
        let store = self.store()?;
        let files = store.recipients_files();
        let n = files.len();
        if store.id().is_none() {
            let id = store.assign_id()?;
            self.with_trust(|t| {
                t.adopt_id(&id);
                Ok(())
            })?;
            self.touch([store.config_path()]);
        }
        // The seal key as it is now is accepted with the keys (one that vanished is not:
        // it is restored from git, or the records it sealed could not be checked again).
        let seal = self
            .keyring()
            .ok()
            .and_then(|k| k.seal_key().map(|s| s.fingerprint()));
        self.with_trust(|t| {
            for f in &files {
                let set = store.recipients.for_folder(f.parent().unwrap_or(&store.root))?;
                t.trust(&set.0, &keys_text(&set));
            }
            if let Some(fingerprint) = &seal {
                t.forget_seal();
                t.remember_seal(fingerprint);
            }
            t.save()
        })?;
        // A change of trust is a security notice: -q does not hide it.
        self.warn(fl!("status-trusting", count = n));
        Ok(n)
    }

    /// Warns (for read commands) about recipients files changed since trusted or never
    /// trusted on this machine: the one governing `folder`, or every one in the store
    /// (after a scan, from its walk).
    pub fn warn_untrusted(&self, folder: Option<&Path>) {
        let Ok(store) = self.store() else { return };
        let files = match folder {
            Some(f) => store
                .recipients
                .for_folder(f)
                .map(|s| vec![s.0.clone()])
                .unwrap_or_default(),
            None => store.recipients_files(),
        };
        for f in files {
            let Ok(set) = store.recipients.for_folder(f.parent().unwrap_or(&store.root)) else {
                continue;
            };
            let file = store.rel(&set.0).into_owned();
            match self.standing(&set) {
                Ok(Standing::Changed) => self.warn(fl!("warn-recipients-changed", file = file)),
                Ok(Standing::FirstUse) => self.warn(fl!("warn-recipients-first-use", file = file)),
                _ => {}
            }
        }
    }

    /// After a command succeeded: commit what it wrote when `git.autocommit` is on, and
    /// say when the store is in git without crmfile's diff and merge drivers.
    pub fn finish(&self, command: &str) -> Result<()> {
        let touched = std::mem::take(&mut *self.touched.lock().unwrap_or_else(|p| p.into_inner()));
        if touched.is_empty() {
            return Ok(());
        }
        let Some(store) = self.store.get() else {
            return Ok(());
        };
        if !crate::store::git::in_work_tree(&store.root) {
            return Ok(());
        }
        if !crate::store::git::drivers_configured(&store.root) {
            self.warn(fl!("warn-no-git-drivers"));
        }
        if store.config.git.autocommit {
            if crate::store::git::operation_in_progress(&store.root) {
                self.status(fl!("status-merge-under-way"));
            } else {
                crate::store::git::commit(&store.root, command, &touched)?;
            }
        }
        Ok(())
    }
}

/// `$XDG_CONFIG_HOME/crmfile/identity.txt` (XDG_CONFIG_HOME defaults to ~/.config).
pub fn default_identity_path() -> PathBuf {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".config")))
        .unwrap_or_else(|| PathBuf::from(".config"));
    base.join("crmfile").join("identity.txt")
}

/// An identity not in the team, named by its first public key's start (`age1abcdefgh`):
/// no personal data, and safe as a file name.
pub fn stranger_label(keys: &[String]) -> String {
    keys.first()
        .map(|k| {
            k.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .take(12)
                .collect::<String>()
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

/// Who is at the keyboard: `CRMFILE_USER`, else the login name.
pub fn current_user() -> Option<String> {
    ["CRMFILE_USER", "USER", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
}
