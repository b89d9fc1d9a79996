//! The team and git features end to end, with real git in temporary folders: decrypted
//! diffs, structural merges between clones, autocommit, and who can read what
//! (`recipients`, the tamper check, `reencrypt`, `cat`).

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{
    GIT_ENV, TestStore, files_containing, git_scrubbed, new_identity, rage, scrubbed_git, sorted, stderr_of,
    stdout_of,
};

/// The crmfile under test, as `git-setup --binary` takes it.
fn crmfile_bin() -> String {
    assert_cmd::cargo::cargo_bin("crmfile").display().to_string()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

/// stdout and stderr together, for messages and for what git reports on either.
fn both(out: &Output) -> String {
    format!("{}{}", stdout_of(out), stderr_of(out))
}

/// `crmfile --store STORE` with the test environment and the private git setup.
fn crm(t: &TestStore, store: &Path) -> Command {
    let mut c = t.bare();
    c.envs(GIT_ENV.iter().copied()).arg("--store").arg(store);
    c
}

/// `git` in `dir`, with the same environment as the test's crmfile commands, so that the
/// drivers git runs find the same identity and trust file.
fn git_cmd(t: &TestStore, dir: &Path) -> Command {
    let mut c = Command::new("git");
    for var in git_scrubbed() {
        c.env_remove(var);
    }
    c.envs(t.env())
        .envs(GIT_ENV.iter().copied())
        .current_dir(dir)
        .timeout(Duration::from_secs(30));
    c
}

fn git(t: &TestStore, dir: &Path, args: &[&str]) -> Output {
    git_cmd(t, dir).args(args).output().expect("run git")
}

/// Runs git, asserts success, returns stdout.
fn git_ok(t: &TestStore, dir: &Path, args: &[&str]) -> String {
    let out = git(t, dir, args);
    assert!(
        out.status.success(),
        "git {args:?} in {} failed: {}\n{}",
        dir.display(),
        out.status,
        both(&out)
    );
    stdout_of(&out)
}

fn configure_user(t: &TestStore, dir: &Path) {
    git_ok(t, dir, &["config", "user.name", "Li Tester"]);
    git_ok(t, dir, &["config", "user.email", "li.tester@example.com"]);
}

/// `git init` in `dir` (branch main) with a local user.
fn init_repo(t: &TestStore, dir: &Path) {
    git_ok(t, dir, &["-c", "init.defaultBranch=main", "init", "-q"]);
    configure_user(t, dir);
}

/// `crmfile git-setup --binary <the crmfile under test>`.
fn git_setup(t: &TestStore, store: &Path) {
    crm(t, store)
        .args(["git-setup", "--binary", &crmfile_bin()])
        .assert()
        .success();
}

fn commit_all(t: &TestStore, dir: &Path, message: &str) {
    git_ok(t, dir, &["add", "-A"]);
    git_ok(t, dir, &["commit", "-q", "-m", message]);
}

fn porcelain(t: &TestStore, dir: &Path) -> String {
    git_ok(t, dir, &["status", "--porcelain"])
}

fn commit_count(t: &TestStore, dir: &Path) -> usize {
    git_ok(t, dir, &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .expect("a number")
}

fn record_file(id: &str) -> String {
    format!("{id}.toml.age")
}

/// `crmfile add ARGS…` in `store`; asserts success and returns the id.
fn add_at(t: &TestStore, store: &Path, args: &[&str]) -> String {
    let out = crm(t, store).arg("add").args(args).output().expect("run add");
    assert!(out.status.success(), "add {args:?} failed: {}", stderr_of(&out));
    let id = stdout_of(&out).trim().to_string();
    assert!(crate::common::is_id(&id), "add printed {id:?}");
    id
}

/// `crmfile show ID --format json` in `store`, with an optional other identity.
fn show_json_at(t: &TestStore, store: &Path, id: &str) -> serde_json::Value {
    let out = crm(t, store)
        .args(["show", id, "--format", "json"])
        .output()
        .expect("run show");
    assert!(out.status.success(), "show {id} failed: {}", stderr_of(&out));
    serde_json::from_slice(&out.stdout).expect("show --format json prints JSON")
}

/// `crmfile --identity IDENTITY show ID` in the test's store.
fn show_as(t: &TestStore, identity: &Path, id: &str) -> Output {
    t.cmd()
        .arg("--identity")
        .arg(identity)
        .args(["show", id, "--format", "json"])
        .output()
        .expect("run show")
}

/// Asserts that `identity` can read the record and that it is the customer `name`.
fn assert_readable_by(t: &TestStore, identity: &Path, id: &str, name: &str) {
    let out = show_as(t, identity, id);
    assert!(
        out.status.success(),
        "{} cannot read {id}: {}",
        identity.display(),
        stderr_of(&out)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["name"], name);
}

/// Asserts that `identity` cannot read the record: exit 1, "not encrypted to your identity".
fn assert_not_readable_by(t: &TestStore, identity: &Path, id: &str) {
    let out = show_as(t, identity, id);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{} could read {id}: {}",
        identity.display(),
        stdout_of(&out)
    );
    assert!(
        stderr_of(&out).contains("not encrypted to your identity"),
        "unexpected error: {}",
        stderr_of(&out)
    );
}

fn recipients_text(dir: &Path) -> String {
    std::fs::read_to_string(dir.join(".age-recipients")).expect("read .age-recipients")
}

fn str_list(v: &serde_json::Value, field: &str) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("no list: {v}"))
        .iter()
        .map(|x| x[field].as_str().expect("a string").to_string())
        .collect()
}

fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Store A (a git repo with the drivers, pushed to a bare origin) and clone B of it (with
/// the drivers too), both holding one customer added with `add_args` in A.
struct Clones {
    a: PathBuf,
    b: PathBuf,
    origin: PathBuf,
    id: String,
}

fn two_clones(t: &TestStore, add_args: &[&str]) -> Clones {
    let a = t.store();
    init_repo(t, &a);
    git_setup(t, &a);
    let id = add_at(t, &a, add_args);
    commit_all(t, &a, "customer archive");
    let origin = t.root().join("origin.git");
    git_ok(
        t,
        t.root(),
        &[
            "-c",
            "init.defaultBranch=main",
            "init",
            "-q",
            "--bare",
            s(&origin),
        ],
    );
    git_ok(t, &a, &["remote", "add", "origin", s(&origin)]);
    git_ok(t, &a, &["push", "-q", "-u", "origin", "main"]);
    let b = t.root().join("clone");
    git_ok(t, t.root(), &["clone", "-q", s(&origin), s(&b)]);
    configure_user(t, &b);
    git_setup(t, &b);
    assert!(b.join(record_file(&id)).is_file(), "the clone lacks the record");
    assert!(
        porcelain(t, &b).is_empty(),
        "git-setup in the clone changed tracked files"
    );
    Clones { a, b, origin, id }
}

// 1 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn contacts_logged_in_two_clones_merge_cleanly_on_pull() {
    let t = TestStore::new();
    let c = two_clones(
        &t,
        &[
            "--name",
            "张伟",
            "--company",
            "北京星河科技有限公司",
            "--title",
            "经理",
        ],
    );
    let file = record_file(&c.id);

    crm(&t, &c.a)
        .args(["log-contact", &c.id, "--channel", "phone"])
        .args(["--summary", "A: asked for a quote", "--at", "2026-11-20 10:00"])
        .assert()
        .success();
    let a_ids = str_list(&show_json_at(&t, &c.a, &c.id)["contacts"], "id");
    commit_all(&t, &c.a, "A logs a call");
    git_ok(&t, &c.a, &["push", "-q", "origin", "main"]);

    crm(&t, &c.b)
        .args(["log-contact", &c.id, "--channel", "visit"])
        .args(["--summary", "B: site visit", "--at", "2026-11-21 15:00"])
        .assert()
        .success();
    let b_ids = str_list(&show_json_at(&t, &c.b, &c.id)["contacts"], "id");
    commit_all(&t, &c.b, "B logs a visit");
    assert_ne!(a_ids, b_ids);

    let out = git(&t, &c.b, &["pull", "--no-rebase", "--no-edit", "origin", "main"]);
    assert!(out.status.success(), "pull failed: {}", both(&out));
    assert!(
        !both(&out).contains("CONFLICT"),
        "pull reported a conflict: {}",
        both(&out)
    );
    assert!(
        porcelain(&t, &c.b).is_empty(),
        "work tree not clean after the merge"
    );
    let parents = git_ok(&t, &c.b, &["rev-list", "--parents", "-n", "1", "HEAD"]);
    assert_eq!(
        parents.split_whitespace().count(),
        3,
        "HEAD is not a merge commit: {parents}"
    );

    let merged = show_json_at(&t, &c.b, &c.id);
    assert_eq!(
        str_list(&merged["contacts"], "summary"),
        ["A: asked for a quote", "B: site visit"]
    );
    let mut ids = str_list(&merged["contacts"], "id");
    ids.sort();
    let mut want: Vec<String> = a_ids.iter().chain(&b_ids).cloned().collect();
    want.sort();
    assert_eq!(ids, want, "the merge must keep both entries with their ids");
    assert_eq!(merged["name"], "张伟");
    assert_eq!(merged["title"], "经理");
    assert!(
        merged.get("conflicts").is_none(),
        "a clean merge recorded conflicts: {merged}"
    );

    let bytes = std::fs::read(c.b.join(&file)).expect("read merged record");
    assert!(
        bytes.starts_with(b"age-encryption.org/v1\n"),
        "the merge did not write an age file"
    );
    if let Some(rage) = rage() {
        let plain = rage.decrypt(&t.identity(), &c.b.join(&file));
        let doc: toml::Table = toml::from_str(&plain).expect("the merged record is TOML");
        assert_eq!(doc["contacts"].as_array().map(Vec::len), Some(2));
        assert_eq!(doc["name"].as_str(), Some("张伟"));
    }

    // The merge travels back: A fast-forwards to it and reads the same record.
    git_ok(&t, &c.b, &["push", "-q", "origin", "main"]);
    git_ok(
        &t,
        &c.a,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );
    assert_eq!(
        std::fs::read(c.a.join(&file)).expect("read"),
        bytes,
        "A does not hold the merged record"
    );
    assert_eq!(show_json_at(&t, &c.a, &c.id)["contacts"], merged["contacts"]);
}

// 2 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn a_field_changed_differently_in_two_clones_is_a_conflict_that_keeps_ours_and_records_theirs() {
    let t = TestStore::new();
    let c = two_clones(&t, &["--name", "王芳", "--title", "经理"]);
    let file = record_file(&c.id);

    crm(&t, &c.a)
        .args(["set", &c.id, "title=销售总监"])
        .assert()
        .success();
    commit_all(&t, &c.a, "A: title");
    git_ok(&t, &c.a, &["push", "-q", "origin", "main"]);
    crm(&t, &c.b)
        .args(["set", &c.id, "title=采购总监"])
        .assert()
        .success();
    commit_all(&t, &c.b, "B: title");

    let out = git(&t, &c.b, &["pull", "--no-rebase", "--no-edit", "origin", "main"]);
    assert!(
        !out.status.success(),
        "the pull must report the conflict: {}",
        both(&out)
    );
    let said = both(&out);
    assert!(said.contains("CONFLICT"), "git did not report a conflict: {said}");
    assert!(
        said.contains("both sides changed title"),
        "the driver did not name the field: {said}"
    );
    let status = porcelain(&t, &c.b);
    assert!(
        status.contains(&format!("UU {file}")),
        "not marked conflicted: {status:?}"
    );

    // The work tree holds a valid record: ours kept, theirs under [conflicts].
    let json = show_json_at(&t, &c.b, &c.id);
    assert_eq!(json["title"], "采购总监", "ours must be kept");
    assert_eq!(json["conflicts"]["title"], "销售总监", "theirs must be recorded");
    assert_eq!(json["name"], "王芳");
    if let Some(rage) = rage() {
        let plain = rage.decrypt(&t.identity(), &c.b.join(&file));
        let doc: toml::Table = toml::from_str(&plain).expect("the merged record is TOML");
        assert_eq!(doc["title"].as_str(), Some("采购总监"));
        assert_eq!(doc["conflicts"]["title"].as_str(), Some("销售总监"));
    }

    // Settling the field clears its conflict; the merge can then be committed.
    crm(&t, &c.b)
        .args(["set", &c.id, "title=总监"])
        .assert()
        .success();
    let json = show_json_at(&t, &c.b, &c.id);
    assert_eq!(json["title"], "总监");
    assert!(
        json.get("conflicts")
            .is_none_or(|v| v.as_object().is_some_and(|o| o.is_empty())),
        "the conflict is still recorded: {json}"
    );
    git_ok(&t, &c.b, &["add", &file]);
    git_ok(&t, &c.b, &["commit", "-q", "--no-edit"]);
    assert!(porcelain(&t, &c.b).is_empty());
    let parents = git_ok(&t, &c.b, &["rev-list", "--parents", "-n", "1", "HEAD"]);
    assert_eq!(
        parents.split_whitespace().count(),
        3,
        "not a merge commit: {parents}"
    );
    assert!(c.origin.is_dir());
}

