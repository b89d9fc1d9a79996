//! The index cache in `.crmfile/`: answers are the same with it, without it, with it
//! damaged or stale; it is encrypted to the user alone and holds nothing in the clear.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{TestStore, copy_dir, count_files_ending, files_containing, new_identity, rage};

/// A copy of the demo store (30 customers with logs, complaints, birthdays and
/// purchases) and its key.
fn demo(t: &TestStore) -> (PathBuf, PathBuf) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join("demo");
    let store = t.root().join("demo");
    copy_dir(&fixtures, &store);
    // Local state of whoever ran the demo before is not part of it.
    for name in ["access.log", "lock"] {
        let _ = std::fs::remove_file(store.join(".crmfile").join(name));
    }
    for e in std::fs::read_dir(store.join(".crmfile")).unwrap() {
        let e = e.unwrap();
        if e.file_name().to_string_lossy().starts_with("index-") {
            std::fs::remove_file(e.path()).unwrap();
        }
    }
    let identity = t.root().join("demo-identity.txt");
    std::fs::rename(store.join("identity.txt"), &identity).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&identity, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    // A store first seen on this machine is written to only once its keys are trusted.
    t.bare()
        .arg("--store")
        .arg(&store)
        .arg("--identity")
        .arg(&identity)
        .args(["recipients", "trust", "--yes"])
        .assert()
        .success();
    (store, identity)
}

/// The index files in a store's state folder.
fn index_files(store: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(store.join(".crmfile"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with("index-") && name.ends_with(".age")
        })
        .collect();
    found.sort();
    found
}

/// The users an index is kept for in a store: the tag of each file's name
/// (`index-TAG-NN.age` and `index-TAG-NN-logs.age`, NN its shard).
fn index_owners(store: &Path) -> std::collections::BTreeSet<String> {
    index_files(store)
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let tag = name.strip_prefix("index-").unwrap().strip_suffix(".age").unwrap();
            let tag = tag.strip_suffix("-logs").unwrap_or(tag);
            tag.rsplit_once('-').expect("a shard number").0.to_string()
        })
        .collect()
}

