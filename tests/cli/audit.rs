//! Tests of audit, forget and the access log: each audit finding on a store made to have
//! it, exit codes, what `--fix` changes, erasure with tombstones, and the access log.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

use crate::common::{NOW, TestStore, copy_dir, files_containing, is_id, rage, sorted, stderr_of, stdout_of};

// Helpers ───────────────────────────────────────────────────────────────────────────────

/// What `crmfile audit --format json` said.
struct Audit {
    code: i32,
    findings: Vec<Value>,
    stderr: String,
}

impl Audit {
    /// The distinct codes found.
    fn codes(&self) -> BTreeSet<String> {
        self.findings
            .iter()
            .map(|f| f["code"].as_str().expect("code is a string").to_string())
            .collect()
    }

    /// The findings with this code.
    fn with(&self, code: &str) -> Vec<&Value> {
        self.findings.iter().filter(|f| f["code"] == code).collect()
    }

    /// The one finding with this code.
    fn one(&self, code: &str) -> &Value {
        let found = self.with(code);
        assert_eq!(
            found.len(),
            1,
            "one `{code}` finding expected in {:#?}",
            self.findings
        );
        found[0]
    }

    /// The findings about this record id.
    fn about(&self, id: &str) -> Vec<&Value> {
        self.findings.iter().filter(|f| f["id"] == id).collect()
    }
}

/// Runs `CMD audit --format json ARGS…` (the command already has its store and identity).
fn audit_with(mut cmd: Command, args: &[&str]) -> Audit {
    let out = cmd
        .arg("audit")
        .args(["--format", "json"])
        .args(args)
        .output()
        .expect("run crmfile audit");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let code = out.status.code().expect("audit exited normally");
    let findings: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "audit --format json printed no JSON list ({e}): {}\n{stderr}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    for f in &findings {
        for key in ["severity", "code", "message", "hint"] {
            assert!(f[key].is_string(), "finding without {key}: {f}");
        }
    }
    // Stores these tests fill by hand with rage have no seal key until crmfile first
    // writes to them: that one finding about the store is checked in tests/cli/seal.rs.
    let findings = findings
        .into_iter()
        .filter(|f| f["code"] != "no-seal-key")
        .collect();
    Audit {
        code,
        findings,
        stderr,
    }
}

/// `crmfile --store <store> audit --format json ARGS…`.
fn audit(t: &TestStore, args: &[&str]) -> Audit {
    audit_with(t.cmd(), args)
}

fn set_of(codes: &[&str]) -> BTreeSet<String> {
    codes.iter().map(|s| s.to_string()).collect()
}

/// A record's plaintext as another tool would write it. `top` holds top-level keys,
/// `tables` the tables after them.
fn record(id: &str, name: &str, top: &str, tables: &str) -> String {
    format!("schema = 1\nid = \"{id}\"\nname = \"{name}\"\n{top}created = {NOW}\nupdated = {NOW}\n{tables}")
}

/// Makes a second identity and a store of its own with `crmfile --identity other.txt
/// init other-store`; returns the identity file, that store, and its public key.
fn other_identity(t: &TestStore) -> (PathBuf, PathBuf, String) {
    let identity = t.root().join("other.txt");
    let store = t.root().join("other-store");
    t.bare()
        .args(["--identity", "other.txt", "init", "other-store"])
        .assert()
        .success();
    assert!(identity.is_file(), "init did not create other.txt");
    let text = std::fs::read_to_string(store.join(".age-recipients")).expect("read recipients");
    let key = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("age1"))
        .expect("a key in other-store/.age-recipients")
        .to_string();
    assert_ne!(key, t.public_key(), "the second identity must be a new key");
    (identity, store, key)
}

/// `crmfile --identity IDENTITY --store STORE add ARGS…`; returns the new id.
fn add_in(t: &TestStore, identity: &Path, store: &Path, args: &[&str]) -> String {
    let out = t
        .bare()
        .arg("--identity")
        .arg(identity)
        .arg("--store")
        .arg(store)
        .arg("add")
        .args(args)
        .output()
        .expect("run add");
    assert!(
        out.status.success(),
        "add failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(is_id(&id), "{id:?}");
    id
}

fn config_path(t: &TestStore) -> PathBuf {
    t.store().join(".crmfile").join("config.toml")
}

/// Puts `line` right after the `header` line of the store's config.
fn configure(t: &TestStore, header: &str, line: &str) {
    let path = config_path(t);
    let text = std::fs::read_to_string(&path).expect("read config");
    let needle = format!("\n{header}\n");
    assert_eq!(text.matches(&needle).count(), 1, "one {header} in {text}");
    std::fs::write(&path, text.replacen(&needle, &format!("\n{header}\n{line}\n"), 1)).expect("write config");
}

/// Replaces the one `from` line of the store's config with `to`.
fn replace_in_config(t: &TestStore, from: &str, to: &str) {
    let path = config_path(t);
    let text = std::fs::read_to_string(&path).expect("read config");
    assert_eq!(text.matches(from).count(), 1, "one {from:?} in {text}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write config");
}

/// Every file under `dir` with its bytes; symbolic links as their target's name; the
/// access log and the lock file left out (every command may touch them).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("list folder") {
            let path = entry.expect("entry").path();
            let rel = path.strip_prefix(dir).unwrap().to_path_buf();
            if rel == Path::new(".crmfile/access.log") || rel == Path::new(".crmfile/lock") {
                continue;
            }
            let meta = std::fs::symlink_metadata(&path).expect("stat");
            if meta.is_dir() {
                stack.push(path);
            } else if meta.file_type().is_symlink() {
                let target = std::fs::read_link(&path).expect("read link");
                out.insert(rel, target.to_string_lossy().as_bytes().to_vec());
            } else {
                out.insert(rel, std::fs::read(&path).expect("read file"));
            }
        }
    }
    out
}

/// The X25519 recipient stanzas in a binary age file's header.
fn x25519_stanzas(bytes: &[u8]) -> usize {
    let end = bytes
        .windows(4)
        .position(|w| w == b"\n---")
        .expect("an age header");
    String::from_utf8_lossy(&bytes[..end])
        .lines()
        .filter(|l| l.starts_with("-> X25519 "))
        .count()
}

