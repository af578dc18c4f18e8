//! `bundle`: each language's statements as one offline file a reader can
//! carry — `build/bundles/<lang>.html` and `build/bundles/<lang>.epub`. Each
//! statement is made as its page would be (translations spliced in and
//! checked, raw HTML sanitized, the outdated and held-back notices,
//! `below_threshold`), then made to fetch nothing: images inside the file
//! (up to `bundle_image_max_kb` each; larger ones leave their alt text),
//! embeds and web media as links, links between statements inside the
//! bundle (`bundle::offline`).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::build::{self, pages};
use crate::bundle::{self, Book, Chapter, Image};
use crate::catalog::Catalog;
use crate::fsio::{Durability, Jail, write_all};
use crate::lang::Language;
use crate::project::*;
use crate::publish::BelowThreshold;
use crate::source::Statement;

/// A bundle's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BundleFormat {
    Html,
    Epub,
}

/// One file `bundle` wrote.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BundleFile {
    pub lang: String,
    pub format: BundleFormat,
    /// Project-relative (or as given) path.
    pub path: String,
    pub bytes: u64,
    /// Statements in it.
    pub statements: usize,
    /// Statements left out (`below_threshold = "skip"`).
    pub skipped: usize,
    /// Images left out: larger than `bundle_image_max_kb`, not found, or
    /// not what their name says.
    pub images_left_out: usize,
}

/// A chapter before it is made offline for one format.
struct Raw {
    chapter: Chapter,
    /// The statement's relative link and image targets (as
    /// `relative_path` gives them) → the image (index in `images`) or the
    /// chapter (index) they point at.
    images: HashMap<String, usize>,
    links: HashMap<String, usize>,
    /// The ids in its body (what `#fragment`s may name).
    anchors: HashSet<String>,
}

/// Where links written for the site reach chapters: the site path
/// (front matter `path`, else the file's path without `.md`, `/index`)
/// and Zola's `@/file.md`.
#[derive(Default)]
struct SiteLinks {
    paths: HashMap<String, usize>,
    files: HashMap<String, usize>,
}

impl SiteLinks {
    fn add(&mut self, n: usize, st: &Statement) {
        self.files.insert(st.rel.clone(), n);
        let page = crate::source::bundle_of(st.stem());
        self.paths.insert(page.to_string(), n);
        let path = st
            .doc
            .front_matter
            .as_ref()
            .and_then(|f| f.values.get("path"));
        if let Some(p) = path {
            self.paths.insert(p.trim_matches('/').to_string(), n);
        }
    }
}

/// A language's chapters and what they show.
struct Made {
    raws: Vec<Raw>,
    images: Vec<Image>,
    site: SiteLinks,
    /// Statements left out (`below_threshold = "skip"`).
    skipped: usize,
    /// Images that could not be carried.
    left_out: usize,
}

/// What every language's bundle reads the same.
struct Shared<'a> {
    statements: &'a [Statement],
    templates: &'a crate::project::Templates,
    sanitizer: &'a build::Sanitizer,
    /// The statements newest first, then by title, as an index lists them.
    order: &'a [usize],
}

/// The statements' indices newest first, then by title (each statement's
/// front matter read once, for every language).
fn reading_order(statements: &[Statement]) -> Vec<usize> {
    let metas: Vec<build::Meta> = statements.iter().map(build::Meta::of).collect();
    let titles: Vec<String> = statements.iter().map(pages::source_title).collect();
    let mut order: Vec<usize> = (0..statements.len()).collect();
    order.sort_by(|&a, &b| {
        build::listing::order((&metas[a].date, &titles[a]), (&metas[b].date, &titles[b]))
    });
    order
}

