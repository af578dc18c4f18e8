//! A language's listing: its index pages (statements newest first, undated
//! ones after them by title; paginated) and its Atom feed, from the theme's
//! `language-index.html` and `language-feed.xml`. Pure.

use serde::Serialize;

use super::pages::{Entry, Languages, ThemeError};
use super::{CSS, Theme, theme};
use crate::lang::Language;
use crate::site::Site;

/// Statements on one index page.
pub const PAGE_SIZE: usize = 50;
/// Entries in a feed (the newest).
pub const FEED_SIZE: usize = 30;

/// A language's listing inputs.
pub struct Listing<'a> {
    pub theme: &'a Theme,
    pub site_name: &'a str,
    /// The language listed, in `langs` (0: the source, 1..: the targets).
    pub index: usize,
    pub langs: Languages<'a>,
    pub site: &'a Site,
    /// `https://example.org/blog` (no trailing `/`): absolute links in the
    /// feed; None: relative ones.
    pub base_url: Option<&'a str>,
    /// The index pages' name (`index` → `index.html`, `index-2.html`…).
    pub name: &'a str,
}

/// The name of the index pages: `index`, unless a statement's page takes
/// `index.html` (a site's own home page), then the first free of a few others.
pub fn index_name<'n>(taken: &std::collections::HashSet<String>) -> &'n str {
    ["index", "list", "posts", "statements", "all-statements"]
        .into_iter()
        .find(|n| !taken.contains(&format!("{n}.html")))
        .unwrap_or("dragoman-index")
}

/// Newest first; undated entries after the dated ones, by title.
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| order((&a.date, &a.title), (&b.date, &b.title)));
}

/// The listing order of two (date, title) pairs: newest first, undated
/// after dated, then by title (indexes, feeds, offline bundles).
pub fn order(
    (date_a, title_a): (&Option<String>, &String),
    (date_b, title_b): (&Option<String>, &String),
) -> std::cmp::Ordering {
    match (date_a, date_b) {
        (Some(x), Some(y)) => y.cmp(x).then_with(|| title_a.cmp(title_b)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => title_a.cmp(title_b),
    }
}

/// The file of index page `n` (1-based): `index.html`, `index-2.html`…
pub fn page_name(name: &str, n: usize) -> String {
    if n <= 1 {
        format!("{name}.html")
    } else {
        format!("{name}-{n}.html")
    }
}

impl Listing<'_> {
    /// The language listed.
    pub fn lang(&self) -> &Language {
        self.langs.nth(self.index)
    }

    /// The index pages: (file name in the language's folder, HTML).
    pub fn index_pages(&self, entries: &[Entry]) -> Result<Vec<(String, String)>, ThemeError> {
        #[derive(Serialize)]
        struct Link<'a> {
            tag: &'a str,
            name: &'a str,
            dir: &'a str,
            href: String,
            current: bool,
        }
        let languages: Vec<Link> = self
            .langs
            .all()
            .enumerate()
            .map(|(i, l)| Link {
                tag: &l.tag,
                name: &l.name,
                dir: l.direction.as_str(),
                href: format!("../{}/{}", l.tag, page_name(self.name, 1)),
                current: i == self.index,
            })
            .collect();
        let alternates: Vec<serde_json::Value> = languages
            .iter()
            .map(|l| serde_json::json!({ "lang": l.tag, "href": l.href }))
            .collect();
        let chunks: Vec<&[Entry]> = if entries.is_empty() {
            vec![&[]]
        } else {
            entries.chunks(PAGE_SIZE).collect()
        };
        let pages = chunks.len();
        let mut out = Vec::with_capacity(pages);
        for (i, chunk) in chunks.into_iter().enumerate() {
            let n = i + 1;
            let labels = minijinja::context! {
                languages => self.site.labels(0, 0).languages,
                newer => self.site.text("site-newer"),
                older => self.site.text("site-older"),
                page => self.site.page_of(n, pages),
            };
            let ctx = minijinja::context! {
                lang => &self.lang().tag,
                dir => self.lang().direction.as_str(),
                site_name => self.site_name,
                css => theme::safe(CSS),
                labels => labels,
                languages => ser(&languages),
                alternates => ser(&alternates),
                entries => ser(&chunk),
                page => n,
                pages => pages,
                newer => (n > 1).then(|| page_name(self.name, n - 1)),
                older => (n < pages).then(|| page_name(self.name, n + 1)),
            };
            out.push((
                page_name(self.name, n),
                self.theme.render("language-index.html", &ctx)?,
            ));
        }
        Ok(out)
    }

    /// The Atom feed of the newest dated entries (`feed.xml`).
    pub fn feed(&self, entries: &[Entry]) -> Result<String, ThemeError> {
        let tag = &self.lang().tag;
        let url = |rel: &str| match self.base_url {
            Some(b) => format!("{b}/{tag}/{rel}"),
            None => rel.to_string(),
        };
        let id = |rel: &str| match self.base_url {
            Some(b) => format!("{b}/{tag}/{rel}"),
            None => format!(
                "urn:dragoman:{}:{tag}:{rel}",
                self.site_name.replace([' ', ':'], "-")
            ),
        };
        let dated: Vec<&Entry> = entries
            .iter()
            .filter(|e| e.date.is_some())
            .take(FEED_SIZE)
            .collect();
        let stamp = |d: &str| format!("{d}T00:00:00Z");
        let items: Vec<serde_json::Value> = dated
            .iter()
            .map(|e| {
                serde_json::json!({
                    "title": e.title,
                    "id": id(&e.href),
                    "url": url(&e.href),
                    "updated": stamp(e.date.as_deref().unwrap_or_default()),
                    "authors": e.authors,
                    "description": e.description,
                })
            })
            .collect();
        let updated = dated
            .first()
            .and_then(|e| e.date.as_deref())
            .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), stamp);
        let ctx = minijinja::context! {
            lang => tag,
            site_name => self.site_name,
            id => id("feed.xml"),
            updated => updated,
            self_href => url("feed.xml"),
            index_href => url(&page_name(self.name, 1)),
            entries => ser(&items),
        };
        self.theme.render("language-feed.xml", &ctx)
    }
}

