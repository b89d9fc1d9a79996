//! Classification (DESIGN.md, "Classification, exactly"): RFM scores over the store, then
//! tier and lifecycle from declarative rules in config, first match wins.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::record::{Customer, FeedbackKind, Lifecycle, Tier};
use crate::i18n::fl;

/// A comparison on one metric: every bound given must hold.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cmp {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lt: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub le: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gt: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ge: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eq: Option<Decimal>,
}

impl Cmp {
    fn holds(&self, v: Decimal) -> bool {
        self.lt.is_none_or(|b| v < b)
            && self.le.is_none_or(|b| v <= b)
            && self.gt.is_none_or(|b| v > b)
            && self.ge.is_none_or(|b| v >= b)
            && self.eq.is_none_or(|b| v == b)
    }
    fn is_empty(&self) -> bool {
        *self == Cmp::default()
    }
}

/// The metrics a rule can test, with what each means (README lists them).
pub const METRICS: &[(&str, &str)] = &[
    ("transactions", "F: number of transactions in the window"),
    ("monetary", "M: sum of amounts in the window, store currency"),
    ("recency_days", "R: days since the last transaction"),
    ("r_score", "recency score 1-5"),
    ("f_score", "frequency score 1-5"),
    ("m_score", "monetary score 1-5"),
    (
        "monetary_top_percent",
        "100 x share of buyers with a strictly larger M (0 = the top buyer)",
    ),
    (
        "days_since_first_transaction",
        "days since the first transaction in the window",
    ),
    ("days_since_contact", "days since the last logged contact"),
    ("days_since_created", "days since the record was created"),
    ("complaints", "complaints made in the window (投诉次数)"),
    ("open_complaints", "complaints not resolved yet"),
];

/// A customer's complaints made within the window ending `today` (all of them without
/// a window), and those not resolved yet: for rules that find problem customers
/// (发现问题客户).
pub fn complaint_counts(c: &Customer, today: NaiveDate, window_days: Option<u32>) -> (u32, u32) {
    let start = window_days.and_then(|d| today.checked_sub_days(chrono::Days::new(u64::from(d))));
    let mut counts = (0, 0);
    for f in c.feedback.iter().filter(|f| f.kind == FeedbackKind::Complaint) {
        let d = f.date.0;
        if d <= today && start.is_none_or(|s| d > s) {
            counts.0 += 1;
        }
        if f.status.is_unresolved() {
            counts.1 += 1;
        }
    }
    counts
}

/// One rule: the value it gives, and the conditions (all must hold; none = always).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule<T> {
    #[serde(alias = "tier", alias = "lifecycle")]
    pub set: T,
    #[serde(default)]
    pub when: BTreeMap<String, Cmp>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClassifyConfig {
    /// Only transactions from the last N days count; absent = all time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_days: Option<u32>,
    pub tier: Vec<Rule<Tier>>,
    pub lifecycle: Vec<Rule<Lifecycle>>,
}

fn rule<T>(set: T, when: &[(&str, Cmp)]) -> Rule<T> {
    Rule {
        set,
        when: when.iter().map(|(k, c)| (k.to_string(), c.clone())).collect(),
    }
}

fn lt(n: i64) -> Cmp {
    Cmp {
        lt: Some(n.into()),
        ..Cmp::default()
    }
}
fn gt(n: i64) -> Cmp {
    Cmp {
        gt: Some(n.into()),
        ..Cmp::default()
    }
}
fn ge(n: i64) -> Cmp {
    Cmp {
        ge: Some(n.into()),
        ..Cmp::default()
    }
}
fn le(n: i64) -> Cmp {
    Cmp {
        le: Some(n.into()),
        ..Cmp::default()
    }
}
fn eq(n: i64) -> Cmp {
    Cmp {
        eq: Some(n.into()),
        ..Cmp::default()
    }
}

