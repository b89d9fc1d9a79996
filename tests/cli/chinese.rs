//! Chinese everywhere people read or type: durations, dates and enumerations typed in
//! Chinese, reminders and spreadsheets in Chinese, and what programs read unchanged.

use crate::common::TestStore;

const FRIDAY: &str = "2026-11-27";

fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("run crmfile");
    assert!(
        out.status.success(),
        "failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn stderr_of_failure(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("run crmfile");
    assert!(!out.status.success(), "expected a failure");
    String::from_utf8(out.stderr).expect("UTF-8 errors")
}

/// Two customers: 张伟 (strategic, red, every two weeks) and 李娜 (general).
fn store() -> (TestStore, String, String) {
    let t = TestStore::new();
    let zhang = t.add(&[
        "--name",
        "张伟",
        "--company",
        "北京星河科技有限公司",
        "--phone",
        "13800138000",
        "--set",
        "class.tier=战略客户",
        "--set",
        "class.stage=红苹果",
        "--set",
        "follow_up.cadence=每两周",
    ]);
    let li = t.add(&[
        "--name",
        "李娜",
        "--company",
        "东方贸易",
        "--set",
        "class.tier=普通",
    ]);
    (t, zhang, li)
}

#[test]
fn enumerations_are_typed_by_every_common_name_and_stored_in_english() {
    let (t, zhang, li) = store();
    let z = t.show_json(&zhang);
    assert_eq!(z["class"]["tier"], "strategic");
    assert_eq!(z["class"]["stage"], "red");
    assert_eq!(z["follow_up"]["cadence"], "2w");
    assert_eq!(t.show_json(&li)["class"]["tier"], "general");
    for (value, stored) in [
        ("黄苹果", "yellow"),
        ("青", "green"),
        ("烂苹果", "rotten"),
        ("红", "red"),
    ] {
        stdout_of(t.cmd().args(["set", &li, &format!("class.stage={value}")]));
        assert_eq!(t.show_json(&li)["class"]["stage"], stored, "{value}");
    }
    // A field may be named by its Chinese label too.
    stdout_of(t.cmd().args(["set", &li, "偏好渠道=微信", "价值等级=重要"]));
    let l = t.show_json(&li);
    assert_eq!(l["preferences"]["channel"], "wechat");
    assert_eq!(l["class"]["tier"], "important");
    // `add --kind` takes them as `set kind=` does.
    let company = t.add(&["--name", "北京星河科技有限公司", "--kind", "公司"]);
    assert_eq!(t.show_json(&company)["kind"], "company");
}

#[test]
fn where_conditions_take_chinese_values_and_refuse_unknown_ones() {
    let (t, zhang, li) = store();
    for (cond, want) in [
        ("class.stage=红", &zhang),
        ("class.stage=红苹果", &zhang),
        ("class.tier=战略", &zhang),
        ("价值等级=普通", &li),
    ] {
        let ids = stdout_of(t.cmd().args(["find", "--where", cond, "--format", "ids"]));
        assert_eq!(ids.trim(), want.as_str(), "{cond}");
    }
    let ids = stdout_of(
        t.cmd()
            .args(["find", "--where", "class.stage!=红", "--format", "ids"]),
    );
    assert_eq!(ids.trim(), li.as_str());
    let zh = stderr_of_failure(t.cmd().args([
        "--lang",
        "zh-CN",
        "find",
        "--where",
        "class.stage=紫",
        "--format",
        "ids",
    ]));
    assert!(
        zh.contains("紫") && zh.contains("红（red）") && zh.contains("烂苹果（rotten）"),
        "{zh}"
    );
    let en = stderr_of_failure(t.cmd().args(["find", "--where", "class.stage=purple"]));
    assert!(en.contains("red, yellow, green, rotten"), "{en}");
}

