//! Realistic made-up customers, reproducible from a random generator: the demo store,
//! the benchmarks' stores (`crmfile generate`) and tests.

use chrono::{Days, NaiveDate, TimeZone};
use rand::Rng;
use rust_decimal::Decimal;

use crate::model::date::{Date, Timestamp};
use crate::model::id::{IdKind, new_id};
use crate::model::phone::Phone;
use crate::model::record::*;
use crate::model::span::Span;

/// Mobile number prefixes of China's networks (China Mobile, Unicom, Telecom).
const MOBILE_PREFIXES: &[u16] = &[
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 166, 176,
    177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 198, 199,
];

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "林", "罗", "高",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀英", "建华", "志强", "晓东", "海燕", "子涵", "雨桐",
];
const FIRST: &[&str] = &[
    "Anna", "James", "Maria", "David", "Sophie", "Lucas", "Emma", "Noah", "Olivia", "Liam", "Hannah",
    "Felix", "Chloe", "Oliver", "Mia",
];
const LAST: &[&str] = &[
    "Schmidt", "Smith", "Garcia", "Müller", "Martin", "Brown", "Rossi", "Dubois", "Johnson", "Novak",
    "Tanaka", "Kim", "Silva", "Andersen",
];
const COMPANIES: &[&str] = &[
    "北京星河科技有限公司",
    "上海恒通贸易有限公司",
    "深圳云帆电子有限公司",
    "杭州绿源食品有限公司",
    "成都天府物流有限公司",
    "广州南方医疗器械有限公司",
    "苏州精工机械有限公司",
    "武汉长江建材有限公司",
    "Nordlicht GmbH",
    "Bluebridge Ltd",
    "Solaris SA",
    "Kite & Co",
];
const CITIES: &[(&str, &str)] = &[
    ("北京", "华北"),
    ("上海", "华东"),
    ("深圳", "华南"),
    ("杭州", "华东"),
    ("成都", "西南"),
    ("广州", "华南"),
    ("苏州", "华东"),
    ("武汉", "华中"),
    ("Berlin", "EU"),
    ("London", "EU"),
];
const INDUSTRIES: &[&str] = &["制造", "零售", "物流", "医疗", "软件", "食品", "建材", "教育"];
const PRODUCTS: &[(&str, i64)] = &[
    ("R740 server", 1290000),
    ("NAS storage", 459900),
    ("Switch 48p", 189900),
    ("Support plan", 120000),
    ("Laptop", 69900),
    ("Cloud backup", 19900),
    ("UPS", 89900),
];
const TITLES: &[&str] = &[
    "采购经理",
    "总经理",
    "IT主管",
    "财务总监",
    "CTO",
    "Head of Purchasing",
    "Office Manager",
];
const OWNERS: &[&str] = &["li.na", "wang.lei", "chen.jie", "anna.k"];
const SOURCES: &[&str] = &["referral", "trade-fair", "web", "cold-call", "partner"];
const TAGS: &[&str] = &[
    "vip",
    "hardware",
    "software",
    "key-account",
    "new-market",
    "price-sensitive",
];
const SUMMARIES: &[&str] = &[
    "询问新一批服务器报价",
    "Discussed renewal of the support plan",
    "确认交货时间",
    "Sent the quote for 4 more units",
    "回访安装情况",
    "Invited to the product launch",
    "讨论付款方式",
    "Followed up on the open complaint",
];
const OUTCOMES: &[&str] = &["quote-sent", "no-answer", "order", "call-back", "info-sent"];
const COMPLAINTS: &[&str] = &[
    "交货延迟",
    "Invoice had the wrong address",
    "安装人员迟到",
    "Product arrived damaged",
];
const PRAISE: &[&str] = &["服务很及时", "Great support team", "产品质量很好"];

fn pick<'a, T>(rng: &mut impl Rng, list: &'a [T]) -> &'a T {
    &list[rng.random_range(0..list.len())]
}

fn date_before(rng: &mut impl Rng, today: NaiveDate, max_days: u64) -> NaiveDate {
    today
        .checked_sub_days(Days::new(rng.random_range(0..=max_days)))
        .unwrap_or(today)
}

