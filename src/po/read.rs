//! PO reader. Line-oriented, never panics, reports `line:column` on errors.

use super::{PoEntry, PoError, PoFile, push_string};
use crate::ui::Msg;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Ctxt,
    Id,
    IdPlural,
    Str(usize),
    PrevCtxt,
    PrevId,
    PrevIdPlural,
}

struct Reader {
    file: PoFile,
    cur: PoEntry,
    /// Something (comment or keyword) was seen for `cur`.
    started: bool,
    /// A `msgid` was seen for `cur`.
    has_msgid: bool,
    /// A `msgstr` was seen for `cur`.
    has_msgstr: bool,
    field: Option<Field>,
    /// Whether the keyword lines of `cur` were `#~` lines (None: none seen yet).
    obsolete: Option<bool>,
    cur_line: usize,
}

fn err(line: usize, column: usize, message: Msg) -> PoError {
    PoError {
        line,
        column,
        message,
    }
}

/// Parses PO text. A leading BOM and CRLF line endings are accepted. Large
/// catalogs are read in pieces on several threads ([`super::chunks`]).
pub fn parse(text: &str) -> Result<PoFile, PoError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(file) = super::chunks::parse_parallel(text) {
        return Ok(file);
    }
    let (file, _) = parse_piece(text, 0)?;
    super::across::validate(&file)?;
    Ok(file)
}

/// Reads `text`, whose first line is line `before + 1` of its file, into the
/// entries it holds; the flag tells whether its last entry was complete (a
/// `msgstr` read, or nothing pending), so that text after it starts afresh.
pub(super) fn parse_piece(text: &str, before: usize) -> Result<(PoFile, bool), PoError> {
    // Room for every entry at once: a catalog of 26,000 entries grown by
    // doubling is copied into fresh memory a dozen times. At most four times
    // the text's size (a short untranslated entry takes ~100 bytes of text
    // and 216 of memory): a catalog is untrusted, and lines that only look
    // like entries reserve no more than that.
    let mut file = PoFile::default();
    let most = 4 * text.len() / std::mem::size_of::<super::PoEntry>();
    // Every entry, live or obsolete, has one `msgid ` keyword; previous
    // msgids (`#| msgid `) make this an overcount, which `most` bounds.
    let entries = memchr::memmem::find_iter(text.as_bytes(), b"msgid ").count();
    file.entries.reserve(entries.min(most));
    let mut r = Reader {
        file,
        cur: PoEntry::default(),
        started: false,
        has_msgid: false,
        has_msgstr: false,
        field: None,
        obsolete: None,
        cur_line: 0,
    };
    let mut lines = 0;
    for (idx, raw) in text.split('\n').enumerate() {
        // CR before LF (CRLF files), or stray CRs: never meaningful at a line end.
        let line = raw.trim_end_matches('\r');
        r.line(line, before + idx + 1)?;
        lines = idx + 1;
    }
    let complete = !r.started || r.has_msgstr;
    r.finish_entry(before + lines)?;
    Ok((r.file, complete))
}

impl Reader {
    fn finish_entry(&mut self, lineno: usize) -> Result<(), PoError> {
        if !self.started {
            return Ok(());
        }
        if !self.has_msgid {
            // Comments with no message after them (e.g. trailing comments): gettext
            // drops them too, but obsolete-only comment blocks are legal.
            if self.cur.previous_msgid.is_some() || self.cur.msgctxt.is_some() {
                return Err(err(lineno, 1, Msg::new("po-no-msgid")));
            }
            self.reset();
            return Ok(());
        }
        if !self.has_msgstr {
            return Err(err(self.cur_line, 1, Msg::new("po-no-msgstr")));
        }
        let mut e = std::mem::take(&mut self.cur);
        e.obsolete = self.obsolete.unwrap_or(false);
        if e.msgid_plural.is_some() && e.msgstr.is_empty() {
            return Err(err(e.line, 1, Msg::new("po-plural-no-msgstr0")));
        }
        if e.msgid.is_empty() && e.msgctxt.is_none() && !e.obsolete {
            if self.file.header.is_some() || !self.file.entries.is_empty() {
                return Err(err(e.line, 1, Msg::new("po-duplicate-header")));
            }
            self.file.header = Some(e);
        } else {
            self.file.entries.push(e);
        }
        self.reset();
        Ok(())
    }

