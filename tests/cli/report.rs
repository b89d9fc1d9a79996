//! `crmfile report` on a store with known numbers (JSON, HTML, table); every command's
//! help, the man page and the completions; and the README's tour ("A day in the life")
//! run line by line on a copy of the demo store.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::{Value, json};

use crate::common::{GIT_ENV, TestStore, copy_dir, edit_lock, git_scrubbed, is_id, stderr_of, stdout_of};

/// `crmfile --store … ARGS`; asserts exit 0 and returns stdout.
fn ok(t: &TestStore, args: &[&str]) -> String {
    let out = t.cmd().args(args).output().expect("run crmfile");
    assert!(
        out.status.success(),
        "crmfile {args:?} failed: {}\n{}",
        out.status,
        stderr_of(&out)
    );
    stdout_of(&out)
}

/// `crmfile report --format json ARGS…`, parsed; asserts exit 0.
fn report_json(t: &TestStore, args: &[&str]) -> Value {
    let mut all = vec!["report", "--format", "json"];
    all.extend_from_slice(args);
    let text = ok(t, &all);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("report JSON does not parse: {e}\n{text}"))
}

fn purchase(t: &TestStore, id: &str, amount: &str, date: &str) {
    ok(t, &["log-purchase", id, "--amount", amount, "--date", date]);
}

/// Logs a contact at `at` (local time of the clock's offset). Without `by`, the command
/// runs without CRMFILE_USER, USER and LOGNAME, so the entry names nobody.
fn contact(t: &TestStore, id: &str, at: &str, channel: &str, by: Option<&str>) {
    let mut cmd = t.cmd();
    cmd.args([
        "log-contact",
        id,
        "--at",
        at,
        "--channel",
        channel,
        "--summary",
        "call",
    ]);
    match by {
        Some(who) => {
            cmd.args(["--by", who]);
        }
        None => {
            cmd.env_remove("CRMFILE_USER")
                .env_remove("USER")
                .env_remove("LOGNAME");
        }
    }
    let out = cmd.output().expect("run log-contact");
    assert!(out.status.success(), "log-contact failed: {}", stderr_of(&out));
}

/// Logs feedback and returns its id (`f-…`), from the `ID<TAB>f-…` line it prints.
fn feedback(t: &TestStore, id: &str, kind: &str, date: &str, rating: Option<&str>) -> String {
    let mut args = vec![
        "log-feedback",
        id,
        "--kind",
        kind,
        "--text",
        "feedback",
        "--date",
        date,
    ];
    if let Some(r) = rating {
        args.extend(["--rating", r]);
    }
    let out = ok(t, &args);
    let fid = out.trim().split('\t').nth(1).unwrap_or_default().to_string();
    assert!(fid.starts_with("f-"), "log-feedback printed {out:?}");
    fid
}

// Customers of the known store. Names are distinct enough that no name is part of another,
// of an id, or of the page around it.
const ALPHA: &str = "Alpha 阿尔法";
/// A name that needs escaping in HTML.
const BETA: &str = "Beta & Sons <乙>";
const BETA_HTML: &str = "Beta &amp; Sons &lt;乙&gt;";
const GAMMA: &str = "Gamma 伽马";
/// Revenue only before the 12-month window and in a foreign currency: no revenue.
const DELTA: &str = "Delta Hidden 德尔塔";
/// No transactions at all.
const EPSILON: &str = "Epsilon Quiet 艾普西隆";

fn filler_name(i: usize) -> String {
    format!("Filler-{i:02} 填充")
}

/// A store with known numbers, as of the test clock (2026-11-22, +08:00):
///
/// | customer | tier/lifecycle/stage | CNY revenue in 2025-12..2026-11 | contacts (default period 2026-10-23..) |
/// |---|---|---|---|
/// | alpha | strategic/loyal/red | 1650.25 (500 in 06, 250.25 in 09, 1000.00 − 100 in 11; USD and a December order left out) | 2 by li.na |
/// | beta | important/active/yellow | 420.10 (300 on 2025-12-01, 120.10 in 07; 7777 on 2025-11-30 is outside) | 2 by wang.wei |
/// | gamma | important/new/green | 420.10 (in 08) | none (one in August: overdue by cadence) |
/// | delta | general/dormant/rotten, owner li.na | 0 | 1 logged by nobody: the owner's |
/// | epsilon | none | 0 | 1 by nobody, no owner: "-"; follow-up 2026-11-01 overdue |
/// | filler 1..9 | none | i, in March | none |
struct Known {
    t: TestStore,
    a: String,
    b: String,
    c: String,
    d: String,
    e: String,
    fillers: Vec<String>,
}

impl Known {
    fn new() -> Known {
        let t = TestStore::new();
        let a = t.add(&["--name", ALPHA, "--phone", "13800000001"]);
        let b = t.add(&["--name", BETA, "--phone", "13800000002"]);
        let c = t.add(&["--name", GAMMA, "--phone", "13800000003"]);
        let d = t.add(&["--name", DELTA, "--phone", "13800000004", "--owner", "li.na"]);
        let e = t.add(&["--name", EPSILON, "--phone", "13800000005"]);
        ok(
            &t,
            &[
                "set",
                &a,
                "class.tier=strategic",
                "class.lifecycle=loyal",
                "class.stage=red",
            ],
        );
        ok(
            &t,
            &[
                "set",
                &b,
                "class.tier=important",
                "class.lifecycle=active",
                "class.stage=yellow",
            ],
        );
        ok(
            &t,
            &[
                "set",
                &c,
                "class.tier=important",
                "class.lifecycle=new",
                "class.stage=green",
            ],
        );
        ok(
            &t,
            &[
                "set",
                &d,
                "class.tier=general",
                "class.lifecycle=dormant",
                "class.stage=rotten",
            ],
        );
        ok(&t, &["set", &e, "class.lifecycle=potential"]);

        purchase(&t, &a, "500", "2026-06-10");
        purchase(&t, &a, "250.25", "2026-09-15");
        purchase(&t, &a, "1000.00", "2026-11-02");
        ok(
            &t,
            &[
                "log-purchase",
                &a,
                "--refund",
                "--amount",
                "100",
                "--date",
                "2026-11-10",
            ],
        );
        ok(
            &t,
            &[
                "log-purchase",
                &a,
                "--amount",
                "999",
                "--currency",
                "USD",
                "--date",
                "2026-10-01",
            ],
        );
        // After the test clock's today: counts only once today has moved past it.
        purchase(&t, &a, "5", "2026-12-01");
        purchase(&t, &b, "7777", "2025-11-30");
        purchase(&t, &b, "300", "2025-12-01");
        purchase(&t, &b, "120.10", "2026-07-20");
        purchase(&t, &c, "420.10", "2026-08-31");
        purchase(&t, &d, "5000", "2025-06-01");
        ok(
            &t,
            &[
                "log-purchase",
                &d,
                "--amount",
                "80",
                "--currency",
                "USD",
                "--date",
                "2026-11-05",
            ],
        );

        let mut fillers = Vec::new();
        for i in 1..=9 {
            let id = t.add(&["--name", &filler_name(i), "--phone", &format!("1390000000{i}")]);
            purchase(&t, &id, &i.to_string(), &format!("2026-03-{:02}", 10 + i));
            fillers.push(id);
        }

        contact(&t, &a, "2026-11-20 10:00", "phone", Some("li.na"));
        contact(&t, &a, "2026-10-23 09:00", "email", Some("li.na"));
        contact(&t, &a, "2026-10-22 23:00", "phone", Some("li.na"));
        contact(&t, &a, "2026-11-23 10:00", "sms", Some("wang.wei"));
        contact(&t, &b, "2026-11-01 14:00", "wechat", Some("wang.wei"));
        contact(&t, &b, "2026-11-15 16:00", "visit", Some("wang.wei"));
        contact(&t, &b, "2026-09-01 10:00", "meeting", Some("zhao"));
        contact(&t, &c, "2026-08-01 10:00", "phone", Some("zhao"));
        contact(&t, &d, "2026-11-05 10:00", "phone", None);
        contact(&t, &e, "2026-11-10 10:00", "other", None);
        // Set after the contacts: a contact clears a next step on or before it.
        ok(&t, &["set", &e, "follow_up.next=2026-11-01"]);
        ok(&t, &["set", &b, "follow_up.next=2026-11-22"]);

        let fa = feedback(&t, &a, "complaint", "2026-11-10", Some("2"));
        ok(&t, &["resolve", &a, &fa, "--date", "2026-11-12"]);
        let fb = feedback(&t, &b, "complaint", "2026-10-01", None);
        ok(&t, &["resolve", &b, &fb, "--date", "2026-11-01"]);
        feedback(&t, &b, "complaint", "2026-11-18", Some("3"));
        feedback(&t, &e, "complaint", "2026-09-01", None);
        feedback(&t, &c, "survey", "2026-11-05", Some("5"));
        feedback(&t, &c, "praise", "2026-10-01", Some("1"));
        feedback(&t, &d, "suggestion", "2026-11-01", None);

        Known {
            t,
            a,
            b,
            c,
            d,
            e,
            fillers,
        }
    }

