//! Commands run in-process on a real encrypted store in a temporary folder, their output
//! written into a buffer: every format each command offers, checked as rendered.

use std::path::PathBuf;

use clap::Parser;

use crate::cli::Cli;
use crate::error::{Kind, Result};
use crate::output::{Buffer, Out};

/// A store made with `init`, with its own identity and config folder, and two customers.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let f = Fixture { dir };
        std::fs::create_dir_all(f.config()).unwrap();
        let identity = age::x25519::Identity::generate();
        {
            use age::secrecy::ExposeSecret;
            use std::io::Write;
            use std::os::unix::fs::OpenOptionsExt;
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(f.identity())
                .unwrap();
            writeln!(file, "{}", identity.to_string().expose_secret()).unwrap();
        }
        let store = f.store();
        f.out(&["init", store.to_str().unwrap()]);
        let zhang = f.out(&[
            "add",
            "--name",
            "张伟",
            "--company",
            "星河科技",
            "--phone",
            "13800138000",
            "--email",
            "zw@example.com",
            "--tag",
            "vip",
            "--birthday",
            "1980-12-01",
        ]);
        assert!(crate::model::id::is_id(
            crate::model::id::IdKind::Customer,
            zhang.trim()
        ));
        f.out(&[
            "add",
            "--name",
            "Li Na",
            "--kind",
            "person",
            "--phone",
            "13900139000",
        ]);
        f.out(&[
            "log-contact",
            "张伟",
            "--channel",
            "phone",
            "--summary",
            "报价",
            "--next",
            "2026-11-25",
        ]);
        f.out(&[
            "log-purchase",
            "张伟",
            "--amount",
            "25800.00",
            "--product",
            "R740",
        ]);
        f
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn identity(&self) -> PathBuf {
        self.config().join("identity.txt")
    }

    fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// Runs one command line (after `crmfile` and the global flags naming this store),
    /// its output going to `out`.
    fn run_to(&self, args: &[&str], out: Out) -> Result<u8> {
        let store = self.store();
        let identity = self.identity();
        let mut argv = vec![
            "crmfile",
            "--identity",
            identity.to_str().unwrap(),
            "--today",
            "2026-11-22",
            "--color",
            "never",
            "-q",
        ];
        if args[0] != "init" {
            argv.extend(["--store", store.to_str().unwrap()]);
        }
        argv.extend(args);
        let cli = Cli::try_parse_from(&argv).unwrap_or_else(|e| panic!("{argv:?}: {e}"));
        super::run_in(cli, args[0], out, Some(self.config()))
    }

    /// Runs one command line into a buffer, on a terminal or not.
    fn run(&self, args: &[&str], terminal: bool) -> (Result<u8>, Buffer) {
        let buffer = Buffer::default();
        let result = self.run_to(args, Out::to(Box::new(buffer.clone()), terminal));
        (result, buffer)
    }

    /// The output of a command that must succeed, not on a terminal.
    fn out(&self, args: &[&str]) -> String {
        self.output(args, false)
    }

    /// The output of a command that must succeed, on a terminal or not.
    fn output(&self, args: &[&str], terminal: bool) -> String {
        let (result, buffer) = self.run(args, terminal);
        match result {
            Ok(0) => buffer.text(),
            Ok(code) => panic!("{args:?} exited {code}: {}", buffer.text()),
            Err(e) => panic!("{args:?} failed: {}", e.message),
        }
    }

    fn bytes(&self, args: &[&str]) -> Vec<u8> {
        let (result, buffer) = self.run(args, false);
        assert_eq!(result.map_err(|e| e.message).unwrap(), 0, "{args:?}");
        buffer.bytes()
    }
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn ndjson(text: &str) -> Vec<serde_json::Value> {
    text.lines().map(json).collect()
}

#[test]
fn show_renders_toml_json_and_a_table() {
    let f = Fixture::new();
    let toml = f.out(&["show", "张伟"]);
    assert!(toml.contains("name = \"张伟\"\n"), "{toml}");
    assert!(toml.contains("company = \"星河科技\"\n"), "{toml}");
    let record: toml::Table = toml.parse().expect("show writes TOML");
    assert_eq!(record["transactions"].as_array().map(Vec::len), Some(1));

    let value = json(&f.out(&["show", "张伟", "--format", "json"]));
    assert_eq!(value["name"], "张伟");
    assert_eq!(value["contact"]["phones"][0]["number"], "+86 138 0013 8000");
    assert_eq!(value["contacts"][0]["summary"], "报价");

    // On a terminal the default is the table: one row a field, then the logs.
    let table = f.output(&["show", "张伟"], true);
    assert!(table.contains("+86 138 0013 8000 (mobile)"), "{table}");
    assert!(table.contains("contact.emails"), "{table}");
    assert!(table.contains("\ntransactions\n"), "{table}");
    assert!(table.contains("R740"), "{table}");
    assert!(!table.contains("name = "), "{table}");
}

