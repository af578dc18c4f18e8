//! What changed between two versions of a segment: a word-level diff, change
//! classes, and carry-over of mechanical changes (links, code, numbers) into an
//! existing translation.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::Serialize;
use similar::{Algorithm, ChangeTag};

use crate::source::markdown_options;

/// A class of change between the previous and the current source of a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeClass {
    /// Re-wrapping, spaces.
    Whitespace,
    /// A URL changed, its text did not.
    Link,
    /// Inline code changed.
    Code,
    /// A number changed.
    Number,
    /// Emphasis or other inline structure only.
    Markup,
    /// Punctuation only.
    Punctuation,
    /// A tiny edit inside a word (two characters or fewer).
    Typo,
    /// Anything else: the meaning may have changed.
    Wording,
}

impl ChangeClass {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeClass::Whitespace => "whitespace",
            ChangeClass::Link => "link",
            ChangeClass::Code => "code",
            ChangeClass::Number => "number",
            ChangeClass::Markup => "markup",
            ChangeClass::Punctuation => "punctuation",
            ChangeClass::Typo => "typo",
            ChangeClass::Wording => "wording",
        }
    }

    /// Changes a translation can absorb mechanically.
    pub fn carries(self) -> bool {
        matches!(
            self,
            ChangeClass::Whitespace | ChangeClass::Link | ChangeClass::Code | ChangeClass::Number
        )
    }
}

/// The most significant class of a set (the one to show first).
pub fn primary(classes: &[ChangeClass]) -> Option<ChangeClass> {
    classes.iter().copied().max()
}

/// One piece of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffPart {
    pub op: DiffOp,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffOp {
    Equal,
    Delete,
    Insert,
}

/// Word-level diff of two texts (Unicode word boundaries).
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let mut out: Vec<DiffPart> = Vec::new();
    for (tag, text) in similar::utils::diff_unicode_words(Algorithm::Myers, old, new) {
        let op = match tag {
            ChangeTag::Equal => DiffOp::Equal,
            ChangeTag::Delete => DiffOp::Delete,
            ChangeTag::Insert => DiffOp::Insert,
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(DiffPart {
                op,
                text: text.to_string(),
            }),
        }
    }
    out
}

/// `[-old-]{+new+}` rendering of a diff, optionally with ANSI colors. The
/// texts are shown escaped where a terminal would act on them (`ui::visible`).
pub fn render_diff(parts: &[DiffPart], color: bool) -> String {
    let mut s = String::new();
    for p in parts {
        let text = crate::ui::visible(&p.text);
        match (p.op, color) {
            (DiffOp::Equal, _) => s.push_str(&text),
            (DiffOp::Delete, false) => s.push_str(&format!("[-{text}-]")),
            (DiffOp::Insert, false) => s.push_str(&format!("{{+{text}+}}")),
            (DiffOp::Delete, true) => s.push_str(&format!("\x1b[31;9m{text}\x1b[0m")),
            (DiffOp::Insert, true) => s.push_str(&format!("\x1b[32;4m{text}\x1b[0m")),
        }
    }
    s
}

/// Collapses runs of whitespace to one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const CODE: char = '\u{1}';
const NUM: char = '\u{2}';
const MARK: char = '\u{3}';

/// The parts of an inline Markdown text that change classes look at.
#[derive(Debug, Default, PartialEq)]
struct Skeleton {
    /// Text with code spans and numbers replaced by placeholders.
    text: String,
    /// Like `text`, with a marker per inline tag (emphasis, links, breaks…).
    marked: String,
    links: Vec<String>,
    codes: Vec<String>,
    numbers: Vec<String>,
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{6F0}'..='\u{6F9}').contains(&c)
        || ('\u{660}'..='\u{669}').contains(&c)
}