    /// Beta and gamma have the same revenue: the lower id comes first.
    fn beta_gamma(&self) -> [(&str, &str); 2] {
        let b = (self.b.as_str(), BETA);
        let c = (self.c.as_str(), GAMMA);
        if self.b < self.c { [b, c] } else { [c, b] }
    }

    /// Names that must not appear in the report: no revenue, or not in the top 10.
    /// Neither a top customer nor overdue for follow-up: named nowhere in the report.
    fn unnamed(&self) -> Vec<String> {
        vec![DELTA.into(), filler_name(1), filler_name(2)]
    }
}

fn months(r: &Value) -> Vec<(String, String)> {
    r["revenue_by_month"]
        .as_array()
        .expect("revenue_by_month is a list")
        .iter()
        .map(|m| {
            (
                m["month"].as_str().expect("month").to_string(),
                m["revenue"]
                    .as_str()
                    .expect("revenue is a decimal string")
                    .to_string(),
            )
        })
        .collect()
}

fn top(r: &Value) -> Vec<(String, String, String)> {
    r["top_customers"]
        .as_array()
        .expect("top_customers is a list")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().expect("id").to_string(),
                c["name"].as_str().expect("name").to_string(),
                c["revenue"]
                    .as_str()
                    .expect("revenue is a decimal string")
                    .to_string(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

// 1 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn report_json_has_the_known_numbers() {
    let k = Known::new();
    let r = report_json(&k.t, &[]);

    assert_eq!(r["today"], "2026-11-22");
    assert_eq!(r["since"], "2026-10-23", "the default period is the last 30 days");
    assert_eq!(r["currency"], "CNY");
    assert_eq!(r["customers"], 14);
    assert_eq!(
        r["by_tier"],
        json!({"-": 10, "general": 1, "important": 2, "strategic": 1})
    );
    assert_eq!(
        r["by_lifecycle"],
        json!({"-": 9, "active": 1, "dormant": 1, "loyal": 1, "new": 1, "potential": 1})
    );
    assert_eq!(
        r["by_stage"],
        json!({"-": 10, "green": 1, "red": 1, "rotten": 1, "yellow": 1})
    );
    // Exact decimal strings; the USD purchases, the order of 2025-11-30 and the one after
    // today are not counted; the refund is.
    assert_eq!(
        r["revenue_by_tier"],
        json!({"-": "45", "general": "0", "important": "840.20", "strategic": "1650.25"})
    );
    assert_eq!(
        months(&r),
        pairs(&[
            ("2025-12", "300"),
            ("2026-01", "0"),
            ("2026-02", "0"),
            ("2026-03", "45"),
            ("2026-04", "0"),
            ("2026-05", "0"),
            ("2026-06", "500"),
            ("2026-07", "120.10"),
            ("2026-08", "420.10"),
            ("2026-09", "250.25"),
            ("2026-10", "0"),
            ("2026-11", "900.00"),
        ])
    );
    // Sep–Nov 1150.25 against Jun–Aug 1040.20: +10.579…%.
    assert_eq!(r["trend_percent"], "10.6");

    // The top 10 by revenue: ties by id; fillers 1 and 2 are 11th and 12th.
    let [first, second] = k.beta_gamma();
    let mut want = vec![
        (k.a.clone(), ALPHA.to_string(), "1650.25".to_string()),
        (first.0.to_string(), first.1.to_string(), "420.10".to_string()),
        (second.0.to_string(), second.1.to_string(), "420.10".to_string()),
    ];
    for i in (3..=9).rev() {
        want.push((k.fillers[i - 1].clone(), filler_name(i), i.to_string()));
    }
    assert_eq!(top(&r), want);

    // Contacts from 2026-10-23 to today: the one on the 22nd and the one tomorrow are out;
    // an entry that names nobody counts for the customer's owner, else for "-".
    assert_eq!(r["contacts_by_owner"], json!({"-": 1, "li.na": 3, "wang.wei": 2}));
    assert_eq!(
        r["contacts_by_channel"],
        json!({"email": 1, "other": 1, "phone": 2, "visit": 1, "wechat": 1})
    );
    // Opened in the period: alpha's and beta's second; resolved in the period: alpha's and
    // beta's first (opened before it); open now: beta's second and epsilon's (September).
    assert_eq!(r["complaints_opened"], 2);
    assert_eq!(r["complaints_resolved"], 2);
    assert_eq!(r["complaints_open_now"], 2);
    // 2, 3 and 5 in the period (the praise of 1 is older): 10/3.
    assert_eq!(r["average_rating"], "3.33");
    assert_eq!(r["ratings"], 3);
    // Gamma by its 30-day cadence since August, epsilon by its next step; beta's next step
    // is today, which is not overdue.
    assert_eq!(r["overdue_follow_ups"], 2);
    let mut overdue = vec![k.c.clone(), k.e.clone()];
    overdue.sort();
    assert_eq!(r["overdue_ids"], json!(overdue));
    // The overdue list names them with phone, most overdue first, to call from it.
    let list = r["overdue_customers"].as_array().expect("a list");
    assert_eq!(list.len(), 2);
    assert_eq!(
        (list[0]["id"].as_str(), list[0]["name"].as_str()),
        (Some(k.c.as_str()), Some(GAMMA))
    );
    assert_eq!(list[1]["name"], EPSILON);
    assert!(list.iter().all(|o| o["phone"].is_string()), "{list:?}");

    // Names only in top_customers and the overdue list: without them, the JSON names
    // nobody.
    let text = serde_json::to_string(&r).expect("serializes");
    for name in k.unnamed() {
        assert!(!text.contains(&name), "the report names {name}: {text}");
    }
    let mut rest = r.clone();
    rest.as_object_mut().expect("an object").remove("top_customers");
    rest.as_object_mut()
        .expect("an object")
        .remove("overdue_customers");
    let rest = serde_json::to_string(&rest).expect("serializes");
    for name in [ALPHA, BETA, GAMMA, EPSILON] {
        assert!(
            !rest.contains(name),
            "{name} appears outside top_customers and overdue_customers: {rest}"
        );
    }
    assert!(!rest.contains(&k.d) && !rest.contains(&k.a), "{rest}");
}

#[test]
fn since_and_today_move_the_period_and_the_twelve_months() {
    let k = Known::new();

    // A longer period: more contacts, complaints and ratings; revenue does not move.
    let r = report_json(&k.t, &["--since", "2026-01-01"]);
    assert_eq!(r["since"], "2026-01-01");
    assert_eq!(
        r["contacts_by_owner"],
        json!({"-": 1, "li.na": 4, "wang.wei": 2, "zhao": 2})
    );
    assert_eq!(
        r["contacts_by_channel"],
        json!({"email": 1, "meeting": 1, "other": 1, "phone": 4, "visit": 1, "wechat": 1})
    );
    assert_eq!(r["complaints_opened"], 4);
    assert_eq!(r["complaints_resolved"], 2);
    assert_eq!(r["complaints_open_now"], 2);
    assert_eq!(r["average_rating"], "2.75");
    assert_eq!(r["ratings"], 4);
    assert_eq!(r["revenue_by_tier"]["strategic"], "1650.25");

    // Another today: the window is 2026-01..2026-12, the default period starts 30 days
    // before, and more follow-ups are late.
    let r = report_json(&k.t, &["--today", "2026-12-15"]);
    assert_eq!(r["today"], "2026-12-15");
    assert_eq!(r["since"], "2026-11-15");
    assert_eq!(
        months(&r),
        pairs(&[
            ("2026-01", "0"),
            ("2026-02", "0"),
            ("2026-03", "45"),
            ("2026-04", "0"),
            ("2026-05", "0"),
            ("2026-06", "500"),
            ("2026-07", "120.10"),
            ("2026-08", "420.10"),
            ("2026-09", "250.25"),
            ("2026-10", "0"),
            ("2026-11", "900.00"),
            ("2026-12", "5"),
        ])
    );
    // Oct–Dec 905.00 against Jul–Sep 790.45: +14.49…%.
    assert_eq!(r["trend_percent"], "14.5");
    assert_eq!(
        r["revenue_by_tier"],
        json!({"-": "45", "general": "0", "important": "540.20", "strategic": "1655.25"})
    );
    let ranked: Vec<(String, String)> = top(&r).into_iter().take(3).map(|(id, _, v)| (id, v)).collect();
    assert_eq!(
        ranked,
        [
            (k.a.clone(), "1655.25".to_string()),
            (k.c.clone(), "420.10".to_string()),
            (k.b.clone(), "120.10".to_string()),
        ]
    );
    assert_eq!(r["contacts_by_owner"], json!({"li.na": 1, "wang.wei": 2}));
    assert_eq!(
        r["contacts_by_channel"],
        json!({"phone": 1, "sms": 1, "visit": 1})
    );
    assert_eq!(r["complaints_opened"], 1);
    assert_eq!(r["complaints_resolved"], 0);
    assert_eq!(r["average_rating"], "3.00");
    let mut overdue = vec![k.a.clone(), k.b.clone(), k.c.clone(), k.e.clone()];
    overdue.sort();
    assert_eq!(r["overdue_ids"], json!(overdue));
    assert_eq!(r["overdue_follow_ups"], 4);
}

// 2 ─────────────────────────────────────────────────────────────────────────────────────

/// Parses an HTML page with Python's `html.parser`: every element that is opened is
/// closed, in order, and the page has the main elements. A missing python3 fails the test
/// unless CRMFILE_SKIP_PYTHON=1.
const HTML_CHECK: &str = r#"
import sys
from html.parser import HTMLParser
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}
class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.seen, self.errors = [], {}, []
    def handle_starttag(self, tag, attrs):
        self.seen[tag] = self.seen.get(tag, 0) + 1
        if tag not in VOID:
            self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        self.seen[tag] = self.seen.get(tag, 0) + 1
    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append("</%s> while %s is open" % (tag, self.stack))
