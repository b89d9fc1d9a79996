//! The core commands end to end: init, add, show, find, set, tag, edit, and the files
//! they leave behind.

use std::path::Path;

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{
    NOW, TestStore, edit_lock, files_containing, is_id, rage, shm_edit_copies, sorted, sorted_lines,
    stderr_of,
};

/// A record as another tool (or a newer crmfile) would write it, for `rage -r`.
const RAGE_RECORD: &str = r#"schema = 1
id = "c-abcdefgh"
name = "李娜"
company = "东方贸易有限公司"
future_field = 7
created = 2026-11-22T09:30:00+08:00
updated = 2026-11-22T09:30:00+08:00

[contact]
emails = ["li.na@example.cn"]
fax = "010-8888 0000"
"#;

fn str_list(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|x| x.as_str().expect("a string").to_string())
        .collect()
}

/// Names in the store folder other than the store's own `.crmfile` and `.age-recipients`.
fn store_entries(t: &TestStore) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(t.store())
        .expect("list store")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".crmfile" && n != ".age-recipients")
        .collect();
    names.sort();
    names
}

// 1 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn add_prints_an_id_and_show_finds_the_record_in_an_opaque_age_file() {
    let t = TestStore::new();
    // --store is global: after the subcommand works as well as before it.
    let out = t
        .bare()
        .args([
            "add",
            "--name",
            "张伟",
            "--phone",
            "+86 138 0013 8000",
            "--company",
            "北京星河科技有限公司",
            "--store",
        ])
        .arg(t.store())
        .output()
        .expect("run add");
    assert!(out.status.success(), "add failed: {}", stderr_of(&out));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "add must print exactly one line: {stdout:?}");
    let id = lines[0];
    assert!(is_id(id), "{id:?} does not match ^c-[0-9a-hjkmnp-tv-z]{{8}}$");

    let json = t.show_json(id);
    assert_eq!(json["id"], id);
    assert_eq!(json["name"], "张伟");
    assert_eq!(json["company"], "北京星河科技有限公司");
    assert_eq!(
        crate::common::phones(&json["contact"]["phones"]),
        ["+86 138 0013 8000"]
    );
    assert_eq!(json["created"], NOW);
    assert_eq!(json["schema"], 1);

    let out = t
        .cmd()
        .args(["show", "张伟", "--format", "toml"])
        .output()
        .expect("run show");
    assert!(out.status.success(), "show 张伟 failed: {}", stderr_of(&out));
    let doc: toml::Table = toml::from_str(std::str::from_utf8(&out.stdout).expect("UTF-8"))
        .expect("show --format toml prints TOML");
    assert_eq!(doc["name"].as_str(), Some("张伟"));
    assert_eq!(doc["id"].as_str(), Some(id));
    let created = doc["created"].as_datetime().expect("created is a TOML datetime");
    assert_eq!(created.to_string(), NOW);

    let file = t.record_path(id);
    let bytes = std::fs::read(&file).expect("the record is <store>/<id>.toml.age");
    assert!(
        bytes.starts_with(b"age-encryption.org/v1\n"),
        "not a binary age file: {:?}",
        String::from_utf8_lossy(&bytes[..bytes.len().min(40)])
    );
    for secret in ["张伟", "星河", "13800138000", "138 0013 8000"] {
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "the record file holds {secret} in the clear"
        );
    }
    // The file name is the opaque id and nothing else; no temporary files are left.
    assert_eq!(store_entries(&t), [format!("{id}.toml.age")]);
}

// 2 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn rage_decrypts_what_crmfile_writes() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000", "--tag", "vip"]);
    let plain = rage.decrypt(&t.identity(), &t.record_path(&id));
    let doc: toml::Table = toml::from_str(&plain).expect("the plaintext is TOML");
    assert_eq!(doc["schema"].as_integer(), Some(1));
    assert_eq!(doc["id"].as_str(), Some(id.as_str()));
    assert_eq!(doc["name"].as_str(), Some("张伟"));
    assert_eq!(doc["tags"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        doc["created"].as_datetime().map(ToString::to_string).as_deref(),
        Some(NOW),
        "created must be a TOML offset datetime"
    );
}

