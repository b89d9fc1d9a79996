//! `import customers` on files as people's software writes them: the corpus under
//! `tests/data/import/` (made by its `make.py` with the real byte encodings): a GBK CSV
//! saved by Chinese Excel, Excel's UTF-16LE "Unicode text", an iPhone's vCard 3.0, an
//! Android phone's vCard 2.1, and another system's NDJSON.

use std::path::PathBuf;
use std::process::Output;

use serde_json::Value;

use crate::common::{TestStore, is_id, sorted_lines, stderr_of};

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(name)
}

/// `crmfile import customers --format FORMAT <corpus file> ARGS…`.
fn import(t: &TestStore, format: &str, file: &str, args: &[&str]) -> Output {
    t.cmd()
        .args(["import", "customers", "--format", format])
        .arg(corpus(file))
        .args(args)
        .output()
        .expect("run crmfile import")
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().expect("a string").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The ids an import printed, each a customer id.
fn ids_of(out: &Output) -> Vec<String> {
    let ids = sorted_lines(&out.stdout);
    assert!(ids.iter().all(|id| is_id(id)), "import printed {ids:?}");
    ids
}

#[test]
fn a_gbk_csv_from_chinese_excel_imports_companies_with_their_contact_people() {
    let t = TestStore::new();
    let out = import(&t, "csv", "customers-gbk.csv", &[]);
    let err = stderr_of(&out);
    // Row 4 has a phone number that is not one: reported by line, the others imported.
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("UTF-8"), "GBK was read as UTF-8: {err}");
    assert!(err.contains("line 4:") && err.contains("contact.phones"), "{err}");
    assert!(
        err.contains("3 new, 0 updated, 0 duplicate (skipped), 1 invalid"),
        "{err}"
    );
    assert!(err.contains("columns not imported: QQ群"), "{err}");
    assert_eq!(ids_of(&out).len(), 3);

    let star = t.show_json("北京星河科技有限公司");
    assert_eq!(star["name"], "北京星河科技有限公司");
    assert_eq!(star["company"], "北京星河科技有限公司");
    assert_eq!(star["kind"], "company");
    assert_eq!(
        crate::common::phones(&star["contact"]["phones"]),
        ["+86 138 0013 8000", "+86 10 8765 4321", "+86 10 8765 4322"]
    );
    assert_eq!(star["industry"], "软件");
    assert_eq!(star["region"], "北京市");
    assert_eq!(star["contact"]["address"], "北京市 海淀区中关村大街1号 100080");
    assert_eq!(star["class"]["tier"], "important");
    assert_eq!(star["preferences"]["notes"], "老客户\n年底回访");
    // 移动电话, 座机 and 传真 are the company's phones, each of its kind.
    assert_eq!(
        crate::common::phone_kinds(&star["contact"]["phones"]),
        ["mobile", "work", "fax"]
    );
    assert!(star["extra"].get("imported").is_none(), "{star}");
    assert_eq!(star["credit"]["limit"], "50000", "信用额度 is the credit limit");
    assert!(
        star.get("birthday").is_none(),
        "the birthday is the contact's: {star}"
    );
    let people = star["key_people"].as_array().expect("key people");
    assert_eq!(people.len(), 1);
    assert_eq!(people[0]["name"], "张伟");
    assert_eq!(people[0]["phone"], "13800138000");
    assert_eq!(people[0]["birthday"], "1982-03-05");
    assert!(people[0]["id"].as_str().unwrap().starts_with("p-"));

    let east = t.show_json("上海东方贸易有限公司");
    // The address already names the city: it is not written twice.
    assert_eq!(east["contact"]["address"], "上海市浦东新区世纪大道100号 200120");
    assert_eq!(east["class"]["tier"], "general");
    assert_eq!(east["key_people"][0]["birthday"], "1979-07-02");
    assert!(east.get("extra").is_none(), "empty cells are not kept: {east}");

    // An Excel serial day number in a date column.
    let hq = t.show_json("深圳华强电子");
    assert_eq!(hq["key_people"][0]["birthday"], "1982-03-05");
    assert_eq!(hq["class"]["tier"], "strategic");
    assert_eq!(hq["credit"]["limit"], "200000");
}