impl Project {
    /// Writes the bundles of `langs` (the source among them, when asked)
    /// in `formats` into `<out>/bundles/`.
    pub fn bundle(
        &self,
        langs: &[Language],
        formats: &[BundleFormat],
        out: &Path,
    ) -> Result<Vec<BundleFile>> {
        self.check_output(out)?;
        let _lock = self.writer()?;
        let statements = self.statements()?;
        let templates = self.reading_templates(&statements);
        let sanitizer = build::Sanitizer::new(&self.config.allowed_iframe_hosts);
        let shared = Shared {
            statements: &statements,
            templates: &templates,
            sanitizer: &sanitizer,
            order: &reading_order(&statements),
        };
        let modified = crate::bundle::epub::timestamp(now());
        let dir = out.join("bundles");
        let mut report = Vec::new();
        for lang in langs {
            let site = self.site(lang)?;
            let made = self.chapters(lang, &site, &shared)?;
            for &format in formats {
                let book = offline(self, lang, &site, format, &made);
                let (name, bytes) = match format {
                    BundleFormat::Html => (
                        format!("{}.html", lang.tag),
                        bundle::html(&book).into_bytes(),
                    ),
                    BundleFormat::Epub => {
                        let css = epub_css();
                        let bytes = bundle::epub::epub(&book, &css, &modified).map_err(|e| {
                            Error::file(
                                self.display(&dir),
                                crate::ui::Msg::new("io-other").arg("detail", e.to_string()),
                            )
                        })?;
                        (format!("{}.epub", lang.tag), bytes)
                    }
                };
                let path = dir.join(&name);
                self.write_bundle(out, &path, &bytes)?;
                report.push(BundleFile {
                    lang: lang.tag.clone(),
                    format,
                    path: self.display(&path),
                    bytes: bytes.len() as u64,
                    statements: made.raws.len(),
                    skipped: made.skipped,
                    images_left_out: made.left_out,
                });
            }
        }
        Ok(report)
    }

    fn write_bundle(&self, out: &Path, path: &Path, bytes: &[u8]) -> Result<()> {
        let jail = if out.starts_with(&self.root) {
            self.jail()
        } else {
            Jail::new(out)
        };
        jail.check(path)?;
        write_all(&[(path.to_path_buf(), bytes)], Durability::None)?;
        Ok(())
    }

    /// A language's chapters (newest first, then by title, as its index),
    /// the images they show, how many statements were left out and how many
    /// images could not be carried.
    fn chapters(&self, lang: &Language, site: &crate::site::Site, shared: &Shared) -> Result<Made> {
        let (statements, sanitizer) = (shared.statements, shared.sanitizer);
        let source = &self.config.source;
        let is_source = lang.tag == source.tag;
        let merged = match is_source {
            true => None,
            false => Some(self.merge_language_using(
                lang,
                statements,
                shared.templates,
                self.reading_options(),
            )?),
        };
        let check_cfg = self.config.check_for(&lang.tag);
        let stale_note = site.stale_block();
        let target = pages::Target {
            lang,
            threshold: self.config.publish_threshold(&lang.tag),
            guard: build::Guard {
                url_map: &check_cfg.url_map,
                trusted: crate::pseudo::Pseudo::of(&lang.tag).is_some(),
            },
            source_tag: &source.tag,
            sanitizer,
            stale_note: &stale_note,
            pages: None,
        };
        let mut made: Vec<(usize, Chapter)> = Vec::new();
        let mut skipped = 0;
        for &i in shared.order {
            let st = &statements[i];
            let chapter = match &merged {
                None => Some(self.source_chapter(st, sanitizer)),
                Some(m) if st.translated_into(&lang.tag) => {
                    self.target_chapter(st, &m[i].catalog, target, site)
                }
                Some(_) => continue,
            };
            match chapter {
                Some(c) => made.push((i, c)),
                None => skipped += 1,
            }
        }
        let mut site_links = SiteLinks::default();
        for (n, (i, _)) in made.iter().enumerate() {
            site_links.add(n, &statements[*i]);
        }
        let index = &site_links.files;
        let (mut images, mut left_out) = (Vec::new(), 0);
        let mut by_file: HashMap<PathBuf, usize> = HashMap::new();
        let raws = made
            .into_iter()
            .enumerate()
            .map(|(n, (i, mut chapter))| {
                chapter.id = format!("s{}", n + 1);
                let st = &statements[i];
                let (mut imgs, mut links) = (HashMap::new(), HashMap::new());
                for t in build::relative_targets(build::body_of(&st.src)) {
                    let Some(rel) = build::resolve(&st.rel, &t) else {
                        continue;
                    };
                    if let Some(&c) = index.get(rel.as_str()) {
                        links.insert(t.clone(), c);
                        continue;
                    }
                    match self.image(lang, &rel, &mut images, &mut by_file) {
                        Some(k) => {
                            imgs.insert(t, k);
                        }
                        None if bundle::media_type(&rel).is_some() => left_out += 1,
                        None => {}
                    }
                }
                Raw {
                    anchors: bundle::offline::ids(&chapter.body),
                    chapter,
                    images: imgs,
                    links,
                }
            })
            .collect();
        Ok(Made {
            raws,
            images,
            site: site_links,
            skipped,
            left_out,
        })
    }