#[test]
fn what_happened_is_dated_backwards_and_what_is_planned_forwards() {
    let (t, zhang, _) = store();
    // A Monday: 12月1日 was last week, 周五 three days ago.
    let monday = "2026-12-07";
    let run = |args: &[&str]| stdout_of(t.cmd().args(["--today", monday]).args(args));
    run(&[
        "log-purchase",
        &zhang,
        "--amount",
        "100",
        "--paid",
        "--date",
        "12月1日",
    ]);
    run(&[
        "log-contact",
        &zhang,
        "--channel",
        "电话",
        "--summary",
        "回访",
        "--at",
        "周五",
        "--next",
        "周五",
    ]);
    run(&[
        "log-feedback",
        &zhang,
        "--kind",
        "投诉",
        "--text",
        "迟到",
        "--date",
        "上周一",
    ]);
    run(&["log-payment", &zhang, "--amount", "1", "--date", "12月7日"]);
    let z = t.show_json(&zhang);
    assert_eq!(z["transactions"][0]["date"], "2026-12-01");
    assert!(
        z["contacts"][0]["at"]
            .as_str()
            .unwrap()
            .starts_with("2026-12-04T"),
        "{z}"
    );
    // The next step is ahead: this Friday.
    assert_eq!(z["follow_up"]["next"], "2026-12-11");
    assert_eq!(z["feedback"][0]["date"], "2026-11-30");
    assert_eq!(z["payments"][0]["date"], "2026-12-07");
}

#[test]
fn log_contact_takes_chinese_channels_roles_and_dates() {
    let (t, zhang, _) = store();
    stdout_of(t.cmd().args([
        "--today",
        FRIDAY,
        "log-contact",
        &zhang,
        "--channel",
        "面谈",
        "--summary",
        "报价",
        "--next",
        "周五",
    ]));
    let z = t.show_json(&zhang);
    assert_eq!(z["contacts"][0]["channel"], "meeting");
    // Said on a Friday, 周五 is next Friday, never today.
    assert_eq!(z["follow_up"]["next"], "2026-12-04");
    for (text, want) in [
        ("明天", "2026-11-28"),
        ("下周一", "2026-11-30"),
        ("月底", "2026-11-30"),
        ("下个月", "2026-12-01"),
        ("12月1日", "2026-12-01"),
        ("2027年1月5日", "2027-01-05"),
        ("两周后", "2026-12-11"),
    ] {
        stdout_of(t.cmd().args([
            "--today",
            FRIDAY,
            "set",
            &zhang,
            &format!("follow_up.next={text}"),
        ]));
        assert_eq!(t.show_json(&zhang)["follow_up"]["next"], want, "{text}");
    }
    let err = stderr_of_failure(t.cmd().args([
        "--lang",
        "zh-CN",
        "log-contact",
        &zhang,
        "--channel",
        "飞鸽",
        "--summary",
        "x",
    ]));
    assert!(err.contains("微信（wechat）"), "{err}");
}

#[test]
fn remind_speaks_chinese_in_plain_text_and_keeps_its_columns() {
    let (t, zhang, _) = store();
    let remind = |lang: &str, format: &[&str]| {
        stdout_of(
            t.cmd()
                .args([
                    "--lang",
                    lang,
                    "--today",
                    "2026-12-20",
                    "remind",
                    "--within",
                    "30d",
                ])
                .args(format),
        )
    };
    let zh = remind("zh-CN", &[]);
    let line = zh.lines().find(|l| l.contains(&zhang)).expect("张伟 is due");
    let cols: Vec<&str> = line.split('\t').collect();
    assert_eq!(cols[1], "follow-up", "{line}");
    assert_eq!(cols[3], "张伟");
    assert!(cols[4].starts_with("每两周回访一次"), "{line}");
    let en = remind("en", &[]);
    assert!(en.contains("every 2w, never contacted"), "{en}");
    for format in ["json", "ndjson"] {
        assert_eq!(
            remind("en", &["--format", format]),
            remind("zh-CN", &["--format", format])
        );
    }
    let ics = remind("zh-CN", &["--format", "ics"]);
    assert!(ics.contains("SUMMARY:回访: 张伟"), "{ics}");
}

#[test]
fn show_labels_fields_in_chinese() {
    let (t, zhang, _) = store();
    let zh = stdout_of(
        t.cmd()
            .args(["--lang", "zh-CN", "show", &zhang, "--format", "table"]),
    );
    assert!(
        zh.contains("公司") && zh.contains("价值等级") && zh.contains("战略"),
        "{zh}"
    );
    assert!(zh.contains("每两周") && !zh.contains("class.tier"), "{zh}");
    let en = stdout_of(
        t.cmd()
            .args(["--lang", "en", "show", &zhang, "--format", "table"]),
    );
    assert!(en.contains("class.tier") && en.contains("strategic"), "{en}");
}