fn ser(v: &impl Serialize) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, date: Option<&str>) -> Entry {
        Entry {
            title: title.into(),
            description: None,
            date: date.map(String::from),
            date_text: date.map(String::from),
            authors: Vec::new(),
            href: format!("{title}.html"),
        }
    }

    #[test]
    fn newest_first_then_undated_by_title() {
        let mut e = vec![
            entry("b", None),
            entry("old", Some("2020-01-01")),
            entry("a", None),
            entry("new", Some("2024-05-01")),
        ];
        sort(&mut e);
        let order: Vec<&str> = e.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(order, ["new", "old", "a", "b"]);
    }

    #[test]
    fn pages_of_fifty_linked_both_ways() {
        let theme = Theme::new(&[]).unwrap();
        let lang = Language::parse("es").unwrap();
        let source = Language::parse("en").unwrap();
        let site = Site::new(&lang.id, Default::default(), None, None).unwrap();
        let targets = [lang.clone()];
        let listing = Listing {
            theme: &theme,
            site_name: "Notes",
            index: 1,
            langs: Languages {
                source: &source,
                targets: &targets,
                unpublished: None,
            },
            site: &site,
            base_url: None,
            name: "index",
        };
        let entries: Vec<Entry> = (0..120).map(|i| entry(&format!("t{i:03}"), None)).collect();
        let pages = listing.index_pages(&entries).unwrap();
        let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["index.html", "index-2.html", "index-3.html"]);
        assert!(
            pages[0].1.contains("rel=\"next\" href=\"index-2.html\"")
                && !pages[0].1.contains("rel=\"prev\"")
        );
        assert!(
            pages[1].1.contains("rel=\"prev\" href=\"index.html\"")
                && pages[1].1.contains("rel=\"next\" href=\"index-3.html\"")
        );
        assert!(pages[2].1.contains("Página 3 de 3"), "{}", pages[2].1);
        assert_eq!(pages[2].1.matches("<li><h2 dir=\"auto\">").count(), 20);
        let taken = ["index.html".to_string()].into_iter().collect();
        assert_eq!(index_name(&taken), "list");
    }
}