    /// An image a chapter shows, carried once per bundle (a language's
    /// variant first); None when it is not an image, not there, or larger
    /// than `bundle_image_max_kb`.
    fn image(
        &self,
        lang: &Language,
        rel: &str,
        images: &mut Vec<Image>,
        by_file: &mut HashMap<PathBuf, usize>,
    ) -> Option<usize> {
        let media_type = bundle::media_type(rel)?;
        let dir = self.statements_dir();
        let jail = Jail::new(&dir);
        let file = build::variant(rel, &lang.tag)
            .map(|v| dir.join(v))
            .filter(|v| jail.holds_file(v))
            .unwrap_or_else(|| dir.join(rel));
        if let Some(&k) = by_file.get(&file) {
            return Some(k);
        }
        let bytes = jail.read(&file).ok()??;
        if bytes.len() as u64 > self.config.bundle_image_max_kb * 1024 {
            return None;
        }
        let bytes = bundle::image::carriable(media_type, &bytes)?;
        let ext = rel
            .rsplit_once('.')
            .map_or("img", |(_, e)| e)
            .to_ascii_lowercase();
        images.push(Image {
            name: format!("images/img-{}.{ext}", images.len() + 1),
            media_type,
            bytes,
        });
        by_file.insert(file, images.len() - 1);
        Some(images.len() - 1)
    }

    fn source_chapter(&self, st: &Statement, sanitizer: &build::Sanitizer) -> Chapter {
        let source = &self.config.source;
        Chapter {
            id: String::new(),
            title: pages::source_title(st),
            lang: source.tag.clone(),
            dir: source.direction.as_str(),
            body: pages::source_body(st, sanitizer, None),
            notice: None,
        }
    }

    /// A statement in a target language, as its page shows it; None when it
    /// is below the threshold and left out.
    fn target_chapter(
        &self,
        st: &Statement,
        catalog: &Catalog,
        target: pages::Target,
        site: &crate::site::Site,
    ) -> Option<Chapter> {
        let lang = target.lang;
        let source = &self.config.source;
        Some(match pages::render(st, catalog, target) {
            (_, pages::Rendered::Published { loc, body }) => Chapter {
                id: String::new(),
                title: loc
                    .title
                    .clone()
                    .filter(|t| !t.trim().is_empty())
                    .unwrap_or_else(|| pages::source_title(st)),
                lang: lang.tag.clone(),
                dir: lang.direction.as_str(),
                body,
                notice: (loc.stale > 0).then(|| site.outdated(loc.stale)),
            },
            (counts, pages::Rendered::HeldBack { body }) => {
                if self.config.below_threshold == BelowThreshold::Skip {
                    return None;
                }
                Chapter {
                    id: String::new(),
                    title: pages::source_title(st),
                    lang: source.tag.clone(),
                    dir: source.direction.as_str(),
                    body,
                    notice: Some(site.held_back(counts.percent)),
                }
            }
        })
    }
}

/// The pages' styles for an EPUB: without `unicode-bidi` and `direction`,
/// which EPUB style sheets may not hold (directions come from `dir`
/// attributes: the pages put `dir="ltr"` on code), plus its own.
fn epub_css() -> String {
    let mut css = build::CSS.to_string();
    for property in ["unicode-bidi", "direction"] {
        while let Some(start) = css.find(&format!("{property}:")) {
            let rest = &css[start..];
            let end = rest.find([';', '}']).unwrap_or(rest.len());
            let end = if rest[end..].starts_with(';') {
                end + 1
            } else {
                end
            };
            css.replace_range(start..start + end, "");
        }
    }
    css.push_str(EPUB_CSS);
    css
}

/// Styles an EPUB adds to the pages' own (no fixed widths on a reader).
const EPUB_CSS: &str = "main, header.site, footer { max-inline-size: none; }\n.title-page { text-align: center; margin-block-start: 30%; }\n";

/// Where one chapter's URLs and ids go in a bundle of `format`.
struct Resolver<'a> {
    format: BundleFormat,
    /// The chapter's index.
    me: usize,
    made: &'a Made,
    /// Each image's `src` in the bundle.
    src_of: &'a [String],
    base_url: Option<&'a str>,
}