#[test]
fn a_dry_run_shows_every_columns_field_and_keep_unmapped_keeps_the_rest() {
    let t = TestStore::new();
    // In Chinese, what a field stands for is said in Chinese; the field names stay.
    let out = t
        .cmd()
        .args([
            "--lang",
            "zh-CN",
            "import",
            "customers",
            "--format",
            "csv",
            "--dry-run",
        ])
        .arg(corpus("customers-gbk.csv"))
        .output()
        .unwrap();
    let err = stderr_of(&out);
    for line in [
        "  客户名称 → name, company (类型为公司)",
        "  联系人 → key_people.name (公司的联系人)",
    ] {
        assert!(err.lines().any(|l| l == line), "no {line:?} in:\n{err}");
    }
    let out = import(&t, "csv", "customers-gbk.csv", &["--dry-run"]);
    let err = stderr_of(&out);
    for line in [
        "  客户名称 → name, company (kind = company)",
        "  联系人 → key_people.name (the company's contact person)",
        "  移动电话 → contact.phones.mobile",
        "  座机 → contact.phones.work",
        "  传真 → contact.phones.fax",
        "  所属行业 → industry",
        "  城市 → contact.address, region",
        "  客户等级 → class.tier",
        "  生日 → birthday",
        "  说明 → preferences.notes",
        "  QQ群 → (not imported)",
    ] {
        assert!(err.lines().any(|l| l == line), "no {line:?} in:\n{err}");
    }
    assert!(t.all_ids().is_empty(), "a dry run wrote records");

    let out = import(&t, "csv", "customers-gbk.csv", &["--keep-unmapped"]);
    let err = stderr_of(&out);
    assert!(err.contains("columns kept under extra.imported: QQ群"), "{err}");
    let star = t.show_json("北京星河科技有限公司");
    assert_eq!(star["extra"]["imported"]["QQ群"], "12345");
    // The kept columns pass validation: the record can still be changed.
    t.cmd()
        .args(["set", "北京星河科技有限公司", "title=采购部"])
        .assert()
        .success();
}

