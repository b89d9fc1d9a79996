//! The numbers of `crmfile report`: segments, revenue, top customers, activity,
//! satisfaction and overdue follow-ups, computed from records alone.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::config::Config;
use super::due::follow_up_date;
use super::record::{Customer, FeedbackKind};
use super::texts::Listed;

#[derive(Debug, Serialize, PartialEq)]
pub struct Report {
    pub today: NaiveDate,
    pub since: NaiveDate,
    pub currency: String,
    pub customers: usize,
    pub by_tier: BTreeMap<String, usize>,
    pub by_lifecycle: BTreeMap<String, usize>,
    pub by_stage: BTreeMap<String, usize>,
    /// Revenue of the last 12 months, by tier.
    #[serde(serialize_with = "decimal_map")]
    pub revenue_by_tier: BTreeMap<String, Decimal>,
    /// The last 12 months, oldest first: (YYYY-MM, revenue).
    pub revenue_by_month: Vec<Month>,
    /// Revenue of the last 3 months against the 3 before, in percent (None without a base).
    #[serde(serialize_with = "decimal_opt")]
    pub trend_percent: Option<Decimal>,
    pub top_customers: Vec<Top>,
    pub contacts_by_owner: BTreeMap<String, usize>,
    pub contacts_by_channel: BTreeMap<String, usize>,
    pub complaints_opened: usize,
    pub complaints_resolved: usize,
    pub complaints_open_now: usize,
    /// Complaints called back (回访) in the period.
    pub callbacks_done: usize,
    /// Satisfaction in the period: the ratings given with feedback, and those given on a
    /// complaint's callback (dated by the callback).
    #[serde(serialize_with = "decimal_opt")]
    pub average_rating: Option<Decimal>,
    pub ratings: usize,
    pub overdue_follow_ups: usize,
    /// Written as two lists: `overdue_ids` and `overdue_customers`.
    #[serde(flatten)]
    pub overdue: Overdues,
    /// The dimension of `groups`, when asked for (`--by`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<Dimension>,
    /// Per value of `by` ("-" for none): customers, revenue, new and churned customers,
    /// complaints and satisfaction.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub groups: BTreeMap<String, Group>,
}

/// What `report --by` breaks the figures down by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    #[value(alias = "地区", alias = "区域", alias = "所在地区")]
    Region,
    #[value(alias = "行业", alias = "所属行业")]
    Industry,
    #[value(alias = "负责人", alias = "客户经理")]
    Owner,
    #[value(alias = "来源", alias = "客户来源")]
    Source,
    #[value(alias = "价值等级", alias = "等级")]
    Tier,
    #[value(alias = "销售阶段", alias = "阶段")]
    Stage,
    #[value(alias = "生命周期")]
    Lifecycle,
}

impl Dimension {
    /// The dotted field it reads, for labels.
    pub fn field(self) -> &'static str {
        match self {
            Dimension::Region => "region",
            Dimension::Industry => "industry",
            Dimension::Owner => "owner",
            Dimension::Source => "source",
            Dimension::Tier => "class.tier",
            Dimension::Stage => "class.stage",
            Dimension::Lifecycle => "class.lifecycle",
        }
    }

    /// The enumeration its values name (`tier`), or "" for free text.
    pub fn kind(self) -> &'static str {
        match self {
            Dimension::Tier => "tier",
            Dimension::Stage => "stage",
            Dimension::Lifecycle => "lifecycle",
            _ => "",
        }
    }

    fn key(self, c: &Customer) -> Option<String> {
        let text = |o: &Option<String>| {
            o.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
        };
        match self {
            Dimension::Region => text(&c.region),
            Dimension::Industry => text(&c.industry),
            Dimension::Owner => text(&c.owner),
            Dimension::Source => text(&c.source),
            Dimension::Tier => c.class.tier.map(|t| t.to_string()),
            Dimension::Stage => c.class.stage.map(|t| t.to_string()),
            Dimension::Lifecycle => c.class.lifecycle.map(|t| t.to_string()),
        }
    }
}

/// The figures of one group of `report --by`.
#[derive(Debug, Default, Serialize, PartialEq)]
pub struct Group {
    pub customers: usize,
    /// Created in the period.
    pub new: usize,
    /// Lifecycle churned now.
    pub churned: usize,
    /// Revenue of the last 12 months.
    #[serde(serialize_with = "decimal_str")]
    pub revenue: Decimal,
    /// Complaints made in the period, and still unresolved now.
    pub complaints: usize,
    pub open_complaints: usize,
    pub ratings: usize,
    #[serde(serialize_with = "decimal_opt")]
    pub average_rating: Option<Decimal>,
    #[serde(skip)]
    rating_sum: u32,
}

