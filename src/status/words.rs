//! Counting words as Unicode word segmentation (UAX #29) sees them, with a
//! fast path for ASCII text that gives the same count without the tables
//! (word counts are taken of every message several times per command).

use unicode_segmentation::UnicodeSegmentation;

/// Words of a text: UAX #29 word segments holding a letter or a digit.
pub fn count(text: &str) -> usize {
    if text.is_ascii() {
        ascii(text.as_bytes())
    } else {
        text.unicode_words().count()
    }
}

/// Word-break classes of the ASCII characters that can join a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Digit,
    /// `:` (MidLetter).
    MidLetter,
    /// `.` and `'` (MidNumLet, Single_Quote).
    MidNumLet,
    /// `,` and `;` (MidNum).
    MidNum,
    /// `_` (ExtendNumLet).
    Extend,
    Other,
}

fn class(b: u8) -> Wb {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Digit,
        b':' => Wb::MidLetter,
        b'.' | b'\'' => Wb::MidNumLet,
        b',' | b';' => Wb::MidNum,
        b'_' => Wb::Extend,
        _ => Wb::Other,
    }
}

/// Whether no word boundary falls between `b[i - 1]` and `b[i]` (rules WB5–WB13b;
/// the rules that join spaces and line ends never join a letter or a digit,
/// so they cannot change the count).
fn joined(b: &[u8], i: usize) -> bool {
    use Wb::*;
    let at = |j: usize| b.get(j).map_or(Other, |&c| class(c));
    match (at(i - 1), at(i)) {
        (Letter | Digit, Letter | Digit) => true,
        (Letter | Digit | Extend, Extend) | (Extend, Letter | Digit) => true,
        (Letter, MidLetter | MidNumLet) => at(i + 1) == Letter,
        (MidLetter | MidNumLet, Letter) => i >= 2 && at(i - 2) == Letter,
        (Digit, MidNum | MidNumLet) => at(i + 1) == Digit,
        (MidNum | MidNumLet, Digit) => i >= 2 && at(i - 2) == Digit,
        _ => false,
    }
}

fn ascii(b: &[u8]) -> usize {
    let mut words = 0;
    let mut alnum = false;
    for (i, c) in b.iter().enumerate() {
        if i > 0 && !joined(b, i) {
            words += usize::from(alnum);
            alnum = false;
        }
        alnum |= c.is_ascii_alphanumeric();
    }
    words + usize::from(alnum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn unicode(s: &str) -> usize {
        s.unicode_words().count()
    }

    #[test]
    fn known_cases() {
        for s in [
            "",
            "don't stop",
            "e.g. 1.5 and 1,000,000 or 3:4 a:b",
            "snake_case _x x_ __ _",
            "a..b a.1 1.a a'b' 'a' .5 5. a_.b",
            "Hello, world!\r\n  tabs\tand -- dashes",
        ] {
            assert_eq!(count(s), unicode(s), "{s:?}");
        }
        assert_eq!(count("don't stop"), 2);
        assert_eq!(count("1,000,000 a:b"), 2);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// The ASCII fast path counts exactly what UAX #29 segmentation counts.
        #[test]
        fn ascii_path_equals_segmentation(s in "[aZ09 .,;:'_\\-!\"\n\r\t()]{0,24}") {
            prop_assert_eq!(ascii(s.as_bytes()), unicode(&s));
        }
    }
}
