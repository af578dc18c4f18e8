//! Statements → segments. Front matter is split at byte 0 (never with
//! pulldown-cmark's metadata option) and parsed with serde-saphyr; the body is
//! parsed once with pulldown-cmark. Every segment keeps its byte range in the
//! original file so a build can splice translations back in.

use std::ops::Range;

use indexmap::IndexMap;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use rayon::prelude::*;

mod front_matter;
pub mod html;
mod kind;
pub mod links;
mod plain;
pub(crate) use plain::plain;
pub mod tags;
pub mod targets;

pub use kind::SegmentKind;

pub use front_matter::{Block, Format, quoted, split_front_matter, yaml_quote};

/// The one set of Markdown options, used for extraction, checks and rendering.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// One translatable unit of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub kind: SegmentKind,
    /// Normalized Markdown (no soft breaks, no needless escapes).
    pub text: String,
    /// `msgctxt`, set by a `<!-- dragoman: context NAME -->` directive.
    pub context: Option<Box<str>>,
    /// Extra translator note from a `<!-- dragoman: comment TEXT -->` directive.
    pub comment: Option<Box<str>>,
    /// Byte range in the whole file that the translation replaces.
    pub range: Range<usize>,
    /// 1-based line and column (in characters) of `range.start`.
    pub line: u32,
    pub column: u32,
    /// Prefix for continuation lines when a translation spans lines
    /// (list indentation, `> ` of block quotes).
    pub continuation: Box<str>,
}

impl Segment {
    /// Stable, Fluent-compatible id: readable slug + hash of context and text.
    pub fn id(&self) -> String {
        segment_id(self.context.as_deref(), &self.text)
    }
}

/// `[a-zA-Z][a-zA-Z0-9_-]*`: up to four ASCII words of the text, then 40 bits of xxh3.
pub fn segment_id(context: Option<&str>, text: &str) -> String {
    let mut key = String::with_capacity(text.len() + 16);
    if let Some(c) = context {
        key.push_str(c);
        key.push('\u{4}');
    }
    key.push_str(text);
    let hash = xxhash_rust::xxh3::xxh3_64(key.as_bytes());
    let mut slug = String::new();
    for (words, word) in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        if words == 4 || slug.len() + word.len() > 32 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if !slug.starts_with(|c: char| c.is_ascii_alphabetic()) {
        slug.insert_str(0, if slug.is_empty() { "s" } else { "s-" });
    }
    format!("{slug}-{:010x}", hash >> 24)
}

/// A parsed statement: its front matter and segments.
#[derive(Debug, Clone)]
pub struct Document {
    pub front_matter: Option<FrontMatter>,
    pub segments: Vec<Segment>,
}

/// The front matter block at byte 0.
#[derive(Debug, Clone)]
pub struct FrontMatter {
    pub format: Format,
    /// Byte range of the block's text (between the fences; for JSON, the
    /// object itself).
    pub text: Range<usize>,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
    /// String values by dotted key path (`extra.summary`), in file order.
    pub values: IndexMap<String, String>,
}

impl FrontMatter {
    /// Everything the block of `src` holds, as data (dates as their text), for
    /// page templates: parsed on demand, since only `build` needs it.
    pub fn data(&self, src: &str) -> serde_json::Value {
        front_matter::data(&src[self.text.clone()], self.format)
    }
}

/// A statement problem with its position (one [`SyntaxError`](crate::error::SyntaxError) for every reader).
pub type SourceError = crate::error::SyntaxError;

/// Maps byte offsets to 1-based lines and columns.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let col = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line, col + 1)
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line - 1]
    }
}

/// The 1-based line and column (in characters) of a byte offset, for one-off
/// error positions; offsets past the end point at the end.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_col(text, offset.min(text.len()))
}

