//! GCC's and GFortran's diagnostic formats (`format-gcc-internal.c`,
//! `format-gfc-internal.c`, gettext 0.21).

use super::{Kinds, Parse};

impl Parse<'_> {
    /// GCC's internal format: `%<`, `%>`, `%'`, `%m`, flags `q l ll w + #`,
    /// `%.*s` whose `*n$` names the argument before, tree conversions.
    pub(super) fn gcc_internal(&mut self) {
        let mut kinds = Kinds::default();
        self.percent_directives(|p, i| p.gcc_directive(i, &mut kinds));
    }

    fn gcc_directive(&self, mut i: usize, kinds: &mut Kinds) -> Option<usize> {
        if matches!(self.at(i), b'%' | b'<' | b'>' | b'\'' | b'm') {
            return Some(i);
        }
        let number = self.dollar_number(&mut i)?;
        let (mut q, mut l, mut w, mut plus, mut sharp) = (0, 0, 0, 0, 0);
        loop {
            let flag = match self.at(i) {
                b'q' => &mut q,
                b'l' if l > 1 || w > 0 => return None,
                b'l' => {
                    l += 1;
                    i += 1;
                    continue;
                }
                b'w' if l > 0 => return None,
                b'w' => &mut w,
                b'+' => &mut plus,
                b'#' => &mut sharp,
                _ => break,
            };
            if *flag > 0 {
                return None;
            }
            *flag = 1;
            i += 1;
        }
        match self.at(i) {
            b'.' => {
                i += 1;
                if self.at(i).is_ascii_digit() {
                    i = self.digits(i);
                } else if self.at(i) == b'*' {
                    i += 1;
                    let precision = self.dollar_number(&mut i)?;
                    if precision > 0 && (kinds.unnumbered || number == 0 || precision + 1 != number)
                    {
                        return None;
                    }
                    kinds.settle(precision > 0)?;
                } else {
                    return None;
                }
                if self.at(i) != b's' {
                    return None;
                }
            }
            c if Self::one_of(c, b"csiduoxpHJKDFTEACLOPQV") => {}
            _ => return None,
        }
        kinds.settle(number > 0)?;
        Some(i)
    }

    /// GFortran's internal format: `%%`, `%C`, `%L`, `%c`, `%s`, `%[l]d`,
    /// `%[l]i`, `%[l]u`, with `n$`.
    pub(super) fn gfc_internal(&mut self) {
        self.percent_directives(|p, mut i| {
            if p.at(i) == b'%' {
                return Some(i);
            }
            p.dollar_number(&mut i)?;
            if matches!(p.at(i), b'C' | b'L' | b'c' | b's') {
                return Some(i);
            }
            if p.at(i) == b'l' {
                i += 1;
            }
            matches!(p.at(i), b'i' | b'd' | b'u').then_some(i)
        });
    }
}
