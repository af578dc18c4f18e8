//! The `~` directives of Common Lisp (`format-lisp.c`) and Scheme (Guile,
//! `format-scheme.c`) as gettext 0.21 marks them.
//!
//! gettext's parser also builds an argument-list algebra to compare msgid
//! and msgstr; a contradiction it finds is reported only after the whole
//! string was read and changes no mark, so the marks need the grammar alone.
//! Only the top level is marked: the parts nested in `~(…~)`, `~[…~]`,
//! `~{…~}` and `~<…~>` are read without marks, so such a construct is one
//! directive from its `~` to its closing one (nothing breaks inside), and an
//! error inside it is marked where gettext's shared cursor was last left.

use super::{END, ERROR, Parse, START};

/// Which of the two grammars.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Dialect {
    Lisp,
    Scheme,
}

/// A directive's parameter, as far as its checks go.
#[derive(Clone, Copy)]
enum Param {
    Nil,
    Character,
    /// A number (`5`, `-3`), gettext's `int`, wrapping as it does on overflow.
    Integer(i32),
    /// `#`, the number of arguments left.
    Count,
    /// `v`, taken from an argument.
    Argument,
}

/// What a nested part ended on: `~;` (1), `~:;` (2) or its terminator (0).
type Separator = u8;

/// A failed parse (its error already marked, when marks are kept).
struct Invalid;

/// One level of gettext's `parse_upto`: what it ends on and whether it
/// keeps marks (the top level only).
#[derive(Clone, Copy)]
struct Level {
    dialect: Dialect,
    terminator: u8,
    separator: bool,
    marked: bool,
}

