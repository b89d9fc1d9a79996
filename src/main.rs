//! `crmfile`: everything is in the library; see `crmfile::main`.

fn main() -> std::process::ExitCode {
    crmfile::main()
}
