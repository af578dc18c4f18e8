//! Translations are untrusted input: a translation may change only the text of
//! its own segment. This module decides, purely, whether a translation stays
//! inside its segment, and gives `build` the block skeleton it verifies after
//! splicing (see `build::localize`), and `check` the same verdicts as findings.
//!
//! What a translation may not do, and why:
//! - open or close blocks (fences, HTML blocks, lists, headings, quotes, tables,
//!   rules, footnote or link reference definitions): those swallow or change
//!   the rest of the page;
//! - set heading attributes (`{onfocus=… autofocus}`, an `id` or `class` the
//!   source does not have);
//! - add a link or image destination the source does not have;
//! - carry bidi embeddings or overrides, unbalanced isolates, control or
//!   invisible tag characters: they reorder or hide what readers see.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use unicode_normalization::UnicodeNormalization;

use crate::source::{SegmentKind, markdown_options};
use crate::ui::Msg;

/// Why a translation is not published as it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "kebab-case")]
pub enum Refusal {
    /// It opens a block of this kind (`fence`, `html-block`, `link-definition`, …).
    Structure(String),
    /// It sets heading attributes the source does not have.
    HeadingAttributes(String),
    /// It links to a destination the source does not have.
    Destination(String),
    /// A bidi embedding or override (U+202A–U+202E).
    Bidi(char),
    /// Bidi isolates that are not closed, or closed without being opened.
    Isolates,
    /// A control character (C0 other than tab and newline, DEL, C1).
    Control(char),
    /// An invisible tag character (U+E0000–U+E007F) outside an emoji flag.
    Invisible(char),
}

impl Refusal {
    /// The reason, for the build report and `check`.
    pub fn msg(&self) -> Msg {
        match self {
            Refusal::Structure(what) => Msg::new("guard-structure").arg_msg(
                "construct",
                Msg::new("guard-construct").arg("construct", what),
            ),
            Refusal::HeadingAttributes(a) => Msg::new("guard-attributes").arg("attributes", a),
            Refusal::Destination(d) => Msg::new("guard-destination").arg("url", d),
            Refusal::Bidi(c) => Msg::new("guard-bidi").arg("code", code(*c)),
            Refusal::Isolates => Msg::new("guard-isolates"),
            Refusal::Control(c) => Msg::new("guard-control").arg("code", code(*c)),
            Refusal::Invisible(c) => Msg::new("guard-invisible").arg("code", code(*c)),
        }
    }

    /// The `check` id that reports it.
    pub fn check_id(&self) -> &'static str {
        match self {
            Refusal::Structure(_) | Refusal::HeadingAttributes(_) => "md-structure",
            Refusal::Destination(_) => "md-link",
            Refusal::Bidi(_) => "bidi-override",
            Refusal::Isolates => "bidi-unbalanced",
            Refusal::Control(_) => "control-char",
            Refusal::Invisible(_) => "invisible-char",
        }
    }
}

/// `U+001B`-style code of a character.
pub fn code(c: char) -> String {
    format!("{:04X}", c as u32)
}

/// Whether `c` is a control character a translation may not carry: C0 other
/// than tab, line feed and carriage return, DEL, and C1.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{7f}'
}

/// The first character problem of a text: controls, bidi embeddings and
/// overrides, unbalanced isolates, tag characters outside an emoji flag.
pub fn characters(text: &str) -> Option<Refusal> {
    scan(text)
}

/// Like [`characters`], but controls, embeddings and tag characters that the
/// (trusted) source text has too are the source's, not the translator's.
pub fn characters_beyond(text: &str, source: &str) -> Option<Refusal> {
    let r = characters(text)?;
    let theirs = |c: &char| source.contains(*c);
    match &r {
        Refusal::Control(c) | Refusal::Bidi(c) | Refusal::Invisible(c) if theirs(c) => {
            let rest: String = text.chars().filter(|x| !source.contains(*x)).collect();
            scan(&rest)
        }
        _ => Some(r),
    }
}

fn scan(text: &str) -> Option<Refusal> {
    let mut isolates = 0usize;
    let mut prev_tag_ok = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() != Some(&'\n') => return Some(Refusal::Control(c)),
            c if is_forbidden_control(c) => return Some(Refusal::Control(c)),
            '\u{202A}'..='\u{202E}' => return Some(Refusal::Bidi(c)),
            '\u{2066}'..='\u{2068}' => isolates += 1,
            '\u{2069}' => match isolates.checked_sub(1) {
                Some(n) => isolates = n,
                None => return Some(Refusal::Isolates),
            },
            // Tag characters only spell subdivision flags after U+1F3F4.
            '\u{E0000}'..='\u{E007F}' if !prev_tag_ok => return Some(Refusal::Invisible(c)),
            _ => {}
        }
        prev_tag_ok = c == '\u{1F3F4}' || (prev_tag_ok && ('\u{E0020}'..='\u{E007E}').contains(&c));
    }
    (isolates > 0).then_some(Refusal::Isolates)
}

