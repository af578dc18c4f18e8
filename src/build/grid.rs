//! Tables that stay usable at any project size: `build/index.html` and
//! `build/status.html` list every statement in one plain table (readable
//! with scripts off), and a small inline script (`grid.js`) pages it, sorts
//! it by any column marked `data-sort` and filters it by text and, where
//! cells carry `data-state`, by a language's state. Pure: strings out.

use serde::Serialize;

use crate::site::Site;

/// The script, inlined into each page that has a grid.
const SCRIPT: &str = include_str!("grid.js");

/// Styles of the grid's controls (added to a page's own).
pub const CSS: &str = r#".grid-controls { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; margin-block: 1rem .5rem; }
.grid-controls output { color: #555; }
.grid-pages { display: flex; gap: 1rem; align-items: center; margin-block: .75rem; }
th button.sort { all: unset; cursor: pointer; }
th button.sort:focus-visible { outline: 2px solid #2563eb; }
th button.sort::after { content: " \2195"; color: #8888; }
th[aria-sort=ascending] button.sort::after { content: " \2191"; color: inherit; }
th[aria-sort=descending] button.sort::after { content: " \2193"; color: inherit; }
tr[hidden] { display: none; }
"#;

/// Statements per page once the script runs.
pub const PAGE_SIZE: usize = 100;

/// What a statement is in one language, for the state filter. A cell can be
/// in several (`partial stale held`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Every segment translated, none stale.
    Complete,
    /// Some translated, not all.
    Partial,
    /// Nothing translated yet.
    Untranslated,
    /// Some translations older than their source.
    Stale,
    /// Below the publish threshold: the source is published instead.
    Held,
    /// Not translated into this language at all (front matter `translate`).
    Off,
}

impl State {
    const ALL: [State; 6] = [
        State::Complete,
        State::Partial,
        State::Untranslated,
        State::Stale,
        State::Held,
        State::Off,
    ];

    fn key(self) -> &'static str {
        match self {
            State::Complete => "complete",
            State::Partial => "partial",
            State::Untranslated => "untranslated",
            State::Stale => "stale",
            State::Held => "held",
            State::Off => "off",
        }
    }
}

/// The `data-state` of a cell: `translated`, `stale` counts out of
/// `segments`; `held`: published in the source language.
pub fn states(translated: usize, stale: usize, segments: usize, held: bool) -> String {
    let mut out = Vec::with_capacity(3);
    let done = translated + stale;
    out.push(if segments > 0 && translated >= segments {
        State::Complete
    } else if done == 0 {
        State::Untranslated
    } else {
        State::Partial
    });
    if stale > 0 {
        out.push(State::Stale);
    }
    if held {
        out.push(State::Held);
    }
    out.iter().map(|s| s.key()).collect::<Vec<_>>().join(" ")
}

/// The `data-state` of a statement not translated into a language.
pub fn off() -> &'static str {
    State::Off.key()
}

/// The words of the controls, in the page's language.
#[derive(Serialize)]
struct Labels {
    search: String,
    search_hint: String,
    language: String,
    any_language: String,
    state: String,
    any_state: String,
    /// key → label, in filter order.
    states: indexmap::IndexMap<&'static str, String>,
    /// `{first}`–`{last}` of `{total}`.
    rows: String,
    none: String,
    page: String,
    pages: String,
    previous: String,
    next: String,
    sort: String,
}

fn labels(site: &Site) -> Labels {
    let placeholder = |k: &str| fluent_bundle::FluentValue::from(format!("{{{k}}}"));
    Labels {
        search: site.text("site-grid-search"),
        search_hint: site.text("site-grid-search-hint"),
        language: site.text("site-grid-language"),
        any_language: site.text("site-grid-any-language"),
        state: site.text("site-grid-state"),
        any_state: site.text("site-grid-any-state"),
        states: State::ALL
            .iter()
            .map(|s| (s.key(), site.text(&format!("site-grid-state-{}", s.key()))))
            .collect(),
        rows: site.format(
            "site-grid-rows",
            &[
                ("first", placeholder("first")),
                ("last", placeholder("last")),
                ("total", placeholder("total")),
            ],
        ),
        none: site.text("site-grid-none"),
        page: site.format(
            "site-page",
            &[
                ("page", placeholder("page")),
                ("pages", placeholder("pages")),
            ],
        ),
        pages: site.text("site-grid-pages"),
        previous: site.text("site-grid-previous"),
        next: site.text("site-grid-next"),
        sort: site.text("site-grid-sort"),
    }
}

/// The labels (JSON, `<` escaped so no text can close the element) and the
/// script, to put at the end of a page's `<body>`.
pub fn script(site: &Site) -> String {
    let json = serde_json::to_string(&labels(site))
        .expect("labels serialize")
        .replace('<', "\\u003c");
    format!(
        "<script type=\"application/json\" id=\"dragoman-grid-labels\">{json}</script>\n<script>\n{SCRIPT}</script>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_of_a_cell() {
        assert_eq!(states(10, 0, 10, false), "complete");
        assert_eq!(states(0, 0, 10, false), "untranslated");
        assert_eq!(states(4, 0, 10, true), "partial held");
        assert_eq!(states(8, 2, 10, false), "partial stale");
        assert_eq!(states(0, 3, 10, false), "partial stale");
        assert_eq!(states(0, 0, 0, false), "untranslated");
    }

    #[test]
    fn labels_are_json_that_cannot_close_the_script() {
        let en = Site::new(&"en".parse().unwrap(), Default::default(), None, None).unwrap();
        let s = script(&en);
        let json = &s[s.find('>').unwrap() + 1..s.find("</script>").unwrap()];
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(v["rows"], "{first}–{last} of {total}");
        assert_eq!(v["page"], "Page {page} of {pages}");
        assert_eq!(v["states"]["held"], "below the publish threshold");
        let project = "site-grid-search = </script><script>alert(1)</script>";
        let hostile = Site::new(
            &"en".parse().unwrap(),
            Default::default(),
            Some(project),
            None,
        )
        .unwrap();
        let s = script(&hostile);
        assert_eq!(s.matches("</script>").count(), 2, "{s}");
    }
}
