//! `crmfile remind` end to end: when follow-ups, birthdays, anniversaries and complaints
//! fall due, the window, the filters, the cron contract, `--done`, and the JSON, NDJSON
//! and iCalendar outputs (the latter checked by Python's `icalendar` package).
//!
//! The helpers' clock is 2026-11-22 (a Sunday); every test names its `--today`.

use std::collections::BTreeMap;
use std::process::Output;

use serde_json::Value;

use crate::common::{NOW, TestStore, is_id, python_json, python_with, stderr_of};

/// The store's clock date, and the `--today` most tests use.
const TODAY: &str = "2026-11-22";

/// A follow-up date no test reaches: customers with it only have their other dates due.
const FAR: &str = "2099-01-01";

/// Early in the year, for customers that must exist before the contacts they get.
const JANUARY: &str = "2026-01-05T10:00:00+08:00";

fn stdout_of(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// `crmfile ARGS…` with the clock at `now`; asserts success and returns stdout.
fn run_at(t: &TestStore, now: &str, args: &[&str]) -> String {
    let out = t
        .cmd()
        .env("CRMFILE_NOW", now)
        .args(args)
        .output()
        .expect("run crmfile");
    assert!(
        out.status.success(),
        "crmfile {args:?} failed: {}\n{}",
        out.status,
        stderr_of(&out)
    );
    stdout_of(&out)
}

/// `crmfile ARGS…` at the helpers' clock; asserts success and returns stdout.
fn run(t: &TestStore, args: &[&str]) -> String {
    run_at(t, NOW, args)
}

/// `crmfile add ARGS…` with the clock at `now`, so the record is created then.
fn add_at(t: &TestStore, now: &str, args: &[&str]) -> String {
    let mut all = vec!["add"];
    all.extend_from_slice(args);
    let out = run_at(t, now, &all);
    let id = out.trim().to_string();
    assert!(is_id(&id), "add printed {out:?}");
    id
}

/// A customer whose follow-up is set far ahead, so that only its other dates are due.
fn add_quiet(t: &TestStore, args: &[&str]) -> String {
    let id = t.add(args);
    run(t, &["set", &id, &format!("follow_up.next={FAR}")]);
    id
}

/// Runs an `add-person`, `add-date` or `log-feedback` and returns the new entry's id
/// (they print `CUSTOMER<TAB>ENTRY`).
fn entry_id(t: &TestStore, args: &[&str]) -> String {
    let out = run(t, args);
    let (_, id) = out
        .trim()
        .split_once('\t')
        .unwrap_or_else(|| panic!("{args:?} printed {out:?}"));
    id.to_string()
}

/// `log-contact ID --at DATE`: a phone call on that day.
fn call_on(t: &TestStore, id: &str, date: &str) {
    run(
        t,
        &[
            "log-contact",
            id,
            "--channel",
            "phone",
            "--summary",
            "call",
            "--at",
            date,
        ],
    );
}

/// `add-person ID --name NAME --role ROLE --birthday BIRTHDAY`; returns the person's id.
fn person(t: &TestStore, id: &str, name: &str, role: &str, birthday: &str) -> String {
    entry_id(
        t,
        &[
            "add-person",
            id,
            "--name",
            name,
            "--role",
            role,
            "--birthday",
            birthday,
        ],
    )
}

/// `add-date ID --label LABEL --date DATE`; returns the date's id.
fn yearly(t: &TestStore, id: &str, label: &str, date: &str) -> String {
    entry_id(t, &["add-date", id, "--label", label, "--date", date])
}

/// `log-feedback ID --kind KIND --text TEXT --date DATE`; returns the entry's id.
fn feedback(t: &TestStore, id: &str, kind: &str, text: &str, date: &str) -> String {
    entry_id(
        t,
        &["log-feedback", id, "--kind", kind, "--text", text, "--date", date],
    )
}

/// `crmfile remind ARGS…`, whatever its exit status.
fn remind(t: &TestStore, args: &[&str]) -> Output {
    t.cmd()
        .arg("remind")
        .args(args)
        .output()
        .expect("run crmfile remind")
}

/// `crmfile remind ARGS…`: asserts exit 0 and a quiet stderr, returns stdout.
fn remind_ok(t: &TestStore, args: &[&str]) -> String {
    let out = remind(t, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "remind {args:?} failed: {}",
        stderr_of(&out)
    );
    assert_eq!(stderr_of(&out), "", "remind {args:?} wrote to stderr");
    stdout_of(&out)
}

/// `crmfile remind --format json ARGS…`, parsed; no output (nothing due) is no items.
fn remind_json(t: &TestStore, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let text = remind_ok(t, &all);
    if text.is_empty() {
        return Vec::new();
    }
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    v.as_array()
        .unwrap_or_else(|| panic!("not a JSON array: {text}"))
        .clone()
}

/// Plain output as rows of tab-separated cells; asserts five cells a row.
fn rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| {
            let cells: Vec<String> = l.split('\t').map(String::from).collect();
            assert_eq!(cells.len(), 5, "not DATE KIND ID NAME DETAIL: {l:?}");
            cells
        })
        .collect()
}

fn s<'a>(item: &'a Value, key: &str) -> &'a str {
    item[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is not a string in {item}"))
}

/// (date, kind, name) of each item, in output order.
fn dkn(items: &[Value]) -> Vec<(String, String, String)> {
    items
        .iter()
        .map(|i| (s(i, "date").into(), s(i, "kind").into(), s(i, "name").into()))
        .collect()
}

