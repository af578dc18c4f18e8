//! Localized output: Markdown by splicing translations into the source at each
//! segment's byte range (untouched bytes stay identical), and HTML pages.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Parser, Tag, TagEnd, html};

use crate::catalog::{Catalog, State};
use crate::guard::Refusal;
use crate::lang::Direction;
use crate::source::{Document, Segment, SegmentKind, markdown_options};

/// A statement rebuilt in one language.
#[derive(Debug, Clone)]
pub struct Localized {
    pub markdown: String,
    /// Segments that used a translation (stale ones included).
    pub translated: usize,
    /// Segments that used a stale translation.
    pub stale: usize,
    /// All segments of the statement.
    pub total: usize,
    /// Translated values of front-matter keys (or the source value).
    pub title: Option<String>,
    pub description: Option<String>,
    /// Byte ranges in `markdown` of body segments left in the source language.
    pub fallback: Vec<Range<usize>>,
    /// Translations not published because they would reach outside their segment.
    pub refused: Vec<Refused>,
}

/// Quotes a string as a YAML double-quoted scalar.
pub fn yaml_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            '\u{feff}' => out.push_str("\\uFEFF"),
            c if (c as u32) < 0x20 || ('\u{7f}'..='\u{9f}').contains(&c) => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Escapes `|` that is not already escaped (for GFM table cells).
fn escape_pipes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut backslashes = 0;
    for c in s.chars() {
        if c == '|' && backslashes % 2 == 0 {
            out.push('\\');
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        out.push(c);
    }
    out
}

/// A translation the build did not publish: the segment's source text stands
/// in its place (translations are untrusted, see `guard`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Refused {
    /// Line of the segment in the statement.
    pub line: usize,
    /// The segment's id.
    pub id: String,
    /// Why, in English.
    pub reason: String,
    pub refusal: Refusal,
}

/// What the build trusts a catalog with.
#[derive(Debug, Clone, Copy)]
pub struct Guard<'a> {
    /// Localized URLs a translation may use instead of the source's.
    pub url_map: &'a BTreeMap<String, String>,
    /// Catalogs dragoman made itself (pseudo-locales) are not inspected.
    pub trusted: bool,
}

static NO_URL_MAP: BTreeMap<String, String> = BTreeMap::new();

impl Default for Guard<'_> {
    fn default() -> Self {
        Guard {
            url_map: &NO_URL_MAP,
            trusted: false,
        }
    }
}

/// Rebuilds a statement with the catalog's translations (untrusted: see
/// [`localize_with`]).
pub fn localize(src: &str, doc: &Document, catalog: Option<&Catalog>) -> Localized {
    localize_with(src, doc, catalog, Guard::default())
}