/// The customers overdue for follow-up, most overdue first, to call from the list: kept
/// in parts (at a million customers, 600,000 are overdue). Written as `overdue_ids`,
/// their ids in order, and `overdue_customers`; the ids are taken from the list as they
/// are written, not held a second time.
#[derive(Debug, Default, PartialEq)]
pub struct Overdues {
    pub customers: super::parts::Parts<Overdue>,
}

impl Overdues {
    /// The overdue customers' ids, sorted.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.customers.iter().map(|o| o.who.id()).collect();
        ids.sort_unstable();
        ids
    }
}

impl Serialize for Overdues {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut both = s.serialize_struct("Overdues", 2)?;
        both.serialize_field("overdue_ids", &self.ids())?;
        both.serialize_field("overdue_customers", &self.customers)?;
        both.end()
    }
}

/// A customer overdue for follow-up.
#[derive(Debug, PartialEq)]
pub struct Overdue {
    pub due: NaiveDate,
    pub who: Listed,
}

/// An [`Overdue`] as written: its texts as fields of their own, those not there left out.
#[derive(Serialize)]
struct OverdueFields<'a> {
    id: &'a str,
    name: &'a str,
    due: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    company: Option<&'a str>,
}

impl Serialize for Overdue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let who = &self.who;
        OverdueFields {
            id: who.id(),
            name: who.name(),
            due: self.due,
            phone: who.phone(),
            owner: who.owner(),
            company: who.company(),
        }
        .serialize(s)
    }
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Month {
    pub month: String,
    #[serde(serialize_with = "decimal_str")]
    pub revenue: Decimal,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Top {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(serialize_with = "decimal_str")]
    pub revenue: Decimal,
}

/// An amount in JSON as its exact decimal text (`"25800.00"`), never a float.
pub(crate) fn decimal_str<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}
pub(crate) fn decimal_opt<S: serde::Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}
fn decimal_map<S: serde::Serializer>(m: &BTreeMap<String, Decimal>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(m.len()))?;
    for (k, v) in m {
        map.serialize_entry(k, &v.to_string())?;
    }
    map.end()
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1).expect("the first exists")
}

/// A report being counted one record at a time, so a store of any size is reported on
/// without holding its records.
pub struct Tally<'a> {
    r: Report,
    config: &'a Config,
    months: Vec<NaiveDate>,
    rating_sum: u32,
    tops: Vec<Top>,
}

