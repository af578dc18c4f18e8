//! PO writer, laid out like GNU `msgcat`.

use super::wrap::write_string;
use super::{PoEntry, PoFile};

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
    let mut out = String::new();
    let mut first = true;
    if let Some(h) = &file.header {
        write_entry(&mut out, h, wrap);
        first = false;
    }
    for e in &file.entries {
        if !first {
            out.push('\n');
        }
        first = false;
        write_entry(&mut out, e, wrap);
    }
    out
}

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
    if !e.flags.is_empty() {
        out.push_str("#, ");
        // gettext writes `fuzzy` first.
        let mut flags: Vec<&str> = Vec::with_capacity(e.flags.len());
        if e.is_fuzzy() {
            flags.push("fuzzy");
        }
        flags.extend(e.flags.iter().map(String::as_str).filter(|f| *f != "fuzzy"));
        out.push_str(&flags.join(", "));
        out.push('\n');
    }
    let wrap = page.strings && !e.flags.iter().any(|f| f == "no-wrap");
    let (prev_prefix, prefix) = if e.obsolete {
        ("#~| ", "#~ ")
    } else {
        ("#| ", "")
    };
    if let Some(c) = &e.previous_msgctxt {
        write_string(out, prev_prefix, "msgctxt", c, page.width, wrap);
    }
    if let Some(p) = &e.previous_msgid {
        write_string(out, prev_prefix, "msgid", p, page.width, wrap);
    }
    if let Some(p) = &e.previous_msgid_plural {
        write_string(out, prev_prefix, "msgid_plural", p, page.width, wrap);
    }
    if let Some(c) = &e.msgctxt {
        write_string(out, prefix, "msgctxt", c, page.width, wrap);
    }
    write_string(out, prefix, "msgid", &e.msgid, page.width, wrap);
    if let Some(p) = &e.msgid_plural {
        write_string(out, prefix, "msgid_plural", p, page.width, wrap);
        for (i, s) in e.msgstr.iter().enumerate() {
            write_string(out, prefix, &format!("msgstr[{i}]"), s, page.width, wrap);
        }
    } else {
        let s = e.msgstr.first().map(String::as_str).unwrap_or("");
        write_string(out, prefix, "msgstr", s, page.width, wrap);
    }
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