fn triples(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

/// Every follow-up due within a year of `today`, by customer id: (date, detail, overdue).
fn follow_ups(t: &TestStore, today: &str) -> BTreeMap<String, (String, String, bool)> {
    remind_json(t, &["--today", today, "--within", "1y", "--kind", "follow-up"])
        .iter()
        .map(|i| {
            let overdue = i["overdue"].as_bool().expect("overdue is a bool");
            (
                s(i, "customer").to_string(),
                (s(i, "date").to_string(), s(i, "detail").to_string(), overdue),
            )
        })
        .collect()
}

fn due(date: &str, detail: &str, overdue: bool) -> (String, String, bool) {
    (date.to_string(), detail.to_string(), overdue)
}

// Follow-ups ─────────────────────────────────────────────────────────────────────────────

#[test]
fn follow_up_counts_from_the_last_contact_and_an_explicit_next_step_wins() {
    let t = TestStore::new();
    let plain = add_at(&t, JANUARY, &["--name", "Plain"]);
    let sooner = add_at(&t, JANUARY, &["--name", "Sooner"]);
    let later = add_at(&t, JANUARY, &["--name", "Later"]);
    let unordered = add_at(&t, JANUARY, &["--name", "Unordered"]);
    for id in [&plain, &sooner, &later] {
        call_on(&t, id, "2026-11-01");
    }
    // Logged out of order: the latest contact counts, not the last one logged.
    for at in ["2026-11-10", "2026-10-01"] {
        call_on(&t, &unordered, at);
    }
    run(&t, &["set", &sooner, "follow_up.next=2026-11-26"]);
    run(&t, &["set", &later, "follow_up.next=2027-01-15"]);

    let got = follow_ups(&t, TODAY);
    let want: BTreeMap<String, (String, String, bool)> = [
        (
            &plain,
            due("2026-12-01", "every 30d, last contact 2026-11-01", false),
        ),
        (&sooner, due("2026-11-26", "next step set", false)),
        // Later than the cadence would make it, and still the date that counts.
        (&later, due("2027-01-15", "next step set", false)),
        (
            &unordered,
            due("2026-12-10", "every 30d, last contact 2026-11-10", false),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.clone(), v))
    .collect();
    assert_eq!(got, want);

    // Within the default 7 days only the explicit next step is due, in the plain format.
    let text = remind_ok(&t, &["--today", TODAY]);
    assert_eq!(
        text,
        format!("2026-11-26\tfollow-up\t{sooner}\tSooner\tnext step set\n")
    );
}

#[test]
fn tier_default_cadences_apply_when_the_record_has_none() {
    let t = TestStore::new();
    let mut ids = BTreeMap::new();
    for tier in ["strategic", "important", "general", "potential"] {
        let id = add_at(&t, JANUARY, &["--name", tier]);
        run(&t, &["set", &id, &format!("class.tier={tier}")]);
        call_on(&t, &id, "2026-11-01");
        ids.insert(tier, id);
    }
    let got = follow_ups(&t, TODAY);
    let want: BTreeMap<String, (String, String, bool)> = [
        (
            "strategic",
            due("2026-11-15", "every 14d, last contact 2026-11-01", true),
        ),
        (
            "important",
            due("2026-12-01", "every 30d, last contact 2026-11-01", false),
        ),
        (
            "general",
            due("2026-12-31", "every 60d, last contact 2026-11-01", false),
        ),
        (
            "potential",
            due("2027-01-30", "every 90d, last contact 2026-11-01", false),
        ),
    ]
    .into_iter()
    .map(|(tier, v)| (ids[tier].clone(), v))
    .collect();
    assert_eq!(got, want);
}

#[test]
fn the_records_own_cadence_beats_its_tier() {
    let t = TestStore::new();
    let days = add_at(&t, JANUARY, &["--name", "Days"]);
    let weeks = add_at(&t, JANUARY, &["--name", "Weeks"]);
    let tier_only = add_at(&t, JANUARY, &["--name", "TierOnly"]);
    run(
        &t,
        &["set", &days, "class.tier=strategic", "follow_up.cadence=7d"],
    );
    run(&t, &["set", &weeks, "class.tier=general", "follow_up.cadence=2w"]);
    run(&t, &["set", &tier_only, "class.tier=general"]);
    for id in [&days, &weeks, &tier_only] {
        call_on(&t, id, "2026-11-01");
    }
    let got = follow_ups(&t, TODAY);
    assert_eq!(
        got[&days],
        due("2026-11-08", "every 7d, last contact 2026-11-01", true),
        "7d, not the strategic tier's 14d"
    );
    assert_eq!(
        got[&weeks],
        due("2026-11-15", "every 2w, last contact 2026-11-01", true),
        "2w, not the general tier's 60d"
    );
    assert_eq!(
        got[&tier_only],
        due("2026-12-31", "every 60d, last contact 2026-11-01", false)
    );
}

#[test]
fn a_never_contacted_customer_counts_from_its_creation_date() {
    let t = TestStore::new();
    let march = "2026-03-10T16:45:00+08:00";
    let untiered = add_at(&t, march, &["--name", "Untiered"]);
    let strategic = add_at(&t, march, &["--name", "Strategic"]);
    let potential = add_at(&t, march, &["--name", "Potential"]);
    run(&t, &["set", &strategic, "class.tier=strategic"]);
    run(&t, &["set", &potential, "class.tier=potential"]);
    // Created today: due in 30 days, outside the default window.
    let fresh = t.add(&["--name", "Fresh"]);

    let got = follow_ups(&t, TODAY);
    assert_eq!(
        got[&untiered],
        due("2026-04-09", "every 30d, never contacted", true)
    );
    assert_eq!(
        got[&strategic],
        due("2026-03-24", "every 14d, never contacted", true)
    );
    assert_eq!(
        got[&potential],
        due("2026-06-08", "every 90d, never contacted", true)
    );
    assert_eq!(
        got[&fresh],
        due("2026-12-22", "every 30d, never contacted", false)
    );

    let listed: Vec<String> = rows(&remind_ok(&t, &["--today", TODAY]))
        .into_iter()
        .map(|r| r[2].clone())
        .collect();
    assert_eq!(
        listed,
        [strategic, untiered, potential],
        "overdue, by date; not Fresh"
    );
}

// Birthdays and anniversaries ────────────────────────────────────────────────────────────

#[test]
fn a_29_february_birthday_falls_on_28_february_in_common_years() {
    let t = TestStore::new();
    let id = add_quiet(&t, &["--name", "Leap", "--birthday", "2000-02-29"]);
    let founded = yearly(&t, &id, "founded", "2004-02-29");

    // 2027 is a common year: 28 February, from a week before and on the day itself.
    for today in ["2027-02-21", "2027-02-28"] {
        let items = remind_json(&t, &["--today", today]);
        assert_eq!(
            dkn(&items),
            triples(&[
                ("2027-02-28", "birthday", "Leap"),
                ("2027-02-28", "anniversary", "Leap"),
            ]),
            "--today {today}"
        );
        assert_eq!(items[0]["years"], 27);
        assert_eq!(s(&items[0], "detail"), "turns 27");
        assert_eq!(s(&items[0], "uid"), format!("birthday.{id}.2027@crmfile"));
        assert_eq!(items[1]["years"], 23);
        assert_eq!(s(&items[1], "detail"), "founded (23 years)");
        assert_eq!(s(&items[1], "about"), founded);
        assert!(items.iter().all(|i| i["overdue"] == false));
    }
    // Not on 1 March, and once 28 February has passed the next one is 2028's.
    assert_eq!(remind_ok(&t, &["--today", "2027-02-20", "--within", "7d"]), "");
    assert_eq!(remind_ok(&t, &["--today", "2027-03-01"]), "");

    // 2028 is a leap year: 29 February itself, not the 28th.
    for today in ["2028-02-22", "2028-02-28", "2028-02-29"] {
        let items = remind_json(&t, &["--today", today]);
        assert_eq!(
            dkn(&items),
            triples(&[
                ("2028-02-29", "birthday", "Leap"),
                ("2028-02-29", "anniversary", "Leap"),
            ]),
            "--today {today}"
        );
        assert_eq!(items[0]["years"], 28);
        assert_eq!(s(&items[0], "detail"), "turns 28");
        assert_eq!(items[1]["years"], 24);
    }
    assert_eq!(remind_ok(&t, &["--today", "2028-02-21"]), "", "29 Feb is today+8");
}

#[test]
fn key_people_birthdays_and_anniversaries_are_listed_with_their_years() {
    let t = TestStore::new();
    let id = add_quiet(&t, &["--name", "张伟", "--birthday", "1985-03-12"]);
    let wang = person(&t, &id, "王芳", "decision-maker", "1979-11-25");
    // A person without a birthday, and one whose birthday is months away.
    entry_id(&t, &["add-person", &id, "--name", "Li Lei", "--role", "referrer"]);
    person(&t, &id, "Han Mei", "other", "1990-06-01");
    let order = yearly(&t, &id, "first order", "2019-11-27");

    let items = remind_json(&t, &["--today", TODAY]);
    assert_eq!(
        dkn(&items),
        triples(&[
            ("2026-11-25", "birthday", "张伟"),
            ("2026-11-27", "anniversary", "张伟"),
        ])
    );
    let b = &items[0];
    assert_eq!(s(b, "customer"), id);
    assert_eq!(s(b, "about"), wang);
    assert_eq!(b["years"], 47);
    assert_eq!(s(b, "detail"), "王芳 (decision-maker) turns 47");
    assert_eq!(s(b, "uid"), format!("birthday.{wang}.2026@crmfile"));
    let a = &items[1];
    assert_eq!(s(a, "about"), order);
    assert_eq!(a["years"], 7);
    assert_eq!(s(a, "detail"), "first order (7 years)");
    assert_eq!(s(a, "uid"), format!("anniversary.{order}.2026@crmfile"));

    // The customer's own birthday, over the new year: next year's date and age.
    let items = remind_json(&t, &["--today", "2027-03-08", "--kind", "birthday"]);
    assert_eq!(dkn(&items), triples(&[("2027-03-12", "birthday", "张伟")]));
    assert_eq!(items[0]["years"], 42);
    assert_eq!(s(&items[0], "detail"), "turns 42");
    assert!(
        items[0].get("about").is_none(),
        "the customer's own birthday has no `about`"
    );
}

// The window ─────────────────────────────────────────────────────────────────────────────

#[test]
fn the_window_runs_from_today_through_today_plus_7_and_takes_everything_overdue() {
    let t = TestStore::new();
    let edge = t.add(&["--name", "Edge"]);
    run(&t, &["set", &edge, "follow_up.next=2026-11-29"]);
    let beyond = t.add(&["--name", "Beyond"]);
    run(&t, &["set", &beyond, "follow_up.next=2026-11-30"]);
    // Created in May and never contacted: due 2026-05-31, half a year overdue.
    add_at(&t, "2026-05-01T09:00:00+08:00", &["--name", "Forgotten"]);
    // Yearly dates: three days ago (missed: not a task), today, today+7, today+8.
    let dates = add_quiet(&t, &["--name", "Dates", "--birthday", "1990-11-19"]);
    person(&t, &dates, "Today", "other", "1990-11-22");
    yearly(&t, &dates, "signed", "2020-11-29");
    yearly(&t, &dates, "too late", "2020-11-30");

    let want = triples(&[
        ("2026-05-31", "follow-up", "Forgotten"),
        ("2026-11-22", "birthday", "Dates"),
        ("2026-11-29", "follow-up", "Edge"),
        ("2026-11-29", "anniversary", "Dates"),
    ]);
    let items = remind_json(&t, &["--today", TODAY]);
    assert_eq!(dkn(&items), want);
    let overdue: Vec<bool> = items.iter().map(|i| i["overdue"].as_bool().unwrap()).collect();
    assert_eq!(overdue, [true, false, false, false]);
    assert_eq!(s(&items[0], "detail"), "every 30d, never contacted");
    assert_eq!(s(&items[1], "detail"), "Today (other) turns 36");
    assert_eq!(s(&items[3], "detail"), "signed (6 years)");
    // --within 7d is the default.
    assert_eq!(dkn(&remind_json(&t, &["--today", TODAY, "--within", "7d"])), want);

    // Plain output: the same rows, sorted by date, overdue first.
    let plain = rows(&remind_ok(&t, &["--today", TODAY]));
    let got: Vec<(String, String, String)> = plain
        .iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[3].clone()))
        .collect();
    assert_eq!(got, want);
    assert_eq!(plain[2][2], edge);

    // One day more takes in today+8; the missed birthday is next year's, far out.
    let items = remind_json(&t, &["--today", TODAY, "--within", "8d"]);
    let names: Vec<String> = items.iter().map(|i| s(i, "detail").to_string()).collect();
    assert_eq!(items.len(), 6, "{names:?}");
    assert!(names.contains(&"too late (6 years)".to_string()), "{names:?}");
    assert!(dkn(&items).contains(&("2026-11-30".into(), "follow-up".into(), "Beyond".into())));
}

