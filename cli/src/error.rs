//! Errors that stop a file or the run: they name the file, the line and what to do.

use std::fmt;
use std::path::Path;

/// An error reported to the user (exit code 2 unless it is only a warning).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    /// The file the problem is in.
    pub path: Option<String>,
    /// The 1-based line of the problem.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl CliError {
    /// An error with a message only.
    pub fn new(message: impl Into<String>) -> CliError {
        CliError {
            path: None,
            line: None,
            message: message.into(),
            help: None,
        }
    }

    /// Say where the problem is.
    pub fn at(mut self, path: &Path, line: Option<usize>) -> CliError {
        self.path = Some(path.display().to_string());
        self.line = line;
        self
    }

    /// Say where the problem is, with a display name (`-` for stdin).
    pub fn at_name(mut self, name: &str, line: Option<usize>) -> CliError {
        self.path = Some(name.to_string());
        self.line = line;
        self
    }

    /// Say what to do.
    pub fn help(mut self, help: impl Into<String>) -> CliError {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.line) {
            (Some(p), Some(l)) => write!(f, "{p}:{l}: ")?,
            (Some(p), None) => write!(f, "{p}: ")?,
            _ => {}
        }
        f.write_str(&self.message)?;
        if let Some(h) = &self.help {
            write!(f, "\n  help: {h}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CliError {}
