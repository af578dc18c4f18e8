//! The workspace: finding the project and its configuration, its folders and
//! paths, reading its statements (and at a git revision), its catalogs
//! (`catalogs.rs`) and merging a language in memory (`merge.rs`). The
//! commands built on it are in `ops/`; all file access goes through `fsio`.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::catalog::{Catalog, language_header};
use crate::config::{Config, References};
use crate::lang::Language;
use crate::source::{self, Document};
use crate::sync::{SyncOptions, SyncReport};
use crate::ui::Msg;

mod catalogs;
pub(crate) use catalogs::is_ftl;
mod merge;
pub use merge::Templates;

pub use crate::error::{Error, Result};
use crate::fsio::Expect;
pub use crate::fsio::Jail;
use crate::fsio::utf8_text;
pub(crate) use crate::fsio::walk_files;
pub use crate::fsio::{Durability, Lock, Staged, write_all, write_atomic};
pub use crate::source::Statement;

pub const CONFIG_FILE: &str = "dragoman.toml";

/// A Markdown file (statement or translation): its text without a BOM and
/// its segments; errors name `display` with line and column.
pub(crate) fn read_markdown(
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
    let doc = source::extract(&src, keys).map_err(|e| e.in_file(display))?;
    Ok((src, doc))
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
    /// How long a writing operation waits for another writer's lock.
    pub lock_wait: std::time::Duration,
    /// Whether commands may answer from the cache (`.dragoman/cache`).
    pub cache: bool,
    /// What each catalog held when it was read (or that it was absent): a
    /// catalog edited on disk since is never replaced (`fsio::Expect`).
    reads: std::sync::Arc<std::sync::Mutex<HashMap<PathBuf, Expect>>>,
}

impl Project {
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
        let config = Config::parse(&text, &name).map_err(|e| e.in_file(CONFIG_FILE))?;
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
            lock_wait: std::time::Duration::from_secs(10),
            cache: true,
            reads: Default::default(),
        })
    }

    /// Reports progress, if anyone listens.
    pub(crate) fn tell(&self, what: impl FnOnce() -> Msg, done: usize, total: usize) {
        if let Some(p) = &self.progress {
            (p.0)(&what(), done as u64, total as u64);
        }
    }

    /// Takes the project lock, waiting up to `wait` for another dragoman to finish.
    /// The lock every operation that writes takes for its duration
    /// (waiting up to `lock_wait`), so no caller of the library can skip it.
    pub fn writer(&self) -> Result<Lock> {
        self.lock(self.lock_wait)
    }

    pub fn lock(&self, wait: std::time::Duration) -> Result<Lock> {
        let dir = self.locales_dir();
        self.jail().check(&dir)?;
        crate::fsio::make_dir(&dir)?;
        let path = dir.join(".dragoman.lock");
        Lock::acquire(&path, &self.display(&path), wait)
    }

    pub(crate) fn statements_dir(&self) -> PathBuf {
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

    /// A statement's catalog name (`locales/<lang>/<name>.po`, and its
    /// template's, `locales/templates/<name>.pot`): its path without `.md`,
    /// or what the project's `catalog_path` makes of it.
    pub fn catalog_name(&self, st: &Statement) -> String {
        self.config.catalog_path.name(st.stem())
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
    pub(crate) fn lang_name(&self, lang: &str, ext: &str) -> String {
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
    pub(crate) fn other_catalog_path(&self, lang: &str, stem: &str) -> PathBuf {
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

    /// Project-relative display form of a path.
    pub fn display(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    /// Reads one statement by the path `statements` shows (`statements/x.md`);
    /// None when no statement has that path. Only a file the walk of the
    /// statements folder lists is read (a request names it, untrusted).
    pub fn statement(&self, display: &str) -> Result<Option<Statement>> {
        let prefix = format!("{}/", self.config.statements);
        let Some(rel) = display.strip_prefix(&prefix) else {
            return Ok(None);
        };
        let dir = self.statements_dir();
        if !dir.is_dir() || !self.statement_files()?.iter().any(|r| r == rel) {
            return Ok(None);
        }
        let keys = &self.config.front_matter_keys;
        let (src, doc) = read_markdown(&self.jail(), &dir.join(rel), display, keys)?;
        Ok(Some(Statement::new(
            rel.to_string(),
            display.to_string(),
            src,
            doc,
        )))
    }

    /// The statements' paths, relative to the statements folder: its Markdown
    /// files that `include` / `exclude` select.
    pub fn statement_files(&self) -> Result<Vec<String>> {
        let mut rels = walk_files(&self.statements_dir(), &[".md"])?;
        rels.retain(|r| self.config.selection.selects(r));
        Ok(rels)
    }

    /// Reads and segments every statement. Fails on the first bad file.
    pub fn statements(&self) -> Result<Vec<Statement>> {
        let _t = crate::timing::phase("read statements");
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
        let rels = self.statement_files()?;
        self.check_catalog_names(&rels)?;
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
                Ok(Statement::new(rel.clone(), display, src, doc))
            })
            .collect();
        results.into_iter().collect()
    }

    /// The template of one statement.
    pub fn template(&self, st: &Statement) -> Catalog {
        self.template_with(st, self.config.references)
    }

    /// The template of one statement, with references as `mode` says.
    pub(crate) fn template_with(&self, st: &Statement, mode: References) -> Catalog {
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
        let named = crate::lang::tag_of_name(wanted);
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

    /// Fingerprint of everything the commands read, plus the command and its
    /// arguments (serialized): the configuration, every statement, and every
    /// template, catalog and site string file (by content).
    pub fn fingerprint(&self, command: &str, args: &impl serde::Serialize) -> String {
        let mut f = crate::cache::Fingerprint::new();
        f.add("command", command.as_bytes());
        f.add("args", &serde_json::to_vec(args).unwrap_or_default());
        f.add(
            "config",
            &fs::read(self.root.join(CONFIG_FILE)).unwrap_or_default(),
        );
        f.add_tree("statements", &self.statements_dir(), &[".md"]);
        f.add_tree("locales", &self.locales_dir(), &[".po", ".pot", ".ftl"]);
        if command == "build" {
            f.add_stamps("assets", &self.statements_dir());
            f.add_tree(
                "templates",
                &self.root.join("templates"),
                &[".html", ".xml"],
            );
        }
        f.finish()
    }

    /// `command` with `args` answered from the cache when nothing it reads
    /// changed (see `Cache::memo`; off when `self.cache` is false).
    pub(crate) fn memo<T, R>(
        &self,
        command: &str,
        args: &impl serde::Serialize,
        stored: impl FnOnce(T) -> R,
        run: impl FnOnce() -> Result<crate::cache::Run<T, R>>,
    ) -> Result<R>
    where
        T: serde::Serialize + serde::de::DeserializeOwned,
    {
        crate::cache::Cache::new(&self.root, command, self.cache).memo(
            || self.fingerprint(command, args),
            stored,
            run,
        )
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
        .map(|s| {
            s.with_dates(
                &lang.tag,
                self.config.language_digits.get(&lang.tag).copied(),
            )
        })
        .map_err(|e| e.in_file(self.display(&path)))
    }

    /// Sync options from the configuration.
    pub fn sync_options(&self) -> SyncOptions {
        SyncOptions {
            threshold: self.config.fuzzy_threshold,
            suggestions: self.config.catalog_suggestions,
            ..SyncOptions::default()
        }
    }

    /// Options for a merge only read (counts, pages): no suggestions.
    pub fn reading_options(&self) -> SyncOptions {
        SyncOptions {
            suggestions: false,
            ..self.sync_options()
        }
    }
}
