//! Boost.Format (`format-boost.c`, gettext 0.21): `%1%`, printf-like
//! directives, and either in `%|…|`; numbered and unnumbered arguments do
//! not mix.

use super::{Kinds, Parse};

impl Parse<'_> {
    pub(super) fn boost(&mut self) {
        let mut kinds = Kinds::default();
        self.percent_directives(|p, i| p.boost_directive(i, &mut kinds));
    }

    /// The directive after a `%` at `i`: its last byte, or None.
    fn boost_directive(&self, mut i: usize, kinds: &mut Kinds) -> Option<usize> {
        if self.at(i) == b'%' {
            return Some(i);
        }
        let brackets = self.at(i) == b'|';
        if brackets {
            i += 1;
        }
        let mut number = false;
        if self.nonzero_digit(i) {
            let end = self.digits(i);
            let close = !brackets && self.at(end) == b'%';
            if close || self.at(end) == b'$' {
                number = true;
                if close {
                    kinds.settle(true)?;
                    return Some(end);
                }
                i = end + 1;
            }
        }
        i = self.flags(i, b" +-#0'_=hl");
        i = self.width_precision(i, |p, j| p.star_argument(j, kinds))?;
        i = self.flags(i, b"hlL");
        let takes = match self.at(i) {
            b'|' if brackets => {
                i -= 1;
                true
            }
            b'T' if self.at(i + 1) == 0 => return None,
            b'T' => {
                i += 1;
                false
            }
            b't' | b'n' => false,
            c if Self::one_of(c, b"cCsSiduoxXeEfgGp") => true,
            _ => return None,
        };
        if brackets {
            i += 1;
            if self.at(i) != b'|' {
                return None;
            }
        }
        if takes {
            kinds.settle(number)?;
        }
        Some(i)
    }
}
