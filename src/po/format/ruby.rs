//! Ruby's `format` (`format-ruby.c`, gettext 0.21): flags, width and
//! precision in any order before the conversion, `%<name>s` and `%{name}`,
//! and arguments all named, all numbered or all unnumbered.

use super::Parse;

/// The arguments a string's directives used so far.
#[derive(Default)]
struct Used {
    named: bool,
    numbered: bool,
    unnumbered: bool,
}

/// One directive's parts read so far.
#[derive(Default)]
struct Directive {
    name: bool,
    number: bool,
    width: bool,
    width_number: bool,
    width_next: bool,
    precision: bool,
    precision_number: bool,
    precision_next: bool,
}

impl Directive {
    fn any_number(&self, used: &Used) -> bool {
        used.numbered || self.number || self.width_number || self.precision_number
    }

    fn any_unnumbered(&self, used: &Used) -> bool {
        used.unnumbered || self.width_next || self.precision_next
    }

    /// A name may come: no number and no unnumbered argument so far.
    fn name_allowed(&self, used: &Used) -> bool {
        !self.any_number(used) && !self.any_unnumbered(used) && !self.name
    }

    /// An `n$` may come.
    fn number_allowed(&self, used: &Used) -> bool {
        !used.named && !self.name && !self.any_unnumbered(used)
    }

    /// A `*` taking the next argument may come.
    fn next_allowed(&self, used: &Used) -> bool {
        !used.named && !self.name && !self.any_number(used)
    }
}

impl Parse<'_> {
    pub(super) fn ruby(&mut self) {
        let mut used = Used::default();
        self.percent_directives(|p, i| p.ruby_directive(i, &mut used));
    }

    /// `*n$` at `i` (after a `*`): `n` and the position of its `$`.
    fn ruby_star_number(&self, i: usize) -> Option<(bool, usize)> {
        if !self.at(i).is_ascii_digit() {
            return None;
        }
        let end = self.digits(i);
        (self.at(end) == b'$').then(|| (self.s[i..end].iter().any(|d| *d != b'0'), end))
    }

    /// The end of a name from `i` up to `close`; None when unterminated.
    fn ruby_name(&self, i: usize, close: u8) -> Option<usize> {
        let mut j = i;
        while self.at(j) != 0 && self.at(j) != close {
            j += 1;
        }
        (self.at(j) == close).then_some(j)
    }

    fn ruby_directive(&self, mut i: usize, used: &mut Used) -> Option<usize> {
        let mut d = Directive::default();
        loop {
            match self.at(i) {
                b' ' | b'#' | b'+' | b'-' | b'0' => {
                    if d.width || d.precision {
                        return None;
                    }
                    i += 1;
                }
                b'<' => {
                    if !d.name_allowed(used) {
                        return None;
                    }
                    i = self.ruby_name(i + 1, b'>')? + 1;
                    d.name = true;
                }
                c if c.is_ascii_digit() => {
                    let end = self.digits(i);
                    if self.at(end) == b'$' {
                        if !d.number_allowed(used) || d.number {
                            return None;
                        }
                        d.number = self.s[i..end].iter().any(|c| *c != b'0');
                        i = end + 1;
                    } else {
                        if d.precision || d.width {
                            return None;
                        }
                        d.width = true;
                        i = end;
                    }
                }
                b'*' => {
                    i += 1;
                    if let Some((nonzero, dollar)) = self.ruby_star_number(i) {
                        if !d.number_allowed(used) || d.precision || d.width || !nonzero {
                            return None;
                        }
                        d.width = true;
                        d.width_number = true;
                        i = dollar + 1;
                    } else {
                        if !d.next_allowed(used) || d.precision || d.width {
                            return None;
                        }
                        d.width = true;
                        d.width_next = true;
                    }
                }
                b'.' => {
                    i += 1;
                    if self.at(i) == b'*' {
                        i += 1;
                        if let Some((nonzero, dollar)) = self.ruby_star_number(i) {
                            if !d.number_allowed(used) || d.precision || !nonzero {
                                return None;
                            }
                            d.precision_number = true;
                            i = dollar + 1;
                        } else if !d.next_allowed(used) || d.precision {
                            return None;
                        } else {
                            d.precision_next = true;
                        }
                    } else {
                        i = self.digits(i);
                        if d.precision {
                            return None;
                        }
                    }
                    d.precision = true;
                }
                _ => break,
            }
        }
        self.ruby_conversion(i, &mut d, used)
    }

    /// The conversion at `i` of directive `d`, its arguments recorded in
    /// `used`: its position, or None.
    fn ruby_conversion(&self, mut i: usize, d: &mut Directive, used: &mut Used) -> Option<usize> {
        let takes = match self.at(i) {
            b'%' | b'\n' => false,
            b'{' => {
                if !d.name_allowed(used) {
                    return None;
                }
                i = self.ruby_name(i + 1, b'}')?;
                d.name = true;
                true
            }
            c if Self::one_of(c, b"spcdiuoxXbBfgGeEaA") => true,
            _ => return None,
        };
        used.numbered |= d.width_number || d.precision_number;
        used.unnumbered |= d.width_next || d.precision_next;
        if takes {
            if d.name {
                used.named = true;
            } else if d.number {
                used.numbered = true;
            } else {
                if used.named || used.numbered {
                    return None;
                }
                used.unnumbered = true;
            }
        }
        Some(i)
    }
}