// 3 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn git_diff_and_log_show_decrypted_field_changes() {
    let t = TestStore::new();
    let store = t.store();
    init_repo(&t, &store);
    git_setup(&t, &store);
    let attributes = std::fs::read_to_string(store.join(".gitattributes")).expect(".gitattributes");
    assert!(
        attributes
            .lines()
            .any(|l| l.trim() == "*.age -text diff=crmfile merge=crmfile"),
        "{attributes}"
    );
    // The store's own keys are no records: git neither decrypts nor merges them.
    let keys = git_ok(
        &t,
        &store,
        &[
            "check-attr",
            "diff",
            "merge",
            "--",
            ".crmfile/seal-key.age",
            "c-7k3m9q2x.toml.age",
        ],
    );
    assert!(keys.contains(".crmfile/seal-key.age: diff: unset"), "{keys}");
    assert!(keys.contains(".crmfile/seal-key.age: merge: binary"), "{keys}");
    assert!(keys.contains("c-7k3m9q2x.toml.age: merge: crmfile"), "{keys}");
    let textconv = git_ok(&t, &store, &["config", "--local", "diff.crmfile.textconv"]);
    assert_eq!(textconv.trim(), format!("{} cat --lenient", crmfile_bin()));
    let driver = git_ok(&t, &store, &["config", "--local", "merge.crmfile.driver"]);
    assert_eq!(
        driver.trim(),
        format!("{} merge-driver %O %A %B %P", crmfile_bin())
    );
    // Never a textconv cache: that would keep plaintext in .git.
    assert!(
        !git(&t, &store, &["config", "diff.crmfile.cachetextconv"])
            .status
            .success()
    );

    let id = add_at(&t, &store, &["--name", "张伟", "--title", "经理"]);
    let file = record_file(&id);
    commit_all(&t, &store, "first");

    crm(&t, &store)
        .args(["set", &id, "title=采购总监"])
        .assert()
        .success();
    let diff = git_ok(&t, &store, &["diff"]);
    assert!(diff.contains("-title = \"经理\""), "git diff: {diff}");
    assert!(diff.contains("+title = \"采购总监\""), "git diff: {diff}");
    assert!(diff.contains(" name = \"张伟\""), "no decrypted context: {diff}");
    // A `CRMFILE_IDENTITY` in the shell git runs from (the README's tour exports one)
    // reaches the textconv: with another key it reads neither side and the diff shows no
    // field. The tests' git drops it, so the shell a test runs from cannot change it.
    let (other, _) = new_identity(&t, "shell");
    let diff = |git: &mut std::process::Command| {
        let out = git
            .envs(t.env())
            .envs(GIT_ENV.iter().copied())
            .current_dir(&store)
            .arg("diff")
            .output()
            .expect("run git");
        assert!(out.status.success(), "git diff: {}", stderr_of(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let mut leaked = scrubbed_git();
    leaked.env("CRMFILE_IDENTITY", &other);
    assert!(!diff(&mut leaked).contains("采购总监"));
    let mut shell = std::process::Command::new("git");
    shell.env("CRMFILE_IDENTITY", &other);
    for var in git_scrubbed() {
        shell.env_remove(var);
    }
    assert!(diff(&mut shell).contains("+title = \"采购总监\""));
    // Without the textconv it is an opaque binary change.
    let raw = git_ok(&t, &store, &["diff", "--no-textconv"]);
    assert!(raw.contains("Binary files"), "git diff --no-textconv: {raw}");
    assert!(!raw.contains("采购总监"));
    commit_all(&t, &store, "second");

    let log = git_ok(&t, &store, &["log", "-p", "--", &file]);
    assert!(log.contains("+name = \"张伟\""), "git log -p: {log}");
    assert!(log.contains("-title = \"经理\""), "git log -p: {log}");
    assert!(log.contains("+title = \"采购总监\""), "git log -p: {log}");
}

// 4 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn no_plaintext_reaches_git_objects_or_files_after_commits_diffs_and_merges() {
    const CANARY: &str = "Canaryfox";
    const SECRETS: &[&str] = &[CANARY, "Zq7-secret-title-A", "Zq7-secret-title-B", "Zq7-visit"];
    let t = TestStore::new();
    let c = two_clones(
        &t,
        &[
            "--name",
            "Quincy Canaryfox",
            "--company",
            "Canaryfox Trading",
            "--phone",
            "13800138000",
        ],
    );
    let file = record_file(&c.id);

    crm(&t, &c.a)
        .args(["set", &c.id, "title=Zq7-secret-title-A"])
        .assert()
        .success();
    let diff = git_ok(&t, &c.a, &["diff"]);
    assert!(
        diff.contains(CANARY),
        "the textconv did not run, the check below would be void"
    );
    commit_all(&t, &c.a, "A: title");
    git_ok(&t, &c.a, &["push", "-q", "origin", "main"]);

    crm(&t, &c.b)
        .args([
            "log-contact",
            &c.id,
            "--channel",
            "visit",
            "--summary",
            "Zq7-visit",
        ])
        .assert()
        .success();
    crm(&t, &c.b)
        .args(["set", &c.id, "title=Zq7-secret-title-B"])
        .assert()
        .success();
    commit_all(&t, &c.b, "B: visit and title");
    let out = git(&t, &c.b, &["pull", "--no-rebase", "--no-edit", "origin", "main"]);
    assert!(!out.status.success(), "expected a conflict: {}", both(&out));
    crm(&t, &c.b)
        .args(["set", &c.id, "title=Director"])
        .assert()
        .success();
    git_ok(&t, &c.b, &["add", &file]);
    git_ok(&t, &c.b, &["commit", "-q", "--no-edit"]);
    git_ok(&t, &c.b, &["push", "-q", "origin", "main"]);
    git_ok(
        &t,
        &c.a,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );
    let log = git_ok(&t, &c.a, &["log", "-p"]);
    assert!(
        log.contains(CANARY) && log.contains("Zq7-visit"),
        "git log -p: {log}"
    );
    assert_eq!(show_json_at(&t, &c.a, &c.id)["title"], "Director");

    for git_dir in [c.a.join(".git"), c.b.join(".git"), c.origin.clone()] {
        let out = git_cmd(&t, &git_dir)
            .args([
                "--git-dir",
                s(&git_dir),
                "cat-file",
                "--batch-all-objects",
                "--batch",
            ])
            .output()
            .expect("run git cat-file");
        assert!(out.status.success(), "cat-file failed: {}", stderr_of(&out));
        assert!(
            contains_bytes(&out.stdout, b"age-encryption.org/v1"),
            "cat-file did not list the record blobs"
        );
        for secret in SECRETS {
            assert!(
                !contains_bytes(&out.stdout, secret.as_bytes()),
                "an object in {} holds {secret} in the clear",
                git_dir.display()
            );
            let found = files_containing(&git_dir, secret.as_bytes());
            assert!(found.is_empty(), "files under .git hold {secret}: {found:?}");
        }
    }
}

// 5 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn recipients_add_and_remove_reencrypt_every_record_and_guard_against_lockout() {
    let t = TestStore::new();
    let id1 = t.add(&["--name", "张伟"]);
    let id2 = t.add(&["--name", "王芳"]);
    let own = t.public_key();
    let (second, second_key) = new_identity(&t, "second");
    assert_not_readable_by(&t, &second, &id1);

    // Not at a terminal and no --yes: refused even with "y" on stdin, nothing changed.
    let recips = recipients_text(&t.store());
    let (b1, b2) = (t.record_bytes(&id1), t.record_bytes(&id2));
    t.cmd()
        .args(["recipients", "add", &second_key])
        .write_stdin("y\n")
        .assert()
        .code(2)
        .stderr(contains("--yes"));
    assert_eq!(recipients_text(&t.store()), recips);
    assert_eq!(t.record_bytes(&id1), b1);
    assert_eq!(t.record_bytes(&id2), b2);

    let out = t
        .cmd()
        .args(["recipients", "add", &second_key, "--yes"])
        .output()
        .expect("run recipients add");
    assert!(out.status.success(), "recipients add failed: {}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("re-encrypted 2 record(s)"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        recipients_text(&t.store())
            .lines()
            .any(|l| l.trim() == second_key)
    );
    assert_ne!(t.record_bytes(&id1), b1);
    assert_ne!(t.record_bytes(&id2), b2);
    assert_readable_by(&t, &second, &id1, "张伟");
    assert_readable_by(&t, &second, &id2, "王芳");
    assert_readable_by(&t, &t.identity(), &id1, "张伟");
    // Adding a key twice is refused.
    t.cmd()
        .args(["recipients", "add", &second_key, "--yes"])
        .assert()
        .code(1)
        .stderr(contains("already lists that key"));

    // list: every key, yours marked.
    let list = t.cmd().args(["recipients", "list"]).output().expect("run list");
    assert!(list.status.success(), "{}", stderr_of(&list));
    let text = stdout_of(&list);
    // One row per folder: folder, records, trust, who can read it.
    assert!(text.lines().any(|l| l.starts_with(".\t2\ttrusted\t")), "{text}");
    assert!(text.contains(&format!("{own} (you)")), "{text}");
    assert!(text.contains(&second_key), "{text}");
    assert!(!text.contains(&format!("{second_key} (you)")), "{text}");
    let as_second = t
        .cmd()
        .arg("--identity")
        .arg(&second)
        .args(["recipients", "list"])
        .output()
        .expect("run list");
    let text2 = stdout_of(&as_second);
    assert!(text2.contains(&format!("{second_key} (you)")), "{text2}");

    // Removing your own key (someone else could still read) is refused.
    let recips = recipients_text(&t.store());
    let (b1, b2) = (t.record_bytes(&id1), t.record_bytes(&id2));
    t.cmd()
        .args(["recipients", "remove", &own, "--yes"])
        .assert()
        .code(1)
        .stderr(contains("refusing to remove your own key"));
    assert_eq!(recipients_text(&t.store()), recips);
    assert_eq!(t.record_bytes(&id1), b1);

    // Removing the second key: the new versions are closed to it, with a warning about history.
    let out = t
        .cmd()
        .args(["recipients", "remove", &second_key, "--yes"])
        .output()
        .expect("run recipients remove");
    assert!(
        out.status.success(),
        "recipients remove failed: {}",
        stderr_of(&out)
    );
    let err = stderr_of(&out);
    assert!(err.contains("re-encrypted 2 record(s)"), "{err}");
    assert!(
        err.contains("warning:") && err.contains("old git history"),
        "{err}"
    );
    assert!(!recipients_text(&t.store()).contains(&second_key));
    assert_ne!(t.record_bytes(&id1), b1);
    assert_ne!(t.record_bytes(&id2), b2);
    assert_not_readable_by(&t, &second, &id1);
    assert_not_readable_by(&t, &second, &id2);
    assert_readable_by(&t, &t.identity(), &id2, "王芳");
    t.cmd()
        .args(["recipients", "remove", &second_key, "--yes"])
        .assert()
        .code(1)
        .stderr(contains("does not list that key"));

    // The last key cannot go.
    let recips = recipients_text(&t.store());
    let b1 = t.record_bytes(&id1);
    t.cmd()
        .args(["recipients", "remove", &own, "--yes"])
        .assert()
        .code(1)
        .stderr(contains("refusing to remove the last recipient"));
    assert_eq!(recipients_text(&t.store()), recips);
    assert_eq!(t.record_bytes(&id1), b1);
}

