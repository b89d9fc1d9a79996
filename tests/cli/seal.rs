//! Authenticated records: a record written by someone who knows only the store's public
//! keys (in `.age-recipients`, in git) is flagged by every read and by `audit`; a seal
//! copied onto other content is refused; an older store is sealed by `audit --fix`; the
//! seal key follows the readers and a vanished key is noticed. Each attack here passed
//! unnoticed before records were sealed.

use std::path::Path;

use crate::common::{TestStore, new_identity, rage, stderr_of, stdout_of};

/// A valid record for `id`, as a stranger would write it by hand.
fn record(id: &str, name: &str) -> String {
    format!(
        "schema = 1\nid = \"{id}\"\nname = \"{name}\"\ncreated = 2026-11-20T10:00:00+08:00\nupdated = 2026-11-20T10:00:00+08:00\n\n[contact]\nphones = [\"+86 139 0000 1111\"]\n"
    )
}

fn audit_codes(t: &TestStore, args: &[&str]) -> Vec<(String, String, String)> {
    let out = t
        .cmd()
        .args(["audit", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("audit prints JSON");
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["id"].as_str().unwrap_or_default().to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_record_written_with_only_the_public_key_is_flagged_by_every_read_and_by_audit() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let genuine = t.add(&["--name", "张伟", "--phone", "+86 138 0013 8000"]);
    assert!(t.store().join(".crmfile/seal-key.age").is_file());
    // The attacker has the repository, so the public key, and nothing else.
    let forged = "c-zzzzzzzz";
    rage.encrypt(&t.public_key(), &record(forged, "假客户"), &t.record_path(forged));

    for _ in 0..2 {
        // A cold read builds the index, a warm one uses it: both flag the record.
        let out = t.cmd().arg("find").output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let err = stderr_of(&out);
        assert!(
            err.contains("1 record(s) carry no seal") && err.contains("c-zzzzzzzz.toml.age"),
            "{err}"
        );
        assert!(!err.contains(&genuine), "{err}");
    }
    // -q hides no security notice.
    let out = t.cmd().args(["-q", "show", forged]).output().unwrap();
    assert!(stderr_of(&out).contains("carry no seal"), "{}", stderr_of(&out));

    let found = audit_codes(&t, &[]);
    assert!(
        found.contains(&("unsealed".into(), forged.into(), "error".into())),
        "{found:?}"
    );
    assert!(!found.iter().any(|(_, id, _)| id == &genuine), "{found:?}");
    // --fix leaves it for the user to check: it is not sealed as a member's.
    t.cmd().args(["audit", "--fix"]).output().unwrap();
    assert!(
        audit_codes(&t, &[])
            .iter()
            .any(|(c, id, _)| c == "unsealed" && id == forged)
    );

    // A change would seal it as a member's: refused, the file left as it was.
    let before = std::fs::read(t.record_path(forged)).unwrap();
    let out = t.cmd().args(["set", forged, "title=经理"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("crmfile accept c-zzzzzzzz"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read(t.record_path(forged)).unwrap(), before);
    // accept asks first: without a terminal to ask on, --yes, or nothing is written.
    let out = t.cmd().args(["accept", forged]).output().unwrap();
    assert!(!out.status.success());
    assert!(
        stderr_of(&out).contains("假客户") && stderr_of(&out).contains("--yes"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read(t.record_path(forged)).unwrap(), before);
    // The user checked it and accepts it: sealed as it is, and a member's record now.
    let out = t.cmd().args(["accept", forged, "--yes"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("accepted c-zzzzzzzz"),
        "{}",
        stderr_of(&out)
    );
    assert!(!stderr_of(&out).contains("carry no seal"), "{}", stderr_of(&out));
    assert_eq!(t.show_json(forged)["updated"], "2026-11-20T10:00:00+08:00");
    t.cmd().args(["set", forged, "title=经理"]).assert().success();
    let out = t.cmd().arg("find").output().unwrap();
    assert!(!stderr_of(&out).contains("carry no seal"), "{}", stderr_of(&out));
    // rage still opens what crmfile seals: the seal is a stanza identities pass over.
    let plain = rage.decrypt(&t.identity(), &t.record_path(forged));
    assert!(plain.contains("title = \"经理\""), "{plain}");
}

#[test]
fn a_seal_copied_onto_other_content_is_refused() {
    let t = TestStore::new();
    let genuine = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    // The attacker copies the genuine record's seal stanza into a file of their own.
    let header = std::fs::read(t.record_path(&genuine)).unwrap();
    let mac =
        crmfile::crypt::seal::header_stanza(&header, crmfile::crypt::seal::MAC_TAG).expect("a sealed record");
    let keys = crmfile::crypt::parse_recipients(&t.public_key(), Path::new("k")).unwrap();
    let forged = "c-yyyyyyyy";
    let bytes =
        crmfile::crypt::encrypt_sealed(&keys, &[], record(forged, "假客户").as_bytes(), Some(mac)).unwrap();
    std::fs::write(t.record_path(forged), bytes).unwrap();

    let out = t.cmd().args(["show", forged]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains("c-yyyyyyyy.toml.age") && err.contains("its seal does not match"),
        "{err}"
    );
    assert!(!stdout_of(&out).contains("假客户"));
    // A listing leaves it out and says why; the genuine record is still there.
    let out = t.cmd().args(["find", "--format", "ids"]).output().unwrap();
    assert_eq!(stdout_of(&out).trim(), genuine);
    assert!(stderr_of(&out).contains("its seal does not match"));
    let found = audit_codes(&t, &[]);
    assert!(
        found.contains(&("forged".into(), forged.into(), "error".into())),
        "{found:?}"
    );
    // git's diff driver shows the problem instead of the content.
    let out = t
        .cmd()
        .current_dir(t.store())
        .args(["cat", "--lenient", "c-yyyyyyyy.toml.age"])
        .output()
        .unwrap();
    assert!(stdout_of(&out).starts_with("# crmfile: "), "{}", stdout_of(&out));
    assert!(!stdout_of(&out).contains("假客户"));
}

#[test]
fn an_older_store_is_sealed_by_audit_fix_and_then_flags_unsealed_records() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    // Records an older crmfile wrote (no seal), before this build ever wrote here.
    for (id, name) in [("c-aaaaaaa1", "老客户"), ("c-aaaaaaa2", "老朋友")] {
        rage.encrypt(&t.public_key(), &record(id, name), &t.record_path(id));
    }
    let found = audit_codes(&t, &[]);
    assert!(
        found.iter().any(|(c, _, s)| c == "no-seal-key" && s == "info"),
        "{found:?}"
    );
    // Older records are accepted as they are: no warning on read.
    let out = t.cmd().arg("find").output().unwrap();
    assert!(out.status.success());
    assert!(!stderr_of(&out).contains("seal"), "{}", stderr_of(&out));

    let out = t.cmd().args(["audit", "--fix"]).output().unwrap();
    let err = stderr_of(&out);
    assert!(err.contains("fixed: sealed c-aaaaaaa1"), "{err}");
    assert!(err.contains("fixed: sealed c-aaaaaaa2"), "{err}");
    assert!(err.contains("every record is sealed"), "{err}");
    let left = audit_codes(&t, &[]);
    assert!(!left.iter().any(|(c, _, _)| c.contains("seal")), "{left:?}");
    // The records are unchanged but for their seal.
    let json = t.show_json("c-aaaaaaa1");
    assert_eq!(json["name"], "老客户");
    assert_eq!(json["updated"], "2026-11-20T10:00:00+08:00");

    // From now on a record without a seal is flagged.
    rage.encrypt(
        &t.public_key(),
        &record("c-bbbbbbbb", "新来的"),
        &t.record_path("c-bbbbbbbb"),
    );
    let out = t.cmd().arg("find").output().unwrap();
    assert!(
        stderr_of(&out).contains("c-bbbbbbbb.toml.age"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn the_seal_key_follows_the_readers_and_a_vanished_key_is_noticed() {
    let t = TestStore::new();
    let lead_key = t.public_key();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let (li, li_key) = new_identity(&t, "li");
    // 李娜's key put into the recipients file by hand: she can read the records once they
    // are sealed to her, but the seal key is not hers yet.
    let recipients = t.store().join(".age-recipients");
    let text = std::fs::read_to_string(&recipients).unwrap();
    std::fs::write(&recipients, format!("{text}{li_key}\n")).unwrap();
    let as_li = |args: &[&str]| t.cmd().arg("--identity").arg(&li).args(args).output().unwrap();
    t.cmd().args(["recipients", "trust", "--yes"]).assert().success();
    t.cmd().arg("reencrypt").assert().success();
    // The lead's write sealed the key to her too: she reads and writes.
    let out = as_li(&["set", &id, "title=经理"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = t.cmd().args(["show", &id]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("seal"), "{}", stderr_of(&out));

    // A key file sealed to the lead alone (as before she was added): her write is refused
    // with the way out, and nothing is written.
    let key_file = t.store().join(".crmfile/seal-key.age");
    let lead_only = t.tmpdir().join("lead-only.age");
    {
        // Made by hand: the lead's key alone, her identity opens it, li's does not.
        let plain = crmfile::crypt::Keyring::load(&t.identity(), &NoPass)
            .unwrap()
            .decrypt(&std::fs::read(&key_file).unwrap())
            .unwrap();
        let keys = crmfile::crypt::parse_recipients(&lead_key, Path::new("k")).unwrap();
        std::fs::write(&lead_only, crmfile::crypt::encrypt(&keys, &[], &plain).unwrap()).unwrap();
    }
    std::fs::copy(&lead_only, &key_file).unwrap();
    let before = t.record_bytes(&id);
    let out = as_li(&["set", &id, "title=总监"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains("seal key is not sealed to your key") && err.contains("reencrypt"),
        "{err}"
    );
    assert_eq!(t.record_bytes(&id), before);
    // Her reads go on, said to be unchecked (nothing fails open in silence).
    let out = as_li(&["-q", "show", &id]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("without checking their seals"),
        "{}",
        stderr_of(&out)
    );
    // A member's reencrypt seals it to every reader again.
    t.cmd().arg("reencrypt").assert().success();
    assert!(as_li(&["set", &id, "title=总监"]).status.success());

    // The key file vanishes: writing is refused, naming it, until it is restored.
    let saved = std::fs::read(&key_file).unwrap();
    std::fs::remove_file(&key_file).unwrap();
    let out = t.cmd().args(["set", &id, "title=董事"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains(".crmfile/seal-key.age") && err.contains("git checkout"),
        "{err}"
    );
    let out = t.cmd().args(["show", &id]).output().unwrap();
    assert!(
        stderr_of(&out).contains("is gone: records are read without checking"),
        "{}",
        stderr_of(&out)
    );
    std::fs::write(&key_file, saved).unwrap();
    t.cmd().args(["set", &id, "title=董事"]).assert().success();
}

/// An identity without a passphrase.
struct NoPass;

impl crmfile::crypt::Passphrase for NoPass {
    fn ask(&self, _: &str) -> crmfile::error::Result<age::secrecy::SecretString> {
        panic!("the test identity has no passphrase")
    }
}

#[test]
fn a_removed_reader_can_no_longer_seal_with_the_key_they_kept() {
    removed_reader_cannot_seal(false);
}

/// A record without a seal, refused by the re-sealing, carries no seal of the old key:
/// it does not keep that key accepted (a removed reader could plant one to keep forging).
#[test]
fn a_planted_record_does_not_keep_a_removed_readers_key_accepted() {
    removed_reader_cannot_seal(true);
}

fn removed_reader_cannot_seal(with_planted: bool) {
    let t = TestStore::new();
    let lead_key = t.public_key();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let (li, li_key) = new_identity(&t, "li");
    t.cmd()
        .args(["recipients", "add", &li_key, "--yes"])
        .assert()
        .success();
    // While a reader, she opens the seal key, and keeps it.
    let key_file = t.store().join(".crmfile/seal-key.age");
    let kept = crmfile::crypt::Keyring::load(&li, &NoPass)
        .unwrap()
        .decrypt(&std::fs::read(&key_file).unwrap())
        .expect("the seal key is sealed to the new reader");
    let kept = crmfile::crypt::seal::SealKey::from_bytes(&kept).unwrap();

    if with_planted {
        let keys = crmfile::crypt::parse_recipients(&lead_key, Path::new("k")).unwrap();
        let bytes =
            crmfile::crypt::encrypt_sealed(&keys, &[], record("c-pppppppp", "埋下的").as_bytes(), None)
                .unwrap();
        std::fs::write(t.record_path("c-pppppppp"), bytes).unwrap();
        let out = t
            .cmd()
            .args(["recipients", "remove", &li_key, "--yes"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains("crmfile accept c-pppppppp"),
            "{}",
            stderr_of(&out)
        );
    } else {
        t.cmd()
            .args(["recipients", "remove", &li_key, "--yes"])
            .assert()
            .success();
    }
    // Every record was sealed again with a new key, which she cannot open.
    assert!(
        crmfile::crypt::Keyring::load(&li, &NoPass)
            .unwrap()
            .decrypt(&std::fs::read(&key_file).unwrap())
            .is_err()
    );
    let out = t.cmd().args(["show", &id]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));

    // What she seals with the key she kept is refused.
    let forged = "c-xxxxxxxx";
    let text = record(forged, "假客户");
    let keys = crmfile::crypt::parse_recipients(&lead_key, Path::new("k")).unwrap();
    let bytes =
        crmfile::crypt::encrypt_sealed(&keys, &[], text.as_bytes(), Some(kept.mac(text.as_bytes()))).unwrap();
    std::fs::write(t.record_path(forged), bytes).unwrap();
    let out = t.cmd().args(["show", forged]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("its seal does not match"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn the_merge_driver_refuses_an_unsealed_side() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let record = t.record_path(&id);
    let dir = t.tmpdir();
    let (base, ours, theirs) = (dir.join("base.age"), dir.join("ours.age"), dir.join("theirs.age"));
    std::fs::copy(&record, &base).unwrap();
    std::fs::copy(&record, &ours).unwrap();
    // Their side: the same record changed by someone with only the public key.
    let out = t.cmd().arg("cat").arg(&record).output().unwrap();
    let text = stdout_of(&out).replace("name = \"张伟\"", "name = \"张伟\"\ntitle = \"冒充\"");
    assert!(text.contains("冒充"), "{text}");
    rage.encrypt(&t.public_key(), &text, &theirs);
    let before = std::fs::read(&ours).unwrap();
    let out = t
        .cmd()
        .current_dir(t.store())
        .arg("merge-driver")
        .args([&base, &ours, &theirs])
        .arg(format!("{id}.toml.age"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr_of(&out).contains("carries no seal"), "{}", stderr_of(&out));
    assert_eq!(std::fs::read(&ours).unwrap(), before, "ours was not rewritten");
}

/// A record planted with the public keys alone, written the way the test above writes it,
/// without rage: crmfile's own age call with no seal.
fn plant(t: &TestStore, id: &str, name: &str) -> Vec<u8> {
    let keys = crmfile::crypt::parse_recipients(&t.public_key(), Path::new("k")).unwrap();
    let bytes = crmfile::crypt::encrypt_sealed(&keys, &[], record(id, name).as_bytes(), None).unwrap();
    std::fs::write(t.record_path(id), &bytes).unwrap();
    bytes
}

#[test]
fn no_write_seals_over_a_planted_record_until_it_is_accepted() {
    let t = TestStore::new();
    let genuine = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let forged = "c-xxxxxxxx";
    let planted = plant(&t, forged, "假客户");
    let untouched = |what: &str| {
        assert_eq!(
            std::fs::read(t.record_path(forged)).unwrap(),
            planted,
            "{what} rewrote the planted record"
        );
    };
    let refused = |args: &[&str]| {
        let out = t.cmd().args(args).output().unwrap();
        assert!(!out.status.success(), "{args:?} succeeded");
        let err = stderr_of(&out);
        assert!(
            err.contains("c-xxxxxxxx") && err.contains("crmfile accept"),
            "{args:?}: {err}"
        );
        untouched(&args.join(" "));
    };
    // Single-record writes, and those that carry a record elsewhere.
    refused(&["log-contact", forged, "--channel", "phone", "--summary", "回访"]);
    refused(&["tag", forged, "+vip"]);
    // edit says so before the editor opens (this one would fail the test if it ran).
    let out = t
        .cmd()
        .env("VISUAL", "false")
        .env("EDITOR", "false")
        .args(["edit", forged])
        .output()
        .unwrap();
    assert!(
        stderr_of(&out).contains("crmfile accept c-xxxxxxxx"),
        "{}",
        stderr_of(&out)
    );
    untouched("edit");
    refused(&["move", forged, "--folder", "vip"]);
    assert!(!t.store().join("vip").join(format!("{forged}.toml.age")).exists());
    refused(&["merge", &genuine, forged, "--yes"]);
    assert!(t.record_path(forged).exists());
    // Bulk writes name it and write the others.
    refused(&["classify", "--today", "2027-06-01"]);
    // It counts what it wrote: not the refused one (the genuine record is as it was).
    let out = t
        .cmd()
        .args(["classify", "--today", "2027-07-01"])
        .output()
        .unwrap();
    assert!(stderr_of(&out).contains("changed 0;"), "{}", stderr_of(&out));
    // A new reader: every record is sealed again to both keys, but not that one.
    let (_, colleague) = new_identity(&t, "colleague");
    refused(&["recipients", "add", &colleague, "--yes"]);
    // audit --fix does not seal it either; audit calls it an error and exits non-zero.
    t.cmd().args(["audit", "--fix"]).output().unwrap();
    untouched("audit --fix");
    let out = t.cmd().arg("audit").output().unwrap();
    assert!(!out.status.success());
    // An import row that updates it is not taken.
    let csv = t.tmpdir().join("rows.csv");
    std::fs::write(&csv, format!("id,title\n{forged},经理\n")).unwrap();
    let out = t.cmd().args(["import", "customers"]).arg(&csv).output().unwrap();
    assert!(!out.status.success(), "{}", stderr_of(&out));
    untouched("import");

    // The genuine record was not held back by it.
    let out = t.cmd().args(["tag", &genuine, "+vip"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));

    // Accepted: sealed as it is, written to from now on.
    let out = t
        .cmd()
        .args(["accept", forged, &genuine, "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.contains("accepted c-xxxxxxxx (假客户)"), "{err}");
    assert!(
        err.contains(&format!("{genuine} carries this store's seal")),
        "{err}"
    );
    assert_ne!(std::fs::read(t.record_path(forged)).unwrap(), planted);
    assert_eq!(t.show_json(forged)["name"], "假客户");
    let out = t.cmd().args(["tag", forged, "+vip"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("no seal"), "{}", stderr_of(&out));
    let found = audit_codes(&t, &[]);
    assert!(!found.iter().any(|(c, _, _)| c == "unsealed"), "{found:?}");
}

#[test]
fn accept_says_when_there_is_nothing_to_accept() {
    let t = TestStore::new();
    let out = t.cmd().args(["accept", "c-nosuchid"]).output().unwrap();
    assert!(!out.status.success());
    // In Chinese too.
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let out = t
        .cmd()
        .args(["--lang", "zh-CN", "accept", &id, "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("无需接受"), "{}", stderr_of(&out));
}

#[test]
fn a_planted_record_cannot_reach_a_real_one_through_links_erasure_or_accept() {
    let t = TestStore::new();
    let real = t.add(&["--name", "李娜", "--phone", "13900139000"]);
    let other = t.add(&["--name", "王芳", "--phone", "13700137000"]);
    let doc = t.tmpdir().join("合同.txt");
    std::fs::write(&doc, "合同正文").unwrap();
    let out = t
        .cmd()
        .args(["attach", &real, doc.to_str().unwrap(), "--label", "合同"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let attachment = stdout_of(&out).trim().split('\t').nth(1).unwrap().to_string();
    // Planted: it claims the real customer's document, and a phone of another.
    let forged = "c-dddddddd";
    let text = format!(
        "{}\n[[attachments]]\nid = \"{attachment}\"\nlabel = \"合同\"\nname = \"合同.txt\"\nsize = 12\nsha256 = \"{}\"\nadded = 2026-11-20T10:00:00+08:00\n",
        record(forged, "假客户"),
        "0".repeat(64)
    );
    let keys = crmfile::crypt::parse_recipients(&t.public_key(), Path::new("k")).unwrap();
    let planted = crmfile::crypt::encrypt_sealed(&keys, &[], text.as_bytes(), None).unwrap();
    std::fs::write(t.record_path(forged), &planted).unwrap();
    let before = |id: &str| std::fs::read(t.record_path(id)).unwrap();
    let (real_before, other_before) = (before(&real), before(&other));

    // link writes neither side; forget neither erases it nor follows its documents.
    for args in [
        &["link", &real, forged, "--as", "partner"][..],
        &["link", forged, &other, "--as", "partner"],
        &["forget", forged, "--reason", "test", "--yes"],
        &["log-payment", forged, "--amount", "10"],
    ] {
        let out = t.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr_of(&out));
        let err = stderr_of(&out);
        assert!(err.contains("crmfile accept c-dddddddd"), "{args:?}: {err}");
        // Nothing said as if done before the refusal.
        assert!(
            stdout_of(&out).is_empty() && !err.contains("owes"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(before(&real), real_before);
    assert_eq!(before(&other), other_before);
    assert_eq!(before(forged), planted);
    assert!(
        !t.store().join(".crmfile/erasures.toml").exists() || {
            let erased = std::fs::read_to_string(t.store().join(".crmfile/erasures.toml")).unwrap();
            !erased.contains(forged)
        }
    );
    let out = t
        .cmd()
        .args(["attachment", "get", &real, "合同"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(out.stdout, "合同正文".as_bytes());

    // An erased customer's file brought back is not accepted.
    let gone = t.add(&["--name", "离开的", "--phone", "13600136000"]);
    let kept = rage_free_plain(&t, &gone);
    t.cmd()
        .args(["forget", &gone, "--reason", "request", "--yes"])
        .assert()
        .success();
    let back = crmfile::crypt::encrypt_sealed(&keys, &[], kept.as_bytes(), None).unwrap();
    std::fs::write(t.record_path(&gone), back).unwrap();
    let out = t.cmd().args(["accept", &gone]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("was erased"), "{}", stderr_of(&out));
}

/// A record's plaintext, read with crmfile's own library and the test identity.
fn rage_free_plain(t: &TestStore, id: &str) -> String {
    let keyring = crmfile::crypt::Keyring::load(&t.identity(), &NoPass).unwrap();
    let plain = keyring
        .decrypt(&std::fs::read(t.record_path(id)).unwrap())
        .unwrap();
    String::from_utf8(plain.to_vec()).unwrap()
}

#[test]
fn a_hand_written_record_that_does_not_parse_is_repaired_and_accepted_in_the_editor() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let id = "c-bbbbbbbb";
    let keys = crmfile::crypt::parse_recipients(&t.public_key(), Path::new("k")).unwrap();
    let broken = record(id, "手写的").replace("name = ", "name = = ");
    let bytes = crmfile::crypt::encrypt_sealed(&keys, &[], broken.as_bytes(), None).unwrap();
    std::fs::write(t.record_path(id), bytes).unwrap();
    // accept cannot seal what does not parse, and says how to repair it.
    let out = t.cmd().args(["accept", id]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    // edit without --accept refuses before the editor opens (this one would fail).
    let out = t
        .cmd()
        .env("VISUAL", "false")
        .args(["edit", id])
        .output()
        .unwrap();
    assert!(stderr_of(&out).contains("edit --accept"), "{}", stderr_of(&out));
    // With --accept: repaired in the editor, sealed on save.
    let editor = t.editor_script("fix.sh", "sed -i 's/name = = /name = /' \"$1\"");
    let out = t
        .cmd()
        .env("VISUAL", &editor)
        .args(["edit", "--accept", id])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(t.show_json(id)["name"], "手写的");
    let out = t.cmd().args(["tag", id, "+ok"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("no seal"), "{}", stderr_of(&out));
}
