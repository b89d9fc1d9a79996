//! The history commands end to end: log-contact, log-purchase, log-feedback, resolve,
//! add-person and add-date, one at a time and in NDJSON batches; custom fields under
//! `[fields.NAME]`; human dates as the commands take them.

use std::collections::BTreeSet;

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{TestStore, sorted, stderr_of};

/// True for a well-formed entry id with the given one-letter prefix (`k`, `t`, `f`, `p`, `d`).
fn is_entry_id(prefix: char, text: &str) -> bool {
    regex::Regex::new(&format!("^{prefix}-[0-9a-hjkmnp-tv-z]{{8}}$"))
        .expect("valid regex")
        .is_match(text)
}

/// Runs `crmfile ARGS…`, asserts success and that stdout is exactly one
/// `CUSTOMER_ID<TAB>ENTRY_ID` line naming `customer`; returns the entry id.
fn appended(t: &TestStore, customer: &str, prefix: char, args: &[&str]) -> String {
    let out = t.cmd().args(args).output().expect("run crmfile");
    assert!(
        out.status.success(),
        "crmfile {args:?} failed: {}\n{}",
        out.status,
        stderr_of(&out)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{args:?} printed {stdout:?}");
    let (who, entry) = lines[0]
        .split_once('\t')
        .unwrap_or_else(|| panic!("not CUSTOMER<TAB>ENTRY: {:?}", lines[0]));
    assert_eq!(who, customer, "{args:?} printed another customer");
    assert!(is_entry_id(prefix, entry), "{entry:?} is not a {prefix}-… id");
    entry.to_string()
}

/// The JSON object with `"id": id` in the list `list` of a shown record.
fn entry<'a>(record: &'a serde_json::Value, list: &str, id: &str) -> &'a serde_json::Value {
    record[list]
        .as_array()
        .unwrap_or_else(|| panic!("{list} is not a list in {record}"))
        .iter()
        .find(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("{id} is not in {list}: {record}"))
}

fn count(record: &serde_json::Value, list: &str) -> usize {
    record[list].as_array().map_or(0, Vec::len)
}

fn config_path(t: &TestStore) -> std::path::PathBuf {
    t.store().join(".crmfile").join("config.toml")
}

/// Appends TOML to the store's config, keeping what `init` wrote.
fn append_config(t: &TestStore, text: &str) {
    let path = config_path(t);
    let mut config = std::fs::read_to_string(&path).expect("read config");
    config.push('\n');
    config.push_str(text);
    std::fs::write(&path, config).expect("write config");
}

// log-contact ──────────────────────────────────────────────────────────────────────────

