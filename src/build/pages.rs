//! Page assembly, pure: a statement, its merged catalog and a language's site
//! strings → the statement's HTML page and Markdown file in that language.
//! `ops::build` reads the inputs and writes what this makes.

use crate::catalog::Catalog;
use crate::lang::{Direction, Language};
use crate::site::Site;
use crate::source::{SegmentKind, Statement};
use crate::status::{Counts, WordMemo};

use super::{Guard, LanguageLink, Localized, Meta, Page, Render, Sanitizer, Theme};

/// Statements a target language does not publish (`below_threshold =
/// "skip"`): (index in `targets`, statement path under `statements`).
pub type Unpublished = std::collections::HashSet<(usize, String)>;

/// The languages of a build: the source first, then the targets.
#[derive(Clone, Copy)]
pub struct Languages<'a> {
    pub source: &'a Language,
    pub targets: &'a [Language],
    /// Pages not published (None: every page is).
    pub unpublished: Option<&'a Unpublished>,
}

impl<'a> Languages<'a> {
    /// Whether target `ti` publishes `st` (its front matter may opt out of
    /// the language; `below_threshold = "skip"` may leave it out).
    pub fn publishes(&self, ti: usize, st: &Statement) -> bool {
        st.translated_into(&self.targets[ti].tag)
            && !self
                .unpublished
                .is_some_and(|u| u.contains(&(ti, st.rel.clone())))
    }

    /// The source, then the targets.
    pub fn all(&self) -> impl Iterator<Item = &'a Language> + use<'a> {
        std::iter::once(self.source).chain(self.targets)
    }

    /// Language `i` of [`Languages::all`] (0: the source).
    pub fn nth(&self, i: usize) -> &'a Language {
        if i == 0 {
            self.source
        } else {
            &self.targets[i - 1]
        }
    }

    /// The language switcher of a statement's pages, `current` (0: the
    /// source, 1..: the targets) marked.
    pub fn links(&self, st: &Statement, current: usize) -> Vec<LanguageLink> {
        let up = "../".repeat(1 + st.rel.matches('/').count());
        let html_rel = html_name(st);
        // Only the languages the statement is published in.
        self.all()
            .enumerate()
            .filter(|(i, _)| *i == 0 || self.publishes(i - 1, st))
            .map(|(i, l)| LanguageLink {
                tag: l.tag.clone(),
                name: l.name.clone(),
                direction: l.direction,
                href: format!("{up}{}/{html_rel}", l.tag),
                current: i == current,
            })
            .collect()
    }
}

/// The HTML file name of a statement (`sub/x.html`).
pub fn html_name(st: &Statement) -> String {
    format!("{}.html", st.stem())
}

/// The heavy part of a statement's page in one language: translations
/// spliced in and the body rendered (parallel, before the assembly).
pub enum Rendered {
    /// Translated enough to publish.
    Published { loc: Box<Localized>, body: String },
    /// Below the publish threshold: the source body stands in.
    HeldBack { body: String },
}

/// What one target language's build needs besides the statements.
#[derive(Clone, Copy)]
pub struct Target<'a> {
    pub lang: &'a Language,
    /// Percent translated below which the source is published instead.
    pub threshold: f64,
    pub guard: Guard<'a>,
    pub source_tag: &'a str,
    /// The allow-list for the statements' own raw HTML.
    pub sanitizer: &'a Sanitizer,
    /// The note after a stale translation's block (site strings).
    pub stale_note: &'a str,
    /// The statements with a page in this language's folder, and every
    /// statement with the source's folder name: links to them lead to
    /// their pages. None: links stay as written (bundles).
    pub pages: Option<(
        &'a std::collections::HashSet<String>,
        &'a std::collections::HashSet<String>,
    )>,
}

/// What rendering a statement's page can take from work done once for
/// every language.
#[derive(Default, Clone, Copy)]
pub struct Reuse<'a> {
    /// The ids of its source's headings ([`super::anchors::heading_ids`]).
    pub heading_ids: Option<&'a [String]>,
    /// The words of the templates' messages.
    pub words: Option<&'a WordMemo<'a>>,
    /// Its body as [`source_body`] renders it with these links (a page held
    /// back shows it).
    pub source_body: Option<&'a str>,
    /// Its bodies kept from other languages with these links, and whether
    /// a body rendered here is kept for a language after this one.
    pub same_body: Option<(&'a SameBody, bool)>,
}

