//! Translation QA: checks that understand Markdown, bidi text, Persian, Arabic
//! and Spanish. Pure: a source, a translation and a context in, findings out.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
use serde::Serialize;
use unicode_normalization::{UnicodeNormalization, is_nfc};

use crate::source::{SegmentKind, markdown_options};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Every check: id, default severity, what it is about (for `docs/checks.md`).
pub const CHECKS: &[(&str, Severity, &str)] = &[
    (
        "md-emphasis",
        Severity::Warning,
        "emphasis, strong or strikethrough of the source missing in the translation",
    ),
    (
        "md-link",
        Severity::Error,
        "link destinations differ from the source",
    ),
    ("md-image", Severity::Error, "images differ from the source"),
    (
        "md-code",
        Severity::Error,
        "inline code differs from the source (must be byte-identical)",
    ),
    (
        "md-footnote",
        Severity::Error,
        "footnote references differ from the source",
    ),
    (
        "md-hard-break",
        Severity::Warning,
        "hard line breaks differ from the source",
    ),
    (
        "md-broken-delimiter",
        Severity::Error,
        "emphasis or code delimiters that do not parse and would show literally",
    ),
    (
        "md-html",
        Severity::Error,
        "raw HTML that is not in the source",
    ),
    (
        "md-structure",
        Severity::Error,
        "the translation reaches outside its segment (a fence, HTML block, link definition, list, heading attributes…): the build publishes the source text instead",
    ),
    (
        "md-list-marker",
        Severity::Warning,
        "the translation starts with a list or heading marker the source does not have",
    ),
    ("url", Severity::Error, "a URL of the source is missing"),
    (
        "email",
        Severity::Error,
        "an e-mail address of the source is missing",
    ),
    (
        "number",
        Severity::Warning,
        "a number the source does not have (compared by value across digit systems)",
    ),
    (
        "whitespace-edges",
        Severity::Warning,
        "leading or trailing whitespace differs from the source",
    ),
    (
        "double-space",
        Severity::Info,
        "two or more spaces in a row",
    ),
    (
        "untranslated",
        Severity::Warning,
        "the translation is identical to the source",
    ),
    (
        "glossary",
        Severity::Warning,
        "a glossary term of the source (kept in the source language) is missing from the translation",
    ),
    (
        "length",
        Severity::Info,
        "the translation is much shorter or longer than the source (truncated, or the wrong text)",
    ),
    (
        "repeated-word",
        Severity::Warning,
        "the same word twice in a row",
    ),
    (
        "brackets",
        Severity::Warning,
        "unbalanced brackets or quotes",
    ),
    (
        "end-punctuation",
        Severity::Warning,
        "the sentence ends differently from the source (. ? ! :)",
    ),
    (
        "bidi-override",
        Severity::Error,
        "bidi embedding and override controls (U+202A–U+202E): Trojan Source; the build publishes the source text instead",
    ),
    (
        "bidi-unbalanced",
        Severity::Error,
        "bidi embeddings or isolates that are not closed",
    ),
    (
        "bidi-control",
        Severity::Warning,
        "explicit bidi embeddings or isolates (the renderer isolates text)",
    ),
    (
        "bidi-mark-in-token",
        Severity::Error,
        "a bidi mark (LRM, RLM, ALM) inside a URL, link destination or code",
    ),
    (
        "control-char",
        Severity::Error,
        "control characters (C0 other than tab and newline, DEL, C1): they break files and terminals",
    ),
    (
        "invisible-char",
        Severity::Error,
        "invisible tag characters (U+E0000–U+E007F) outside an emoji flag: hidden text",
    ),
    (
        "zero-width",
        Severity::Warning,
        "zero-width characters other than ZWNJ and ZWJ (U+200B, U+2060, U+FEFF…)",
    ),
    ("nfc", Severity::Info, "text is not in Unicode NFC"),
    (
        "fa-arabic-letters",
        Severity::Warning,
        "Arabic ي ك ى instead of Persian ی ک",
    ),
    (
        "fa-arabic-digits",
        Severity::Warning,
        "Arabic-Indic digits ٠–٩ in Persian text (use ۰–۹)",
    ),
    (
        "fa-mixed-digits",
        Severity::Warning,
        "ASCII and Persian digits mixed in one segment",
    ),
    (
        "fa-latin-punctuation",
        Severity::Warning,
        "Latin , ; ? between Persian words (use ، ؛ ؟)",
    ),
    (
        "fa-zwnj",
        Severity::Warning,
        "the prefix می or the plural ها separated by a space instead of a ZWNJ",
    ),
    (
        "fa-tatweel",
        Severity::Info,
        "tatweel (ـ) used to stretch words",
    ),
    ("es-question", Severity::Warning, "¿ … ? not paired"),
    ("es-exclamation", Severity::Warning, "¡ … ! not paired"),
    (
        "es-quote-period",
        Severity::Info,
        "period before a closing quote (Spanish puts it after: «…».)",
    ),
    (
        "es-number-format",
        Severity::Info,
        "decimal separator does not follow the regional convention",
    ),
    (
        "ar-latin-punctuation",
        Severity::Warning,
        "Latin , ; ? between Arabic words (use ، ؛ ؟)",
    ),
    (
        "ar-mixed-digits",
        Severity::Warning,
        "ASCII and Arabic-Indic digits mixed in one segment",
    ),
    (
        "ar-persian-characters",
        Severity::Warning,
        "Persian ی ک or digits ۰–۹ in Arabic text",
    ),
];

