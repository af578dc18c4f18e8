//! The format parsers of gettext 0.21 for awk, Lua, Emacs Lisp, librep,
//! Perl (`%` and `{name}`), Tcl, Object Pascal, Qt (and its plural form),
//! KDE (and KUIT), Smalltalk and YCP, and the shell (`format-*.c`), as far
//! as the marks they leave go: where each directive starts and ends, and
//! where a parse stops.

use super::{Kinds, Parse};

impl Parse<'_> {
    /// `*` or digits (a width, or a precision after its `.`).
    fn star_or_digits(&self, i: usize) -> usize {
        if self.at(i) == b'*' {
            i + 1
        } else {
            self.digits(i)
        }
    }

    /// `n$` with `n > 0` at `i` (as Emacs Lisp and librep read it): after
    /// it, or `i` when there is none.
    fn lisp_argument_number(&self, i: usize) -> usize {
        let end = self.digits(i);
        let nonzero = self.s[i.min(self.s.len())..end.min(self.s.len())]
            .iter()
            .any(|d| *d != b'0');
        if end > i && self.at(end) == b'$' && nonzero {
            end + 1
        } else {
            i
        }
    }

    /// awk (`format-awk.c`): numbered and unnumbered arguments do not mix.
    pub(super) fn awk(&mut self) {
        let mut kinds = Kinds::default();
        self.percent_directives(|p, mut i| {
            let number = p.argument_number(&mut i)?;
            i = p.flags(i, b" +-#0");
            i = p.width_precision(i, |p, j| p.star_argument(j, &mut kinds))?;
            match p.at(i) {
                b'%' => {}
                c if Self::one_of(c, b"csiduoxXeEfgG") => kinds.settle(number)?,
                _ => return None,
            }
            Some(i)
        });
    }

    /// Lua (`format-lua.c`).
    pub(super) fn lua(&mut self) {
        self.percent_directives(|p, i| {
            if p.at(i) == b'%' {
                return Some(i);
            }
            let mut i = p.digits(i);
            if p.at(i) == b'.' {
                i = p.digits(i + 1);
            }
            Self::one_of(p.at(i), b"cdiouXxaAEefgGsq").then_some(i)
        });
    }

    /// Emacs Lisp (`format-elisp.c`) and librep (`format-librep.c`).
    pub(super) fn elisp(&mut self, librep: bool) {
        self.percent_directives(|p, i| {
            let mut i = p.lisp_argument_number(i);
            if librep {
                i = p.flags(i, b"-^0+ ");
                i = p.digits(i);
                if p.at(i) == b'.' {
                    i = p.digits(i + 1);
                }
            } else {
                i = p.flags(i, b" +-#0");
                i = p.star_or_digits(i);
                if p.at(i) == b'.' {
                    i = p.star_or_digits(i + 1);
                }
            }
            let conversions: &[u8] = if librep {
                b"%cdxXosS"
            } else {
                b"%cdixXoeEfgGsS"
            };
            Self::one_of(p.at(i), conversions).then_some(i)
        });
    }

    /// Perl's `%` formats (`format-perl.c`): vector flags, sizes.
    pub(super) fn perl(&mut self) {
        self.percent_directives(|p, mut i| {
            if p.nonzero_digit(i) {
                let end = p.digits(i);
                if p.at(end) == b'$' {
                    i = end + 1;
                }
            }
            i = p.flags(i, b" +-#0");
            if p.at(i) == b'v' {
                i += 1;
            } else if p.at(i) == b'*' {
                let f = i + 1;
                if p.at(f) == b'v' {
                    i = f + 1;
                } else if p.nonzero_digit(f) {
                    let end = p.digits(f);
                    if p.at(end) == b'$' && p.at(end + 1) == b'v' {
                        i = end + 2;
                    }
                }
            }
            for precision in [false, true] {
                if precision {
                    if p.at(i) != b'.' {
                        break;
                    }
                    i += 1;
                }
                if p.at(i) == b'*' {
                    i += 1;
                    if p.nonzero_digit(i) {
                        let end = p.digits(i);
                        if p.at(end) == b'$' {
                            i = end + 1;
                        }
                    }
                } else if precision || p.nonzero_digit(i) {
                    i = p.digits(i);
                }
            }
            let short_or_long = match p.at(i) {
                b'h' => {
                    i += 1;
                    true
                }
                b'l' if p.at(i + 1) == b'l' => {
                    i += 2;
                    false
                }
                b'l' => {
                    i += 1;
                    true
                }
                b'L' | b'q' | b'V' => {
                    i += 1;
                    false
                }
                b'I' => {
                    let wide = matches!((p.at(i + 1), p.at(i + 2)), (b'6', b'4') | (b'3', b'2'));
                    i += if wide { 3 } else { 1 };
                    false
                }
                _ => false,
            };
            match p.at(i) {
                c if Self::one_of(c, b"eEfFgG") => (!short_or_long).then_some(i),
                c if Self::one_of(c, b"%cs_DidUOubOoxXpn") => Some(i),
                _ => None,
            }
        });
    }

    /// Tcl (`format-tcl.c`): numbered and unnumbered arguments do not mix.
    pub(super) fn tcl(&mut self) {
        let mut kinds = Kinds::default();
        self.percent_directives(|p, mut i| {
            if p.at(i) == b'%' {
                return Some(i);
            }
            let numbered = p.argument_number(&mut i)?;
            kinds.settle(numbered)?;
            i = p.flags(i, b" +-#0");
            i = p.star_or_digits(i);
            if p.at(i) == b'.' {
                i = p.star_or_digits(i + 1);
            }
            if matches!(p.at(i), b'h' | b'l') {
                i += 1;
            }
            Self::one_of(p.at(i), b"csiduoxXeEfgG").then_some(i)
        });
    }

    /// Object Pascal (`format-pascal.c`): `%n:`, `%*:`, conversions in
    /// either case.
    pub(super) fn pascal(&mut self) {
        self.percent_directives(|p, mut i| {
            if p.at(i) == b'%' {
                return Some(i);
            }
            if p.at(i).is_ascii_digit() || p.at(i) == b':' {
                let end = p.digits(i);
                if p.at(end) == b':' {
                    i = end + 1;
                }
            } else if p.at(i) == b'*' && p.at(i + 1) == b':' {
                i += 2;
            }
            if p.at(i) == b'-' {
                i += 1;
            }
            i = p.star_or_digits(i);
            if p.at(i) == b'.' {
                i += 1;
                if p.at(i).is_ascii_digit() {
                    i = p.digits(i);
                } else if p.at(i) == b'*' {
                    i += 1;
                } else {
                    // Back on the `.`, which is no conversion.
                    i -= 1;
                }
            }
            Self::one_of(p.at(i).to_ascii_lowercase(), b"duxefgnmsp").then_some(i)
        });
    }

    /// Qt (`format-qt.c`: `%1`…`%99`, `%L1`) and its plural form
    /// (`format-qt-plural.c`: `%n`, `%Ln`). Anything else is text.
    pub(super) fn qt(&mut self, plural: bool) {
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] != b'%' {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            if self.at(j) == b'L' {
                j += 1;
            }
            let directive = if plural {
                self.at(j) == b'n'
            } else {
                self.at(j).is_ascii_digit()
            };
            if directive {
                if !plural && self.at(j + 1).is_ascii_digit() {
                    j += 1;
                }
                self.directive(i, j);
                j += 1;
            }
            i = j;
        }
    }

    /// KDE (`format-kde.c`: `%1`, `%12`…; KUIT's markup around them is
    /// checked by gettext, not its directives). Anything else is text.
    pub(super) fn kde(&mut self) {
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] == b'%' && self.nonzero_digit(i + 1) {
                let last = self.digits(i + 1) - 1;
                self.directive(i, last);
                i = last + 1;
            } else {
                i += 1;
            }
        }
    }

    /// Smalltalk and YCP (`format-smalltalk.c`): `%1`…`%9` and `%%`; any
    /// other `%` ends the parse.
    pub(super) fn smalltalk(&mut self) {
        self.percent_directives(|p, i| (p.at(i) == b'%' || p.nonzero_digit(i)).then_some(i));
    }

    /// The shell (`format-sh.c`): `$name` and `${name}`; any other `$` ends
    /// the parse.
    pub(super) fn sh(&mut self) {
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] != b'$' {
                i += 1;
                continue;
            }
            let Some(last) = self.sh_variable(i + 1) else {
                return;
            };
            self.directive(i, last);
            i = last + 1;
        }
    }

    fn sh_variable(&self, i: usize) -> Option<usize> {
        if self.at(i) == b'{' {
            let start = i + 1;
            let mut j = start;
            while self.at(j) != 0 && self.at(j) != b'}' {
                let c = self.at(j);
                if !c.is_ascii() || (j > start && b"-=+?:".contains(&c)) {
                    return None;
                }
                if !(c.is_ascii_alphanumeric() || c == b'_') || (j == start && c.is_ascii_digit()) {
                    return None;
                }
                j += 1;
            }
            (self.at(j) == b'}' && j > start).then_some(j)
        } else {
            self.identifier(i).map(|end| end - 1)
        }
    }

    /// Java's `String.format` (`format-java-printf.c`): `%<s` reuses the
    /// last argument; each conversion refuses some flags.
    pub(super) fn java_printf(&mut self) {
        let mut last_argument = false;
        self.percent_directives(|p, mut i| {
            if p.at(i) == b'<' {
                if !last_argument {
                    return None;
                }
                i += 1;
            } else {
                p.argument_number(&mut i)?;
            }
            let mut used = 0u16;
            while let Some(k) = b"#0- +,(".iter().position(|f| *f == p.at(i)) {
                used |= 1 << k;
                i += 1;
            }
            const ALT: u16 = 1;
            const FLAGS: u16 = 0x7f;
            const WIDTH: u16 = 1 << 7;
            const PRECISION: u16 = 1 << 8;
            const ZERO_SPACE_SIGN_LOCALE_MONEY: u16 = FLAGS & !ALT & !(1 << 2);
            if p.at(i).is_ascii_digit() {
                i = p.digits(i);
                used |= WIDTH;
            }
            if p.at(i) == b'.' {
                if !p.at(i + 1).is_ascii_digit() {
                    return None;
                }
                i = p.digits(i + 1);
                used |= PRECISION;
            }
            let conversion = p.at(i);
            let refused = match conversion {
                b'%' => ALT | ZERO_SPACE_SIGN_LOCALE_MONEY | PRECISION,
                b'n' => FLAGS | WIDTH | PRECISION,
                b'b' | b'B' | b'h' | b'H' | b's' | b'S' => ZERO_SPACE_SIGN_LOCALE_MONEY,
                b'c' | b'C' | b't' | b'T' => ALT | ZERO_SPACE_SIGN_LOCALE_MONEY | PRECISION,
                b'd' => ALT | PRECISION,
                b'o' | b'x' | b'X' => (1 << 5) | PRECISION,
                b'e' | b'E' | b'f' | b'g' | b'G' => 0,
                b'a' | b'A' => (1 << 5) | (1 << 6),
                _ => return None,
            };
            if used & refused != 0 {
                return None;
            }
            if matches!(conversion, b't' | b'T') {
                i += 1;
                if !Self::one_of(p.at(i), b"HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc") {
                    return None;
                }
            }
            if !matches!(conversion, b'%' | b'n') {
                last_argument = true;
            }
            Some(i)
        });
    }

    /// Perl's `{name}` (`format-perl-brace.c`); anything else is text.
    pub(super) fn perl_brace(&mut self) {
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] == b'{'
                && let Some(end) = self.identifier(i + 1)
                && self.at(end) == b'}'
            {
                self.directive(i, end);
                i = end + 1;
            } else {
                i += 1;
            }
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::{END, ERROR, Language, START, marks};

    /// The whole directives a parser marks, in order.
    pub(in crate::po::format) fn directives(language: Language, s: &str) -> Vec<&str> {
        let m = marks(language, s.as_bytes(), false);
        let mut out = Vec::new();
        let mut p = 0;
        while p < m.len() {
            if m[p] & START != 0
                && let Some(q) = (p..m.len()).find(|q| m[*q] & (END | ERROR) != 0)
            {
                if m[q] & ERROR == 0 {
                    out.push(&s[p..=q]);
                }
                p = q;
            }
            p += 1;
        }
        out
    }

    #[test]
    fn directives_as_gettext_finds_them() {
        use Language::*;
        let cases: &[(Language, &str, &[&str])] = &[
            (Awk, "%d %1$s %s", &["%d"]),
            (Awk, "%1$s %*2$d", &["%1$s"]),
            (
                Awk,
                "%1$s %2$*3$d %3$.*4$f %% %d",
                &["%1$s", "%2$*3$d", "%3$.*4$f", "%%"],
            ),
            (Awk, "% d and %-5s then %0$d %s", &["% d", "%-5s"]),
            (Lua, "%5.1f %q %% % d %s", &["%5.1f", "%q", "%%"]),
            (Elisp, "%1$ S % -3.2f %0$d %s", &["%1$ S", "% -3.2f"]),
            (Librep, "%^5s %#x %s", &["%^5s"]),
            (Perl, "%vd % *v2x %2$s %-hf %s", &["%vd", "% *v2x", "%2$s"]),
            (Perl, "%I64d %lld %V d", &["%I64d", "%lld"]),
            (PerlBrace, "{name} {a b} {1x} {x_1}", &["{name}", "{x_1}"]),
            (Tcl, "%% %1$s %s %d", &["%%", "%1$s"]),
            (Tcl, "%s % ld %0$d %d", &["%s", "% ld"]),
            (
                Pascal,
                "%0:s %*:d %-5.*f %. s %d",
                &["%0:s", "%*:d", "%-5.*f"],
            ),
            (Qt, "%1 %L2 %99 %x %L", &["%1", "%L2", "%99"]),
            (QtPlural, "%n %Ln %1 %", &["%n", "%Ln"]),
            (Kde, "%1 %12 %0 %a", &["%1", "%12"]),
            (Smalltalk, "%1 %% %9 %0 %2", &["%1", "%%", "%9"]),
            (Sh, "$a ${b_1} $_c ${1} $d", &["$a", "${b_1}", "$_c"]),
            (Sh, "costs $5 and $a", &[]),
            (
                JavaPrintf,
                "%<s %1$s %<d %,d %-8s %tY %% %(,.2f % d %n",
                &[],
            ),
            (
                JavaPrintf,
                "%1$s %<d %,d %-8s %tY %% %(,.2f % d %n %#d",
                &[
                    "%1$s", "%<d", "%,d", "%-8s", "%tY", "%%", "%(,.2f", "% d", "%n",
                ],
            ),
            (JavaPrintf, "%s %-%", &["%s", "%-%"]),
            (JavaPrintf, "%s %0s", &["%s"]),
            (
                Ruby,
                "%s % d %-5.2f %%%\n %1$s",
                &["%s", "% d", "%-5.2f", "%%", "%\n"],
            ),
            (Ruby, "%<a> d %{b} %.*s", &["%<a> d", "%{b}"]),
            (Ruby, "%1$ *2$d %3$.*4$f %s", &["%1$ *2$d", "%3$.*4$f"]),
            (Ruby, "%5 d", &[]),
            (Ruby, "%*d %*1$d", &["%*d"]),
            (
                Boost,
                "%1% %|2$ d| %2$s %%%|1$-5T.|",
                &["%1%", "%|2$ d|", "%2$s", "%%", "%|1$-5T.|"],
            ),
            (Boost, "% d %s %|*d| %1%", &["% d", "%s", "%|*d|"]),
            (Boost, "%|1%| %0d %|s", &[]),
            (Boost, "%|| %t", &["%||", "%t"]),
            (
                GccInternal,
                "%< %qs %> %' %m %lld %wu %+#D %.*s %.5s %s",
                &[
                    "%<", "%qs", "%>", "%'", "%m", "%lld", "%wu", "%+#D", "%.*s", "%.5s", "%s",
                ],
            ),
            (GccInternal, "%2$s %1$.*1$s %qqs", &["%2$s"]),
            (GccInternal, "%2$.*1$s %s", &["%2$.*1$s"]),
            (GccInternal, "%lwd", &[]),
            (
                GfcInternal,
                "%% %C %L %2$ld %lu %x",
                &["%%", "%C", "%L", "%2$ld", "%lu"],
            ),
        ];
        for (language, s, want) in cases {
            assert_eq!(directives(*language, s), *want, "{language:?}: {s}");
        }
    }
}
