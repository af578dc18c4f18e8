//! Left-to-right islands in right-to-left text: the Latin runs (`C++`,
//! URLs, `v3.12`) a Persian or Arabic page isolates so the bidi algorithm
//! does not move their neutral characters, never splitting a bracket or quote
//! pair.

pub(crate) fn strong_class(c: char) -> Option<bool> {
    use unicode_bidi::BidiClass::*;
    // ASCII without the table: its letters are the only strong characters.
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some(true);
    }
    match unicode_bidi::bidi_class(c) {
        L => Some(true),
        R | AL => Some(false),
        _ => None,
    }
}

/// Splits text of a right-to-left page into pieces, marking the left-to-right
/// runs that need isolation: runs of Latin words (with the spaces between them)
/// that begin or end with a neutral or weak character — `C++`, `@pycon`,
/// `#PyConUS2018`, `https://example.org/`, `v3.12` — and signed numbers (`-5`).
/// Without isolation the bidi algorithm moves those characters to the wrong side
/// (`++C`, `pycon@`). Sentence punctuation after a run stays outside it, and
/// so do brackets and quotes whose pair is not inside the run: a pair is never
/// split (`(RFI)`, `[PEP 8]`, `«C++»` keep both halves on one side).
pub fn ltr_islands(text: &str) -> Vec<(bool, &str)> {
    // Tokens: maximal non-space runs, with their byte ranges.
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                tokens.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        tokens.push((s, text.len()));
    }
    // Left-to-right tokens, without trailing sentence punctuation.
    fn trim(t: &str) -> &str {
        t.trim_end_matches([
            '.', ',', ';', ':', '!', '?', '،', '؛', '؟', '»', '«', ')', '(',
        ])
    }
    let is_ltr = |t: &str| {
        let t = trim(t);
        let mut has_l = false;
        for c in t.chars() {
            match strong_class(c) {
                Some(true) => has_l = true,
                Some(false) => return false,
                None => {}
            }
        }
        let signed = (t.starts_with('-') || t.starts_with('+') || t.starts_with('−'))
            && t.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
        (has_l || signed) && !t.is_empty()
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &(s, e) in &tokens {
        if !is_ltr(&text[s..e]) {
            continue;
        }
        let token_end = e;
        let mut e = s + trim(&text[s..e]).len();
        // Closers trimmed as punctuation that close an opener of the run
        // belong to it (`-f(x)`).
        while let Some(c) = text[e..token_end].chars().next()
            && let Some(&(o, _)) = PAIRS.iter().find(|(_, x)| *x == c)
            && opened(&text[s..e], o, c)
        {
            e += c.len_utf8();
        }
        match runs.last_mut() {
            // Join with the previous run when only spaces separate them.
            Some(last) if text[last.1..s].trim().is_empty() && text[last.1..s].len() < 3 => {
                last.1 = e
            }
            _ => runs.push((s, e)),
        }
    }
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, e) in runs {
        let (s, e) = unpaired(text, s, e);
        let run = &text[s..e];
        if run.is_empty() {
            continue;
        }
        let first = run.chars().next().and_then(strong_class);
        let last = run.chars().next_back().and_then(strong_class);
        if first == Some(true) && last == Some(true) {
            continue; // strong at both ends: the bidi algorithm handles it
        }
        if pos < s {
            out.push((false, &text[pos..s]));
        }
        out.push((true, run));
        pos = e;
    }
    if pos < text.len() {
        out.push((false, &text[pos..]));
    }
    out
}

/// Brackets and quotes, each with its pair.
const PAIRS: [(char, char); 8] = [
    ('(', ')'),
    ('[', ']'),
    ('{', '}'),
    ('«', '»'),
    ('‹', '›'),
    ('“', '”'),
    ('‘', '’'),
    ('"', '"'),
];

/// The run `text[s..e]` without the brackets and quotes at its edges that
/// pair with nothing inside it, and without a pair enclosing all of it: those
/// belong to the surrounding right-to-left text, which the bidi algorithm
/// pairs on its own (rule N0).
fn unpaired(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e {
        let run = &text[s..e];
        let (first, last) = (run.chars().next(), run.chars().next_back());
        if let Some(&(o, c)) = PAIRS.iter().find(|(o, _)| Some(*o) == first) {
            let inner = &run[o.len_utf8()..];
            match closing_index(inner, o, c) {
                // Its pair is outside the run.
                None => {
                    s += o.len_utf8();
                    continue;
                }
                // The pair encloses the whole run.
                Some(i) if i + c.len_utf8() == inner.len() => {
                    s += o.len_utf8();
                    e -= c.len_utf8();
                    continue;
                }
                Some(_) => {}
            }
        }
        if let Some(&(o, c)) = PAIRS.iter().find(|(_, c)| Some(*c) == last) {
            let before = &run[..run.len() - c.len_utf8()];
            if !opened(before, o, c) {
                e -= c.len_utf8();
                continue;
            }
        }
        break;
    }
    (s, e.max(s))
}

/// Byte index in `rest` of the closer matching an opener just before it.
fn closing_index(rest: &str, o: char, c: char) -> Option<usize> {
    let mut depth = 0usize;
    for (i, ch) in rest.char_indices() {
        if ch == c {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        } else if ch == o {
            depth += 1;
        }
    }
    None
}

/// Whether `before` leaves an opener unclosed (for a closer after it).
fn opened(before: &str, o: char, c: char) -> bool {
    if o == c {
        return before.matches(o).count() % 2 == 1;
    }
    let mut depth = 0isize;
    for ch in before.chars() {
        if ch == o {
            depth += 1;
        } else if ch == c {
            depth -= 1;
        }
    }
    depth > 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_takes_its_class_without_the_table() {
        for b in 0u8..128 {
            let c = char::from(b);
            let table = match unicode_bidi::bidi_class(c) {
                unicode_bidi::BidiClass::L => Some(true),
                unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL => Some(false),
                _ => None,
            };
            assert_eq!(super::strong_class(c), table, "{b:#x}");
        }
        assert_eq!(super::strong_class('é'), Some(true));
        assert_eq!(super::strong_class('ب'), Some(false));
        assert_eq!(super::strong_class('א'), Some(false));
    }
}
