//! Helpers for running `crmfile` against a throw-away store.
//!
//! Every command runs with a private environment: its own config and home folders, a fixed
//! clock, no colour, a private TMPDIR, and none of the `CRMFILE_*` variables of whoever
//! runs the tests.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use assert_cmd::Command;
use tempfile::TempDir;

/// The clock every command sees unless a test says otherwise.
pub const NOW: &str = "2026-11-22T09:30:00+08:00";

/// What a customer id looks like: `c-` and 8 Crockford base32 characters.
pub const ID_PATTERN: &str = "^c-[0-9a-hjkmnp-tv-z]{8}$";

/// Variables of the caller's environment that would change what crmfile does.
const SCRUBBED: &[&str] = &[
    "CRMFILE_STORE",
    "CRMFILE_IDENTITY",
    "CRMFILE_PASSPHRASE_FILE",
    "CRMFILE_NOW",
    "CRMFILE_INDEX",
    "VISUAL",
    "EDITOR",
];

/// Variables that point git at another repository, index or object store.
const GIT_POINTERS: &[&str] = &[
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_CEILING_DIRECTORIES",
];

/// What git run by a test must not inherit from the caller: the variables that point git
/// elsewhere, and [`SCRUBBED`], since git runs crmfile as its diff and merge drivers. (A
/// `CRMFILE_IDENTITY` left in a shell, as the README's tour sets it, made the textconv
/// read the records with another key and the canary test's `git diff` come out empty.)
pub fn git_scrubbed() -> impl Iterator<Item = &'static str> {
    SCRUBBED.iter().chain(GIT_POINTERS).copied()
}

/// git with none of [`git_scrubbed`] inherited.
pub fn scrubbed_git() -> std::process::Command {
    let mut git = std::process::Command::new("git");
    for var in git_scrubbed() {
        git.env_remove(var);
    }
    git
}

/// A temporary folder holding a store made by `crmfile init`, and the identity that
/// `init` generated for it.
pub struct TestStore {
    dir: TempDir,
}

impl TestStore {
    /// Runs `crmfile init <tmp>/store`, which generates `<tmp>/cfg/crmfile/identity.txt`.
    pub fn new() -> TestStore {
        let dir = tempfile::Builder::new()
            .prefix("crmfile-test-")
            .tempdir()
            .expect("create a temporary folder");
        let t = TestStore { dir };
        for sub in ["cfg", "home", "tmp", "run"] {
            std::fs::create_dir_all(t.root().join(sub)).expect("create test folders");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(t.root().join("run"), std::fs::Permissions::from_mode(0o700))
                .expect("chmod run folder");
        }
        t.bare().arg("init").arg(t.store()).assert().success();
        assert!(
            t.identity().is_file(),
            "init did not create {}",
            t.identity().display()
        );
        assert!(
            t.store().join(".age-recipients").is_file(),
            "init did not write .age-recipients"
        );
        t
    }

    /// The temporary folder everything lives in.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The store's root folder.
    pub fn store(&self) -> PathBuf {
        self.root().join("store")
    }

    /// The identity `init` generated.
    pub fn identity(&self) -> PathBuf {
        self.root().join("cfg").join("crmfile").join("identity.txt")
    }

    /// The TMPDIR every command gets.
    pub fn tmpdir(&self) -> PathBuf {
        self.root().join("tmp")
    }

    /// The XDG_RUNTIME_DIR every command gets (edit's fallback when /dev/shm is missing).
    pub fn runtime_dir(&self) -> PathBuf {
        self.root().join("run")
    }

    /// The environment every command runs with.
    pub fn env(&self) -> Vec<(&'static str, OsString)> {
        vec![
            ("XDG_CONFIG_HOME", self.root().join("cfg").into()),
            ("HOME", self.root().join("home").into()),
            ("CRMFILE_NOW", NOW.into()),
            // Tests that start many writers at once queue them for the lock: on a loaded
            // machine a turn can take longer than the default 10 s.
            ("CRMFILE_WAIT", "300".into()),
            ("NO_COLOR", "1".into()),
            // The tests read English unless they ask for another language.
            ("CRMFILE_LANG", "en".into()),
            ("TMPDIR", self.tmpdir().into()),
            ("XDG_RUNTIME_DIR", self.runtime_dir().into()),
        ]
    }

