//! The text a reader sees in a raw HTML block — text nodes and the `alt`,
//! `title` and `aria-label` attributes — located by byte range, so it can be
//! offered for translation and spliced back while tags and other attributes
//! stay as written. A tolerant lexer in the spirit of the HTML tokenizer:
//! comments, doctype and processing instructions are skipped, the content of
//! `script`, `style`, `textarea`, `pre` and `code` is never text to
//! translate, a `<` that does not start a tag is text. It is checked against
//! html5ever's text in the tests.

use std::ops::Range;

use super::{Directive, LineIndex, Segment, SegmentKind, has_words};

/// Attributes whose values people read.
pub const TEXT_ATTRIBUTES: [&str; 3] = ["alt", "title", "aria-label"];

/// Elements whose content is not translated (code, scripts, styles).
const OPAQUE: [&str; 5] = ["script", "style", "textarea", "pre", "code"];

/// Elements without content (never on the stack of open elements).
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// A piece of readable text in an HTML block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The element it belongs to (`td`, `figcaption`; `""` outside any).
    pub element: String,
    /// The attribute, for an attribute value.
    pub attribute: Option<String>,
    /// Byte range in the block: a text node without its leading and trailing
    /// whitespace, an attribute's whole value (inside its quotes, if any).
    pub range: Range<usize>,
}

/// The readable pieces of `html`, in order.
pub fn pieces(html: &str) -> Vec<Piece> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let Some((end, tag)) = tag_at(html, i) else {
            i += 1;
            continue;
        };
        push_text(html, text_start..i, &open, &mut out);
        match tag {
            Tag::Open {
                name,
                attrs,
                closed,
            } => {
                for (attr, range) in attrs {
                    if TEXT_ATTRIBUTES.contains(&attr.as_str()) {
                        // The whole value (inside its quotes, if any).
                        if !html[range.clone()].trim().is_empty() {
                            out.push(Piece {
                                element: name.clone(),
                                attribute: Some(attr),
                                range,
                            });
                        }
                    }
                }
                if OPAQUE.contains(&name.as_str()) && !closed {
                    // Skip to the matching end tag.
                    let close = format!("</{name}");
                    let rest = html[end..].to_ascii_lowercase();
                    let at = rest.find(&close).map_or(html.len(), |k| end + k);
                    i = html[at..].find('>').map_or(html.len(), |k| at + k + 1);
                    text_start = i;
                    continue;
                }
                if !closed && !VOID.contains(&name.as_str()) {
                    open.push(name);
                }
            }
            Tag::Close(name) => {
                if let Some(k) = open.iter().rposition(|n| *n == name) {
                    open.truncate(k);
                }
            }
            Tag::Other => {}
        }
        i = end;
        text_start = end;
    }
    push_text(html, text_start..html.len(), &open, &mut out);
    out
}

/// `html` with the values of its readable attributes (`alt`, `title`,
/// `aria-label`) emptied, quotes and all: two tags that differ only in what
/// people read compare equal (a translation may translate them).
pub fn without_text_attributes(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut pos = 0;
    for p in pieces(html).into_iter().filter(|p| p.attribute.is_some()) {
        let mut r = p.range;
        if let (Some(&q @ (b'"' | b'\'')), Some(&q2)) =
            (b.get(r.start.wrapping_sub(1)), b.get(r.end))
            && q == q2
        {
            r = r.start - 1..r.end + 1;
        }
        if r.start >= pos {
            out.push_str(&html[pos..r.start]);
            pos = r.end;
        }
    }
    out.push_str(&html[pos..]);
    out
}

/// Whether two tags are the same apart from their readable attributes' text.
pub fn same_tag(a: &str, b: &str) -> bool {
    a == b || without_text_attributes(a) == without_text_attributes(b)
}

/// The values of the attributes `names` (`src`, `href`) of every tag of
/// `html`, in order.
pub fn attribute_values<'h>(html: &'h str, names: &[&str]) -> Vec<&'h str> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(k) = html[i..].find('<') {
        let at = i + k;
        match tag_at(html, at) {
            Some((end, tag)) => {
                if let Tag::Open { attrs, .. } = tag {
                    out.extend(
                        attrs
                            .into_iter()
                            .filter(|(a, _)| names.contains(&a.as_str()))
                            .map(|(_, r)| &html[r]),
                    );
                }
                i = end.max(at + 1);
            }
            None => i = at + 1,
        }
    }
    out
}

pub(super) enum Tag {
    Open {
        name: String,
        /// Attribute names (lower case) and their value ranges.
        attrs: Vec<(String, Range<usize>)>,
        /// `<x/>`.
        closed: bool,
    },
    Close(String),
    /// A comment, doctype, processing instruction or CDATA.
    Other,
}