/// `text` in Unicode NFC, borrowed when it is already (the quick check
/// answers for nearly every text without normalizing it).
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    match unicode_normalization::is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// A destination as compared between source and translation: NFC, and a
/// leading `./` of a relative path removed.
pub fn normalize_destination(d: &str) -> String {
    let n = nfc(d.trim());
    let mut s = n.as_ref();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

/// Whether the translation's destination `tr` may stand for the source's `src`:
/// the same, or localized through `url_map` (source prefix → translated prefix).
pub fn destination_allowed(src: &str, tr: &str, url_map: &BTreeMap<String, String>) -> bool {
    let (src, tr) = (normalize_destination(src), normalize_destination(tr));
    normalized_allowed(&src, &tr, url_map)
}

/// [`destination_allowed`] for destinations normalized already.
fn normalized_allowed(src: &str, tr: &str, url_map: &BTreeMap<String, String>) -> bool {
    src == tr
        || url_map.iter().any(|(from, to)| {
            src.strip_prefix(from.as_str())
                .zip(tr.strip_prefix(to.as_str()))
                .is_some_and(|(a, b)| a == b)
        })
}

/// Link, image and autolink destinations of an inline Markdown text.
pub fn destinations(text: &str) -> Vec<String> {
    Parser::new_ext(text, markdown_options())
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .collect()
}

/// Whether a translation of a segment of `kind` stays inside its segment.
/// `sources` are the texts it may draw on: the segment's source and, for a
/// stale translation, the previous source it was made from. Front-matter
/// values are data, so only their characters are inspected.
pub fn inspect(
    kind: &SegmentKind,
    sources: &[&str],
    translation: &str,
    url_map: &BTreeMap<String, String>,
) -> Option<Refusal> {
    // Most translations are plain prose (`source::plain`, what extraction
    // takes without the serializer): nothing in them can be read as markup,
    // so the parses below would all find nothing (a property test holds
    // this to `inspect_parsed`).
    let t = translation.trim_matches(|c| matches!(c, ' ' | '\n' | '\r'));
    if crate::source::plain(t)
        && characters(translation).is_none()
        && sources.iter().any(|s| !s.contains("[^"))
    {
        return None;
    }
    inspect_parsed(kind, sources, translation, url_map)
}

/// [`inspect`] by parsing the translation and its sources.
fn inspect_parsed(
    kind: &SegmentKind,
    sources: &[&str],
    translation: &str,
    url_map: &BTreeMap<String, String>,
) -> Option<Refusal> {
    // Characters and destinations any source has are the maintainers'.
    let all = sources.join("\n\n");
    let source = all.as_str();
    if let Some(r) = characters_beyond(translation, source) {
        return Some(r);
    }
    if matches!(kind, SegmentKind::FrontMatter(_)) {
        return None;
    }
    // Character references (`&#x202E;`) become characters on the page.
    if let Some(r) = characters_beyond(&page_text(translation), &page_text(source)) {
        return Some(r);
    }
    // Text in raw HTML is escaped into its place by the build: it cannot
    // become markup, and Markdown is not read there.
    if matches!(kind, SegmentKind::Html { .. }) {
        return None;
    }
    let t = translation.trim_matches(|c| matches!(c, ' ' | '\n' | '\r'));
    if t.is_empty() {
        return Some(Refusal::Structure("empty".into()));
    }
    let one_line = matches!(
        kind,
        SegmentKind::Heading(_) | SegmentKind::TableCell | SegmentKind::TableHeader
    );
    if matches!(kind, SegmentKind::Heading(_)) && t.contains('\n') {
        return Some(Refusal::Structure("line-break".into()));
    }
    // Table cells are joined into one line by the build, and `|` is escaped.
    let joined;
    let t = if one_line {
        joined = t.replace("\r\n", " ").replace('\n', " ");
        joined.as_str()
    } else {
        t
    };
    if let Some(r) = blocks(t) {
        return Some(r);
    }
    if let SegmentKind::Heading(_) = kind
        && let Some(a) = heading_attributes(t)
    {
        return Some(Refusal::HeadingAttributes(a));
    }
    let allowed: Vec<String> = destinations(source)
        .iter()
        .map(|d| normalize_destination(d))
        .collect();
    if let Some(d) = destinations(t).into_iter().find(|d| {
        let d = normalize_destination(d);
        !allowed.iter().any(|s| normalized_allowed(s, &d, url_map))
    }) {
        return Some(Refusal::Destination(d));
    }
    // Footnotes are numbered by first reference on the whole page: a
    // reference added or dropped renumbers other segments' footnotes.
    let mut own = footnote_references(t);
    own.sort();
    let same = sources.iter().any(|s| {
        let mut theirs = footnote_references(s);
        theirs.sort();
        theirs == own
    });
    (!same).then(|| Refusal::Structure("footnote-reference".into()))
}

/// The text a reader gets from inline Markdown: its text pieces with
/// character references (`&#x1b;`, `&#x202E;`) decoded.
pub fn page_text(text: &str) -> String {
    Parser::new_ext(text, markdown_options())
        .filter_map(|e| match e {
            Event::Text(t) => Some(t.into_string()),
            _ => None,
        })
        .collect()
}

/// `text` followed by a definition for every footnote label it uses, so its
/// references parse as references (their definitions live elsewhere on the
/// page); everything past `text.len()` is the added definitions.
pub fn with_footnote_definitions(text: &str) -> String {
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
    doc
}

/// The footnote references (`[^label]`) of an inline Markdown text, in order
/// (their definitions live elsewhere on the page).
pub fn footnote_references(text: &str) -> Vec<String> {
    let doc = with_footnote_definitions(text);
    Parser::new_ext(&doc, markdown_options())
        .into_offset_iter()
        .filter(|(_, r)| r.start < text.len())
        .filter_map(|(e, _)| match e {
            Event::FootnoteReference(l) => Some(l.to_string()),
            _ => None,
        })
        .collect()
}

/// The block structure of a translation parsed alone: exactly one paragraph
/// of inline content, and no reference definitions.
fn blocks(t: &str) -> Option<Refusal> {
    let mut parser = Parser::new_ext(t, markdown_options());
    let mut depth = 0usize;
    let mut paragraphs = 0usize;
    for event in parser.by_ref() {
        let construct = match &event {
            Event::Start(Tag::Paragraph) => {
                paragraphs += 1;
                depth += 1;
                if paragraphs > 1 { Some("blocks") } else { None }
            }
            Event::End(TagEnd::Paragraph) => {
                depth -= 1;
                None
            }
            Event::Start(tag) => block_name(tag),
            Event::Html(_) => Some("html-block"),
            Event::Rule => Some("rule"),
            Event::DisplayMath(_) => Some("math"),
            Event::TaskListMarker(_) => Some("list"),
            _ if depth == 0 => Some("blocks"),
            _ => None,
        };
        if let Some(c) = construct {
            return Some(Refusal::Structure(c.into()));
        }
    }
    if parser.reference_definitions().iter().next().is_some() {
        return Some(Refusal::Structure("link-definition".into()));
    }
    (paragraphs == 0).then_some(Refusal::Structure("empty".into()))
}

/// The name of a block-level tag, or None for inline tags.
fn block_name(tag: &Tag) -> Option<&'static str> {
    Some(match tag {
        Tag::Heading { .. } => "heading",
        Tag::BlockQuote(_) => "block-quote",
        Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(_)) => "fence",
        Tag::CodeBlock(_) => "indented-code",
        Tag::HtmlBlock => "html-block",
        Tag::List(_) | Tag::Item => "list",
        Tag::FootnoteDefinition(_) => "footnote-definition",
        Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell => "table",
        Tag::MetadataBlock(_) => "front-matter",
        Tag::DefinitionList | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
            "definition-list"
        }
        Tag::Paragraph
        | Tag::Emphasis
        | Tag::Strong
        | Tag::Strikethrough
        | Tag::Superscript
        | Tag::Subscript
        | Tag::Link { .. }
        | Tag::Image { .. } => return None,
    })
}

