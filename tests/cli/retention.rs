//! Retention that counts real activity, `forget --expired`, and reviews of stale details.

use serde_json::Value;

use crate::common::{TestStore, stderr_of, stdout_of};

fn ok(t: &TestStore, args: &[&str]) -> String {
    let out = t.cmd().args(args).output().expect("run crmfile");
    assert!(out.status.success(), "crmfile {args:?}: {}", stderr_of(&out));
    stdout_of(&out)
}

/// Sets `key` in `[table]`, where the config `init` writes has it commented out.
fn set_config(t: &TestStore, table: &str, key: &str, value: &str) {
    let path = t.store().join(".crmfile").join("config.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find(&format!("[{table}]")).expect("the table");
    let (head, tail) = text.split_at(at);
    let commented = format!("# {key} = ");
    let line_start = tail.find(&commented).expect("the commented key");
    let line_end = line_start + tail[line_start..].find('\n').unwrap();
    let tail = format!("{}{key} = {value}{}", &tail[..line_start], &tail[line_end..]);
    std::fs::write(&path, format!("{head}{tail}")).unwrap();
}

#[test]
fn an_imported_customer_counts_from_its_last_dealing_and_expired_ones_go_in_one_run() {
    let t = TestStore::new();
    set_config(&t, "retention", "days", "365");
    // Migrated today from another system: the last order was in 2024.
    let file = t.tmpdir().join("old.ndjson");
    std::fs::write(
        &file,
        r#"{"name":"老客户","contact":{"phones":["13800138000"]},"transactions":[{"date":"2024-03-01","amount":"100","currency":"CNY"}]}
{"name":"新客户","contact":{"phones":["13900139000"]}}
"#,
    )
    .unwrap();
    ok(
        &t,
        &[
            "import",
            "customers",
            "--format",
            "ndjson",
            file.to_str().unwrap(),
        ],
    );
    let recent = t.add(&["--name", "常联系", "--phone", "13700137000"]);
    ok(
        &t,
        &[
            "log-contact",
            &recent,
            "--channel",
            "phone",
            "--summary",
            "ok",
            "--at",
            "2025-01-01T10:00:00+08:00",
        ],
    );
    ok(
        &t,
        &["log-contact", &recent, "--channel", "phone", "--summary", "ok"],
    );

    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    let findings: Value = serde_json::from_slice(&out.stdout).unwrap();
    let expired: Vec<&Value> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "retention")
        .collect();
    assert_eq!(expired.len(), 1, "only the customer of 2024: {findings}");
    assert!(expired[0]["message"].as_str().unwrap().contains("2024-03-01"));

    // Without a terminal and without --yes: listed, then refused, nothing erased.
    let out = t.cmd().args(["forget", "--expired"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.contains("老客户") && err.contains("2024-03-01"), "{err}");
    assert_eq!(t.all_ids().len(), 3);

    let out = t.cmd().args(["forget", "--expired", "--yes"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("erased 1 customers"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(t.all_ids().len(), 2);
    // A tombstone was left: the same person is refused again.
    let out = t
        .cmd()
        .args(["add", "--name", "老客户", "--phone", "13800138000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));

    // Nothing left past retention: said, exit 0.
    let out = t.cmd().args(["forget", "--expired", "--yes"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        stderr_of(&out).contains("no customer is past"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn forget_expired_needs_a_retention_period() {
    let t = TestStore::new();
    t.add(&["--name", "A"]);
    let out = t.cmd().args(["forget", "--expired", "--yes"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("[retention]"), "{}", stderr_of(&out));
    let out = t.cmd().args(["forget", "A"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "one customer still needs --reason");
}

#[test]
fn details_not_verified_for_review_days_are_reminded_when_asked() {
    let t = TestStore::new();
    set_config(&t, "review", "days", "180");
    let never = t.add(&["--name", "Never"]);
    let checked = t.add(&["--name", "Checked"]);
    ok(&t, &["set", &checked, "verified=2026-11-01"]);
    // Made 2026-11-22: due for review 180 days on, 2027-05-21; not in the default list.
    // Everything else due that day is listed (the follow-ups), but not the reviews.
    let default = ok(
        &t,
        &[
            "remind",
            "--today",
            "2027-05-21",
            "--within",
            "1d",
            "--format",
            "json",
        ],
    );
    let default: Value = serde_json::from_str(&default).unwrap();
    let kinds: Vec<&str> = default
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["kind"].as_str().unwrap())
        .collect();
    assert!(!kinds.is_empty() && !kinds.contains(&"review"), "{kinds:?}");
    let items: Value = serde_json::from_str(&ok(
        &t,
        &[
            "remind",
            "--today",
            "2027-05-21",
            "--kind",
            "review",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    let ids: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["customer"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [checked.as_str(), never.as_str()],
        "checked on 11-01 is due 2027-04-30, first"
    );
    ok(&t, &["set", &never, "verified=2027-05-20"]);
    let items: Value = serde_json::from_str(&ok(
        &t,
        &[
            "remind",
            "--today",
            "2027-05-21",
            "--kind",
            "review",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(items.as_array().unwrap().len(), 1);
    // verified compares as a date.
    let found = ok(&t, &["find", "--where", "verified<2027-01-01"]);
    assert!(found.contains(&checked) && !found.contains(&never), "{found}");
}

#[test]
fn consent_is_kept_per_purpose_and_marketing_reaches_only_who_agreed() {
    let t = TestStore::new();
    let yes = t.add(&[
        "--name",
        "同意",
        "--phone",
        "13800138000",
        "--birthday",
        "1980-05-01",
    ]);
    let no = t.add(&[
        "--name",
        "撤回",
        "--phone",
        "13900139000",
        "--birthday",
        "1981-06-02",
    ]);
    let never = t.add(&[
        "--name",
        "未问",
        "--phone",
        "13700137000",
        "--birthday",
        "1982-07-03",
    ]);
    ok(
        &t,
        &[
            "consent",
            &yes,
            "--purpose",
            "营销",
            "--given",
            "--channel",
            "微信",
            "--scope",
            "节日问候",
            "--evidence",
            "聊天记录 2026-11-20",
        ],
    );
    ok(
        &t,
        &[
            "consent",
            &no,
            "--purpose",
            "marketing",
            "--given",
            "--date",
            "2026-01-01",
        ],
    );
    let out = ok(&t, &["consent", &no, "--purpose", "marketing", "--withdrawn"]);
    assert!(out.trim().split('\t').nth(1).unwrap().starts_with("n-"), "{out}");

    let c = t.show_json(&yes);
    let k = &c["consents"][0];
    assert_eq!(
        (k["purpose"].as_str(), k["status"].as_str()),
        (Some("marketing"), Some("given"))
    );
    assert_eq!(
        (k["channel"].as_str(), k["scope"].as_str()),
        (Some("微信"), Some("节日问候"))
    );
    assert_eq!(
        t.show_json(&no)["consents"].as_array().unwrap().len(),
        2,
        "kept, never overwritten"
    );

    // A campaign export reaches only who agreed (opt-in, the default).
    let csv = ok(
        &t,
        &[
            "export",
            "--purpose",
            "marketing",
            "--format",
            "csv",
            "--fields",
            "id,name",
        ],
    );
    assert_eq!(csv, format!("id,name\n{yes},同意\n"));
    // A calendar for the campaign too: only the birthday of who agreed.
    let ics = ok(&t, &["export", "--purpose", "marketing", "--format", "ics"]);
    assert!(ics.contains(&format!("UID:birthday.{yes}@crmfile")), "{ics}");
    for other in [&no, &never] {
        assert!(!ics.contains(other.as_str()), "{ics}");
    }
    let ics = ok(&t, &["export", "--format", "ics"]);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3, "{ics}");
    // Opt-out: everyone but who withdrew.
    let path = t.store().join(".crmfile").join("config.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("marketing = \"opt-in\"", "marketing = \"opt-out\""),
    )
    .unwrap();
    let csv = ok(
        &t,
        &[
            "export",
            "--purpose",
            "marketing",
            "--format",
            "csv",
            "--fields",
            "id",
        ],
    );
    let mut ids: Vec<&str> = csv.lines().skip(1).collect();
    ids.sort_unstable();
    let mut want = vec![yes.as_str(), never.as_str()];
    want.sort_unstable();
    assert_eq!(ids, want);

    // A store that requires consent to serve: audit lists who has none.
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("required = []", "required = [\"service\"]")).unwrap();
    ok(
        &t,
        &[
            "consent",
            &yes,
            "--purpose",
            "service",
            "--given",
            "--evidence",
            "合同 HT-1",
        ],
    );
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    let findings: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut missing: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "no-consent")
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    missing.sort_unstable();
    let mut want = vec![no.as_str(), never.as_str()];
    want.sort_unstable();
    assert_eq!(missing, want);

    // The subject's copy holds the consents; the table shows them.
    let subject: Value = serde_json::from_str(&ok(&t, &["export", &yes, "--subject"])).unwrap();
    assert!(subject.to_string().contains("聊天记录 2026-11-20"), "{subject}");
    let shown = ok(&t, &["--lang", "zh-CN", "show", &yes, "--format", "table"]);
    assert!(
        shown.contains("同意记录") && shown.contains("营销推广") && shown.contains("给予"),
        "{shown}"
    );

    // A bad purpose names the choices.
    let out = t
        .cmd()
        .args(["consent", &yes, "--purpose", "spam", "--given"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("marketing"), "{}", stderr_of(&out));
}

#[test]
fn links_are_kept_on_both_sides_followed_by_find_and_mended_by_merge_and_forget() {
    let t = TestStore::new();
    let hq = t.add(&["--name", "北京星河科技有限公司", "--phone", "01087654321"]);
    let branch = t.add(&["--name", "星河上海分公司", "--phone", "02155550101"]);
    let referrer = t.add(&["--name", "王芳", "--phone", "13900139000"]);
    let out = ok(&t, &["link", &branch, &hq, "--as", "母公司"]);
    assert_eq!(out, format!("{branch}\t{hq}\n"));
    ok(
        &t,
        &["link", &hq, &referrer, "--as", "referrer", "--note", "2025 展会"],
    );
    assert_eq!(
        t.show_json(&branch)["links"],
        serde_json::json!([{"to": hq, "as": "parent"}])
    );
    let hq_links = t.show_json(&hq)["links"].clone();
    assert_eq!(hq_links[0], serde_json::json!({"to": branch, "as": "branch"}));
    assert_eq!(hq_links[1]["as"], "referrer");
    assert_eq!(t.show_json(&referrer)["links"][0]["as"], "referred");

    // find follows links, through the index and without it.
    for index in ["on", "off"] {
        let out = t
            .cmd()
            .env("CRMFILE_INDEX", index)
            .args(["find", "--linked-to", "北京星河", "--format", "csv"])
            .output()
            .unwrap();
        let text = stdout_of(&out);
        assert!(
            text.contains(&branch) && text.contains(&referrer) && !text.contains(&format!("\n{hq},")),
            "{index}: {text}"
        );
    }
    // show names them, in Chinese too.
    let shown = ok(&t, &["--lang", "zh-CN", "show", &hq, "--format", "table"]);
    assert!(
        shown.contains("关联客户") && shown.contains("分公司") && shown.contains("星河上海分公司"),
        "{shown}"
    );

    // A duplicate of the head office, linked to the referrer, folded into it: the referrer
    // points at the record kept, once.
    let dup = t.add(&["--name", "星河科技(北京)", "--phone", "01087650000", "--force"]);
    ok(&t, &["link", &referrer, &dup, "--as", "referred"]);
    ok(&t, &["merge", &hq, &dup, "--yes"]);
    let r = t.show_json(&referrer);
    assert_eq!(
        r["links"],
        serde_json::json!([{"to": hq, "as": "referred", "note": "2025 展会"}]),
        "{r}"
    );

    // The branch forgotten: nobody points at it any more.
    ok(&t, &["forget", &branch, "--reason", "closed", "--yes"]);
    let links = t.show_json(&hq)["links"].clone();
    assert!(!links.to_string().contains(&branch), "{links}");
    let out = t.cmd().args(["audit", "--format", "json"]).output().unwrap();
    assert!(!stdout_of(&out).contains("links.to"), "{}", stdout_of(&out));

    // unlink, and the errors.
    ok(&t, &["unlink", &hq, &referrer]);
    assert!(t.show_json(&referrer).get("links").is_none());
    let out = t.cmd().args(["unlink", &hq, &referrer]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("not linked"), "{}", stderr_of(&out));
    let out = t
        .cmd()
        .args(["link", &hq, &hq, "--as", "partner"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = t
        .cmd()
        .args(["link", &hq, &referrer, "--as", "friend"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("competitor"),
        "the choices are named: {}",
        stderr_of(&out)
    );
}