/// A line or column as a segment or message keeps it (a statement or
/// catalog has fewer than 2³² lines: it is read whole into memory).
pub(crate) fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Extracts the segments of a statement. `keys` is the front-matter allow-list.
pub fn extract(src: &str, keys: &[String]) -> Result<Document, SourceError> {
    let index = LineIndex::new(src);
    let mut segments = Vec::new();
    let mut front_matter = None;
    let mut body_start = 0;
    if let Some(block) = split_front_matter(src)? {
        let values = front_matter::string_values(src, &block, &index)?;
        for (key, v) in &values {
            if !keys.iter().any(|k| k == key) || !has_words(&v.text) {
                continue;
            }
            segments.push(Segment {
                kind: SegmentKind::FrontMatter(key.as_str().into()),
                text: v.text.trim().to_string(),
                context: None,
                comment: None,
                range: v.range.clone(),
                line: narrow(v.line),
                column: narrow(v.column),
                continuation: Box::default(),
            });
        }
        front_matter = Some(FrontMatter {
            format: block.format,
            text: block.text,
            body_start: block.body_start,
            values: values.into_iter().map(|(k, v)| (k, v.text)).collect(),
        });
        body_start = block.body_start;
    }
    extract_body(src, body_start, &index, &mut segments);
    Ok(Document {
        front_matter,
        segments,
    })
}

fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Container {
    Item,
    BlockQuote,
    Footnote,
    TableHead,
    Other,
}

struct Leaf<'a> {
    kind: SegmentKind,
    events: Vec<Event<'a>>,
    start: usize,
    end: usize,
    words: bool,
    /// Implicit leaf (tight list item text), closed by the next block event.
    implicit: bool,
}

#[derive(Default)]
struct Directive {
    skip: bool,
    context: Option<String>,
    comment: Option<String>,
}

fn parse_directive(html: &str) -> Option<Directive> {
    let inner = html
        .trim()
        .strip_prefix("<!--")?
        .strip_suffix("-->")?
        .trim();
    let rest = inner
        .strip_prefix("dragoman:")
        .or_else(|| inner.strip_prefix("i18n:"))?
        .trim();
    let (cmd, arg) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let arg = arg.trim();
    let mut d = Directive::default();
    match cmd.trim_end_matches(':') {
        "skip" => d.skip = true,
        "context" if !arg.is_empty() => d.context = Some(arg.to_string()),
        "comment" if !arg.is_empty() => d.comment = Some(arg.to_string()),
        _ => return None,
    }
    Some(d)
}

fn extract_body(src: &str, body_start: usize, index: &LineIndex, out: &mut Vec<Segment>) {
    let body = &src[body_start..];
    // Leaves' inline Markdown, normalized after the walk (in parallel in a
    // long statement): where its segment stands, its events.
    let mut deferred: Deferred = Vec::new();
    let mut stack: Vec<Container> = Vec::new();
    let mut leaf: Option<Leaf> = None;
    let mut skip_depth = 0usize;
    let mut pending = Directive::default();
    let mut html_block = String::new();
    let mut html_start = 0;

    let context_kind = |stack: &[Container]| -> SegmentKind {
        match stack.iter().rev().find(|c| **c != Container::Other) {
            Some(Container::Footnote) => SegmentKind::Footnote,
            Some(Container::Item) => SegmentKind::ListItem,
            Some(Container::BlockQuote) => SegmentKind::BlockQuote,
            _ => SegmentKind::Paragraph,
        }
    };

    for (event, r) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
        let range = r.start + body_start..r.end + body_start;
        if skip_depth > 0 {
            match &event {
                Event::Start(_) => skip_depth += 1,
                Event::End(_) => skip_depth -= 1,
                _ => {}
            }
            continue;
        }
        let inline = is_inline(&event);
        if !inline
            && let Some(l) = &leaf
            && l.implicit
        {
            let l = leaf.take().expect("leaf");
            finish_leaf(src, index, l, &mut pending, (out, &mut deferred));
        }
        match event {
            Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::MetadataBlock(_)) => {
                skip_depth = 1;
            }
            Event::Start(Tag::HtmlBlock) => (html_block, html_start) = (String::new(), range.start),
            Event::Html(h) => html_block.push_str(&h),
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(d) = parse_directive(&html_block) {
                    pending.skip |= d.skip;
                    pending.context = d.context.or(pending.context.take());
                    pending.comment = d.comment.or(pending.comment.take());
                } else {
                    html::segments(src, index, html_start..range.end, &mut pending, out);
                }
            }
            Event::Start(Tag::Paragraph) => {
                leaf = Some(Leaf::new(context_kind(&stack), false));
            }
            Event::Start(Tag::Heading { level, .. }) => {
                leaf = Some(Leaf::new(SegmentKind::Heading(level as u8), false));
            }
            Event::Start(Tag::TableCell) => {
                let kind = if stack.last() == Some(&Container::TableHead) {
                    SegmentKind::TableHeader
                } else {
                    SegmentKind::TableCell
                };
                leaf = Some(Leaf::new(kind, false));
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) => {
                if let Some(l) = leaf.take() {
                    finish_leaf(src, index, l, &mut pending, (out, &mut deferred));
                }
            }
            Event::Start(tag) if !inline => stack.push(match tag {
                Tag::Item => Container::Item,
                Tag::BlockQuote(_) => Container::BlockQuote,
                Tag::FootnoteDefinition(_) => Container::Footnote,
                Tag::TableHead => Container::TableHead,
                _ => Container::Other,
            }),
            Event::End(_) if !inline => {
                stack.pop();
            }
            Event::TaskListMarker(_) => {}
            ev if inline => {
                if leaf.is_none() {
                    // Text directly inside a tight list item.
                    leaf = Some(Leaf::new(context_kind(&stack), true));
                }
                let l = leaf.as_mut().expect("leaf");
                l.start = l.start.min(range.start);
                // A soft break ends no segment (found by fuzzing: a trailing one
                // before a line the parser drops was cut from the text but not
                // from the range).
                if !matches!(ev, Event::SoftBreak) {
                    l.end = l.end.max(range.end);
                }
                if let Event::Text(t) = &ev {
                    l.words |= has_words(t);
                }
                l.events.push(ev);
            }
            _ => {}
        }
    }
    if let Some(l) = leaf.take() {
        finish_leaf(src, index, l, &mut pending, (out, &mut deferred));
    }
    normalize_leaves(out, deferred);
}

