//! End-to-end tests of the `crmfile` binary: one test binary, helpers in `cli/common.rs`,
//! the scenarios in `cli/core.rs`.

#[path = "cli/common.rs"]
mod common;
#[path = "cli/core.rs"]
mod core;
