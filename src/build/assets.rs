//! Assets: the files a statement's links and images point at beside it
//! (`![](./pier-light.png)`, a page bundle's `table.png`), which every
//! language's output needs at the same relative path. Pure: finds the
//! targets; `ops::build` resolves and copies them.

use pulldown_cmark::{Event, Parser, Tag};

use crate::source::markdown_options;

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
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => add(dest_url),
            // Raw HTML's images, media and links.
            Event::Html(h) | Event::InlineHtml(h) => {
                for v in crate::source::html::attribute_values(h, &["src", "href", "poster"]) {
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
    if path.is_empty() || scheme || path.starts_with(['/', '\\']) {
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

/// The name of a language's variant of an asset: `img/map.png` → `img/map.fa.png`.
pub fn variant(path: &str, lang: &str) -> Option<String> {
    let (dir, name) = path.rsplit_once('/').map_or(("", path), |(d, n)| (d, n));
    let (stem, ext) = name.rsplit_once('.')?;
    if stem.is_empty() {
        return None;
    }
    let file = format!("{stem}.{lang}.{ext}");
    Some(if dir.is_empty() {
        file
    } else {
        format!("{dir}/{file}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_targets_of_links_and_images() {
        let md = "![a](./img/a%20b.png) [x](https://e.org/x.png) [y](#top) [z](/abs.png)\n\
                  [p](other.md#part) ![b](img/a%20b.png?v=2) [m](mailto:x@y) [d](../up.pdf)\n\n\
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
    fn variants_by_language() {
        assert_eq!(
            variant("img/map.png", "fa").as_deref(),
            Some("img/map.fa.png")
        );
        assert_eq!(
            variant("map.tar.gz", "es").as_deref(),
            Some("map.tar.es.gz")
        );
        assert_eq!(variant("README", "es"), None);
        assert_eq!(variant(".hidden", "es"), None);
    }
}