check = Check()
check.feed(sys.stdin.read())
check.close()
if check.stack:
    check.errors.append("never closed: %s" % check.stack)
for tag in ("html", "head", "title", "style", "body", "header", "main", "section", "svg", "table"):
    if tag not in check.seen:
        check.errors.append("no <%s>" % tag)
for tag in ("html", "head", "body", "main", "header"):
    if check.seen.get(tag, 0) > 1:
        check.errors.append("%d <%s>" % (check.seen[tag], tag))
if check.errors:
    print("\n".join(check.errors))
    sys.exit(1)
"#;

fn check_html_with_python(html: &str) {
    use std::io::Write;
    let child = crate::common::python()
        .args(["-c", HTML_CHECK])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::env::var("CRMFILE_SKIP_PYTHON").as_deref() == Ok("1") {
                eprintln!("python3 not found; HTML parse check skipped because CRMFILE_SKIP_PYTHON=1");
                return;
            }
            panic!("python3 is needed to parse the HTML report (or set CRMFILE_SKIP_PYTHON=1)");
        }
        Err(e) => panic!("cannot run python3: {e}"),
    };
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(html.as_bytes())
        .expect("write the page to python3");
    let out = child.wait_with_output().expect("wait for python3");
    assert!(
        out.status.success(),
        "html.parser finds the page malformed:\n{}{}",
        stdout_of(&out),
        stderr_of(&out)
    );
}

#[test]
fn html_report_is_one_self_contained_page_that_names_only_top_customers() {
    let k = Known::new();
    let out =
        k.t.cmd()
            .args(["report", "--format", "html"])
            .output()
            .expect("run report");
    assert!(
        out.status.success(),
        "report --format html failed: {}",
        stderr_of(&out)
    );
    let html = String::from_utf8(out.stdout).expect("the page is UTF-8");

    assert!(
        html.starts_with("<!doctype html>"),
        "{}",
        &html[..html.len().min(80)]
    );
    assert!(html.trim_end().ends_with("</html>"));
    assert_eq!(html.matches("<html").count(), 1, "one page");
    let lower = html.to_lowercase();
    for banned in [
        "http://", "https://", "<script", "src=", "href=", "url(", "@import", "<link",
    ] {
        assert!(
            !lower.contains(banned),
            "the page holds `{banned}`: nothing may be fetched or run"
        );
    }
    assert!(html.contains("<svg"), "charts are inline SVG");
    assert!(html.contains("<style>"), "CSS is inline");
    check_html_with_python(&html);

    // Names appear in the top-customers table only, escaped, once each.
    let start = html
        .find("<h2>Top customers, last 12 months</h2>")
        .expect("a top-customers section");
    let end = start + html[start..].find("</section>").expect("the section ends");
    let [first, second] = k.beta_gamma();
    let named = [
        (k.a.as_str(), ALPHA.to_string()),
        (
            first.0,
            if first.1 == BETA {
                BETA_HTML.into()
            } else {
                GAMMA.into()
            },
        ),
        (
            second.0,
            if second.1 == BETA {
                BETA_HTML.into()
            } else {
                GAMMA.into()
            },
        ),
    ];
    let mut last = start;
    for (id, name) in &named {
        assert_eq!(html.matches(name.as_str()).count(), 1, "{name} once in the page");
        let at = html.find(name.as_str()).expect("named");
        assert!(
            at > last && at < end,
            "{name} outside the top-customers table, or out of order"
        );
        last = at;
        assert!(
            html[start..end].contains(&format!("<code>{id}</code>")),
            "{id} in the table"
        );
    }
    assert!(
        !html.contains("<乙>") && !html.contains("& Sons"),
        "names must be escaped"
    );
    for name in k.unnamed() {
        assert!(
            !html.contains(&name),
            "the page names {name}, who is not a top customer"
        );
    }
    // The numbers people read.
    for shown in [
        "1650.25",
        "+10.6%",
        "3.33 / 5",
        "2026-11: 900.00",
        "as of 2026-11-22",
        "activity since 2026-10-23",
        "amounts in CNY",
    ] {
        assert!(html.contains(shown), "the page does not show {shown}");
    }
}

#[test]
fn table_report_has_every_section_with_bars() {
    let k = Known::new();
    let text = ok(&k.t, &["report", "--format", "table"]);
    for title in [
        "14 customers, as of 2026-11-22; activity since 2026-10-23",
        "Customers by tier",
        "Customers by lifecycle",
        "Customers by pipeline stage",
        "Revenue by tier, last 12 months (CNY)",
        "Revenue by month",
        "trend +10.6% (last 3 months vs the 3 before)",
        "Top customers, last 12 months",
        "Contacts by owner since 2026-10-23",
        "Contacts by channel since 2026-10-23",
        "Satisfaction since 2026-10-23",
        "complaints opened 2, resolved 2, called back 0, open now 2; average rating (feedback and callbacks) 3.33 of 5 (3 ratings)",
        "Overdue for follow-up: 2",
    ] {
        assert!(text.contains(title), "no `{title}` in:\n{text}");
    }
    assert!(text.contains('█'), "no bars:\n{text}");
    // The sparkline: one tick per month, the highest month (November) a full block.
    let spark = text
        .lines()
        .find(|l| l.starts_with("Revenue by month"))
        .and_then(|l| l.split_whitespace().nth(3))
        .expect("a sparkline after the title");
    assert_eq!(spark.chars().count(), 12, "{spark}");
    assert!(spark.chars().all(|c| "▁▂▃▄▅▆▇█".contains(c)), "{spark}");
    assert_eq!(spark.chars().last(), Some('█'), "{spark}");
    assert!(!text.contains('\u{1b}'), "NO_COLOR: no escape codes");
    for name in k.unnamed() {
        assert!(
            !text.contains(&name),
            "the table names {name}, who is neither a top customer nor overdue"
        );
    }
    assert!(text.contains(ALPHA) && text.contains(BETA));
}

