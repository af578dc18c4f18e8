//! Localized output: Markdown by splicing translations into the source at each
//! segment's byte range (untouched bytes stay identical), and HTML pages.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Parser, Tag, TagEnd};

use crate::catalog::{Catalog, Message, State};
use crate::guard::Refusal;
use crate::lang::Direction;
use crate::source::{Document, Format, Segment, SegmentKind, markdown_options};

pub mod anchors;
mod assets;
pub mod grid;
mod html;
mod index;
mod islands;
mod links;
pub mod listing;
mod page;
pub mod pages;
mod sanitize;
pub mod theme;

pub use crate::site::Labels;
pub use assets::{relative_path, relative_targets, resolve, retarget, variant, with_file_name};
pub(crate) use html::escape_html;
pub use html::{
    Body, Render, render_body, render_body_noting, render_body_with_ids, render_html,
    render_html_marked,
};
pub use index::{IndexCell, IndexRow, index_page};
pub use islands::ltr_islands;
pub use links::{PageLinks, safe_url};
pub use page::{CSS, LanguageLink, Meta, Page, page, title_for};
pub use sanitize::Sanitizer;
pub use theme::Theme;

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
    /// Byte ranges in `markdown` of body segments left in the source language
    /// (Markdown blocks; see `fallback_html` for text in raw HTML).
    pub fallback: Vec<Range<usize>>,
    /// Byte ranges in `markdown` of text nodes of raw HTML left in the source
    /// language (attribute values are not listed).
    pub fallback_html: Vec<Range<usize>>,
    /// Translations not published because they would reach outside their segment.
    pub refused: Vec<Refused>,
    /// Byte ranges in `markdown` of stale translations (shown with a note).
    pub stale_blocks: Vec<Range<usize>>,
    /// Byte ranges in `markdown` of raw HTML that translations brought (tags
    /// their source does not have): rendered as text, never as markup.
    pub foreign_html: Vec<Range<usize>>,
}

/// A translation as it stands in raw HTML: on one line (a blank line would
/// end the HTML block), `<` and `>` escaped so it stays text, and in an
/// attribute value its quotes too.
fn html_text(text: &str, attribute: bool) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let t = one_line.replace('<', "&lt;").replace('>', "&gt;");
    if attribute {
        t.replace('"', "&quot;").replace('\'', "&#39;")
    } else {
        t
    }
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Refused {
    /// Line of the segment in the statement.
    pub line: usize,
    /// The segment's id.
    pub id: String,
    /// Why, in English.
    pub reason: String,
    pub refusal: Refusal,
}

/// A segment's text in the build: a translation with its state, or None
/// (the source stays).
type Choice<'a> = Option<(&'a str, State)>;

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