/// Numbers in a text: runs of digits (ASCII, Persian or Arabic-Indic), with `.`,
/// `,`, `٫`, `٬` between digits. Returns byte ranges.
fn number_ranges(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if is_digit(chars[i].1) {
            let start = chars[i].0;
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                if is_digit(c) {
                    j += 1;
                } else if matches!(c, '.' | ',' | '\u{66B}' | '\u{66C}')
                    && j + 1 < chars.len()
                    && is_digit(chars[j + 1].1)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map(|(b, _)| *b).unwrap_or(s.len());
            out.push(start..end);
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// A number in ASCII digits (separators kept), for comparing across digit systems.
fn ascii_number(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{6F0}'..='\u{6F9}' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{66B}' => '.',
            '\u{66C}' => ',',
            c => c,
        })
        .collect()
}

/// Writes an ASCII number in the digit system of `like`, with its
/// separators: Persian and Arabic digits take the Arabic decimal and
/// thousands separators (`۱۵٫۶`, `٬`) unless `like` writes ASCII ones.
fn in_digits_of(ascii: &str, like: &str) -> String {
    let digits = digits_of(ascii, like);
    let native = like.chars().any(|c| ('\u{660}'..='\u{6F9}').contains(&c));
    if !native {
        return digits;
    }
    let (dot, comma) = (like.contains('.'), like.contains(','));
    digits
        .chars()
        .map(|c| match c {
            '.' if !dot => '\u{66B}',
            ',' if !comma => '\u{66C}',
            c => c,
        })
        .collect()
}

/// An ASCII number's digits in the digit system of `like`.
fn digits_of(ascii: &str, like: &str) -> String {
    let base = if like.chars().any(|c| ('\u{6F0}'..='\u{6F9}').contains(&c)) {
        Some(0x6F0)
    } else if like.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c)) {
        Some(0x660)
    } else {
        None
    };
    match base {
        None => ascii.to_string(),
        Some(b) => ascii
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(b + d).unwrap_or(c),
                None => c,
            })
            .collect(),
    }
}

fn skeleton(text: &str) -> Skeleton {
    let mut sk = Skeleton::default();
    for e in Parser::new_ext(text, markdown_options()) {
        match e {
            Event::Text(t) => {
                let mut last = 0;
                for r in number_ranges(&t) {
                    sk.text.push_str(&t[last..r.start]);
                    sk.marked.push_str(&t[last..r.start]);
                    sk.text.push(NUM);
                    sk.marked.push(NUM);
                    sk.numbers.push(ascii_number(&t[r.clone()]));
                    last = r.end;
                }
                sk.text.push_str(&t[last..]);
                sk.marked.push_str(&t[last..]);
            }
            Event::Code(c) => {
                sk.text.push(CODE);
                sk.marked.push(CODE);
                sk.codes.push(c.to_string());
            }
            Event::SoftBreak => {
                sk.text.push(' ');
                sk.marked.push(' ');
            }
            Event::Start(Tag::Link {
                dest_url, title, ..
            })
            | Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                sk.links.push(dest_url.to_string());
                sk.marked.push(MARK);
                sk.marked.push('[');
                if !title.is_empty() {
                    sk.text.push(' ');
                    sk.text.push_str(&title);
                    sk.marked.push_str(&title);
                }
            }
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            Event::Start(tag) => {
                sk.marked.push(MARK);
                sk.marked
                    .push_str(&format!("{tag:?}").chars().take(6).collect::<String>());
            }
            Event::End(tag) => {
                sk.marked.push(MARK);
                sk.marked.push('/');
                sk.marked
                    .push_str(&format!("{tag:?}").chars().take(6).collect::<String>());
            }
            other => {
                sk.marked.push(MARK);
                sk.marked.push_str(&format!("{other:?}"));
            }
        }
    }
    sk.text = collapse(&sk.text);
    sk.marked = collapse(&sk.marked);
    sk
}

/// Characters changed (inserted + deleted) between two texts.
fn char_changes(a: &str, b: &str) -> usize {
    let d = similar::TextDiff::configure()
        .algorithm(Algorithm::Myers)
        .timeout(std::time::Duration::from_millis(100))
        .diff_chars(a, b);
    d.iter_all_changes()
        .filter(|c| c.tag() != ChangeTag::Equal)
        .map(|c| c.value().chars().count())
        .sum()
}