/// Rebuilds a statement with the catalog's translations. Unless the guard
/// trusts the catalog, each translation is inspected (`guard::inspect`) and,
/// after splicing, the page's block skeleton is compared with the source's:
/// a translation that would reach outside its segment is replaced by the
/// segment's source text and listed in `refused`, so every other segment
/// renders the same whatever one translation contains.
pub fn localize_with(
    src: &str,
    doc: &Document,
    catalog: Option<&Catalog>,
    guard: Guard,
) -> Localized {
    let mut segs: Vec<&Segment> = doc.segments.iter().collect();
    segs.sort_by_key(|s| s.range.start);
    let mut refused = Vec::new();
    let refuse = |seg: &Segment, r: Refusal, refused: &mut Vec<Refused>| {
        refused.push(Refused {
            line: seg.line,
            id: seg.id(),
            reason: r.msg().english(),
            refusal: r,
        });
    };
    // What a translation may draw on: its segment's source text and, for a
    // stale one, the previous source it was made from (both the maintainers').
    let picked: Vec<(Option<(&str, State)>, String)> = segs
        .iter()
        .map(|seg| {
            let Some(m) = catalog.and_then(|c| c.find(seg.context.as_deref(), &seg.text)) else {
                return (None, String::new());
            };
            let trusted = match &m.previous {
                Some(p) => format!("{}\n\n{}", seg.text, p.source),
                None => seg.text.clone(),
            };
            let Some(t) = m.text() else {
                return (None, trusted);
            };
            if !guard.trusted
                && let Some(r) = crate::guard::inspect(&seg.kind, &trusted, t, guard.url_map)
            {
                refuse(seg, r, &mut refused);
                return (None, trusted);
            }
            (Some((t, m.state())), trusted)
        })
        .collect();
    let (mut choices, trusted): (Vec<_>, Vec<_>) = picked.into_iter().unzip();
    let mut source_skeleton = None;
    loop {
        let spliced = splice(src, doc, &segs, &choices);
        let body_chosen = segs
            .iter()
            .zip(&choices)
            .any(|(s, c)| c.is_some() && !matches!(s.kind, SegmentKind::FrontMatter(_)));
        if guard.trusted || !body_chosen {
            return spliced.into_localized(doc, refused);
        }
        let skel = source_skeleton.get_or_insert_with(|| crate::guard::skeleton(body_of(src)));
        let body_start = spliced.markdown.len() - body_of(&spliced.markdown).len();
        let now = crate::guard::skeleton(&spliced.markdown[body_start..]);
        // Links in context: a reference to a definition elsewhere on the page
        // is a link the translation alone does not show.
        let links = Links {
            trusted: &trusted,
            choices: &choices,
            spliced: &spliced,
            now: &now,
            body_start,
        };
        if let Some((i, dest)) = links.foreign(guard) {
            choices[i] = None;
            refuse(segs[i], Refusal::Destination(dest), &mut refused);
            continue;
        }
        let at = match (now.diverges_from(skel), now.defs == skel.defs) {
            (None, true) => return spliced.into_localized(doc, refused),
            (Some(i), _) => now
                .bones
                .get(i)
                .map_or(spliced.markdown.len(), |b| body_start + b.at),
            // A changed reference definition: blame the last translated segment.
            (None, false) => spliced.markdown.len(),
        };
        // The segment whose translation starts last before the divergence.
        let body_choice =
            |i: usize| choices[i].is_some() && !matches!(segs[i].kind, SegmentKind::FrontMatter(_));
        let guilty = (0..segs.len())
            .rev()
            .find(|&i| body_choice(i) && spliced.ranges[i].as_ref().is_some_and(|r| r.start <= at))
            .or_else(|| (0..segs.len()).find(|&i| choices[i].is_some()));
        let Some(g) = guilty else {
            return spliced.into_localized(doc, refused);
        };
        choices[g] = None;
        refuse(segs[g], Refusal::Structure("page".into()), &mut refused);
    }
}

/// The links of a spliced page, for the in-context destination check.
struct Links<'a> {
    /// Per segment, the text its translation may draw destinations from.
    trusted: &'a [String],
    choices: &'a [Option<(&'a str, State)>],
    spliced: &'a Spliced,
    now: &'a crate::guard::Skeleton,
    body_start: usize,
}

impl Links<'_> {
    /// The first translated segment with a link (in context: a reference to a
    /// definition elsewhere counts) to a destination its trusted text lacks.
    fn foreign(&self, guard: Guard) -> Option<(usize, String)> {
        for (i, trusted) in self.trusted.iter().enumerate() {
            let Some(r) = self.spliced.ranges[i]
                .as_ref()
                .filter(|_| self.choices[i].is_some())
            else {
                continue;
            };
            let mut allowed = None;
            for (at, dest) in &self.now.links {
                if !r.contains(&(self.body_start + at)) {
                    continue;
                }
                let allowed = allowed.get_or_insert_with(|| crate::guard::destinations(trusted));
                if !allowed
                    .iter()
                    .any(|s| crate::guard::destination_allowed(s, dest, guard.url_map))
                {
                    return Some((i, dest.clone()));
                }
            }
        }
        None
    }
}

/// A statement with chosen texts spliced in, before the guard's verdict.
struct Spliced {
    markdown: String,
    /// Where each segment's text stands in `markdown` (None: source kept).
    ranges: Vec<Option<Range<usize>>>,
    translated: usize,
    stale: usize,
    fm_values: std::collections::HashMap<String, String>,
    fallback: Vec<Range<usize>>,
}

impl Spliced {
    fn into_localized(self, doc: &Document, mut refused: Vec<Refused>) -> Localized {
        refused.sort_by_key(|r| r.line);
        Localized {
            markdown: self.markdown,
            translated: self.translated,
            stale: self.stale,
            total: doc.segments.len(),
            title: self.fm_values.get("title").cloned(),
            description: self.fm_values.get("description").cloned(),
            fallback: self.fallback,
            refused,
        }
    }
}