/// The bodies of a statement's pages that show its source as it is (nothing
/// translated is spliced in, nothing stale): each such body depends only on
/// the direction and on which blocks fall back, so a language with the same
/// ones takes the body another language rendered.
#[derive(Default)]
pub struct SameBody(std::sync::Mutex<Vec<KeptBody>>);

struct KeptBody {
    /// The direction it was rendered for, if that mattered.
    rtl: Option<bool>,
    fallback: Vec<std::ops::Range<usize>>,
    fallback_html: Vec<std::ops::Range<usize>>,
    body: String,
}

impl SameBody {
    /// The body `render` makes of `r` (its text the statement's own): one
    /// kept, else rendered (and kept when `keep` says so).
    fn body(&self, markdown: &str, r: &Render, keep: bool) -> String {
        let same = |k: &KeptBody| {
            k.rtl.is_none_or(|rtl| rtl == r.rtl)
                && k.fallback == r.fallback
                && k.fallback_html == r.fallback_html
        };
        if let Some(k) = self.lock().iter().find(|k| same(k)) {
            return k.body.clone();
        }
        let body = super::render_body_noting(markdown, r);
        if !keep {
            return body.html;
        }
        self.lock().push(KeptBody {
            rtl: body.directional.then_some(r.rtl),
            fallback: r.fallback.to_vec(),
            fallback_html: r.fallback_html.to_vec(),
            body: body.html.clone(),
        });
        body.html
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<KeptBody>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Splices and renders `st` in the target language.
pub fn render(st: &Statement, catalog: &Catalog, target: Target) -> (Counts, Rendered) {
    render_reusing(st, catalog, target, Reuse::default())
}

/// [`render`], with what was computed once for every language.
pub fn render_reusing(
    st: &Statement,
    catalog: &Catalog,
    target: Target,
    reuse: Reuse,
) -> (Counts, Rendered) {
    let counts = Counts::of_with(catalog, reuse.words.unwrap_or(&WordMemo::default()));
    let links = target.pages.map(|(here, all)| super::PageLinks {
        from: &st.rel,
        here,
        source: Some((all, target.source_tag)),
    });
    if counts.percent < target.threshold {
        let body = match reuse.source_body {
            Some(body) => body.to_owned(),
            None => source_body(st, target.sanitizer, links),
        };
        return (counts, Rendered::HeldBack { body });
    }
    let loc = super::localize_with(&st.src, &st.doc, Some(catalog), target.guard);
    let body_start = loc.markdown.len() - super::body_of(&loc.markdown).len();
    let in_body = |ranges: &[std::ops::Range<usize>]| -> Vec<std::ops::Range<usize>> {
        ranges
            .iter()
            .filter(|r| r.start >= body_start)
            .map(|r| r.start - body_start..r.end - body_start)
            .collect()
    };
    let (fallback, foreign_html) = (in_body(&loc.fallback), in_body(&loc.foreign_html));
    let stale = in_body(&loc.stale_blocks);
    let fallback_html = in_body(&loc.fallback_html);
    // Headings keep the source's ids: links reach them in every language.
    let own;
    let heading_ids = match reuse.heading_ids {
        Some(ids) => ids,
        None => {
            own = super::anchors::heading_ids(super::body_of(&st.src));
            &own
        }
    };
    let markdown = super::body_of(&loc.markdown);
    let r = Render {
        fallback: &fallback,
        fallback_html: &fallback_html,
        stale: &stale,
        stale_note: target.stale_note,
        foreign_html: &foreign_html,
        source_lang: target.source_tag,
        rtl: target.lang.direction == Direction::Rtl,
        sanitizer: Some(target.sanitizer),
        heading_ids: Some(heading_ids),
        pages: links,
    };
    // Nothing translated shown: the body other languages made may serve.
    let as_written =
        || stale.is_empty() && foreign_html.is_empty() && markdown == super::body_of(&st.src);
    let body = match reuse.same_body {
        Some((same, keep)) if as_written() => same.body(markdown, &r, keep),
        _ => super::render_body(markdown, &r),
    };
    (
        counts,
        Rendered::Published {
            loc: Box::new(loc),
            body,
        },
    )
}

/// The HTML of a statement's body as written (its raw HTML sanitized).
/// `links`: where its links to other statements lead.
pub fn source_body(
    st: &Statement,
    sanitizer: &Sanitizer,
    links: Option<super::PageLinks>,
) -> String {
    source_body_with_ids(st, sanitizer, links).0
}

/// [`source_body`], and the ids of the statement's headings (which its
/// translations take: [`Reuse::heading_ids`]).
pub fn source_body_with_ids(
    st: &Statement,
    sanitizer: &Sanitizer,
    links: Option<super::PageLinks>,
) -> (String, Vec<String>) {
    let r = Render {
        sanitizer: Some(sanitizer),
        pages: links,
        ..Render::default()
    };
    let (body, ids) = super::render_body_with_ids(super::body_of(&st.src), &r);
    (body, ids.unwrap_or_default())
}

/// A statement's two files in one language, and its entry in the
/// language's index and feed.
pub struct Files {
    pub html: String,
    pub markdown: String,
    pub entry: Entry,
}

/// A statement as the index pages and the feed of a language list it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    /// In the page's language (the source's when held back or untranslated).
    pub title: String,
    pub description: Option<String>,
    /// As written in the front matter (`2024-03-18`).
    pub date: Option<String>,
    /// For readers of the language.
    pub date_text: Option<String>,
    pub authors: Vec<String>,
    /// The page, relative to the language's folder (`sub/x.html`).
    pub href: String,
}

impl Entry {
    fn new(st: &Statement, title: String, description: Option<String>, meta: &Meta) -> Entry {
        Entry {
            title,
            description,
            date: meta.date.clone(),
            date_text: meta.date_text.clone(),
            authors: meta.authors.clone(),
            href: html_name(st),
        }
    }
}

/// A template that failed: its name and the error.
pub type ThemeError = (String, crate::error::SyntaxError);

/// The source language's page of `st` (its Markdown is the source itself)
/// and its entry.
pub fn source_page(
    theme: &Theme,
    st: &Statement,
    meta: &Meta,
    langs: Languages,
    site: &Site,
    body: &str,
) -> Result<(String, Entry), ThemeError> {
    let src_loc = super::localize(&st.src, &st.doc, None);
    let title = page_title(&src_loc.title, st);
    let meta = meta.clone().dated(site);
    let html = super::page(
        theme,
        &Page {
            lang: &langs.source.tag,
            direction: langs.source.direction,
            content_lang: &langs.source.tag,
            content_direction: langs.source.direction,
            title: &title,
            description: src_loc.description.as_deref(),
            body_html: body,
            links: &langs.links(st, 0),
            source_href: None,
            notice: None,
            is_source: true,
            labels: &site.labels(0, 0),
            meta: &meta,
        },
    )?;
    Ok((html, Entry::new(st, title, src_loc.description, &meta)))
}

/// The pages of `st` in the target `langs.targets[li]`, from what [`render`]
/// made: translated (with a notice when some translations are outdated) or,
/// held back, the source with a notice.
pub fn target_files(
    theme: &Theme,
    st: &Statement,
    meta: &Meta,
    langs: Languages,
    li: usize,
    site: &Site,
    (counts, rendered): (Counts, Rendered),
) -> Result<Files, ThemeError> {
    let lang = &langs.targets[li];
    let links = langs.links(st, li + 1);
    let source_href = &links[0].href;
    let source = langs.source;
    let meta = meta.clone().dated(site);
    match rendered {
        Rendered::Published { loc, body } => {
            let notice = (loc.stale > 0).then(|| site.outdated(loc.stale));
            let title = page_title(&loc.title, st);
            let html = super::page(
                theme,
                &Page {
                    lang: &lang.tag,
                    direction: lang.direction,
                    content_lang: &lang.tag,
                    content_direction: lang.direction,
                    title: &title,
                    description: loc.description.as_deref(),
                    body_html: &body,
                    links: &links,
                    source_href: Some(source_href),
                    notice: notice.as_deref(),
                    is_source: false,
                    labels: &site.labels(loc.translated, loc.total),
                    meta: &meta,
                },
            )?;
            let entry = Entry::new(st, title, loc.description.clone(), &meta);
            let markdown = match &notice {
                Some(n) => super::with_note(&loc.markdown, n),
                None => loc.markdown,
            };
            Ok(Files {
                html,
                markdown,
                entry,
            })
        }
        Rendered::HeldBack { body } => {
            // Too little is translated: publish the source with a notice.
            let src_loc = super::localize(&st.src, &st.doc, None);
            let title = page_title(&src_loc.title, st);
            let notice = site.held_back(counts.percent);
            let html = super::page(
                theme,
                &Page {
                    lang: &lang.tag,
                    direction: lang.direction,
                    content_lang: &source.tag,
                    content_direction: source.direction,
                    title: &title,
                    description: src_loc.description.as_deref(),
                    body_html: &body,
                    links: &links,
                    source_href: Some(source_href),
                    notice: Some(&notice),
                    is_source: false,
                    labels: &site.labels(counts.translated, counts.segments),
                    meta: &meta,
                },
            )?;
            let markdown = super::with_note(&st.src, &notice);
            let entry = Entry::new(st, title, src_loc.description, &meta);
            Ok(Files {
                html,
                markdown,
                entry,
            })
        }
    }
}

/// A page's title: the front matter's, else the first heading, else the
/// file name.
/// A statement's title in its source language: the front matter's `title`,
/// else its first heading, else its file name.
pub fn source_title(st: &Statement) -> String {
    let fm = st
        .doc
        .front_matter
        .as_ref()
        .and_then(|f| f.values.get("title"))
        .map(|v| v.trim().to_string());
    page_title(&fm, st)
}

fn page_title(fm_title: &Option<String>, st: &Statement) -> String {
    if let Some(t) = fm_title
        && !t.trim().is_empty()
    {
        return t.clone();
    }
    let stem = st.stem();
    st.doc
        .segments
        .iter()
        .find(|s| matches!(s.kind, SegmentKind::Heading(_)))
        .map(|s| s.text.clone())
        .unwrap_or_else(|| stem.rsplit('/').next().unwrap_or(stem).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `src` rendered untranslated in `tag`, with `same` kept across calls
    /// (or none), and the catalog that translates nothing.
    fn body(src: &str, tag: &str, catalog: &Catalog, same: Option<(&SameBody, bool)>) -> String {
        let doc = crate::source::extract(src, &[]).unwrap();
        let st = Statement::new("a.md".into(), "a.md".into(), src.into(), doc);
        let lang = Language::parse(tag).unwrap();
        let sanitizer = Sanitizer::default();
        let target = Target {
            lang: &lang,
            threshold: 0.0,
            guard: Guard {
                url_map: &Default::default(),
                trusted: false,
            },
            source_tag: "en",
            sanitizer: &sanitizer,
            stale_note: "(stale)",
            pages: None,
        };
        let reuse = Reuse {
            same_body: same,
            ..Reuse::default()
        };
        match render_reusing(&st, catalog, target, reuse).1 {
            Rendered::Published { body, .. } => body,
            Rendered::HeldBack { .. } => panic!("held back"),
        }
    }

    fn template(src: &str) -> Catalog {
        let doc = crate::source::extract(src, &[]).unwrap();
        Catalog::template("t", &[("a.md", &doc)], |_, _| None)
    }

    /// A body kept for one language serves another only where it would be
    /// rendered the same: the direction matters once text outside the blocks
    /// left in the source takes islands (a table's cells), and a page with a
    /// translation spliced in is never kept.
    #[test]
    fn bodies_are_shared_only_where_they_would_be_the_same() {
        let plain =
            "# Title\n\nWith C++ and v3.12.\n\n<div>A <b>box</b></div>\n\n```\nlet x: u32;\n```\n";
        let table = "Text.\n\n| C++ | x |\n|---|---|\n| v3.12 | -5 |\n";
        for src in [plain, table] {
            let cat = template(src);
            let same = SameBody::default();
            for tag in ["es", "fa", "ar", "es"] {
                let kept = body(src, tag, &cat, Some((&same, true)));
                assert_eq!(kept, body(src, tag, &cat, None), "{tag}: {src}");
            }
            let kept = same.lock().len();
            assert_eq!(kept, if src == plain { 1 } else { 2 }, "{src}");
        }
        // Translated: rendered for itself, nothing kept.
        let mut cat = template(plain);
        let m = cat
            .messages
            .iter_mut()
            .find(|m| m.source.contains("C++"))
            .unwrap();
        m.translation = vec!["Con C++ y v3.12.".into()];
        let same = SameBody::default();
        let es = body(plain, "es", &cat, Some((&same, true)));
        assert!(es.contains("Con C++") && same.lock().is_empty(), "{es}");
        // The last language keeps nothing: no language after it would take it.
        let cat = template(plain);
        let last = body(plain, "ar", &cat, Some((&same, false)));
        assert_eq!(last, body(plain, "ar", &cat, None));
        assert!(same.lock().is_empty());
    }
}
