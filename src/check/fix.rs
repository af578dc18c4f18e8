//! `check --fix`: the safe fixes, never inside code, link destinations or URLs.

use super::*;

/// Applies the safe fixes: Arabic → Persian letters (fa; words copied from the
/// source are kept), bidi overrides removed, NFC. Returns the fixed text when
/// anything changed.
pub fn fix(source: &str, translation: &str, lang: &str) -> Option<String> {
    // Code spans, link and image destinations and URLs are never touched.
    let mut protected = shape(translation).tokens;
    protected.extend(urls_in(translation).into_iter().map(|(r, _)| r));
    protected.sort_by_key(|r| r.start);
    let persian = lang.split(['-', '_']).next() == Some("fa");
    let copied: Vec<&str> = if persian {
        copied_words(source, translation)
    } else {
        Vec::new()
    };
    let mut out = String::with_capacity(translation.len());
    let mut pos = 0;
    for r in protected {
        if r.start < pos || r.end > translation.len() {
            continue;
        }
        out.push_str(&fix_text(&translation[pos..r.start], persian, &copied));
        out.push_str(&translation[r.clone()]);
        pos = r.end;
    }
    out.push_str(&fix_text(&translation[pos..], persian, &copied));
    (out != translation).then_some(out)
}

/// The safe fixes on plain text: bidi overrides removed, NFC, and in Persian
/// Arabic ي/ك/ى → ی/ک (words copied from the source are kept).
pub(crate) fn fix_text(text: &str, persian: bool, copied: &[&str]) -> String {
    let t: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{202D}' | '\u{202E}'))
        .nfc()
        .collect();
    if !persian {
        return t;
    }
    let mut out = String::with_capacity(t.len());
    let mut last = 0;
    for (i, w) in words(&t) {
        out.push_str(&t[last..i]);
        if copied.contains(&w) {
            out.push_str(w);
        } else {
            out.extend(w.chars().map(|c| match c {
                '\u{64A}' | '\u{649}' => '\u{6CC}',
                '\u{643}' => '\u{6A9}',
                c => c,
            }));
        }
        last = i + w.len();
    }
    out.push_str(&t[last..]);
    out
}
