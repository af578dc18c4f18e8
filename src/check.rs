//! Translation QA: checks that understand Markdown, bidi text, Persian, Arabic
//! and Spanish. Pure: a source, a translation and a context in, findings out.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::source::{SegmentKind, markdown_options};

mod fix;
mod languages;
mod links;
mod markdown;
mod numbers;
mod persian;
mod shape;
mod table;
mod text;

pub use fix::fix;
use languages::*;
pub use links::{link_targets, plural_forms, source_link_targets};
use markdown::*;
use numbers::*;
pub use persian::Compounds;
use persian::*;
pub use shape::features;
use shape::*;
pub use table::{CHECKS, SECURITY, Severity, default_severity, is_security};
pub use text::left_in_source;
use text::*;

pub use crate::ui::Msg;

fn m(id: &'static str) -> Msg {
    Msg::new(id)
}

/// One problem in one translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub check: &'static str,
    pub severity: Severity,
    /// The message in English (JSON, logs).
    pub message: String,
    /// The same message as an id and arguments, for other languages.
    #[serde(skip)]
    pub msg: Msg,
    /// Byte range in the translation the finding points at, when there is one.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
}

/// What a check needs to know besides the two texts.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// Language tag of the translation (`fa`, `es-MX`, …).
    pub lang: &'a str,
    /// Headings and titles: relaxed end punctuation and Spanish pairing.
    pub heading: bool,
    /// Terms that stay in the source language (names, brands).
    pub glossary: &'a [String],
    /// Allowed localized URLs: source URL → translated URL (prefixes).
    pub url_map: &'a BTreeMap<String, String>,
    /// Check ids to skip.
    pub disabled: &'a [String],
    /// Severity overrides.
    pub severities: &'a BTreeMap<String, Severity>,
    /// What the segment is, when known: a translation must stay inside it
    /// (`md-structure`). Unknown (a catalog of another tool): only its
    /// characters are inspected.
    pub kind: Option<&'a SegmentKind>,
    /// The compounds the language's catalogs write with a ZWNJ, when the
    /// whole language is checked (`fa-zwnj-consistency`).
    pub compounds: Option<&'a Compounds>,
}

#[cfg(test)]
impl Context<'static> {
    /// A context with nothing configured, for tests: `lang`, a paragraph
    /// (or an unknown kind).
    pub(crate) fn plain(lang: &'static str, paragraph: bool) -> Context<'static> {
        static NONE: BTreeMap<String, String> = BTreeMap::new();
        static DEFAULTS: BTreeMap<String, Severity> = BTreeMap::new();
        static PARAGRAPH: SegmentKind = SegmentKind::Paragraph;
        Context {
            lang,
            heading: false,
            glossary: &[],
            url_map: &NONE,
            disabled: &[],
            severities: &DEFAULTS,
            kind: paragraph.then_some(&PARAGRAPH),
            compounds: None,
        }
    }
}

struct Sink<'a> {
    ctx: &'a Context<'a>,
    out: Vec<Finding>,
}

impl Sink<'_> {
    fn add(&mut self, check: &'static str, msg: Msg, span: Option<Range<usize>>) {
        if self.ctx.disabled.iter().any(|d| d == check) {
            return;
        }
        let severity = self
            .ctx
            .severities
            .get(check)
            .copied()
            .or_else(|| default_severity(check))
            .unwrap_or(Severity::Warning);
        if self.out.iter().any(|f| f.check == check && f.span == span) {
            return;
        }
        self.out.push(Finding {
            check,
            severity,
            message: msg.english(),
            msg,
            span,
        });
    }
}

/// Runs every check on one translation.
pub fn check(source: &str, translation: &str, ctx: &Context) -> Vec<Finding> {
    let mut sink = Sink {
        ctx,
        out: Vec::new(),
    };
    if translation.is_empty() {
        return sink.out;
    }
    let base = ctx.lang.split(['-', '_']).next().unwrap_or("");
    bidi_checks(translation, &mut sink);
    zero_width_check(translation, &mut sink);
    // Both sides in NFC: a code span or URL copied in another normalization
    // form is the same code. A translation that normalizes to other text
    // was not in NFC.
    let nfc = crate::guard::nfc(translation);
    if matches!(&nfc, std::borrow::Cow::Owned(n) if n != translation) {
        sink.add("nfc", m("check-nfc"), None);
    }
    let t = nfc.as_ref();
    let source_nfc = crate::guard::nfc(source);
    let source = source_nfc.as_ref();
    let (s, tr) = (shape(source), shape(t));
    markdown_checks(source, t, &s, &tr, &mut sink);
    token_checks(&s, &tr, t, &mut sink);
    reading_checks(&s, &tr, &mut sink);
    text_checks(source, t, &tr, &mut sink);
    stray_backslash(&s, &tr, &mut sink);
    if crate::lang::Language::parse(base).is_ok_and(|l| l.direction == crate::lang::Direction::Rtl)
    {
        rtl_mirrored(&s, &tr, &mut sink);
    }
    glossary_check(&s, t, &mut sink);
    length_check(&s, &tr, base, &mut sink);
    match base {
        "fa" => persian_checks(source, t, &tr, &mut sink),
        "ar" => arabic_checks(source, t, &tr, &mut sink),
        "es" => spanish_checks(source, t, &s, &tr, &mut sink),
        _ => {}
    }
    guard_check(source, translation, &mut sink);
    sink.out
}

/// What the build refuses to publish (`guard::inspect`), unless another check
/// already said it.
fn guard_check(source: &str, translation: &str, sink: &mut Sink) {
    let refusal = match sink.ctx.kind {
        Some(kind) => crate::guard::inspect(kind, &[source], translation, sink.ctx.url_map),
        None => crate::guard::characters(translation),
    };
    if let Some(r) = refusal
        && !sink.out.iter().any(|f| f.check == r.check_id())
    {
        sink.add(r.check_id(), r.msg(), None);
    }
}

fn zero_width_check(t: &str, sink: &mut Sink) {
    for (i, c) in t.char_indices() {
        let zero = matches!(c, '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{180E}')
            || (c == '\u{FEFF}' && i > 0);
        if zero {
            sink.add(
                "zero-width",
                m("check-zero-width").arg("code", crate::guard::code(c)),
                Some(i..i + c.len_utf8()),
            );
        }
    }
}

fn bidi_checks(t: &str, sink: &mut Sink) {
    let mut stack: Vec<char> = Vec::new();
    let mut unbalanced = false;
    let mut any = false;
    for (i, c) in t.char_indices() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => sink.add(
                "bidi-override",
                m("check-bidi-override").arg("code", format!("{:04X}", c as u32)),
                Some(i..i + c.len_utf8()),
            ),
            _ => {}
        }
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => stack.push(c),
            '\u{2066}' | '\u{2067}' | '\u{2068}' => {
                stack.push(c);
                any = true;
            }
            '\u{202C}' => match stack.last() {
                Some('\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}') => {
                    stack.pop();
                }
                _ => unbalanced = true,
            },
            '\u{2069}' => {
                any = true;
                match stack.last() {
                    Some('\u{2066}' | '\u{2067}' | '\u{2068}') => {
                        stack.pop();
                    }
                    _ => unbalanced = true,
                }
            }
            _ => {}
        }
    }
    if unbalanced || !stack.is_empty() {
        sink.add("bidi-unbalanced", m("check-bidi-unbalanced"), None);
    } else if any {
        sink.add("bidi-control", m("check-bidi-control"), None);
    }
}

#[cfg(test)]
mod tests;
