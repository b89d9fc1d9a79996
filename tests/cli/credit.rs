//! Credit, receivables and payments; reports by dimension; `--where` comparisons.

use serde_json::Value;

use crate::common::{TestStore, python_json, stderr_of, stdout_of};

/// Runs crmfile, asserts success, returns stdout.
fn ok(t: &TestStore, args: &[&str]) -> String {
    let out = t.cmd().args(args).output().expect("run crmfile");
    assert!(
        out.status.success(),
        "crmfile {args:?} failed: {}",
        stderr_of(&out)
    );
    stdout_of(&out)
}

/// Runs crmfile, asserts success, returns stdout and stderr (where balances are said).
fn ok_said(t: &TestStore, args: &[&str]) -> (String, String) {
    let out = t.cmd().args(args).output().expect("run crmfile");
    assert!(
        out.status.success(),
        "crmfile {args:?} failed: {}",
        stderr_of(&out)
    );
    (stdout_of(&out), stderr_of(&out))
}

fn json(t: &TestStore, args: &[&str]) -> Value {
    serde_json::from_str(&ok(t, args)).expect("JSON")
}

/// The second column of `log-*`'s `CUSTOMER\tENTRY` line.
fn entry_id(line: &str) -> String {
    line.trim().split('\t').nth(1).expect("an entry id").to_string()
}

/// A customer with a credit limit of 100,000 and 30 days to pay (the store's default).
fn customer_with_limit(t: &TestStore) -> String {
    let id = t.add(&[
        "--name",
        "张伟",
        "--company",
        "北京星河科技有限公司",
        "--phone",
        "13800138000",
        "--owner",
        "li.na",
    ]);
    ok(t, &["set", &id, "credit.limit=10万", "credit.rating=优"]);
    id
}

#[test]
fn a_purchase_is_owed_until_its_terms_run_out_and_payments_settle_the_oldest_first() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    let c = t.show_json(&id);
    assert_eq!(c["credit"]["limit"], "100000", "10万 is read exactly");
    assert_eq!(c["credit"]["rating"], "A", "优 is the first rating");

    let first = entry_id(&ok(
        &t,
        &[
            "log-purchase",
            &id,
            "--amount",
            "30000.00",
            "--date",
            "2026-09-01",
        ],
    ));
    let second = entry_id(&ok(&t, &["log-purchase", &id, "--amount", "20000.00"]));
    ok(&t, &["log-purchase", &id, "--amount", "880", "--paid"]);
    let c = t.show_json(&id);
    let t0 = &c["transactions"];
    assert_eq!(t0[0]["due"], "2026-10-01", "30 days after the purchase");
    assert_eq!(t0[1]["due"], "2026-12-22");
    assert!(t0[2].get("due").is_none(), "a cash sale is not owed");

    // 10,000 paid: it goes to the oldest purchase, which stays overdue for the rest.
    let (said, err) = ok_said(
        &t,
        &[
            "log-payment",
            &id,
            "--amount",
            "10000",
            "--method",
            "bank-transfer",
        ],
    );
    assert!(
        err.contains("now owes CNY 40000.00, 20000.00 of it overdue"),
        "{}",
        err
    );
    let payment = entry_id(&said);
    assert!(payment.starts_with("r-"), "{payment}");

    let r = json(&t, &["report", "--receivables", "--format", "json"]);
    assert_eq!(r["total"], "40000.00");
    assert_eq!(r["overdue"], "20000.00");
    assert_eq!(r["aging"]["0-30"], "20000.00");
    assert_eq!(r["aging"]["61-90"], "20000.00", "2026-09-01 is 82 days old");
    assert_eq!(r["customers"][0]["phone"], "+86 138 0013 8000");
    assert_eq!(r["owners"]["li.na"]["balance"], "40000.00");
    // The page has the ages too, per account manager and per customer.
    let html = ok(&t, &["report", "--receivables", "--format", "html"]);
    assert_eq!(html.matches("<th class=n>61-90 days</th>").count(), 2, "{html}");
    assert_eq!(
        html.matches(
            "<td class=n>20000.00</td><td class=n>0</td><td class=n>20000.00</td><td class=n>0</td></tr>"
        )
        .count(),
        2,
        "{html}"
    );
    // Piped, each customer is one tab-separated line under a line of the headers; a
    // table is drawn when asked for.
    let text = ok(&t, &["report", "--receivables"]);
    let header = text
        .lines()
        .find(|l| l.starts_with("id\t"))
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(header.split('\t').count(), 12, "{header}");
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{id}\t")))
        .unwrap_or_else(|| panic!("{text}"));
    let cells: Vec<&str> = line.split('\t').collect();
    assert_eq!(
        cells[5..],
        [
            "40000.00",
            "20000.00",
            "2026-10-01",
            "20000.00",
            "0",
            "20000.00",
            "0"
        ],
        "{line}"
    );
    let table = ok(&t, &["report", "--receivables", "--format", "table"]);
    assert!(
        !table.contains(&format!("{id}\t")) && table.contains("│"),
        "{table}"
    );

    // remind --kind payment: the overdue purchase, with what is left of it.
    let items = json(&t, &["remind", "--kind", "payment", "--format", "json"]);
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["about"], first.as_str());
    assert_eq!(items[0]["overdue"], true);
    assert_eq!(items[0]["company"], "北京星河科技有限公司");
    assert!(
        items[0]["detail"].as_str().unwrap().contains("CNY 20000.00 owed"),
        "{items:?}"
    );

    // A payment naming the newer purchase pays it first; the rest goes to the oldest.
    ok(&t, &["log-payment", &id, "--amount", "25000", "--for", &second]);
    let r = json(&t, &["report", "--receivables", "--format", "json"]);
    assert_eq!(r["total"], "15000.00");
    assert_eq!(r["customers"][0]["oldest_due"], "2026-10-01");
}