    /// `crmfile` with the test environment, run in the temporary folder, without `--store`.
    pub fn bare(&self) -> Command {
        let mut cmd = Command::cargo_bin("crmfile").expect("the crmfile binary is built");
        for var in SCRUBBED {
            cmd.env_remove(var);
        }
        cmd.envs(self.env())
            .current_dir(self.root())
            .timeout(std::time::Duration::from_secs(30));
        cmd
    }

    /// `crmfile --store <tmp>/store`.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare();
        cmd.arg("--store").arg(self.store());
        cmd
    }

    /// `crmfile ARGS… FILE`, then `--rejects REJECTS` when given: an import of a file as
    /// the user runs it. Returns what it did, whatever its exit.
    pub fn import_file(&self, args: &[&str], file: &Path, rejects: Option<&Path>) -> std::process::Output {
        let mut cmd = self.cmd();
        cmd.args(args).arg(file);
        if let Some(r) = rejects {
            cmd.arg("--rejects").arg(r);
        }
        cmd.output().expect("run crmfile")
    }

    /// The same environment as [`TestStore::cmd`], for spawning processes by hand.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("crmfile"));
        for var in SCRUBBED {
            cmd.env_remove(var);
        }
        cmd.envs(self.env())
            .current_dir(self.root())
            .arg("--store")
            .arg(self.store());
        cmd
    }

    /// `crmfile add ARGS…`; asserts success and that exactly one id was printed.
    pub fn add(&self, args: &[&str]) -> String {
        let out = self
            .cmd()
            .arg("add")
            .args(args)
            .output()
            .expect("run crmfile add");
        assert!(
            out.status.success(),
            "crmfile add {args:?} failed: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).expect("ids are UTF-8");
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), 1, "add printed {stdout:?}");
        let id = lines[0].to_string();
        assert!(is_id(&id), "{id:?} is not a customer id");
        id
    }

    /// Where the record of `id` lives.
    pub fn record_path(&self, id: &str) -> PathBuf {
        self.store().join(format!("{id}.toml.age"))
    }

    /// The encrypted bytes of a record file.
    pub fn record_bytes(&self, id: &str) -> Vec<u8> {
        std::fs::read(self.record_path(id)).expect("read record file")
    }

    /// `crmfile show ID --format json`, parsed.
    pub fn show_json(&self, id: &str) -> serde_json::Value {
        let out = self
            .cmd()
            .args(["show", id, "--format", "json"])
            .output()
            .expect("run crmfile show");
        assert!(
            out.status.success(),
            "show {id} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("show --format json prints JSON")
    }

    /// `crmfile find --format ids`, as a sorted list; asserts success.
    pub fn all_ids(&self) -> Vec<String> {
        let out = self
            .cmd()
            .args(["find", "--format", "ids"])
            .output()
            .expect("run find");
        assert!(
            out.status.success(),
            "find failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        sorted_lines(&out.stdout)
    }

    /// The store's public key, from `.age-recipients`.
    pub fn public_key(&self) -> String {
        let text = std::fs::read_to_string(self.store().join(".age-recipients")).expect("read recipients");
        let keys: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        assert_eq!(keys.len(), 1, "one recipient expected in {text:?}");
        assert!(keys[0].starts_with("age1"), "not an age key: {}", keys[0]);
        keys[0].to_string()
    }

    /// Writes an executable `sh` script into the temporary folder and returns an `EDITOR`
    /// value that runs it. The script is run through `sh` rather than executed directly,
    /// so a concurrent fork in another test thread can never make it "text file busy".
    pub fn editor_script(&self, name: &str, body: &str) -> String {
        let path = self.root().join(name);
        std::fs::write(&path, format!("#!/bin/sh\nset -e\n{body}\n")).expect("write editor script");
        format!("sh '{}'", path.display())
    }
}

/// True for a well-formed customer id.
pub fn is_id(text: &str) -> bool {
    regex::Regex::new(ID_PATTERN).expect("valid regex").is_match(text)
}

/// Non-empty lines of command output, sorted.
pub fn sorted_lines(bytes: &[u8]) -> Vec<String> {
    let mut v: Vec<String> = String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(String::from)
        .collect();
    v.sort();
    v
}

/// A sorted list of ids.
pub fn sorted(ids: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

/// Serializes the tests that run `crmfile edit`, so that one test's look at /dev/shm is
/// not confused by another test's editor copy.
pub fn edit_lock() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

/// `crmfile-edit-*` files in /dev/shm now.
pub fn shm_edit_copies() -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir("/dev/shm") else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("crmfile-edit-"))
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

/// Every regular file under `dir` (symbolic links not followed) whose bytes contain
/// `needle`. Files that cannot be read (other users' files in /dev/shm) are skipped.
pub fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let Ok(ft) = entry.file_type() else { continue };
            let path = entry.path();
            if ft.is_dir() {
                stack.push(path);
            } else if ft.is_file() {
                let too_big = entry.metadata().map_or(true, |m| m.len() > 64 << 20);
                if too_big {
                    continue;
                }
                if let Ok(bytes) = std::fs::read(&path)
                    && bytes.windows(needle.len()).any(|w| w == needle)
                {
                    found.push(path);
                }
            }
        }
    }
    found
}

