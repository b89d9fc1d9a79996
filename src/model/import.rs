//! What imported columns and vCard properties mean: spreadsheet headers in English and
//! Chinese mapped to dotted fields, and vCard properties to the same fields.

/// The field a spreadsheet header names, if it is one crmfile knows. A header that is
/// already a dotted field name (as `export` writes them) maps to itself.
pub fn header_field(header: &str) -> Option<String> {
    let raw = header.trim().trim_start_matches('\u{feff}').trim();
    let h = raw.to_lowercase().replace('（', "(").replace('）', ")");
    let h = h.as_str();
    const MAP: &[(&[&str], &str)] = &[
        (&["id"], "id"),
        (
            &[
                "name",
                "full name",
                "customer",
                "customer name",
                "姓名",
                "名称",
                "客户",
                "客户名称",
                "客户姓名",
                "联系人",
            ],
            "name",
        ),
        (&["kind", "type", "类型", "客户类型"], "kind"),
        (&["gender", "sex", "性别"], "gender"),
        (
            &[
                "company",
                "organization",
                "organisation",
                "org",
                "公司",
                "单位",
                "公司名称",
                "企业名称",
                "工作单位",
                "单位名称",
                "company name",
            ],
            "company",
        ),
        (
            &["title", "job title", "position", "职位", "职务", "头衔"],
            "title",
        ),
        (
            &[
                "birthday",
                "birth date",
                "date of birth",
                "dob",
                "生日",
                "出生日期",
            ],
            "birthday",
        ),
        (&["industry", "行业", "所属行业"], "industry"),
        (&["region", "地区", "区域", "省份"], "region"),
        (&["size", "company size", "规模", "公司规模"], "size"),
        (&["tags", "tag", "labels", "标签"], "tags"),
        (
            &[
                "owner",
                "account manager",
                "sales rep",
                "负责人",
                "客户经理",
                "销售",
                "业务员",
            ],
            "owner",
        ),
        (&["source", "lead source", "来源", "客户来源"], "source"),
        (
            &["credit limit", "credit.limit", "信用额度", "授信额度", "赊销额度"],
            "credit.limit",
        ),
        (
            &[
                "credit rating",
                "credit.rating",
                "信用等级",
                "信用评级",
                "信用状况",
            ],
            "credit.rating",
        ),
        (
            &[
                "payment terms",
                "payment terms (days)",
                "credit.terms",
                "账期",
                "账期(天)",
                "付款期限",
                "信用期",
            ],
            "credit.terms",
        ),
        (
            &[
                "ref",
                "external id",
                "customer number",
                "customer no",
                "客户编号",
                "编号",
                "客户代码",
            ],
            "ref",
        ),
        (
            &[
                "phone",
                "phones",
                "tel",
                "telephone",
                "电话",
                "联系电话",
                "电话号码",
                "contact.phones",
            ],
            "contact.phones",
        ),
        (
            &[
                "mobile",
                "cell",
                "mobile phone",
                "cell phone",
                "手机",
                "手机号",
                "手机号码",
                "移动电话",
            ],
            "contact.phones.mobile",
        ),
        (
            &[
                "work phone",
                "business phone",
                "office phone",
                "座机",
                "固定电话",
                "办公电话",
                "单位电话",
                "公司电话",
                "电话(公)",
                "电话（公）",
            ],
            "contact.phones.work",
        ),
        (
            &[
                "home phone",
                "电话(家)",
                "电话（家）",
                "电话(宅)",
                "电话（宅）",
                "家庭电话",
                "住宅电话",
            ],
            "contact.phones.home",
        ),
        (&["fax", "business fax", "传真", "传真号码"], "contact.phones.fax"),
        (
            &[
                "email",
                "emails",
                "e-mail",
                "mail",
                "邮箱",
                "电子邮件",
                "电子邮箱",
                "contact.emails",
            ],
            "contact.emails",
        ),
        (
            &["wechat", "weixin", "微信", "微信号", "contact.wechat"],
            "contact.wechat",
        ),
        (&["qq", "qq号", "contact.qq"], "contact.qq"),
        (
            &[
                "address",
                "地址",
                "联系地址",
                "详细地址",
                "通讯地址",
                "street",
                "contact.address",
            ],
            "contact.address",
        ),
        (
            &[
                "notes",
                "note",
                "remarks",
                "comments",
                "备注",
                "说明",
                "备注说明",
                "preferences.notes",
            ],
            "preferences.notes",
        ),
        (&["city", "城市", "所在城市"], "address:city"),
        (
            &["postcode", "zip", "zip code", "postal code", "邮编", "邮政编码"],
            "address:postcode",
        ),
        (&["tier", "客户等级", "等级", "客户级别"], "class.tier"),
        (&["created", "创建时间"], "created"),
        (&["updated", "更新时间"], "updated"),
    ];
    if let Some((_, field)) = MAP.iter().find(|(names, _)| names.contains(&h)) {
        return Some(field.to_string());
    }
    // The prefix is matched in any case, but the field name after it keeps its own:
    // config may declare extra fields with upper case letters (`extra.Floor`).
    if let Some(name) = raw
        .get(..6)
        .filter(|p| p.eq_ignore_ascii_case("extra."))
        .map(|_| &raw[6..])
        .filter(|n| !n.is_empty())
    {
        return Some(format!("extra.{name}"));
    }
    if let Some(kind) = h.strip_prefix("contact.phones.")
        && kind.parse::<super::record::PhoneKind>().is_ok()
    {
        return Some(h.to_string());
    }
    if let Some(f) = super::fields::field_named(h).filter(|f| f.settable || f.name == "class.rfm") {
        return Some(f.name.to_string());
    }
    // The labels `export --headers en|zh` writes.
    let dotted = super::fields::dotted(raw);
    if dotted != raw {
        return Some(dotted);
    }
    // A second column of phones or emails (`手机2`, `电话 1`, `Mobile 2`, `邮箱二`): the
    // same field as the first, whose list takes both.
    let base = raw.trim_end_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || "０１２３４５６７８９一二三四五六七八九".contains(c)
    });
    if base.len() < raw.len() && !base.is_empty() {
        return header_field(base).filter(|f| f.starts_with("contact.phones") || f == "contact.emails");
    }
    None
}

