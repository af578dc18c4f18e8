//! Statements → segments. Front matter is split at byte 0 (never with
//! pulldown-cmark's metadata option) and parsed with serde-saphyr; the body is
//! parsed once with pulldown-cmark. Every segment keeps its byte range in the
//! original file so a build can splice translations back in.

use std::ops::Range;

use indexmap::IndexMap;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// The one set of Markdown options, used for extraction, checks and rendering.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// What a segment is, shown to translators as a `#.` comment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SegmentKind {
    FrontMatter(String),
    Heading(u8),
    Paragraph,
    ListItem,
    TableHeader,
    TableCell,
    BlockQuote,
    Footnote,
}

impl SegmentKind {
    pub fn describe(&self) -> String {
        match self {
            SegmentKind::FrontMatter(k) => format!("front matter: {k}"),
            SegmentKind::Heading(l) => format!("heading {l}"),
            SegmentKind::Paragraph => "paragraph".into(),
            SegmentKind::ListItem => "list item".into(),
            SegmentKind::TableHeader => "table header".into(),
            SegmentKind::TableCell => "table cell".into(),
            SegmentKind::BlockQuote => "block quote".into(),
            SegmentKind::Footnote => "footnote".into(),
        }
    }

    /// The kind a `#.` note written by [`SegmentKind::describe`] names.
    pub fn from_note(note: &str) -> Option<SegmentKind> {
        Some(match note {
            "paragraph" => SegmentKind::Paragraph,
            "list item" => SegmentKind::ListItem,
            "table header" => SegmentKind::TableHeader,
            "table cell" => SegmentKind::TableCell,
            "block quote" => SegmentKind::BlockQuote,
            "footnote" => SegmentKind::Footnote,
            _ => {
                if let Some(k) = note.strip_prefix("front matter: ") {
                    SegmentKind::FrontMatter(k.to_string())
                } else {
                    let level = note.strip_prefix("heading ")?.parse().ok()?;
                    SegmentKind::Heading(level)
                }
            }
        })
    }

    /// The kind of a catalog entry, from its notes (None: not dragoman's).
    pub fn of_notes(notes: &[String]) -> Option<SegmentKind> {
        notes.iter().find_map(|n| SegmentKind::from_note(n))
    }

    /// What [`SegmentKind::describe`] says, as a message for the interface.
    pub fn msg(&self) -> crate::ui::Msg {
        let m = crate::ui::Msg::new("segment-kind");
        match self {
            SegmentKind::FrontMatter(k) => m.arg("kind", "front-matter").arg("detail", k),
            SegmentKind::Heading(l) => m.arg("kind", "heading").arg("detail", l),
            SegmentKind::Paragraph => m.arg("kind", "paragraph"),
            SegmentKind::ListItem => m.arg("kind", "list-item"),
            SegmentKind::TableHeader => m.arg("kind", "table-header"),
            SegmentKind::TableCell => m.arg("kind", "table-cell"),
            SegmentKind::BlockQuote => m.arg("kind", "block-quote"),
            SegmentKind::Footnote => m.arg("kind", "footnote"),
        }
    }
}

/// One translatable unit of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub kind: SegmentKind,
    /// Normalized Markdown (no soft breaks, no needless escapes).
    pub text: String,
    /// `msgctxt`, set by a `<!-- dragoman: context NAME -->` directive.
    pub context: Option<String>,
    /// Extra translator note from a `<!-- dragoman: comment TEXT -->` directive.
    pub comment: Option<String>,
    /// Byte range in the whole file that the translation replaces.
    pub range: Range<usize>,
    /// 1-based line and column (in characters) of `range.start`.
    pub line: usize,
    pub column: usize,
    /// Prefix for continuation lines when a translation spans lines
    /// (list indentation, `> ` of block quotes).
    pub continuation: String,
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
    /// Byte range of the YAML text (between the fences).
    pub yaml: Range<usize>,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
    /// Top-level string values, in file order.
    pub values: IndexMap<String, String>,
}

/// A bad statement, with 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct SourceError {
    pub line: usize,
    pub column: usize,
    pub message: crate::ui::Msg,
}

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

/// Splits front matter at byte 0: `---` line, YAML, `---` or `...` line.
/// Returns the YAML range and the body start, or None when there is none.
pub fn split_front_matter(src: &str) -> Result<Option<(Range<usize>, usize)>, SourceError> {
    let Some(first_end) = src.find('\n') else {
        return Ok(None);
    };
    if src[..first_end].trim_end() != "---" {
        return Ok(None);
    }
    let yaml_start = first_end + 1;
    let mut pos = yaml_start;
    while pos < src.len() {
        let end = src[pos..].find('\n').map(|i| pos + i).unwrap_or(src.len());
        let line = src[pos..end].trim_end();
        if line == "---" || line == "..." {
            let body_start = (end + 1).min(src.len());
            return Ok(Some((yaml_start..pos, body_start)));
        }
        pos = end + 1;
    }
    Err(SourceError {
        line: 1,
        column: 1,
        message: crate::ui::Msg::new("source-front-matter-open"),
    })
}

fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = 20_000;
    budget.max_aliases = 100;
    budget.max_anchors = 100;
    budget.max_nodes = 10_000;
    budget.max_depth = 32;
    budget.max_documents = 1;
    budget.max_total_scalar_bytes = 1 << 20;
    let mut o = serde_saphyr::Options::default();
    o.budget = Some(budget);
    o
}

/// A YAML parser message as a [`crate::ui::Msg`]: the kinds people make
/// (unclosed bracket, tab, stray `: `, duplicate key, not a mapping, unknown
/// alias) get ids other languages can say; English keeps the parser's text,
/// except a duplicate key, whose parser text gives advice for programmers.
fn yaml_message(text: &str) -> crate::ui::Msg {
    use crate::ui::Msg;
    if let Some(rest) = text.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest).trim();
        return Msg::new("yaml-duplicate-key").arg("key", key);
    }
    if let Some(rest) = text.strip_prefix("unclosed bracket ") {
        return Msg::new("yaml-unclosed-bracket")
            .arg("detail", text)
            .arg("bracket", rest.trim_matches('\''));
    }
    let id = if text.contains("found a tab") {
        "yaml-tab"
    } else if text.starts_with("mapping values are not allowed") {
        "yaml-mapping-values"
    } else if text == "expected mapping start" {
        "yaml-not-mapping"
    } else if text.contains("unknown anchor") {
        "yaml-unknown-anchor"
    } else {
        "yaml-other"
    };
    Msg::new(id).arg("detail", text)
}

/// Parses the YAML of a front matter block into its top-level string values.
fn parse_front_matter(
    src: &str,
    yaml: Range<usize>,
    index: &LineIndex,
) -> Result<IndexMap<String, (String, usize, usize)>, SourceError> {
    let text = &src[yaml.clone()];
    let (base_line, _) = index.line_col(src, yaml.start);
    if text.trim().is_empty() {
        return Ok(IndexMap::new());
    }
    type Map = IndexMap<String, serde_saphyr::Spanned<serde_json::Value>>;
    let parsed: Result<Option<Map>, _> = serde_saphyr::from_str_with_options(text, yaml_options());
    let map = parsed.map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((1, 1));
        let msg = e.to_string();
        let mut first = msg.lines().next().unwrap_or("invalid YAML").trim();
        // The position is ours (file line and column); drop the parser's own.
        first = first.strip_prefix("error:").map(str::trim).unwrap_or(first);
        if first.starts_with("line ")
            && let Some((_, rest)) = first.split_once(": ")
        {
            first = rest;
        }
        let first = first.to_string();
        SourceError {
            line: base_line + line.max(1) - 1,
            column: column.max(1),
            message: crate::ui::Msg::new("source-front-matter-yaml")
                .arg_msg("detail", yaml_message(&first)),
        }
    })?;
    let mut out = IndexMap::new();
    for (k, v) in map.unwrap_or_default() {
        if let serde_json::Value::String(s) = v.value {
            let line = base_line + (v.referenced.line() as usize).max(1) - 1;
            out.insert(k, (s, line, v.referenced.column() as usize));
        }
    }
    Ok(out)
}

/// Extracts the segments of a statement. `keys` is the front-matter allow-list.
pub fn extract(src: &str, keys: &[String]) -> Result<Document, SourceError> {
    let index = LineIndex::new(src);
    let mut segments = Vec::new();
    let mut front_matter = None;
    let mut body_start = 0;
    if let Some((yaml, body)) = split_front_matter(src)? {
        let values = parse_front_matter(src, yaml.clone(), &index)?;
        for (key, (value, line, column)) in &values {
            if !keys.iter().any(|k| k == key) || !has_words(value) {
                continue;
            }
            let range = key_region(src, &yaml, key).unwrap_or(yaml.start..yaml.start);
            segments.push(Segment {
                kind: SegmentKind::FrontMatter(key.clone()),
                text: value.trim().to_string(),
                context: None,
                comment: None,
                range,
                line: *line,
                column: *column,
                continuation: String::new(),
            });
        }
        front_matter = Some(FrontMatter {
            yaml,
            body_start: body,
            values: values.into_iter().map(|(k, (v, _, _))| (k, v)).collect(),
        });
        body_start = body;
    }
    extract_body(src, body_start, &index, &mut segments);
    Ok(Document {
        front_matter,
        segments,
    })
}

