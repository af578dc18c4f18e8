//! The brace-style format languages: Python's `str.format` and C#'s
//! `String.Format`, as gettext 0.21 parses them.

use super::{END, ERROR, Parse, START};

impl Parse<'_> {
    /// Python `str.format` (`format-python-brace.c`, gettext 0.21). That
    /// version marks positions relative to the directive's own `{` (its
    /// `format_start` is local to `parse_directive`), so every directive
    /// marks the string's first bytes: reproduced as it is, since `msgcat`
    /// wraps by those marks.
    pub(super) fn python_brace(&mut self) {
        let mut i = 0;
        while i < self.s.len() {
            if self.s[i] != b'{' {
                i += 1;
                continue;
            }
            match self.brace_directive(i, true) {
                Some(after) => i = after,
                None => return,
            }
        }
    }

    /// A `{…}` directive at `d` (or `{{`): the position after it.
    fn brace_directive(&mut self, d: usize, toplevel: bool) -> Option<usize> {
        let mut i = d + 1;
        if self.at(i) == b'{' {
            return Some(i + 1);
        }
        let fail = |p: &mut Self, at: usize| {
            p.mark(at - d, ERROR);
            None
        };
        match self.brace_name(i) {
            Some(after) => i = after,
            None => return fail(self, i),
        }
        loop {
            match self.at(i) {
                b'.' => match self.identifier(i + 1) {
                    Some(after) => i = after,
                    None => return fail(self, i + 1),
                },
                b'[' => match self.brace_name(i + 1) {
                    Some(after) if self.at(after) == b']' => i = after + 1,
                    Some(after) => return fail(self, after + 1),
                    None => return fail(self, i + 1),
                },
                _ => break,
            }
        }
        if self.at(i) == b':' {
            if !toplevel {
                return fail(self, i);
            }
            i += 1;
            i = if self.at(i) == b'{' {
                self.brace_directive(i, false)?
            } else {
                self.brace_spec(i)
            };
            if self.at(i) != b'}' {
                return fail(self, i);
            }
        }
        if self.at(i) != b'}' {
            return fail(self, i);
        }
        if toplevel {
            self.mark(0, START);
            self.mark(i - d, END);
        }
        Some(i + 1)
    }

    fn brace_name(&self, i: usize) -> Option<usize> {
        self.identifier(i).or_else(|| self.number(i))
    }

    /// `[[fill]align][sign][#][0][width][.precision][type]` at `i`.
    fn brace_spec(&self, mut i: usize) -> usize {
        let aligns = b"<>=^";
        if aligns.contains(&self.at(i + 1)) {
            i += 2;
        } else if aligns.contains(&self.at(i)) {
            i += 1;
        }
        if matches!(self.at(i), b'+' | b'-' | b' ') {
            i += 1;
        }
        if self.at(i) == b'#' {
            i += 1;
        }
        if self.at(i) == b'0' {
            i += 1;
        }
        i = self.digits(i);
        if self.at(i) == b'.' {
            i = self.digits(i + 1);
        }
        if Self::one_of(self.at(i), b"bcdoxXneEfFgG%") {
            i += 1;
        }
        i
    }

    /// C# (`format-csharp.c`, gettext 0.21): `{n[,[-]w][:spec]}`, `{{`, `}}`;
    /// a lone `}` is an error.
    pub(super) fn csharp(&mut self) {
        let mut i = 0;
        while i < self.s.len() {
            let c = self.s[i];
            i += 1;
            match c {
                b'{' if self.at(i) == b'{' => {
                    self.directive(i - 1, i);
                    i += 1;
                }
                b'{' => match self.csharp_directive(i) {
                    Some(close) => {
                        self.directive(i - 1, close);
                        i = close + 1;
                    }
                    None => return,
                },
                b'}' if self.at(i) == b'}' => {
                    self.directive(i - 1, i);
                    i += 1;
                }
                b'}' => return,
                _ => {}
            }
        }
    }

    /// After `{` at `i - 1`: the position of the closing `}`.
    fn csharp_directive(&self, mut i: usize) -> Option<usize> {
        if !self.at(i).is_ascii_digit() {
            return None;
        }
        i = self.digits(i);
        if self.at(i) == b',' {
            i += 1;
            if self.at(i) == b'-' {
                i += 1;
            }
            if !self.at(i).is_ascii_digit() {
                return None;
            }
            i = self.digits(i);
        }
        if self.at(i) == b':' {
            i += 1;
            while self.at(i) != 0 && self.at(i) != b'}' {
                i += 1;
            }
        }
        (self.at(i) == b'}').then_some(i)
    }
}
