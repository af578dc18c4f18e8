//! Format directives of flagged entries, found as GNU gettext 0.21's format
//! parsers find them (`format-*.c`), so that the writer never breaks a line
//! inside one (`write-po.c`: a directive's bytes after its first are
//! "prohibited" break positions).
//!
//! A parser marks every directive it completes; at the first invalid one it
//! stops (gettext marks that one invalid, which protects nothing), so the
//! directives after an error are not protected either.

/// The format-string languages of gettext 0.21, in its order (`format.h`):
/// when an entry carries several flags, the first one here wins.
const LANGUAGES: [(&str, Language); 30] = [
    ("c", Language::C),
    ("objc", Language::ObjC),
    ("python", Language::Python),
    ("python-brace", Language::PythonBrace),
    ("java", Language::Java),
    ("java-printf", Language::Other),
    ("csharp", Language::CSharp),
    ("javascript", Language::JavaScript),
    ("scheme", Language::Other),
    ("lisp", Language::Other),
    ("elisp", Language::Other),
    ("librep", Language::Other),
    ("ruby", Language::Other),
    ("sh", Language::Other),
    ("awk", Language::Other),
    ("lua", Language::Other),
    ("object-pascal", Language::Other),
    ("smalltalk", Language::Other),
    ("qt", Language::Other),
    ("qt-plural", Language::Other),
    ("kde", Language::Other),
    ("kde-kuit", Language::Other),
    ("boost", Language::Other),
    ("tcl", Language::Other),
    ("perl", Language::Other),
    ("perl-brace", Language::Other),
    ("php", Language::Php),
    ("gcc-internal", Language::Other),
    ("gfc-internal", Language::Other),
    ("ycp", Language::Other),
];

/// A format-string language whose directives the writer keeps whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    C,
    ObjC,
    Python,
    PythonBrace,
    JavaScript,
    Php,
    CSharp,
    Java,
    /// A language gettext knows whose parser is not reproduced here: its
    /// strings are wrapped as unflagged ones.
    Other,
}

/// The language whose directives gettext protects in an entry with these
/// flags: the first (in gettext's order) flagged `X-format` or
/// `possible-X-format`.
pub fn language_of(flags: &[String]) -> Option<Language> {
    if !flags.iter().any(|f| f.ends_with("-format")) {
        return None;
    }
    let (said, _) = format_flags(flags);
    said.iter()
        .find(|(_, _, yes)| *yes)
        .map(|(_, language, _)| *language)
}

/// What an entry's flags say of each format language, in gettext's order:
/// `(name, language, yes)` for those mentioned (`no-X-format` is a no, the
/// last word wins, `impossible-X-format` unsays), and per flag whether it
/// was a format flag.
pub fn format_flags(flags: &[String]) -> (Vec<(&'static str, Language, bool)>, Vec<bool>) {
    let mut known = vec![false; flags.len()];
    let mut said = Vec::new();
    for (name, language) in LANGUAGES {
        let mut word = None;
        for (i, f) in flags.iter().enumerate() {
            let Some(stem) = f.strip_suffix("-format") else {
                continue;
            };
            let (yes, rest) = if let Some(r) = stem.strip_prefix("no-") {
                (Some(false), r)
            } else if let Some(r) = stem.strip_prefix("possible-") {
                (Some(true), r)
            } else if let Some(r) = stem.strip_prefix("impossible-") {
                (None, r)
            } else {
                (Some(true), stem)
            };
            if rest == name {
                word = yes;
                known[i] = true;
            }
        }
        if let Some(yes) = word {
            said.push((name, language, yes));
        }
    }
    (said, known)
}

/// Per byte of `s`: whether a line break before it would split a directive.
///
/// As `write-po.c` reads the parser's marks: from each directive start to
/// the first end or error mark after it, the bytes are one directive when
/// that mark is an end (and not an error).
pub fn unbreakable(language: Language, s: &str, translated: bool) -> Vec<bool> {
    let marks = marks(language, s.as_bytes(), translated);
    let mut inside = vec![false; s.len()];
    let mut p = 0;
    while p < marks.len() {
        if marks[p] & START != 0
            && let Some(q) = (p..marks.len()).find(|q| marks[*q] & (END | ERROR) != 0)
        {
            if marks[q] & ERROR == 0 {
                for b in &mut inside[p + 1..=q] {
                    *b = true;
                }
            }
            p = q;
        }
        p += 1;
    }
    inside
}

pub(super) const START: u8 = 1;
pub(super) const END: u8 = 2;
pub(super) const ERROR: u8 = 4;

/// The parser's marks (`FMTDIR_START`, `FMTDIR_END`, `FMTDIR_ERROR`) per
/// byte of `s`.
fn marks(language: Language, s: &[u8], translated: bool) -> Vec<u8> {
    let mut p = Parse {
        s,
        marks: vec![0; s.len()],
    };
    match language {
        Language::C => p.c(false, translated),
        Language::ObjC => p.c(true, translated),
        Language::Python => p.python(),
        Language::PythonBrace => p.python_brace(),
        Language::JavaScript => p.javascript(),
        Language::Php => p.php(),
        Language::CSharp => p.csharp(),
        Language::Java => p.java(),
        Language::Other => {}
    }
    p.marks
}

/// A parse over a string that reads as NUL-terminated, as gettext's do.
struct Parse<'a> {
    s: &'a [u8],
    marks: Vec<u8>,
}

