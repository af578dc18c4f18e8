//! What a tag of a translation is to a reader: an HTML element (which the
//! page shows as text, never as markup), a type written as text (`<T>`), or a
//! translator's bidi workaround the build drops (`<span dir=ltr>`). Tags are
//! read with the HTML lexer of `html.rs`.

use super::html::{Tag, tag_at};

/// HTML element names: a translation's `<T>` or `<ErrorInner>` is a type
/// written as text, not a tag (the page shows it as typed).
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "math",
    "menu",
    "meta",
    "meter",
    "nav",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
    "center",
    "big",
    "tt",
    "strike",
    "marquee",
    "frame",
    "frameset",
    "applet",
];

/// Whether raw HTML names an HTML element (or is a comment or declaration):
/// what a reader could take for markup.
pub fn names_an_element(tag: &str) -> bool {
    match tag_at(tag.trim_start(), 0) {
        Some((_, Tag::Other)) => true,
        Some((_, Tag::Open { name, .. } | Tag::Close(name))) => {
            name.contains('-') || ELEMENTS.contains(&name.as_str())
        }
        None => false,
    }
}

/// Whether a tag only sets the direction of its text: `<span dir=ltr>` (or
/// `rtl`, quoted or not), `<bdi>` and their closing tags — a translator's
/// bidi workaround. The build drops them from a translation (it isolates
/// left-to-right runs itself); `<bdo>`, which reorders text, is no such tag.
pub fn direction_only(tag: &str) -> bool {
    let t = tag.trim();
    match tag_at(t, 0) {
        Some((end, Tag::Close(name))) if end == t.len() => name == "span" || name == "bdi",
        Some((end, Tag::Open { name, attrs, .. })) if end == t.len() => match attrs.as_slice() {
            [] => name == "bdi",
            [(attr, value)] if name == "span" && attr == "dir" => {
                let value = t[value.clone()].to_ascii_lowercase();
                matches!(value.as_str(), "ltr" | "rtl" | "auto")
            }
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_wrappers() {
        for t in [
            "<span dir=ltr>",
            "<span dir=\"rtl\">",
            "<SPAN DIR='ltr'>",
            "</span>",
            "<bdi>",
        ] {
            assert!(direction_only(t), "{t}");
        }
        for t in [
            "<span class=x>",
            "<span dir=ltr onclick=x()>",
            "<bdo dir=rtl>",
            "<b>",
        ] {
            assert!(!direction_only(t), "{t}");
        }
        // An HTML block's later line may start with text, in any script.
        for t in ["\u{202E}<span dir=ltr>", "élan <span dir=ltr>"] {
            assert!(!direction_only(t), "{t}");
            assert!(!names_an_element(t), "{t}");
        }
    }

    #[test]
    fn elements_and_types() {
        for t in ["<b>", "</code>", "<img src=x>", "<my-widget>", "<!-- c -->"] {
            assert!(names_an_element(t), "{t}");
        }
        for t in ["<T>", "<ErrorInner>", "<K, V>", "<dyn Pet>"] {
            assert!(!names_an_element(t), "{t}");
        }
    }
}