#[test]
fn gbk_read_as_utf8_on_request_names_the_encoding_and_the_flag() {
    let t = TestStore::new();
    let out = import(&t, "csv", "customers-gbk.csv", &["--encoding", "utf-8"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(err.contains("not valid UTF-8 text (line 1)"), "{err}");
    assert!(err.contains("--encoding"), "{err}");
    assert!(t.all_ids().is_empty());
    // Named as what it is, it imports.
    let out = import(&t, "csv", "customers-gbk.csv", &["--encoding", "gbk"]);
    assert!(stderr_of(&out).contains("3 new"), "{}", stderr_of(&out));
}

#[test]
fn a_short_gbk_file_is_read_with_a_hint_about_the_encoding() {
    let t = TestStore::new();
    let path = t.root().join("short.csv");
    // 名,手机 / 张三,13800138000 in GBK: too little text for a sure guess.
    std::fs::write(
        &path,
        b"\xc3\xfb,\xca\xd6\xbb\xfa\r\n\xd5\xc5\xc8\xfd,13800138000\r\n",
    )
    .unwrap();
    let out = t.import_file(&["import", "customers", "--format", "csv"], &path, None);
    let err = stderr_of(&out);
    assert!(err.contains("--encoding"), "{err}");
}

#[test]
fn excel_unicode_text_utf16_with_tabs_imports() {
    let t = TestStore::new();
    let out = import(&t, "csv", "customers-utf16le.txt", &[]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(ids_of(&out).len(), 2);
    let chen = t.show_json("陈静");
    assert_eq!(chen["name"], "陈静");
    assert_eq!(chen["kind"], "person");
    assert_eq!(
        crate::common::phones(&chen["contact"]["phones"]),
        ["+86 136 0000 1111"]
    );
    assert_eq!(strs(&chen["contact"]["emails"]), ["chen.jing@example.cn"]);
    assert_eq!(chen["company"], "杭州西湖茶业");
    assert_eq!(chen["title"], "经理");
    assert_eq!(chen["birthday"], "1990-12-01");
    assert_eq!(chen["contact"]["address"], "杭州市西湖区龙井路1号");
    let liu = t.show_json("刘洋");
    assert_eq!(liu["birthday"], "1985-06-15");
    assert_eq!(liu["company"], "成都天府软件");
    assert!(liu["contact"].get("emails").is_none(), "{liu}");
}

#[test]
fn an_iphone_vcard_with_item_groups_keeps_grouped_phones_emails_and_addresses() {
    let t = TestStore::new();
    let out = import(&t, "vcard", "contacts-ios.vcf", &[]);
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("1 photo in the cards was skipped"), "{err}");
    assert_eq!(ids_of(&out).len(), 2);
    let sun = t.show_json("孙丽");
    assert_eq!(sun["company"], "苏州园林设计院");
    assert_eq!(sun["title"], "总监");
    assert_eq!(
        crate::common::phones(&sun["contact"]["phones"]),
        ["+86 138 0013 9000", "+86 512 6543 2100"]
    );
    // The labels say the kinds: _$!<Mobile>!$_ and 公司 (work).
    assert_eq!(
        crate::common::phone_kinds(&sun["contact"]["phones"]),
        ["mobile", "work"]
    );
    assert_eq!(strs(&sun["contact"]["emails"]), ["sun.li@example.cn"]);
    assert_eq!(sun["contact"]["address"], "姑苏区人民路1号 苏州 江苏 215000 中国");
    assert_eq!(sun["birthday"], "1988-08-08");
    assert_eq!(sun["preferences"]["notes"], "喜欢喝茶\n周五下午方便");
    assert_eq!(sun["contact"]["qq"], "88886666");
    // What import cannot keep is named, not dropped without a word.
    assert!(
        err.contains("card properties not imported: BDAY (no year: crmfile keeps whole dates) ×1, URL ×1"),
        "{err}"
    );
    // A labelled iOS date is a yearly date of the customer's.
    assert_eq!(sun["dates"][0]["label"], "anniversary");
    assert_eq!(sun["dates"][0]["date"], "2015-09-10");
    assert!(sun["dates"][0]["id"].as_str().unwrap().starts_with("d-"));
    let david = t.show_json("David Wong");
    assert_eq!(strs(&david["contact"]["emails"]), ["david.wong@example.hk"]);
    assert_eq!(
        crate::common::phones(&david["contact"]["phones"]),
        ["+852 9123 4567"]
    );
    // iOS writes a birthday without a year as 1604: not a date to keep.
    assert!(david.get("birthday").is_none(), "{david}");
}

#[test]
fn an_android_vcard_2_1_with_quoted_printable_names_imports() {
    let t = TestStore::new();
    let out = import(&t, "vcard", "contacts-android21.vcf", &[]);
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("1 photo in the cards was skipped"), "{err}");
    assert_eq!(ids_of(&out).len(), 2);
    let ouyang = t.show_json("欧阳建国");
    assert_eq!(ouyang["name"], "欧阳建国");
    assert_eq!(ouyang["company"], "广州白云机电");
    assert_eq!(
        crate::common::phones(&ouyang["contact"]["phones"]),
        ["+86 138 0013 7000", "+86 20 1234 5678"]
    );
    // vCard 2.1's bare types: TEL;CELL and TEL;WORK;VOICE.
    assert_eq!(
        crate::common::phone_kinds(&ouyang["contact"]["phones"]),
        ["mobile", "work"]
    );
    assert_eq!(strs(&ouyang["contact"]["emails"]), ["ouyang@example.cn"]);
    assert_eq!(ouyang["preferences"]["notes"], "展会认识，对电机感兴趣");
    let he = t.show_json("何敏");
    assert_eq!(
        crate::common::phones(&he["contact"]["phones"]),
        ["+86 139 0000 7777"]
    );
}

#[test]
fn a_vcard_export_carries_notes_and_imports_back() {
    let t = TestStore::new();
    let out = import(&t, "vcard", "contacts-ios.vcf", &[]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let vcf = t.cmd().args(["export", "--format", "vcard"]).output().unwrap();
    let text = String::from_utf8(vcf.stdout).unwrap();
    assert!(text.contains("NOTE:喜欢喝茶\\n周五下午方便\r\n"), "{text}");
    let fresh = TestStore::new();
    let out = fresh
        .cmd()
        .args(["import", "customers", "--format", "vcard", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        fresh.show_json("孙丽")["preferences"]["notes"],
        "喜欢喝茶\n周五下午方便"
    );
}

#[test]
fn ndjson_entries_without_ids_get_new_ones_and_a_bad_line_names_the_field() {
    let t = TestStore::new();
    let out = import(&t, "ndjson", "customers-other-system.ndjson", &[]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let bad: Vec<&str> = err.lines().filter(|l| l.starts_with("error: line")).collect();
    assert_eq!(bad.len(), 1, "{err}");
    assert!(
        bad[0].starts_with("error: line 3: transactions[0].amount: "),
        "{err}"
    );
    assert!(
        err.contains("2 new, 0 updated, 0 duplicate (skipped), 1 invalid"),
        "{err}"
    );

    let zhou = t.show_json("周杰");
    assert_eq!(zhou["company"], "重庆火锅连锁");
    let tx = &zhou["transactions"][0];
    assert!(tx["id"].as_str().unwrap().starts_with("t-"), "{tx}");
    assert_eq!(tx["amount"], "25800.00");
    assert_eq!(tx["product"], "冷柜");
    assert_eq!(tx["quantity"], 2);
    assert!(zhou["contacts"][0]["id"].as_str().unwrap().starts_with("k-"));
    assert_eq!(zhou["contacts"][0]["summary"], "询价");
    assert!(zhou["feedback"][0]["id"].as_str().unwrap().starts_with("f-"));
    assert_eq!(zhou["feedback"][0]["status"], "open");
    let wu = t.show_json("吴敏");
    assert_eq!(wu["key_people"][0]["name"], "吴强");
    assert!(wu["key_people"][0]["id"].as_str().unwrap().starts_with("p-"));
}

#[test]
fn transactions_with_chinese_excel_dates_import() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--ref", "ERP-1"]);
    let path = t.root().join("orders.csv");
    let gbk = gbk(
        "客户编号,日期,金额,产品\r\nERP-1,2026/3/5,100.00,冷柜\r\nERP-1,2026年3月6日,200,冰箱\r\nERP-1,46091,1,x\r\n",
    );
    std::fs::write(&path, gbk).unwrap();
    let out = t.import_file(&["import", "transactions", "--format", "csv"], &path, None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let zhang = t.show_json("张伟");
    let dates: Vec<&str> = zhang["transactions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-03-05", "2026-03-06", "2026-03-10"]);
}

/// GBK bytes of `text`, by Python as a second opinion on the encoding.
fn gbk(text: &str) -> Vec<u8> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys; sys.stdout.buffer.write(sys.stdin.read().encode('gbk'))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(text.as_bytes())?;
            child.wait_with_output()
        })
        .expect("python3 encodes GBK");
    out.stdout
}