impl<'a> Tally<'a> {
    pub fn new(config: &'a Config, today: NaiveDate, since: NaiveDate, by: Option<Dimension>) -> Tally<'a> {
        let this_month = first_of_month(today);
        let months: Vec<NaiveDate> = (0..12)
            .rev()
            .filter_map(|i| this_month.checked_sub_months(Months::new(i)))
            .collect();
        let r = Report {
            today,
            since,
            currency: config.currency.clone(),
            customers: 0,
            by_tier: BTreeMap::new(),
            by_lifecycle: BTreeMap::new(),
            by_stage: BTreeMap::new(),
            revenue_by_tier: BTreeMap::new(),
            revenue_by_month: months
                .iter()
                .map(|m| Month {
                    month: m.format("%Y-%m").to_string(),
                    revenue: Decimal::ZERO,
                })
                .collect(),
            trend_percent: None,
            top_customers: Vec::new(),
            contacts_by_owner: BTreeMap::new(),
            contacts_by_channel: BTreeMap::new(),
            complaints_opened: 0,
            complaints_resolved: 0,
            complaints_open_now: 0,
            callbacks_done: 0,
            average_rating: None,
            ratings: 0,
            overdue_follow_ups: 0,
            overdue: Overdues::default(),
            by,
            groups: BTreeMap::new(),
        };
        Tally {
            r,
            config,
            months,
            rating_sum: 0,
            tops: Vec::new(),
        }
    }

    /// Counts one customer.
    pub fn add(&mut self, c: &Customer) {
        let (config, today, since) = (self.config, self.r.today, self.r.since);
        let r = &mut self.r;
        let months = &self.months;
        let year_start = months[0];
        r.customers += 1;
        let tier = c.class.tier.map_or("-", |t| t.as_str());
        count(&mut r.by_tier, tier);
        count(&mut r.by_lifecycle, c.class.lifecycle.map_or("-", |t| t.as_str()));
        count(&mut r.by_stage, c.class.stage.map_or("-", |t| t.as_str()));
        let mut year_revenue = Decimal::ZERO;
        for t in c.transactions.iter().filter(|t| t.currency == config.currency) {
            let d = t.date.0;
            if d < year_start || d > today {
                continue;
            }
            year_revenue += t.amount;
            if let Some(m) = months.iter().position(|m| first_of_month(d) == *m) {
                r.revenue_by_month[m].revenue += t.amount;
            }
        }
        match r.revenue_by_tier.get_mut(tier) {
            Some(sum) => *sum += year_revenue,
            None => {
                r.revenue_by_tier.insert(tier.to_string(), year_revenue);
            }
        }
        if year_revenue > Decimal::ZERO {
            self.tops.push(Top {
                id: c.id.clone(),
                name: c.name.clone(),
                company: c.company.clone(),
                revenue: year_revenue,
            });
            // Only the first ten are reported: keep the list short as it grows.
            if self.tops.len() >= 1000 {
                top_ten(&mut self.tops);
            }
        }
        for k in c
            .contacts
            .iter()
            .filter(|k| k.at.date() >= since && k.at.date() <= today)
        {
            let who = k.by.as_deref().or(c.owner.as_deref()).unwrap_or("-");
            count(&mut r.contacts_by_owner, who);
            count(&mut r.contacts_by_channel, k.channel.as_str());
        }
        let mut group = r.by.map(|by| {
            r.groups
                .entry(by.key(c).unwrap_or_else(|| "-".into()))
                .or_default()
        });
        if let Some(g) = group.as_deref_mut() {
            g.customers += 1;
            g.revenue += year_revenue;
            g.new += usize::from(c.created.date() >= since && c.created.date() <= today);
            g.churned += usize::from(c.class.lifecycle == Some(super::record::Lifecycle::Churned));
        }
        for f in &c.feedback {
            let in_period = |d: NaiveDate| d >= since && d <= today;
            if f.kind == FeedbackKind::Complaint {
                if in_period(f.date.0) {
                    r.complaints_opened += 1;
                }
                if f.resolved.is_some_and(|d| in_period(d.0)) {
                    r.complaints_resolved += 1;
                }
                if f.status.is_unresolved() {
                    r.complaints_open_now += 1;
                }
                if let Some(g) = group.as_deref_mut() {
                    g.complaints += usize::from(in_period(f.date.0));
                    g.open_complaints += usize::from(f.status.is_unresolved());
                }
            }
            let called_back = f.callback_done.is_some_and(|d| in_period(d.0));
            r.callbacks_done += usize::from(called_back);
            let given = f.rating.filter(|_| in_period(f.date.0));
            let on_callback = f.callback_rating.filter(|_| called_back);
            for rating in given.into_iter().chain(on_callback) {
                self.rating_sum += u32::from(rating);
                r.ratings += 1;
                if let Some(g) = group.as_deref_mut() {
                    g.rating_sum += u32::from(rating);
                    g.ratings += 1;
                }
            }
        }
        if let Some(due) = follow_up_date(c, config).filter(|d| *d < today) {
            r.overdue_follow_ups += 1;
            r.overdue.customers.push(Overdue {
                due,
                who: Listed::of(c),
            });
        }
    }

    pub fn finish(self) -> Report {
        let Tally {
            mut r,
            rating_sum,
            mut tops,
            ..
        } = self;
        r.overdue
            .customers
            .sort_by(|a, b| (a.due, a.who.id()).cmp(&(b.due, b.who.id())));
        // Always with two decimals, for the whole store and for each group alike.
        let average = |sum: u32, count: usize| {
            let mut a = (Decimal::from(sum) / Decimal::from(count)).round_dp(2);
            a.rescale(2);
            a
        };
        for g in r.groups.values_mut() {
            if g.ratings > 0 {
                g.average_rating = Some(average(g.rating_sum, g.ratings));
            }
        }
        if r.ratings > 0 {
            r.average_rating = Some(average(rating_sum, r.ratings));
        }
        top_ten(&mut tops);
        r.top_customers = tops;
        let sum = |ms: &[Month]| ms.iter().map(|m| m.revenue).sum::<Decimal>();
        let (before, recent) = (sum(&r.revenue_by_month[6..9]), sum(&r.revenue_by_month[9..12]));
        if !before.is_zero() {
            r.trend_percent = Some(((recent - before) * Decimal::from(100) / before).round_dp(1));
        }
        r
    }
}

/// One more under `key`; the key is copied only the first time it is counted.
fn count(map: &mut BTreeMap<String, usize>, key: &str) {
    match map.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            map.insert(key.to_string(), 1);
        }
    }
}

