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
    ("java-printf", Language::JavaPrintf),
    ("csharp", Language::CSharp),
    ("javascript", Language::JavaScript),
    ("scheme", Language::Scheme),
    ("lisp", Language::Lisp),
    ("elisp", Language::Elisp),
    ("librep", Language::Librep),
    ("ruby", Language::Ruby),
    ("sh", Language::Sh),
    ("awk", Language::Awk),
    ("lua", Language::Lua),
    ("object-pascal", Language::Pascal),
    ("smalltalk", Language::Smalltalk),
    ("qt", Language::Qt),
    ("qt-plural", Language::QtPlural),
    ("kde", Language::Kde),
    ("kde-kuit", Language::Kde),
    ("boost", Language::Boost),
    ("tcl", Language::Tcl),
    ("perl", Language::Perl),
    ("perl-brace", Language::PerlBrace),
    ("php", Language::Php),
    ("gcc-internal", Language::GccInternal),
    ("gfc-internal", Language::GfcInternal),
    ("ycp", Language::Smalltalk),
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
    JavaPrintf,
    Ruby,
    Boost,
    GccInternal,
    GfcInternal,
    Awk,
    Lua,
    Elisp,
    Librep,
    Perl,
    PerlBrace,
    Tcl,
    Pascal,
    Qt,
    QtPlural,
    /// KDE, and KDE's KUIT markup (whose directives are KDE's).
    Kde,
    /// Smalltalk, and YCP (one parser in gettext).
    Smalltalk,
    Sh,
    /// Common Lisp's `~` directives.
    Lisp,
    /// Scheme's (Guile's) `~` directives.
    Scheme,
}

/// What an entry's flags say of the format languages, read once.
pub struct FormatFlags {
    /// `(name, language, yes)` in gettext's order for the languages the
    /// flags mention (`no-X-format` is a no, the last word wins,
    /// `impossible-X-format` unsays).
    pub said: Vec<(&'static str, Language, bool)>,
    /// Per flag: whether it was a format flag.
    pub known: Vec<bool>,
}

impl FormatFlags {
    pub fn of(flags: &[String]) -> FormatFlags {
        // Per language of `LANGUAGES`: unsaid, unsaid again, or yes/no.
        let mut word: [Option<Option<bool>>; LANGUAGES.len()] = [None; LANGUAGES.len()];
        let mut known = vec![false; flags.len()];
        for (i, f) in flags.iter().enumerate() {
            let Some(stem) = f.strip_suffix("-format") else {
                continue;
            };
            let (yes, name) = if let Some(r) = stem.strip_prefix("no-") {
                (Some(false), r)
            } else if let Some(r) = stem.strip_prefix("possible-") {
                (Some(true), r)
            } else if let Some(r) = stem.strip_prefix("impossible-") {
                (None, r)
            } else {
                (Some(true), stem)
            };
            if let Some(k) = LANGUAGES.iter().position(|(n, _)| *n == name) {
                word[k] = Some(yes);
                known[i] = true;
            }
        }
        let said = LANGUAGES
            .iter()
            .zip(word)
            .filter_map(|((name, language), w)| w.flatten().map(|yes| (*name, *language, yes)))
            .collect();
        FormatFlags { said, known }
    }

    /// The language whose directives gettext protects: the first (in
    /// gettext's order) flagged `X-format` or `possible-X-format`.
    pub fn protected(&self) -> Option<Language> {
        self.said
            .iter()
            .find(|(_, _, yes)| *yes)
            .map(|(_, language, _)| *language)
    }
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
        Language::JavaPrintf => p.java_printf(),
        Language::Ruby => p.ruby(),
        Language::Boost => p.boost(),
        Language::GccInternal => p.gcc_internal(),
        Language::GfcInternal => p.gfc_internal(),
        Language::Awk => p.awk(),
        Language::Lua => p.lua(),
        Language::Elisp => p.elisp(false),
        Language::Librep => p.elisp(true),
        Language::Perl => p.perl(),
        Language::PerlBrace => p.perl_brace(),
        Language::Tcl => p.tcl(),
        Language::Pascal => p.pascal(),
        Language::Qt => p.qt(false),
        Language::QtPlural => p.qt(true),
        Language::Kde => p.kde(),
        Language::Smalltalk => p.smalltalk(),
        Language::Sh => p.sh(),
        Language::Lisp => p.lisp(lisp::Dialect::Lisp),
        Language::Scheme => p.lisp(lisp::Dialect::Scheme),
    }
    p.marks
}

