//! `crmfile classify` end to end: RFM scores computed by hand on small stores, tiers and
//! lifecycle from the shipped rules, the window, foreign currencies, pinned tiers,
//! dry runs, idempotence and bad rules.
//!
//! The definition (DESIGN.md, "Classification, exactly"): over the n customers with at
//! least one transaction in the window, R = days since the last one, F = their number,
//! M = their sum. F and M score `1 + floor(5 × #(strictly smaller) / n)`, R scores
//! `1 + floor(5 × #(strictly more days) / n)`, capped at 5; rfm is "RFM".
//! monetary_top_percent = 100 × #(strictly larger M) / n. Shipped tiers: strategic < 5,
//! important < 20, general = any transaction, potential = none.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{TestStore, stderr_of};

const TODAY: &str = "2026-11-22";

fn config_path(t: &TestStore) -> std::path::PathBuf {
    t.store().join(".crmfile").join("config.toml")
}

/// Replaces `from` (which must occur exactly once) in the store's config.
fn edit_config(t: &TestStore, from: &str, to: &str) {
    let path = config_path(t);
    let config = std::fs::read_to_string(&path).expect("read config");
    assert_eq!(config.matches(from).count(), 1, "{from:?} in {config}");
    std::fs::write(&path, config.replacen(from, to, 1)).expect("write config");
}