#[test]
fn crmfile_reads_what_rage_writes() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let own = t.add(&["--name", "王芳", "--phone", "13912345678"]);
    rage.encrypt(&t.public_key(), RAGE_RECORD, &t.record_path("c-abcdefgh"));

    assert_eq!(t.all_ids(), sorted(&[&own, "c-abcdefgh"]));
    t.cmd().arg("find").assert().success().stdout(
        contains("李娜")
            .and(contains("东方贸易有限公司"))
            .and(contains("王芳")),
    );

    let json = t.show_json("c-abcdefgh");
    assert_eq!(json["name"], "李娜");
    assert_eq!(json["company"], "东方贸易有限公司");
    assert_eq!(str_list(&json["contact"]["emails"]), ["li.na@example.cn"]);
    assert_eq!(json["created"], NOW);
    // Found by name and by email too, not only by id.
    t.cmd()
        .args(["show", "李娜", "--format", "json"])
        .assert()
        .success()
        .stdout(contains("\"c-abcdefgh\""));
    t.cmd()
        .args(["show", "LI.NA@example.cn", "--format", "json"])
        .assert()
        .success()
        .stdout(contains("\"c-abcdefgh\""));
}

// 3 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn likely_duplicates_are_refused_unless_forced() {
    let t = TestStore::new();
    let zhang = t.add(&[
        "--name",
        "张伟",
        "--phone",
        "+86 138 0013 8000",
        "--company",
        "北京星河科技有限公司",
    ]);

    // The same phone, written differently, under another name.
    t.cmd()
        .args(["add", "--name", "张三", "--phone", "13800138000"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(zhang.as_str()).and(contains("same phone")));
    assert_eq!(t.all_ids(), std::slice::from_ref(&zhang));

    let forced = t.add(&["--name", "张三", "--phone", "13800138000", "--force"]);
    assert_ne!(forced, zhang);
    assert_eq!(t.all_ids(), sorted(&[&zhang, &forced]));

    // The same email, in other letter case.
    let anna = t.add(&["--name", "Anna Schmidt", "--email", "Anna.Schmidt@Example.de"]);
    t.cmd()
        .args([
            "add",
            "--name",
            "A. Schmidt",
            "--email",
            "anna.schmidt@EXAMPLE.DE",
        ])
        .assert()
        .code(1)
        .stderr(contains(anna.as_str()).and(contains("same email")));

    // The same name and company, nothing else in common.
    t.cmd()
        .args(["add", "--name", "张伟", "--company", "北京星河科技有限公司"])
        .assert()
        .code(1)
        .stderr(contains(zhang.as_str()).and(contains("same name and company")));

    // Same name at another company is someone else.
    let other = t.add(&["--name", "张伟", "--company", "上海星河贸易"]);
    assert_eq!(t.all_ids(), sorted(&[&zhang, &forced, &anna, &other]));

    // Colleagues behind one switchboard are different customers; the same extension,
    // written another way, is the same phone.
    let wang = t.add(&["--name", "王芳", "--phone", "010-6275-1234 转 8001"]);
    let li = t.add(&["--name", "李娜", "--phone", "010-6275-1234 转 8002"]);
    t.cmd()
        .args(["add", "--name", "王芳芳", "--phone", "(010) 62751234 ext. 8001"])
        .assert()
        .code(1)
        .stderr(contains(wang.as_str()).and(contains("same phone")));
    assert_eq!(t.all_ids(), sorted(&[&zhang, &forced, &anna, &other, &wang, &li]));
}

// 4 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn an_ambiguous_query_lists_the_candidates_and_an_exact_name_wins() {
    let t = TestStore::new();
    let wei = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let weihua = t.add(&["--name", "张伟华", "--phone", "13912345678"]);

    t.cmd()
        .args(["show", "张"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(wei.as_str()).and(contains(weihua.as_str())));
    // The candidates are listed under the error, not as its causes.
    let out = t.cmd().args(["show", "张"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("\n  {wei}  张伟")), "{err}");
    assert!(!err.contains("caused by"), "{err}");

    assert_eq!(
        t.show_json("张伟")["id"],
        wei.as_str(),
        "`张伟` is the whole name of one customer"
    );
    assert_eq!(t.show_json("张伟华")["id"], weihua.as_str());
    // A phone in another spelling names one customer too.
    assert_eq!(t.show_json("139 1234 5678")["id"], weihua.as_str());
}