/// Attributes (`{#id .class key=value}`) a heading text would set.
fn heading_attributes(t: &str) -> Option<String> {
    if !t.trim_end().ends_with('}') {
        return None;
    }
    let doc = format!("# {t}");
    Parser::new_ext(&doc, markdown_options()).find_map(|e| match e {
        Event::Start(Tag::Heading {
            id, classes, attrs, ..
        }) if id.is_some() || !classes.is_empty() || !attrs.is_empty() => {
            Some(t[t.rfind('{').unwrap_or(0)..].trim_end().to_string())
        }
        _ => None,
    })
}

/// The invariant the build keeps, as a test oracle (property test, fuzz
/// target, hostile-catalog corpus): `hostile` (HTML with one translation an
/// attacker wrote) equals `benign` (the same page with a harmless translation
/// that has `marker` at both ends) except from one marker to the next, and what stands
/// there is markup Markdown text makes — known tags, known attributes, and
/// destinations `dest_ok` accepts — with no control, bidi embedding or tag
/// character.
pub fn confined(
    benign: &str,
    hostile: &str,
    marker: &str,
    dest_ok: &dyn Fn(&str) -> bool,
) -> Result<(), String> {
    // A block left in the source language says so (`lang`, `dir`): not a change.
    let fallback = " lang=\"en\" dir=\"ltr\">";
    let (benign, hostile) = (
        benign.replace(fallback, ">"),
        hostile.replace(fallback, ">"),
    );
    let (benign, hostile) = (benign.as_str(), hostile.as_str());
    let mut chunks: Vec<String> = vec![String::new()];
    // Pieces end at a tag's `>` or a line's end, so a table row's other cells
    // are compared too.
    // The harmless translation holds the marker at both ends: everything
    // from one marker to the next is the segment's own, and varies.
    let mut inside = false;
    for l in benign.split_inclusive(['>', '\n']) {
        let markers = l.matches(marker).count();
        if markers > 0 || inside {
            if chunks.last().is_none_or(|c| !c.is_empty()) {
                chunks.push(String::new());
            }
            inside ^= markers % 2 == 1;
        } else {
            chunks.last_mut().expect("one chunk").push_str(l);
        }
    }
    let last = chunks.len() - 1;
    let mut pos = 0;
    for (k, chunk) in chunks.iter().enumerate() {
        let found = if k == 0 {
            hostile.starts_with(chunk.as_str()).then_some(0)
        } else if k == last {
            (hostile.len() >= pos + chunk.len() && hostile.ends_with(chunk.as_str()))
                .then(|| hostile.len() - chunk.len())
        } else {
            hostile[pos..].find(chunk.as_str()).map(|p| p + pos)
        };
        let at =
            found.ok_or_else(|| format!("the page changed outside the segment near:\n{chunk}"))?;
        harmless_markup(&hostile[pos..at], dest_ok)?;
        pos = at + chunk.len();
    }
    if last == 0 && pos != hostile.len() {
        return Err("the page changed".into());
    }
    Ok(())
}