#[test]
fn a_spreadsheet_with_chinese_headers_reads_back_to_the_same_records() {
    let (t, _, _) = store();
    let zh = stdout_of(t.cmd().args(["export", "--format", "csv", "--headers", "zh"]));
    let header = zh.lines().next().unwrap();
    assert!(header.starts_with("客户ID,姓名,类型,公司"), "{header}");
    assert!(
        zh.contains("战略") && zh.contains(",红,") && !zh.contains("strategic"),
        "{zh}"
    );
    // The default stays for programs, whatever the language.
    let machine = |lang: &str| stdout_of(t.cmd().args(["--lang", lang, "export", "--format", "csv"]));
    assert_eq!(machine("en"), machine("zh-CN"));
    assert!(machine("zh-CN").starts_with("id,name,kind"));

    let fresh = TestStore::new();
    let mut import = fresh.cmd();
    import
        .args(["import", "customers", "--format", "csv", "-"])
        .write_stdin(zh.as_bytes().to_vec());
    let out = import.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("not imported"));
    let strip_ids = |csv: &str| -> Vec<String> {
        let mut rows: Vec<String> = csv
            .lines()
            .skip(1)
            .map(|l| l.split_once(',').unwrap().1.to_string())
            .collect();
        rows.sort();
        rows
    };
    let after = stdout_of(fresh.cmd().args(["export", "--format", "csv"]));
    assert_eq!(strip_ids(&after), strip_ids(&machine("en")));
    // English people's headers read back as well.
    let en = stdout_of(t.cmd().args(["export", "--format", "csv", "--headers", "en"]));
    assert!(en.starts_with("ID,Name,Kind,Company"), "{en}");
}

#[test]
fn machine_outputs_are_byte_identical_in_both_languages() {
    let (t, zhang, _) = store();
    for args in [
        &["find", "--format", "json"][..],
        &["find", "--format", "ndjson"][..],
        &["find", "--format", "csv"][..],
        &["find", "--format", "ids"][..],
        &["export", "--format", "csv"][..],
        &["export", "--format", "ndjson"][..],
        &["remind", "--within", "60d", "--format", "json"][..],
        &["audit", "--format", "ndjson"][..],
        &["show", zhang.as_str(), "--format", "json"][..],
    ] {
        let run = |lang: &str| stdout_of(t.cmd().args(["--lang", lang, "--today", FRIDAY]).args(args));
        assert_eq!(run("en"), run("zh-CN"), "{args:?}");
    }
}

/// The ids `find QUERY` printed, less any other it found in the id itself: ids are
/// random, and one may hold the letters of the query (`c-r02ycfzw` for `zw`).
fn by_pinyin<'a>(ids: &'a str, query: &str, want: &str) -> Vec<&'a str> {
    let letters = query.to_lowercase().replace(' ', "");
    ids.lines()
        .filter(|id| *id == want || !id.contains(&letters))
        .collect()
}

#[test]
fn find_matches_pinyin_in_full_and_by_initials() {
    let (t, zhang, li) = store();
    for (query, want) in [
        ("zhangwei", &zhang),
        ("zhang wei", &zhang),
        ("ZW", &zhang),
        ("bjxh", &zhang),
        ("lina", &li),
        ("dongfang", &li),
    ] {
        let ids = stdout_of(t.cmd().args(["find", query, "--format", "ids"]));
        assert_eq!(by_pinyin(&ids, query, want), [want.as_str()], "{query}");
    }
    // ü is typed v, u or yu.
    let lv = t.add(&["--name", "吕强"]);
    for query in ["lvqiang", "luqiang", "lyuqiang", "lq"] {
        let ids = stdout_of(t.cmd().args(["find", query, "--format", "ids"]));
        assert_eq!(by_pinyin(&ids, query, &lv), [lv.as_str()], "{query}");
    }
    // A warm index answers the same.
    let ids = stdout_of(t.cmd().args(["find", "zw", "--format", "ids"]));
    assert_eq!(by_pinyin(&ids, "zw", &zhang), [zhang.as_str()]);
    // Resolving one customer works by pinyin too.
    let shown = stdout_of(t.cmd().args(["show", "zhangwei", "--format", "json"]));
    assert!(shown.contains(&zhang));
}

