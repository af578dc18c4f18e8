//! gettext PO codec: a lossless reader and a writer whose layout is byte-identical
//! to GNU `msgcat` (0.21) for the same content.
//!
//! The reader keeps everything gettext keeps: the header (with its comments and
//! `#, fuzzy`), `msgctxt`, translator/extracted comments, references, flags,
//! `#|` previous strings, `#~` obsolete entries and plural forms. It never panics;
//! errors carry line and column.

mod across;
pub mod charset;
mod chunks;
mod format;
mod read;
mod wrap;
mod write;

pub use read::parse;
pub use write::{Laid, Wrap, write, write_each, write_laid, write_with};

/// One PO file: header entry plus messages, in file order (obsolete ones included).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PoFile {
    pub header: Option<PoEntry>,
    pub entries: Vec<PoEntry>,
}

/// One message of a PO file, with everything gettext records about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PoEntry {
    /// `# ` comments (text after `#` and one optional space).
    pub translator_comments: Vec<String>,
    /// `#.` comments.
    pub extracted_comments: Vec<String>,
    /// `#:` references, one token each (`file:line` or `file`).
    pub references: Vec<String>,
    /// `#,` flags in file order (`fuzzy`, `c-format`, ...).
    pub flags: Vec<String>,
    pub previous_msgctxt: Option<String>,
    pub previous_msgid: Option<String>,
    pub previous_msgid_plural: Option<String>,
    pub msgctxt: Option<String>,
    pub msgid: String,
    pub msgid_plural: Option<String>,
    /// `msgstr`, or `msgstr[0..n]` when `msgid_plural` is set.
    pub msgstr: Vec<String>,
    pub obsolete: bool,
    /// 1-based line of the `msgid` keyword in the file it was read from (0 if built).
    pub line: usize,
}

impl PoEntry {
    pub fn is_fuzzy(&self) -> bool {
        self.flags.iter().any(|f| f == "fuzzy")
    }
}

/// A PO problem with its position (one [`SyntaxError`](crate::error::SyntaxError) for every reader).
pub type PoError = crate::error::SyntaxError;

/// Parses a header msgstr (`Key: value\n` lines) into ordered fields.
/// `nplurals` of a header's `Plural-Forms` field.
pub fn nplurals(header: &str) -> Option<usize> {
    let pf = header
        .lines()
        .find_map(|l| l.trim().strip_prefix("Plural-Forms:"))?;
    let rest = pf.split("nplurals=").nth(1)?;
    rest.split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse::<usize>()
        .ok()
}

pub fn header_fields(msgstr: &str) -> Vec<(String, String)> {
    msgstr
        .lines()
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            Some((k.trim().to_string(), v.trim().to_string()))
        })
        .collect()
}

/// Renders header fields back into a header msgstr.
pub fn header_msgstr(fields: &[(String, String)]) -> String {
    let mut s = String::new();
    for (k, v) in fields {
        s.push_str(k);
        s.push_str(": ");
        s.push_str(v);
        s.push('\n');
    }
    s
}