// 6 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn a_key_added_to_age_recipients_by_hand_blocks_writes_until_trusted() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--title", "经理"]);
    let (stranger, stranger_key) = new_identity(&t, "stranger");
    let path = t.store().join(".age-recipients");
    let mut text = recipients_text(&t.store());
    text.push_str(&format!("{stranger_key}\n"));
    std::fs::write(&path, text).expect("tamper with .age-recipients");
    let before = t.record_bytes(&id);

    // Writes are refused and leave the record alone.
    t.cmd()
        .args(["set", &id, "title=总监"])
        .assert()
        .code(1)
        .stderr(contains("recipients trust").and(contains("changed since you last trusted")));
    assert_eq!(t.record_bytes(&id), before);
    t.cmd()
        .args(["add", "--name", "王芳"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("recipients trust"));
    assert_eq!(t.all_ids(), vec![id.clone()]);
    assert_not_readable_by(&t, &stranger, &id);

    // Reading still works, with a warning.
    let out = t
        .cmd()
        .args(["find", "--format", "ids"])
        .output()
        .expect("run find");
    assert!(out.status.success(), "find failed: {}", stderr_of(&out));
    assert_eq!(stdout_of(&out).trim(), id);
    let err = stderr_of(&out);
    assert!(
        err.contains("warning:")
            && err.contains(".age-recipients changed")
            && err.contains("recipients trust"),
        "find did not warn: {err}"
    );
    let list = t.cmd().args(["recipients", "list"]).output().expect("run list");
    assert!(
        stdout_of(&list).contains("CHANGED since you trusted it"),
        "{}",
        stdout_of(&list)
    );

    // Trusting needs a confirmation.
    t.cmd()
        .args(["recipients", "trust"])
        .assert()
        .code(2)
        .stderr(contains(&stranger_key).and(contains("--yes")));
    t.cmd().args(["set", &id, "title=总监"]).assert().code(1);
    assert_eq!(t.record_bytes(&id), before);

    t.cmd().args(["recipients", "trust", "--yes"]).assert().success();
    t.cmd().args(["set", &id, "title=总监"]).assert().success();
    assert_ne!(t.record_bytes(&id), before);
    assert_eq!(t.show_json(&id)["title"], "总监");
    // What was written now is sealed to the keys that were trusted.
    assert_readable_by(&t, &stranger, &id, "张伟");
    let out = t
        .cmd()
        .args(["find", "--format", "ids"])
        .output()
        .expect("run find");
    assert!(
        !stderr_of(&out).contains("warning:"),
        "still warns after trust: {}",
        stderr_of(&out)
    );
}

