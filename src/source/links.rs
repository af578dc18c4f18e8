//! Relative link and image targets of Markdown (and of its raw HTML): the
//! files a statement points at beside it. Pure.

use pulldown_cmark::{Event, LinkType, Parser, Tag};

use super::markdown_options;

/// The relative destinations of the links and images of a Markdown body, as
/// paths relative to the statement's folder: not a URL with a scheme, not
/// absolute, not a fragment alone; query and fragment removed,
/// percent-decoded, `./` removed. Each once, in document order.
pub fn relative_targets(markdown: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |dest: &str| {
        if let Some(path) = relative_path(dest)
            && !out.contains(&path)
        {
            out.push(path);
        }
    };
    for event in Parser::new_ext(markdown, markdown_options()) {
        match &event {
            // An e-mail autolink (`<a@b.org>`) is an address, not a file.
            Event::Start(Tag::Link {
                link_type: LinkType::Email,
                ..
            }) => {}
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => add(dest_url),
            // Raw HTML's images, media and links.
            Event::Html(h) | Event::InlineHtml(h) => {
                for v in super::html::attribute_values(h, &["src", "href", "poster"]) {
                    add(v);
                }
            }
            _ => {}
        }
    }
    out
}

/// `dest` as a relative file path, if it is one.
pub fn relative_path(dest: &str) -> Option<String> {
    let dest = dest.trim();
    let end = dest.find(['?', '#']).unwrap_or(dest.len());
    let path = &dest[..end];
    let scheme = path.find(':').is_some_and(|i| !path[..i].contains('/'));
    // `@/post.md` is Zola's internal link, `{{< ref … >}}` a Hugo shortcode:
    // the site generator's business, not files.
    if path.is_empty() || scheme || path.starts_with(['/', '\\', '@']) || path.contains("{{") {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()?
        .into_owned();
    let mut parts: Vec<&str> = Vec::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            p if p.contains('\\') || p.contains('\0') => return None,
            p => parts.push(p),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// A relative target of the statement at `statement` (`sub/x.md`) as a path
/// relative to the statements folder; None when `..` climbs out of it.
pub fn resolve(statement: &str, target: &str) -> Option<String> {
    let mut parts: Vec<&str> = statement.split('/').collect();
    parts.pop();
    for p in target.split('/') {
        if p == ".." {
            parts.pop()?;
        } else {
            parts.push(p);
        }
    }
    let path = parts.join("/");
    (!path.is_empty()).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_targets_of_links_and_images() {
        let md = "![a](./img/a%20b.png) [x](https://e.org/x.png) [y](#top) [z](/abs.png)\n\
                  [p](other.md#part) ![b](img/a%20b.png?v=2) [m](mailto:x@y) [d](../up.pdf)\n\n\
                  [zola](@/blog/post.md) [hugo]({{< ref \"x\" >}})\n\n\
                  [r]: ./ref.svg\n\nSee [r].\n\n<figure><img src=\"fig.png\" alt=\"x\"><video poster='p.jpg' src=v.mp4></video></figure>\n";
        assert_eq!(
            relative_targets(md),
            [
                "img/a b.png",
                "other.md",
                "../up.pdf",
                "ref.svg",
                "fig.png",
                "p.jpg",
                "v.mp4"
            ]
        );
    }

    #[test]
    fn targets_resolve_inside_the_statements_folder() {
        assert_eq!(
            resolve("sub/x.md", "img/a.png").as_deref(),
            Some("sub/img/a.png")
        );
        assert_eq!(resolve("sub/x.md", "../b.png").as_deref(), Some("b.png"));
        assert_eq!(resolve("x.md", "../b.png"), None);
        assert_eq!(resolve("sub/x.md", "../../b.png"), None);
    }

    #[test]
    fn email_autolinks_are_not_files() {
        assert!(relative_targets("Write to <kenji@example.org>.").is_empty());
    }
}