/// Where `scripts/test` installs the clients the tests use: `target/test-tools/bin` and
/// `target/test-venv`.
fn project_target() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target")
}

/// An external tool: the path in `$env_var` when set, else from PATH, else where
/// `scripts/test` installed it, else from `$HOME/.cargo/bin` of the real home (the test
/// process's own HOME: only the commands under test get a fake one).
fn find_tool(name: &str, env_var: &str) -> Option<PathBuf> {
    if let Some(explicit) = std::env::var_os(env_var).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(explicit);
        assert!(path.is_file(), "{env_var}={} is not a file", path.display());
        return Some(path);
    }
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    dirs.push(project_target().join("test-tools").join("bin"));
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".cargo").join("bin"));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

/// The `rage` CLI: `$CRMFILE_TEST_RAGE`, else on PATH, else the one `scripts/test`
/// installed. A missing rage fails the test, unless `CRMFILE_SKIP_RAGE=1`: then `None`,
/// said on stderr, and the caller skips the part that needs it.
pub fn rage() -> Option<Rage> {
    match find_tool("rage", "CRMFILE_TEST_RAGE") {
        Some(bin) => Some(Rage { bin }),
        None if std::env::var("CRMFILE_SKIP_RAGE").as_deref() == Ok("1") => {
            eprintln!("rage not found; skipped because CRMFILE_SKIP_RAGE=1");
            None
        }
        None => panic!(
            "the `rage` CLI is needed: not in CRMFILE_TEST_RAGE, on PATH nor in target/test-tools/bin \
             (run `scripts/test`, which installs it, or set CRMFILE_SKIP_RAGE=1)"
        ),
    }
}

/// The Python that checks output with independent parsers: `$CRMFILE_TEST_PYTHON`, else
/// the virtual environment `scripts/test` made, else `python3` from PATH.
pub fn python() -> std::process::Command {
    let venv = project_target().join("test-venv").join("bin").join("python");
    let bin = match std::env::var_os("CRMFILE_TEST_PYTHON").filter(|v| !v.is_empty()) {
        Some(explicit) => PathBuf::from(explicit),
        None if venv.is_file() => venv,
        None => PathBuf::from("python3"),
    };
    std::process::Command::new(bin)
}

pub struct Rage {
    bin: PathBuf,
}

impl Rage {
    /// `rage -d -i IDENTITY FILE`: the plaintext.
    pub fn decrypt(&self, identity: &Path, file: &Path) -> String {
        let out = std::process::Command::new(&self.bin)
            .arg("-d")
            .arg("-i")
            .arg(identity)
            .arg(file)
            .output()
            .expect("run rage -d");
        assert!(
            out.status.success(),
            "rage -d {} failed: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("record plaintext is UTF-8")
    }

    /// `rage -d -i IDENTITY FILE`: the plaintext bytes (an index is not text).
    pub fn decrypt_bytes(&self, identity: &Path, file: &Path) -> Vec<u8> {
        let out = std::process::Command::new(&self.bin)
            .args(["-d", "-i"])
            .arg(identity)
            .arg(file)
            .output()
            .expect("run rage -d");
        assert!(out.status.success(), "rage -d {} failed", file.display());
        out.stdout
    }

    /// `rage -r RECIPIENT -o OUT` with `plaintext` on stdin.
    pub fn encrypt(&self, recipient: &str, plaintext: &str, out: &Path) {
        Command::new(&self.bin)
            .arg("-r")
            .arg(recipient)
            .arg("-o")
            .arg(out)
            .write_stdin(plaintext)
            .timeout(std::time::Duration::from_secs(30))
            .assert()
            .success();
    }
}

impl Rage {
    /// `rage -r R1 -r R2 … -o OUT` with `plaintext` on stdin: one file sealed to several
    /// keys at once.
    pub fn encrypt_to_all(&self, recipients: &[&str], plaintext: &str, out: &Path) {
        let mut cmd = Command::new(&self.bin);
        for r in recipients {
            cmd.arg("-r").arg(r);
        }
        cmd.arg("-o")
            .arg(out)
            .write_stdin(plaintext)
            .timeout(std::time::Duration::from_secs(30))
            .assert()
            .success();
    }