/// The tag starting at byte `i` (a `<`): its end and what it is; None when
/// the `<` starts no tag (it is text).
pub(super) fn tag_at(html: &str, i: usize) -> Option<(usize, Tag)> {
    // Raw HTML as pulldown-cmark gives it may start with text (a block's
    // first line): no `<` here, no tag.
    let rest = html.get(i..).filter(|r| r.starts_with('<'))?;
    if let Some(comment) = rest.strip_prefix("<!--") {
        let end = comment.find("-->").map_or(html.len(), |k| i + 4 + k + 3);
        return Some((end, Tag::Other));
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        let end = rest.find('>').map_or(html.len(), |k| i + k + 1);
        return Some((end, Tag::Other));
    }
    let (closing, name_start) = match rest.as_bytes().get(1) {
        Some(b'/') => (true, i + 2),
        _ => (false, i + 1),
    };
    let name_len = html[name_start..]
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'-')
        .count();
    if name_len == 0 || !html.as_bytes()[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = html[name_start..name_start + name_len].to_ascii_lowercase();
    let j = name_start + name_len;
    if closing {
        let end = html[j..].find('>').map_or(html.len(), |k| j + k + 1);
        return Some((end, Tag::Close(name)));
    }
    let (end, attrs, closed) = attributes(html, j);
    Some((
        end,
        Tag::Open {
            name,
            attrs,
            closed,
        },
    ))
}

/// The attributes of an opening tag from byte `j` (after its name): the
/// tag's end, the attributes (lower-case names, value ranges), and whether
/// it closes itself (`/>`).
fn attributes(html: &str, mut j: usize) -> (usize, Vec<(String, Range<usize>)>, bool) {
    let b = html.as_bytes();
    let mut attrs = Vec::new();
    loop {
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j >= b.len() {
            return (b.len(), attrs, false);
        }
        if b[j] == b'>' {
            return (j + 1, attrs, false);
        }
        if b[j] == b'/' && b.get(j + 1) == Some(&b'>') {
            return (j + 2, attrs, true);
        }
        let a = j;
        while j < b.len() && !b[j].is_ascii_whitespace() && !matches!(b[j], b'=' | b'>') {
            j += 1;
            if b[j - 1] == b'/' && b.get(j) == Some(&b'>') {
                break;
            }
        }
        let attr = html[a..j].to_ascii_lowercase();
        let mut k = j;
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        if b.get(k) != Some(&b'=') {
            if j == a {
                j += 1; // a stray character: step over it
            }
            continue;
        }
        k += 1;
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        let value = match b.get(k) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = html[k + 1..]
                    .find(q as char)
                    .map_or(html.len(), |e| k + 1 + e);
                j = (end + 1).min(html.len());
                k + 1..end
            }
            _ => {
                let end = html[k..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .map_or(html.len(), |e| k + e);
                j = end;
                k..end
            }
        };
        attrs.push((attr, value));
    }
}

fn push_text(html: &str, range: Range<usize>, open: &[String], out: &mut Vec<Piece>) {
    if open.iter().any(|n| OPAQUE.contains(&n.as_str())) {
        return;
    }
    let range = trimmed(html, range);
    if range.is_empty() {
        return;
    }
    out.push(Piece {
        element: open.last().cloned().unwrap_or_default(),
        attribute: None,
        range,
    });
}