#[test]
fn log_contact_appends_an_entry_with_its_fields() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);

    let k1 = appended(
        &t,
        &id,
        'k',
        &[
            "log-contact",
            &id,
            "--channel",
            "phone",
            "--direction",
            "out",
            "--by",
            "wang",
            "--summary",
            "Asked for a quote on 4 more units",
            "--outcome",
            "quote-sent",
            "--at",
            "2026-11-20 15:00",
            "--next",
            "2w",
        ],
    );
    // `--by` defaults to CRMFILE_USER; `in` is the inbound direction; RFC 3339 is taken
    // as given, with its own offset.
    let out = t
        .cmd()
        .env("CRMFILE_USER", "li.na")
        .args(["log-contact", "张伟", "--channel", "wechat", "--direction", "in"])
        .args([
            "--summary",
            "Sent the drawings",
            "--at",
            "2026-11-21T10:00:00+08:00",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let k2 = String::from_utf8(out.stdout).unwrap();
    let k2 = k2
        .trim()
        .split_once('\t')
        .expect("CUSTOMER<TAB>ENTRY")
        .1
        .to_string();
    assert!(is_entry_id('k', &k2), "{k2}");
    assert_ne!(k1, k2);

    let json = t.show_json(&id);
    assert_eq!(count(&json, "contacts"), 2);
    let e1 = entry(&json, "contacts", &k1);
    assert_eq!(e1["channel"], "phone");
    assert_eq!(e1["direction"], "outbound");
    assert_eq!(e1["by"], "wang");
    assert_eq!(e1["summary"], "Asked for a quote on 4 more units");
    assert_eq!(e1["outcome"], "quote-sent");
    // "YYYY-MM-DD HH:MM" is local time in the clock's offset.
    assert_eq!(e1["at"], "2026-11-20T15:00:00+08:00");
    // --next 2w counts from the contact (20 Nov), not from the clock (22 Nov).
    assert_eq!(e1["next"], "2026-12-04");

    let e2 = entry(&json, "contacts", &k2);
    assert_eq!(e2["channel"], "wechat");
    assert_eq!(e2["direction"], "inbound");
    assert_eq!(e2["by"], "li.na", "--by defaults to $CRMFILE_USER");
    assert_eq!(e2["at"], "2026-11-21T10:00:00+08:00");
    assert!(e2["outcome"].is_null() && e2["next"].is_null(), "{e2}");
    // The later contact (21 Nov) is before the pending next step (4 Dec): it stays.
    assert_eq!(json["follow_up"]["next"], "2026-12-04");
    // The log is kept in time order.
    assert_eq!(json["contacts"][0]["id"], k1.as_str());

    // An explicit --by wins over CRMFILE_USER; an RFC 3339 time in UTC keeps its instant.
    let k3 = appended(
        &t,
        &id,
        'k',
        &[
            "log-contact",
            &id,
            "--channel",
            "email",
            "--summary",
            "Quote follow-up",
            "--by",
            "zhao",
            "--at",
            "2026-11-21T07:30:00Z",
        ],
    );
    let json = t.show_json(&id);
    let e3 = entry(&json, "contacts", &k3);
    assert_eq!(e3["by"], "zhao");
    let at = chrono::DateTime::parse_from_rfc3339(e3["at"].as_str().unwrap()).unwrap();
    assert_eq!(
        at,
        chrono::DateTime::parse_from_rfc3339("2026-11-21T15:30:00+08:00").unwrap()
    );
    // A date alone is that day at the clock's time of day.
    let k4 = appended(
        &t,
        &id,
        'k',
        &[
            "log-contact",
            &id,
            "--channel",
            "visit",
            "--summary",
            "Site visit",
            "--at",
            "2026-11-19",
        ],
    );
    assert_eq!(
        entry(&t.show_json(&id), "contacts", &k4)["at"],
        "2026-11-19T09:30:00+08:00"
    );
}

#[test]
fn a_blank_by_counts_as_not_given() {
    let t = TestStore::new();
    let id = t.add(&["--name", "李娜"]);
    let out = t
        .cmd()
        .env("CRMFILE_USER", "li.na")
        .args([
            "log-contact",
            &id,
            "--channel",
            "sms",
            "--summary",
            "Reminder",
            "--by",
            "  ",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let json = t.show_json(&id);
    assert_eq!(json["contacts"][0]["by"], "li.na");
}

#[test]
fn log_contact_settles_a_due_follow_up_but_keeps_a_later_one() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    let log = |at: &str| {
        t.cmd()
            .args(["log-contact", &id, "--channel", "phone", "--summary", "Called"])
            .args(["--at", at])
            .assert()
            .success();
    };
    let set_next = |date: &str| {
        t.cmd()
            .args(["set", &id, &format!("follow_up.next={date}")])
            .assert()
            .success();
        assert_eq!(t.show_json(&id)["follow_up"]["next"], date);
    };

    // Due before the contact: this contact was the follow-up.
    set_next("2026-11-21");
    log("2026-11-22 09:00");
    assert!(t.show_json(&id)["follow_up"]["next"].is_null());

    // Due on the contact's day: settled as well.
    set_next("2026-11-22");
    log("2026-11-22 11:00");
    assert!(t.show_json(&id)["follow_up"]["next"].is_null());

    // Still ahead: kept.
    set_next("2026-11-30");
    log("2026-11-22 12:00");
    assert_eq!(t.show_json(&id)["follow_up"]["next"], "2026-11-30");

    // A back-dated contact does not settle a step due after it.
    set_next("2026-11-21");
    log("2026-11-20 10:00");
    assert_eq!(t.show_json(&id)["follow_up"]["next"], "2026-11-21");

    // --next replaces whatever was pending.
    t.cmd()
        .args(["log-contact", &id, "--channel", "phone", "--summary", "Called"])
        .args(["--at", "2026-11-22 13:00", "--next", "+3d"])
        .assert()
        .success();
    let json = t.show_json(&id);
    assert_eq!(json["follow_up"]["next"], "2026-11-25");
    assert_eq!(count(&json, "contacts"), 5);
}

#[test]
fn log_contact_refuses_bad_input_without_writing() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    let before = t.record_bytes(&id);
    for bad in [
        vec!["--channel", "fax", "--summary", "x"],
        vec!["--channel", "phone", "--direction", "sideways", "--summary", "x"],
        vec!["--summary", "no channel"],
        vec!["--channel", "phone"],
        vec!["--channel", "phone", "--summary", "   "],
        vec!["--channel", "phone", "--summary", "x", "--at", "2026-13-01 10:00"],
        vec!["--channel", "phone", "--summary", "x", "--at", "half past nine"],
        vec!["--channel", "phone", "--summary", "x", "--next", "someday"],
    ] {
        t.cmd()
            .arg("log-contact")
            .arg(&id)
            .args(&bad)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains("error:"));
        assert_eq!(
            t.record_bytes(&id),
            before,
            "log-contact {bad:?} changed the file"
        );
    }
    // The bad channel is named in the message.
    t.cmd()
        .args(["log-contact", &id, "--channel", "fax", "--summary", "x"])
        .assert()
        .code(2)
        .stderr(contains("fax"));
    // An unknown customer is an error, not a usage error; nothing is created.
    t.cmd()
        .args([
            "log-contact",
            "c-zzzzzzzz",
            "--channel",
            "phone",
            "--summary",
            "x",
        ])
        .assert()
        .code(1);
    assert_eq!(t.all_ids(), std::slice::from_ref(&id));
    assert_eq!(t.record_bytes(&id), before);
}