// 3 ─────────────────────────────────────────────────────────────────────────────────────

#[test]
fn report_counts_what_it_can_read_and_exits_1_for_the_rest() {
    let t = TestStore::new();
    let id = t.add(&["--name", "王芳", "--phone", "13912345678"]);
    purchase(&t, &id, "88.80", "2026-11-01");
    std::fs::write(t.record_path("c-zzzzzzzz"), b"not an age file").expect("write a broken record");
    let out = t
        .cmd()
        .args(["report", "--format", "json"])
        .output()
        .expect("run report");
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let r: Value = serde_json::from_slice(&out.stdout).expect("the report is still printed");
    assert_eq!(r["customers"], 1);
    assert_eq!(r["revenue_by_tier"], json!({"-": "88.80"}));
    assert!(
        stderr_of(&out).contains("could not be read"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn report_refuses_what_it_cannot_do_and_copes_with_an_empty_store() {
    let t = TestStore::new();
    let r = report_json(&t, &[]);
    assert_eq!(r["customers"], 0);
    assert_eq!(months(&r).len(), 12);
    assert!(months(&r).iter().all(|(_, v)| v == "0"));
    assert_eq!(r["trend_percent"], Value::Null);
    assert_eq!(r["average_rating"], Value::Null);
    assert_eq!(r["top_customers"], json!([]));

    for args in [
        &["report", "--format", "csv"][..],
        &["report", "--format", "ids"][..],
        &["report", "--since", "someday"][..],
    ] {
        let out = t.cmd().args(args).output().expect("run report");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr_of(&out));
        assert!(out.stdout.is_empty(), "{args:?} printed a report");
    }
}

// Bugs ─────────────────────────────────────────────────────────────────────────────────

#[test]
fn relative_dates_with_a_minus_work_after_since_and_today() {
    let t = TestStore::new();
    let r = report_json(&t, &["--since", "-30d"]);
    assert_eq!(r["since"], "2026-10-23");
    let r = report_json(&t, &["--today", "-1w"]);
    assert_eq!(r["today"], "2026-11-15");
}

/// A month with more refunds than sales, next to a month with sales.
fn store_with_a_refund_only_customer() -> (TestStore, String) {
    let t = TestStore::new();
    let seller = t.add(&["--name", "卖得好", "--phone", "13700000001"]);
    purchase(&t, &seller, "500", "2026-11-01");
    let refunded = t.add(&["--name", "Refund Only 退货", "--phone", "13700000002"]);
    purchase(&t, &refunded, "1000", "2025-06-01");
    ok(
        &t,
        &[
            "log-purchase",
            &refunded,
            "--refund",
            "--amount",
            "200",
            "--date",
            "2026-10-05",
        ],
    );
    (t, refunded)
}

#[test]
fn html_month_columns_never_get_a_negative_height() {
    let (t, _) = store_with_a_refund_only_customer();
    let html = ok(&t, &["report", "--format", "html"]);
    assert!(html.contains("2026-10: -200"), "the month is there");
    assert!(
        !html.contains("height=\"-"),
        "negative SVG height in the month chart"
    );
    assert!(!html.contains("y=\"-"), "SVG element above the chart");
}

#[test]
fn a_customer_with_only_refunds_is_not_a_top_customer() {
    let (t, refunded) = store_with_a_refund_only_customer();
    let r = report_json(&t, &[]);
    let ids: Vec<String> = top(&r).into_iter().map(|(id, _, _)| id).collect();
    assert!(!ids.contains(&refunded), "top customers: {ids:?}");
    let html = ok(&t, &["report", "--format", "html"]);
    assert!(
        !html.contains("Refund Only"),
        "the page names a customer without revenue"
    );
}

#[test]
fn empty_sections_are_closed_tables() {
    let t = TestStore::new();
    t.add(&["--name", "王芳", "--phone", "13912345678"]);
    let text = ok(&t, &["report", "--format", "table"]);
    assert_eq!(
        text.matches('┌').count(),
        text.matches('└').count(),
        "every table that is opened is closed:\n{text}"
    );
}

// Help, man page, completions ──────────────────────────────────────────────────────────

fn crmfile_out(args: &[&str]) -> Output {
    let t_env: &[&str] = &["CRMFILE_STORE", "CRMFILE_IDENTITY", "CRMFILE_NOW"];
    let mut cmd = Command::cargo_bin("crmfile").expect("the crmfile binary is built");
    for v in t_env {
        cmd.env_remove(v);
    }
    cmd.env("NO_COLOR", "1")
        .env("CRMFILE_LANG", "en")
        .args(args)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .expect("run crmfile")
}

/// The commands `crmfile --help` lists (without clap's `help`).
fn listed_commands() -> Vec<String> {
    let out = crmfile_out(&["--help"]);
    assert!(out.status.success());
    let text = stdout_of(&out);
    let line = regex::Regex::new(r"^  ([a-z][a-z0-9-]*)(\s{2,}|$)").expect("regex");
    let names: Vec<String> = text
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| line.captures(l).map(|c| c[1].to_string()))
        .filter(|n| n != "help")
        .collect();
    assert!(names.len() >= 25, "too few commands found in --help: {names:?}");
    for must in ["report", "add", "man", "completions", "log-purchase"] {
        assert!(names.iter().any(|n| n == must), "{must} not in {names:?}");
    }
    assert!(
        !names.iter().any(|n| n == "generate"),
        "the hidden command is listed"
    );
    names
}

#[test]
fn every_command_has_help_with_examples() {
    let mut bad = Vec::new();
    for name in listed_commands() {
        let out = crmfile_out(&[&name, "--help"]);
        let text = stdout_of(&out);
        let has_example = text.lines().any(|l| l.starts_with("  crmfile "));
        if !out.status.success() || !text.contains("Examples:") || !has_example {
            bad.push(format!(
                "{name}: exit {:?}, Examples: {}, example line: {has_example}",
                out.status.code(),
                text.contains("Examples:")
            ));
        }
    }
    assert!(bad.is_empty(), "help without examples:\n{}", bad.join("\n"));
}

/// The lines of the man page's EXAMPLES section by command, unescaped from roff.
fn man_examples() -> Vec<(String, String)> {
    let out = crmfile_out(&["man"]);
    assert!(out.status.success());
    let page = stdout_of(&out);
    let mut found = Vec::new();
    let mut section = None;
    let mut in_examples = false;
    for line in page.lines() {
        if line.starts_with(".SH") {
            in_examples = line.trim() == ".SH EXAMPLES";
            continue;
        }
        if !in_examples || line.starts_with(".nf") || line.starts_with(".fi") || line.trim().is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix(".SS ") {
            section = Some(name.trim().to_string());
            continue;
        }
        if line.starts_with(".ie") || line.starts_with(".el") {
            continue;
        }
        let text = line.replace("\\-", "-").replace("\\e", "\\");
        let text = text.strip_prefix("\\&").unwrap_or(&text).to_string();
        found.push((section.clone().expect("an .SS before examples"), text));
    }
    found
}

#[test]
fn man_page_has_a_title_and_every_commands_examples() {
    let out = crmfile_out(&["man"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let page = stdout_of(&out);
    // clap_mangen puts two roff string definitions (`.ie \n(.g .ds Aq …`, `.el .ds Aq '`)
    // before the title; nothing else may come first.
    let first = page
        .lines()
        .find(|l| !(l.starts_with(".ie \\n(.g .ds Aq") || l.starts_with(".el .ds Aq")))
        .expect("a non-empty page");
    assert!(
        first.starts_with(".TH crmfile 1"),
        "the page starts with {first:?}"
    );
    assert!(page.lines().any(|l| l == ".SH EXAMPLES"), "no .SH EXAMPLES");
    assert!(page.contains(".SH EXIT STATUS"));
    let examples = man_examples();
    for name in listed_commands() {
        assert!(
            examples.iter().any(|(n, _)| *n == name),
            "no examples of {name} in the man page"
        );
    }
    assert!(
        examples
            .iter()
            .any(|(n, l)| n == "report" && l == "crmfile report --today 2026-11-22"),
        "{examples:?}"
    );
}

#[test]
fn help_shows_every_example_on_one_line() {
    let mut wrapped = Vec::new();
    for (name, example) in man_examples() {
        let help = stdout_of(&crmfile_out(&[&name, "--help"]));
        if !help.lines().any(|l| l.trim() == example.trim()) {
            wrapped.push(format!("{name}: {example}"));
        }
    }
    assert!(
        wrapped.is_empty(),
        "examples split in --help:\n{}",
        wrapped.join("\n")
    );
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = crmfile_out(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr_of(&out));
        let text = stdout_of(&out);
        assert!(!text.trim().is_empty(), "{shell}: empty");
        assert!(
            text.contains("log-purchase") && text.contains("report"),
            "{shell}: the script does not know the commands"
        );
    }
    let out = crmfile_out(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}

// The README tour ──────────────────────────────────────────────────────────────────────

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("read README.md")
}

/// Every shell and cron line of the README's "A day in the life", continuation lines
/// joined, comments dropped, whitespace collapsed.
fn tour_lines(readme: &str) -> Vec<String> {
    let start = readme
        .find("## A day in the life")
        .expect("the README has the tour");
    let rest = &readme[start..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    let comment = regex::Regex::new(r"\s+#\s.*$").expect("regex");
    let mut lines = Vec::new();
    let mut in_code = false;
    let mut pending = String::new();
    for line in rest[..end].lines() {
        if line.starts_with("```") {
            in_code = !in_code && (line == "```sh" || line == "```cron");
            continue;
        }
        if !in_code {
            continue;
        }
        if let Some(head) = line.strip_suffix('\\') {
            pending.push_str(head);
            pending.push(' ');
            continue;
        }
        pending.push_str(line);
        let text = comment
            .replace(&pending, "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        pending.clear();
        if !text.is_empty() {
            lines.push(text);
        }
    }
    lines
}

/// The tour on a copy of the demo: `<tmp>/acme` for `/tmp/acme`, its key moved out to
/// `<tmp>/acme-identity.txt`, every command run in the copy with `CRMFILE_IDENTITY` set to
/// that key and the crmfile under test on PATH. Every line runs; none may fail.
struct Tour<'a> {
    t: &'a TestStore,
    dir: PathBuf,
    identity: PathBuf,
    readme: Vec<String>,
    covered: BTreeSet<String>,
    failures: Vec<String>,
}

impl<'a> Tour<'a> {
    fn new(t: &'a TestStore) -> Tour<'a> {
        Tour {
            t,
            dir: t.root().join("acme"),
            identity: t.root().join("acme-identity.txt"),
            readme: tour_lines(&readme()),
            covered: BTreeSet::new(),
            failures: Vec::new(),
        }
    }

    fn path_env(&self) -> std::ffi::OsString {
        let bin = assert_cmd::cargo::cargo_bin("crmfile");
        let mut dirs = vec![bin.parent().expect("the binary's folder").to_path_buf()];
        if let Some(p) = std::env::var_os("PATH") {
            dirs.extend(std::env::split_paths(&p));
        }
        std::env::join_paths(dirs).expect("PATH")
    }

    /// A README line, checked to be in the tour as written.
    fn cover(&mut self, line: &str) {
        assert!(
            self.readme.iter().any(|l| l == line),
            "the README tour has no line `{line}`; its lines are:\n{}",
            self.readme.join("\n")
        );
        self.covered.insert(line.to_string());
    }

    fn crmfile(&self) -> Command {
        let mut cmd = self.t.bare();
        for var in git_scrubbed() {
            cmd.env_remove(var);
        }
        // The test's clock and folders again: the list above takes CRMFILE_NOW too.
        cmd.envs(self.t.env())
            .current_dir(&self.dir)
            .env("CRMFILE_IDENTITY", &self.identity)
            .env("GIT_CEILING_DIRECTORIES", self.t.root())
            .env("PATH", self.path_env())
            .envs(GIT_ENV.iter().copied());
        cmd
    }

    fn git(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new("git");
        for var in git_scrubbed() {
            cmd.env_remove(var);
        }
        cmd.envs(self.t.env())
            .envs(GIT_ENV.iter().copied())
            .env("CRMFILE_IDENTITY", &self.identity)
            .env("GIT_CEILING_DIRECTORIES", self.t.root())
            .env("PATH", self.path_env())
            .current_dir(&self.dir)
            .timeout(std::time::Duration::from_secs(60))
            .args(args)
            .output()
            .expect("run git")
    }

    fn check(&mut self, what: &str, out: &Output, want: i32) {
        let code = out.status.code().unwrap_or(-1);
        eprintln!("ran: {what}  → exit {code}");
        if code != want {
            self.failures.push(format!(
                "`{what}` exited {code}, the README implies {want}:\n{}",
                stderr_of(out).trim_end()
            ));
        }
    }

    /// Runs README `line` as `crmfile ARGS` (stdin from `input`) and checks its exit code.
    fn run_with(&mut self, line: &str, args: &[&str], input: Option<&str>, want: i32) -> Output {
        self.cover(line);
        let mut cmd = self.crmfile();
        cmd.args(args);
        if let Some(text) = input {
            cmd.write_stdin(text);
        }
        let out = cmd.output().expect("run crmfile");
        self.check(line, &out, want);
        out
    }

    fn run(&mut self, line: &str, args: &[&str]) -> Output {
        self.run_with(line, args, None, 0)
    }

    /// `crmfile ARGS > file`, `file` relative to the store, and outside it.
    fn run_to(&mut self, line: &str, args: &[&str], file: &str) -> Output {
        assert!(
            file.starts_with("../") && !file[3..].contains('/'),
            "`{line}` writes into the store"
        );
        let out = self.run(line, args);
        std::fs::write(self.dir.join(file), &out.stdout).expect("write redirected output");
        out
    }

    fn skip(&mut self, line: &str, why: &str) {
        self.cover(line);
        eprintln!("skipped: {line}  ({why})");
    }

    fn json(&mut self, line: &str, args: &[&str]) -> Value {
        let out = self.run(line, args);
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("`{line}` printed no JSON: {e}"))
    }

    fn walk(&mut self) {
        let t = self.t;
        self.cover(
            "cp -r fixtures/demo /tmp/acme && mv /tmp/acme/identity.txt /tmp/acme-identity.txt && chmod 600 /tmp/acme-identity.txt && cd /tmp/acme",
        );
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures")
                .join("demo"),
            &self.dir,
        );
        std::fs::rename(self.dir.join("identity.txt"), &self.identity).expect("move the key out");
        // A git checkout does not keep the key's 0600 mode: the tour sets it again.
        let mut perms = std::fs::metadata(&self.identity).expect("key").permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o600);
        std::fs::set_permissions(&self.identity, perms).expect("chmod 600");
        self.cover("export CRMFILE_IDENTITY=/tmp/acme-identity.txt");
        self.skip(
            "alias crmfile='cargo run -q --release --manifest-path /path/to/crmfile/Cargo.toml --'",
            "the test runs the built binary",
        );
        self.run("crmfile recipients list", &["recipients", "list"]);
        self.run(
            "crmfile recipients trust --yes",
            &["recipients", "trust", "--yes"],
        );

        // Morning.
        let out = self.run(
            "crmfile remind --today 2026-11-22 --within 14d",
            &["remind", "--today", "2026-11-22", "--within", "14d"],
        );
        assert!(!out.stdout.is_empty(), "the demo has things due");
        let due = self.json(
            "crmfile remind --today 2026-11-22 --kind birthday --within 60d --format json | jq -r '.[].detail'",
            &["remind", "--today", "2026-11-22", "--kind", "birthday", "--within", "60d", "--format", "json"],
        );
        let details = due.as_array().expect("a JSON list");
        assert!(!details.is_empty(), "birthdays in the next 60 days");
        assert!(details.iter().all(|d| d["detail"].is_string()), "{due}");

        // A new customer.
        let out = self.run(
            "crmfile add --name 张伟 --phone \"+86 138 0013 8000\" --company 北京星河科技有限公司 --title 采购经理 --tag beijing --owner li.na --birthday 1985-03-12",
            &[
                "add", "--name", "张伟", "--phone", "+86 138 0013 8000", "--company", "北京星河科技有限公司",
                "--title", "采购经理", "--tag", "beijing", "--owner", "li.na", "--birthday", "1985-03-12",
            ],
        );
        let zhang = stdout_of(&out).trim().to_string();
        assert!(is_id(&zhang), "add printed {zhang:?}");
        let out = self.run_with(
            "crmfile add --name 张伟 --phone 13800138000",
            &["add", "--name", "张伟", "--phone", "13800138000"],
            None,
            1,
        );
        assert!(stderr_of(&out).contains(&zhang), "the refusal names the customer");

        // Find and look.
        let out = self.run("crmfile find 星河", &["find", "星河"]);
        assert!(stdout_of(&out).contains(&zhang));
        let out = self.run(
            "crmfile find --tag vip --where 'company~科技' --format csv",
            &[
                "find",
                "--tag",
                "vip",
                "--where",
                "company~科技",
                "--format",
                "csv",
            ],
        );
        assert!(stdout_of(&out).starts_with("id,"), "a CSV header");
        self.run("crmfile show 张伟", &["show", "张伟"]);
        let shown = self.json(
            "crmfile show 13800138000 --format json | jq .contact",
            &["show", "13800138000", "--format", "json"],
        );
        assert_eq!(
            shown["contact"]["phones"],
            json!([{"number": "+86 138 0013 8000", "kind": "mobile"}])
        );

        // After the call.
        self.run(
            "crmfile log-contact 张伟 --channel phone --summary \"Asked for a quote on 4 more units\" --next 2w",
            &["log-contact", "张伟", "--channel", "phone", "--summary", "Asked for a quote on 4 more units", "--next", "2w"],
        );
        self.run(
            "crmfile log-purchase 张伟 --amount 25800.00 --product \"R740 server\" --quantity 2 --payment bank-transfer",
            &[
                "log-purchase", "张伟", "--amount", "25800.00", "--product", "R740 server", "--quantity", "2",
                "--payment", "bank-transfer",
            ],
        );
        self.run(
            "crmfile log-feedback 张伟 --kind complaint --text \"Delivery was late\" --rating 2",
            &[
                "log-feedback",
                "张伟",
                "--kind",
                "complaint",
                "--text",
                "Delivery was late",
                "--rating",
                "2",
            ],
        );
        let record: Value = serde_json::from_slice(
            &self
                .crmfile()
                .args(["show", "张伟", "--format", "json"])
                .output()
                .expect("show")
                .stdout,
        )
        .expect("show --format json");
        let open: Vec<&str> = record["feedback"]
            .as_array()
            .expect("feedback")
            .iter()
            .filter(|f| f["status"] == "open")
            .filter_map(|f| f["id"].as_str())
            .collect();
        assert_eq!(open.len(), 1, "one open complaint: {record}");
        let fid = open[0].to_string();
        self.run(
            "crmfile resolve 张伟 f-XXXXXXXX --start --handler 王芳",
            &["resolve", "张伟", &fid, "--start", "--handler", "王芳"],
        );
        self.run(
            "crmfile resolve 张伟 f-XXXXXXXX --note \"Refunded the shipping\"",
            &["resolve", "张伟", &fid, "--note", "Refunded the shipping"],
        );
        self.run(
            "crmfile resolve 张伟 f-XXXXXXXX --callback --note \"满意\" --rating 5",
            &[
                "resolve",
                "张伟",
                &fid,
                "--callback",
                "--note",
                "满意",
                "--rating",
                "5",
            ],
        );

        // Credit and money owed.
        self.run(
            "crmfile set 张伟 credit.limit=10万 credit.rating=优 credit.terms=45",
            &[
                "set",
                "张伟",
                "credit.limit=10万",
                "credit.rating=优",
                "credit.terms=45",
            ],
        );
        self.run(
            "crmfile log-purchase 张伟 --amount 25800.00 --ref SO-1042",
            &["log-purchase", "张伟", "--amount", "25800.00", "--ref", "SO-1042"],
        );
        self.run(
            "crmfile log-payment 张伟 --amount 20000 --method bank-transfer --ref 回单-0042",
            &[
                "log-payment",
                "张伟",
                "--amount",
                "20000",
                "--method",
                "bank-transfer",
                "--ref",
                "回单-0042",
            ],
        );
        self.run(
            "crmfile log-purchase 张伟 --refund --amount 1200 --ref RMA-7",
            &[
                "log-purchase",
                "张伟",
                "--refund",
                "--amount",
                "1200",
                "--ref",
                "RMA-7",
            ],
        );
        self.run(
            "crmfile remind --kind payment --within 7d",
            &["remind", "--kind", "payment", "--within", "7d"],
        );
        let out = self.run("crmfile report --receivables", &["report", "--receivables"]);
        assert!(
            stdout_of(&out).contains("30400"),
            "25800 × 2 less 20000, less the 1200 refunded: {}",
            stdout_of(&out)
        );
        let out = self.run(
            "crmfile find --where 'credit.limit>=5万' --where 'created>2026-01-01'",
            &[
                "find",
                "--where",
                "credit.limit>=5万",
                "--where",
                "created>2026-01-01",
            ],
        );
        assert!(stdout_of(&out).contains(&zhang), "{}", stdout_of(&out));

        // Who is related to whom.
        self.run(
            "crmfile add --name 北京星河科技有限公司 --kind company --phone 010-8765-4321",
            &[
                "add",
                "--name",
                "北京星河科技有限公司",
                "--kind",
                "company",
                "--phone",
                "010-8765-4321",
            ],
        );
        let out = self.run(
            "crmfile add --name 星河上海分公司 --kind company --phone 021-5555-0101",
            &[
                "add",
                "--name",
                "星河上海分公司",
                "--kind",
                "company",
                "--phone",
                "021-5555-0101",
            ],
        );
        let branch = stdout_of(&out).trim().to_string();
        self.run(
            "crmfile link 星河上海分公司 北京星河科技有限公司 --as parent",
            &["link", "星河上海分公司", "北京星河科技有限公司", "--as", "parent"],
        );
        let out = self.run(
            "crmfile find --linked-to 北京星河科技有限公司",
            &["find", "--linked-to", "北京星河科技有限公司"],
        );
        assert!(stdout_of(&out).contains(&branch), "{}", stdout_of(&out));

        // Monthly: report.
        self.run(
            "crmfile report --by industry --since 2026-01-01",
            &["report", "--by", "industry", "--since", "2026-01-01"],
        );
        let out = self.run(
            "crmfile report --by region --owner li.na --format html > /dev/shm/report.html",
            &["report", "--by", "region", "--owner", "li.na", "--format", "html"],
        );
        assert!(stdout_of(&out).starts_with("<!doctype html>"));
        self.run(
            "crmfile add-person 张伟 --name 王芳 --role decision-maker --birthday 1979-07-02",
            &[
                "add-person",
                "张伟",
                "--name",
                "王芳",
                "--role",
                "decision-maker",
                "--birthday",
                "1979-07-02",
            ],
        );
        self.run(
            "crmfile add-date 张伟 --label \"first order\" --date 2019-05-20",
            &[
                "add-date",
                "张伟",
                "--label",
                "first order",
                "--date",
                "2019-05-20",
            ],
        );
        self.run(
            "crmfile remind --done 张伟 --summary \"Called back, all fine\"",
            &["remind", "--done", "张伟", "--summary", "Called back, all fine"],
        );

        // Change fields.
        self.run(
            "crmfile set 张伟 title=采购总监 class.stage=red follow_up.cadence=14d contact.phones+=13912345678",
            &["set", "张伟", "title=采购总监", "class.stage=red", "follow_up.cadence=14d", "contact.phones+=13912345678"],
        );
        self.run(
            "crmfile tag 张伟 +vip -beijing",
            &["tag", "张伟", "+vip", "-beijing"],
        );
        {
            let _guard = edit_lock();
            let editor = t.editor_script(
                "tour-editor.sh",
                r#"sed -i 's/^title = .*/title = "采购部总监"/' "$1""#,
            );
            self.cover("crmfile edit 张伟");
            let out = self
                .crmfile()
                .env("EDITOR", editor)
                .args(["edit", "张伟"])
                .output()
                .expect("edit");
            self.check("crmfile edit 张伟", &out, 0);
            assert!(stderr_of(&out).contains("updated"), "{}", stderr_of(&out));
        }

        // Nightly.
        self.run(
            "crmfile classify --today 2026-11-22 --dry-run",
            &["classify", "--today", "2026-11-22", "--dry-run"],
        );
        self.run(
            "crmfile classify --today 2026-11-22",
            &["classify", "--today", "2026-11-22"],
        );
        let out = self.run("crmfile find --tier strategic", &["find", "--tier", "strategic"]);
        assert!(!out.stdout.is_empty(), "the demo has strategic customers");

        // Batches.
        self.run_with(
            "printf '%s\\n' '{\"customer\":\"c-3006ks83\",\"channel\":\"phone\",\"summary\":\"Q4 review\"}' | crmfile log-contact --json -",
            &["log-contact", "--json", "-"],
            Some("{\"customer\":\"c-3006ks83\",\"channel\":\"phone\",\"summary\":\"Q4 review\"}\n"),
            0,
        );

        // Weekly.
        let out = self.run(
            "crmfile add --name \"Zhang Wei\" --phone 13800138000 --force",
            &["add", "--name", "Zhang Wei", "--phone", "13800138000", "--force"],
        );
        let dup = stdout_of(&out).trim().to_string();
        assert!(is_id(&dup) && dup != zhang, "add --force printed {dup:?}");
        let out = self.run(
            "crmfile audit --today 2026-11-22",
            &["audit", "--today", "2026-11-22"],
        );
        let listed = stdout_of(&out);
        assert!(
            listed
                .lines()
                .any(|l| l.contains("likely-duplicate") && l.contains(&zhang) && l.contains(&dup)),
            "audit does not list {zhang} and {dup} as likely duplicates:\n{listed}"
        );
        self.run("crmfile audit --fix", &["audit", "--fix"]);
        let out = self.run(
            "crmfile merge 张伟 \"Zhang Wei\" --yes",
            &["merge", "张伟", "Zhang Wei", "--yes"],
        );
        assert!(
            stderr_of(&out).contains(&format!("{dup} folded into {zhang}")),
            "{}",
            stderr_of(&out)
        );
        assert!(
            !self.dir.join(format!("{dup}.toml.age")).exists(),
            "the duplicate's file stays"
        );
        let out = self
            .crmfile()
            .args(["show", "张伟", "--format", "json"])
            .output()
            .expect("show");
        assert!(
            out.status.success(),
            "`show 张伟` after the merge: {}",
            stderr_of(&out)
        );
        let merged: Value = serde_json::from_slice(&out.stdout).expect("show --format json");
        assert_eq!(merged["id"], json!(zhang), "`show 张伟` after the merge");
        let out = self.crmfile().args(["find", "Zhang Wei"]).output().expect("find");
        assert!(
            !stdout_of(&out).contains(&dup),
            "the duplicate is still found: {}",
            stdout_of(&out)
        );

        // Data in and out.
        let out = self.run_to(
            "crmfile export --format vcard > ../customers.vcf",
            &["export", "--format", "vcard"],
            "../customers.vcf",
        );
        assert!(stdout_of(&out).starts_with("BEGIN:VCARD"));
        let out = self.run_to(
            "crmfile export --format csv --bom --fields id,name,contact.phones,class.tier > ../tiers.csv",
            &[
                "export",
                "--format",
                "csv",
                "--bom",
                "--fields",
                "id,name,contact.phones,class.tier",
            ],
            "../tiers.csv",
        );
        assert!(
            out.stdout.starts_with("\u{feff}id,name".as_bytes()),
            "a BOM, then the header"
        );
        self.run_to(
            "crmfile export --entries transactions --format csv > ../sales.csv",
            &["export", "--entries", "transactions", "--format", "csv"],
            "../sales.csv",
        );
        let out = self.run_to(
            "crmfile export --format xlsx --headers zh > ../客户.xlsx",
            &["export", "--format", "xlsx", "--headers", "zh"],
            "../客户.xlsx",
        );
        assert!(out.stdout.starts_with(b"PK"), "a workbook (a zip file)");
        // The reader's own workbook, as Excel would hold it.
        let header: Vec<String> = ["姓名", "手机", "公司"].iter().map(|h| h.to_string()).collect();
        let mut book = crmfile::model::xlsx::Writer::new("客户", &header, &[], 0).expect("a workbook");
        book.row(&["韩梅梅".into(), "13600002222".into(), "西湖茶业".into()])
            .expect("a row");
        std::fs::write(
            self.dir.join("../客户档案.xlsx"),
            book.finish().expect("the workbook's bytes"),
        )
        .expect("write 客户档案.xlsx");
        let out = self.run(
            "crmfile import customers ../客户档案.xlsx --dry-run",
            &["import", "customers", "../客户档案.xlsx", "--dry-run"],
        );
        assert!(stderr_of(&out).contains("1 new"), "{}", stderr_of(&out));
        // The files the README imports are the reader's own, next to the store; these
        // stand in for them.
        std::fs::write(
            t.root().join("客户.csv"),
            "姓名,手机,邮箱,公司\n李雷,13700001111,li.lei@example.com,东方贸易有限公司\n",
        )
        .expect("write 客户.csv");
        std::fs::write(
            t.root().join("orders.csv"),
            "ref,date,amount,product\nERP-00012,2026-11-20,1200.00,Cloud backup\n",
        )
        .expect("write orders.csv");
        let out = self.run(
            "crmfile import customers --format csv ../客户.csv --dry-run",
            &[
                "import",
                "customers",
                "--format",
                "csv",
                "../客户.csv",
                "--dry-run",
            ],
        );
        assert!(stderr_of(&out).contains("1 new"), "{}", stderr_of(&out));
        let out = self.run(
            "crmfile import customers --format csv ../客户.csv --rejects ../未导入.csv",
            &[
                "import",
                "customers",
                "--format",
                "csv",
                "../客户.csv",
                "--rejects",
                "../未导入.csv",
            ],
        );
        assert!(stderr_of(&out).contains("1 new"), "{}", stderr_of(&out));
        let rejected = std::fs::read_to_string(self.dir.join("../未导入.csv")).expect("the rejects file");
        assert_eq!(
            rejected.lines().count(),
            1,
            "only the header: nothing was rejected"
        );
        let out = self.run(
            "crmfile import transactions --format csv ../orders.csv --match ref",
            &[
                "import",
                "transactions",
                "--format",
                "csv",
                "../orders.csv",
                "--match",
                "ref",
            ],
        );
        assert!(
            stderr_of(&out).contains("imported 1 transactions"),
            "{}",
            stderr_of(&out)
        );

        // Documents.
        std::fs::write(self.dir.join("../合同-2026-042.pdf"), b"%PDF-1.4 contract").expect("a document");
        let out = self.run(
            "crmfile attach 张伟 ../合同-2026-042.pdf --label 合同",
            &["attach", "张伟", "../合同-2026-042.pdf", "--label", "合同"],
        );
        assert!(stdout_of(&out).contains("\ta-"), "{}", stdout_of(&out));
        // Written beside the store here, not in /dev/shm, which other runs share.
        self.cover("crmfile attachment get 张伟 合同 --output /dev/shm/contract.pdf");
        let copy = self.dir.join("../contract.pdf");
        let out = self
            .crmfile()
            .args(["attachment", "get", "张伟", "合同", "--output"])
            .arg(&copy)
            .output()
            .expect("attachment get");
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert_eq!(std::fs::read(&copy).expect("the copy"), b"%PDF-1.4 contract");

        // Privacy duties.
        self.run(
            "crmfile consent 张伟 --purpose marketing --given --channel 微信 --scope \"节日问候、新品通知\"",
            &[
                "consent",
                "张伟",
                "--purpose",
                "marketing",
                "--given",
                "--channel",
                "微信",
                "--scope",
                "节日问候、新品通知",
            ],
        );
        let out = self.run_to(
            "crmfile export --purpose marketing --format csv --fields name,contact.phones > ../campaign.csv",
            &[
                "export",
                "--purpose",
                "marketing",
                "--format",
                "csv",
                "--fields",
                "name,contact.phones",
            ],
            "../campaign.csv",
        );
        let campaign = stdout_of(&out);
        assert_eq!(
            campaign.lines().count(),
            2,
            "only who agreed to marketing: {campaign}"
        );
        assert!(campaign.contains("张伟,+86 138 0013 8000"), "{campaign}");
        let out = self.run_to(
            "crmfile export 张伟 --subject > ../subject-access.json",
            &["export", "张伟", "--subject"],
            "../subject-access.json",
        );
        let held: Value = serde_json::from_slice(&out.stdout).expect("export --subject prints JSON");
        assert_eq!(held["customer"], json!(zhang), "{held}");
        assert_eq!(held["record"]["name"], json!("张伟"), "{held}");
        let out = self.run(
            "crmfile forget 张伟 --reason \"erasure request 2026-11-20\" --yes",
            &[
                "forget",
                "张伟",
                "--reason",
                "erasure request 2026-11-20",
                "--yes",
            ],
        );
        let said = format!("{}{}", stdout_of(&out), stderr_of(&out));
        assert!(said.contains(&format!("{zhang} erased")), "{said}");
        let out = self.run(
            "crmfile access-log --since -30d",
            &["access-log", "--since", "-30d"],
        );
        let log = stdout_of(&out);
        assert!(
            log.lines()
                .any(|l| l.contains("\tforget\t") && l.contains(&zhang)),
            "the access log has no `forget` of {zhang}:\n{log}"
        );

        // Records that last: the demo keeps five years after the last dealing.
        let out = self.run("crmfile forget --expired", &["forget", "--expired"]);
        assert!(
            stderr_of(&out).contains("no customer is past"),
            "{}",
            stderr_of(&out)
        );
        self.run(
            "crmfile remind --kind review --within 30d",
            &["remind", "--kind", "review", "--within", "30d"],
        );
        let found = self
            .crmfile()
            .args(["find", "--format", "json"])
            .output()
            .expect("find");
        let found: Value = serde_json::from_slice(&found.stdout).expect("find --format json");
        // 张伟 was forgotten above: the line is run on another customer.
        let someone = found[0]["id"].as_str().expect("a customer").to_string();
        self.cover("crmfile set 张伟 verified=today");
        let out = self
            .crmfile()
            .args(["set", &someone, "verified=today"])
            .output()
            .expect("set");
        assert!(out.status.success(), "{}", stderr_of(&out));

        // From cron.
        for line in [
            "0 8 * * 1-5 crmfile -q --store ~/acme remind | mail -E -s \"Customers due today\" team@example.com",
            "5 8 * * * crmfile -q --store ~/acme remind --within 30d --format ics > ~/calendars/crm.ics",
            "15 2 * * * crmfile -q --store ~/acme classify",
            "0 7 * * 1 crmfile -q --store ~/acme audit --fail-on warning | mail -E -s \"crm audit\" admin@example.com",
        ] {
            self.skip(line, "a crontab line");
        }

        // Team access: run with several real identities by tests/cli/team.rs.
        for line in [
            "crmfile member add 王总 age1…lead…",
            "crmfile member add 李娜 age1…li…",
            "crmfile recipients add 李娜 --yes",
            "crmfile recipients add 王总 --folder vip --yes",
            "crmfile recipients add 李娜 --folder east --inherit",
            "crmfile move 张伟 --folder vip",
            "crmfile recipients list",
            "crmfile member remove 李娜 --yes",
        ] {
            self.skip(line, "run with real identities by tests/cli/team.rs");
        }

        // A team in git.
        let line = "git init && crmfile git-setup && git add -A && git commit -m \"customer archive\"";
        self.cover(line);
        let out = self.git(&["-c", "init.defaultBranch=main", "init", "-q"]);
        self.check("git init", &out, 0);
        let out = self.crmfile().arg("git-setup").output().expect("git-setup");
        self.check("crmfile git-setup", &out, 0);
        let out = self.git(&["add", "-A"]);
        self.check("git add -A", &out, 0);
        let out = self.git(&["commit", "-q", "-m", "customer archive"]);
        self.check("git commit -m \"customer archive\"", &out, 0);
        let files = stdout_of(&self.git(&["-c", "core.quotepath=false", "ls-files"]));
        let plain: Vec<&str> = files
            .lines()
            .filter(|f| !f.ends_with(".toml.age") && !f.starts_with(".crmfile/") && !f.starts_with(".git"))
            .filter(|f| *f != ".age-recipients")
            .collect();
        if !plain.is_empty() {
            self.failures.push(format!(
                "`{line}` commits a key or plaintext the tour left in the store folder: {plain:?}"
            ));
        }
        let out = self
            .crmfile()
            .args(["audit", "--format", "json"])
            .output()
            .expect("audit");
        let findings: Value = serde_json::from_slice(&out.stdout).expect("audit --format json");
        let stray: Vec<&Value> = findings
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["code"] == "plaintext-file")
            .collect();
        assert!(
            stray.is_empty(),
            "the tour left plaintext in the store: {stray:?}"
        );
        let colleague = t.public_key();
        self.run_with(
            "crmfile recipients add age1…colleague… --yes",
            &["recipients", "add", &colleague, "--yes"],
            None,
            0,
        );
        // The colleague (the key of the store TestStore made) can read the demo now.
        let out = self
            .crmfile()
            .arg("--identity")
            .arg(t.identity())
            .args(["show", "c-3006ks83", "--format", "json"])
            .output()
            .expect("show as the colleague");
        assert!(
            out.status.success(),
            "the colleague cannot read: {}",
            stderr_of(&out)
        );
        let line = "git log -p -- c-3006ks83.toml.age";
        self.cover(line);
        let out = self.git(&["log", "-p", "--", "c-3006ks83.toml.age"]);
        self.check(line, &out, 0);
        let log = stdout_of(&out);
        assert!(
            log.contains("+id = \"c-3006ks83\""),
            "git log -p shows no decrypted record:\n{log}"
        );
        assert!(!log.contains("age-encryption.org"), "{log}");
        let out = self.run_to(
            "crmfile export c-3006ks83 --subject --history > ../subject-access.json",
            &["export", "c-3006ks83", "--subject", "--history"],
            "../subject-access.json",
        );
        let held: Value = serde_json::from_slice(&out.stdout).expect("export --subject prints JSON");
        let versions = held["history"].as_array().expect("--history lists versions");
        assert_eq!(versions.len(), 1, "one commit: {held}");
        assert_eq!(versions[0]["record"]["id"], json!("c-3006ks83"), "{held}");
    }
}