// Complaints ─────────────────────────────────────────────────────────────────────────────

#[test]
fn an_open_complaint_is_due_at_its_sla_deadline_until_resolved() {
    let t = TestStore::new();
    let id = add_quiet(&t, &["--name", "Unhappy"]);
    let complaint = feedback(&t, &id, "complaint", "Delivery was late", TODAY);
    // Open suggestions and praise are not reminded.
    feedback(&t, &id, "suggestion", "Ship faster", TODAY);
    feedback(&t, &id, "praise", "Nice people", TODAY);
    // An already resolved complaint is not either.
    let old = feedback(&t, &id, "complaint", "Wrong invoice", "2026-11-01");
    run(
        &t,
        &[
            "resolve",
            &id,
            &old,
            "--note",
            "re-issued",
            "--date",
            "2026-11-02",
        ],
    );
    run(&t, &["resolve", &id, &old, "--callback", "--date", "2026-11-05"]);

    // Logged today with the default SLA of 2 days: due 2026-11-24.
    let line = format!("2026-11-24\tcomplaint\t{id}\tUnhappy\topen since 2026-11-22: Delivery was late\n");
    assert_eq!(remind_ok(&t, &["--today", TODAY]), line);
    assert_eq!(remind_ok(&t, &["--today", TODAY, "--within", "1d"]), "");
    assert_eq!(remind_ok(&t, &["--today", "2026-11-23", "--within", "1d"]), line);
    let items = remind_json(&t, &["--today", "2026-12-20"]);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["overdue"], true, "past its deadline");
    assert_eq!(s(&items[0], "about"), complaint);
    assert_eq!(s(&items[0], "uid"), format!("complaint.{complaint}@crmfile"));

    // Resolved, the complaint is done; what is left is the callback (回访) a week after
    // each resolution, until it is made.
    run(&t, &["resolve", &id, &complaint, "--note", "refunded shipping"]);
    let callback =
        format!("2026-11-29\tcallback\t{id}\tUnhappy\tcall back: resolved 2026-11-22, handler -\n");
    assert_eq!(remind_ok(&t, &["--today", TODAY]), callback);
    run(
        &t,
        &[
            "resolve",
            &id,
            &complaint,
            "--callback",
            "--note",
            "满意",
            "--rating",
            "5",
        ],
    );
    assert_eq!(remind_ok(&t, &["--today", TODAY]), "");
    assert_eq!(remind_ok(&t, &["--today", "2026-12-20", "--within", "1y"]), "");

    // The report counts both callbacks of the period, and the rating given on one as
    // satisfaction: from the index and from the files alike.
    for index in ["on", "off"] {
        let out = t
            .cmd()
            .env("CRMFILE_INDEX", index)
            .args([
                "report",
                "--today",
                TODAY,
                "--since",
                "2026-11-01",
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(r["callbacks_done"], 2, "index {index}: {r}");
        assert_eq!(r["ratings"], 1, "index {index}: {r}");
        assert_eq!(r["average_rating"], "5.00", "index {index}: {r}");
    }
}

#[test]
fn a_complaint_goes_from_open_through_in_progress_and_resolved_to_the_callback() {
    let t = TestStore::new();
    let id = add_quiet(&t, &["--name", "Unhappy", "--owner", "li.na"]);
    let entry = feedback(&t, &id, "complaint", "Broken part", TODAY);
    let items = remind_json(&t, &["--today", TODAY, "--kind", "complaint"]);
    assert_eq!(
        s(&items[0], "detail"),
        "open since 2026-11-22, handler li.na: Broken part",
        "the account manager handles it unless told otherwise"
    );
    run(
        &t,
        &[
            "resolve",
            &id,
            &entry,
            "--start",
            "--handler",
            "王芳",
            "--date",
            "2026-11-23",
        ],
    );
    let items = remind_json(&t, &["--today", TODAY, "--kind", "complaint"]);
    assert_eq!(
        s(&items[0], "detail"),
        "in-progress since 2026-11-23, handler 王芳: Broken part",
        "in progress since it was started"
    );
    // A callback before the resolution is refused; so is resolving twice.
    let out = t
        .cmd()
        .args(["resolve", &id, &entry, "--callback"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("resolve it before the callback"),
        "{}",
        stderr_of(&out)
    );
    run(
        &t,
        &[
            "resolve",
            &id,
            &entry,
            "--note",
            "换了新件",
            "--date",
            "2026-11-24",
        ],
    );
    let out = t.cmd().args(["resolve", &id, &entry]).output().unwrap();
    assert!(
        stderr_of(&out).contains("--callback"),
        "the hint names the next step: {}",
        stderr_of(&out)
    );
    let json = t.show_json(&id);
    let f = &json["feedback"][0];
    assert_eq!(
        (s(f, "status"), s(f, "handler"), s(f, "resolution")),
        ("resolved", "王芳", "换了新件")
    );
    assert_eq!((s(f, "due"), s(f, "callback_due")), ("2026-11-24", "2026-12-01"));
    let out = t
        .cmd()
        .args(["resolve", &id, &entry, "--callback", "--date", "2026-11-23"])
        .output()
        .unwrap();
    assert!(
        stderr_of(&out).contains("--date 2026-11-23: before the resolution (2026-11-24)"),
        "{}",
        stderr_of(&out)
    );
    run(
        &t,
        &[
            "resolve",
            &id,
            &entry,
            "--callback",
            "--note",
            "满意",
            "--rating",
            "4",
            "--date",
            "2026-11-30",
        ],
    );
    let json = t.show_json(&id);
    let f = &json["feedback"][0];
    assert_eq!(
        (s(f, "status"), s(f, "callback_done"), s(f, "callback_note")),
        ("callback-done", "2026-11-30", "满意")
    );
    assert_eq!(f["callback_rating"], 4);
    // show lists it with its state, handler, resolution and callback.
    let shown = stdout_of(&t.cmd().args(["show", &id, "--format", "table"]).output().unwrap());
    for part in ["called back", "王芳", "换了新件", "called back 2026-11-30: 满意"] {
        assert!(shown.contains(part), "{part} in {shown}");
    }
    assert!(
        !shown.contains("called back 2026-11-22"),
        "the state has the callback's day: {shown}"
    );
    let out = t
        .cmd()
        .args(["resolve", &id, &entry, "--callback"])
        .output()
        .unwrap();
    assert!(
        stderr_of(&out).contains("was already called back on 2026-11-30"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn the_configured_sla_moves_the_complaint_deadline() {
    let t = TestStore::new();
    let id = add_quiet(&t, &["--name", "Unhappy"]);
    feedback(&t, &id, "complaint", "Broken part", "2026-11-20");
    let items = remind_json(&t, &["--today", TODAY]);
    assert_eq!(dkn(&items), triples(&[("2026-11-22", "complaint", "Unhappy")]));

    let config = t.store().join(".crmfile").join("config.toml");
    let text = std::fs::read_to_string(&config).expect("read config.toml");
    assert!(
        text.contains("sla = \"2d\""),
        "config.toml has no default sla: {text}"
    );
    std::fs::write(&config, text.replace("sla = \"2d\"", "sla = \"10d\"")).expect("write config");

    // A complaint keeps the deadline it was given; the new SLA is for complaints made
    // from now on.
    let later = add_quiet(&t, &["--name", "Later"]);
    feedback(&t, &later, "complaint", "Scratched", "2026-11-20");
    let items = remind_json(&t, &["--today", TODAY, "--within", "8d"]);
    assert_eq!(
        dkn(&items),
        triples(&[
            ("2026-11-22", "complaint", "Unhappy"),
            ("2026-11-30", "complaint", "Later")
        ])
    );
    assert_eq!(s(&items[1], "detail"), "open since 2026-11-20: Scratched");
    assert_eq!(items[1]["overdue"], false);
    assert_eq!(t.show_json(&later)["feedback"][0]["due"], "2026-11-30");
}

// Filters ────────────────────────────────────────────────────────────────────────────────

#[test]
fn owner_tier_tag_and_kind_narrow_the_list() {
    let t = TestStore::new();
    let a = t.add(&[
        "--name",
        "Anna",
        "--owner",
        "li.na",
        "--tag",
        "vip",
        "--birthday",
        "1980-11-24",
    ]);
    run(
        &t,
        &["set", &a, "class.tier=strategic", "follow_up.next=2026-11-23"],
    );
    let b = t.add(&["--name", "Bao", "--owner", "wang.wei", "--tag", "beijing"]);
    run(
        &t,
        &["set", &b, "class.tier=general", "follow_up.next=2026-11-24"],
    );
    yearly(&t, &b, "first order", "2021-11-25");
    let c = t.add(&["--name", "Chen"]);
    run(&t, &["set", &c, "follow_up.next=2026-11-26"]);
    feedback(&t, &c, "complaint", "noisy", TODAY);

    let none: Vec<(String, String, String)> = Vec::new();
    let list = |args: &[&str]| {
        let mut all = vec!["--today", TODAY];
        all.extend_from_slice(args);
        dkn(&remind_json(&t, &all))
    };
    assert_eq!(
        list(&[]),
        triples(&[
            ("2026-11-23", "follow-up", "Anna"),
            ("2026-11-24", "follow-up", "Bao"),
            ("2026-11-24", "birthday", "Anna"),
            ("2026-11-24", "complaint", "Chen"),
            ("2026-11-25", "anniversary", "Bao"),
            ("2026-11-26", "follow-up", "Chen"),
        ])
    );
    let annas = triples(&[
        ("2026-11-23", "follow-up", "Anna"),
        ("2026-11-24", "birthday", "Anna"),
    ]);
    let baos = triples(&[
        ("2026-11-24", "follow-up", "Bao"),
        ("2026-11-25", "anniversary", "Bao"),
    ]);
    assert_eq!(list(&["--owner", "li.na"]), annas);
    assert_eq!(list(&["--owner", "LI.NA"]), annas, "owners match without case");
    assert_eq!(list(&["--owner", "wang.wei"]), baos);
    assert_eq!(list(&["--owner", "nobody"]), none);
    assert_eq!(list(&["--tier", "strategic"]), annas);
    assert_eq!(list(&["--tier", "general"]), baos);
    assert_eq!(list(&["--tier", "important"]), none);
    assert_eq!(list(&["--tag", "vip"]), annas);
    assert_eq!(list(&["--tag", "VIP"]), annas, "tags match without case");
    assert_eq!(list(&["--tag", "beijing"]), baos);
    assert_eq!(
        list(&["--kind", "birthday"]),
        triples(&[("2026-11-24", "birthday", "Anna")])
    );
    assert_eq!(
        list(&["--kind", "anniversary"]),
        triples(&[("2026-11-25", "anniversary", "Bao")])
    );
    assert_eq!(
        list(&["--kind", "follow-up", "--kind", "complaint"]),
        triples(&[
            ("2026-11-23", "follow-up", "Anna"),
            ("2026-11-24", "follow-up", "Bao"),
            ("2026-11-24", "complaint", "Chen"),
            ("2026-11-26", "follow-up", "Chen"),
        ])
    );
    // Filters combine.
    assert_eq!(
        list(&["--owner", "li.na", "--kind", "follow-up"]),
        triples(&[("2026-11-23", "follow-up", "Anna")])
    );
    assert_eq!(list(&["--tag", "vip", "--tier", "general"]), none);

    // A filtered-out item does not count for --exit-code.
    let out = remind(&t, &["--today", TODAY, "--owner", "nobody", "--exit-code"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

// Cron ───────────────────────────────────────────────────────────────────────────────────

#[test]
fn nothing_due_prints_nothing_and_exit_code_says_whether_something_is() {
    let t = TestStore::new();
    // An empty store.
    for args in [&["-q", "remind"][..], &["-q", "remind", "--exit-code"][..]] {
        let out = t.cmd().args(args).output().expect("run remind");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", stdout_of(&out));
        assert!(out.stderr.is_empty(), "{args:?} wrote {:?}", stderr_of(&out));
    }

    // A customer whose follow-up is three weeks out.
    let id = t.add(&["--name", "Later"]);
    run(&t, &["set", &id, "follow_up.next=2026-12-13"]);
    for args in [
        &["-q", "remind", "--today", TODAY][..],
        &["-q", "remind", "--today", TODAY, "--exit-code"][..],
        &["remind", "--today", TODAY, "--exit-code"][..],
    ] {
        let out = t.cmd().args(args).output().expect("run remind");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", stdout_of(&out));
        if args[0] == "-q" {
            assert!(out.stderr.is_empty(), "{args:?} wrote {:?}", stderr_of(&out));
        }
    }

    // Due within the window: listed, and exit 3 with --exit-code only.
    let line = format!("2026-12-13\tfollow-up\t{id}\tLater\tnext step set\n");
    let out = t
        .cmd()
        .args(["-q", "remind", "--today", TODAY, "--within", "3w", "--exit-code"])
        .output()
        .expect("run remind");
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), line);
    assert!(out.stderr.is_empty(), "wrote {:?}", stderr_of(&out));
    let out = remind(&t, &["--today", TODAY, "--within", "3w"]);
    assert_eq!(out.status.code(), Some(0), "without --exit-code");
    assert_eq!(stdout_of(&out), line);

    // Overdue counts too.
    let out = remind(&t, &["--today", "2027-02-01", "--exit-code"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(rows(&stdout_of(&out))[0][0], "2026-12-13");
}

// --done ─────────────────────────────────────────────────────────────────────────────────

#[test]
fn done_logs_a_contact_and_clears_the_next_step() {
    let t = TestStore::new();
    let id = add_at(&t, JANUARY, &["--name", "张伟", "--company", "星河科技"]);
    let other = add_at(&t, JANUARY, &["--name", "王芳"]);
    // The next step is still ahead: --done clears it all the same.
    run(&t, &["set", &id, "follow_up.next=2026-11-25"]);
    let before = remind_json(&t, &["--today", TODAY]);
    assert_eq!(
        dkn(&before),
        triples(&[
            ("2026-02-04", "follow-up", "王芳"),
            ("2026-11-25", "follow-up", "张伟"),
        ])
    );

    let out = t
        .cmd()
        .env("CRMFILE_USER", "li.na")
        .args([
            "remind",
            "--done",
            "星河",
            "--channel",
            "wechat",
            "--summary",
            "Called, all fine",
        ])
        .output()
        .expect("run remind --done");
    assert!(out.status.success(), "--done failed: {}", stderr_of(&out));
    let said = stdout_of(&out);
    let (who, contact) = said
        .trim()
        .split_once('\t')
        .unwrap_or_else(|| panic!("--done printed {said:?}"));
    assert_eq!(who, id);

    let json = t.show_json(&id);
    assert!(
        json["follow_up"].get("next").is_none_or(Value::is_null),
        "follow_up.next not cleared: {}",
        json["follow_up"]
    );
    let contacts = json["contacts"].as_array().expect("contacts is a list");
    assert_eq!(contacts.len(), 1, "{contacts:?}");
    assert_eq!(contacts[0]["id"], contact);
    assert_eq!(contacts[0]["channel"], "wechat");
    assert_eq!(contacts[0]["summary"], "Called, all fine");
    assert_eq!(contacts[0]["by"], "li.na");
    assert_eq!(contacts[0]["at"], NOW);
    // The other customer is untouched.
    assert!(
        t.show_json(&other)
            .get("contacts")
            .is_none_or(|c| c == &Value::Array(vec![]))
    );

    // No longer due within 7 days (nor 29): the cadence counts again from today.
    let after = remind_json(&t, &["--today", TODAY]);
    assert_eq!(dkn(&after), triples(&[("2026-02-04", "follow-up", "王芳")]));
    assert_eq!(
        remind_json(&t, &["--today", TODAY, "--within", "29d", "--kind", "follow-up"]).len(),
        1
    );
    assert_eq!(
        follow_ups(&t, TODAY)[&id],
        due("2026-12-22", "every 30d, last contact 2026-11-22", false)
    );

    // Defaults: a phone call, "follow-up done".
    run(&t, &["remind", "--done", &other]);
    let json = t.show_json(&other);
    assert_eq!(json["contacts"][0]["channel"], "phone");
    assert_eq!(json["contacts"][0]["summary"], "follow-up done");
    assert_eq!(remind_ok(&t, &["--today", TODAY]), "");
    // The default summary is written in the language of the run.
    run(&t, &["--lang", "zh-CN", "remind", "--done", &other]);
    let json = t.show_json(&other);
    let summaries: Vec<&str> = json["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["summary"].as_str().unwrap())
        .collect();
    assert!(summaries.contains(&"已完成回访"), "{summaries:?}");
}

/// Under `--today`, `--done` logs the contact on that day (not on the clock's), so the
/// customer is not due right after being marked done.
#[test]
fn done_under_today_counts_the_contact_on_that_day() {
    let t = TestStore::new();
    let id = add_at(&t, JANUARY, &["--name", "Overdue"]);
    let today = "2026-12-20";
    run(&t, &["--today", today, "remind", "--done", &id]);
    let json = t.show_json(&id);
    let at = json["contacts"][0]["at"].as_str().expect("a contact was logged");
    assert!(
        at.starts_with(today),
        "--done under --today {today} logged the contact at {at}"
    );
    assert_eq!(
        remind_ok(&t, &["--today", today]),
        "",
        "still due right after --done"
    );
}

// Output formats ─────────────────────────────────────────────────────────────────────────

/// A store with one item of every kind due from 2026-11-22, for the format tests: a
/// follow-up on 11-26, an open complaint due 11-24, a customer birthday on 11-23, a key
/// person's birthday on 11-25 and an anniversary on 11-27.
fn store_with_every_kind() -> (TestStore, String) {
    let t = TestStore::new();
    let id = t.add(&["--name", "张伟", "--birthday", "1985-11-23"]);
    run(&t, &["set", &id, "follow_up.next=2026-11-26"]);
    feedback(&t, &id, "complaint", "Delivery late, again; sorry", TODAY);
    person(&t, &id, "王芳", "sign-off", "1979-11-25");
    yearly(&t, &id, "first order", "2019-11-27");
    (t, id)
}

#[test]
fn json_and_ndjson_carry_every_field() {
    let (t, id) = store_with_every_kind();
    let items = remind_json(&t, &["--today", TODAY]);
    assert_eq!(
        dkn(&items),
        triples(&[
            ("2026-11-23", "birthday", "张伟"),
            ("2026-11-24", "complaint", "张伟"),
            ("2026-11-25", "birthday", "张伟"),
            ("2026-11-26", "follow-up", "张伟"),
            ("2026-11-27", "anniversary", "张伟"),
        ])
    );
    let date_re = regex::Regex::new(r"^\d{4}-\d{2}-\d{2}$").unwrap();
    for i in &items {
        assert!(date_re.is_match(s(i, "date")), "{i}");
        assert_eq!(s(i, "customer"), id);
        assert_eq!(s(i, "name"), "张伟");
        assert!(!s(i, "detail").is_empty(), "{i}");
        assert!(s(i, "uid").ends_with("@crmfile"), "{i}");
        assert_eq!(i["overdue"], false, "{i}");
    }
    assert_eq!(items[0]["years"], 41);
    assert_eq!(
        s(&items[1], "detail"),
        "open since 2026-11-22: Delivery late, again; sorry"
    );
    assert!(items[1].get("years").is_none(), "a complaint has no years");
    assert_eq!(s(&items[2], "detail"), "王芳 (sign-off) turns 47");
    assert_eq!(s(&items[3], "uid"), format!("follow-up.{id}@crmfile"));

    // NDJSON: the same objects, one per line.
    let text = remind_ok(&t, &["--today", TODAY, "--format", "ndjson"]);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert_eq!(lines, items);

    // Overdue items say so, in both.
    let later = remind_json(
        &t,
        &[
            "--today",
            "2026-12-01",
            "--kind",
            "follow-up",
            "--kind",
            "complaint",
        ],
    );
    assert_eq!(later.len(), 2);
    assert!(later.iter().all(|i| i["overdue"] == true), "{later:?}");
    let text = remind_ok(
        &t,
        &[
            "--today",
            "2026-12-01",
            "--format",
            "ndjson",
            "--kind",
            "complaint",
        ],
    );
    let v: Value = serde_json::from_str(text.trim()).expect("one NDJSON line");
    assert_eq!(v["overdue"], true);
    assert_eq!(v["date"], "2026-11-24");
}

/// Parses an iCalendar document from stdin with Python's `icalendar`, checks its
/// structure, and prints its components as JSON.
const ICS_CHECK: &str = r#"
import datetime, json, sys
import icalendar

cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
assert cal.name == "VCALENDAR", cal.name
assert str(cal.get("VERSION")) == "2.0", f"VERSION is {cal.get('VERSION')!r}"
assert str(cal.get("PRODID", "")).strip(), "PRODID is missing"
out = []
for comp in cal.subcomponents:
    uid = str(comp.get("UID", ""))
    assert uid, f"{comp.name} without UID"
    assert comp.get("DTSTAMP") is not None, f"{uid}: no DTSTAMP"
    summary = str(comp.get("SUMMARY", ""))
    kind = summary.split(":")[0]
    if comp.name == "VTODO":
        assert kind in ("follow-up", "complaint"), f"VTODO for {summary}"
        date = comp.decoded("DUE")
        assert type(date) is datetime.date, f"{uid}: DUE is not a DATE: {date!r}"
        assert comp["DUE"].params.get("VALUE") == "DATE", f"{uid}: DUE without VALUE=DATE"
    elif comp.name == "VEVENT":
        assert kind in ("birthday", "anniversary"), f"VEVENT for {summary}"
        date = comp.decoded("DTSTART")
        assert type(date) is datetime.date, f"{uid}: DTSTART is not a DATE: {date!r}"
        assert comp["DTSTART"].params.get("VALUE") == "DATE", f"{uid}: DTSTART without VALUE=DATE"
        end = comp.decoded("DTEND")
        assert end == date + datetime.timedelta(days=1), f"{uid}: DTEND {end!r}"
    else:
        raise AssertionError(f"unexpected component {comp.name}")
    out.append({
        "component": comp.name,
        "kind": kind,
        "uid": uid,
        "date": date.isoformat(),
        "summary": summary,
        "description": str(comp.get("DESCRIPTION", "")),
        "dtstamp": comp.decoded("DTSTAMP").isoformat(),
    })
print(json.dumps(out))
"#;

/// Runs [`ICS_CHECK`] on `ics`; asserts it passes and returns the components it found.
fn check_ics(ics: &[u8]) -> Vec<Value> {
    let v = python_json(ICS_CHECK, ics);
    v.as_array().expect("a list of components").clone()
}

fn assert_crlf(text: &str) {
    assert!(text.ends_with("\r\n"), "does not end with CRLF: {text:?}");
    let bare = text.replace("\r\n", "");
    assert!(
        !bare.contains('\n') && !bare.contains('\r'),
        "a line ending other than CRLF in {text:?}"
    );
}

#[test]
fn ics_parses_with_python_icalendar_and_uids_are_stable() {
    if !python_with("icalendar") {
        return;
    }
    let (t, id) = store_with_every_kind();
    let ics = remind_ok(&t, &["--today", TODAY, "--format", "ics"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics:?}");
    assert_crlf(&ics);
    let comps = check_ics(ics.as_bytes());

    // One component per item, in the same order, with the same kind, date and UID.
    let items = remind_json(&t, &["--today", TODAY]);
    assert_eq!(comps.len(), items.len(), "{comps:?}");
    for (c, i) in comps.iter().zip(&items) {
        assert_eq!(c["kind"], i["kind"], "{c}");
        assert_eq!(c["date"], i["date"], "{c}");
        assert_eq!(c["uid"], i["uid"], "{c}");
        assert_eq!(c["description"], i["detail"], "{c}");
        let component = match s(i, "kind") {
            "follow-up" | "complaint" => "VTODO",
            _ => "VEVENT",
        };
        assert_eq!(c["component"], component, "{c}");
        assert_eq!(s(c, "summary"), format!("{}: 张伟 ({id})", s(i, "kind")));
    }
    // Text with a comma and a semicolon survives escaping.
    assert_eq!(
        comps[1]["description"],
        "open since 2026-11-22: Delivery late, again; sorry"
    );

    // Two days later, at a later clock: the same follow-up and complaint keep their UIDs.
    let out = t
        .cmd()
        .env("CRMFILE_NOW", "2026-11-24T08:00:00+08:00")
        .args(["remind", "--today", "2026-11-24", "--format", "ics"])
        .output()
        .expect("run remind");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let later_ics = stdout_of(&out);
    assert_crlf(&later_ics);
    let later = check_ics(later_ics.as_bytes());
    let uid_of = |comps: &[Value], kind: &str| -> String {
        let found: Vec<&Value> = comps.iter().filter(|c| c["kind"] == kind).collect();
        assert_eq!(found.len(), 1, "one {kind} in {comps:?}");
        s(found[0], "uid").to_string()
    };
    assert_eq!(uid_of(&later, "follow-up"), uid_of(&comps, "follow-up"));
    assert_eq!(uid_of(&comps, "follow-up"), format!("follow-up.{id}@crmfile"));
    assert_eq!(uid_of(&later, "complaint"), uid_of(&comps, "complaint"));
    assert_eq!(uid_of(&later, "anniversary"), uid_of(&comps, "anniversary"));
    assert_ne!(
        later[0]["dtstamp"], comps[0]["dtstamp"],
        "the runs were at different times"
    );
}

/// `remind --format ics > crm.ics` with nothing due still writes a calendar (empty), so
/// a subscribed calendar drops what is done instead of failing on an empty file.
#[test]
fn ics_with_nothing_due_is_still_a_calendar() {
    if !python_with("icalendar") {
        return;
    }
    let t = TestStore::new();
    add_quiet(&t, &["--name", "Quiet"]);
    let ics = remind_ok(&t, &["--today", TODAY, "--format", "ics"]);
    assert!(!ics.is_empty(), "--format ics printed nothing: not a calendar");
    assert_crlf(&ics);
    assert_eq!(check_ics(ics.as_bytes()), Vec::<Value>::new());
}

#[test]
fn within_zero_days_lists_today_and_what_is_overdue() {
    let t = TestStore::new();
    for (name, next) in [
        ("Late", "2026-11-20"),
        ("Today", TODAY),
        ("Tomorrow", "2026-11-23"),
    ] {
        let id = add_quiet(&t, &["--name", name]);
        run(&t, &["set", &id, &format!("follow_up.next={next}")]);
    }
    for within in ["0d", "0", "今天"] {
        let items = remind_json(&t, &["--today", TODAY, "--within", within]);
        assert_eq!(
            dkn(&items),
            triples(&[("2026-11-20", "follow-up", "Late"), (TODAY, "follow-up", "Today")]),
            "{within}"
        );
    }
    let items = remind_json(&t, &["--today", TODAY, "--within", "1d"]);
    assert_eq!(items.len(), 3);
}
