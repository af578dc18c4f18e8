//! `build`: localized Markdown and HTML pages, the index, the dashboard and badges, staged
//! and put in place at once.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::build::{self, IndexCell, LanguageLink, Page};
use crate::cache::Cache;
use crate::fsio::{Jail, Staged, remove_stale_temps};
use crate::lang::Language;
use crate::project::*;
use crate::source::{self, Document};
use crate::status::{Counts, LanguageStatus, Report, StatementStatus};
use crate::ui::Msg;

impl Project {
    /// The output folder may not hold, or be inside, the statements or the
    /// catalogs: a build would write over them (or read its own pages).
    pub fn check_output(&self, out: &Path) -> Result<()> {
        let o = lexical(out);
        for (key, dir) in [
            ("statements", self.statements_dir()),
            ("locales", self.locales_dir()),
        ] {
            let d = lexical(&dir);
            if o.starts_with(&d) || d.starts_with(&o) {
                return Err(Error::msg(
                    Msg::new("project-output-overlaps")
                        .arg("out", out.display())
                        .arg("key", key)
                        .arg("dir", self.display(&dir)),
                ));
            }
        }
        Ok(())
    }

    /// `build`: localized Markdown and HTML for every selected language, the
    /// source pages, and `index.html`. Returns the report: per language the pages
    /// built, held back, outdated and the translations refused.
    #[allow(clippy::too_many_lines)] // over 100 lines: to split (redesign, issue 16)
    pub fn build(&self, langs: &[Language], out: &Path) -> Result<BuildReport> {
        self.check_output(out)?;
        let _lock = self.writer()?;
        let out = &lexical(out);
        // Temp files an interrupted build left (a running build's stay).
        remove_stale_temps(out);
        // Same inputs and the outputs untouched since the last build: done.
        let tags: Vec<&str> = langs.iter().map(|l| l.tag.as_str()).collect();
        let key = self.fingerprint(&format!("build {tags:?} {}", out.display()));
        let cache = Cache::new(&self.root, "build", self.cache);
        if let Some(report) = cache.get::<BuildReport>(&key) {
            return Ok(BuildReport {
                files_written: 0,
                ..report
            });
        }
        let statements = self.statements()?;
        let source = &self.config.source;
        let source_site = self.site(source)?;
        let sites: Vec<crate::site::Site> =
            langs.iter().map(|l| self.site(l)).collect::<Result<_>>()?;
        // The language switcher of a statement's pages.
        let links = |st: &Statement| -> Vec<LanguageLink> {
            let up = "../".repeat(1 + st.rel.matches('/').count());
            let html_rel = format!("{}.html", st.stem());
            std::iter::once(source)
                .chain(langs)
                .map(|l| LanguageLink {
                    tag: l.tag.clone(),
                    name: l.name.clone(),
                    direction: l.direction,
                    href: format!("{up}{}/{html_rel}", l.tag),
                    current: false,
                })
                .collect()
        };
        // Pages are made and written a chunk of statements at a time, one
        // language at a time, so memory holds one language's catalogs and one
        // chunk of pages, whatever the size of the project. The heavy, pure work
        // (splicing and rendering) is parallel; the page assembly with site
        // strings (Fluent bundles are not Sync) follows it.
        // Everything is staged and put in place at the end: an error half-way
        // (a bad catalog of the last language) leaves the output as it was.
        const CHUNK: usize = 256;
        let mut staged = Staged::default();
        let mut written = 0;
        // The output folder is a jail of its own when it is outside the project.
        let out_jail = if lexical(out).starts_with(lexical(&self.root)) {
            self.jail()
        } else {
            Jail::new(out)
        };
        let mut emit = |files: Vec<(PathBuf, String)>| -> Result<()> {
            out_jail.check_all(files.iter().map(|(p, _)| p.as_path()))?;
            written += staged.stage(files)?;
            Ok(())
        };
        // The source pages.
        for chunk in statements.chunks(CHUNK) {
            let bodies: Vec<String> = chunk
                .par_iter()
                .map(|st| build::render_html(build::body_of(&st.src)))
                .collect();
            let mut files = Vec::with_capacity(chunk.len() * 2);
            for (st, body) in chunk.iter().zip(&bodies) {
                let src_loc = build::localize(&st.src, &st.doc, None);
                let mut src_links = links(st);
                src_links[0].current = true;
                let title = page_title(&src_loc.title, &st.doc, st.stem());
                files.push((
                    out.join(&source.tag).join(format!("{}.html", st.stem())),
                    build::page(&Page {
                        lang: &source.tag,
                        direction: source.direction,
                        content_lang: &source.tag,
                        content_direction: source.direction,
                        title: &title,
                        description: src_loc.description.as_deref(),
                        body_html: body,
                        links: &src_links,
                        source_href: None,
                        notice: None,
                        is_source: true,
                        labels: &source_site.labels(0, 0),
                    }),
                ));
                files.push((out.join(&source.tag).join(&st.rel), st.src.clone()));
            }
            emit(files)?;
        }
        let mut cells: Vec<Vec<Option<IndexCell>>> = vec![Vec::new(); statements.len()];
        let mut coverage: Vec<LanguageStatus> = Vec::new();
        let mut built: Vec<BuiltLanguage> = Vec::new();
        for (li, lang) in langs.iter().enumerate() {
            let mut this = BuiltLanguage {
                lang: lang.tag.clone(),
                pages: 0,
                outdated: Vec::new(),
                held_back: Vec::new(),
                refused: Vec::new(),
                percent: 0.0,
                publish_threshold: self.config.publish_threshold(&lang.tag),
            };
            let mut rows: Vec<StatementStatus> = Vec::with_capacity(statements.len());
            let merged = self.merge_language(lang, &statements, self.sync_options())?;
            let text = &sites[li];
            let threshold = self.config.publish_threshold(&lang.tag);
            let rtl = lang.direction == crate::lang::Direction::Rtl;
            let check_cfg = self.config.check_for(&lang.tag);
            let guard = build::Guard {
                url_map: &check_cfg.url_map,
                trusted: crate::pseudo::Pseudo::of(&lang.tag).is_some(),
            };
            for (ci, chunk) in statements.chunks(CHUNK).enumerate() {
                let first = ci * CHUNK;
                self.tell(
                    || Msg::new("progress-build").arg("lang", &lang.tag),
                    first,
                    statements.len(),
                );
                // (counts, localized + its body, or the source body when held back)
                type Prepared = (
                    Counts,
                    std::result::Result<(build::Localized, String), String>,
                );
                let prepared: Vec<Prepared> = chunk
                    .par_iter()
                    .enumerate()
                    .map(|(k, st)| {
                        let cat = &merged[first + k].catalog;
                        let counts = Counts::of(cat);
                        if counts.percent < threshold {
                            return (counts, Err(build::render_html(build::body_of(&st.src))));
                        }
                        let loc = build::localize_with(&st.src, &st.doc, Some(cat), guard);
                        let body_start = loc.markdown.len() - build::body_of(&loc.markdown).len();
                        let fallback: Vec<_> = loc
                            .fallback
                            .iter()
                            .filter(|r| r.start >= body_start)
                            .map(|r| r.start - body_start..r.end - body_start)
                            .collect();
                        let body = build::render_html_marked(
                            build::body_of(&loc.markdown),
                            &fallback,
                            &source.tag,
                            rtl,
                        );
                        (counts, Ok((loc, body)))
                    })
                    .collect();
                let mut files = Vec::with_capacity(chunk.len() * 2);
                for (k, (st, (counts, rendered))) in chunk.iter().zip(prepared).enumerate() {
                    let html_rel = format!("{}.html", st.stem());
                    let all_links = links(st);
                    let mut l_links = all_links.clone();
                    l_links[li + 1].current = true;
                    let source_href = &all_links[0].href;
                    let held_back = rendered.is_err();
                    this.pages += 1;
                    if held_back {
                        this.held_back.push(st.display.clone());
                    } else if rendered.as_ref().is_ok_and(|(loc, _)| loc.stale > 0) {
                        this.outdated.push(st.display.clone());
                    }
                    if let Ok((loc, _)) = &rendered {
                        this.refused
                            .extend(loc.refused.iter().map(|r| RefusedTranslation {
                                statement: st.display.clone(),
                                refused: r.clone(),
                            }));
                    }
                    let (markdown, page_html) = match rendered {
                        Ok((loc, l_body)) => {
                            let notice = (loc.stale > 0).then(|| text.outdated(loc.stale));
                            let l_title = page_title(&loc.title, &st.doc, st.stem());
                            let page = build::page(&Page {
                                lang: &lang.tag,
                                direction: lang.direction,
                                content_lang: &lang.tag,
                                content_direction: lang.direction,
                                title: &l_title,
                                description: loc.description.as_deref(),
                                body_html: &l_body,
                                links: &l_links,
                                source_href: Some(source_href),
                                notice: notice.as_deref(),
                                is_source: false,
                                labels: &text.labels(loc.translated, loc.total),
                            });
                            let md = match &notice {
                                Some(n) => build::with_note(&loc.markdown, n),
                                None => loc.markdown,
                            };
                            (md, page)
                        }
                        Err(src_body) => {
                            // Too little is translated: publish the source with a notice.
                            let src_loc = build::localize(&st.src, &st.doc, None);
                            let title = page_title(&src_loc.title, &st.doc, st.stem());
                            let notice = text.held_back(counts.percent);
                            let md = build::with_note(&st.src, &notice);
                            let page = build::page(&Page {
                                lang: &lang.tag,
                                direction: lang.direction,
                                content_lang: &source.tag,
                                content_direction: source.direction,
                                title: &title,
                                description: src_loc.description.as_deref(),
                                body_html: &src_body,
                                links: &l_links,
                                source_href: Some(source_href),
                                notice: Some(&notice),
                                is_source: false,
                                labels: &text.labels(counts.translated, counts.segments),
                            });
                            (md, page)
                        }
                    };
                    files.push((out.join(&lang.tag).join(&html_rel), page_html));
                    files.push((out.join(&lang.tag).join(&st.rel), markdown));
                    rows.push(StatementStatus {
                        path: st.display.clone(),
                        counts,
                    });
                    cells[first + k].push(Some(IndexCell {
                        href: format!("{}/{html_rel}", lang.tag),
                        percent: counts.percent,
                        stale: counts.stale,
                        stale_label: source_site.stale_mark(counts.stale),
                        held_back,
                    }));
                }
                emit(files)?;
            }
            let status = LanguageStatus::new(&lang.tag, lang.direction.as_str(), rows);
            this.percent = status.total.percent;
            built.push(this);
            coverage.push(status);
        }
        // The coverage dashboard and a badge per language.
        let mut files = Vec::new();
        for l in &coverage {
            files.push((
                out.join("badges").join(format!("{}.svg", l.lang)),
                crate::dashboard::badge(&l.lang, l.total.percent),
            ));
        }
        let report = Report {
            source: source.tag.clone(),
            languages: coverage,
        };
        files.push((
            out.join("status.html"),
            crate::dashboard::status_page(&self.config.name, &report),
        ));
        emit(files)?;
        let rows: Vec<(String, String, Vec<Option<IndexCell>>)> = statements
            .iter()
            .zip(cells)
            .map(|(st, c)| {
                (
                    st.display.clone(),
                    format!("{}/{}.html", source.tag, st.stem()),
                    c,
                )
            })
            .collect();
        let lang_cols: Vec<_> = langs
            .iter()
            .map(|l| (l.tag.clone(), l.name.clone(), l.direction))
            .collect();
        emit(vec![(
            out.join("index.html"),
            build::index_page(
                &self.config.name,
                (&source.tag, &source.name),
                &lang_cols,
                &rows,
                &source_site.labels(0, 0),
            ),
        )])?;
        let outputs = staged.commit()?;
        let report = BuildReport {
            files_written: written,
            languages: built,
        };
        cache.put(&key, &outputs, &report);
        Ok(report)
    }
}

