//! The operations: one module per operation, typed input to typed result. Nothing here
//! prints; what two commands share lives here.
pub mod add;
pub mod append;
pub mod attach;
pub mod audit;
pub mod classify;
pub mod forget;
pub mod import;
pub mod link;
pub mod log_contact;
pub mod member;
pub mod merge;
pub mod move_to;
pub mod recipients;
pub mod reencrypt;
pub mod seal;
pub mod session;
