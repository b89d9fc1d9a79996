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
    serde_json::to_value(&schema).expect("schemas serialize")
}

pub fn run(_: Args, _ctx: &super::Ctx) -> Result<u8> {
    let text = serde_json::to_string_pretty(&customer_schema()).expect("schemas serialize");
    crate::output::emit(&format!("{text}\n"))?;
    Ok(0)
}

#[cfg(test)]
mod tests {
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