/// `range` without leading and trailing whitespace.
fn trimmed(html: &str, range: Range<usize>) -> Range<usize> {
    let s = &html[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// The readable text of a raw HTML block at `block` (see `html`): one
/// segment per text node or readable attribute with words. A pending
/// `skip` directive skips the whole block; a context or comment goes to its
/// first segment.
pub(super) fn segments(
    src: &str,
    index: &LineIndex,
    block: Range<usize>,
    pending: &mut Directive,
    out: &mut Vec<Segment>,
) {
    let mut directive = std::mem::take(pending);
    if directive.skip {
        return;
    }
    for piece in pieces(&src[block.clone()]) {
        let raw = &src[block.start + piece.range.start..block.start + piece.range.end];
        let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if !has_words(&text) {
            continue;
        }
        let start = block.start + piece.range.start;
        let (line, column) = index.line_col(src, start);
        out.push(Segment {
            kind: SegmentKind::Html {
                element: piece.element.into(),
                attribute: piece.attribute.map(String::into_boxed_str),
            },
            text,
            context: directive.context.take().map(String::into_boxed_str),
            comment: directive.comment.take().map(String::into_boxed_str),
            range: start..block.start + piece.range.end,
            line: super::narrow(line),
            column: super::narrow(column),
            continuation: Box::default(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<(String, Option<String>, String)> {
        pieces(html)
            .into_iter()
            .map(|p| (p.element, p.attribute, html[p.range].to_string()))
            .collect()
    }

    fn t(e: &str, a: Option<&str>, s: &str) -> (String, Option<String>, String) {
        (e.into(), a.map(String::from), s.into())
    }

    #[test]
    fn text_nodes_and_readable_attributes() {
        let html = "<table class=\"caption\">\n<tr><td><img src=\"a.png\" alt=\"A pier &amp; a light\"></td></tr>\n\
                    <tr><td>The light\n  flashes green.</td></tr>\n</table>\n\
                    <!-- not this --><script>var x = \"<td>no</td>\";</script>\
                    <figure><figcaption title='Caption'>Night <b>sky</b></figcaption></figure>\
                    <pre>code <i>kept</i></pre><p aria-label=unquoted>a < b</p>";
        assert_eq!(
            texts(html),
            [
                t("img", Some("alt"), "A pier &amp; a light"),
                t("td", None, "The light\n  flashes green."),
                t("figcaption", Some("title"), "Caption"),
                t("figcaption", None, "Night"),
                t("b", None, "sky"),
                t("p", Some("aria-label"), "unquoted"),
                t("p", None, "a < b"),
            ]
        );
    }

    #[test]
    fn tags_compare_without_their_readable_text() {
        let src = "<img src=\"a.png\" alt=\"A cat\" title=cat>";
        for same in [
            "<img src=\"a.png\" alt=\"Un gato\" title=gato>",
            "<img src=\"a.png\" alt='گربه‌ای \"کوچک\"' title=\"دو کلمه\">",
        ] {
            assert!(same_tag(src, same), "{same}");
        }
        for other in [
            "<img src=\"b.png\" alt=\"Un gato\" title=gato>",
            "<img src=\"a.png\" alt=\"x\" onerror=\"alert(1)\" title=gato>",
            "<img src=\"a.png\" alt=\"x\" title=gato onerror=alert(1)>",
            "<img src=\"a.png\" alt=\"Un gato\">",
            "<video src=\"a.png\" alt=\"Un gato\" title=gato>",
        ] {
            assert!(!same_tag(src, other), "{other}");
        }
    }

    #[test]
    fn broken_html_never_panics_and_ranges_are_valid() {
        for html in [
            "<",
            "<a",
            "<a b=",
            "<a b='x",
            "</",
            "<!--",
            "<script>x",
            "<p title=\"é",
            "<é>",
            "a<1>b",
            "<img alt=\"x\"/>t",
        ] {
            for p in pieces(html) {
                assert!(html.get(p.range.clone()).is_some(), "{html:?}: {p:?}");
            }
        }
        assert_eq!(texts("a<1>b"), [t("", None, "a<1>b")]);
    }

    proptest::proptest! {
        /// On any text: no panic, valid ranges in order, and splicing text
        /// without `<` and `>` into every piece leaves the tags as they were.
        #[test]
        fn pieces_are_valid_and_tags_survive_splicing(html in "(<[a-z]{1,3}( [a-z]{1,5}(=(\"[^\"<>]{0,6}\"|[a-z]{1,4}))?){0,2}/?>|</[a-z]{1,3}>|<!--[a-z ]{0,4}-->|[a-zé &;<>\n]{0,8}){0,12}") {
            let found = pieces(&html);
            let mut pos = 0;
            for p in &found {
                proptest::prop_assert!(html.get(p.range.clone()).is_some());
                proptest::prop_assert!(p.range.start >= pos || p.attribute.is_some());
                pos = p.range.end;
            }
            let mut out = String::new();
            let mut at = 0;
            for p in &found {
                if p.range.start < at {
                    continue;
                }
                out.push_str(&html[at..p.range.start]);
                out.push_str("zz");
                at = p.range.end;
            }
            out.push_str(&html[at..]);
            let tags = |h: &str| -> Vec<String> {
                let mut v = Vec::new();
                let mut i = 0;
                while let Some(k) = h[i..].find('<') {
                    match tag_at(h, i + k) {
                        Some((end, Tag::Open { name, attrs, .. })) => {
                            v.push(format!("{name} {:?}", attrs.iter().map(|(a, _)| a.clone()).collect::<Vec<_>>()));
                            i = end.max(i + k + 1);
                        }
                        Some((end, Tag::Close(name))) => {
                            v.push(format!("/{name}"));
                            i = end.max(i + k + 1);
                        }
                        Some((end, Tag::Other)) => i = end.max(i + k + 1),
                        None => i = i + k + 1,
                    }
                }
                v
            };
            proptest::prop_assert_eq!(tags(&html), tags(&out), "{:?} -> {:?}", html, out);
        }
    }
}