#[test]
fn over_the_credit_limit_is_refused_with_the_figures_unless_forced() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    // Amounts are typed as people write them: 8万 is 80000.
    ok(&t, &["log-purchase", &id, "--amount", "8万"]);
    assert_eq!(t.show_json(&id)["transactions"][0]["amount"], "80000");
    let before = t.record_bytes(&id);
    let out = t
        .cmd()
        .args(["log-purchase", &id, "--amount", "30000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    for figure in ["110000", "100000", "80000", "30000", "--force"] {
        assert!(err.contains(figure), "{figure} in {err}");
    }
    assert_eq!(t.record_bytes(&id), before, "nothing written");

    let (_, err) = ok_said(&t, &["log-purchase", &id, "--amount", "30000", "--force"]);
    assert!(err.contains("over the credit limit"), "{}", err);
    assert_eq!(t.show_json(&id)["transactions"][1]["over_limit"], true);

    // audit finds it; exit 3 for a finding.
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    let findings: Value = serde_json::from_slice(&out.stdout).unwrap();
    let over: Vec<&Value> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "over-credit-limit")
        .collect();
    assert_eq!(over.len(), 1, "{findings}");
    assert_eq!(over[0]["id"], id.as_str());

    // In Chinese, the refusal is in Chinese.
    let out = t
        .cmd()
        .args(["--lang", "zh-CN", "log-purchase", &id, "--amount", "1"])
        .output()
        .unwrap();
    assert!(stderr_of(&out).contains("超过信用额度"), "{}", stderr_of(&out));
}

#[test]
fn paying_more_than_is_owed_is_kept_as_credit_and_said_so() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    ok(&t, &["log-purchase", &id, "--amount", "500"]);
    let (_, err) = ok_said(&t, &["log-payment", &id, "--amount", "800"]);
    assert!(
        err.contains("CNY 300 more than 张伟 owed: kept as credit on account"),
        "{}",
        err
    );
    // The next purchase takes the credit.
    ok(&t, &["log-purchase", &id, "--amount", "1000"]);
    let r = json(&t, &["report", "--receivables", "--format", "json"]);
    assert_eq!(r["total"], "700");
}