/// Adds transactions with `log-purchase --json -`: (customer, amount, date[, currency]).
fn buy(t: &TestStore, rows: &[(&str, &str, &str)]) {
    let ndjson: String = rows
        .iter()
        .map(|(who, amount, date)| {
            let (amount, currency) = amount.split_once(' ').unwrap_or((amount, ""));
            let currency = if currency.is_empty() {
                String::new()
            } else {
                format!(r#","currency":"{currency}""#)
            };
            format!(r#"{{"customer":"{who}","amount":"{amount}","date":"{date}"{currency}}}"#) + "\n"
        })
        .collect();
    let out = t
        .cmd()
        .args(["log-purchase", "--json", "-"])
        .write_stdin(ndjson)
        .output()
        .expect("run log-purchase");
    assert!(out.status.success(), "log-purchase failed: {}", stderr_of(&out));
}

/// `crmfile --today 2026-11-22 classify ARGS…`; asserts success, returns (stdout, stderr).
fn classify(t: &TestStore, args: &[&str]) -> (String, String) {
    let out = t
        .cmd()
        .args(["--today", TODAY, "classify"])
        .args(args)
        .output()
        .expect("run classify");
    assert!(
        out.status.success(),
        "classify {args:?} failed: {}",
        stderr_of(&out)
    );
    let err = stderr_of(&out);
    (String::from_utf8(out.stdout).expect("UTF-8"), err)
}

/// (tier, lifecycle, rfm) as `show --format json` gives them; "" for absent.
fn class_of(t: &TestStore, id: &str) -> (String, String, String) {
    let json = t.show_json(id);
    let get = |k: &str| json["class"][k].as_str().unwrap_or("").to_string();
    (get("tier"), get("lifecycle"), get("rfm"))
}

fn class(tier: &str, lifecycle: &str, rfm: &str) -> (String, String, String) {
    (tier.into(), lifecycle.into(), rfm.into())
}

fn all_bytes(t: &TestStore, ids: &[&String]) -> Vec<Vec<u8>> {
    ids.iter().map(|id| t.record_bytes(id)).collect()
}

#[test]
fn rfm_tier_and_lifecycle_computed_by_hand() {
    let t = TestStore::new();
    let a = t.add(&["--name", "甲"]);
    let b = t.add(&["--name", "乙"]);
    let c = t.add(&["--name", "丙"]);
    let d = t.add(&["--name", "丁"]);
    let e = t.add(&["--name", "戊"]);
    let g = t.add(&["--name", "己"]);
    let none = t.add(&["--name", "庚"]);
    buy(
        &t,
        &[
            // 甲: 6 × 2000 = 12000, first 2026-06-01 (174 days), last 2026-11-12 (R 10).
            (&a, "2000", "2026-06-01"),
            (&a, "2000", "2026-07-01"),
            (&a, "2000", "2026-08-01"),
            (&a, "2000", "2026-09-01"),
            (&a, "2000", "2026-10-01"),
            (&a, "2000", "2026-11-12"),
            // 乙: 2 transactions, 9000, first 2026-09-01 (82 days), last 2026-11-12 (R 10).
            (&b, "4000", "2026-09-01"),
            (&b, "5000", "2026-11-12"),
            // 丙: 3 transactions, 3000, last 2026-05-01 (R 205).
            (&c, "1000", "2025-01-10"),
            (&c, "1000", "2025-06-01"),
            (&c, "1000", "2026-05-01"),
            // 丁: 1 transaction, 500, 2025-10-01 (R 417).
            (&d, "500", "2025-10-01"),
            // 戊: 3 transactions, 1000.50 + 999.50 + 1000 = 3000.00 (ties 丙 exactly),
            //     first 2026-01-15 (311 days), last 2026-10-23 (R 30).
            (&e, "1000.50", "2026-01-15"),
            (&e, "999.50", "2026-06-01"),
            (&e, "1000", "2026-10-23"),
            // 己: 1 transaction, 80, 2026-11-21 (R 1).
            (&g, "80", "2026-11-21"),
            // A transaction after --today does not count yet.
            (&g, "99999", "2026-12-01"),
            // 庚: none.
        ],
    );
    let (_, err) = classify(&t, &[]);
    assert!(err.contains("7 customers; changed 7"), "{err}");

    // n = 6 buyers.
    // R (days 10, 10, 205, 417, 30, 1), strictly more days:
    //   己 1: 5 more → 1 + floor(25/6) = 5;  甲, 乙 10: 3 more (205, 417, 30) → 1 + floor(15/6) = 3;
    //   戊 30: 2 more → 1 + floor(10/6) = 2; 丙 205: 1 more → 1 + floor(5/6) = 1; 丁 417: 0 → 1.
    // F (counts 6, 2, 3, 1, 3, 1), strictly smaller:
    //   甲 6: 5 → 5;  乙 2: 2 (the two 1s) → 1 + floor(10/6) = 2;
    //   丙, 戊 3: 3 (2, 1, 1) → 1 + floor(15/6) = 3;  丁, 己 1: 0 → 1.
    // M (sums 12000, 9000, 3000, 500, 3000.00, 80), strictly smaller:
    //   甲: 5 → 1 + floor(25/6) = 5;  乙: 4 → 1 + floor(20/6) = 4;
    //   丙, 戊: 2 (500, 80) → 1 + floor(10/6) = 2;  丁: 1 → 1;  己: 0 → 1.
    // monetary_top_percent: 甲 0 → strategic; 乙 100/6 = 16.7 → important;
    //   丙, 戊 33.3, 丁 66.7, 己 83.3 → general; 庚 has no transaction → potential.
    // Lifecycle (first match): 丁 R 417 > 365 → churned; 丙 R 205 > 180 → dormant;
    //   乙 first 82 days ago ≤ 90 → new; 己 first 1 day ago → new;
    //   甲 6 transactions, R 10 → loyal; 戊 3 transactions → active; 庚 → potential.
    assert_eq!(class_of(&t, &a), class("strategic", "loyal", "355"));
    assert_eq!(class_of(&t, &b), class("important", "new", "324"));
    assert_eq!(class_of(&t, &c), class("general", "dormant", "132"));
    assert_eq!(class_of(&t, &d), class("general", "churned", "111"));
    assert_eq!(class_of(&t, &e), class("general", "active", "232"));
    assert_eq!(class_of(&t, &g), class("general", "new", "511"));
    assert_eq!(class_of(&t, &none), class("potential", "potential", ""));
    // The date of the classification is recorded.
    assert_eq!(t.show_json(&a)["class"]["classified"], TODAY);
    assert!(t.show_json(&none)["class"]["rfm"].is_null());

    // The result can be searched.
    let out = t
        .cmd()
        .args(["find", "--where", "class.tier=general", "--format", "ids"])
        .output()
        .unwrap();
    let mut want = vec![c.clone(), d.clone(), e.clone(), g.clone()];
    want.sort();
    assert_eq!(crate::common::sorted_lines(&out.stdout), want);
}

#[test]
fn window_days_leaves_old_transactions_out() {
    let t = TestStore::new();
    let x = t.add(&["--name", "X"]);
    let y = t.add(&["--name", "Y"]);
    let z = t.add(&["--name", "Z"]);
    buy(
        &t,
        &[
            (&x, "5000", "2026-06-01"),
            (&x, "100", "2026-11-20"),
            (&y, "700", "2026-09-01"),
            (&z, "200", "2026-11-01"),
        ],
    );
    // All time (the default), as a dry run: n = 3.
    // X: 2 transactions, 5100, R 2; Y: 1, 700, R 82; Z: 1, 200, R 21.
    // R: X 2 more → 1 + floor(10/3) = 4; Z 1 more → 2; Y → 1.
    // F: X 2 smaller → 4; Y, Z → 1.  M: X → 4; Y 1 smaller → 2; Z → 1.
    let (stdout, _) = classify(&t, &["--dry-run", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let new_of = |rows: &serde_json::Value, id: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id} not listed in {rows}"))["new"]
            .clone()
    };
    assert_eq!(new_of(&rows, &x)["rfm"], "444");
    assert_eq!(new_of(&rows, &x)["lifecycle"], "active");
    assert_eq!(new_of(&rows, &y)["rfm"], "112");
    assert_eq!(new_of(&rows, &y)["tier"], "general");
    assert_eq!(new_of(&rows, &z)["rfm"], "211");

    // The config has a [classify] table with rule lists already: the key goes into it.
    edit_config(&t, "\n[classify]\n", "\n[classify]\nwindow_days = 30\n");
    classify(&t, &[]);
    // Window: 2026-10-24 … 2026-11-22. X keeps only 100 on 11-20; Y has nothing; Z 200 on 11-01.
    // n = 2. X: R 1 more (Z, 21 days) → 1 + floor(5/2) = 3; F → 1; M → 1: "311", top 50 %
    //   → general; first transaction in the window 2 days ago → new.
    // Z: R → 1; F: X's 1 is not smaller → 1; M 1 smaller → 3: "113", top 0 → strategic; new.
    // Y: no transaction in the window → potential, no rfm.
    assert_eq!(class_of(&t, &x), class("general", "new", "311"));
    assert_eq!(class_of(&t, &z), class("strategic", "new", "113"));
    assert_eq!(class_of(&t, &y), class("potential", "potential", ""));
    // The transactions themselves are still in the records.
    assert_eq!(t.show_json(&x)["transactions"].as_array().unwrap().len(), 2);
}

#[test]
fn a_foreign_currency_is_left_out_and_reported() {
    let t = TestStore::new();
    let u = t.add(&["--name", "U"]);
    let v = t.add(&["--name", "V"]);
    buy(
        &t,
        &[
            (&u, "100", "2026-11-01"),
            (&u, "5000 USD", "2026-11-01"),
            (&v, "200", "2026-11-01"),
        ],
    );
    assert_eq!(t.show_json(&u)["transactions"][1]["currency"], "USD");
    let (_, err) = classify(&t, &[]);
    assert!(
        err.contains("1 transaction(s) not in CNY") && err.contains("left out"),
        "the USD transaction must be reported: {err}"
    );
    // Counted in CNY only: U 1 × 100, V 1 × 200, both 21 days ago; n = 2.
    // U: R 1, F 1, M 1 → "111", top 50 % → general. V: M 1 smaller → 3 → "113", strategic.
    // (Were the USD counted, U would be F 3, M 3, and strategic.)
    assert_eq!(class_of(&t, &u), class("general", "new", "111"));
    assert_eq!(class_of(&t, &v), class("strategic", "new", "113"));
    // The warning is not a status line: -q keeps it.
    let out = t
        .cmd()
        .args(["-q", "--today", TODAY, "classify"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stderr_of(&out).contains("not in CNY"), "{}", stderr_of(&out));
}

#[test]
fn a_pinned_tier_is_kept_and_rfm_still_computed() {
    let t = TestStore::new();
    let p = t.add(&["--name", "P"]);
    let q = t.add(&["--name", "Q"]);
    buy(&t, &[(&p, "10", "2026-11-20"), (&q, "1000", "2026-11-20")]);
    t.cmd()
        .args(["set", &p, "class.tier=strategic", "class.pin=true"])
        .assert()
        .success();
    // n = 2, both R 2, F 1: P M → 1, "111", top 50 % (general, were it not pinned);
    // Q M → 3, "113", top 0 → strategic.
    classify(&t, &[]);
    assert_eq!(class_of(&t, &p), class("strategic", "new", "111"));
    assert_eq!(t.show_json(&p)["class"]["pin"], true);
    assert_eq!(class_of(&t, &q), class("strategic", "new", "113"));

    // A pinned tier survives a second run and a rule change; unpinned, it follows the rules.
    classify(&t, &[]);
    assert_eq!(class_of(&t, &p).0, "strategic");
    t.cmd().args(["set", &p, "class.pin=false"]).assert().success();
    let (_, err) = classify(&t, &[]);
    assert!(err.contains("changed 1"), "{err}");
    assert_eq!(class_of(&t, &p), class("general", "new", "111"));
}

/// Piped, a dry run prints the table's columns as tab-separated lines, with the stored
/// names in every language; `--format table` still draws the table.
#[test]
fn a_piped_dry_run_prints_one_line_per_change() {
    let t = TestStore::new();
    let a = t.add(&["--name", "张伟"]);
    let b = t.add(&["--name", "李娜"]);
    buy(&t, &[(&a, "1000", "2026-11-01"), (&b, "300", "2026-11-10")]);
    classify(&t, &[]);
    buy(&t, &[(&b, "5000", "2026-11-21")]);
    for lang in ["en", "zh-CN"] {
        let (text, _) = classify(&t, &["--dry-run", "--lang", lang]);
        let mut lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
        lines.sort();
        // The lifecycle column as printed (its rules are tested above).
        let stage = |id: &str| {
            lines
                .iter()
                .find(|l| l[0] == id)
                .map_or("", |l| l.get(3).copied().unwrap_or(""))
        };
        let mut want = vec![
            // 张伟: "113" strategic → "111" general; 李娜: "311" general → "333" strategic.
            vec![a.as_str(), "张伟", "strategic → general", stage(&a), "113 → 111"],
            vec![b.as_str(), "李娜", "general → strategic", stage(&b), "311 → 333"],
        ];
        want.sort();
        assert_eq!(lines, want, "{lang}: {text}");
        assert!(!text.contains('│'), "{text}");
    }
    let (table, _) = classify(&t, &["--dry-run", "--format", "table"]);
    let row = table
        .lines()
        .find(|l| l.contains(b.as_str()))
        .expect("李娜's row");
    assert!(
        row.contains('│') && row.contains("general → strategic"),
        "{table}"
    );
}

#[test]
fn dry_run_shows_the_changes_and_writes_nothing() {
    let t = TestStore::new();
    let a = t.add(&["--name", "张伟"]);
    let b = t.add(&["--name", "李娜"]);
    let n = t.add(&["--name", "王芳"]);
    buy(&t, &[(&a, "1000", "2026-11-01"), (&b, "300", "2026-11-10")]);
    let ids = [&a, &b, &n];
    let before = all_bytes(&t, &ids);

    let (table, err) = classify(&t, &["--dry-run"]);
    assert!(err.contains("would change 3"), "{err}");
    for (id, name) in [(&a, "张伟"), (&b, "李娜"), (&n, "王芳")] {
        let row = table
            .lines()
            .find(|l| l.contains(id.as_str()))
            .unwrap_or_else(|| panic!("{id} not in the table:\n{table}"));
        assert!(row.contains(name), "{row}");
        assert!(row.contains('→'), "a change is shown as old → new: {row}");
    }
    // n = 2. 张伟: R 21 days, none more → 1; F 1; M 1 smaller → 1 + floor(5/2) = 3:
    // "113", top 0 → strategic. 李娜: R 12 days, 1 more → 3; F 1; M 1: "311", general.
    let row_a = table.lines().find(|l| l.contains(a.as_str())).unwrap();
    assert!(row_a.contains("strategic") && row_a.contains("113"), "{row_a}");
    let row_n = table.lines().find(|l| l.contains(n.as_str())).unwrap();
    assert!(row_n.contains("potential"), "{row_n}");
    assert_eq!(all_bytes(&t, &ids), before, "--dry-run wrote a record");
    assert!(t.show_json(&a)["class"].is_null(), "--dry-run set a class");

    // JSON: one object per changed customer, old and new.
    let (json, _) = classify(&t, &["--dry-run", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let rows = rows.as_array().expect("an array");
    assert_eq!(rows.len(), 3);
    let row = |id: &str| rows.iter().find(|r| r["id"] == id).unwrap().clone();
    let ra = row(&a);
    assert_eq!(ra["name"], "张伟");
    assert_eq!(ra["changed"], true);
    assert!(ra["old"]["tier"].is_null() && ra["old"]["rfm"].is_null(), "{ra}");
    assert_eq!(ra["new"]["tier"], "strategic");
    assert_eq!(ra["new"]["lifecycle"], "new");
    assert_eq!(ra["new"]["rfm"], "113");
    assert_eq!(row(&b)["new"]["rfm"], "311");
    assert_eq!(row(&n)["new"]["tier"], "potential");
    assert!(row(&n)["new"]["rfm"].is_null());
    assert_eq!(
        all_bytes(&t, &ids),
        before,
        "--dry-run --format json wrote a record"
    );

    // After a real run, a new purchase changes two customers: the dry run lists exactly
    // those, with the stored class as old.
    classify(&t, &[]);
    buy(&t, &[(&b, "5000", "2026-11-21")]);
    let before = all_bytes(&t, &ids);
    let (json, err) = classify(&t, &["--dry-run", "--format", "json"]);
    assert!(err.contains("would change 2"), "{err}");
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = rows.as_array().unwrap();
    let mut listed: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    listed.sort();
    let mut want = vec![a.as_str(), b.as_str()];
    want.sort();
    assert_eq!(listed, want);
    // 李娜: 2 transactions, 5300, last 1 day ago: R 3, F 3, M 3 → "333", strategic.
    // 张伟: R 1, F 1, M 1 → "111", general.
    let rb = rows.iter().find(|r| r["id"] == b.as_str()).unwrap();
    assert_eq!(rb["old"]["tier"], "general");
    assert_eq!(rb["old"]["rfm"], "311");
    assert_eq!(rb["new"]["tier"], "strategic");
    assert_eq!(rb["new"]["rfm"], "333");
    let ra = rows.iter().find(|r| r["id"] == a.as_str()).unwrap();
    assert_eq!(ra["old"]["rfm"], "113");
    assert_eq!(ra["new"]["rfm"], "111");
    assert_eq!(ra["new"]["tier"], "general");
    // --all lists the unchanged one too.
    let (json, _) = classify(&t, &["--dry-run", "--all", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rn = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == n.as_str())
        .expect("--all lists every customer")
        .clone();
    assert_eq!(rn["changed"], false);
    assert_eq!(rn["old"], rn["new"]);
    assert_eq!(all_bytes(&t, &ids), before, "--dry-run wrote a record");
}

#[test]
fn a_second_run_the_same_day_changes_nothing() {
    let t = TestStore::new();
    let a = t.add(&["--name", "张伟"]);
    let b = t.add(&["--name", "李娜"]);
    let n = t.add(&["--name", "王芳"]);
    buy(
        &t,
        &[
            (&a, "1000", "2026-11-01"),
            (&a, "1000", "2025-11-01"),
            (&b, "300", "2026-03-10"),
        ],
    );
    let ids = [&a, &b, &n];
    let (_, err) = classify(&t, &[]);
    assert!(err.contains("3 customers; changed 3"), "{err}");
    let first = all_bytes(&t, &ids);
    // 张伟: last 21 days ago, first 386 days ago, 2 transactions → active;
    // 李娜: last 257 days ago → dormant.
    assert_eq!(class_of(&t, &a).1, "active");
    assert_eq!(class_of(&t, &b).1, "dormant");

    let (stdout, err) = classify(&t, &[]);
    assert!(err.contains("changed 0"), "{err}");
    assert_eq!(stdout, "", "nothing to list");
    assert_eq!(all_bytes(&t, &ids), first, "a second run rewrote a record");

    // -q: no status line on stderr, nothing on stdout, nothing written.
    t.cmd()
        .args(["-q", "--today", TODAY, "classify"])
        .assert()
        .success()
        .stdout("")
        .stderr("");
    assert_eq!(all_bytes(&t, &ids), first);

    // Another day: only what changes is rewritten (王芳 stays potential/potential).
    t.cmd()
        .args(["-q", "--today", "2027-06-01", "classify"])
        .assert()
        .success()
        .stderr("");
    // On 2027-06-01: 张伟 212 days → dormant; 李娜 448 days → churned.
    let later = all_bytes(&t, &ids);
    assert_ne!(later[0], first[0]);
    assert_ne!(later[1], first[1]);
    assert_eq!(later[2], first[2], "an unchanged class was rewritten");
    assert_eq!(class_of(&t, &a).1, "dormant");
    assert_eq!(class_of(&t, &b).1, "churned");
    assert_eq!(t.show_json(&a)["class"]["classified"], "2027-06-01");
    assert_eq!(t.show_json(&n)["class"]["classified"], TODAY);
}

#[test]
fn a_bad_rule_is_named_and_nothing_is_written() {
    let t = TestStore::new();
    let a = t.add(&["--name", "张伟"]);
    let n = t.add(&["--name", "王芳"]);
    buy(&t, &[(&a, "1000", "2026-11-01")]);
    let ids = [&a, &n];
    let before = all_bytes(&t, &ids);
    edit_config(
        &t,
        "when = { monetary_top_percent = { lt = 5 } }",
        "when = { monetory_top_percent = { lt = 5 } }",
    );
    for dry in [false, true] {
        let mut cmd = t.cmd();
        cmd.args(["--today", TODAY, "classify"]);
        if dry {
            cmd.arg("--dry-run");
        }
        cmd.assert().code(1).stdout("").stderr(
            contains("classify.tier[0]")
                .and(contains("monetory_top_percent"))
                .and(contains("config.toml")),
        );
    }
    assert_eq!(all_bytes(&t, &ids), before);

    // A rule without a bound is named too.
    edit_config(
        &t,
        "when = { monetory_top_percent = { lt = 5 } }",
        "when = { monetary_top_percent = { lt = 5 } }",
    );
    edit_config(
        &t,
        "when = { recency_days = { gt = 365 } }",
        "when = { recency_days = {} }",
    );
    t.cmd()
        .args(["--today", TODAY, "classify"])
        .assert()
        .code(1)
        .stderr(contains("classify.lifecycle[1]").and(contains("recency_days")));
    assert_eq!(all_bytes(&t, &ids), before);

    // Fixed, the store reads again and was never classified.
    edit_config(
        &t,
        "when = { recency_days = {} }",
        "when = { recency_days = { gt = 365 } }",
    );
    assert!(t.show_json(&a)["class"].is_null());
    assert_eq!(class_of(&t, &n), class("", "", ""));
}

#[test]
fn a_rule_on_complaints_marks_problem_customers() {
    let t = TestStore::new();
    let grumpy = t.add(&["--name", "Grumpy"]);
    let calm = t.add(&["--name", "Calm"]);
    buy(
        &t,
        &[(&grumpy, "100", "2026-11-01"), (&calm, "100", "2026-11-01")],
    );
    for text in ["late", "broken", "rude"] {
        let out = t
            .cmd()
            .args(["log-feedback", &grumpy, "--kind", "complaint", "--text", text])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    // 投诉次数: three complaints in the window make a customer dormant in this store.
    edit_config(
        &t,
        "[[classify.lifecycle]]\nlifecycle = \"potential\"",
        "[[classify.lifecycle]]\nlifecycle = \"dormant\"\nwhen = { complaints = { ge = 3 }, open_complaints = { ge = 1 } }\n[[classify.lifecycle]]\nlifecycle = \"potential\"",
    );
    classify(&t, &[]);
    assert_eq!(t.show_json(&grumpy)["class"]["lifecycle"], "dormant");
    assert_eq!(t.show_json(&calm)["class"]["lifecycle"], "new");
}
