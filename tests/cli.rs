//! End-to-end tests of the `crmfile` binary: one test binary, helpers in `cli/common.rs`,
//! one module per area.

#[path = "cli/attachments.rs"]
mod attachments;
#[path = "cli/audit.rs"]
mod audit;
#[path = "cli/chinese.rs"]
mod chinese;
#[path = "cli/classify.rs"]
mod classify;
#[path = "cli/common.rs"]
mod common;
#[path = "cli/completions.rs"]
mod completions;
#[path = "cli/core.rs"]
mod core;
#[path = "cli/credit.rs"]
mod credit;
#[path = "cli/excel.rs"]
mod excel;
#[path = "cli/exchange.rs"]
mod exchange;
#[path = "cli/git.rs"]
mod git;
#[path = "cli/history.rs"]
mod history;
#[path = "cli/i18n.rs"]
mod i18n;
#[path = "cli/import_real.rs"]
mod import_real;
#[path = "cli/index.rs"]
mod index;
#[path = "cli/phones.rs"]
mod phones;
#[path = "cli/reliability.rs"]
mod reliability;
#[path = "cli/remind.rs"]
mod remind;
#[path = "cli/report.rs"]
mod report;
#[path = "cli/retention.rs"]
mod retention;
#[path = "cli/seal.rs"]
mod seal;
#[path = "cli/security.rs"]
mod security;
#[path = "cli/team.rs"]
mod team;