    fn reset(&mut self) {
        self.cur = PoEntry::default();
        self.started = false;
        self.has_msgid = false;
        self.has_msgstr = false;
        self.field = None;
        self.obsolete = None;
    }

    fn line(&mut self, line: &str, lineno: usize) -> Result<(), PoError> {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.is_empty() {
            return Ok(());
        }
        if let Some(rest) = trimmed.strip_prefix("#~") {
            // Obsolete entry line: `#~ msgid ...`, `#~| msgid ...`, `#~ "..."`.
            let (prev, rest) = match rest.strip_prefix('|') {
                Some(r) => (true, r),
                None => (false, rest),
            };
            let body = rest.trim_start();
            let col = indent + line[indent..].len() - body.len() + 1;
            if body.is_empty() {
                return Ok(());
            }
            return self.keyword_line(body, lineno, col, true, prev);
        }
        if let Some(rest) = trimmed.strip_prefix('#') {
            if self.has_msgstr {
                self.finish_entry(lineno)?;
            }
            self.start(lineno);
            let mut chars = rest.chars();
            match chars.next() {
                Some('.') => push_string(
                    &mut self.cur.extracted_comments,
                    strip_one_space(&rest[1..]).to_string(),
                ),
                Some(':') => {
                    for r in rest[1..].split_whitespace() {
                        push_string(&mut self.cur.references, r.to_string());
                    }
                }
                Some(',') => {
                    for f in rest[1..].split(',') {
                        let f = f.trim();
                        if !f.is_empty() && !self.cur.flags.iter().any(|x| x == f) {
                            push_string(&mut self.cur.flags, f.to_string());
                        }
                    }
                }
                Some('|') => {
                    let body = rest[1..].trim_start();
                    let col = indent + line[indent..].len() - body.len() + 1;
                    if !body.is_empty() {
                        return self.keyword_line(body, lineno, col, false, true);
                    }
                }
                _ => push_string(
                    &mut self.cur.translator_comments,
                    strip_one_space(rest).to_string(),
                ),
            }
            return Ok(());
        }
        self.keyword_line(trimmed, lineno, indent + 1, false, false)
    }

    fn start(&mut self, lineno: usize) {
        if !self.started {
            self.started = true;
            self.cur_line = lineno;
        }
    }

    fn keyword_line(
        &mut self,
        body: &str,
        lineno: usize,
        col: usize,
        obsolete: bool,
        previous: bool,
    ) -> Result<(), PoError> {
        if body.starts_with('"') {
            let field = self
                .field
                .ok_or_else(|| err(lineno, col, Msg::new("po-string-without-keyword")))?;
            let is_prev = matches!(field, Field::PrevCtxt | Field::PrevId | Field::PrevIdPlural);
            if is_prev != previous {
                return Err(err(lineno, col, Msg::new("po-string-continues-other")));
            }
            let s = parse_string(body, lineno, col)?;
            self.append(field, &s);
            return Ok(());
        }
        let (kw, rest) = match body.find([' ', '\t', '"']) {
            Some(i) => (&body[..i], &body[i..]),
            None => (body, ""),
        };
        let rest_trim = rest.trim_start();
        let str_col = col + body.len() - rest_trim.len();
        let field = keyword(kw, previous, lineno, col)?;
        if !rest_trim.starts_with('"') {
            return Err(err(
                lineno,
                str_col,
                Msg::new("po-keyword-needs-string").arg("keyword", kw),
            ));
        }
        let value = parse_string(rest_trim, lineno, str_col)?;

        // Does this keyword begin a new entry?
        let begins_new = match field {
            Field::Ctxt | Field::Id | Field::PrevCtxt | Field::PrevId => {
                self.has_msgstr
                    || (field == Field::Ctxt && (self.has_msgid || self.cur.msgctxt.is_some()))
                    || (field == Field::Id && self.has_msgid)
            }
            _ => false,
        };
        if begins_new {
            self.finish_entry(lineno)?;
        }
        self.start(lineno);
        if !previous {
            match self.obsolete {
                None => self.obsolete = Some(obsolete),
                Some(o) if o != obsolete => {
                    return Err(err(lineno, col, Msg::new("po-mixed-obsolete")));
                }
                _ => {}
            }
        }
        self.store(field, kw, value, lineno, col)?;
        self.field = Some(field);
        Ok(())
    }

