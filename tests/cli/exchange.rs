//! Records in and out: `export` (CSV, JSON, NDJSON, vCard, iCalendar, log entries, subject
//! access), `import customers` (CSV in English or Chinese, vCard, NDJSON; duplicates,
//! dry runs), `import transactions`, and `merge`.
//!
//! vCard and iCalendar output is checked with independent parsers: Python's `vobject` and
//! `icalendar` packages (CI: `python3 -m pip install vobject icalendar`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{Value, json};

use crate::common::{GIT_ENV, TestStore, is_id, python_json, python_with, sorted, sorted_lines, stderr_of};

// Helpers ────────────────────────────────────────────────────────────────────────────────

fn stdout_of(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// `crmfile ARGS…`, with `stdin` piped in when given.
fn run(t: &TestStore, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = t.cmd();
    cmd.args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_vec());
    }
    cmd.output().expect("run crmfile")
}

/// `crmfile ARGS…`; asserts success and returns stdout.
fn ok(t: &TestStore, args: &[&str]) -> String {
    let out = run(t, args, None);
    assert!(
        out.status.success(),
        "crmfile {args:?} failed: {}\n{}",
        out.status,
        stderr_of(&out)
    );
    stdout_of(&out)
}

/// `crmfile export ARGS…`; asserts success and returns stdout.
fn export(t: &TestStore, args: &[&str]) -> String {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    ok(t, &all)
}

/// `crmfile import customers --format FORMAT - ARGS…` with `input` on stdin.
fn import(t: &TestStore, format: &str, input: &[u8], args: &[&str]) -> Output {
    let mut all = vec!["import", "customers", "--format", format, "-"];
    all.extend_from_slice(args);
    run(t, &all, Some(input))
}

/// Asserts that an import succeeded, and returns the new ids it printed.
fn imported(out: &Output) -> Vec<String> {
    assert!(
        out.status.success(),
        "import failed: {}\n{}",
        out.status,
        stderr_of(out)
    );
    let ids = sorted_lines(&out.stdout);
    assert!(ids.iter().all(|id| is_id(id)), "import printed {ids:?}");
    ids
}

fn ndjson(text: &str) -> Vec<Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// `crmfile add --json -` with one record per line; returns the ids in input order.
fn add_json(t: &TestStore, records: &[Value]) -> Vec<String> {
    let input: String = records.iter().map(|r| format!("{r}\n")).collect();
    let out = run(t, &["add", "--json", "-"], Some(input.as_bytes()));
    assert!(
        out.status.success(),
        "add --json failed: {}\n{}",
        out.status,
        stderr_of(&out)
    );
    let ids: Vec<String> = stdout_of(&out).lines().map(String::from).collect();
    assert_eq!(ids.len(), records.len(), "one id per record: {ids:?}");
    assert!(ids.iter().all(|id| is_id(id)), "{ids:?}");
    ids
}

/// A JSON list of strings (a missing list is empty).
fn strs(v: &Value) -> Vec<String> {
    match v {
        Value::Null => Vec::new(),
        Value::Array(a) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .unwrap_or_else(|| panic!("not a string: {x}"))
                    .to_string()
            })
            .collect(),
        other => panic!("not a list: {other}"),
    }
}

/// The `id`s of a log (transactions, contacts…) of a record.
fn entry_ids(record: &Value, log: &str) -> BTreeSet<String> {
    record[log]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| e["id"].as_str().expect("entry id").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A phone number reduced to `+` and digits, for comparing spellings.
fn dial(phone: &str) -> String {
    phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// Every file of the store with its bytes, except the access log and the lock.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("list folder") {
            let path = entry.expect("entry").path();
            let rel = path.strip_prefix(dir).expect("under dir").to_path_buf();
            // Local state, not the store's content: the access log, the lock, the index cache.
            let name = rel.to_string_lossy();
            if rel == Path::new(".crmfile/access.log")
                || rel == Path::new(".crmfile/lock")
                || name.starts_with(".crmfile/index-")
            {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(rel, std::fs::read(&path).expect("read file"));
            }
        }
    }
    out
}

/// Record files (`*.toml.age`) anywhere in the store, relative to it.
fn record_files(t: &TestStore) -> Vec<PathBuf> {
    snapshot(&t.store())
        .into_keys()
        .filter(|p| p.to_string_lossy().ends_with(".toml.age"))
        .collect()
}

/// CSV text as header and rows.
fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a CSV header")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a CSV row").iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// An amount like `-5.00` or `25800.1` in hundredths, exactly.
fn cents(amount: &str) -> i64 {
    let (neg, digits) = match amount.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, amount),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    assert!(frac.len() <= 2, "more than two decimals in {amount}");
    let frac = format!("{frac:0<2}");
    let value = int.parse::<i64>().expect("integer part") * 100 + frac.parse::<i64>().expect("fraction");
    if neg { -value } else { value }
}

/// Hundredths as an amount with two decimals: 10 → `0.10`, -500 → `-5.00`.
fn amount_text(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents.abs() / 100, cents.abs() % 100)
}

/// Asserts CRLF line ends only, and no line longer than 75 octets (RFC 6350 / 5545).
fn assert_folded_crlf(text: &str) {
    assert!(text.ends_with("\r\n"), "does not end with CRLF: {text:?}");
    for line in text.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "a line ending other than CRLF: {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
}

// A store with some of everything ───────────────────────────────────────────────────────

const LONG_ADDRESS: &str = "北京市海淀区中关村大街1号院2号楼, 北京星河科技有限公司大厦十八层1801室";
const ANNA_ADDRESS: &str = "Hauptstraße 1\nHinterhof, 10115 Berlin";

struct Rich {
    t: TestStore,
    zhang: String,
    anna: String,
    dongfang: String,
    pat: String,
}

/// Four customers (Chinese and English, a person and a company), with tags, several
/// phones, classes, a key person, a yearly date, purchases (0.10, a 5.00 refund, 25800.00
/// and one in EUR), contacts and feedback.
fn rich_store() -> Rich {
    let t = TestStore::new();
    let ids = add_json(
        &t,
        &[
            json!({
                "name": "张伟", "gender": "男", "company": "北京星河科技有限公司", "title": "采购经理",
                "birthday": "1985-03-12", "tags": ["vip", "beijing"], "owner": "li.na",
                "source": "referral", "ref": "ERP-0001",
                "contact": {
                    "phones": ["+86 138 0013 8000", "010-6275 1234"],
                    "emails": ["zhang.wei@example.cn"], "wechat": "zhangwei88", "qq": "123456",
                    "address": LONG_ADDRESS
                },
                "preferences": {"channel": "wechat", "products": ["R740", "存储"], "notes": "喜欢喝茶; 周五不约"},
                "class": {"tier": "strategic", "rfm": "545", "stage": "red", "pin": true},
                "follow_up": {"cadence": "14d"}
            }),
            json!({
                "name": "Anna Schmidt", "company": "Nordlicht GmbH", "title": "Head of Sales, EMEA",
                "birthday": "1988-02-29", "tags": ["eu", "key-account"],
                "contact": {
                    "phones": ["+49 30 1234 5678"],
                    "emails": ["anna@example.de", "a.schmidt@nordlicht.example"],
                    "address": ANNA_ADDRESS
                },
                "class": {"lifecycle": "active"}
            }),
            json!({
                "name": "上海东方贸易有限公司", "kind": "company", "industry": "贸易", "region": "华东",
                "size": "50-200", "tags": ["华东"], "contact": {"phones": ["021-6888 8888"]},
                "class": {"stage": "yellow"}
            }),
            json!({
                "name": "Pat O'Brien, \"PJ\"", "source": "web",
                "contact": {"emails": ["pat@example.ie"]}
            }),
        ],
    );
    let [zhang, anna, dongfang, pat] = <[String; 4]>::try_from(ids).expect("four ids");
    let z = zhang.as_str();
    let a = anna.as_str();
    for args in [
        &[
            "add-person",
            z,
            "--name",
            "王秘书",
            "--role",
            "sign-off",
            "--birthday",
            "1990-02-28",
            "--phone",
            "13912345678",
        ][..],
        &["add-date", z, "--label", "签约纪念日", "--date", "2020-06-18"],
        &[
            "log-purchase",
            z,
            "--amount",
            "0.10",
            "--date",
            "2026-10-01",
            "--product",
            "R740 server",
            "--quantity",
            "2",
            "--payment",
            "alipay",
            "--ref",
            "INV-1",
        ],
        &[
            "log-purchase",
            z,
            "--refund",
            "--amount",
            "5.00",
            "--date",
            "2026-10-05",
            "--ref",
            "RMA-1",
            // More than the 0.10 bought by then.
            "--force",
        ],
        &[
            "log-purchase",
            z,
            "--amount",
            "25800.00",
            "--date",
            "2026-11-02",
            "--product",
            "存储",
            "--payment",
            "bank-transfer",
        ],
        &[
            "log-purchase",
            a,
            "--amount",
            "199.99",
            "--currency",
            "EUR",
            "--date",
            "2026-09-30",
            "--ref",
            "INV-EU-7",
        ],
        &[
            "log-contact",
            z,
            "--channel",
            "phone",
            "--direction",
            "out",
            "--by",
            "li.na",
            "--summary",
            "报价, \"4台\"",
            "--outcome",
            "quote-sent",
            "--at",
            "2026-11-20 15:00",
            "--next",
            "2026-12-01",
        ],
        &[
            "log-contact",
            a,
            "--channel",
            "email",
            "--by",
            "li.na",
            "--summary",
            "Sent the offer",
            "--at",
            "2026-11-18 10:00",
        ],
        &[
            "log-feedback",
            z,
            "--kind",
            "complaint",
            "--text",
            "交货慢, 请改进",
            "--rating",
            "2",
            "--date",
            "2026-11-01",
        ],
        &[
            "log-feedback",
            a,
            "--kind",
            "praise",
            "--text",
            "Great service",
            "--rating",
            "5",
            "--date",
            "2026-11-03",
        ],
    ] {
        ok(&t, args);
    }
    Rich {
        t,
        zhang,
        anna,
        dongfang,
        pat,
    }
}