// 5 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn a_record_for_someone_else_says_so() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let other = t.root().join("other.txt");
    t.bare()
        .arg("--identity")
        .arg(&other)
        .arg("init")
        .arg(t.root().join("other-store"))
        .assert()
        .success();
    assert!(other.is_file(), "init did not generate {}", other.display());
    assert_ne!(
        std::fs::read(&other).unwrap(),
        std::fs::read(t.identity()).unwrap(),
        "the second identity must be a new key"
    );

    t.cmd()
        .arg("--identity")
        .arg(&other)
        .args(["show", &id])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("not encrypted to your identity").and(contains(format!("{id}.toml.age"))));
    // The same through CRMFILE_IDENTITY, and by name instead of id.
    t.cmd()
        .env("CRMFILE_IDENTITY", &other)
        .args(["show", "张伟"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("not encrypted to your identity"));
    // The right identity still reads it.
    assert_eq!(t.show_json(&id)["name"], "张伟");

    // Many such records are one line, not a line each.
    for n in 0..5 {
        t.add(&[
            "--name",
            &format!("客户{n}"),
            "--phone",
            &format!("1390000000{n}"),
        ]);
    }
    let out = t
        .cmd()
        .arg("--identity")
        .arg(&other)
        .args(["find", "客户"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("6 records are not encrypted to your identity"),
        "{err}"
    );
    assert_eq!(err.matches("toml.age").count(), 0, "{err}");
}

// 6 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn a_damaged_file_is_reported_and_does_not_hide_the_others() {
    let t = TestStore::new();
    let a = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let b = t.add(&["--name", "李娜", "--phone", "13912345678"]);
    let c = t.add(&["--name", "王芳", "--phone", "13700000000"]);
    // One record cut short, one file that was never an age file.
    let bytes = t.record_bytes(&c);
    std::fs::write(t.record_path(&c), &bytes[..bytes.len() / 2]).unwrap();
    std::fs::write(t.store().join("c-zzzzzzzz.toml.age"), b"name = \"garbage\"\n").unwrap();

    let out = t.cmd().args(["find", "--format", "ids"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "find must exit 1");
    assert_eq!(sorted_lines(&out.stdout), sorted(&[&a, &b]));
    let err = stderr_of(&out);
    assert!(err.contains("c-zzzzzzzz.toml.age"), "{err}");
    assert!(err.contains(&format!("{c}.toml.age")), "{err}");
    assert!(!err.contains(&format!("{a}.toml.age")), "{err}");

    // The plain listing too.
    t.cmd()
        .arg("find")
        .assert()
        .code(1)
        .stdout(contains("张伟").and(contains("李娜")).and(contains("王芳").not()))
        .stderr(contains("c-zzzzzzzz.toml.age"));
}

// 7 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn personal_data_never_reaches_the_disk_in_the_clear() {
    let _serial = edit_lock();
    let shm_before = shm_edit_copies();
    let t = TestStore::new();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let canary = format!("Qx9Canary{nanos:x}P{}", std::process::id());
    let name = format!("王{canary}");
    let company = format!("{canary}科技有限公司");
    let address = format!("北京市{canary}路1号");
    // Control: the scan does see the canary where it is.
    let control = t.tmpdir().join("control");
    std::fs::write(&control, format!("x{canary}x")).unwrap();
    assert_eq!(
        files_containing(t.root(), canary.as_bytes()),
        std::slice::from_ref(&control)
    );
    std::fs::remove_file(&control).unwrap();

    let id = t.add(&[
        "--name",
        &name,
        "--company",
        &company,
        "--address",
        &address,
        "--phone",
        "13800138000",
    ]);
    t.cmd()
        .args(["set", &id, "title=经理", "class.stage=yellow"])
        .assert()
        .success();
    t.cmd().args(["tag", &id, "+vip"]).assert().success();
    let log = t.root().join("editor.log");
    let editor = t.editor_script(
        "editor.sh",
        &format!(
            "echo \"$1\" >> '{}'\nsed -i 's/^title = .*/title = \"总监\"/' \"$1\"",
            log.display()
        ),
    );
    t.cmd()
        .env("EDITOR", &editor)
        .args(["edit", &id])
        .assert()
        .success()
        .stderr(contains("updated"));

    // Every step took effect, and the canary is still in the record.
    let json = t.show_json(&id);
    assert_eq!(json["name"], name.as_str());
    assert_eq!(json["company"], company.as_str());
    assert_eq!(json["contact"]["address"], address.as_str());
    assert_eq!(json["title"], "总监");
    assert_eq!(json["class"]["stage"], "yellow");
    assert_eq!(str_list(&json["tags"]), ["vip"]);

    // The editor really ran on a copy in memory-backed storage, which is gone now.
    let copy = std::fs::read_to_string(&log).expect("the editor ran");
    let copy = copy.trim();
    assert!(
        copy.starts_with("/dev/shm/") || copy.starts_with(&*t.runtime_dir().to_string_lossy()),
        "the decrypted copy was at {copy}"
    );
    assert!(!std::path::Path::new(copy).exists(), "{copy} was left behind");

    let needle = canary.as_bytes();
    let mut leaks = files_containing(t.root(), needle);
    leaks.extend(files_containing(&t.store(), needle));
    leaks.extend(files_containing(&t.tmpdir(), needle));
    leaks.extend(files_containing(std::path::Path::new("/dev/shm"), needle));
    assert!(leaks.is_empty(), "the canary is in the clear in {leaks:?}");
    let new_copies: Vec<_> = shm_edit_copies()
        .into_iter()
        .filter(|p| !shm_before.contains(p))
        .collect();
    assert!(
        new_copies.is_empty(),
        "edit copies left in /dev/shm: {new_copies:?}"
    );
}

