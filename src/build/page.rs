//! Page markup: a statement's page, the index and the shared CSS (the words
//! they need come as `site::Labels`).

use super::theme::{self, Theme};
use super::*;

/// A link to the same statement in another language.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub tag: String,
    pub name: String,
    pub direction: Direction,
    pub href: String,
    pub current: bool,
}

/// Everything a statement page needs.
pub struct Page<'a> {
    /// The page's language (switcher, notices, footer).
    pub lang: &'a str,
    pub direction: Direction,
    /// The language of the article itself (the source when it is held back).
    pub content_lang: &'a str,
    pub content_direction: Direction,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub body_html: &'a str,
    pub links: &'a [LanguageLink],
    pub source_href: Option<&'a str>,
    /// A notice shown above the article (outdated translation, held back).
    pub notice: Option<&'a str>,
    pub is_source: bool,
    pub labels: &'a Labels,
    /// Byline and tags from the front matter.
    pub meta: &'a Meta,
}

/// What a page shows about its statement besides the text: from the front
/// matter (`author` or `authors`, `date`, `tags` or Zola's `taxonomies.tags`).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Meta {
    pub authors: Vec<String>,
    /// As written (`2024-03-18`, or the date part of a date-time).
    pub date: Option<String>,
    /// The date for readers of the page's language (`28 اسفند ۱۴۰۲`).
    pub date_text: Option<String>,
    pub tags: Vec<String>,
}

impl Meta {
    pub fn of(st: &crate::source::Statement) -> Meta {
        let Some(data) = st.doc.front_matter.as_ref().map(|f| f.data(&st.src)) else {
            return Meta::default();
        };
        let data = &data;
        let strings = |v: Option<&serde_json::Value>| -> Vec<String> {
            match v {
                Some(serde_json::Value::String(s)) if !s.trim().is_empty() => vec![s.clone()],
                Some(serde_json::Value::Array(a)) => a
                    .iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .filter(|s| !s.trim().is_empty())
                    .collect(),
                _ => Vec::new(),
            }
        };
        let mut authors = strings(data.get("authors"));
        if authors.is_empty() {
            authors = strings(data.get("author"));
        }
        let mut tags = strings(data.get("tags"));
        if tags.is_empty() {
            tags = strings(data.get("taxonomies").and_then(|t| t.get("tags")));
        }
        let date = data
            .get("date")
            .and_then(|d| d.as_str())
            .map(|d| d.split(['T', ' ']).next().unwrap_or(d).to_string())
            .filter(|d| !d.is_empty());
        Meta {
            authors,
            date,
            date_text: None,
            tags,
        }
    }

    /// With the date as `site`'s language writes it (else as written).
    pub fn dated(mut self, site: &crate::site::Site) -> Meta {
        self.date_text = self
            .date
            .as_deref()
            .map(|d| site.long_date(d).unwrap_or_else(|| d.to_string()));
        self
    }
}

