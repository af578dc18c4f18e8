//! The ids of a statement's headings, so that `#fragment` links reach them
//! on its pages and in bundles, as they do on the site it was written for.
//! A heading with `{#id}` keeps it; any other gets a slug of its source
//! text: the one the statement's own `#links` use when they use one —
//! GitHub's and mdBook's (lowercase, punctuation dropped, each space a
//! `-`) or Zola's and Hugo's (each run of other characters one `-`) —
//! else GitHub's. Repeated slugs get `-1`, `-2`… Translated pages use the
//! source's ids, so links written in any language keep working. Pure.

use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::source::markdown_options;

/// GitHub's slug: lowercase; letters, digits, `-` and `_` kept; each space
/// a `-`; the rest dropped.
fn github(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Zola's slug (without its transliteration): lowercase, each run of
/// characters that are not letters or digits one `-`, none at the ends.
fn zola(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The id of each heading of `markdown`, in order (empty when a heading has
/// no text to make one of).
pub fn heading_ids(markdown: &str) -> Vec<String> {
    heading_ids_of(Parser::new_ext(markdown, markdown_options()))
}

/// [`heading_ids`] of a body's events.
pub fn heading_ids_of<'a, E: Borrow<Event<'a>>>(
    events: impl IntoIterator<Item = E>,
) -> Vec<String> {
    let mut links: HashSet<String> = HashSet::new();
    let mut headings: Vec<(Option<String>, String)> = Vec::new();
    let mut text: Option<String> = None;
    for event in events {
        match event.borrow() {
            Event::Start(Tag::Heading { id, .. }) => {
                headings.push((id.as_ref().map(|i| i.to_string()), String::new()));
                text = Some(String::new());
            }
            Event::End(TagEnd::Heading(_)) => {
                if let (Some(t), Some(last)) = (text.take(), headings.last_mut()) {
                    last.1 = t;
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(s) = text.as_mut() {
                    s.push_str(t);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(f) = dest_url.strip_prefix('#') {
                    links.insert(decoded(f));
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                for v in crate::source::html::attribute_values(h, &["href"]) {
                    if let Some(f) = v.strip_prefix('#') {
                        links.insert(decoded(f));
                    }
                }
            }
            _ => {}
        }
    }
    let mut used: HashMap<String, usize> = HashMap::new();
    for (id, _) in &headings {
        if let Some(id) = id {
            used.insert(id.clone(), 1);
        }
    }
    headings
        .into_iter()
        .map(|(id, text)| {
            if let Some(id) = id {
                return id;
            }
            let (g, z) = (github(&text), zola(&text));
            let base = if !links.contains(&g) && links.contains(&z) {
                z
            } else {
                g
            };
            if base.is_empty() {
                return base;
            }
            let n = used.entry(base.clone()).or_insert(0);
            let id = if *n == 0 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            *n += 1;
            id
        })
        .collect()
}

fn decoded(fragment: &str) -> String {
    percent_encoding::percent_decode_str(fragment)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_as_the_generators_make_them() {
        assert_eq!(github("Rust 1.5: what's new?"), "rust-15-whats-new");
        assert_eq!(zola("Rust 1.5: what's new?"), "rust-1-5-what-s-new");
        assert_eq!(github("Übersicht `fmt`"), "übersicht-fmt");
        assert_eq!(github("چرا Rust؟"), "چرا-rust");
    }

    #[test]
    fn ids_follow_the_statements_own_links() {
        let md = "- [A](#rust-1-5-notes)\n- [B](#two-words)\n\n## Rust 1.5 notes\n\n## Two words\n\n## Two words\n\n## Named {#kept}\n\n## *Kept*\n\n<a href=\"#x-y\">raw</a>\n\n## X/Y\n";
        assert_eq!(
            heading_ids(md),
            [
                "rust-1-5-notes",
                "two-words",
                "two-words-1",
                "kept",
                "kept-1",
                "x-y"
            ]
        );
        assert_eq!(heading_ids("# Intro\n\n# Rust 1.5\n"), ["intro", "rust-15"]);
    }
}
