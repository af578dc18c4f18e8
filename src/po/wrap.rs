//! String layout exactly as GNU gettext writes it (`write-po.c`, `wrap()`):
//! split at `\n`, escape, find Unicode line-break opportunities, break greedily
//! so that no line exceeds 79 columns.

use super::format::{Language, unbreakable};
use unicode_width::UnicodeWidthChar;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Brk {
    Undefined,
    Prohibited,
}

/// How one entry's strings are laid out.
#[derive(Clone, Copy)]
pub struct Layout {
    /// The page width.
    pub width: usize,
    /// False for an entry flagged `no-wrap` (or a `--no-wrap` file): lines
    /// end only after `\n`, as `msgcat` writes them.
    pub wrap: bool,
    /// The entry's format language: no line breaks inside its directives.
    pub format: Option<Language>,
}

/// Appends `{prefix}{name} "..."` lines for `value` to `out`, wrapped like
/// gettext.
pub fn write_string(out: &mut String, prefix: &str, name: &str, value: &str, layout: Layout) {
    let Layout {
        width: page_width,
        wrap,
        format,
    } = layout;
    let inside = format
        .filter(|_| wrap && !value.is_empty())
        .map(|language| unbreakable(language, value, name.starts_with("msgstr")));
    let portions = split_portions(value);
    let startcol_after_break = prefix.len() + 1;
    let width = page_width as isize - 1 - startcol_after_break as isize;
    let mut first_line = true;
    let mut offset = 0;
    for (pi, portion) in portions.iter().enumerate() {
        let more_follow = pi + 1 < portions.len();
        let kept = inside
            .as_deref()
            .map(|v| &v[offset..offset + portion.len()]);
        offset += portion.len();
        let (escaped, mut overrides) = escape_portion(portion, kept);
        if portion.ends_with('\n')
            && escaped.len() >= 2
            && let Some(ov) = overrides.as_mut()
        {
            let n = escaped.len();
            ov[n - 2] = Brk::Prohibited;
        }
        let mut breaks;
        loop {
            let mut startcol = prefix.len() as isize;
            if first_line {
                startcol += name.len() as isize + 1;
            }
            startcol += 1;
            startcol -= startcol_after_break as isize;
            // ASCII takes at most a column a byte: short enough, no break.
            let fits = startcol + escaped.len() as isize <= width && escaped.is_ascii();
            breaks = if wrap && !fits {
                width_linebreaks(&escaped, width, startcol, overrides.as_deref())
            } else {
                Vec::new()
            };
            let long = wrap && (startcol > width || !breaks.is_empty());
            if first_line && !escaped.is_empty() && (more_follow || long) {
                out.push_str(prefix);
                out.push_str(name);
                out.push_str(" \"\"\n");
                first_line = false;
                continue;
            }
            break;
        }
        out.push_str(prefix);
        if first_line {
            out.push_str(name);
            out.push(' ');
            first_line = false;
        }
        out.push('"');
        let mut last = 0;
        for &i in &breaks {
            out.push_str(&escaped[last..i]);
            out.push_str("\"\n");
            out.push_str(prefix);
            out.push('"');
            last = i;
        }
        out.push_str(&escaped[last..]);
        out.push_str("\"\n");
    }
}

/// Splits after each `\n`; an empty value is one empty portion.
fn split_portions(value: &str) -> Vec<&str> {
    let mut v = Vec::new();
    let mut start = 0;
    for (i, b) in value.bytes().enumerate() {
        if b == b'\n' {
            v.push(&value[start..=i]);
            start = i + 1;
        }
    }
    if start < value.len() || v.is_empty() {
        v.push(&value[start..]);
    }
    v
}

