//! `init` and `add-lang`: creating a project and adding a language.

use crate::ui::Msg;
use std::fs;
use std::path::{Path, PathBuf};

use crate::fsio::write_atomic;
use crate::lang::Language;
use crate::project::{CONFIG_FILE, Error, Project, Result};

/// What `init` found and wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitReport {
    pub config: PathBuf,
    /// The statements folder and how many `.md` files it already holds.
    pub statements: String,
    pub found: usize,
    pub locales: String,
    /// Languages configured (given, or found as existing catalogs).
    pub languages: Vec<String>,
    /// `layout = "single"`: existing `<lang>.po` catalogs were found.
    pub single: bool,
    /// The folder looks like an mdbook project (`SUMMARY.md`, `book.toml`).
    pub mdbook: bool,
}

/// Options of `init`.
#[derive(Debug, Clone, Default)]
pub struct InitOptions {
    pub source: Option<String>,
    pub languages: Vec<String>,
    pub statements: Option<String>,
    pub force: bool,
}

/// How many Markdown files are below `dir` (as the statements walk sees them).
fn count_md(dir: &Path) -> usize {
    crate::fsio::walk_files(dir, &[".md"]).map_or(0, |v| v.len())
}

/// Languages of `<lang>.po` files directly in `dir` (an mdbook-i18n-helpers or
/// po4a catalog folder), sorted.
fn single_catalogs(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            (p.extension().is_some_and(|x| x == "po") && p.is_file())
                .then(|| p.file_stem()?.to_str().map(str::to_string))
                .flatten()
        })
        .filter(|stem| Language::parse(stem).is_ok())
        .collect();
    out.sort();
    out
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// `init`: writes a commented `dragoman.toml` in `dir` and creates the
/// statements and locales folders. Existing work is detected: Markdown in
/// `statements/`, `src/`, `docs/` or `content/` (the first that has some), and
/// `po/<lang>.po` or `locales/<lang>.po` catalogs (then `layout = "single"`).
pub fn init(dir: &Path, opts: &InitOptions) -> Result<InitReport> {
    let config = dir.join(CONFIG_FILE);
    if config.exists() && !opts.force {
        return Err(Error::msg(
            Msg::new("init-exists").arg("path", config.display()),
        ));
    }
    let source = Language::parse(opts.source.as_deref().unwrap_or("en"))
        .map_err(|m| Error::msg(m.within("--source")))?;
    let statements = match &opts.statements {
        Some(s) => s.clone(),
        None => ["statements", "src", "docs", "content"]
            .into_iter()
            .find(|d| count_md(&dir.join(d)) > 0)
            .unwrap_or("statements")
            .to_string(),
    };
    let found = count_md(&dir.join(&statements));
    let mdbook =
        dir.join("book.toml").is_file() || dir.join(&statements).join("SUMMARY.md").is_file();
    // Existing one-catalog-per-language folders.
    let (locales, existing) = ["po", "locales"]
        .into_iter()
        .map(|d| (d, single_catalogs(&dir.join(d))))
        .find(|(_, langs)| !langs.is_empty())
        .map(|(d, l)| (d.to_string(), l))
        .unwrap_or_else(|| ("locales".to_string(), Vec::new()));
    let single = !existing.is_empty();
    let languages = init_languages(&opts.languages, &existing, &source)?;
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "statements".to_string());
    let text = config_text(&Written {
        name: &name,
        source: &source.tag,
        languages: &languages,
        statements: &statements,
        locales: &locales,
        single,
    });
    // What we write must be what we read.
    crate::config::Config::parse(&text, &name).map_err(|e| {
        Error::msg(
            Msg::new("internal-error")
                .arg_msg("detail", e.message.within("generated configuration")),
        )
    })?;
    for d in [&statements, &locales] {
        let p = dir.join(d);
        crate::fsio::make_dir(&p)?;
    }
    write_atomic(&config, text.as_bytes())?;
    Ok(InitReport {
        config,
        statements,
        found,
        locales,
        languages,
        single,
        mdbook,
    })
}

/// What `init` writes into the configuration.
struct Written<'a> {
    name: &'a str,
    source: &'a str,
    languages: &'a [String],
    statements: &'a str,
    locales: &'a str,
    single: bool,
}