fn contains_bytes(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn access_log_path(t: &TestStore) -> PathBuf {
    t.store().join(".crmfile").join("access.log")
}

/// The access log's lines, parsed; none when there is no log.
fn access_lines(t: &TestStore) -> Vec<Value> {
    match std::fs::read_to_string(access_log_path(t)) {
        Ok(text) => text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => panic!("read access log: {e}"),
    }
}

/// `crmfile --store <store>` run as user `user`.
fn as_user(t: &TestStore, user: &str) -> Command {
    let mut cmd = t.cmd();
    cmd.env("CRMFILE_USER", user);
    cmd
}

fn ids_of(entry: &Value) -> Vec<String> {
    entry["ids"]
        .as_array()
        .unwrap_or_else(|| panic!("no ids in {entry}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

// 1 Integrity ───────────────────────────────────────────────────────────────────────────

#[test]
fn a_damaged_a_foreign_and_an_oversized_file_are_reported_by_id() {
    let t = TestStore::new();
    let good = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let cut = t.add(&["--name", "王芳", "--phone", "+86 139 1234 5678"]);
    let headless = t.add(&["--name", "李娜", "--phone", "+86 137 0000 1111"]);
    // One record loses its tail, another all but the start of its header.
    let bytes = t.record_bytes(&cut);
    std::fs::write(t.record_path(&cut), &bytes[..bytes.len() - 10]).unwrap();
    let bytes = t.record_bytes(&headless);
    std::fs::write(t.record_path(&headless), &bytes[..60]).unwrap();
    // A record of another store, sealed to another key, copied in under its valid name.
    let (other_identity, other_store, _) = other_identity(&t);
    let foreign = add_in(
        &t,
        &other_identity,
        &other_store,
        &["--name", "赵六", "--phone", "+86 136 0000 2222"],
    );
    std::fs::copy(
        other_store.join(format!("{foreign}.toml.age")),
        t.record_path(&foreign),
    )
    .unwrap();
    // A file over the 1 MiB limit.
    let big = "c-bbbbbbbb";
    std::fs::write(t.record_path(big), vec![b'x'; (1 << 20) + 1]).unwrap();

    let a = audit(&t, &[]);
    assert_eq!(a.code, 3, "errors fail the audit: {:#?}", a.findings);
    assert_eq!(a.codes(), set_of(&["damaged", "not-for-you", "too-large"]));
    let damaged = a.with("damaged");
    let damaged_ids: BTreeSet<&str> = damaged.iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert_eq!(
        damaged_ids,
        [cut.as_str(), headless.as_str()].into_iter().collect()
    );
    for f in damaged {
        assert_eq!(f["severity"], "error");
        assert_eq!(f["path"], format!("{}.toml.age", f["id"].as_str().unwrap()));
        assert!(f["hint"].as_str().unwrap().contains("git"), "{f}");
    }
    let nfy = a.one("not-for-you");
    assert_eq!(
        nfy["severity"], "warning",
        "a record for others is not an error: {nfy}"
    );
    assert_eq!(nfy["id"], foreign.as_str());
    assert_eq!(nfy["path"], format!("{foreign}.toml.age"));
    let large = a.one("too-large");
    assert_eq!(large["severity"], "error");
    assert_eq!(large["id"], big);
    assert!(large["message"].as_str().unwrap().contains("1048577"), "{large}");
    assert!(
        a.about(&good).is_empty(),
        "the good record is fine: {:#?}",
        a.findings
    );
    assert!(
        a.stderr.contains("1 records checked: 3 error, 1 warning, 0 info"),
        "{}",
        a.stderr
    );

    // The same findings as NDJSON, one per line.
    let out = t.cmd().args(["audit", "--format", "ndjson"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines, a.findings);
}

#[test]
fn files_that_decrypt_but_cannot_be_used_are_reported_without_their_content() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let key = t.public_key();
    let good = t.add(&["--name", "孙八", "--phone", "+86 135 0000 3333"]);
    rage.encrypt(
        &key,
        "schema = 1\nid = \"c-66666666\"\nname = 张伟秘密\n",
        &t.record_path("c-66666666"),
    );
    rage.encrypt(&key, "\u{0}", &t.record_path("c-77777777"));
    rage.encrypt(
        &key,
        &record(
            "c-88888888",
            "李雷秘密",
            "",
            "\n[contact]\nphones = \"+86 138 0013 8000\"\n",
        ),
        &t.record_path("c-88888888"),
    );
    rage.encrypt(
        &key,
        &record("c-99999999", "韩梅梅秘密", "", ""),
        &t.record_path("c-aaaaaaaa"),
    );
    rage.encrypt(
        &key,
        &record("c-bbbbbbbb", "王五秘密", "", "").replace("schema = 1", "schema = 2"),
        &t.record_path("c-bbbbbbbb"),
    );
    // The same record in two folders.
    std::fs::create_dir(t.store().join("team")).unwrap();
    std::fs::copy(
        t.record_path(&good),
        t.store().join("team").join(format!("{good}.toml.age")),
    )
    .unwrap();

    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    for secret in ["秘密", "138 0013 8000", "张伟", "李雷", "韩梅梅", "孙八"] {
        assert!(
            !contains_bytes(&out.stdout, secret) && !contains_bytes(&out.stderr, secret),
            "audit printed the record's content {secret}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let a = audit(&t, &[]);
    assert_eq!(a.code, 3);
    assert_eq!(
        a.codes(),
        set_of(&["duplicate-id", "id-mismatch", "not-toml", "schema"])
    );
    for f in &a.findings {
        assert_eq!(f["severity"], "error", "{f}");
    }
    let not_toml: BTreeSet<&str> = a
        .with("not-toml")
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(not_toml, ["c-66666666", "c-77777777"].into_iter().collect());
    let schema: BTreeSet<&str> = a
        .with("schema")
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(schema, ["c-88888888", "c-bbbbbbbb"].into_iter().collect());
    let mismatch = a.one("id-mismatch");
    assert_eq!(mismatch["id"], "c-aaaaaaaa");
    // The id the file holds is its content: the finding does not repeat it.
    assert!(
        !mismatch["message"].as_str().unwrap().contains("c-99999999"),
        "{mismatch}"
    );
    assert!(
        mismatch["hint"]
            .as_str()
            .unwrap()
            .contains("crmfile edit c-aaaaaaaa"),
        "{mismatch}"
    );
    let dup = a.one("duplicate-id");
    assert_eq!(dup["id"], good.as_str());
    let msg = dup["message"].as_str().unwrap();
    assert!(
        msg.contains(&format!("{good}.toml.age")) && msg.contains(&format!("team/{good}.toml.age")),
        "{msg}"
    );
    assert!(a.about(&good).iter().all(|f| f["code"] == "duplicate-id"));
}

#[test]
fn stray_plaintext_temporary_files_and_symlinks_are_reported() {
    let t = TestStore::new();
    let good = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    std::fs::write(t.store().join("leak.toml"), "name = \"张伟\"\n").unwrap();
    std::fs::create_dir(t.store().join("team")).unwrap();
    std::fs::write(t.store().join("team").join("export.json"), "[]\n").unwrap();
    std::fs::write(t.store().join(".crmfile-tmp-x"), b"age-encryption.org/v1\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(format!("{good}.toml.age"), t.store().join("c-22222222.toml.age")).unwrap();

    let a = audit(&t, &[]);
    assert_eq!(a.code, 3, "{:#?}", a.findings);
    let plain: BTreeSet<&str> = a
        .with("plaintext-file")
        .iter()
        .map(|f| {
            assert_eq!(f["severity"], "error", "{f}");
            f["message"].as_str().unwrap()
        })
        .collect();
    assert_eq!(plain.len(), 2, "{plain:?}");
    assert!(plain.iter().any(|m| m.starts_with("leak.toml ")), "{plain:?}");
    assert!(
        plain.iter().any(|m| m.starts_with("team/export.json ")),
        "{plain:?}"
    );
    // The store's own config under .crmfile is no stray plaintext.
    assert!(!plain.iter().any(|m| m.contains("config.toml")), "{plain:?}");
    let tmp = a.one("stray-temp-file");
    assert_eq!(tmp["severity"], "warning");
    assert!(
        tmp["message"].as_str().unwrap().starts_with(".crmfile-tmp-x "),
        "{tmp}"
    );
    assert!(tmp["hint"].as_str().unwrap().contains("audit --fix"), "{tmp}");
    #[cfg(unix)]
    {
        let link: Vec<&Value> = a
            .with("symlink")
            .into_iter()
            .filter(|f| f["severity"] == "error")
            .collect();
        assert_eq!(link.len(), 1, "{:#?}", a.findings);
        assert_eq!(link[0]["id"], "c-22222222");
        assert_eq!(link[0]["path"], "c-22222222.toml.age");
    }
    assert!(a.about(&good).is_empty(), "{:#?}", a.findings);
    // audit never follows the link: the record it points to is checked once.
    assert!(a.stderr.contains("1 records checked"), "{}", a.stderr);
}

#[cfg(unix)]
#[test]
fn a_symlink_named_like_a_record_is_reported_once() {
    let t = TestStore::new();
    let good = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    std::os::unix::fs::symlink(format!("{good}.toml.age"), t.store().join("c-22222222.toml.age")).unwrap();
    let a = audit(&t, &[]);
    assert_eq!(a.with("symlink").len(), 1, "{:#?}", a.findings);
}

// 2 Security ────────────────────────────────────────────────────────────────────────────

#[cfg(unix)]
#[test]
fn an_identity_file_others_can_read_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    assert_eq!(audit(&t, &[]).code, 0);

    // Like ssh, crmfile will not use a key others can read: audit stops with the fix.
    for mode in [0o644, 0o640] {
        std::fs::set_permissions(t.identity(), std::fs::Permissions::from_mode(mode)).unwrap();
        let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = stderr_of(&out);
        assert!(err.contains(&format!("{mode:o}")), "{err}");
        assert!(
            err.contains(&format!("chmod 600 {}", t.identity().display())),
            "{err}"
        );
    }
    std::fs::set_permissions(t.identity(), std::fs::Permissions::from_mode(0o600)).unwrap();
    let a = audit(&t, &[]);
    assert_eq!((a.code, a.findings.len()), (0, 0), "{:#?}", a.findings);
}

#[test]
fn a_hand_edited_recipients_file_is_untrusted_and_fix_will_not_seal_to_it() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let (other_identity, _, other_key) = other_identity(&t);
    let recipients = t.store().join(".age-recipients");
    let mut text = std::fs::read_to_string(&recipients).unwrap();
    text.push_str(&format!("{other_key}\n"));
    std::fs::write(&recipients, text).unwrap();

    let a = audit(&t, &[]);
    assert_eq!(a.code, 3);
    assert_eq!(
        a.codes(),
        set_of(&["recipients-mismatch", "recipients-untrusted"])
    );
    let f = a.one("recipients-untrusted");
    assert_eq!(f["severity"], "error");
    assert!(
        f["message"].as_str().unwrap().starts_with(".age-recipients "),
        "{f}"
    );
    assert!(f["hint"].as_str().unwrap().contains("recipients trust"), "{f}");
    let m = a.one("recipients-mismatch");
    assert_eq!(
        (m["severity"].as_str(), m["id"].as_str()),
        (Some("warning"), Some(id.as_str()))
    );

    // --fix does not seal to keys nobody reviewed: it fails and writes nothing.
    let before = snapshot(&t.store());
    let out = t.cmd().args(["audit", "--fix"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("changed since you last trusted it"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(snapshot(&t.store()), before, "a refused --fix changed the store");
    assert!(!rage.can_decrypt(&other_identity, &t.record_path(&id)));

    // Once trusted, only the record still sealed to the old list is left, and --fix
    // seals it to both keys.
    t.cmd().args(["recipients", "trust", "--yes"]).assert().success();
    let a = audit(&t, &[]);
    assert_eq!(a.codes(), set_of(&["recipients-mismatch"]));
    assert_eq!(a.code, 0, "a mismatch is only a warning");
    t.cmd().args(["audit", "--fix"]).assert().code(0);
    assert_eq!(x25519_stanzas(&t.record_bytes(&id)), 2);
    assert!(rage.can_decrypt(&other_identity, &t.record_path(&id)));
    assert!(rage.can_decrypt(&t.identity(), &t.record_path(&id)));
    assert!(audit(&t, &[]).findings.is_empty());
}

#[test]
fn a_record_sealed_to_more_keys_than_its_folder_lists_is_a_mismatch() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let own = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let (_, _, other_key) = other_identity(&t);
    let id = "c-33333333";
    rage.encrypt_to_all(
        &[&t.public_key(), &other_key],
        &record(id, "王五", "", "\n[contact]\nphones = [\"+86 139 0000 1111\"]\n"),
        &t.record_path(id),
    );
    assert_eq!(x25519_stanzas(&t.record_bytes(id)), 2);

    let a = audit(&t, &[]);
    // The store's recipients were not touched: trust is as init left it. Written by
    // hand with rage, the record carries no seal either, in a store sealed from its start.
    assert_eq!(
        a.codes(),
        set_of(&["recipients-mismatch", "unsealed"]),
        "{:#?}",
        a.findings
    );
    // It may have been planted: an error, and audit exits 3 for it by default.
    assert_eq!(a.one("unsealed")["severity"], "error");
    let f = a.one("recipients-mismatch");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["id"], id);
    assert_eq!(f["path"], format!("{id}.toml.age"));
    assert_eq!(
        f["message"],
        "encrypted to 2 key(s) while .age-recipients lists 1"
    );
    // Neither --fix nor reencrypt writes it while it carries no seal: the hint says so.
    assert!(
        f["hint"].as_str().unwrap().contains("crmfile accept c-33333333"),
        "{f}"
    );
    assert!(a.about(&own).is_empty());
    assert_eq!(a.code, 3);
    assert_eq!(audit(&t, &["--fail-on", "warning"]).code, 3);
    assert_eq!(audit(&t, &["--fail-on", "info"]).code, 3);
}

#[test]
fn an_armored_record_sealed_to_its_folders_key_is_no_mismatch() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let id = "c-44444444";
    rage.encrypt_armored(
        &t.public_key(),
        &record(id, "王五", "", "\n[contact]\nphones = [\"+86 139 0000 1111\"]\n"),
        &t.record_path(id),
    );
    // crmfile reads it…
    assert_eq!(t.show_json(id)["name"], "王五");
    // …and it is sealed to exactly the folder's one key.
    let a = audit(&t, &[]);
    assert!(a.findings.is_empty(), "{:#?}", a.findings);
}

// 3 Data quality ────────────────────────────────────────────────────────────────────────

#[test]
fn an_invalid_field_is_an_error_that_names_the_field() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let id = "c-55555555";
    rage.encrypt(
        &t.public_key(),
        &record(id, "赵六", "", "\n[contact]\nemails = [\"not-an-email\"]\n"),
        &t.record_path(id),
    );
    // The record reads fine; only its content is wrong.
    assert_eq!(t.show_json(id)["name"], "赵六");
    let a = audit(&t, &[]);
    assert_eq!(a.code, 3);
    assert_eq!(a.codes(), set_of(&["invalid-field"]));
    let f = a.one("invalid-field");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["id"], id);
    assert!(
        f["message"].as_str().unwrap().starts_with("contact.emails: "),
        "{f}"
    );
    assert!(
        f["hint"]
            .as_str()
            .unwrap()
            .contains(&format!("crmfile set {id} contact.emails=")),
        "{f}"
    );

    t.cmd()
        .args(["set", id, "contact.emails=zl@example.cn"])
        .assert()
        .success();
    let a = audit(&t, &[]);
    assert_eq!((a.code, a.findings.len()), (0, 0), "{:#?}", a.findings);
}

#[test]
fn likely_duplicates_are_listed_once_per_pair() {
    let t = TestStore::new();
    let zhang = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let zhang2 = t.add(&["--name", "张三", "--phone", "138-0013-8000", "--force"]);
    let anna = t.add(&["--name", "Anna", "--email", "anna@example.de"]);
    let anna2 = t.add(&["--name", "A. Schmidt", "--email", "ANNA@example.de", "--force"]);
    let alone = t.add(&["--name", "李娜", "--email", "li.na@example.cn"]);

    let a = audit(&t, &[]);
    assert_eq!(a.code, 0, "duplicates are warnings");
    let dups = a.with("likely-duplicate");
    assert_eq!(dups.len(), 2, "{:#?}", a.findings);
    for (x, y, why) in [(&zhang, &zhang2, "same phone"), (&anna, &anna2, "same email")] {
        let (lo, hi) = if x < y { (x, y) } else { (y, x) };
        let f = dups
            .iter()
            .find(|f| f["id"] == lo.as_str())
            .unwrap_or_else(|| panic!("no pair for {lo}: {:#?}", a.findings));
        assert_eq!(f["severity"], "warning");
        assert_eq!(f["path"], format!("{lo}.toml.age"));
        assert_eq!(f["message"], format!("{lo} and {hi}: {why}"));
        assert_eq!(
            f["hint"],
            format!("if they are one customer: `crmfile merge {lo} {hi}`")
        );
    }
    assert!(a.about(&alone).is_empty());
    // The forced one's phone was written one way as it was added: nothing else to say.
    assert_eq!(a.codes(), set_of(&["likely-duplicate"]));
    assert_eq!(audit(&t, &["--fail-on", "warning"]).code, 3);
}

#[test]
fn a_likely_duplicate_in_a_sub_folder_points_at_its_real_path() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    std::fs::create_dir(t.store().join("team")).unwrap();
    let id = "c-00000001";
    rage.encrypt(
        &t.public_key(),
        &record(id, "周九", "", "\n[contact]\nphones = [\"+86 138 0013 8000\"]\n"),
        &t.store().join("team").join(format!("{id}.toml.age")),
    );
    t.add(&["--name", "吴十", "--phone", "+86 138 0013 8000", "--force"]);
    let a = audit(&t, &[]);
    let f = a.one("likely-duplicate");
    assert_eq!(f["id"], id);
    assert_eq!(f["path"], format!("team/{id}.toml.age"));
}

#[test]
fn no_contact_fires_after_twice_the_cadence() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    // Default cadence 30d from 2026-11-22: twice is 2027-01-21.
    assert!(audit(&t, &["--today", "2027-01-21"]).findings.is_empty());
    let a = audit(&t, &["--today", "2027-01-22"]);
    assert_eq!(a.codes(), set_of(&["no-contact"]));
    let f = a.one("no-contact");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["id"], id.as_str());
    assert_eq!(
        f["message"],
        "no contact since 2026-11-22, more than twice the 30d cadence"
    );
    assert_eq!(a.code, 0);
    // A contact starts the count again.
    t.cmd()
        .env("CRMFILE_NOW", "2027-01-10T10:00:00+08:00")
        .args(["log-contact", &id, "--channel", "phone", "--summary", "报价"])
        .assert()
        .success();
    assert!(audit(&t, &["--today", "2027-01-22"]).findings.is_empty());
    // The record's own cadence wins over the default.
    t.cmd()
        .env("CRMFILE_NOW", "2027-01-10T10:00:00+08:00")
        .args(["set", &id, "follow_up.cadence=7d"])
        .assert()
        .success();
    assert!(audit(&t, &["--today", "2027-01-24"]).findings.is_empty());
    let a = audit(&t, &["--today", "2027-01-25"]);
    assert_eq!(
        a.one("no-contact")["message"],
        "no contact since 2027-01-10, more than twice the 7d cadence"
    );
}