#[test]
fn remind_json_with_nothing_due_is_an_empty_list_and_ndjson_is_empty() {
    let t = TestStore::new();
    let json = t.cmd().args(["remind", "--format", "json"]).output().unwrap();
    assert!(json.status.success());
    assert_eq!(String::from_utf8(json.stdout).unwrap(), "[]\n");
    let ndjson = t.cmd().args(["remind", "--format", "ndjson"]).output().unwrap();
    assert!(ndjson.status.success());
    assert!(ndjson.stdout.is_empty());
    for args in [
        &["find", "--format", "json"][..],
        &["export", "--format", "json"][..],
    ] {
        let out = t.cmd().args(args).output().unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), "[]\n", "{args:?}");
    }
}

#[test]
fn a_transaction_line_that_is_not_json_says_so_with_its_line() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--ref", "ERP-1"]);
    let input = "{\"customer\":\"ERP-1\",\"date\":\"2026-03-05\",\"amount\":\"10\"}\n{\"ref\": \"ERP-1\",\n";
    let out = t
        .cmd()
        .args(["import", "transactions", "--format", "ndjson", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(err.contains("line 2: not a JSON object: "), "{err}");
    assert_eq!(t.show_json("张伟")["transactions"].as_array().unwrap().len(), 1);
}

#[test]
fn an_order_file_imported_twice_adds_each_purchase_once() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--ref", "ERP-1"]);
    t.add(&["--name", "李娜", "--ref", "ERP-2"]);
    let path = t.root().join("orders.csv");
    // Order numbers for two rows; the third has none and is known by its values. The last
    // row repeats an order of the same file.
    std::fs::write(
        &path,
        "客户编号,订单号,日期,产品,数量,金额\n\
         ERP-1,SO-1001,2026-03-05,冷柜,1,100.00\n\
         ERP-2,SO-1002,2026-03-06,冰箱,2,200.00\n\
         ERP-1,,2026-03-07,货架,3,300.00\n\
         ERP-2,SO-1002,2026-03-06,冰箱,2,200.00\n",
    )
    .unwrap();
    let import = || {
        let out = t.import_file(&["import", "transactions", "--format", "csv"], &path, None);
        assert!(out.status.success(), "{}", stderr_of(&out));
        stderr_of(&out)
    };
    let first = import();
    assert!(first.contains("1 purchase(s) already recorded"), "{first}");
    let count = |name: &str| t.show_json(name)["transactions"].as_array().unwrap().len();
    assert_eq!((count("张伟"), count("李娜")), (2, 1));
    let again = import();
    assert!(again.contains("4 purchase(s) already recorded"), "{again}");
    assert_eq!((count("张伟"), count("李娜")), (2, 1));
    // The same order number with other values is still the same order.
    std::fs::write(&path, "客户编号,订单号,日期,金额\nERP-1,SO-1001,2026-03-09,999\n").unwrap();
    import();
    assert_eq!(count("张伟"), 2);
    // Without an order number, two equal rows are two purchases (a coffee bought twice
    // that day); imported again, they add nothing.
    std::fs::write(
        &path,
        "客户编号,日期,产品,数量,金额\nERP-2,2026-05-05,咖啡,1,30\nERP-2,2026-05-05,咖啡,1,30\n",
    )
    .unwrap();
    let first = import();
    assert!(!first.contains("already recorded"), "{first}");
    assert_eq!(count("李娜"), 3);
    let again = import();
    assert!(again.contains("2 purchase(s) already recorded"), "{again}");
    assert_eq!(count("李娜"), 3);
}

