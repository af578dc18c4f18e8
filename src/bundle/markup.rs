//! A bundle's HTML as a tree, and the tree written back as HTML or as the
//! XHTML an EPUB validator accepts. The HTML is as the sanitizer writes it
//! (well nested, every element closed but the void ones). Written: void
//! elements self-closed (XHTML), text and attribute values escaped for XML, characters XML
//! cannot hold dropped, comments and doctypes left out — and the content
//! models browsers forgive made valid: a `details`'s `summary` first (a
//! `div` when it has none), block elements inside phrasing-only ones (a
//! `p` in a `span` or a `summary`) made `span`s, `width`/`height` that are
//! not integers dropped, characters a URI cannot hold percent-encoded in
//! `href` and `src`. html5ever's tokenizer reads the HTML, so its character
//! references come out as the characters they name.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Phrasing content (HTML's "phrasing content" elements).
const PHRASING: &[&str] = &[
    "a", "abbr", "area", "audio", "b", "bdi", "bdo", "br", "button", "canvas", "cite", "code",
    "data", "datalist", "del", "dfn", "em", "embed", "i", "iframe", "img", "input", "ins", "kbd",
    "label", "map", "mark", "meter", "object", "output", "picture", "progress", "q", "ruby", "rp",
    "rt", "s", "samp", "select", "small", "span", "strong", "sub", "sup", "svg", "textarea",
    "time", "u", "var", "video", "wbr",
];

/// Elements that may hold phrasing content only.
const PHRASING_ONLY: &[&str] = &[
    "abbr", "b", "bdi", "bdo", "button", "cite", "code", "data", "dfn", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "i", "kbd", "label", "legend", "mark", "p", "pre", "progress", "q", "rp",
    "rt", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "time", "u", "var",
];

/// Elements whose content model is their parent's.
const TRANSPARENT: &[&str] = &[
    "a", "del", "ins", "map", "object", "video", "audio", "canvas",
];

/// Attributes every element may carry (what a block made a `span` keeps).
fn global_attribute(name: &str) -> bool {
    matches!(
        name,
        "lang" | "dir" | "title" | "class" | "id" | "style" | "role"
    ) || name.starts_with("aria-")
}

/// An element's attributes, in order.
pub type Attrs = Vec<(String, String)>;

pub enum Node {
    Text(String),
    Element {
        name: String,
        attrs: Attrs,
        children: Vec<Node>,
    },
}

/// Builds the tree: a start tag opens an element (void ones close at once),
/// an end tag closes the innermost element of its name.
#[derive(Default)]
struct Builder {
    /// The open elements, the fragment's root first.
    stack: Vec<(String, Attrs, Vec<Node>)>,
}

impl Builder {
    fn push(&mut self, node: Node) {
        self.stack
            .last_mut()
            .expect("the root is never closed")
            .2
            .push(node);
    }

    fn close_to(&mut self, depth: usize) {
        while self.stack.len() > depth.max(1) {
            let (name, attrs, children) = self.stack.pop().expect("deeper than the root");
            self.push(Node::Element {
                name,
                attrs,
                children,
            });
        }
    }
}

struct Sink(RefCell<Builder>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut b = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name = tag.name.to_string();
                let attrs = tag
                    .attrs
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                match tag.kind {
                    TagKind::StartTag if VOID.contains(&name.as_str()) => b.push(Node::Element {
                        name,
                        attrs,
                        children: Vec::new(),
                    }),
                    TagKind::StartTag => b.stack.push((name, attrs, Vec::new())),
                    TagKind::EndTag => {
                        if let Some(depth) = b.stack.iter().rposition(|(n, ..)| *n == name)
                            && depth > 0
                        {
                            b.close_to(depth);
                        }
                    }
                }
            }
            Token::CharacterTokens(text) => b.push(Node::Text(text.to_string())),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// `html` as a tree (comments and doctypes left out).
pub fn parse(html: &str) -> Vec<Node> {
    let mut builder = Builder::default();
    builder.stack.push((String::new(), Vec::new(), Vec::new()));
    let tokenizer = Tokenizer::new(Sink(RefCell::new(builder)), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let mut builder = tokenizer.sink.0.into_inner();
    builder.close_to(1);
    builder.stack.pop().map(|(.., c)| c).unwrap_or_default()
}

/// Characters XML 1.0 allows.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn escape(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c if xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

/// Text escaped for XML text and attribute values (characters XML cannot
/// hold dropped).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape(&mut out, text, true);
    out
}