/// A parse over a string that reads as NUL-terminated, as gettext's do.
struct Parse<'a> {
    s: &'a [u8],
    marks: Vec<u8>,
}

mod boost;
mod braces;
mod gcc;
mod java;
mod lisp;
mod others;
mod ruby;

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

    /// A nonzero digit at `i`.
    pub(super) fn nonzero_digit(&self, i: usize) -> bool {
        matches!(self.at(i), b'1'..=b'9')
    }

    /// Skips any of `flags` from `i`.
    pub(super) fn flags(&self, mut i: usize, flags: &[u8]) -> usize {
        while self.at(i) != 0 && flags.contains(&self.at(i)) {
            i += 1;
        }
        i
    }

    /// Whether `c` (not NUL) is one of `set`.
    pub(super) fn one_of(c: u8, set: &[u8]) -> bool {
        c != 0 && set.contains(&c)
    }

    /// `n$` at `*i`: `n` (0 when there is none, `*i` unchanged); None for
    /// `0$`.
    pub(super) fn dollar_number(&self, i: &mut usize) -> Option<usize> {
        let end = self.digits(*i);
        if end == *i || self.at(end) != b'$' {
            return Some(0);
        }
        let text = std::str::from_utf8(&self.s[*i..end]).ok()?;
        let n = text.parse::<usize>().unwrap_or(usize::MAX);
        *i = end + 1;
        (n > 0).then_some(n)
    }

    pub(super) fn digits(&self, mut i: usize) -> usize {
        while self.at(i).is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// gettext's `%` loop: at each `%`, `body` reads a directive from the
    /// byte after it and gives its last byte (marked as a whole directive),
    /// or `None` for an invalid one, which ends the parse as it ends
    /// gettext's.
    fn percent_directives(&mut self, mut body: impl FnMut(&Self, usize) -> Option<usize>) {
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] != b'%' {
                i += 1;
                continue;
            }
            let Some(last) = body(self, i + 1) else {
                return;
            };
            self.directive(i, last);
            i = last + 1;
        }
    }

    /// A width, then `.` and a precision: each `*` (`star` reads what
    /// follows it: where that ends, None when invalid) or digits.
    fn width_precision(
        &self,
        mut i: usize,
        mut star: impl FnMut(&Self, usize) -> Option<usize>,
    ) -> Option<usize> {
        for precision in [false, true] {
            if precision {
                if self.at(i) != b'.' {
                    break;
                }
                i += 1;
            }
            i = if self.at(i) == b'*' {
                star(self, i + 1)?
            } else {
                self.digits(i)
            };
        }
        Some(i)
    }

    /// After a `*` at `i`: an optional `n$`, its argument recorded in
    /// `kinds`; where it ends.
    fn star_argument(&self, mut i: usize, kinds: &mut Kinds) -> Option<usize> {
        let numbered = self.argument_number(&mut i)?;
        kinds.settle(numbered)?;
        Some(i)
    }

    /// `n$` at `*i` (a nonzero argument number): whether there is one
    /// (`*i` then after it); `None` for `0$`, an invalid directive.
    fn argument_number(&self, i: &mut usize) -> Option<bool> {
        self.dollar_number(i).map(|n| n > 0)
    }

    /// C and Objective-C (`format-c-parse.h`, gettext 0.21).
    fn c(&mut self, objc: bool, translated: bool) {
        let mut kinds = Kinds::default();
        self.percent_directives(|p, i| p.c_directive(i, objc, translated, &mut kinds));
    }

    fn c_directive(
        &self,
        mut i: usize,
        objc: bool,
        translated: bool,
        kinds: &mut Kinds,
    ) -> Option<usize> {
        let number = self.argument_number(&mut i)?;
        while matches!(self.at(i), b' ' | b'+' | b'-' | b'#' | b'0' | b'\'')
            || (translated && self.at(i) == b'I')
        {
            i += 1;
        }
        // Width and precision: `*`, `*n$` or digits.
        i = self.width_precision(i, |p, j| p.star_argument(j, kinds))?;
        let takes_argument = if self.at(i) == b'<' {
            i = self.c99_macro(i + 1)?;
            true
        } else {
            let (after, takes) = self.c_conversion(i, objc)?;
            i = after;
            takes
        };
        if takes_argument {
            kinds.settle(number)?;
        }
        Some(i)
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
            c if Self::one_of(c, b"cCsSiduoxXeEfFgGaApn") => true,
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

    /// Python `%` formats (`format-python.c`, gettext 0.21): named
    /// (`%(x)s`) and unnamed arguments do not mix.
    fn python(&mut self) {
        let mut kinds = Kinds::default();
        self.percent_directives(|p, i| p.python_directive(i, &mut kinds));
    }

    fn python_directive(&self, mut i: usize, kinds: &mut Kinds) -> Option<usize> {
        let named = self.at(i) == b'(';
        if named {
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
                return None;
            }
            i += 1;
        }
        while matches!(self.at(i), b'-' | b'+' | b' ' | b'#' | b'0') {
            i += 1;
        }
        i = self.width_precision(i, |_, j| {
            kinds.settle(false)?;
            Some(j)
        })?;
        if matches!(self.at(i), b'h' | b'l' | b'L') {
            i += 1;
        }
        if !b"%csriduoxXeEfgG".contains(&self.at(i)) {
            return None;
        }
        if named {
            kinds.settle(true)?;
        } else if self.at(i) != b'%' {
            kinds.settle(false)?;
        }
        Some(i)
    }

    /// JavaScript (`format-javascript.c`, gettext 0.21).
    fn javascript(&mut self) {
        let mut kinds = Kinds::default();
        self.percent_directives(|p, mut i| {
            let number = p.argument_number(&mut i)?;
            while matches!(p.at(i), b'-' | b'+' | b' ' | b'0' | b'I') {
                i += 1;
            }
            i = p.digits(i);
            if p.at(i) == b'.' {
                i = p.digits(i + 1);
            }
            let takes = match p.at(i) {
                b'%' => false,
                c if Self::one_of(c, b"csbdoxXfj") => true,
                _ => return None,
            };
            if takes {
                kinds.settle(number)?;
            }
            Some(i)
        });
    }

    /// PHP (`format-php.c`, gettext 0.21): `'x` pads with `x`, numbered and
    /// unnumbered arguments may mix.
    fn php(&mut self) {
        self.percent_directives(|p, mut i| {
            if p.at(i) == b'%' {
                return Some(i);
            }
            p.argument_number(&mut i)?;
            loop {
                match p.at(i) {
                    b'0' | b'-' | b' ' => i += 1,
                    b'\'' if p.at(i + 1) == 0 => return None,
                    b'\'' => i += 2,
                    _ => break,
                }
            }
            i = p.digits(i);
            if p.at(i) == b'.' {
                if !p.at(i + 1).is_ascii_digit() {
                    return None;
                }
                i = p.digits(i + 1);
            }
            if p.at(i) == b'l' {
                i += 1;
            }
            Self::one_of(p.at(i), b"bduoxXefcs").then_some(i)
        });
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

/// The kinds of argument a string's directives used so far: numbered (or
/// named) and unnumbered; gettext stops at the first mix.
#[derive(Default)]
struct Kinds {
    numbered: bool,
    unnumbered: bool,
}

impl Kinds {
    /// Records one argument; `None` when it mixes the kinds.
    fn settle(&mut self, numbered: bool) -> Option<()> {
        if numbered {
            self.numbered = true;
            (!self.unnumbered).then_some(())
        } else {
            self.unnumbered = true;
            (!self.numbered).then_some(())
        }
    }
}