/// Leaves waiting for their text: where each one's segment stands, and its
/// inline events.
type Deferred<'a> = Vec<(usize, Vec<Event<'a>>)>;

/// Gives each deferred leaf's segment its normalized text; a leaf whose
/// text is empty (its inline Markdown renders to nothing) has no segment.
fn normalize_leaves(out: &mut Vec<Segment>, deferred: Deferred) {
    let normalize = |(at, events): (usize, Vec<Event>)| (at, normalize_inline(events));
    let texts: Vec<(usize, String)> = if deferred.len() >= 1024 {
        deferred.into_par_iter().map(normalize).collect()
    } else {
        deferred.into_iter().map(normalize).collect()
    };
    for (at, text) in texts {
        out[at].text = text;
    }
    // Every other segment has words: only a leaf can be empty.
    out.retain(|s| !s.text.is_empty());
}

impl Leaf<'_> {
    fn new(kind: SegmentKind, implicit: bool) -> Self {
        Leaf {
            kind,
            events: Vec::new(),
            start: usize::MAX,
            end: 0,
            words: false,
            implicit,
        }
    }
}

pub(crate) fn is_inline(event: &Event) -> bool {
    match event {
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        Event::End(tag) => matches!(
            tag,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        ),
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::InlineMath(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_) => true,
        Event::Html(_) | Event::DisplayMath(_) | Event::Rule | Event::TaskListMarker(_) => false,
    }
}

fn finish_leaf<'a>(
    src: &str,
    index: &LineIndex,
    leaf: Leaf<'a>,
    pending: &mut Directive,
    (out, deferred): (&mut Vec<Segment>, &mut Deferred<'a>),
) {
    let directive = std::mem::take(pending);
    if !leaf.words || leaf.start >= leaf.end || directive.skip {
        return;
    }
    let ends_in_link = matches!(
        leaf.events.last(),
        Some(Event::End(TagEnd::Link | TagEnd::Image))
    );
    // A leading backslash escape (`\-`) is not part of the first text event's range.
    let mut start = leaf.start;
    if start > 0
        && src.as_bytes()[start - 1] == b'\\'
        && src.as_bytes()[start].is_ascii_punctuation()
    {
        start -= 1;
    }
    // A collapsed reference (`[x][]`) at the end of a table cell: the
    // parser's range stops before its `[]`.
    let mut end = leaf.end;
    if ends_in_link && src[end..].starts_with("[]") && src[start..end].ends_with(']') {
        end += 2;
    }
    let (line, column) = index.line_col(src, start);
    deferred.push((out.len(), leaf.events));
    out.push(Segment {
        kind: leaf.kind,
        text: String::new(),
        context: directive.context.map(String::into_boxed_str),
        comment: directive.comment.map(String::into_boxed_str),
        range: start..end,
        line: narrow(line),
        column: narrow(column),
        continuation: continuation_prefix(&src[index.line_start(line)..start]).into(),
    });
}