/// Checks that guard the page and the reader rather than style: a translator
/// cannot waive them with `# dragoman: allow` (only `dragoman.toml` can).
pub const SECURITY: &[&str] = &[
    "md-structure",
    "md-html",
    "md-link",
    "md-image",
    "bidi-override",
    "bidi-unbalanced",
    "control-char",
    "invisible-char",
];

/// Whether a check guards the page (see [`SECURITY`]).
pub fn is_security(id: &str) -> bool {
    SECURITY.contains(&id)
}

/// The default severity of a check id.
pub fn default_severity(id: &str) -> Option<Severity> {
    CHECKS.iter().find(|(c, _, _)| *c == id).map(|(_, s, _)| *s)
}

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

/// The inline structure of a Markdown text, for comparing source and translation.
#[derive(Debug, Default)]
struct Shape {
    emphasis: usize,
    strong: usize,
    strike: usize,
    links: Vec<String>,
    images: Vec<String>,
    codes: Vec<String>,
    footnotes: Vec<String>,
    hard_breaks: usize,
    html: Vec<String>,
    autolinks: Vec<String>,
    /// Plain text pieces (Text events) with their byte ranges in the text.
    texts: Vec<(Range<usize>, String)>,
    /// Ranges of code spans and link/image destinations in the text.
    tokens: Vec<Range<usize>>,
}

fn shape(text: &str) -> Shape {
    let mut s = Shape::default();
    // Footnote definitions live elsewhere in the statement: define the labels used
    // here so that references parse as references.
    let mut doc = text.to_string();
    let mut from = 0;
    while let Some(p) = text[from..].find("[^") {
        let start = from + p + 2;
        match text[start..].find(']') {
            Some(e) if e > 0 && !text[start..start + e].contains(char::is_whitespace) => {
                doc.push_str(&format!("\n\n[^{}]: x", &text[start..start + e]));
                from = start + e;
            }
            _ => from = start,
        }
    }
    for (e, r) in Parser::new_ext(&doc, markdown_options()).into_offset_iter() {
        if r.start >= text.len() {
            break;
        }
        match e {
            Event::Start(Tag::Emphasis) => s.emphasis += 1,
            Event::Start(Tag::Strong) => s.strong += 1,
            Event::Start(Tag::Strikethrough) => s.strike += 1,
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                if matches!(link_type, LinkType::Autolink | LinkType::Email) {
                    s.autolinks.push(dest_url.to_string());
                } else {
                    s.links.push(dest_url.to_string());
                }
                if let Some(p) = text[r.clone()].rfind(dest_url.as_ref()) {
                    s.tokens.push(r.start + p..r.start + p + dest_url.len());
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                s.images.push(dest_url.to_string());
                if let Some(p) = text[r.clone()].rfind(dest_url.as_ref()) {
                    s.tokens.push(r.start + p..r.start + p + dest_url.len());
                }
            }
            Event::Code(c) => {
                s.codes.push(c.to_string());
                s.tokens.push(r);
            }
            Event::FootnoteReference(f) => s.footnotes.push(f.to_string()),
            Event::HardBreak => s.hard_breaks += 1,
            Event::InlineHtml(h) | Event::Html(h) => s.html.push(h.trim().to_string()),
            Event::Text(t) => s.texts.push((r, t.to_string())),
            Event::End(TagEnd::Paragraph) | Event::Start(Tag::Paragraph) => {}
            _ => {}
        }
    }
    s
}

/// Language-neutral features of a Markdown text, as sorted tokens: numbers
/// (any digits, normalized), link and image destinations, inline code and
/// footnote labels. A translation keeps them, so they tell which translated
/// block goes with which source block (`align`).
pub fn features(text: &str) -> Vec<String> {
    let s = shape(text);
    let mut out: Vec<String> = numbers(text)
        .into_iter()
        .map(|(_, n)| format!("n:{n}"))
        .collect();
    out.extend(s.links.iter().chain(&s.autolinks).map(|l| format!("l:{l}")));
    out.extend(s.images.iter().map(|l| format!("i:{l}")));
    out.extend(s.codes.iter().map(|c| format!("c:{c}")));
    out.extend(s.footnotes.iter().map(|f| format!("f:{f}")));
    out.sort();
    out
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{6F0}'..='\u{6F9}').contains(&c)
        || ('\u{660}'..='\u{669}').contains(&c)
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        _ => None,
    }
}

fn is_arabic_script(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
        && c.is_alphabetic()
}