impl Parse<'_> {
    /// Common Lisp or Scheme format strings.
    pub(super) fn lisp(&mut self, dialect: Dialect) {
        let mut cursor = 0;
        let top = Level {
            dialect,
            terminator: 0,
            separator: false,
            marked: true,
        };
        let _ = self.lisp_upto(&mut cursor, top);
    }

    /// An error mark at `at` when `level` keeps marks.
    fn invalid(&mut self, level: Level, at: usize) -> Invalid {
        if level.marked {
            self.mark(at, ERROR);
        }
        Invalid
    }

    /// Where gettext marks an error found at `i`: there, or on the last byte
    /// when `i` is the string's end.
    fn here_or_last(&self, i: usize) -> usize {
        if self.at(i) == 0 {
            i.saturating_sub(1)
        } else {
            i
        }
    }

    /// Where gettext marks an error inside a nested part: at its shared
    /// cursor.
    fn nested_invalid(&mut self, level: Level, cursor: usize) -> Invalid {
        self.invalid(level, self.here_or_last(cursor))
    }

    /// `parse_upto`: reads from `*cursor` to `level`'s terminator (`0`: the
    /// end), leaving `*cursor` where gettext leaves its `*formatp`.
    fn lisp_upto(&mut self, cursor: &mut usize, level: Level) -> Result<Separator, Invalid> {
        let mut f = *cursor;
        while f < self.s.len() {
            f += 1;
            if self.s[f - 1] != b'~' {
                continue;
            }
            if level.marked {
                self.mark(f - 1, START);
            }
            let params = self.lisp_params(&mut f, level)?;
            let (mut colon, mut atsign) = (false, false);
            loop {
                match self.at(f) {
                    b':' => colon = true,
                    b'@' => atsign = true,
                    _ => break,
                }
                f += 1;
            }
            let directive = Directive {
                d: self.at(f),
                at: f,
                params: &params,
                colon,
                atsign,
            };
            f += 1;
            if let Some(separator) = self.lisp_directive(directive, &mut f, cursor, level)? {
                return Ok(separator);
            }
            if level.marked {
                self.mark(f - 1, END);
            }
        }
        *cursor = f;
        if level.terminator != 0 {
            return Err(Invalid);
        }
        Ok(0)
    }

    /// The parameters before a directive's modifiers: `,`-separated, each
    /// possibly empty.
    fn lisp_params(&mut self, f: &mut usize, level: Level) -> Result<Vec<Param>, Invalid> {
        let mut params = Vec::new();
        loop {
            let param = match self.at(*f) {
                c if c.is_ascii_digit() => Param::Integer(self.lisp_number(f)),
                sign @ (b'+' | b'-') => {
                    *f += 1;
                    if !self.at(*f).is_ascii_digit() {
                        return Err(self.invalid(level, self.here_or_last(*f)));
                    }
                    let n = self.lisp_number(f);
                    Param::Integer(if sign == b'-' { n.wrapping_neg() } else { n })
                }
                b'\'' => {
                    *f += 1;
                    if self.at(*f) == 0 {
                        return Err(self.invalid(level, *f - 1));
                    }
                    *f += 1;
                    Param::Character
                }
                b'V' | b'v' => {
                    *f += 1;
                    Param::Argument
                }
                b'#' => {
                    *f += 1;
                    Param::Count
                }
                _ => Param::Nil,
            };
            params.push(param);
            if self.at(*f) != b',' {
                return Ok(params);
            }
            *f += 1;
        }
    }

    /// Digits at `*f` as gettext's `int` reads them.
    fn lisp_number(&self, f: &mut usize) -> i32 {
        let mut n: i32 = 0;
        while self.at(*f).is_ascii_digit() {
            n = n
                .wrapping_mul(10)
                .wrapping_add(i32::from(self.at(*f) - b'0'));
            *f += 1;
        }
        n
    }

    /// One directive whose character was just read (`*f` after it): `Ok(Some)`
    /// when it ends the current level (a terminator or `~;`).
    fn lisp_directive(
        &mut self,
        dir: Directive<'_>,
        f: &mut usize,
        cursor: &mut usize,
        level: Level,
    ) -> Result<Option<Separator>, Invalid> {
        let (here, dialect) = (dir.at, level.dialect);
        let checked = |this: &mut Self, types: &[u8]| {
            if params_fit(dir.params, types) {
                Ok(())
            } else {
                Err(this.invalid(level, here))
            }
        };
        if let Some(types) = simple(dialect, dir.d) {
            checked(self, types)?;
            return Ok(None);
        }
        match (dir.d, dialect) {
            (b'*', _) => {
                checked(self, b"I")?;
                if let Some(Param::Integer(n)) = dir.params.first()
                    && *n < 0
                {
                    return Err(self.invalid(level, here));
                }
            }
            (b'/', Dialect::Lisp) => {
                checked(self, b"")?;
                while self.at(*f) != 0 && self.at(*f) != b'/' {
                    *f += 1;
                }
                if self.at(*f) == 0 {
                    return Err(self.invalid(level, *f - 1));
                }
                *f += 1;
            }
            (b'!', Dialect::Lisp) => {}
            (b'(', _) => {
                checked(self, b"")?;
                self.lisp_nested(f, cursor, level, b')', false)?;
            }
            (b'{', _) => {
                checked(self, b"I")?;
                self.lisp_nested(f, cursor, level, b'}', false)?;
            }
            (b'<', Dialect::Lisp) => {
                checked(self, b"IIIC")?;
                *cursor = *f;
                while self.lisp_part(cursor, level, b'>', true)? != 0 {}
                *f = *cursor;
            }
            (b'[', _) => *f = self.lisp_conditional(dir, cursor, level)?,
            (b')' | b']' | b'}', _) | (b'>', Dialect::Lisp) => {
                if level.terminator != dir.d {
                    return Err(self.invalid(level, here));
                }
                checked(self, b"")?;
                *cursor = *f;
                return Ok(Some(0));
            }
            (b';', _) => {
                if !level.separator {
                    return Err(self.invalid(level, here));
                }
                checked(self, if level.terminator == b'>' { b"I" } else { b"" })?;
                *cursor = *f;
                return Ok(Some(if dir.colon { 2 } else { 1 }));
            }
            _ => {
                return Err(self.invalid(level, self.here_or_last(here)));
            }
        }
        Ok(None)
    }

    /// One nested part from `*f` (the cursor moved there first) up to
    /// `terminator`; `*f` after it.
    fn lisp_nested(
        &mut self,
        f: &mut usize,
        cursor: &mut usize,
        level: Level,
        terminator: u8,
        separator: bool,
    ) -> Result<(), Invalid> {
        *cursor = *f;
        self.lisp_part(cursor, level, terminator, separator)?;
        *f = *cursor;
        Ok(())
    }

    /// One nested part from the cursor, unmarked; its failure marked as
    /// gettext marks it at this level.
    fn lisp_part(
        &mut self,
        cursor: &mut usize,
        level: Level,
        terminator: u8,
        separator: bool,
    ) -> Result<Separator, Invalid> {
        let inner = Level {
            dialect: level.dialect,
            terminator,
            separator,
            marked: false,
        };
        match self.lisp_upto(cursor, inner) {
            Ok(ended) => Ok(ended),
            Err(Invalid) => Err(self.nested_invalid(level, *cursor)),
        }
    }

    /// `~[`: `~@[…~]` (one clause), `~:[…~;…~]` (exactly two) or `~[…~;…~]`
    /// (any number, the one after `~:;` the last); where it ends.
    fn lisp_conditional(
        &mut self,
        dir: Directive<'_>,
        cursor: &mut usize,
        level: Level,
    ) -> Result<usize, Invalid> {
        let types: &[u8] = match (dir.atsign, dir.colon) {
            (true, true) => return Err(self.invalid(level, dir.at)),
            (false, false) => b"I",
            _ => b"",
        };
        if !params_fit(dir.params, types) {
            return Err(self.invalid(level, dir.at));
        }
        *cursor = dir.at + 1;
        if dir.atsign {
            self.lisp_part(cursor, level, b']', false)?;
        } else if dir.colon {
            if self.lisp_part(cursor, level, b']', true)? == 0 {
                return Err(self.nested_invalid(level, *cursor));
            }
            self.lisp_part(cursor, level, b']', false)?;
        } else {
            let mut last = false;
            loop {
                let ended = self.lisp_part(cursor, level, b']', !last)?;
                if ended == 2 {
                    last = true;
                }
                if ended == 0 {
                    break;
                }
            }
        }
        Ok(*cursor)
    }
}