/// The byte range of a top-level `key: value` entry (through its last line,
/// without the final newline) inside the YAML range.
pub fn key_region(src: &str, yaml: &Range<usize>, key: &str) -> Option<Range<usize>> {
    let text = &src[yaml.clone()];
    let mut pos = 0;
    let mut start = None;
    let mut end = 0;
    while pos < text.len() {
        let line_end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        let line = &text[pos..line_end];
        let top_level = !line.is_empty() && !line.starts_with([' ', '\t', '#']);
        if start.is_some() {
            if top_level {
                break;
            }
            if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
                end = line_end;
            }
        } else if top_level {
            let k = line.split(':').next().unwrap_or("").trim();
            let k = k.trim_matches(|c| c == '"' || c == '\'');
            if k == key && line.contains(':') {
                start = Some(pos);
                end = line_end;
            }
        }
        pos = line_end + 1;
    }
    let end = if text[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    start.map(|s| yaml.start + s..yaml.start + end)
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
    let mut stack: Vec<Container> = Vec::new();
    let mut leaf: Option<Leaf> = None;
    let mut skip_depth = 0usize;
    let mut pending = Directive::default();
    let mut html_block = String::new();

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
            finish_leaf(src, index, l, &mut pending, out);
        }
        match event {
            Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::MetadataBlock(_)) => {
                skip_depth = 1;
            }
            Event::Start(Tag::HtmlBlock) => html_block.clear(),
            Event::Html(h) => html_block.push_str(&h),
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(d) = parse_directive(&html_block) {
                    pending.skip |= d.skip;
                    pending.context = d.context.or(pending.context.take());
                    pending.comment = d.comment.or(pending.comment.take());
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
                    finish_leaf(src, index, l, &mut pending, out);
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
        finish_leaf(src, index, l, &mut pending, out);
    }
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