#[test]
fn fifty_concurrent_log_contacts_leave_fifty_entries() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let children: Vec<_> = (0..50)
        .map(|i| {
            t.std_cmd()
                .args(["log-contact", &id, "--channel", "phone"])
                .args(["--summary", &format!("call {i}")])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn crmfile log-contact")
        })
        .collect();
    let mut printed = BTreeSet::new();
    for (i, child) in children.into_iter().enumerate() {
        let out = child.wait_with_output().expect("wait for log-contact");
        assert!(
            out.status.success(),
            "log-contact {i} failed: {}",
            stderr_of(&out)
        );
        let line = String::from_utf8(out.stdout).unwrap();
        let (who, k) = line.trim().split_once('\t').expect("CUSTOMER<TAB>ENTRY");
        assert_eq!(who, id);
        printed.insert(k.to_string());
    }
    assert_eq!(printed.len(), 50, "entry ids printed twice");

    let json = t.show_json(&id);
    let contacts = json["contacts"].as_array().unwrap();
    assert_eq!(contacts.len(), 50, "lost or duplicated updates");
    let stored: BTreeSet<String> = contacts
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(stored, printed, "the stored ids are the printed ones");
    let summaries: BTreeSet<&str> = contacts.iter().map(|e| e["summary"].as_str().unwrap()).collect();
    let want: Vec<String> = (0..50).map(|i| format!("call {i}")).collect();
    assert_eq!(
        summaries,
        want.iter().map(String::as_str).collect::<BTreeSet<_>>()
    );
    // No temporary file was left next to the record.
    let names: Vec<String> = std::fs::read_dir(t.store())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    assert_eq!(names, [format!("{id}.toml.age")]);
}

// log-purchase ─────────────────────────────────────────────────────────────────────────

#[test]
fn log_purchase_keeps_exact_decimals_refunds_and_currency() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    let t1 = appended(
        &t,
        &id,
        't',
        &[
            "log-purchase",
            &id,
            "--amount",
            "25800.00",
            "--product",
            "R740 server",
            "--quantity",
            "2",
            "--payment",
            "bank-transfer",
            "--ref",
            "INV-1042",
        ],
    );
    let t2 = appended(
        &t,
        &id,
        't',
        &[
            "log-purchase",
            &id,
            "--refund",
            "--amount",
            "100",
            "--ref",
            "RMA-7",
        ],
    );
    // A refund given as negative is stored negative too (not flipped back).
    let t3 = appended(
        &t,
        &id,
        't',
        &["log-purchase", &id, "--refund", "--amount", "-0.10"],
    );
    let t4 = appended(
        &t,
        &id,
        't',
        &["log-purchase", &id, "--amount", "199", "--currency", "usd"],
    );
    let t5 = appended(
        &t,
        &id,
        't',
        &[
            "--today",
            "2026-12-10",
            "log-purchase",
            &id,
            "--amount",
            "0.30",
            "--date",
            "yesterday",
        ],
    );

    let json = t.show_json(&id);
    assert_eq!(count(&json, "transactions"), 5);
    let p = entry(&json, "transactions", &t1);
    assert_eq!(p["amount"], "25800.00", "the decimal must stay exactly as typed");
    assert_eq!(p["currency"], "CNY", "the store's currency is the default");
    assert_eq!(p["quantity"], 2);
    assert_eq!(p["product"], "R740 server");
    assert_eq!(p["payment"], "bank-transfer");
    assert_eq!(p["ref"], "INV-1042");
    assert_eq!(p["date"], "2026-11-22", "the clock's day is the default date");
    assert_eq!(entry(&json, "transactions", &t2)["amount"], "-100");
    assert_eq!(entry(&json, "transactions", &t3)["amount"], "-0.10");
    assert_eq!(entry(&json, "transactions", &t4)["currency"], "USD");
    let y = entry(&json, "transactions", &t5);
    assert_eq!(y["date"], "2026-12-09", "yesterday counts from --today");
    assert_eq!(y["amount"], "0.30");
    // Transactions are kept in date order.
    assert_eq!(json["transactions"][4]["id"], t5.as_str());
    // The TOML holds the amount as a string too, never a float.
    t.cmd()
        .args(["show", &id, "--format", "toml"])
        .assert()
        .success()
        .stdout(contains("amount = \"25800.00\"").and(contains("amount = \"-100\"")));

    let before = t.record_bytes(&id);
    for bad in [
        vec!["--amount", "-100"],
        vec!["--amount", "100", "--quantity", "0"],
        vec!["--amount", "0"],
        vec!["--amount", "12,5"],
        vec!["--amount", "100", "--currency", "yuan"],
        vec!["--product", "no amount"],
        vec!["--amount", "100", "--date", "2026-02-30"],
    ] {
        t.cmd()
            .arg("log-purchase")
            .arg(&id)
            .args(&bad)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains("error:"));
        assert_eq!(
            t.record_bytes(&id),
            before,
            "log-purchase {bad:?} changed the file"
        );
    }
    t.cmd()
        .args(["log-purchase", &id, "--amount", "-100"])
        .assert()
        .code(2)
        .stderr(contains("--refund"));
}

#[test]
fn log_purchase_defaults_to_the_configured_currency() {
    let t = TestStore::new();
    let id = t.add(&["--name", "Anna Schmidt"]);
    let path = config_path(&t);
    let config = std::fs::read_to_string(&path).unwrap();
    assert!(config.contains("currency = \"CNY\""), "{config}");
    std::fs::write(&path, config.replace("currency = \"CNY\"", "currency = \"EUR\"")).unwrap();
    let tx = appended(&t, &id, 't', &["log-purchase", &id, "--amount", "49.90"]);
    let json = t.show_json(&id);
    let e = entry(&json, "transactions", &tx);
    assert_eq!(e["currency"], "EUR");
    assert_eq!(e["amount"], "49.90");
}

