//! The operations: one module per operation, typed input to typed result. Nothing here
//! prints; what two commands share lives here.
pub mod reencrypt;
pub mod session;