// 8 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn concurrent_writers_lose_no_update() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let children: Vec<_> = (1..=20)
        .map(|i| {
            t.std_cmd()
                .args(["tag", &id, &format!("+t{i}")])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn crmfile tag")
        })
        .collect();
    for (i, child) in children.into_iter().enumerate() {
        let out = child.wait_with_output().expect("wait for crmfile tag");
        assert!(
            out.status.success(),
            "tag +t{} failed: {}",
            i + 1,
            stderr_of(&out)
        );
    }
    let mut tags = str_list(&t.show_json(&id)["tags"]);
    tags.sort();
    let mut want: Vec<String> = (1..=20).map(|i| format!("t{i}")).collect();
    want.sort();
    assert_eq!(tags, want, "every concurrent tag must survive");
    assert_eq!(
        store_entries(&t),
        [format!("{id}.toml.age")],
        "no temporary file left"
    );
}

// 9 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn set_changes_fields_and_refuses_bad_values_without_writing() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let later = "2026-11-23T10:00:00+08:00";
    t.cmd()
        .env("CRMFILE_NOW", later)
        .args([
            "set",
            &id,
            "title=采购经理",
            "class.stage=red",
            "follow_up.next=2026-12-01",
            "contact.phones+=13912345678",
        ])
        .assert()
        .success();
    let json = t.show_json(&id);
    assert_eq!(json["title"], "采购经理");
    assert_eq!(json["class"]["stage"], "red");
    assert_eq!(json["follow_up"]["next"], "2026-12-01");
    assert_eq!(
        crate::common::phones(&json["contact"]["phones"]),
        ["+86 138 0013 8000", "+86 139 1234 5678"]
    );
    assert_eq!(json["created"], NOW);
    assert_eq!(json["updated"], later);

    let before = t.record_bytes(&id);
    for bad in [
        vec!["class.stage=purple"],
        vec!["contact.emails+=nope"],
        // One bad assignment spoils the whole command.
        vec!["title=总监", "contact.phones+=12"],
    ] {
        t.cmd()
            .args(["set", &id])
            .args(&bad)
            .assert()
            .code(2)
            .stderr(contains("error:"));
        assert_eq!(t.record_bytes(&id), before, "set {bad:?} changed the file");
    }
    assert_eq!(t.show_json(&id)["title"], "采购经理");

    // Setting what is already there writes nothing (age output is randomized, so any
    // rewrite would change the bytes).
    t.cmd()
        .args(["set", &id, "title=采购经理", "class.stage=red"])
        .assert()
        .success()
        .stderr(contains("nothing changed"));
    assert_eq!(t.record_bytes(&id), before);
}