/// The column a transaction import reads for each of its fields.
pub fn transaction_field(header: &str) -> Option<&'static str> {
    let h = header.trim().trim_start_matches('\u{feff}').trim().to_lowercase();
    const MAP: &[(&[&str], &str)] = &[
        (&["customer", "customer id", "客户id"], "customer"),
        (&["date", "order date", "日期", "交易日期", "下单日期"], "date"),
        (
            &["amount", "total", "sum", "金额", "总金额", "交易金额"],
            "amount",
        ),
        (&["currency", "币种", "货币"], "currency"),
        (&["quantity", "qty", "数量"], "quantity"),
        (&["product", "item", "产品", "商品", "产品名称"], "product"),
        (&["payment", "payment method", "付款方式", "支付方式"], "payment"),
        (
            &[
                "due",
                "due date",
                "到期日",
                "应收日期",
                "付款到期日",
                "账款到期日",
            ],
            "due",
        ),
        (
            &["over_limit", "over limit", "超额度", "超信用额度"],
            "over_limit",
        ),
        (
            &["invoice", "order", "order no", "单号", "订单号", "发票号"],
            "ref",
        ),
        (&["ref", "customer ref", "客户编号", "编号"], "match:ref"),
        (&["id"], "match:id"),
        (&["phone", "mobile", "手机", "电话"], "match:phone"),
        (&["email", "邮箱"], "match:email"),
        (
            &[
                "company",
                "company name",
                "客户名称",
                "公司名称",
                "单位名称",
                "客户",
            ],
            "match:company",
        ),
    ];
    MAP.iter()
        .find(|(names, _)| names.contains(&h.as_str()))
        .map(|(_, f)| *f)
}