/// Splices the chosen texts into the source at their segments' byte ranges
/// (`segs` in source order; untouched bytes stay identical).
fn splice(
    src: &str,
    doc: &Document,
    segs: &[&Segment],
    choices: &[Option<(&str, State)>],
) -> Spliced {
    let mut out = String::with_capacity(src.len() + src.len() / 2);
    let mut pos = 0;
    let (mut translated, mut stale) = (0, 0);
    let mut fm_values: std::collections::HashMap<String, String> = doc
        .front_matter
        .as_ref()
        .map(|f| {
            f.values
                .iter()
                .map(|(k, v)| (k.clone(), v.trim().to_string()))
                .collect()
        })
        .unwrap_or_default();
    let mut fallback = Vec::new();
    let mut ranges = vec![None; segs.len()];
    for (i, (seg, choice)) in segs.iter().zip(choices).enumerate() {
        if seg.range.start < pos {
            continue;
        }
        let Some((text, state)) = *choice else {
            if !matches!(seg.kind, SegmentKind::FrontMatter(_)) {
                let at = out.len() + seg.range.start - pos;
                fallback.push(at..at + seg.range.len());
            }
            continue;
        };
        translated += 1;
        if state == State::Stale {
            stale += 1;
        }
        out.push_str(&src[pos..seg.range.start]);
        let start = out.len();
        match &seg.kind {
            SegmentKind::FrontMatter(key) => {
                out.push_str(key);
                out.push_str(": ");
                out.push_str(&yaml_quote(text));
                fm_values.insert(key.clone(), text.to_string());
            }
            kind => {
                let mut t = text
                    .trim_matches(|c| matches!(c, ' ' | '\n' | '\r'))
                    .replace("\r\n", "\n");
                if matches!(kind, SegmentKind::TableCell | SegmentKind::TableHeader) {
                    t = escape_pipes(&t.replace('\n', " "));
                }
                out.push_str(&t.replace('\n', &format!("\n{}", seg.continuation)));
            }
        }
        ranges[i] = Some(start..out.len());
        pos = seg.range.end;
    }
    out.push_str(&src[pos..]);
    Spliced {
        markdown: out,
        ranges,
        translated,
        stale,
        fm_values,
        fallback,
    }
}

/// Inserts `note` as a block quote right after the front matter.
pub fn with_note(markdown: &str, note: &str) -> String {
    let mut out = markdown.to_string();
    let at = find_body_start(&out).unwrap_or(0);
    out.insert_str(at, &format!("> {note}\n\n"));
    out
}

/// Where the body starts in a rebuilt document (after front matter, if any).
fn find_body_start(md: &str) -> Option<usize> {
    match crate::source::split_front_matter(md) {
        Ok(Some((_, body))) => Some(body),
        Ok(None) => Some(0),
        Err(_) => None,
    }
}

/// The Markdown body of a document (front matter removed).
pub fn body_of(md: &str) -> &str {
    match find_body_start(md) {
        Some(b) => &md[b..],
        None => md,
    }
}

pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters have no place in HTML (and a catalog's must not reach it).
            c if crate::guard::is_forbidden_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Renders a Markdown body to HTML with the project's options. Code is always
/// left-to-right; raw HTML is never passed through (comments are dropped, the
/// rest is shown as text), so a catalog cannot inject markup or script.
pub fn render_html(markdown: &str) -> String {
    render_html_marked(markdown, &[], "", false)
}

fn strong_class(c: char) -> Option<bool> {
    use unicode_bidi::BidiClass::*;
    match unicode_bidi::bidi_class(c) {
        L => Some(true),
        R | AL => Some(false),
        _ => None,
    }
}

/// Whether a link or image destination is safe in a page: relative, a fragment,
/// or `http`, `https`, `mailto`, `tel`. (`javascript:`, `data:`, `vbscript:`… are not.)
pub fn safe_url(dest: &str) -> bool {
    // Browsers ignore leading controls/spaces and tabs or newlines inside a URL.
    let cleaned: String = dest
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = cleaned.find(['/', '?', '#']).unwrap_or(cleaned.len());
    match cleaned[..end].find(':') {
        None => true,
        Some(i) => {
            let scheme = cleaned[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
    }
}

/// Splits text of a right-to-left page into pieces, marking the left-to-right
/// runs that need isolation: runs of Latin words (with the spaces between them)
/// that begin or end with a neutral or weak character — `C++`, `@pycon`,
/// `#PyConUS2018`, `https://example.org/`, `v3.12` — and signed numbers (`-5`).
/// Without isolation the bidi algorithm moves those characters to the wrong side
/// (`++C`, `pycon@`). Sentence punctuation after a run stays outside it.
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
        let e = s + trim(&text[s..e]).len();
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
        let run = &text[s..e];
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

/// Like [`render_html`]; in addition, a paragraph, heading or tight list item
/// whose text is one of the `fallback` byte ranges (a segment left in the source
/// language) gets `lang` and `dir="ltr"`, so an untranslated English paragraph
/// on a Persian page reads left to right.
#[allow(clippy::too_many_lines)] // over 100 lines: to split (redesign, issue 16)
pub fn render_html_marked(
    markdown: &str,
    fallback: &[Range<usize>],
    source_lang: &str,
    rtl: bool,
) -> String {
    let events: Vec<(Event, Range<usize>)> = Parser::new_ext(markdown, markdown_options())
        .into_offset_iter()
        .collect();
    let attrs = format!(" lang=\"{}\" dir=\"ltr\"", escape_html(source_lang));
    // Does the block opened at `i` start with the text of a fallback segment?
    let starts_fallback = |i: usize| {
        events.get(i + 1).is_some_and(|(e, r)| {
            !matches!(e, Event::Start(Tag::Paragraph))
                && fallback.iter().any(|f| f.start == r.start)
        })
    };
    let mut open: Vec<bool> = Vec::new();
    let mut in_image = 0usize;
    let mut out_events: Vec<Event> = Vec::with_capacity(events.len());
    for (i, (event, _)) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            // Left-to-right islands in right-to-left text (not in alt text, which
            // becomes an attribute, nor in blocks already marked left-to-right).
            Event::Text(t)
                if rtl
                    && in_image == 0
                    && !open.contains(&true)
                    // Text with explicit embeddings or overrides (the ar-XB pseudo-locale)
                    // already says how it is to be shown.
                    && !t.contains(|c: char| ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)) =>
            {
                for (ltr, piece) in ltr_islands(t) {
                    if ltr {
                        out_events.push(Event::Html(CowStr::Borrowed("<span dir=\"ltr\">")));
                        out_events.push(Event::Text(CowStr::from(piece.to_string())));
                        out_events.push(Event::Html(CowStr::Borrowed("</span>")));
                    } else {
                        out_events.push(Event::Text(CowStr::from(piece.to_string())));
                    }
                }
                continue;
            }
            _ => {}
        }
        let html = |s: String| Event::Html(CowStr::from(s));
        let e = match event {
            // Raw HTML from statements or catalogs is never markup.
            Event::Html(h) | Event::InlineHtml(h) => {
                if h.trim_start().starts_with("<!--") {
                    continue;
                }
                Event::Text(h.clone())
            }
            Event::Start(Tag::Paragraph) if starts_fallback(i) => {
                open.push(true);
                html(format!("<p{attrs}>"))
            }
            Event::Start(Tag::Item) if starts_fallback(i) => {
                open.push(true);
                html(format!("<li{attrs}>"))
            }
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) if starts_fallback(i) => {
                open.push(true);
                let mut a = String::new();
                if let Some(id) = id {
                    a.push_str(&format!(" id=\"{}\"", escape_html(id)));
                }
                if !classes.is_empty() {
                    let c: Vec<&str> = classes.iter().map(|c| c.as_ref()).collect();
                    a.push_str(&format!(" class=\"{}\"", escape_html(&c.join(" "))));
                }
                html(format!("<{level}{a}{attrs}>"))
            }
            // Heading attributes other than `id` and `class` never reach a page.
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                open.push(false);
                Event::Start(Tag::Heading {
                    level: *level,
                    id: id.clone(),
                    classes: classes.clone(),
                    attrs: Vec::new(),
                })
            }
            Event::Start(Tag::Paragraph | Tag::Item) => {
                open.push(false);
                event.clone()
            }
            Event::End(end @ (TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item)) => {
                if open.pop() == Some(true) {
                    html(match end {
                        TagEnd::Paragraph => "</p>\n".to_string(),
                        TagEnd::Heading(level) => format!("</{level}>\n"),
                        _ => "</li>\n".to_string(),
                    })
                } else {
                    event.clone()
                }
            }
            Event::Code(c) => html(format!("<code dir=\"ltr\">{}</code>", escape_html(c))),
            // Unsafe destinations (a `javascript:` link from a catalog) lead nowhere.
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if !safe_url(dest_url) => Event::Start(Tag::Link {
                link_type: *link_type,
                dest_url: CowStr::Borrowed("#"),
                title: title.clone(),
                id: id.clone(),
            }),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) if !safe_url(dest_url) => Event::Start(Tag::Image {
                link_type: *link_type,
                dest_url: CowStr::Borrowed(""),
                title: title.clone(),
                id: id.clone(),
            }),
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.split([' ', ',']).next().unwrap_or(""),
                    CodeBlockKind::Indented => "",
                };
                let class = if lang.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"language-{}\"", escape_html(lang))
                };
                html(format!("<pre dir=\"ltr\"><code{class}>"))
            }
            Event::End(TagEnd::CodeBlock) => html("</code></pre>\n".to_string()),
            e => e.clone(),
        };
        out_events.push(e);
    }
    let mut out = String::new();
    html::push_html(&mut out, out_events.into_iter());
    // Table column alignment is logical: `:--` means "start", which is the right
    // side of a right-to-left table.
    out.replace("style=\"text-align: left\"", "style=\"text-align: start\"")
        .replace("style=\"text-align: right\"", "style=\"text-align: end\"")
}