// 10 ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn edit_refuses_a_broken_record_and_leaves_no_copy() {
    let _serial = edit_lock();
    let shm_before = shm_edit_copies();
    let t = TestStore::new();
    let id = t.add(&[
        "--name",
        "张伟",
        "--phone",
        "13800138000",
        "--company",
        "星河科技",
    ]);
    let before = t.record_bytes(&id);
    let log = t.root().join("editor.log");

    // Not TOML any more: a second `name` key.
    let editor = t.editor_script(
        "dup-key.sh",
        &format!("echo \"$1\" >> '{}'\nsed -i '1a name = 1' \"$1\"", log.display()),
    );
    t.cmd()
        .env("EDITOR", &editor)
        .args(["edit", &id])
        .assert()
        .code(1)
        .stderr(contains("not valid TOML").and(contains("nothing was written")));
    assert_eq!(t.record_bytes(&id), before, "a broken edit changed the file");

    // TOML, but not a valid record: a phone number that is none.
    let editor = t.editor_script(
        "bad-phone.sh",
        &format!(
            "echo \"$1\" >> '{}'\nsed -i 's/\"+86 138 0013 8000\"/\"12\"/' \"$1\"",
            log.display()
        ),
    );
    t.cmd()
        .env("EDITOR", &editor)
        .args(["edit", &id])
        .assert()
        .code(1)
        .stderr(contains("contact.phones").and(contains("nothing was written")));
    assert_eq!(t.record_bytes(&id), before, "an invalid edit changed the file");

    let copies = std::fs::read_to_string(&log).expect("the editor ran");
    assert_eq!(copies.lines().count(), 2, "{copies}");
    for copy in copies.lines() {
        assert!(!std::path::Path::new(copy).exists(), "{copy} was left behind");
    }
    let new_copies: Vec<_> = shm_edit_copies()
        .into_iter()
        .filter(|p| !shm_before.contains(p))
        .collect();
    assert!(
        new_copies.is_empty(),
        "edit copies left in /dev/shm: {new_copies:?}"
    );
    assert_eq!(
        t.show_json(&id)["contact"]["phones"][0]["number"],
        "+86 138 0013 8000"
    );
}

#[test]
fn edit_without_changes_writes_nothing() {
    let _serial = edit_lock();
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let before = t.record_bytes(&id);
    t.cmd()
        .env("EDITOR", "true")
        .args(["edit", &id])
        .assert()
        .success()
        .stderr(contains("nothing changed"));
    assert_eq!(t.record_bytes(&id), before);
}

// 11 ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn add_json_from_stdin() {
    let t = TestStore::new();
    let out = t
        .cmd()
        .args(["add", "--json", "-"])
        .write_stdin(r#"{"name":"王芳","contact":{"phones":["13912345678"]},"tags":["vip"]}"#)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let ids = sorted_lines(&out.stdout);
    assert_eq!(ids.len(), 1, "{ids:?}");
    let json = t.show_json(&ids[0]);
    assert_eq!(json["name"], "王芳");
    assert_eq!(str_list(&json["tags"]), ["vip"]);
    assert_eq!(json["created"], NOW);

    // Three lines, the second one not a valid record: the others are added.
    let ndjson = concat!(
        r#"{"name":"张伟","contact":{"phones":["13800138000"]}}"#,
        "\n",
        r#"{"name":"坏记录","contact":{"phones":["12"]}}"#,
        "\n",
        r#"{"name":"李娜","contact":{"emails":["li.na@example.cn"]}}"#,
        "\n",
    );
    let out = t
        .cmd()
        .args(["add", "--json", "-"])
        .write_stdin(ndjson)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let added: Vec<&str> = stdout.lines().collect();
    assert_eq!(added.len(), 2, "{stdout:?}");
    assert!(added.iter().all(|id| is_id(id)), "{stdout:?}");
    assert_eq!(t.show_json(added[0])["name"], "张伟");
    assert_eq!(t.show_json(added[1])["name"], "李娜");
    assert!(err.contains("line 2"), "stderr must name line 2: {err}");
    assert!(!err.contains("line 1") && !err.contains("line 3"), "{err}");
    assert_eq!(t.all_ids().len(), 3);

    for empty in ["", "\n  \n"] {
        t.cmd()
            .args(["add", "--json", "-"])
            .write_stdin(empty)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains("empty"));
    }
    assert_eq!(t.all_ids().len(), 3);
}