/// A URL with the characters a URI may not hold percent-encoded (spaces,
/// `"<>\^`{|}`, a second `#`); other text kept.
pub fn uri(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    let mut fragment = false;
    for c in url.trim().chars() {
        match c {
            '#' if !fragment => {
                fragment = true;
                out.push(c);
            }
            '#' | ' ' | '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' => {
                out.push_str(&format!("%{:02X}", c as u32));
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An attribute's value as XHTML wants it; None drops it.
fn attribute(element: &str, name: &str, value: &str, as_span: bool) -> Option<String> {
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        || (as_span && !global_attribute(name))
    {
        return None;
    }
    match name {
        "width" | "height" if element != "col" && element != "colgroup" => (!value.is_empty()
            && value.bytes().all(|b| b.is_ascii_digit()))
        .then(|| value.to_string()),
        "href" | "src" => Some(uri(value)),
        _ => Some(value.to_string()),
    }
}

/// How a tree is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Html,
    Xhtml,
}

/// `nodes` written as `mode` says.
pub fn write(nodes: &[Node], mode: Mode) -> String {
    let mut out = String::new();
    write_nodes(&mut out, nodes, false, mode);
    out
}

fn write_nodes(out: &mut String, nodes: &[Node], phrasing: bool, mode: Mode) {
    for node in nodes {
        match node {
            Node::Text(t) => escape(out, t, false),
            Node::Element {
                name,
                attrs,
                children,
            } => write_element(out, (name, attrs, children), phrasing, mode),
        }
    }
}

fn write_element(
    out: &mut String,
    (name, attrs, children): (&str, &[(String, String)], &[Node]),
    phrasing: bool,
    mode: Mode,
) {
    let as_span = phrasing && !PHRASING.contains(&name);
    let summary = |n: &Node| matches!(n, Node::Element { name, .. } if name == "summary");
    let has_summary = children.iter().any(summary);
    let tag = match name {
        _ if as_span => "span",
        "details" if !has_summary => "div",
        n => n,
    };
    out.push('<');
    out.push_str(tag);
    for (a, v) in attrs {
        if let Some(v) = attribute(name, a, v, as_span || tag != name) {
            out.push(' ');
            out.push_str(a);
            out.push_str("=\"");
            escape(out, &v, true);
            out.push('"');
        }
    }
    if VOID.contains(&tag) {
        out.push_str(if mode == Mode::Xhtml { "/>" } else { ">" });
        return;
    }
    out.push('>');
    let inner = if TRANSPARENT.contains(&name) {
        phrasing
    } else {
        as_span || PHRASING_ONLY.contains(&tag)
    };
    if tag == "details" {
        // The first `summary` first; the rest in order.
        let first = children.iter().position(summary);
        if let Some(i) = first {
            write_nodes(out, std::slice::from_ref(&children[i]), inner, mode);
        }
        for (k, child) in children.iter().enumerate() {
            if Some(k) != first {
                write_nodes(out, std::slice::from_ref(child), inner, mode);
            }
        }
    } else {
        write_nodes(out, children, inner, mode);
    }
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// `html` as XHTML.
pub fn xhtml(html: &str) -> String {
    write(&parse(html), Mode::Xhtml)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_well_formed_xml() {
        let html = "<p>a&nbsp;b &amp; <br><img src=\"x.png\" alt=\"a &quot;q&quot;\"></p><!-- c --><hr><input type=\"checkbox\" disabled=\"\">\u{1}";
        assert_eq!(
            xhtml(html),
            "<p>a\u{a0}b &amp; <br/><img src=\"x.png\" alt=\"a &quot;q&quot;\"/></p><hr/><input type=\"checkbox\" disabled=\"\"/>"
        );
        assert_eq!(
            xhtml("<pre><code>if a &lt; b {}</code></pre>"),
            "<pre><code>if a &lt; b {}</code></pre>"
        );
    }

    #[test]
    fn content_models_browsers_forgive_are_made_valid() {
        // A summary written last comes first; a details without one is a div.
        assert_eq!(
            xhtml("<details><p>more</p><summary>Title</summary></details>"),
            "<details><summary>Title</summary><p>more</p></details>"
        );
        assert_eq!(
            xhtml("<details open=\"\"><p>x</p></details>"),
            "<div><p>x</p></div>"
        );
        // Blocks inside phrasing-only elements become spans (their own
        // attributes but the global ones dropped); a link is transparent.
        assert_eq!(
            xhtml(
                "<summary><span style=\"\"><p class=\"c\">one</p></span></summary><div><a href=\"#x\"><p>block link</p></a></div><p><a href=\"#y\"><ol start=\"2\"><li>i</li></ol></a></p>"
            ),
            "<summary><span style=\"\"><span class=\"c\">one</span></span></summary><div><a href=\"#x\"><p>block link</p></a></div><p><a href=\"#y\"><span><span>i</span></span></a></p>"
        );
        // Sizes that are not integers go; URIs lose what a URI cannot hold.
        assert_eq!(
            xhtml(
                "<img src=\"a b.png\" width=\"100%\" height=\"40\"><a href=\"https://chat.example/?c=##rust\">c</a>"
            ),
            "<img src=\"a%20b.png\" height=\"40\"/><a href=\"https://chat.example/?c=#%23rust\">c</a>"
        );
    }

    #[test]
    fn stray_end_tags_do_not_close_the_fragment() {
        assert_eq!(xhtml("a</p></div><b>b"), "a<b>b</b>");
        assert_eq!(xhtml("<ul><li>x</ul>"), "<ul><li>x</li></ul>");
    }
}
