//! The record and its rules: serde types and pure functions, no I/O.

pub mod audit;
pub mod classify;
pub mod config;
pub mod date;
pub mod due;
pub mod fields;
pub mod id;
pub mod import;
pub mod merge;
pub mod query;
pub mod record;
pub mod report;
pub mod sheet;
pub mod span;
pub mod unknown;
pub mod validate;
pub mod vcard;
pub mod when;
