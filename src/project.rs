//! The file-system side: finding the project, reading statements and catalogs,
//! and writing results atomically. Everything here is I/O around the pure core.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::build::{self, IndexCell, LanguageLink, Page};
use crate::cache::Cache;
use crate::catalog::{Catalog, language_header};
use crate::config::{Config, References};
use crate::lang::Language;
use crate::source::{self, Document, SegmentKind};
use crate::status::{Counts, LanguageStatus, Report, StatementStatus};
use crate::sync::{self, SyncOptions, SyncReport};
use crate::ui::Msg;

mod import;
mod setup;
pub use import::{ImportReport, Located};
pub use setup::{InitOptions, InitReport, check_new_tag, init};

pub use crate::error::{Error, Result};
pub use crate::fsio::Jail;
pub(crate) use crate::fsio::walk_files;
pub use crate::fsio::{Durability, Lock, Staged, write_all, write_atomic};
use crate::fsio::{Expect, content_hash, write_all_expecting};
use crate::fsio::{remove_stale_temps, utf8_text, write_file};

pub const CONFIG_FILE: &str = "dragoman.toml";

/// A Markdown file (statement or translation): its text without a BOM and
/// its segments; errors name `display` with line and column.
fn read_markdown(
    jail: &Jail,
    path: &Path,
    display: &str,
    keys: &[String],
) -> Result<(String, Document)> {
    let bytes = jail
        .read(path)?
        .ok_or_else(|| Error::io(path, std::io::Error::from(std::io::ErrorKind::NotFound)))?;
    let src = utf8_text(bytes, display, "file")?;
    let src = match src.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => src,
    };
    let doc =
        source::extract(&src, keys).map_err(|e| Error::at(display, e.line, e.column, e.message))?;
    Ok((src, doc))
}

/// `fmt`: rewrites PO files in GNU msgcat's layout and FTL files in the Fluent
/// serializer's, for any catalog (not only dragoman's). Content never changes.
/// Returns the files that were (or, with `check`, would be) rewritten.
pub fn fmt(paths: &[PathBuf], check: bool) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in paths {
        collect_catalogs(p, &mut files)?;
    }
    files.sort();
    files.dedup();
    let mut plan = Vec::new();
    let mut read = HashMap::new();
    for f in &files {
        let display = f.display().to_string();
        let bytes = fs::read(f).map_err(|e| Error::io(f, e))?;
        read.insert(f.clone(), Expect::Hash(content_hash(&bytes)));
        let ftl = f.extension().is_some_and(|e| e == "ftl");
        let at =
            |e: crate::po::charset::CharsetError| Error::at(&display, e.line, e.column, e.message);
        let text = match if ftl {
            Ok(None)
        } else {
            crate::po::charset::decode(&bytes)
        } {
            Ok(Some(text)) => text,
            Ok(None) => utf8_text(bytes.clone(), &display, "text")?,
            Err(e) => return Err(at(e)),
        };
        let out = if f.extension().is_some_and(|e| e == "ftl") {
            crate::ftl::canonical_any(&text)
                .map_err(|e| Error::at(&display, e.line, e.column, e.message))?
        } else {
            let po = crate::po::parse(&text)
                .map_err(|e| Error::at(&display, e.line, e.column, e.message))?;
            crate::po::write(&po)
        };
        let out = if ftl {
            out.into_bytes()
        } else {
            crate::po::charset::encode(&out).map_err(at)?.into_owned()
        };
        if out != bytes {
            plan.push((f.clone(), out));
        }
    }
    if !check {
        // Never over an edit saved since the file was read.
        let expect = |p: &Path| read.get(p).copied().unwrap_or(Expect::Absent);
        write_all_expecting(&plan, Durability::Replacing, &expect)?;
    }
    Ok(plan.into_iter().map(|(p, _)| p).collect())
}

fn collect_catalogs(p: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let meta = fs::symlink_metadata(p).map_err(|e| Error::io(p, e))?;
    if meta.is_dir() {
        for e in fs::read_dir(p).map_err(|e| Error::io(p, e))?.flatten() {
            let name = e.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let child = e.path();
            let m = fs::symlink_metadata(&child).map_err(|e| Error::io(&child, e))?;
            if m.is_dir() {
                collect_catalogs(&child, out)?;
            } else if m.is_file()
                && child
                    .extension()
                    .is_some_and(|x| x == "po" || x == "pot" || x == "ftl")
            {
                out.push(child);
            }
        }
    } else if meta.is_file() {
        out.push(p.to_path_buf());
    }
    Ok(())
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

/// A stale catalog entry, for `diff`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StaleEntry {
    pub lang: String,
    /// The catalog file.
    pub path: String,
    /// Line of the entry's `msgid` in the catalog.
    pub line: usize,
    pub id: String,
    pub statement: String,
    /// The most significant change class (`review` when there is no previous source).
    pub class: String,
    #[serde(skip)]
    pub classes: Vec<crate::diff::ChangeClass>,
    pub previous: Option<String>,
    pub source: String,
    pub translation: String,
    pub diff: Vec<crate::diff::DiffPart>,
}

/// A check finding located in a catalog (`check --format json` items).
#[derive(Debug, Clone, serde::Serialize)]
pub struct LocatedFinding {
    pub check: &'static str,
    pub severity: crate::check::Severity,
    pub lang: String,
    pub file: String,
    pub line: usize,
    pub statement: String,
    pub id: String,
    pub source: String,
    pub translation: String,
    pub message: String,
    /// The message as an id and arguments (for the interface language).
    #[serde(skip)]
    pub msg: crate::check::Msg,
    #[serde(skip)]
    pub span: Option<std::ops::Range<usize>>,
}

/// Check ids a translator allowed on an entry with `# dragoman: allow ID[, ID…]`.
pub fn allowed_checks(comments: &[String]) -> Vec<String> {
    comments
        .iter()
        .filter_map(|c| c.trim().strip_prefix("dragoman: allow"))
        .flat_map(|rest| {
            rest.split([',', ' '])
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
        })
        .collect()
}

/// A catalog merged in memory with the current source.
#[derive(Debug, Clone)]
pub struct Merged {
    /// Index of its statement, or None for a catalog whose statement is gone.
    pub statement: Option<usize>,
    pub path: PathBuf,
    pub catalog: Catalog,
    pub report: SyncReport,
}

