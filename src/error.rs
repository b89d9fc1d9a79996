//! One error type: what kind of failure it is (which decides the exit code), a message
//! naming the file or argument, its causes (the source chain is kept), and a hint with
//! the fix. `output::report_error` prints it, once, in `crmfile::main`.

use std::fmt;

/// Exit codes, documented in the README.
pub mod exit {
    pub const OK: u8 = 0;
    pub const ERROR: u8 = 1;
    pub const USAGE: u8 = 2;
    /// A check found something: `audit` findings, `remind --exit-code` with items due.
    pub const FOUND: u8 = 3;
}

/// What kind of failure an [`Error`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// The work could not be done: a record, a rule, a key, a file (exit 1).
    Failed,
    /// The command line cannot work: a flag, an argument or a value (exit 2).
    Usage,
    /// A file could not be read or written; the source is the `io::Error` (exit 1).
    Io,
    /// Another writer held the store's lock longer than `--wait` (exit 1).
    Busy,
    /// Standard output was closed by its reader (`crmfile find | head`): not a failure;
    /// the run ends quietly with 0.
    Closed,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Usage => exit::USAGE,
            Kind::Closed => exit::OK,
            Kind::Failed | Kind::Io | Kind::Busy => exit::ERROR,
        }
    }
}

type Source = Box<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Debug, thiserror::Error)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    /// Causes given as text, printed before the source chain.
    pub causes: Vec<String>,
    /// Lines printed under the message as they are, without a label: the candidates of
    /// an ambiguous query.
    pub details: Vec<String>,
    pub hint: Option<String>,
    #[source]
    source: Option<Source>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error {
    pub fn new(message: impl Into<String>) -> Error {
        Error::of(Kind::Failed, message)
    }

    pub fn of(kind: Kind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            causes: Vec::new(),
            details: Vec::new(),
            hint: None,
            source: None,
        }
    }

    /// Bad usage: a flag or argument that cannot work (exit 2).
    pub fn usage(message: impl Into<String>) -> Error {
        Error::of(Kind::Usage, message)
    }

    /// The same error with its message put in context (`line 3: …`).
    pub fn context(mut self, f: impl FnOnce(&str) -> String) -> Error {
        self.message = f(&self.message);
        self
    }

    /// A copy, for reporting the same failure for several records (the source chain is
    /// kept as text).
    pub fn again(&self) -> Error {
        Error {
            kind: self.kind,
            message: self.message.clone(),
            causes: self.all_causes(),
            details: self.details.clone(),
            hint: self.hint.clone(),
            source: None,
        }
    }

    /// The exit code this error ends the run with.
    pub fn code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// A cause as text (a reason that is not an error value, or one already formatted).
    /// A line to print under the message as it is (a candidate, not a cause).
    pub fn detail(mut self, line: impl Into<String>) -> Error {
        self.details.push(line.into());
        self
    }

    pub fn cause(mut self, cause: impl fmt::Display) -> Error {
        self.causes.push(cause.to_string());
        self
    }

    /// The error this one comes from; kept as a value, printed as `caused by:` lines
    /// along its own chain.
    pub fn caused_by(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Error {
        self.source = Some(Box::new(source));
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }

    /// Every cause to print: the text causes, then the source chain.
    pub fn all_causes(&self) -> Vec<String> {
        let mut all = self.causes.clone();
        let mut next = std::error::Error::source(self);
        while let Some(e) = next {
            // The system's reasons in the language of the run.
            all.push(match e.downcast_ref::<std::io::Error>() {
                Some(io) => crate::i18n::io_reason(io),
                None => e.to_string(),
            });
            next = e.source();
        }
        all
    }

    /// An I/O failure on a named path. `what` names the action in English (`read`,
    /// `create folder`); the catalog's `io-<what>` says it in the language of this run.
    pub fn io(what: &str, path: &std::path::Path, e: std::io::Error) -> Error {
        let path = path.display().to_string();
        let id = format!("io-{}", what.replace(' ', "-"));
        let message =
            crate::i18n::lookup_with(&id, "path", &path).unwrap_or_else(|| format!("cannot {what} {path}"));
        Error::of(Kind::Io, message).caused_by(e)
    }

    /// Writing to stdout failed: a closed pipe is [`Kind::Closed`], anything else an error.
    pub fn stdout(e: std::io::Error) -> Error {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::of(Kind::Closed, "stdout closed")
        } else {
            Error::of(Kind::Io, crate::i18n::fl!("error-write-stdout")).caused_by(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_map_to_the_documented_exit_codes() {
        assert_eq!(Error::new("x").code(), exit::ERROR);
        assert_eq!(Error::usage("x").code(), exit::USAGE);
        assert_eq!(Error::of(Kind::Busy, "x").code(), exit::ERROR);
        let closed = Error::stdout(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert_eq!((closed.kind, closed.code()), (Kind::Closed, exit::OK));
        let other = Error::stdout(std::io::Error::from(std::io::ErrorKind::StorageFull));
        assert_eq!(other.kind, Kind::Io);
    }

    #[test]
    fn the_source_chain_is_kept_and_printed_after_the_text_causes() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let e = Error::io("read", std::path::Path::new("a.toml"), io).cause("first");
        assert_eq!(e.kind, Kind::Io);
        assert!(std::error::Error::source(&e).is_some());
        assert_eq!(e.all_causes(), ["first", "no such file"]);
    }
}
