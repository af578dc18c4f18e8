//! HTML (as the sanitizer writes it: well nested, every element closed but
//! the void ones) as XHTML for EPUB: void elements self-closed, text and
//! attribute values escaped for XML, characters XML cannot hold dropped,
//! comments and doctypes left out. html5ever's tokenizer reads the HTML, so
//! its character references come out as the characters they name.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

struct Sink(RefCell<String>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut out = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => write_tag(&mut out, &tag),
            Token::CharacterTokens(text) => escape(&mut out, &text, false),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

fn write_tag(out: &mut String, tag: &Tag) {
    let name: &str = &tag.name;
    let void = VOID.contains(&name);
    match tag.kind {
        TagKind::EndTag if void => {}
        TagKind::EndTag => {
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
        TagKind::StartTag => {
            out.push('<');
            out.push_str(name);
            for a in &tag.attrs {
                let attr: &str = &a.name.local;
                if !attr
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    continue;
                }
                out.push(' ');
                out.push_str(attr);
                out.push_str("=\"");
                escape(out, &a.value, true);
                out.push('"');
            }
            out.push_str(if void { "/>" } else { ">" });
        }
    }
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

/// `html` as XHTML.
pub fn xhtml(html: &str) -> String {
    let sink = Sink(RefCell::new(String::with_capacity(
        html.len() + html.len() / 8,
    )));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.into_inner()
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
}
