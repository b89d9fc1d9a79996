//! One exhaustive match from command to its `run`, and the context every command gets:
//! the session ([`Session`]: clock, store, keys) and the output settings.

pub mod accept;
pub mod access_log;
pub mod add;
pub mod add_date;
pub mod add_person;
pub mod attach;
pub mod audit;
pub mod cat;
pub mod classify;
pub mod completions;
pub mod consent;
pub mod edit;
pub mod export;
pub mod find;
pub mod forget;
pub mod generate;
pub mod git_setup;
pub mod import;
pub mod init;
pub mod link;
pub mod log_contact;
pub mod log_feedback;
pub mod log_payment;
pub mod log_purchase;
pub mod member;
pub mod merge;
pub mod merge_driver;
pub mod move_to;
pub mod recipients;
pub mod reencrypt;
pub mod remind;
pub mod report;
pub mod resolve;
pub mod schema;
pub mod set;
pub mod show;
pub mod tag;

#[cfg(test)]
mod tests;

use std::io::Write;
use std::ops::Deref;
use std::path::PathBuf;

use crate::cli::{Cli, Command, Format, GlobalArgs};
use crate::error::Result;
use crate::i18n::fl;
use crate::ops::session::{self, Report, Session};
use crate::output::{self, Color, Out};

/// Runs a parsed command line as the program does: output on stdout, notices on stderr,
/// the identity and trust database in the user's config folder.
pub fn run(cli: Cli, name: &str) -> Result<u8> {
    run_in(cli, name, Out::stdout(), None)
}

/// Runs a parsed command line with its output going to `out` and, when given, the config
/// folder (identity, trusted recipients) at `config_dir` instead of the user's.
pub fn run_in(cli: Cli, name: &str, out: Out, config_dir: Option<PathBuf>) -> Result<u8> {
    let _command = crate::store::timing::phase("command");
    let setup = crate::store::timing::phase("setup");
    let ctx = Ctx::new(cli.global, name, out, config_dir)?;
    drop(setup);
    let result = match cli.command {
        Command::Init(args) => init::run(args, &ctx),
        Command::Add(args) => add::run(args, &ctx),
        Command::Show(args) => show::run(args, &ctx),
        Command::Find(args) => find::run(args, &ctx),
        Command::Set(args) => set::run(args, &ctx),
        Command::Tag(args) => tag::run(args, &ctx),
        Command::Edit(args) => edit::run(args, &ctx),
        Command::LogContact(args) => log_contact::run(args, &ctx),
        Command::LogPurchase(args) => log_purchase::run(args, &ctx),
        Command::LogPayment(args) => log_payment::run(args, &ctx),
        Command::LogFeedback(args) => log_feedback::run(args, &ctx),
        Command::Resolve(args) => resolve::run(args, &ctx),
        Command::Consent(args) => consent::run(args, &ctx),
        Command::Link(args) => link::run(args, &ctx),
        Command::Unlink(args) => link::run_unlink(args, &ctx),
        Command::Attach(args) => attach::run(args, &ctx),
        Command::Attachment(args) => attach::run_attachment(args, &ctx),
        Command::Detach(args) => attach::run_detach(args, &ctx),
        Command::AddPerson(args) => add_person::run(args, &ctx),
        Command::AddDate(args) => add_date::run(args, &ctx),
        Command::Classify(args) => classify::run(args, &ctx),
        Command::Audit(args) => audit::run(args, &ctx),
        Command::Export(args) => export::run(args, &ctx),
        Command::Import(args) => import::run(args, &ctx),
        Command::Merge(args) => merge::run(args, &ctx),
        Command::Remind(args) => remind::run(args, &ctx),
        Command::Report(args) => report::run(args, &ctx),
        Command::Forget(args) => forget::run(args, &ctx),
        Command::AccessLog(args) => access_log::run(args, &ctx),
        Command::Member(args) => member::run(args, &ctx),
        Command::Move(args) => move_to::run(args, &ctx),
        Command::Recipients(args) => recipients::run(args, &ctx),
        Command::Reencrypt(args) => reencrypt::run(args, &ctx),
        Command::Accept(args) => accept::run(args, &ctx),
        Command::GitSetup(args) => git_setup::run(args, &ctx),
        Command::Cat(args) => cat::run(args, &ctx),
        Command::MergeDriver(args) => merge_driver::run(args, &ctx),
        Command::Schema(args) => schema::run(args, &ctx),
        Command::Completions(args) => completions::run(args, &ctx),
        Command::Man(args) => completions::man(args, &ctx),
        Command::Generate(args) => generate::run(args, &ctx),
    };
    if ctx.global.verbose {
        let n = ctx.not_yours();
        if n > 0 {
            ctx.status(fl!("status-not-yours", count = n));
        }
    }
    ctx.warn_unsealed();
    ctx.log_access(name, result.is_err());
    // What was written is committed even when a batch partly failed.
    let finished = ctx.finish(name);
    let code = result?;
    finished?;
    Ok(code)
}