    /// `rage -d -i IDENTITY FILE` succeeds: the identity can open the file.
    pub fn can_decrypt(&self, identity: &Path, file: &Path) -> bool {
        std::process::Command::new(&self.bin)
            .arg("-d")
            .arg("-i")
            .arg(identity)
            .arg(file)
            .output()
            .expect("run rage -d")
            .status
            .success()
    }

    /// `rage -a -r RECIPIENT -o OUT`: an ASCII-armored (PEM) age file.
    pub fn encrypt_armored(&self, recipient: &str, plaintext: &str, out: &Path) {
        Command::new(&self.bin)
            .arg("-a")
            .arg("-r")
            .arg(recipient)
            .arg("-o")
            .arg(out)
            .write_stdin(plaintext)
            .timeout(std::time::Duration::from_secs(30))
            .assert()
            .success();
    }
}

// Helpers of the reliability suite (`cli/reliability.rs`).

/// Every `.crmfile-tmp-*` file under `dir` (symbolic links not followed), sorted.
pub fn temp_files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                stack.push(entry.path());
            } else if entry.file_name().to_string_lossy().starts_with(".crmfile-tmp-") {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    found
}

/// The bytes of every record file (`*.toml.age`, symbolic links not followed) under
/// `dir`, by path: to show that a command left the other records alone.
pub fn record_bytes_under(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut found = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let Ok(ft) = entry.file_type() else { continue };
            let path = entry.path();
            if ft.is_dir() {
                stack.push(path);
            } else if ft.is_file() && entry.file_name().to_string_lossy().ends_with(".toml.age") {
                let bytes = std::fs::read(&path).expect("read record file");
                found.insert(path, bytes);
            }
        }
    }
    found
}

