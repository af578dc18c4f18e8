//! The file-system side: finding the project, reading statements and catalogs,
//! and writing results atomically. Everything here is I/O around the pure core.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::build::{self, IndexCell, LanguageLink, Page};
use crate::catalog::{Catalog, language_header};
use crate::config::{Config, References};
use crate::lang::Language;
use crate::source::{self, Document};
use crate::status::{Counts, LanguageStatus, Report, StatementStatus};
use crate::sync::{self, SyncOptions, SyncReport};

pub const CONFIG_FILE: &str = "dragoman.toml";

/// An error for the user: where (file, line, column) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub path: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(p) = &self.path {
            write!(f, "{p}:")?;
            if let Some(l) = self.line {
                write!(f, "{l}:")?;
                if let Some(c) = self.column {
                    write!(f, "{c}:")?;
                }
            }
            write!(f, " ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for Error {}

impl Error {
    pub fn msg(message: impl Into<String>) -> Error {
        Error {
            path: None,
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn at(
        path: impl Into<String>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Error {
        Error {
            path: Some(path.into()),
            line: Some(line),
            column: Some(column),
            message: message.into(),
        }
    }

    fn io(path: &Path, e: std::io::Error) -> Error {
        Error {
            path: Some(path.display().to_string()),
            line: None,
            column: None,
            message: e.to_string(),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// Writes `contents` to `path` atomically (temp file in the same folder, fsync,
/// rename). Returns false and touches nothing when the file already has them.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<bool> {
    if let Ok(existing) = fs::read(path)
        && existing == contents
    {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(true)
}

/// A statement read from disk.
#[derive(Debug, Clone)]
pub struct Statement {
    /// Path relative to the statements folder, with `/` separators (`sub/x.md`).
    pub rel: String,
    /// Path relative to the project root, as shown to users (`statements/sub/x.md`).
    pub display: String,
    pub src: String,
    pub doc: Document,
}

impl Statement {
    /// `rel` without `.md`.
    pub fn stem(&self) -> &str {
        self.rel.strip_suffix(".md").unwrap_or(&self.rel)
    }
}

/// A dragoman project: its root folder and configuration.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
}

impl Project {
    /// Finds `dragoman.toml` in `start` or the nearest folder above it.
    pub fn discover(start: &Path) -> Result<Project> {
        let start = start.canonicalize().map_err(|e| Error::io(start, e))?;
        let mut dir = Some(start.as_path());
        while let Some(d) = dir {
            if d.join(CONFIG_FILE).is_file() {
                return Project::open(d);
            }
            dir = d.parent();
        }
        Err(Error::msg(format!(
            "no {CONFIG_FILE} found in {} or any folder above it; create one with:\n  source = \"en\"\n  languages = [\"es\", \"fa\", \"ar\"]\nor point to a project with --project DIR",
            start.display()
        )))
    }

    /// Opens the project whose root is `dir`.
    pub fn open(dir: &Path) -> Result<Project> {
        let path = dir.join(CONFIG_FILE);
        let text = fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let root = dir.canonicalize().map_err(|e| Error::io(dir, e))?;
        let name = root
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("statements")
            .to_string();
        let config = Config::parse(&text, &name)
            .map_err(|e| Error::at(CONFIG_FILE, e.line, e.column, e.message))?;
        Ok(Project { root, config })
    }

    fn statements_dir(&self) -> PathBuf {
        self.root.join(&self.config.statements)
    }

    pub fn locales_dir(&self) -> PathBuf {
        self.root.join(&self.config.locales)
    }

    pub fn template_path(&self, stem: &str) -> PathBuf {
        self.locales_dir()
            .join("templates")
            .join(format!("{stem}.pot"))
    }

    pub fn catalog_path(&self, lang: &str, stem: &str) -> PathBuf {
        self.locales_dir().join(lang).join(format!("{stem}.po"))
    }

    /// Project-relative display form of a path.
    pub fn display(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    /// Relative paths (`/`-separated) of files with extension `ext` under `dir`,
    /// sorted; symbolic links and hidden entries are skipped so nothing outside
    /// the project is read.
    fn walk(&self, dir: &Path, ext: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if !dir.exists() {
            return Ok(out);
        }
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let entries = fs::read_dir(&d).map_err(|e| Error::io(&d, e))?;
            for entry in entries {
                let entry = entry.map_err(|e| Error::io(&d, e))?;
                let name = entry.file_name();
                let Some(name) = name.to_str() else { continue };
                if name.starts_with('.') {
                    continue;
                }
                let ft = entry.file_type().map_err(|e| Error::io(&entry.path(), e))?;
                if ft.is_symlink() {
                    continue;
                }
                let p = entry.path();
                if ft.is_dir() {
                    stack.push(p);
                } else if ft.is_file() && name.ends_with(ext) {
                    let rel = p
                        .strip_prefix(dir)
                        .unwrap_or(&p)
                        .to_string_lossy()
                        .replace('\\', "/");
                    out.push(rel);
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// Reads and segments every statement. Fails on the first bad file.
    pub fn statements(&self) -> Result<Vec<Statement>> {
        let dir = self.statements_dir();
        if !dir.is_dir() {
            return Err(Error::msg(format!(
                "statements folder `{}` does not exist (set `statements` in {CONFIG_FILE})",
                self.config.statements
            )));
        }
        let rels = self.walk(&dir, ".md")?;
        let keys = &self.config.front_matter_keys;
        let results: Vec<Result<Statement>> = rels
            .par_iter()
            .map(|rel| {
                let path = dir.join(rel);
                let display = format!("{}/{rel}", self.config.statements);
                let bytes = fs::read(&path).map_err(|e| Error::io(&path, e))?;
                let src = String::from_utf8(bytes).map_err(|e| {
                    let off = e.utf8_error().valid_up_to();
                    let text = String::from_utf8_lossy(&e.as_bytes()[..off]).into_owned();
                    let line = text.matches('\n').count() + 1;
                    Error::at(&display, line, 1, "file is not valid UTF-8")
                })?;
                let src = src
                    .strip_prefix('\u{feff}')
                    .map(str::to_string)
                    .unwrap_or(src);
                let doc = source::extract(&src, keys)
                    .map_err(|e| Error::at(&display, e.line, e.column, e.message))?;
                Ok(Statement {
                    rel: rel.clone(),
                    display,
                    src,
                    doc,
                })
            })
            .collect();
        results.into_iter().collect()
    }

    /// The template of one statement.
    pub fn template(&self, st: &Statement) -> Catalog {
        let mode = self.config.references;
        Catalog::template(
            &self.config.name,
            &[(&st.display, &st.doc)],
            |path, seg| match mode {
                References::Line => Some(format!("{path}:{}", seg.line)),
                References::File => Some(path.to_string()),
                References::None => None,
            },
        )
    }

    /// Reads a catalog; Ok(None) when the file does not exist.
    pub fn read_catalog(&self, path: &Path) -> Result<Option<Catalog>> {
        let bytes = match fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(path, e)),
        };
        let display = self.display(path);
        let text = String::from_utf8(bytes).map_err(|e| {
            let off = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..off].iter().filter(|b| **b == b'\n').count() + 1;
            Error::at(&display, line, 1, "catalog is not valid UTF-8")
        })?;
        Catalog::parse_po(&text)
            .map(Some)
            .map_err(|e| Error::at(&display, e.line, e.column, e.message))
    }

    /// Languages selected by `--lang` (all when empty); unknown ones are errors.
    pub fn select_languages(&self, wanted: &[String]) -> Result<Vec<Language>> {
        if wanted.is_empty() {
            return Ok(self.config.languages.clone());
        }
        wanted
            .iter()
            .map(|w| {
                let canon = Language::parse(w)
                    .map(|l| l.tag)
                    .unwrap_or_else(|_| w.clone());
                self.config.language(&canon).cloned().ok_or_else(|| {
                    let known: Vec<&str> = self
                        .config
                        .languages
                        .iter()
                        .map(|l| l.tag.as_str())
                        .collect();
                    Error::msg(format!(
                        "language `{w}` is not in this project (languages: {})",
                        known.join(", ")
                    ))
                })
            })
            .collect()
    }

    /// `extract`: writes one template per statement; removes templates of
    /// statements that no longer exist. Returns (statements, files written).
    pub fn extract(&self) -> Result<(usize, usize)> {
        let statements = self.statements()?;
        self.write_templates(&statements)
    }

    fn write_templates(&self, statements: &[Statement]) -> Result<(usize, usize)> {
        let mut written = 0;
        for st in statements {
            let pot = self.template(st).write_po();
            if write_atomic(&self.template_path(st.stem()), pot.as_bytes())? {
                written += 1;
            }
        }
        let tdir = self.locales_dir().join("templates");
        let current: std::collections::HashSet<String> = statements
            .iter()
            .map(|s| format!("{}.pot", s.stem()))
            .collect();
        for rel in self.walk(&tdir, ".pot")? {
            if !current.contains(&rel) {
                let p = tdir.join(&rel);
                fs::remove_file(&p).map_err(|e| Error::io(&p, e))?;
                written += 1;
            }
        }
        Ok((statements.len(), written))
    }

    /// The catalog of `lang` for a statement merged in memory with the current
    /// source (what `sync` would write).
    fn merged(
        &self,
        lang: &Language,
        st: &Statement,
        opts: SyncOptions,
    ) -> Result<(Catalog, SyncReport)> {
        let path = self.catalog_path(&lang.tag, st.stem());
        let old = self.read_catalog(&path)?.unwrap_or_default();
        let (mut cat, report) = sync::merge(&self.template(st), &old, opts);
        cat.ensure_header_fields(&language_header(&self.config.name, lang));
        Ok((cat, report))
    }

    /// `sync`: extract, then merge templates into every selected language's
    /// catalogs. Everything is computed before anything is written.
    pub fn sync(
        &self,
        langs: &[Language],
        opts: SyncOptions,
    ) -> Result<Vec<(String, SyncReport, usize)>> {
        let statements = self.statements()?;
        let mut plan: Vec<(PathBuf, String)> = Vec::new();
        let mut reports = Vec::new();
        for lang in langs {
            let mut total = SyncReport::default();
            let mut paths = Vec::new();
            for st in &statements {
                let (cat, r) = self.merged(lang, st, opts)?;
                total.add(&r);
                let path = self.catalog_path(&lang.tag, st.stem());
                paths.push(path.clone());
                plan.push((path, cat.write_po()));
            }
            // Catalogs whose statement is gone: keep translations as obsolete.
            let ldir = self.locales_dir().join(&lang.tag);
            for rel in self.walk(&ldir, ".po")? {
                let path = ldir.join(&rel);
                if paths.contains(&path) {
                    continue;
                }
                let Some(old) = self.read_catalog(&path)? else {
                    continue;
                };
                let (cat, r) = sync::merge(&Catalog::default(), &old, opts);
                total.add(&r);
                plan.push((path, cat.write_po()));
            }
            reports.push((lang.tag.clone(), total));
        }
        let (_, _) = self.write_templates(&statements)?;
        let mut written: BTreeMap<String, usize> = BTreeMap::new();
        for (path, text) in &plan {
            if write_atomic(path, text.as_bytes())? {
                let lang = path
                    .strip_prefix(self.locales_dir())
                    .ok()
                    .and_then(|p| p.components().next())
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .unwrap_or_default();
                *written.entry(lang).or_default() += 1;
            }
        }
        Ok(reports
            .into_iter()
            .map(|(l, r)| {
                let n = written.get(&l).copied().unwrap_or(0);
                (l, r, n)
            })
            .collect())
    }

    /// `status`: coverage of the current source, per language and statement.
    pub fn status(&self, langs: &[Language]) -> Result<Report> {
        let statements = self.statements()?;
        let mut languages = Vec::new();
        for lang in langs {
            let mut rows = Vec::new();
            for st in &statements {
                let (cat, _) = self.merged(lang, st, SyncOptions::default())?;
                rows.push(StatementStatus {
                    path: st.display.clone(),
                    counts: Counts::of(&cat),
                });
            }
            languages.push(LanguageStatus::new(
                &lang.tag,
                lang.direction.as_str(),
                rows,
            ));
        }
        Ok(Report {
            source: self.config.source.tag.clone(),
            languages,
        })
    }

    /// `build`: localized Markdown and HTML for every selected language, the
    /// source pages, and `index.html`. Returns the number of files written.
    pub fn build(&self, langs: &[Language], out: &Path) -> Result<usize> {
        let statements = self.statements()?;
        let source = &self.config.source;
        let mut files: Vec<(PathBuf, String)> = Vec::new();
        let mut cells: Vec<Vec<Option<IndexCell>>> = vec![Vec::new(); statements.len()];
        for (si, st) in statements.iter().enumerate() {
            let up = "../".repeat(1 + st.rel.matches('/').count());
            let html_rel = format!("{}.html", st.stem());
            let mut links = vec![LanguageLink {
                tag: source.tag.clone(),
                name: source.name.clone(),
                direction: source.direction,
                href: format!("{up}{}/{html_rel}", source.tag),
                current: false,
            }];
            for l in langs {
                links.push(LanguageLink {
                    tag: l.tag.clone(),
                    name: l.name.clone(),
                    direction: l.direction,
                    href: format!("{up}{}/{html_rel}", l.tag),
                    current: false,
                });
            }
            // The source page.
            let src_fm = build::localize(&st.src, &st.doc, None);
            let mut src_links = links.clone();
            src_links[0].current = true;
            let body = build::render_html(build::body_of(&st.src));
            let title = page_title(&src_fm.title, &st.doc, st.stem());
            files.push((
                out.join(&source.tag).join(&html_rel),
                build::page(&Page {
                    lang: &source.tag,
                    direction: source.direction,
                    title: &title,
                    description: src_fm.description.as_deref(),
                    body_html: &body,
                    links: &src_links,
                    source_href: None,
                    stale: 0,
                    translated: 0,
                    total: 0,
                    is_source: true,
                }),
            ));
            files.push((out.join(&source.tag).join(&st.rel), st.src.clone()));
            for (li, lang) in langs.iter().enumerate() {
                let (cat, _) = self.merged(lang, st, SyncOptions::default())?;
                let counts = Counts::of(&cat);
                let text = build::site_text(&lang.tag);
                let loc = build::localize(&st.src, &st.doc, Some(&cat));
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
                );
                let mut l_links = links.clone();
                l_links[li + 1].current = true;
                let title = page_title(&loc.title, &st.doc, st.stem());
                let source_href = links[0].href.clone();
                files.push((
                    out.join(&lang.tag).join(&html_rel),
                    build::page(&Page {
                        lang: &lang.tag,
                        direction: lang.direction,
                        title: &title,
                        description: loc.description.as_deref(),
                        body_html: &body,
                        links: &l_links,
                        source_href: Some(&source_href),
                        stale: loc.stale,
                        translated: loc.translated,
                        total: loc.total,
                        is_source: false,
                    }),
                ));
                files.push((
                    out.join(&lang.tag).join(&st.rel),
                    loc.markdown_with_note(text.outdated),
                ));
                cells[si].push(Some(IndexCell {
                    href: format!("{}/{html_rel}", lang.tag),
                    percent: counts.percent,
                    stale: counts.stale,
                }));
            }
        }
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
        files.push((
            out.join("index.html"),
            build::index_page(
                &self.config.name,
                (&source.tag, &source.name),
                &lang_cols,
                &rows,
            ),
        ));
        let mut written = 0;
        for (path, text) in files {
            if write_atomic(&path, text.as_bytes())? {
                written += 1;
            }
        }
        Ok(written)
    }
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