#[test]
fn what_was_not_imported_goes_to_a_rejects_file_to_fix_and_import_again() {
    let t = TestStore::new();
    let rejects = t.tmpdir().join("未导入.csv");
    let out = import(
        &t,
        "csv",
        "customers-gbk.csv",
        &["--rejects", rejects.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("1 not imported, with the reason"),
        "{}",
        stderr_of(&out)
    );
    let text = std::fs::read_to_string(&rejects).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a BOM, for Excel");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header.first().map(String::as_str),
        Some("客户名称"),
        "the original header, decoded"
    );
    assert_eq!(header.last().map(String::as_str), Some("reason"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert!(rows[0][header.len() - 1].contains("contact.phones"), "{text}");

    // Fixed by hand (the phone) and imported again: the reason column is left out.
    let phone = header
        .iter()
        .position(|h| h == "移动电话")
        .expect("the phone column");
    let mut fixed = csv::Writer::from_writer(Vec::new());
    fixed.write_record(&header[..header.len() - 1]).unwrap();
    let mut row: Vec<String> = rows[0].iter().map(String::from).collect();
    row.pop();
    row[phone] = "13700137000".into();
    fixed.write_record(&row).unwrap();
    let again = t.tmpdir().join("fixed.csv");
    std::fs::write(&again, fixed.into_inner().unwrap()).unwrap();
    let out = t
        .cmd()
        .args(["import", "customers", "--format", "csv", "--rejects"])
        .arg(&rejects)
        .arg(&again)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(t.all_ids().len(), 4);
    // The same again: a duplicate now, listed with the record it duplicates.
    let out = t
        .cmd()
        .args(["import", "customers", "--format", "csv", "--rejects"])
        .arg(&rejects)
        .arg(&again)
        .output()
        .unwrap();
    assert!(out.status.success(), "skipping a duplicate is no failure");
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert!(text.contains("likely the same customer as c-"), "{text}");
    // Never inside the store.
    let inside = t.store().join("rejects.csv");
    let out = import(
        &t,
        "csv",
        "customers-gbk.csv",
        &["--rejects", inside.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!inside.exists());
}

/// A CSV typed or cut by hand in Excel: a row cut short and a blank row of commas. The
/// short row is read as far as it goes (and said), the blank one skipped; every customer
/// comes in. A row with text past the header (a comma not in quotes moves every later
/// cell) is refused with its line, and nothing is imported.
#[test]
fn rows_of_another_length_and_blank_rows_do_not_stop_an_import() {
    let t = TestStore::new();
    let write = |text: &str| {
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        let file = t.tmpdir().join("客户.csv");
        std::fs::write(&file, &gbk).unwrap();
        t.cmd()
            .args(["--lang", "zh-CN", "import", "customers", "--format", "csv"])
            .arg(&file)
            .output()
            .unwrap()
    };
    let out = write(
        "姓名,手机,公司,生日\r\n张三,13812340001,甲公司,1980-01-01\r\n李四,13812340002\r\n,,,\r\n\r\n王五,13812340003,乙公司,1981-02-02\r\n",
    );
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(ids_of(&out).len(), 3, "{err}");
    assert!(err.contains("（第 3 行）"), "the short row is named: {err}");
    let li = t.show_json("李四");
    assert!(li.get("company").is_none(), "{li}");
    assert_eq!(t.show_json("王五")["company"], "乙公司");

    let out = write("姓名,公司,地址\r\n赵敏,北京星河, 朝阳分公司,北京\r\n钱七,丙公司,上海\r\n");
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("第 2 行") && err.contains("未加引号的逗号"), "{err}");
    assert!(out.stdout.is_empty(), "nothing imported: {err}");
    let found = t
        .cmd()
        .args(["find", "钱七", "--format", "ids"])
        .output()
        .unwrap();
    assert!(found.stdout.is_empty(), "nothing imported");
}

#[test]
fn another_systems_ndjson_imported_again_adds_no_purchase_twice() {
    let t = TestStore::new();
    let file = t.tmpdir().join("crm.ndjson");
    std::fs::write(
        &file,
        concat!(
            r#"{"name":"钱九","contact":{"phones":["13855550009"]},"transactions":[{"date":"2024-01-02","amount":"0.10","product":"A","currency":"CNY"}],"#,
            r#""contacts":[{"at":"2024-01-03T10:00:00+08:00","channel":"phone","summary":"回访"}]}"#,
            "\n"
        ),
    )
    .unwrap();
    for _ in 0..3 {
        let out = t.import_file(
            &[
                "import",
                "customers",
                "--format",
                "ndjson",
                "--on-duplicate",
                "update",
            ],
            &file,
            None,
        );
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    let id = t.all_ids().pop().unwrap();
    let c = t.show_json(&id);
    assert_eq!(c["transactions"].as_array().unwrap().len(), 1, "{c}");
    assert_eq!(c["contacts"].as_array().unwrap().len(), 1, "{c}");
}

#[test]
fn a_json_export_imports_into_another_store() {
    let from = TestStore::new();
    let a = from.add(&[
        "--name",
        "张伟",
        "--phone",
        "13800138000",
        "--company",
        "星河科技",
    ]);
    from.cmd()
        .args(["log-purchase", &a, "--amount", "100", "--date", "2026-11-01"])
        .assert()
        .success();
    from.add(&["--name", "李娜", "--phone", "13900139000"]);
    let out = from.cmd().args(["export", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let to = TestStore::new();
    let file = to.tmpdir().join("export.json");
    std::fs::write(&file, &out.stdout).unwrap();
    let out = to.import_file(&["import", "customers"], &file, None);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("2 new"), "{}", stderr_of(&out));
    let zhang = to.show_json("张伟");
    assert_eq!(zhang["company"], "星河科技");
    assert_eq!(zhang["transactions"].as_array().unwrap().len(), 1);
    // A file that starts as a list but is cut short is named, nothing imported.
    std::fs::write(&file, "[{\"name\":\"x\"},").unwrap();
    let out = to.import_file(&["import", "customers"], &file, None);
    assert!(!out.status.success());
    assert!(stderr_of(&out).contains("not valid JSON"), "{}", stderr_of(&out));
}

#[test]
fn an_ndjson_line_not_taken_says_which_field_is_wrong() {
    let t = TestStore::new();
    let file = t.tmpdir().join("crm.ndjson");
    std::fs::write(
        &file,
        "{\"name\":\"好\",\"contact\":{\"phones\":[\"13800138000\"]}}\n{\"name\":\"坏\",\"contact\":{\"phones\":[\"12345\"]}}\n",
    )
    .unwrap();
    let rejects = t.tmpdir().join("rejects.ndjson");
    let out = t.import_file(&["import", "customers"], &file, Some(&rejects));
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.contains("line 2") && err.contains("contact.phones"), "{err}");
    // The rejects file holds the line as it was, to mend and import again.
    let listed = std::fs::read_to_string(&rejects).unwrap();
    assert!(listed.contains("\"坏\""), "{listed}");
}

#[test]
fn a_purchase_for_an_unknown_phone_is_named_without_the_whole_number() {
    let t = TestStore::new();
    t.add(&["--name", "张伟", "--phone", "13800138000"]);
    let file = t.tmpdir().join("orders.csv");
    std::fs::write(&file, "手机,日期,金额\n13899999999,2026-05-05,30\n").unwrap();
    let out = t.import_file(&["import", "transactions", "--match", "phone"], &file, None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.contains("no customer with phone"), "{err}");
    assert!(
        !err.contains("13899999999") && !err.contains("8613899999999"),
        "{err}"
    );
}
