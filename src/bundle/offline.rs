//! A chapter's HTML made to fetch nothing, with its links inside the
//! bundle: each image's source is what [`Urls::image`] carries (an image
//! it cannot carry leaves its alt text), each link's target what
//! [`Urls::link`] makes of it (none: the link's text stays), each id what
//! [`Urls::id`] makes of it (unique in a one-file bundle); an embedded
//! frame or a video or audio on the web becomes a link to it (readers with
//! a network can follow it), the rest of the media their fallback content;
//! `srcset`s and `source`s go. Run on a page's body, which the page
//! renderer made safe already. Pure.

use std::collections::HashSet;

use super::markup::{Mode, Node, parse, write};

/// Where a chapter's URLs and ids go in its bundle.
pub trait Urls {
    /// An image's `src` in the bundle; None when it is not carried.
    fn image(&self, src: &str) -> Option<String>;
    /// A link's `href` in the bundle; None: no link.
    fn link(&self, href: &str) -> Option<String>;
    /// An element's `id` in the bundle.
    fn id(&self, id: &str) -> String;
}

/// `html` made offline as `urls` says (written as HTML).
pub fn offline(html: &str, urls: &dyn Urls) -> String {
    let nodes = rewrite(parse(html), urls);
    write(&nodes, Mode::Html)
}

/// The ids of the elements of `html`.
pub fn ids(html: &str) -> HashSet<String> {
    fn walk(nodes: &[Node], out: &mut HashSet<String>) {
        for n in nodes {
            if let Node::Element {
                attrs, children, ..
            } = n
            {
                out.extend(
                    attrs
                        .iter()
                        .filter(|(a, _)| a == "id")
                        .map(|(_, v)| v.clone()),
                );
                walk(children, out);
            }
        }
    }
    let mut out = HashSet::new();
    walk(&parse(html), &mut out);
    out
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(a, _)| a == name)
        .map(|(_, v)| v.as_str())
}

/// A web address (`http`, `https`) a reader with a network could open.
fn on_the_web(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

fn link_to(href: &str, text: String) -> Node {
    Node::Element {
        name: "a".into(),
        attrs: vec![
            ("class".into(), "embed".into()),
            ("href".into(), href.trim().to_string()),
        ],
        children: vec![Node::Text(text)],
    }
}

fn rewrite(nodes: Vec<Node>, urls: &dyn Urls) -> Vec<Node> {
    let mut out = Vec::with_capacity(nodes.len());
    for node in nodes {
        let Node::Element {
            name,
            attrs,
            children,
        } = node
        else {
            out.push(node);
            continue;
        };
        match name.as_str() {
            "img" => match attr(&attrs, "src").and_then(|s| urls.image(s)) {
                Some(src) => out.push(Node::Element {
                    attrs: attributes(attrs, urls, Some(src)),
                    name,
                    children: Vec::new(),
                }),
                None => {
                    let alt = attr(&attrs, "alt").unwrap_or("").trim().to_string();
                    if !alt.is_empty() {
                        out.push(Node::Element {
                            name: "span".into(),
                            attrs: vec![("class".into(), "img-alt".into())],
                            children: vec![Node::Text(alt)],
                        });
                    }
                }
            },
            "iframe" | "embed" | "object" => {
                let src = attr(&attrs, "src").or_else(|| attr(&attrs, "data"));
                if let Some(src) = src.filter(|s| on_the_web(s)) {
                    let text =
                        attr(&attrs, "title").map_or_else(|| src.to_string(), str::to_string);
                    out.push(link_to(src, text));
                }
            }
            "video" | "audio" => {
                let mut sources: Vec<String> = attr(&attrs, "src")
                    .into_iter()
                    .map(str::to_string)
                    .collect();
                for c in &children {
                    if let Node::Element { name, attrs, .. } = c
                        && name == "source"
                        && let Some(s) = attr(attrs, "src")
                    {
                        sources.push(s.to_string());
                    }
                }
                let fallback: Vec<Node> = children
                    .into_iter()
                    .filter(|c| !matches!(c, Node::Element { name, .. } if name == "source" || name == "track"))
                    .collect();
                out.extend(rewrite(fallback, urls));
                if let Some(src) = sources.iter().find(|s| on_the_web(s)) {
                    out.push(link_to(src, src.trim().to_string()));
                }
            }
            "source" | "track" => {}
            _ => out.push(Node::Element {
                attrs: attributes(attrs, urls, None),
                children: rewrite(children, urls),
                name,
            }),
        }
    }
    out
}

/// An element's attributes in the bundle: `href` and `id` as `urls` says,
/// `src` as given (an image's), `srcset`, `sizes` and `poster` gone.
fn attributes(
    attrs: Vec<(String, String)>,
    urls: &dyn Urls,
    src: Option<String>,
) -> Vec<(String, String)> {
    attrs
        .into_iter()
        .filter_map(|(a, v)| {
            let v = match a.as_str() {
                "href" => urls.link(&v)?,
                "id" => urls.id(&v),
                "src" => src.clone()?,
                "srcset" | "sizes" | "poster" | "data" => return None,
                _ => v,
            };
            Some((a, v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Test;

    impl Urls for Test {
        fn image(&self, src: &str) -> Option<String> {
            (src == "a.png").then(|| "data:image/png;base64,AA==".to_string())
        }
        fn link(&self, href: &str) -> Option<String> {
            match href {
                "other.md#x" => Some("#s2-x".into()),
                h if h.starts_with("https:") => Some(h.into()),
                _ => None,
            }
        }
        fn id(&self, id: &str) -> String {
            format!("s1-{id}")
        }
    }

    #[test]
    fn nothing_is_fetched_and_links_stay_inside() {
        let html = "<h2 id=\"intro\">I</h2><p><img src=\"a.png\" srcset=\"a2.png 2x\" alt=\"A\"> <img src=\"big.png\" alt=\"Big chart\"> <img src=\"gone.png\"></p>\
            <p><a href=\"other.md#x\">other</a> <a href=\"a.png\">file</a> <a href=\"https://example.org/\">web</a></p>\
            <iframe src=\"https://video.example/embed/1\" title=\"A talk\"></iframe>\
            <video src=\"clip.mp4\" poster=\"p.png\"><source src=\"https://cdn.example/c.webm\"><track src=\"c.vtt\">Your reader shows no video.</video>";
        assert_eq!(
            offline(html, &Test),
            "<h2 id=\"s1-intro\">I</h2><p><img src=\"data:image/png;base64,AA==\" alt=\"A\"> <span class=\"img-alt\">Big chart</span> </p>\
            <p><a href=\"#s2-x\">other</a> <a>file</a> <a href=\"https://example.org/\">web</a></p>\
            <a class=\"embed\" href=\"https://video.example/embed/1\">A talk</a>\
            Your reader shows no video.<a class=\"embed\" href=\"https://cdn.example/c.webm\">https://cdn.example/c.webm</a>"
        );
        assert_eq!(
            ids("<h2 id=\"a\">x</h2><div id=\"b\"><p id=\"c\"></p></div>"),
            HashSet::from(["a".to_string(), "b".into(), "c".into()])
        );
    }
}