/// Numbers in plain text, normalized: digits to ASCII, group separators
/// removed, decimal separator as `.`. With byte ranges.
fn numbers(text: &str) -> Vec<(Range<usize>, String)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_digit(chars[i].1) || (i > 0 && (chars[i - 1].1.is_alphabetic())) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        let mut raw = String::new();
        while j < chars.len() {
            let c = chars[j].1;
            if let Some(d) = digit_value(c) {
                raw.push(char::from(b'0' + d as u8));
                j += 1;
            } else if matches!(c, '.' | ',' | '\u{66B}' | '\u{66C}' | '\u{60C}')
                && j + 1 < chars.len()
                && is_digit(chars[j + 1].1)
            {
                raw.push(c);
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map(|(b, _)| *b).unwrap_or(text.len());
        out.push((chars[start].0..end, normalize_number(&raw)));
        i = j;
    }
    out
}

/// `1,000.5` / `1.000,5` / `1٬000٫5` → `1000.5`: with two kinds of separators the
/// last is the decimal one; a separator that repeats, or that is followed by exactly
/// three digits, groups thousands; any other single separator is decimal.
fn normalize_number(raw: &str) -> String {
    let raw: String = raw
        .chars()
        .map(|c| match c {
            '\u{66B}' => 'D',
            '\u{66C}' | '\u{60C}' => 'G',
            c => c,
        })
        .collect();
    let seps: Vec<(usize, char)> = raw
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_digit())
        .collect();
    let kinds: std::collections::BTreeSet<char> = seps
        .iter()
        .map(|(_, c)| *c)
        .filter(|c| *c == '.' || *c == ',')
        .collect();
    let mut out = String::new();
    for (i, c) in raw.char_indices() {
        if c.is_ascii_digit() {
            out.push(c);
            continue;
        }
        let digits_after = raw[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let repeats = seps.iter().filter(|(_, x)| *x == c).count() > 1;
        let decimal = match c {
            'D' => true,
            'G' => false,
            _ if kinds.len() > 1 => seps.last().map(|(p, _)| *p) == Some(i),
            _ => !repeats && digits_after != 3,
        };
        if decimal {
            out.push('.');
        }
    }
    out
}

/// `{…}` placeholders (format strings, Fluent-style variables) in a text.
fn placeholder_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match c {
            '{' => start = Some(i),
            '}' => {
                if let Some(s) = start.take() {
                    out.push(s..i + 1);
                }
            }
            _ => {}
        }
    }
    out
}

fn urls_in(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    for scheme in ["https://", "http://"] {
        let mut from = 0;
        while let Some(p) = text[from..].find(scheme) {
            let start = from + p;
            let end = text[start..]
                .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | '"' | '»' | '«'))
                .map(|e| start + e)
                .unwrap_or(text.len());
            let url = text[start..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
            out.push((start..start + url.len(), url.to_string()));
            from = end.max(start + 1);
        }
    }
    out
}

fn emails_in(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | '"'))
        .filter(|w| {
            let w = w.trim_end_matches(['.', ':']);
            match w.split_once('@') {
                Some((a, b)) => {
                    !a.is_empty() && b.contains('.') && !b.ends_with('.') && !w.contains("://")
                }
                None => false,
            }
        })
        .map(|w| w.trim_end_matches(['.', ':']).to_string())
        .collect()
}

fn url_allowed(src: &str, tr: &str, map: &BTreeMap<String, String>) -> bool {
    src == tr
        || map.iter().any(|(from, to)| {
            src.strip_prefix(from.as_str())
                .zip(tr.strip_prefix(to.as_str()))
                .is_some_and(|(a, b)| a == b)
        })
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
    if !is_nfc(translation) {
        sink.add("nfc", m("check-nfc"), None);
    }
    // Both sides in NFC: a code span or URL copied in another normalization
    // form is the same code.
    let nfc: String = translation.nfc().collect();
    let t = nfc.as_str();
    let source_nfc: String = source.nfc().collect();
    let source = source_nfc.as_str();
    let (s, tr) = (shape(source), shape(t));
    markdown_checks(source, t, &s, &tr, &mut sink);
    token_checks(&s, &tr, t, &mut sink);
    text_checks(source, t, &tr, &mut sink);
    glossary_check(&s, t, &mut sink);
    length_check(&s, &tr, base, &mut sink);
    match base {
        "fa" => persian_checks(source, t, &tr, &mut sink),
        "ar" => arabic_checks(source, t, &tr, &mut sink),
        "es" => spanish_checks(source, t, &tr, &mut sink),
        _ => {}
    }
    guard_check(source, translation, &mut sink);
    sink.out
}