impl Default for ClassifyConfig {
    /// The shipped rules, documented in the README.
    fn default() -> Self {
        ClassifyConfig {
            window_days: None,
            tier: vec![
                rule(Tier::Strategic, &[("monetary_top_percent", lt(5))]),
                rule(Tier::Important, &[("monetary_top_percent", lt(20))]),
                rule(Tier::General, &[("transactions", ge(1))]),
                rule(Tier::Potential, &[]),
            ],
            lifecycle: vec![
                rule(Lifecycle::Potential, &[("transactions", eq(0))]),
                rule(Lifecycle::Churned, &[("recency_days", gt(365))]),
                rule(Lifecycle::Dormant, &[("recency_days", gt(180))]),
                rule(Lifecycle::New, &[("days_since_first_transaction", le(90))]),
                rule(
                    Lifecycle::Loyal,
                    &[("transactions", ge(5)), ("recency_days", le(90))],
                ),
                rule(Lifecycle::Active, &[]),
            ],
        }
    }
}

impl ClassifyConfig {
    /// A rule naming an unknown metric or with no bound is an error naming the rule.
    pub fn check(&self) -> Result<(), String> {
        fn check_list<T: std::fmt::Display>(what: &str, rules: &[Rule<T>]) -> Result<(), String> {
            for (i, r) in rules.iter().enumerate() {
                for (metric, cmp) in &r.when {
                    if !METRICS.iter().any(|(m, _)| m == metric) {
                        let known: Vec<&str> = METRICS.iter().map(|(m, _)| *m).collect();
                        return Err(fl!(
                            "config-unknown-metric",
                            rule = format!("classify.{what}[{i}]"),
                            sets = r.set.to_string(),
                            metric = metric.as_str(),
                            known = known.join(", ")
                        ));
                    }
                    if cmp.is_empty() {
                        return Err(fl!(
                            "config-metric-bound",
                            rule = format!("classify.{what}[{i}]"),
                            sets = r.set.to_string(),
                            metric = metric.as_str()
                        ));
                    }
                }
            }
            Ok(())
        }
        check_list("tier", &self.tier)?;
        check_list("lifecycle", &self.lifecycle)
    }
}

/// What a customer's transactions add up to in the window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Totals {
    pub count: u32,
    pub sum: Decimal,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// Sums a customer's transactions dated within the window ending `today`, in `currency`
/// only. Returns the totals (None without a counted transaction) and how many
/// transactions in another currency were left out.
pub fn totals(
    c: &Customer,
    currency: &str,
    today: NaiveDate,
    window_days: Option<u32>,
) -> (Option<Totals>, usize) {
    let start = window_days.and_then(|d| today.checked_sub_days(chrono::Days::new(u64::from(d))));
    let mut out: Option<Totals> = None;
    let mut foreign = 0;
    for t in &c.transactions {
        let d = t.date.0;
        if d > today || start.is_some_and(|s| d <= s) {
            continue;
        }
        if t.currency != currency {
            foreign += 1;
            continue;
        }
        match &mut out {
            None => {
                out = Some(Totals {
                    count: 1,
                    sum: t.amount,
                    first: d,
                    last: d,
                })
            }
            Some(x) => {
                x.count += 1;
                x.sum += t.amount;
                x.first = x.first.min(d);
                x.last = x.last.max(d);
            }
        }
    }
    (out, foreign)
}

/// `1 + floor(5 × below / n)`, capped at 5.
fn score(below: usize, n: usize) -> u8 {
    (1 + (5 * below) / n).min(5) as u8
}

/// A customer's recency, frequency and money scores, 1 to 5 each.
pub type Scores = (u8, u8, u8);

/// RFM scores, and `100 × (buyers with a strictly larger M) / n`, of every customer with
/// totals, in input order: each of the three rankings sorted once, and each reduced to
/// its scores before the next is made (each ranking's places are 8 bytes a buyer, and
/// only one is held at a time).
pub fn standings(all: &[Option<&Totals>], today: NaiveDate) -> (Vec<Option<Scores>>, Vec<Option<Decimal>>) {
    let buyers: Vec<&Totals> = all.iter().flatten().copied().collect();
    let n = buyers.len();
    // More recent than those who waited longer; more, and more spent, than those below.
    let recency: Vec<u8> = ranks(
        &buyers
            .iter()
            .map(|t| (today - t.last).num_days())
            .collect::<Vec<_>>(),
    )
    .into_iter()
    .map(|(_, larger)| score(larger as usize, n))
    .collect();
    let frequency: Vec<u8> = ranks(&buyers.iter().map(|t| t.count).collect::<Vec<_>>())
        .into_iter()
        .map(|(smaller, _)| score(smaller as usize, n))
        .collect();
    let sums = ranks(&buyers.iter().map(|t| t.sum).collect::<Vec<_>>());
    drop(buyers);
    let mut buyer = 0;
    all.iter()
        .map(|t| {
            t.as_ref()?;
            let i = buyer;
            buyer += 1;
            let (smaller, larger) = sums[i];
            let scores = (recency[i], frequency[i], score(smaller as usize, n));
            Some((scores, Decimal::from(100 * u64::from(larger)) / Decimal::from(n)))
        })
        .map(|s| (s.map(|s| s.0), s.map(|s| s.1)))
        .unzip()
}

