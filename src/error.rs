//! One error type: a message naming the file or argument, its causes, a hint with the
//! fix, and the exit code it maps to.

use std::fmt;

/// Exit codes, documented in the README.
pub mod exit {
    pub const OK: u8 = 0;
    pub const ERROR: u8 = 1;
    pub const USAGE: u8 = 2;
    /// A check found something: `audit` findings, `remind --exit-code` with items due.
    pub const FOUND: u8 = 3;
}

#[derive(Debug, thiserror::Error)]
pub struct Error {
    pub message: String,
    pub causes: Vec<String>,
    pub hint: Option<String>,
    pub code: u8,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error {
    pub fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            causes: Vec::new(),
            hint: None,
            code: exit::ERROR,
        }
    }

    /// Bad usage: a flag or argument that cannot work (exit 2).
    pub fn usage(message: impl Into<String>) -> Error {
        Error {
            code: exit::USAGE,
            ..Error::new(message)
        }
    }

    pub fn cause(mut self, cause: impl fmt::Display) -> Error {
        self.causes.push(cause.to_string());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }

    /// An I/O failure on a named path. `what` names the action in English (`read`,
    /// `create folder`); the catalog's `io-<what>` says it in the language of this run.
    pub fn io(what: &str, path: &std::path::Path, e: std::io::Error) -> Error {
        let path = path.display().to_string();
        let id = format!("io-{}", what.replace(' ', "-"));
        let message =
            crate::i18n::lookup_with(&id, "path", &path).unwrap_or_else(|| format!("cannot {what} {path}"));
        Error::new(message).cause(e)
    }
}
