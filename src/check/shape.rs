//! The inline structure of a Markdown text (emphasis, links, code, text
//! pieces) and the tokens checks compare: numbers by value, URLs, e-mails.

use super::*;

/// The inline structure of a Markdown text, for comparing source and translation.
#[derive(Debug, Default)]
pub(crate) struct Shape {
    pub(crate) emphasis: usize,
    pub(crate) strong: usize,
    pub(crate) strike: usize,
    pub(crate) links: Vec<String>,
    pub(crate) images: Vec<String>,
    pub(crate) codes: Vec<String>,
    pub(crate) footnotes: Vec<String>,
    pub(crate) hard_breaks: usize,
    pub(crate) html: Vec<String>,
    pub(crate) autolinks: Vec<String>,
    /// Plain text pieces (Text events) with their byte ranges in the text.
    pub(crate) texts: Vec<(Range<usize>, String)>,
    /// Ranges of code spans and link/image destinations in the text.
    pub(crate) tokens: Vec<Range<usize>>,
}

pub(crate) fn shape(text: &str) -> Shape {
    let mut s = Shape::default();
    // Footnote definitions live elsewhere in the statement: define the labels used
    // here so that references parse as references.
    let doc = crate::guard::with_footnote_definitions(text);
    let mut in_code_block = false;
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
                    s.links.push(same_file(&dest_url));
                }
                if let Some(p) = text[r.clone()].rfind(dest_url.as_ref()) {
                    s.tokens.push(r.start + p..r.start + p + dest_url.len());
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                s.images.push(same_file(&dest_url));
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
            // A fenced or indented code block is code, not text.
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            Event::Text(_) if in_code_block => {}
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

pub(crate) fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{6F0}'..='\u{6F9}').contains(&c)
        || ('\u{660}'..='\u{669}').contains(&c)
}

pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        _ => None,
    }
}

pub(crate) fn is_arabic_script(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
        && c.is_alphabetic()
}

/// Numbers in plain text, normalized: digits to ASCII, group separators
/// removed, decimal separator as `.`. With byte ranges.
pub(crate) fn numbers(text: &str) -> Vec<(Range<usize>, String)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_digit(chars[i].1) {
            i += 1;
            continue;
        }
        // Digits inside an identifier (`i32`, `UTF16`, `alix1383`) are no
        // number: skip the rest of the word (reviewer's audit).
        if i > 0 && (chars[i - 1].1.is_alphabetic() || chars[i - 1].1 == '_') {
            while i < chars.len() && (chars[i].1.is_alphanumeric() || chars[i].1 == '_') {
                i += 1;
            }
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
            // The Arabic comma (U+060C) separates list items, not thousands:
            // `۰،۱` is two numbers.
            } else if matches!(c, '.' | ',' | '\u{66B}' | '\u{66C}')
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

/// A number in a shape's text, outside URLs, `{…}` placeholders and
/// addresses (`@123`).
pub(crate) struct TextNumber {
    /// Byte range in the whole text.
    pub(crate) span: Range<usize>,
    /// As written.
    pub(crate) raw: String,
    /// Normalized (see [`numbers`]).
    pub(crate) value: String,
    /// Part of a time (`9:00`), which translators localize.
    pub(crate) time: bool,
}

/// The numbers of a shape's text pieces (see [`TextNumber`]).
pub(crate) fn text_numbers(sh: &Shape) -> Vec<TextNumber> {
    let mut out = Vec::new();
    for (r, x) in &sh.texts {
        let urls = urls_in(x);
        let braces = placeholder_ranges(x);
        for (nr, value) in numbers(x) {
            let inside = |t: &Range<usize>| t.start <= nr.start && nr.end <= t.end;
            if urls.iter().any(|(u, _)| inside(u))
                || braces.iter().any(inside)
                || x[..nr.start].ends_with('@')
            {
                continue;
            }
            let time = x[nr.end..].starts_with(':')
                && x[nr.end + 1..].starts_with(|c: char| c.is_ascii_digit())
                || (x[..nr.start].ends_with(':')
                    && x[..nr.start - 1].ends_with(|c: char| c.is_ascii_digit()));
            out.push(TextNumber {
                span: r.start + nr.start..r.start + nr.end,
                raw: x[nr].to_string(),
                value,
                time,
            });
        }
    }
    out
}

/// `1,000.5` / `1.000,5` / `1٬000٫5` → `1000.5`: with two kinds of separators the
/// last is the decimal one; a separator that repeats, or that is followed by exactly
/// three digits, groups thousands; any other single separator is decimal.
pub(crate) fn normalize_number(raw: &str) -> String {
    let raw: String = raw
        .chars()
        .map(|c| match c {
            '\u{66B}' => 'D',
            '\u{66C}' => 'G',
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
pub(crate) fn placeholder_ranges(text: &str) -> Vec<Range<usize>> {
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

pub(crate) fn urls_in(text: &str) -> Vec<(Range<usize>, String)> {
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
    // In text order; an address inside another (`https://a/?u=http://b`) is
    // part of it.
    out.sort_by_key(|(r, _)| r.start);
    let mut end = 0;
    out.retain(|(r, _)| {
        let keep = r.start >= end;
        end = end.max(r.end);
        keep
    });
    out
}

pub(crate) fn emails_in(text: &str) -> Vec<String> {
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

pub(crate) fn url_allowed(src: &str, tr: &str, map: &BTreeMap<String, String>) -> bool {
    src == tr
        || map.iter().any(|(from, to)| {
            src.strip_prefix(from.as_str())
                .zip(tr.strip_prefix(to.as_str()))
                .is_some_and(|(a, b)| a == b)
        })
}

/// A destination as the file it names: `./a/b.md` and `a/b.md` are one file
/// (the reviewer's audit: 110 of 577 link findings were only this).
fn same_file(dest: &str) -> String {
    let mut d = dest;
    while let Some(rest) = d.strip_prefix("./") {
        d = rest;
    }
    d.to_string()
}