// log-feedback and resolve ─────────────────────────────────────────────────────────────

#[test]
fn feedback_opens_and_resolve_closes_it() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    let complaint = appended(
        &t,
        &id,
        'f',
        &[
            "log-feedback",
            &id,
            "--kind",
            "complaint",
            "--text",
            "Delivery was late",
            "--rating",
            "2",
            "--date",
            "2026-11-20",
        ],
    );
    let praise = appended(
        &t,
        &id,
        'f',
        &["log-feedback", &id, "--kind", "praise", "--text", "Great support"],
    );
    let suggestion = appended(
        &t,
        &id,
        'f',
        &[
            "log-feedback",
            &id,
            "--kind",
            "suggestion",
            "--text",
            "Ship on Saturdays",
        ],
    );
    let json = t.show_json(&id);
    let c = entry(&json, "feedback", &complaint);
    assert_eq!(c["status"], "open");
    assert_eq!(c["kind"], "complaint");
    assert_eq!(c["rating"], 2);
    assert_eq!(c["date"], "2026-11-20");
    assert_eq!(c["text"], "Delivery was late");
    assert!(c["resolved"].is_null() && c["resolution"].is_null());
    let p = entry(&json, "feedback", &praise);
    assert_eq!(p["status"], "resolved");
    assert_eq!(p["date"], "2026-11-22");
    assert!(p["rating"].is_null());
    assert_eq!(entry(&json, "feedback", &suggestion)["status"], "open");

    // Ratings are 1 to 5.
    let before = t.record_bytes(&id);
    for bad in [
        vec!["--kind", "survey", "--text", "NPS", "--rating", "6"],
        vec!["--kind", "survey", "--text", "NPS", "--rating", "0"],
        vec!["--kind", "rant", "--text", "x"],
        vec!["--kind", "praise"],
    ] {
        t.cmd()
            .arg("log-feedback")
            .arg(&id)
            .args(&bad)
            .assert()
            .code(2)
            .stdout("");
        assert_eq!(
            t.record_bytes(&id),
            before,
            "log-feedback {bad:?} changed the file"
        );
    }

    // resolve prints the same CUSTOMER<TAB>ENTRY line and closes the entry.
    t.cmd()
        .args(["resolve", &id, &complaint, "--note", "Refunded the shipping fee"])
        .args(["--date", "2026-11-21"])
        .assert()
        .success()
        .stdout(format!("{id}\t{complaint}\n"));
    let json = t.show_json(&id);
    let c = entry(&json, "feedback", &complaint);
    assert_eq!(c["status"], "resolved");
    assert_eq!(c["resolved"], "2026-11-21");
    assert_eq!(c["resolution"], "Refunded the shipping fee");
    assert_eq!(c["text"], "Delivery was late", "the complaint itself is kept");
    assert_eq!(entry(&json, "feedback", &suggestion)["status"], "open");

    // Without --date, resolved today; by query instead of id.
    t.cmd().args(["resolve", "张伟", &suggestion]).assert().success();
    let s = entry(&t.show_json(&id), "feedback", &suggestion).clone();
    assert_eq!(s["status"], "resolved");
    assert_eq!(s["resolved"], "2026-11-22");
    assert!(s["resolution"].is_null());

    // Twice, already resolved praise, an unknown id: errors, nothing written.
    let before = t.record_bytes(&id);
    t.cmd()
        .args(["resolve", &id, &complaint, "--note", "again"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(complaint.as_str()).and(contains("already resolved")));
    t.cmd()
        .args(["resolve", &id, &praise])
        .assert()
        .code(1)
        .stderr(contains("already resolved"));
    t.cmd()
        .args(["resolve", &id, "f-00000000"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("f-00000000"));
    assert_eq!(t.record_bytes(&id), before);
    assert_eq!(
        entry(&t.show_json(&id), "feedback", &complaint)["resolution"],
        "Refunded the shipping fee"
    );
}

#[test]
fn resolve_before_the_feedback_is_refused() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    let f = appended(
        &t,
        &id,
        'f',
        &[
            "log-feedback",
            &id,
            "--kind",
            "complaint",
            "--text",
            "Late",
            "--date",
            "2026-11-20",
        ],
    );
    let before = t.record_bytes(&id);
    t.cmd()
        .args(["resolve", &id, &f, "--date", "2026-11-19"])
        .assert()
        .code(2)
        .stderr(contains("2026-11-20"));
    assert_eq!(t.record_bytes(&id), before);
    assert_eq!(entry(&t.show_json(&id), "feedback", &f)["status"], "open");
}

// add-person and add-date ──────────────────────────────────────────────────────────────