/// For each value, how many of `values` are smaller and how many larger (equal ones are
/// neither): one sort, then one pass, rather than two searches of a sorted copy per value.
fn ranks<T: Ord>(values: &[T]) -> Vec<(u32, u32)> {
    let n = values.len();
    let mut order: Vec<u32> = (0..u32::try_from(n).expect("fewer than 4 billion buyers")).collect();
    order.sort_unstable_by(|&a, &b| values[a as usize].cmp(&values[b as usize]));
    let mut out = vec![(0, 0); n];
    let mut start = 0;
    while start < n {
        let first = &values[order[start] as usize];
        let end = start
            + order[start..]
                .iter()
                .take_while(|&&i| values[i as usize] == *first)
                .count();
        // Both under `n`, which fits in a u32.
        let place = (start as u32, (n - end) as u32);
        for &i in &order[start..end] {
            out[i as usize] = place;
        }
        start = end;
    }
    out
}

/// The inputs of the rules for one customer.
pub fn metrics(
    last_contact: Option<NaiveDate>,
    created: NaiveDate,
    totals: Option<&Totals>,
    rfm: Option<(u8, u8, u8)>,
    top_percent: Option<Decimal>,
    today: NaiveDate,
) -> BTreeMap<&'static str, Decimal> {
    let mut m = BTreeMap::new();
    m.insert("transactions", Decimal::from(totals.map_or(0, |t| t.count)));
    m.insert("monetary", totals.map_or(Decimal::ZERO, |t| t.sum));
    if let Some(t) = totals {
        m.insert("recency_days", Decimal::from((today - t.last).num_days()));
        m.insert(
            "days_since_first_transaction",
            Decimal::from((today - t.first).num_days()),
        );
    }
    if let Some((r, f, mm)) = rfm {
        m.insert("r_score", r.into());
        m.insert("f_score", f.into());
        m.insert("m_score", mm.into());
    }
    if let Some(p) = top_percent {
        m.insert("monetary_top_percent", p);
    }
    if let Some(last) = last_contact {
        m.insert("days_since_contact", Decimal::from((today - last).num_days()));
    }
    m.insert("days_since_created", Decimal::from((today - created).num_days()));
    m
}