impl Resolver<'_> {
    /// The target of a link to chapter `c`'s `#fragment` (to its top when
    /// it has no such id).
    fn to(&self, c: usize, fragment: &str) -> String {
        let fragment = percent_encoding::percent_decode_str(fragment).decode_utf8_lossy();
        let raw = &self.made.raws[c];
        let known = !fragment.is_empty() && raw.anchors.contains(fragment.as_ref());
        let id = &raw.chapter.id;
        match (self.format, c == self.me, known) {
            (BundleFormat::Html, _, true) => format!("#{id}-{fragment}"),
            (BundleFormat::Html, _, false) | (BundleFormat::Epub, true, false) => format!("#{id}"),
            (BundleFormat::Epub, true, true) => format!("#{fragment}"),
            (BundleFormat::Epub, false, true) => format!("{id}.xhtml#{fragment}"),
            (BundleFormat::Epub, false, false) => format!("{id}.xhtml"),
        }
    }
}

impl bundle::offline::Urls for Resolver<'_> {
    fn image(&self, src: &str) -> Option<String> {
        let rel = build::relative_path(src)?;
        let &k = self.made.raws[self.me].images.get(&rel)?;
        Some(self.src_of[k].clone())
    }

    fn link(&self, href: &str) -> Option<String> {
        let href = href.trim();
        let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
        let path = path.split('?').next().unwrap_or("");
        if path.is_empty() && href.starts_with('#') {
            return Some(self.to(self.me, fragment));
        }
        if let Some(rel) = build::relative_path(href) {
            // Another statement, or a file: no link (an image is shown).
            let &c = self.made.raws[self.me].links.get(&rel)?;
            return Some(self.to(c, fragment));
        }
        let decoded = |p: &str| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8_lossy()
                .into_owned()
        };
        if let Some(file) = path.strip_prefix("@/") {
            let &c = self.made.site.files.get(&decoded(file))?;
            return Some(self.to(c, fragment));
        }
        if let Some(rest) = href.strip_prefix("//") {
            return Some(format!("https://{rest}"));
        }
        if path.starts_with('/') {
            let key = decoded(path.trim_matches('/'));
            let key = key.strip_suffix(".html").unwrap_or(&key);
            if let Some(&c) = self.made.site.paths.get(key) {
                return Some(self.to(c, fragment));
            }
            // A page of the site that is not a statement: on the web.
            return self.base_url.map(|b| {
                format!(
                    "{}/{}",
                    b.trim_end_matches('/'),
                    href.trim_start_matches('/')
                )
            });
        }
        build::safe_url(href).then(|| href.to_string())
    }

    fn id(&self, id: &str) -> String {
        match self.format {
            // One file: each chapter's ids are its own.
            BundleFormat::Html => format!("{}-{id}", self.made.raws[self.me].chapter.id),
            BundleFormat::Epub => id.to_string(),
        }
    }
}

/// The book of one format: each chapter's body made to fetch nothing, its
/// images and links pointing inside the bundle.
fn offline<'a>(
    project: &'a Project,
    lang: &'a Language,
    site: &crate::site::Site,
    format: BundleFormat,
    made: &Made,
) -> Book<'a> {
    let src_of: Vec<String> = made
        .images
        .iter()
        .map(|img| match format {
            BundleFormat::Html => format!(
                "data:{};base64,{}",
                img.media_type,
                bundle::base64(&img.bytes)
            ),
            BundleFormat::Epub => img.name.clone(),
        })
        .collect();
    let chapters = made
        .raws
        .iter()
        .enumerate()
        .map(|(me, r)| {
            let resolver = Resolver {
                format,
                me,
                made,
                src_of: &src_of,
                base_url: project.config.base_url.as_deref(),
            };
            Chapter {
                body: bundle::offline::offline(&r.chapter.body, &resolver),
                ..r.chapter.clone()
            }
        })
        .collect();
    Book {
        project: &project.config.name,
        lang,
        contents: site.text("site-contents"),
        chapters,
        images: match format {
            BundleFormat::Html => Vec::new(),
            BundleFormat::Epub => made.images.clone(),
        },
    }
}

/// Seconds since 1970 (`SOURCE_DATE_EPOCH` when set, for reproducible books).
fn now() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        })
}
