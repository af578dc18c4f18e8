//! Assets: the files a statement's links and images point at beside it
//! (`![](./pier-light.png)`, a page bundle's `table.png`), which every
//! language's output needs at the same relative path. Pure: finds the
//! targets; `ops::build` resolves and copies them.

use pulldown_cmark::{Event, LinkType, Parser, Tag};

pub use crate::source::links::{relative_path, relative_targets, resolve};
use crate::source::markdown_options;

/// `markdown` with the relative destinations of its inline links and
/// images, and the `src`/`href` of its raw HTML, replaced by what `to`
/// makes of them (as written: `./map.png`); the rest byte for byte.
/// Reference definitions are left alone.
pub fn retarget(markdown: &str, to: impl Fn(&str) -> Option<String>) -> String {
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, markdown_options()).into_offset_iter() {
        match &event {
            Event::Start(
                Tag::Link {
                    link_type: LinkType::Inline,
                    dest_url,
                    ..
                }
                | Tag::Image {
                    link_type: LinkType::Inline,
                    dest_url,
                    ..
                },
            ) => {
                let text = &markdown[range.clone()];
                // The destination follows the last `](` of the link.
                if let Some(open) = text.rfind("](")
                    && let Some(at) = text[open..].find(dest_url.as_ref())
                    && relative_path(dest_url).is_some()
                    && let Some(new) = to(dest_url)
                {
                    let start = range.start + open + at;
                    edits.push((start..start + dest_url.len(), new));
                }
            }
            Event::Html(h) | Event::InlineHtml(h) if h.len() == range.len() => {
                for v in crate::source::html::attribute_values(h, &["src", "href"]) {
                    if relative_path(v).is_some()
                        && let Some(new) = to(v)
                    {
                        let start = range.start + (v.as_ptr() as usize - h.as_ptr() as usize);
                        edits.push((start..start + v.len(), new));
                    }
                }
            }
            _ => {}
        }
    }
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(markdown.len());
    let mut pos = 0;
    for (r, new) in edits {
        if r.start < pos {
            continue;
        }
        out.push_str(&markdown[pos..r.start]);
        out.push_str(&new);
        pos = r.end;
    }
    out.push_str(&markdown[pos..]);
    out
}

/// `dest` (a relative destination as written) with its file name made
/// the one of `variant_rel` (`./map.png` → `./map.fa.png`), query and
/// fragment kept.
pub fn with_file_name(dest: &str, variant_rel: &str) -> String {
    let end = dest.find(['?', '#']).unwrap_or(dest.len());
    let (path, rest) = dest.split_at(end);
    let name = variant_rel.rsplit('/').next().unwrap_or(variant_rel);
    match path.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{name}{rest}"),
        None => format!("{name}{rest}"),
    }
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
        assert_eq!(
            with_file_name("./img/map.png#x", "img/map.fa.png"),
            "./img/map.fa.png#x"
        );
        assert_eq!(variant(".hidden", "es"), None);
    }

    #[test]
    fn destinations_retargeted_in_place() {
        let md = "![A map](./map.png \"Map\") and [the map](map.png) and ![web](https://x.example/map.png)\n\n[ref]: map.png\n\n<img src=\"map.png\" alt=\"m\"> <a href=\"other.md\">o</a>\n";
        let out = retarget(md, |d| {
            d.contains("map.png")
                .then(|| d.replace("map.png", "map.fa.png"))
        });
        assert_eq!(
            out,
            "![A map](./map.fa.png \"Map\") and [the map](map.fa.png) and ![web](https://x.example/map.png)\n\n[ref]: map.png\n\n<img src=\"map.fa.png\" alt=\"m\"> <a href=\"other.md\">o</a>\n"
        );
    }
}
