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
    write_laid(file, wrap, None)
}

/// As `msgcat -w`: 0 means no limit, and no page is narrower than 20.
fn page(wrap: Wrap) -> Wrap {
    let width = match wrap.width {
        0 => i32::MAX as usize,
        w => w.max(20),
    };
    Wrap { width, ..wrap }
}

/// `msgid` strings laid out once for several files that hold them (every
/// language's catalog holds the template's msgids): as [`write_laid`] writes
/// them for a live entry with no format language, by text.
pub struct Laid<'a> {
    wrap: Wrap,
    lines: rustc_hash::FxHashMap<&'a str, String>,
}

impl<'a> Laid<'a> {
    pub fn new(texts: impl ParallelIterator<Item = &'a str>, wrap: Wrap) -> Laid<'a> {
        let wrap = page(wrap);
        let layout = Layout {
            width: wrap.width,
            wrap: wrap.strings,
            format: None,
        };
        let laid: Vec<(&str, String)> = texts
            .map(|text| {
                let mut s = String::new();
                write_string(&mut s, "", "msgid", text, layout);
                (text, s)
            })
            .collect();
        Laid {
            wrap,
            lines: laid.into_iter().collect(),
        }
    }
}

/// [`write_with`], taking the `msgid` lines `laid` holds instead of laying
/// them out again.
pub fn write_laid(file: &PoFile, wrap: Wrap, laid: Option<&Laid>) -> String {
    write_each(file.header.as_ref(), file.entries.par_iter(), wrap, laid)
}

/// [`write_laid`] of the entries `entries` gives, in order: each is made
/// when its chunk is written (a catalog's messages become PO entries a
/// chunk at a time, never all at once).
pub fn write_each<E: std::borrow::Borrow<PoEntry> + Send>(
    header: Option<&PoEntry>,
    entries: impl IndexedParallelIterator<Item = E>,
    wrap: Wrap,
    laid: Option<&Laid>,
) -> String {
    let wrap = page(wrap);
    // Laid out for another page, it does not apply.
    let laid = laid.filter(|l| l.wrap == wrap);
    let mut out = String::new();
    if let Some(h) = header {
        write_entry(&mut out, h, wrap, None);
    }
    // Entries are written independently, a chunk per task; a blank line
    // comes before every entry but a first one.
    let lead = header.is_none();
    let chunks: Vec<String> = entries
        .chunks(CHUNK)
        .enumerate()
        .map(|(c, entries)| {
            let mut s = String::with_capacity(entries.len() * 256);
            for (i, e) in entries.iter().enumerate() {
                if !(lead && c == 0 && i == 0) {
                    s.push('\n');
                }
                write_entry(&mut s, e.borrow(), wrap, laid);
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

fn write_entry(out: &mut String, e: &PoEntry, page: Wrap, laid: Option<&Laid>) {
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
    let known = laid
        .filter(|l| prefix.is_empty() && layout.format.is_none() && layout.wrap == l.wrap.strings)
        .and_then(|l| l.lines.get(e.msgid.as_str()));
    match known {
        Some(lines) => out.push_str(lines),
        None => write_string(out, prefix, "msgid", &e.msgid, layout),
    }
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

    #[test]
    fn laid_out_msgids_are_written_as_they_would_be() {
        let long = "A paragraph long enough to wrap, with 10% of its words, a %s and {name}, \
                    and then some more words so that it takes three lines at width twenty.";
        let text = format!(
            "msgid \"{long}\"\nmsgstr \"\"\n\n#, c-format\nmsgid \"{long} (c)\"\nmsgstr \"\"\n\n\
             #, no-wrap\nmsgid \"{long} (n)\"\nmsgstr \"\"\n\n#, python-format\nmsgid \"{long}!\"\nmsgstr \"\"\n\n\
             #~ msgid \"{long}?\"\n#~ msgstr \"x\"\n"
        );
        let f = parse(&text).unwrap();
        let texts: Vec<String> = f.entries.iter().map(|e| e.msgid.clone()).collect();
        for width in [20, 79, 0] {
            let wrap = Wrap {
                width,
                strings: true,
            };
            let laid = Laid::new(texts.par_iter().map(String::as_str), wrap);
            assert_eq!(write_laid(&f, wrap, Some(&laid)), write_with(&f, wrap));
            // Laid out for another width, it is not used.
            let other = Wrap { width: 33, ..wrap };
            assert_eq!(write_laid(&f, other, Some(&laid)), write_with(&f, other));
        }
        // It is used: a wrong layout shows.
        let wrap = Wrap::default();
        let mut laid = Laid::new(texts.par_iter().map(String::as_str), wrap);
        laid.lines
            .insert(texts[0].as_str(), "msgid \"mark\"\n".into());
        assert!(write_laid(&f, wrap, Some(&laid)).contains("mark"));
    }
}