/// The ten largest, largest first; ties by id, so the order never depends on the order
/// records were counted in.
fn top_ten(tops: &mut Vec<Top>) {
    tops.sort_by(|a, b| b.revenue.cmp(&a.revenue).then_with(|| a.id.cmp(&b.id)));
    tops.truncate(10);
}

impl crate::per_thread::Merge for Tally<'_> {
    /// Takes in what another tally of the same report counted (another thread's share of
    /// the store): the report is the same whichever counted which customer.
    fn merge(&mut self, other: Self) {
        fn add<V: std::ops::AddAssign + Default>(into: &mut BTreeMap<String, V>, from: BTreeMap<String, V>) {
            for (k, v) in from {
                *into.entry(k).or_default() += v;
            }
        }
        let (r, o) = (&mut self.r, other.r);
        r.customers += o.customers;
        add(&mut r.by_tier, o.by_tier);
        add(&mut r.by_lifecycle, o.by_lifecycle);
        add(&mut r.by_stage, o.by_stage);
        add(&mut r.revenue_by_tier, o.revenue_by_tier);
        add(&mut r.contacts_by_owner, o.contacts_by_owner);
        add(&mut r.contacts_by_channel, o.contacts_by_channel);
        for (m, other) in r.revenue_by_month.iter_mut().zip(o.revenue_by_month) {
            m.revenue += other.revenue;
        }
        r.complaints_opened += o.complaints_opened;
        r.complaints_resolved += o.complaints_resolved;
        r.complaints_open_now += o.complaints_open_now;
        r.callbacks_done += o.callbacks_done;
        r.ratings += o.ratings;
        r.overdue_follow_ups += o.overdue_follow_ups;
        r.overdue.customers.append(o.overdue.customers);
        for (k, g) in o.groups {
            let into = r.groups.entry(k).or_default();
            into.customers += g.customers;
            into.new += g.new;
            into.churned += g.churned;
            into.revenue += g.revenue;
            into.complaints += g.complaints;
            into.open_complaints += g.open_complaints;
            into.ratings += g.ratings;
            into.rating_sum += g.rating_sum;
        }
        self.rating_sum += other.rating_sum;
        self.tops.extend(other.tops);
        top_ten(&mut self.tops);
    }
}

