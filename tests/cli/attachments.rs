//! Documents kept with customers: encrypted copies that real age clients read, never in
//! the clear on disk, in git or in messages; streamed; checked by audit.

use std::path::{Path, PathBuf};

use crate::common::{
    TestStore, bytes_contain, files_containing, git_objects_dump, rage, stderr_of, stdout_of,
    wait_with_peak_rss,
};

fn ok(t: &TestStore, args: &[&str]) -> String {
    let out = t.cmd().args(args).output().expect("run crmfile");
    assert!(out.status.success(), "crmfile {args:?}: {}", stderr_of(&out));
    stdout_of(&out)
}

fn git(t: &TestStore, args: &[&str]) -> Vec<u8> {
    crate::common::git_in_store(t, args)
}

/// A file outside the store holding `bytes`.
fn outside(t: &TestStore, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = t.root().join("outside");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn attachment_file(t: &TestStore, id: &str) -> PathBuf {
    t.store().join(".attachments").join(format!("{id}.age"))
}

#[test]
fn an_attachment_is_an_age_file_rage_opens_and_its_contents_never_reach_disk_git_or_messages() {
    let t = TestStore::new();
    let Some(rage) = rage() else { return };
    let customer = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let canary = format!("Zq7Anlage{}", std::process::id());
    let mut pdf = b"%PDF-1.4\n".to_vec();
    pdf.extend_from_slice(canary.as_bytes());
    pdf.extend((0..200_000u32).map(|i| (i % 251) as u8));
    let source = outside(&t, "合同-2026-042.pdf", &pdf);

    git(&t, &["-c", "init.defaultBranch=main", "init", "-q"]);
    let binary = assert_cmd::cargo::cargo_bin("crmfile").display().to_string();
    ok(&t, &["git-setup", "--binary", &binary]);
    git(&t, &["add", "-A"]);
    git(&t, &["commit", "-q", "-m", "store"]);

    let out = t
        .cmd()
        .args(["attach", &customer, source.to_str().unwrap(), "--label", "合同"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let id = stdout_of(&out).trim().split('\t').nth(1).unwrap().to_string();
    assert!(id.starts_with("a-"), "{id}");
    let file = attachment_file(&t, &id);
    assert!(
        !file.to_string_lossy().contains("合同"),
        "named without personal data"
    );

    // rage decrypts it to the very bytes.
    assert_eq!(rage.decrypt_bytes(&t.identity(), &file), pdf);
    // Listed in the record with what it must hold.
    let a = t.show_json(&customer)["attachments"][0].clone();
    assert_eq!(
        (a["id"].as_str(), a["label"].as_str(), a["name"].as_str()),
        (Some(id.as_str()), Some("合同"), Some("合同-2026-042.pdf"))
    );
    assert_eq!(a["size"], pdf.len());
    use sha2::Digest;
    let sha: String = sha2::Sha256::digest(&pdf)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(a["sha256"], sha);

    // Read back through crmfile: stdout, by label, and to a file.
    let out = t
        .cmd()
        .args(["attachment", "get", &customer, "合同"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(out.stdout, pdf);
    let copy = t.root().join("outside").join("copy.pdf");
    ok(
        &t,
        &[
            "attachment",
            "get",
            &customer,
            &id,
            "--output",
            copy.to_str().unwrap(),
        ],
    );
    assert_eq!(std::fs::read(&copy).unwrap(), pdf);
    let inside = t.store().join("copy.pdf");
    let out = t
        .cmd()
        .args([
            "attachment",
            "get",
            &customer,
            &id,
            "--output",
            inside.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "not written into the store");
    assert!(!inside.exists());

    // git: documents are binary to git (no textconv, no record merge driver); the diff
    // shows the list change, never the contents; then committed.
    let rel = format!(".attachments/{id}.age");
    let attrs = String::from_utf8(git(&t, &["check-attr", "diff", "merge", "--", &rel])).unwrap();
    assert!(
        attrs.contains("diff: unset") && attrs.contains("merge: binary"),
        "{attrs}"
    );
    // `cat` on one by hand (or from a store set up before that line) shows nothing of it.
    let shown = ok(&t, &["cat", file.to_str().unwrap()]);
    assert!(
        shown.starts_with("# crmfile:") && !shown.contains(&canary),
        "{shown}"
    );
    git(&t, &["add", "-A"]);
    let diff = git(&t, &["diff", "--cached"]);
    let diff_text = String::from_utf8_lossy(&diff);
    assert!(
        diff_text.contains("合同-2026-042.pdf"),
        "the record's list changed: {diff_text}"
    );
    assert!(!bytes_contain(&diff, canary.as_bytes()), "{diff_text}");
    git(&t, &["commit", "-q", "-m", "attach"]);
    assert!(!bytes_contain(
        &git_objects_dump(&t.store().join(".git")),
        canary.as_bytes()
    ));

    // Nowhere in the clear: store, index, config, TMPDIR (copies the user asked for aside).
    let found: Vec<PathBuf> = files_containing(t.root(), canary.as_bytes())
        .into_iter()
        .filter(|p| !p.starts_with(t.root().join("outside")))
        .collect();
    assert!(found.is_empty(), "{found:?}");
    assert!(files_containing(Path::new("/dev/shm"), canary.as_bytes()).is_empty());

    // audit is content with it; then finds it altered, missing, orphaned.
    let audit = |t: &TestStore| -> Vec<String> {
        let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .filter(|c| c.starts_with("attachment"))
            .collect()
    };
    assert!(audit(&t).is_empty());
    let other = outside(&t, "other.txt", b"something else");
    let second = ok(&t, &["attach", &customer, other.to_str().unwrap()]);
    let second = second.trim().split('\t').nth(1).unwrap().to_string();
    std::fs::copy(attachment_file(&t, &second), &file).unwrap();
    assert_eq!(audit(&t), ["attachment-altered"]);
    let out = t
        .cmd()
        .args(["attachment", "get", &customer, &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("not the file that was attached"),
        "{}",
        stderr_of(&out)
    );
    std::fs::remove_file(&file).unwrap();
    assert_eq!(audit(&t), ["attachment-missing"]);
    // The hint restores the file where it was.
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    let rel = file.strip_prefix(t.store()).unwrap().display().to_string();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&format!("git checkout -- {rel}")),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    ok(&t, &["detach", &customer, &id]);
    std::fs::write(attachment_file(&t, "a-00000000"), b"x").unwrap();
    assert_eq!(audit(&t), ["attachment-orphaned"]);
    std::fs::remove_file(attachment_file(&t, "a-00000000")).unwrap();

    // forget takes the documents with the record.
    ok(&t, &["forget", &customer, "--reason", "request", "--yes"]);
    assert!(!attachment_file(&t, &second).exists());
}

#[test]
fn what_cannot_be_attached_is_refused_and_nothing_is_written() {
    let t = TestStore::new();
    let customer = t.add(&["--name", "张伟"]);
    let real = outside(&t, "a.txt", b"hello");
    let link = t.root().join("outside").join("link.txt");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let dir = t.root().join("outside");
    let config = t.store().join(".crmfile").join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text.replace("max_mb = 25", "max_mb = 1")).unwrap();
    let big = outside(&t, "big.bin", &vec![7u8; 1_000_001]);
    for (file, says) in [
        (link.as_path(), "symbolic link"),
        (dir.as_path(), "not a file"),
        (big.as_path(), "max_mb = 1"),
        (Path::new("/nonexistent/x.pdf"), "/nonexistent/x.pdf"),
    ] {
        let out = t.cmd().args(["attach", &customer]).arg(file).output().unwrap();
        assert!(!out.status.success(), "{file:?}");
        assert!(stderr_of(&out).contains(says), "{file:?}: {}", stderr_of(&out));
    }
    assert!(t.show_json(&customer).get("attachments").is_none());
    let left: Vec<_> = std::fs::read_dir(t.store().join(".attachments"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_25_mb_document_is_attached_and_read_back_in_bounded_memory() {
    let t = TestStore::new();
    let customer = t.add(&["--name", "张伟"]);
    let bytes: Vec<u8> = (0..25_000_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let source = outside(&t, "scan.tif", &bytes);
    let child = t
        .std_cmd()
        .args(["attach", &customer])
        .arg(&source)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (out, peak) = wait_with_peak_rss(child);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    if let Some(kib) = peak {
        assert!(kib < 64 * 1024, "attach peaked at {kib} KiB");
    }
    let child = t
        .std_cmd()
        .args(["attachment", "get", &customer, "scan.tif"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (out, peak) = wait_with_peak_rss(child);
    assert!(out.status.success());
    assert!(out.stdout == bytes, "the same bytes back");
    if let Some(kib) = peak {
        assert!(kib < 64 * 1024, "get peaked at {kib} KiB");
    }
}

#[test]
fn a_new_reader_of_the_folder_can_open_its_documents_after_reencrypt() {
    let t = TestStore::new();
    let Some(rage) = rage() else { return };
    let customer = t.add(&["--name", "张伟"]);
    let source = outside(&t, "card.jpg", b"JPEG card bytes");
    let id = ok(
        &t,
        &["attach", &customer, source.to_str().unwrap(), "--label", "名片"],
    );
    let id = id.trim().split('\t').nth(1).unwrap().to_string();
    let mine = t.public_key();
    let colleague = TestStore::new();
    ok(&t, &["recipients", "add", &colleague.public_key(), "--yes"]);
    assert_eq!(
        rage.decrypt_bytes(&colleague.identity(), &attachment_file(&t, &id)),
        b"JPEG card bytes"
    );
    // Moved to a folder the colleague is not in: sealed to that folder's readers only.
    std::fs::create_dir_all(t.store().join("vip")).unwrap();
    ok(&t, &["recipients", "add", &mine, "--folder", "vip", "--yes"]);
    ok(&t, &["move", &customer, "--folder", "vip"]);
    let moved = t
        .store()
        .join("vip")
        .join(".attachments")
        .join(format!("{id}.age"));
    assert!(moved.exists() && !attachment_file(&t, &id).exists());
    assert!(!rage.can_decrypt(&colleague.identity(), &moved));
    assert_eq!(rage.decrypt_bytes(&t.identity(), &moved), b"JPEG card bytes");
    let out = t
        .cmd()
        .args(["attachment", "get", &customer, "名片"])
        .output()
        .unwrap();
    assert_eq!(out.stdout, b"JPEG card bytes");
}

#[test]
fn a_merged_duplicate_s_documents_go_to_the_record_kept() {
    let t = TestStore::new();
    let keep = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    std::fs::create_dir_all(t.store().join("east")).unwrap();
    let mine = t.public_key();
    ok(&t, &["recipients", "add", &mine, "--folder", "east", "--yes"]);
    let dup = t.add(&[
        "--name",
        "Zhang Wei",
        "--phone",
        "13800138000",
        "--force",
        "--folder",
        "east",
    ]);
    let card = outside(&t, "card.jpg", b"card");
    let id = ok(&t, &["attach", &dup, card.to_str().unwrap(), "--label", "名片"]);
    let id = id.trim().split('\t').nth(1).unwrap().to_string();
    ok(&t, &["merge", &keep, &dup, "--yes"]);
    let c = t.show_json(&keep);
    assert_eq!(c["attachments"][0]["id"], id.as_str());
    assert!(
        attachment_file(&t, &id).exists(),
        "moved to the kept record's folder"
    );
    assert!(
        !t.store()
            .join("east")
            .join(".attachments")
            .join(format!("{id}.age"))
            .exists()
    );
    let out = t
        .cmd()
        .args(["attachment", "get", &keep, "名片"])
        .output()
        .unwrap();
    assert_eq!(out.stdout, b"card");
}

/// A document missing from a customer's folder is restored where it was: audit's hint
/// names the sub-folder's own `.attachments`.
#[test]
fn the_hint_for_a_missing_document_names_its_own_folder() {
    let t = TestStore::new();
    let customer = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let doc = outside(&t, "合同.txt", b"contract");
    let said = ok(&t, &["attach", &customer, doc.to_str().unwrap()]);
    let entry = said.trim().split('\t').nth(1).unwrap().to_string();
    ok(&t, &["move", &customer, "--folder", "vip"]);
    let file = t
        .store()
        .join("vip")
        .join(".attachments")
        .join(format!("{entry}.age"));
    std::fs::remove_file(&file).expect("the document moved with its customer");
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    let findings = String::from_utf8_lossy(&out.stdout);
    assert!(
        findings.contains(&format!("git checkout -- vip/.attachments/{entry}.age")),
        "{findings}"
    );
}
