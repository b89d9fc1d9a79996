//! Three-way structural merge of two versions of one record (the git merge driver).
//!
//! Log entries (arrays of tables with an `id`) merge as a union by id; lists of plain
//! values merge as sets (what one side added is added, what one side removed is
//! removed); tables merge key by key; any other value takes the side that changed it.
//! When both sides changed one value differently, ours is kept and theirs is recorded
//! under `[conflicts]` by its dotted path, so nothing is lost.

use toml::{Table, Value};

/// A value both sides changed differently: its path and the value that was not kept.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub path: String,
    pub theirs: Value,
}

/// Fields that are bookkeeping, not content: the later one wins, never a conflict.
const LATEST_WINS: &[&str] = &["updated", "class.classified"];

/// A datetime or date value as a point in time, so that values in different time zones
/// compare by when they happened, not by their text.
fn instant(v: &Value) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let text = v.as_datetime()?.to_string();
    chrono::DateTime::parse_from_rfc3339(&text).ok().or_else(|| {
        let date = crate::model::date::parse_ymd(&text)?;
        Some(date.and_hms_opt(0, 0, 0)?.and_utc().fixed_offset())
    })
}

/// What names an entry of a log: its `id`, or for a link the customer it points `to`
/// (one link per pair of customers).
fn key(v: &Value) -> Option<&str> {
    v.get("id").or_else(|| v.get("to")).and_then(Value::as_str)
}

fn is_log(v: &Value) -> bool {
    matches!(v, Value::Array(a) if !a.is_empty() && a.iter().all(|x| key(x).is_some()))
}

pub fn merge(base: Option<&Table>, ours: &Table, theirs: &Table) -> (Table, Vec<Conflict>) {
    let mut conflicts = Vec::new();
    let mut merged = merge_tables(base, ours, theirs, "", &mut conflicts);
    // Who changed the record last goes with `updated`: the side changed later names
    // them, never a conflict.
    if ours.get("updated_by") != theirs.get("updated_by") {
        conflicts.retain(|c| c.path != "updated_by");
        let at = |t: &Table| t.get("updated").and_then(instant);
        let later = if at(theirs) > at(ours) { theirs } else { ours };
        match later.get("updated_by") {
            Some(v) => merged.insert("updated_by".into(), v.clone()),
            None => merged.remove("updated_by"),
        };
    }
    (merged, conflicts)
}

fn merge_tables(
    base: Option<&Table>,
    ours: &Table,
    theirs: &Table,
    prefix: &str,
    out: &mut Vec<Conflict>,
) -> Table {
    let mut result = Table::new();
    let mut keys: Vec<&String> = ours.keys().collect();
    keys.extend(theirs.keys().filter(|k| !ours.contains_key(*k)));
    for key in keys {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let b = base.and_then(|t| t.get(key));
        let merged = merge_values(b, ours.get(key), theirs.get(key), &path, out);
        if let Some(v) = merged {
            result.insert(key.clone(), v);
        }
    }
    result
}

fn merge_values(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    path: &str,
    out: &mut Vec<Conflict>,
) -> Option<Value> {
    if ours == theirs {
        return ours.cloned();
    }
    if LATEST_WINS.contains(&path) {
        return match (ours, theirs) {
            (Some(o), Some(t)) => Some(if instant(t) > instant(o) {
                t.clone()
            } else {
                o.clone()
            }),
            (o, t) => o.or(t).cloned(),
        };
    }
    match (ours, theirs) {
        (Some(Value::Table(o)), Some(Value::Table(t))) => {
            let b = base.and_then(Value::as_table);
            return Some(Value::Table(merge_tables(b, o, t, path, out)));
        }
        (Some(Value::Array(o)), Some(Value::Array(t))) => {
            let b = base.and_then(Value::as_array);
            let logs = is_log(&Value::Array(o.clone())) || is_log(&Value::Array(t.clone()));
            return Some(Value::Array(if logs {
                merge_logs(b, o, t, path, out)
            } else {
                merge_sets(b, o, t)
            }));
        }
        _ => {}
    }
    if ours == base {
        return theirs.cloned();
    }
    if theirs == base {
        return ours.cloned();
    }
    // Both changed, differently. A side that removed a table or list while the other
    // changed it keeps the changed content.
    match (ours, theirs) {
        (None, Some(t)) => Some(t.clone()),
        (Some(o), None) => Some(o.clone()),
        (Some(o), Some(t)) => {
            out.push(Conflict {
                path: path.to_string(),
                theirs: t.clone(),
            });
            Some(o.clone())
        }
        (None, None) => None,
    }
}