/// C-escapes a portion; returns the escaped text and, when any break is
/// overridden, per-byte break overrides (`inside`: per byte of `s`, no break
/// before it; none after an escape's backslash).
fn escape_portion<'s>(
    s: &'s str,
    inside: Option<&[bool]>,
) -> (std::borrow::Cow<'s, str>, Option<Vec<Brk>>) {
    let plain = |b: u8| !matches!(b, 0x7..=0xd | b'\\' | b'"');
    let kept = inside.is_some_and(|v| v.contains(&true));
    if !kept && s.bytes().all(plain) {
        return (std::borrow::Cow::Borrowed(s), None);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut ov = Vec::with_capacity(s.len() + 8);
    for (i, c) in s.char_indices() {
        let first = if inside.is_some_and(|v| v[i]) {
            Brk::Prohibited
        } else {
            Brk::Undefined
        };
        let esc = match c {
            '\u{7}' => Some('a'),
            '\u{8}' => Some('b'),
            '\u{c}' => Some('f'),
            '\n' => Some('n'),
            '\r' => Some('r'),
            '\t' => Some('t'),
            '\u{b}' => Some('v'),
            '\\' => Some('\\'),
            '"' => Some('"'),
            _ => None,
        };
        if let Some(e) = esc {
            out.push('\\');
            out.push(e);
            ov.push(first);
            ov.push(Brk::Prohibited);
        } else {
            out.push(c);
            ov.push(first);
            for _ in 1..c.len_utf8() {
                ov.push(Brk::Prohibited);
            }
        }
    }
    (std::borrow::Cow::Owned(out), Some(ov))
}

/// Line-breaking classes of libunistring 1.0's pair table, in table order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum Lb {
    Wj,
    Gl,
    B2,
    Ba,
    Bb,
    Hy,
    Cl,
    Cp,
    Ex,
    In,
    Ns,
    Op,
    Qu,
    Is,
    Nu,
    Po,
    Pr,
    Sy,
    Al,
    H2,
    H3,
    Id,
    Jl,
    Jv,
    Jt,
    Hl,
    Ri,
    Zwj,
    Eb,
    Em,
    // Not in the table:
    Bk,
    Sp,
    Zw,
    Cm,
}

/// The UAX #14 pair table (table 7.3) as GNU libunistring 1.0 applies it, which is
/// what gettext 0.21 (Debian 12) wraps with: row = class before, column = class
/// after; `D` direct break, `I` break only across spaces, `P` prohibited.
/// Measured by calling the system's `u8_possible_linebreaks` on every pair of
/// class representatives; note its tailoring (IS, AL) = `D`, so `example.com`
/// may break after the dot.
const PAIRS: [[u8; 30]; 30] = [
    *b"PIIIIIPPPIIIIPIIIPIIIIIIIIIIII", // WJ
    *b"PIIIIIPPPIIIIPIIIPIIIIIIIIIIII", // GL
    *b"PIPIDIPPPIIDIPDDDPDDDDDDDDDIDD", // B2
    *b"PDDIDIPPPIIDIPDDDPDDDDDDDDDIDD", // BA
    *b"PIIIIIPPPIIIIPIIIPIIIIIIIIIIII", // BB
    *b"PDDIDIPPPIIDIPIDDPDDDDDDDDDIDD", // HY
    *b"PIDIDIPPPIPDIPDIIPDDDDDDDDDIDD", // CL
    *b"PIDIDIPPPIIDIPIIIPIDDDDDDIDIDD", // CP
    *b"PIDIDIPPPIIDIPDDDPDDDDDDDDDIDD", // EX
    *b"PIDIDIPPPIIDIPDDDPDDDDDDDDDIDD", // IN
    *b"PIDIDIPPPIIDIPDDDPDDDDDDDDDIDD", // NS
    *b"PPPPPPPPPPPPPPPPPPPPPPPPPPPIPP", // OP
    *b"PIIIIIPPPIIPIPIIIPIIIIIIIIIIII", // QU
    *b"PIDIDIPPPIIDIPIDDPDDDDDDDDDIDD", // IS
    *b"PIDIDIPPPIIIIPIIIPIDDDDDDIDIDD", // NU
    *b"PIDIDIPPPIIIIPIDDPIDDDDDDIDIDD", // PO
    *b"PIDIDIPPPIIIIPIDDPIIIIIIIIDIII", // PR
    *b"PIDIDIPPPIIDIPIDDPDDDDDDDIDIDD", // SY
    *b"PIDIDIPPPIIIIPIIIPIDDDDDDIDIDD", // AL
    *b"PIDIDIPPPIIDIPDIDPDDDDDIIDDIDD", // H2
    *b"PIDIDIPPPIIDIPDIDPDDDDDDIDDIDD", // H3
    *b"PIDIDIPPPIIDIPDIDPDDDDDDDDDIDD", // ID
    *b"PIDIDIPPPIIDIPDIDPDIIDIIDDDIDD", // JL
    *b"PIDIDIPPPIIDIPDIDPDDDDDIIDDIDD", // JV
    *b"PIDIDIPPPIIDIPDIDPDDDDDDIDDIDD", // JT
    *b"PIDIDIPPPIIIIPIIIPIDDDDDDIDIDD", // HL
    *b"PIDIDIPPPIIDIPDDDPDDDDDDDDIIDD", // RI
    *b"PIIIIIPPPIIIIPIIIPIIIIIIIIIIII", // ZWJ
    *b"PIDIDIPPPIIDIPDIDPDDDDDDDDDIDI", // EB
    *b"PIDIDIPPPIIDIPDIDPDDDDDDDDDIDD", // EM
];