    /// Stores the string of a keyword line in the entry being read.
    fn store(
        &mut self,
        field: Field,
        kw: &str,
        value: String,
        lineno: usize,
        col: usize,
    ) -> Result<(), PoError> {
        match field {
            Field::Ctxt => {
                if self.cur.msgctxt.is_some() {
                    return Err(err(lineno, col, Msg::new("po-duplicate-msgctxt")));
                }
                self.cur.msgctxt = Some(value);
            }
            Field::Id => {
                self.has_msgid = true;
                self.cur.msgid = value;
                self.cur.line = lineno;
                self.cur_line = lineno;
            }
            Field::IdPlural => {
                if !self.has_msgid || self.has_msgstr {
                    return Err(err(lineno, col, Msg::new("po-plural-after-msgid")));
                }
                self.cur.msgid_plural = Some(value);
            }
            Field::Str(n) => {
                if !self.has_msgid {
                    return Err(err(lineno, col, Msg::new("po-msgstr-without-msgid")));
                }
                let plural = self.cur.msgid_plural.is_some();
                let indexed = kw != "msgstr";
                if plural && !indexed {
                    return Err(err(lineno, col, Msg::new("po-plural-needs-index")));
                }
                if !plural && indexed {
                    return Err(err(lineno, col, Msg::new("po-index-without-plural")));
                }
                if n != self.cur.msgstr.len() {
                    return Err(err(
                        lineno,
                        col,
                        Msg::new("po-expected-index")
                            .arg("index", self.cur.msgstr.len())
                            .arg("found", kw),
                    ));
                }
                self.has_msgstr = true;
                self.cur.msgstr.push(value);
            }
            Field::PrevCtxt => self.cur.previous_msgctxt = Some(value),
            Field::PrevId => self.cur.previous_msgid = Some(value),
            Field::PrevIdPlural => self.cur.previous_msgid_plural = Some(value),
        }
        Ok(())
    }

    fn append(&mut self, field: Field, s: &str) {
        let target = match field {
            Field::Ctxt => self.cur.msgctxt.get_or_insert_with(String::new),
            Field::Id => &mut self.cur.msgid,
            Field::IdPlural => self.cur.msgid_plural.get_or_insert_with(String::new),
            Field::Str(_) => self.cur.msgstr.last_mut().expect("msgstr exists"),
            Field::PrevCtxt => self.cur.previous_msgctxt.get_or_insert_with(String::new),
            Field::PrevId => self.cur.previous_msgid.get_or_insert_with(String::new),
            Field::PrevIdPlural => self
                .cur
                .previous_msgid_plural
                .get_or_insert_with(String::new),
        };
        target.push_str(s);
    }
}

fn strip_one_space(s: &str) -> &str {
    s.strip_prefix(' ').unwrap_or(s)
}