// Round trips ────────────────────────────────────────────────────────────────────────────

#[test]
fn ndjson_export_imported_into_a_fresh_store_exports_identically_with_the_same_ids() {
    let r = rich_store();
    let before = export(&r.t, &["--format", "ndjson"]);
    let records = ndjson(&before);
    assert_eq!(records.len(), 4, "{before}");
    let zhang = records
        .iter()
        .find(|c| c["id"] == r.zhang.as_str())
        .expect("张伟 is exported");
    let amounts: Vec<&str> = zhang["transactions"]
        .as_array()
        .expect("transactions")
        .iter()
        .map(|t| t["amount"].as_str().expect("amounts are strings"))
        .collect();
    assert_eq!(amounts, ["0.10", "-5.00", "25800.00"]);
    assert_eq!(zhang["contacts"].as_array().map(Vec::len), Some(1));
    assert_eq!(zhang["feedback"].as_array().map(Vec::len), Some(1));
    assert_eq!(zhang["key_people"][0]["name"], "王秘书");
    assert_eq!(zhang["dates"][0]["label"], "签约纪念日");

    let fresh = TestStore::new();
    // Another clock: nothing in the imported records may be stamped afresh.
    let out = fresh
        .cmd()
        .env("CRMFILE_NOW", "2027-03-01T08:00:00+08:00")
        .args(["import", "customers", "--format", "ndjson", "-"])
        .write_stdin(before.clone())
        .output()
        .expect("run import");
    let new = imported(&out);
    assert_eq!(new, sorted(&[&r.zhang, &r.anna, &r.dongfang, &r.pat]));
    assert!(
        stderr_of(&out).contains("4 new, 0 updated, 0 duplicate (skipped), 0 invalid"),
        "{}",
        stderr_of(&out)
    );
    let after = export(&fresh, &["--format", "ndjson"]);
    assert_eq!(after, before, "the NDJSON round trip changed something");
}

/// Rows of a CSV without its `id` column, sorted by `name`.
fn rows_without_id(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let (header, rows) = parse_csv(text);
    let id_col = header.iter().position(|h| h == "id").expect("an id column");
    let name_col = header.iter().position(|h| h == "name").expect("a name column");
    let mut rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|row| {
            let name = row[name_col].clone();
            let mut rest: Vec<String> = row
                .into_iter()
                .enumerate()
                .filter(|(i, _)| *i != id_col)
                .map(|(_, v)| v)
                .collect();
            rest.insert(0, name);
            rest
        })
        .collect();
    rows.sort();
    let header = header.into_iter().filter(|h| h != "id").collect();
    (header, rows)
}

#[test]
fn csv_export_imported_into_a_fresh_store_exports_the_same_rows() {
    let r = rich_store();
    ok(&r.t, &["set", &r.zhang, "follow_up.next=2026-12-24"]);
    let before = export(&r.t, &["--format", "csv"]);
    let (header, rows) = parse_csv(&before);
    assert_eq!(rows.len(), 4);
    assert!(header.contains(&"class.rfm".to_string()), "{header:?}");
    // The hard cells are really in the file: a list, a newline, a comma and quotes.
    assert!(before.contains("+86 138 0013 8000;+86 10 6275 1234"), "{before}");
    assert!(
        before.contains("\"Hauptstraße 1\nHinterhof, 10115 Berlin\""),
        "{before}"
    );
    assert!(before.contains("\"Pat O'Brien, \"\"PJ\"\"\""), "{before}");

    let fresh = TestStore::new();
    let out = import(&fresh, "csv", before.as_bytes(), &[]);
    assert_eq!(imported(&out).len(), 4);
    let err = stderr_of(&out);
    assert!(
        !err.contains("not imported"),
        "every exported column is read back: {err}"
    );
    let after = export(&fresh, &["--format", "csv"]);
    assert_eq!(rows_without_id(&after), rows_without_id(&before));
}

// CSV import ─────────────────────────────────────────────────────────────────────────────

#[test]
fn chinese_headers_fill_every_field() {
    let t = TestStore::new();
    let csv = "姓名,手机,邮箱,公司,职位,地址,生日,微信,QQ,标签,负责人,客户编号\n\
               李娜,139 1234 5678;13700000000,li.na@example.cn,东方贸易有限公司,总经理,\
               \"上海市浦东新区世纪大道100号, 8楼\",1979-07-01,lina_wx,88888888,vip；华东,wang.fang,ERP-77\n\
               王强,+86 135 0000 1111,,星河科技,,,,,,,,ERP-78\n";
    let out = import(&t, "csv", csv.as_bytes(), &["--folder", "leads"]);
    let ids = imported(&out);
    assert_eq!(ids.len(), 2);
    assert!(
        stderr_of(&out).contains("2 new, 0 updated, 0 duplicate (skipped), 0 invalid"),
        "{}",
        stderr_of(&out)
    );
    assert!(!stderr_of(&out).contains("not imported"), "{}", stderr_of(&out));

    let li = t.show_json("李娜");
    assert_eq!(li["name"], "李娜");
    assert_eq!(
        crate::common::phones(&li["contact"]["phones"]),
        ["+86 139 1234 5678", "+86 137 0000 0000"]
    );
    assert_eq!(strs(&li["contact"]["emails"]), ["li.na@example.cn"]);
    assert_eq!(li["company"], "东方贸易有限公司");
    assert_eq!(li["title"], "总经理");
    assert_eq!(li["contact"]["address"], "上海市浦东新区世纪大道100号, 8楼");
    assert_eq!(li["birthday"], "1979-07-01");
    assert_eq!(li["contact"]["wechat"], "lina_wx");
    assert_eq!(li["contact"]["qq"], "88888888");
    assert_eq!(strs(&li["tags"]), ["vip", "华东"]);
    assert_eq!(li["owner"], "wang.fang");
    assert_eq!(li["ref"], "ERP-77");

    let wang = t.show_json("王强");
    assert_eq!(
        crate::common::phones(&wang["contact"]["phones"]),
        ["+86 135 0000 1111"]
    );
    assert_eq!(wang["company"], "星河科技");
    assert_eq!(wang["ref"], "ERP-78");
    // Empty cells leave fields out instead of setting them empty.
    for absent in ["title", "birthday", "tags", "owner"] {
        assert!(
            wang.get(absent).is_none(),
            "{absent} set from an empty cell: {wang}"
        );
    }
    assert!(wang["contact"].get("emails").is_none(), "{wang}");

    // --folder put both records in the sub-folder.
    let mut expected: Vec<PathBuf> = ids
        .iter()
        .map(|id| Path::new("leads").join(format!("{id}.toml.age")))
        .collect();
    expected.sort();
    assert_eq!(record_files(&t), expected);
}

#[test]
fn a_spreadsheet_csv_with_bom_crlf_and_multiline_cells_names_bad_rows_by_physical_line() {
    let t = TestStore::new();
    // Line 1 header; 2-3 张伟 (a cell with a line break and a comma); 4 a bad phone;
    // 5-7 王芳 (two line breaks); 8 a bad email.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(
        "Name,Phone,Email,Address\r\n\
         张伟,13800138000,zhang@example.cn,\"北京市海淀区\r\n中关村大街1号, 3层\"\r\n\
         Bad Phone,12,bad@example.cn,x\r\n\
         王芳,13912345678,wang@example.cn,\"a\r\nb\r\nc, d\"\r\n\
         Bad Mail,13712345678,not-an-email,y\r\n"
            .as_bytes(),
    );
    let out = import(&t, "csv", &bytes, &[]);
    assert_eq!(out.status.code(), Some(1), "invalid rows make the exit code 1");
    let err = stderr_of(&out);
    let problems: Vec<&str> = err.lines().filter(|l| l.contains("line ")).collect();
    assert_eq!(problems.len(), 2, "{err}");
    assert!(
        problems[0].contains("line 4:") && problems[0].contains("contact.phones"),
        "{err}"
    );
    assert!(
        problems[1].contains("line 8:") && problems[1].contains("contact.emails"),
        "{err}"
    );
    assert!(
        err.contains("2 new, 0 updated, 0 duplicate (skipped), 2 invalid"),
        "{err}"
    );
    assert_eq!(sorted_lines(&out.stdout).len(), 2);

    // The BOM did not end up in the first header (the names were read) nor in a value.
    let zhang = t.show_json("张伟");
    assert_eq!(zhang["name"], "张伟");
    assert_eq!(
        crate::common::phones(&zhang["contact"]["phones"]),
        ["+86 138 0013 8000"]
    );
    let address = zhang["contact"]["address"].as_str().expect("an address");
    assert_eq!(address.replace("\r\n", "\n"), "北京市海淀区\n中关村大街1号, 3层");
    let wang = t.show_json("王芳");
    assert_eq!(
        wang["contact"]["address"]
            .as_str()
            .map(|a| a.replace("\r\n", "\n")),
        Some("a\nb\nc, d".to_string())
    );
    assert_eq!(t.all_ids().len(), 2, "the bad rows were skipped");
}