/// The field each column of a transactions sheet fills: `customer` for the column that
/// names the customer, `None` for a column nothing takes. `maps` (lower-cased header →
/// field) wins over the automatic names; `by` is what `--match` named (`ref`, `phone`…).
///
/// A column headed `customer` (as `export --entries` writes it) names the customer
/// whatever `by` is; then `ref` is the order's own reference and `id` the entry's own id
/// (`entry_id`), not a way to the customer.
pub fn transaction_columns(
    header: &[String],
    maps: &std::collections::HashMap<String, String>,
    by: &str,
) -> Vec<Option<String>> {
    let named: Vec<Option<String>> = header
        .iter()
        .map(|h| {
            maps.get(&h.trim().to_lowercase())
                .cloned()
                .or_else(|| transaction_field(h).map(String::from))
        })
        .collect();
    let explicit = named.iter().flatten().any(|f| f == "customer");
    let wanted = format!("match:{by}");
    named
        .into_iter()
        .map(|f| {
            let f = f?;
            match f.strip_prefix("match:") {
                None => Some(f),
                Some("ref") if explicit => Some("ref".to_string()),
                Some("id") if explicit => Some("entry_id".to_string()),
                Some(_) if explicit => None,
                Some(_) if f == wanted => Some("customer".to_string()),
                Some(_) => None,
            }
        })
        .collect()
}

/// Undoes vCard text escaping (`\,` `\;` `\n` `\\`).
pub fn vcard_unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') | Some('N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Splits a structured vCard value at unescaped semicolons.
fn components(value: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut escaped = false;
    for c in value.chars() {
        match (escaped, c) {
            (false, '\\') => escaped = true,
            (false, ';') => parts.push(String::new()),
            (true, c) => {
                escaped = false;
                let last = parts.last_mut().expect("one part");
                last.push('\\');
                last.push(c);
            }
            (false, c) => parts.last_mut().expect("one part").push(c),
        }
    }
    parts.into_iter().map(|p| vcard_unescape(&p)).collect()
}

/// A messaging handle without the URI scheme iOS puts before it (`x-apple:12345`).
fn handle(value: &str) -> String {
    let v = vcard_unescape(value);
    match v.split_once(':') {
        Some((scheme, rest)) if scheme.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') => {
            rest.to_string()
        }
        _ => v,
    }
}

/// vCard properties that carry nothing to keep (versions, revisions, Apple's address
/// format code) or that `vcard_fields` reads.
const VCARD_READ: &[&str] = &[
    "VERSION",
    "PRODID",
    "REV",
    "KIND",
    "X-ABADR",
    "X-ABUID",
    "FN",
    "N",
    "UID",
    "ORG",
    "TITLE",
    "TEL",
    "EMAIL",
    "ADR",
    "BDAY",
    "CATEGORIES",
    "NOTE",
    "X-WECHAT",
    "X-QQ",
    "ANNIVERSARY",
    "X-ABDATE",
    "KIND",
];

/// A vCard date as crmfile keeps it (`YYYY-MM-DD`): `19850312`, `1985-03-12`, with a time
/// after it or not; `None` for a date without its year (iOS writes 1604 for one, 2.1 and
/// 4.0 `--MMDD`), which crmfile cannot keep.
fn vcard_date(v: &str) -> Option<String> {
    // The date before a time (`T…`) or a label (iOS's `date label`).
    let date = v
        .split(['T', 't', ' '])
        .next()
        .unwrap_or_default()
        .replace('-', "");
    (date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()) && !date.starts_with("1604"))
        .then(|| format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..]))
}

/// The names of a card's properties that import does not read, so they can be listed
/// rather than dropped without a word; one read but not (all) taken says why, in the
/// language of the run.
pub fn vcard_unread(props: &[(String, String)]) -> Vec<String> {
    props
        .iter()
        .filter_map(|(n, v)| {
            let n = n.to_uppercase();
            let v = v.trim();
            if !VCARD_READ.contains(&n.as_str()) {
                return Some(n);
            }
            // Read, but not (or not all) taken: said, with why.
            match n.as_str() {
                "BDAY" | "ANNIVERSARY" | "X-ABDATE" if vcard_date(v).is_none() => {
                    Some(format!("{n} ({})", crate::i18n::fl!("vcard-no-year")))
                }
                "ORG" if components(v).iter().skip(1).any(|p| !p.trim().is_empty()) => {
                    Some(format!("{n} ({})", crate::i18n::fl!("vcard-department")))
                }
                _ => None,
            }
        })
        .collect()
}