/// Parses one quoted C string at the start of `s` (which starts with `"`), with
/// nothing but whitespace after the closing quote.
fn parse_string(s: &str, lineno: usize, col: usize) -> Result<String, PoError> {
    let mut out = String::new();
    let mut chars = s.char_indices().skip(1).peekable();
    loop {
        let Some((i, c)) = chars.next() else {
            return Err(err(lineno, col, Msg::new("po-unterminated")));
        };
        match c {
            '"' => {
                let rest = &s[i + 1..];
                if !rest.trim().is_empty() {
                    return Err(err(
                        lineno,
                        col + s[..i + 1].chars().count(),
                        Msg::new("po-text-after-quote"),
                    ));
                }
                return Ok(out);
            }
            '\\' => {
                let Some((j, e)) = chars.next() else {
                    return Err(err(
                        lineno,
                        col + s[..i].chars().count(),
                        Msg::new("po-unterminated"),
                    ));
                };
                let at = col + s[..i].chars().count();
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'a' => out.push('\u{7}'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'v' => out.push('\u{b}'),
                    '\\' => out.push('\\'),
                    '"' => out.push('"'),
                    '0'..='7' => {
                        let mut v = e.to_digit(8).unwrap_or(0);
                        for _ in 0..2 {
                            match chars.peek() {
                                Some((_, d)) if d.is_digit(8) => {
                                    v = v * 8 + d.to_digit(8).unwrap_or(0);
                                    chars.next();
                                }
                                _ => break,
                            }
                        }
                        push_byte(&mut out, v, lineno, at)?;
                    }
                    'x' => {
                        let mut v = 0u32;
                        let mut n = 0;
                        while let Some((_, d)) = chars.peek() {
                            if let Some(x) = d.to_digit(16) {
                                v = v.saturating_mul(16).saturating_add(x);
                                n += 1;
                                chars.next();
                            } else {
                                break;
                            }
                        }
                        if n == 0 {
                            return Err(err(lineno, at, Msg::new("po-hex-without-digits")));
                        }
                        push_byte(&mut out, v, lineno, at)?;
                    }
                    other => {
                        let _ = j;
                        return Err(err(
                            lineno,
                            at,
                            Msg::new("po-invalid-escape").arg("escape", other),
                        ));
                    }
                }
            }
            c => out.push(c),
        }
    }
}

fn push_byte(out: &mut String, v: u32, lineno: usize, col: usize) -> Result<(), PoError> {
    if v < 0x80 {
        out.push(char::from(v as u8));
        Ok(())
    } else {
        Err(err(lineno, col, Msg::new("po-non-ascii-escape")))
    }
}

