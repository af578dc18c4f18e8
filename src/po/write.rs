//! PO writer, laid out like GNU `msgcat`.

use super::format::FormatFlags;
use super::wrap::{Layout, write_string};
use super::{PoEntry, PoFile};
use rayon::prelude::*;

/// How long lines may be, as `msgcat -w N` and `--no-wrap` say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Wrap {
    /// The page width (`-w`, 79 by default): strings and `#:` lines.
    pub width: usize,
    /// Whether strings are broken at the width (`--no-wrap`: no; `#:`
    /// lines still are).
    pub strings: bool,
}

impl Default for Wrap {
    fn default() -> Self {
        Wrap {
            width: 79,
            strings: true,
        }
    }
}

/// Serializes a PO file as `msgcat` does. Entries are separated by one blank line.
pub fn write(file: &PoFile) -> String {
    write_with(file, Wrap::default())
}

/// Serializes a PO file as `msgcat -w WIDTH` (or `--no-wrap`) does.
pub fn write_with(file: &PoFile, wrap: Wrap) -> String {
    // As `msgcat -w`: 0 means no limit, and no page is narrower than 20.
    let width = match wrap.width {
        0 => i32::MAX as usize,
        w => w.max(20),
    };
    let wrap = Wrap { width, ..wrap };
    let mut out = String::new();
    if let Some(h) = &file.header {
        write_entry(&mut out, h, wrap);
    }
    // Entries are written independently, a chunk per task; a blank line
    // comes before every entry but a first one.
    let lead = file.header.is_none();
    let chunks: Vec<String> = file
        .entries
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(c, entries)| {
            let mut s = String::with_capacity(entries.len() * 256);
            for (i, e) in entries.iter().enumerate() {
                if !(lead && c == 0 && i == 0) {
                    s.push('\n');
                }
                write_entry(&mut s, e, wrap);
            }
            s
        })
        .collect();
    out.reserve(chunks.iter().map(String::len).sum());
    for c in &chunks {
        out.push_str(c);
    }
    out
}

/// Entries per writing task.
const CHUNK: usize = 512;

fn write_entry(out: &mut String, e: &PoEntry, page: Wrap) {
    for c in &e.translator_comments {
        out.push('#');
        if !c.is_empty() {
            out.push(' ');
            out.push_str(c);
        }
        out.push('\n');
    }
    for c in &e.extracted_comments {
        out.push_str("#.");
        if !c.is_empty() {
            out.push(' ');
            out.push_str(c);
        }
        out.push('\n');
    }
    write_references(out, &e.references, page.width);
    let format = FormatFlags::of(&e.flags);
    if let Some(line) = flags_line(e, &format) {
        out.push_str("#, ");
        out.push_str(&line);
        out.push('\n');
    }
    let layout = Layout {
        width: page.width,
        wrap: page.strings && !no_wrap(&e.flags),
        format: format.protected(),
    };
    let (prev_prefix, prefix) = if e.obsolete {
        ("#~| ", "#~ ")
    } else {
        ("#| ", "")
    };
    if let Some(c) = &e.previous_msgctxt {
        write_string(out, prev_prefix, "msgctxt", c, layout);
    }
    if let Some(p) = &e.previous_msgid {
        write_string(out, prev_prefix, "msgid", p, layout);
    }
    if let Some(p) = &e.previous_msgid_plural {
        write_string(out, prev_prefix, "msgid_plural", p, layout);
    }
    if let Some(c) = &e.msgctxt {
        write_string(out, prefix, "msgctxt", c, layout);
    }
    write_string(out, prefix, "msgid", &e.msgid, layout);
    if let Some(p) = &e.msgid_plural {
        write_string(out, prefix, "msgid_plural", p, layout);
        for (i, s) in e.msgstr.iter().enumerate() {
            write_string(out, prefix, &format!("msgstr[{i}]"), s, layout);
        }
    } else {
        let s = e.msgstr.first().map(String::as_str).unwrap_or("");
        write_string(out, prefix, "msgstr", s, layout);
    }
}

/// The `#,` line as gettext writes it: `fuzzy` (only on an entry whose first
/// `msgstr` is not empty), the format flags in gettext's order (a
/// `possible-` one as plain, the last word for a language winning), `range:`,
/// `no-wrap`; then flags `msgcat` does not keep (it drops them: kept here,
/// as they may be another tool's, Weblate's for one).
fn flags_line(e: &PoEntry, format: &FormatFlags) -> Option<String> {
    if e.flags.is_empty() {
        return None;
    }
    let mut words: Vec<String> = Vec::with_capacity(e.flags.len());
    if e.is_fuzzy() && e.msgstr.first().is_some_and(|s| !s.is_empty()) {
        words.push("fuzzy".into());
    }
    let mut known = format.known.clone();
    for &(name, _, yes) in &format.said {
        words.push(if yes {
            format!("{name}-format")
        } else {
            format!("no-{name}-format")
        });
    }
    let mut last = |pick: &dyn Fn(&str) -> bool| {
        let mut found = None;
        for (i, f) in e.flags.iter().enumerate() {
            if pick(f) {
                known[i] = true;
                found = Some(f.clone());
            }
        }
        found
    };
    if let Some(range) = last(&|f| f.starts_with("range:")) {
        words.push(range);
    }
    if last(&|f| f == "wrap" || f == "no-wrap").is_some() && no_wrap(&e.flags) {
        words.push("no-wrap".into());
    }
    let unknown = e
        .flags
        .iter()
        .zip(&known)
        .filter(|(f, k)| !**k && *f != "fuzzy");
    words.extend(unknown.map(|(f, _)| f.clone()));
    (!words.is_empty()).then(|| words.join(", "))
}

/// Whether the entry is `no-wrap` (of `wrap` and `no-wrap`, the last word).
fn no_wrap(flags: &[String]) -> bool {
    let word = flags.iter().rev().find(|f| *f == "wrap" || *f == "no-wrap");
    word.is_some_and(|f| f == "no-wrap")
}

fn write_references(out: &mut String, refs: &[String], page_width: usize) {
    if refs.is_empty() {
        return;
    }
    let mut seen: Vec<&str> = Vec::with_capacity(refs.len());
    out.push_str("#:");
    let mut column = 2;
    for r in refs {
        if seen.contains(&r.as_str()) {
            continue;
        }
        seen.push(r);
        let len = r.chars().count();
        if column > 2 && column + len >= page_width {
            out.push_str("\n#:");
            column = 2;
        }
        out.push(' ');
        out.push_str(r);
        column += len + 1;
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    #[test]
    fn round_trip_simple() {
        let text = "# tc\nmsgid \"\"\nmsgstr \"\"\n\"Language: fa\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n#. ex\n#: a.md:1 b.md\n#, fuzzy, c-format\n#| msgid \"old\"\nmsgid \"new\"\nmsgstr \"nuevo\"\n\n#, fuzzy\n#~| msgid \"p\"\n#~ msgid \"gone\"\n#~ msgstr \"ido\"\n";
        let f = parse(text).unwrap();
        assert_eq!(write(&f), text);
    }
}