#[test]
fn an_open_complaint_past_the_deadline_is_overdue_until_resolved() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let out = t
        .cmd()
        .args(["log-feedback", &id, "--kind", "complaint", "--text", "送货晚了"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let fid = stdout
        .split_whitespace()
        .find(|w| w.starts_with("f-"))
        .unwrap_or_else(|| panic!("no feedback id in {stdout:?}"))
        .to_string();
    t.cmd()
        .args(["log-feedback", &id, "--kind", "suggestion", "--text", "多些颜色"])
        .assert()
        .success();

    // sla = 2d: made on 2026-11-22, due by 2026-11-24.
    assert!(audit(&t, &["--today", "2026-11-24"]).findings.is_empty());
    let a = audit(&t, &["--today", "2026-11-25"]);
    assert_eq!(
        a.codes(),
        set_of(&["complaint-overdue"]),
        "only the complaint, not the suggestion"
    );
    let f = a.one("complaint-overdue");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["id"], id.as_str());
    assert_eq!(
        f["message"],
        format!("complaint {fid} open since 2026-11-22, past the 2d deadline")
    );
    assert_eq!(f["hint"], format!("answer it, then `crmfile resolve {id} {fid}`"));
    assert!(
        !f["message"].as_str().unwrap().contains("送货"),
        "no feedback text"
    );

    t.cmd()
        .args(["resolve", &id, &fid, "--note", "退了运费"])
        .assert()
        .success();
    assert!(audit(&t, &["--today", "2026-11-25"]).findings.is_empty());
}