/// The commented `dragoman.toml` `init` writes.
fn config_text(w: &Written) -> String {
    let list = w
        .languages
        .iter()
        .map(|l| toml_string(l))
        .collect::<Vec<_>>()
        .join(", ");
    let layout = if w.single { "single" } else { "per-statement" };
    let layout_note = if w.single {
        format!(
            "# one catalog per language ({locales}/<lang>.po, found here), template {locales}/messages.pot",
            locales = w.locales
        )
    } else {
        format!(
            "# one catalog per language and statement: {locales}/<lang>/<statement>.po;\n\
             # page bundles (posts/<slug>/index.md) can name theirs after the folder with\n\
             # catalog_path = \"{locales}/{{lang}}/{{bundle}}.{{ext}}\"",
            locales = w.locales
        )
    };
    format!(
        r#"# dragoman project configuration. Reference: docs/maintainers.md and docs/cli.md.

# Shown in catalog headers and on the built index page.
name = {name}
# The language the statements are written in (BCP 47 tag).
source = {source}
# Languages to translate into; `dragoman add-lang TAG` adds one.
languages = [{list}]

# Folders, relative to this file.
statements = {statements}   # the Markdown sources; sub-folders are fine
locales = {locales}         # the catalogs
output = "build"            # what `dragoman build` writes
# Which Markdown files are statements (globs relative to `statements`; `**` crosses
# folders). A statement can also say `translate = false` in its front matter.
# include = ["**/*.md"]
# exclude = ["drafts/**"]

{layout_note}
layout = "{layout}"

# Front-matter keys whose values are translated.
front_matter_keys = ["title", "description"]

# `#:` references in catalogs: "line" (file:line), "file", or "none".
# references = "line"
# How similar (0-1) a changed segment must be to keep its old translation, as stale.
# fuzzy_threshold = 0.6
# Statements translated less than this (percent) are published in the source language.
# publish_threshold = 0

# Settings for one language, for example Persian digits in the built pages:
# [language.fa]
# digits = "persian"
"#,
        name = toml_string(w.name),
        source = toml_string(w.source),
        statements = toml_string(w.statements),
        locales = toml_string(w.locales),
    )
}

/// The languages `init` lists: those asked for, then those whose catalogs
/// were found; canonical, each once, never the source.
fn init_languages(asked: &[String], existing: &[String], source: &Language) -> Result<Vec<String>> {
    let mut languages: Vec<String> = Vec::new();
    for l in asked.iter().chain(existing) {
        let lang = check_new_tag(l)?;
        if lang.tag == source.tag {
            return Err(Error::msg(
                Msg::new("config-source-language").arg("tag", &lang.tag),
            ));
        }
        if !languages.contains(&lang.tag) {
            languages.push(lang.tag);
        }
    }
    Ok(languages)
}

/// A tag for a new language: valid BCP 47 with a two- or three-letter
/// language code. A language name gets a suggestion (`farsi` → `fa`).
pub fn check_new_tag(input: &str) -> Result<Language> {
    let lower = input.to_ascii_lowercase();
    if let Some(tag) = crate::lang::tag_of_name(input) {
        return Err(Error::msg(
            Msg::new("lang-name-not-tag")
                .arg("input", input)
                .arg("tag", tag),
        ));
    }
    let lang = Language::parse(input).map_err(Error::msg)?;
    let code = lang.id.language.as_str();
    if !(2..=3).contains(&code.len()) {
        let hint = crate::lang::NAMES
            .iter()
            .map(|(n, t)| (crate::suggest::distance(&lower, n), *t))
            .filter(|(d, _)| *d <= 2)
            .min()
            .map(|(_, t)| t)
            .unwrap_or("none");
        return Err(Error::msg(
            Msg::new("lang-not-a-code")
                .arg("input", input)
                .arg("suggestion", hint),
        ));
    }
    Ok(lang)
}

impl Project {
    /// Rewrites `dragoman.toml` as `edit` makes it from its text (the rest of
    /// the file, comments included, is `edit`'s to keep). The new text must
    /// parse; it is written atomically, and not at all when unchanged.
    pub(crate) fn edit_config(&self, edit: impl FnOnce(&str) -> Result<String>) -> Result<()> {
        let path = self.root.join(CONFIG_FILE);
        let text = fs::read_to_string(&path).map_err(|e| Error::file(CONFIG_FILE, Msg::io(&e)))?;
        let new = edit(&text)?;
        crate::config::Config::parse(&new, &self.config.name).map_err(|e| {
            Error::msg(
                Msg::new("internal-error")
                    .arg_msg("detail", e.message.within("edited configuration")),
            )
        })?;
        if new != text {
            write_atomic(&path, new.as_bytes())?;
        }
        Ok(())
    }

    /// `add-lang`: adds `tag` to `languages` in `dragoman.toml` (the rest of
    /// the file, comments included, stays as it is) and returns the project
    /// reopened with it.
    pub fn add_language(&self, tag: &str) -> Result<(Project, Language)> {
        let lang = check_new_tag(tag)?;
        if lang.tag == self.config.source.tag {
            return Err(Error::msg(
                Msg::new("config-source-language").arg("tag", &lang.tag),
            ));
        }
        if self.config.language(&lang.tag).is_some() {
            return Err(Error::msg(
                Msg::new("lang-already-added")
                    .arg("tag", &lang.tag)
                    .arg_list("known", self.config.languages.iter().map(|l| &l.tag)),
            ));
        }
        let _lock = self.writer()?;
        self.edit_config(|text| {
            let (at, comma) = crate::config::languages_insert_at(text)
                .ok_or_else(|| Error::file(CONFIG_FILE, Msg::new("lang-no-list")))?;
            Ok(format!(
                "{}{}{}{}",
                &text[..at],
                if comma { ", " } else { "" },
                toml_string(&lang.tag),
                &text[at..]
            ))
        })?;
        // The project as configured now, working as this one does.
        let mut project = Project::open(&self.root)?;
        project.progress = self.progress.clone();
        project.lock_wait = self.lock_wait;
        project.cache = self.cache;
        let lang = project.config.language(&lang.tag).cloned().ok_or_else(|| {
            Error::msg(
                Msg::new("internal-error")
                    .arg_msg("detail", Msg::new("lang-not-added").arg("tag", &lang.tag)),
            )
        })?;
        Ok((project, lang))
    }
}
