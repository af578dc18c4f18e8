//! What a tag of a translation is to a reader: an HTML element (which the
//! page shows as text, never as markup), a type written as text (`<T>`), or a
//! translator's bidi workaround the build drops (`<span dir=ltr>`).

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
    let t = tag.trim_start();
    if t.starts_with("<!") || t.starts_with("<?") {
        return true;
    }
    let name: String = t
        .trim_start_matches(['<', '/'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    name.contains('-') || ELEMENTS.contains(&name.to_ascii_lowercase().as_str())
}

/// Whether a tag only sets the direction of its text: `<span dir=ltr>` (or
/// `rtl`, quoted or not), `<bdi>` and their closing tags — a translator's
/// bidi workaround. The build drops them from a translation (it isolates
/// left-to-right runs itself); `<bdo>`, which reorders text, is no such tag.
pub fn direction_only(tag: &str) -> bool {
    let t = tag.trim().to_ascii_lowercase();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    if matches!(t.as_str(), "</span>" | "<bdi>" | "</bdi>") {
        return true;
    }
    let Some(attrs) = t.strip_prefix("<span ").and_then(|r| r.strip_suffix('>')) else {
        return false;
    };
    let value = attrs
        .strip_prefix("dir")
        .map(|r| r.trim_start())
        .and_then(|r| r.strip_prefix('='));
    let value = value.map(|v| v.trim().trim_matches(['"', '\'']));
    matches!(value, Some("ltr" | "rtl" | "auto"))
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