/// What every command gets: the session it runs in, and how to talk to the user.
pub struct Ctx {
    session: Session,
    pub global: GlobalArgs,
    /// Where the command's output goes.
    out: Out,
    /// Colour in the output.
    pub color: Color,
}

impl Deref for Ctx {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.session
    }
}

impl Ctx {
    fn new(global: GlobalArgs, command: &str, out: Out, config_dir: Option<PathBuf>) -> Result<Ctx> {
        let options = session::Options {
            store: global.store.clone(),
            identity: global.identity.clone(),
            today: global.today.clone(),
            wait: std::time::Duration::from_secs(global.wait),
            command: command.to_string(),
            config_dir,
        };
        let report = Stderr {
            quiet: global.quiet,
            color: Color::for_stderr(global.color),
        };
        Ok(Ctx {
            session: Session::new(options, Box::new(report))?,
            color: Color::for_output(global.color, &out),
            out,
            global,
        })
    }

    /// The output format: the one asked for, else a table on a terminal and `plain`
    /// otherwise.
    pub fn format(&self, asked: Option<Format>, plain: Format) -> Format {
        output::choose(asked, plain, self.out.terminal)
    }

    /// Whether the output is a terminal (a person reads it).
    pub fn terminal(&self) -> bool {
        self.out.terminal
    }

    /// How a command that read many records ends: the files it could not read named on
    /// stderr and `error` (told how many) as its failure, or `Ok(0)` when there were none.
    pub fn end_unreadable(
        &self,
        errors: &[crate::store::FileError],
        error: impl FnOnce(usize) -> crate::error::Error,
    ) -> Result<u8> {
        if errors.is_empty() {
            return Ok(0);
        }
        self.report_file_errors(errors);
        Err(error(errors.len()))
    }

    /// Writes text to the output; a closed pipe ends the command quietly.
    pub fn emit(&self, text: &str) -> Result<()> {
        let _timed = crate::store::timing::phase("print");
        self.out.text(text)
    }

    /// Writes what `write` writes, a part at a time (a long list is never whole in memory
    /// as text); a closed pipe ends the command quietly.
    pub fn emit_stream(&self, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
        let _timed = crate::store::timing::phase("print");
        self.out.stream(write)
    }

    /// Writes a value as one pretty JSON document and a line break, serialized straight
    /// to the output.
    pub fn emit_json(&self, value: &impl serde::Serialize) -> Result<()> {
        self.emit_stream(|out| {
            let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
            serde_json::to_writer_pretty(&mut buffered, value)?;
            buffered.write_all(b"\n")?;
            buffered.flush()
        })
    }

    /// Whether a list is drawn as a table: on a terminal, or when `--format table` asks
    /// for one where plain text would be the default.
    pub fn table(&self, asked: Option<Format>) -> bool {
        self.out.terminal || asked == Some(Format::Table)
    }

    /// Writes bytes (a workbook) to the output.
    pub fn emit_bytes(&self, bytes: &[u8]) -> Result<()> {
        self.out.bytes(bytes)
    }

    /// The output's writer, for what is written a part at a time.
    pub fn writer(&self) -> std::sync::MutexGuard<'_, Box<dyn Write + Send>> {
        self.out.writer()
    }

    /// The folder a `--folder` flag names (or the root).
    pub fn folder_arg(&self, folder: Option<&str>) -> Result<PathBuf> {
        self.store()?.folder(folder)
    }
}

/// Notices on stderr: status lines unless `-q`, warnings and file errors always.
struct Stderr {
    quiet: bool,
    color: Color,
}

impl Report for Stderr {
    fn status(&self, message: &str) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr(), "{}", output::terminal_safe(message));
        }
    }

    fn warn(&self, message: &str) {
        let _ = writeln!(
            std::io::stderr(),
            "{} {}",
            self.color.paint("1;33", &fl!("label-warning")),
            output::terminal_safe(message)
        );
    }

    fn error(&self, error: &crate::error::Error) {
        output::report_error(error, self.color);
    }

    fn file_error(&self, path: &str, problem: &str) {
        let _ = writeln!(
            std::io::stderr(),
            "{} {}: {}",
            self.color.paint("1;31", &fl!("label-error")),
            output::terminal_safe(path),
            output::terminal_safe(problem)
        );
    }
}