fn finish_leaf(
    src: &str,
    index: &LineIndex,
    leaf: Leaf,
    pending: &mut Directive,
    out: &mut Vec<Segment>,
) {
    let directive = std::mem::take(pending);
    if !leaf.words || leaf.start >= leaf.end || directive.skip {
        return;
    }
    let text = normalize_inline(leaf.events);
    if text.is_empty() {
        return;
    }
    // A leading backslash escape (`\-`) is not part of the first text event's range.
    let mut start = leaf.start;
    if start > 0
        && src.as_bytes()[start - 1] == b'\\'
        && src.as_bytes()[start].is_ascii_punctuation()
    {
        start -= 1;
    }
    let (line, column) = index.line_col(src, start);
    out.push(Segment {
        kind: leaf.kind,
        text,
        context: directive.context,
        comment: directive.comment,
        range: start..leaf.end,
        line,
        column,
        continuation: continuation_prefix(&src[index.line_start(line)..start]),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Vec<String> {
        vec!["title".into(), "description".into()]
    }

    fn texts(src: &str) -> Vec<(String, String)> {
        extract(src, &keys())
            .unwrap()
            .segments
            .into_iter()
            .map(|s| (s.kind.describe(), s.text))
            .collect()
    }

    #[test]
    fn front_matter_and_body() {
        let src = "---\ntitle: My statement\ndescription: >\n  Folded\n  text\ndate: 2024\nauthor: Jane\n---\n\n## Intro\n\nI am a 10\\-year\\-old\ncommunity member.\n";
        let t = texts(src);
        assert_eq!(t[0], ("front matter: title".into(), "My statement".into()));
        assert_eq!(
            t[1],
            ("front matter: description".into(), "Folded text".into())
        );
        assert_eq!(t[2], ("heading 2".into(), "Intro".into()));
        assert_eq!(
            t[3],
            (
                "paragraph".into(),
                "I am a 10-year-old community member.".into()
            )
        );
        assert_eq!(t.len(), 4);
    }

    #[test]
    fn front_matter_key_lines() {
        let src = "---\ntitle: A\ndescription: B\n---\nBody text.\n";
        let d = extract(src, &keys()).unwrap();
        assert_eq!(d.segments[0].line, 2);
        assert_eq!(d.segments[1].line, 3);
        assert_eq!(&src[d.segments[1].range.clone()], "description: B");
        assert_eq!(d.segments[2].line, 5);
    }

    /// YAML mistakes get ids by kind; a duplicate key is named without the
    /// parser's advice for programmers.
    #[test]
    fn yaml_errors_by_kind() {
        let err = |fm: &str| extract(&format!("---\n{fm}\n---\n\nBody.\n"), &keys()).unwrap_err();
        let e = err("title: a\ntitle: b");
        assert_eq!((e.line, e.column), (3, 1));
        assert_eq!(e.to_string(), "3:1: front matter: `title` is given twice");
        let kind = |fm: &str| match &err(fm).message.args[0].1 {
            crate::ui::Arg::Msg(m) => m.id,
            _ => "",
        };
        assert_eq!(kind("title: [a"), "yaml-unclosed-bracket");
        assert_eq!(kind("title: a: b"), "yaml-mapping-values");
        assert_eq!(kind("- a\n- b"), "yaml-not-mapping");
        assert_eq!(kind("title: *x"), "yaml-unknown-anchor");
        assert_eq!(kind("title: a\n\tdescription: b"), "yaml-tab");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = extract("---\ntitle: x\n\nBody\n", &keys()).unwrap_err();
        assert!(e.to_string().contains("never closed"));
    }

    #[test]
    fn bad_yaml_reports_line() {
        let e = extract(
            "---\ntitle: ok\ndescription: [unclosed\n---\nBody\n",
            &keys(),
        )
        .unwrap_err();
        assert!(e.line >= 3, "{e}");
    }

    #[test]
    fn mid_document_rule_is_not_front_matter() {
        let src = "Para one.\n\n---\ntitle: no\n---\n\nPara two.\n";
        let t = texts(src);
        assert!(t.iter().any(|(_, s)| s == "Para two."));
    }

    #[test]
    fn lists_tables_code_quotes_footnotes() {
        let src = "1. **Lead**: text\n2. Second *item*\n   continues\n\n- tight\n  - nested\n\n| A | B |\n|---|---|\n| c \\| d | `x` |\n\n```\ncode here\n```\n\n    indented code\n\n> quoted words\n\nNote[^1].\n\n[^1]: The footnote text.\n\n![alt text](img.png)\n\n<div>html block</div>\n";
        let t = texts(src);
        let want: Vec<(&str, &str)> = vec![
            ("list item", "**Lead**: text"),
            ("list item", "Second _item_ continues"),
            ("list item", "tight"),
            ("list item", "nested"),
            ("table header", "A"),
            ("table header", "B"),
            ("table cell", "c \\| d"),
            ("block quote", "quoted words"),
            ("paragraph", "Note[^1]."),
            ("footnote", "The footnote text."),
            ("paragraph", "![alt text](img.png)"),
        ];
        let got: Vec<(&str, &str)> = t.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn ranges_cover_inline_content() {
        let src = "## Title {#id}\n\n- item *one*\n> quote\n> more\n";
        let d = extract(src, &keys()).unwrap();
        let r: Vec<&str> = d.segments.iter().map(|s| &src[s.range.clone()]).collect();
        assert_eq!(r, vec!["Title", "item *one*", "quote\n> more"]);
        assert_eq!(d.segments[1].continuation, "  ");
        assert_eq!(d.segments[2].continuation, "> ");
    }

    #[test]
    fn kinds_read_back_from_notes() {
        for k in [
            SegmentKind::FrontMatter("title".into()),
            SegmentKind::Heading(3),
            SegmentKind::Paragraph,
            SegmentKind::ListItem,
            SegmentKind::TableHeader,
            SegmentKind::TableCell,
            SegmentKind::BlockQuote,
            SegmentKind::Footnote,
        ] {
            assert_eq!(SegmentKind::from_note(&k.describe()), Some(k));
        }
        assert_eq!(SegmentKind::from_note("heading x"), None);
        assert_eq!(SegmentKind::of_notes(&["a translator's note".into()]), None);
    }

    #[test]
    fn directives() {
        let src = "<!-- dragoman: skip -->\nSkipped.\n\n<!-- dragoman: context menu -->\nOpen\n\n<!-- dragoman: comment Keep it short -->\nShort.\n";
        let d = extract(src, &keys()).unwrap();
        assert_eq!(d.segments.len(), 2);
        assert_eq!(d.segments[0].context.as_deref(), Some("menu"));
        assert_eq!(d.segments[1].comment.as_deref(), Some("Keep it short"));
    }

    #[test]
    fn ids_are_fluent_identifiers() {
        for t in ["Hello world", "۱۲۳ سلام", "2024 plans", "", "a"] {
            let id = segment_id(None, t);
            assert!(id.starts_with(|c: char| c.is_ascii_alphabetic()), "{id}");
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            );
        }
        assert_ne!(segment_id(None, "a"), segment_id(Some("x"), "a"));
        assert_eq!(
            segment_id(None, "Hello world, again"),
            segment_id(None, "Hello world, again")
        );
    }
}