/// What `build` made.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BuildReport {
    /// Files written (0 when nothing changed since the last build).
    pub files_written: usize,
    pub languages: Vec<BuiltLanguage>,
}

/// One built language.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BuiltLanguage {
    pub lang: String,
    /// Statements built (each as HTML and Markdown).
    pub pages: usize,
    /// Statements published with an "outdated" notice (stale translations).
    pub outdated: Vec<String>,
    /// Statements below the publish threshold: the source is published instead.
    pub held_back: Vec<String>,
    /// Translations not published because they would reach outside their
    /// segment (the source text stands in their place).
    pub refused: Vec<RefusedTranslation>,
    /// Coverage of the language (percent of segments translated).
    pub percent: f64,
    pub publish_threshold: f64,
}

/// A translation `build` did not publish.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefusedTranslation {
    /// The statement (as shown to users).
    pub statement: String,
    /// The segment and why (its fields stand beside `statement` in JSON).
    #[serde(flatten)]
    pub refused: build::Refused,
}

/// `path` made absolute, with `.` and `..` resolved by name (links are not
/// followed: this compares where paths point by their text).
fn lexical(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

fn page_title(fm_title: &Option<String>, doc: &Document, stem: &str) -> String {
    if let Some(t) = fm_title
        && !t.trim().is_empty()
    {
        return t.clone();
    }
    doc.segments
        .iter()
        .find(|s| matches!(s.kind, source::SegmentKind::Heading(_)))
        .map(|s| s.text.clone())
        .unwrap_or_else(|| stem.rsplit('/').next().unwrap_or(stem).to_string())
}