#[test]
fn add_ndjson_names_every_rejected_line() {
    for bad in [r#"{"name": "坏记录", oops}"#, r#"{"name":"坏记录","bogus":1}"#] {
        let input = format!(
            "{}\n{bad}\n{}\n",
            r#"{"name":"甲","contact":{"phones":["13800138000"]}}"#,
            r#"{"name":"乙","contact":{"phones":["13912345678"]}}"#
        );
        let t = TestStore::new();
        let out = t
            .cmd()
            .args(["add", "--json", "-"])
            .write_stdin(input)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(sorted_lines(&out.stdout).len(), 2);
        let err = stderr_of(&out);
        assert!(err.contains("line 2"), "stderr must name line 2 for {bad}: {err}");
    }
}

// 12 ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn find_filters_and_formats() {
    let t = TestStore::new();
    let a = t.add(&[
        "--name",
        "张伟",
        "--company",
        "北京星河科技有限公司",
        "--phone",
        "13800138000",
        "--tag",
        "vip",
        "--owner",
        "li.na",
    ]);
    let b = t.add(&[
        "--name",
        "李娜",
        "--company",
        "东方贸易",
        "--email",
        "li.na@example.cn",
        "--tag",
        "vip",
        "--owner",
        "wang",
    ]);
    let c = t.add(&[
        "--name",
        "王芳",
        "--company",
        "南山科技",
        "--phone",
        "13912345678",
        "--tag",
        "cold",
        "--owner",
        "li.na",
    ]);
    let d = t.add(&["--name", "赵磊"]);
    let ids = |args: &[&str]| {
        let out = t
            .cmd()
            .arg("find")
            .args(args)
            .args(["--format", "ids"])
            .output()
            .unwrap();
        assert!(out.status.success(), "find {args:?}: {}", stderr_of(&out));
        sorted_lines(&out.stdout)
    };
    assert_eq!(ids(&[]), sorted(&[&a, &b, &c, &d]));
    assert_eq!(ids(&["--tag", "vip"]), sorted(&[&a, &b]));
    assert_eq!(ids(&["--tag", "VIP", "--tag", "cold"]), Vec::<String>::new());
    assert_eq!(ids(&["--owner", "li.na"]), sorted(&[&a, &c]));
    assert_eq!(ids(&["--where", "company~科技"]), sorted(&[&a, &c]));
    assert_eq!(
        ids(&["--tag", "vip", "--owner", "li.na", "--where", "company~科技"]),
        std::slice::from_ref(&a)
    );
    assert_eq!(ids(&["--where", "company="]), std::slice::from_ref(&d));
    assert_eq!(ids(&["星河"]), std::slice::from_ref(&a));

    let filtered = ["--where", "company~科技"];

    // CSV: a header and one row per customer.
    let out = t
        .cmd()
        .arg("find")
        .args(filtered)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "id");
    assert_eq!(&header[1], "name");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut csv_ids: Vec<String> = rows.iter().map(|r| r[0].to_string()).collect();
    csv_ids.sort();
    assert_eq!(csv_ids, sorted(&[&a, &c]));
    let zhang = rows.iter().find(|r| r[0] == *a).unwrap();
    assert_eq!(&zhang[1], "张伟");
    assert_eq!(&zhang[2], "北京星河科技有限公司");

    // JSON: one array of records, each valid against `crmfile schema`.
    let schema: serde_json::Value =
        serde_json::from_slice(&t.cmd().arg("schema").output().unwrap().stdout).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let out = t
        .cmd()
        .arg("find")
        .args(filtered)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).expect("find --format json is JSON");
    let records = all.as_array().expect("an array");
    let mut json_ids: Vec<String> = records
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    json_ids.sort();
    assert_eq!(json_ids, sorted(&[&a, &c]));
    for r in records {
        let errors: Vec<String> = validator.iter_errors(r).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{} fails the schema: {errors:?}", r["id"]);
    }

    // NDJSON: one object per line.
    let out = t
        .cmd()
        .arg("find")
        .args(filtered)
        .args(["--format", "ndjson"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut nd_ids: Vec<String> = text
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("each line is JSON");
            assert!(validator.is_valid(&v), "{l} fails the schema");
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    nd_ids.sort();
    assert_eq!(nd_ids, sorted(&[&a, &c]));
}

// 13 ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn without_a_store_find_points_to_init() {
    let t = TestStore::new();
    let empty = t.root().join("elsewhere");
    std::fs::create_dir(&empty).unwrap();
    t.bare()
        .current_dir(&empty)
        .arg("find")
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("crmfile init"));
}