mod braces;
mod java;

impl Parse<'_> {
    /// `FDI_SET`; gettext 0.21 may aim past the end (its python-brace
    /// parser), which marks nothing here.
    pub(super) fn mark(&mut self, at: usize, flag: u8) {
        if let Some(m) = self.marks.get_mut(at) {
            *m |= flag;
        }
    }

    /// A whole valid directive from `first` to `last`.
    pub(super) fn directive(&mut self, first: usize, last: usize) {
        self.mark(first, START);
        self.mark(last, END);
    }

    pub(super) fn at(&self, i: usize) -> u8 {
        self.s.get(i).copied().unwrap_or(0)
    }

    pub(super) fn digits(&self, mut i: usize) -> usize {
        while self.at(i).is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// `n$` at `i` (a nonzero argument number): the position after it;
    /// `Err` for `0$`; `Ok(None)` when there is none.
    fn argument_number(&self, i: usize) -> Result<Option<usize>, ()> {
        if !self.at(i).is_ascii_digit() {
            return Ok(None);
        }
        let end = self.digits(i);
        if self.at(end) != b'$' {
            return Ok(None);
        }
        if self.s[i..end].iter().all(|d| *d == b'0') {
            return Err(());
        }
        Ok(Some(end + 1))
    }

    /// C and Objective-C (`format-c-parse.h`, gettext 0.21).
    fn c(&mut self, objc: bool, translated: bool) {
        let mut numbered = false;
        let mut unnumbered = false;
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] != b'%' {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            let number = match self.argument_number(i) {
                Err(()) => return,
                Ok(Some(after)) => {
                    i = after;
                    true
                }
                Ok(None) => false,
            };
            while matches!(self.at(i), b' ' | b'+' | b'-' | b'#' | b'0' | b'\'')
                || (translated && self.at(i) == b'I')
            {
                i += 1;
            }
            // Width and precision: `*`, `*n$` or digits.
            for precision in [false, true] {
                if precision {
                    if self.at(i) != b'.' {
                        break;
                    }
                    i += 1;
                }
                if self.at(i) == b'*' {
                    i += 1;
                    let Ok(n) = self.argument_number(i) else {
                        return;
                    };
                    if let Some(after) = n {
                        i = after;
                    }
                    if !settle(&mut numbered, &mut unnumbered, n.is_some()) {
                        return;
                    }
                } else {
                    i = self.digits(i);
                }
            }
            let takes_argument = if self.at(i) == b'<' {
                let Some(after) = self.c99_macro(i + 1) else {
                    return;
                };
                i = after;
                true
            } else {
                let Some((after, takes)) = self.c_conversion(i, objc) else {
                    return;
                };
                i = after;
                takes
            };
            if takes_argument && !settle(&mut numbered, &mut unnumbered, number) {
                return;
            }
            self.directive(start, i);
            i += 1;
        }
    }

    /// Size and conversion of a C directive at `i`: the conversion's position
    /// and whether it takes an argument; `None` when invalid. gettext 0.21
    /// takes any run of size letters with any conversion (no `%b`, no `w8`).
    fn c_conversion(&self, mut i: usize, objc: bool) -> Option<(usize, bool)> {
        while b"hlLqjzZt".contains(&self.at(i)) && self.at(i) != 0 {
            i += 1;
        }
        let takes = match self.at(i) {
            b'%' | b'm' => false,
            b'@' if objc => true,
            c if c != 0 && b"cCsSiduoxXeEfFgGaApn".contains(&c) => true,
            _ => return None,
        };
        Some((i, takes))
    }

    /// `<PRI…>` after `%`: the position of the closing `>`.
    fn c99_macro(&self, i: usize) -> Option<usize> {
        let rest = &self.s[i.min(self.s.len())..];
        let body = rest.strip_prefix(b"PRI")?;
        let (kind, body) = body.split_first()?;
        if !b"diouxX".contains(kind) {
            return None;
        }
        let body = [&b"MAX"[..], b"PTR"]
            .iter()
            .find_map(|w| body.strip_prefix(*w))
            .or_else(|| {
                let body = body
                    .strip_prefix(b"LEAST")
                    .or_else(|| body.strip_prefix(b"FAST"))
                    .unwrap_or(body);
                [&b"8"[..], b"16", b"32", b"64"]
                    .iter()
                    .find_map(|w| body.strip_prefix(*w))
            })?;
        (body.first() == Some(&b'>')).then(|| self.s.len() - body.len())
    }

    /// Python `%` formats (`format-python.c`, gettext 0.21).
    fn python(&mut self) {
        let mut named = false;
        let mut unnamed = false;
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] != b'%' {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            let mut name = false;
            if self.at(i) == b'(' {
                let mut depth = 0;
                i += 1;
                while i < self.s.len() {
                    match self.s[i] {
                        b'(' => depth += 1,
                        b')' if depth == 0 => break,
                        b')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if i >= self.s.len() {
                    return;
                }
                i += 1;
                name = true;
            }
            while matches!(self.at(i), b'-' | b'+' | b' ' | b'#' | b'0') {
                i += 1;
            }
            for precision in [false, true] {
                if precision {
                    if self.at(i) != b'.' {
                        break;
                    }
                    i += 1;
                }
                if self.at(i) == b'*' {
                    i += 1;
                    if named {
                        return;
                    }
                    unnamed = true;
                } else {
                    i = self.digits(i);
                }
            }
            if matches!(self.at(i), b'h' | b'l' | b'L') {
                i += 1;
            }
            if !b"%csriduoxXeEfgG".contains(&self.at(i)) {
                return;
            }
            if name {
                if unnamed {
                    return;
                }
                named = true;
            } else if self.at(i) != b'%' {
                if named {
                    return;
                }
                unnamed = true;
            }
            self.directive(start, i);
            i += 1;
        }
    }

    /// JavaScript (`format-javascript.c`, gettext 0.21).
    fn javascript(&mut self) {
        let mut numbered = false;
        let mut unnumbered = false;
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] != b'%' {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            let number = match self.argument_number(i) {
                Err(()) => return,
                Ok(Some(after)) => {
                    i = after;
                    true
                }
                Ok(None) => false,
            };
            while matches!(self.at(i), b'-' | b'+' | b' ' | b'0' | b'I') {
                i += 1;
            }
            i = self.digits(i);
            if self.at(i) == b'.' {
                i = self.digits(i + 1);
            }
            let takes = match self.at(i) {
                b'%' => false,
                c if c != 0 && b"csbdoxXfj".contains(&c) => true,
                _ => return,
            };
            if takes && !settle(&mut numbered, &mut unnumbered, number) {
                return;
            }
            self.directive(start, i);
            i += 1;
        }
    }

    /// PHP (`format-php.c`, gettext 0.21): `'x` pads with `x`, numbered and
    /// unnumbered arguments may mix.
    fn php(&mut self) {
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] != b'%' {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            if self.at(i) != b'%' {
                match self.argument_number(i) {
                    Err(()) => return,
                    Ok(Some(after)) => i = after,
                    Ok(None) => {}
                }
                loop {
                    match self.at(i) {
                        b'0' | b'-' | b' ' => i += 1,
                        b'\'' if self.at(i + 1) == 0 => return,
                        b'\'' => i += 2,
                        _ => break,
                    }
                }
                i = self.digits(i);
                if self.at(i) == b'.' {
                    if !self.at(i + 1).is_ascii_digit() {
                        return;
                    }
                    i = self.digits(i + 1);
                }
                if self.at(i) == b'l' {
                    i += 1;
                }
                if !(self.at(i) != 0 && b"bduoxXefcs".contains(&self.at(i))) {
                    return;
                }
            }
            self.directive(start, i);
            i += 1;
        }
    }

    pub(super) fn identifier(&self, i: usize) -> Option<usize> {
        let c = self.at(i);
        if !(c.is_ascii_alphabetic() || c == b'_') {
            return None;
        }
        let mut j = i + 1;
        while self.at(j).is_ascii_alphanumeric() || self.at(j) == b'_' {
            j += 1;
        }
        Some(j)
    }

    pub(super) fn number(&self, i: usize) -> Option<usize> {
        self.at(i).is_ascii_digit().then(|| self.digits(i))
    }
}

/// Records a directive's argument kind; false when numbered and unnumbered
/// arguments mix (gettext stops there).
fn settle(numbered: &mut bool, unnumbered: &mut bool, is_numbered: bool) -> bool {
    if is_numbered {
        *numbered = true;
        !*unnumbered
    } else {
        *unnumbered = true;
        !*numbered
    }
}