#[test]
fn find_renders_every_format() {
    let f = Fixture::new();
    let ids = f.out(&["find", "--format", "ids"]);
    assert_eq!(ids.lines().count(), 2, "{ids}");
    // Sorted by name: "Li Na" before "张伟".
    let zhang = json(&f.out(&["show", "张伟", "--format", "json"]));
    assert_eq!(ids.lines().nth(1), zhang["id"].as_str());

    let csv = f.out(&["find", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,name,company,phone,email,tier,owner,tags"));
    assert_eq!(lines.count(), 2);
    assert!(
        csv.contains(",张伟,星河科技,+86 138 0013 8000,zw@example.com,"),
        "{csv}"
    );

    let list = json(&f.out(&["find", "星河", "--format", "json"]));
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(list[0]["name"], "张伟");
    assert_eq!(ndjson(&f.out(&["find", "--format", "ndjson"])).len(), 2);
    // Nothing found: `[]` for JSON, nothing for NDJSON.
    assert_eq!(
        json(&f.out(&["find", "nobody", "--format", "json"])),
        serde_json::json!([])
    );
    assert_eq!(f.out(&["find", "nobody", "--format", "ndjson"]), "");

    // Plain text (not a terminal) is tab-separated; a terminal gets a table with a header.
    let plain = f.out(&["find", "星河"]);
    assert_eq!(plain.lines().count(), 1, "{plain}");
    assert!(plain.contains("\t张伟\t星河科技\t"), "{plain}");
    let table = f.output(&["find", "星河"], true);
    assert!(
        table.contains("│ company ") && table.contains("星河科技"),
        "{table}"
    );
    assert!(!table.contains('\t'), "{table}");
}

#[test]
fn export_renders_every_format() {
    let f = Fixture::new();
    let csv = f.out(&["export", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    assert_eq!(
        header,
        "id,name,kind,company,title,contact.phones,contact.emails,contact.wechat,\
         contact.address,birthday,tags,owner,source,ref,class.tier,class.lifecycle,class.rfm,\
         class.stage,follow_up.next,credit.limit,credit.rating,credit.terms,created,updated,\
         gender,lunar_birthday,industry,region,size,contact.qq,preferences.channel,\
         preferences.products,preferences.notes,class.pin,follow_up.cadence,verified"
    );
    assert_eq!(csv.lines().count(), 3, "{csv}");

    let all = json(&f.out(&["export", "--format", "json"]));
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    assert_eq!(ndjson(&f.out(&["export", "--format", "ndjson"])).len(), 2);

    let vcard = f.out(&["export", "--format", "vcard"]);
    assert_eq!(vcard.matches("BEGIN:VCARD\r\n").count(), 2, "{vcard}");
    assert!(vcard.contains("FN:张伟\r\n"), "{vcard}");

    let ics = f.out(&["export", "--format", "ics"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("BEGIN:VEVENT"), "{ics}");

    let xlsx = f.bytes(&["export", "--format", "xlsx"]);
    assert!(xlsx.starts_with(b"PK\x03\x04"), "an .xlsx is a zip");
    let sheet = crate::model::xlsx::read(&xlsx, None).expect("the workbook reads back");
    assert_eq!(sheet.rows.len(), 2, "two customers under the header");
}

#[test]
fn export_writes_spreadsheets_for_people_and_for_programs() {
    let f = Fixture::new();
    f.out(&["add", "--name", "=1+2", "--phone", "13700137000"]);
    // A cell a spreadsheet would run as a formula is written as text, unless --raw.
    let guarded = f.out(&["export", "--format", "csv", "--fields", "name"]);
    assert!(guarded.lines().any(|l| l == "'=1+2"), "{guarded}");
    let raw = f.out(&["export", "--format", "csv", "--fields", "name", "--raw"]);
    assert!(raw.lines().any(|l| l == "=1+2"), "{raw}");
    let bom = f.out(&["export", "--format", "csv", "--bom", "--fields", "name"]);
    assert!(bom.starts_with("\u{feff}name\n"), "{bom}");
    let zh = f.out(&[
        "export",
        "--format",
        "csv",
        "--headers",
        "zh",
        "--fields",
        "name,company,contact.phones",
    ]);
    assert_eq!(zh.lines().next(), Some("姓名,公司,电话"), "{zh}");
    // Nothing matched: the header alone, `[]`, nothing.
    assert_eq!(
        f.out(&["export", "nobody", "--format", "csv", "--fields", "id,name"]),
        "id,name\n"
    );
    assert_eq!(
        json(&f.out(&["export", "nobody", "--format", "json"])),
        serde_json::json!([])
    );
    assert_eq!(f.out(&["export", "nobody", "--format", "ndjson"]), "");
    // A workbook is never written to a terminal.
    let (result, buffer) = f.run(&["export", "--format", "xlsx"], true);
    assert_eq!(result.map_err(|e| e.kind).unwrap_err(), Kind::Usage);
    assert!(buffer.bytes().is_empty());
}

#[test]
fn remind_renders_every_format() {
    let f = Fixture::new();
    let items = json(&f.out(&["remind", "--within", "14d", "--format", "json"]));
    let kinds: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"follow-up"), "{items}");
    assert!(kinds.contains(&"birthday"), "{items}");
    assert_eq!(
        ndjson(&f.out(&["remind", "--within", "14d", "--format", "ndjson"])).len(),
        kinds.len()
    );
    let ics = f.out(&["remind", "--within", "14d", "--format", "ics"]);
    // A follow-up is a to-do; a birthday an all-day event.
    assert_eq!(ics.matches("BEGIN:VTODO").count(), 1, "{ics}");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), kinds.len() - 1, "{ics}");
    // Plain text for cron: one line an item, the date first.
    let plain = f.out(&["remind", "--within", "14d"]);
    assert_eq!(plain.lines().count(), kinds.len(), "{plain}");
    assert!(plain.lines().any(|l| l.starts_with("2026-11-25\t")), "{plain}");
    // Nothing due: `[]` for JSON, silence for cron.
    assert_eq!(
        json(&f.out(&[
            "remind", "--within", "1d", "--kind", "payment", "--format", "json"
        ])),
        serde_json::json!([])
    );
    assert_eq!(f.out(&["remind", "--within", "1d", "--kind", "payment"]), "");
}

#[test]
fn report_classify_and_audit_render_their_formats() {
    let f = Fixture::new();
    let report = json(&f.out(&["report", "--format", "json"]));
    assert_eq!(report["customers"], 2, "{report}");
    let html = f.out(&["report", "--format", "html"]);
    assert!(
        html.starts_with("<!doctype html>") && html.ends_with("</html>\n"),
        "{html}"
    );
    let table = f.output(&["report"], true);
    assert!(table.contains("张伟") && table.contains("25800.00"), "{table}");

    // Both customers are new to classification: 张伟 bought 25,800 today (the only
    // buyer: top tier, new, top RFM), Li Na never bought (a potential customer).
    let changes = json(&f.out(&["classify", "--dry-run", "--format", "json"]));
    let by_name = |name: &str| {
        changes
            .as_array()
            .and_then(|a| a.iter().find(|c| c["name"] == name))
            .unwrap_or_else(|| panic!("{name} missing from {changes}"))
            .clone()
    };
    assert_eq!(changes.as_array().map(Vec::len), Some(2), "{changes}");
    let (zhang, li) = (by_name("张伟"), by_name("Li Na"));
    assert_eq!(zhang["changed"], true, "{zhang}");
    assert_eq!(zhang["old"]["tier"], serde_json::Value::Null, "{zhang}");
    assert_eq!(
        (
            &zhang["new"]["tier"],
            &zhang["new"]["lifecycle"],
            &zhang["new"]["rfm"]
        ),
        (&"strategic".into(), &"new".into(), &"111".into()),
        "{zhang}"
    );
    assert_eq!(
        (&li["new"]["tier"], &li["new"]["lifecycle"], &li["new"]["rfm"]),
        (&"potential".into(), &"potential".into(), &serde_json::Value::Null),
        "{li}"
    );
    let csv = f.out(&["classify", "--dry-run", "--format", "csv"]);
    let zhang_row = format!("{},,strategic,,new,,111", zhang["id"].as_str().unwrap());
    let li_row = format!("{},,potential,,potential,,", li["id"].as_str().unwrap());
    let mut rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows.remove(0),
        "id,old_tier,tier,old_lifecycle,lifecycle,old_rfm,rfm"
    );
    rows.sort_unstable();
    let mut want = vec![zhang_row.as_str(), li_row.as_str()];
    want.sort_unstable();
    assert_eq!(rows, want, "{csv}");

    // A clean store has no findings; a damaged file is one, named, and the exit says so.
    assert_eq!(
        json(&f.out(&["audit", "--format", "json"])),
        serde_json::json!([])
    );
    std::fs::write(f.store().join("c-00000000.toml.age"), "garbage\n").unwrap();
    let (result, buffer) = f.run(&["audit", "--format", "json"], false);
    assert_eq!(result.map_err(|e| e.message).unwrap(), 3);
    let findings = json(&buffer.text());
    assert_eq!(findings.as_array().map(Vec::len), Some(1), "{findings}");
    assert_eq!(findings[0]["severity"], "error", "{findings}");
    assert_eq!(findings[0]["code"], "damaged", "{findings}");
    assert_eq!(findings[0]["path"], "c-00000000.toml.age", "{findings}");
}

/// A reader that went away: the command ends quietly, as `| head` expects.
#[test]
fn a_closed_pipe_ends_a_command_quietly() {
    struct Closed;
    impl std::io::Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let f = Fixture::new();
    let e = f
        .run_to(&["find", "--format", "ids"], Out::to(Box::new(Closed), false))
        .expect_err("the pipe is closed");
    assert_eq!((e.kind, e.code()), (Kind::Closed, 0));
}