// 14 ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn unknown_keys_survive_a_rewrite() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let file = t.record_path("c-abcdefgh");
    rage.encrypt(&t.public_key(), RAGE_RECORD, &file);
    let before = std::fs::read(&file).unwrap();

    t.cmd()
        .env("CRMFILE_NOW", "2026-11-23T10:00:00+08:00")
        .args(["set", "c-abcdefgh", "title=经理"])
        .assert()
        .success();
    assert_ne!(
        std::fs::read(&file).unwrap(),
        before,
        "set did not rewrite the file"
    );

    let doc: toml::Table = toml::from_str(&rage.decrypt(&t.identity(), &file)).expect("TOML");
    assert_eq!(doc["title"].as_str(), Some("经理"), "the change was written");
    assert_eq!(
        doc["future_field"].as_integer(),
        Some(7),
        "top-level unknown key lost"
    );
    assert_eq!(
        doc["contact"]["fax"].as_str(),
        Some("010-8888 0000"),
        "unknown key in a table lost"
    );
    assert_eq!(doc["contact"]["emails"][0].as_str(), Some("li.na@example.cn"));
    assert_eq!(
        doc["updated"].as_datetime().map(ToString::to_string).as_deref(),
        Some("2026-11-23T10:00:00+08:00")
    );
}

// Passphrase-protected identities ─────────────────────────────────────────────────────

/// An age identity file encrypted with a passphrase (what `age -p` makes of a key file),
/// and the passphrase in a file for CRMFILE_PASSPHRASE_FILE.
fn protected_identity(t: &TestStore, passphrase: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    use std::io::Write;
    let plain = std::fs::read(t.identity()).expect("the store's identity");
    let encryptor =
        age::Encryptor::with_user_passphrase(age::secrecy::SecretString::from(passphrase.to_string()));
    let mut sealed = Vec::new();
    let mut w = encryptor.wrap_output(&mut sealed).expect("encrypt");
    w.write_all(&plain).expect("encrypt");
    w.finish().expect("encrypt");
    let key = t.root().join("protected-identity.age");
    std::fs::write(&key, sealed).expect("write the protected identity");
    // A key file others can read is refused, as ssh does.
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .expect("make the protected identity private");
    let pass = t.root().join("passphrase.txt");
    std::fs::write(&pass, format!("{passphrase}\n")).expect("write the passphrase");
    (key, pass)
}

#[test]
fn a_passphrase_protected_identity_is_unlocked_once_from_the_passphrase_file() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let (key, pass) = protected_identity(&t, "correct horse battery staple");
    let out = t
        .cmd()
        .arg("--identity")
        .arg(&key)
        .env("CRMFILE_PASSPHRASE_FILE", &pass)
        .args(["show", &id, "--format", "json"])
        .output()
        .expect("run show");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("张伟"));

    // A wrong passphrase says so, and names the identity file.
    std::fs::write(&pass, "wrong\n").unwrap();
    t.cmd()
        .arg("--identity")
        .arg(&key)
        .env("CRMFILE_PASSPHRASE_FILE", &pass)
        .args(["show", &id])
        .assert()
        .code(1)
        .stderr(contains("wrong passphrase").and(contains("protected-identity.age")));

    // Without a terminal and without the passphrase file: a clear error with the way out.
    t.cmd()
        .arg("--identity")
        .arg(&key)
        .args(["show", &id])
        .assert()
        .code(1)
        .stderr(contains("CRMFILE_PASSPHRASE_FILE"));
}