/// Each segment's catalog entry, through one lookup table for the page (a
/// scan per segment would be quadratic in a long statement); the first live
/// entry of a text wins, as in `Catalog::find`.
fn entries_of<'c>(segs: &[&Segment], catalog: Option<&'c Catalog>) -> Vec<Option<&'c Message>> {
    let mut by_key: rustc_hash::FxHashMap<(Option<&str>, &str), &Message> =
        rustc_hash::FxHashMap::default();
    for m in catalog
        .iter()
        .flat_map(|c| &c.messages)
        .filter(|m| !m.obsolete)
    {
        by_key.entry(m.key()).or_insert(m);
    }
    segs.iter()
        .map(|seg| {
            by_key
                .get(&(seg.context.as_deref(), seg.text.as_str()))
                .copied()
        })
        .collect()
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
            line: seg.line as usize,
            id: seg.id(),
            reason: r.msg().english(),
            refusal: r,
        });
    };
    let msgs = entries_of(&segs, catalog);
    // What a translation may draw on: its segment's source text and, for a
    // stale one, the previous source it was made from (both the maintainers').
    let picked: Vec<(Choice<'_>, Vec<&str>)> = segs
        .iter()
        .zip(&msgs)
        .map(|(seg, m)| {
            let Some(m) = *m else {
                return (None, Vec::new());
            };
            let mut trusted = vec![seg.text.as_str()];
            trusted.extend(m.previous.as_ref().map(|p| p.source.as_str()));
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
    cover(src, &segs, &msgs, &mut choices);
    // The source's skeleton, without the paragraphs covered now.
    let mut source_skeleton: Option<(Vec<bool>, crate::guard::Skeleton)> = None;
    loop {
        let spliced = splice(src, doc, &segs, &choices);
        let body_chosen = segs
            .iter()
            .zip(&choices)
            .any(|(s, c)| c.is_some() && !matches!(s.kind, SegmentKind::FrontMatter(_)));
        if guard.trusted || !body_chosen {
            return spliced.into_localized(doc, &segs, refused);
        }
        let dropped: Vec<bool> = choices.iter().map(|c| is_covered(*c)).collect();
        if source_skeleton.as_ref().is_none_or(|(d, _)| *d != dropped) {
            // Without covered paragraphs (the usual page) the source is its own.
            let skel = if dropped.contains(&true) {
                let only: Vec<Choice> = choices
                    .iter()
                    .map(|c| c.filter(|_| is_covered(*c)))
                    .collect();
                let without = splice(src, doc, &segs, &only).markdown;
                crate::guard::skeleton(body_of(&without))
            } else {
                crate::guard::skeleton(body_of(src))
            };
            source_skeleton = Some((dropped, skel));
        }
        let skel = &source_skeleton.as_ref().expect("just set").1;
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
            cover(src, &segs, &msgs, &mut choices);
            refuse(segs[i], Refusal::Destination(dest), &mut refused);
            continue;
        }
        let at = match (now.diverges_from(skel), now.defs == skel.defs) {
            (None, true) => return spliced.into_localized(doc, &segs, refused),
            (Some(i), _) => now
                .bones
                .get(i)
                .map_or(spliced.markdown.len(), |b| body_start + b.at),
            // A changed reference definition: blame the last translated segment.
            (None, false) => spliced.markdown.len(),
        };
        // The segment whose translation starts last before the divergence.
        let chosen = |i: usize| choices[i].is_some() && !is_covered(choices[i]);
        let body_choice =
            |i: usize| chosen(i) && !matches!(segs[i].kind, SegmentKind::FrontMatter(_));
        let guilty = (0..segs.len())
            .rev()
            .find(|&i| body_choice(i) && spliced.ranges[i].as_ref().is_some_and(|r| r.start <= at))
            .or_else(|| (0..segs.len()).find(|&i| chosen(i)));
        let Some(g) = guilty else {
            return spliced.into_localized(doc, &segs, refused);
        };
        choices[g] = None;
        cover(src, &segs, &msgs, &mut choices);
        refuse(segs[g], Refusal::Structure("page".into()), &mut refused);
    }
}

/// A covered part of a split paragraph: chosen as an empty text, which
/// drops the segment's text from the page.
fn is_covered(c: Choice<'_>) -> bool {
    matches!(c, Some(("", _)))
}

/// Covered parts of a split paragraph (`Message::covered`) leave the page
/// while the stale translation before them, made from the whole paragraph,
/// is shown: the page then shows that paragraph once, not twice. Only a
/// paragraph right after the covering one (blank lines between) leaves, so
/// no other blocks can join. Recomputed after every refusal (a refused
/// covering translation covers nothing).
fn cover(src: &str, segs: &[&Segment], msgs: &[Option<&Message>], choices: &mut [Choice<'_>]) {
    let mut covering = false;
    let mut end = 0;
    for (i, seg) in segs.iter().enumerate() {
        if is_covered(choices[i]) {
            choices[i] = None;
        }
        if matches!(seg.kind, SegmentKind::FrontMatter(_)) {
            continue;
        }
        let m = msgs[i];
        let adjacent = src
            .get(end..seg.range.start)
            .is_some_and(|gap| gap.chars().all(|c| matches!(c, '\n' | '\r' | ' ' | '\t')));
        let paragraph = seg.kind == SegmentKind::Paragraph;
        end = seg.range.end;
        if covering && adjacent && paragraph && m.is_some_and(Message::covered) {
            choices[i] = Some(("", State::Stale));
            continue;
        }
        covering = paragraph && choices[i].is_some() && m.is_some_and(Message::covers);
    }
}

/// The links of a spliced page, for the in-context destination check.
struct Links<'a> {
    /// Per segment, the text its translation may draw destinations from.
    trusted: &'a [Vec<&'a str>],
    choices: &'a [Choice<'a>],
    spliced: &'a Spliced,
    now: &'a crate::guard::Skeleton,
    body_start: usize,
}

