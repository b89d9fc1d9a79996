//! `crmfile`: everything is in the library; see `crmfile::main`.

fn main() -> std::process::ExitCode {
    crmfile::main()
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