/// The words a page needs, already formatted for its language (see `site`).
#[derive(Debug, Clone, Default)]
pub struct Labels {
    pub languages: String,
    pub translated_from: String,
    pub source_link: String,
    /// "12 of 15 segments translated".
    pub coverage: String,
    pub index_title: String,
    /// Link text to `status.html`.
    pub dashboard: String,
    pub statement: String,
    pub held_back_mark: String,
}

/// A link to the same statement in another language.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub tag: String,
    pub name: String,
    pub direction: Direction,
    pub href: String,
    pub current: bool,
}

/// Everything a statement page needs.
pub struct Page<'a> {
    /// The page's language (switcher, notices, footer).
    pub lang: &'a str,
    pub direction: Direction,
    /// The language of the article itself (the source when it is held back).
    pub content_lang: &'a str,
    pub content_direction: Direction,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub body_html: &'a str,
    pub links: &'a [LanguageLink],
    pub source_href: Option<&'a str>,
    /// A notice shown above the article (outdated translation, held back).
    pub notice: Option<&'a str>,
    pub is_source: bool,
    pub labels: &'a Labels,
}

pub const CSS: &str = r#":root { color-scheme: light dark; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Vazirmatn", Tahoma, "DejaVu Sans", sans-serif; line-height: 1.6; }
:lang(fa), :lang(ar), :lang(ur) { line-height: 1.9; }
main, header.site, footer { max-inline-size: 46rem; margin-inline: auto; padding-inline: 1.25rem; }
header.site { padding-block: .75rem; border-block-end: 1px solid #8884; }
nav.languages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
nav.languages [aria-current] { font-weight: bold; text-decoration: none; }
.banner { max-inline-size: 46rem; margin: 1rem auto; padding: .75rem 1rem; border-inline-start: .3rem solid #d97706; background: #fef3c7; color: #3b2a00; }
ul, ol { padding-inline-start: 1.5rem; }
blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: .25rem solid #8886; }
table { border-collapse: collapse; }
th, td { border: 1px solid #8886; padding: .25rem .5rem; text-align: start; }
pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
pre { overflow-x: auto; padding: .75rem; background: #8881; text-align: left; }
code { unicode-bidi: isolate; }
footer { padding-block: 1rem 2rem; color: #666; font-size: .9em; border-block-start: 1px solid #8884; }
.bar { display: inline-block; inline-size: 6rem; block-size: .6rem; background: #8883; vertical-align: middle; }
.bar > span { display: block; block-size: 100%; background: #16a34a; }
td.stale { color: #b45309; }
.footnote-definition { margin-block: .5rem; font-size: .95em; }
.footnote-definition > sup { margin-inline-end: .35rem; }
.footnote-definition > p { display: inline; }
"#;

/// Starts a title with RLM when an RTL page's title begins with a left-to-right letter,
/// since `<title>` cannot carry markup.
pub fn title_for(direction: Direction, title: &str) -> String {
    if direction == Direction::Rtl {
        let first_strong = title
            .chars()
            .find_map(|c| match unicode_bidi::bidi_class(c) {
                unicode_bidi::BidiClass::L => Some(Direction::Ltr),
                unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL => Some(Direction::Rtl),
                _ => None,
            });
        if first_strong == Some(Direction::Ltr) {
            return format!("\u{200F}{title}");
        }
    }
    title.to_string()
}

/// A complete statement page.
pub fn page(p: &Page) -> String {
    let t = p.labels;
    let mut s = String::with_capacity(p.body_html.len() + 4096);
    s.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n",
        escape_html(p.lang),
        p.direction.as_str(),
        escape_html(&title_for(p.direction, p.title))
    ));
    if let Some(d) = p.description {
        s.push_str(&format!(
            "<meta name=\"description\" content=\"{}\">\n",
            escape_html(&title_for(p.direction, d))
        ));
    }
    s.push_str(&format!("<style>\n{CSS}</style>\n</head>\n<body>\n"));
    s.push_str(&format!(
        "<header class=\"site\"><nav class=\"languages\" aria-label=\"{}\"><ul>\n",
        escape_html(&t.languages)
    ));
    for l in p.links {
        let current = if l.current {
            " aria-current=\"page\""
        } else {
            ""
        };
        s.push_str(&format!(
            "<li><a href=\"{}\" hreflang=\"{tag}\" lang=\"{tag}\" dir=\"{}\"{current}>{}</a></li>\n",
            escape_html(&l.href),
            l.direction.as_str(),
            escape_html(&l.name),
            tag = escape_html(&l.tag),
        ));
    }
    s.push_str("</ul></nav></header>\n");
    if let Some(n) = p.notice {
        s.push_str(&format!(
            "<div class=\"banner\" role=\"note\">{}</div>\n",
            escape_html(n)
        ));
    }
    if p.content_lang != p.lang {
        s.push_str(&format!(
            "<main>\n<article lang=\"{}\" dir=\"{}\">\n",
            escape_html(p.content_lang),
            p.content_direction.as_str()
        ));
    } else {
        s.push_str("<main>\n<article>\n");
    }
    s.push_str(p.body_html);
    s.push_str("</article>\n</main>\n<footer>\n");
    if !p.is_source {
        s.push_str(&format!("<p>{} ", escape_html(&t.translated_from)));
        if let Some(h) = p.source_href {
            s.push_str(&format!(
                "<a href=\"{}\" hreflang=\"en\">{}</a>",
                escape_html(h),
                escape_html(&t.source_link)
            ));
        }
        s.push_str("</p>\n");
        s.push_str(&format!("<p>{}</p>\n", escape_html(&t.coverage)));
    }
    s.push_str("</footer>\n</body>\n</html>\n");
    s
}

/// One cell of the index: a statement in a language.
#[derive(Debug, Clone)]
pub struct IndexCell {
    pub href: String,
    pub percent: f64,
    pub stale: usize,
    /// "2 stale", in the index's language.
    pub stale_label: String,
    /// Published in the source language (below the publish threshold).
    pub held_back: bool,
}

/// `build/index.html`: statements × languages with coverage.
pub fn index_page(
    project: &str,
    source: (&str, &str),
    languages: &[(String, String, Direction)],
    rows: &[(String, String, Vec<Option<IndexCell>>)],
    t: &Labels,
) -> String {
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{CSS}main {{ max-inline-size: 70rem; }}\n</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n<p>{}</p>\n<table>\n<thead><tr><th>{}</th><th lang=\"{}\">{}</th>",
        escape_html(source.0),
        escape_html(project),
        escape_html(project),
        escape_html(&t.index_title),
        escape_html(&t.statement),
        escape_html(source.0),
        escape_html(source.1),
    );
    for (tag, name, dir) in languages {
        s.push_str(&format!(
            "<th lang=\"{tag}\" dir=\"{}\">{}</th>",
            dir.as_str(),
            escape_html(name),
            tag = escape_html(tag)
        ));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for (path, src_href, cells) in rows {
        s.push_str(&format!(
            "<tr><td>{}</td><td><a href=\"{}\">{}</a></td>",
            escape_html(path),
            escape_html(src_href),
            escape_html(source.0)
        ));
        for c in cells {
            match c {
                Some(c) => {
                    let class = if c.stale > 0 { " class=\"stale\"" } else { "" };
                    let mut mark = if c.stale > 0 {
                        format!(
                            " <span title=\"{}\">⚠ {}</span>",
                            escape_html(&c.stale_label),
                            c.stale
                        )
                    } else {
                        String::new()
                    };
                    if c.held_back {
                        mark.push_str(&format!(" ({})", escape_html(&t.held_back_mark)));
                    }
                    s.push_str(&format!(
                        "<td{class}><a href=\"{}\">{:.0}%</a> <span class=\"bar\"><span style=\"inline-size: {:.0}%\"></span></span>{mark}</td>",
                        escape_html(&c.href),
                        c.percent,
                        c.percent
                    ));
                }
                None => s.push_str("<td>—</td>"),
            }
        }
        s.push_str("</tr>\n");
    }
    s.push_str(&format!(
        "</tbody>\n</table>\n<p><a href=\"status.html\">{}</a></p>\n</main>\n</body>\n</html>\n",
        escape_html(&t.dashboard)
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Message;
    use crate::source::extract;

    fn catalog(pairs: &[(&str, &str, bool)]) -> Catalog {
        Catalog {
            header: None,
            messages: pairs
                .iter()
                .map(|(s, t, stale)| {
                    let mut m = Message::new(None, s.to_string());
                    m.translation = vec![t.to_string()];
                    m.stale = *stale;
                    m
                })
                .collect(),
        }
    }

    #[test]
    fn a_stale_translation_may_keep_its_previous_links() {
        let src = "See [the guide](new.md) today.\n";
        let doc = crate::source::extract(src, &[]).unwrap();
        let mut cat = catalog(&[(
            "See [the guide](new.md) today.",
            "Mira [la guía](old.md) hoy.",
            true,
        )]);
        // Made from a previous source that linked to old.md: the maintainers' link.
        cat.messages[0].previous = Some(crate::catalog::Previous {
            source: "See [the guide](old.md) today.".into(),
            ..Default::default()
        });
        let l = localize(src, &doc, Some(&cat));
        assert!(l.refused.is_empty(), "{:?}", l.refused);
        assert!(l.markdown.contains("Mira [la guía](old.md) hoy."));
        // A link neither source had is refused.
        cat.messages[0].translation = vec!["Mira [la guía](https://evil.example/) hoy.".into()];
        let l = localize(src, &doc, Some(&cat));
        assert_eq!(l.refused.len(), 1);
        assert_eq!(l.markdown, src);
    }

    #[test]
    fn splices_and_keeps_untouched_bytes() {
        let src = "---\ntitle: Hello\ndate: 2024-01-01 # kept\n---\n\n## Intro  \n\n- item *one*\n  continues\n- untranslated\n\n| A | B |\n|---|--:|\n| x | y |\n";
        let keys = vec!["title".to_string()];
        let doc = extract(src, &keys).unwrap();
        let cat = catalog(&[
            ("Hello", "Hola: \"mundo\"", false),
            ("Intro", "Introducción", false),
            ("item _one_ continues", "elemento _uno_\\\nsigue", false),
            ("x", "a|b", false),
        ]);
        let l = localize(src, &doc, Some(&cat));
        assert_eq!(
            l.markdown,
            "---\ntitle: \"Hola: \\\"mundo\\\"\"\ndate: 2024-01-01 # kept\n---\n\n## Introducción  \n\n- elemento _uno_\\\n  sigue\n- untranslated\n\n| A | B |\n|---|--:|\n| a\\|b | y |\n"
        );
        assert_eq!((l.translated, l.stale), (4, 0));
        assert_eq!(l.title.as_deref(), Some("Hola: \"mundo\""));
    }

    #[test]
    fn stale_note_after_front_matter() {
        let src = "---\ntitle: Hello\n---\nBody text.\n";
        let doc = extract(src, &["title".to_string()]).unwrap();
        let cat = catalog(&[("Body text.", "Texto.", true)]);
        let l = localize(src, &doc, Some(&cat));
        assert_eq!(l.markdown, "---\ntitle: Hello\n---\nTexto.\n");
        assert_eq!(
            with_note(&l.markdown, "Outdated"),
            "---\ntitle: Hello\n---\n> Outdated\n\nTexto.\n"
        );
        assert_eq!(l.stale, 1);
    }

    #[test]
    fn html_is_safe_and_code_ltr() {
        let h = render_html(
            "Text `a < b` <script>alert(1)</script>\n\n```rust\nfn x() {}\n```\n\n<!-- c -->\n<iframe src=x></iframe>\n",
        );
        assert!(h.contains("<code dir=\"ltr\">a &lt; b</code>"), "{h}");
        assert!(!h.contains("<script>"), "{h}");
        assert!(!h.contains("<iframe"), "{h}");
        assert!(
            h.contains("<pre dir=\"ltr\"><code class=\"language-rust\">"),
            "{h}"
        );
        assert!(!h.contains("<!--"));
    }

    #[test]
    fn fallback_blocks_are_marked_ltr() {
        let src = "## Title\n\nUntranslated para.\n\n- item one\n- item two\n\nDone.\n";
        let doc = extract(src, &[]).unwrap();
        let cat = catalog(&[
            ("Title", "عنوان", false),
            ("item one", "مورد", false),
            ("Done.", "تمام.", false),
        ]);
        let l = localize(src, &doc, Some(&cat));
        assert_eq!(l.fallback.len(), 2);
        let h = render_html_marked(&l.markdown, &l.fallback, "en", true);
        assert!(h.contains("<h2>عنوان</h2>"), "{h}");
        assert!(
            h.contains("<p lang=\"en\" dir=\"ltr\">Untranslated para.</p>"),
            "{h}"
        );
        assert!(h.contains("<li>مورد</li>"), "{h}");
        assert!(
            h.contains("<li lang=\"en\" dir=\"ltr\">item two</li>"),
            "{h}"
        );
        assert!(h.contains("<p>تمام.</p>"), "{h}");
        assert!(!render_html_marked("<b onclick=x>hi</b>\n", &[], "en", true).contains("<b"));
    }

    #[test]
    fn ltr_islands_isolate_weak_edges() {
        let wrapped = |t: &str| -> Vec<String> {
            ltr_islands(t)
                .into_iter()
                .filter(|(l, _)| *l)
                .map(|(_, s)| s.to_string())
                .collect()
        };
        assert_eq!(wrapped("با C++ کار می‌کنم."), vec!["C++"]);
        assert_eq!(wrapped("ما را در @pycon دنبال کنید"), vec!["@pycon"]);
        assert_eq!(wrapped("برچسب #PyConUS2018 است"), vec!["#PyConUS2018"]);
        assert_eq!(
            wrapped("نشانی https://example.org/ را ببینید"),
            vec!["https://example.org/"]
        );
        assert_eq!(wrapped("دما -5 درجه"), vec!["-5"]);
        assert_eq!(wrapped("نسخهٔ v3.12 آمد."), vec!["v3.12"]);
        // Strong at both ends: nothing to do. Trailing sentence punctuation stays outside.
        assert!(wrapped("بنیاد Python Software Foundation است.").is_empty());
        assert!(wrapped("در PyCon.").is_empty());
        assert_eq!(wrapped("زبان C++.")[0], "C++");
        // Adjacent Latin words form one run.
        assert_eq!(wrapped("از C and C++ استفاده"), vec!["C and C++"]);
        // Plain numbers and RTL text are left alone; pieces cover the whole text.
        assert!(wrapped("۲۰۱۹ و 2019").is_empty());
        let t = "الف C++ ب";
        assert_eq!(
            ltr_islands(t).iter().map(|(_, s)| *s).collect::<String>(),
            t
        );
    }

    #[test]
    fn unsafe_urls_are_neutralized() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:x",
            "java\tscript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            assert!(!safe_url(bad), "{bad:?}");
        }
        for good in [
            "https://example.org/a:b",
            "http://x",
            "mailto:a@b.org",
            "../x.html",
            "#top",
            "x.html?q=a:b",
            "./page:1",
        ] {
            assert!(safe_url(good), "{good:?}");
        }
        let h = render_html(
            "[click](javascript:alert(1)) ![x](javascript:alert(2)) <a href=\"javascript:x\">y</a> <iframe src=x></iframe> <img src=x onerror=alert(1)>\n",
        );
        let lower = h.to_lowercase();
        assert!(
            !lower.contains("<a href=\"javascript") && !lower.contains("<img src=\"javascript"),
            "{h}"
        );
        assert!(
            !lower.contains(" onerror=alert(1)>"),
            "raw HTML is escaped text: {h}"
        );
        assert!(
            !h.contains("<iframe")
                && !h.contains("<img src=x")
                && !h.contains("<a href=\"javascript"),
            "{h}"
        );
        assert!(h.contains("<a href=\"#\">click</a>"), "{h}");
    }

    #[test]
    fn table_alignment_is_logical() {
        let h = render_html("| a | b |\n|:--|--:|\n| x | y |\n");
        assert!(
            h.contains("text-align: start") && h.contains("text-align: end"),
            "{h}"
        );
        assert!(!h.contains("text-align: left"));
    }

    #[test]
    fn rtl_pages_wrap_islands_in_html() {
        let h = render_html_marked("با C++ و `x++` و ![C++ logo](c.png)\n", &[], "en", true);
        assert!(
            h.contains("با <span dir=\"ltr\">C++</span> و <code dir=\"ltr\">x++</code>"),
            "{h}"
        );
        assert!(h.contains("alt=\"C++ logo\""), "alt text untouched: {h}");
        let ltr = render_html_marked("With C++\n", &[], "en", false);
        assert!(!ltr.contains("<span"));
    }

    #[test]
    fn rtl_title_gets_rlm() {
        assert_eq!(
            title_for(Direction::Rtl, "PyCon در ایران"),
            "\u{200F}PyCon در ایران"
        );
        assert_eq!(title_for(Direction::Rtl, "ایران"), "ایران");
        assert_eq!(title_for(Direction::Ltr, "PyCon"), "PyCon");
    }

    #[test]
    fn yaml_quoting_round_trips() {
        for s in [
            "plain",
            "a: b",
            "# not comment",
            "\"quoted\" \\ back",
            "line\nbreak",
            "- item",
            "yes",
            "سلام «دنیا»",
            // Controls, C1 and DEL are not printable YAML: escaped.
            "esc \u{1b}]0;x\u{7} c1 \u{9b} \u{85} del \u{7f}",
        ] {
            let y = format!("k: {}\n", yaml_quote(s));
            assert!(!y.contains(|c: char| c.is_control() && c != '\n'), "{y:?}");
            let v: std::collections::BTreeMap<String, String> = serde_saphyr::from_str(&y).unwrap();
            assert_eq!(v["k"], s);
        }
    }
}