/// The first rule whose conditions all hold; a condition on a missing metric fails.
pub fn first_match<T: Copy>(rules: &[Rule<T>], metrics: &BTreeMap<&'static str, Decimal>) -> Option<T> {
    rules
        .iter()
        .find(|r| {
            r.when
                .iter()
                .all(|(k, cmp)| metrics.get(k.as_str()).is_some_and(|v| cmp.holds(*v)))
        })
        .map(|r| r.set)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfm_scores(all: &[Option<Totals>], today: NaiveDate) -> Vec<Option<Scores>> {
        standings(&all.iter().map(Option::as_ref).collect::<Vec<_>>(), today).0
    }

    /// The top percents do not depend on the day.
    fn top_percents(all: &[Option<Totals>]) -> Vec<Option<Decimal>> {
        let all: Vec<Option<&Totals>> = all.iter().map(Option::as_ref).collect();
        standings(&all, "2026-11-22".parse().unwrap()).1
    }

    proptest::proptest! {
        #[test]
        fn ranks_count_the_smaller_and_the_larger(values in proptest::collection::vec(-5i64..5, 0..60)) {
            let ranks = ranks(&values);
            for (v, (smaller, larger)) in values.iter().zip(ranks) {
                proptest::prop_assert_eq!(smaller as usize, values.iter().filter(|x| *x < v).count());
                proptest::prop_assert_eq!(larger as usize, values.iter().filter(|x| *x > v).count());
            }
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn t(count: u32, sum: i64, last: &str) -> Option<Totals> {
        Some(Totals {
            count,
            sum: Decimal::from(sum),
            first: d("2020-01-01"),
            last: d(last),
        })
    }

    #[test]
    fn hand_computed_scores_with_ties() {
        let today = d("2026-11-22");
        // Five buyers and one without transactions.
        let all = vec![
            t(1, 100, "2026-11-21"),   // R 1 day
            t(3, 500, "2026-10-23"),   // R 30
            t(3, 500, "2026-10-23"),   // tie with the one above
            t(10, 9000, "2025-11-22"), // R 365
            None,
            t(2, 50, "2026-08-24"), // R 90
        ];
        let s = rfm_scores(&all, today);
        // R: more days than 1 → 4 of 5 → 1+floor(20/5)=5; 30 → 2 (365, 90) → 1+2=3;
        // 365 → 0 → 1; 90 → 1 (365) → 1+1=2.
        // F: counts 1,3,3,10,2 → smaller than 1: 0 → 1; than 3: 2 → 3; than 10: 4 → 5; than 2: 1 → 2.
        // M: 100 → 1 smaller (50) → 2; 500 → 2 → 3; 9000 → 4 → 5; 50 → 0 → 1.
        assert_eq!(
            s,
            vec![
                Some((5, 1, 2)),
                Some((3, 3, 3)),
                Some((3, 3, 3)),
                Some((1, 5, 5)),
                None,
                Some((2, 2, 1))
            ]
        );
        let p = top_percents(&all);
        assert_eq!(p[3], Some(Decimal::ZERO));
        assert_eq!(p[1], Some(Decimal::from(20)));
        assert_eq!(p[5], Some(Decimal::from(80)));
    }

    #[test]
    fn default_rules() {
        let c = ClassifyConfig::default();
        c.check().unwrap();
        let mut m = BTreeMap::new();
        m.insert("transactions", Decimal::ZERO);
        m.insert("monetary", Decimal::ZERO);
        assert_eq!(first_match(&c.tier, &m), Some(Tier::Potential));
        assert_eq!(first_match(&c.lifecycle, &m), Some(Lifecycle::Potential));
        m.insert("transactions", Decimal::from(6));
        m.insert("monetary_top_percent", Decimal::from(3));
        m.insert("recency_days", Decimal::from(10));
        m.insert("days_since_first_transaction", Decimal::from(400));
        assert_eq!(first_match(&c.tier, &m), Some(Tier::Strategic));
        assert_eq!(first_match(&c.lifecycle, &m), Some(Lifecycle::Loyal));
        m.insert("recency_days", Decimal::from(200));
        assert_eq!(first_match(&c.lifecycle, &m), Some(Lifecycle::Dormant));
    }

    use crate::model::testing::{customer, transaction};

    fn rules() -> ClassifyConfig {
        ClassifyConfig::default()
    }

    fn metrics_of(pairs: &[(&'static str, i64)]) -> BTreeMap<&'static str, Decimal> {
        pairs.iter().map(|(k, v)| (*k, Decimal::from(*v))).collect()
    }

    /// The shipped lifecycle of a buyer with `count` transactions, the last `recency` and
    /// the first `age` days ago.
    fn lifecycle(count: i64, recency: i64, age: i64) -> Option<Lifecycle> {
        let m = metrics_of(&[
            ("transactions", count),
            ("recency_days", recency),
            ("days_since_first_transaction", age),
        ]);
        first_match(&rules().lifecycle, &m)
    }

    fn tier_at(top_percent: i64) -> Option<Tier> {
        let m = metrics_of(&[("transactions", 1), ("monetary_top_percent", top_percent)]);
        first_match(&rules().tier, &m)
    }

    #[test]
    fn no_transactions_means_no_totals() {
        assert_eq!(totals(&customer(), "CNY", d("2026-11-22"), None), (None, 0));
    }

    #[test]
    fn transactions_in_another_currency_are_left_out_and_counted() {
        let mut c = customer();
        c.transactions = vec![
            transaction("t-00000001", "2026-03-01", "100", "CNY"),
            transaction("t-00000002", "2026-04-01", "900", "USD"),
            transaction("t-00000003", "2026-05-01", "50", "EUR"),
        ];
        let (t, foreign) = totals(&c, "CNY", d("2026-11-22"), None);
        let t = t.unwrap();
        assert_eq!((t.count, t.sum), (1, Decimal::from(100)));
        assert_eq!(foreign, 2);
    }

    #[test]
    fn a_customer_with_only_foreign_transactions_has_no_totals() {
        let mut c = customer();
        c.transactions = vec![transaction("t-00000001", "2026-03-01", "100", "USD")];
        assert_eq!(totals(&c, "CNY", d("2026-11-22"), None), (None, 1));
    }

    #[test]
    fn totals_sum_refunds_and_span_first_to_last() {
        let mut c = customer();
        c.transactions = vec![
            transaction("t-00000001", "2026-05-01", "100.50", "CNY"),
            transaction("t-00000002", "2026-02-01", "200", "CNY"),
            transaction("t-00000003", "2026-06-01", "-50.25", "CNY"),
        ];
        let t = totals(&c, "CNY", d("2026-11-22"), None).0.unwrap();
        assert_eq!(t.count, 3);
        assert_eq!(t.sum, "250.25".parse::<Decimal>().unwrap());
        assert_eq!((t.first, t.last), (d("2026-02-01"), d("2026-06-01")));
    }

    #[test]
    fn the_window_keeps_the_last_n_days_and_drops_the_day_before() {
        let today = d("2026-11-22");
        let mut c = customer();
        c.transactions = vec![
            transaction("t-00000001", "2026-11-12", "10", "CNY"), // 10 days ago
            transaction("t-00000002", "2026-11-13", "20", "CNY"), // 9 days ago
        ];
        let t = totals(&c, "CNY", today, Some(10)).0.unwrap();
        assert_eq!((t.count, t.sum), (1, Decimal::from(20)));
        assert_eq!(totals(&c, "CNY", today, Some(11)).0.unwrap().count, 2);
    }

    #[test]
    fn transactions_after_today_do_not_count() {
        let mut c = customer();
        c.transactions = vec![
            transaction("t-00000001", "2026-11-22", "10", "CNY"),
            transaction("t-00000002", "2026-11-23", "20", "CNY"),
        ];
        let t = totals(&c, "CNY", d("2026-11-22"), None).0.unwrap();
        assert_eq!((t.count, t.last), (1, d("2026-11-22")));
    }

    #[test]
    fn without_buyers_there_are_no_scores() {
        assert_eq!(rfm_scores(&[None, None], d("2026-11-22")), [None, None]);
        assert_eq!(top_percents(&[None]), [None]);
    }

    #[test]
    fn a_single_buyer_scores_one_one_one_and_is_the_top() {
        let all = [t(4, 100, "2026-11-01")];
        assert_eq!(rfm_scores(&all, d("2026-11-22")), [Some((1, 1, 1))]);
        assert_eq!(top_percents(&all), [Some(Decimal::ZERO)]);
    }

    #[test]
    fn five_distinct_buyers_spread_over_every_score() {
        let today = d("2026-11-22");
        let all: Vec<_> = (0..5)
            .map(|i| t(i + 1, 100 * (i64::from(i) + 1), &format!("2026-11-{:02}", 20 - i)))
            .collect();
        // Buyer i has the (i+1)th fewest purchases and smallest amount, and is the (i+1)th
        // most recent.
        let s = rfm_scores(&all, today);
        let expected: Vec<_> = (1..=5u8).map(|i| Some((6 - i, i, i))).collect();
        assert_eq!(s, expected);
    }

    #[test]
    fn tied_buyers_share_the_lower_score() {
        let today = d("2026-11-22");
        let all = [
            t(2, 100, "2026-11-01"),
            t(2, 100, "2026-11-01"),
            t(2, 100, "2026-11-01"),
        ];
        assert_eq!(rfm_scores(&all, today), [Some((1, 1, 1)); 3]);
        assert_eq!(top_percents(&all), [Some(Decimal::ZERO); 3]);
    }

    #[test]
    fn the_second_of_twenty_buyers_is_at_exactly_five_percent_and_not_strategic() {
        let all: Vec<_> = (1..=20).map(|i| t(1, i, "2026-11-01")).collect();
        let p = top_percents(&all);
        assert_eq!(p[19], Some(Decimal::ZERO));
        assert_eq!(p[18], Some(Decimal::from(5)));
        assert_eq!(p[16], Some(Decimal::from(15)));
        assert_eq!(p[15], Some(Decimal::from(20)));
    }

    #[test]
    fn tier_thresholds_are_strict_at_five_and_twenty_percent() {
        assert_eq!(tier_at(0), Some(Tier::Strategic));
        assert_eq!(tier_at(4), Some(Tier::Strategic));
        assert_eq!(tier_at(5), Some(Tier::Important));
        assert_eq!(tier_at(19), Some(Tier::Important));
        assert_eq!(tier_at(20), Some(Tier::General));
        assert_eq!(tier_at(100), Some(Tier::General));
    }

    #[test]
    fn a_fractional_top_percent_just_under_five_is_strategic() {
        let m = BTreeMap::from([
            ("transactions", Decimal::ONE),
            ("monetary_top_percent", "4.99".parse::<Decimal>().unwrap()),
        ]);
        assert_eq!(first_match(&rules().tier, &m), Some(Tier::Strategic));
    }

    #[test]
    fn a_customer_without_transactions_is_potential_in_tier_and_lifecycle() {
        let today = d("2026-11-22");
        let c = customer();
        let m = metrics(None, c.created.date(), None, None, None, today);
        assert_eq!(first_match(&rules().tier, &m), Some(Tier::Potential));
        assert_eq!(first_match(&rules().lifecycle, &m), Some(Lifecycle::Potential));
    }

    #[test]
    fn churned_after_365_days_and_dormant_after_180() {
        assert_eq!(lifecycle(3, 366, 500), Some(Lifecycle::Churned));
        assert_eq!(lifecycle(3, 365, 500), Some(Lifecycle::Dormant));
        assert_eq!(lifecycle(3, 181, 500), Some(Lifecycle::Dormant));
        assert_eq!(lifecycle(3, 180, 500), Some(Lifecycle::Active));
    }

    #[test]
    fn new_for_90_days_after_the_first_transaction() {
        assert_eq!(lifecycle(1, 0, 90), Some(Lifecycle::New));
        assert_eq!(lifecycle(1, 0, 91), Some(Lifecycle::Active));
        // New wins over loyal: the rules are tried in order.
        assert_eq!(lifecycle(6, 0, 30), Some(Lifecycle::New));
    }

    #[test]
    fn loyal_needs_five_transactions_within_90_days() {
        assert_eq!(lifecycle(5, 90, 400), Some(Lifecycle::Loyal));
        assert_eq!(lifecycle(4, 90, 400), Some(Lifecycle::Active));
        assert_eq!(lifecycle(5, 91, 400), Some(Lifecycle::Active));
    }

    #[test]
    fn a_condition_on_a_missing_metric_does_not_hold() {
        let r = vec![
            rule(Lifecycle::Dormant, &[("days_since_contact", ge(0))]),
            rule(Lifecycle::Active, &[]),
        ];
        assert_eq!(first_match(&r, &metrics_of(&[])), Some(Lifecycle::Active));
        assert_eq!(
            first_match(&r, &metrics_of(&[("days_since_contact", 0)])),
            Some(Lifecycle::Dormant)
        );
    }

    #[test]
    fn no_matching_rule_gives_nothing() {
        let r = vec![rule(Tier::General, &[("transactions", ge(1))])];
        assert_eq!(first_match(&r, &metrics_of(&[("transactions", 0)])), None);
        assert_eq!(first_match::<Tier>(&[], &metrics_of(&[])), None);
    }

    #[test]
    fn every_bound_of_a_comparison_must_hold() {
        let between = Cmp {
            ge: Some(10.into()),
            lt: Some(20.into()),
            ..Cmp::default()
        };
        let holds = |v: i64| between.holds(Decimal::from(v));
        assert_eq!([9, 10, 19, 20].map(holds), [false, true, true, false]);
        assert!(eq(3).holds(Decimal::from(3)) && !eq(3).holds(Decimal::from(4)));
        assert!(le(3).holds(Decimal::from(3)) && !le(3).holds(Decimal::from(4)));
        assert!(gt(3).holds(Decimal::from(4)) && !gt(3).holds(Decimal::from(3)));
    }

    #[test]
    fn metrics_of_a_buyer_count_days_from_today() {
        let today = d("2026-11-22");
        let tot = Totals {
            count: 3,
            sum: Decimal::from(700),
            first: d("2026-01-01"),
            last: d("2026-11-12"),
        };
        let m = metrics(
            Some(d("2026-11-20")),
            d("2025-11-22"),
            Some(&tot),
            Some((5, 3, 4)),
            Some(Decimal::from(10)),
            today,
        );
        let want = metrics_of(&[
            ("transactions", 3),
            ("monetary", 700),
            ("recency_days", 10),
            ("days_since_first_transaction", 325),
            ("r_score", 5),
            ("f_score", 3),
            ("m_score", 4),
            ("monetary_top_percent", 10),
            ("days_since_contact", 2),
            ("days_since_created", 365),
        ]);
        assert_eq!(m, want);
    }

    #[test]
    fn metrics_of_a_non_buyer_leave_out_what_needs_a_transaction() {
        let m = metrics(None, d("2026-11-01"), None, None, None, d("2026-11-22"));
        assert_eq!(
            m,
            metrics_of(&[("transactions", 0), ("monetary", 0), ("days_since_created", 21)])
        );
    }

    #[test]
    fn an_unknown_lifecycle_metric_names_its_rule() {
        let mut c = rules();
        c.lifecycle
            .insert(1, rule(Lifecycle::Loyal, &[("visits", ge(1))]));
        let e = c.check().unwrap_err();
        assert!(e.contains("classify.lifecycle[1]") && e.contains("visits"), "{e}");
    }

    #[test]
    fn a_misspelt_bound_is_refused_when_read() {
        let text = "[[tier]]\ntier = \"general\"\nwhen = { transactions = { gte = 1 } }\n";
        assert!(toml::from_str::<ClassifyConfig>(text).is_err());
    }

    #[test]
    fn a_window_from_config_reads_and_the_other_lists_keep_their_defaults() {
        let c: ClassifyConfig = toml::from_str("window_days = 730\n").unwrap();
        assert_eq!(c.window_days, Some(730));
        assert_eq!(c.tier, rules().tier);
    }

    #[test]
    fn bad_rules_are_named() {
        let text = "[[tier]]\ntier = \"strategic\"\nwhen = { monetory = { gt = 1 } }\n";
        let c: ClassifyConfig = toml::from_str(text).unwrap();
        let e = c.check().unwrap_err();
        assert!(e.contains("classify.tier[0]") && e.contains("monetory"), "{e}");
        let c: ClassifyConfig =
            toml::from_str("[[tier]]\ntier = \"general\"\nwhen = { monetary = {} }\n").unwrap();
        assert!(c.check().is_err());
    }

    #[test]
    fn complaints_count_within_the_window_and_unresolved_ones_always() {
        use crate::model::record::{FeedbackKind, FeedbackStatus};
        use crate::model::testing::{customer, d, feedback};
        let mut c = customer();
        c.feedback.push(feedback(
            "f-00000001",
            "2024-01-01",
            FeedbackKind::Complaint,
            FeedbackStatus::Open,
        ));
        c.feedback.push(feedback(
            "f-00000002",
            "2026-11-01",
            FeedbackKind::Complaint,
            FeedbackStatus::Resolved,
        ));
        c.feedback.push(feedback(
            "f-00000003",
            "2026-11-02",
            FeedbackKind::Complaint,
            FeedbackStatus::InProgress,
        ));
        c.feedback.push(feedback(
            "f-00000004",
            "2026-11-03",
            FeedbackKind::Praise,
            FeedbackStatus::Resolved,
        ));
        let today = d("2026-11-22");
        assert_eq!(complaint_counts(&c, today, None), (3, 2));
        assert_eq!(complaint_counts(&c, today, Some(365)), (2, 2));
    }
}
