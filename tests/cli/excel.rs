//! Excel workbooks in and out: `import customers|transactions FILE.xlsx` on a workbook
//! written by openpyxl (`tests/data/import/make.py`, a writer independent of crmfile's),
//! `export --format xlsx` read back by openpyxl, a round trip through a workbook with
//! Chinese headers, `--rejects FILE.xlsx`, and `--match company`.

use std::path::PathBuf;

use serde_json::Value;

use crate::common::{TestStore, python_json, python_with, sorted_lines, stderr_of, stdout_of};

fn workbook() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/customers-excel.xlsx")
}

/// `crmfile ARGS… FILE`, its output.
/// 王芳 of 东方贸易, the one customer of her company.
fn wang_fang(t: &TestStore) -> String {
    t.add(&[
        "--name",
        "王芳",
        "--company",
        "东方贸易",
        "--phone",
        "13700137000",
    ])
}

fn csv_export(t: &TestStore) -> String {
    let out = t.cmd().args(["export", "--format", "csv"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    stdout_of(&out)
}

#[test]
fn a_chinese_excel_workbook_imports_without_a_format_flag() {
    let t = TestStore::new();
    let rejects = t.tmpdir().join("未导入.xlsx");
    let out = t
        .cmd()
        .args(["import", "customers"])
        .arg(workbook())
        .arg("--rejects")
        .arg(&rejects)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    // 广州南方物流's phone `12` is not one: reported by its row, the others imported.
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(sorted_lines(&out.stdout).len(), 3, "{err}");
    assert!(err.contains("reading sheet `客户`, the first of 2"), "{err}");
    assert!(err.contains("row(s) 1 above the header (row 3)"), "{err}");
    assert!(err.contains("row 7: contact.phones"), "{err}");
    assert!(
        err.contains("3 new, 0 updated, 0 duplicate (skipped), 1 invalid"),
        "{err}"
    );
    assert!(
        err.contains("not imported, by reason: contact.phones.mobile ×1"),
        "{err}"
    );

    let star = t.show_json("北京星河科技有限公司");
    assert_eq!(star["kind"], "company");
    // A phone typed as a number in Excel reads as its digits, not 1.38E+10.
    // 手机 and 座机 keep their kinds; both are written one way.
    assert_eq!(
        crate::common::phones(&star["contact"]["phones"]),
        ["+86 138 0013 8000", "+86 10 8765 4321"]
    );
    assert_eq!(
        crate::common::phone_kinds(&star["contact"]["phones"]),
        ["mobile", "work"]
    );
    assert_eq!(star["credit"]["limit"], "50000");
    assert_eq!(star["industry"], "软件");
    assert_eq!(star["preferences"]["notes"], "老客户");
    // A date cell shown 1982/3/5 is the contact person's birthday.
    assert_eq!(star["key_people"][0]["name"], "张伟");
    assert_eq!(star["key_people"][0]["birthday"], "1982-03-05");
    let east = t.show_json("上海东方贸易有限公司");
    assert_eq!(
        east["key_people"][0]["birthday"], "1979-07-02",
        "typed 1979年7月2日"
    );
    let south = t.show_json("深圳华强电子");
    assert_eq!(south["credit"]["limit"], "200000.5");
    assert_eq!(
        south["preferences"]["notes"], "=SUM(1,2)",
        "a text cell that looks like a formula is kept as the text it is"
    );

    // The row not taken is in the rejects workbook, as it was, with the reason.
    assert!(python_with("openpyxl"));
    let rows = python_json(
        "import io, json, sys, openpyxl\n\
         ws = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()), read_only=True).active\n\
         print(json.dumps([[c if c is None or isinstance(c, str) else str(c) for c in r] for r in ws.iter_rows(values_only=True)]))",
        &std::fs::read(&rejects).unwrap(),
    );
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0][0], "客户名称");
    assert_eq!(rows[0][9], "reason");
    assert_eq!(rows[1][0], "广州南方物流");
    assert_eq!(rows[1][2], "12");
    assert!(
        rows[1][9].as_str().unwrap().starts_with("contact.phones"),
        "{rows:?}"
    );
}

