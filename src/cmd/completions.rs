//! `crmfile completions` and `crmfile man`.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::i18n::fl;

/// Print a shell completion script.
///
/// Examples:
///   crmfile completions bash > ~/.local/share/bash-completion/completions/crmfile
///   crmfile completions zsh > ~/.zfunc/_crmfile
///   crmfile completions fish > ~/.config/fish/completions/crmfile.fish
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// bash, zsh, fish, elvish or powershell
    pub shell: Shell,
}

/// The completion script for `shell`, as committed under `completions/`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "crmfile", &mut out);
    out
}

pub fn run(args: Args, ctx: &super::Ctx) -> Result<u8> {
    let text = String::from_utf8(script(args.shell))
        .map_err(|e| Error::new(fl!("error-completion-utf8")).caused_by(e))?;
    ctx.emit(&text)?;
    Ok(0)
}

/// Print the man page (roff).
///
/// Examples:
///   crmfile man > /usr/local/share/man/man1/crmfile.1
///   crmfile man | man -l -
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ManArgs {}

pub fn man(_: ManArgs, ctx: &super::Ctx) -> Result<u8> {
    let cmd = Cli::command();
    let page = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    let fail = |e: std::io::Error| Error::new(fl!("error-render-man")).caused_by(e);
    page.render_title(&mut out).map_err(fail)?;
    page.render_name_section(&mut out).map_err(fail)?;
    page.render_synopsis_section(&mut out).map_err(fail)?;
    page.render_description_section(&mut out).map_err(fail)?;
    page.render_options_section(&mut out).map_err(fail)?;
    page.render_subcommands_section(&mut out).map_err(fail)?;
    // Each command's examples, from its help text.
    out.extend_from_slice(b".SH EXAMPLES\n");
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let about = sub.get_long_about().map(|s| s.to_string()).unwrap_or_default();
        if let Some((_, examples)) = about.split_once("Examples:") {
            out.extend_from_slice(format!(".SS {}\n.nf\n", sub.get_name()).as_bytes());
            for line in examples.lines().filter(|l| !l.trim().is_empty()) {
                out.extend_from_slice(roff_escape(line.trim()).as_bytes());
                out.push(b'\n');
            }
            out.extend_from_slice(b".fi\n");
        }
    }
    page.render_version_section(&mut out).map_err(fail)?;
    out.extend_from_slice(
        b".SH EXIT STATUS\n0 success, 1 error, 2 bad usage, 3 a check found something (remind --exit-code).\n",
    );
    let text = String::from_utf8(out).map_err(|e| Error::new(fl!("error-man-utf8")).caused_by(e))?;
    ctx.emit(&text)?;
    Ok(0)
}

fn roff_escape(line: &str) -> String {
    let escaped = line.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}
