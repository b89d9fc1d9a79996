//! Tests of team access: named members in team.toml, folders as access levels, records a
//! member cannot read skipped without error, and the shared, hash-chained access trail
//! carried by git. Several real identities and real git clones.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::*;
use crate::common::{stderr_of, stdout_of};

/// Runs crmfile on `store` with `identity`; returns the output, whatever the exit.
fn run_as(t: &TestStore, identity: &Path, store: &Path, args: &[&str]) -> Output {
    t.bare()
        .arg("--identity")
        .arg(identity)
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .expect("run crmfile")
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "crmfile failed: {}\n{}",
        stderr_of(&out),
        stdout_of(&out)
    );
    out
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .envs(GIT_ENV.iter().copied())
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?} failed: {}", stderr_of(&out));
    stdout_of(&out)
}

/// A store led by the identity `init` made (member 王总), with 李娜 as a second member.
struct Team {
    t: TestStore,
    lead: PathBuf,
    li: PathBuf,
    li_key: String,
    lead_key: String,
}

fn team() -> Team {
    let t = TestStore::new();
    let lead = t.identity();
    let (li, li_key) = new_identity(&t, "li");
    let lead_key = t.public_key();
    t.cmd()
        .args(["member", "add", "王总", &lead_key])
        .assert()
        .success();
    t.cmd()
        .args(["member", "add", "李娜", &li_key])
        .assert()
        .success();
    Team {
        t,
        lead,
        li,
        li_key,
        lead_key,
    }
}

/// The one file of `member`'s trail written from the clone at `store`
/// (`.crmfile/access/<member>@<device>.log`).
fn trail(store: &Path, member: &str) -> PathBuf {
    let dir = store.join(".crmfile/access");
    let device = std::fs::read_to_string(store.join(".crmfile/device")).expect("the clone's name");
    let device = device.lines().next().expect("a name");
    let file = dir.join(format!("{member}@{device}.log"));
    assert!(file.is_file(), "no trail {}", file.display());
    file
}