pub const CSS: &str = r#":root { color-scheme: light dark; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Vazirmatn", Tahoma, "DejaVu Sans", sans-serif; line-height: 1.6; }
:lang(fa), :lang(ar), :lang(ur) { line-height: 1.9; }
main, header.site, footer { max-inline-size: 46rem; margin-inline: auto; padding-inline: 1.25rem; }
header.site { padding-block: .75rem; border-block-end: 1px solid #8884; }
nav.languages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
nav.languages [aria-current] { font-weight: bold; text-decoration: none; }
.banner { max-inline-size: 46rem; margin: 1rem auto; padding: .75rem 1rem; border-inline-start: .3rem solid #d97706; background: #fef3c7; color: #3b2a00; }
article .stale { border-inline-start: .2rem solid #d97706; padding-inline-start: .6rem; }
.byline { color: #555; font-size: .95em; }
ul.tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
ul.tags li { padding: .05rem .5rem; border: 1px solid #8886; border-radius: .75rem; font-size: .85em; }
ol.entries { list-style: none; padding: 0; }
ol.entries h2 { font-size: 1.2rem; margin-block: 1.2rem .2rem; }
nav.pagination { display: flex; gap: 1rem; justify-content: space-between; padding-block: 1rem; }
img, video { max-inline-size: 100%; height: auto; }
iframe { max-inline-size: 100%; }
@media print { nav.languages, nav.pagination, .stale-mark { display: none; } a { color: inherit; } }
.stale-mark { font-size: .75em; color: #92400e; white-space: nowrap; }
@media (prefers-color-scheme: dark) { .stale-mark { color: #fbbf24; } }
ul, ol { padding-inline-start: 1.5rem; }
blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: .25rem solid #8886; }
table { border-collapse: collapse; }
th, td { border: 1px solid #8886; padding: .25rem .5rem; text-align: start; }
pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
pre { overflow-x: auto; padding: .75rem; background: #8881; text-align: left; }
code { unicode-bidi: isolate; }
footer { padding-block: 1rem 2rem; color: #666; font-size: .9em; border-block-start: 1px solid #8884; }
.bar { display: inline-block; inline-size: 6rem; block-size: .6rem; background: #8883; vertical-align: middle; }
.bar > span { display: block; block-size: 100%; background: #16a34a; }
td.stale { color: #b45309; }
.footnote-definition { margin-block: .5rem; font-size: .95em; }
.footnote-definition > sup { margin-inline-end: .35rem; }
.footnote-definition > p { display: inline; }
"#;

/// Starts a title with RLM when an RTL page's title begins with a left-to-right letter,
/// since `<title>` cannot carry markup.
pub fn title_for(direction: Direction, title: &str) -> String {
    if direction == Direction::Rtl {
        let first_strong = title.chars().find_map(super::islands::strong_class);
        if first_strong == Some(true) {
            return format!("\u{200F}{title}");
        }
    }
    title.to_string()
}

/// A complete statement page, from the theme's `statement.html`.
pub fn page(theme: &Theme, p: &Page) -> Result<String, (String, crate::error::SyntaxError)> {
    #[derive(serde::Serialize)]
    struct Link<'a> {
        tag: &'a str,
        name: &'a str,
        dir: &'a str,
        href: &'a str,
        current: bool,
    }
    #[derive(serde::Serialize)]
    struct Alternate<'a> {
        lang: &'a str,
        href: &'a str,
    }
    let languages: Vec<Link> = p
        .links
        .iter()
        .map(|l| Link {
            tag: &l.tag,
            name: &l.name,
            dir: l.direction.as_str(),
            href: &l.href,
            current: l.current,
        })
        .collect();
    let alternates: Vec<Alternate> = p
        .links
        .iter()
        .map(|l| Alternate {
            lang: &l.tag,
            href: &l.href,
        })
        .collect();
    let own = p
        .links
        .iter()
        .find(|l| l.current)
        .map_or("", |l| l.href.as_str());
    let source = p.links.first();
    let heading = (!p.body_html.contains("<h1")).then_some(p.title);
    let ctx = minijinja::context! {
        css => theme::safe(CSS),
        labels => ser(p.labels),
        languages => ser(&languages),
        page => minijinja::context! {
            lang => p.lang,
            dir => p.direction.as_str(),
            content_lang => p.content_lang,
            content_dir => p.content_direction.as_str(),
            title => title_for(p.direction, p.title),
            heading => heading,
            description => p.description.map(|d| title_for(p.direction, d)),
            body => theme::safe(p.body_html),
            authors => ser(&p.meta.authors),
            date => p.meta.date.clone(),
            date_text => p.meta.date_text.clone(),
            tags => ser(&p.meta.tags),
            canonical => own,
            alternates => ser(&alternates),
            x_default => source.map_or("", |l| l.href.as_str()),
            source_href => p.source_href,
            source_lang => source.map_or("", |l| l.tag.as_str()),
            notice => p.notice,
            is_source => p.is_source,
        },
    };
    theme.render("statement.html", &ctx)
}

fn ser(v: &impl serde::Serialize) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(v))
}