/// A vCard's properties as `(field, value)` assignments in crmfile's terms.
pub fn vcard_fields(props: &[(String, String)]) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut full_name = None;
    let mut n_name = None;
    for (name, value) in props {
        let v = value.trim();
        match name.to_uppercase().as_str() {
            "FN" => full_name = Some(vcard_unescape(v)),
            "N" => {
                let c = components(v);
                let family = c.first().cloned().unwrap_or_default();
                let given = c.get(1).cloned().unwrap_or_default();
                let joined = if given.is_empty() {
                    family
                } else if family.is_empty() {
                    given
                } else if family.is_ascii() {
                    format!("{given} {family}")
                } else {
                    format!("{family}{given}")
                };
                n_name = Some(joined);
            }
            "UID" => out.push(("id", v.trim_start_matches("urn:uuid:").to_string())),
            "ORG" => out.push(("company", components(v).into_iter().next().unwrap_or_default())),
            "TITLE" => out.push(("title", vcard_unescape(v))),
            "TEL" => out.push(("contact.phones", v.trim_start_matches("tel:").replace('-', " "))),
            "EMAIL" => out.push(("contact.emails", v.trim_start_matches("mailto:").to_string())),
            "ADR" => {
                let parts: Vec<String> = components(v)
                    .into_iter()
                    .filter(|p| !p.trim().is_empty())
                    .collect();
                out.push(("contact.address", parts.join(" ")));
            }
            "BDAY" => {
                if let Some(d) = vcard_date(v) {
                    out.push(("birthday", d));
                }
            }
            // What crmfile's own vCard 4.0 export writes for a company.
            "KIND" if matches!(v.to_lowercase().as_str(), "org" | "organization") => {
                out.push(("kind", "company".into()));
            }
            "CATEGORIES" => {
                for t in v.split(',') {
                    out.push(("tags", vcard_unescape(t).trim().replace(' ', "-")));
                }
            }
            "NOTE" => out.push(("preferences.notes", vcard_unescape(v))),
            // Yearly dates: `date label` (see `vcard::parse_cards` for iOS's X-ABDATE).
            // A yearly date without its year is said by `vcard_unread`, not kept.
            "ANNIVERSARY" if vcard_date(v).is_some() => out.push(("dates", format!("{v} anniversary"))),
            "X-ABDATE" if vcard_date(v).is_some() => {
                out.push(("dates", v.to_string()));
            }
            "X-WECHAT" => out.push(("contact.wechat", handle(v))),
            "X-QQ" => out.push(("contact.qq", handle(v))),
            _ => {}
        }
    }
    if let Some(name) = full_name.filter(|s| !s.trim().is_empty()).or(n_name) {
        out.insert(0, ("name", name));
    }
    out
}