fn all_files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    for e in walkdir(dir) {
        out.insert(e.clone(), std::fs::read(&e).unwrap_or_default());
    }
    out
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        let ft = e.file_type().unwrap();
        if ft.is_dir() {
            out.extend(walkdir(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn members_are_added_listed_and_named_in_records() {
    let Team { t, li, li_key, .. } = team();
    let out = ok(t
        .cmd()
        .args(["member", "list", "--format", "json"])
        .output()
        .unwrap());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["李娜", "王总"]);
    assert_eq!(v[1]["you"], true);
    assert_eq!(v[0]["key"], li_key.as_str());
    // team.toml is carried by git: the state folder's .gitignore lets it through.
    let ignore = std::fs::read_to_string(t.store().join(".crmfile/.gitignore")).unwrap();
    assert!(
        ignore.contains("!team.toml") && ignore.contains("!access/*.log"),
        "{ignore}"
    );

    // Who made and changed a record, and who logged a contact: the member, not $USER.
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let mut log = t.cmd();
    log.env("USER", "someone-else")
        .env("CRMFILE_USER", "someone-else")
        .args(["log-contact", &id, "--channel", "phone", "--summary", "报价"]);
    log.assert().success();
    let rec = t.show_json(&id);
    assert_eq!(rec["created_by"], "王总", "{rec}");
    assert_eq!(rec["updated_by"], "王总", "{rec}");
    assert_eq!(rec["contacts"][0]["by"], "王总", "{rec}");
    // Records added many at a time (written in one batch) are stamped the same way.
    let out = t
        .cmd()
        .args(["add", "--json", "-"])
        .write_stdin("{\"name\":\"赵敏\"}\n{\"name\":\"钱进\"}\n")
        .output()
        .unwrap();
    ok(out.clone());
    let batch: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(batch.len(), 2, "{batch:?}");
    for id in &batch {
        let rec = t.show_json(id);
        assert_eq!(rec["created_by"], "王总", "{rec}");
        assert_eq!(rec["updated_by"], "王总", "{rec}");
    }

    // Root readers now include 李娜 by name; she changes the record: updated_by is hers.
    ok(t.cmd()
        .args(["recipients", "add", "李娜", "--yes"])
        .output()
        .unwrap());
    ok(run_as(&t, &li, &t.store(), &["set", &id, "title=采购经理"]));
    let rec = t.show_json(&id);
    assert_eq!(rec["created_by"], "王总");
    assert_eq!(rec["updated_by"], "李娜");

    // An old record without the fields stays valid (they are optional in the schema).
    let schema =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/customer.schema.json"))
            .unwrap();
    assert!(schema.contains("created_by") && schema.contains("updated_by"));
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let required = schema["required"].as_array().unwrap();
    assert!(!required.iter().any(|r| r == "created_by" || r == "updated_by"));
}

#[test]
fn a_store_made_before_teams_lets_git_carry_the_team_file() {
    let t = TestStore::new();
    let ignore = t.store().join(".crmfile/.gitignore");
    // The .gitignore older versions wrote.
    std::fs::write(
        &ignore,
        "# Local state (lock, caches, access log) stays on this machine.\n*\n!.gitignore\n!config.toml\n!erasures.toml\n",
    )
    .unwrap();
    ok(t.cmd()
        .args(["member", "add", "王总", &t.public_key()])
        .output()
        .unwrap());
    let text = std::fs::read_to_string(&ignore).unwrap();
    for line in ["!team.toml", "!access/", "!access/*.log", "!erasures.toml"] {
        assert!(text.lines().any(|l| l == line), "{line} missing: {text}");
    }
    git(&t.store(), &["init", "-q"]);
    git(&t.store(), &["add", "-A"]);
    let staged = git(
        &t.store(),
        &["-c", "core.quotepath=false", "diff", "--cached", "--name-only"],
    );
    assert!(staged.lines().any(|l| l == ".crmfile/team.toml"), "{staged}");
    assert!(!staged.contains("index-") && !staged.contains("lock"), "{staged}");
}

#[test]
fn without_a_team_the_login_name_is_used_as_before() {
    let t = TestStore::new();
    let id = {
        let out = t
            .cmd()
            .env("CRMFILE_USER", "li.local")
            .args(["add", "--name", "张伟", "--phone", "13800138000"])
            .output()
            .unwrap();
        stdout_of(&ok(out)).trim().to_string()
    };
    assert_eq!(t.show_json(&id)["created_by"], "li.local");
    assert!(!t.store().join(".crmfile/team.toml").exists());
    // The local log, as before.
    assert!(t.store().join(".crmfile/access.log").is_file());
    assert!(!t.store().join(".crmfile/access").exists());
}

#[test]
fn bad_input_is_a_clear_error_and_writes_nothing() {
    let Team { t, .. } = team();
    let outside = t.root().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&outside, t.store().join("link")).unwrap();
    let before = all_files(&t.store());

    let cases: &[(&[&str], &str)] = &[
        (&["member", "add", "张三", "age1notakey"], "is not a public key"),
        (&["member", "add", "张三", "hello"], "is not a public key"),
        (
            &[
                "member",
                "add",
                "a/b",
                "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
            ],
            "cannot be a member name",
        ),
        (&["member", "remove", "赵六", "--yes"], "no member named `赵六`"),
        (
            &["recipients", "add", "赵六", "--folder", "vip", "--yes"],
            "no member named `赵六`",
        ),
        (
            &["recipients", "remove", "赵六", "--yes"],
            "no member named `赵六`",
        ),
        (
            &["recipients", "add", "age1nope", "--folder", "vip", "--yes"],
            "is not a public key",
        ),
        (
            &["recipients", "add", "李娜", "--folder", "../outside", "--yes"],
            "--folder",
        ),
        (
            &["recipients", "add", "李娜", "--folder", "/tmp", "--yes"],
            "--folder",
        ),
        (
            &["recipients", "add", "李娜", "--folder", "link", "--yes"],
            "link",
        ),
        (
            &["recipients", "add", "李娜", "--folder", "link/deeper", "--yes"],
            "link",
        ),
        (&["move", "c-00000000", "--folder", "../outside"], "--folder"),
    ];
    for (args, says) in cases {
        let out = t.cmd().args(*args).output().unwrap();
        assert!(!out.status.success(), "{args:?} succeeded");
        let err = stderr_of(&out);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(err.starts_with("error:"), "{args:?}: {err}");
    }
    let mut after = all_files(&t.store());
    // Reading commands may log access; nothing else changes.
    after.retain(|p, _| !p.starts_with(t.store().join(".crmfile/access")) && !p.ends_with("lock"));
    let mut before = before;
    before.retain(|p, _| !p.starts_with(t.store().join(".crmfile/access")) && !p.ends_with("lock"));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    assert_eq!(before, after);
    assert!(
        walkdir(&outside).is_empty(),
        "something was written outside the store"
    );
    assert!(!t.store().join("vip").exists());
}

/// The lead keeps `vip` to themselves; 李娜 reads the root.
fn with_vip(tm: &Team) -> (String, String) {
    let t = &tm.t;
    ok(t.cmd()
        .args(["recipients", "add", "李娜", "--yes"])
        .output()
        .unwrap());
    let open = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let secret = t.add(&["--name", "王芳", "--phone", "13900139000"]);
    for id in [&open, &secret] {
        ok(t.cmd()
            .args(["set", id, "follow_up.next=2026-11-23"])
            .output()
            .unwrap());
    }
    // A folder only the lead reads: its own recipients file, made by `recipients add`,
    // which says who reads the folder now and will not.
    let out = ok(t
        .cmd()
        .args(["recipients", "add", "王总", "--folder", "vip", "--yes"])
        .output()
        .unwrap());
    assert!(
        stderr_of(&out)
            .contains("vip gets recipients of its own: 李娜 can read it now and will not after this"),
        "{}",
        stderr_of(&out)
    );
    let out = ok(t
        .cmd()
        .args(["move", &secret, "--folder", "vip"])
        .output()
        .unwrap());
    assert!(stderr_of(&out).contains("moved"), "{}", stderr_of(&out));
    assert!(t.store().join("vip").join(format!("{secret}.toml.age")).is_file());
    assert!(!t.store().join(format!("{secret}.toml.age")).exists());
    (open, secret)
}

#[test]
fn a_restricted_members_cron_remind_is_silent_and_succeeds() {
    let tm = team();
    let (open, secret) = with_vip(&tm);
    let Team { t, li, lead, .. } = &tm;
    if let Some(rage) = rage() {
        assert!(rage.can_decrypt(lead, &t.store().join(format!("vip/{secret}.toml.age"))));
        assert!(!rage.can_decrypt(li, &t.store().join(format!("vip/{secret}.toml.age"))));
    }

    // Files changed in the last two seconds are not kept in an index (git's "racy"
    // rule): wait, so that her index holds what she read.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    // Cron: nothing on stderr, exit 0, only what she may read.
    let out = run_as(t, li, &t.store(), &["remind", "--within", "7d"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out), "");
    let text = stdout_of(&out);
    assert!(text.contains(&open), "{text}");
    assert!(!text.contains(&secret) && !text.contains("王芳"), "{text}");

    // The other bulk commands too; -v counts what was left out, in one line.
    for args in [
        &["find"][..],
        &["report"],
        &["export", "--format", "json"],
        &["classify", "--dry-run"],
    ] {
        let out = run_as(t, li, &t.store(), args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        assert!(!stdout_of(&out).contains(&secret), "{args:?}");
        assert!(
            !stderr_of(&out).contains("not-for-you") && !stderr_of(&out).contains("error"),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    let out = run_as(t, li, &t.store(), &["-v", "find"]);
    assert_eq!(out.status.code(), Some(0));
    let err = stderr_of(&out);
    assert_eq!(
        err.matches("1 record(s) in folders you cannot read were left out")
            .count(),
        1,
        "{err}"
    );

    // A query for a customer she cannot read says so, without naming anything.
    let out = run_as(t, li, &t.store(), &["show", "王芳"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("1 record(s) in folders you cannot read were not searched"),
        "{}",
        stderr_of(&out)
    );

    // The index never holds them: decrypt hers and look.
    if let Some(rage) = rage() {
        let index: Vec<PathBuf> = walkdir(&t.store().join(".crmfile"))
            .into_iter()
            .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("index-"))
            .filter(|p| rage.can_decrypt(li, p))
            .collect();
        assert!(!index.is_empty(), "her index");
        // The listing of the folders holds every file's name, as the folders show it to
        // her; nothing of the records she cannot read is kept.
        let (listing, entries): (Vec<&PathBuf>, Vec<&PathBuf>) = index
            .iter()
            .partition(|p| p.to_string_lossy().ends_with("-listing.age"));
        assert_eq!(listing.len(), 1, "{index:?}");
        let plain: Vec<u8> = entries.iter().flat_map(|p| rage.decrypt_bytes(li, p)).collect();
        assert!(bytes_contain(&plain, open.as_bytes()));
        assert!(!bytes_contain(&plain, secret.as_bytes()));
        let names = rage.decrypt_bytes(li, listing[0]);
        assert!(bytes_contain(&names, format!("vip/{secret}.toml.age").as_bytes()));
    }

    // audit says it once, as information, and passes.
    let out = run_as(t, li, &t.store(), &["audit", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mine: Vec<&serde_json::Value> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "not-yours")
        .collect();
    assert_eq!(mine.len(), 1, "{findings}");
    assert_eq!(mine[0]["severity"], "info");

    // A record in a folder she should read, but sealed to the lead only: an error.
    if let Some(rage) = rage() {
        let broken = t.store().join("c-zzzzzzzz.toml.age");
        rage.encrypt(
            &tm.lead_key,
            "schema = 1\nid = \"c-zzzzzzzz\"\nname = \"X\"\ncreated = 2026-01-01T00:00:00Z\nupdated = 2026-01-01T00:00:00Z\n",
            &broken,
        );
        let out = run_as(t, li, &t.store(), &["remind", "--within", "7d"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains("c-zzzzzzzz.toml.age"),
            "{}",
            stderr_of(&out)
        );
    }
}

#[test]
fn three_members_each_read_their_folders() {
    let tm = team();
    let t = &tm.t;
    let (wang, wang_key) = new_identity(t, "wang");
    ok(t.cmd()
        .args(["member", "add", "王芳", &wang_key])
        .output()
        .unwrap());
    ok(t.cmd()
        .args(["recipients", "add", "王芳", "--yes"])
        .output()
        .unwrap());
    let root = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    // vip: a recipients file of its own, listing the lead (who runs it) and 李娜.
    ok(t.cmd()
        .args(["recipients", "add", "李娜", "--folder", "vip", "--yes"])
        .output()
        .unwrap());
    let vip = t.add(&["--name", "赵强", "--phone", "13700137000", "--folder", "vip"]);
    let list = stdout_of(&ok(t
        .cmd()
        .args(["recipients", "list", "--format", "table"])
        .output()
        .unwrap()));
    assert!(
        list.contains("vip") && list.contains("李娜") && list.contains("王芳"),
        "{list}"
    );

    let li_ids = stdout_of(&ok(run_as(t, &tm.li, &t.store(), &["find", "--format", "ids"])));
    // 李娜 reads vip only (the root lists the lead and 王芳); 王芳 the root only.
    assert!(
        !li_ids.contains(&root) && li_ids.contains(&vip),
        "root {root} vip {vip}: {li_ids}\n{list}"
    );
    let wang_ids = stdout_of(&ok(run_as(t, &wang, &t.store(), &["find", "--format", "ids"])));
    assert!(wang_ids.contains(&root) && !wang_ids.contains(&vip), "{wang_ids}");
    // 王芳 does not read vip, so she cannot change who does: refused, nothing written.
    let before = all_files(&t.store());
    for args in [
        &[
            "recipients",
            "add",
            "王芳",
            "--folder",
            "vip",
            "--inherit",
            "--yes",
        ][..],
        &["recipients", "remove", "李娜", "--folder", "vip", "--yes"],
    ] {
        let out = run_as(t, &wang, &t.store(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr_of(&out).contains("you do not read what vip/.age-recipients covers"),
            "{}",
            stderr_of(&out)
        );
    }
    // Everywhere: what she does not read is named, and nothing she reads lists 李娜.
    let out = run_as(t, &wang, &t.store(), &["recipients", "remove", "李娜", "--yes"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains("vip/.age-recipients") && err.contains("no recipients file changed"),
        "{err}"
    );
    assert!(all_files(&t.store()) == before, "nothing changed");

    // --inherit starts the new folder from everyone who reads it now.
    ok(t.cmd()
        .args([
            "recipients",
            "add",
            "李娜",
            "--folder",
            "east",
            "--inherit",
            "--yes",
        ])
        .output()
        .unwrap());
    let east = std::fs::read_to_string(t.store().join("east/.age-recipients")).unwrap();
    assert!(
        east.contains(&wang_key) && east.contains(&tm.li_key) && east.contains(&tm.lead_key),
        "{east}"
    );
    // Adding someone already listed is refused.
    let out = t
        .cmd()
        .args(["recipients", "add", "李娜", "--folder", "east", "--yes"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn a_removed_member_cannot_read_what_is_written_after() {
    let Some(rage) = rage() else { return };
    let Team { t, li, lead, .. } = team();
    ok(t.cmd()
        .args(["recipients", "add", "李娜", "--yes"])
        .output()
        .unwrap());
    let before = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    assert!(rage.can_decrypt(&li, &t.record_path(&before)));

    let out = ok(t
        .cmd()
        .args(["member", "remove", "李娜", "--yes"])
        .output()
        .unwrap());
    assert!(stderr_of(&out).contains("re-encrypted 1"), "{}", stderr_of(&out));
    let after = t.add(&["--name", "王芳", "--phone", "13900139000"]);
    assert!(!rage.can_decrypt(&li, &t.record_path(&after)));
    assert!(
        !rage.can_decrypt(&li, &t.record_path(&before)),
        "what she could read was sealed again"
    );
    assert!(rage.can_decrypt(&lead, &t.record_path(&after)));
    let team = std::fs::read_to_string(t.store().join(".crmfile/team.toml")).unwrap();
    assert!(!team.contains("李娜"), "{team}");
    let root = std::fs::read_to_string(t.store().join(".age-recipients")).unwrap();
    assert!(!root.contains("李娜"), "{root}");
}

#[test]
fn reencrypt_touches_only_records_sealed_to_another_list() {
    let Team { t, li, li_key, .. } = team();
    t.add(&["--name", "张伟", "--phone", "13800138000"]);
    t.add(&["--name", "王芳", "--phone", "13900139000"]);
    let out = ok(t.cmd().arg("reencrypt").output().unwrap());
    let err = stderr_of(&out);
    assert!(
        err.contains("re-encrypted 0") && err.contains("2 record(s) already sealed"),
        "{err}"
    );

    // A hand edit that swaps nothing in count but adds her key: both are sealed again.
    let file = t.store().join(".age-recipients");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str(&format!("{li_key}\n"));
    std::fs::write(&file, text).unwrap();
    ok(t.cmd().args(["recipients", "trust", "--yes"]).output().unwrap());
    let out = ok(t.cmd().arg("reencrypt").output().unwrap());
    let err = stderr_of(&out);
    assert!(
        err.contains("re-encrypted 2") && err.contains("0 record(s) already sealed"),
        "{err}"
    );
    let ids = stdout_of(&ok(run_as(&t, &li, &t.store(), &["find", "--format", "ids"])));
    assert_eq!(ids.lines().count(), 2);
}

#[test]
fn the_lead_sees_a_members_reads_after_a_pull() {
    let Team { t, li, .. } = team();
    ok(t.cmd()
        .args(["recipients", "add", "李娜", "--yes"])
        .output()
        .unwrap());
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let origin = t.root().join("origin.git");
    git(
        t.root(),
        &["init", "-q", "--bare", "-b", "main", origin.to_str().unwrap()],
    );
    git(&t.store(), &["init", "-q", "-b", "main"]);
    git(&t.store(), &["add", "-A"]);
    git(&t.store(), &["commit", "-q", "-m", "store"]);
    git(&t.store(), &["remote", "add", "origin", origin.to_str().unwrap()]);
    git(&t.store(), &["push", "-q", "origin", "main"]);
    // team.toml and the lead's own trail went with it.
    let files = git(&t.store(), &["ls-files"]);
    assert!(files.contains(".crmfile/team.toml"), "{files}");
    assert!(
        files.contains("王总.log") || files.contains("\\347\\216\\213"),
        "{files}"
    );

    let clone = t.root().join("li-clone");
    git(
        t.root(),
        &["clone", "-q", origin.to_str().unwrap(), clone.to_str().unwrap()],
    );
    ok(run_as(&t, &li, &clone, &["show", &id]));
    // Her trail is a file git sees (not ignored), one per member.
    let hers = trail(&clone, "李娜");
    let line = std::fs::read_to_string(&hers).unwrap();
    assert!(!line.contains("张伟") && !line.contains("13800138000"), "{line}");
    git(&clone, &["add", ".crmfile/access"]);
    git(&clone, &["commit", "-q", "-m", "access"]);
    git(&clone, &["push", "-q", "origin", "main"]);

    git(&t.store(), &["pull", "-q", "--no-rebase", "origin", "main"]);
    let out = ok(t
        .cmd()
        .env("CRMFILE_NOW", "2026-11-25T09:30:00+08:00")
        .args([
            "access-log",
            "--member",
            "李娜",
            "--since",
            "-30d",
            "--format",
            "json",
        ])
        .output()
        .unwrap());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = v.as_array().unwrap();
    assert_eq!(entries.len(), 1, "{v}");
    assert_eq!(entries[0]["user"], "李娜");
    assert_eq!(entries[0]["command"], "show");
    assert_eq!(entries[0]["ids"][0], id.as_str());

    // The chain holds; a deleted line is found by audit.
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert!(
        !stdout_of(&out).contains("access-log-tampered"),
        "{}",
        stdout_of(&out)
    );
    let mine = trail(&t.store(), "王总");
    let text = std::fs::read_to_string(&mine).unwrap();
    assert!(text.lines().count() >= 2, "{text}");
    let kept: Vec<&str> = text.lines().skip(1).collect();
    std::fs::write(&mine, kept.join("\n") + "\n").unwrap();
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("access-log-tampered"),
        "{}",
        stdout_of(&out)
    );
}

#[test]
fn a_torn_trail_is_reported_and_repaired_and_links_are_refused() {
    let Team { t, .. } = team();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let mine = trail(&t.store(), "王总");
    let mut text = std::fs::read(&mine).unwrap();
    text.extend_from_slice(b"{\"at\":\"2026-11");
    std::fs::write(&mine, &text).unwrap();
    // audit finds it; its own line then cuts it off, and says so.
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert!(stdout_of(&out).contains("access-log-torn"), "{}", stdout_of(&out));
    assert!(stderr_of(&out).contains("torn line"), "{}", stderr_of(&out));
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    let s = stdout_of(&out);
    assert!(
        !s.contains("access-log-torn") && !s.contains("access-log-tampered"),
        "{s}"
    );

    // A link in place of the trail is never written through.
    #[cfg(unix)]
    {
        let elsewhere = t.root().join("elsewhere.log");
        std::fs::write(&elsewhere, "").unwrap();
        std::fs::remove_file(&mine).unwrap();
        std::os::unix::fs::symlink(&elsewhere, &mine).unwrap();
        let out = ok(t.cmd().args(["show", &id]).output().unwrap());
        assert!(stderr_of(&out).contains("symbolic link"), "{}", stderr_of(&out));
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "");
    }
}

#[test]
fn local_only_mode_keeps_the_log_on_this_machine() {
    let Team { t, .. } = team();
    let config = t.store().join(".crmfile/config.toml");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("shared = true", "shared = false");
    std::fs::write(&config, text).unwrap();
    let _ = std::fs::remove_dir_all(t.store().join(".crmfile/access"));
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    ok(t.cmd().args(["show", &id]).output().unwrap());
    assert!(!t.store().join(".crmfile/access").exists());
    let local = std::fs::read_to_string(t.store().join(".crmfile/access.log")).unwrap();
    assert!(local.contains("王总"), "{local}");
}

#[test]
fn a_complaint_handed_to_someone_outside_the_team_is_kept_with_a_warning() {
    let Team { t, .. } = team();
    let id = t.add(&["--name", "张伟", "--owner", "王总"]);
    let out = ok(t
        .cmd()
        .args([
            "log-feedback",
            &id,
            "--kind",
            "complaint",
            "--text",
            "late",
            "--handler",
            "李娜",
        ])
        .output()
        .unwrap());
    assert_eq!(stderr_of(&out), "", "a member: no warning");
    let entry = stdout_of(&out).trim().split('\t').nth(1).unwrap().to_string();
    let out = ok(t
        .cmd()
        .args(["resolve", &id, &entry, "--start", "--handler", "李那"])
        .output()
        .unwrap());
    let err = stderr_of(&out);
    assert!(err.contains("李那") && err.contains("李娜, 王总"), "{err}");
    assert_eq!(
        t.show_json(&id)["feedback"][0]["handler"],
        "李那",
        "kept as typed"
    );
}

#[test]
fn one_member_in_two_clones_keeps_two_trails_that_merge_and_verify() {
    let Team { t, li, .. } = team();
    ok(t.cmd()
        .args(["recipients", "add", "李娜", "--yes"])
        .output()
        .unwrap());
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let origin = t.root().join("origin.git");
    git(
        t.root(),
        &["init", "-q", "--bare", "-b", "main", origin.to_str().unwrap()],
    );
    git(&t.store(), &["init", "-q", "-b", "main"]);
    git(&t.store(), &["add", "-A"]);
    git(&t.store(), &["commit", "-q", "-m", "store"]);
    git(&t.store(), &["remote", "add", "origin", origin.to_str().unwrap()]);
    git(&t.store(), &["push", "-q", "origin", "main"]);
    // 李娜's laptop and the machine that runs her reminders: two clones, one key.
    let laptop = t.root().join("laptop");
    let cron = t.root().join("cron");
    for clone in [&laptop, &cron] {
        git(
            t.root(),
            &["clone", "-q", origin.to_str().unwrap(), clone.to_str().unwrap()],
        );
    }
    ok(run_as(&t, &li, &laptop, &["show", &id]));
    ok(run_as(&t, &li, &cron, &["remind"]));
    let (on_laptop, on_cron) = (trail(&laptop, "李娜"), trail(&cron, "李娜"));
    assert_ne!(on_laptop.file_name(), on_cron.file_name());
    // The laptop pushes a write and its trail; the cron box, its read still uncommitted
    // in its own trail, pulls without a conflict.
    ok(run_as(&t, &li, &laptop, &["tag", &id, "+vip"]));
    git(&laptop, &["add", "-A"]);
    git(&laptop, &["commit", "-q", "-m", "laptop"]);
    git(&laptop, &["push", "-q", "origin", "main"]);
    git(&cron, &["pull", "-q", "--no-rebase", "origin", "main"]);
    ok(run_as(&t, &li, &cron, &["remind"]));
    git(&cron, &["add", "-A"]);
    git(&cron, &["commit", "-q", "-m", "cron"]);
    git(&cron, &["push", "-q", "origin", "main"]);
    git(&t.store(), &["pull", "-q", "--no-rebase", "origin", "main"]);

    // Both trails arrive; each chain holds; the lead sees both clones' lines.
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    let found = stdout_of(&out);
    assert!(!found.contains("access-log"), "{found}");
    let out = ok(t
        .cmd()
        .args(["access-log", "--member", "李娜", "--format", "json"])
        .output()
        .unwrap());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // (One clock for every run here: the lines are in order within each clone.)
    let mut commands: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["command"].as_str().unwrap())
        .collect();
    commands.sort_unstable();
    assert_eq!(commands, ["remind", "remind", "show", "tag"], "{v}");
}

#[test]
fn a_member_still_listed_where_the_remover_cannot_read_stays_on_the_team() {
    let tm = team();
    let t = &tm.t;
    let (wang, wang_key) = new_identity(t, "wang");
    ok(t.cmd()
        .args(["member", "add", "王芳", &wang_key])
        .output()
        .unwrap());
    for args in [
        &["recipients", "add", "王芳", "--yes"][..],
        &["recipients", "add", "李娜", "--yes"],
        // north: the lead and 李娜 only, no record yet.
        &["recipients", "add", "李娜", "--folder", "north", "--yes"],
    ] {
        ok(t.cmd().args(args).output().unwrap());
    }
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    // 王芳 removes 李娜: done where she reads (the root), named where she does not
    // (north); 李娜 stays a member while north lists her.
    let out = run_as(t, &wang, &t.store(), &["member", "remove", "李娜", "--yes"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("not yours to change"),
        "{}",
        stderr_of(&out)
    );
    let root = std::fs::read_to_string(t.store().join(".age-recipients")).unwrap();
    assert!(!root.contains(&tm.li_key), "{root}");
    let out = run_as(t, &tm.li, &t.store(), &["show", &id]);
    assert!(!out.status.success(), "李娜 no longer reads the root");
    let team = std::fs::read_to_string(t.store().join(".crmfile/team.toml")).unwrap();
    assert!(team.contains("李娜"), "{team}");
    // The lead, who reads north, finishes it.
    ok(t.cmd()
        .args(["member", "remove", "李娜", "--yes"])
        .output()
        .unwrap());
    let team = std::fs::read_to_string(t.store().join(".crmfile/team.toml")).unwrap();
    assert!(!team.contains("李娜"), "{team}");
    let north = std::fs::read_to_string(t.store().join("north/.age-recipients")).unwrap();
    assert!(!north.contains(&tm.li_key), "{north}");
}