#[test]
fn key_people_and_dates_are_shown_with_their_ids() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--company", "北京星河科技有限公司"]);
    let p = appended(
        &t,
        &id,
        'p',
        &[
            "add-person",
            &id,
            "--name",
            "王芳",
            "--role",
            "decision-maker",
            "--birthday",
            "1979-07-02",
            "--phone",
            "13912345678",
        ],
    );
    let r = appended(
        &t,
        &id,
        'p',
        &["add-person", "星河", "--name", "Li Lei", "--role", "referrer"],
    );
    let d = appended(
        &t,
        &id,
        'd',
        &["add-date", &id, "--label", "first order", "--date", "2019-05-20"],
    );
    let json = t.show_json(&id);
    assert_eq!(count(&json, "key_people"), 2);
    let wang = entry(&json, "key_people", &p);
    assert_eq!(wang["name"], "王芳");
    assert_eq!(wang["role"], "decision-maker");
    assert_eq!(wang["birthday"], "1979-07-02");
    assert_eq!(wang["phone"], "+86 139 1234 5678");
    let li = entry(&json, "key_people", &r);
    assert_eq!(li["role"], "referrer");
    assert!(li["birthday"].is_null());
    let date = entry(&json, "dates", &d);
    assert_eq!(date["label"], "first order");
    assert_eq!(date["date"], "2019-05-20");

    // The table lists them too.
    t.cmd()
        .args(["show", &id, "--format", "table"])
        .assert()
        .success()
        .stdout(
            contains(p.as_str())
                .and(contains("decision-maker"))
                .and(contains("1979-07-02"))
                .and(contains(d.as_str()))
                .and(contains("first order")),
        );

    let before = t.record_bytes(&id);
    for bad in [
        vec!["add-person", &id, "--name", "X", "--role", "boss"],
        vec!["add-person", &id, "--role", "referrer"],
        vec![
            "add-person",
            &id,
            "--name",
            "X",
            "--role",
            "other",
            "--phone",
            "12",
        ],
        vec![
            "add-person",
            &id,
            "--name",
            "X",
            "--role",
            "other",
            "--birthday",
            "1979-02-30",
        ],
        vec!["add-date", &id, "--label", "x", "--date", "20190520"],
        vec!["add-date", &id, "--date", "2019-05-20"],
    ] {
        t.cmd().args(&bad).assert().code(2).stdout("");
        assert_eq!(t.record_bytes(&id), before, "{bad:?} changed the file");
    }
}

// custom fields ────────────────────────────────────────────────────────────────────────

const FIELDS: &str = r#"[fields.floor]
type = "int"

[fields.plan]
type = "enum"
values = ["basic", "pro"]

[fields.code]
type = "string"
pattern = "^[A-Z][0-9]{2}$"
"#;