#[test]
fn a_merge_conflict_is_listed_until_the_field_is_settled() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let id = "c-55555555";
    rage.encrypt(
        &t.public_key(),
        &record(
            id,
            "钱七",
            "title = \"经理\"\n",
            "\n[contact]\nemails = [\"qq@example.cn\"]\n\n[conflicts]\ntitle = \"总监\"\n",
        ),
        &t.record_path(id),
    );
    let a = audit(&t, &[]);
    assert_eq!(a.codes(), set_of(&["merge-conflict"]));
    let f = a.one("merge-conflict");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["id"], id);
    assert_eq!(
        f["message"],
        "a merge kept one of two values of title; the other is under [conflicts]"
    );
    assert!(
        f["hint"]
            .as_str()
            .unwrap()
            .contains(&format!("crmfile set {id} title=")),
        "{f}"
    );
    assert_eq!(a.code, 0);

    t.cmd().args(["set", id, "title=总监"]).assert().success();
    assert!(audit(&t, &[]).findings.is_empty());
    assert_eq!(t.show_json(id)["title"], "总监");
}

#[test]
fn a_customer_without_contact_details_is_a_warning() {
    let t = TestStore::new();
    let id = t.add(&["--name", "只有名字"]);
    let a = audit(&t, &[]);
    assert_eq!(a.codes(), set_of(&["no-contact-details"]));
    let f = a.one("no-contact-details");
    assert_eq!(
        (f["severity"].as_str(), f["id"].as_str()),
        (Some("warning"), Some(id.as_str()))
    );
    assert_eq!(a.code, 0);
    assert_eq!(audit(&t, &["--fail-on", "warning"]).code, 3);
    t.cmd()
        .args(["set", &id, "contact.wechat=wx_only"])
        .assert()
        .success();
    assert!(audit(&t, &[]).findings.is_empty());
}

#[test]
fn retention_lists_customers_idle_longer_than_the_configured_days() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let old = "c-0000000a";
    rage.encrypt(
        &t.public_key(),
        &record(
            old,
            "老客户",
            "",
            "\n[contact]\nphones = [\"+86 139 0000 1111\"]\n",
        )
        .replace(NOW, "2020-01-01T09:00:00+08:00"),
        &t.record_path(old),
    );
    let new = t.add(&["--name", "新客户", "--phone", "+86 138 0013 8000"]);

    // Off unless days is set.
    let a = audit(&t, &["--today", "2036-01-01"]);
    assert!(a.with("retention").is_empty(), "{:#?}", a.findings);

    configure(&t, "[retention]", "days = 365");
    let a = audit(&t, &[]);
    // The old record was written by hand before the store's first write: not sealed yet
    // (information only, until `audit --fix` seals the store).
    assert_eq!(a.codes(), set_of(&["no-contact", "retention", "unsealed"]));
    assert_eq!(a.one("unsealed")["severity"], "info");
    let f = a.one("retention");
    assert_eq!(f["severity"], "info");
    assert_eq!(f["id"], old);
    assert_eq!(
        f["message"],
        "no activity since 2020-01-01, longer than retention.days = 365"
    );
    assert_eq!(
        f["hint"],
        format!(
            "if it is no longer needed: `crmfile forget {old} --reason retention`, \
             or all such at once: `crmfile forget --expired`"
        )
    );
    assert_eq!(a.code, 0, "retention is information");
    assert_eq!(
        audit(&t, &["--fail-on", "warning"]).code,
        3,
        "no-contact is a warning"
    );

    // The boundary: exactly 365 days idle is not longer than 365.
    let ids = |a: &Audit| -> Vec<String> {
        a.with("retention")
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&audit(&t, &["--today", "2027-11-22"])), [old]);
    assert_eq!(ids(&audit(&t, &["--today", "2027-11-23"])), sorted(&[old, &new]));

    // A contact is activity.
    t.cmd()
        .args(["log-contact", old, "--channel", "visit", "--summary", "回访"])
        .assert()
        .success();
    let a = audit(&t, &[]);
    assert!(a.findings.is_empty(), "{:#?}", a.findings);
    assert_eq!(audit(&t, &["--fail-on", "info"]).code, 0);
    let a = audit(&t, &["--today", "2027-11-23", "--fail-on", "info"]);
    assert_eq!(ids(&a), sorted(&[old, &new]));
    assert_eq!(a.code, 3);
}