/// For continuation lines: keep `>` markers, turn everything else into spaces.
fn continuation_prefix(first_line_prefix: &str) -> String {
    first_line_prefix
        .chars()
        .map(|c| if c == '>' || c == '\t' { c } else { ' ' })
        .collect()
}

/// Renders inline events as normalized Markdown: soft breaks become spaces.
pub fn normalize_inline(events: Vec<Event>) -> String {
    if let Some(text) = plain::plain_text(&events) {
        return text;
    }
    let mut evs = Vec::with_capacity(events.len() + 2);
    evs.push(Event::Start(Tag::Paragraph));
    for e in events {
        match e {
            Event::SoftBreak => evs.push(Event::Text(CowStr::Borrowed(" "))),
            // Reference links become inline links so a segment is self-contained
            // (its definition may be anywhere in the document).
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) if is_reference(link_type) => evs.push(Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url,
                title,
                id: CowStr::Borrowed(""),
            })),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                ..
            }) if is_reference(link_type) => evs.push(Event::Start(Tag::Image {
                link_type: LinkType::Inline,
                dest_url,
                title,
                id: CowStr::Borrowed(""),
            })),
            e => evs.push(e),
        }
    }
    evs.push(Event::End(TagEnd::Paragraph));
    let mut out = String::new();
    let options = pulldown_cmark_to_cmark::Options {
        emphasis_token: '_',
        ..Default::default()
    };
    if pulldown_cmark_to_cmark::cmark_with_options(
        evs.iter(),
        &mut out,
        markdown_options(),
        options,
    )
    .is_err()
    {
        return String::new();
    }
    // Only what the serializer adds: content may start with other white space (NBSP, form feed).
    out.trim_matches([' ', '\n']).to_string()
}

fn is_reference(t: LinkType) -> bool {
    matches!(
        t,
        LinkType::Reference
            | LinkType::ReferenceUnknown
            | LinkType::Collapsed
            | LinkType::CollapsedUnknown
            | LinkType::Shortcut
            | LinkType::ShortcutUnknown
    )
}

/// A statement read from disk.
#[derive(Debug, Clone)]
pub struct Statement {
    /// Path relative to the statements folder, with `/` separators (`sub/x.md`).
    pub rel: String,
    /// Path relative to the project root, as shown to users (`statements/sub/x.md`).
    pub display: String,
    pub src: String,
    pub doc: Document,
    /// The languages its front matter asks it to be translated into
    /// (`translate`, see [`targets`]); None: every language.
    pub targets: Option<Vec<String>>,
}

impl Statement {
    /// A statement read from `src`: its targets taken from its front matter.
    pub fn new(rel: String, display: String, src: String, doc: Document) -> Statement {
        let targets = targets::of(&doc, &src);
        Statement {
            rel,
            display,
            src,
            doc,
            targets,
        }
    }

    /// Whether it is translated into the language `tag`.
    pub fn translated_into(&self, tag: &str) -> bool {
        self.targets
            .as_ref()
            .is_none_or(|t| t.iter().any(|x| x == tag))
    }

    /// `rel` without `.md`.
    pub fn stem(&self) -> &str {
        self.rel.strip_suffix(".md").unwrap_or(&self.rel)
    }
}

/// The page a statement's path without `.md` stands for: a page bundle's
/// folder for its `index` / `_index` (`posts/harbor/index` →
/// `posts/harbor`), else the stem itself.
pub fn bundle_of(stem: &str) -> &str {
    match stem.rsplit_once('/') {
        Some((dir, "index" | "_index")) => dir,
        _ => stem,
    }
}

#[cfg(test)]
mod tests;