// 7 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn a_sub_folder_with_its_own_recipients_is_left_alone_by_changes_at_the_root() {
    let t = TestStore::new();
    let root_id = t.add(&["--name", "张伟"]);
    let own = t.public_key();
    let (second, second_key) = new_identity(&t, "second");
    let (third, third_key) = new_identity(&t, "third");
    let vip = t.store().join("vip");
    std::fs::create_dir(&vip).expect("mkdir vip");
    std::fs::write(
        vip.join(".age-recipients"),
        format!("# VIP customers: the sales lead and me\n{second_key}\n{own}\n"),
    )
    .expect("write vip/.age-recipients");

    // A recipients file that appeared by hand in a known store is not trusted yet.
    t.cmd()
        .args(["add", "--folder", "vip", "--name", "赵敏"])
        .assert()
        .code(1)
        .stderr(contains("vip/.age-recipients changed").and(contains("recipients trust")));
    let names: Vec<String> = std::fs::read_dir(&vip)
        .expect("list vip")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, [".age-recipients"], "add wrote into vip anyway");
    t.cmd().args(["recipients", "trust", "--yes"]).assert().success();

    let vip_id = t.add(&["--folder", "vip", "--name", "赵敏"]);
    let vip_file = vip.join(record_file(&vip_id));
    assert!(vip_file.is_file(), "the record is not in vip/");
    assert_readable_by(&t, &second, &vip_id, "赵敏");
    assert_readable_by(&t, &t.identity(), &vip_id, "赵敏");
    assert_not_readable_by(&t, &second, &root_id);

    let list = t.cmd().args(["recipients", "list"]).output().expect("run list");
    let text = stdout_of(&list);
    assert!(text.lines().any(|l| l.starts_with(".\t1\ttrusted\t")), "{text}");
    assert!(text.lines().any(|l| l.starts_with("vip\t1\ttrusted\t")), "{text}");

    // A key added at the root re-encrypts the root's records only.
    let vip_before = std::fs::read(&vip_file).expect("read");
    let vip_recips = recipients_text(&vip);
    let root_before = t.record_bytes(&root_id);
    let out = t
        .cmd()
        .args(["recipients", "add", &third_key, "--yes"])
        .output()
        .expect("run recipients add");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("re-encrypted 1 record(s)"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        std::fs::read(&vip_file).expect("read"),
        vip_before,
        "vip record touched"
    );
    assert_eq!(recipients_text(&vip), vip_recips);
    assert_ne!(t.record_bytes(&root_id), root_before);
    assert_readable_by(&t, &third, &root_id, "张伟");
    assert_not_readable_by(&t, &third, &vip_id);

    // --folder vip edits vip's file and re-encrypts the vip record only.
    let root_before = t.record_bytes(&root_id);
    let out = t
        .cmd()
        .args(["recipients", "add", &third_key, "--folder", "vip", "--yes"])
        .output()
        .expect("run recipients add --folder");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("re-encrypted 1 record(s)"));
    assert_eq!(t.record_bytes(&root_id), root_before);
    assert!(recipients_text(&vip).contains(&third_key));
    assert_readable_by(&t, &third, &vip_id, "赵敏");
}

