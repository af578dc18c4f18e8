//! The skeleton check: everything of a page that no segment owns, compared
//! before and after splicing.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::block_name;
use crate::source::markdown_options;

/// One block-level event of a document, as compared by the skeleton check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bone {
    /// Byte offset of the event in the document.
    pub at: usize,
    /// The event with its data (heading attributes, code, raw HTML, list start…).
    pub what: String,
}

/// Everything of a Markdown body that no segment owns: block events with their
/// data, the contents of code and HTML blocks, and the reference definitions.
/// A translation that stays inside its segment leaves it unchanged.
pub fn skeleton(markdown: &str) -> Skeleton {
    let mut parser = Parser::new_ext(markdown, markdown_options()).into_offset_iter();
    let mut bones = Vec::new();
    let mut links = Vec::new();
    let mut verbatim = 0usize;
    // An HTML block's tags, its readable text masked (that is its segments').
    let mut html: Option<(usize, String)> = None;
    for (event, range) in parser.by_ref() {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &event {
            links.push((range.start, dest_url.to_string()));
        }
        match (&event, &mut html) {
            (Event::Start(Tag::HtmlBlock), _) => html = Some((range.start, String::new())),
            (Event::Html(h), Some((_, buf))) => {
                buf.push_str(h);
                continue;
            }
            (Event::End(TagEnd::HtmlBlock), Some((at, buf))) => {
                bones.push(Bone {
                    at: *at,
                    what: masked_html(buf),
                });
                html = None;
            }
            _ => {}
        }
        let keep = match &event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => {
                verbatim += 1;
                true
            }
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => {
                verbatim = verbatim.saturating_sub(1);
                true
            }
            Event::Start(tag) => block_name(tag).is_some() || matches!(tag, Tag::Paragraph),
            Event::End(tag) => !crate::source::is_inline(&Event::End(*tag)),
            Event::Html(_) | Event::Rule | Event::TaskListMarker(_) | Event::DisplayMath(_) => true,
            _ => verbatim > 0,
        };
        if keep {
            bones.push(Bone {
                at: range.start,
                what: format!("{event:?}"),
            });
        }
    }
    let mut defs: Vec<String> = parser
        .reference_definitions()
        .iter()
        .map(|(label, d)| format!("{label}\u{0}{}\u{0}{:?}", d.dest, d.title))
        .collect();
    defs.sort();
    Skeleton { bones, defs, links }
}

/// An HTML block with its readable text (text nodes, `alt`, `title`,
/// `aria-label`) replaced by a mark: the part no segment owns.
fn masked_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut pos = 0;
    let b = html.as_bytes();
    for p in crate::source::html::pieces(html) {
        let (mut start, mut end) = (p.range.start, p.range.end);
        // An attribute value with its quotes: the build quotes every value
        // it writes.
        if p.attribute.is_some()
            && let Some(&q @ (b'"' | b'\'')) = start.checked_sub(1).and_then(|i| b.get(i))
            && b.get(end) == Some(&q)
        {
            (start, end) = (start - 1, end + 1);
        }
        out.push_str(&html[pos..start]);
        out.push('\u{0}');
        pos = end;
    }
    out.push_str(&html[pos..]);
    out
}

/// What [`skeleton`] finds.
#[derive(Debug, Clone, Default)]
pub struct Skeleton {
    /// Block events with their data, and the contents of code and HTML blocks.
    pub bones: Vec<Bone>,
    /// Reference definitions (label, destination, title).
    pub defs: Vec<String>,
    /// Every link and image destination with its offset (in context, so a
    /// reference to a definition elsewhere on the page counts).
    pub links: Vec<(usize, String)>,
}

impl Skeleton {
    /// The index of the first bone where `self` and `other` differ (the
    /// shorter length when one is a prefix of the other).
    pub fn diverges_from(&self, other: &Skeleton) -> Option<usize> {
        self.bones
            .iter()
            .zip(&other.bones)
            .position(|(a, b)| a.what != b.what)
            .or_else(|| {
                (self.bones.len() != other.bones.len())
                    .then(|| self.bones.len().min(other.bones.len()))
            })
    }
}