/// The classes of the ASCII characters (most of any catalog), made once.
fn ascii_classes() -> &'static [Lb; 128] {
    static ASCII: std::sync::OnceLock<[Lb; 128]> = std::sync::OnceLock::new();
    ASCII.get_or_init(|| std::array::from_fn(|b| lookup(char::from(b as u8))))
}

fn lookup(c: char) -> Lb {
    use unicode_linebreak::BreakClass as B;
    match unicode_linebreak::break_property(c as u32) {
        B::Mandatory | B::CarriageReturn | B::LineFeed | B::NextLine => Lb::Bk,
        B::CombiningMark => Lb::Cm,
        B::ZeroWidthJoiner => Lb::Zwj,
        B::Space => Lb::Sp,
        B::ZeroWidthSpace => Lb::Zw,
        B::WordJoiner => Lb::Wj,
        B::NonBreakingGlue => Lb::Gl,
        B::BeforeAndAfter => Lb::B2,
        B::After => Lb::Ba,
        B::Before => Lb::Bb,
        B::Hyphen => Lb::Hy,
        B::Contingent => Lb::Id,
        B::ClosePunctuation => Lb::Cl,
        B::CloseParenthesis => Lb::Cp,
        B::Exclamation => Lb::Ex,
        B::Inseparable => Lb::In,
        B::NonStarter | B::ConditionalJapaneseStarter => Lb::Ns,
        B::OpenPunctuation => Lb::Op,
        B::Quotation => Lb::Qu,
        B::InfixSeparator => Lb::Is,
        B::Numeric => Lb::Nu,
        B::Postfix => Lb::Po,
        B::Prefix => Lb::Pr,
        B::Symbol => Lb::Sy,
        B::EmojiBase => Lb::Eb,
        B::EmojiModifier => Lb::Em,
        B::HangulLvSyllable => Lb::H2,
        B::HangulLvtSyllable => Lb::H3,
        B::HebrewLetter => Lb::Hl,
        B::Ideographic => Lb::Id,
        B::HangulLJamo => Lb::Jl,
        B::HangulVJamo => Lb::Jv,
        B::HangulTJamo => Lb::Jt,
        B::RegionalIndicator => Lb::Ri,
        B::Ambiguous | B::Alphabetic | B::ComplexContext | B::Unknown | B::Surrogate => Lb::Al,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Opp {
    Prohibited,
    Possible,
    Mandatory,
}

/// libunistring's UAX #14 loop (`u8_possible_linebreaks`), one character
/// at a time: the break opportunity before each.
struct Opportunities {
    prev: Lb,
    last: Lb,
    seen_space: bool,
    ascii: &'static [Lb; 128],
}

impl Opportunities {
    fn new() -> Opportunities {
        Opportunities {
            prev: Lb::Bk,
            last: Lb::Bk,
            seen_space: false,
            ascii: ascii_classes(),
        }
    }

    /// The opportunity before `c`, the next character.
    fn before(&mut self, c: char) -> Opp {
        let prop = if c.is_ascii() {
            self.ascii[c as usize]
        } else {
            lookup(c)
        };
        let mut opp = Opp::Prohibited;
        match prop {
            Lb::Bk => {
                opp = Opp::Mandatory;
                self.last = Lb::Bk;
                self.seen_space = false;
            }
            Lb::Sp => self.seen_space = true,
            Lb::Zw => {
                self.last = Lb::Zw;
                self.seen_space = false;
            }
            Lb::Cm | Lb::Zwj => {
                if self.last == Lb::Bk {
                    self.last = Lb::Al;
                    self.seen_space = false;
                } else if self.last == Lb::Zw || self.seen_space {
                    opp = Opp::Possible;
                    self.last = Lb::Al;
                    self.seen_space = false;
                }
            }
            _ => {
                opp = if self.last == Lb::Bk || self.prev == Lb::Zwj {
                    Opp::Prohibited
                } else if self.last == Lb::Zw {
                    Opp::Possible
                } else {
                    match PAIRS[self.last as usize][prop as usize] {
                        b'D' => Opp::Possible,
                        b'I' if self.seen_space => Opp::Possible,
                        _ => Opp::Prohibited,
                    }
                };
                self.last = prop;
                self.seen_space = false;
            }
        }
        self.prev = prop;
        opp
    }
}

/// The columns a character takes as libunistring's `uc_width` counts them:
/// none for non-spacing marks (bidi class NSM), format and control
/// characters and Hangul medial/final jamo; two for wide characters; one
/// for the rest — Indic spacing vowel signs included, which Unicode's
/// East Asian width tables (and so `unicode-width`) count as none.
fn columns(c: char) -> isize {
    // Most text is ASCII: no table lookups for it.
    if c.is_ascii() {
        return isize::from(!c.is_ascii_control());
    }
    use icu::properties::CodePointMapData;
    use icu::properties::props::{BidiClass, GeneralCategory};
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    let nonspacing = CodePointMapData::<BidiClass>::new().get(c) == BidiClass::NonspacingMark
        || matches!(category, GeneralCategory::Control | GeneralCategory::Format)
        || matches!(c as u32, 0x1160..=0x11A7 | 0x11E2..=0x11FF | 0xD7B0..=0xD7FF);
    if nonspacing {
        0
    } else if c.width() == Some(2) {
        2
    } else {
        1
    }
}

/// libunistring's greedy width algorithm over the break opportunities.
/// Returns the byte positions a line break is inserted before, in order.
fn width_linebreaks(
    s: &str,
    width: isize,
    start_column: isize,
    overrides: Option<&[Brk]>,
) -> Vec<usize> {
    let mut result = Vec::new();
    let mut last_p: Option<usize> = None;
    let mut last_column = start_column;
    let mut piece_width: isize = 0;
    let mut breaks_at = |lp: usize| {
        if result.last().is_none_or(|&l| l < lp) {
            result.push(lp);
        }
    };
    let mut opportunities = Opportunities::new();
    for (i, c) in s.char_indices() {
        let possible = opportunities.before(c);
        let opp = match overrides.map_or(Brk::Undefined, |o| o[i]) {
            Brk::Undefined => possible,
            Brk::Prohibited => Opp::Prohibited,
        };
        if opp != Opp::Prohibited
            && let Some(lp) = last_p
            && last_column + piece_width > width
        {
            breaks_at(lp);
            last_column = 0;
        }
        if opp == Opp::Mandatory {
            last_p = None;
            last_column = 0;
            piece_width = 0;
            continue;
        }
        if opp == Opp::Possible {
            last_p = Some(i);
            last_column += piece_width;
            piece_width = 0;
        }
        piece_width += columns(c);
    }
    if let Some(lp) = last_p
        && last_column + piece_width > width
    {
        breaks_at(lp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(name: &str, v: &str) -> String {
        let mut s = String::new();
        let layout = Layout {
            width: 79,
            wrap: true,
            format: None,
        };
        write_string(&mut s, "", name, v, layout);
        s
    }

    #[test]
    fn short_and_empty() {
        assert_eq!(w("msgid", ""), "msgid \"\"\n");
        assert_eq!(w("msgid", "Hello"), "msgid \"Hello\"\n");
        assert_eq!(w("msgstr", "a\"b\\c\td"), "msgstr \"a\\\"b\\\\c\\td\"\n");
    }

    #[test]
    fn newlines_start_with_empty_line() {
        assert_eq!(w("msgstr", "a\nb"), "msgstr \"\"\n\"a\\n\"\n\"b\"\n");
        assert_eq!(w("msgstr", "a\n"), "msgstr \"a\\n\"\n");
    }

    #[test]
    fn long_line_wraps_at_79() {
        let v = "word ".repeat(30);
        let out = w("msgid", v.trim_end());
        assert!(out.starts_with("msgid \"\"\n"));
        for line in out.lines() {
            assert!(line.chars().count() <= 79, "{line}");
        }
    }

    #[test]
    fn columns_are_libunistrings() {
        // Bengali vowel sign AA (a spacing mark) takes a column; the virama
        // (a non-spacing mark), ZWNJ and RLM take none; CJK takes two.
        assert_eq!(columns('\u{09BE}'), 1);
        assert_eq!(columns('\u{09CD}'), 0);
        assert_eq!(columns('\u{200C}'), 0);
        assert_eq!(columns('\u{200F}'), 0);
        assert_eq!(columns('日'), 2);
        assert_eq!(columns('a'), 1);
        assert_eq!(columns('\u{7}'), 0);
    }
}