/// A directive as read: its character, parameters and modifiers.
#[derive(Clone, Copy)]
struct Directive<'p> {
    d: u8,
    /// Where the character is.
    at: usize,
    params: &'p [Param],
    colon: bool,
    atsign: bool,
}

/// The parameter types of a directive with no structure of its own
/// (`I` integer, `C` character, `*` either), per dialect.
fn simple(dialect: Dialect, d: u8) -> Option<&'static [u8]> {
    use Dialect::{Lisp, Scheme};
    let types: &[u8] = match (d.to_ascii_uppercase(), dialect) {
        (b'A' | b'S' | b'$', _) => b"IIIC",
        (b'D' | b'B' | b'O' | b'X', _) => b"ICCI",
        (b'R', _) => b"IICCI",
        (b'F', _) | (b'I', Scheme) => b"IIICC",
        (b'E' | b'G', _) => b"IIIICCC",
        (b'P' | b'\n' | b'?', _) | (b'W' | b'C' | b'_', Lisp) => b"",
        (b'Y' | b'Q' | b'K' | b'!', Scheme) => b"",
        (b'%' | b'&' | b'|' | b'~', _) | (b'I', Lisp) | (b'C' | b'_' | b'/', Scheme) => b"I",
        (b'T', Lisp) => b"II",
        (b'T', Scheme) => b"IIC",
        (b'^', _) => b"***",
        _ => return None,
    };
    Some(types)
}

/// `check_params`: each parameter of the type its place wants (a `v` or an
/// empty one fits any), and none given beyond `types`.
fn params_fit(params: &[Param], types: &[u8]) -> bool {
    params
        .iter()
        .enumerate()
        .all(|(i, p)| match (types.get(i), p) {
            (_, Param::Nil | Param::Argument) => true,
            (None, _) => false,
            (Some(b'C'), Param::Integer(_) | Param::Count) => false,
            (Some(b'I'), Param::Character) => false,
            _ => true,
        })
}

#[cfg(test)]
mod tests {
    use super::super::{Language, others::tests::directives};

    #[test]
    fn lisp_directives_as_gettext_finds_them() {
        use Language::{Lisp, Scheme};
        let cases: &[(Language, &str, &[&str])] = &[
            (
                Lisp,
                "~a ~5,'0D ~:@(x y~) ~%",
                &["~a", "~5,'0D", "~:@(x y~)", "~%"],
            ),
            (
                Lisp,
                "~:[no ~;yes ~] ~{~a~^, ~}",
                &["~:[no ~;yes ~]", "~{~a~^, ~}"],
            ),
            (
                Lisp,
                "~< a ~; b ~> ~/pkg:fn/ ~!",
                &["~< a ~; b ~>", "~/pkg:fn/", "~!"],
            ),
            (Lisp, "~a ~'xD ~s", &["~a"]),
            (Lisp, "~a ~-2* ~s", &["~a"]),
            (Lisp, "~a ~:@[x~] ~s", &["~a"]),
            (Lisp, "~a ~:[only~] ~s", &["~a"]),
            (Lisp, "~a ~(x ~] y~) ~s", &["~a"]),
            (Lisp, "~a ~w ~y", &["~a", "~w"]),
            (Lisp, "~#,vT ~1,2,3T", &["~#,vT"]),
            (
                Scheme,
                "~a ~y ~k ~3,4,'xT ~w",
                &["~a", "~y", "~k", "~3,4,'xT"],
            ),
            (Scheme, "~< x ~>", &[]),
            (Scheme, "~[a~;b~:;c~] ~[a~:;b~;c~]", &["~[a~;b~:;c~]"]),
            (Lisp, "~a ~", &["~a"]),
        ];
        for (language, s, want) in cases {
            assert_eq!(directives(*language, s), *want, "{language:?}: {s}");
        }
    }
}