#[test]
fn orders_on_a_second_sheet_import_by_company_once() {
    let t = TestStore::new();
    t.cmd()
        .args(["import", "customers"])
        .arg(workbook())
        .output()
        .unwrap();
    let orders = |t: &TestStore| {
        t.cmd()
            .args(["import", "transactions", "--sheet", "订单", "--match", "company"])
            .arg(workbook())
            .output()
            .unwrap()
    };
    let out = orders(&t);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("no customer with company `杭州未知公司`"), "{err}");
    assert!(
        err.contains("imported 2 transactions for 2 customers, 1 rows not imported"),
        "{err}"
    );
    let star = t.show_json("北京星河科技有限公司");
    let tx = &star["transactions"][0];
    assert_eq!(tx["date"], "2026-10-08", "a date cell");
    assert_eq!(tx["amount"], "25800.5");
    assert_eq!(tx["quantity"], 2);
    assert_eq!(tx["ref"], "SO-1001");
    assert_eq!(
        t.show_json("上海东方贸易有限公司")["transactions"][0]["date"],
        "2026-11-02"
    );
    // The same workbook again adds nothing.
    let again = stderr_of(&orders(&t));
    assert!(again.contains("2 purchase(s) already recorded"), "{again}");
    assert!(
        again.contains("imported 0 transactions for 0 customers"),
        "the summary counts what was added: {again}"
    );
    assert_eq!(
        t.show_json("北京星河科技有限公司")["transactions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // A sheet that is not there names the ones that are.
    let out = t
        .cmd()
        .args(["import", "transactions", "--sheet", "订货"])
        .arg(workbook())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("no sheet named `订货`; its sheets: 客户, 订单"));
}

#[test]
fn a_company_several_customers_share_names_none_of_them() {
    let t = TestStore::new();
    t.add(&[
        "--name",
        "张伟",
        "--company",
        "星河科技",
        "--phone",
        "13800138000",
    ]);
    t.add(&[
        "--name",
        "李娜",
        "--company",
        "星河科技",
        "--phone",
        "13900139000",
    ]);
    let only = wang_fang(&t);
    let file = t.tmpdir().join("orders.csv");
    std::fs::write(
        &file,
        "公司名称,日期,金额\n星河科技,2026-11-01,100\n东方 贸易,2026-11-02,200\n",
    )
    .unwrap();
    let out = t.import_file(&["import", "transactions", "--match", "company"], &file, None);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("line 2: 2 customers have this company"), "{err}");
    // A space between Chinese characters is no part of a name: 东方 贸易 is 东方贸易.
    assert_eq!(t.show_json(&only)["transactions"][0]["amount"], "200");

    std::fs::write(&file, "公司名称,日期,金额\n东方贸易,2026-11-02,200\n").unwrap();
    let out = t.import_file(&["import", "transactions", "--match", "company"], &file, None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let tx = t.show_json(&only)["transactions"].clone();
    assert_eq!(tx.as_array().map(Vec::len), Some(1), "already recorded: {tx}");
}