#[test]
fn a_refund_is_taken_off_what_is_owed_and_a_refund_paid_back_is_not() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    ok(
        &t,
        &["log-purchase", &id, "--amount", "5000", "--date", "2026-09-01"],
    );
    // A return of goods bought on account: a credit note, 1,200 off what is owed.
    let (_, err) = ok_said(
        &t,
        &[
            "log-purchase",
            &id,
            "--refund",
            "--amount",
            "1200",
            "--ref",
            "RMA-7",
        ],
    );
    assert!(
        err.contains("张伟 now owes CNY 3800"),
        "the new balance is said: {}",
        err
    );
    let r = json(&t, &["report", "--receivables", "--format", "json"]);
    assert_eq!(r["total"], "3800");
    // Money paid back over the counter leaves the account as it was.
    ok(
        &t,
        &["log-purchase", &id, "--refund", "--paid", "--amount", "300"],
    );
    let r = json(&t, &["report", "--receivables", "--format", "json"]);
    assert_eq!(r["total"], "3800");
    let c = t.show_json(&id);
    let refunds: Vec<(&str, bool)> = c["transactions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["amount"].as_str().unwrap().starts_with('-'))
        .map(|t| (t["amount"].as_str().unwrap(), t.get("due").is_some()))
        .collect();
    assert_eq!(refunds, [("-1200", true), ("-300", false)]);
    let shown = ok(&t, &["show", &id, "--format", "table"]);
    assert!(shown.contains("credited to the account"), "{shown}");
    assert!(shown.contains("paid back"), "{shown}");

    // More refunded than is owed is credit on account, and said so.
    ok(&t, &["log-payment", &id, "--amount", "3000"]);
    let (_, err) = ok_said(&t, &["log-purchase", &id, "--refund", "--amount", "1000"]);
    assert!(
        err.contains("CNY 200 more than 张伟 owed: kept as credit on account"),
        "{}",
        err
    );
    let r = json(&t, &["report", "--receivables", "--format", "json"]);
    assert_eq!(r["total"], "0");
    // The next purchase takes the credit.
    ok(&t, &["log-purchase", &id, "--amount", "1000"]);
    let r = json(&t, &["report", "--receivables", "--format", "json"]);
    assert_eq!(r["total"], "800");

    // More refunded than was ever bought is refused with the figures, unless forced.
    let before = t.show_json(&id);
    let out = t
        .cmd()
        .args(["log-purchase", &id, "--refund", "--amount", "999999"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("a refund of CNY 999999 is more than 张伟 bought in all (CNY 3500)"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(t.show_json(&id), before, "nothing written");
    let (_, err) = ok_said(
        &t,
        &["log-purchase", &id, "--refund", "--amount", "3600", "--force"],
    );
    assert!(
        err.contains("recorded a refund of CNY 3600, more than 张伟 bought"),
        "{err}"
    );

    // A refund has no due date: it is credited on its day.
    let before = t.show_json(&id);
    let out = t
        .cmd()
        .args([
            "log-purchase",
            &id,
            "--refund",
            "--amount",
            "10",
            "--due",
            "2026-12-31",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("--due is for a purchase on account"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(t.show_json(&id), before, "nothing written");
}

#[test]
fn a_purchase_in_another_currency_is_kept_but_left_out_of_the_balance() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    let out = t
        .cmd()
        .args(["log-purchase", &id, "--amount", "999999", "--currency", "USD"])
        .output()
        .unwrap();
    assert!(out.status.success(), "no limit in USD: {}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("balances count CNY only"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        stderr_of(&out).contains("the credit limit (CNY 100000) was not checked"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(t.show_json(&id)["transactions"][0]["currency"], "USD");
    let r = json(&t, &["report", "--receivables", "--format", "json"]);
    assert_eq!(r["total"], "0");
}

#[test]
fn bad_payments_are_refused_naming_what_is_wrong() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    let cash = entry_id(&ok(&t, &["log-purchase", &id, "--amount", "300", "--paid"]));
    ok(&t, &["log-purchase", &id, "--amount", "500"]);
    for (args, says) in [
        (
            vec!["--amount", "5", "--for", cash.as_str()],
            "has nothing open to pay",
        ),
        (vec!["--amount", "0"], "not more than zero"),
        (vec!["--amount", "-5"], "not more than zero"),
        (vec!["--amount", "1e3"], "1e3"),
        (vec!["--amount", "5", "--for", "f-00000000"], "not a purchase id"),
        (
            vec!["--amount", "5", "--for", "t-00000000"],
            "has no purchase t-00000000",
        ),
    ] {
        let out = t.cmd().arg("log-payment").arg(&id).args(&args).output().unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr_of(&out).contains(says), "{args:?}: {}", stderr_of(&out));
    }
    assert!(t.show_json(&id).get("payments").is_none(), "nothing written");
    // A limit below zero or not an amount, said as what it is.
    for (value, says) in [
        ("-5", "a credit limit is zero or more"),
        ("lots", "is not an amount"),
    ] {
        let out = t
            .cmd()
            .args(["set", &id, &format!("credit.limit={value}")])
            .output()
            .unwrap();
        assert!(!out.status.success());
        let err = stderr_of(&out);
        assert!(err.contains(says) && !err.contains("--amount"), "{err}");
    }
}

#[test]
fn where_compares_amounts_and_dates_and_refuses_to_order_text() {
    let t = TestStore::new();
    let big = customer_with_limit(&t);
    let small = t.add(&["--name", "李娜", "--birthday", "1990-05-01"]);
    ok(&t, &["set", &small, "credit.limit=5000", "credit.terms=45"]);
    let found = |cond: &str| -> Vec<String> {
        let out = ok(&t, &["find", "--where", cond, "--format", "json"]);
        let v: Value = serde_json::from_str(&out).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(found("credit.limit>10000"), [big.as_str()]);
    assert_eq!(found("信用额度>=10万"), [big.as_str()]);
    assert_eq!(found("credit.limit<¥6,000"), [small.as_str()]);
    assert_eq!(found("credit.terms>30"), [small.as_str()]);
    assert_eq!(found("birthday<1991年1月1日"), [small.as_str()]);
    assert_eq!(found("created<=today").len(), 2);
    assert!(found("created>today").is_empty());
    // Equal and not equal compare amounts and dates by value too, written any way.
    assert_eq!(found("credit.limit=100000.00"), [big.as_str()]);
    assert_eq!(found("credit.limit=10万"), [big.as_str()]);
    assert_eq!(found("credit.limit=¥5,000"), [small.as_str()]);
    assert_eq!(found("credit.limit!=100000.00"), [small.as_str()]);
    assert_eq!(found("birthday=1990年5月1日"), [small.as_str()]);
    assert_eq!(found("credit.terms=45"), [small.as_str()]);
    // Ratings by the store's names in either language.
    assert_eq!(found("credit.rating=优"), [big.as_str()]);
    assert_eq!(found("credit.rating=a"), [big.as_str()]);
    assert_eq!(found("credit.rating!=A"), [small.as_str()]);

    for (cond, says) in [
        ("name>张", "is text"),
        ("credit.limit>lots", "not a number"),
        ("birthday>someday", "not a date"),
        ("credit.limit=lots", "not a number"),
        ("credit.rating=E", "A, B, C, D"),
    ] {
        let out = t.cmd().args(["find", "--where", cond]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{cond}");
        assert!(stderr_of(&out).contains(says), "{cond}: {}", stderr_of(&out));
    }
}

#[test]
fn report_by_dimension_counts_each_group_and_draws_it() {
    let t = TestStore::new();
    let a = t.add(&[
        "--name",
        "A",
        "--region",
        "北京",
        "--industry",
        "制造",
        "--owner",
        "li.na",
    ]);
    let b = t.add(&[
        "--name",
        "B",
        "--region",
        "上海",
        "--industry",
        "制造",
        "--owner",
        "wang",
    ]);
    t.add(&["--name", "C"]);
    ok(
        &t,
        &[
            "log-purchase",
            &a,
            "--amount",
            "1000",
            "--paid",
            "--date",
            "2026-10-01",
        ],
    );
    ok(
        &t,
        &[
            "log-purchase",
            &b,
            "--amount",
            "250.50",
            "--paid",
            "--date",
            "2026-10-01",
        ],
    );
    ok(
        &t,
        &[
            "log-feedback",
            &b,
            "--kind",
            "complaint",
            "--text",
            "late",
            "--rating",
            "2",
        ],
    );
    let r = json(&t, &["report", "--by", "region", "--format", "json"]);
    assert_eq!(r["by"], "region");
    let g = &r["groups"];
    assert_eq!(g["北京"]["customers"], 1);
    assert_eq!(g["北京"]["revenue"], "1000");
    assert_eq!(g["上海"]["complaints"], 1);
    assert_eq!(g["上海"]["open_complaints"], 1);
    assert_eq!(g["上海"]["average_rating"], "2.00");
    assert_eq!(g["-"]["customers"], 1, "no region is a group of its own");
    assert_eq!(g["北京"]["new"], 1);

    // Filters narrow every figure.
    let r = json(
        &t,
        &[
            "report", "--by", "industry", "--owner", "li.na", "--format", "json",
        ],
    );
    assert_eq!(r["customers"], 1);
    assert_eq!(r["groups"]["制造"]["customers"], 1);

    let html = ok(&t, &["report", "--by", "industry", "--format", "html"]);
    assert!(
        html.contains("<svg") && html.contains("制造"),
        "an SVG chart per group"
    );
    assert!(!html.contains("<script"), "no scripts");
    // The page parses as HTML in an independent parser.
    let parsed = python_json(
        "import sys, json, html.parser\n\
         class P(html.parser.HTMLParser):\n\
         \tdef __init__(self):\n\t\tsuper().__init__(); self.svgs = 0\n\
         \tdef handle_starttag(self, tag, attrs):\n\t\tself.svgs += tag == 'svg'\n\
         p = P(); p.feed(sys.stdin.read()); print(json.dumps({'svgs': p.svgs}))",
        html.as_bytes(),
    );
    assert!(parsed["svgs"].as_u64().unwrap() >= 2, "{parsed}");

    let table = ok(&t, &["report", "--by", "region", "--format", "table"]);
    assert!(table.contains("By Region"), "{table}");
}

#[test]
fn credit_fields_go_out_and_come_back_through_a_chinese_spreadsheet() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    ok(&t, &["set", &id, "credit.terms=60"]);
    ok(&t, &["log-purchase", &id, "--amount", "1200"]);
    let csv = ok(
        &t,
        &[
            "export",
            "--format",
            "csv",
            "--headers",
            "zh",
            "--fields",
            "name,contact.phones,credit.limit,credit.rating,credit.terms,balance",
        ],
    );
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("姓名,电话,信用额度,信用等级,账期,欠款"));
    // The rating by its Chinese name from the config, which import reads back.
    assert_eq!(lines.next(), Some("张伟,+86 138 0013 8000,100000,优,60,1200"));

    let other = TestStore::new();
    let file = other.tmpdir().join("客户.csv");
    std::fs::write(
        &file,
        "客户名称,手机,信用额度,信用等级,账期\n华东贸易,13912345678,50000,良,45\n",
    )
    .unwrap();
    let out = other
        .cmd()
        .args(["import", "customers", "--format", "csv", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let c = other.show_json("华东贸易");
    assert_eq!(
        c["credit"],
        serde_json::json!({"limit": "50000", "rating": "B", "terms": 45})
    );
}

#[test]
fn purchases_on_account_come_back_through_an_entries_export() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    ok(
        &t,
        &[
            "log-purchase",
            &id,
            "--amount",
            "30000",
            "--date",
            "2026-09-01",
            "--ref",
            "SO-1042",
        ],
    );
    ok(&t, &["log-purchase", &id, "--amount", "80000", "--force"]);
    ok(&t, &["log-purchase", &id, "--amount", "880", "--paid"]);
    // A return quoting the order it refunds: a credit note, never taken for the order.
    ok(
        &t,
        &[
            "log-purchase",
            &id,
            "--refund",
            "--amount",
            "1000",
            "--ref",
            "SO-1042",
        ],
    );
    let owed = |who: &str| -> Vec<(Value, Value, Value)> {
        let c = t.show_json(who);
        c["transactions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| (x["amount"].clone(), x["due"].clone(), x["over_limit"].clone()))
            .collect()
    };
    let expected = owed(&id);
    assert_eq!(expected[0].1, "2026-10-01");
    assert_eq!(expected[1].2, true);

    // As NDJSON, with a key nothing takes: it is named, not dropped in silence.
    let other = t.add(&["--name", "王强", "--phone", "13700137000"]);
    let ndjson = ok(
        &t,
        &["export", "--entries", "transactions", "--format", "ndjson", &id],
    )
    .replace(&id, &other)
    .replace("\"amount\"", "\"bogus\":1,\"amount\"");
    let file = t.tmpdir().join("sales.ndjson");
    std::fs::write(&file, &ndjson).unwrap();
    let out = t.import_file(
        &["import", "transactions", "--format", "ndjson", "--match", "id"],
        &file,
        None,
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("keys not imported: bogus"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(owed(&other), expected, "due dates and the over-limit mark kept");
    let r = json(&t, &["report", "--receivables", "--format", "json"]);
    assert_eq!(r["total"], "218000", "both owe the same, the refund taken off");

    // As CSV: the due column comes back too.
    let third = t.add(&["--name", "赵敏", "--phone", "13600136000"]);
    let csv = ok(
        &t,
        &["export", "--entries", "transactions", "--format", "csv", &id],
    );
    assert!(csv.lines().next().unwrap().ends_with(",due,over_limit"), "{csv}");
    let file = t.tmpdir().join("sales.csv");
    std::fs::write(&file, csv.replace(&id, &third)).unwrap();
    ok(
        &t,
        &[
            "import",
            "transactions",
            "--format",
            "csv",
            "--match",
            "id",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(owed(&third), expected);

    // A due date before the purchase is refused, naming the line; the rest is taken.
    let file = t.tmpdir().join("bad.csv");
    std::fs::write(
        &file,
        format!(
            "customer,date,amount,due\n{third},2026-11-01,10,2026-10-01\n{third},2026-11-02,20,2026-12-02\n"
        ),
    )
    .unwrap();
    let out = t.import_file(
        &["import", "transactions", "--format", "csv", "--match", "id"],
        &file,
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("line 2: due: 2026-10-01 is before the purchase date 2026-11-01"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(owed(&third).len(), 5, "the good row is taken");
}

#[test]
fn a_date_after_today_is_taken_as_given_and_said() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    let (_, err) = ok_said(
        &t,
        &["log-payment", &id, "--amount", "10", "--date", "2027-01-01"],
    );
    assert!(
        err.contains("--date 2027-01-01 is after today (2026-11-22): recorded as given"),
        "{}",
        err
    );
    let out = t
        .cmd()
        .args(["log-payment", &id, "--amount", "10", "--date", "2026-11-21"])
        .output()
        .unwrap();
    assert!(!stderr_of(&out).contains("after today"), "{}", stderr_of(&out));
}

#[test]
fn payments_are_exported_one_row_each() {
    let t = TestStore::new();
    let id = customer_with_limit(&t);
    let purchase = entry_id(&ok(&t, &["log-purchase", &id, "--amount", "500"]));
    let paid = entry_id(&ok(
        &t,
        &[
            "log-payment",
            &id,
            "--amount",
            "200.50",
            "--method",
            "alipay",
            "--for",
            &purchase,
        ],
    ));
    let csv = ok(&t, &["export", "--entries", "payments", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("customer,id,date,amount,currency,for,method,ref,by")
    );
    let row = lines.next().unwrap();
    assert!(
        row.starts_with(&format!("{id},{paid},2026-11-22,200.50,CNY,{purchase},alipay,")),
        "{csv}"
    );
    assert_eq!(lines.next(), None);
}