/// Every index file's bytes.
fn index_bytes(store: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    index_files(store)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// crmfile on `store` with `identity`.
fn on_store(t: &TestStore, store: &Path, identity: &Path) -> assert_cmd::Command {
    let mut c = t.bare();
    c.arg("--store").arg(store).arg("--identity").arg(identity);
    c
}

/// The ids a read prints; asserts it succeeds.
fn ids_read(t: &TestStore, store: &Path, identity: &Path, args: &[&str]) -> String {
    let out = on_store(t, store, identity)
        .args(args)
        .args(["--format", "ids"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The commands that read through the index, each with its output as text.
const READS: &[&[&str]] = &[
    &["find"],
    &["find", "--format", "json"],
    &["find", "--format", "csv"],
    &["find", "--tier", "strategic", "--format", "ids"],
    &["find", "杨"],
    &["find", "--where", "class.stage=red", "--format", "json"],
    &["find", "--where", "region=华东", "--format", "ids"],
    &["find", "--where", "contact.emails~example", "--format", "ids"],
    // Queries, tags and owners, which an index read tests before decoding a record.
    &["find", "hy", "--format", "ids"],
    &["find", "liuyang", "--format", "ids"],
    &["find", "0004 6019", "--format", "ids"],
    &["find", "USER2", "--format", "ids"],
    &["find", "GMBH", "--owner", "LI.NA", "--format", "ids"],
    &["find", "--tag", "VIP", "--format", "ids"],
    &[
        "find",
        "Silva",
        "--where",
        "class.tier=general",
        "--format",
        "csv",
    ],
    &["show", "刘洋", "--format", "json"],
    &["report", "--owner", "chen.jie", "--format", "json"],
    &["report", "--receivables", "--tag", "vip", "--format", "json"],
    &["export", "杭州", "--format", "csv"],
    &["remind", "--within", "60d", "--format", "json"],
    &["remind", "--within", "1y", "--format", "ics"],
    &[
        "remind", "--within", "1y", "--owner", "CHEN.JIE", "--format", "json",
    ],
    &[
        "remind",
        "--within",
        "1y",
        "--tag",
        "vip",
        "--tier",
        "important",
        "--format",
        "json",
    ],
    &["report", "--format", "json"],
    &["report", "--since", "2025-01-01", "--format", "json"],
    &["classify", "--dry-run", "--all", "--format", "json"],
    &["export", "--format", "ndjson"],
    &["export", "--format", "ics"],
    &["export", "--tag", "vip", "--format", "vcard"],
    &["export", "--entries", "feedback", "--format", "csv"],
];

fn outputs(t: &TestStore, store: &Path, identity: &Path, env: &[(&str, &str)]) -> Vec<(String, i32, String)> {
    READS
        .iter()
        .map(|args| {
            let mut cmd = t.bare();
            cmd.arg("--store")
                .arg(store)
                .arg("--identity")
                .arg(identity)
                .args(["--today", "2026-11-22"])
                .args(*args);
            for (k, v) in env {
                cmd.env(k, v);
            }
            let out = cmd.output().expect("run crmfile");
            (
                args.join(" "),
                out.status.code().unwrap_or(-1),
                String::from_utf8(out.stdout).expect("UTF-8 output"),
            )
        })
        .collect()
}

fn assert_same(what: &str, a: &[(String, i32, String)], b: &[(String, i32, String)]) {
    for (x, y) in a.iter().zip(b) {
        assert_eq!(x, y, "`{}` differs {what}", x.0);
    }
}

#[test]
fn answers_are_the_same_without_the_index_cold_warm_damaged_or_deleted() {
    let t = TestStore::new();
    let (store, identity) = demo(&t);
    let without = outputs(&t, &store, &identity, &[("CRMFILE_INDEX", "off")]);
    assert!(index_files(&store).is_empty(), "CRMFILE_INDEX=off wrote an index");
    // Control: the commands do say something.
    let silent: Vec<&str> = without
        .iter()
        .filter(|(_, code, out)| *code != 0 || out.is_empty())
        .map(|(args, _, _)| args.as_str())
        .collect();
    assert!(silent.is_empty(), "no answer from {silent:?}");

    // Files changed in the last two seconds are not cached yet (their times could hide a
    // second change); the copy was just made.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let cold = outputs(&t, &store, &identity, &[]);
    assert_same("when the index is built", &without, &cold);
    assert_eq!(
        index_owners(&store).len(),
        1,
        "one index for one user: {:?}",
        index_files(&store)
    );
    let built = index_bytes(&store);
    assert!(built.len() > 1, "the index is split in parts: {built:?}");

    let warm = outputs(&t, &store, &identity, &[]);
    assert_same("when the index is read", &without, &warm);
    assert_eq!(index_bytes(&store), built, "a current index is not rewritten");

    // Damaged in the middle (the payload's MAC fails), cut short, or not an age file: one
    // part, then every part.
    for every in [false, true] {
        for name in ["altered", "truncated", "garbage"] {
            for (path, bytes) in built.iter().take(if every { built.len() } else { 1 }) {
                let bad = match name {
                    "altered" => {
                        let mut b = bytes.clone();
                        let middle = b.len() / 2;
                        b[middle] ^= 0x55;
                        b
                    }
                    "truncated" => bytes[..bytes.len() - 100].to_vec(),
                    _ => b"not an index\n".to_vec(),
                };
                std::fs::write(path, bad).unwrap();
            }
            let after = outputs(&t, &store, &identity, &[]);
            assert_same(
                &format!("with an {name} index (every part: {every})"),
                &without,
                &after,
            );
            // Rebuilt: the next run reads it again.
            assert_eq!(index_bytes(&store).len(), built.len(), "{name}: not rebuilt");
            for (path, bytes) in index_bytes(&store) {
                assert!(bytes.len() > 100, "{name}: {} not rebuilt", path.display());
            }
        }
    }

    for path in index_files(&store) {
        std::fs::remove_file(path).unwrap();
    }
    assert_same(
        "with the index deleted",
        &without,
        &outputs(&t, &store, &identity, &[]),
    );
    // An index in one file, as earlier versions kept it, is replaced by the parts.
    let single = built[0]
        .0
        .with_file_name(format!("index-{}.age", index_owners(&store).first().unwrap()));
    std::fs::write(&single, &built[0].1).unwrap();
    assert_same(
        "with an old index beside",
        &without,
        &outputs(&t, &store, &identity, &[]),
    );
    assert!(!single.exists(), "the old index is left behind");
}

/// Every record file under `store` (outside `.crmfile/`) and its bytes.
fn record_bytes(store: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(store)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".crmfile")
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".toml.age"))
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}

/// The index is a cache beside the records: building it, writing a part again after a
/// change, and removing a part whose records are gone leave every record file as it was.
#[test]
fn writing_the_index_never_touches_a_record_file() {
    let t = TestStore::new();
    let (store, identity) = demo(&t);
    let cmd = || on_store(&t, &store, &identity);
    let ids = |args: &[&str]| ids_read(&t, &store, &identity, args);
    let mut records = record_bytes(&store);
    assert_eq!(records.len(), 30);
    // Built whole by the first read.
    assert_eq!(ids(&["find"]).lines().count(), 30);
    assert!(!index_files(&store).is_empty());
    assert_eq!(record_bytes(&store), records, "records after the index was built");
    // One record changed: its part is written again by the next read, past the racy
    // window in which a part is not kept.
    let first = ids(&["find"]).lines().next().unwrap().to_string();
    cmd().args(["tag", &first, "+cache-check"]).assert().success();
    let path = store.join(format!("{first}.toml.age"));
    records.insert(path.clone(), std::fs::read(&path).unwrap());
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let before = index_bytes(&store);
    assert_eq!(ids(&["find", "--tag", "cache-check"]).trim(), first);
    assert_ne!(index_bytes(&store), before, "a part was written again");
    assert_eq!(
        record_bytes(&store),
        records,
        "records after a part was written again"
    );
    // A record removed by hand: its part is written without it (or removed when empty).
    std::fs::remove_file(&path).unwrap();
    records.remove(&path);
    assert_eq!(ids(&["find"]).lines().count(), 29);
    assert_eq!(
        record_bytes(&store),
        records,
        "records after a record was removed"
    );
    assert_eq!(ids(&["find"]).lines().count(), 29);
}

#[test]
fn changed_added_and_removed_records_are_seen() {
    let t = TestStore::new();
    let (store, identity) = demo(&t);
    let cmd = || on_store(&t, &store, &identity);
    let ids = |args: &[&str]| ids_read(&t, &store, &identity, args);
    let all = ids(&["find"]);
    assert_eq!(all.lines().count(), 30);
    assert!(!index_files(&store).is_empty());
    let first = all.lines().next().unwrap().to_string();

    // Changed through crmfile: the tag is found at once, and only the part of the index
    // that holds the record is written again.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    ids(&["find"]);
    let before = index_bytes(&store);
    cmd().args(["tag", &first, "+indexed-tag"]).assert().success();
    assert_eq!(ids(&["find", "--tag", "indexed-tag"]).trim(), first);
    let after = index_bytes(&store);
    assert_eq!(after.len(), before.len());
    let rewritten: Vec<String> = before
        .iter()
        .zip(&after)
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.0.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    // The part's two files, its heads and its logs (read and written again with them).
    assert_eq!(
        rewritten.len(),
        2,
        "files of the index written again after one change: {rewritten:?}"
    );
    assert_eq!(
        rewritten[0].replace("-logs", ""),
        rewritten[1],
        "one part's files"
    );

    // A record file put back by hand in place, with its old modification time (as a
    // careless copy might): the inode and change time still tell.
    let path = store.join(format!("{first}.toml.age"));
    let tagged = std::fs::read(&path).unwrap();
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    cmd().args(["tag", &first, "-indexed-tag"]).assert().success();
    assert_eq!(ids(&["find", "--tag", "indexed-tag"]), "");
    std::fs::write(&path, &tagged).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    assert_eq!(ids(&["find", "--tag", "indexed-tag"]).trim(), first);

    // Removed by hand: gone from every answer.
    std::fs::remove_file(&path).unwrap();
    assert_eq!(ids(&["find"]).lines().count(), 29);
    assert!(!ids(&["find"]).contains(&first));
    // Added: found, and its duplicate refused by the check that reads the index.
    let new = cmd()
        .args(["add", "--name", "索引测试", "--phone", "13912345678"])
        .output()
        .unwrap();
    assert!(new.status.success(), "{}", String::from_utf8_lossy(&new.stderr));
    assert_eq!(ids(&["find", "索引测试"]).lines().count(), 1);
    cmd()
        .args(["add", "--name", "别名", "--phone", "139 1234 5678"])
        .assert()
        .code(1)
        .stderr(contains("13912345678").or(contains("duplicate")));
    // A record resolved by name goes through the index, and is written in full.
    cmd()
        .args([
            "log-contact",
            "索引测试",
            "--channel",
            "phone",
            "--summary",
            "首次回访",
        ])
        .assert()
        .success();
    let id = ids(&["find", "索引测试"]).trim().to_string();
    let json = cmd().args(["show", &id, "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["contacts"][0]["summary"], "首次回访");
    assert_eq!(json["contact"]["phones"][0]["number"], "+86 139 1234 5678");
}

#[test]
fn logs_from_another_write_of_a_part_are_never_read_with_its_heads() {
    let t = TestStore::new();
    let (store, identity) = demo(&t);
    let cmd = || on_store(&t, &store, &identity);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    outputs(&t, &store, &identity, &[]);
    let built = index_bytes(&store);
    // A contact logged with every record's first: the logs change, reminders with them.
    let ids = cmd().args(["find", "--format", "ids"]).output().unwrap();
    let ids = String::from_utf8(ids.stdout).unwrap();
    for id in ids.lines() {
        cmd()
            .args(["log-contact", id, "--channel", "phone", "--summary", "回访"])
            .args(["--at", "2026-11-20T10:00:00+08:00", "--next", "2026-11-25"])
            .assert()
            .success();
    }
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let without = outputs(&t, &store, &identity, &[("CRMFILE_INDEX", "off")]);
    let with = outputs(&t, &store, &identity, &[]);
    assert_same("after the change", &without, &with);
    let changed = index_bytes(&store);
    assert_eq!(changed.len(), built.len());
    // Each part's old logs put back beside its new heads, as a write cut between the
    // two files would leave them: the logs are refused and the part is built again.
    let mut put_back = 0;
    for ((path, old), (_, new)) in built.iter().zip(&changed) {
        if path.to_string_lossy().ends_with("-logs.age") && old != new {
            std::fs::write(path, old).unwrap();
            put_back += 1;
        }
    }
    assert!(put_back > 0, "control: the logs were written again");
    let tampered = index_bytes(&store);
    assert_same(
        "with logs from an older write",
        &without,
        &outputs(&t, &store, &identity, &[]),
    );
    assert_ne!(index_bytes(&store), tampered, "the parts are built again");
    // The logs deleted: the same.
    for path in index_files(&store) {
        if path.to_string_lossy().ends_with("-logs.age") {
            std::fs::remove_file(path).unwrap();
        }
    }
    assert_same(
        "with the logs deleted",
        &without,
        &outputs(&t, &store, &identity, &[]),
    );
    assert_eq!(
        index_bytes(&store).len(),
        built.len(),
        "the logs are written again"
    );
}

#[test]
fn the_index_is_encrypted_to_the_user_alone_and_holds_nothing_in_the_clear() {
    let t = TestStore::new();
    let canary = format!("Idx{}Canary", std::process::id());
    let id = t.add(&["--name", &format!("王{canary}"), "--phone", "13800138000"]);
    t.cmd()
        .args(["log-contact", &id, "--channel", "phone", "--summary", &canary])
        .assert()
        .success();
    // A teammate's key on the store: the records are for both, the index for you only.
    let (second, second_key) = new_identity(&t, "second");
    t.cmd()
        .args(["recipients", "add", &second_key, "--yes"])
        .assert()
        .success();
    // Files changed in the last two seconds are not cached yet.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    t.cmd()
        .args(["find", "王"])
        .assert()
        .success()
        .stdout(contains(&canary));
    let index = index_files(&t.store());
    // One record, one part (heads, logs), and the listing of the store's folders.
    assert_eq!(index.len(), 3, "{index:?}");
    assert_eq!(
        index
            .iter()
            .filter(|f| f.to_string_lossy().ends_with("-listing.age"))
            .count(),
        1,
        "{index:?}"
    );
    assert_eq!(index_owners(&t.store()).len(), 1);
    assert!(files_containing(t.root(), canary.as_bytes()).is_empty());

    if let Some(rage) = rage() {
        assert!(
            rage.can_decrypt(&second, &t.record_path(&id)),
            "control: the record is theirs too"
        );
        for file in &index {
            assert!(
                !rage.can_decrypt(&second, file),
                "the teammate can read your index: {}",
                file.display()
            );
            assert!(rage.can_decrypt(&t.identity(), file));
        }
        // The name is in the index's heads (it answers `find 王`), only ever encrypted.
        let heads = index
            .iter()
            .find(|f| {
                !f.to_string_lossy().ends_with("-logs.age") && !f.to_string_lossy().ends_with("-listing.age")
            })
            .unwrap();
        let plain = rage.decrypt_bytes(&t.identity(), heads);
        assert!(plain.windows(canary.len()).any(|w| w == canary.as_bytes()));
    }

    // The teammate working in the same folder keeps an index of their own.
    t.cmd()
        .arg("--identity")
        .arg(&second)
        .args(["find", "王"])
        .assert()
        .success()
        .stdout(contains(&canary));
    assert_eq!(index_owners(&t.store()).len(), 2);
    // Git is told to ignore it along with the rest of the local state.
    let ignore = std::fs::read_to_string(t.store().join(".crmfile").join(".gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l.trim() == "*"), "{ignore}");
}

/// A store of 300 made-up customers: more than one part of records read in full (256).
fn three_hundred() -> TestStore {
    let t = TestStore::new();
    t.cmd()
        .args(["generate", "--count", "300", "--seed", "3"])
        .assert()
        .success();
    t
}

/// What a command that succeeds prints.
fn printed(t: &TestStore, args: &[&str]) -> String {
    let out = t.cmd().args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// A text field of each NDJSON line.
fn each_line(ndjson: &str, field: &str) -> Vec<String> {
    ndjson
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()[field]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn long_exports_are_written_in_parts_in_id_order() {
    let t = three_hundred();
    let run = |args: &[&str]| printed(&t, args);
    let mut ids = t.all_ids();
    ids.sort();
    assert_eq!(ids.len(), 300);

    let json: serde_json::Value = serde_json::from_str(&run(&["export", "--format", "json"])).unwrap();
    let listed: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ids);
    assert_eq!(each_line(&run(&["export", "--format", "ndjson"]), "id"), ids);
    // Timed, the parts' writing is one line, after the parts.
    let timed = t
        .cmd()
        .env("CRMFILE_TIMINGS", "1")
        .args(["export", "--format", "ndjson"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&timed.stderr);
    let prints: Vec<&str> = err.lines().filter(|l| l.starts_with("timing: print ")).collect();
    assert!(
        prints.len() == 1 && prints[0].contains(" ms in ") && prints[0].contains(" parts, peak "),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with("MiB") && err.lines().last().unwrap().starts_with("timing: command "),
        "{err}"
    );
    let csv = run(&["export", "--format", "csv", "--fields", "id"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id"), "one header");
    assert_eq!(lines.collect::<Vec<_>>(), ids);
    // Log entries: each customer's in turn, customers in id order.
    let owners = each_line(
        &run(&["export", "--entries", "contacts", "--format", "ndjson"]),
        "customer",
    );
    assert!(
        owners.len() > 1100,
        "the generator logs contacts: {}",
        owners.len()
    );
    assert!(owners.windows(2).all(|w| w[0] <= w[1]));
    let entries: serde_json::Value =
        serde_json::from_str(&run(&["export", "--entries", "contacts", "--format", "json"])).unwrap();
    assert_eq!(entries.as_array().unwrap().len(), owners.len());
}

#[test]
fn long_finds_are_written_in_parts_in_name_order() {
    let t = three_hundred();
    let run = |args: &[&str]| printed(&t, &[&["find"], args].concat());
    let json: serde_json::Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    let listed: Vec<(String, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut ordered = listed.clone();
    ordered.sort();
    assert_eq!(listed, ordered, "by name, then id");
    let mut ids: Vec<String> = listed.iter().map(|(_, id)| id.clone()).collect();
    // Whole records, as `show` gives them.
    let one = &json.as_array().unwrap()[270];
    let shown: serde_json::Value = serde_json::from_str(&printed(
        &t,
        &["show", one["id"].as_str().unwrap(), "--format", "json"],
    ))
    .unwrap();
    assert_eq!(one, &shown);
    let ndjson = each_line(&run(&["--format", "ndjson"]), "id");
    assert_eq!(ndjson, ids);
    let lines: Vec<String> = run(&["--format", "ids"]).lines().map(String::from).collect();
    assert_eq!(lines, ids);
    let csv = run(&["--format", "csv"]);
    let mut rows = csv.lines();
    assert_eq!(
        rows.next(),
        Some("id,name,company,phone,email,tier,owner,tags"),
        "one header"
    );
    let first: Vec<String> = rows.map(|r| r.split(',').next().unwrap().to_string()).collect();
    assert_eq!(first, ids);
    let plain: Vec<String> = run(&[])
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect();
    assert_eq!(plain, ids);
    // Every customer once.
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 300);
    assert_eq!(ids, {
        let mut all = t.all_ids();
        all.sort();
        all
    });
}

#[test]
fn an_export_that_matches_nothing_still_has_its_header() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--tag", "vip"]);
    for (args, want) in [
        (
            &["--tag", "nobody", "--format", "csv", "--fields", "id,name"][..],
            "id,name\n",
        ),
        (
            &["--tag", "nobody", "--format", "csv", "--fields", "id", "--bom"][..],
            "\u{feff}id\n",
        ),
        (
            &[
                "--tag",
                "nobody",
                "--entries",
                "contacts",
                "--format",
                "csv",
                "--fields",
                "customer,at",
            ][..],
            "customer,at\n",
        ),
        (&["--tag", "nobody", "--format", "json"][..], "[]\n"),
    ] {
        let out = t.cmd().arg("export").args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert_eq!(String::from_utf8(out.stdout).unwrap(), want, "{args:?}");
    }
}

/// NDJSON lines for `n` customers, the first and the last with one phone.
fn ndjson_customers(n: usize) -> String {
    (0..n)
        .map(|i| {
            let phone = if i == n - 1 { 0 } else { i };
            format!("{{\"name\":\"客户{i}\",\"contact\":{{\"phones\":[\"139{phone:08}\"]}}}}\n")
        })
        .collect()
}

#[test]
fn a_bad_line_anywhere_in_an_ndjson_file_stops_the_import_before_it_writes() {
    let t = TestStore::new();
    let mut input = ndjson_customers(300).into_bytes();
    input.extend_from_slice(b"{\"name\":\"\xff\"}\n");
    let file = t.root().join("bad.ndjson");
    std::fs::write(&file, &input).unwrap();
    let out = t
        .cmd()
        .args(["import", "customers", "--format", "ndjson"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("UTF-8"));
    assert_eq!(out.stdout, b"", "ids were printed");
    assert!(t.all_ids().is_empty(), "records were written");
}

#[test]
fn a_row_that_updates_a_record_this_import_made_counts_it_once_as_new() {
    // The last row has the first row's phone: with 300 rows they fall in different parts.
    let input = ndjson_customers(300);
    let file_of = |t: &TestStore| {
        let file = t.root().join("in.ndjson");
        std::fs::write(&file, &input).unwrap();
        file
    };
    let run = |t: &TestStore, extra: &[&str]| {
        let out = t
            .cmd()
            .args([
                "import",
                "customers",
                "--format",
                "ndjson",
                "--on-duplicate",
                "update",
            ])
            .arg(file_of(t))
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stderr).unwrap()
    };
    let t = TestStore::new();
    assert!(run(&t, &["--dry-run"]).contains("299 new, 0 updated"));
    let real = run(&t, &[]);
    assert!(real.contains("299 new, 0 updated"), "{real}");
    assert_eq!(t.all_ids().len(), 299);
    // One record holds that phone: the last row was merged into the first row's record.
    let out = t
        .cmd()
        .args(["find", "13900000000", "--format", "json"])
        .output()
        .unwrap();
    let found: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found.as_array().unwrap().len(), 1);
}

#[test]
fn timings_go_to_stderr_only_when_asked_and_change_no_answer() {
    let t = TestStore::new();
    let (store, identity) = demo(&t);
    let run = |timings: bool| {
        let mut cmd = t.bare();
        cmd.arg("--store")
            .arg(&store)
            .arg("--identity")
            .arg(&identity)
            .args(["--today", "2026-11-22", "remind", "--within", "60d"]);
        if timings {
            cmd.env("CRMFILE_TIMINGS", "1");
        }
        cmd.output().unwrap()
    };
    let plain = run(false);
    let timed = run(true);
    assert!(plain.status.success() && timed.status.success());
    assert_eq!(plain.stdout, timed.stdout, "timings changed the answer");
    let err = String::from_utf8_lossy(&timed.stderr);
    for phase in [
        "timing: walk ",
        "timing: records ",
        "timing: thread time: stat ",
        "timing: command ",
    ] {
        assert!(err.contains(phase), "no {phase:?} in {err}");
    }
    assert!(err.contains(" MiB"), "peak memory: {err}");
    assert!(!String::from_utf8_lossy(&plain.stderr).contains("timing:"));
}

#[test]
fn a_store_of_many_folders_reads_the_same_through_the_index() {
    // More folders than the scan keeps open at once: the rest are looked up by path.
    let t = TestStore::new();
    t.cmd()
        .args(["generate", "--count", "300", "--seed", "3"])
        .assert()
        .success();
    let store = t.store();
    for (n, path) in t.all_ids().iter().map(|id| t.record_path(id)).enumerate() {
        let folder = store.join(format!("f{n:03}"));
        std::fs::create_dir(&folder).unwrap();
        std::fs::rename(&path, folder.join(path.file_name().unwrap())).unwrap();
    }
    std::thread::sleep(std::time::Duration::from_millis(2100));
    // At most 300 open files, as many as there are folders: a scan that held every folder
    // open would have none left for the records and the index.
    let hard = rustix::process::getrlimit(rustix::process::Resource::Nofile).maximum;
    let ids = |env: Option<(&str, &str)>| {
        let mut cmd = t.std_cmd();
        cmd.args(["find", "--format", "ids"]);
        if let Some((k, v)) = env {
            cmd.env(k, v);
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            let limit = rustix::process::Rlimit {
                current: Some(300),
                maximum: hard,
            };
            // SAFETY: setrlimit is async-signal-safe and touches nothing of the parent.
            unsafe {
                cmd.pre_exec(move || {
                    rustix::process::setrlimit(rustix::process::Resource::Nofile, limit)
                        .map_err(std::io::Error::from)
                });
            }
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let without = ids(Some(("CRMFILE_INDEX", "off")));
    assert_eq!(without.lines().count(), 300);
    assert_eq!(ids(None), without, "when the index is built");
    assert!(!index_files(&store).is_empty());
    assert_eq!(ids(None), without, "when the index is read");
}

#[test]
fn a_store_reached_through_a_link_is_read_whole_and_links_in_it_are_not_followed() {
    let t = TestStore::new();
    t.cmd()
        .args(["generate", "--count", "12", "--seed", "5"])
        .assert()
        .success();
    let store = t.store();
    let mut ids = t.all_ids();
    ids.sort();
    // Some records in a folder, and a link to that folder beside it: listed once.
    let folder = store.join("team");
    std::fs::create_dir(&folder).unwrap();
    for id in &ids[..4] {
        let path = t.record_path(id);
        std::fs::rename(&path, folder.join(path.file_name().unwrap())).unwrap();
    }
    std::os::unix::fs::symlink(&folder, store.join("team-link")).unwrap();
    let link = t.root().join("store-link");
    std::os::unix::fs::symlink(&store, &link).unwrap();
    for index in ["off", "1", "1"] {
        let out = on_store(&t, &link, &t.identity())
            .args(["find", "--format", "ids"])
            .env("CRMFILE_INDEX", index)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let mut found: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(String::from)
            .collect();
        found.sort();
        assert_eq!(found, ids, "CRMFILE_INDEX={index}");
    }
}

#[test]
fn a_record_under_a_name_that_is_not_utf8_is_reported_not_skipped() {
    use std::os::unix::ffi::OsStrExt;
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    let copy = t.store().join(std::ffi::OsStr::from_bytes(b"\xff.toml.age"));
    std::fs::copy(t.record_path(&id), &copy).unwrap();
    for index in ["off", "1"] {
        t.cmd()
            .args(["find", "--format", "ids"])
            .env("CRMFILE_INDEX", index)
            .assert()
            .code(1)
            .stdout(contains(id.as_str()))
            .stderr(contains("not its file name").and(contains("1 record file")));
    }
}

#[test]
fn a_part_whose_logs_are_gone_is_built_again_after_a_change() {
    let t = TestStore::new();
    let (store, identity) = demo(&t);
    let cmd = || on_store(&t, &store, &identity);
    let ids = |args: &[&str]| ids_read(&t, &store, &identity, args);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    // A record that shares its part with another (the part of a path is FNV-1a of it,
    // modulo 32), so the part keeps entries that need their logs.
    let part = |id: &str| {
        format!("{id}.toml.age")
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            })
            % 32
    };
    let all = ids(&["find"]);
    let first = all
        .lines()
        .find(|id| all.lines().filter(|other| part(other) == part(id)).count() > 1)
        .expect("30 records in 32 parts: two share one")
        .to_string();
    let is_logs = |p: &PathBuf| p.to_string_lossy().ends_with("-logs.age");
    let heads: Vec<PathBuf> = index_files(&store).into_iter().filter(|p| !is_logs(p)).collect();
    for logs in index_files(&store).into_iter().filter(is_logs) {
        std::fs::remove_file(logs).unwrap();
    }
    // Reads of heads alone do not need the logs while nothing changes.
    assert_eq!(ids(&["find"]).lines().count(), 30);
    assert_eq!(index_files(&store), heads);
    // A change: the part cannot be written without its logs, so it is removed...
    cmd().args(["tag", &first, "+after-logs"]).assert().success();
    std::thread::sleep(std::time::Duration::from_millis(2100));
    assert_eq!(ids(&["find", "--tag", "after-logs"]).trim(), first);
    let left = index_files(&store);
    assert_eq!(left.len(), heads.len() - 1, "{left:?}");
    // ...and built again, both files, by the next read.
    assert_eq!(ids(&["find", "--tag", "after-logs"]).trim(), first);
    let rebuilt: Vec<PathBuf> = index_files(&store)
        .into_iter()
        .filter(|p| !left.contains(p))
        .collect();
    assert_eq!(rebuilt.len(), 2, "{rebuilt:?}");
    assert!(rebuilt.iter().any(is_logs));
}

#[test]
fn a_kept_listing_is_read_only_while_no_folder_changed() {
    let t = TestStore::new();
    let (demo_store, identity) = demo(&t);
    let mut all: Vec<String> = ids_read(&t, &demo_store, &identity, &["find"])
        .lines()
        .map(String::from)
        .collect();
    all.sort();
    let file = |id: &str| format!("{id}.toml.age");
    // Records in a folder too, so that changes below the root are seen.
    let team = demo_store.join("team");
    std::fs::create_dir(&team).unwrap();
    for id in &all[..5] {
        std::fs::rename(demo_store.join(file(id)), team.join(file(id))).unwrap();
    }
    let kept = |store: &Path| count_files_ending(&store.join(".crmfile"), "-listing.age");
    // Folders changed within two seconds: their names may change again unseen in the
    // same tick of the clock, so what was listed is not kept.
    ids_read(&t, &demo_store, &identity, &["find"]);
    assert_eq!(
        kept(&demo_store),
        0,
        "a listing of folders just changed is not kept"
    );
    let changes = [
        "a record added by crmfile",
        "a record removed in the folder",
        "a record moved into the folder",
        "a new folder with a record",
        "a record moved in, the folder's time set back",
        "a record rewritten in place",
    ];
    // One copy of the store for each change, each with a record kept outside it and a
    // tagged version of another.
    let outside = t.root().join("outside");
    std::fs::create_dir(&outside).unwrap();
    let stores: Vec<PathBuf> = (0..changes.len())
        .map(|n| {
            let s = t.root().join(format!("copy{n}"));
            copy_dir(&demo_store, &s);
            s
        })
        .collect();
    let away = &all[10];
    std::fs::rename(stores[2].join(file(away)), outside.join("2")).unwrap();
    std::fs::rename(stores[3].join(file(away)), outside.join("3")).unwrap();
    std::fs::rename(stores[4].join(file(away)), outside.join("4")).unwrap();
    let tagged = stores[5].join("team").join(file(&all[4]));
    on_store(&t, &stores[5], &identity)
        .args(["tag", &all[4], "+in-place"])
        .assert()
        .success();
    let tagged_bytes = std::fs::read(&tagged).unwrap();
    on_store(&t, &stores[5], &identity)
        .args(["tag", &all[4], "-in-place"])
        .assert()
        .success();
    // A listing is kept only of folders whose names did not change for two seconds.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let find = |store: &Path, index: &str| {
        let out = on_store(&t, store, &identity)
            .args(["find", "--format", "json"])
            .env("CRMFILE_INDEX", index)
            .env("CRMFILE_TIMINGS", "1")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let walked = String::from_utf8_lossy(&out.stderr).contains("timing: walk: sort");
        (String::from_utf8(out.stdout).unwrap(), walked)
    };
    for (n, (store, change)) in stores.iter().zip(changes).enumerate() {
        let (first, walked) = find(store, "1");
        assert!(walked, "{change}: the first read walks");
        assert_eq!(kept(store), 1, "{change}: the listing is kept");
        let (again, walked) = find(store, "1");
        assert!(!walked, "{change}: the second read lists no folder");
        assert!(again == first, "{change}: the kept listing reads the same");
        match n {
            0 => {
                on_store(&t, store, &identity)
                    .args(["add", "--name", "列表测试"])
                    .assert()
                    .success();
            }
            1 => std::fs::remove_file(store.join("team").join(file(&all[1]))).unwrap(),
            2 => std::fs::rename(outside.join("2"), store.join("team").join(file(away))).unwrap(),
            3 => {
                std::fs::create_dir(store.join("new")).unwrap();
                std::fs::rename(outside.join("3"), store.join("new").join(file(away))).unwrap();
            }
            // The folder's modification time as it was: its change time still tells.
            4 => {
                let folder = store.join("team");
                let mtime = std::fs::metadata(&folder).unwrap().modified().unwrap();
                std::fs::rename(outside.join("4"), folder.join(file(away))).unwrap();
                std::fs::File::open(&folder).unwrap().set_modified(mtime).unwrap();
                assert_eq!(std::fs::metadata(&folder).unwrap().modified().unwrap(), mtime);
            }
            // In place: the folder does not change, the file's own times do.
            _ => std::fs::write(&tagged, &tagged_bytes).unwrap(),
        }
        let (with, walked) = find(store, "1");
        let (without, _) = find(store, "off");
        assert!(with == without, "{change}: the same answer as without the index");
        assert!(with != first, "{change}: the change is seen");
        assert_eq!(walked, n != 5, "{change}: a changed folder is listed again");
    }
}

#[test]
fn a_write_finds_the_recipients_files_in_a_current_listing() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    t.cmd().args(["find", "--format", "ids"]).assert().success();
    assert_eq!(count_files_ending(&t.store().join(".crmfile"), "-listing.age"), 1);
    let set = |n: u32| {
        let out = t
            .cmd()
            .env("CRMFILE_TIMINGS", "1")
            .args(["set", &id, &format!("preferences.notes=note {n}")])
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(out.status.success(), "{err}");
        err
    };
    let err = set(1);
    assert!(err.contains("timing: walk: kept listing"), "{err}");
    assert!(!err.contains("timing: walk: recipients"), "{err}");
    // That write changed the store's folder: the listing is not current, and the next
    // write lists the folders for their recipients files.
    let err = set(2);
    assert!(err.contains("timing: walk: recipients"), "{err}");
    assert!(t.show_json(&id)["preferences"]["notes"] == "note 2");
}

#[test]
fn a_walk_with_errors_is_never_kept_and_its_errors_are_said_every_time() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    // A link named like a record: reported, never followed.
    std::os::unix::fs::symlink(t.record_path(&id), t.store().join("c-zzzzzzzz.toml.age")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2100));
    for _ in 0..3 {
        t.cmd()
            .args(["find", "--format", "ids"])
            .assert()
            .code(1)
            .stdout(contains(id.as_str()))
            .stderr(contains("c-zzzzzzzz.toml.age"));
        assert_eq!(count_files_ending(&t.store().join(".crmfile"), "-listing.age"), 0);
    }
    // Without it, the walk is kept.
    std::fs::remove_file(t.store().join("c-zzzzzzzz.toml.age")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2100));
    t.cmd().args(["find", "--format", "ids"]).assert().success();
    assert_eq!(count_files_ending(&t.store().join(".crmfile"), "-listing.age"), 1);
}
