//! The crate's error for users: where (file, line, column) and what, as a
//! message in the interface language.

use std::path::Path;

use crate::ui::{Msg, Ui};

/// An error for the user: where (file, line, column) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub path: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: Msg,
}

impl Error {
    /// `file:line:column: ` (as much as is known), then the message in the
    /// interface language of `ui`.
    pub fn localized(&self, ui: &Ui) -> String {
        let mut s = String::new();
        if let Some(p) = &self.path {
            s.push_str(p);
            s.push(':');
            if let Some(l) = self.line {
                s.push_str(&format!("{l}:"));
                if let Some(c) = self.column {
                    s.push_str(&format!("{c}:"));
                }
            }
            s.push(' ');
        }
        s.push_str(&ui.msg(&self.message));
        s
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::ui::with_english(|ui| f.write_str(&self.localized(ui)))
    }
}

impl std::error::Error for Error {}

impl Error {
    pub fn msg(message: Msg) -> Error {
        Error {
            path: None,
            line: None,
            column: None,
            message,
        }
    }

    /// An error about a file as a whole.
    pub fn file(path: impl Into<String>, message: Msg) -> Error {
        Error {
            path: Some(path.into()),
            line: None,
            column: None,
            message,
        }
    }

    pub fn at(path: impl Into<String>, line: usize, column: usize, message: Msg) -> Error {
        Error {
            path: Some(path.into()),
            line: Some(line),
            column: Some(column),
            message,
        }
    }

    pub fn io(path: &Path, e: std::io::Error) -> Error {
        Error::file(path.display().to_string(), Msg::io(&e))
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// A problem at a place in a text, with its 1-based line and column: what
/// the PO, FTL, statement, configuration and site-string readers report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: Msg,
}

impl SyntaxError {
    /// The error for the user: this problem in `file`.
    pub fn in_file(self, file: impl Into<String>) -> Error {
        Error::at(file, self.line, self.column, self.message)
    }
}