/// What the build refuses to publish (`guard::inspect`), unless another check
/// already said it.
fn guard_check(source: &str, translation: &str, sink: &mut Sink) {
    let refusal = match sink.ctx.kind {
        Some(kind) => crate::guard::inspect(kind, source, translation, sink.ctx.url_map),
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

#[allow(clippy::too_many_lines)] // over 100 lines: to split (redesign, issue 16)
fn markdown_checks(source: &str, t: &str, s: &Shape, tr: &Shape, sink: &mut Sink) {
    // Emphasis lost is a problem; emphasis added (a foreign term in italics) is a style choice.
    if tr.emphasis < s.emphasis || tr.strong < s.strong || tr.strike < s.strike {
        sink.add(
            "md-emphasis",
            m("check-md-emphasis")
                .arg("strong", s.strong)
                .arg("emphasis", s.emphasis)
                .arg("strike", s.strike)
                .arg("tr_strong", tr.strong)
                .arg("tr_emphasis", tr.emphasis)
                .arg("tr_strike", tr.strike),
            None,
        );
    }
    let (sl, tl) = (sorted(s.links.clone()), sorted(tr.links.clone()));
    if sl != tl {
        let mut unmatched: Vec<&String> = tl.iter().collect();
        let ok = sl.len() == tl.len()
            && sl.iter().all(|a| {
                if let Some(p) = unmatched
                    .iter()
                    .position(|b| url_allowed(a, b, sink.ctx.url_map))
                {
                    unmatched.remove(p);
                    true
                } else {
                    false
                }
            });
        if !ok {
            let missing: Vec<&String> = sl.iter().filter(|u| !tl.contains(u)).collect();
            let extra: Vec<&String> = tl.iter().filter(|u| !sl.contains(u)).collect();
            sink.add(
                "md-link",
                m("check-md-link")
                    .arg("missing", format!("{missing:?}"))
                    .arg("extra", format!("{extra:?}")),
                None,
            );
        }
    }
    if sorted(s.images.clone()) != sorted(tr.images.clone()) {
        sink.add("md-image", m("check-md-image"), None);
    }
    let mut left = tr.codes.clone();
    let missing: Vec<&String> = s
        .codes
        .iter()
        .filter(|c| match left.iter().position(|x| x == *c) {
            Some(p) => {
                left.remove(p);
                false
            }
            None => true,
        })
        .collect();
    if !missing.is_empty() {
        sink.add(
            "md-code",
            m("check-md-code").arg("missing", format!("{missing:?}")),
            None,
        );
    }
    if sorted(s.footnotes.clone()) != sorted(tr.footnotes.clone()) {
        sink.add(
            "md-footnote",
            m("check-md-footnote")
                .arg("source", format!("{:?}", s.footnotes))
                .arg("translation", format!("{:?}", tr.footnotes)),
            None,
        );
    }
    if s.hard_breaks != tr.hard_breaks {
        sink.add(
            "md-hard-break",
            m("check-md-hard-break")
                .arg("source", s.hard_breaks)
                .arg("translation", tr.hard_breaks),
            None,
        );
    }
    for h in &tr.html {
        if !s.html.contains(h) {
            let lower = h.to_lowercase();
            let id = if lower.contains("dir=")
                || lower.starts_with("<bdi")
                || lower.starts_with("</span")
                || lower.starts_with("</bdi")
            {
                "check-md-html-direction"
            } else {
                "check-md-html"
            };
            sink.add("md-html", m(id).arg("html", h), None);
        }
    }
    // Delimiters left in text did not parse: they would show literally.
    for (r, text) in &tr.texts {
        for delim in ["**", "__", "~~"] {
            if text.contains(delim) && !source.contains(&format!("\\{}", &delim[..1])) {
                let at = r.start + t[r.clone()].find(delim).unwrap_or(0);
                let zwnj = text.contains('\u{200C}');
                let id = if zwnj && delim == "__" {
                    "check-md-broken-delimiter-zwnj"
                } else {
                    "check-md-broken-delimiter"
                };
                sink.add(
                    "md-broken-delimiter",
                    m(id).arg("delimiter", delim),
                    Some(at..at + 2),
                );
            }
        }
        if text.contains('`') && !source.contains("\\`") {
            sink.add(
                "md-broken-delimiter",
                m("check-md-unmatched-backtick"),
                None,
            );
        }
    }
    // Markers a translator typed at the start (list or heading syntax inside a segment).
    let lead = t.trim_start_matches(['\u{200F}', '\u{200E}', '\u{061C}']);
    let starts_marker = |x: &str| {
        let digits = x.chars().take_while(|c| is_digit(*c)).count();
        let after: String = x.chars().skip(digits).take(2).collect();
        (digits > 0 && (after == ". " || after == ") "))
            || x.starts_with("- ")
            || x.starts_with("* ")
            || x.starts_with("# ")
    };
    if starts_marker(lead) && !starts_marker(source) {
        sink.add(
            "md-list-marker",
            m("check-md-list-marker"),
            Some(0..lead.len().min(4).min(t.len())),
        );
    }
    if t.contains("\u{200F}-") || t.contains("\u{200F}#") || t.contains("\n\u{200F}") {
        sink.add("md-list-marker", m("check-md-rlm-marker"), None);
    }
}

#[allow(clippy::too_many_lines)] // over 100 lines: to split (redesign, issue 16)
fn token_checks(s: &Shape, tr: &Shape, t: &str, sink: &mut Sink) {
    // Bare URLs and autolinks in text.
    let src_text: String = s
        .texts
        .iter()
        .map(|(_, x)| x.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let tr_text: String = tr
        .texts
        .iter()
        .map(|(_, x)| x.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let mut src_urls: Vec<String> = urls_in(&src_text).into_iter().map(|(_, u)| u).collect();
    src_urls.extend(s.autolinks.iter().filter(|u| !u.contains('@')).cloned());
    let mut tr_urls: Vec<String> = urls_in(&tr_text).into_iter().map(|(_, u)| u).collect();
    tr_urls.extend(tr.autolinks.iter().filter(|u| !u.contains('@')).cloned());
    for u in &src_urls {
        if !tr_urls.iter().any(|x| url_allowed(u, x, sink.ctx.url_map)) {
            sink.add("url", m("check-url").arg("url", u), None);
        }
    }
    let mut src_mail = emails_in(&src_text);
    src_mail.extend(
        s.autolinks
            .iter()
            .filter(|u| u.contains('@'))
            .map(|u| u.trim_start_matches("mailto:").to_string()),
    );
    let mut tr_mail = emails_in(&tr_text);
    tr_mail.extend(
        tr.autolinks
            .iter()
            .filter(|u| u.contains('@'))
            .map(|u| u.trim_start_matches("mailto:").to_string()),
    );
    for mail in &src_mail {
        if !tr_mail.contains(mail) {
            sink.add("email", m("check-email").arg("email", mail), None);
        }
    }
    // Bidi marks inside tokens (code, link destinations, URLs).
    let mut token_ranges = tr.tokens.clone();
    for (r, _) in &tr.texts {
        for (u, _) in urls_in(&t[r.clone()]) {
            token_ranges.push(r.start + u.start..r.start + u.end);
        }
    }
    for r in token_ranges {
        if let Some(slice) = t.get(r.clone())
            && let Some(p) = slice.find(['\u{200E}', '\u{200F}', '\u{061C}'])
        {
            sink.add(
                "bidi-mark-in-token",
                m("check-bidi-mark-in-token"),
                Some(r.start + p..r.start + p + 3),
            );
        }
    }
    // Numbers, by value, outside code and URLs.
    let nums = |sh: &Shape| -> Vec<String> {
        let mut v = Vec::new();
        for (_, x) in &sh.texts {
            let urls = urls_in(x);
            let braces = placeholder_ranges(x);
            for (r, n) in numbers(x) {
                let in_token = urls
                    .iter()
                    .any(|(u, _)| u.start <= r.start && r.end <= u.end)
                    || braces.iter().any(|b| b.start <= r.start && r.end <= b.end)
                    || x[..r.start].ends_with('@');
                // Times are localized (9:00 pm → 21:00), not copied.
                let time = x[r.end..].starts_with(':')
                    && x[r.end + 1..].starts_with(|c: char| c.is_ascii_digit())
                    || (x[..r.start].ends_with(':')
                        && x[..r.start - 1].ends_with(|c: char| c.is_ascii_digit()));
                if !in_token && !time {
                    v.push(n);
                }
            }
        }
        v.sort();
        v
    };
    let (sn, tn) = (nums(s), nums(tr));
    // A number of the translation that the source does not have (changed or added).
    // Source numbers missing from the translation are not reported: translators
    // often write them as words ("day 3" → "el tercer día").
    let mut left = sn.clone();
    let extra: Vec<&String> = tn
        .iter()
        .filter(|n| match left.iter().position(|x| x == *n) {
            Some(p) => {
                left.remove(p);
                false
            }
            None => true,
        })
        .collect();
    if !extra.is_empty() {
        sink.add(
            "number",
            m("check-number")
                .arg("extra", format!("{extra:?}"))
                .arg("source", format!("{sn:?}")),
            None,
        );
    }
}

fn words(text: &str) -> Vec<(usize, &str)> {
    use unicode_segmentation::UnicodeSegmentation;
    text.unicode_word_indices().collect()
}

/// Does `text` contain `term` as a whole word (not inside a longer word)?
fn has_term(text: &str, term: &str) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(term).any(|(i, _)| {
        !alnum(text[..i].chars().next_back()) && !alnum(text[i + term.len()..].chars().next())
    })
}

/// Glossary terms stay in the source language: one in the source's text
/// (not in code or a URL) must be in the translation too.
fn glossary_check(s: &Shape, t: &str, sink: &mut Sink) {
    for term in sink.ctx.glossary.iter().filter(|g| !g.trim().is_empty()) {
        let in_source = s.texts.iter().any(|(_, x)| has_term(x, term));
        if in_source && !has_term(t, term) {
            sink.add("glossary", m("check-glossary").arg("term", term), None);
        }
    }
}

/// Letters and digits of the text pieces (no markup, code, URLs or spaces).
fn text_length(sh: &Shape) -> usize {
    sh.texts
        .iter()
        .map(|(_, x)| x.chars().filter(|c| c.is_alphanumeric()).count())
        .sum()
}

/// A translation far shorter or longer than its source, for the language's
/// usual ratio (Chinese and Japanese take about a third of the letters of
/// English, Korean about half): a truncated translation, or one pasted into
/// the wrong entry. Short segments vary too much to judge.
fn length_check(s: &Shape, tr: &Shape, base: &str, sink: &mut Sink) {
    let (ls, lt) = (text_length(s), text_length(tr));
    if ls < 40 || lt == 0 {
        return;
    }
    let usual = match base {
        "zh" | "ja" | "yue" => 0.35,
        "ko" => 0.55,
        _ => 1.0,
    };
    let ratio = lt as f64 / ls as f64;
    let relative = ratio / usual;
    if !(0.4..=2.5).contains(&relative) {
        sink.add(
            "length",
            m("check-length").arg("percent", (ratio * 100.0).round() as u64),
            None,
        );
    }
}

/// For a translation identical to its source: how many words of text are
/// left once glossary terms, code and links are set aside, and whether they
/// all look like names (capitalized). None when the texts differ or the
/// source has no letters.
fn identical_words(source: &str, t: &str, glossary: &[String]) -> Option<(usize, bool)> {
    if t.trim() != source.trim() || !source.chars().any(char::is_alphabetic) {
        return None;
    }
    let mut rest = source.to_string();
    for g in glossary {
        rest = rest.replace(g.as_str(), " ");
    }
    let mut without_tokens = rest.clone();
    for (r, _) in urls_in(&rest).into_iter().rev() {
        without_tokens.replace_range(r, " ");
    }
    let plain: String = shape(&without_tokens)
        .texts
        .iter()
        .map(|(_, x)| x.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let ws: Vec<&str> = plain
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let name_like = ws.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
    });
    Some((ws.len(), name_like))
}

/// A translation that is its source left as it is: identical, beyond a name,
/// a term or two (often kept on purpose), or nothing but code and links. The
/// `untranslated` check reports it; `import` does not take such a block.
pub fn left_in_source(source: &str, t: &str, glossary: &[String]) -> bool {
    identical_words(source, t, glossary).is_some_and(|(n, names)| !(n <= 2 || (names && n <= 3)))
}

fn text_checks(source: &str, t: &str, tr: &Shape, sink: &mut Sink) {
    let edge = |x: &str| {
        (
            x.starts_with(char::is_whitespace),
            x.ends_with(char::is_whitespace),
        )
    };
    if edge(source) != edge(t) {
        sink.add("whitespace-edges", m("check-whitespace-edges"), None);
    }
    if let Some(p) = t.find("  ")
        && !source.contains("  ")
        && !t[p..].starts_with("  \n")
    {
        sink.add("double-space", m("check-double-space"), Some(p..p + 2));
    }
    if left_in_source(source, t, sink.ctx.glossary) {
        sink.add("untranslated", m("check-untranslated"), None);
    }
    // Repeated words (when the source repeats none).
    let repeats = |x: &str| {
        let ws = words(x);
        ws.windows(2)
            .any(|p| p[0].1.chars().count() > 1 && p[0].1.to_lowercase() == p[1].1.to_lowercase())
    };
    let source_repeats = repeats(source);
    for (r, text) in tr.texts.iter().filter(|_| !source_repeats) {
        let ws = words(text);
        for pair in ws.windows(2) {
            let ((_, a), (bi, b)) = (pair[0], pair[1]);
            let between = &text[pair[0].0 + a.len()..bi];
            if a.chars().count() > 1
                && a.to_lowercase() == b.to_lowercase()
                && between.trim().is_empty()
                && !a.chars().all(|c| c.is_ascii_digit())
            {
                let at = r.start + pair[0].0;
                sink.add(
                    "repeated-word",
                    m("check-repeated-word").arg("word", a),
                    Some(at..r.start + bi + b.len()),
                );
            }
        }
    }
    // Brackets and quotes: balanced in the source, not in the translation.
    let plain: String = tr
        .texts
        .iter()
        .map(|(_, x)| x.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let src_plain: String = shape(source)
        .texts
        .iter()
        .map(|(_, x)| x.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    for (open, close) in [('(', ')'), ('[', ']'), ('{', '}'), ('«', '»'), ('“', '”')] {
        let bal = |x: &str| x.matches(open).count() as isize - x.matches(close).count() as isize;
        if bal(&plain) != 0 && bal(&src_plain) == 0 {
            sink.add(
                "brackets",
                m("check-brackets").arg("open", open).arg("close", close),
                None,
            );
        }
    }
    // End punctuation class (relaxed for headings; a segment ending in code is skipped).
    let ends_in_code = |x: &str| x.trim_end().trim_end_matches(['.', ':']).ends_with('`');
    if !sink.ctx.heading && !ends_in_code(source) && !ends_in_code(t) {
        let class = |x: &str| -> Option<char> {
            let last = x
                .trim_end()
                .trim_end_matches(['"', '\'', '»', '”', '’', ')', '*', '_'])
                .chars()
                .last()?;
            match last {
                '.' | '۔' | '。' | '…' => Some('.'),
                '?' | '؟' => Some('?'),
                '!' => Some('!'),
                ':' => Some(':'),
                ',' | ';' | '،' | '؛' => Some(','),
                _ => None,
            }
        };
        let (a, b) = (class(source), class(t));
        let show = |c: Option<char>| c.map(String::from).unwrap_or_else(|| "none".into());
        // A final mark lost, or a sentence mark added where the source has none (a colon
        // added before a list or code block is fine).
        if (a.is_some() && b.is_none()) || (a.is_none() && matches!(b, Some('.' | '!' | '?'))) {
            sink.add(
                "end-punctuation",
                m("check-end-punctuation")
                    .arg("source", show(a))
                    .arg("translation", show(b)),
                None,
            );
        }
    }
}

/// Words of the translation that appear verbatim in the source (names copied over).
fn copied_words<'a>(source: &str, t: &'a str) -> Vec<&'a str> {
    words(t)
        .into_iter()
        .map(|(_, w)| w)
        .filter(|w| source.contains(w))
        .collect()
}

fn persian_checks(source: &str, t: &str, tr: &Shape, sink: &mut Sink) {
    let copied = copied_words(source, t);
    for (r, text) in &tr.texts {
        for (wi, w) in words(text) {
            if copied.contains(&w) {
                continue;
            }
            if let Some(p) = w.find(['\u{64A}', '\u{643}', '\u{649}']) {
                let at = r.start + wi + p;
                sink.add(
                    "fa-arabic-letters",
                    m("check-fa-arabic-letters").arg("word", w),
                    Some(at..at + 2),
                );
            }
        }
        if text.contains('\u{640}') {
            let p = r.start + text.find('\u{640}').unwrap_or(0);
            sink.add("fa-tatweel", m("check-fa-tatweel"), Some(p..p + 2));
        }
    }
    digit_checks(tr, "fa", sink);
    latin_punctuation(tr, "fa-latin-punctuation", "fa", sink);
    // می and ها written as separate words (space instead of ZWNJ).
    for (r, text) in &tr.texts {
        let ws = words(text);
        for pair in ws.windows(2) {
            let ((ai, a), (bi, b)) = (pair[0], pair[1]);
            let between = &text[ai + a.len()..bi];
            if between != " " {
                continue;
            }
            let persian_word = |x: &str| x.chars().all(is_arabic_script) && x.chars().count() >= 2;
            if a == "می" && persian_word(b) {
                sink.add(
                    "fa-zwnj",
                    m("check-fa-zwnj-verb").arg("word", b),
                    Some(r.start + ai..r.start + bi + b.len()),
                );
            }
            if (b == "ها" || b == "های" || b == "هایی") && persian_word(a) {
                sink.add(
                    "fa-zwnj",
                    m("check-fa-zwnj-plural").arg("word", a).arg("suffix", b),
                    Some(r.start + ai..r.start + bi + b.len()),
                );
            }
        }
    }
}

fn digit_checks(tr: &Shape, lang: &str, sink: &mut Sink) {
    let mut ascii = false;
    let mut persian = false;
    let mut arabic = false;
    for (_, text) in &tr.texts {
        let urls = urls_in(text);
        for (i, c) in text.char_indices() {
            if urls.iter().any(|(u, _)| u.contains(&i)) {
                continue;
            }
            ascii |= c.is_ascii_digit();
            persian |= ('\u{6F0}'..='\u{6F9}').contains(&c);
            arabic |= ('\u{660}'..='\u{669}').contains(&c);
        }
    }
    match lang {
        "fa" => {
            if arabic {
                sink.add("fa-arabic-digits", m("check-fa-arabic-digits"), None);
            }
            if ascii && persian {
                sink.add("fa-mixed-digits", m("check-fa-mixed-digits"), None);
            }
        }
        _ => {
            if persian {
                sink.add("ar-persian-characters", m("check-ar-persian-digits"), None);
            }
            if ascii && arabic {
                sink.add("ar-mixed-digits", m("check-ar-mixed-digits"), None);
            }
        }
    }
}

fn latin_punctuation(tr: &Shape, id: &'static str, script: &'static str, sink: &mut Sink) {
    for (r, text) in &tr.texts {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            if !matches!(c, ',' | ';' | '?') {
                continue;
            }
            let before = chars[..k]
                .iter()
                .rev()
                .map(|(_, c)| *c)
                .find(|c| !c.is_whitespace());
            let after = chars[k + 1..]
                .iter()
                .map(|(_, c)| *c)
                .find(|c| !c.is_whitespace());
            let arabic = |c: Option<char>| c.is_some_and(is_arabic_script);
            if arabic(before) && (arabic(after) || (c == '?' && after.is_none())) {
                let want = match c {
                    ',' => '،',
                    ';' => '؛',
                    _ => '؟',
                };
                sink.add(
                    id,
                    m("check-latin-punctuation")
                        .arg("mark", c)
                        .arg("script", script)
                        .arg("want", want),
                    Some(r.start + i..r.start + i + 1),
                );
            }
        }
    }
}

fn arabic_checks(source: &str, t: &str, tr: &Shape, sink: &mut Sink) {
    let copied = copied_words(source, t);
    for (r, text) in &tr.texts {
        for (wi, w) in words(text) {
            if copied.contains(&w) {
                continue;
            }
            if let Some(p) = w.find(['\u{6CC}', '\u{6A9}']) {
                let at = r.start + wi + p;
                sink.add(
                    "ar-persian-characters",
                    m("check-ar-persian-letters").arg("word", w),
                    Some(at..at + 2),
                );
            }
        }
    }
    digit_checks(tr, "ar", sink);
    latin_punctuation(tr, "ar-latin-punctuation", "ar", sink);
}

const ES_ABBREVIATIONS: &[&str] = &[
    "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Ud.", "Uds.", "etc.", "p. ej.", "EE. UU.", "núm.",
    "pág.", "aprox.", "Lic.", "Ing.", "vs.",
];

#[allow(clippy::too_many_lines)] // over 100 lines: to split (redesign, issue 16)
fn spanish_checks(source: &str, t: &str, tr: &Shape, sink: &mut Sink) {
    if !sink.ctx.heading {
        // Sentences from the plain text; URLs and abbreviations do not end them.
        let text: String = tr
            .texts
            .iter()
            .map(|(_, x)| x.as_str())
            .collect::<Vec<_>>()
            .join("");
        let mut masked = text.clone();
        let mut hide: Vec<Range<usize>> = urls_in(&text).into_iter().map(|(r, _)| r).collect();
        hide.extend(placeholder_ranges(&text));
        hide.sort_by_key(|r| std::cmp::Reverse(r.start));
        for r in hide {
            if masked.is_char_boundary(r.start)
                && masked.is_char_boundary(r.end)
                && r.end <= masked.len()
            {
                masked.replace_range(r.clone(), &"x".repeat(r.len()));
            }
        }
        for a in ES_ABBREVIATIONS {
            masked = masked.replace(a, &"x".repeat(a.len()));
        }
        for (open, close, id, name) in [
            ('¿', '?', "es-question", "question"),
            ('¡', '!', "es-exclamation", "exclamation"),
        ] {
            let mut depth = 0i32;
            let mut bad = false;
            for c in masked.chars() {
                if c == open {
                    depth += 1;
                } else if c == close {
                    if depth == 0 {
                        bad = true;
                    } else {
                        depth -= 1;
                    }
                } else if c == '.' && depth > 0 {
                    bad = true;
                    depth = 0;
                }
            }
            if bad || depth != 0 {
                sink.add(
                    id,
                    m("check-es-pair")
                        .arg("kind", name)
                        .arg("open", open)
                        .arg("close", close),
                    None,
                );
            }
        }
    }
    // A translation that is one quoted string (a message, a quote) keeps its period inside.
    let whole_quote = (t.starts_with('"') && t.trim_end().ends_with('"'))
        || (t.starts_with('«') && t.trim_end().ends_with('»'))
        || (t.starts_with('“') && t.trim_end().ends_with('”'));
    for pat in [".\u{bb}", ".\u{201d}", ".\""]
        .iter()
        .filter(|_| !whole_quote)
    {
        if let Some(p) = t.find(*pat) {
            sink.add(
                "es-quote-period",
                m("check-es-quote-period"),
                Some(p..p + 1),
            );
            break;
        }
    }
    // Decimal separator by region: es-MX and most of Latin America use a point.
    let point_regions = [
        "MX", "US", "419", "GT", "HN", "NI", "PA", "DO", "SV", "PR", "CU",
    ];
    let region = sink.ctx.lang.split(['-', '_']).nth(1).unwrap_or("ES");
    let uses_point = point_regions.contains(&region);
    for (r, text) in &tr.texts {
        for (nr, _) in numbers(text) {
            let raw = &text[nr.clone()];
            let seps: Vec<char> = raw.chars().filter(|c| *c == '.' || *c == ',').collect();
            if seps.len() != 1 {
                continue;
            }
            // Versions (`versión 3.12`, `Python 3.12`, `v1.5`) are not decimals.
            let before = text[..nr.start].trim_end();
            let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
            let version = prev.to_lowercase().starts_with("versi")
                || before.ends_with('v')
                || (prev.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                    && source.contains(prev));
            if version {
                continue;
            }
            let after = raw
                .rsplit(['.', ','])
                .next()
                .map(|d| d.chars().count())
                .unwrap_or(0);
            if after == 3 {
                continue; // a group separator, either way
            }
            let wrong = if uses_point {
                seps[0] == ','
            } else {
                seps[0] == '.'
            };
            if wrong {
                let want = if uses_point { '.' } else { ',' };
                sink.add(
                    "es-number-format",
                    m("check-es-number-format")
                        .arg("number", raw)
                        .arg("lang", sink.ctx.lang)
                        .arg("want", want),
                    Some(r.start + nr.start..r.start + nr.end),
                );
            }
        }
    }
}

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
fn fix_text(text: &str, persian: bool, copied: &[&str]) -> String {
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

#[cfg(test)]
mod tests;
