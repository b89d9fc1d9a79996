//! `crmfile schema`: the JSON Schema of a decrypted record.

use crate::error::Result;

/// Print the JSON Schema of a decrypted record (what --format json writes).
///
/// Examples:
///   crmfile schema > customer.schema.json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {}

pub fn customer_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(crate::model::record::Customer);
    let mut schema = serde_json::to_value(&schema).expect("schemas serialize");
    // Each field by the names people know it by, from the field registry.
    for f in crate::model::fields::FIELDS {
        if let Some(pointer) = property(&schema, f.name)
            && let Some(serde_json::Value::Object(p)) = schema.pointer_mut(&pointer)
        {
            p.insert("title".into(), f.en.into());
            p.insert("x-title-zh".into(), f.zh.into());
        }
    }
    schema
}

/// The JSON pointer of a dotted field's property in the schema, following the `$ref`s of
/// the tables on the way (`contact.phones`: `/$defs/ContactInfo/properties/phones`).
fn property(schema: &serde_json::Value, dotted: &str) -> Option<String> {
    let mut at = String::new();
    let mut parts = dotted.split('.').peekable();
    while let Some(part) = parts.next() {
        let here = format!("{at}/properties/{part}");
        let value = schema.pointer(&here)?;
        at = match value.get("$ref").and_then(|r| r.as_str()) {
            Some(r) if parts.peek().is_some() => r.strip_prefix('#')?.to_string(),
            _ => here,
        };
    }
    Some(at)
}

pub fn run(_: Args, ctx: &super::Ctx) -> Result<u8> {
    let text = serde_json::to_string_pretty(&customer_schema()).expect("schemas serialize");
    ctx.emit(&format!("{text}\n"))?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    /// The registry and the record cannot drift apart: every field it names is a property
    /// of the record, but what is worked out (`balance`) and the phone kinds, which are
    /// views of `contact.phones`.
    #[test]
    fn every_registry_field_is_a_property_of_the_record() {
        let schema = super::customer_schema();
        for f in crate::model::fields::FIELDS {
            if f.name == "balance" || f.name.starts_with("contact.phones.") {
                assert!(super::property(&schema, f.name).is_none(), "{}", f.name);
                continue;
            }
            assert!(
                super::property(&schema, f.name).is_some(),
                "{} is not in the schema",
                f.name
            );
        }
        assert_eq!(
            super::property(&schema, "contact.phones").as_deref(),
            Some("/$defs/ContactInfo/properties/phones")
        );
    }

    /// The committed schema is what the Rust types generate. To update it after changing
    /// the record: `cargo run -- schema > schemas/customer.schema.json`.
    #[test]
    fn committed_schema_matches_the_types() {
        let committed: serde_json::Value =
            serde_json::from_str(include_str!("../../schemas/customer.schema.json")).expect("valid JSON");
        assert_eq!(
            committed,
            super::customer_schema(),
            "schemas/customer.schema.json is stale: run `cargo run -- schema > schemas/customer.schema.json`"
        );
    }
}