/// Where long work is: `(what, done, total)`, e.g. (`progress-build` for
/// `fa`, 256, 574).
/// Called from worker threads; the CLI draws a progress bar with it.
#[derive(Clone)]
pub struct Progress(pub std::sync::Arc<ProgressFn>);

/// `(what, done, total)`.
pub type ProgressFn = dyn Fn(&Msg, u64, u64) + Send + Sync;

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}

/// A language asked for that is not in the project (what
/// `Project::language_named` returns for it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage {
    /// The canonical tag of what was asked for.
    pub tag: String,
    /// The project's languages.
    pub known: Vec<String>,
    /// The closest of them, when the ask looks like a typo.
    pub suggestion: Option<String>,
}

/// A dragoman project: its root folder and configuration.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    /// Told how long work advances (none by default).
    pub progress: Option<Progress>,
    /// What each catalog held when it was read (or that it was absent): a
    /// catalog edited on disk since is never replaced (`fsio::Expect`).
    reads: std::sync::Arc<std::sync::Mutex<HashMap<PathBuf, Expect>>>,
}

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

    /// Records what a catalog held when it was read (None: absent).
    fn remember(&self, path: &Path, bytes: Option<&[u8]>) {
        let e = bytes.map_or(Expect::Absent, |b| Expect::Hash(content_hash(b)));
        if let Ok(mut r) = self.reads.lock() {
            r.insert(path.to_path_buf(), e);
        }
    }

    /// What a catalog must still hold before it is replaced: what was read,
    /// or nothing for a catalog never read (a new one).
    fn expectation(&self, path: &Path) -> Expect {
        self.reads
            .lock()
            .ok()
            .and_then(|r| r.get(path).copied())
            .unwrap_or(Expect::Absent)
    }

    /// Writes catalogs (inside the project), never over an edit made since
    /// they were read.
    pub(crate) fn write_catalogs(
        &self,
        files: &[(PathBuf, String)],
        durable: Durability,
    ) -> Result<Vec<bool>> {
        self.jail()
            .check_all(files.iter().map(|(p, _)| p.as_path()))?;
        let encoded = files
            .iter()
            .map(|(p, text)| Ok((p.clone(), self.catalog_bytes(p, text)?.into_owned())))
            .collect::<Result<Vec<_>>>()?;
        write_all_expecting(&encoded, durable, &|p| self.expectation(p))
    }

    /// A serialized catalog as the bytes of its file: a PO catalog in the
    /// charset its header declares (a character it cannot hold is an error
    /// at its line), FTL always UTF-8.
    pub fn catalog_bytes<'t>(
        &self,
        path: &Path,
        text: &'t str,
    ) -> Result<std::borrow::Cow<'t, [u8]>> {
        if path.extension().is_some_and(|e| e == "ftl") {
            return Ok(std::borrow::Cow::Borrowed(text.as_bytes()));
        }
        crate::po::charset::encode(text)
            .map_err(|e| Error::at(self.display(path), e.line, e.column, e.message))
    }

    /// Catalog folders (or single catalogs) in `locales/` for a language the
    /// configuration does not list are not read: a warning says so, rather
    /// than a silent 0 %.
    fn warn_unknown_languages(&self) {
        let Ok(entries) = fs::read_dir(self.locales_dir()) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            let stem = if is_dir {
                Some(name.as_str())
            } else {
                name.strip_suffix(".po")
                    .or_else(|| name.strip_suffix(".ftl"))
            };
            let Some(stem) = stem.filter(|s| !s.starts_with('.') && *s != "templates") else {
                continue;
            };
            let tag = stem.replace('_', "-");
            let known = std::iter::once(&self.config.source)
                .chain(&self.config.languages)
                .any(|l| l.tag.eq_ignore_ascii_case(&tag));
            if !known && stem != "messages" && crate::lang::Language::parse(&tag).is_ok() {
                crate::fsio::warn(
                    Msg::new("locales-unknown-language")
                        .arg("path", self.display(&e.path()))
                        .arg("tag", tag),
                );
            }
        }
    }

    /// Removes a catalog, unless it changed on disk since it was read.
    fn remove_catalog(&self, path: &Path) -> Result<()> {
        if let Expect::Hash(h) = self.expectation(path)
            && !fs::read(path).is_ok_and(|b| content_hash(&b) == h)
        {
            return Err(Error::file(self.display(path), Msg::new("write-conflict")));
        }
        self.jail().remove(path)
    }

    /// The project folder as a [`Jail`]: nothing is read or written outside it.
    pub fn jail(&self) -> Jail {
        Jail::new(&self.root)
    }

    /// Finds `dragoman.toml` in `start` or the nearest folder above it.
    pub fn discover(start: &Path) -> Result<Project> {
        let start = start.canonicalize().map_err(|e| Error::io(start, e))?;
        match Project::find_root(&start) {
            Some(root) => Project::open(&root),
            None => Err(Error::msg(
                Msg::new("err-no-config")
                    .arg("file", CONFIG_FILE)
                    .arg("dir", start.display()),
            )),
        }
    }

    /// The nearest folder from `start` upwards that holds `dragoman.toml`.
    pub fn find_root(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .find(|d| d.join(CONFIG_FILE).is_file())
            .map(Path::to_path_buf)
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
        // Folders must stay inside the project, symbolic links included.
        for (key, dir) in [
            ("statements", &config.statements),
            ("locales", &config.locales),
            ("output", &config.output),
        ] {
            let p = root.join(dir);
            if let Ok(real) = p.canonicalize()
                && !real.starts_with(&root)
            {
                return Err(Error::msg(
                    Msg::new("project-outside")
                        .arg("key", key)
                        .arg("path", p.display())
                        .arg("target", real.display()),
                ));
            }
        }
        Ok(Project {
            root,
            config,
            progress: None,
            reads: Default::default(),
        })
    }

    /// Reports progress, if anyone listens.
    fn tell(&self, what: impl FnOnce() -> Msg, done: usize, total: usize) {
        if let Some(p) = &self.progress {
            (p.0)(&what(), done as u64, total as u64);
        }
    }

    /// Takes the project lock, waiting up to `wait` for another dragoman to finish.
    pub fn lock(&self, wait: std::time::Duration) -> Result<Lock> {
        let dir = self.locales_dir();
        self.jail().check(&dir)?;
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let path = dir.join(".dragoman.lock");
        Lock::acquire(&path, &self.display(&path), wait)
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

    /// The catalog of a statement in a language, in the language's configured format.
    pub fn catalog_path(&self, lang: &str, stem: &str) -> PathBuf {
        let ext = self.config.catalog_format(lang).extension();
        self.lang_dir(lang).join(format!("{stem}.{ext}"))
    }

    /// A language's folder of catalogs: `locales/<tag>`, or the gettext
    /// spelling `locales/pt_BR` for `pt-BR` when that is the one that exists.
    pub fn lang_dir(&self, lang: &str) -> PathBuf {
        self.locales_dir().join(self.lang_name(lang, ""))
    }

    /// The name a language's folder (`ext` empty) or single catalog
    /// (`ext` = `.po`) has on disk: the tag, or its gettext spelling
    /// (`pt_BR`) when only that exists.
    fn lang_name(&self, lang: &str, ext: &str) -> String {
        let gettext = lang.replace('-', "_");
        let exists =
            |n: &str| fs::symlink_metadata(self.locales_dir().join(format!("{n}{ext}"))).is_ok();
        if gettext != lang && !exists(lang) && exists(&gettext) {
            gettext
        } else {
            lang.to_string()
        }
    }

    /// The same catalog in the other format (read as a fallback, removed when the
    /// configured format is written: switching `catalog_format` migrates catalogs).
    fn other_catalog_path(&self, lang: &str, stem: &str) -> PathBuf {
        let ext = self.config.catalog_format(lang).other().extension();
        self.lang_dir(lang).join(format!("{stem}.{ext}"))
    }

    /// Whether the project keeps one catalog per language (`layout = "single"`).
    pub fn single(&self) -> bool {
        self.config.layout == crate::config::Layout::Single
    }

    /// `locales/<lang>.po` (or `.ftl`) in the single layout.
    pub fn single_path(&self, lang: &str, format: crate::config::CatalogFormat) -> PathBuf {
        let ext = format!(".{}", format.extension());
        self.locales_dir()
            .join(format!("{}{ext}", self.lang_name(lang, &ext)))
    }

    /// The single catalog of a language and its path, whichever format it is in.
    fn read_single(&self, lang: &str) -> Result<Option<(PathBuf, Catalog)>> {
        let f = self.config.catalog_format(lang);
        for path in [self.single_path(lang, f), self.single_path(lang, f.other())] {
            if let Some(c) = self.read_catalog(&path)? {
                return Ok(Some((path, c)));
            }
        }
        Ok(None)
    }

    /// The catalogs of a language as they are on disk, each with the statement it
    /// belongs to (`None` in the single layout: the statement comes from each
    /// entry's references).
    fn catalog_files(
        &self,
        lang: &str,
        statements: &[&Statement],
    ) -> Result<Vec<(PathBuf, Catalog, Option<String>)>> {
        if self.single() {
            return Ok(self
                .read_single(lang)?
                .map(|(p, c)| (p, c, None))
                .into_iter()
                .collect());
        }
        let mut out = Vec::new();
        for st in statements {
            if let Some((p, c)) = self.read_lang_catalog(lang, st.stem())? {
                out.push((p, c, Some(st.display.clone())));
            }
        }
        Ok(out)
    }

    /// The statement of an entry, from its first reference (single layout).
    fn statement_of(m: &crate::catalog::Message) -> String {
        m.references
            .first()
            .map(|r| {
                r.rsplit_once(':')
                    .filter(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
                    .map(|(f, _)| f)
                    .unwrap_or(r)
                    .to_string()
            })
            .unwrap_or_default()
    }

    /// The language a catalog path belongs to (`locales/fa/x.po` or `locales/fa.po`).
    fn lang_of(&self, path: &Path) -> String {
        let first = path
            .strip_prefix(self.locales_dir())
            .ok()
            .and_then(|p| p.components().next())
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = first
            .strip_suffix(".po")
            .or_else(|| first.strip_suffix(".ftl"))
            .unwrap_or(&first);
        // A gettext-style folder (`pt_BR`) belongs to its tag (`pt-BR`).
        self.config
            .languages
            .iter()
            .find(|l| l.tag == name || l.tag.replace('-', "_") == name)
            .map_or_else(|| name.to_string(), |l| l.tag.clone())
    }

    /// All statements' merged catalogs as one catalog (single layout): one entry
    /// per message key, references and notes joined, obsolete entries last.
    fn combine(merged: &[Merged], header: Option<crate::catalog::Message>) -> Catalog {
        let mut out = Catalog {
            header,
            messages: Vec::new(),
        };
        let mut index: HashMap<(Option<String>, String, bool), usize> = HashMap::new();
        let mut obsolete = Vec::new();
        for m in merged {
            for msg in &m.catalog.messages {
                if msg.obsolete {
                    obsolete.push(msg.clone());
                    continue;
                }
                let key = (msg.context.clone(), msg.source.clone(), false);
                match index.get(&key) {
                    Some(&i) => {
                        let e = &mut out.messages[i];
                        for r in &msg.references {
                            if !e.references.contains(r) {
                                e.references.push(r.clone());
                            }
                        }
                        for n in &msg.notes {
                            if !e.notes.contains(n) {
                                e.notes.push(n.clone());
                            }
                        }
                    }
                    None => {
                        index.insert(key, out.messages.len());
                        out.messages.push(msg.clone());
                    }
                }
            }
        }
        for msg in obsolete {
            let key = (msg.context.clone(), msg.source.clone(), true);
            let live = index.contains_key(&(msg.context.clone(), msg.source.clone(), false));
            if !live && index.insert(key, out.messages.len()).is_none() {
                out.messages.push(msg);
            }
        }
        out
    }

    /// Reads a statement's catalog in a language, whichever format it is in.
    pub fn read_lang_catalog(&self, lang: &str, stem: &str) -> Result<Option<(PathBuf, Catalog)>> {
        for path in [
            self.catalog_path(lang, stem),
            self.other_catalog_path(lang, stem),
        ] {
            if let Some(c) = self.read_catalog(&path)? {
                return Ok(Some((path, c)));
            }
        }
        Ok(None)
    }

    /// Serializes a catalog in the format its path names.
    pub fn serialize_catalog(path: &Path, cat: &Catalog) -> String {
        if path.extension().is_some_and(|e| e == "ftl") {
            crate::ftl::write(cat)
        } else {
            cat.write_po()
        }
    }

    /// Project-relative display form of a path.
    pub fn display(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    /// Reads and segments every statement. Fails on the first bad file.
    pub fn statements(&self) -> Result<Vec<Statement>> {
        let dir = self.statements_dir();
        if !dir.is_dir() {
            return Err(Error::msg(
                Msg::new("project-no-statements")
                    .arg("dir", &self.config.statements)
                    .arg("file", CONFIG_FILE),
            ));
        }
        let jail = self.jail();
        jail.check(&dir)?;
        self.warn_unknown_languages();
        let rels = walk_files(&dir, &[".md"])?;
        if self.config.uses_ftl() && rels.iter().any(|r| r == "site.md") {
            return Err(Error::msg(
                Msg::new("project-site-md").arg("dir", &self.config.statements),
            ));
        }
        let keys = &self.config.front_matter_keys;
        let read = std::sync::atomic::AtomicUsize::new(0);
        let results: Vec<Result<Statement>> = rels
            .par_iter()
            .map(|rel| {
                let n = read.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                if n.is_multiple_of(64) || n == rels.len() {
                    self.tell(|| Msg::new("progress-read"), n, rels.len());
                }
                let display = format!("{}/{rel}", self.config.statements);
                let (src, doc) = read_markdown(&jail, &dir.join(rel), &display, keys)?;
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
        if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Error::at(
                self.display(path),
                1,
                1,
                Msg::new("project-catalog-link"),
            ));
        }
        let read = self.jail().read(path)?;
        self.remember(path, read.as_deref());
        let Some(bytes) = read else {
            return Ok(None);
        };
        let display = self.display(path);
        let ftl = path.extension().is_some_and(|e| e == "ftl");
        let text = if ftl {
            Ok(None)
        } else {
            crate::po::charset::decode(&bytes)
        };
        let text = match text {
            Ok(Some(text)) => text,
            Ok(None) => utf8_text(bytes, &display, "catalog")?,
            Err(e) => return Err(Error::at(&display, e.line, e.column, e.message)),
        };
        if ftl {
            return crate::ftl::parse(&text)
                .map(Some)
                .map_err(|e| Error::at(&display, e.line, e.column, e.message));
        }
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
            .map(|w| match self.language_named(w) {
                Ok(lang) => Ok(lang.clone()),
                Err(u) => {
                    let m = match u.suggestion {
                        Some(c) => Msg::new("err-unknown-lang-typo").arg("suggestion", c),
                        None => Msg::new("err-unknown-lang-add").arg("tag", u.tag),
                    };
                    Err(Error::msg(m.arg("lang", w).arg_list("known", u.known)))
                }
            })
            .collect()
    }

    /// The project's language `wanted` names (any spelling of its tag), or
    /// what to tell about it: its canonical tag, the project's languages, and
    /// the closest of them when it looks like a typo.
    pub fn language_named(&self, wanted: &str) -> std::result::Result<&Language, UnknownLanguage> {
        let named = setup::tag_of_name(wanted);
        let tag = match named {
            Some(t) => t.to_string(),
            None => Language::parse(wanted)
                .map(|l| l.tag)
                .unwrap_or_else(|_| wanted.to_string()),
        };
        if named.is_none()
            && let Some(lang) = self.config.language(&tag)
        {
            return Ok(lang);
        }
        let known: Vec<String> = self
            .config
            .languages
            .iter()
            .map(|l| l.tag.clone())
            .collect();
        // A language name (`farsi`): its tag when the project has it.
        let suggestion = match named {
            Some(t) => known.iter().find(|k| *k == t).cloned(),
            None => crate::suggest::closest(wanted, known.iter().map(String::as_str))
                .map(str::to_string),
        };
        Err(UnknownLanguage {
            tag,
            known,
            suggestion,
        })
    }

    /// Fingerprint of everything the commands read, plus `args`: the
    /// configuration, every statement, and every template, catalog and site
    /// string file (by content).
    pub fn fingerprint(&self, args: &str) -> String {
        let mut f = crate::cache::Fingerprint::new();
        f.add("args", args.as_bytes());
        f.add(
            "config",
            &fs::read(self.root.join(CONFIG_FILE)).unwrap_or_default(),
        );
        f.add_tree("statements", &self.statements_dir(), &[".md"]);
        f.add_tree("locales", &self.locales_dir(), &[".po", ".pot", ".ftl"]);
        f.finish()
    }

    /// `extract`: writes one template per statement; removes templates of
    /// statements that no longer exist. Returns (statements, files written).
    /// Nothing is read beyond a fingerprint when nothing changed since the
    /// last extract.
    pub fn extract(&self) -> Result<(usize, usize)> {
        let cache = Cache::new(&self.root, "extract");
        let key = self.fingerprint("extract");
        if let Some(n) = cache.get::<usize>(&key) {
            return Ok((n, 0));
        }
        let statements = self.statements()?;
        let result = self.write_templates(&statements)?;
        // The inputs changed only if something was written.
        let key = if result.1 == 0 {
            key
        } else {
            self.fingerprint("extract")
        };
        cache.put(&key, &[], &result.0);
        Ok(result)
    }

    fn write_templates(&self, statements: &[Statement]) -> Result<(usize, usize)> {
        if self.single() {
            let docs: Vec<(&str, &Document)> = statements
                .iter()
                .map(|s| (s.display.as_str(), &s.doc))
                .collect();
            let mode = self.config.references;
            let template = Catalog::template(&self.config.name, &docs, |path, seg| match mode {
                References::Line => Some(format!("{path}:{}", seg.line)),
                References::File => Some(path.to_string()),
                References::None => None,
            });
            // Templates are made from the statements: no flush needed.
            self.jail()
                .check(&self.locales_dir().join("messages.pot"))?;
            let written = write_file(
                &self.locales_dir().join("messages.pot"),
                template.write_po().as_bytes(),
                false,
            )?;
            return Ok((statements.len(), usize::from(written)));
        }
        let ftl = self.config.uses_ftl();
        let source_dir = self.locales_dir().join(&self.config.source.tag);
        let files: Vec<(PathBuf, String)> = statements
            .par_iter()
            .flat_map_iter(|st| {
                let template = self.template(st);
                let mut v = vec![(self.template_path(st.stem()), template.write_po())];
                // Fluent projects also get the source-language catalog.
                if ftl {
                    v.push((
                        source_dir.join(format!("{}.ftl", st.stem())),
                        crate::ftl::write_source(&template),
                    ));
                }
                v
            })
            .collect();
        // Templates (and FTL source catalogs) are made from the statements:
        // no flush needed.
        self.jail()
            .check_all(files.iter().map(|(p, _)| p.as_path()))?;
        let mut written = write_all(&files, Durability::None)?
            .into_iter()
            .filter(|c| *c)
            .count();
        let mut stale_files = Vec::new();
        let tdir = self.locales_dir().join("templates");
        let current: std::collections::HashSet<String> = statements
            .iter()
            .map(|s| format!("{}.pot", s.stem()))
            .collect();
        for rel in walk_files(&tdir, &[".pot"])? {
            if !current.contains(&rel) {
                stale_files.push(tdir.join(&rel));
            }
        }
        if ftl {
            let current: std::collections::HashSet<String> = statements
                .iter()
                .map(|s| format!("{}.ftl", s.stem()))
                .collect();
            for rel in walk_files(&source_dir, &[".ftl"])? {
                if !current.contains(&rel) && rel != "site.ftl" {
                    stale_files.push(source_dir.join(&rel));
                }
            }
        }
        for p in stale_files {
            self.jail().remove(&p)?;
            written += 1;
        }
        Ok((statements.len(), written))
    }

    /// `convert`: rewrites the catalogs of the selected languages in `to`
    /// (every state kept), removing the old files. Returns the files converted.
    pub fn convert(&self, langs: &[Language], to: crate::config::CatalogFormat) -> Result<usize> {
        let mut plan: Vec<(PathBuf, String, PathBuf)> = Vec::new();
        for lang in langs
            .iter()
            .filter(|l| crate::pseudo::Pseudo::of(&l.tag).is_none())
        {
            let ldir = self.lang_dir(&lang.tag);
            let from = to.other().extension();
            for rel in walk_files(&ldir, &[&format!(".{from}")])? {
                if rel == "site.ftl" {
                    continue;
                }
                let old = ldir.join(&rel);
                let Some(cat) = self.read_catalog(&old)? else {
                    continue;
                };
                let new = old.with_extension(to.extension());
                if new.exists() {
                    return Err(Error::msg(
                        Msg::new("project-both-exist")
                            .arg("old", self.display(&old))
                            .arg("new", self.display(&new)),
                    ));
                }
                let text = Self::serialize_catalog(&new, &cat);
                plan.push((new, text, old));
            }
        }
        for (new, text, old) in &plan {
            self.write_catalogs(&[(new.clone(), text.clone())], Durability::Always)?;
            self.jail().remove(old)?;
        }
        Ok(plan.len())
    }

    /// Every catalog of `lang` merged in memory with the current source (what
    /// `sync` would write): one per statement, in statement order, then catalogs
    /// whose statement is gone (their translations become obsolete).
    pub fn merge_language(
        &self,
        lang: &Language,
        statements: &[Statement],
        opts: SyncOptions,
    ) -> Result<Vec<Merged>> {
        // Pseudo-locales have no catalogs: their "translations" are generated.
        if let Some(p) = crate::pseudo::Pseudo::of(&lang.tag) {
            return Ok(statements
                .iter()
                .enumerate()
                .map(|(i, st)| Merged {
                    statement: Some(i),
                    path: self.catalog_path(&lang.tag, st.stem()),
                    catalog: p.catalog(&self.template(st)),
                    report: SyncReport::default(),
                })
                .collect());
        }
        // Single layout: the one catalog joins as a unit without a template, so
        // every statement finds its translations there (as moves across units).
        if self.single() {
            let olds = match self.read_single(&lang.tag)? {
                Some((_, c)) => vec![(
                    self.single_path(&lang.tag, self.config.catalog_format(&lang.tag)),
                    c,
                )],
                None => Vec::new(),
            };
            let opts = SyncOptions {
                shared: true,
                ..opts
            };
            // Untranslated entries already in the catalog are not new.
            let known: std::collections::HashSet<(Option<String>, String)> = olds
                .iter()
                .flat_map(|(_, c)| &c.messages)
                .filter(|m| !m.obsolete)
                .map(|m| (m.context.clone(), m.source.clone()))
                .collect();
            let mut merged = self.merge_with(lang, statements, olds, opts);
            for m in merged.iter_mut().filter(|m| m.statement.is_some()) {
                let r = &mut m.report;
                r.unchanged.segments += r.moved.segments;
                r.unchanged.words += r.moved.words;
                r.moved = Default::default();
                for msg in &m.catalog.messages {
                    if msg.state() == crate::catalog::State::Untranslated
                        && known.contains(&(msg.context.clone(), msg.source.clone()))
                        && r.new.segments > 0
                    {
                        let words = crate::status::word_count(&msg.source);
                        r.new.segments -= 1;
                        r.new.words -= words.min(r.new.words);
                        r.unchanged.segments += 1;
                        r.unchanged.words += words;
                    }
                }
            }
            return Ok(merged);
        }
        // Each statement's catalog (configured format, or the other one: it is
        // migrated when written), then catalogs whose statement is gone.
        let mut olds: Vec<(PathBuf, Catalog)> = statements
            .par_iter()
            .map(|st| {
                Ok(match self.read_lang_catalog(&lang.tag, st.stem())? {
                    Some((_, c)) => (self.catalog_path(&lang.tag, st.stem()), c),
                    None => (self.catalog_path(&lang.tag, st.stem()), Catalog::default()),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let known: std::collections::HashSet<PathBuf> = statements
            .iter()
            .flat_map(|st| {
                [
                    self.catalog_path(&lang.tag, st.stem()),
                    self.other_catalog_path(&lang.tag, st.stem()),
                ]
            })
            .collect();
        let ldir = self.lang_dir(&lang.tag);
        let mut orphans = walk_files(&ldir, &[".po", ".ftl"])?;
        orphans.retain(|rel| rel != "site.ftl");
        orphans.sort();
        for rel in orphans {
            let path = ldir.join(&rel);
            if !known.contains(&path)
                && let Some(c) = self.read_catalog(&path)?
            {
                olds.push((path, c));
            }
        }
        Ok(self.merge_with(lang, statements, olds, opts))
    }

    /// Merges the statements' templates into the given old catalogs (by path).
    fn merge_with(
        &self,
        lang: &Language,
        statements: &[Statement],
        olds: Vec<(PathBuf, Catalog)>,
        opts: SyncOptions,
    ) -> Vec<Merged> {
        let templates: Vec<Catalog> = statements.par_iter().map(|st| self.template(st)).collect();
        let mut paths: Vec<PathBuf> = statements
            .iter()
            .map(|st| self.catalog_path(&lang.tag, st.stem()))
            .collect();
        let mut names: Vec<String> = statements.iter().map(|st| st.display.clone()).collect();
        let mut by_path: HashMap<PathBuf, Catalog> = HashMap::new();
        let mut extra = Vec::new();
        let known: std::collections::HashSet<&PathBuf> = paths.iter().collect();
        for (p, c) in olds {
            if !known.contains(&p) {
                extra.push(p.clone());
            }
            by_path.insert(p, c);
        }
        for p in extra {
            names.push(self.display(&p));
            paths.push(p);
        }
        let empty = Catalog::default();
        let units: Vec<sync::Unit> = (0..paths.len())
            .map(|i| sync::Unit {
                path: &names[i],
                template: templates.get(i).unwrap_or(&empty),
                old: by_path.get(&paths[i]).unwrap_or(&empty),
            })
            .collect();
        let merged = sync::merge_all(&units, opts);
        merged
            .into_iter()
            .zip(paths)
            .enumerate()
            .map(|(i, ((mut catalog, report), path))| {
                catalog.ensure_header_fields(&language_header(&self.config.name, lang));
                Merged {
                    statement: (i < statements.len()).then_some(i),
                    path,
                    catalog,
                    report,
                }
            })
            .collect()
    }

    /// The statements as they were at git revision `rev`.
    pub fn statements_at(&self, rev: &str) -> Result<Vec<Statement>> {
        let git = |args: &[&str]| -> Result<Vec<u8>> {
            let out = std::process::Command::new("git")
                .arg("-C")
                .arg(&self.root)
                .args(args)
                .output()
                .map_err(|e| Error::msg(Msg::new("project-git-missing").arg("detail", e)))?;
            if !out.status.success() {
                return Err(Error::msg(
                    Msg::new("project-git-failed")
                        .arg("command", args.join(" "))
                        .arg("detail", String::from_utf8_lossy(&out.stderr).trim()),
                ));
            }
            Ok(out.stdout)
        };
        let prefix = String::from_utf8_lossy(&git(&["rev-parse", "--show-prefix"])?)
            .trim()
            .to_string();
        let dir = format!("{prefix}{}/", self.config.statements);
        let list = git(&["ls-tree", "-r", "-z", "--name-only", rev, "--", &dir])?;
        let keys = &self.config.front_matter_keys;
        let mut out = Vec::new();
        for name in list.split(|b| *b == 0).filter(|n| !n.is_empty()) {
            let name = String::from_utf8_lossy(name).into_owned();
            let Some(rel) = name.strip_prefix(&dir) else {
                continue;
            };
            if !rel.ends_with(".md") || rel.split('/').any(|c| c.starts_with('.')) {
                continue;
            }
            let display = format!("{}/{rel}", self.config.statements);
            let bytes = git(&["show", &format!("{rev}:{name}")])?;
            let src = String::from_utf8(bytes).map_err(|_| {
                Error::file(
                    format!("{display} (at {rev})"),
                    Msg::new("utf8-invalid").arg("what", "text"),
                )
            })?;
            let doc = source::extract(&src, keys).map_err(|e| {
                Error::at(format!("{display} (at {rev})"), e.line, e.column, e.message)
            })?;
            out.push(Statement {
                rel: rel.to_string(),
                display,
                src,
                doc,
            });
        }
        out.sort_by(|a, b| a.rel.cmp(&b.rel));
        Ok(out)
    }

    /// `impact`: what the pending source change would do to each language's
    /// catalogs, without writing anything. Without `base`, the change is the
    /// working tree against the catalogs; with `base`, the working tree against
    /// the statements at that git revision (catalogs taken as synced to it).
    pub fn impact(
        &self,
        langs: &[Language],
        base: Option<&str>,
    ) -> Result<Vec<(String, SyncReport)>> {
        let statements = self.statements()?;
        let base_statements = base.map(|rev| self.statements_at(rev)).transpose()?;
        let opts = self.sync_options();
        let mut out = Vec::new();
        for lang in langs {
            let merged = match &base_statements {
                None => self.merge_language(lang, &statements, opts)?,
                Some(old_st) => {
                    let at_base = self.merge_language(lang, old_st, opts)?;
                    let olds = at_base.into_iter().map(|m| (m.path, m.catalog)).collect();
                    self.merge_with(lang, &statements, olds, opts)
                }
            };
            let mut total = SyncReport::default();
            for m in &merged {
                total.add(&m.report);
            }
            out.push((lang.tag.clone(), total));
        }
        Ok(out)
    }

    /// `check`: every translation (translated or stale) of the selected
    /// languages' catalogs. With `fix`, safe fixes are written first (atomically)
    /// and the fixed text is checked. Returns the findings and how many entries
    /// were fixed.
    pub fn check(&self, langs: &[Language], fix: bool) -> Result<(Vec<LocatedFinding>, usize)> {
        let statements = self.statements()?;
        let mut findings = Vec::new();
        let mut fixed = 0;
        let mut writes: Vec<(PathBuf, String)> = Vec::new();
        for lang in langs
            .iter()
            .filter(|l| crate::pseudo::Pseudo::of(&l.tag).is_none())
        {
            let cfg = self.config.check_for(&lang.tag);
            let all: Vec<&Statement> = statements.iter().collect();
            for (path, mut cat, st_display) in self.catalog_files(&lang.tag, &all)? {
                let display = self.display(&path);
                let mut changed = false;
                for m in cat
                    .messages
                    .iter_mut()
                    .filter(|m| !m.obsolete && m.has_translation())
                {
                    let mut disabled = cfg.disable.clone();
                    // A translator cannot waive what guards the page.
                    disabled.extend(
                        allowed_checks(&m.comments)
                            .into_iter()
                            .filter(|id| !crate::check::is_security(id)),
                    );
                    if fix {
                        for t in m.translation.iter_mut() {
                            if let Some(f) = crate::check::fix(&m.source, t, &lang.tag) {
                                *t = f;
                                changed = true;
                                fixed += 1;
                            }
                        }
                    }
                    let kind = SegmentKind::of_notes(&m.notes);
                    let heading = matches!(
                        kind,
                        Some(
                            SegmentKind::Heading(_)
                                | SegmentKind::FrontMatter(_)
                                | SegmentKind::TableCell
                                | SegmentKind::TableHeader
                        )
                    );
                    let ctx = crate::check::Context {
                        lang: &lang.tag,
                        heading,
                        glossary: &cfg.glossary,
                        url_map: &cfg.url_map,
                        disabled: &disabled,
                        severities: &cfg.severity,
                        kind: kind.as_ref(),
                    };
                    for t in &m.translation {
                        for f in crate::check::check(&m.source, t, &ctx) {
                            findings.push(LocatedFinding {
                                check: f.check,
                                severity: f.severity,
                                lang: lang.tag.clone(),
                                file: display.clone(),
                                line: m.line,
                                statement: st_display
                                    .clone()
                                    .unwrap_or_else(|| Self::statement_of(m)),
                                id: m.id(),
                                source: m.source.clone(),
                                translation: t.clone(),
                                message: f.message,
                                msg: f.msg,
                                span: f.span,
                            });
                        }
                    }
                }
                if changed {
                    let text = Self::serialize_catalog(&path, &cat);
                    writes.push((path, text));
                }
            }
        }
        self.write_catalogs(&writes, Durability::Always)?;
        Ok((findings, fixed))
    }

    /// `diff`: every stale entry of the selected languages' catalogs (as written
    /// by the last sync), optionally only for some statements.
    pub fn stale_entries(&self, langs: &[Language], only: &[String]) -> Result<Vec<StaleEntry>> {
        let statements = self.statements()?;
        let wanted = |st: &Statement| {
            only.is_empty()
                || only.iter().any(|o| {
                    let o = o.trim_start_matches("./");
                    o == st.display || o == st.rel || o == st.stem()
                })
        };
        for o in only {
            let o2 = o.trim_start_matches("./");
            if !statements
                .iter()
                .any(|st| o2 == st.display || o2 == st.rel || o2 == st.stem())
            {
                return Err(Error::msg(
                    Msg::new("project-not-a-statement").arg("name", o),
                ));
            }
        }
        let mut out = Vec::new();
        for lang in langs {
            let chosen: Vec<&Statement> = statements.iter().filter(|s| wanted(s)).collect();
            let chosen_names: Vec<&str> = chosen.iter().map(|s| s.display.as_str()).collect();
            for (path, cat, st_display) in self.catalog_files(&lang.tag, &chosen)? {
                for m in cat.messages.iter().filter(|m| {
                    m.state() == crate::catalog::State::Stale
                        && (st_display.is_some()
                            || only.is_empty()
                            || chosen_names.contains(&Self::statement_of(m).as_str()))
                }) {
                    let previous = m.previous.as_ref().map(|p| p.source.clone());
                    let (class, classes, diff) = match &previous {
                        Some(p) => {
                            let classes = crate::diff::classify(p, &m.source);
                            let class = crate::diff::primary(&classes)
                                .map(|c| c.as_str())
                                .unwrap_or("none");
                            (
                                class.to_string(),
                                classes,
                                crate::diff::word_diff(p, &m.source),
                            )
                        }
                        None => ("review".to_string(), Vec::new(), Vec::new()),
                    };
                    out.push(StaleEntry {
                        lang: lang.tag.clone(),
                        path: self.display(&path),
                        line: m.line,
                        id: m.id(),
                        statement: st_display.clone().unwrap_or_else(|| Self::statement_of(m)),
                        class,
                        classes,
                        previous,
                        source: m.source.clone(),
                        translation: m.translation.first().cloned().unwrap_or_default(),
                        diff,
                    });
                }
            }
        }
        Ok(out)
    }

    /// `sync`: extract, then merge templates into every selected language's
    /// catalogs. Everything is computed before anything is written; with
    /// `dry_run` nothing is written at all.
    pub fn sync(
        &self,
        langs: &[Language],
        opts: SyncOptions,
        dry_run: bool,
    ) -> Result<Vec<(String, SyncReport, usize)>> {
        // A catalog saved by a translator while the merge ran is never
        // overwritten: the merge runs again from the new content.
        let mut tries = 0;
        loop {
            match self.sync_once(langs, opts, dry_run) {
                Err(e) if crate::fsio::is_conflict(&e) && tries < 4 => tries += 1,
                r => return r,
            }
        }
    }

    fn sync_once(
        &self,
        langs: &[Language],
        opts: SyncOptions,
        dry_run: bool,
    ) -> Result<Vec<(String, SyncReport, usize)>> {
        // Nothing changed since a sync that left everything as it found it:
        // its report stands and nothing needs writing.
        let tags: Vec<&str> = langs.iter().map(|l| l.tag.as_str()).collect();
        let args = format!("sync {tags:?} {opts:?}");
        let cache = Cache::new(&self.root, "sync");
        let key = self.fingerprint(&args);
        if let Some(r) = cache.get::<Vec<(String, SyncReport)>>(&key) {
            return Ok(r.into_iter().map(|(l, r)| (l, r, 0)).collect());
        }
        let statements = self.statements()?;
        // What a sync of the result would report (every live message unchanged).
        let mut settled: Vec<(String, SyncReport)> = Vec::new();
        let mut plan: Vec<(PathBuf, String)> = Vec::new();
        let mut removals: Vec<PathBuf> = Vec::new();
        let mut reports = Vec::new();
        let real: Vec<&Language> = langs
            .iter()
            .filter(|l| crate::pseudo::Pseudo::of(&l.tag).is_none())
            .collect();
        for (li, lang) in real.iter().copied().enumerate() {
            self.tell(
                || Msg::new("progress-sync").arg("lang", &lang.tag),
                li,
                real.len(),
            );
            let mut total = SyncReport::default();
            if self.single() {
                let merged = self.merge_language(lang, &statements, opts)?;
                for m in &merged {
                    total.add(&m.report);
                }
                // The old catalog's header comes back with its unit (the one
                // without a statement); it is not read a second time.
                let header = merged
                    .iter()
                    .find(|m| m.statement.is_none())
                    .and_then(|m| m.catalog.header.clone());
                let mut cat = Self::combine(&merged, header);
                cat.ensure_header_fields(&language_header(&self.config.name, lang));
                settled.push((
                    lang.tag.clone(),
                    settled_report(
                        merged
                            .iter()
                            .filter(|m| m.statement.is_some())
                            .map(|m| &m.catalog),
                    ),
                ));
                let format = self.config.catalog_format(&lang.tag);
                let path = self.single_path(&lang.tag, format);
                // A catalog read in the other format is migrated: written in
                // the configured one, then removed.
                let other = self.single_path(&lang.tag, format.other());
                if !path.exists() && other.exists() {
                    removals.push(other);
                }
                plan.push((path.clone(), Self::serialize_catalog(&path, &cat)));
                reports.push((lang.tag.clone(), total));
                continue;
            }
            let merged = self.merge_language(lang, &statements, opts)?;
            settled.push((
                lang.tag.clone(),
                settled_report(merged.iter().map(|m| &m.catalog)),
            ));
            for m in merged {
                total.add(&m.report);
                if let Some(i) = m.statement {
                    let other = self.other_catalog_path(&lang.tag, statements[i].stem());
                    if other.exists() {
                        removals.push(other);
                    }
                } else if holds_nothing(&m.catalog) {
                    // The statement was renamed or deleted and everything
                    // translated moved with it: no header-only file stays.
                    removals.push(m.path.clone());
                    continue;
                }
                plan.push((m.path.clone(), Self::serialize_catalog(&m.path, &m.catalog)));
            }
            reports.push((lang.tag.clone(), total));
        }
        let mut written: BTreeMap<String, usize> = BTreeMap::new();
        if !dry_run {
            let (_, templates_written) = self.write_templates(&statements)?;
            // Catalogs migrated to another format replace files that are
            // removed below: their new versions must be on disk first.
            let durability = if removals.is_empty() {
                Durability::Replacing
            } else {
                Durability::Always
            };
            let changed = self.write_catalogs(&plan, durability)?;
            for ((path, _), changed) in plan.iter().zip(changed) {
                if changed {
                    let lang = self.lang_of(path);
                    *written.entry(lang).or_default() += 1;
                }
            }
            // Catalogs migrated to the configured format: the old file goes only
            // after the new one is safely written.
            for old in &removals {
                self.remove_catalog(old)?;
            }
            // The inputs changed only if something was written or removed.
            let touched = templates_written + written.values().sum::<usize>() + removals.len();
            let key = if touched == 0 {
                key
            } else {
                self.fingerprint(&args)
            };
            cache.put(&key, &[], &settled);
        } else {
            for (path, text) in &plan {
                let bytes = self.catalog_bytes(path, text)?;
                if fs::read(path).ok().as_deref() != Some(bytes.as_ref()) {
                    let lang = self.lang_of(path);
                    *written.entry(lang).or_default() += 1;
                }
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
        let tags: Vec<&str> = langs.iter().map(|l| l.tag.as_str()).collect();
        let key = self.fingerprint(&format!("status {tags:?}"));
        let cache = Cache::new(&self.root, "status");
        if let Some(r) = cache.get::<Report>(&key) {
            return Ok(r);
        }
        let statements = self.statements()?;
        let mut languages = Vec::new();
        for lang in langs {
            let rows = self
                .merge_language(lang, &statements, self.sync_options())?
                .into_iter()
                .filter_map(|m| {
                    m.statement.map(|i| StatementStatus {
                        path: statements[i].display.clone(),
                        counts: Counts::of(&m.catalog),
                    })
                })
                .collect();
            languages.push(LanguageStatus::new(
                &lang.tag,
                lang.direction.as_str(),
                rows,
            ));
        }
        let report = Report {
            source: self.config.source.tag.clone(),
            languages,
        };
        cache.put(&key, &[], &report);
        Ok(report)
    }

    /// Site strings for a language: built-in, overridden by `locales/<lang>/site.ftl`.
    pub fn site(&self, lang: &Language) -> Result<crate::site::Site> {
        let path = self.lang_dir(&lang.tag).join("site.ftl");
        let text = match self.jail().read(&path)? {
            Some(bytes) => Some(utf8_text(bytes, &self.display(&path), "file")?),
            None => None,
        };
        crate::site::Site::new(
            &lang.id,
            self.config.digits(&lang.tag),
            text.as_deref(),
            crate::pseudo::Pseudo::of(&lang.tag),
        )
        .map_err(|e| Error::at(self.display(&path), e.line, e.column, e.message))
    }

    /// Sync options from the configuration.
    pub fn sync_options(&self) -> SyncOptions {
        SyncOptions {
            threshold: self.config.fuzzy_threshold,
            ..SyncOptions::default()
        }
    }

    /// `build`: localized Markdown and HTML for every selected language, the
    /// source pages, and `index.html`. Returns the number of files written.
    pub fn build(&self, langs: &[Language], out: &Path) -> Result<BuildReport> {
        self.check_output(out)?;
        let out = &lexical(out);
        // Temp files an interrupted build left (a running build's stay).
        remove_stale_temps(out);
        // Same inputs and the outputs untouched since the last build: done.
        let tags: Vec<&str> = langs.iter().map(|l| l.tag.as_str()).collect();
        let key = self.fingerprint(&format!("build {tags:?} {}", out.display()));
        let cache = Cache::new(&self.root, "build");
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
                                line: r.line,
                                id: r.id.clone(),
                                reason: r.reason.clone(),
                                refusal: r.refusal.clone(),
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
    /// The segment's line in the statement.
    pub line: usize,
    pub id: String,
    /// Why, in English.
    pub reason: String,
    pub refusal: crate::guard::Refusal,
}

/// Whether a catalog holds nothing a translator wrote: no translation and no
/// comment of theirs (dragoman's own comments do not count).
fn holds_nothing(cat: &Catalog) -> bool {
    cat.messages
        .iter()
        .all(|m| !m.has_translation() && m.comments.iter().all(|c| c.starts_with("dragoman:")))
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

/// The report of a sync that finds `catalogs` already synced: every live
/// message unchanged.
fn settled_report<'a>(catalogs: impl IntoIterator<Item = &'a Catalog>) -> SyncReport {
    let mut r = SyncReport::default();
    for m in catalogs.into_iter().flat_map(|c| &c.messages) {
        if !m.obsolete {
            r.unchanged.segments += 1;
            r.unchanged.words += crate::status::word_count(&m.source);
        }
    }
    r
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