/// Lists of plain values as sets: keeps ours' order, adds theirs' additions, drops what
/// either side removed.
fn merge_sets(base: Option<&Vec<Value>>, ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let empty = Vec::new();
    let base = base.unwrap_or(&empty);
    let removed = |x: &Value, side: &[Value]| base.contains(x) && !side.contains(x);
    let mut out: Vec<Value> = ours.iter().filter(|x| !removed(x, theirs)).cloned().collect();
    for x in theirs {
        if !out.contains(x) && !removed(x, ours) && !base.contains(x) {
            out.push(x.clone());
        }
    }
    out
}

fn find<'a>(list: Option<&'a [Value]>, id: &str) -> Option<&'a Value> {
    list?.iter().find(|x| key(x) == Some(id))
}

/// Log entries as a union by id; an entry changed on both sides merges like a table.
fn merge_logs(
    base: Option<&Vec<Value>>,
    ours: &[Value],
    theirs: &[Value],
    path: &str,
    out: &mut Vec<Conflict>,
) -> Vec<Value> {
    let id_of = |v: &Value| key(v).map(String::from);
    let mut ids: Vec<String> = ours.iter().filter_map(id_of).collect();
    for t in theirs {
        if let Some(id) = id_of(t)
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    let base = base.map(Vec::as_slice);
    let mut result = Vec::new();
    for id in ids {
        let (b, o, t) = (find(base, &id), find(Some(ours), &id), find(Some(theirs), &id));
        let entry_path = format!("{path}[{id}]");
        let merged = match (o, t) {
            (Some(Value::Table(ot)), Some(Value::Table(tt))) => Some(Value::Table(merge_tables(
                b.and_then(Value::as_table),
                ot,
                tt,
                &entry_path,
                out,
            ))),
            // Removed on one side: gone, unless the other side changed it.
            (Some(x), None) | (None, Some(x)) if b.is_some() && b != Some(x) => Some(x.clone()),
            (Some(_), None) | (None, Some(_)) if b.is_some() => None,
            (o, t) => o.or(t).cloned(),
        };
        result.extend(merged);
    }
    // Keep logs in time order when their entries carry a date.
    let key = |v: &Value| v.get("at").or_else(|| v.get("date")).and_then(instant);
    if result.iter().all(|v| key(v).is_some()) {
        result.sort_by_key(key);
    }
    result
}

/// Log entries another writer added while the editor was open are kept: entries in
/// `current` that were neither in `original` nor in `edited`.
pub fn keep_concurrent_entries(
    mut edited: crate::model::record::Customer,
    original: &crate::model::record::Customer,
    current: &crate::model::record::Customer,
) -> crate::model::record::Customer {
    macro_rules! union {
        ($field:ident) => {
            for entry in &current.$field {
                let known = |list: &Vec<_>| list.iter().any(|x: &_| same_id(x, entry));
                if !known(&original.$field) && !known(&edited.$field) {
                    edited.$field.push(entry.clone());
                }
            }
        };
    }
    union!(contacts);
    union!(transactions);
    union!(payments);
    union!(consents);
    union!(links);
    union!(attachments);
    union!(feedback);
    union!(key_people);
    union!(dates);
    edited
}

trait HasId {
    fn entry_id(&self) -> &str;
}
macro_rules! has_id {
    ($($t:ty),*) => { $(impl HasId for $t { fn entry_id(&self) -> &str { &self.id } })* };
}
has_id!(
    crate::model::record::ContactEntry,
    crate::model::record::Transaction,
    crate::model::record::Payment,
    crate::model::record::Consent,
    crate::model::record::Attachment,
    crate::model::record::Feedback,
    crate::model::record::KeyPerson,
    crate::model::record::ImportantDate
);

impl HasId for crate::model::record::Link {
    fn entry_id(&self) -> &str {
        &self.to
    }
}

fn same_id<T: HasId>(a: &T, b: &T) -> bool {
    a.entry_id() == b.entry_id()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Table {
        toml::from_str(s).unwrap()
    }

    const BASE: &str = r#"
name = "张伟"
title = "经理"
tags = ["a", "b"]
updated = 2026-11-20T10:00:00+08:00
[[contacts]]
id = "k-00000001"
at = 2026-11-01T10:00:00+08:00
summary = "first"
"#;

    #[test]
    fn who_changed_it_last_follows_the_later_update() {
        let base = t("updated = 2026-11-20T00:00:00Z\nupdated_by = \"王总\"\n");
        let ours = t("updated = 2026-11-21T10:00:00Z\nupdated_by = \"李娜\"\n");
        let theirs = t("updated = 2026-11-21T12:00:00Z\nupdated_by = \"王芳\"\n");
        let (m, conflicts) = merge(Some(&base), &ours, &theirs);
        assert!(conflicts.is_empty(), "{conflicts:?}");
        assert_eq!(m["updated_by"].as_str(), Some("王芳"));
        let (m, _) = merge(Some(&base), &theirs, &ours);
        assert_eq!(m["updated_by"].as_str(), Some("王芳"));
    }

    #[test]
    fn concurrent_log_entries_are_united() {
        let ours = t(&format!(
            "{BASE}[[contacts]]\nid = \"k-00000002\"\nat = 2026-11-21T10:00:00+08:00\nsummary = \"ours\"\n"
        ));
        let theirs = t(&format!(
            "{BASE}[[contacts]]\nid = \"k-00000003\"\nat = 2026-11-20T10:00:00+08:00\nsummary = \"theirs\"\n"
        ));
        let (m, c) = merge(Some(&t(BASE)), &ours, &theirs);
        assert!(c.is_empty());
        let ids: Vec<&str> = m["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["k-00000001", "k-00000003", "k-00000002"]);
    }

    #[test]
    fn one_sided_changes_win_and_sets_merge() {
        let ours = t(&BASE
            .replace("title = \"经理\"", "title = \"总监\"")
            .replace("[\"a\", \"b\"]", "[\"a\", \"b\", \"c\"]"));
        let theirs = t(&BASE.replace("[\"a\", \"b\"]", "[\"b\", \"d\"]"));
        let (m, c) = merge(Some(&t(BASE)), &ours, &theirs);
        assert!(c.is_empty());
        assert_eq!(m["title"].as_str(), Some("总监"));
        let tags: Vec<&str> = m["tags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect();
        assert_eq!(tags, ["b", "c", "d"]);
    }

    #[test]
    fn both_changed_is_a_conflict_that_keeps_ours_and_records_theirs() {
        let ours = t(&BASE.replace("title = \"经理\"", "title = \"总监\""));
        let theirs = t(&BASE
            .replace("title = \"经理\"", "title = \"副总\"")
            .replace("10:00:00+08:00\n[[", "12:00:00+08:00\n[["));
        let (m, c) = merge(Some(&t(BASE)), &ours, &theirs);
        assert_eq!(m["title"].as_str(), Some("总监"));
        assert_eq!(
            c,
            vec![Conflict {
                path: "title".into(),
                theirs: Value::String("副总".into())
            }]
        );
        assert_eq!(m["updated"].to_string(), "2026-11-20T12:00:00+08:00");
    }

    #[test]
    fn instants_compare_across_time_zones() {
        let base = t("updated = 2026-11-20T00:00:00Z\n");
        let ours = t("updated = 2026-11-20T12:00:00+08:00\n"); // 04:00Z
        let theirs = t("updated = 2026-11-20T10:00:00Z\n");
        let (m, _) = merge(Some(&base), &ours, &theirs);
        assert_eq!(m["updated"].to_string(), "2026-11-20T10:00:00Z");
    }

    #[test]
    fn entries_edited_on_both_sides_merge_field_by_field() {
        let ours = t(&BASE.replace("summary = \"first\"", "summary = \"first\"\noutcome = \"ok\""));
        let theirs = t(&BASE.replace("summary = \"first\"", "summary = \"first!\""));
        let (m, c) = merge(Some(&t(BASE)), &ours, &theirs);
        assert!(c.is_empty(), "{c:?}");
        assert_eq!(m["contacts"][0]["summary"].as_str(), Some("first!"));
        assert_eq!(m["contacts"][0]["outcome"].as_str(), Some("ok"));
    }

    fn strs(v: &Value) -> Vec<&str> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect()
    }

    fn ids(v: &Value) -> Vec<&str> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap())
            .collect()
    }

    #[test]
    fn identical_sides_merge_to_themselves() {
        let (m, c) = merge(Some(&t(BASE)), &t(BASE), &t(BASE));
        assert_eq!(m, t(BASE));
        assert!(c.is_empty());
    }

    #[test]
    fn a_key_removed_on_one_side_and_untouched_on_the_other_is_removed() {
        let theirs = t(&BASE.replace("title = \"经理\"\n", ""));
        let (m, c) = merge(Some(&t(BASE)), &t(BASE), &theirs);
        assert!(!m.contains_key("title"));
        assert!(c.is_empty());
    }

    #[test]
    fn a_key_removed_on_one_side_and_changed_on_the_other_keeps_the_change() {
        let ours = t(&BASE.replace("title = \"经理\"\n", ""));
        let theirs = t(&BASE.replace("经理", "总监"));
        let (m, c) = merge(Some(&t(BASE)), &ours, &theirs);
        assert_eq!(m["title"].as_str(), Some("总监"));
        assert!(c.is_empty());
    }

    #[test]
    fn without_a_base_two_different_values_are_a_conflict() {
        let (m, c) = merge(None, &t("title = \"A\""), &t("title = \"B\""));
        assert_eq!(m["title"].as_str(), Some("A"));
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].path, "title");
        assert_eq!(c[0].theirs.as_str(), Some("B"));
    }

    #[test]
    fn a_conflict_in_a_table_is_named_by_its_dotted_path() {
        let base = t("[class]\ntier = \"general\"\nstage = \"green\"\n");
        let ours = t("[class]\ntier = \"important\"\nstage = \"green\"\n");
        let theirs = t("[class]\ntier = \"strategic\"\nstage = \"red\"\n");
        let (m, c) = merge(Some(&base), &ours, &theirs);
        assert_eq!(m["class"]["tier"].as_str(), Some("important"));
        assert_eq!(m["class"]["stage"].as_str(), Some("red"));
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].path, "class.tier");
    }

    #[test]
    fn a_log_entry_edited_differently_on_both_sides_is_a_conflict_named_by_its_id() {
        let ours = t(&BASE.replace("summary = \"first\"", "summary = \"mine\""));
        let theirs = t(&BASE.replace("summary = \"first\"", "summary = \"yours\""));
        let (m, c) = merge(Some(&t(BASE)), &ours, &theirs);
        assert_eq!(m["contacts"][0]["summary"].as_str(), Some("mine"));
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].path, "contacts[k-00000001].summary");
        assert_eq!(c[0].theirs.as_str(), Some("yours"));
    }

    #[test]
    fn a_log_entry_deleted_on_one_side_and_untouched_on_the_other_is_gone() {
        let with_two = format!(
            "{BASE}[[contacts]]\nid = \"k-00000002\"\nat = 2026-11-02T10:00:00+08:00\nsummary = \"second\"\n"
        );
        let (m, c) = merge(Some(&t(&with_two)), &t(&with_two), &t(BASE));
        assert_eq!(ids(&m["contacts"]), ["k-00000001"]);
        assert!(c.is_empty());
    }

    #[test]
    fn a_log_entry_deleted_on_one_side_and_edited_on_the_other_is_kept_edited() {
        let with_two = format!(
            "{BASE}[[contacts]]\nid = \"k-00000002\"\nat = 2026-11-02T10:00:00+08:00\nsummary = \"second\"\n"
        );
        let edited = with_two.replace("\"second\"", "\"second, edited\"");
        let (m, _) = merge(Some(&t(&with_two)), &t(BASE), &t(&edited));
        assert_eq!(ids(&m["contacts"]), ["k-00000001", "k-00000002"]);
        assert_eq!(m["contacts"][1]["summary"].as_str(), Some("second, edited"));
    }

    #[test]
    fn an_entry_added_on_both_sides_with_one_id_is_kept_once() {
        let added = format!(
            "{BASE}[[contacts]]\nid = \"k-00000002\"\nat = 2026-11-02T10:00:00+08:00\nsummary = \"same\"\n"
        );
        let (m, c) = merge(Some(&t(BASE)), &t(&added), &t(&added));
        assert_eq!(ids(&m["contacts"]), ["k-00000001", "k-00000002"]);
        assert!(c.is_empty());
    }

    #[test]
    fn dated_entries_come_out_in_date_order() {
        let entry = |id: &str, date: &str| format!("[[transactions]]\nid = \"{id}\"\ndate = {date}\n");
        let ours = t(&format!(
            "{}{}",
            entry("t-00000003", "2026-03-01"),
            entry("t-00000001", "2026-01-01")
        ));
        let theirs = t(&entry("t-00000002", "2026-02-01"));
        let (m, _) = merge(None, &ours, &theirs);
        assert_eq!(
            ids(&m["transactions"]),
            ["t-00000001", "t-00000002", "t-00000003"]
        );
    }

    #[test]
    fn undated_entries_keep_ours_then_theirs() {
        let ours = t("[[key_people]]\nid = \"p-00000002\"\n[[key_people]]\nid = \"p-00000001\"\n");
        let theirs = t("[[key_people]]\nid = \"p-00000003\"\n");
        let (m, _) = merge(None, &ours, &theirs);
        assert_eq!(ids(&m["key_people"]), ["p-00000002", "p-00000001", "p-00000003"]);
    }

    #[test]
    fn an_item_removed_on_both_sides_stays_removed_and_one_added_on_both_is_added_once() {
        let ours = t(&BASE.replace("[\"a\", \"b\"]", "[\"b\", \"x\"]"));
        let theirs = t(&BASE.replace("[\"a\", \"b\"]", "[\"x\", \"b\"]"));
        let (m, c) = merge(Some(&t(BASE)), &ours, &theirs);
        assert_eq!(strs(&m["tags"]), ["b", "x"]);
        assert!(c.is_empty());
    }

    #[test]
    fn the_later_updated_wins_whichever_side_has_it() {
        let ours = t("updated = 2026-11-21T10:00:00+08:00\n");
        let theirs = t("updated = 2026-11-20T10:00:00+08:00\n");
        let (m, c) = merge(None, &ours, &theirs);
        assert_eq!(m["updated"].to_string(), "2026-11-21T10:00:00+08:00");
        assert!(c.is_empty());
        let (m, _) = merge(None, &theirs, &ours);
        assert_eq!(m["updated"].to_string(), "2026-11-21T10:00:00+08:00");
    }

    #[test]
    fn the_later_classified_date_wins_without_a_conflict() {
        let base = t("[class]\nclassified = 2026-11-01\n");
        let ours = t("[class]\nclassified = 2026-11-10\n");
        let theirs = t("[class]\nclassified = 2026-11-12\n");
        let (m, c) = merge(Some(&base), &ours, &theirs);
        assert_eq!(m["class"]["classified"].to_string(), "2026-11-12");
        assert!(c.is_empty());
    }

    #[test]
    fn without_a_base_additions_on_both_sides_merge() {
        let (m, c) = merge(None, &t("a = 1\nx = [1]"), &t("b = 2\nx = [2]"));
        assert!(c.is_empty());
        assert_eq!(m["a"].as_integer(), Some(1));
        assert_eq!(m["b"].as_integer(), Some(2));
        assert_eq!(m["x"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn payments_unite_by_id_and_links_by_the_customer_they_point_at() {
        let base = t("[[links]]\nto = \"c-00000001\"\nas = \"parent\"\n");
        let ours = t("[[links]]\nto = \"c-00000001\"\nas = \"parent\"\nnote = \"HQ\"\n\
             [[payments]]\nid = \"r-00000001\"\ndate = 2026-11-01\namount = \"100\"\ncurrency = \"CNY\"\n");
        let theirs = t(
            "[[links]]\nto = \"c-00000001\"\nas = \"parent\"\n[[links]]\nto = \"c-00000002\"\nas = \"partner\"\n\
             [[payments]]\nid = \"r-00000002\"\ndate = 2026-11-02\namount = \"50\"\ncurrency = \"CNY\"\n",
        );
        let (m, c) = merge(Some(&base), &ours, &theirs);
        assert!(c.is_empty(), "{c:?}");
        assert_eq!(ids(&m["payments"]), ["r-00000001", "r-00000002"]);
        let links = m["links"].as_array().unwrap();
        assert_eq!(links.len(), 2, "one link per customer: {links:?}");
        assert_eq!(links[0]["note"].as_str(), Some("HQ"), "ours changed it");
        assert_eq!(links[1]["to"].as_str(), Some("c-00000002"));
    }
}