#[test]
fn a_map_wins_over_the_automatic_mapping_and_unmapped_columns_are_warned_about() {
    let t = TestStore::new();
    let csv = "Name,Mobile,Mobile 2,Company,Fax,Lieblingsfarbe\n\
               Anna Schmidt,+49 30 1234 5678,+49 151 2345 6789,Nordlicht GmbH,+49 30 999,blau\n";
    let out = import(
        &t,
        "csv",
        csv.as_bytes(),
        &[
            "--map",
            "Mobile 2=contact.phones",
            // Case and spaces around the column name do not matter.
            "--map",
            " company = preferences.notes",
        ],
    );
    let ids = imported(&out);
    assert_eq!(ids.len(), 1);
    let anna = t.show_json(&ids[0]);
    assert_eq!(
        crate::common::phones(&anna["contact"]["phones"]),
        ["+49 30 12345678", "+49 1512 3456789", "+49 30 999"]
    );
    // Fax is a phone of its kind.
    assert_eq!(crate::common::phone_kinds(&anna["contact"]["phones"])[2], "fax");
    assert_eq!(anna["preferences"]["notes"], "Nordlicht GmbH");
    assert!(
        anna.get("company").is_none(),
        "--map moved Company away from company: {anna}"
    );

    let err = stderr_of(&out);
    let warning = err
        .lines()
        .find(|l| l.contains("not imported"))
        .unwrap_or_else(|| panic!("no warning about unmapped columns: {err}"));
    assert!(warning.starts_with("warning:"), "{warning}");
    let listed: Vec<&str> = warning
        .split("not imported: ")
        .nth(1)
        .and_then(|rest| rest.split(" (").next())
        .map(|list| list.split(", ").collect())
        .unwrap_or_default();
    assert_eq!(listed, ["Lieblingsfarbe"], "{warning}");
}

// Duplicates and dry runs ────────────────────────────────────────────────────────────────

/// Row 2 duplicates 张伟 in the store (same phone); row 4 duplicates row 3 (same email).
const DUPLICATES_CSV: &str = "name,phone,title,tags,wechat,email,company\n\
                              张伟,+86 138 0013 8000;13900000001,总监,new;vip,zw88,,\n\
                              王芳,,,a,,wang@example.cn,\n\
                              Fang Wang,13700000000,,b,,wang@example.cn,东方贸易\n";

fn store_with_zhang() -> (TestStore, String) {
    let t = TestStore::new();
    let zhang = t.add(&[
        "--name",
        "张伟",
        "--phone",
        "+86 138 0013 8000",
        "--title",
        "采购经理",
        "--tag",
        "vip",
        "--email",
        "zhang@example.cn",
    ]);
    (t, zhang)
}

#[test]
fn duplicates_in_the_file_and_in_the_store_are_skipped_and_counted() {
    let (t, zhang) = store_with_zhang();
    let before = t.record_bytes(&zhang);
    let out = import(&t, "csv", DUPLICATES_CSV.as_bytes(), &[]);
    let ids = imported(&out);
    assert_eq!(ids.len(), 1, "only 王芳 is new");
    let err = stderr_of(&out);
    assert!(
        err.contains("1 new, 0 updated, 2 duplicate (skipped), 0 invalid"),
        "{err}"
    );
    assert_eq!(
        t.record_bytes(&zhang),
        before,
        "a skipped duplicate changes nothing"
    );
    assert_eq!(t.all_ids(), sorted(&[&zhang, &ids[0]]));
    let wang = t.show_json(&ids[0]);
    assert_eq!(wang["name"], "王芳");
    assert_eq!(strs(&wang["tags"]), ["a"], "the second 王芳 row was skipped");
}

