//! Phone numbers with their kinds (手机, 电话(公), 电话(家), 传真): typed, set, shown,
//! exported and imported back; older records with plain numbers read and upgraded.

use serde_json::{Value, json};

use crate::common::{
    NOW, TestStore, phone_kinds, phones, python_json, python_with, rage, stderr_of, stdout_of,
};

fn run(t: &TestStore, args: &[&str]) -> std::process::Output {
    t.cmd().args(args).output().expect("run crmfile")
}

/// A fresh store with `text` imported from a file named `file`.
fn imported_into_fresh(file: &str, text: &str) -> TestStore {
    let other = TestStore::new();
    let path = other.tmpdir().join(file);
    std::fs::write(&path, text).unwrap();
    let out = other
        .cmd()
        .args(["import", "customers"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    other
}

#[test]
fn kinds_are_typed_set_and_shown_in_both_languages() {
    let t = TestStore::new();
    let id = t.add(&[
        "--name",
        "张伟",
        "--phone",
        "13800138000",
        "--phone",
        "电话(公):010-6275 1234转8001",
        "--phone",
        "fax:010 6275 1235",
    ]);
    let json = t.show_json(&id);
    assert_eq!(
        json["contact"]["phones"],
        json!([
            {"number": "+86 138 0013 8000", "kind": "mobile"},
            {"number": "+86 10 6275 1234 ext. 8001", "kind": "work"},
            {"number": "+86 10 6275 1235", "kind": "fax"}
        ])
    );

    // A kind is a field of its own for `set` and `--where`.
    let out = run(&t, &["set", &id, "contact.phones.home=021 1234 5678"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        phone_kinds(&t.show_json(&id)["contact"]["phones"]),
        ["mobile", "work", "fax", "home"]
    );
    let out = run(
        &t,
        &[
            "find",
            "--where",
            "contact.phones.home~1234 5678",
            "--format",
            "ids",
        ],
    );
    assert_eq!(stdout_of(&out).trim(), id, "{}", stderr_of(&out));

    // show names each number's kind in the language of the run.
    let out = run(&t, &["--lang", "zh-CN", "show", &id, "--format", "table"]);
    let text = stdout_of(&out);
    assert!(text.contains("+86 138 0013 8000 (手机)"), "{text}");
    assert!(text.contains("+86 10 6275 1235 (传真)"), "{text}");
    let out = run(&t, &["show", &id, "--format", "table"]);
    assert!(
        stdout_of(&out).contains("+86 21 1234 5678 (home)"),
        "{}",
        stdout_of(&out)
    );

    // What is not a number in use is refused, naming the argument and leaving the record.
    let before = t.record_bytes(&id);
    for bad in [
        "contact.phones+=62751234",
        "contact.phones+=desk:010 6275 1234",
        "contact.phones+=1380013800",
    ] {
        let out = run(&t, &["set", &id, bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr_of(&out));
        assert!(
            stderr_of(&out).contains("contact.phones"),
            "{bad}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(t.record_bytes(&id), before);
    let out = run(&t, &["add", "--name", "李娜", "--phone", "62751234"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("--phone") && stderr_of(&out).contains("area code"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_spreadsheet_keeps_the_kinds_through_export_and_import() {
    let t = TestStore::new();
    t.add(&[
        "--name",
        "张伟",
        "--phone",
        "13800138000",
        "--phone",
        "work:010 6275 1234",
        "--phone",
        "fax:13900139000",
    ]);
    for headers in ["en", "zh"] {
        let out = run(
            &t,
            &[
                "export",
                "--format",
                "csv",
                "--headers",
                headers,
                "--fields",
                "name,contact.phones",
            ],
        );
        let csv = stdout_of(&out);
        let cell = if headers == "zh" {
            "+86 138 0013 8000;电话(公):+86 10 6275 1234;传真:+86 139 0013 9000"
        } else {
            "+86 138 0013 8000;work:+86 10 6275 1234;fax:+86 139 0013 9000"
        };
        assert!(csv.contains(cell), "{csv}");
        let other = imported_into_fresh("phones.csv", &csv);
        let back = other.show_json("张伟");
        assert_eq!(
            phones(&back["contact"]["phones"]),
            ["+86 138 0013 8000", "+86 10 6275 1234", "+86 139 0013 9000"]
        );
        assert_eq!(phone_kinds(&back["contact"]["phones"]), ["mobile", "work", "fax"]);
    }
    // One column per kind, as a sales sheet has them.
    let out = run(
        &t,
        &[
            "export",
            "--format",
            "csv",
            "--headers",
            "zh",
            "--fields",
            "name,contact.phones.mobile,contact.phones.work",
        ],
    );
    let csv = stdout_of(&out);
    assert_eq!(csv.lines().next(), Some("姓名,手机,电话(公)"), "{csv}");
    assert!(csv.contains("张伟,+86 138 0013 8000,+86 10 6275 1234"), "{csv}");
}

#[test]
fn vcards_carry_the_kinds_out_and_back() {
    let t = TestStore::new();
    t.add(&[
        "--name",
        "张伟",
        "--phone",
        "13800138000",
        "--phone",
        "work:010 6275 1234",
        "--phone",
        "传真:010 6275 1235",
    ]);
    let out = run(&t, &["export", "--format", "vcard"]);
    let vcf = stdout_of(&out);
    assert!(
        vcf.contains("TEL;VALUE=uri;TYPE=cell:tel:+86-138-0013-8000\r\n"),
        "{vcf}"
    );
    assert!(
        vcf.contains("TEL;VALUE=uri;TYPE=work,voice:tel:+86-10-6275-1234\r\n"),
        "{vcf}"
    );
    assert!(
        vcf.contains("TEL;VALUE=uri;TYPE=fax:tel:+86-10-6275-1235\r\n"),
        "{vcf}"
    );
    // An independent parser reads the same types.
    if python_with("vobject") {
        let types = python_json(
            "import json,sys,vobject\n\
             c=next(vobject.readComponents(sys.stdin.read()))\n\
             print(json.dumps([t.params.get('TYPE') for t in c.contents['tel']]))",
            vcf.as_bytes(),
        );
        assert_eq!(types, json!([["cell"], ["work", "voice"], ["fax"]]));
    }
    let other = imported_into_fresh("out.vcf", &vcf);
    assert_eq!(
        phone_kinds(&other.show_json("张伟")["contact"]["phones"]),
        ["mobile", "work", "fax"]
    );
}

#[test]
fn an_older_record_with_plain_numbers_is_read_and_upgraded_when_written() {
    let Some(rage) = rage() else { return };
    let t = TestStore::new();
    let id = "c-7k3m9q2x";
    let old = format!(
        "schema = 1\nid = \"{id}\"\nname = \"王芳\"\ncreated = {NOW}\nupdated = {NOW}\n\n\
         [contact]\nphones = [\"139-1234-5678\", \"010 6275 1234\"]\n"
    );
    rage.encrypt(&t.public_key(), &old, &t.record_path(id));
    // Read as it is: each plain number gets the kind its digits say.
    let json = t.show_json(id);
    assert_eq!(
        json["contact"]["phones"],
        json!([{"number": "139-1234-5678", "kind": "mobile"}, {"number": "010 6275 1234", "kind": "other"}])
    );
    let out = run(&t, &["find", "13912345678", "--format", "ids"]);
    assert_eq!(stdout_of(&out).trim(), id);
    // The next change writes them as tables with their kinds, numbers as they were.
    let out = run(&t, &["set", id, "title=经理"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let written = |rage: &crate::common::Rage| -> Value {
        let text = rage.decrypt(&t.identity(), &t.record_path(id));
        let plain: toml::Table = toml::from_str(&text).unwrap();
        serde_json::to_value(&plain["contact"]["phones"]).unwrap()
    };
    assert_eq!(
        written(&rage),
        json!([
            {"number": "139-1234-5678", "kind": "mobile"},
            {"number": "010 6275 1234", "kind": "other"}
        ])
    );
    // audit names them, and --fix writes the numbers the one way.
    let out = run(&t, &["audit", "--format", "json"]);
    assert!(stdout_of(&out).contains("phone-format"), "{}", stdout_of(&out));
    let out = run(&t, &["audit", "--fix"]);
    assert!(
        stderr_of(&out).contains("wrote the phone numbers"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        written(&rage),
        json!([
            {"number": "+86 139 1234 5678", "kind": "mobile"},
            {"number": "+86 10 6275 1234", "kind": "other"}
        ])
    );
}

#[test]
fn json_from_other_systems_takes_either_form_and_is_checked() {
    let t = TestStore::new();
    let out = t
        .cmd()
        .args(["add", "--json", "-"])
        .write_stdin(
            r#"{"name":"赵强","contact":{"phones":["13712345678",{"number":"0755-2345 6789","kind":"work"},{"number":"+852 9123 4567"}]}}"#,
        )
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let json = t.show_json("赵强");
    assert_eq!(
        json["contact"]["phones"],
        json!([
            {"number": "+86 137 1234 5678", "kind": "mobile"},
            {"number": "+86 755 2345 6789", "kind": "work"},
            {"number": "+852 9123 4567", "kind": "other"}
        ])
    );
    let out = t
        .cmd()
        .args(["add", "--json", "-"])
        .write_stdin(r#"{"name":"钱七","contact":{"phones":["12345"]}}"#)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        stderr_of(&out).contains("contact.phones[0]"),
        "{}",
        stderr_of(&out)
    );
    let out = t
        .cmd()
        .args(["add", "--json", "-"])
        .write_stdin(r#"{"name":"钱七","contact":{"phones":[{"number":"13800138000","kind":"desk"}]}}"#)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr_of(&out).contains("desk"), "{}", stderr_of(&out));
}