/// The field a keyword (`msgid`, `msgstr[1]`, `#| msgctxt`…) sets.
fn keyword(kw: &str, previous: bool, lineno: usize, col: usize) -> Result<Field, PoError> {
    Ok(match (kw, previous) {
        ("msgctxt", false) => Field::Ctxt,
        ("msgid", false) => Field::Id,
        ("msgid_plural", false) => Field::IdPlural,
        ("msgstr", false) => Field::Str(0),
        ("msgctxt", true) => Field::PrevCtxt,
        ("msgid", true) => Field::PrevId,
        ("msgid_plural", true) => Field::PrevIdPlural,
        (k, false) if k.starts_with("msgstr[") && k.ends_with(']') => {
            let n: usize = k[7..k.len() - 1].parse().map_err(|_| {
                err(
                    lineno,
                    col,
                    Msg::new("po-bad-plural-index").arg("keyword", k),
                )
            })?;
            if n > 100 {
                return Err(err(lineno, col, Msg::new("po-plural-index-too-large")));
            }
            Field::Str(n)
        }
        _ => {
            let shown: String = kw.chars().take(40).collect();
            return Err(err(
                lineno,
                col,
                Msg::new("po-unknown-keyword").arg("keyword", shown),
            ));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_everything() {
        let text = "# tc\n#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n\"Language: fa\\n\"\n\n#. ex\n#: a.md:1 b.md\n#, fuzzy, c-format\n#| msgctxt \"pc\"\n#| msgid \"old\"\n#| \"er\"\nmsgctxt \"c\"\nmsgid \"new\"\nmsgstr \"\"\n\"nuevo\"\n\nmsgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"uno\"\nmsgstr[1] \"muchos\"\n\n#~| msgid \"p\"\n#~ msgid \"gone\"\n#~ msgstr \"ido\"\n";
        let f = parse(text).unwrap();
        let h = f.header.unwrap();
        assert_eq!(h.translator_comments, vec!["tc"]);
        assert!(h.is_fuzzy());
        assert_eq!(h.msgstr, vec!["Language: fa\n"]);
        assert_eq!(f.entries.len(), 3);
        let e = &f.entries[0];
        assert_eq!(e.extracted_comments, vec!["ex"]);
        assert_eq!(e.references, vec!["a.md:1", "b.md"]);
        assert_eq!(e.flags, vec!["fuzzy", "c-format"]);
        assert_eq!(e.previous_msgctxt.as_deref(), Some("pc"));
        assert_eq!(e.previous_msgid.as_deref(), Some("older"));
        assert_eq!(e.msgctxt.as_deref(), Some("c"));
        assert_eq!(e.msgstr, vec!["nuevo"]);
        assert_eq!(e.line, 14);
        assert_eq!(f.entries[1].msgstr, vec!["uno", "muchos"]);
        let o = &f.entries[2];
        assert!(o.obsolete);
        assert_eq!(o.previous_msgid.as_deref(), Some("p"));
        assert_eq!(o.msgstr, vec!["ido"]);
    }

    #[test]
    fn errors_have_positions() {
        let e = parse("msgid \"a\"\nmsgstr \"b\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8));
        let e = parse("msgid \"a\"\nmsgstr \"\\q\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 9));
        assert!(e.message.english().contains("invalid escape"));
        let e = parse("msgid \"a\"\n").unwrap_err();
        assert!(e.message.english().contains("without msgstr"), "{e}");
        let e = parse("msgid \"a\"\nmsgstr[1] \"b\"\n").unwrap_err();
        assert!(e.message.english().contains("without msgid_plural"), "{e}");
        let e = parse("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[1] \"b\"\n").unwrap_err();
        assert!(e.message.english().contains("expected msgstr[0]"), "{e}");
        let e = parse("bogus \"a\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 1));
    }

    #[test]
    fn duplicates_and_plural_counts() {
        let e = parse("msgid \"a\"\nmsgstr \"x\"\n\nmsgid \"a\"\nmsgstr \"y\"\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(
            e.message
                .english()
                .contains("duplicate message definition (first defined at line 1)")
        );
        // The first repeat in file order is reported, with its first occurrence.
        let e = parse("msgid \"b\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"\"\n\nmsgid \"b\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"\"\n").unwrap_err();
        assert_eq!(e.line, 7);
        assert!(
            e.message.english().contains("(first defined at line 4)"),
            "{e}"
        );
        let e = parse("msgid \"b\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"\"\n\nmsgid \"b\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"\"\n").unwrap_err();
        assert_eq!(e.line, 7);
        assert!(
            e.message.english().contains("(first defined at line 1)"),
            "{e}"
        );
        // Same msgid with different contexts, or once live and once obsolete: fine.
        assert!(parse("msgctxt \"c\"\nmsgid \"a\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"\"\n\n#~ msgid \"a\"\n#~ msgstr \"z\"\n").is_ok());
        let header = "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";
        let three = parse(&format!("{header}msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"x\"\nmsgstr[1] \"y\"\nmsgstr[2] \"z\"\n")).unwrap();
        assert_eq!(three.entries[0].msgstr.len(), 3, "read as msgcat reads it");
        assert_eq!(
            super::super::nplurals(&three.header.unwrap().msgstr[0]),
            Some(2)
        );
        assert!(
            parse(&format!(
                "{header}msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"x\"\nmsgstr[1] \"y\"\n"
            ))
            .is_ok()
        );
    }

    #[test]
    fn stray_carriage_returns_end_lines() {
        // Found by fuzzing: CRs at a line end are line-end noise, so writing is stable.
        let f = parse("# note\r\r\r\nmsgid \"a\"\r\nmsgstr \"b\"\r\r\n").unwrap();
        assert_eq!(f.entries[0].translator_comments, vec!["note"]);
        let w = super::super::write(&f);
        assert_eq!(super::super::write(&parse(&w).unwrap()), w);
    }

    #[test]
    fn crlf_and_bom() {
        let f = parse("\u{feff}msgid \"a\"\r\nmsgstr \"b\"\r\n").unwrap();
        assert_eq!(f.entries[0].msgstr, vec!["b"]);
    }

    #[test]
    fn no_panic_on_garbage() {
        for s in [
            "\"",
            "#~",
            "#|",
            "msgstr",
            "msgid \"\\",
            "msgid \"a\" x",
            "msgstr[",
            "msgstr[99999999999999999999] \"\"",
            "#~ \"x\"",
            "msgid \"\\x\"",
        ] {
            let _ = parse(s);
        }
    }
}