/// One word changed by at most two characters, keeping its first letter
/// (`recieve` → `receive`, not `million` → `billion`).
fn is_typo(a: &str, b: &str) -> bool {
    let (mut del, mut ins) = (Vec::new(), Vec::new());
    for (tag, w) in similar::utils::diff_unicode_words(Algorithm::Myers, a, b) {
        match tag {
            ChangeTag::Delete => del.push(w),
            ChangeTag::Insert => ins.push(w),
            ChangeTag::Equal => {}
        }
    }
    if del.len() != 1 || ins.len() != 1 {
        return false;
    }
    let (o, n) = (del[0].trim(), ins[0].trim());
    o.chars().count() >= 4
        && o.chars().next() == n.chars().next()
        && !o.contains(char::is_whitespace)
        && !n.contains(char::is_whitespace)
        && char_changes(o, n) <= 2
}

/// The classes of change from `prev` to `cur` (sorted, no duplicates; empty when equal).
pub fn classify(prev: &str, cur: &str) -> Vec<ChangeClass> {
    if prev == cur {
        return Vec::new();
    }
    if collapse(prev) == collapse(cur) {
        return vec![ChangeClass::Whitespace];
    }
    let (a, b) = (skeleton(prev), skeleton(cur));
    let mut classes = Vec::new();
    if a.links != b.links {
        classes.push(if a.links.len() == b.links.len() {
            ChangeClass::Link
        } else {
            ChangeClass::Markup
        });
    }
    if a.codes != b.codes {
        classes.push(if a.codes.len() == b.codes.len() {
            ChangeClass::Code
        } else {
            ChangeClass::Markup
        });
    }
    if a.numbers != b.numbers {
        classes.push(if a.numbers.len() == b.numbers.len() {
            ChangeClass::Number
        } else {
            ChangeClass::Wording
        });
    }
    if a.text == b.text {
        if a.marked != b.marked {
            classes.push(ChangeClass::Markup);
        }
    } else {
        let strip = |s: &str| -> String {
            s.chars()
                .filter(|c| {
                    !c.is_ascii_punctuation()
                        && !matches!(
                            c,
                            '«' | '»' | '“' | '”' | '‘' | '’' | '¿' | '¡' | '،' | '؛' | '؟'
                        )
                })
                .collect::<String>()
        };
        if collapse(&strip(&a.text)) == collapse(&strip(&b.text)) {
            classes.push(ChangeClass::Punctuation);
        } else if is_typo(&a.text, &b.text) {
            classes.push(ChangeClass::Typo);
        } else {
            classes.push(ChangeClass::Wording);
        }
        if a.marked != b.marked
            && strip(&a.marked).split_whitespace().count()
                != strip(&b.marked).split_whitespace().count()
        {
            // Inline structure changed too (beyond the text change itself).
            let (ma, mb) = (
                a.marked.matches(MARK).count(),
                b.marked.matches(MARK).count(),
            );
            if ma != mb {
                classes.push(ChangeClass::Markup);
            }
        }
    }
    if classes.is_empty() {
        classes.push(ChangeClass::Whitespace);
    }
    classes.sort();
    classes.dedup();
    classes
}

/// Why a carry-over was not possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A change is not mechanical (wording, typo, punctuation, markup).
    NotMechanical(ChangeClass),
    /// The old token is not in the translation.
    Absent(String),
    /// The old token is in the translation more than once.
    Ambiguous(String),
}

/// A carried-over translation and what was substituted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    pub translation: String,
    pub classes: Vec<ChangeClass>,
    /// `(class, old, new)` for each substitution.
    pub substitutions: Vec<(ChangeClass, String, String)>,
}