// 4 The demo store and exit codes ───────────────────────────────────────────────────────

#[test]
fn the_demo_store_has_no_errors_only_follow_up_warnings() {
    let t = TestStore::new();
    let demo = t.root().join("demo");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures")
            .join("demo"),
        &demo,
    );
    let identity = t.root().join("demo-identity.txt");
    std::fs::rename(demo.join("identity.txt"), &identity).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&identity, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let demo_cmd = || {
        let mut cmd = t.bare();
        cmd.arg("--store")
            .arg(&demo)
            .arg("--identity")
            .arg(&identity)
            .args(["--today", "2026-11-22"]);
        cmd
    };
    let records = crate::common::count_files_ending(&demo, ".toml.age");
    assert_eq!(records, 30);
    // A copy of someone else's store: its keys are reviewed and trusted once.
    demo_cmd()
        .args(["recipients", "trust", "--yes"])
        .assert()
        .success();

    let a = audit_with(demo_cmd(), &[]);
    assert_eq!(a.code, 0, "{:#?}", a.findings);
    assert_eq!(a.codes(), set_of(&["complaint-overdue", "no-contact"]));
    assert!(
        a.findings.iter().all(|f| f["severity"] == "warning"),
        "{:#?}",
        a.findings
    );
    for f in &a.findings {
        let id = f["id"].as_str().expect("every demo finding is about a record");
        assert!(is_id(id), "{f}");
        assert_eq!(f["path"], format!("{id}.toml.age"));
    }
    assert_eq!(a.with("complaint-overdue").len(), 1);
    assert!(
        a.stderr.contains(&format!(
            "30 records checked: 0 error, {} warning, 0 info",
            a.findings.len()
        )),
        "{}",
        a.stderr
    );
    assert_eq!(audit_with(demo_cmd(), &["--fail-on", "warning"]).code, 3);
    // Errors first, then by id: the list is sorted.
    let keys: Vec<(String, String)> = a
        .findings
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().into(),
                f["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    let mut sorted_keys = keys.clone();
    sorted_keys.sort();
    assert_eq!(keys, sorted_keys);
}