/// The `href` and `src` values a Markdown text's own links and images render
/// to (escaped as the HTML renderer escapes them): what [`confined`]'s
/// `dest_ok` accepts for a segment.
pub fn rendered_destinations(text: &str) -> Vec<String> {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(text, markdown_options()));
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html.as_str();
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            out.push(rest[..end].to_string());
        }
    }
    out
}

/// Markup of escaped HTML text: only the tags and attributes Markdown text
/// makes (see [`confined`]).
fn harmless_markup(html: &str, dest_ok: &dyn Fn(&str) -> bool) -> Result<(), String> {
    const TAGS: &[&str] = &[
        "p",
        "a",
        "em",
        "strong",
        "del",
        "code",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "span",
        "sup",
        "blockquote",
        "title",
        "img",
        "input",
        // The page's title and description also stand in these.
        "meta",
    ];
    const ATTRS: &[&str] = &[
        "href", "src", "alt", "title", "lang", "dir", "hreflang", "class", "type", "disabled",
        "checked", "property", "name", "content",
    ];
    if let Some(c) = html.chars().find(|&c| {
        is_forbidden_control(c)
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{E0000}'..='\u{E007F}').contains(&c)
    }) {
        return Err(format!("U+{} reached the page", code(c)));
    }
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').ok_or("unclosed tag")? + open;
        let tag = &rest[open + 1..close];
        let body = tag.trim_start_matches('/').trim_end_matches('/');
        let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
        if !TAGS.contains(&&body[..name_end]) {
            return Err(format!("tag <{tag}>"));
        }
        let mut attrs = body[name_end..].trim_start();
        while !attrs.is_empty() {
            let key_end = attrs.find(['=', ' ']).unwrap_or(attrs.len());
            let key = &attrs[..key_end];
            attrs = &attrs[key_end..];
            let mut value = "";
            if let Some(v) = attrs.strip_prefix("=\"") {
                let end = v.find('"').ok_or("unclosed attribute")?;
                value = &v[..end];
                attrs = &v[end + 1..];
            }
            // Table alignment, the only style Markdown makes.
            let alignment =
                key == "style" && value.starts_with("text-align: ") && !value.contains(';');
            if !ATTRS.contains(&key) && !alignment {
                return Err(format!("attribute {key}={value} in <{tag}>"));
            }
            if matches!(key, "href" | "src")
                && !value.is_empty()
                && !value.starts_with('#')
                && !dest_ok(value)
            {
                return Err(format!("{key}={value} in <{tag}>"));
            }
            attrs = attrs.trim_start();
        }
        rest = &rest[close + 1..];
    }
    Ok(())
}

mod skeleton;
pub use skeleton::{Bone, Skeleton, skeleton};

#[cfg(test)]
mod tests;
