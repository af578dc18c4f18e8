//! `build`: localized Markdown and HTML pages, the index, the dashboard and badges, staged
//! and put in place at once.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::build::pages::{self, Languages, Rendered, Target};
use crate::build::{self, IndexCell};
use crate::cache::Run;
use crate::fsio::{Jail, Staged, remove_stale_temps, utf8_text};
use crate::lang::Language;
use crate::project::*;
use crate::site::Site;
use crate::source::Statement;
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
    pub fn build(&self, langs: &[Language], out: &Path) -> Result<BuildReport> {
        self.check_output(out)?;
        let _lock = self.writer()?;
        let out = &lexical(out);
        // Temp files an interrupted build left (a running build's stay).
        remove_stale_temps(out);
        // Same inputs and the outputs untouched since the last build: done.
        let tags: Vec<&str> = langs.iter().map(|l| l.tag.as_str()).collect();
        let stored = |report: BuildReport| BuildReport {
            files_written: 0,
            ..report
        };
        self.memo("build", &(&tags, out), stored, || {
            let report = self.build_uncached(langs, out)?;
            Ok(Run {
                later: Some(report.0.clone()),
                result: report.0,
                outputs: report.1,
                changed_inputs: false,
            })
        })
    }

    /// The build itself; returns the report and the files written.
    fn build_uncached(
        &self,
        langs: &[Language],
        out: &Path,
    ) -> Result<(BuildReport, Vec<PathBuf>)> {
        let statements = self.statements()?;
        let langs = Languages {
            source: &self.config.source,
            targets: langs,
        };
        let source_site = self.site(langs.source)?;
        let sites: Vec<Site> = langs
            .targets
            .iter()
            .map(|l| self.site(l))
            .collect::<Result<_>>()?;
        let mut output = self.output(out);
        let sanitizer = build::Sanitizer::new(&self.config.allowed_iframe_hosts);
        let theme = self.theme()?;
        output.source_pages(&theme, &statements, langs, &source_site, &sanitizer)?;
        output.assets(&self.statements_dir(), &assets(&statements), langs)?;
        let mut cells: Vec<Vec<Option<IndexCell>>> = vec![Vec::new(); statements.len()];
        let mut coverage: Vec<LanguageStatus> = Vec::new();
        let mut built: Vec<BuiltLanguage> = Vec::new();
        for (li, lang) in langs.targets.iter().enumerate() {
            let merged = self.merge_language(lang, &statements, self.sync_options())?;
            let check_cfg = self.config.check_for(&lang.tag);
            let stale_note = sites[li].stale_block();
            let target = Target {
                lang,
                threshold: self.config.publish_threshold(&lang.tag),
                guard: build::Guard {
                    url_map: &check_cfg.url_map,
                    trusted: crate::pseudo::Pseudo::of(&lang.tag).is_some(),
                },
                source_tag: &langs.source.tag,
                sanitizer: &sanitizer,
                stale_note: &stale_note,
            };
            let mut this = BuiltLanguage::new(&lang.tag, target.threshold);
            let mut rows = Vec::with_capacity(statements.len());
            for (ci, chunk) in statements.chunks(CHUNK).enumerate() {
                let first = ci * CHUNK;
                self.tell(
                    || Msg::new("progress-build").arg("lang", &lang.tag),
                    first,
                    statements.len(),
                );
                let rendered: Vec<(Counts, Rendered)> = chunk
                    .par_iter()
                    .enumerate()
                    .map(|(k, st)| pages::render(st, &merged[first + k].catalog, target))
                    .collect();
                let mut files = Vec::with_capacity(chunk.len() * 2);
                for (k, (st, (counts, rendered))) in chunk.iter().zip(rendered).enumerate() {
                    this.count(st, &rendered);
                    let held_back = matches!(rendered, Rendered::HeldBack { .. });
                    let made =
                        pages::target_files(&theme, st, langs, li, &sites[li], counts, rendered)
                            .map_err(theme_error)?;
                    let html_rel = pages::html_name(st);
                    files.push((out.join(&lang.tag).join(&html_rel), made.html));
                    files.push((out.join(&lang.tag).join(&st.rel), made.markdown));
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
                output.emit(files)?;
            }
            let status = LanguageStatus::new(&lang.tag, lang.direction.as_str(), rows);
            this.percent = status.total.percent;
            built.push(this);
            coverage.push(status);
        }
        output.overview(
            &self.config.name,
            &statements,
            langs,
            &source_site,
            coverage,
            cells,
        )?;
        let written = output.written;
        let outputs = output.staged.commit()?;
        let report = BuildReport {
            files_written: written,
            languages: built,
        };
        Ok((report, outputs))
    }
}

impl Project {
    /// Where a build writes: the output folder is a jail of its own when it
    /// is outside the project.
    fn output<'a>(&self, out: &'a Path) -> Output<'a> {
        let jail = if out.starts_with(lexical(&self.root)) {
            self.jail()
        } else {
            Jail::new(out)
        };
        Output {
            dir: out,
            jail,
            staged: Staged::default(),
            written: 0,
        }
    }

    /// The theme: the built-in templates, with the project's
    /// `templates/<name>` in place of any of them.
    fn theme(&self) -> Result<build::Theme> {
        let jail = self.jail();
        let mut overrides = Vec::new();
        for name in build::theme::names() {
            let path = self.root.join(TEMPLATES).join(name);
            if let Some(bytes) = jail.read(&path)? {
                let display = self.display(&path);
                overrides.push((name.to_string(), utf8_text(bytes, &display, "file")?));
            }
        }
        build::Theme::new(&overrides).map_err(theme_error)
    }
}

