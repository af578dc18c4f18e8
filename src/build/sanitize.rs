//! The allow-list for raw HTML that statements carry (image-caption tables,
//! figures, details, media, video embeds): ammonia keeps the tags and
//! attributes a page needs and drops everything that runs — scripts, event
//! handlers, `javascript:` URLs, forms, styles beyond a few layout
//! properties. Iframes keep their `src` only when it points at an allowed
//! host (`allowed_iframe_hosts`). Raw HTML that a translation brings is never
//! given to it: it stays text (see `html`).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::config::DEFAULT_IFRAME_HOSTS;

/// A configured sanitizer (built once per build, shared by every page).
pub struct Sanitizer {
    builder: ammonia::Builder<'static>,
}

impl Sanitizer {
    /// `iframe_hosts`: `host` or `host/path-prefix` entries an iframe's
    /// `https` source must match.
    pub fn new(iframe_hosts: &[String]) -> Sanitizer {
        let mut b = ammonia::Builder::default();
        b.add_tags([
            "video", "audio", "source", "track", "picture", "iframe", "tfoot", "caption", "input",
        ])
        .add_generic_attributes(["lang", "dir", "title", "class", "id", "aria-label", "style"])
        .add_tag_attributes("img", ["loading", "decoding", "srcset", "sizes"])
        .add_tag_attributes(
            "video",
            [
                "src",
                "poster",
                "controls",
                "width",
                "height",
                "loop",
                "muted",
                "playsinline",
                "preload",
            ],
        )
        .add_tag_attributes("audio", ["src", "controls", "loop", "muted", "preload"])
        .add_tag_attributes("source", ["src", "srcset", "type", "media", "sizes"])
        .add_tag_attributes("track", ["src", "kind", "srclang", "label", "default"])
        .add_tag_attributes(
            "iframe",
            [
                "src",
                "width",
                "height",
                "allow",
                "allowfullscreen",
                "loading",
                "referrerpolicy",
                "frameborder",
            ],
        )
        .add_tag_attributes("details", ["open"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("code", ["class"])
        .filter_style_properties(HashSet::from([
            "text-align",
            "width",
            "max-width",
            "height",
            "display",
            "flex",
            "flex-direction",
            "gap",
            "margin",
            "padding",
        ]))
        .set_tag_attribute_values(HashMap::from([(
            "input",
            HashMap::from([("disabled", "")]),
        )]))
        .link_rel(None)
        .strip_comments(true);
        let hosts: Vec<String> = iframe_hosts
            .iter()
            .map(|h| h.trim_end_matches('/').to_string())
            .collect();
        b.attribute_filter(move |element, attribute, value| {
            match (element, attribute) {
                ("iframe", "src") => iframe_allowed(&hosts, value).then_some(Cow::Borrowed(value)),
                // Task-list checkboxes only.
                ("input", "type") => (value == "checkbox").then_some(Cow::Borrowed(value)),
                _ => Some(Cow::Borrowed(value)),
            }
        });
        Sanitizer { builder: b }
    }

    /// The HTML with everything not allowed removed.
    pub fn clean(&self, html: &str) -> String {
        self.builder.clean(html).to_string()
    }
}

impl Default for Sanitizer {
    fn default() -> Self {
        Sanitizer::new(&DEFAULT_IFRAME_HOSTS.map(String::from))
    }
}

/// Whether an iframe source is `https` (or protocol-relative) on an allowed
/// host, under the allowed path prefix when the entry has one.
fn iframe_allowed(hosts: &[String], src: &str) -> bool {
    let Some(rest) = src
        .strip_prefix("https://")
        .or_else(|| src.strip_prefix("//"))
    else {
        return false;
    };
    let rest = rest.to_ascii_lowercase();
    hosts.iter().any(|h| {
        let h = h.to_ascii_lowercase();
        rest.strip_prefix(&h)
            .is_some_and(|after| after.is_empty() || after.starts_with(['/', '?', '#']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_markup_stays_and_script_goes() {
        let s = Sanitizer::default();
        let html = "<table class=\"caption\"><tr><td><img src=\"a.png\" alt=\"A pier\" onerror=\"x()\"></td></tr></table>\
                    <script>alert(1)</script><a href=\"javascript:x()\">j</a><p style=\"color: red; text-align: center\">t</p>\
                    <details open><summary>More</summary>text</details>";
        let out = s.clean(html);
        assert!(out.contains("<img src=\"a.png\" alt=\"A pier\">"), "{out}");
        assert!(
            !out.contains("onerror") && !out.contains("script") && !out.contains("javascript"),
            "{out}"
        );
        assert!(out.contains("<table class=\"caption\">"), "{out}");
        assert!(
            out.contains("text-align:center") && !out.contains("color"),
            "{out}"
        );
        assert!(
            out.contains("<details open=\"\"><summary>More</summary>"),
            "{out}"
        );
    }

    #[test]
    fn iframes_only_from_allowed_hosts() {
        let s = Sanitizer::default();
        let frame =
            |src: &str| s.clean(&format!("<iframe src=\"{src}\" allowfullscreen></iframe>"));
        assert!(frame("https://www.youtube-nocookie.com/embed/abc").contains("src="));
        assert!(frame("https://www.youtube.com/embed/abc").contains("src="));
        assert!(frame("https://player.vimeo.com/video/1").contains("src="));
        for bad in [
            "https://www.youtube.com/watch?v=abc",
            "http://player.vimeo.com/video/1",
            "https://player.vimeo.com.evil.org/x",
            "https://evil.org/https://player.vimeo.com/",
            "javascript:alert(1)",
        ] {
            assert!(!frame(bad).contains("src="), "{bad}: {}", frame(bad));
        }
    }
}