// 8 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn reencrypt_rewrites_records_and_reports_the_count() {
    let t = TestStore::new();
    let id1 = t.add(&["--name", "张伟", "--title", "经理"]);
    let id2 = t.add(&["--name", "王芳"]);
    let (b1, b2) = (t.record_bytes(&id1), t.record_bytes(&id2));
    let json1 = t.show_json(&id1);

    // Records already sealed to their folder's list are left alone (told from the header).
    t.cmd()
        .arg("reencrypt")
        .assert()
        .success()
        .stderr(contains("re-encrypted 0 record(s)").and(contains("2 record(s) already sealed")));
    assert_eq!(
        (t.record_bytes(&id1), t.record_bytes(&id2)),
        (b1.clone(), b2.clone())
    );
    // A record sealed without crmfile's header note (by age, or an older crmfile) is
    // sealed again: its header cannot say whom it was sealed to.
    if let Some(rage) = rage() {
        let plain = rage.decrypt(&t.identity(), &t.record_path(&id1));
        rage.encrypt(&t.public_key(), &plain, &t.record_path(&id1));
        // Written by hand, it carries no seal either: not sealed over until accepted.
        t.cmd()
            .arg("reencrypt")
            .assert()
            .code(1)
            .stderr(contains(format!("crmfile accept {id1}")).and(contains("re-encrypted 0 record(s)")));
        t.cmd().args(["accept", &id1, "--yes"]).assert().success();
        t.cmd()
            .arg("reencrypt")
            .assert()
            .success()
            .stderr(contains("re-encrypted 0 record(s)").and(contains("2 record(s) already sealed")));
    }
    let (n1, n2) = (t.record_bytes(&id1), t.record_bytes(&id2));
    assert_eq!(n2, b2);
    assert_eq!(t.show_json(&id1), json1, "reencrypt changed the content");
    assert_eq!(t.show_json(&id2)["name"], "王芳");
    if let Some(rage) = rage() {
        let plain = rage.decrypt(&t.identity(), &t.record_path(&id1));
        assert!(plain.contains("name = \"张伟\""), "{plain}");
    }

    // One file, already sealed to its folder's list: left alone.
    t.cmd()
        .arg("reencrypt")
        .arg(t.record_path(&id2))
        .assert()
        .success()
        .stderr(contains("re-encrypted 0 record(s)").and(contains("1 record(s) already sealed")));
    assert_eq!(t.record_bytes(&id1), n1);
    assert_eq!(t.record_bytes(&id2), n2);

    // After a key is added by hand: refused until trusted, then it opens the records to it.
    let (second, second_key) = new_identity(&t, "second");
    let path = t.store().join(".age-recipients");
    let mut text = recipients_text(&t.store());
    text.push_str(&format!("# the sales lead\n{second_key}\n"));
    std::fs::write(&path, text).expect("edit .age-recipients");
    let before = (t.record_bytes(&id1), t.record_bytes(&id2));
    t.cmd()
        .arg("reencrypt")
        .assert()
        .code(1)
        .stderr(contains("re-encrypted 0 record(s)").and(contains("2 record(s) could not be re-encrypted")));
    assert_eq!((t.record_bytes(&id1), t.record_bytes(&id2)), before);
    t.cmd().args(["recipients", "trust", "--yes"]).assert().success();
    t.cmd()
        .arg("reencrypt")
        .assert()
        .success()
        .stderr(contains("re-encrypted 2 record(s)"));
    assert_readable_by(&t, &second, &id1, "张伟");
    assert_readable_by(&t, &second, &id2, "王芳");
}

// 9 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn autocommit_commits_each_change_with_ids_and_never_names() {
    let t = TestStore::new();
    let store = t.store();
    let config = store.join(".crmfile").join("config.toml");
    let text = std::fs::read_to_string(&config).expect("read config");
    assert!(text.contains("[git]\n"), "{text}");
    let on = text.replace("autocommit = false", "autocommit = true");
    assert_ne!(on, text, "the default config has no `autocommit = false`");
    std::fs::write(&config, on).expect("write config");
    init_repo(&t, &store);
    git_setup(&t, &store);
    commit_all(&t, &store, "customer archive");
    assert_eq!(commit_count(&t, &store), 1);

    let name = "Quincy Canaryfox";
    let id = add_at(&t, &store, &["--name", name, "--company", "Canaryfox Trading"]);
    let file = record_file(&id);
    assert_eq!(commit_count(&t, &store), 2, "add did not commit");
    let message = git_ok(&t, &store, &["log", "-1", "--format=%B"]);
    assert!(message.contains("add") && message.contains(&id), "{message:?}");
    assert_eq!(message.trim(), format!("crmfile add: {id}"));
    // The store's first write also made its seal key, committed with it.
    let changed = git_ok(&t, &store, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(changed.trim(), format!(".crmfile/seal-key.age\n{file}"));
    assert!(porcelain(&t, &store).is_empty(), "{}", porcelain(&t, &store));

    crm(&t, &store)
        .args([
            "log-contact",
            &id,
            "--channel",
            "phone",
            "--summary",
            "Canaryfox called back",
        ])
        .assert()
        .success();
    assert_eq!(commit_count(&t, &store), 3, "log-contact did not commit");
    let message = git_ok(&t, &store, &["log", "-1", "--format=%B"]);
    assert!(
        message.contains("log-contact") && message.contains(&id),
        "{message:?}"
    );
    assert!(porcelain(&t, &store).is_empty(), "{}", porcelain(&t, &store));

    crm(&t, &store)
        .args(["set", &id, "title=Buyer"])
        .assert()
        .success();
    assert_eq!(commit_count(&t, &store), 4, "set did not commit");
    assert!(porcelain(&t, &store).is_empty());

    // A recipients change commits the recipients file with the re-encrypted records, and
    // the seal key sealed to the new reader too.
    let (_, second_key) = new_identity(&t, "second");
    crm(&t, &store)
        .args(["recipients", "add", &second_key, "--yes"])
        .assert()
        .success();
    assert_eq!(commit_count(&t, &store), 5, "recipients add did not commit");
    let changed = sorted_lines_of(&git_ok(&t, &store, &["show", "--name-only", "--format=", "HEAD"]));
    assert_eq!(
        changed,
        sorted(&[".age-recipients", ".crmfile/seal-key.age", &file])
    );
    assert!(porcelain(&t, &store).is_empty(), "{}", porcelain(&t, &store));

    let messages = git_ok(&t, &store, &["log", "--format=%B"]);
    assert!(
        !messages.contains("Canaryfox"),
        "a commit message names the customer: {messages}"
    );
}

fn sorted_lines_of(text: &str) -> Vec<String> {
    crate::common::sorted_lines(text.as_bytes())
}