#[test]
fn the_exit_code_follows_fail_on() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    // Clean: 0, and nothing on stdout whatever the format.
    let a = audit(&t, &["--fail-on", "info"]);
    assert_eq!((a.code, a.findings.len()), (0, 0));
    t.cmd().arg("audit").assert().code(0).stdout("");
    t.cmd()
        .args(["audit", "--format", "ndjson"])
        .assert()
        .code(0)
        .stdout("");

    // Information only: a customer quiet for longer than the store keeps data.
    let config = t.store().join(".crmfile/config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text.replace("[retention]\n", "[retention]\ndays = 14\n")).unwrap();
    let out = t
        .cmd()
        .env("CRMFILE_NOW", "2026-10-01T09:00:00+08:00")
        .args(["add", "--name", "王芳", "--phone", "13912345678"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let wang = stdout_of(&out).trim().to_string();
    assert_eq!(audit(&t, &[]).codes(), set_of(&["retention"]));
    assert_eq!(audit(&t, &[]).code, 0);
    assert_eq!(audit(&t, &["--fail-on", "warning"]).code, 0);
    assert_eq!(audit(&t, &["--fail-on", "info"]).code, 3);

    // A warning.
    t.add(&["--name", "只有名字"]);
    assert_eq!(audit(&t, &[]).code, 0);
    assert_eq!(audit(&t, &["--fail-on", "warning"]).code, 3);

    // An error.
    std::fs::write(t.store().join("leak.toml"), "name = \"x\"\n").unwrap();
    assert_eq!(audit(&t, &[]).code, 3);
    assert_eq!(audit(&t, &["--fail-on", "error"]).code, 3);
    // The plain listing carries the same findings, one per line.
    let out = t.cmd().arg("audit").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(
        text.lines()
            .next()
            .unwrap()
            .starts_with("error\tplaintext-file\t"),
        "{text}"
    );
    assert!(text.contains(&format!("info\tretention\t{wang}\t")), "{text}");

    // A severity that does not exist is a usage error.
    t.cmd().args(["audit", "--fail-on", "fatal"]).assert().code(2);
}

// 5 --fix ───────────────────────────────────────────────────────────────────────────────

#[test]
fn fix_changes_only_what_it_lists_and_a_second_fix_changes_nothing() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let (other_identity, _, other_key) = other_identity(&t);
    let sealed2 = "c-33333333";
    rage.encrypt_to_all(
        &[&t.public_key(), &other_key],
        &record(
            sealed2,
            "王五",
            "future_field = 7\n",
            "\n[contact]\nphones = [\"+86 137 0000 1111\"]\n",
        )
        .replace(NOW, "2026-11-01T08:00:00+08:00"),
        &t.record_path(sealed2),
    );
    let invalid = "c-44444444";
    rage.encrypt(
        &t.public_key(),
        &record(
            invalid,
            "赵六",
            "",
            "\n[contact]\nphones = [\"+86 136 0000 2222\"]\nemails = [\"bad\"]\n",
        ),
        &t.record_path(invalid),
    );
    // Phones as an older crmfile kept them: as typed, without kinds.
    let untidy = "c-55555555".to_string();
    rage.encrypt(
        &t.public_key(),
        &record(
            &untidy,
            "王芳",
            "",
            "\n[contact]\nphones = [\"139-1234-5678\", \"+1 (415)  555-0100\"]\n",
        ),
        &t.record_path(&untidy),
    );
    // Written after the hand-made records: the store gets its seal key now, with older
    // records in it, so they are not flagged until `audit --fix` seals them.
    let clean = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    std::fs::write(t.store().join(".crmfile-tmp-x"), b"age-encryption.org/v1\n").unwrap();

    let a = audit(&t, &[]);
    assert_eq!(
        a.codes(),
        set_of(&[
            "invalid-field",
            "phone-format",
            "recipients-mismatch",
            "stray-temp-file",
            "unsealed"
        ])
    );
    let unsealed: BTreeSet<&str> = a
        .with("unsealed")
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(unsealed, BTreeSet::from([sealed2, invalid, untidy.as_str()]));
    assert_eq!(a.one("phone-format")["id"], untidy.as_str());
    assert_eq!(a.one("recipients-mismatch")["id"], sealed2);

    let before = snapshot(&t.store());
    let out = t
        .cmd()
        .env("CRMFILE_NOW", "2026-11-23T10:00:00+08:00")
        .args(["audit", "--fix", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "the invalid field is still an error");
    let fixed: BTreeSet<String> = stderr_of(&out)
        .lines()
        .filter_map(|l| l.strip_prefix("fixed: "))
        .map(String::from)
        .collect();
    let expected: BTreeSet<String> = [
        "removed the stray temporary file .crmfile-tmp-x".to_string(),
        format!("re-encrypted {sealed2} to its folder's recipients"),
        format!("sealed {sealed2}"),
        format!("sealed {invalid}"),
        format!("sealed {untidy}"),
        format!("wrote the phone numbers of {untidy} one way"),
        "every record is sealed: from now on a record without a seal is flagged".to_string(),
    ]
    .into_iter()
    .collect();
    assert_eq!(fixed, expected, "{}", stderr_of(&out));
    let left: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let left_codes: Vec<&str> = left.iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(
        left_codes,
        ["invalid-field"],
        "what was fixed is not listed: {left:#?}"
    );

    // What changed is exactly what was listed.
    let after = snapshot(&t.store());
    let changed: BTreeSet<PathBuf> = before
        .keys()
        .chain(after.keys())
        .filter(|k| before.get(*k) != after.get(*k))
        .cloned()
        .collect();
    let expected: BTreeSet<PathBuf> = [
        PathBuf::from(".crmfile-tmp-x"),
        PathBuf::from(format!("{sealed2}.toml.age")),
        PathBuf::from(format!("{invalid}.toml.age")),
        PathBuf::from(format!("{untidy}.toml.age")),
        PathBuf::from(".crmfile/seal-key.age"),
    ]
    .into_iter()
    .collect();
    assert_eq!(changed, expected);
    assert!(!t.store().join(".crmfile-tmp-x").exists());

    // The re-encrypted record: one key now, nothing lost, not "updated".
    let bytes = t.record_bytes(sealed2);
    assert_eq!(x25519_stanzas(&bytes), 1);
    assert!(!rage.can_decrypt(&other_identity, &t.record_path(sealed2)));
    let plain: toml::Table = toml::from_str(&rage.decrypt(&t.identity(), &t.record_path(sealed2))).unwrap();
    assert_eq!(plain["name"].as_str(), Some("王五"));
    assert_eq!(
        plain["future_field"].as_integer(),
        Some(7),
        "unknown keys survive: {plain}"
    );
    assert_eq!(
        plain["updated"].as_datetime().map(ToString::to_string).as_deref(),
        Some("2026-11-01T08:00:00+08:00")
    );
    // The phones written one way with their kinds, and the record marked updated.
    let json = t.show_json(&untidy);
    assert_eq!(
        json["contact"]["phones"],
        serde_json::json!([
            {"number": "+86 139 1234 5678", "kind": "mobile"},
            {"number": "+1 415-555-0100", "kind": "other"}
        ])
    );
    assert_eq!(json["updated"], "2026-11-23T10:00:00+08:00");
    assert_eq!(json["created"], NOW);
    assert_eq!(x25519_stanzas(&t.record_bytes(&untidy)), 1);
    assert_eq!(t.show_json(&clean)["updated"], NOW);

    // A second --fix finds nothing to fix and changes no byte.
    let out = t
        .cmd()
        .env("CRMFILE_NOW", "2026-11-24T10:00:00+08:00")
        .args(["audit", "--fix"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(!stderr_of(&out).contains("fixed:"), "{}", stderr_of(&out));
    assert_eq!(snapshot(&t.store()), after, "a second --fix changed the store");
}

// 6 forget ──────────────────────────────────────────────────────────────────────────────

#[test]
fn forget_deletes_the_record_and_leaves_a_tombstone_without_personal_data() {
    let t = TestStore::new();
    let zhang = t.add(&[
        "--name",
        "张伟",
        "--phone",
        "+86 138 0013 8000",
        "--email",
        "zhang.wei@example.cn",
        "--company",
        "北京星河科技有限公司",
    ]);
    let wang = t.add(&["--name", "王芳", "--phone", "+86 139 1234 5678"]);
    let wang_bytes = t.record_bytes(&wang);
    let indexes = || {
        std::fs::read_dir(t.store().join(".crmfile"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with("index-")
            })
            .count()
    };
    assert!(indexes() >= 1, "control: add's duplicate check made an index");

    let out = t
        .cmd()
        .args([
            "forget",
            "张伟",
            "--reason",
            "erasure request 2026-11-20",
            "--yes",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(out.stdout, b"", "forget prints nothing on stdout");
    assert!(
        stderr_of(&out).contains(&format!("{zhang} erased")),
        "{}",
        stderr_of(&out)
    );
    assert!(
        stderr_of(&out).contains("git history"),
        "the warning about copies"
    );

    assert!(!t.record_path(&zhang).exists(), "the record file is still there");
    assert_eq!(indexes(), 0, "an index cache still holds the erased customer");
    assert_eq!(t.all_ids(), std::slice::from_ref(&wang));
    assert_eq!(t.record_bytes(&wang), wang_bytes, "the other record was touched");

    let text = std::fs::read_to_string(t.store().join(".crmfile").join("erasures.toml")).unwrap();
    let doc: toml::Table = toml::from_str(&text).expect("erasures.toml is TOML");
    let list = doc["erasure"].as_array().expect("[[erasure]]");
    assert_eq!(list.len(), 1);
    let e = list[0].as_table().unwrap();
    let keys: BTreeSet<&str> = e.keys().map(String::as_str).collect();
    // Keyed with the store's erasure key: no salt a brute force could start from.
    assert_eq!(
        keys,
        ["date", "hashes", "id", "kdf", "reason"].into_iter().collect()
    );
    assert_eq!(e["kdf"].as_str(), Some("argon2id-keyed"));
    assert_eq!(e["id"].as_str(), Some(zhang.as_str()));
    assert_eq!(e["reason"].as_str(), Some("erasure request 2026-11-20"));
    assert_eq!(
        e["date"].as_datetime().map(ToString::to_string).as_deref(),
        Some("2026-11-22")
    );
    let hashes = e["hashes"].as_array().unwrap();
    assert_eq!(hashes.len(), 2, "one for the phone, one for the email: {text}");
    for h in hashes {
        let h = h.as_str().unwrap();
        assert!(h.len() == 64 && h.chars().all(|c| c.is_ascii_hexdigit()), "{h}");
    }
    // Nothing that identifies them anywhere on disk: not in the tombstone, the access log
    // or any other file.
    for secret in [
        "张伟",
        "星河",
        "13800138000",
        "138 0013 8000",
        "zhang.wei",
        "example.cn",
    ] {
        assert!(!text.contains(secret), "the tombstone holds {secret}: {text}");
        assert_eq!(
            files_containing(t.root(), secret.as_bytes()),
            Vec::<PathBuf>::new(),
            "{secret} is still on disk"
        );
    }

    // The store is clean after an erasure, and the erased id is gone from it.
    let a = audit(&t, &[]);
    assert_eq!((a.code, a.findings.len()), (0, 0), "{:#?}", a.findings);
    t.cmd().args(["show", &zhang]).assert().code(1);
}

#[test]
fn an_erased_customer_is_refused_on_add_and_import_unless_forced() {
    let t = TestStore::new();
    let zhang = t.add(&[
        "--name",
        "张伟",
        "--phone",
        "13800138000",
        "--email",
        "zhang.wei@example.cn",
    ]);
    t.cmd()
        .args(["forget", &zhang, "--reason", "request", "--yes"])
        .assert()
        .success();

    // The same phone, written another way, under another name.
    let out = t
        .cmd()
        .args(["add", "--name", "张三", "--phone", "+86 138 0013 8000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert_eq!(out.stdout, b"");
    let err = stderr_of(&out);
    assert!(
        err.contains(&zhang) && err.contains("erased") && err.contains("--force"),
        "{err}"
    );
    // The same email in other letter case.
    let out = t
        .cmd()
        .args(["add", "--name", "Z. Wei", "--email", "Zhang.Wei@EXAMPLE.cn"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains(&zhang), "{}", stderr_of(&out));
    assert!(t.all_ids().is_empty());

    // An import of the same phone.
    let csv = t.root().join("customers.csv");
    std::fs::write(&csv, "name,phone\n李雷,138-0013-8000\n韩梅梅,13912345678\n").unwrap();
    let out = t
        .cmd()
        .args(["import", "customers", "--format", "csv"])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains(&format!("line 2: matches customer {zhang} erased")),
        "{}",
        stderr_of(&out)
    );
    let names: Vec<String> = t
        .all_ids()
        .iter()
        .map(|id| t.show_json(id)["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["韩梅梅"], "only the other line is imported");

    // With --force (they consented again) both are accepted.
    let out = t
        .cmd()
        .args(["import", "customers", "--format", "csv", "--force"])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(t.all_ids().len(), 2);
    let forced = t.add(&["--name", "Z. Wei", "--email", "Zhang.Wei@EXAMPLE.cn", "--force"]);
    assert_eq!(
        t.show_json(&forced)["contact"]["emails"][0],
        "Zhang.Wei@EXAMPLE.cn"
    );
    assert_eq!(t.all_ids().len(), 3);
}

#[test]
fn forget_needs_a_reason_and_a_confirmation() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let bytes = t.record_bytes(&id);
    let erasures = t.store().join(".crmfile").join("erasures.toml");

    for reason in ["", "   "] {
        t.cmd()
            .args(["forget", &id, "--reason", reason, "--yes"])
            .assert()
            .code(2);
    }
    t.cmd().args(["forget", &id, "--yes"]).assert().code(2);
    // Without --yes and with stdin not a terminal, nothing is asked and nothing erased.
    let out = t
        .std_cmd()
        .args(["forget", &id, "--reason", "request"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("--yes"), "{}", stderr_of(&out));
    // Even "y" piped in does not confirm.
    t.cmd()
        .args(["forget", &id, "--reason", "request"])
        .write_stdin("y\n")
        .assert()
        .code(2);
    // Nobody to forget.
    t.cmd()
        .args(["forget", "c-zzzzzzzz", "--reason", "request", "--yes"])
        .assert()
        .code(1);

    assert_eq!(t.record_bytes(&id), bytes, "the record was changed");
    assert!(!erasures.exists(), "a tombstone was left for nothing");
    assert_eq!(t.all_ids(), [id]);
}

// 7 The access log ──────────────────────────────────────────────────────────────────────

/// Runs `cmd`, asserts it exited with `code`, and returns the access-log lines it added.
fn logged(t: &TestStore, mut cmd: Command, code: i32) -> Vec<Value> {
    let before = access_lines(t).len();
    let out = cmd.output().expect("run crmfile");
    assert_eq!(out.status.code(), Some(code), "{}", stderr_of(&out));
    access_lines(t).split_off(before)
}

/// Asserts one line with these fields.
fn assert_entry(lines: &[Value], user: &str, command: &str, read: u64, written: u64, ids: &[&str]) {
    assert_eq!(lines.len(), 1, "one line per command: {lines:#?}");
    let e = &lines[0];
    assert_eq!(e["at"], "2026-11-22T09:30:00+08:00", "{e}");
    assert_eq!(e["user"], user, "{e}");
    assert_eq!(e["command"], command, "{e}");
    assert_eq!(
        (e["read"].as_u64(), e["written"].as_u64()),
        (Some(read), Some(written)),
        "{e}"
    );
    assert_eq!(ids_of(e), sorted(ids), "{e}");
    assert!(e.get("failed").is_none() && e.get("more").is_none(), "{e}");
}

#[test]
fn each_command_that_touches_records_logs_one_line_without_personal_data() {
    let t = TestStore::new();
    let u = "li.na";
    let run = |args: &[&str]| {
        let mut cmd = as_user(&t, u);
        cmd.args(args);
        cmd
    };
    let id_of = |lines: &[Value]| ids_of(&lines[0]).last().cloned().unwrap();

    // init wrote no line: nothing was read or written.
    assert!(access_lines(&t).is_empty());
    let lines = logged(
        &t,
        run(&["add", "--name", "张伟", "--phone", "+86 138 0013 8000"]),
        0,
    );
    let zhang = id_of(&lines);
    assert_entry(&lines, u, "add", 0, 1, &[&zhang]);
    // A second add decrypts the first to look for duplicates, and says so.
    let lines = logged(
        &t,
        run(&[
            "add",
            "--name",
            "王芳",
            "--phone",
            "+86 139 1234 5678",
            "--email",
            "wf@example.cn",
        ]),
        0,
    );
    let wang = ids_of(&lines[0]).into_iter().find(|i| *i != zhang).unwrap();
    assert_entry(&lines, u, "add", 1, 1, &[&zhang, &wang]);
    assert_entry(&logged(&t, run(&["show", &zhang]), 0), u, "show", 1, 0, &[&zhang]);
    assert_entry(
        &logged(&t, run(&["find", "张伟"]), 0),
        u,
        "find",
        2,
        0,
        &[&zhang, &wang],
    );
    assert_entry(
        &logged(&t, run(&["set", &zhang, "title=采购总监"]), 0),
        u,
        "set",
        1,
        1,
        &[&zhang],
    );
    assert_entry(
        &logged(
            &t,
            run(&[
                "log-contact",
                &wang,
                "--channel",
                "phone",
                "--summary",
                "询价四台设备",
            ]),
            0,
        ),
        u,
        "log-contact",
        1,
        1,
        &[&wang],
    );
    // Commands that decrypt nothing log nothing.
    assert!(logged(&t, run(&["access-log"]), 0).is_empty());
    assert_eq!(access_lines(&t).len(), 6);

    let bytes = std::fs::read(access_log_path(&t)).unwrap();
    for secret in [
        "张伟",
        "王芳",
        "13800138000",
        "138 0013 8000",
        "139 1234 5678",
        "wf@example.cn",
        "采购总监",
        "询价",
    ] {
        assert!(!contains_bytes(&bytes, secret), "the access log holds {secret}");
        assert_eq!(
            files_containing(&t.store(), secret.as_bytes()),
            Vec::<PathBuf>::new(),
            "{secret} is in the clear in the store"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(access_log_path(&t))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the access log is private");
    }
    // It stays out of git: .crmfile/.gitignore ignores everything but what it lists.
    let ignore = std::fs::read_to_string(t.store().join(".crmfile").join(".gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l.trim() == "*"), "{ignore}");
    assert!(!ignore.contains("access.log"), "{ignore}");
}

#[test]
fn access_log_shows_json_and_filters_by_id_user_and_date() {
    let t = TestStore::new();
    let mut cmd = as_user(&t, "li.na");
    cmd.args(["add", "--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let zhang = ids_of(&logged(&t, cmd, 0)[0])[0].clone();
    let mut cmd = as_user(&t, "wang.fang");
    cmd.args(["add", "--name", "王芳", "--phone", "+86 139 1234 5678", "--force"]);
    let wang = ids_of(&logged(&t, cmd, 0)[0])
        .into_iter()
        .find(|i| *i != zhang)
        .unwrap();
    let mut cmd = as_user(&t, "li.na");
    cmd.env("CRMFILE_NOW", "2026-12-01T08:00:00+08:00")
        .args(["show", &wang, "--format", "json"]);
    logged(&t, cmd, 0);

    let json = |args: &[&str]| -> Vec<Value> {
        let out = t
            .cmd()
            .args(["access-log", "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        serde_json::from_slice(&out.stdout).expect("access-log --format json prints JSON")
    };
    let all = json(&[]);
    assert_eq!(all, access_lines(&t), "the JSON is the log as it is");
    assert_eq!(all.len(), 3);
    let commands: Vec<&str> = all.iter().map(|e| e["command"].as_str().unwrap()).collect();
    assert_eq!(commands, ["add", "add", "show"]);
    assert_eq!(all[2]["at"], "2026-12-01T08:00:00+08:00");

    let by_id = json(&["--id", &zhang]);
    assert_eq!(by_id.len(), 2, "both adds read or wrote {zhang}: {by_id:#?}");
    assert!(by_id.iter().all(|e| ids_of(e).contains(&zhang)));
    let by_id = json(&["--id", &wang]);
    assert_eq!(by_id.len(), 2);
    assert!(json(&["--id", "c-zzzzzzzz"]).is_empty());

    let by_user = json(&["--user", "wang.fang"]);
    assert_eq!(by_user.len(), 1);
    assert_eq!(by_user[0]["command"], "add");
    assert_eq!(json(&["--user", "li.na"]).len(), 2);

    let since = json(&["--since", "2026-11-23"]);
    assert_eq!(since.len(), 1);
    assert_eq!(since[0]["command"], "show");
    assert_eq!(json(&["--since", "2026-11-22"]).len(), 3);
    assert_eq!(
        json(&["--since", "2026-11-22", "--user", "li.na", "--id", &zhang]).len(),
        1
    );
    t.cmd()
        .args(["access-log", "--since", "not a date"])
        .assert()
        .code(2);

    // The plain listing: one tab-separated row per entry.
    let out = t.cmd().args(["access-log", "--id", &wang]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 2, "{text}");
    assert_eq!(
        rows[1],
        [
            "2026-12-01T08:00:00+08:00",
            "li.na",
            "show",
            "1",
            "0",
            wang.as_str()
        ]
    );
}

#[test]
fn a_disabled_access_log_records_nothing() {
    let t = TestStore::new();
    replace_in_config(&t, "[access_log]\n", "[access_log]\nenabled = false\n");
    replace_in_config(&t, "enabled = true\n", "");
    let id = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    t.show_json(&id);
    t.all_ids();
    t.cmd().args(["set", &id, "title=经理"]).assert().success();
    t.cmd().args(["set", &id, "contact.emails+=bad"]).assert().code(2);
    t.cmd().arg("audit").assert().success();
    assert!(!access_log_path(&t).exists(), "{:?}", access_lines(&t));
    t.cmd().arg("access-log").assert().success().stdout("");
}

#[test]
fn a_failing_command_logs_what_it_decrypted_and_never_its_input() {
    let t = TestStore::new();
    let zhang = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let wang = t.add(&["--name", "王芳", "--phone", "+86 139 1234 5678"]);
    let before = t.record_bytes(&zhang);

    // A bad value: the record was decrypted, nothing written, and the line says it failed.
    let mut cmd = as_user(&t, "li.na");
    cmd.args(["set", &zhang, "contact.emails+=张伟家的邮箱"]);
    let lines = logged(&t, cmd, 2);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    let e = &lines[0];
    assert_eq!(e["command"], "set");
    assert_eq!(
        (e["read"].as_u64(), e["written"].as_u64()),
        (Some(1), Some(0)),
        "{e}"
    );
    assert_eq!(ids_of(e), std::slice::from_ref(&zhang));
    assert_eq!(e["failed"], true, "{e}");
    assert_eq!(t.record_bytes(&zhang), before);

    // A query that matches nobody decrypted every record to look: logged as failed.
    let mut cmd = as_user(&t, "li.na");
    cmd.args(["show", "不存在的人"]);
    let lines = logged(&t, cmd, 1);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["failed"], true);
    assert_eq!(lines[0]["read"], 2);
    assert_eq!(ids_of(&lines[0]), sorted(&[&zhang, &wang]));

    // A command that fails before opening the store logs nothing.
    let mut cmd = as_user(&t, "li.na");
    cmd.args(["forget", &zhang, "--reason", "", "--yes"]);
    assert!(logged(&t, cmd, 2).is_empty());

    let bytes = std::fs::read(access_log_path(&t)).unwrap();
    for secret in ["张伟", "王芳", "邮箱", "不存在", "13800138000", "138 0013 8000"] {
        assert!(!contains_bytes(&bytes, secret), "the access log holds {secret}");
    }
}

#[test]
fn a_command_over_many_records_logs_the_first_hundred_ids_and_a_count() {
    let t = TestStore::new();
    let csv = t.root().join("many.csv");
    let mut text = String::from("name,phone\n");
    for i in 0..105 {
        text.push_str(&format!("客户{i},+86 138 0000 {i:04}\n"));
    }
    std::fs::write(&csv, text).unwrap();
    let mut cmd = t.cmd();
    cmd.args(["import", "customers", "--format", "csv"]).arg(&csv);
    let lines = logged(&t, cmd, 0);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert_eq!(lines[0]["command"], "import");
    assert_eq!(lines[0]["written"], 105);
    assert_eq!(ids_of(&lines[0]).len(), 100);
    assert_eq!(lines[0]["more"], 5);

    let mut cmd = t.cmd();
    cmd.args(["find", "--format", "ids"]);
    let lines = logged(&t, cmd, 0);
    let ids = ids_of(&lines[0]);
    assert_eq!((lines[0]["read"].as_u64(), ids.len()), (Some(105), 100));
    assert_eq!(lines[0]["more"], 5);
    let mut all = t.all_ids();
    all.truncate(100);
    assert_eq!(ids, all, "the first hundred ids, sorted");
    let bytes = std::fs::read(access_log_path(&t)).unwrap();
    assert!(!contains_bytes(&bytes, "客户"), "names in the access log");
}

/// A git merge that kept the other side's edit of an erased customer, or a checkout,
/// brings its file back: audit reports it as an error, and forgetting it again clears it.
#[test]
fn an_erased_customer_brought_back_is_an_error() {
    let t = TestStore::new();
    let id = t.add(&["--name", "Erasme Forgetson", "--phone", "13500135000"]);
    let file = t.record_path(&id);
    let kept = std::fs::read(&file).unwrap();
    t.cmd()
        .args(["forget", &id, "--reason", "request", "--yes"])
        .assert()
        .success();
    assert!(!file.exists());
    std::fs::write(&file, &kept).unwrap();
    let a = audit(&t, &[]);
    let f = a.one("erased-record-present");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["id"], id.as_str());
    assert!(
        f["hint"]
            .as_str()
            .unwrap()
            .contains(&format!("crmfile forget {id}")),
        "{f}"
    );
    // Neither a new reader, a fix nor reencrypt writes it again (that would give it to
    // today's readers): it is named and left as it was.
    let kept_bytes = std::fs::read(&file).unwrap();
    let other = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
    let out = t
        .cmd()
        .args(["recipients", "add", other, "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("was erased, and its file is back"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read(&file).unwrap(), kept_bytes);
    let a = audit(&t, &["--fix"]);
    assert!(!a.with("erased-record-present").is_empty());
    let out = t.cmd().arg("reencrypt").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("was erased, and its file is back"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read(&file).unwrap(), kept_bytes, "left as it was");
    // A tombstones file a git conflict damaged is a finding; the audit goes on.
    let tombstones = t.store().join(".crmfile/erasures.toml");
    let good = std::fs::read_to_string(&tombstones).unwrap();
    std::fs::write(
        &tombstones,
        format!("<<<<<<< ours\n{good}=======\n>>>>>>> theirs\n"),
    )
    .unwrap();
    let a = audit(&t, &[]);
    assert_eq!(a.one("erasures-unreadable")["severity"], "error");
    std::fs::write(&tombstones, good).unwrap();
    t.cmd()
        .args(["forget", &id, "--reason", "restored by git", "--yes"])
        .assert()
        .success();
    assert!(audit(&t, &[]).with("erased-record-present").is_empty());
}