/// True when `needle` occurs in `haystack`.
pub fn bytes_contain(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Waits for a spawned child (its stdout and stderr piped) and samples its peak resident
/// set size (`VmHWM` of /proc/PID/status, in KiB) while it runs. `None` where /proc is
/// missing or the child ended before the first sample.
pub fn wait_with_peak_rss(mut child: std::process::Child) -> (std::process::Output, Option<u64>) {
    use std::io::Read;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = None;
    let status = loop {
        if let Ok(text) = std::fs::read_to_string(&status_file)
            && let Some(kib) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = Some(peak.map_or(kib, |p: u64| p.max(kib)));
        }
        if let Some(status) = child.try_wait().expect("wait for child") {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let output = std::process::Output {
        status,
        stdout: out.join().expect("stdout reader"),
        stderr: err.join().expect("stderr reader"),
    };
    (output, peak)
}

/// Everything a git repository's object store holds, decompressed:
/// `git cat-file --batch-all-objects --batch` (loose and packed objects alike).
pub fn git_objects_dump(git_dir: &Path) -> Vec<u8> {
    let out = std::process::Command::new("git")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .arg("--git-dir")
        .arg(git_dir)
        .args(["cat-file", "--batch-all-objects", "--batch"])
        .output()
        .expect("run git cat-file");
    assert!(
        out.status.success(),
        "git cat-file failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

impl Rage {
    /// `rage -r RECIPIENT -o OUT` with raw bytes on stdin (which need not be UTF-8).
    pub fn encrypt_raw(&self, recipient: &str, plaintext: &[u8], out: &Path) {
        Command::new(&self.bin)
            .arg("-r")
            .arg(recipient)
            .arg("-o")
            .arg(out)
            .write_stdin(plaintext.to_vec())
            .timeout(std::time::Duration::from_secs(30))
            .assert()
            .success();
    }
}

/// True when the tests' Python ([`python`]) can import `module`. Missing, the test fails
/// (`scripts/test` installs it from tests/requirements.txt), unless `CRMFILE_SKIP_PYTHON=1`.
pub fn python_with(module: &str) -> bool {
    let found = python()
        .args(["-c", &format!("import {module}")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if found {
        return true;
    }
    if std::env::var("CRMFILE_SKIP_PYTHON").as_deref() == Ok("1") {
        eprintln!("python3 with {module} not found; skipped because CRMFILE_SKIP_PYTHON=1");
        return false;
    }
    panic!(
        "python3 with the `{module}` package is needed to check this output \
         (run `scripts/test`, which installs tests/requirements.txt, or set CRMFILE_SKIP_PYTHON=1)"
    );
}

/// git run by tests: no user or system configuration, a fixed author, no editor or pager.
pub const GIT_ENV: &[(&str, &str)] = &[
    ("GIT_CONFIG_GLOBAL", "/dev/null"),
    ("GIT_CONFIG_NOSYSTEM", "1"),
    ("GIT_AUTHOR_NAME", "Li Tester"),
    ("GIT_AUTHOR_EMAIL", "li.tester@example.com"),
    ("GIT_COMMITTER_NAME", "Li Tester"),
    ("GIT_COMMITTER_EMAIL", "li.tester@example.com"),
    ("GIT_MERGE_AUTOEDIT", "no"),
    ("GIT_EDITOR", "true"),
    ("GIT_PAGER", "cat"),
    ("GIT_TERMINAL_PROMPT", "0"),
];

/// A second person: a new identity at `<tmp>/NAME.txt`, made by `crmfile --identity FILE
/// init` in a throw-away store next to the test's one. Returns the file and its public key.
pub fn new_identity(t: &TestStore, name: &str) -> (PathBuf, String) {
    let identity = t.root().join(format!("{name}.txt"));
    let store = t.root().join(format!("{name}-store"));
    t.bare()
        .arg("--identity")
        .arg(&identity)
        .arg("init")
        .arg(&store)
        .assert()
        .success();
    let text = std::fs::read_to_string(store.join(".age-recipients")).expect("read recipients");
    let key = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("age1"))
        .expect("a public key")
        .to_string();
    (identity, key)
}

/// A recursive copy of a folder (files and folders only).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("list folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// How many files in `dir` (not below it) have a name ending in `suffix`.
pub fn count_files_ending(dir: &Path, suffix: &str) -> usize {
    std::fs::read_dir(dir)
        .expect("list folder")
        .filter(|e| {
            e.as_ref()
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .ends_with(suffix)
        })
        .count()
}

/// Runs a Python script with `input` on stdin; asserts it succeeds and parses its JSON.
pub fn python_json(script: &str, input: &[u8]) -> serde_json::Value {
    let mut child = python()
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run python3");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    std::io::Write::write_all(&mut stdin, input).expect("write to python3");
    drop(stdin);
    let out = child.wait_with_output().expect("wait for python3");
    assert!(
        out.status.success(),
        "the Python check rejected the output: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(input)
    );
    serde_json::from_slice(&out.stdout).expect("the checker prints JSON")
}

/// A process's standard output as text.
pub fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A process's standard error as text.
pub fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// git in the store's folder with the test environment (and a private git config);
/// asserts success and returns stdout.
pub fn git_in_store(t: &TestStore, args: &[&str]) -> Vec<u8> {
    let out = scrubbed_git()
        .envs(t.env())
        .envs(GIT_ENV.iter().copied())
        .current_dir(t.store())
        .args(args)
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", stderr_of(&out));
    out.stdout
}

/// The numbers of a record's `contact.phones` as JSON shows them (`{ number, kind }`).
pub fn phones(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    p["number"]
                        .as_str()
                        .unwrap_or_else(|| panic!("not a phone: {p}"))
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The kinds of a record's `contact.phones`, in order.
pub fn phone_kinds(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|p| p["kind"].as_str().unwrap_or("?").to_string())
                .collect()
        })
        .unwrap_or_default()
}
