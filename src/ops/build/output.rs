//! Where a build's files go (staged, put in place at once): pages, assets,
//! listings, the overview.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{CHUNK, Shared, theme_error};
use crate::build::listing::{self, Listing};
use crate::build::pages::{self, Languages};
use crate::build::{self, IndexCell, IndexRow};
use crate::fsio::{Jail, Staged};
use crate::lang::Language;
use crate::project::*;
use crate::status::{LanguageStatus, Report};

/// Where a build's files go: everything is staged and put in place at the
/// end, so an error half-way (a bad catalog of the last language) leaves the
/// output as it was.
pub(super) struct Output<'a> {
    pub(super) dir: &'a Path,
    pub(super) jail: Jail,
    pub(super) staged: Staged,
    pub(super) written: usize,
}

impl Output<'_> {
    pub(super) fn emit<C: AsRef<[u8]> + Sync>(&mut self, files: Vec<(PathBuf, C)>) -> Result<()> {
        self.jail
            .check_all(files.iter().map(|(p, _)| p.as_path()))?;
        self.written += self.staged.stage(files)?;
        Ok(())
    }

    /// The source language's pages: HTML, and the statement as it is.
    /// Returns their entries for the listing, and each statement's heading
    /// ids and body (read while its page is rendered; its translations take
    /// the ids, a page held back in the source language the body).
    pub(super) fn source_pages(
        &mut self,
        shared: &Shared,
        keep_bodies: bool,
    ) -> Result<(Vec<pages::Entry>, SourceBodies)> {
        let (langs, site) = (shared.langs, &shared.sites[0]);
        let source = &langs.source.tag;
        let mut entries = Vec::with_capacity(shared.statements.len());
        let mut bodies = SourceBodies {
            heading_ids: Vec::with_capacity(shared.statements.len()),
            bodies: Vec::new(),
        };
        let metas = shared.metas.chunks(CHUNK);
        for (chunk, metas) in shared.statements.chunks(CHUNK).zip(metas) {
            let pages: Vec<_> = chunk
                .par_iter()
                .zip(metas)
                .map(|(st, meta)| {
                    let links = build::PageLinks {
                        from: &st.rel,
                        here: shared.pages,
                        source: None,
                    };
                    let (body, ids) =
                        pages::source_body_with_ids(st, shared.sanitizer, Some(links));
                    let page = pages::source_page(shared.theme, st, meta, langs, site, &body);
                    (page, (ids, body))
                })
                .collect();
            let mut files = Vec::with_capacity(chunk.len() * 2);
            for (st, (page, (ids, body))) in chunk.iter().zip(pages) {
                let (html, entry) = page.map_err(theme_error)?;
                bodies.heading_ids.push(ids);
                if keep_bodies {
                    bodies.bodies.push(body);
                }
                files.push((self.dir.join(source).join(pages::html_name(st)), html));
                files.push((self.dir.join(source).join(&st.rel), st.src.clone()));
                entries.push(entry);
            }
            self.emit(files)?;
        }
        Ok((entries, bodies))
    }

    /// A language's index pages and feed.
    pub(super) fn listing(
        &mut self,
        listing: &Listing,
        mut entries: Vec<pages::Entry>,
    ) -> Result<()> {
        listing::sort(&mut entries);
        let dir = self.dir.join(&listing.lang().tag);
        let mut files: Vec<(PathBuf, String)> = listing
            .index_pages(&entries)
            .map_err(theme_error)?
            .into_iter()
            .map(|(name, html)| (dir.join(name), html))
            .collect();
        files.push((
            dir.join("feed.xml"),
            listing.feed(&entries).map_err(theme_error)?,
        ));
        self.emit(files)
    }

    /// Copies every asset into every language's folder, a language's variant
    /// (`map.fa.png`) in place of the file when there is one. Files are read a
    /// few at a time.
    pub(super) fn assets(
        &mut self,
        statements: &Path,
        assets: &[String],
        langs: Languages,
    ) -> Result<()> {
        let jail = Jail::new(statements);
        let all: Vec<&Language> = langs.all().collect();
        for chunk in assets.chunks(32) {
            let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
            for rel in chunk {
                if !jail.holds_file(&statements.join(rel)) {
                    continue;
                }
                let mut plain: Option<Vec<u8>> = None;
                for lang in &all {
                    let variant = build::variant(rel, &lang.tag)
                        .map(|v| statements.join(v))
                        .filter(|v| jail.holds_file(v));
                    let bytes = match variant {
                        Some(v) => jail.read(&v)?.unwrap_or_default(),
                        None => match &plain {
                            Some(b) => b.clone(),
                            None => {
                                let b = jail.read(&statements.join(rel))?.unwrap_or_default();
                                plain.insert(b).clone()
                            }
                        },
                    };
                    files.push((self.dir.join(&lang.tag).join(rel), bytes));
                }
            }
            self.emit(files)?;
        }
        Ok(())
    }

    /// The coverage dashboard, a badge per language and the index. `heads`:
    /// each statement's title and date in the source language.
    pub(super) fn overview(
        &mut self,
        name: &str,
        shared: &Shared,
        coverage: Vec<LanguageStatus>,
        cells: Vec<Vec<Option<IndexCell>>>,
        heads: Vec<(String, Option<String>)>,
    ) -> Result<()> {
        let (statements, langs, site) = (shared.statements, shared.langs, &shared.sites[0]);
        let source = langs.source;
        let mut files = Vec::new();
        for l in &coverage {
            files.push((
                self.dir.join("badges").join(format!("{}.svg", l.lang)),
                crate::dashboard::badge(&l.lang, l.total.percent),
            ));
        }
        let report = Report {
            source: source.tag.clone(),
            languages: coverage,
        };
        let listed: Vec<crate::dashboard::Listed> = statements
            .iter()
            .zip(&heads)
            .zip(&cells)
            .map(|((st, (title, _)), cells)| crate::dashboard::Listed {
                path: st.display.clone(),
                title: title.clone(),
                held_back: langs
                    .targets
                    .iter()
                    .zip(cells)
                    .filter(|(_, c)| c.as_ref().is_some_and(|c| c.held_back))
                    .map(|(l, _)| l.tag.clone())
                    .collect(),
            })
            .collect();
        files.push((
            self.dir.join("status.html"),
            crate::dashboard::status_page(name, &report, &listed, (site, source)),
        ));
        self.emit(files)?;
        let rows: Vec<IndexRow> = statements
            .iter()
            .zip(cells)
            .zip(heads)
            .map(|((st, cells), (title, date))| IndexRow {
                title,
                path: st.display.clone(),
                date,
                href: format!("{}/{}", source.tag, pages::html_name(st)),
                cells,
            })
            .collect();
        let lang_cols: Vec<_> = langs
            .targets
            .iter()
            .map(|l| (l.tag.clone(), l.name.clone(), l.direction))
            .collect();
        let index = build::index_page(name, source, &lang_cols, &rows, site);
        self.emit(vec![(self.dir.join("index.html"), index)])
    }
}

/// What the source language's pages leave for the others, per statement.
pub(super) struct SourceBodies {
    /// The ids of its headings.
    pub heading_ids: Vec<Vec<String>>,
    /// Its body's HTML, links to other statements leading to their pages
    /// in the same folder (none kept when no page can be held back).
    pub bodies: Vec<String>,
}