#[test]
fn custom_fields_are_typed_checked_shown_and_found() {
    let t = TestStore::new();
    append_config(&t, FIELDS);
    let id = t.add(&["--name", "张伟"]);
    let other = t.add(&["--name", "李娜"]);

    t.cmd()
        .args(["set", &id, "extra.floor=12", "extra.plan=pro", "extra.code=B07"])
        .assert()
        .success();
    t.cmd().args(["set", &other, "extra.floor=3"]).assert().success();
    let json = t.show_json(&id);
    assert_eq!(json["extra"]["floor"], 12, "an int field is stored as an integer");
    assert!(json["extra"]["floor"].is_i64(), "{}", json["extra"]);
    assert_eq!(json["extra"]["plan"], "pro");
    assert_eq!(json["extra"]["code"], "B07");

    t.cmd()
        .args(["show", &id, "--format", "toml"])
        .assert()
        .success()
        .stdout(contains("floor = 12\n"));
    let out = t.cmd().args(["show", &id, "--format", "table"]).output().unwrap();
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table
            .lines()
            .any(|l| l.contains("extra.floor") && l.contains("12")),
        "{table}"
    );

    let find = |cond: &str| {
        let out = t
            .cmd()
            .args(["find", "--where", cond, "--format", "ids"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        crate::common::sorted_lines(&out.stdout)
    };
    assert_eq!(find("extra.floor=12"), std::slice::from_ref(&id));
    assert_eq!(find("extra.floor=3"), std::slice::from_ref(&other));
    assert_eq!(find("extra.plan=PRO"), std::slice::from_ref(&id));
    assert_eq!(find("extra.plan="), std::slice::from_ref(&other));

    let before = t.record_bytes(&id);
    for (bad, named) in [
        ("extra.floor=twelve", "extra.floor"),
        ("extra.floor=1.5", "extra.floor"),
        ("extra.plan=gold", "extra.plan"),
        ("extra.code=a12", "extra.code"),
        ("extra.code=A123", "extra.code"),
        ("extra.undeclared=1", "extra.undeclared"),
    ] {
        t.cmd()
            .args(["set", &id, bad])
            .assert()
            .code(2)
            .stderr(contains(named));
        assert_eq!(t.record_bytes(&id), before, "set {bad} changed the file");
    }
    // One bad custom field spoils the whole command.
    t.cmd()
        .args(["set", &id, "extra.floor=13", "extra.plan=gold"])
        .assert()
        .code(2);
    assert_eq!(t.record_bytes(&id), before);
    assert_eq!(t.show_json(&id)["extra"]["floor"], 12);

    // An empty value clears a custom field.
    t.cmd().args(["set", &id, "extra.code="]).assert().success();
    assert!(t.show_json(&id)["extra"]["code"].is_null());
}

#[test]
fn a_required_custom_field_must_be_given_before_other_changes() {
    let t = TestStore::new();
    append_config(&t, FIELDS);
    let id = t.add(&["--name", "张伟"]);
    append_config(&t, "[fields.region_code]\ntype = \"string\"\nrequired = true\n");

    let before = t.record_bytes(&id);
    for change in [vec!["extra.floor=12"], vec!["title=采购经理"]] {
        t.cmd()
            .arg("set")
            .arg(&id)
            .args(&change)
            .assert()
            .failure()
            .stderr(contains("extra.region_code").and(contains("required")));
        assert_eq!(t.record_bytes(&id), before, "set {change:?} changed the file");
    }
    // Appending to the log is held back in the same way.
    t.cmd()
        .args(["log-contact", &id, "--channel", "phone", "--summary", "x"])
        .assert()
        .failure()
        .stderr(contains("extra.region_code"));
    assert_eq!(t.record_bytes(&id), before);

    // Given together with the other change, both go in.
    t.cmd()
        .args(["set", &id, "extra.floor=12", "extra.region_code=BJ"])
        .assert()
        .success();
    let json = t.show_json(&id);
    assert_eq!(json["extra"]["floor"], 12);
    assert_eq!(json["extra"]["region_code"], "BJ");
    // And it cannot be cleared while required.
    let before = t.record_bytes(&id);
    t.cmd()
        .args(["set", &id, "extra.region_code="])
        .assert()
        .failure()
        .stderr(contains("required"));
    assert_eq!(t.record_bytes(&id), before);
    t.cmd().args(["set", &id, "title=采购经理"]).assert().success();
    assert_eq!(t.show_json(&id)["title"], "采购经理");
}

#[test]
fn a_date_custom_field_can_be_given_in_json() {
    let t = TestStore::new();
    append_config(&t, "[fields.since]\ntype = \"date\"\n");
    let out = t
        .cmd()
        .args(["add", "--json", "-"])
        .write_stdin(r#"{"name":"王芳","extra":{"since":"2026-01-02"}}"#)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert_eq!(t.show_json(&id)["extra"]["since"], "2026-01-02");
    t.cmd()
        .args(["show", &id, "--format", "toml"])
        .assert()
        .success()
        .stdout(contains("since = 2026-01-02\n"));
}

#[test]
fn a_date_custom_field_takes_human_dates() {
    let t = TestStore::new();
    append_config(&t, "[fields.since]\ntype = \"date\"\n");
    let id = t.add(&["--name", "王芳"]);
    // The built-in date fields take them …
    t.cmd()
        .args([
            "--today",
            "2026-11-22",
            "set",
            &id,
            "verified=today",
            "follow_up.next=eom",
        ])
        .assert()
        .success();
    let json = t.show_json(&id);
    assert_eq!(json["verified"], "2026-11-22");
    // A birthday must name its year: a word or a day alone would make one up.
    for birthday in ["birthday=today", "birthday=3月5日"] {
        let out = t.cmd().args(["set", &id, birthday]).output().unwrap();
        assert!(!out.status.success(), "{birthday}");
        assert!(
            stderr_of(&out).contains("a birthday needs its year"),
            "{}",
            stderr_of(&out)
        );
    }
    assert_eq!(json["follow_up"]["next"], "2026-11-30");
    // … and so should a custom one.
    t.cmd()
        .args(["--today", "2026-11-22", "set", &id, "extra.since=today"])
        .assert()
        .success();
    assert_eq!(t.show_json(&id)["extra"]["since"], "2026-11-22");
}

// NDJSON batches ───────────────────────────────────────────────────────────────────────

#[test]
fn a_batch_writes_the_good_lines_and_names_the_bad_ones() {
    let t = TestStore::new();
    let a = t.add(&["--name", "张伟", "--ref", "ERP-1"]);
    let b = t.add(&["--name", "李娜", "--ref", "ERP-2"]);
    let c = t.add(&["--name", "王芳"]);
    let c_before = t.record_bytes(&c);
    let lines = [
        format!(r#"{{"customer":"{a}","channel":"phone","summary":"by id","by":"wang"}}"#),
        r#"{"customer":"ERP-2","channel":"email","summary":"by ref","next":"2026-12-01"}"#.to_string(),
        r#"{"customer":"c-zzzzzzzz","channel":"phone","summary":"nobody"}"#.to_string(),
        r#"{"customer":"ERP-1","channel":"fax","summary":"bad channel"}"#.to_string(),
        r#"{"customer":"ERP-1","channel":"phone","summary":"bad field","mood":"happy"}"#.to_string(),
        String::new(),
        r#"{"customer":"ERP-1","channel":"visit","summary":"by ref again","at":"2026-11-20 15:00"}"#
            .to_string(),
        r#"{"customer":"ERP-9","channel":"phone","summary":"unknown ref"}"#.to_string(),
        r#"{"channel":"phone","summary":"no customer"}"#.to_string(),
    ];
    let out = t
        .cmd()
        .args(["log-contact", "--json", "-"])
        .write_stdin(lines.join("\n") + "\n")
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for n in [3, 4, 5, 8, 9] {
        assert!(
            err.contains(&format!("line {n}:")),
            "stderr must name line {n}: {err}"
        );
    }
    for n in [1, 2, 6, 7] {
        assert!(!err.contains(&format!("line {n}:")), "line {n} is fine: {err}");
    }
    assert!(
        err.contains("c-zzzzzzzz") && err.contains("fax") && err.contains("mood"),
        "{err}"
    );

    let ja = t.show_json(&a);
    let summaries: Vec<&str> = ja["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["summary"].as_str().unwrap())
        .collect();
    // In time order: the 20 Nov visit before the contact logged now.
    assert_eq!(summaries, ["by ref again", "by id"]);
    assert_eq!(ja["contacts"][1]["by"], "wang");
    assert_eq!(ja["contacts"][0]["at"], "2026-11-20T15:00:00+08:00");
    let jb = t.show_json(&b);
    assert_eq!(count(&jb, "contacts"), 1);
    assert_eq!(jb["contacts"][0]["summary"], "by ref");
    assert_eq!(jb["follow_up"]["next"], "2026-12-01");
    assert!(is_entry_id('k', jb["contacts"][0]["id"].as_str().unwrap()));
    assert_eq!(
        t.record_bytes(&c),
        c_before,
        "an untouched customer was rewritten"
    );

    // Every line bad: nothing written, still exit 1; an empty stdin is bad usage.
    let a_before = t.record_bytes(&a);
    t.cmd()
        .args(["log-contact", "--json", "-"])
        .write_stdin(r#"{"customer":"ERP-1","channel":"fax","summary":"x"}"#)
        .assert()
        .code(1)
        .stderr(contains("line 1:"));
    t.cmd()
        .args(["log-contact", "--json", "-"])
        .write_stdin("\n\n")
        .assert()
        .code(2);
    // A customer and --json together is bad usage.
    t.cmd()
        .args(["log-contact", &a, "--json", "-"])
        .write_stdin(r#"{"customer":"ERP-1","channel":"phone","summary":"x"}"#)
        .assert()
        .code(2);
    assert_eq!(t.record_bytes(&a), a_before);
}

#[test]
fn batches_of_purchases_feedback_people_and_dates() {
    let t = TestStore::new();
    let a = t.add(&["--name", "张伟", "--ref", "ERP-00042"]);
    let ndjson = concat!(
        r#"{"customer":"ERP-00042","amount":"25800.00","product":"R740 server","quantity":2,"date":"2026-10-03"}"#,
        "\n",
        // Nothing bought in USD: a refund of it is recorded only when forced.
        r#"{"customer":"ERP-00042","amount":"100","refund":true,"currency":"usd","force":true}"#,
        "\n",
        r#"{"customer":"ERP-00042","amount":"-5"}"#,
        "\n",
        r#"{"customer":"ERP-00042","amount":"5","quantity":0}"#,
        "\n",
    );
    let out = t
        .cmd()
        .args(["log-purchase", "--json", "-"])
        .write_stdin(ndjson)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("line 3:") && err.contains("line 4:"), "{err}");
    let json = t.show_json(&a);
    let tx = json["transactions"].as_array().unwrap();
    assert_eq!(tx.len(), 2, "{json}");
    assert_eq!(tx[0]["amount"], "25800.00");
    assert_eq!(tx[0]["date"], "2026-10-03");
    assert_eq!(tx[0]["currency"], "CNY");
    assert_eq!(tx[1]["amount"], "-100");
    assert_eq!(tx[1]["currency"], "USD");

    let ok = |cmd: &str, line: String| {
        let out = t
            .cmd()
            .args([cmd, "--json", "-"])
            .write_stdin(line)
            .output()
            .unwrap();
        assert!(out.status.success(), "{cmd}: {}", stderr_of(&out));
    };
    ok(
        "log-feedback",
        format!(r#"{{"customer":"{a}","kind":"complaint","text":"Late","rating":2}}"#),
    );
    ok(
        "add-person",
        r#"{"customer":"ERP-00042","name":"王芳","role":"decision-maker","birthday":"1979-07-02"}"#.into(),
    );
    ok(
        "add-date",
        r#"{"customer":"ERP-00042","label":"first order","date":"2019-05-20"}"#.into(),
    );
    let json = t.show_json(&a);
    assert_eq!(json["feedback"][0]["status"], "open");
    assert_eq!(json["feedback"][0]["rating"], 2);
    assert_eq!(json["key_people"][0]["role"], "decision-maker");
    assert_eq!(json["dates"][0]["date"], "2019-05-20");
    // A rating out of range in a batch is refused like on the command line.
    let before = t.record_bytes(&a);
    t.cmd()
        .args(["log-feedback", "--json", "-"])
        .write_stdin(format!(
            r#"{{"customer":"{a}","kind":"survey","text":"NPS","rating":6}}"#
        ))
        .assert()
        .code(1)
        .stderr(contains("line 1:"));
    assert_eq!(t.record_bytes(&a), before);
}

#[test]
fn a_batch_of_two_thousand_entries_over_five_customers() {
    let t = TestStore::new();
    let ids: Vec<String> = (0..5)
        .map(|i| t.add(&["--name", &format!("客户{i}"), "--ref", &format!("ERP-{i}")]))
        .collect();
    // Half the lines name the customer by id, half by ref; channels vary.
    let channels = [
        "phone", "email", "meeting", "visit", "wechat", "qq", "sms", "other",
    ];
    let mut input = String::new();
    for n in 0..2000 {
        let who = n % 5;
        let key = if n % 2 == 0 {
            ids[who].clone()
        } else {
            format!("ERP-{who}")
        };
        input.push_str(&format!(
            r#"{{"customer":"{key}","channel":"{}","summary":"call {n}","at":"2026-11-{:02} 10:{:02}"}}"#,
            channels[n % channels.len()],
            1 + n % 21,
            n % 60
        ));
        input.push('\n');
    }
    let out = t
        .cmd()
        .args(["log-contact", "--json", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("2000 entries written to 5 customers"), "{err}");

    let mut all_ids = BTreeSet::new();
    for (who, id) in ids.iter().enumerate() {
        let json = t.show_json(id);
        let contacts = json["contacts"].as_array().unwrap();
        assert_eq!(contacts.len(), 400, "{id} got {} entries", contacts.len());
        let summaries: BTreeSet<String> = contacts
            .iter()
            .map(|e| e["summary"].as_str().unwrap().to_string())
            .collect();
        let want: BTreeSet<String> = (0..2000)
            .filter(|n| n % 5 == who)
            .map(|n| format!("call {n}"))
            .collect();
        assert_eq!(summaries, want, "{id} got someone else's entries");
        for e in contacts {
            all_ids.insert(e["id"].as_str().unwrap().to_string());
        }
        // Still in time order after the batch.
        let ats: Vec<chrono::DateTime<chrono::FixedOffset>> = contacts
            .iter()
            .map(|e| chrono::DateTime::parse_from_rfc3339(e["at"].as_str().unwrap()).unwrap())
            .collect();
        assert!(
            ats.windows(2).all(|w| w[0] <= w[1]),
            "{id}: contacts out of order"
        );
    }
    assert_eq!(all_ids.len(), 2000, "entry ids must be distinct");
    // Five records, no temporary files.
    let mut names: Vec<String> = std::fs::read_dir(t.store())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    let want: Vec<String> = ids.iter().map(|id| format!("{id}.toml.age")).collect();
    assert_eq!(
        names,
        sorted(&want.iter().map(String::as_str).collect::<Vec<_>>())
    );
}

// human dates ──────────────────────────────────────────────────────────────────────────

#[test]
fn human_dates_through_the_commands() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    // 2026-11-22 is a Sunday.
    let eom = appended(
        &t,
        &id,
        't',
        &[
            "--today",
            "2026-11-22",
            "log-purchase",
            &id,
            "--amount",
            "1",
            "--date",
            "eom",
        ],
    );
    let leap = appended(
        &t,
        &id,
        't',
        &[
            "--today",
            "2028-02-10",
            "log-purchase",
            &id,
            "--amount",
            "2",
            "--date",
            "EOM",
        ],
    );
    let json = t.show_json(&id);
    assert_eq!(entry(&json, "transactions", &eom)["date"], "2026-11-30");
    assert_eq!(entry(&json, "transactions", &leap)["date"], "2028-02-29");

    // monday: the next one after the contact (here the clock's Sunday).
    let k = appended(
        &t,
        &id,
        'k',
        &[
            "log-contact",
            &id,
            "--channel",
            "phone",
            "--summary",
            "x",
            "--next",
            "monday",
        ],
    );
    let json = t.show_json(&id);
    assert_eq!(entry(&json, "contacts", &k)["next"], "2026-11-23");
    assert_eq!(json["follow_up"]["next"], "2026-11-23");
    // From a Monday, `monday` is a week later, never the same day.
    let k = appended(
        &t,
        &id,
        'k',
        &[
            "log-contact",
            &id,
            "--channel",
            "phone",
            "--summary",
            "y",
            "--at",
            "2026-11-23 10:00",
            "--next",
            "Monday",
        ],
    );
    assert_eq!(entry(&t.show_json(&id), "contacts", &k)["next"], "2026-11-30");
    let d = appended(
        &t,
        &id,
        'd',
        &[
            "--today",
            "2026-11-22",
            "add-date",
            &id,
            "--label",
            "year end",
            "--date",
            "eoy",
        ],
    );
    assert_eq!(entry(&t.show_json(&id), "dates", &d)["date"], "2026-12-31");

    let before = t.record_bytes(&id);
    for args in [
        vec!["log-purchase", &id, "--amount", "1", "--date", "2026-02-30"],
        vec!["add-date", &id, "--label", "x", "--date", "2026-02-30"],
        vec![
            "log-contact",
            &id,
            "--channel",
            "phone",
            "--summary",
            "x",
            "--next",
            "2026-02-30",
        ],
        vec![
            "log-feedback",
            &id,
            "--kind",
            "praise",
            "--text",
            "x",
            "--date",
            "2026-02-30",
        ],
    ] {
        t.cmd()
            .args(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains("2026-02-30"));
        assert_eq!(t.record_bytes(&id), before, "{args:?} changed the file");
    }
}

#[test]
fn log_contact_without_at_honours_today() {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟"]);
    // log-purchase and log-feedback date their entries by --today …
    let f = appended(
        &t,
        &id,
        'f',
        &[
            "--today",
            "2026-12-01",
            "log-feedback",
            &id,
            "--kind",
            "praise",
            "--text",
            "ok",
        ],
    );
    assert_eq!(entry(&t.show_json(&id), "feedback", &f)["date"], "2026-12-01");
    // … so a contact logged "now" on that day should be dated 1 Dec, and 2w from it is 15 Dec.
    let k = appended(
        &t,
        &id,
        'k',
        &[
            "--today",
            "2026-12-01",
            "log-contact",
            &id,
            "--channel",
            "phone",
            "--summary",
            "x",
            "--next",
            "2w",
        ],
    );
    let json = t.show_json(&id);
    let e = entry(&json, "contacts", &k);
    assert!(
        e["at"].as_str().unwrap().starts_with("2026-12-01T"),
        "the contact is dated {}",
        e["at"]
    );
    assert_eq!(e["next"], "2026-12-15");
}