// 10 ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn cat_prints_canonical_toml_and_lenient_cat_notes_what_it_cannot_read() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--title", "经理", "--tag", "vip"]);
    let out = t
        .bare()
        .arg("cat")
        .arg(t.record_path(&id))
        .output()
        .expect("run cat");
    assert!(out.status.success(), "cat failed: {}", stderr_of(&out));
    let text = stdout_of(&out);
    let doc: toml::Table = toml::from_str(&text).expect("cat prints TOML");
    assert_eq!(doc["name"].as_str(), Some("张伟"));
    assert_eq!(doc["id"].as_str(), Some(id.as_str()));
    let shown = t
        .cmd()
        .args(["show", &id, "--format", "toml"])
        .output()
        .expect("run show");
    assert_eq!(text, stdout_of(&shown), "cat and show --format toml differ");

    // A file written by another tool in another key order comes out in schema order.
    if let Some(rage) = rage() {
        let odd = t.root().join("odd.age");
        let plain = "future_field = 7\nupdated = 2026-11-22T09:30:00+08:00\ntitle = \"经理\"\n\
                     created = 2026-11-22T09:30:00+08:00\nname = \"李娜\"\nid = \"c-abcdefgh\"\nschema = 1\n\n\
                     [contact]\nemails = [\"li.na@example.cn\"]\n";
        rage.encrypt(&t.public_key(), plain, &odd);
        let out = t.bare().arg("cat").arg(&odd).output().expect("run cat");
        assert!(out.status.success(), "cat failed: {}", stderr_of(&out));
        let text = stdout_of(&out);
        let keys: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split(" = ").next().filter(|_| l.contains(" = ")))
            .collect();
        let pos = |k: &str| {
            keys.iter()
                .position(|x| *x == k)
                .unwrap_or_else(|| panic!("{k}: {text}"))
        };
        assert_eq!(keys[..3], ["schema", "id", "name"], "{text}");
        assert!(
            pos("title") < pos("created") && pos("created") < pos("updated"),
            "{text}"
        );
        assert!(text.contains("future_field = 7"), "unknown keys dropped: {text}");
        let again = t.bare().arg("cat").arg(&odd).output().expect("run cat");
        assert_eq!(stdout_of(&again), text, "cat is not stable");
    }

    // A record for someone else.
    let other = t.root().join("other.txt");
    let other_store = t.root().join("other-store");
    t.bare()
        .arg("--identity")
        .arg(&other)
        .arg("init")
        .arg(&other_store)
        .assert()
        .success();
    let out = t
        .bare()
        .arg("--identity")
        .arg(&other)
        .arg("--store")
        .arg(&other_store)
        .args(["add", "--name", "Secretname Otherside"])
        .output()
        .expect("run add");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let other_id = stdout_of(&out).trim().to_string();
    let foreign = other_store.join(record_file(&other_id));

    let out = t
        .bare()
        .args(["cat", "--lenient"])
        .arg(&foreign)
        .output()
        .expect("run cat --lenient");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.starts_with("# crmfile:"), "{text:?}");
    assert!(text.contains("not encrypted to your identity"), "{text:?}");
    assert_eq!(text.lines().count(), 1, "{text:?}");
    assert!(!text.contains("Secretname"));

    t.bare()
        .arg("cat")
        .arg(&foreign)
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("not encrypted to your identity"));

    // Not an age file at all.
    let junk = t.root().join("junk.age");
    std::fs::write(&junk, "not age\n").expect("write junk");
    t.bare()
        .args(["cat", "--lenient"])
        .arg(&junk)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# crmfile:"));
    t.bare().arg("cat").arg(&junk).assert().code(1);
}

// 11 ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn writes_warn_when_the_store_is_in_git_without_git_setup() {
    let t = TestStore::new();
    let store = t.store();
    let warning = "crmfile git-setup";

    // Not in git: no warning.
    let out = crm(&t, &store)
        .args(["add", "--name", "张伟"])
        .output()
        .expect("run add");
    assert!(out.status.success());
    assert!(!stderr_of(&out).contains(warning), "{}", stderr_of(&out));
    let id = stdout_of(&out).trim().to_string();

    init_repo(&t, &store);
    let out = crm(&t, &store)
        .args(["add", "--name", "王芳"])
        .output()
        .expect("run add");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("warning:") && err.contains(warning),
        "add did not warn: {err}"
    );
    crm(&t, &store)
        .args(["set", &id, "title=经理"])
        .assert()
        .success()
        .stderr(contains(warning));
    crm(&t, &store)
        .args(["log-contact", &id, "--channel", "phone", "--summary", "hello"])
        .assert()
        .success()
        .stderr(contains(warning));
    // Reading writes nothing and does not nag.
    crm(&t, &store)
        .args(["show", &id])
        .assert()
        .success()
        .stderr(contains(warning).not());

    git_setup(&t, &store);
    crm(&t, &store)
        .args(["set", &id, "title=总监"])
        .assert()
        .success()
        .stderr(contains(warning).not());
}

// More merges ───────────────────────────────────────────────────────────────────────────

#[test]
fn a_merged_record_in_a_sub_folder_stays_sealed_to_that_folders_recipients() {
    let t = TestStore::new();
    let (second, second_key) = new_identity(&t, "second");
    let c = two_clones(&t, &["--name", "张伟"]);
    let own = t.public_key();
    let vip = c.a.join("vip");
    std::fs::create_dir(&vip).expect("mkdir vip");
    std::fs::write(vip.join(".age-recipients"), format!("{own}\n{second_key}\n")).expect("write");
    crm(&t, &c.a)
        .args(["recipients", "trust", "--yes"])
        .assert()
        .success();
    let id = add_at(&t, &c.a, &["--folder", "vip", "--name", "赵敏"]);
    let file = format!("vip/{}", record_file(&id));
    commit_all(&t, &c.a, "a vip customer");
    git_ok(&t, &c.a, &["push", "-q", "origin", "main"]);
    git_ok(
        &t,
        &c.b,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );

    crm(&t, &c.a)
        .args(["log-contact", &id, "--channel", "phone", "--summary", "A call"])
        .assert()
        .success();
    commit_all(&t, &c.a, "A");
    git_ok(&t, &c.a, &["push", "-q", "origin", "main"]);
    crm(&t, &c.b)
        .args(["log-contact", &id, "--channel", "visit", "--summary", "B visit"])
        .assert()
        .success();
    commit_all(&t, &c.b, "B");
    let out = git(&t, &c.b, &["pull", "--no-rebase", "--no-edit", "origin", "main"]);
    assert!(out.status.success(), "pull failed: {}", both(&out));

    let merged = c.b.join(&file);
    let out = crm(&t, &c.b)
        .arg("--identity")
        .arg(&second)
        .arg("cat")
        .arg(&merged)
        .output()
        .expect("run cat");
    assert!(
        out.status.success(),
        "the vip key cannot read the merged vip record: {}",
        stderr_of(&out)
    );
    let doc: toml::Table = toml::from_str(&stdout_of(&out)).expect("TOML");
    assert_eq!(doc["contacts"].as_array().map(Vec::len), Some(2));
}