/// A whole record from another system's JSON, made ready to read: the required keys a
/// record can do without in input (`schema`, `id`, `created`, `updated`) are filled in,
/// log entries (purchases, contacts, feedback, key people, dates) without an `id` get a
/// new one, and then the record is read, so that an error names the field's path and
/// serde's reason (`transactions[1].amount: …`).
pub fn record_json(
    mut value: serde_json::Value,
    now: super::date::Timestamp,
    rng: &mut impl rand::Rng,
) -> Result<serde_json::Value, String> {
    use super::id::{IdKind, new_id};
    let Some(obj) = value.as_object_mut() else {
        return Ok(value);
    };
    obj.entry("schema")
        .or_insert(super::record::SCHEMA_VERSION.into());
    obj.entry("id")
        .or_insert_with(|| new_id(IdKind::Customer, rng).into());
    obj.entry("created").or_insert_with(|| now.to_string().into());
    obj.entry("updated").or_insert_with(|| now.to_string().into());
    for (log, kind) in [
        ("transactions", IdKind::Transaction),
        ("payments", IdKind::Payment),
        ("consents", IdKind::Consent),
        ("contacts", IdKind::Contact),
        ("feedback", IdKind::Feedback),
        ("key_people", IdKind::Person),
        ("dates", IdKind::Date),
    ] {
        if let Some(entries) = obj.get_mut(log).and_then(serde_json::Value::as_array_mut) {
            for entry in entries.iter_mut().filter_map(serde_json::Value::as_object_mut) {
                let missing = entry
                    .get("id")
                    .is_none_or(|id| id.is_null() || id.as_str().is_some_and(|s| s.trim().is_empty()));
                if missing {
                    entry.insert("id".into(), new_id(kind, rng).into());
                }
            }
        }
    }
    serde_path_to_error::deserialize::<_, super::record::Customer>(&value).map_err(|e| {
        let path = e.path().to_string();
        let reason = crate::i18n::serde_message(&e.into_inner().to_string());
        if path == "." || path.is_empty() {
            reason
        } else {
            format!("{path}: {reason}")
        }
    })?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transaction_columns_find_the_customer_column() {
        let h = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let none = std::collections::HashMap::new();
        let cols = |header: &[&str], by: &str| transaction_columns(&h(header), &none, by);
        // An order file matched by phone: the phone column names the customer; the
        // customer-ref column is not taken for anything else.
        assert_eq!(
            cols(&["手机", "日期", "金额", "客户编号"], "phone"),
            vec![
                Some("customer".into()),
                Some("date".into()),
                Some("amount".into()),
                None
            ]
        );
        // crmfile's own entries export: `customer` holds the id; `ref` is the order's.
        assert_eq!(
            cols(&["customer", "id", "date", "amount", "ref"], "ref"),
            vec![
                Some("customer".into()),
                Some("entry_id".into()),
                Some("date".into()),
                Some("amount".into()),
                Some("ref".into())
            ]
        );
        assert_eq!(
            cols(&["客户名称", "订单号", "金额"], "company"),
            vec![Some("customer".into()), Some("ref".into()), Some("amount".into())]
        );
        let maps = std::collections::HashMap::from([("buyer".to_string(), "customer".to_string())]);
        assert_eq!(
            transaction_columns(&h(&["Buyer", "Total"]), &maps, "ref"),
            vec![Some("customer".into()), Some("amount".into())]
        );
    }

    #[test]
    fn a_second_phone_or_email_column_is_the_same_field() {
        for (header, field) in [
            ("手机2", "contact.phones.mobile"),
            ("电话1", "contact.phones"),
            ("Mobile 2", "contact.phones.mobile"),
            ("邮箱二", "contact.emails"),
        ] {
            assert_eq!(header_field(header).as_deref(), Some(field), "{header}");
        }
        // Only phones and emails: a numbered name or company column is no field.
        assert_eq!(header_field("公司2"), None);
        assert_eq!(header_field("2"), None);
    }

    #[test]
    fn headers_in_english_and_chinese() {
        assert_eq!(header_field("姓名").as_deref(), Some("name"));
        assert_eq!(
            header_field("\u{feff}手机").as_deref(),
            Some("contact.phones.mobile")
        );
        assert_eq!(header_field("电话(公)").as_deref(), Some("contact.phones.work"));
        assert_eq!(header_field("电话（家）").as_deref(), Some("contact.phones.home"));
        assert_eq!(header_field("座机").as_deref(), Some("contact.phones.work"));
        assert_eq!(header_field("传真").as_deref(), Some("contact.phones.fax"));
        assert_eq!(
            header_field("contact.phones.home").as_deref(),
            Some("contact.phones.home")
        );
        assert_eq!(header_field(" Email ").as_deref(), Some("contact.emails"));
        assert_eq!(header_field("负责人").as_deref(), Some("owner"));
        assert_eq!(header_field("class.tier").as_deref(), Some("class.tier"));
        assert_eq!(header_field("extra.floor").as_deref(), Some("extra.floor"));
        assert_eq!(header_field("favourite colour"), None);
        assert_eq!(transaction_field("金额"), Some("amount"));
    }

    fn props(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn headers_ignore_case_and_map_synonyms_to_one_field() {
        for h in ["E-Mail", "MAIL", "电子邮箱", "contact.emails"] {
            assert_eq!(header_field(h).as_deref(), Some("contact.emails"), "{h}");
        }
        for h in ["Phone", "联系电话", "TEL"] {
            assert_eq!(header_field(h).as_deref(), Some("contact.phones"), "{h}");
        }
        for h in ["Mobile", "手机号码", "移动电话"] {
            assert_eq!(header_field(h).as_deref(), Some("contact.phones.mobile"), "{h}");
        }
        assert_eq!(header_field("Customer No").as_deref(), Some("ref"));
        assert_eq!(header_field("创建时间").as_deref(), Some("created"));
    }

    #[test]
    fn settable_field_names_map_to_themselves() {
        for f in [
            "follow_up.next",
            "class.stage",
            "class.rfm",
            "preferences.channel",
        ] {
            assert_eq!(header_field(f).as_deref(), Some(f));
        }
        assert_eq!(header_field("extra.floor").as_deref(), Some("extra.floor"));
    }

    #[test]
    fn an_extra_header_keeps_the_case_of_its_field_name() {
        // `export --fields extra.Floor` writes this header; importing it must find the
        // field `Floor` declared in config, not an undeclared `floor`.
        assert_eq!(header_field("extra.Floor").as_deref(), Some("extra.Floor"));
    }

    #[test]
    fn the_extra_prefix_is_matched_in_any_case() {
        assert_eq!(header_field(" EXTRA.Floor ").as_deref(), Some("extra.Floor"));
        assert_eq!(header_field("Extra.").as_deref(), None);
    }

    #[test]
    fn a_bare_extra_prefix_is_no_field() {
        assert_eq!(header_field("extra."), None);
        assert_eq!(header_field(""), None);
    }

    #[test]
    fn transaction_headers_map_to_columns_and_match_keys() {
        assert_eq!(transaction_field("\u{feff}Order Date"), Some("date"));
        assert_eq!(transaction_field("订单号"), Some("ref"));
        assert_eq!(transaction_field("客户编号"), Some("match:ref"));
        assert_eq!(transaction_field("Phone"), Some("match:phone"));
        assert_eq!(transaction_field("ID"), Some("match:id"));
        assert_eq!(transaction_field("discount"), None);
    }

    #[test]
    fn vcard_escapes_are_undone() {
        assert_eq!(vcard_unescape(r"a\,b\;c\\d\ne\Nf"), "a,b;c\\d\ne\nf");
        assert_eq!(vcard_unescape("end\\"), "end\\");
    }

    #[test]
    fn a_vcard_n_joins_chinese_names_family_first_and_latin_names_given_first() {
        let f = vcard_fields(&props(&[("N", "张;伟;;;")]));
        assert_eq!(f, [("name", "张伟".to_string())]);
        let f = vcard_fields(&props(&[("N", "Schmidt;Anna;;;")]));
        assert_eq!(f, [("name", "Anna Schmidt".to_string())]);
        let f = vcard_fields(&props(&[("N", ";Anna;;;")]));
        assert_eq!(f, [("name", "Anna".to_string())]);
    }

    #[test]
    fn a_blank_fn_falls_back_to_n() {
        let f = vcard_fields(&props(&[("FN", "  "), ("N", "Schmidt;Anna")]));
        assert_eq!(f[0], ("name", "Anna Schmidt".to_string()));
    }

    #[test]
    fn vcard_properties_are_read_whatever_their_case_and_uri_prefixes_dropped() {
        let f = vcard_fields(&props(&[
            ("uid", "urn:uuid:1234-abcd"),
            ("email", "mailto:anna@example.de"),
            ("note", "line one\\nline two"),
            ("x-wechat", "anna_w"),
            ("X-QQ", "12345"),
            ("TITLE", "CEO\\, founder"),
            ("X-UNKNOWN", "ignored"),
        ]));
        assert_eq!(
            f,
            [
                ("id", "1234-abcd".to_string()),
                ("contact.emails", "anna@example.de".to_string()),
                ("preferences.notes", "line one\nline two".to_string()),
                ("contact.wechat", "anna_w".to_string()),
                ("contact.qq", "12345".to_string()),
                ("title", "CEO, founder".to_string()),
            ]
        );
    }

    #[test]
    fn a_birthday_without_a_year_is_skipped_and_said() {
        let p = props(&[
            ("BDAY", "--0312"),
            ("BDAY", "1604-03-15"),
            ("BDAY", "1985-03-12"),
            ("BDAY", "1981-07-23T00:00:00Z"),
            ("X-ABDATE", "1604-09-10 anniversary"),
            ("ORG", "魏国;丞相府"),
            ("KIND", "org"),
        ]);
        let f = vcard_fields(&p);
        assert_eq!(
            f,
            [
                ("birthday", "1985-03-12".to_string()),
                ("birthday", "1981-07-23".to_string()),
                ("company", "魏国".to_string()),
                ("kind", "company".to_string()),
            ]
        );
        assert_eq!(
            vcard_unread(&p),
            [
                "BDAY (no year: crmfile keeps whole dates)",
                "BDAY (no year: crmfile keeps whole dates)",
                "X-ABDATE (no year: crmfile keeps whole dates)",
                "ORG (department)",
            ]
        );
    }

    #[test]
    fn an_escaped_semicolon_stays_inside_the_organisation_name() {
        let f = vcard_fields(&props(&[("ORG", "A\\;B GmbH;Sales")]));
        assert_eq!(f, [("company", "A;B GmbH".to_string())]);
    }

    #[test]
    fn json_records_get_entry_ids_and_errors_name_the_path() {
        let now: crate::model::date::Timestamp = "2026-11-22T09:30:00+08:00".parse().unwrap();
        let v = serde_json::json!({
            "name": "张伟",
            "transactions": [{"date": "2026-10-03", "amount": "100.00", "currency": "CNY"}],
            "contacts": [{"at": "2026-11-20T15:00:00+08:00", "channel": "phone", "summary": "hi", "id": ""}],
            "feedback": [{"date": "2026-11-02", "kind": "complaint", "text": "late", "status": "open"}]
        });
        let v = record_json(v, now, &mut rand::rng()).unwrap();
        assert!(v["transactions"][0]["id"].as_str().unwrap().starts_with("t-"));
        assert!(v["contacts"][0]["id"].as_str().unwrap().starts_with("k-"));
        assert!(v["feedback"][0]["id"].as_str().unwrap().starts_with("f-"));
        let bad = serde_json::json!({
            "name": "张伟",
            "transactions": [{"date": "2026-10-03", "amount": "abc", "currency": "CNY"}]
        });
        let e = record_json(bad, now, &mut rand::rng()).unwrap_err();
        assert!(e.starts_with("transactions[0].amount: "), "{e}");
        let bad = serde_json::json!({"name": "张伟", "feedback": [{"date": "2026-11-02", "kind": "rant", "text": "x", "status": "open"}]});
        let e = record_json(bad, now, &mut rand::rng()).unwrap_err();
        assert!(e.starts_with("feedback[0].kind: ") && e.contains("rant"), "{e}");
    }

    #[test]
    fn vcard_properties() {
        let props: Vec<(String, String)> = [
            ("FN", "Anna Schmidt"),
            ("N", "Schmidt;Anna;;;"),
            ("ORG", "Nordlicht GmbH;Sales"),
            ("TEL", "tel:+49-30-1234-5678"),
            ("ADR", ";;Hauptstr. 1\\, Hof;Berlin;;10115;DE"),
            ("BDAY", "19850312"),
            ("CATEGORIES", "vip,key account"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let f = vcard_fields(&props);
        assert_eq!(f[0], ("name", "Anna Schmidt".into()));
        assert!(f.contains(&("company", "Nordlicht GmbH".into())));
        assert!(f.contains(&("contact.phones", "+49 30 1234 5678".into())));
        assert!(f.contains(&("contact.address", "Hauptstr. 1, Hof Berlin 10115 DE".into())));
        assert!(f.contains(&("birthday", "1985-03-12".into())));
        assert!(f.contains(&("tags", "key-account".into())));
        let props = vec![("X-QQ".to_string(), "x-apple:12345".to_string())];
        assert_eq!(vcard_fields(&props), [("contact.qq", "12345".to_string())]);
        let props = vec![
            ("URL".to_string(), "x".to_string()),
            ("FN".to_string(), "x".to_string()),
        ];
        assert_eq!(vcard_unread(&props), ["URL"]);
    }
}