#[cfg(test)]
pub fn build(customers: &[&Customer], config: &Config, today: NaiveDate, since: NaiveDate) -> Report {
    let mut tally = Tally::new(config, today, since, None);
    for c in customers {
        tally.add(c);
    }
    tally.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::{Date, Timestamp};
    use crate::model::record::*;

    fn t(date: &str, amount: i64) -> Transaction {
        Transaction {
            id: format!("t-{:08}", amount.abs() % 100_000_000),
            date: Date(date.parse().unwrap()),
            product: None,
            quantity: None,
            amount: Decimal::from(amount),
            currency: "CNY".into(),
            payment: None,
            reference: None,
            due: None,
            over_limit: false,
        }
    }

    #[test]
    fn known_numbers() {
        let created = Timestamp("2025-01-01T09:00:00+08:00".parse().unwrap());
        let mut a = Customer::new("c-aaaaaaaa".into(), "A".into(), created);
        a.class.tier = Some(Tier::Strategic);
        a.transactions = vec![t("2026-11-02", 100), t("2026-08-15", 50), t("2025-01-05", 999)];
        let mut b = Customer::new("c-bbbbbbbb".into(), "B".into(), created);
        b.transactions = vec![t("2026-10-01", 30)];
        b.follow_up.next = Some(Date("2026-11-01".parse().unwrap()));
        let today = "2026-11-22".parse().unwrap();
        let r = build(
            &[&a, &b],
            &Config::default(),
            today,
            "2026-10-23".parse().unwrap(),
        );
        assert_eq!(r.by_tier["strategic"], 1);
        assert_eq!(r.by_tier["-"], 1);
        assert_eq!(r.revenue_by_tier["strategic"], Decimal::from(150));
        assert_eq!(r.revenue_by_month.last().unwrap().revenue, Decimal::from(100));
        assert_eq!(r.revenue_by_month[0].month, "2025-12");
        // Sep-Nov 130 against Jun-Aug 50: +160%.
        assert_eq!(r.trend_percent, Some(Decimal::from(160)));
        assert_eq!(r.top_customers[0].id, "c-aaaaaaaa");
        assert_eq!(r.overdue.ids(), ["c-aaaaaaaa", "c-bbbbbbbb"]);
    }

    use crate::model::testing::{contact, customer, d, feedback, transaction};

    /// An overdue customer is written with its fields in this order, those it lacks left
    /// out; the overdue ids come first, sorted.
    #[test]
    fn overdue_customers_are_written_field_by_field() {
        let mut a = customer();
        a.company = Some("星河".into());
        a.owner = None;
        a.contact.phones = vec![crate::model::phone::Phone::parse("+86 138 0013 8000").unwrap()];
        let mut b = customer();
        b.id = "c-00000001".into();
        b.contact.phones.clear();
        b.owner = Some("li.na".into());
        b.company = None;
        let mut overdue = Overdues::default();
        for (c, day) in [(&a, "2026-11-01"), (&b, "2026-11-02")] {
            overdue.customers.push(Overdue {
                due: d(day),
                who: Listed::of(c),
            });
        }
        let phone = a.contact.phones[0].number.clone();
        assert_eq!(
            serde_json::to_value(&overdue).unwrap().to_string(),
            format!(
                r#"{{"overdue_ids":["c-00000001","{id}"],"overdue_customers":[{{"id":"{id}","name":"{name}","due":"2026-11-01","phone":"{phone}","company":"星河"}},{{"id":"c-00000001","name":"{name}","due":"2026-11-02","owner":"li.na"}}]}}"#,
                id = a.id,
                name = a.name,
            )
        );
    }

    fn report(customers: &[&Customer], today: &str, since: &str) -> Report {
        build(customers, &Config::default(), d(today), d(since))
    }

    fn buyer(id: &str, amount: &str) -> Customer {
        let mut c = customer();
        c.id = id.into();
        c.follow_up.next = Some(Date(d("2030-01-01")));
        c.transactions
            .push(transaction("t-00000001", "2026-11-01", amount, "CNY"));
        c
    }

    #[test]
    fn an_empty_store_reports_twelve_empty_months_and_no_averages() {
        let r = report(&[], "2026-11-22", "2026-10-23");
        assert_eq!(r.customers, 0);
        assert_eq!(r.revenue_by_month.len(), 12);
        assert!(r.revenue_by_month.iter().all(|m| m.revenue.is_zero()));
        assert_eq!(r.trend_percent, None);
        assert_eq!(r.average_rating, None);
        assert!(r.top_customers.is_empty());
    }

    #[test]
    fn the_twelve_months_run_across_the_year_end() {
        let r = report(&[], "2026-01-15", "2026-01-01");
        assert_eq!(r.revenue_by_month[0].month, "2025-02");
        assert_eq!(r.revenue_by_month[11].month, "2026-01");
    }

    #[test]
    fn revenue_counts_the_store_currency_in_the_last_twelve_months_only() {
        let mut c = customer();
        c.follow_up.next = Some(Date(d("2030-01-01")));
        c.transactions = vec![
            transaction("t-00000001", "2026-11-01", "100", "CNY"),
            transaction("t-00000002", "2026-11-02", "500", "USD"),
            transaction("t-00000003", "2025-11-30", "70", "CNY"),
            transaction("t-00000004", "2025-12-01", "30", "CNY"),
            transaction("t-00000005", "2026-11-23", "900", "CNY"),
        ];
        let r = report(&[&c], "2026-11-22", "2026-10-23");
        assert_eq!(r.revenue_by_tier["-"], Decimal::from(130));
        assert_eq!(r.revenue_by_month[0].revenue, Decimal::from(30));
        assert_eq!(r.revenue_by_month[11].revenue, Decimal::from(100));
        assert_eq!(r.top_customers[0].revenue, Decimal::from(130));
    }

    #[test]
    fn top_customers_are_the_ten_largest_ties_by_id_and_no_zero_revenue() {
        let owned: Vec<Customer> = (0..12)
            .map(|i| buyer(&format!("c-0000000{}", i % 10), if i < 2 { "0" } else { "50" }))
            .chain([buyer("c-zzzzzzzz", "70"), buyer("c-00000000", "-5")])
            .collect();
        let all: Vec<&Customer> = owned.iter().collect();
        let r = report(&all, "2026-11-22", "2026-10-23");
        assert_eq!(r.top_customers.len(), 10);
        assert_eq!(r.top_customers[0].id, "c-zzzzzzzz");
        assert!(
            r.top_customers[1..]
                .iter()
                .all(|t| t.revenue == Decimal::from(50))
        );
        let ids: Vec<&str> = r.top_customers[1..4].iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["c-00000000", "c-00000001", "c-00000002"]);
    }

    #[test]
    fn a_falling_quarter_gives_a_negative_trend() {
        let mut c = customer();
        c.transactions = vec![
            transaction("t-00000001", "2026-06-10", "200", "CNY"),
            transaction("t-00000002", "2026-10-10", "50", "CNY"),
        ];
        let r = report(&[&c], "2026-11-22", "2026-10-23");
        assert_eq!(r.trend_percent, Some(Decimal::from(-75)));
    }

    #[test]
    fn contacts_count_by_their_author_else_the_owner_within_the_period() {
        let mut c = customer();
        c.owner = Some("li.na".into());
        let mut by_wang = contact("k-00000001", "2026-11-01T10:00:00+08:00");
        by_wang.by = Some("wang".into());
        by_wang.channel = Channel::Wechat;
        c.contacts = vec![
            by_wang,
            contact("k-00000002", "2026-11-02T10:00:00+08:00"),
            contact("k-00000003", "2026-10-01T10:00:00+08:00"),
            contact("k-00000004", "2026-11-23T10:00:00+08:00"),
        ];
        let mut nobody = customer();
        nobody.contacts = vec![contact("k-00000001", "2026-11-03T10:00:00+08:00")];
        let r = report(&[&c, &nobody], "2026-11-22", "2026-10-23");
        let owners: Vec<(&str, usize)> = r
            .contacts_by_owner
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(owners, [("-", 1), ("li.na", 1), ("wang", 1)]);
        assert_eq!(r.contacts_by_channel["phone"], 2);
        assert_eq!(r.contacts_by_channel["wechat"], 1);
    }

    #[test]
    fn complaints_and_ratings_count_within_the_period() {
        let mut c = customer();
        let mut resolved = feedback(
            "f-00000001",
            "2026-10-01",
            FeedbackKind::Complaint,
            FeedbackStatus::Resolved,
        );
        resolved.resolved = Some(Date(d("2026-11-01")));
        let open = feedback(
            "f-00000002",
            "2026-11-05",
            FeedbackKind::Complaint,
            FeedbackStatus::Open,
        );
        let old_open = feedback(
            "f-00000003",
            "2025-01-05",
            FeedbackKind::Complaint,
            FeedbackStatus::Open,
        );
        let mut surveys = Vec::new();
        for (i, (rating, date)) in [
            (4, "2026-11-01"),
            (5, "2026-11-02"),
            (5, "2026-11-03"),
            (1, "2026-01-01"),
        ]
        .into_iter()
        .enumerate()
        {
            let mut f = feedback(
                &format!("f-0000001{i}"),
                date,
                FeedbackKind::Survey,
                FeedbackStatus::Resolved,
            );
            f.rating = Some(rating);
            surveys.push(f);
        }
        c.feedback = [resolved, open, old_open].into_iter().chain(surveys).collect();
        let r = report(&[&c], "2026-11-22", "2026-10-23");
        assert_eq!(r.complaints_opened, 1);
        assert_eq!(r.complaints_resolved, 1);
        assert_eq!(r.complaints_open_now, 2);
        assert_eq!(r.ratings, 3);
        assert_eq!(r.average_rating, Some("4.67".parse().unwrap()));
        // Two decimals even when the average is whole: 4 and 5 and 3 from the period.
        c.feedback.truncate(4);
        c.feedback[3].rating = Some(4);
        let r = report(&[&c], "2026-11-22", "2026-10-23");
        assert_eq!(r.average_rating.map(|a| a.to_string()).as_deref(), Some("4.00"));

        // A callback's rating counts as satisfaction on the day of the callback: the
        // complaint resolved on 1 November, called back on the 10th (rated 1); a callback
        // before the period counts neither as a callback nor a rating.
        c.feedback[0].status = FeedbackStatus::CallbackDone;
        c.feedback[0].callback_done = Some(Date(d("2026-11-10")));
        c.feedback[0].callback_rating = Some(1);
        c.feedback[2].status = FeedbackStatus::CallbackDone;
        c.feedback[2].resolved = Some(Date(d("2025-02-01")));
        c.feedback[2].callback_done = Some(Date(d("2025-02-05")));
        c.feedback[2].callback_rating = Some(5);
        let r = report(&[&c], "2026-11-22", "2026-10-23");
        assert_eq!(r.callbacks_done, 1);
        assert_eq!(r.ratings, 2);
        assert_eq!(r.average_rating.map(|a| a.to_string()).as_deref(), Some("2.50"));
    }

    #[test]
    fn tallies_counted_apart_and_merged_give_the_same_report() {
        use crate::per_thread::Merge;
        let customers: Vec<Customer> = (0..12)
            .map(|i| {
                let mut c = buyer(&format!("c-0000000{i:x}"), &format!("{}.5", 100 * (i % 5)));
                c.name = format!("N{}", i % 4);
                c.owner = ["wang", "li.na", ""][i % 3].to_string().into();
                c.owner = c.owner.filter(|o| !o.is_empty());
                c.class.tier = [None, Some(Tier::Strategic), Some(Tier::General)][i % 3];
                c.class.lifecycle = [None, Some(Lifecycle::Active), Some(Lifecycle::Churned)][i % 3];
                c.follow_up.next = Some(Date(d(["2026-11-01", "2030-01-01"][i % 2])));
                let mut k = contact("k-00000001", "2026-11-10T10:00:00+08:00");
                k.channel = [Channel::Phone, Channel::Wechat][i % 2];
                k.by = (i % 4 == 0).then(|| "zhao".to_string());
                c.contacts.push(k);
                let mut f = feedback(
                    "f-00000001",
                    "2026-11-05",
                    FeedbackKind::Complaint,
                    [FeedbackStatus::Open, FeedbackStatus::Resolved][i % 2],
                );
                f.rating = Some((i % 5) as u8 + 1);
                c.feedback.push(f);
                c
            })
            .collect();
        let (today, since) = (d("2026-11-22"), d("2026-10-23"));
        let config = Config::default();
        let whole = {
            let mut t = Tally::new(&config, today, since, Some(Dimension::Owner));
            customers.iter().for_each(|c| t.add(c));
            serde_json::to_string(&t.finish()).unwrap()
        };
        for first in [0, 1] {
            let mut parts = [0, 1].map(|_| Tally::new(&config, today, since, Some(Dimension::Owner)));
            for (i, c) in customers.iter().enumerate() {
                parts[(i + first) % 2].add(c);
            }
            let [mut a, b] = parts;
            a.merge(b);
            assert_eq!(serde_json::to_string(&a.finish()).unwrap(), whole);
        }
    }

    #[test]
    fn a_follow_up_due_today_is_not_yet_overdue() {
        let mut c = customer();
        c.follow_up.next = Some(Date(d("2026-11-22")));
        let r = report(&[&c], "2026-11-22", "2026-10-23");
        assert_eq!(r.overdue_follow_ups, 0);
        c.follow_up.next = Some(Date(d("2026-11-21")));
        let r = report(&[&c], "2026-11-22", "2026-10-23");
        assert_eq!(r.overdue.ids(), ["c-7k3m9q2x"]);
    }

    #[test]
    fn customers_are_counted_by_tier_lifecycle_and_stage() {
        let mut a = customer();
        a.class.tier = Some(Tier::General);
        a.class.lifecycle = Some(Lifecycle::Active);
        a.class.stage = Some(Stage::Red);
        let mut b = a.clone();
        b.class.stage = None;
        let r = report(&[&a, &b, &customer()], "2026-11-22", "2026-10-23");
        assert_eq!(r.customers, 3);
        assert_eq!((r.by_tier["general"], r.by_tier["-"]), (2, 1));
        assert_eq!(r.by_lifecycle["active"], 2);
        assert_eq!((r.by_stage["red"], r.by_stage["-"]), (1, 2));
    }
}
