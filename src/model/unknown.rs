//! Keys this build does not know survive a rewrite: what a newer crmfile (or a person)
//! wrote is split off when a record is read and put back when it is written.

use toml::Value;

/// What `doc` holds that `known` (the typed record serialized again) does not.
/// Arrays of tables are matched by their `id` key, so unknown keys of a log entry stay
/// with that entry.
pub fn extract(doc: &Value, known: &Value) -> Option<Value> {
    match (doc, known) {
        (Value::Table(d), Value::Table(k)) => {
            let mut out = toml::Table::new();
            for (key, value) in d {
                match k.get(key) {
                    None => {
                        out.insert(key.clone(), value.clone());
                    }
                    Some(kv) => {
                        if let Some(rest) = extract(value, kv) {
                            out.insert(key.clone(), rest);
                        }
                    }
                }
            }
            (!out.is_empty()).then_some(Value::Table(out))
        }
        (Value::Array(d), Value::Array(k)) => {
            let mut out = Vec::new();
            for item in d {
                let Some(id) = item.get("id") else { continue };
                let Some(twin) = k.iter().find(|x| x.get("id") == Some(id)) else {
                    continue;
                };
                if let Some(Value::Table(mut rest)) = extract(item, twin) {
                    rest.insert("id".into(), id.clone());
                    out.push(Value::Table(rest));
                }
            }
            (!out.is_empty()).then_some(Value::Array(out))
        }
        _ => None,
    }
}

/// Puts back what [`extract`] split off, never overwriting a known key.
pub fn merge(target: &mut Value, unknown: &Value) {
    match (target, unknown) {
        (Value::Table(t), Value::Table(u)) => {
            for (key, value) in u {
                match t.get_mut(key) {
                    None => {
                        t.insert(key.clone(), value.clone());
                    }
                    Some(existing) => merge(existing, value),
                }
            }
        }
        (Value::Array(t), Value::Array(u)) => {
            for item in u {
                let Some(id) = item.get("id") else { continue };
                if let Some(twin) = t.iter_mut().find(|x| x.get("id") == Some(id)) {
                    merge(twin, item);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Value {
        Value::Table(toml::from_str(s).unwrap())
    }

    #[test]
    fn round_trips_unknown_keys_at_every_level() {
        let doc = v("a = 1\nnew = 2\n[t]\nx = 1\ny = 3\n[[log]]\nid = \"k-1\"\nz = 1\nw = 9\n");
        let known = v("a = 1\n[t]\nx = 1\n[[log]]\nid = \"k-1\"\nz = 1\n");
        let unknown = extract(&doc, &known).unwrap();
        assert_eq!(unknown, v("new = 2\n[t]\ny = 3\n[[log]]\nid = \"k-1\"\nw = 9\n"));
        let mut rewritten =
            v("a = 5\n[t]\nx = 1\n[[log]]\nid = \"k-1\"\nz = 1\n[[log]]\nid = \"k-2\"\nz = 2\n");
        merge(&mut rewritten, &unknown);
        assert_eq!(rewritten.get("a"), Some(&Value::Integer(5)));
        assert_eq!(rewritten["t"]["y"], Value::Integer(3));
        assert_eq!(rewritten["log"][0]["w"], Value::Integer(9));
        assert!(rewritten["log"][1].get("w").is_none());
        assert_eq!(rewritten["new"], Value::Integer(2));
    }

    #[test]
    fn log_entries_without_an_id_or_a_twin_are_left_out() {
        let doc = v("[[log]]\nz = 1\nw = 2\n[[log]]\nid = \"k-2\"\nw = 3\n");
        let known = v("[[log]]\nz = 1\n");
        assert_eq!(extract(&doc, &known), None);
    }

    #[test]
    fn a_scalar_that_changed_type_is_not_unknown() {
        let doc = v("a = \"text\"\n");
        let known = v("a = 1\n");
        assert_eq!(extract(&doc, &known), None);
    }

    #[test]
    fn merge_never_overwrites_a_known_value() {
        let mut target = v("a = 1\n[t]\nx = 1\n");
        merge(&mut target, &v("a = 2\nb = 3\n[t]\nx = 9\ny = 4\n"));
        assert_eq!(target, v("a = 1\nb = 3\n[t]\nx = 1\ny = 4\n"));
    }

    #[test]
    fn unknown_keys_of_a_removed_log_entry_are_dropped() {
        let mut target = v("[[log]]\nid = \"k-1\"\n");
        merge(&mut target, &v("[[log]]\nid = \"k-9\"\nw = 1\n"));
        assert_eq!(target, v("[[log]]\nid = \"k-1\"\n"));
    }

    #[test]
    fn nothing_unknown_is_none() {
        let doc = v("a = 1\n");
        assert_eq!(extract(&doc, &doc), None);
    }
}