/// One made-up customer; everything comes from `rng`, so a seed fixes the store.
pub fn customer(rng: &mut impl Rng, today: NaiveDate, max_entries: usize, n: usize) -> Customer {
    let offset = chrono::FixedOffset::east_opt(8 * 3600).expect("valid offset");
    let at = |d: NaiveDate, h: u32| {
        Timestamp::new(
            offset
                .from_local_datetime(&d.and_hms_opt(h, 0, 0).expect("valid"))
                .single()
                .expect("fixed offset"),
        )
    };
    let chinese = rng.random_bool(0.75);
    let (name, email_local) = if chinese {
        let s = *pick(rng, SURNAMES);
        let g = *pick(rng, GIVEN);
        (format!("{s}{g}"), format!("user{n}"))
    } else {
        let f = *pick(rng, FIRST);
        let l = *pick(rng, LAST);
        (
            format!("{f} {l}"),
            format!("{}.{}{n}", f.to_lowercase(), l.to_lowercase().replace('ü', "ue")),
        )
    };
    let created_day = date_before(rng, today, 1500);
    let mut c = Customer::new(new_id(IdKind::Customer, rng), name, at(created_day, 9));
    c.kind = Kind::Person;
    let (city, region) = *pick(rng, CITIES);
    c.region = Some(region.to_string());
    if rng.random_bool(0.85) {
        c.company = Some(pick(rng, COMPANIES).to_string());
        c.title = Some(pick(rng, TITLES).to_string());
        c.industry = Some(pick(rng, INDUSTRIES).to_string());
    }
    if rng.random_bool(0.7) {
        let year = rng.random_range(1960..2000);
        c.birthday =
            NaiveDate::from_ymd_opt(year, rng.random_range(1..=12), rng.random_range(1..=28)).map(Date);
    }
    c.contact.phones.push(if chinese {
        Phone {
            // Prefixes of mobile networks in use, so import and add take the number.
            number: format!(
                "+86 {} {:04} {:04}",
                pick(rng, MOBILE_PREFIXES),
                n % 10000,
                rng.random_range(0..10000)
            ),
            kind: PhoneKind::Mobile,
        }
    } else {
        Phone {
            number: format!("+49 30 {:04}{:04}", n % 10000, rng.random_range(0..10000)),
            kind: PhoneKind::Work,
        }
    });
    if rng.random_bool(0.8) {
        c.contact.emails.push(format!("{email_local}@example.com"));
    }
    if chinese && rng.random_bool(0.6) {
        c.contact.wechat = Some(format!("wx-{n:05}"));
    }
    c.contact.address = Some(format!("{city} {} 号", rng.random_range(1..999)));
    c.owner = Some(pick(rng, OWNERS).to_string());
    c.source = Some(pick(rng, SOURCES).to_string());
    if rng.random_bool(0.3) {
        c.reference = Some(format!("ERP-{n:05}"));
    }
    for _ in 0..rng.random_range(0..3) {
        let t = pick(rng, TAGS).to_string();
        if !c.tags.contains(&t) {
            c.tags.push(t);
        }
    }
    c.preferences.channel = Some(*pick(rng, &[Channel::Phone, Channel::Wechat, Channel::Email]));
    if rng.random_bool(0.2) {
        c.follow_up.cadence = Some(*pick(rng, &[Span::days(14), Span::days(30), Span::days(60)]));
    }
    if rng.random_bool(0.3) {
        c.class.stage = Some(*pick(rng, Stage::ALL));
    }
    if rng.random_bool(0.3) {
        let year = rng.random_range(1965..2000);
        c.key_people.push(KeyPerson {
            id: new_id(IdKind::Person, rng),
            name: format!("{}{}", pick(rng, SURNAMES), pick(rng, GIVEN)),
            role: *pick(rng, Role::ALL),
            birthday: NaiveDate::from_ymd_opt(year, rng.random_range(1..=12), rng.random_range(1..=28))
                .map(Date),
            lunar_birthday: None,
            phone: None,
            email: None,
            notes: None,
        });
    }
    if rng.random_bool(0.15) {
        c.dates.push(ImportantDate {
            id: new_id(IdKind::Date, rng),
            label: "first order".into(),
            date: Date(created_day),
            lunar: None,
        });
    }
    let span_days = (today - created_day).num_days().max(1) as u64;
    let entries = rng.random_range(0..=max_entries);
    for _ in 0..entries {
        let day = date_before(rng, today, span_days);
        match rng.random_range(0..10) {
            0..=3 => {
                let (product, cents) = *pick(rng, PRODUCTS);
                let qty = rng.random_range(1..5u32);
                let amount = Decimal::new(cents * i64::from(qty), 2);
                let id = new_id(IdKind::Transaction, rng);
                // A third sold on account (30 days), most of those paid since.
                let on_account = rng.random_bool(0.33);
                if on_account && rng.random_bool(0.8) {
                    let paid = day
                        .checked_add_days(chrono::Days::new(rng.random_range(5..45)))
                        .filter(|d| *d <= today)
                        .unwrap_or(today);
                    c.payments.push(super::record::Payment {
                        id: new_id(IdKind::Payment, rng),
                        date: Date(paid),
                        amount,
                        currency: "CNY".into(),
                        applies_to: Some(id.clone()),
                        method: Some("bank-transfer".into()),
                        reference: None,
                        by: None,
                    });
                }
                c.transactions.push(Transaction {
                    id,
                    date: Date(day),
                    product: Some(product.to_string()),
                    quantity: Some(qty),
                    amount,
                    currency: "CNY".into(),
                    payment: Some(pick(rng, &["bank-transfer", "alipay", "wechat-pay", "card"]).to_string()),
                    reference: None,
                    due: on_account.then(|| Date(super::credit::due_date(day, 30))),
                    over_limit: false,
                });
            }
            4..=8 => c.contacts.push(ContactEntry {
                id: new_id(IdKind::Contact, rng),
                at: at(day, rng.random_range(9..18)),
                channel: *pick(
                    rng,
                    &[
                        Channel::Phone,
                        Channel::Wechat,
                        Channel::Email,
                        Channel::Visit,
                        Channel::Meeting,
                    ],
                ),
                direction: Some(*pick(rng, Direction::ALL)),
                by: c.owner.clone(),
                summary: pick(rng, SUMMARIES).to_string(),
                outcome: Some(pick(rng, OUTCOMES).to_string()),
                next: None,
            }),
            _ => {
                let complaint = rng.random_bool(0.5);
                let open = complaint && rng.random_bool(0.3);
                c.feedback.push(Feedback {
                    id: new_id(IdKind::Feedback, rng),
                    date: Date(day),
                    kind: if complaint {
                        FeedbackKind::Complaint
                    } else {
                        FeedbackKind::Praise
                    },
                    rating: Some(if complaint {
                        rng.random_range(1..=3)
                    } else {
                        rng.random_range(4..=5)
                    }),
                    text: pick(rng, if complaint { COMPLAINTS } else { PRAISE }).to_string(),
                    status: if open {
                        FeedbackStatus::Open
                    } else {
                        FeedbackStatus::Resolved
                    },
                    resolved: (!open).then_some(Date(day)),
                    resolution: None,
                    handler: None,
                    due: None,
                    started: None,
                    callback_due: None,
                    callback_done: None,
                    callback_note: None,
                    callback_rating: None,
                })
            }
        }
    }
    c.transactions.sort_by_key(|t| t.date);
    c.payments.sort_by_key(|p| p.date);
    c.contacts.sort_by_key(|k| k.at);
    c.feedback.sort_by_key(|f| f.date);
    c.updated = c.contacts.last().map_or(c.created, |k| k.at.max(c.created));
    c
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    use super::*;

    #[test]
    fn the_same_seed_makes_the_same_valid_customer() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let config = crate::model::config::Config::default();
        for n in 0..50 {
            let a = customer(&mut StdRng::seed_from_u64(n), today, 40, n as usize);
            let b = customer(&mut StdRng::seed_from_u64(n), today, 40, n as usize);
            assert_eq!(a, b);
            assert_ne!(
                a,
                customer(&mut StdRng::seed_from_u64(n + 1000), today, 40, n as usize)
            );
            assert!(crate::model::validate::validate(&a, &config).is_empty(), "{a:?}");
        }
    }

    /// What `generate` makes, `add` and `import` take: every phone is a number in use.
    #[test]
    fn every_generated_phone_is_one_the_numbering_plan_knows() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut rng = StdRng::seed_from_u64(7);
        for n in 0..2000 {
            for p in customer(&mut rng, today, 5, n).contact.phones {
                assert!(Phone::parse(&p.number).is_ok(), "{}", p.number);
            }
        }
    }
}