#[test]
fn an_encrypted_ssh_key_is_an_identity_too() {
    let t = TestStore::new();
    // Written by `ssh-keygen -t ed25519 -N "ssh pass"` (fixtures/keys/README.md).
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/keys/ssh_ed25519_passphrase");
    let key = t.root().join("id_ed25519");
    std::fs::copy(&fixture, &key).unwrap();
    std::fs::copy(fixture.with_extension("pub"), key.with_extension("pub")).unwrap();
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let public = std::fs::read_to_string(key.with_extension("pub")).unwrap();
    let store = t.root().join("ssh-store");
    let pass = t.root().join("ssh-pass.txt");
    std::fs::write(&pass, "ssh pass\n").unwrap();
    t.bare()
        .arg("--identity")
        .arg(&key)
        .env("CRMFILE_PASSPHRASE_FILE", &pass)
        .args(["init"])
        .arg(&store)
        .args(["--recipient", public.trim()])
        .assert()
        .success();
    let out = t
        .bare()
        .arg("--store")
        .arg(&store)
        .arg("--identity")
        .arg(&key)
        .env("CRMFILE_PASSPHRASE_FILE", &pass)
        .args(["add", "--name", "Anna Schmidt"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
    t.bare()
        .arg("--store")
        .arg(&store)
        .arg("--identity")
        .arg(&key)
        .env("CRMFILE_PASSPHRASE_FILE", &pass)
        .args(["show", &id, "--format", "toml"])
        .assert()
        .success()
        .stdout(contains("Anna Schmidt"));
}

/// A product or tag that a sheet of the list would split in two is refused as it comes
/// in by hand; one a record already holds (taken from NDJSON, which gives it back whole)
/// stays, through an edit of something else.
#[test]
fn list_items_a_sheet_would_split_are_refused_as_they_come_in() {
    let _edit = crate::common::edit_lock();
    let t = TestStore::new();
    for json in [
        r#"{"name":"王芳","preferences":{"products":["R740, 2U"]}}"#,
        r#"{"name":"王芳","tags":["重点、大客户"]}"#,
    ] {
        let out = t
            .cmd()
            .args(["add", "--json", "-"])
            .write_stdin(json)
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains("list separator"), "{err}");
    }
    let out = t
        .cmd()
        .args(["--lang", "zh-CN", "add", "--json", "-"])
        .write_stdin(r#"{"name":"王芳","preferences":{"products":["R740；2U"]}}"#)
        .output()
        .unwrap();
    assert!(
        stderr_of(&out).contains("“R740；2U”含有列表分隔符"),
        "{}",
        stderr_of(&out)
    );

    let file = t.root().join("held.ndjson");
    std::fs::write(
        &file,
        "{\"name\":\"李娜\",\"preferences\":{\"products\":[\"R740, 2U\"]}}\n",
    )
    .unwrap();
    let out = t.import_file(&["import", "customers"], &file, None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let id = String::from_utf8(
        t.cmd()
            .args(["find", "李娜", "--format", "ids"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap()
    .trim()
    .to_string();
    let title = t.editor_script("title.sh", "sed -i 's/^name = .*/&\\ntitle = \"经理\"/' \"$1\"");
    t.cmd()
        .env("EDITOR", &title)
        .args(["edit", &id])
        .assert()
        .success();
    let json = t.show_json(&id);
    assert_eq!(json["title"], "经理");
    assert_eq!(str_list(&json["preferences"]["products"]), ["R740, 2U"]);
    let more = t.editor_script(
        "more.sh",
        "sed -i 's/\"R740, 2U\"/\"R740, 2U\", \"R750; 2U\"/' \"$1\"",
    );
    let out = t.cmd().env("EDITOR", &more).args(["edit", &id]).output().unwrap();
    let err = stderr_of(&out);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("`R750; 2U` holds a list separator"), "{err}");
    assert!(!err.contains("`R740, 2U`"), "{err}");
}