impl Carried {
    /// The substitutions, `number 30 → 21; …` (empty for whitespace only).
    pub fn changes(&self) -> String {
        let parts: Vec<String> = self
            .substitutions
            .iter()
            .map(|(c, o, n)| format!("{} {o} → {n}", c.as_str()))
            .collect();
        parts.join("; ")
    }

    /// A one-line note for the catalog (auditable in any PO editor).
    pub fn note(&self) -> String {
        let changes = self.changes();
        let changes = if changes.is_empty() {
            "whitespace".into()
        } else {
            changes
        };
        crate::directive::carried_over(&changes)
    }
}

/// Applies a mechanical source change (`prev` → `cur`) to `translation`: every
/// changed link, code span and number must appear exactly once in it.
pub fn carry_over(prev: &str, cur: &str, translation: &str) -> Result<Carried, Refusal> {
    let classes = classify(prev, cur);
    if let Some(c) = classes.iter().find(|c| !c.carries()) {
        return Err(Refusal::NotMechanical(*c));
    }
    let (a, b) = (skeleton(prev), skeleton(cur));
    // Text must be the same apart from placeholders.
    if a.text != b.text && !(classes.len() == 1 && classes[0] == ChangeClass::Whitespace) {
        return Err(Refusal::NotMechanical(ChangeClass::Wording));
    }
    let mut subs: Vec<(ChangeClass, String, String)> = Vec::new();
    for (o, n) in a.links.iter().zip(&b.links).filter(|(o, n)| o != n) {
        subs.push((ChangeClass::Link, o.clone(), n.clone()));
    }
    for (o, n) in a.codes.iter().zip(&b.codes).filter(|(o, n)| o != n) {
        subs.push((ChangeClass::Code, o.clone(), n.clone()));
    }
    for (o, n) in a.numbers.iter().zip(&b.numbers).filter(|(o, n)| o != n) {
        subs.push((ChangeClass::Number, o.clone(), n.clone()));
    }
    let tokens = translation_tokens(translation);
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for (class, old, new) in &subs {
        let hits: Vec<&(ChangeClass, Range<usize>, String)> = tokens
            .iter()
            .filter(|(c, _, value)| c == class && value == old)
            .collect();
        match hits.len() {
            0 => return Err(Refusal::Absent(old.clone())),
            1 => {
                let (_, range, _) = hits[0];
                let replacement = match class {
                    ChangeClass::Number => in_digits_of(new, &translation[range.clone()]),
                    _ => new.clone(),
                };
                edits.push((range.clone(), replacement));
            }
            _ => return Err(Refusal::Ambiguous(old.clone())),
        }
    }
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut out = translation.to_string();
    for (r, rep) in edits {
        out.replace_range(r, &rep);
    }
    Ok(Carried {
        translation: out,
        classes,
        substitutions: subs,
    })
}

/// Links, code spans and numbers in a translation, with the byte range of the
/// value itself (URL, code content, digits).
fn translation_tokens(t: &str) -> Vec<(ChangeClass, Range<usize>, String)> {
    let mut out = Vec::new();
    for (e, r) in Parser::new_ext(t, markdown_options()).into_offset_iter() {
        match e {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                let span = &t[r.clone()];
                // The destination follows `](`; take its last occurrence in the span.
                if let Some(pos) = span.rfind(dest_url.as_ref()) {
                    let start = r.start + pos;
                    out.push((
                        ChangeClass::Link,
                        start..start + dest_url.len(),
                        dest_url.to_string(),
                    ));
                }
            }
            Event::Code(c) => {
                let span = &t[r.clone()];
                if let Some(pos) = span.find(c.as_ref()) {
                    let start = r.start + pos;
                    out.push((ChangeClass::Code, start..start + c.len(), c.to_string()));
                }
            }
            // Text events map to their source range only when unescaped.
            Event::Text(text) if &t[r.clone()] == text.as_ref() => {
                for n in number_ranges(&text) {
                    out.push((
                        ChangeClass::Number,
                        r.start + n.start..r.start + n.end,
                        ascii_number(&text[n]),
                    ));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests;