#[test]
fn a_lunar_birthday_is_stored_shown_reminded_and_exported() {
    let t = TestStore::new();
    let id = t.add(&["--name", "王芳", "--birthday", "农历八月十五"]);
    let other = t.add(&["--name", "陈刚", "--lunar-birthday", "1975-08-15"]);
    let r = t.show_json(&id);
    assert_eq!(r["lunar_birthday"]["calendar"], "chinese");
    assert_eq!(r["lunar_birthday"]["month"], 8);
    assert_eq!(r["lunar_birthday"]["day"], 15);
    assert!(r.get("birthday").is_none(), "{r}");
    assert_eq!(t.show_json(&other)["lunar_birthday"]["year"], 1975);
    // Reminded on its Gregorian day for the year: 中秋 2026 is 25 September.
    let out = stdout_of(t.cmd().args([
        "--lang",
        "zh-CN",
        "--today",
        "2026-09-20",
        "remind",
        "--within",
        "7d",
    ]));
    assert!(out.contains("2026-09-25\tbirthday\t"), "{out}");
    assert!(out.contains("51 岁农历生日（农历八月十五）"), "{out}");
    let json = stdout_of(t.cmd().args([
        "--today",
        "2026-09-20",
        "remind",
        "--within",
        "7d",
        "--format",
        "json",
    ]));
    assert!(json.contains("\"years\": 51"), "{json}");
    // Shown in both calendars.
    let shown = stdout_of(t.cmd().args([
        "--lang",
        "zh-CN",
        "--today",
        "2026-09-20",
        "show",
        &id,
        "--format",
        "table",
    ]));
    assert!(shown.contains("农历八月十五（下次：公历 2026-09-25）"), "{shown}");
    // One calendar event per year: no RRULE can say it.
    let ics = stdout_of(t.cmd().args(["export", "--format", "ics", &id]));
    assert!(
        ics.contains(&format!("UID:lunar-birthday.{id}.2027@crmfile")),
        "{ics}"
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20270915"), "{ics}");
    // A date that does not exist names the nearest ones.
    let err =
        stderr_of_failure(
            t.cmd()
                .args(["add", "--name", "x", "--lunar-birthday", "农历2024年闰四月十五"]),
        );
    assert!(err.contains("农历2024年四月十五（2024-05-22）"), "{err}");
    stdout_of(t.cmd().args(["set", &id, "农历生日=腊月廿三"]));
    assert_eq!(t.show_json(&id)["lunar_birthday"]["month"], 12);
}

#[test]
fn greetings_list_whom_to_greet_before_lunar_and_solar_holidays() {
    let (t, zhang, li) = store();
    // A greeting is marketing: only to customers who agreed to it (opt-in by default).
    for id in [&zhang, &li] {
        stdout_of(t.cmd().args([
            "consent",
            id,
            "--purpose",
            "营销",
            "--given",
            "--channel",
            "微信",
            "--date",
            "2026-01-05",
        ]));
    }
    // 中秋 2026 is 25 September; 国庆 is 1 October.
    let run = |lang: &str, within: &str| {
        stdout_of(t.cmd().args([
            "--lang",
            lang,
            "--today",
            "2026-09-20",
            "remind",
            "--kind",
            "greeting",
            "--within",
            within,
        ]))
    };
    let zh = run("zh-CN", "7d");
    assert!(
        zh.contains(&format!("2026-09-25\tgreeting\t{zhang}\t张伟\t中秋节问候")),
        "{zh}"
    );
    assert!(
        !zh.contains(&li),
        "a general customer is not greeted by default: {zh}"
    );
    assert!(!zh.contains("国庆"), "{zh}");
    let en = run("en", "14d");
    assert!(
        en.contains("greet before Mid-Autumn Festival") && en.contains("National Day"),
        "{en}"
    );
    // Not listed unless asked for.
    let all = stdout_of(
        t.cmd()
            .args(["--today", "2026-09-20", "remind", "--within", "7d"]),
    );
    assert!(!all.contains("greeting"), "{all}");
    // The config decides who and adds holidays.
    let config = t.store().join(".crmfile/config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let rule = "tiers = []\ntags = [\"东方\"]\nholidays = [{ name = \"公司周年庆\", date = \"09-22\" }]\n";
    let text = text.replace("tiers = [\"strategic\", \"important\"]\ntags = []\n", rule);
    assert!(text.contains(rule), "init writes the greeting rule: {text}");
    std::fs::write(&config, text).unwrap();
    stdout_of(t.cmd().args(["tag", &li, "东方"]));
    let zh = run("zh-CN", "7d");
    assert!(
        zh.contains(&format!("2026-09-22\tgreeting\t{li}\t李娜\t公司周年庆问候")),
        "{zh}"
    );
    assert!(!zh.contains(&zhang), "{zh}");
    // Withdrawn: no more greetings, whatever the rule says.
    stdout_of(t.cmd().args([
        "consent",
        &li,
        "--purpose",
        "marketing",
        "--withdrawn",
        "--date",
        "2026-09-01",
    ]));
    assert_eq!(run("zh-CN", "7d"), "", "李娜 withdrew her consent");
}

#[test]
fn audit_says_the_cadence_in_chinese_in_plain_text() {
    let (t, zhang, _) = store();
    let run = |lang: &str| {
        let out = t
            .cmd()
            .args(["--lang", lang, "--today", "2027-06-01", "audit"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let zh = run("zh-CN");
    let line = zh
        .lines()
        .find(|l| l.contains(&zhang) && l.contains("no-contact"))
        .expect("a finding");
    assert!(line.contains("已超过回访周期（每两周）的两倍"), "{zh}");
    assert!(line.starts_with("warning\tno-contact\t"), "{line}");
    assert!(run("en").contains("more than twice the 2w cadence"));
}

#[test]
fn calendar_entries_are_in_the_language_of_the_run_and_parse_in_icalendar() {
    let (t, zhang, _) = store();
    stdout_of(
        t.cmd()
            .args(["set", &zhang, "birthday=1985-03-12", "follow_up.next=2026-12-01"]),
    );
    stdout_of(t.cmd().args([
        "add-person",
        &zhang,
        "--name",
        "王芳",
        "--role",
        "决策人",
        "--birthday",
        "1979-07-02",
    ]));
    let ics = stdout_of(
        t.cmd()
            .args(["--lang", "zh-CN", "export", "--format", "ics", &zhang]),
    );
    for summary in [
        "SUMMARY:张伟的生日",
        "SUMMARY:王芳（张伟的决策人）的生日",
        "SUMMARY:回访：张伟",
    ] {
        assert!(ics.contains(summary), "{summary} in {ics}");
    }
    let parsed = crate::common::python_json(
        "import sys, json\nfrom icalendar import Calendar\n\
         cal = Calendar.from_ical(sys.stdin.buffer.read())\n\
         print(json.dumps([str(c.get('SUMMARY')) for c in cal.walk() if c.name in ('VEVENT', 'VTODO')], ensure_ascii=False))",
        ics.as_bytes(),
    );
    let summaries: Vec<&str> = parsed
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(summaries.contains(&"张伟的生日"), "{summaries:?}");
    // English runs keep English.
    let en = stdout_of(t.cmd().args(["export", "--format", "ics", &zhang]));
    assert!(en.contains("SUMMARY:birthday: 张伟"), "{en}");
}

#[test]
fn a_key_person_s_lunar_birthday_is_reminded_on_its_day_each_year() {
    let (t, zhang, _) = store();
    stdout_of(t.cmd().args([
        "add-person",
        &zhang,
        "--name",
        "王总",
        "--role",
        "决策人",
        "--birthday",
        "农历1962年腊月初八",
    ]));
    let p = &t.show_json(&zhang)["key_people"][0];
    assert_eq!(p["lunar_birthday"]["month"], 12);
    assert!(p.get("birthday").is_none());
    // 腊月初八 of lunar 2026 is 2027-01-15.
    let out = stdout_of(t.cmd().args([
        "--lang",
        "zh-CN",
        "--today",
        "2027-01-10",
        "remind",
        "--kind",
        "birthday",
        "--within",
        "7d",
    ]));
    assert!(
        out.contains("2027-01-15\tbirthday") && out.contains("王总（决策人）64 岁农历生日（农历腊月初八）"),
        "{out}"
    );
    let ics = stdout_of(t.cmd().args(["export", "--format", "ics", &zhang]));
    assert!(ics.contains("DTSTART;VALUE=DATE:20270115"), "{ics}");
    // The same with and without the index.
    let again = stdout_of(t.cmd().env("CRMFILE_INDEX", "off").args([
        "--lang",
        "zh-CN",
        "--today",
        "2027-01-10",
        "remind",
        "--kind",
        "birthday",
        "--within",
        "7d",
    ]));
    assert_eq!(out, again);
}

#[test]
fn a_yearly_date_in_the_chinese_calendar_recurs_on_its_lunar_day() {
    let (t, zhang, _) = store();
    stdout_of(t.cmd().args([
        "add-date",
        &zhang,
        "--label",
        "结婚纪念日",
        "--date",
        "农历2010年七月初七",
    ]));
    let d = &t.show_json(&zhang)["dates"][0];
    assert_eq!(
        d["date"], "2010-08-16",
        "the first day, in the Gregorian calendar"
    );
    assert_eq!(d["lunar"]["month"], 7);
    // 七夕 2027 is 8 August; 17 years in lunar years.
    let run = |index: &str| {
        stdout_of(t.cmd().env("CRMFILE_INDEX", index).args([
            "--lang",
            "zh-CN",
            "--today",
            "2027-08-01",
            "remind",
            "--kind",
            "anniversary",
            "--within",
            "30d",
        ]))
    };
    let out = run("on");
    assert!(
        out.contains("2027-08-08\tanniversary") && out.contains("结婚纪念日（17 周年）"),
        "{out}"
    );
    assert_eq!(out, run("off"), "the same through the index");
    let ics = stdout_of(t.cmd().args(["export", "--format", "ics", &zhang]));
    let id = d["id"].as_str().unwrap();
    assert!(
        ics.contains(&format!("UID:anniversary.{id}.2027@crmfile")),
        "one event a year: {ics}"
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20270808"), "{ics}");
    assert!(
        !ics.contains(&format!("UID:anniversary.{id}@crmfile")),
        "no Gregorian yearly rule: {ics}"
    );
    let shown = stdout_of(t.cmd().args(["show", &zhang, "--format", "table"]));
    assert!(shown.contains("农历2010年七月初七"), "{shown}");
}

#[test]
fn kinds_and_dimensions_are_typed_by_their_chinese_names() {
    let (t, zhang, _) = store();
    stdout_of(
        t.cmd()
            .args(["set", &zhang, "birthday=1980-12-05", "industry=制造业"]),
    );
    for (zh, en) in [("生日", "birthday"), ("回访", "follow-up"), ("催款", "payment")] {
        let run = |kind: &str| {
            stdout_of(t.cmd().args([
                "--today", FRIDAY, "remind", "--within", "30d", "--kind", kind, "--format", "json",
            ]))
        };
        assert_eq!(run(zh), run(en), "{zh}");
        if en != "payment" {
            assert_ne!(run(zh), "[]\n", "{zh} lists something");
        }
    }
    let by = |dimension: &str| stdout_of(t.cmd().args(["report", "--by", dimension, "--format", "json"]));
    assert_eq!(by("行业"), by("industry"));
    assert!(by("行业").contains("制造业"));
    assert_eq!(by("客户经理"), by("owner"));
    // An unknown one is an error that lists them by their Chinese names too.
    let err = String::from_utf8(
        t.cmd()
            .args(["--lang", "zh-CN", "remind", "--kind", "生"])
            .output()
            .unwrap()
            .stderr,
    )
    .unwrap();
    assert!(err.contains("生日（birthday）、纪念日（anniversary）"), "{err}");
    let err = String::from_utf8(
        t.cmd()
            .args(["--lang", "zh-CN", "report", "--by", "行"])
            .output()
            .unwrap()
            .stderr,
    )
    .unwrap();
    assert!(err.contains("行业（industry）"), "{err}");
    // Every kind is listed in the Chinese help, described or not.
    let help = stdout_of(t.cmd().args(["--lang", "zh-CN", "remind", "--help"]));
    for kind in [
        "follow-up",
        "birthday",
        "anniversary",
        "complaint",
        "callback",
        "payment",
    ] {
        assert!(help.contains(&format!("- {kind}")), "{kind} in {help}");
    }
}

#[test]
fn a_birthday_set_in_the_other_calendar_replaces_the_old_one() {
    let t = TestStore::new();
    let id = t.add(&["--name", "双生日", "--birthday", "1985-03-12"]);
    let out = t
        .cmd()
        .args(["set", &id, "生日=农历1985年八月十五"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("(1985-03-12) is replaced"), "{said}");
    let r = t.show_json(&id);
    assert!(r.get("birthday").is_none(), "one birthday, not two: {r}");
    assert_eq!(r["lunar_birthday"]["month"], 8);
    // One reminder a year, on the lunar day.
    let out = stdout_of(t.cmd().args([
        "--today",
        "2026-03-01",
        "remind",
        "--kind",
        "birthday",
        "--within",
        "1y",
    ]));
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.starts_with("2026-09-25\tbirthday"), "{out}");

    stdout_of(t.cmd().args(["set", &id, "birthday=1985-03-12"]));
    let r = t.show_json(&id);
    assert_eq!(r["birthday"], "1985-03-12");
    assert!(r.get("lunar_birthday").is_none(), "{r}");
    // Both at once keep both.
    stdout_of(
        t.cmd()
            .args(["set", &id, "birthday=1985-03-12", "lunar_birthday=农历八月十五"]),
    );
    let r = t.show_json(&id);
    assert_eq!(r["birthday"], "1985-03-12");
    assert_eq!(r["lunar_birthday"]["day"], 15);
}

#[test]
fn everyday_names_of_fields_are_read_as_their_labels() {
    let (t, zhang, _) = store();
    stdout_of(t.cmd().args([
        "--today",
        FRIDAY,
        "set",
        &zhang,
        "跟进周期=一个月",
        "下次跟进=下周一",
        "区域=上海",
    ]));
    let z = t.show_json(&zhang);
    assert_eq!(z["follow_up"]["cadence"], "1m");
    assert_eq!(z["follow_up"]["next"], "2026-11-30");
    assert_eq!(z["region"], "上海");
    let file = t.tmpdir().join("客户.csv");
    std::fs::write(&file, "姓名,手机,跟进周期,所在地区\n赵敏,13600136000,两周,杭州\n").unwrap();
    stdout_of(
        t.cmd()
            .args(["import", "customers", "--format", "csv"])
            .arg(&file),
    );
    let c = t.show_json("赵敏");
    assert_eq!(
        (c["follow_up"]["cadence"].as_str(), c["region"].as_str()),
        (Some("2w"), Some("杭州"))
    );
}

/// Lines of JSON input that cannot be taken are said in Chinese, serde's reasons too,
/// and the others are taken.
#[test]
fn json_input_problems_are_said_in_chinese() {
    let t = TestStore::new();
    let lines = concat!(
        "{\"name\":\"张三\",\"contact\":{\"phones\":[{\"number\":\"13800138000\"}]}}\n",
        "{\"nmae\":\"李四\"}\n",
        "{\"name\":\"王五\",\"birthday\":\"abc\"}\n",
        "{\"name\":\"钱七\",\"class\":{\"tier\":\"gold\"}}\n",
        "{\"name\":\"孙八\",\"follow_up\":{\"cadence\":5}}\n",
    );
    let err = stderr_of_failure(
        t.cmd()
            .args([
                "--lang",
                "zh-CN",
                "import",
                "customers",
                "--format",
                "ndjson",
                "-",
            ])
            .write_stdin(lines),
    );
    for said in [
        "第 2 行：缺少字段 `name`",
        "第 3 行：birthday: `abc` 不是日期（YYYY-MM-DD，年份 0001 至 9999）",
        "第 4 行：class.tier: `gold` 不是可选值之一：strategic、战略",
        "第 5 行：follow_up.cadence: 类型不对：应为文本，实为整数 `5`",
    ] {
        assert!(err.contains(said), "{said:?} in:\n{err}");
    }
    assert!(!err.contains("missing field"), "{err}");
    assert!(!err.contains("invalid type"), "{err}");
    assert_eq!(t.all_ids().len(), 1, "张三 is taken");

    let err = stderr_of_failure(
        t.cmd()
            .args(["--lang", "zh-CN", "log-purchase", "--json", "-"])
            .write_stdin("{\"amount\":\"5\"}\n{\"customer\":\"张三\",\"amount\":5}\n"),
    );
    assert!(err.contains("第 1 行：缺少 `customer`"), "{err}");
    assert!(err.contains("第 2 行：类型不对：应为文本，实为整数 `5`"), "{err}");
}

/// A record file that is not one is said to be damaged, and why, in the reader's
/// language.
#[test]
fn a_damaged_file_is_said_in_chinese() {
    let (t, zhang, _) = store();
    std::fs::write(t.record_path(&zhang), b"not an age file at all").unwrap();
    let err = stderr_of_failure(t.cmd().args(["--lang", "zh-CN", "find", "李娜"]));
    assert!(err.contains("已损坏：不是有效的 age 文件（文件头不对）"), "{err}");
    assert!(!err.contains("bad header"), "{err}");
    let err = stderr_of_failure(t.cmd().args(["--lang", "en", "find", "李娜"]));
    assert!(
        err.contains("damaged: not a valid age file (bad header)"),
        "{err}"
    );
}

/// Smaller texts of the Chinese sweep: the help command under a command with
/// subcommands, why an identity file cannot be used, audit's closing counts.
#[test]
fn help_identity_and_audit_counts_are_chinese() {
    let (t, _, _) = store();
    let help = stdout_of(t.cmd().args(["--lang", "zh-CN", "member", "--help"]));
    assert!(help.contains("  help    显示本帮助"), "{help}");
    let empty = t.root().join("empty-id.txt");
    std::fs::write(&empty, "# only a comment\n").unwrap();
    std::fs::set_permissions(&empty, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let err = stderr_of_failure(
        t.cmd()
            .args(["--lang", "zh-CN", "--identity"])
            .arg(&empty)
            .args(["find", "x"]),
    );
    assert!(err.contains("其中没有身份密钥"), "{err}");
    let out = t
        .cmd()
        .args(["--lang", "zh-CN", "audit"])
        .output()
        .expect("run audit");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(" 错误、"), "{said}");
}

/// The system's reasons (a file that is not there) and calamine's (bytes that are no
/// workbook) are said in Chinese; an English run keeps the system's words.
#[test]
fn why_a_file_could_not_be_read_is_said_in_chinese() {
    let (t, _, _) = store();
    let missing = t.root().join("没有这个文件.csv");
    let err = stderr_of_failure(
        t.cmd()
            .args(["--lang", "zh-CN", "import", "customers"])
            .arg(&missing),
    );
    assert!(err.contains("原因: 文件或文件夹不存在（系统错误 2）"), "{err}");
    assert!(!err.contains("No such file"), "{err}");
    let err = stderr_of_failure(
        t.cmd()
            .args(["--lang", "en", "import", "customers"])
            .arg(&missing),
    );
    assert!(err.contains("No such file or directory (os error 2)"), "{err}");

    let not_a_book = t.root().join("客户.xlsx");
    std::fs::write(&not_a_book, "姓名,电话\n张伟,13800138000\n").unwrap();
    let err = stderr_of_failure(
        t.cmd()
            .args(["--lang", "zh-CN", "import", "customers"])
            .arg(&not_a_book),
    );
    assert!(err.contains("不是 crmfile 能读取的工作簿"), "{err}");
    assert!(!err.contains("Cannot detect"), "{err}");
}

/// An edit that breaks TOML says where, what is wrong and what was expected, in
/// Chinese; the tokens TOML expected are shown, not hidden as the record's content is.
#[test]
fn an_edit_that_is_not_toml_is_said_in_chinese() {
    let _edit = crate::common::edit_lock();
    let (t, zhang, _) = store();
    let editor = t.editor_script("no-equals.sh", "sed -i 's/^name = /name /' \"$1\"");
    let err = stderr_of_failure(
        t.cmd()
            .env("EDITOR", &editor)
            .args(["--lang", "zh-CN", "edit", &zhang]),
    );
    assert!(err.contains("不是有效的 TOML"), "{err}");
    assert!(err.contains("键没有值，此处应为 `=`"), "{err}");
    assert!(!err.contains("key with no value"), "{err}");
    let err = stderr_of_failure(
        t.cmd()
            .env("EDITOR", &editor)
            .args(["--lang", "en", "edit", &zhang]),
    );
    assert!(err.contains("key with no value, expected `=`"), "{err}");
}