/// Rows with a name and nothing else to tell them by are taken once: a sheet of names
/// imported twice makes no second customer, and neither does `add` of the same name
/// alone; a row of the same name with a phone is another customer.
#[test]
fn names_alone_imported_twice_are_taken_once() {
    let t = TestStore::new();
    let sheet = "姓名,备注\n关羽,\n张飞,老客户\n";
    let first = imported(&import(&t, "csv", sheet.as_bytes(), &[]));
    assert_eq!(first.len(), 2);
    let out = import(&t, "csv", sheet.as_bytes(), &[]);
    assert!(imported(&out).is_empty(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("0 new, 0 updated, 2 duplicate (skipped), 0 invalid"),
        "{}",
        stderr_of(&out)
    );
    let out = run(&t, &["--lang", "zh-CN", "add", "--name", " 关羽 "], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("（姓名相同，且没有其他可区分的信息）"),
        "{}",
        stderr_of(&out)
    );
    let with_phone = imported(&import(
        &t,
        "csv",
        "姓名,手机\n关羽,13800138000\n".as_bytes(),
        &[],
    ));
    assert_eq!(with_phone.len(), 1, "a phone tells this 关羽 apart");
    // So does a WeChat, a QQ or an address: in China often all a team has.
    let sheet =
        "姓名,微信,QQ,地址\n陈静,chenjing_bj,,\n陈静,chenjing_sh,,\n陈静,,5551234,\n陈静,,,上海浦东\n";
    assert_eq!(imported(&import(&t, "csv", sheet.as_bytes(), &[])).len(), 4);
    ok(&t, &["add", "--name", "关羽", "--force"]);
    assert_eq!(t.all_ids().len(), 8);
    // audit names the pair forced in, in the reader's language; its JSON stays English.
    let out = run(&t, &["--lang", "zh-CN", "audit"], None);
    let said = stdout_of(&out);
    assert!(said.contains("：姓名相同，且没有其他可区分的信息"), "{said}");
    let out = run(&t, &["--lang", "zh-CN", "audit", "--format", "json"], None);
    assert!(
        stdout_of(&out).contains(": same name, and nothing else to tell them apart"),
        "{}",
        stdout_of(&out)
    );
}

#[test]
fn on_duplicate_update_fills_empty_fields_and_unites_lists_keeping_id_and_values() {
    let (t, zhang) = store_with_zhang();
    let out = import(
        &t,
        "csv",
        DUPLICATES_CSV.as_bytes(),
        &["--on-duplicate", "update"],
    );
    let ids = imported(&out);
    assert_eq!(ids.len(), 1, "only 王芳 is new: {ids:?}");
    let err = stderr_of(&out);
    assert!(err.contains("1 new, 1 updated, 0 duplicate, 0 invalid"), "{err}");
    assert_eq!(t.all_ids(), sorted(&[&zhang, &ids[0]]));

    let z = t.show_json(&zhang);
    assert_eq!(z["id"], zhang.as_str());
    assert_eq!(z["title"], "采购经理", "an existing value stays");
    assert_eq!(z["contact"]["wechat"], "zw88", "an empty field is filled");
    assert_eq!(strs(&z["tags"]), ["vip", "new"]);
    assert_eq!(
        crate::common::phones(&z["contact"]["phones"]),
        ["+86 138 0013 8000", "+86 139 0000 0001"]
    );
    assert_eq!(strs(&z["contact"]["emails"]), ["zhang@example.cn"]);

    // The duplicate within the file was folded into the new record.
    let w = t.show_json(&ids[0]);
    assert_eq!(w["name"], "王芳");
    assert_eq!(strs(&w["tags"]), ["a", "b"]);
    assert_eq!(
        crate::common::phones(&w["contact"]["phones"]),
        ["+86 137 0000 0000"]
    );
    assert_eq!(strs(&w["contact"]["emails"]), ["wang@example.cn"]);
    assert_eq!(w["company"], "东方贸易");
}

#[test]
fn on_duplicate_error_names_each_duplicates_line_and_exits_1() {
    let (t, zhang) = store_with_zhang();
    let before = t.record_bytes(&zhang);
    let out = import(&t, "csv", DUPLICATES_CSV.as_bytes(), &["--on-duplicate", "error"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let new = sorted_lines(&out.stdout);
    assert_eq!(new.len(), 1, "the one new customer is still imported");
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!("line 2: likely duplicate of {zhang}")),
        "{err}"
    );
    assert!(
        err.contains(&format!("line 4: likely duplicate of {}", new[0])),
        "{err}"
    );
    assert!(err.contains("1 new, 0 updated, 2 duplicate, 0 invalid"), "{err}");
    assert_eq!(t.record_bytes(&zhang), before);
    assert_eq!(t.show_json(&new[0])["name"], "王芳");
}

#[test]
fn dry_run_prints_the_counts_and_writes_nothing() {
    let (t, zhang) = store_with_zhang();
    let csv = "name,phone,email\n\
               李娜,13911112222,li.na@example.cn\n\
               张伟,+86 138 0013 8000,\n\
               Bad,12,\n";
    let before = snapshot(&t.store());

    let out = import(&t, "csv", csv.as_bytes(), &["--dry-run"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "an invalid row still fails the dry run"
    );
    assert_eq!(stdout_of(&out), "", "a dry run prints no ids");
    let err = stderr_of(&out);
    assert!(
        err.contains("dry run, nothing written: 1 new, 0 updated, 1 duplicate (skipped), 1 invalid"),
        "{err}"
    );
    assert!(err.contains("line 4:"), "{err}");
    assert_eq!(snapshot(&t.store()), before, "the dry run wrote something");

    let valid: String = csv.lines().take(3).map(|l| format!("{l}\n")).collect();
    let out = import(
        &t,
        "csv",
        valid.as_bytes(),
        &["--dry-run", "--on-duplicate", "update"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "");
    assert!(
        stderr_of(&out).contains("dry run, nothing written: 1 new, 0 updated, 0 duplicate, 0 invalid"),
        "the duplicate adds nothing new to 张伟: {}",
        stderr_of(&out)
    );
    assert_eq!(snapshot(&t.store()), before, "the dry run wrote something");
    assert_eq!(t.all_ids(), std::slice::from_ref(&zhang));

    // The same without --dry-run does write.
    let ids = imported(&import(&t, "csv", valid.as_bytes(), &[]));
    assert_eq!(ids.len(), 1);
    assert_eq!(t.all_ids(), sorted(&[&zhang, &ids[0]]));
}

// vCard ──────────────────────────────────────────────────────────────────────────────────

/// Reads vCards with vobject (validating) and prints what each card holds.
const VCARD_CHECK: &str = r#"
import sys, json, vobject
data = sys.stdin.buffer.read().decode("utf-8")
out = []
for card in vobject.readComponents(data, validate=True):
    c = card.contents
    def texts(key):
        return [str(x.value) for x in c.get(key, [])]
    out.append({
        "version": texts("version"),
        "fn": texts("fn"),
        "uid": texts("uid"),
        "n": [[x.value.family, x.value.given] for x in c.get("n", [])],
        "org": [x.value for x in c.get("org", [])],
        "title": texts("title"),
        "tel": texts("tel"),
        "email": texts("email"),
        "adr": [x.value.street for x in c.get("adr", [])],
        "bday": texts("bday"),
        "categories": [x.value for x in c.get("categories", [])],
        "kind": texts("kind"),
        "wechat": texts("x-wechat"),
        "qq": texts("x-qq"),
    })
print(json.dumps(out, ensure_ascii=False))
"#;

#[test]
fn vcard_export_4_and_3_parses_with_vobject_one_card_per_customer() {
    if !python_with("vobject") {
        return;
    }
    let r = rich_store();
    let records: BTreeMap<String, Value> = ndjson(&export(&r.t, &["--format", "ndjson"]))
        .into_iter()
        .map(|c| (c["id"].as_str().expect("id").to_string(), c))
        .collect();
    for version in ["4.0", "3.0"] {
        let text = export(&r.t, &["--format", "vcard", "--vcard-version", version]);
        assert_folded_crlf(&text);
        assert!(
            text.split("\r\n").any(|l| l.starts_with(' ')),
            "the long address should have been folded: {text}"
        );
        assert_eq!(text.matches("BEGIN:VCARD\r\n").count(), 4);
        let cards = python_json(VCARD_CHECK, text.as_bytes());
        let cards = cards.as_array().expect("a list of cards");
        assert_eq!(cards.len(), 4, "one card per customer");
        let mut seen = BTreeSet::new();
        for card in cards {
            assert_eq!(strs(&card["version"]), [version]);
            let uid = strs(&card["uid"]);
            assert_eq!(uid.len(), 1, "{card}");
            let c = &records[&uid[0]];
            seen.insert(uid[0].clone());
            assert_eq!(strs(&card["fn"]), [c["name"].as_str().unwrap()], "{card}");
            let tels: Vec<String> = strs(&card["tel"])
                .iter()
                .map(|t| dial(t.trim_start_matches("tel:")))
                .collect();
            let phones: Vec<String> = crate::common::phones(&c["contact"]["phones"])
                .iter()
                .map(|p| dial(p))
                .collect();
            assert_eq!(tels, phones, "{card}");
            if version == "4.0" {
                assert!(strs(&card["tel"]).iter().all(|t| t.starts_with("tel:")), "{card}");
            }
            assert_eq!(strs(&card["email"]), strs(&c["contact"]["emails"]), "{card}");
            let tags = strs(&c["tags"]);
            let categories: Vec<String> = card["categories"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(strs)
                .collect();
            assert_eq!(categories, tags, "{card}");
            let bday: Vec<String> = strs(&card["bday"]).iter().map(|b| b.replace('-', "")).collect();
            let birthday: Vec<String> = c["birthday"]
                .as_str()
                .map(|b| b.replace('-', ""))
                .into_iter()
                .collect();
            assert_eq!(bday, birthday, "{card}");
            let org: Vec<String> = card["org"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| strs(o)[0].clone())
                .collect();
            let company: Vec<String> = if c["kind"] == "company" {
                vec![c["name"].as_str().unwrap().to_string()]
            } else {
                c["company"].as_str().map(String::from).into_iter().collect()
            };
            assert_eq!(org, company, "{card}");
        }
        assert_eq!(seen, records.keys().cloned().collect::<BTreeSet<_>>());

        // The details of one Chinese and one German card.
        let card_of = |id: &str| {
            cards
                .iter()
                .find(|c| strs(&c["uid"]) == [id])
                .expect("a card per id")
        };
        let z = card_of(&r.zhang);
        assert_eq!(z["n"], json!([["张伟", ""]]));
        assert_eq!(strs(&z["title"]), ["采购经理"]);
        assert_eq!(z["adr"], json!([LONG_ADDRESS]));
        assert_eq!(strs(&z["wechat"]), ["zhangwei88"]);
        assert_eq!(strs(&z["qq"]), ["123456"]);
        let a = card_of(&r.anna);
        assert_eq!(a["n"], json!([["Schmidt", "Anna"]]));
        assert_eq!(strs(&a["title"]), ["Head of Sales, EMEA"]);
        assert_eq!(a["adr"], json!([ANNA_ADDRESS]));
        let d = card_of(&r.dongfang);
        if version == "4.0" {
            assert_eq!(strs(&d["kind"]), ["org"]);
        }
    }

    // The cards crmfile writes, read back into a fresh store, keep ids and fields.
    let text = export(&r.t, &["--format", "vcard"]);
    let fresh = TestStore::new();
    let ids = imported(&import(&fresh, "vcard", text.as_bytes(), &[]));
    assert_eq!(ids, sorted(&[&r.zhang, &r.anna, &r.dongfang, &r.pat]));
    let z = fresh.show_json(&r.zhang);
    assert_eq!(z["name"], "张伟");
    assert_eq!(z["company"], "北京星河科技有限公司");
    assert_eq!(z["birthday"], "1985-03-12");
    assert_eq!(strs(&z["tags"]), ["vip", "beijing"]);
    assert_eq!(z["contact"]["address"], LONG_ADDRESS);
    let phones: Vec<String> = crate::common::phones(&z["contact"]["phones"])
        .iter()
        .map(|p| dial(p))
        .collect();
    assert_eq!(phones, ["+8613800138000", "+861062751234"]);
    let a = fresh.show_json(&r.anna);
    assert_eq!(a["title"], "Head of Sales, EMEA");
    assert_eq!(a["contact"]["address"], ANNA_ADDRESS);
    assert_eq!(
        strs(&a["contact"]["emails"]),
        ["anna@example.de", "a.schmidt@nordlicht.example"]
    );
}

#[test]
fn a_hand_written_multi_card_vcard_file_imports_with_the_right_fields() {
    let t = TestStore::new();
    // A 4.0 card with escaped commas and a folded line (inside a word); a 3.0 card; a
    // 4.0 card in Chinese folded between two characters.
    let vcf = "BEGIN:VCARD\r\n\
               VERSION:4.0\r\n\
               FN:Anna Schmidt\r\n\
               N:Schmidt;Anna;;;\r\n\
               ORG:Schmidt\\, Weber & Partner;Vertrieb\r\n\
               TITLE:Head of Sales\\, EMEA\r\n\
               TEL;VALUE=uri;TYPE=cell:tel:+49-30-1234-5678\r\n\
               EMAIL:anna@example.de\r\n\
               ADR;TYPE=work:;;Hauptstraße 1\\, Hinterhof;Berlin;;10115;Deutsch\r\n land\r\n\
               BDAY:1988-02-29\r\n\
               CATEGORIES:vip,key account\r\n\
               NOTE:Met at the fair\\nprefers email\r\n\
               END:VCARD\r\n\
               BEGIN:VCARD\r\n\
               VERSION:3.0\r\n\
               N:Smith;John;;;\r\n\
               FN:John Smith\r\n\
               TEL;TYPE=CELL,VOICE:+1 (415) 555-0100\r\n\
               EMAIL;TYPE=INTERNET:john.smith@example.com\r\n\
               BDAY:19750704\r\n\
               ORG:Acme\\, Inc.\r\n\
               END:VCARD\r\n\
               BEGIN:VCARD\r\n\
               VERSION:4.0\r\n\
               FN:王芳\r\n\
               ORG:上海东方贸易\r\n 有限公司\r\n\
               TEL:139 1234 5678\r\n\
               X-WECHAT:wangfang_88\r\n\
               X-QQ:10001\r\n\
               CATEGORIES:华东\r\n\
               END:VCARD\r\n";
    let out = import(&t, "vcard", vcf.as_bytes(), &[]);
    let ids = imported(&out);
    assert_eq!(ids.len(), 3);
    assert!(
        stderr_of(&out).contains("3 new, 0 updated, 0 duplicate (skipped), 0 invalid"),
        "{}",
        stderr_of(&out)
    );

    let anna = t.show_json("Anna Schmidt");
    assert_eq!(anna["company"], "Schmidt, Weber & Partner");
    assert_eq!(anna["title"], "Head of Sales, EMEA");
    assert_eq!(
        crate::common::phones(&anna["contact"]["phones"]),
        ["+49 30 12345678"]
    );
    assert_eq!(strs(&anna["contact"]["emails"]), ["anna@example.de"]);
    assert_eq!(
        anna["contact"]["address"],
        "Hauptstraße 1, Hinterhof Berlin 10115 Deutschland"
    );
    assert_eq!(anna["birthday"], "1988-02-29");
    assert_eq!(strs(&anna["tags"]), ["vip", "key-account"]);
    assert_eq!(anna["preferences"]["notes"], "Met at the fair\nprefers email");

    let john = t.show_json("John Smith");
    assert_eq!(john["company"], "Acme, Inc.");
    assert_eq!(john["birthday"], "1975-07-04");
    assert_eq!(strs(&john["contact"]["emails"]), ["john.smith@example.com"]);
    let phones = crate::common::phones(&john["contact"]["phones"]);
    assert_eq!(phones.len(), 1);
    assert_eq!(dial(&phones[0]), "+14155550100");

    let wang = t.show_json("王芳");
    assert_eq!(wang["company"], "上海东方贸易有限公司");
    assert_eq!(
        crate::common::phones(&wang["contact"]["phones"]),
        ["+86 139 1234 5678"]
    );
    assert_eq!(wang["contact"]["wechat"], "wangfang_88");
    assert_eq!(wang["contact"]["qq"], "10001");
    assert_eq!(strs(&wang["tags"]), ["华东"]);
}

// iCalendar ──────────────────────────────────────────────────────────────────────────────

/// Reads the calendar with icalendar and expands each RRULE over 2027 and 2028.
const ICS_CHECK: &str = r#"
import sys, json, datetime
from icalendar import Calendar
from dateutil.rrule import rrulestr
cal = Calendar.from_ical(sys.stdin.buffer.read())
out = []
for comp in cal.walk():
    if comp.name not in ("VEVENT", "VTODO"):
        continue
    d = {"component": comp.name, "uid": str(comp.get("UID")), "summary": str(comp.get("SUMMARY", ""))}
    if comp.name == "VEVENT":
        start = comp.decoded("DTSTART")
        d["start"] = start.isoformat()
        d["end"] = comp.decoded("DTEND").isoformat()
        rule = comp.get("RRULE")
        d["rrule"] = None if rule is None else {k: [str(v) for v in vs] for k, vs in rule.items()}
        if rule is not None:
            text = rule.to_ical().decode()
            first = datetime.datetime.combine(start, datetime.time())
            r = rrulestr(text, dtstart=first)
            d["occurrences"] = [x.date().isoformat() for x in r.between(
                datetime.datetime(2027, 1, 1), datetime.datetime(2028, 12, 31), inc=True)]
    else:
        d["due"] = comp.decoded("DUE").isoformat()
    out.append(d)
print(json.dumps(out, ensure_ascii=False))
"#;

#[test]
fn ics_export_parses_with_icalendar_and_birthdays_recur_yearly() {
    if !python_with("icalendar") {
        return;
    }
    let r = rich_store();
    let text = export(&r.t, &["--format", "ics"]);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.contains("BYMONTHDAY=-1"), "{text}");
    let parsed = python_json(ICS_CHECK, text.as_bytes());
    let comps = parsed.as_array().expect("a list of components");
    let by_uid = |uid: &str| {
        comps
            .iter()
            .find(|c| c["uid"] == uid)
            .unwrap_or_else(|| panic!("no {uid} in {text}"))
    };

    let zhang = by_uid(&format!("birthday.{}@crmfile", r.zhang));
    assert_eq!(zhang["component"], "VEVENT");
    assert_eq!(zhang["summary"], "birthday: 张伟");
    assert_eq!(zhang["start"], "1985-03-12");
    assert_eq!(zhang["end"], "1985-03-13");
    assert_eq!(zhang["rrule"], json!({"FREQ": ["YEARLY"]}));
    assert_eq!(zhang["occurrences"], json!(["2027-03-12", "2028-03-12"]));

    // 29 February: the last day of February in common years.
    let anna = by_uid(&format!("birthday.{}@crmfile", r.anna));
    assert_eq!(anna["start"], "1988-02-29");
    assert_eq!(
        anna["rrule"],
        json!({"FREQ": ["YEARLY"], "BYMONTH": ["2"], "BYMONTHDAY": ["-1"]})
    );
    assert_eq!(anna["occurrences"], json!(["2027-02-28", "2028-02-29"]));

    // The key person's birthday and the yearly date recur too.
    let person = comps
        .iter()
        .find(|c| {
            c["summary"]
                .as_str()
                .is_some_and(|s| s.starts_with("birthday: 王秘书"))
        })
        .unwrap_or_else(|| panic!("no key-person birthday in {text}"));
    assert_eq!(person["start"], "1990-02-28");
    assert_eq!(person["rrule"], json!({"FREQ": ["YEARLY"]}));
    assert_eq!(person["occurrences"], json!(["2027-02-28", "2028-02-28"]));
    let date = comps
        .iter()
        .find(|c| c["summary"] == "签约纪念日: 张伟")
        .unwrap_or_else(|| panic!("no anniversary in {text}"));
    assert_eq!(date["occurrences"], json!(["2027-06-18", "2028-06-18"]));

    // The next step 张伟's contact set is a to-do.
    let todo = by_uid(&format!("follow-up.{}@crmfile", r.zhang));
    assert_eq!(todo["component"], "VTODO");
    assert_eq!(todo["due"], "2026-12-01");

    let events = comps.iter().filter(|c| c["component"] == "VEVENT").count();
    assert_eq!(
        events, 4,
        "two birthdays, a key person's and an anniversary: {text}"
    );
}

// Log entries, columns, BOM ─────────────────────────────────────────────────────────────

#[test]
fn entries_export_one_row_per_transaction_with_exact_amounts_and_fields_pick_columns() {
    let r = rich_store();
    let text = export(&r.t, &["--entries", "transactions", "--format", "csv"]);
    let (header, rows) = parse_csv(&text);
    assert_eq!(
        header,
        [
            "customer",
            "id",
            "date",
            "product",
            "quantity",
            "amount",
            "currency",
            "payment",
            "ref",
            "due",
            "over_limit"
        ]
    );
    let got: BTreeSet<(String, String, String)> = rows
        .iter()
        .map(|row| (row[0].clone(), row[5].clone(), row[6].clone()))
        .collect();
    let expected: BTreeSet<(String, String, String)> = [
        (&r.zhang, "0.10", "CNY"),
        (&r.zhang, "-5.00", "CNY"),
        (&r.zhang, "25800.00", "CNY"),
        (&r.anna, "199.99", "EUR"),
    ]
    .iter()
    .map(|(c, a, cur)| (c.to_string(), a.to_string(), cur.to_string()))
    .collect();
    assert_eq!(rows.len(), 4, "{text}");
    assert_eq!(got, expected);
    assert!(rows.iter().all(|row| row[1].starts_with("t-")), "{text}");
    let first = rows
        .iter()
        .find(|row| row[5] == "0.10")
        .expect("the 0.10 purchase");
    assert_eq!(
        first[2..].to_vec(),
        [
            "2026-10-01",
            "R740 server",
            "2",
            "0.10",
            "CNY",
            "alipay",
            "INV-1",
            "2026-10-31",
            ""
        ]
    );

    // find's filters apply to entries too.
    let eu = export(
        &r.t,
        &["--tag", "eu", "--entries", "transactions", "--format", "csv"],
    );
    let (_, eu_rows) = parse_csv(&eu);
    assert_eq!(eu_rows.len(), 1);
    assert_eq!(eu_rows[0][0], r.anna);

    // Contacts and feedback, as NDJSON with the customer's id.
    let contacts = ndjson(&export(&r.t, &["--entries", "contacts", "--format", "ndjson"]));
    assert_eq!(contacts.len(), 2);
    let call = contacts
        .iter()
        .find(|c| c["customer"] == r.zhang.as_str())
        .expect("张伟's call");
    assert_eq!(call["summary"], "报价, \"4台\"");
    assert_eq!(call["at"], "2026-11-20T15:00:00+08:00");
    let feedback = ndjson(&export(&r.t, &["--entries", "feedback", "--format", "ndjson"]));
    let mut kinds: Vec<(String, String)> = feedback
        .iter()
        .map(|f| {
            (
                f["customer"].as_str().unwrap().into(),
                f["kind"].as_str().unwrap().into(),
            )
        })
        .collect();
    kinds.sort();
    let mut want = vec![
        (r.zhang.clone(), "complaint".to_string()),
        (r.anna.clone(), "praise".to_string()),
    ];
    want.sort();
    assert_eq!(kinds, want);

    // --fields picks and orders the columns of the customer CSV.
    let picked = export(
        &r.t,
        &[
            "--format",
            "csv",
            "--fields",
            "ref,name,contact.phones,class.tier",
        ],
    );
    let (header, rows) = parse_csv(&picked);
    assert_eq!(header, ["ref", "name", "contact.phones", "class.tier"]);
    assert_eq!(rows.len(), 4);
    let zhang_row = rows.iter().find(|row| row[1] == "张伟").expect("张伟's row");
    assert_eq!(
        zhang_row,
        &[
            "ERP-0001",
            "张伟",
            "+86 138 0013 8000;+86 10 6275 1234",
            "strategic"
        ]
    );

    // An unknown field is a usage error, and nothing is printed.
    let out = run(
        &r.t,
        &["export", "--format", "csv", "--fields", "name,shoe_size"],
        None,
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "");
    assert!(stderr_of(&out).contains("shoe_size"), "{}", stderr_of(&out));

    // --bom starts the file with EF BB BF; without it there is none.
    let out = run(&r.t, &["export", "--format", "csv", "--bom"], None);
    assert!(out.status.success());
    assert!(
        out.stdout.starts_with(b"\xEF\xBB\xBFid,name,"),
        "{:?}",
        &out.stdout[..12]
    );
    assert_eq!(
        parse_csv(&stdout_of(&out)),
        parse_csv(&export(&r.t, &["--format", "csv"])),
        "the BOM is the only difference"
    );
    assert!(!export(&r.t, &["--format", "csv"]).starts_with('\u{feff}'));
}

// import transactions ────────────────────────────────────────────────────────────────────

/// `rows` transactions over 200 customers matched by ref (R1…R200), plus two rows naming
/// no customer; checks every customer got exactly its rows with their exact amounts.
fn import_transactions_by_ref(rows: usize) {
    const CUSTOMERS: usize = 200;
    let t = TestStore::new();
    let records: Vec<Value> = (1..=CUSTOMERS)
        .map(|i| json!({"name": format!("客户{i:03}"), "ref": format!("R{i}")}))
        .collect();
    let ids = add_json(&t, &records);
    let id_of_ref: BTreeMap<String, String> = (1..=CUSTOMERS).map(|i| format!("R{i}")).zip(ids).collect();

    // Expected per customer: (order ref, date, amount) and the sum in hundredths.
    let mut expected: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    let mut sums: BTreeMap<String, i64> = BTreeMap::new();
    let mut csv = String::from("ref,date,amount,product,order\n");
    let mut line = 1;
    let mut unknown_lines = Vec::new();
    for n in 0..rows {
        if n == rows / 3 || n == 2 * rows / 3 {
            let who = if n == rows / 3 { "R0" } else { "ERP-404" };
            csv.push_str(&format!("{who},2026-05-01,1.00,x,LOST-{n}\n"));
            line += 1;
            unknown_lines.push(line);
        }
        let r = format!("R{}", n % CUSTOMERS + 1);
        let mut c = (n as i64 * 7919) % 200_000 - 20_000;
        if n % 97 == 0 || c == 0 {
            c = 10;
        } else if n % 101 == 0 {
            c = -500;
        }
        let (month, day) = (n % 12 + 1, n % 28 + 1);
        let date = format!("2026-{month:02}-{day:02}");
        let date_cell = if n % 5 == 0 {
            date.replace('-', "/")
        } else {
            date.clone()
        };
        let amount = amount_text(c);
        let amount_cell = if c >= 100_000 && n % 3 == 0 {
            // A spreadsheet's thousands separator: "1,234.50".
            let int = c / 100;
            format!("\"{},{:03}.{:02}\"", int / 1000, int % 1000, c % 100)
        } else {
            amount.clone()
        };
        let order = format!("O-{n:06}");
        csv.push_str(&format!("{r},{date_cell},{amount_cell},P{},{order}\n", n % 13));
        line += 1;
        let id = &id_of_ref[&r];
        expected
            .entry(id.clone())
            .or_default()
            .push((order, date, amount));
        *sums.entry(id.clone()).or_default() += c;
    }
    assert!(csv.contains(",0.10,") && csv.contains(",-5.00,") && csv.contains(",\""));
    let file = t.root().join("orders.csv");
    std::fs::write(&file, &csv).expect("write orders.csv");

    let out = t
        .cmd()
        .args(["import", "transactions", "--format", "csv"])
        .arg(&file)
        .args(["--match", "ref"])
        .output()
        .expect("run import transactions (did it finish within the harness timeout?)");
    let err = stderr_of(&out);
    assert!(
        out.status.code().is_some(),
        "import transactions of {rows} rows was killed by the harness's 30 s timeout: {err}"
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "rows naming no customer fail the run: {err}"
    );
    for l in &unknown_lines {
        assert!(
            err.contains(&format!("line {l}: no customer with ref")),
            "line {l}: {err}"
        );
    }
    let problems = err
        .lines()
        .filter(|l| l.starts_with("error:") && l.contains("no customer"))
        .count();
    assert_eq!(problems, 2, "{err}");
    assert!(
        err.contains("not imported, by reason: no customer with ref"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{rows} transactions for {CUSTOMERS} customers, 2 rows not imported"
        )),
        "{err}"
    );

    let entries = ndjson(&export(&t, &["--entries", "transactions", "--format", "ndjson"]));
    assert_eq!(entries.len(), rows);
    let mut got: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    let mut got_sums: BTreeMap<String, i64> = BTreeMap::new();
    for e in &entries {
        let customer = e["customer"].as_str().expect("customer").to_string();
        let amount = e["amount"].as_str().expect("amount is a string").to_string();
        *got_sums.entry(customer.clone()).or_default() += cents(&amount);
        got.entry(customer).or_default().push((
            e["ref"].as_str().expect("order ref").to_string(),
            e["date"].as_str().expect("date").to_string(),
            amount,
        ));
        assert_eq!(e["currency"], "CNY");
    }
    for list in got.values_mut().chain(expected.values_mut()) {
        list.sort();
    }
    assert_eq!(got.len(), CUSTOMERS, "every customer got rows");
    assert_eq!(got_sums, sums, "sums per customer");
    for (id, want) in &expected {
        assert_eq!(&got[id], want, "the rows of {id}");
    }
}

#[test]
fn import_transactions_by_ref_gives_every_customer_exactly_its_rows() {
    import_transactions_by_ref(2_000);
}

#[test]
fn import_transactions_of_20000_rows_over_200_customers() {
    import_transactions_by_ref(20_000);
}

// merge ──────────────────────────────────────────────────────────────────────────────────

#[test]
fn merge_folds_the_duplicate_into_the_kept_record_and_deletes_it() {
    let t = TestStore::new();
    let keep = t.add(&[
        "--name",
        "张伟",
        "--company",
        "北京星河科技有限公司",
        "--phone",
        "+86 138 0013 8000",
        "--tag",
        "vip",
        "--tag",
        "beijing",
    ]);
    let dup = t.add(&[
        "--name",
        "Zhang Wei",
        "--company",
        "Xinghe Tech",
        "--title",
        "采购经理",
        "--phone",
        "+86 139 0000 0001",
        "--email",
        "zw@example.cn",
        "--birthday",
        "1985-03-12",
        "--tag",
        "vip",
        "--tag",
        "hot",
    ]);
    for args in [
        &[
            "log-contact",
            &keep,
            "--channel",
            "phone",
            "--by",
            "li.na",
            "--summary",
            "call",
            "--at",
            "2026-11-01 10:00",
        ][..],
        &[
            "log-contact",
            &dup,
            "--channel",
            "email",
            "--by",
            "wang",
            "--summary",
            "mail",
            "--at",
            "2026-11-05 10:00",
        ],
        &[
            "log-purchase",
            &keep,
            "--amount",
            "100.00",
            "--date",
            "2026-10-01",
        ],
        &["log-purchase", &dup, "--amount", "0.10", "--date", "2026-10-02"],
        &[
            "log-purchase",
            &dup,
            "--refund",
            "--amount",
            "5.00",
            "--date",
            "2026-10-03",
            "--force",
        ],
        &[
            "log-feedback",
            &keep,
            "--kind",
            "complaint",
            "--text",
            "late",
            "--date",
            "2026-11-02",
        ],
        &["add-person", &dup, "--name", "王秘书", "--role", "sign-off"],
    ] {
        ok(&t, args);
    }
    let (k, d) = (t.show_json(&keep), t.show_json(&dup));
    let (keep_bytes, dup_bytes) = (t.record_bytes(&keep), t.record_bytes(&dup));

    // Not at a terminal and without --yes: refused, nothing changed, even with "y" piped.
    let out = run(&t, &["merge", &keep, &dup], Some(b"y\n"));
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("--yes"), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "");
    // A customer with itself, by id and by a query naming the same record.
    for other in [keep.as_str(), "张伟"] {
        let out = run(&t, &["merge", &keep, other, "--yes"], None);
        assert_eq!(
            out.status.code(),
            Some(2),
            "merge {keep} {other}: {}",
            stderr_of(&out)
        );
        assert!(stderr_of(&out).contains("same customer"), "{}", stderr_of(&out));
    }
    assert_eq!(t.record_bytes(&keep), keep_bytes);
    assert_eq!(t.record_bytes(&dup), dup_bytes);

    let out = run(&t, &["merge", &keep, &dup, "--yes"], None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{keep}\n"));
    assert!(
        !t.record_path(&dup).exists(),
        "the duplicate's file is still there"
    );
    assert_eq!(t.all_ids(), std::slice::from_ref(&keep));

    let m = t.show_json(&keep);
    assert_eq!(m["id"], keep.as_str());
    assert_eq!(m["name"], "张伟");
    assert_eq!(
        m["company"], "北京星河科技有限公司",
        "KEEP's value wins by default"
    );
    assert_eq!(m["title"], "采购经理", "an empty title is filled from DUP");
    assert_eq!(m["birthday"], "1985-03-12");
    assert_eq!(strs(&m["tags"]), ["vip", "beijing", "hot"]);
    assert_eq!(
        crate::common::phones(&m["contact"]["phones"]),
        ["+86 138 0013 8000", "+86 139 0000 0001"]
    );
    assert_eq!(strs(&m["contact"]["emails"]), ["zw@example.cn"]);
    for log in ["transactions", "contacts", "feedback", "key_people"] {
        let want: BTreeSet<String> = entry_ids(&k, log).union(&entry_ids(&d, log)).cloned().collect();
        assert!(!want.is_empty(), "{log}");
        assert_eq!(entry_ids(&m, log), want, "every {log} entry of both");
    }
    let amounts: Vec<&str> = m["transactions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["amount"].as_str().unwrap())
        .collect();
    assert_eq!(amounts, ["100.00", "0.10", "-5.00"], "in date order, exact");

    // --prefer dup: DUP's conflicting values win, KEEP's id stays.
    let keep2 = t.add(&[
        "--name",
        "李娜",
        "--company",
        "东方贸易",
        "--email",
        "li.na@example.cn",
    ]);
    let dup2 = t.add(&[
        "--name",
        "Li Na",
        "--company",
        "Dongfang Trading",
        "--email",
        "lina@dongfang.example",
        "--title",
        "CEO",
    ]);
    let out = run(&t, &["merge", &keep2, &dup2, "--prefer", "dup", "--yes"], None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{keep2}\n"));
    assert!(!t.record_path(&dup2).exists());
    let m2 = t.show_json(&keep2);
    assert_eq!(m2["id"], keep2.as_str());
    assert_eq!(m2["company"], "Dongfang Trading");
    assert_eq!(m2["name"], "Li Na");
    assert_eq!(m2["title"], "CEO");
    let mut emails = strs(&m2["contact"]["emails"]);
    emails.sort();
    assert_eq!(emails, ["li.na@example.cn", "lina@dongfang.example"]);
    assert_eq!(t.all_ids(), sorted(&[&keep, &keep2]));
}

// Subject access ─────────────────────────────────────────────────────────────────────────

/// `git ARGS…` in the store, committed at `date`; asserts success and returns stdout.
fn git(t: &TestStore, date: &str, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .envs(GIT_ENV.iter().copied())
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .current_dir(t.store())
        .args(args)
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?} failed: {}", stderr_of(&out));
    stdout_of(&out).trim().to_string()
}

#[test]
fn subject_export_holds_the_record_and_with_history_every_committed_version() {
    let t = TestStore::new();
    let zhang = t.add(&["--name", "张伟", "--title", "经理", "--phone", "13800138000"]);
    let other = t.add(&["--name", "李娜", "--phone", "13912345678"]);
    ok(
        &t,
        &["log-purchase", &zhang, "--amount", "0.10", "--date", "2026-10-01"],
    );

    let out = export(&t, &["张伟", "--subject"]);
    let doc: Value = serde_json::from_str(&out).expect("--subject prints JSON");
    assert_eq!(doc["customer"], zhang.as_str());
    assert_eq!(doc["record"]["name"], "张伟");
    assert_eq!(doc["record"]["transactions"][0]["amount"], "0.10");
    assert!(doc.get("history").is_none(), "{doc}");
    assert!(
        !out.contains("李娜") && !out.contains(&other),
        "only the subject: {out}"
    );

    // Not in git: --history says so.
    let out = run(&t, &["export", &zhang, "--subject", "--history"], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("git"), "{}", stderr_of(&out));

    git(
        &t,
        "2026-11-20T10:00:00+08:00",
        &["-c", "init.defaultBranch=main", "init", "-q"],
    );
    git(&t, "2026-11-20T10:00:00+08:00", &["add", "-A"]);
    git(&t, "2026-11-20T10:00:00+08:00", &["commit", "-q", "-m", "first"]);
    let first = git(&t, "2026-11-20T10:00:00+08:00", &["rev-parse", "HEAD"]);
    t.cmd()
        .envs(GIT_ENV.iter().copied())
        .args(["set", &zhang, "title=总监"])
        .assert()
        .success();
    git(
        &t,
        "2026-11-21T10:00:00+08:00",
        &["commit", "-q", "-a", "-m", "second"],
    );
    let second = git(&t, "2026-11-21T10:00:00+08:00", &["rev-parse", "HEAD"]);
    // A change not committed yet is in the record, not in the history.
    t.cmd()
        .envs(GIT_ENV.iter().copied())
        .args(["set", &zhang, "company=星河科技"])
        .assert()
        .success();

    let out = t
        .cmd()
        .envs(GIT_ENV.iter().copied())
        .args(["export", "张伟", "--subject", "--history"])
        .output()
        .expect("run export");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["record"]["title"], "总监");
    assert_eq!(doc["record"]["company"], "星河科技");
    let history = doc["history"].as_array().expect("a history list");
    assert_eq!(history.len(), 2, "{doc}");
    assert_eq!(history[0]["commit"], second.as_str(), "newest first");
    assert_eq!(history[1]["commit"], first.as_str());
    assert_eq!(history[0]["record"]["title"], "总监");
    assert_eq!(history[1]["record"]["title"], "经理");
    for v in history {
        assert_eq!(v["record"]["id"], zhang.as_str(), "decrypted: {v}");
        assert_eq!(v["record"]["name"], "张伟");
        assert!(v["record"].get("company").is_none(), "{v}");
    }
    let stamp = |v: &Value| {
        chrono::DateTime::parse_from_rfc3339(v["date"].as_str().expect("a date")).expect("RFC 3339")
    };
    assert_eq!(
        stamp(&history[0]),
        chrono::DateTime::parse_from_rfc3339("2026-11-21T10:00:00+08:00").unwrap()
    );
    assert_eq!(
        stamp(&history[1]),
        chrono::DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap()
    );
}

// Bugs ───────────────────────────────────────────────────────────────────────────────────

#[test]
fn on_duplicate_update_does_not_add_the_same_phone_or_email_twice() {
    let (t, zhang) = store_with_zhang();
    let csv = "name,phone,email\n张伟,138-0013-8000,ZHANG@example.cn\n";
    let out = import(&t, "csv", csv.as_bytes(), &["--on-duplicate", "update"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let z = t.show_json(&zhang);
    assert_eq!(
        crate::common::phones(&z["contact"]["phones"]),
        ["+86 138 0013 8000"]
    );
    assert_eq!(strs(&z["contact"]["emails"]), ["zhang@example.cn"]);
}

#[test]
fn merge_does_not_keep_the_same_phone_or_email_twice() {
    let t = TestStore::new();
    let a = t.add(&[
        "--name",
        "Wang Fang",
        "--phone",
        "+86 139 1234 5678",
        "--email",
        "Wang.Fang@Example.cn",
    ]);
    let b = t.add(&[
        "--name",
        "王芳",
        "--phone",
        "13912345678",
        "--email",
        "wang.fang@example.cn",
        "--force",
    ]);
    ok(&t, &["merge", &a, &b, "--yes"]);
    let m = t.show_json(&a);
    assert_eq!(crate::common::phones(&m["contact"]["phones"]).len(), 1, "{m}");
    assert_eq!(strs(&m["contact"]["emails"]).len(), 1, "{m}");
}

#[test]
fn a_vcard_with_a_foreign_uid_is_imported_with_a_new_id() {
    let t = TestStore::new();
    let vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n\
               FN:Test Person\r\nTEL;TYPE=CELL:+49 151 1111 2222\r\nEND:VCARD\r\n";
    let out = import(&t, "vcard", vcf.as_bytes(), &[]);
    let ids = imported(&out);
    assert_eq!(ids.len(), 1, "{}", stderr_of(&out));
    assert_eq!(t.show_json(&ids[0])["name"], "Test Person");
}

/// A store whose config declares a field of its own, `extra.floor`, a number.
fn store_with_floor() -> TestStore {
    let t = TestStore::new();
    let config = t.store().join(".crmfile").join("config.toml");
    let mut text = std::fs::read_to_string(&config).expect("read config");
    text.push_str("\n[fields.floor]\ntype = \"int\"\n");
    std::fs::write(&config, text).expect("write config");
    t
}

#[test]
fn custom_field_columns_written_by_export_are_imported() {
    let t = store_with_floor();
    add_json(&t, &[json!({"name": "张伟", "extra": {"floor": 12}})]);
    let csv = export(&t, &["--format", "csv", "--fields", "id,name,extra.floor"]);
    let fresh = store_with_floor();
    let out = import(&fresh, "csv", csv.as_bytes(), &[]);
    imported(&out);
    assert!(!stderr_of(&out).contains("not imported"), "{}", stderr_of(&out));
    assert_eq!(fresh.show_json("张伟")["extra"]["floor"], 12);
}

/// A sheet exported without `--fields`, in either language, and imported into another
/// store brings every field `set` changes back, the store's own fields too.
#[test]
fn a_default_export_imported_again_keeps_every_field() {
    let t = store_with_floor();
    let id = t.add(&[
        "--name",
        "张伟",
        "--company",
        "星河科技",
        "--phone",
        "13800138000",
    ]);
    ok(
        &t,
        &[
            "set",
            &id,
            "gender=男",
            "lunar_birthday=八月十五",
            "industry=制造业",
            "region=华东",
            "size=50-200",
            "contact.qq=12345678",
            "preferences.channel=wechat",
            "preferences.products=R740;R750",
            "preferences.notes=只在上午联系",
            "class.tier=important",
            "class.pin=true",
            "follow_up.cadence=14d",
            "verified=2026-10-01",
            "extra.floor=12",
        ],
    );
    let before = t.show_json(&id);
    for headers in ["en", "zh"] {
        let csv = export(&t, &["--format", "csv", "--headers", headers]);
        let fresh = store_with_floor();
        let out = import(&fresh, "csv", csv.as_bytes(), &[]);
        imported(&out);
        assert!(!stderr_of(&out).contains("not imported"), "{}", stderr_of(&out));
        let after = fresh.show_json(&id);
        for field in [
            "gender",
            "lunar_birthday",
            "industry",
            "region",
            "size",
            "contact",
            "preferences",
            "class",
            "follow_up",
            "verified",
            "extra",
        ] {
            assert_eq!(after[field], before[field], "{field} through --headers {headers}");
        }
    }
    // An item holding a list separator cannot come back as one: the export says so of
    // one a record holds (from NDJSON, which gives it back whole; `add` refuses it).
    ok(&t, &["set", &id, "preferences.products="]);
    let held = t.root().join("held.ndjson");
    let record = json!({"name": "林峰", "contact": {"phones": ["13800138009"]},
                        "preferences": {"products": ["R740, 2U", "R750"], "notes": "上午, 不要周末"}});
    std::fs::write(&held, format!("{record}\n")).unwrap();
    let out = t.import_file(&["import", "customers"], &held, None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = run(&t, &["export", "--format", "csv"], None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("1 item(s) of preferences.products hold a comma"),
        "{}",
        stderr_of(&out)
    );
    // A text that is no list keeps its commas: nothing to say of it.
    assert!(
        !stderr_of(&out).contains("preferences.notes"),
        "{}",
        stderr_of(&out)
    );
}

/// A tag may not hold what CSV lists are split on, so every tag survives a round trip.
#[test]
fn tags_holding_list_separators_are_refused_and_others_survive_a_csv_round_trip() {
    let t = TestStore::new();
    for tag in ["q3;2026", "华东，华北", "a,b", "华东；华北"] {
        let out = run(&t, &["add", "--name", "张伟", "--tag", tag], None);
        assert!(!out.status.success(), "tag {tag:?} was accepted");
        assert!(stderr_of(&out).contains("tags"), "{}", stderr_of(&out));
    }
    let out = run(
        &t,
        &["add", "--name", "张伟", "--tag", "q3-2026", "--tag", "华东"],
        None,
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let before = export(&t, &["--format", "csv"]);
    let fresh = TestStore::new();
    imported(&import(&fresh, "csv", before.as_bytes(), &[]));
    assert_eq!(strs(&fresh.show_json("张伟")["tags"]), ["q3-2026", "华东"]);
}

#[test]
fn entries_export_honours_fields() {
    let r = rich_store();
    let out = run(
        &r.t,
        &[
            "export",
            "--entries",
            "transactions",
            "--format",
            "csv",
            "--fields",
            "customer,amount,date",
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let (header, rows) = parse_csv(&stdout_of(&out));
    assert_eq!(header, ["customer", "amount", "date"]);
    assert_eq!(rows.len(), 4);
}

#[test]
fn a_row_naming_no_customer_is_reported_with_its_ref_as_written() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--ref", "ERP-1"]);
    let csv = "ref,date,amount\nERP-1,2026-10-01,1.00\nERP-X9,2026-10-01,2.00\n";
    let file = t.root().join("orders.csv");
    std::fs::write(&file, csv).expect("write");
    let out = t
        .cmd()
        .args(["import", "transactions", "--format", "csv"])
        .arg(&file)
        .output()
        .expect("run import");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("line 3: no customer with ref `ERP-X9`"),
        "{}",
        stderr_of(&out)
    );
}

/// Rows of orders not taken go to `--rejects` as they were, with why, to fix and import
/// again; the rows taken are not in it. In Chinese, the reason names the match in Chinese.
#[test]
fn transactions_not_imported_are_written_to_rejects_with_the_reason() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--ref", "ERP-1"]);
    let csv = "ref,date,amount\nERP-1,2026-10-01,1.00\nERP-X9,2026-10-01,2.00\nERP-1,2026-10-02,\"12,5\"\nERP-1,2026-10-03,\"¥1,000.50\"\n";
    let file = t.root().join("orders.csv");
    std::fs::write(&file, csv).expect("write");
    let rejects = t.root().join("not-imported.csv");
    let out = t
        .cmd()
        .args([
            "--lang",
            "zh-CN",
            "import",
            "transactions",
            "--format",
            "csv",
            "--rejects",
        ])
        .arg(&rejects)
        .arg(&file)
        .output()
        .expect("run import");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("第 3 行：没有客户编号为“ERP-X9”的客户"),
        "{}",
        stderr_of(&out)
    );
    let written = std::fs::read_to_string(&rejects).expect("rejects written");
    let lines: Vec<&str> = written.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 3, "{written}");
    assert!(lines[0].starts_with("ref,date,amount,"), "{written}");
    assert!(
        lines[1].starts_with("ERP-X9,2026-10-01,2.00,没有客户编号为"),
        "{written}"
    );
    // A decimal comma is refused, never read as 125; a thousands comma is read.
    assert!(lines[2].starts_with("ERP-1,2026-10-02,\"12,5\","), "{written}");
    let tx = t.show_json("张伟")["transactions"].clone();
    let amounts: Vec<&str> = tx
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["amount"].as_str().unwrap())
        .collect();
    assert_eq!(amounts, ["1.00", "1000.50"]);
}

#[test]
fn a_csv_with_cr_line_ends_names_bad_rows_by_line() {
    let t = TestStore::new();
    let csv = "Name,Phone\rOk,13800138000\rBad,12\r";
    let out = import(&t, "csv", csv.as_bytes(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("line 3:"), "{}", stderr_of(&out));
}

/// Two keys that fill the same field: the one taken is said, the other not dropped in
/// silence.
#[test]
fn two_keys_for_one_field_are_named() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--ref", "ERP-1"]);
    let file = t.root().join("orders.ndjson");
    std::fs::write(
        &file,
        "{\"customer\":\"ERP-1\",\"date\":\"2026-10-01\",\"amount\":\"1.00\",\"order\":\"SO-9\",\"ref\":\"SO-8\"}\n",
    )
    .unwrap();
    let out = t.import_file(&["import", "transactions", "--format", "ndjson"], &file, None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("order, ref all fill ref: only the last one is taken"),
        "{}",
        stderr_of(&out)
    );
}

/// Cards not taken from a vCard file go to `--rejects` whole: into a `.vcf` as they were
/// written (to fix and import again), into a sheet as a row each with the card's number
/// and why.
#[test]
fn cards_not_imported_are_written_to_rejects_whole() {
    let t = TestStore::new();
    let good = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\nTEL;TYPE=CELL:13800138000\r\nEND:VCARD\r\n";
    let bad = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李娜\r\nEMAIL:not-an-email\r\n\
               NOTE:a long note folded\r\n  over two lines\r\nEND:VCARD\r\n";
    let file = t.root().join("phone.vcf");
    std::fs::write(&file, format!("{good}{bad}")).expect("write");
    let into = |name: &str| {
        let rejects = t.root().join(name);
        let out = t
            .cmd()
            .args(["import", "customers", "--on-duplicate", "skip", "--rejects"])
            .arg(&rejects)
            .arg(&file)
            .output()
            .expect("run import");
        assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
        std::fs::read_to_string(&rejects).expect("rejects written")
    };
    assert_eq!(into("not-imported.vcf"), bad, "the card as it was written");
    let sheet = into("not-imported.csv");
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(sheet.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.expect("a CSV row").iter().map(String::from).collect())
        .collect();
    // 张伟 was taken the first time: now a duplicate, skipped and listed too.
    assert_eq!(rows.len(), 2, "{sheet}");
    assert_eq!((rows[0][0].as_str(), rows[0][2].as_str()), ("1", good));
    assert!(rows[0][1].contains("likely the same customer"), "{sheet}");
    assert_eq!((rows[1][0].as_str(), rows[1][2].as_str()), ("2", bad));
    assert!(rows[1][1].contains("is not an email address"), "{sheet}");
    assert_eq!(t.all_ids().len(), 1, "张伟 is taken once");
}

/// One damaged card (a GBK name that is not GBK, as a broken phone export writes it) is
/// listed with where and why, and the cards around it are imported; `--rejects` holds it
/// as it was written.
#[test]
fn a_damaged_card_keeps_none_of_the_others_out() {
    let t = TestStore::new();
    let good = |name: &str, phone: &str| {
        format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL;TYPE=CELL:{phone}\r\nEND:VCARD\r\n")
    };
    let damaged =
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=FF=FF\r\nEND:VCARD\r\n";
    let file = t.root().join("phone.vcf");
    std::fs::write(
        &file,
        format!(
            "{}{damaged}{}",
            good("张伟", "13800138000"),
            good("李娜", "13900139000")
        ),
    )
    .unwrap();
    let rejects = t.root().join("not-imported.vcf");
    let out = t
        .cmd()
        .args(["--lang", "zh-CN", "import", "customers", "--rejects"])
        .arg(&rejects)
        .arg(&file)
        .output()
        .expect("run import");
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("第 2 张名片：第 8 行：FN：不是有效的 GBK 文本"),
        "{err}"
    );
    assert_eq!(sorted_lines(&out.stdout).len(), 2, "{err}");
    assert_eq!(std::fs::read_to_string(&rejects).unwrap(), damaged);
}