#[test]
fn an_xlsx_export_reads_in_an_independent_parser_and_imports_back() {
    let t = TestStore::new();
    let id = t.add(&[
        "--name",
        "=HYPERLINK(\"http://x/\"&A1,\"click\")",
        "--company",
        "星河科技",
        "--phone",
        "+86 138 0013 8000",
        "--tag",
        "vip",
    ]);
    t.add(&[
        "--name",
        "王芳",
        "--phone",
        "13900139000",
        "--birthday",
        "1979-07-02",
    ]);
    t.cmd().args(["set", &id, "credit.limit=10万"]).assert().success();
    t.cmd()
        .args(["log-purchase", &id, "--amount", "25800.50", "--product", "R740"])
        .assert()
        .success();

    let out = t
        .cmd()
        .args(["export", "--format", "xlsx", "--headers", "zh"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(out.stdout.starts_with(b"PK"), "a workbook is a zip file");
    assert!(python_with("openpyxl"));
    let sheet = python_json(
        "import io, json, sys, openpyxl\n\
         wb = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()))\n\
         ws = wb.active\n\
         print(json.dumps({'title': ws.title, 'rows': [[{'v': c.value if c.value is None or isinstance(c.value, (str, int, float)) else str(c.value), 't': c.data_type} for c in r] for r in ws.iter_rows()]}))",
        &out.stdout,
    );
    assert_eq!(sheet["title"], "客户", "named in the language of its headers");
    let rows = sheet["rows"].as_array().unwrap();
    let header: Vec<&str> = rows[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["v"].as_str().unwrap())
        .collect();
    assert_eq!(&header[..3], ["客户ID", "姓名", "类型"]);
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let row = rows[1..]
        .iter()
        .find(|r| r[0]["v"] == id.as_str())
        .expect("the customer's row");
    // The formula-looking name is a text cell, never a formula.
    assert_eq!(row[col("姓名")]["t"], "s");
    assert_eq!(row[col("姓名")]["v"], "=HYPERLINK(\"http://x/\"&A1,\"click\")");
    // A phone stays text with its +; the credit limit is a number Excel can sum.
    assert_eq!(row[col("电话")]["t"], "s");
    assert_eq!(row[col("电话")]["v"], "+86 138 0013 8000");
    assert_eq!(row[col("信用额度")]["t"], "n");
    assert_eq!(row[col("信用额度")]["v"], 100000);
    assert_eq!(row[col("类型")]["v"], "个人", "enumerations in Chinese too");

    // Read back into another store: the same records.
    let book = t.tmpdir().join("客户.xlsx");
    std::fs::write(&book, &out.stdout).unwrap();
    let copy = TestStore::new();
    let out = copy.import_file(&["import", "customers"], &book, None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let (a, b) = (csv_export(&t), csv_export(&copy));
    let strip = |s: &str| -> Vec<String> {
        // created/updated are the import's own stamps.
        s.lines()
            .map(|l| l.rsplitn(3, ',').nth(2).unwrap_or(l).to_string())
            .collect()
    };
    assert_eq!(strip(&a), strip(&b));

    // Entries export to a workbook; its amounts are numbers and it imports back by id.
    let out = t
        .cmd()
        .args(["export", "--entries", "transactions", "--format", "xlsx"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let entries = t.tmpdir().join("sales.xlsx");
    std::fs::write(&entries, &out.stdout).unwrap();
    let out = copy.import_file(&["import", "transactions"], &entries, None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let tx_a = &t.show_json(&id)["transactions"];
    let tx_b = &copy.show_json(&id)["transactions"];
    assert_eq!(tx_a[0]["id"], tx_b[0]["id"], "the entry keeps its id");
    assert_eq!(tx_b[0]["amount"], "25800.5");
    assert_eq!(tx_b[0]["product"], "R740");
}

#[test]
fn a_file_that_is_not_a_workbook_is_refused_naming_it() {
    let t = TestStore::new();
    let file = t.tmpdir().join("客户.xlsx");
    std::fs::write(&file, "姓名,手机\n王芳,13800138000\n").unwrap();
    let out = t.import_file(&["import", "customers"], &file, None);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot read") && err.contains("客户.xlsx"), "{err}");
    assert!(err.contains("--format csv"), "{err}");
    assert!(t.all_ids().is_empty());
    // A name the format cannot be told from asks for --format.
    let file = t.tmpdir().join("客户");
    std::fs::write(&file, "姓名,手机\n王芳,13800138000\n").unwrap();
    let out = t.import_file(&["import", "customers"], &file, None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("--format"));
}

#[test]
fn text_under_no_header_is_reported_not_dropped() {
    let t = TestStore::new();
    wang_fang(&t);
    let file = t.tmpdir().join("orders.csv");
    std::fs::write(&file, "公司名称,日期,金额,\n东方贸易,2026-11-02,200,记得开发票\n").unwrap();
    let out = t.import_file(&["import", "transactions", "--match", "company"], &file, None);
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("1 row(s) have text in columns without a header") && err.contains("rows 2"),
        "{err}"
    );
}

#[test]
fn a_birthday_without_its_year_is_listed_not_given_one() {
    let t = TestStore::new();
    // What Chinese Excel writes for an `m月d日` date cell, in GBK.
    let text = "姓名,手机,生日\r\n张三,13800138000,3月5日\r\n李四,13900139000,1985年3月5日\r\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    let file = t.tmpdir().join("客户.csv");
    std::fs::write(&file, &gbk).unwrap();
    let rejects = t.tmpdir().join("rejects.csv");
    let out = t.import_file(&["import", "customers"], &file, Some(&rejects));
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let listed = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        listed.contains("张三") && listed.contains("needs its year"),
        "{listed}"
    );
    let out = t.cmd().args(["find", "--format", "json"]).output().unwrap();
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["birthday"], "1985-03-05");
}

#[test]
fn a_total_line_is_listed_not_made_a_customer() {
    let t = TestStore::new();
    let text = "姓名,手机,金额\r\n张三,13800138000,100\r\n李四,13900139000,200\r\n合计：,,300\r\n";
    let file = t.tmpdir().join("客户.csv");
    std::fs::write(&file, text).unwrap();
    let rejects = t.tmpdir().join("rejects.csv");
    let out = t.import_file(&["import", "customers"], &file, Some(&rejects));
    // Left out and said, but no mistake: the import succeeds.
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("line 4: a total line of the sheet, not a customer"),
        "{}",
        stderr_of(&out)
    );
    assert!(stderr_of(&out).contains("2 new, 0 updated, 0 duplicate (skipped), 0 invalid"));
    let listed = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        listed.contains("合计") && listed.contains("total line"),
        "{listed}"
    );
    let out = t.cmd().args(["find", "--format", "ids"]).output().unwrap();
    assert_eq!(stdout_of(&out).lines().count(), 2, "{}", stdout_of(&out));
}

#[test]
fn an_update_names_the_fields_whose_values_it_did_not_take() {
    let t = TestStore::new();
    let file = t.tmpdir().join("客户.csv");
    std::fs::write(
        &file,
        "姓名,手机,公司,备注,生日,职务\r\n陈一,13811110001,甲公司,第一行备注,,\r\n陈一,13811110001,乙公司,第二行备注不同,1980-01-01,经理\r\n",
    )
    .unwrap();
    let out = t.import_file(&["import", "customers", "--on-duplicate", "update"], &file, None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    // The empty fields are filled; the differing ones are named, not dropped unsaid.
    assert!(
        err.contains("line 3: ") && err.contains("kept its own company, preferences.notes"),
        "{err}"
    );
    assert!(err.contains("1 line(s) held values that differ"), "{err}");
    assert!(!err.contains("乙公司"), "values are not printed: {err}");
    let out = t.cmd().args(["find", "--format", "json"]).output().unwrap();
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found[0]["company"], "甲公司");
    assert_eq!(found[0]["birthday"], "1980-01-01");
    assert_eq!(found[0]["title"], "经理");
}

#[test]
fn a_second_phone_column_adds_a_second_phone() {
    let t = TestStore::new();
    let file = t.tmpdir().join("客户.csv");
    std::fs::write(
        &file,
        "姓名,手机,手机2,电话1\r\n张三,13800138000,13900139000,010-62751234\r\n",
    )
    .unwrap();
    let out = t.cmd().args(["import", "customers"]).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let c = t.show_json("张三");
    let phones: Vec<&str> = c["contact"]["phones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().or_else(|| p["number"].as_str()).unwrap())
        .collect();
    assert_eq!(phones.len(), 3, "{c}");
}

#[test]
fn a_map_that_cannot_apply_is_a_usage_error_before_anything_is_read() {
    let t = TestStore::new();
    let file = t.tmpdir().join("客户.csv");
    std::fs::write(&file, "姓名,手机二\r\n张三,13800138000\r\n").unwrap();
    for (map, says) in [
        ("手机2=contact.phones", "no column 手机2"),
        ("手机二=contact.phone", "contact.phone is no field"),
    ] {
        let out = t.import_file(&["import", "customers", "--map", map], &file, None);
        assert_eq!(out.status.code(), Some(2), "{map}: {}", stderr_of(&out));
        assert!(stderr_of(&out).contains(says), "{map}: {}", stderr_of(&out));
    }
    let ndjson = t.tmpdir().join("crm.ndjson");
    std::fs::write(&ndjson, "{\"name\":\"x\"}\n").unwrap();
    let out = t.import_file(&["import", "customers", "--map", "a=name"], &ndjson, None);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let out = t.cmd().args(["find", "--format", "ids"]).output().unwrap();
    assert!(stdout_of(&out).is_empty());
    // The right map takes the column.
    let out = t.import_file(
        &["import", "customers", "--map", "手机二=contact.phones"],
        &file,
        None,
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
}

#[test]
fn a_title_row_above_a_csv_header_is_skipped_and_said() {
    let t = TestStore::new();
    let text = "2024年客户名单,,,\r\n,,,\r\n姓名,手机,公司,备注\r\n张三,13800138000,甲公司,\r\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    let file = t.tmpdir().join("客户.csv");
    std::fs::write(&file, &gbk).unwrap();
    let out = t.cmd().args(["import", "customers"]).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("row(s) 1"), "{}", stderr_of(&out));
    assert_eq!(t.show_json("张三")["company"], "甲公司");
}
