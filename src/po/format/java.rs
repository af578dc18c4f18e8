//! Java's `MessageFormat` (`format-java.c`, gettext 0.21): `{n}`,
//! `{n,number[,style]}`, `{n,date|time[,style]}`, `{n,choice,…}` with
//! nested message formats, single quotes quoting. Date and number styles
//! hold spaces (`{0,date,dd MMM yyyy}`), so they are kept whole.

use super::{END, ERROR, Parse, START};

/// A string read as NUL-terminated, as gettext's parsers do.
struct Text<'a>(&'a [u8]);

impl Text<'_> {
    fn at(&self, i: usize) -> u8 {
        self.0.get(i).copied().unwrap_or(0)
    }

    /// `HANDLE_QUOTE`: a quote toggles quoting, a doubled one is a quote.
    fn quote(&self, i: &mut usize, quoting: &mut bool) {
        if self.at(*i) == b'\'' {
            *i += 1;
            if self.at(*i) != b'\'' {
                *quoting = !*quoting;
            }
        }
    }

    /// One character of a pattern, `\uXXXX` and `\x` escapes as one.
    fn step(&self, i: usize) -> usize {
        if self.at(i) != b'\\' {
            return i + 1;
        }
        let hex = (2..6).all(|k| self.at(i + k).is_ascii_hexdigit());
        if self.at(i + 1) == b'u' && hex {
            i + 6
        } else {
            i + 2
        }
    }
}

impl Parse<'_> {
    pub(super) fn java(&mut self) {
        let s = self.s;
        message(&Text(s), Some(self));
    }
}

/// `message_format_parse`: whether `t` is a valid message format; marks its
/// directives on `p` (the outermost call only).
fn message(t: &Text, mut p: Option<&mut Parse>) -> bool {
    let mut quoting = false;
    let mut i = 0;
    loop {
        t.quote(&mut i, &mut quoting);
        if !quoting && t.at(i) == b'{' {
            let start = i;
            if let Some(p) = p.as_deref_mut() {
                p.mark(start, START);
            }
            i += 1;
            let element_start = i;
            let mut depth = 0;
            while t.at(i) != 0 {
                match t.at(i) {
                    b'{' => depth += 1,
                    b'}' if depth == 0 => break,
                    b'}' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            let valid = t.at(i) != 0 && element(&t.0[element_start..i]);
            if t.at(i) != 0 {
                i += 1;
            }
            if let Some(p) = p.as_deref_mut() {
                p.mark(i - 1, if valid { END } else { ERROR });
            }
            if !valid {
                return false;
            }
        } else if !quoting && t.at(i) == b'}' {
            if let Some(p) = p.as_deref_mut() {
                p.mark(i, START | ERROR);
            }
            return false;
        } else if t.at(i) != 0 {
            i += 1;
        } else {
            return true;
        }
    }
}

/// The inside of a `{…}`: an argument number, then nothing, a date/time, a
/// number or a choice format.
fn element(e: &[u8]) -> bool {
    let digits = e.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return false;
    }
    let rest = &e[digits..];
    if rest.is_empty() {
        return true;
    }
    let styled = |kind: &[u8]| {
        rest.strip_prefix(kind)
            .map(|r| (r.is_empty(), r.strip_prefix(b",")))
    };
    for kind in [&b",time"[..], b",date"] {
        if let Some((bare, style)) = styled(kind) {
            return bare || style.is_some();
        }
    }
    if let Some((bare, style)) = styled(b",number") {
        return bare
            || style.is_some_and(|st| {
                matches!(st, b"currency" | b"percent" | b"integer") || number(&Text(st))
            });
    }
    if let Some((bare, style)) = styled(b",choice") {
        return bare || style.is_some_and(|st| choice(&Text(st)));
    }
    false
}

/// `number_format_parse`.
fn number(t: &Text) -> bool {
    let mut quoting = false;
    let mut i = 0;
    t.quote(&mut i, &mut quoting);
    loop {
        let digit_start = |i: usize, q: bool| !q && matches!(t.at(i), b'0' | b'#');
        while t.at(i) != 0 && !digit_start(i, quoting) {
            i = t.step(i);
            t.quote(&mut i, &mut quoting);
        }
        if !digit_start(i, quoting) {
            return false;
        }
        for d in [b'#', b'0'] {
            while !quoting && t.at(i) == d {
                i += 1;
                t.quote(&mut i, &mut quoting);
                if !quoting && t.at(i) == b',' {
                    i += 1;
                    t.quote(&mut i, &mut quoting);
                }
            }
        }
        if !quoting && t.at(i) == b'.' {
            i += 1;
            t.quote(&mut i, &mut quoting);
            for d in [b'0', b'#'] {
                while !quoting && t.at(i) == d {
                    i += 1;
                    t.quote(&mut i, &mut quoting);
                }
            }
        }
        if !quoting && t.at(i) == b'E' {
            let save = i;
            i += 1;
            t.quote(&mut i, &mut quoting);
            if !quoting && t.at(i) == b'0' {
                while !quoting && t.at(i) == b'0' {
                    i += 1;
                    t.quote(&mut i, &mut quoting);
                }
            } else {
                i = save;
                quoting = false;
            }
        }
        // The suffix runs to a `;` (gettext 0.21 never sets its
        // `seen_semicolon`: the `;` is taken by the next round's prefix).
        let semicolon = |i: usize, quoting: bool| !quoting && t.at(i) == b';';
        while t.at(i) != 0 && !semicolon(i, quoting) {
            i = t.step(i);
            t.quote(&mut i, &mut quoting);
        }
        if !semicolon(i, quoting) {
            break;
        }
    }
    t.at(i) == 0
}

/// `choice_format_parse`: `limit#message|limit<message|…`.
fn choice(t: &Text) -> bool {
    let mut quoting = false;
    let mut i = 0;
    t.quote(&mut i, &mut quoting);
    if t.at(i) == 0 {
        return true;
    }
    let le = |i: usize| t.0.get(i..).is_some_and(|r| r.starts_with(b"\\u2264"));
    loop {
        let mut nonempty = false;
        let separator =
            |i: usize, quoting: bool| !quoting && (matches!(t.at(i), b'<' | b'#' | b'|') || le(i));
        while t.at(i) != 0 && !separator(i, quoting) {
            i = t.step(i);
            nonempty = true;
            t.quote(&mut i, &mut quoting);
        }
        if t.at(i) == 0 {
            return true;
        }
        if !nonempty {
            return false;
        }
        match t.at(i) {
            b'<' | b'#' => i += 1,
            _ if le(i) => i += 6,
            _ => return false,
        }
        t.quote(&mut i, &mut quoting);
        let mut inner = Vec::new();
        while t.at(i) != 0 && (quoting || t.at(i) != b'|') {
            inner.push(t.at(i));
            i += 1;
            t.quote(&mut i, &mut quoting);
        }
        if !message(&Text(&inner), None) {
            return false;
        }
        if t.at(i) == 0 {
            return true;
        }
        i += 1;
        t.quote(&mut i, &mut quoting);
    }
}
