//! Languages: the catalogs agree, the language is chosen as documented, people's text
//! changes with it and machine formats do not.
//!
//! The expected texts are insta snapshots under `tests/cli/snapshots/`; `cargo insta
//! review` (or `INSTA_UPDATE=always cargo test i18n::`) accepts them after a deliberate
//! change.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use unicode_width::UnicodeWidthStr;

use crate::common::TestStore;

fn catalog(lang: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(lang)
        .join("crmfile.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// The message ids of a catalog; fails on a file that Fluent cannot parse.
fn ids(lang: &str) -> BTreeSet<String> {
    let text = catalog(lang);
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("i18n/{lang}/crmfile.ftl does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Help translations (`help-*`) are checked against the command tree by a unit test;
/// English help is the doc comments.
fn messages(lang: &str) -> BTreeSet<String> {
    ids(lang)
        .into_iter()
        .filter(|id| !id.starts_with("help-"))
        .collect()
}

#[test]
fn every_message_is_in_both_languages() {
    let (en, zh) = (messages("en"), messages("zh-CN"));
    let only_en: Vec<_> = en.difference(&zh).collect();
    let only_zh: Vec<_> = zh.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_zh.is_empty(),
        "only in en: {only_en:?}\nonly in zh-CN: {only_zh:?}"
    );
}

/// The variables (`$name`) each message uses, selectors included.
fn variables(lang: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    let text = catalog(lang);
    let resource = fluent_syntax::parser::parse(text.as_str()).expect("the catalog parses");
    let mut out = std::collections::BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern(value, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

/// A translation that drops an argument loses information; one that names an argument
/// the code does not pass prints an error in its place.
#[test]
fn both_languages_use_the_same_arguments() {
    let (en, zh) = (variables("en"), variables("zh-CN"));
    let differ: Vec<String> = en
        .iter()
        .filter_map(|(id, vars)| {
            let other = zh.get(id)?;
            (other != vars).then(|| format!("{id}: en {vars:?}, zh-CN {other:?}"))
        })
        .collect();
    assert!(
        differ.is_empty(),
        "messages whose arguments differ:\n{}",
        differ.join("\n")
    );
}

fn rust_sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(&path).expect("read source"));
        }
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let mut src = String::new();
    rust_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut src);
    // Names of enumerated values (`enum-<type>-<value>`) and I/O actions (`io-<action>`)
    // are looked up by ids made at run time; unit tests check those against the code.
    let unused: Vec<String> = messages("en")
        .into_iter()
        .filter(|id| !id.starts_with("enum-") && !id.starts_with("io-"))
        .filter(|id| !src.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

/// `Error::io("create folder", …)` says it through `io-create-folder`.
#[test]
fn every_io_action_has_a_message_in_both_languages() {
    let mut src = String::new();
    rust_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut src);
    let wanted: BTreeSet<String> = src
        .split("Error::io(\"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"'))
        .map(|(what, _)| format!("io-{}", what.replace(' ', "-")))
        .collect();
    assert!(wanted.len() > 10, "{wanted:?}");
    for lang in ["en", "zh-CN"] {
        let have: BTreeSet<String> = messages(lang)
            .into_iter()
            .filter(|id| id.starts_with("io-"))
            .collect();
        assert_eq!(have, wanted, "{lang}: io-* messages and Error::io actions differ");
    }
}

/// Compares `actual` with its insta snapshot (`tests/cli/snapshots/`); after a deliberate
/// change, `cargo insta review` (or `INSTA_UPDATE=always cargo test`) accepts the new text.
fn check_expected(name: &str, actual: &str) {
    insta::assert_snapshot!(name.trim_end_matches(".txt").replace('.', "_"), actual);
}

/// `crmfile` with no store, no identity and no language from the environment.
fn bare() -> Command {
    let mut cmd = Command::cargo_bin("crmfile").expect("the crmfile binary is built");
    for var in [
        "CRMFILE_STORE",
        "CRMFILE_IDENTITY",
        "CRMFILE_NOW",
        "CRMFILE_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "LANGUAGE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1")
        .timeout(std::time::Duration::from_secs(30));
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run crmfile");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn help_in_both_languages() {
    for lang in ["en", "zh-CN"] {
        check_expected(
            &format!("help.{lang}.txt"),
            &stdout_of(bare().args(["--lang", lang, "--help"])),
        );
        check_expected(
            &format!("help-find.{lang}.txt"),
            &stdout_of(bare().args(["--lang", lang, "find", "--help"])),
        );
    }
}

#[test]
fn every_command_has_help_in_chinese() {
    let top = stdout_of(bare().args(["--lang", "zh-CN", "--help"]));
    let commands: Vec<&str> = top
        .lines()
        .skip_while(|l| !l.starts_with("命令"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.len() > 25, "{commands:?}");
    for command in commands {
        let help = stdout_of(bare().args(["--lang", "zh-CN", command, "--help"]));
        assert!(
            help.contains("用法:") && help.contains("选项:"),
            "{command}:\n{help}"
        );
        assert!(
            !help.contains("\nOptions:") && !help.contains("Print help"),
            "{command}:\n{help}"
        );
    }
}

#[test]
fn an_error_in_both_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    for lang in ["en", "zh-CN"] {
        let out = bare()
            .current_dir(dir.path())
            .args(["--lang", lang, "--store", "no-such-store", "show", "c-00000000"])
            .output()
            .expect("run crmfile");
        assert_eq!(out.status.code(), Some(1));
        check_expected(
            &format!("error.{lang}.txt"),
            &String::from_utf8_lossy(&out.stderr),
        );
    }
}

#[test]
fn the_language_comes_from_the_flag_then_crmfile_lang_then_the_locale() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first_line = |envs: &[(&str, &str)], args: &[&str]| {
        let out = bare()
            .current_dir(dir.path())
            .envs(envs.iter().copied())
            .args(args)
            .args(["--store", "no-such-store", "find"])
            .output()
            .expect("run crmfile");
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let zh = |line: String| line.starts_with("错误");
    let en = |line: String| line.starts_with("error:");
    assert!(en(first_line(&[], &[])), "English without any setting");
    assert!(zh(first_line(&[("LANG", "zh_CN.UTF-8")], &[])));
    assert!(zh(first_line(
        &[("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")],
        &[]
    )));
    assert!(
        en(first_line(&[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")], &[])),
        "LC_ALL wins"
    );
    assert!(en(first_line(
        &[("LC_ALL", "POSIX"), ("LC_MESSAGES", "zh_CN")],
        &[]
    )));
    assert!(
        zh(first_line(&[("CRMFILE_LANG", "zh"), ("LC_ALL", "C")], &[])),
        "CRMFILE_LANG wins"
    );
    assert!(
        en(first_line(&[("CRMFILE_LANG", "zh")], &["--lang", "en"])),
        "--lang wins"
    );
    assert!(zh(first_line(&[], &["--lang=zh_CN.UTF-8"])));
    assert!(
        en(first_line(&[("LANG", "fr_FR.UTF-8")], &[])),
        "an unknown locale is English"
    );
    // A language crmfile does not speak is bad usage when asked for by flag.
    bare().args(["--lang", "fr", "find"]).assert().code(2);
}

/// A store with two Chinese customers, one strategic.
fn chinese_store() -> (TestStore, String) {
    let t = TestStore::new();
    let id = t.add(&[
        "--name",
        "张伟",
        "--company",
        "北京星河科技有限公司",
        "--phone",
        "13800138000",
        "--tag",
        "北京",
    ]);
    t.add(&[
        "--name",
        "Anna Schmidt",
        "--company",
        "Nordlicht GmbH",
        "--email",
        "anna@example.de",
    ]);
    t.cmd()
        .args(["set", &id, "class.tier=战略", "class.pin=true", "class.stage=红"])
        .assert()
        .success();
    (t, id)
}

#[test]
fn tables_speak_chinese_and_files_keep_english_values() {
    let (t, id) = chinese_store();
    let table = stdout_of(t.cmd().args(["--lang", "zh-CN", "find", "--format", "table"]));
    assert!(table.contains("名称") && table.contains("价值等级"), "{table}");
    assert!(table.contains("战略"), "{table}");
    assert!(!table.contains("strategic"), "{table}");
    let english = stdout_of(t.cmd().args(["--lang", "en", "find", "--format", "table"]));
    assert!(
        english.contains("strategic") && english.contains("name"),
        "{english}"
    );
    // What is stored is the canonical English name.
    let toml = stdout_of(t.cmd().args(["--lang", "zh-CN", "show", &id, "--format", "toml"]));
    assert!(
        toml.contains("tier = \"strategic\"") && toml.contains("stage = \"red\""),
        "{toml}"
    );
}

#[test]
fn chinese_tables_line_up_by_display_width() {
    let (t, _) = chinese_store();
    for args in [
        &["find", "--format", "table"][..],
        &["report", "--format", "table"][..],
    ] {
        let table = stdout_of(t.cmd().args(["--lang", "zh-CN"]).args(args));
        // Within each table (top border to bottom border), every line is as wide as the top
        // border and has its column borders at the same display columns.
        let borders = |line: &str| -> Vec<usize> {
            line.char_indices()
                .filter(|(_, c)| "│┼├┤┬┴┌┐└┘".contains(*c))
                .map(|(i, _)| line[..i].width())
                .collect()
        };
        let mut top: Option<(usize, Vec<usize>)> = None;
        for line in table.lines() {
            if line.starts_with('┌') {
                top = Some((line.width(), borders(line)));
            }
            if let Some((width, columns)) = &top {
                assert_eq!(line.width(), *width, "a misaligned line in:\n{table}");
                assert_eq!(
                    &borders(line),
                    columns,
                    "column borders do not line up in:\n{table}"
                );
            }
            if line.starts_with('└') {
                top = None;
            }
        }
    }
}

#[test]
fn remind_lists_in_chinese_and_its_json_does_not_change() {
    let (t, _) = chinese_store();
    let zh = stdout_of(t.cmd().args([
        "--lang", "zh-CN", "remind", "--within", "30d", "--format", "table",
    ]));
    assert!(
        zh.contains("日期") && zh.contains("回访") && zh.contains("从未联系"),
        "{zh}"
    );
    let json = stdout_of(
        t.cmd()
            .args(["--lang", "zh-CN", "remind", "--within", "30d", "--format", "json"]),
    );
    assert!(json.contains("never contacted"), "{json}");
    for format in ["json", "ndjson"] {
        let en = stdout_of(
            t.cmd()
                .args(["--lang", "en", "remind", "--within", "30d", "--format", format]),
        );
        let zh = stdout_of(
            t.cmd()
                .args(["--lang", "zh-CN", "remind", "--within", "30d", "--format", format]),
        );
        assert_eq!(en, zh, "remind --format {format} changed with the language");
    }
    // A calendar is read by people: its summary and description follow the language,
    // its UIDs and dates do not.
    let ics = |lang: &str| {
        stdout_of(
            t.cmd()
                .args(["--lang", lang, "remind", "--within", "30d", "--format", "ics"]),
        )
    };
    let (en, zh) = (ics("en"), ics("zh-CN"));
    let stable = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("UID:") || l.starts_with("DUE") || l.starts_with("DTSTART"))
            .map(String::from)
            .collect()
    };
    assert_eq!(stable(&en), stable(&zh));
    assert!(en.contains("SUMMARY:follow-up: "), "{en}");
    assert!(zh.contains("SUMMARY:回访: ") && zh.contains("从未联系"), "{zh}");
}

#[test]
fn plain_text_keeps_its_columns_and_translates_only_the_detail() {
    let (t, _) = chinese_store();
    let plain = |lang: &str| stdout_of(t.cmd().args(["--lang", lang, "remind", "--within", "30d"]));
    let (en, zh) = (plain("en"), plain("zh-CN"));
    let columns = |text: &str| -> Vec<Vec<String>> {
        text.lines()
            .map(|l| l.split('\t').take(4).map(String::from).collect())
            .collect()
    };
    assert_eq!(columns(&en), columns(&zh));
    assert!(en.contains("never contacted"), "{en}");
    assert!(zh.contains("从未联系") && zh.contains("\tfollow-up\t"), "{zh}");
    assert!(!zh.contains("never contacted"), "{zh}");
}

#[test]
fn machine_formats_are_the_same_in_every_language() {
    let (t, id) = chinese_store();
    for args in [
        // Plain text is for people (its detail column follows the language); these are
        // for programs.
        &["find"][..],
        &["remind", "--within", "30d", "--format", "ndjson"][..],
        &["audit", "--format", "json"][..],
        &["find", "--format", "ndjson"][..],
        &["export", "--format", "csv"][..],
        &["export", "--format", "ndjson"][..],
        &["find", "--format", "json"][..],
        &["find", "--format", "csv"][..],
        &["find", "--format", "ids"][..],
        &["export", "--format", "vcard"][..],
        &["report", "--format", "json"][..],
        &["show", id.as_str(), "--format", "toml"][..],
    ] {
        let en = stdout_of(t.cmd().args(["--lang", "en"]).args(args));
        let zh = stdout_of(t.cmd().args(["--lang", "zh-CN"]).args(args));
        assert_eq!(en, zh, "{args:?} changed with the language");
    }
}

#[test]
fn the_html_report_speaks_chinese() {
    let (t, _) = chinese_store();
    let html = stdout_of(t.cmd().args(["--lang", "zh-CN", "report", "--format", "html"]));
    assert!(
        html.contains("<html lang=\"zh-CN\">") && html.contains("客户报告"),
        "{html}"
    );
    let html = stdout_of(t.cmd().args(["--lang", "en", "report", "--format", "html"]));
    assert!(html.contains("<html lang=\"en\">") && html.contains("Customer report"));
}

#[test]
fn a_damaged_file_is_reported_in_chinese_and_audit_json_stays_english() {
    let (t, id) = chinese_store();
    std::fs::write(t.record_path(&id), b"not an age file").expect("damage the record");
    let out = t
        .cmd()
        .args(["--lang", "zh-CN", "find", "--format", "ids"])
        .output()
        .expect("run crmfile");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("已损坏") && stderr.contains("个记录文件无法读取"),
        "{stderr}"
    );
    let audit = |lang: &str| {
        t.cmd()
            .args(["--lang", lang, "audit", "--format", "json"])
            .output()
            .expect("run crmfile")
            .stdout
    };
    assert_eq!(
        audit("en"),
        audit("zh-CN"),
        "audit JSON changed with the language"
    );
}

#[test]
fn an_invalid_field_is_explained_in_chinese() {
    let t = TestStore::new();
    let out = t
        .cmd()
        .args(["--lang", "zh-CN", "add", "--name", "李娜", "--phone", "12345abc"])
        .output()
        .expect("run crmfile");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("错误:") && stderr.contains("不是电话号码"),
        "{stderr}"
    );
}

#[test]
fn bad_usage_is_explained_in_chinese_with_the_same_exit_code() {
    for (args, said) in [
        (&["find", "--bogus"][..], "无法识别的参数“--bogus”"),
        (&["fnd"][..], "是否要用“find”"),
        (&["--color", "rainbow", "find"][..], "可选值：auto, always, never"),
        (&["merge"][..], "缺少以下必需的参数"),
    ] {
        let out = bare()
            .args(["--lang", "zh-CN"])
            .args(args)
            .output()
            .expect("run crmfile");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("错误:") && stderr.contains(said),
            "{args:?}:\n{stderr}"
        );
        let english = bare().args(args).output().expect("run crmfile");
        assert_eq!(english.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&english.stderr).starts_with("error:"));
    }
}

#[test]
fn audit_findings_read_in_chinese_in_the_table_and_in_english_in_json() {
    let t = TestStore::new();
    t.add(&["--name", "王五"]);
    let run = |lang: &str, format: &str| {
        let out = t
            .cmd()
            .args(["--lang", lang, "audit", "--fail-on", "error", "--format", format])
            .output()
            .expect("run crmfile");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let table = run("zh-CN", "table");
    assert!(
        table.contains("没有电话、邮箱、微信或 QQ") && table.contains("警告"),
        "{table}"
    );
    let json = run("zh-CN", "json");
    assert!(json.contains("no phone, email, WeChat or QQ"), "{json}");
    assert_eq!(json, run("en", "json"));
    assert!(run("en", "table").contains("no phone, email, WeChat or QQ"));
}