/// The folder of a project's own templates.
pub const TEMPLATES: &str = "templates";

/// A template's error, placed in its file.
fn theme_error((name, e): pages::ThemeError) -> Error {
    e.in_file(format!("{TEMPLATES}/{name}"))
}

/// Pages are made and written a chunk of statements at a time, one language
/// at a time, so memory holds one language's catalogs and one chunk of pages,
/// whatever the size of the project. The heavy, pure work (splicing and
/// rendering) is parallel; the page assembly with site strings (Fluent
/// bundles are not Sync) follows it.
const CHUNK: usize = 256;

/// Where a build's files go: everything is staged and put in place at the
/// end, so an error half-way (a bad catalog of the last language) leaves the
/// output as it was.
struct Output<'a> {
    dir: &'a Path,
    jail: Jail,
    staged: Staged,
    written: usize,
}

impl Output<'_> {
    fn emit(&mut self, files: Vec<(PathBuf, String)>) -> Result<()> {
        self.emit_bytes(files)
    }

    fn emit_bytes<C: AsRef<[u8]> + Sync>(&mut self, files: Vec<(PathBuf, C)>) -> Result<()> {
        self.jail
            .check_all(files.iter().map(|(p, _)| p.as_path()))?;
        self.written += self.staged.stage(files)?;
        Ok(())
    }

    /// The source language's pages: HTML, and the statement as it is.
    fn source_pages(
        &mut self,
        theme: &build::Theme,
        statements: &[Statement],
        langs: Languages,
        site: &Site,
        sanitizer: &build::Sanitizer,
    ) -> Result<()> {
        let source = &langs.source.tag;
        for chunk in statements.chunks(CHUNK) {
            let bodies: Vec<String> = chunk
                .par_iter()
                .map(|st| pages::source_body(st, sanitizer))
                .collect();
            let mut files = Vec::with_capacity(chunk.len() * 2);
            for (st, body) in chunk.iter().zip(&bodies) {
                files.push((
                    self.dir.join(source).join(pages::html_name(st)),
                    pages::source_page(theme, st, langs, site, body).map_err(theme_error)?,
                ));
                files.push((self.dir.join(source).join(&st.rel), st.src.clone()));
            }
            self.emit(files)?;
        }
        Ok(())
    }

    /// Copies every asset into every language's folder, a language's variant
    /// (`map.fa.png`) in place of the file when there is one. Files are read a
    /// few at a time.
    fn assets(&mut self, statements: &Path, assets: &[String], langs: Languages) -> Result<()> {
        let jail = Jail::new(statements);
        let all: Vec<&Language> = std::iter::once(langs.source).chain(langs.targets).collect();
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
            self.emit_bytes(files)?;
        }
        Ok(())
    }

    /// The coverage dashboard, a badge per language and the index.
    fn overview(
        &mut self,
        name: &str,
        statements: &[Statement],
        langs: Languages,
        site: &Site,
        coverage: Vec<LanguageStatus>,
        cells: Vec<Vec<Option<IndexCell>>>,
    ) -> Result<()> {
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
        files.push((
            self.dir.join("status.html"),
            crate::dashboard::status_page(name, &report),
        ));
        self.emit(files)?;
        let rows: Vec<(String, String, Vec<Option<IndexCell>>)> = statements
            .iter()
            .zip(cells)
            .map(|(st, c)| {
                let href = format!("{}/{}", source.tag, pages::html_name(st));
                (st.display.clone(), href, c)
            })
            .collect();
        let lang_cols: Vec<_> = langs
            .targets
            .iter()
            .map(|l| (l.tag.clone(), l.name.clone(), l.direction))
            .collect();
        let index = build::index_page(
            name,
            (&source.tag, &source.name),
            &lang_cols,
            &rows,
            &site.labels(0, 0),
        );
        self.emit(vec![(self.dir.join("index.html"), index)])
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

impl BuiltLanguage {
    fn new(lang: &str, publish_threshold: f64) -> BuiltLanguage {
        BuiltLanguage {
            lang: lang.to_string(),
            pages: 0,
            outdated: Vec::new(),
            held_back: Vec::new(),
            refused: Vec::new(),
            percent: 0.0,
            publish_threshold,
        }
    }

    /// Counts one statement's page.
    fn count(&mut self, st: &Statement, rendered: &Rendered) {
        self.pages += 1;
        match rendered {
            Rendered::HeldBack { .. } => self.held_back.push(st.display.clone()),
            Rendered::Published { loc, .. } => {
                if loc.stale > 0 {
                    self.outdated.push(st.display.clone());
                }
                self.refused
                    .extend(loc.refused.iter().map(|r| RefusedTranslation {
                        statement: st.display.clone(),
                        refused: r.clone(),
                    }));
            }
        }
    }
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

/// The files the statements' relative links and images point at, relative
/// to the statements folder, each once: targets inside the folder only
/// (`..` may not climb out of it), never a statement itself (`.md`: a page).
/// Whether each exists is for the reader of the folder to say.
fn assets(statements: &[Statement]) -> Vec<String> {
    let mut out = std::collections::BTreeSet::new();
    for st in statements {
        let base: Vec<&str> = st.rel.split('/').collect();
        let base = &base[..base.len() - 1];
        for target in build::relative_targets(build::body_of(&st.src)) {
            let mut parts: Vec<&str> = base.to_vec();
            let mut inside = true;
            for p in target.split('/') {
                if p == ".." {
                    inside &= parts.pop().is_some();
                } else {
                    parts.push(p);
                }
            }
            let path = parts.join("/");
            if inside && !path.is_empty() && !path.ends_with(".md") {
                out.insert(path);
            }
        }
    }
    out.into_iter().collect()
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