impl Links<'_> {
    /// The first translated segment with a link (in context: a reference to a
    /// definition elsewhere counts) to a destination its trusted text lacks.
    fn foreign(&self, guard: Guard) -> Option<(usize, String)> {
        // In offset order, each segment's links found by binary search: a
        // long page has as many links as segments.
        let mut links: Vec<&(usize, String)> = self.now.links.iter().collect();
        links.sort_by_key(|(at, _)| *at);
        for (i, trusted) in self.trusted.iter().enumerate() {
            let Some(r) = self.spliced.ranges[i]
                .as_ref()
                .filter(|_| self.choices[i].is_some())
            else {
                continue;
            };
            let mut allowed = None;
            let from = links.partition_point(|(at, _)| self.body_start + at < r.start);
            let to = links.partition_point(|(at, _)| self.body_start + at < r.end);
            for (_, dest) in &links[from..to] {
                let allowed = allowed.get_or_insert_with(|| {
                    trusted
                        .iter()
                        .flat_map(|s| crate::guard::destinations(s))
                        .collect::<Vec<_>>()
                });
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
    fallback_html: Vec<Range<usize>>,
    stale_blocks: Vec<Range<usize>>,
}

impl Spliced {
    fn into_localized(
        self,
        doc: &Document,
        segs: &[&Segment],
        mut refused: Vec<Refused>,
    ) -> Localized {
        refused.sort_by_key(|r| r.line);
        let mut foreign_html = Vec::new();
        for (seg, range) in segs.iter().zip(&self.ranges) {
            if let Some(r) = range
                && !matches!(seg.kind, SegmentKind::FrontMatter(_))
            {
                let found = html::foreign_html(&seg.text, &self.markdown[r.clone()]);
                foreign_html.extend(
                    found
                        .into_iter()
                        .map(|f| f.start + r.start..f.end + r.start),
                );
            }
        }
        Localized {
            foreign_html,
            stale_blocks: self.stale_blocks,
            markdown: self.markdown,
            translated: self.translated,
            stale: self.stale,
            total: doc.segments.len(),
            title: self.fm_values.get("title").cloned(),
            description: self.fm_values.get("description").cloned(),
            fallback: self.fallback,
            fallback_html: self.fallback_html,
            refused,
        }
    }
}

/// Splices the chosen texts into the source at their segments' byte ranges
/// (`segs` in source order; untouched bytes stay identical).
fn splice(src: &str, doc: &Document, segs: &[&Segment], choices: &[Choice<'_>]) -> Spliced {
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
    let (mut fallback, mut fallback_html) = (Vec::new(), Vec::new());
    let mut stale_blocks = Vec::new();
    let mut ranges = vec![None; segs.len()];
    for (i, (seg, choice)) in segs.iter().zip(choices).enumerate() {
        if seg.range.start < pos {
            continue;
        }
        let Some((text, state)) = *choice else {
            let at = out.len() + seg.range.start - pos;
            match seg.kind {
                SegmentKind::FrontMatter(_)
                | SegmentKind::Html {
                    attribute: Some(_), ..
                } => {}
                SegmentKind::Html { .. } => fallback_html.push(at..at + seg.range.len()),
                _ => fallback.push(at..at + seg.range.len()),
            }
            continue;
        };
        translated += 1;
        if state == State::Stale {
            stale += 1;
        }
        if text.is_empty() {
            // Covered by the stale paragraph before it: its text leaves the page.
            out.push_str(&src[pos..seg.range.start]);
            pos = seg.range.end;
            continue;
        }
        out.push_str(&src[pos..seg.range.start]);
        let start = out.len();
        match &seg.kind {
            SegmentKind::FrontMatter(key) => {
                let format = doc.front_matter.as_ref().map_or(Format::Yaml, |f| f.format);
                out.push_str(&crate::source::quoted(format, text));
                fm_values.insert(key.to_string(), text.to_string());
            }
            SegmentKind::Html { attribute, .. } => {
                let quoted = attribute.is_some()
                    && matches!(
                        src.as_bytes().get(seg.range.start.wrapping_sub(1)),
                        Some(b'"' | b'\'')
                    );
                let t = html_text(text, attribute.is_some());
                if *text == seg.text {
                    // The source's own words keep their bytes (line breaks).
                    out.push_str(&src[seg.range.clone()]);
                } else if attribute.is_some() && !quoted {
                    // An unquoted value gets quotes: its words stay one value.
                    out.push('"');
                    out.push_str(&t);
                    out.push('"');
                } else {
                    out.push_str(&t);
                }
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
        if state == State::Stale && !matches!(seg.kind, SegmentKind::FrontMatter(_)) {
            stale_blocks.push(start..out.len());
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
        fallback_html,
        stale_blocks,
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
        Ok(Some(block)) => Some(block.body_start),
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

#[cfg(test)]
mod tests;
