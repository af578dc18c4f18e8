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
    pub translator_comments: Strings,
    /// `#.` comments.
    pub extracted_comments: Strings,
    /// `#:` references, one token each (`file:line` or `file`).
    pub references: Strings,
    /// `#,` flags in file order (`fuzzy`, `c-format`, ...).
    pub flags: Strings,
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

/// A short list of strings (comments, references, flags): most entries have
/// none or one, and a catalog has a message per segment, so an empty list is
/// one null pointer and a list is sized to what it holds.
pub type Strings = thin_vec::ThinVec<String>;

/// Adds `s` to a short list without the room for four that a first push makes.
pub fn push_string(list: &mut Strings, s: String) {
    if list.capacity() == list.len() {
        list.reserve_exact(list.len().max(1));
    }
    list.push(s);
}

/// Adds `s` to a short list unless it holds it already (notes and
/// references joined from several places).
pub fn push_new(list: &mut Strings, s: String) {
    if !list.contains(&s) {
        push_string(list, s);
    }
}

/// A list of one string.
pub fn one_string(s: String) -> Strings {
    let mut list = Strings::with_capacity(1);
    list.push(s);
    list
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A list takes room for what it holds: one string, one slot (a plain
    /// first push would make four); then it doubles.
    #[test]
    fn short_lists_are_sized_to_their_strings() {
        let mut list = Strings::new();
        push_string(&mut list, "a.md:1".into());
        assert_eq!(list.capacity(), 1);
        push_string(&mut list, "b.md:2".into());
        assert_eq!(list.capacity(), 2);
        push_string(&mut list, "c.md:3".into());
        assert_eq!((list.len(), list.capacity()), (3, 4));
        assert_eq!(one_string("x".into()).capacity(), 1);
        assert_eq!(list.as_slice(), ["a.md:1", "b.md:2", "c.md:3"]);
        push_new(&mut list, "b.md:2".into());
        push_new(&mut list, "d.md:4".into());
        assert_eq!(list.as_slice(), ["a.md:1", "b.md:2", "c.md:3", "d.md:4"]);
    }
}