#[test]
fn a_merge_does_not_reopen_records_to_a_key_the_other_side_removed() {
    let t = TestStore::new();
    let (second, second_key) = new_identity(&t, "second");
    let c = two_clones(&t, &["--name", "张伟", "--title", "经理"]);
    let file = c.b.join(record_file(&c.id));
    // Both clones know the second key and trust it.
    crm(&t, &c.a)
        .args(["recipients", "add", &second_key, "--yes"])
        .assert()
        .success();
    commit_all(&t, &c.a, "add the second key");
    git_ok(&t, &c.a, &["push", "-q", "origin", "main"]);
    git_ok(
        &t,
        &c.b,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );
    crm(&t, &c.b)
        .args(["recipients", "trust", "--yes"])
        .assert()
        .success();

    // A removes the key, then writes something the removed person must not see.
    crm(&t, &c.a)
        .args(["recipients", "remove", &second_key, "--yes"])
        .assert()
        .success();
    crm(&t, &c.a)
        .args(["set", &c.id, "title=PostRemovalSecret"])
        .assert()
        .success();
    commit_all(&t, &c.a, "remove the second key");
    git_ok(&t, &c.a, &["push", "-q", "origin", "main"]);
    // B, not knowing yet, logs a call; then pulls.
    crm(&t, &c.b)
        .args(["log-contact", &c.id, "--channel", "phone", "--summary", "B call"])
        .assert()
        .success();
    commit_all(&t, &c.b, "B call");
    let _ = git(&t, &c.b, &["pull", "--no-rebase", "--no-edit", "origin", "main"]);
    assert!(
        !recipients_text(&c.b).contains(&second_key),
        "the removal was not pulled"
    );

    let out = crm(&t, &c.b)
        .arg("--identity")
        .arg(&second)
        .args(["cat", "--lenient"])
        .arg(&file)
        .output()
        .expect("run cat");
    assert!(
        !stdout_of(&out).contains("PostRemovalSecret"),
        "the removed key reads what was written after its removal:\n{}",
        stdout_of(&out)
    );
}

/// Store A and clone B log or change the record at the same moment in two time zones:
/// A at 10:00 UTC (18:00 in Beijing), B at 12:00 Beijing time (04:00 UTC), before A.
fn merge_across_time_zones(t: &TestStore) -> (Clones, serde_json::Value) {
    let c = two_clones(t, &["--name", "张伟"]);
    crm(t, &c.a)
        .env("CRMFILE_NOW", "2026-11-22T10:00:00+00:00")
        .args([
            "log-contact",
            &c.id,
            "--channel",
            "phone",
            "--summary",
            "A call (later)",
        ])
        .assert()
        .success();
    commit_all(t, &c.a, "A");
    git_ok(t, &c.a, &["push", "-q", "origin", "main"]);
    crm(t, &c.b)
        .env("CRMFILE_NOW", "2026-11-22T12:00:00+08:00")
        .args([
            "log-contact",
            &c.id,
            "--channel",
            "phone",
            "--summary",
            "B call (earlier)",
        ])
        .assert()
        .success();
    commit_all(t, &c.b, "B");
    let out = git(t, &c.b, &["pull", "--no-rebase", "--no-edit", "origin", "main"]);
    assert!(out.status.success(), "pull failed: {}", both(&out));
    let json = show_json_at(t, &c.b, &c.id);
    (c, json)
}

#[test]
fn a_merge_keeps_the_later_updated_instant_across_time_zones() {
    let t = TestStore::new();
    let (_, json) = merge_across_time_zones(&t);
    assert_eq!(json["updated"], "2026-11-22T10:00:00+00:00", "{json:#}");
}

#[test]
fn a_merge_keeps_log_entries_in_time_order_across_time_zones() {
    let t = TestStore::new();
    let (_, json) = merge_across_time_zones(&t);
    assert_eq!(
        str_list(&json["contacts"], "summary"),
        ["B call (earlier)", "A call (later)"],
        "{json:#}"
    );
}

/// Turns on `[git] autocommit` in a store's config.
fn autocommit_on(store: &Path) {
    let config = store.join(".crmfile").join("config.toml");
    let text = std::fs::read_to_string(&config).expect("read config");
    let on = text.replace("autocommit = false", "autocommit = true");
    assert_ne!(on, text, "the config has no `autocommit = false`");
    std::fs::write(&config, on).expect("write config");
}

#[test]
fn with_autocommit_settling_a_merge_conflict_with_set_succeeds() {
    let t = TestStore::new();
    let c = two_clones(&t, &["--name", "王芳", "--title", "经理"]);
    autocommit_on(&c.b);
    commit_all(&t, &c.b, "autocommit on");
    crm(&t, &c.a)
        .args(["set", &c.id, "title=销售总监"])
        .assert()
        .success();
    commit_all(&t, &c.a, "A: title");
    git_ok(&t, &c.a, &["push", "-q", "origin", "main"]);
    crm(&t, &c.b)
        .args(["set", &c.id, "title=采购总监"])
        .assert()
        .success();
    assert!(
        porcelain(&t, &c.b).is_empty(),
        "autocommit did not commit B's change"
    );
    let out = git(&t, &c.b, &["pull", "--no-rebase", "--no-edit", "origin", "main"]);
    assert!(!out.status.success(), "expected a conflict: {}", both(&out));

    // The README's way to settle it.
    let out = crm(&t, &c.b)
        .args(["set", &c.id, "title=总监"])
        .output()
        .expect("run set");
    assert!(out.status.success(), "set failed: {}", stderr_of(&out));
    let json = show_json_at(&t, &c.b, &c.id);
    assert_eq!(json["title"], "总监");
    assert!(json.get("conflicts").is_none(), "{json}");
}

#[test]
fn with_autocommit_a_partly_failed_batch_still_commits_what_it_wrote() {
    let t = TestStore::new();
    let store = t.store();
    autocommit_on(&store);
    init_repo(&t, &store);
    git_setup(&t, &store);
    commit_all(&t, &store, "customer archive");
    let out = crm(&t, &store)
        .args(["add", "--json", "-"])
        .write_stdin("{\"name\":\"张伟\"}\n{\"nom\":\"no name\"}\n")
        .output()
        .expect("run add --json");
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let id = stdout_of(&out).trim().to_string();
    assert!(t.record_path(&id).is_file(), "the good line was not written");
    assert_eq!(
        porcelain(&t, &store),
        "",
        "the record that was written is not committed"
    );
}