#[test]
fn readme_tour_runs_on_a_copy_of_the_demo() {
    let t = TestStore::new();
    let mut tour = Tour::new(&t);
    tour.walk();
    let missed: Vec<&String> = tour
        .readme
        .iter()
        .filter(|l| !tour.covered.contains(*l))
        .collect();
    assert!(
        missed.is_empty(),
        "README tour lines the test does not cover: {missed:#?}"
    );
    assert!(
        tour.failures.is_empty(),
        "README tour lines that do not work as written:\n\n{}",
        tour.failures.join("\n\n")
    );
}

/// The README's first command, as written, on a checkout where git left the demo's key
/// readable by everyone (git keeps no other mode): `cargo run --release --` stands for the
/// crmfile binary.
#[test]
fn the_readme_first_command_runs_on_a_fresh_checkout() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let block = readme
        .split("```sh\n")
        .nth(1)
        .expect("the README opens with a sh block");
    let first = block.lines().next().expect("a first line");
    assert!(first.contains("cargo run --release --"), "{first}");
    let t = TestStore::new();
    let checkout = t.tmpdir().join("checkout");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
        &checkout.join("fixtures"),
    );
    use std::os::unix::fs::PermissionsExt;
    let key = checkout.join("fixtures/demo/identity.txt");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let binary = assert_cmd::cargo::cargo_bin("crmfile").display().to_string();
    let line = first.replace("cargo run --release --", &binary);
    let out = std::process::Command::new("sh")
        .args(["-c", &line])
        .current_dir(&checkout)
        .env("XDG_CONFIG_HOME", t.root().join("cfg"))
        .env("CRMFILE_LANG", "en")
        .env_remove("CRMFILE_IDENTITY")
        .output()
        .unwrap();
    assert!(out.status.success(), "`{first}`: {}", stderr_of(&out));
    assert!(stdout_of(&out).contains("follow-up"), "{}", stdout_of(&out));
}
